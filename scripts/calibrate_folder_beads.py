"""Bead confidences of brought translated documents (``--translations FOLDER``): how
many beads of true document pairs and of wrong ones (a translation of another story)
fall below each confidence, and how many documents have most of their beads low.

Pseudo-documents: consecutive blocks of SIZE lines of the WMT22/23 de-en test sets;
true pair = the block's source with its reference (or a system's output); wrong pair
= the block's source with the reference block half the test set away.  Prints a table.

    python scripts/calibrate_folder_beads.py [--size 20] [--limit N]
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from aligner.translate.precomputed import scored_beads  # noqa: E402

EVAL = Path(__file__).resolve().parents[2] / "shared" / "eval"
CUTS = (0.02, 0.05, 0.1, 0.2, 0.3)
DOC_SHARES = (0.5, 0.8)


def blocks(year: int, size: int, which: str) -> list[tuple[list[str], list[str], list[str]]]:
    data = EVAL / f"wmt{year}-de-en" / "txt"
    stem = f"generaltest20{year}.de-en"
    src = (data / "sources" / f"{stem}.src.de").read_text(encoding="utf-8").split("\n")
    path = sorted((data / "references").glob(f"{stem}.ref.*.en"))[0] if which == "ref" else \
        sorted((data / "system-outputs").glob(f"{stem}.hyp.*.en"))[0]
    tgt = path.read_text(encoding="utf-8").split("\n")
    out = []
    for start in range(0, len(src) - size, size):
        far = (start + len(src) // 2) % (len(src) - size)
        out.append((src[start:start + size], tgt[start:start + size], tgt[far:far + size]))
    return out


def scores(src: list[str], tgt: list[str]) -> list[float]:
    src = [s for s in src if s.strip()]
    beads = scored_beads(src, "\n".join(tgt), "en")
    return [score for idx, sents, score in beads if idx and sents and score is not None]


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--size", type=int, default=20, help="lines per pseudo-document")
    ap.add_argument("--limit", type=int, default=0, help="blocks per set (0: all)")
    args = ap.parse_args()
    if not (EVAL / "wmt22-de-en").is_dir():
        print("no ../shared/eval/wmt22-de-en: nothing to measure")
        return 0
    rows: dict[str, list[list[float]]] = {"true (ref)": [], "true (MT)": [], "wrong doc": []}
    for year in (22, 23):
        for which in ("ref", "mt"):
            bl = blocks(year, args.size, which)[: args.limit or None]
            for src, good, bad in bl:
                rows["true (ref)" if which == "ref" else "true (MT)"].append(scores(src, good))
                if which == "ref":
                    rows["wrong doc"].append(scores(src, bad))
    head = "set          docs  beads " + " ".join(f"<{c:<5}" for c in CUTS) + " " + " ".join(
        f"docs>={s:.0%}low" for s in DOC_SHARES)
    print(head)
    for name, docs in rows.items():
        beads = [x for d in docs for x in d]
        bead_part = " ".join(f"{sum(x < c for x in beads) / max(len(beads), 1):6.3f}" for c in CUTS)
        doc_part = " ".join(
            f"{sum(1 for d in docs if d and sum(x < 0.1 for x in d) >= s * len(d)):>12}" for s in DOC_SHARES)
        print(f"{name:<12} {len(docs):>4} {len(beads):>6} {bead_part} {doc_part}")
    print("(doc columns: documents with at least that share of beads below 0.1)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
