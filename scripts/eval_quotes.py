#!/usr/bin/env python3
"""Quote extraction and speaker attribution against SpkAtt-2023 (de) and PolNeAR (en).

Prints precision / recall / F1 of message spans (exact, >= 0.8 and >= 0.3 token
overlap) and speaker accuracy, per class.  The method and every choice made about the
gold data are described in ``aligner/quotes/evaluate.py``.

    python scripts/eval_quotes.py [--lang de|en|both] [--limit N] [--splitter simple|somajo]

Reads ../shared/eval/spkatt-news-de/train and ../shared/eval/polnear-en/train in place.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from aligner.quotes.evaluate import main  # noqa: E402

if __name__ == "__main__":
    raise SystemExit(main())
