#!/usr/bin/env python3
"""Audit of the two speaker tests for pronoun speakers: where the truth lies between them.

    python scripts/audit_pronoun_speakers.py --lang en|de [--part all|dev|held] [--sample N --seed S]
                                             [--judgments PATH] [--list]

The scorer (``aligner/quotes/evaluate.py``) has two tests for a pronoun resolved to a name.  The
mention-overlap test (``--mention-overlap``, the upper bound; the headline before this audit) counts
it right when its mention overlaps the gold source: the pronoun keeps its offsets, so against a
pronoun gold source ANY name the resolver chose counts as right.  The name test (the headline now,
``evaluate.PRONOUN_NAMES``) counts it right only when the name is in the gold source's "annotated
antecedent", the nearest earlier non-pronoun gold source: a proxy, since neither corpus annotates
coreference.  Each test is wrong on some of these cases; this script measures how often.  Its
columns: "overlap" and "names" (the two tests), "estimate" (the audit's).

What is sampled: every matched gold direct quote (the scorer's matching, >= 0.8 character
overlap) whose speaker is right by one test and wrong by the other (a "disagreement"; the name
test never passes a speaker the overlap test fails).  Ids are ``<document>@<quote start>``;
``--sample N --seed S`` takes the N ranked first by the SHA-256 of ``"S:<id>"`` (a seeded random
sample without replacement that stays put where the disagreements stay; all of them when N is
larger).  ``--list`` prints each drawn case: id, part (dev/held), the gold
source (the pronoun), the predicted mention and resolved name, the proxy antecedent's words, and
~400 characters of text before the quote through the frame after it.

Judgments are by this project's annotator (a person or agent of the project reading each case:
who does the pronoun refer to in the text?), an audit, not gold.  They live OUTSIDE the
repository (the evaluation texts must not enter it): a TSV file ``id <tab> right|wrong|unclear
<tab> why [<tab> resolved name]``; ``#`` lines are comments.  "unclear" is counted apart, never as
right.  A verdict given for a resolved name the code no longer gives is not counted (reported).

The estimate, per metric (with-speaker F1 and speaker accuracy among matched quotes, and among
those that have a speaker): right count = name-test count + disagreements x (share of the judged
sample judged right, unclear counted as not right).  Its 95% interval is a Wilson interval of that
share with a finite-population correction (the sample is drawn without replacement from the
disagreements; a sample holding all of them leaves only the unclear ones uncertain, shown as the
range "unclear counted wrong .. right").  That interval is the audit's alone; the second one adds
the corpus's own sampling error: documents resampled with replacement (as eval_quotes' bootstrap)
together with the judged sample (``combined_interval``).

What the audit cannot see: a resolved name that happens to be in the proxy antecedent although the
pronoun means someone else passes both tests, and is not sampled.

Judged so far (files in /work/wt/audit/, outside the repository): German train, all disagreements
(de.tsv: 11 on main 641f817, re-read where the resolved name changed: 10 on main 16f842a); English
train, ``--sample 90 --seed 18`` (en.tsv: 327 disagreements before the English pronoun-subject rule,
drawn with random.sample; en_v3.tsv: 282 after it, drawn by SHA-256 rank, 52 verdicts reused where
the resolved name is the same, 38 read; en_v4.tsv: 274 after the trailing-adverb trim, 7 more read).
"""

from __future__ import annotations

import argparse
import hashlib
import math
import sys
from dataclasses import dataclass, field
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from aligner.quotes import evaluate as ev  # noqa: E402

VERDICTS = ("right", "wrong", "unclear")
Z95 = 1.959964


@dataclass
class Counts:
    """Corpus counts of the direct class by both tests: predictions, gold quotes, matched, matched with the
    right speaker (overlap test "head", name test "strict"), matched with a speaker, those right (the same)."""

    pred: int = 0
    gold: int = 0
    matched: int = 0
    right_head: int = 0
    right_strict: int = 0
    answered: int = 0
    answered_head: int = 0
    answered_strict: int = 0
    cases: list[dict] = field(default_factory=list)
    docs: list[list[int]] = field(default_factory=list)  # per document: pred, gold, matched, right by name, answered, answered right by name


def _speaker_tests(text: str, p: dict, g: dict) -> tuple[bool, bool]:
    """(right by mention overlap, right by name) of a matched prediction's speaker."""
    with ev.switched(False, ev.PRONOUN_NAMES):
        head = ev.speaker_right(text, p["speaker"], g["source_chars"], g["alt_words"])
    with ev.switched(True, ev.PRONOUN_NAMES):
        strict = ev.speaker_right(text, p["speaker"], g["source_chars"], g["alt_words"])
    return head, strict


