"""Cross-outlet, cross-lingual quote matching.

- ``retrieve``: candidate retrieval (inverted index over English renderings;
  nearest neighbours over embeddings) that never compares all pairs;
- ``score``: chrF / embedding scores with LASER-style margin filtering;
- ``clusters``: quote clusters across outlets and languages;
- ``consistency``: per pair of versions, scores, word diff and flags against a
  translation-noise band calibrated on WMT22 system outputs;
- ``stories``: story grouping and order-free sentence matches;
- ``stage``: the ``match`` stage of ``aligner run``.
"""

from __future__ import annotations

# The stage is ``aligner.match.stage:stage`` (module ``stage``, function ``stage``).
