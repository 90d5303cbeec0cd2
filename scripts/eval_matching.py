"""Evaluate quote matching and the consistency flags on WMT22 de-en pseudo-outlets.

Pseudo-outlets from ../shared/eval/wmt22-de-en/txt (generaltest2022, 1,984 segments):

- ``de``: the German source; its English rendering is one system's output brought
  as translations (``--mt``, default Online-B), as the bring-your-own path does;
- ``refA``, ``refB``: the two human references;
- ``sys``: another system's output (``--sys``, default JDExploreAcademy).

Each outlet's segments are shuffled and cut into articles of ~20 segments
differently (own random seed), so article boundaries and order carry no signal.
Every segment of every outlet is a candidate version (7,900+ items, matched with
``aligner.match.clusters.build_clusters``, string path, no embeddings: the
average-linkage clustering the stage uses; the single-linkage row is the
connected components of the accepted links, for comparison); gold pairs
are the renderings of the same source segment in two outlets.  Precision, recall
and F1 are over pairs involving the segments whose German source contains quotation
marks (the "quotes").

Flags: a copy of outlet ``refB`` gets one distortion injected into some of its quote
segments (negation added or removed, a number changed, the speaker swapped, the
second half dropped), the rest left alone; the copy is clustered with ``refA`` and
``de`` (and all their other segments as distractors), and each gold pair of a
distorted (or untouched) ``refB`` quote with its ``refA`` / ``de`` counterpart is
checked: a flag of the injected kind is a true positive; any distortion flag on an
untouched pair (genuine MT/human translation variation) is a false positive; a pair
that was not matched at all counts as missed.

    python scripts/eval_matching.py [--sweep] [--seed 13]
"""

from __future__ import annotations

import argparse
import random
import re
import sys
import time
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
WMT = ROOT.parent / "shared" / "eval" / "wmt22-de-en" / "txt"
QUOTE_RE = re.compile(r"[„“”\"»«]")
NAMES = ["Olaf Scholz", "Annalena Baerbock", "Karl Lauterbach", "Christian Lindner", "Robert Habeck",
         "Nancy Faeser", "Markus Söder", "Friedrich Merz", "Ursula von der Leyen", "Jens Stoltenberg"]
DISTORTIONS = ("negation", "number", "speaker", "truncation")


def load(mt: str, sysname: str):
    src = (WMT / "sources" / "generaltest2022.de-en.src.de").read_text(encoding="utf-8").splitlines()
    ref = {k: (WMT / "references" / f"generaltest2022.de-en.ref.{k}.en").read_text(encoding="utf-8").splitlines() for k in "AB"}
    hyp = lambda n: (WMT / "system-outputs" / f"generaltest2022.de-en.hyp.{n}.en").read_text(encoding="utf-8").splitlines()
    return src, ref["A"], ref["B"], hyp(mt), hyp(sysname)


def make_outlet(name: str, originals, english, lang: str, seed: int, per_article: int = 20):
    """Shuffled, cut into articles: list of (segment index, article id, original, english)."""
    order = [i for i in range(len(originals)) if originals[i].strip() and english[i].strip()]
    random.Random(seed).shuffle(order)
    out = []
    for k, i in enumerate(order):
        out.append((i, f"{name}-{k // per_article:03d}", originals[i], english[i], lang))
    return out


def versions_of(outlets, speakers=None):
    from aligner.model import QuoteVersion

    vs, seg = [], []
    for name, items in outlets.items():
        for i, art, orig, en, lang in items:
            sp = (speakers or {}).get((name, i), NAMES[i % len(NAMES)])
            vs.append(QuoteVersion(f"{name}:{i}", art, name, lang, orig, en, 0, len(orig), "direct", sp))
            seg.append((name, i))
    return vs, seg


def pairs_of(clusters, quote_ids: set[str]):
    """Predicted pairs (frozensets of version ids) with a quote segment on one side."""
    out = set()
    for c in clusters:
        ids = [v.quote_id for v in c.versions]
        for a in range(len(ids)):
            for b in range(a + 1, len(ids)):
                if ids[a] in quote_ids or ids[b] in quote_ids:
                    out.add(frozenset((ids[a], ids[b])))
    return out


def prf(tp, fp, fn):
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


# --- distortions -------------------------------------------------------------
_AUX = re.compile(r"\b(is|are|was|were|will|can|could|would|should|must|does|do|did|has|have|had)\b(?! not)", re.I)


