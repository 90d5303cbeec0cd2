"""Text primitives shared by the stages: chrF (``chrf``), word and token patterns
(``words``), name folding (``names``)."""
