"""How often the negation flag fires on genuine translation variation, and how many
planted negations it finds, sentence by sentence (a component measurement: the
flag's function on hand-made pairs, not the product run end to end; for that see
``scripts/eval_e2e_consistency.py``).

Data: ``../shared/eval/wmt22-de-en`` (or ``--year 23``), the references and system
outputs of every source line (the first ``--outputs`` of them, sorted by name).

- genuine: every two outputs of one line (5+ words, chrF above the MT noise band's
  1st percentile, as ``consistency.compare`` requires): each flag is a false alarm;
- planted: the second output with a negation added or removed (the end-to-end
  evaluation's ``distort``), against every other output of the line: each flag found.

    python scripts/calibrate_negation.py --year 22 [--outputs 8] [--examples 10] [--join 3]
    python scripts/calibrate_negation.py --year 22 --kind number   # the number flag the same way
    python scripts/calibrate_negation.py --year 22 --kind number --band 0 0.246   # pairs worded apart

``--kind number``: the planted change is the end-to-end evaluation's number change
(``distort("number")``) and the flag ``consistency.number_flag``; ``--kind
truncation``: the quote cut to its first half, and ``consistency.truncation``.
Planted here (not in the end-to-end evaluation): ``--kind reversal``, the first word
saying an amount goes up or down turned round ("rose" -> "fell", "higher" -> "lower"),
and the negation flag (``consistency.opposed``); ``--kind fraction``, a percentage
said as a fraction ("40 percent" -> "a quarter") or a fraction as a percentage, and
``--kind ordinal``, an ordinal moved by one ("first" -> "second"), with the number flag.
"""

from __future__ import annotations

import argparse
import importlib.util
import itertools
import random
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
SHARED = ROOT.parent / "shared" / "eval"


def _distort():
    spec = importlib.util.spec_from_file_location("e2e", ROOT / "scripts" / "eval_e2e_consistency.py")
    mod = importlib.util.module_from_spec(spec)  # type: ignore[arg-type]
    spec.loader.exec_module(mod)  # type: ignore[union-attr]
    return mod.distort


_TURNED = dict(p for a, b in (
    ("rise", "fall"), ("rises", "falls"), ("rose", "fell"), ("risen", "fallen"), ("rising", "falling"),
    ("increase", "decrease"), ("increases", "decreases"), ("increased", "decreased"), ("increasing", "decreasing"),
    ("grow", "shrink"), ("grows", "shrinks"), ("grew", "shrank"), ("growing", "shrinking"), ("higher", "lower"),
    ("raise", "lower"), ("raised", "lowered"), ("climbed", "dropped"), ("up", "down"), ("gained", "lost"),
    ("gains", "losses"), ("gain", "loss"))
    for p in ((a, b), (b, a)))
_ORDINAL_NEXT = {"first": "second", "second": "first", "third": "fourth", "fourth": "fifth", "fifth": "sixth"}
_PERCENT = re.compile(r"\b(\d+(?:[.,]\d+)?)\s?(?:%|percent\b|per cent\b)")
_FRACTION = re.compile(r"\b(?:a half|one half|half|a quarter|one quarter|a third|one third)\b(?! (?:past|to)\b)")


def plant(kind: str, line: str) -> str | None:
    """``line`` with one distortion of ``kind`` (reversal, fraction, ordinal), or None."""
    if kind == "reversal":
        from aligner.match.consistency import words
        from aligner.match.equivalents import direction

        ws = words(line)
        for m in re.finditer(r"\b\w+\b", line):
            w = m.group(0).lower()
            if w in _TURNED and w in ws and direction(ws, ws.index(w)):
                return line[:m.start()] + _TURNED[w] + line[m.end():]
        return None
    if kind == "fraction":
        m = _PERCENT.search(line)
        if m:
            return line[:m.start()] + ("a third" if m.group(1) == "25" else "a quarter") + line[m.end():]
        m = _FRACTION.search(line)
        return line[:m.start()] + "40 percent" + line[m.end():] if m else None
    for m in re.finditer(r"\b(first|second|third|fourth|fifth)\b", line):
        if not re.search(r"(?:\b(?:a|one|per)|\d)\s*$", line[:m.start()]):  # not "a second" / "one second"
            return line[:m.start()] + _ORDINAL_NEXT[m.group(1)] + line[m.end():]
    return None


