"""aligner: clean, translate, sentence-align and quote-check news across outlets and languages."""

__version__ = "0.1.0"
