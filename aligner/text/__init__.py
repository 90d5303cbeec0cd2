"""Text primitives shared by every stage: chrF (``chrf``), words and tokens (``words``), English verbs of denial (``denial``),
name folding and transliteration (``names``), the words of correction notes (``corrections``),
line ends (``lines``: LF, CR LF and a bare CR)."""
