"""Calibrate the context test of quote matching (``aligner.match.parts.Surroundings``).

Reads runs kept by ``scripts/eval_e2e_consistency.py --keep DIR`` (the same year,
seeds and ``--join``), rebuilds what the match stage read (``match_inputs``) and, for
every two versions of two outlets that lie on story lines and can be tested (each
quote ``CONTEXT_MIN_QUOTE_WORDS``+ words, surroundings ``NARRATION_MIN_WORDS``+ words),
scores the pair as the context test does: the quotes' chrF (``score.pair_chrf``), the
surroundings' chrF and their shared content words.  A pair of one source line is the
same statement; a pair of two lines is not (many of them are neighbouring lines of
one story, which share surroundings).  Prints, for a grid of the two chrF bars, how
many pairs of each kind pass: the raw test, before the mutual-best and
not-yet-linked conditions of a context link (``parts.context_edges``).

    python scripts/eval_e2e_consistency.py --year 22 --seeds 1 2 3 4 5 6 --keep /tmp/k22
    python scripts/calibrate_context.py --year 22 --seeds 1 2 3 4 5 6 --keep /tmp/k22
"""

from __future__ import annotations

import argparse
import importlib.util
import itertools
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def _e2e():
    spec = importlib.util.spec_from_file_location("eval_e2e_consistency", ROOT / "scripts" / "eval_e2e_consistency.py")
    mod = importlib.util.module_from_spec(spec)  # type: ignore[arg-type]
    spec.loader.exec_module(mod)  # type: ignore[union-attr]
    return mod


def pairs_of(E, year: str, seed: int, keep: Path, join: int, data) -> list[tuple[bool, int, float, float, int]]:
    """(same line, line distance, quote chrF, surroundings chrF, shared words) per testable pair."""
    from aligner.match.parts import Surroundings

    stories, quote_lines, fill, texts, _planted = E.build(data, seed, 30, 6)
    tag = f"{year}-{seed}" + (f"-join{join}" if join > 1 else "") + "-segments"
    run, inp = keep / tag, keep / f"{tag}-input"
    if not (run / "quotes.jsonl").exists():
        sys.exit(f"error: {run}: no kept run (run eval_e2e_consistency.py with --keep {keep} first)")
    with tempfile.TemporaryDirectory() as tmp:
        arts, _tr = E.write_outlets(Path(tmp), stories, quote_lines, fill, texts, data["mt"], seed, "segments", False)
    articles, versions, kept, contexts, neighbours = E.match_inputs(run, inp / "translations.de-en.tsv")
    vs = [versions[k] for k in kept]
    sur = Surroundings(vs, [contexts[k] for k in kept], [neighbours[k] for k in kept])
    look = E.line_of(arts, {a.id: a.text for a in articles})
    line = [look(v.article_id, v.start) for v in vs]
    outlet = [v.article_id.split("-")[0] for v in vs]
    idx = [i for i in range(len(vs)) if line[i] is not None and sur.usable[i]]
    out = []
    for a, b in itertools.combinations(idx, 2):
        if outlet[a] != outlet[b]:
            q, ctx, shared = sur.scores(a, b)
            out.append((line[a] == line[b], abs(line[a] - line[b]), q, ctx, shared))
    # the context links the match stage makes (with the run's stored embeddings)
    from aligner.match.clusters import link_and_group

    links, _cont, _groups = link_and_group(
        vs, encoder=E.stored_encoder(run),
        contexts=[contexts[k] for k in kept], neighbours=[neighbours[k] for k in kept])
    for (a, b), e in links.items():
        if e.method == "context":
            LINKS.append((line[a] is not None and line[a] == line[b], line[a] is None or line[b] is None))
            if DEBUG and not LINKS[-1][0]:
                print("  two lines:", line[a], line[b], round(e.score, 3), round(e.margin, 3), "|", E._clip(vs[a], 80), "|", E._clip(vs[b], 80))
    return out


DEBUG = "--show" in sys.argv


LINKS: list[tuple[bool, bool]] = []  # per context link made: (same line, a side off the story lines)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--year", default="22")
    ap.add_argument("--seeds", type=int, nargs="+", default=[1, 2, 3, 4, 5, 6])
    ap.add_argument("--join", type=int, default=1)
    ap.add_argument("--keep", type=Path, required=True, help="the --keep folder of eval_e2e_consistency.py")
    ap.add_argument("--show", action="store_true", help="print each context link between two lines")
    args = ap.parse_args()
    from aligner.match.parts import CONTEXT_MIN, CONTEXT_QUOTE_MIN, CONTEXT_SHARED_WORDS

    E = _e2e()
    data = E.load(args.year, args.join)
    rows = [r for seed in args.seeds for r in pairs_of(E, args.year, seed, args.keep, args.join, data)]
    same = [r for r in rows if r[0]]
    other = [r for r in rows if not r[0]]
    print(f"WMT{args.year} seeds {args.seeds}" + (f", join {args.join}" if args.join > 1 else "")
          + f": {len(same)} pairs of one line, {len(other)} of two lines; shared words >= {CONTEXT_SHARED_WORDS}; "
          f"cells: one-line pairs passing / two-line pairs passing (of them neighbouring lines)")
    bars = (0.30, 0.35, 0.40, 0.45, 0.50)
    print(f"{'quote chrF':>10} | " + " | ".join(f"ctx>={c:.2f}".center(17) for c in bars))
    for qmin in (0.20, 0.25, 0.30):
        cells = []
        for cmin in bars:
            ok = [r for r in rows if r[2] >= qmin and r[3] >= cmin and r[4] >= CONTEXT_SHARED_WORDS]
            s = sum(1 for r in ok if r[0])
            o = [r for r in ok if not r[0]]
            cells.append(f"{s:>5} / {len(o):>4} ({sum(1 for r in o if r[1] <= 1):>3})")
        mark = " *" if abs(qmin - CONTEXT_QUOTE_MIN) < 1e-9 else "  "
        print(f"{qmin:>8.2f}{mark} | " + " | ".join(cells))
    print(f"(* the quote bar in use; the surroundings bar in use is {CONTEXT_MIN:.2f})")
    print(f"context links made by the match stage: {len(LINKS)}; of one line {sum(1 for s, _ in LINKS if s)}, "
          f"of two story lines {sum(1 for s, f in LINKS if not s and not f)}, with a filler line "
          f"{sum(1 for _, f in LINKS if f)}")


if __name__ == "__main__":
    main()