def count_document(c: Counts, doc_id: str, text: str, preds: list[dict], golds: list[dict], pairs) -> None:
    """Add one document's direct-class counts to ``c``; its disagreements to ``c.cases``."""
    c.pred += len(preds)
    c.gold += len(golds)
    row = [len(preds), len(golds), 0, 0, 0, 0]
    c.docs.append(row)
    for i, j in pairs:
        p, g = preds[i], golds[j]
        head, strict = _speaker_tests(text, p, g)
        answered = ev.attributed(p["quote"])
        c.matched += 1
        c.right_head += head
        c.right_strict += strict
        c.answered += answered
        c.answered_head += head and answered
        c.answered_strict += strict and answered
        row[2:] = [row[2] + 1, row[3] + strict, row[4] + answered, row[5] + (strict and answered)]
        if head != strict:
            c.cases.append({"id": f"{doc_id}@{g['span'][0]}", "doc": doc_id, "doc_index": len(c.docs) - 1, "part": ev.part_of(doc_id),
                            "text": text, "pred": p, "gold": g, "head": head, "answered": answered})


def collect(docs) -> Counts:
    """Extract every document's quotes once and count both tests."""
    from aligner.quotes.extract import extract_quotes

    c = Counts()
    for art, sents, gold in docs:
        quotes = extract_quotes(art, sents)
        preds, golds, pairs = ev.direct_pairs(art.text, quotes, gold, {s.start for s in sents})
        count_document(c, art.id, art.text, preds, golds, pairs)
    c.cases.sort(key=lambda x: x["id"])
    return c


def draw(ids: list[str], n: int | None, seed: int) -> list[str]:
    """The ids audited: all, sorted (``n`` None or >= their number), else the first ``n`` when ranked by
    the SHA-256 of ``"<seed>:<id>"``: a seeded random sample without replacement that stays put where the
    disagreements stay (after a change, ids still disagreeing keep their rank, so a re-audit reads only
    the cases that are new to the sample)."""
    if n is None or n >= len(ids):
        return sorted(ids)
    return sorted(ids, key=lambda i: hashlib.sha256(f"{seed}:{i}".encode()).hexdigest())[:n]


def read_judgments(path: Path) -> dict[str, tuple[str, str, str | None]]:
    """id -> (verdict, why, resolved name judged or None) from a TSV file ``id, verdict, why[, name]``;
    a bad line is a one-line error naming file and line."""
    out: dict[str, tuple[str, str, str | None]] = {}
    for k, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        cols = line.split("\t")
        if len(cols) < 2 or cols[1].strip() not in VERDICTS:
            raise ValueError(f"{path}:{k}: want 'id<TAB>right|wrong|unclear<TAB>why[<TAB>name]', got {line[:80]!r}")
        out[cols[0].strip()] = (cols[1].strip(), cols[2].strip() if len(cols) > 2 else "", cols[3].strip() if len(cols) > 3 else None)
    return out


def valid_verdicts(cases: list[dict], drawn: list[str], judgments: dict[str, tuple[str, str, str | None]]) -> tuple[dict[str, str], list[str]]:
    """(id -> verdict of the drawn cases judged for the name they have now, ids whose judged name is no longer
    the resolved one): a verdict is about one resolution, a changed one is unjudged."""
    names = {x["id"]: x["pred"]["speaker"].name for x in cases}
    ok, changed = {}, []
    for i in drawn:
        if i not in judgments:
            continue
        verdict, _why, name = judgments[i]
        if name is None or name == names.get(i):
            ok[i] = verdict
        else:
            changed.append(i)
    return ok, changed


def wilson(right: int, n: int, population: int) -> tuple[float, float]:
    """95% Wilson interval of a share ``right``/``n`` from a sample drawn without replacement from
    ``population`` items (finite-population correction: the sample counts as n (N-1)/(N-n) draws;
    a sample holding the whole population is exact)."""
    if n == 0:
        return 0.0, 1.0
    p = right / n
    if n >= population:
        return p, p
    m = n * (population - 1) / (population - n)
    centre = (p + Z95 * Z95 / (2 * m)) / (1 + Z95 * Z95 / m)
    half = Z95 * math.sqrt(p * (1 - p) / m + Z95 * Z95 / (4 * m * m)) / (1 + Z95 * Z95 / m)
    return max(0.0, centre - half), min(1.0, centre + half)


