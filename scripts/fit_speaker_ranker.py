#!/usr/bin/env python3
"""Fit the speaker ranker on gold attributions with k-fold cross-validation; print the held-out
table beside the rules alone; ``--write FILE`` writes weights fitted on all documents (use them
with ALIGNER_SPEAKER_WEIGHTS=FILE).  See aligner/quotes/ranker_fit.py.

    python scripts/fit_speaker_ranker.py [--lang de|en|both] [--folds 5] [--c 1.0] [--abstain P] [--write FILE]

Defaults read ../shared/eval/spkatt-news-de/train (CC BY-NC-SA 4.0) and ../shared/eval/polnear-en/train
(no licence stated): weights fitted there are for measuring only and are not shipped.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from aligner.quotes.ranker_fit import main  # noqa: E402

if __name__ == "__main__":
    raise SystemExit(main())