def main() -> None:
    from aligner.match import consistency as C

    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--year", choices=("22", "23"), default="22")
    ap.add_argument("--outputs", type=int, default=8)
    ap.add_argument("--examples", type=int, default=0, help="print this many false alarms and misses")
    ap.add_argument("--kind", choices=("negation", "number", "truncation", "reversal", "fraction", "ordinal"),
                    default="negation")
    ap.add_argument("--band", type=float, nargs=2, metavar=("LO", "HI"), default=None,
                    help="only pairs with chrF in [LO, HI) (default: above the MT noise band's 1st percentile), "
                         "e.g. pairs the product links on meaning rather than on their words")
    ap.add_argument("--join", type=int, default=1,
                    help="every N consecutive lines as one paragraph (long quotes, as WMT23's paragraph lines)")
    args = ap.parse_args()
    base = SHARED / f"wmt{args.year}-de-en" / "txt"
    if not base.is_dir():
        sys.exit(f"error: {base}: not found (the shared evaluation data is needed)")
    files = sorted((base / "references").glob("*.en")) + sorted((base / "system-outputs").glob("*.en"))
    outs = [p.read_text(encoding="utf-8").splitlines() for p in files[: args.outputs]]
    if args.join > 1:
        outs = [[" ".join(o[i:i + args.join]) for i in range(0, len(o), args.join)] for o in outs]
    distort, rng = _distort(), random.Random(1)

    def flag(a: str, b: str) -> str | None:
        if args.kind in ("number", "fraction", "ordinal"):
            worded_alike = C.sym_chrf(C.Profile.of(a), C.Profile.of(b)) >= C.NOISE_CHRF_P01
            return C.number_flag(a, b, comparable=worded_alike)  # as ``consistency.compare`` does
        if args.kind == "truncation":
            return C.truncation(C.words(a), C.words(b))
        return C.opposed_texts(a, b)

    def comparable(a: str, b: str) -> bool:
        score = C.sym_chrf(C.Profile.of(a), C.Profile.of(b))
        return score >= C.NOISE_CHRF_P01 if args.band is None else args.band[0] <= score < args.band[1]

    genuine = fired = planted = found = 0
    shown: list[str] = []  # false alarms
    missed: list[str] = []
    for i in range(len(outs[0])):
        for a, b in itertools.combinations([o[i] for o in outs], 2):
            if len(a.split()) >= 5 and comparable(a, b):
                genuine += 1
                hit = flag(a, b)
                fired += bool(hit)
                if hit and len(shown) < args.examples:
                    shown.append(f"FALSE {hit}: {a[:100]} || {b[:100]}")
        src = outs[1][i]
        if args.kind in ("reversal", "fraction", "ordinal"):
            new = plant(args.kind, src) if len(src.split()) >= 5 else None
        else:
            new = distort(args.kind, src, (0, len(src)), rng, []) if len(src.split()) >= 5 else None
        for k, other in enumerate(o[i] for o in outs):
            if new and k != 1 and comparable(new, other):
                planted += 1
                hit = flag(new, other)
                found += bool(hit)
                if not hit and len(missed) < args.examples:
                    missed.append(f"MISSED: {new[:100]} || {other[:100]}")
    print(f"WMT{args.year}: {len(outs)} outputs ({', '.join(p.name.split('.')[-2] for p in files[: args.outputs])})")
    print(f"{'pairs':<28} {'n':>7} {'flagged':>8} {'share':>7}")
    print(f"{'genuine (false alarms)':<28} {genuine:>7} {fired:>8} {fired / max(genuine, 1):>7.4f}")
    print(f"{'planted ' + args.kind + ' (found)':<28} {planted:>7} {found:>8} {found / max(planted, 1):>7.4f}")
    print("\n".join(shown + missed))


if __name__ == "__main__":
    main()