def estimate_right(strict: int, disagreements: int, share: float) -> float:
    """The estimated count of right speakers: the name test's count plus the disagreements'
    share judged right."""
    return strict + disagreements * share


def f1(pred: int, gold: int, right: float) -> float:
    """With-speaker F1 from a count of found quotes with the right speaker (one-to-one matches)."""
    return 2 * right / (pred + gold) if pred + gold else 0.0


def metric_rows(c: Counts, judged: dict[str, str], population: int) -> list[tuple[str, float, float, float, float, float]]:
    """(metric, overlap test, name test, estimate, low, high) for with-speaker F1, speaker accuracy among
    matched quotes and among matched quotes with a speaker.  ``judged``: id -> verdict of the sample."""
    n = len(judged)
    right = sum(v == "right" for v in judged.values())
    unclear = sum(v == "unclear" for v in judged.values())
    share = right / n if n else 0.0
    lo, hi = wilson(right, n, population)
    if n >= population:
        hi = (right + unclear) / n if n else hi  # all judged: only the unclear ones are uncertain
    d_all = c.right_head - c.right_strict
    d_ans = c.answered_head - c.answered_strict
    rows = []
    for name, fn, d, strict, head in (
        ("with-speaker F1", lambda r: f1(c.pred, c.gold, r), d_all, c.right_strict, c.right_head),
        ("spk acc (matched)", lambda r: r / max(c.matched, 1), d_all, c.right_strict, c.right_head),
        ("spk acc (answered)", lambda r: r / max(c.answered, 1), d_ans, c.answered_strict, c.answered_head),
    ):
        rows.append((name, fn(head), fn(strict), fn(estimate_right(strict, d, share)),
                     fn(estimate_right(strict, d, lo)), fn(estimate_right(strict, d, hi))))
    return rows


def show_case(k: int, case: dict) -> str:
    """One drawn case as text: id, the pronoun, mention, resolved name, proxy antecedent, context with
    the gold source in ⟦ ⟧ and the quote in « »."""
    text, p, g = case["text"], case["pred"], case["gold"]
    sp = p["speaker"]
    src = " ".join(text[a:b] for a, b in g["source"])
    a, b = g["span"]
    s0, s1 = min(x for x, _ in g["source"]), max(y for _, y in g["source"])
    lo, hi = max(0, min(a, s0) - 400), max(b, s1) + 120
    marks = sorted([(s0, "⟦"), (s1, "⟧"), (a, "«"), (b, "»")], reverse=True)
    ctx = text[lo:hi]
    for pos, m in marks:
        ctx = ctx[: pos - lo] + m + ctx[pos - lo :]
    if b - a > 300:  # a long quote: its middle is not needed to read who speaks
        ctx = ctx.replace(text[a + 120 : b - 120], " […] ", 1)
    return (f"[{k}] {case['id']}  part={case['part']}  overlap={'right' if case['head'] else 'wrong'}\n"
            f"    gold source: {src!r}   predicted mention: {sp.mention!r}   resolved name: {sp.name!r}"
            f" ({sp.resolved_from}, conf {sp.confidence})\n    proxy antecedent words: {' '.join(sorted(g['alt_words'])) or '-'}\n"
            f"    {' '.join(ctx.split())}\n    TSV: {case['id']}\t?\t\t{sp.name}\n")


def combined_interval(c: Counts, judged: dict[str, str], reps: int = 1000, seed: int = 0) -> dict[str, tuple[float, float]]:
    """95% percentile intervals of the three estimates with the corpus's sampling error on top of the audit's:
    per replicate, documents drawn with replacement (as eval_quotes' bootstrap) and the judged sample drawn
    with replacement (when it is not all of the disagreements); a document's right count is its name-test
    count, plus its disagreements judged right, plus its unjudged ones times the replicate's share."""
    import numpy as np

    if not c.docs or not judged:
        return {}  # nothing judged: no share to draw
    docs = np.array(c.docs, dtype=float)
    extra = np.zeros((len(docs), 4))  # judged right, unjudged; the same among answered
    for case in c.cases:
        v = judged.get(case["id"])
        col = 0 if v == "right" else 1 if v is None else None
        if col is not None:
            extra[case["doc_index"], col] += 1
            extra[case["doc_index"], col + 2] += case["answered"]
    verdicts = np.array([v == "right" for v in judged.values()], dtype=float)
    rng = np.random.default_rng(seed + 1)
    full = len(judged) >= len(c.cases)
    out = []
    for idx in ev.draws(len(docs), reps, seed):
        share = verdicts.mean() if full else rng.choice(verdicts, len(verdicts)).mean()
        d, e = docs[idx].sum(axis=0), extra[idx].sum(axis=0)
        right, right_ans = d[3] + e[0] + e[1] * share, d[5] + e[2] + e[3] * share
        out.append((f1(int(d[0]), int(d[1]), right), right / max(d[2], 1), right_ans / max(d[4], 1)))
    arr = np.array(out)
    names = ("with-speaker F1", "spk acc (matched)", "spk acc (answered)")
    return {n: ev.percentile_interval(arr[:, k]) for k, n in enumerate(names)}


