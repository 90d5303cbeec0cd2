"""Text utilities shared by the stages (name folding: ``aligner.text.names``)."""
