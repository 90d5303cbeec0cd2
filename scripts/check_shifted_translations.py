"""How often the translate stage's "lines shifted against their sources?" warning
(``aligner.translate.stage._say_suspicious``: at least ``SUSPICIOUS_MIN`` and more than
``SUSPICIOUS_SHARE`` of the brought translations used guard-flagged) fires on genuine
brought translations and on the same lines shifted by one.

Blocks of ``--sizes`` consecutive lines (half overlapping) of corpora/translations/
seeds.de-en.tsv and of WMT22/23 de-en system outputs (../shared/eval) against their
sources, as they are and with each source given its neighbour's translation.

    python scripts/check_shifted_translations.py --sizes 5 8 12 20 40 100
"""

from __future__ import annotations

import argparse
from pathlib import Path

from aligner.translate.guards import check
from aligner.translate.stage import SUSPICIOUS_MIN, SUSPICIOUS_SHARE

ROOT = Path(__file__).resolve().parents[1]
EVAL = ROOT.parent / "shared" / "eval"
SYSTEMS = {"22": ("Online-B", "PROMT", "LT22"), "23": ("ONLINE-A", "NLLB_Greedy", "AIRC")}


def _lines(p: Path) -> list[str]:
    return p.read_text(encoding="utf-8").split("\n")[:-1]


def line_sets() -> dict[str, list[tuple[str, str]]]:
    rows = [ln.split("\t") for ln in _lines(ROOT / "corpora" / "translations" / "seeds.de-en.tsv") if "\t" in ln]
    sets = {"seeds": [(r[0], r[1]) for r in rows]}
    for year, systems in SYSTEMS.items():
        base = EVAL / f"wmt{year}-de-en" / "txt"
        src = base / "sources" / f"generaltest20{year}.de-en.src.de"
        if not src.is_file():
            continue
        for name in systems:
            hyp = _lines(base / "system-outputs" / f"generaltest20{year}.de-en.hyp.{name}.en")
            sets[f"wmt{year} {name}"] = list(zip(_lines(src), hyp))
    return {k: [p for p in v if p[0].strip() and p[1].strip()] for k, v in sets.items()}


def warned(pairs: list[tuple[str, str]]) -> bool:
    bad = sum(1 for s, t in pairs if check(s, t))
    return bad >= SUSPICIOUS_MIN and bad > SUSPICIOUS_SHARE * len(pairs)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--sizes", type=int, nargs="+", default=[5, 8, 12, 20, 40, 100])
    args = ap.parse_args()
    sets = line_sets()
    print(f"{'lines':>5} | genuine blocks warned | shifted blocks warned   ({', '.join(sets)})")
    for size in args.sizes:
        n = genuine = shifted = 0
        for pairs in sets.values():
            for k in range(0, max(1, len(pairs) - size), max(1, size // 2)):
                block = pairs[k:k + size]
                moved = [(s, t) for (s, _), (_, t) in zip(block, block[1:] + block[:1])]
                n += 1
                genuine += warned(block)
                shifted += warned(moved)
        print(f"{size:5d} | {genuine:5d} of {n:5d} | {shifted:5d} of {n:5d} ({shifted / n:.3f})")


if __name__ == "__main__":
    main()