def print_estimate(label: str, c: Counts, drawn: list[str], judgments: dict[str, tuple[str, str, str | None]]) -> None:
    """The audit's tallies and the estimate table of ``label``."""
    ids = {x["id"] for x in c.cases}
    judged, changed = valid_verdicts(c.cases, drawn, judgments)
    stale = sorted(set(judgments) - ids)
    tally = {v: sum(x == v for x in judged.values()) for v in VERDICTS}
    print(f"\n{label}: {c.matched} matched direct quotes; disagreements (right by mention overlap, wrong by name): {len(ids)}; "
          f"drawn {len(drawn)}, judged {len(judged)}: right {tally['right']}, wrong {tally['wrong']}, unclear {tally['unclear']}")
    if stale:
        print(f"  {len(stale)} judged ids are no disagreement on this code (not counted): {', '.join(stale[:5])}")
    if changed:
        print(f"  {len(changed)} drawn cases were judged for another resolved name (not counted): {', '.join(changed[:5])}")
    if len(judged) < len(drawn):
        print(f"  {len(drawn) - len(judged)} drawn cases not judged yet (the estimate uses the judged ones)")
    both = combined_interval(c, judged)
    print(f"  {'metric':20} {'overlap':>9} {'names':>9} {'estimate':>9}  95% interval: audit; with documents resampled")
    for name, head, strict, est, low, high in metric_rows(c, judged, len(ids)):
        lo2, hi2 = both.get(name, (math.nan, math.nan))
        print(f"  {name:20} {head:9.3f} {strict:9.3f} {est:9.3f}  [{low:.3f},{high:.3f}]  [{lo2:.3f},{hi2:.3f}]")
    if tally["unclear"]:
        share = (tally["right"] + tally["unclear"]) / len(judged)
        est = f1(c.pred, c.gold, estimate_right(c.right_strict, len(ids), share))
        print(f"  with the {tally['unclear']} unclear counted right: with-speaker F1 {est:.3f}, "
              f"spk acc (matched) {estimate_right(c.right_strict, len(ids), share) / max(c.matched, 1):.3f}")


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--lang", choices=("de", "en"), required=True)
    ap.add_argument("--part", choices=("all", "dev", "held"), default="all")
    ap.add_argument("--limit", type=int, default=None, help="first N documents")
    ap.add_argument("--sample", type=int, default=None, help="draw N disagreements (default: all)")
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--judgments", type=Path, default=None, help="TSV of verdicts (outside the repository)")
    ap.add_argument("--list", action="store_true", help="print every drawn case for reading")
    args = ap.parse_args(argv)
    shared = ev.shared_dir() / "eval"
    folder = shared / ("polnear-en" if args.lang == "en" else "spkatt-news-de") / "train"
    if not folder.is_dir():
        print(f"{folder}: not found", file=sys.stderr)
        return 1
    try:
        judgments = read_judgments(args.judgments) if args.judgments else {}
    except (OSError, ValueError) as e:
        print(f"audit_pronoun_speakers: {e}", file=sys.stderr)
        return 2
    docs = ev.load_polnear(folder, args.limit) if args.lang == "en" else ev.load_spkatt(folder, args.limit)
    c = collect(ev.in_part(docs, args.part))
    drawn = draw([x["id"] for x in c.cases], args.sample, args.seed)
    if args.list:
        by_id = {x["id"]: x for x in c.cases}
        for k, i in enumerate(drawn, 1):
            print(show_case(k, by_id[i]))
    name = "English PolNeAR" if args.lang == "en" else "German SpkAtt-2023"
    print_estimate(f"{name} (train, part {args.part}, sample {args.sample or 'all'}, seed {args.seed})", c, drawn, judgments)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