def distort(kind: str, text: str, rng: random.Random) -> str | None:
    if kind == "negation":
        if re.search(r"\b(not|never|no)\b|n't", text):
            new = re.sub(r"\s*\bnot\b|n't|\bnever\b ?", lambda m: "" if "n't" in m.group(0) else "", text, count=1)
            new = re.sub(r"\bno\b", "some", new, count=1) if new == text else new
            return new if new != text else None
        m = _AUX.search(text)
        return text[: m.end()] + " not" + text[m.end():] if m else None
    if kind == "number":
        nums = list(re.finditer(r"\d+", text))
        if not nums:
            words = list(re.finditer(r"\b(two|three|four|five|six|seven|eight|nine|ten|twenty|hundred|thousand|million|"
                                     r"January|February|March|April|June|July|August|September|October|November|December|"
                                     r"Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b", text))
            if not words:
                return None
            m = rng.choice(words)
            swap = {"two": "three", "three": "four", "four": "five", "five": "six", "six": "seven", "seven": "eight",
                    "eight": "nine", "nine": "ten", "ten": "eleven", "twenty": "thirty", "hundred": "thousand",
                    "thousand": "million", "million": "billion", "Monday": "Tuesday", "Tuesday": "Wednesday",
                    "Wednesday": "Thursday", "Thursday": "Friday", "Friday": "Saturday", "Saturday": "Sunday",
                    "Sunday": "Monday", "January": "February", "February": "March", "March": "April", "April": "June",
                    "June": "July", "July": "August", "August": "September", "September": "October",
                    "October": "November", "November": "December", "December": "January"}
            return text[: m.start()] + swap[m.group(0)] + text[m.end():]
        m = rng.choice(nums)
        val = int(m.group(0))
        new = str(val + rng.choice([1, 2, 3, 7, 10]) if val < 1000 else val * 2)
        return text[: m.start()] + new + text[m.end():]
    if kind == "truncation":
        words = text.split()
        if len(words) < 8:
            return None
        return " ".join(words[: len(words) // 2])
    return text  # speaker: text unchanged, speaker swapped


def main() -> None:
    ap = argparse.ArgumentParser(description="quote matching and flag evaluation on WMT22 pseudo-outlets")
    ap.add_argument("--mt", default="Online-B", help="system whose output renders the German outlet in English")
    ap.add_argument("--sys", default="JDExploreAcademy", help="system used as a fourth (English) outlet")
    ap.add_argument("--seed", type=int, default=13)
    ap.add_argument("--sweep", action="store_true", help="also print F1 for other chrF / margin thresholds")
    ap.add_argument("--show-errors", action="store_true", help="print the false alarms of the flags")
    args = ap.parse_args()
    if not WMT.is_dir():
        sys.exit(f"error: {WMT}: not found (the shared evaluation data is needed)")
    from aligner.match import score
    from aligner.match.clusters import build_clusters

    src, ref_a, ref_b, mt, sysout = load(args.mt, args.sys)
    quote_seg = {i for i, s in enumerate(src) if QUOTE_RE.search(s)}
    outlets = {
        "de": make_outlet("de", src, mt, "de", args.seed + 1),
        "refA": make_outlet("refA", ref_a, ref_a, "en", args.seed + 2),
        "refB": make_outlet("refB", ref_b, ref_b, "en", args.seed + 3),
        "sys": make_outlet("sys", sysout, sysout, "en", args.seed + 4),
    }
    vs, seg = versions_of(outlets)
    quote_ids = {v.quote_id for v, (o, i) in zip(vs, seg) if i in quote_seg}
    by_seg = defaultdict(list)
    for v, (_o, i) in zip(vs, seg):
        if i in quote_seg:
            by_seg[i].append(v.quote_id)
    gold = {frozenset((a, b)) for ids in by_seg.values() for x, a in enumerate(ids) for b in ids[x + 1:]}

    english = [v.english for v in vs]
    groups = [v.article_id for v in vs]

    def run(chrf_min, margin_min, sure, k_margin=None):
        old = score.K
        score.K = k_margin or old
        try:
            t0 = time.perf_counter()
            edges = score.best_per_group(
                score.match_items(english, groups, chrf_min=chrf_min, chrf_sure=sure, margin_min=margin_min), groups)
            secs = time.perf_counter() - t0
        finally:
            score.K = old
        from aligner.graph import DisjointSets

        uf = DisjointSets(len(vs))
        for e in edges:
            uf.union(e.i, e.j)
        clusters = [type("C", (), {"versions": [vs[i] for i in comp]}) for comp in uf.components() if len(comp) > 1]
        pred = pairs_of(clusters, quote_ids)
        tp = len(pred & gold)
        return prf(tp, len(pred - gold), len(gold - pred)), len(pred), secs

    print(f"WMT22 de-en pseudo-outlets: {len(vs)} versions in {len({v.article_id for v in vs})} articles, "
          f"{len(quote_seg)} quote segments, {len(gold)} gold pairs (German rendered by {args.mt}; 4th outlet {args.sys})")
    print()
    print("Matching (pairs involving quote segments)")
    print(f"{'chrF min':>9}{'margin':>8}{'sure':>6}{'K':>4}{'P':>8}{'R':>8}{'F1':>8}{'pairs':>7}{'sec':>7}")
    settings = [(score.CHRF_MIN, score.MARGIN_MIN, score.CHRF_SURE, score.K)]
    if args.sweep:
        settings += [(cm, mm, su, kk) for kk in (4, 8) for cm in (0.30, 0.36, 0.42) for mm in (1.0, 1.2, 1.4, 1.6)
                     for su in (0.55, 0.7)]
    for cm, mm, su, kk in settings:
        (p, r, f), n, secs = run(cm, mm, su, kk)
        print(f"{cm:>9.2f}{mm:>8.2f}{su:>6.2f}{kk:>4}{p:>8.3f}{r:>8.3f}{f:>8.3f}{n:>7}{secs:>7.1f}  single-linkage", flush=True)
    # the clustering the stage uses: average linkage over the same links (string path)
    t0 = time.perf_counter()
    pred = pairs_of(build_clusters(vs, with_bleu=False), quote_ids)
    secs = time.perf_counter() - t0
    tp = len(pred & gold)
    p, r, f = prf(tp, len(pred - gold), len(gold - pred))
    cm, mm, su, kk = settings[0]
    print(f"{cm:>9.2f}{mm:>8.2f}{su:>6.2f}{kk:>4}{p:>8.3f}{r:>8.3f}{f:>8.3f}{len(pred):>7}{secs:>7.1f}  "
          "average-linkage (build_clusters, as in the stage)", flush=True)

    # ---- flags ------------------------------------------------------------------
    rng = random.Random(args.seed)
    injected: dict[int, str] = {}
    b_text = dict((i, en) for i, _a, _o, en, _l in outlets["refB"])
    qsegs = sorted(i for i in quote_seg if i in b_text)
    rng.shuffle(qsegs)
    kinds = ["none", "none"] + list(DISTORTIONS)  # one third untouched
    for n, i in enumerate(qsegs):
        kind = kinds[n % len(kinds)]
        if kind in ("none",):
            continue
        new = distort(kind, b_text[i], rng)
        if new is None:
            continue
        injected[i] = kind
        b_text[i] = new
    speakers = {("refB", i): NAMES[(i + 1) % len(NAMES)] for i, k in injected.items() if k == "speaker"}
    out2 = {
        "de": outlets["de"],
        "refA": outlets["refA"],
        "refB": [(i, art, b_text[i], b_text[i], l) for i, art, _o, _e, l in outlets["refB"]],
    }
    vs2, seg2 = versions_of(out2, speakers)
    clusters = build_clusters(vs2, with_bleu=False)
    pair_flags: dict[frozenset, set] = {}
    for c in clusters:
        for p in c.pairs:
            pair_flags[frozenset((p.a, p.b))] = set(p.flags) & set(DISTORTIONS)
    tp, fp, fn = Counter(), Counter(), Counter()
    n_pos = Counter()
    n_neg = matched_neg = 0
    for i in qsegs:
        truth = injected.get(i)
        for other in ("refA", "de"):
            key = frozenset((f"refB:{i}", f"{other}:{i}"))
            flags = pair_flags.get(key)
            if truth:
                n_pos[truth] += 1
            else:
                n_neg += 1
            if flags is None:
                if truth:
                    fn[truth] += 1
                continue
            if not truth:
                matched_neg += 1
            for f in flags:
                if f == truth:
                    tp[f] += 1
                else:
                    fp[f] += 1
                    if args.show_errors:
                        other_text = next(t for j, _a, _o, t, _l in out2[other] if j == i)
                        print(f"  false {f} (truth: {truth or 'none'}): {other_text[:90]!r} || {b_text[i][:90]!r}")
            if truth and truth not in flags:
                fn[truth] += 1
    print()
    print(f"Flags: refB copy with {len(injected)} distorted quote segments ({dict(Counter(injected.values()))}), "
          f"{len(qsegs) - len(injected)} untouched; pairs with refA and de ({n_neg} untouched pairs, {matched_neg} of them matched)")
    print(f"{'flag':<12}{'pos':>6}{'TP':>6}{'FP':>6}{'FN':>6}{'P':>8}{'R':>8}")
    T = F = N = 0
    for f in DISTORTIONS:
        p, r, _ = prf(tp[f], fp[f], fn[f])
        T, F, N = T + tp[f], F + fp[f], N + fn[f]
        print(f"{f:<12}{n_pos[f]:>6}{tp[f]:>6}{fp[f]:>6}{fn[f]:>6}{p:>8.3f}{r:>8.3f}")
    p, r, _ = prf(T, F, N)
    print(f"{'all':<12}{sum(n_pos.values()):>6}{T:>6}{F:>6}{N:>6}{p:>8.3f}{r:>8.3f}")


if __name__ == "__main__":
    main()
