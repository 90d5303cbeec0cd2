"""Fit the speaker ranker's weights on gold attributions, with k-fold cross-validation.

Every quote the rules extract gets its candidates (:func:`aligner.quotes.ranker.candidates_for`);
a candidate is labelled right when the quote matches a gold direct quote (the scoring of
:mod:`aligner.quotes.evaluate`: >= 0.8 character overlap) and the candidate's speaker is right for
it; for a fragment that matches no gold quote, "no speaker" is right.  The weights are those of a
conditional logit (a softmax over each quote's options) with an L2 penalty; a quote takes its
best option.  Options: the candidates of a quote the rules gave a speaker; for a fragment also
"no speaker" (a fragment with a speaker counts as a quote).  A direct or mixed quote the rules
left without a speaker keeps none.

Cross-validation: documents are shuffled (seed 0) and cut into k folds; each fold is scored with
weights fitted on the other k-1, and the counts of all folds are summed, so every number printed
for the ranker is held out.  The rules alone are scored on the same documents beside it.

    python scripts/fit_speaker_ranker.py [--lang de|en|both] [--folds 5] [--c 0.3,1,3]
                                         [--de DIR] [--en DIR] [--write FILE]
"""

from __future__ import annotations

import argparse
import copy
import json
import sys
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from ..model import Speaker
from .evaluate import (
    gold_direct,
    load_polnear,
    load_spkatt,
    match,
    predicted_direct,
    print_table,
    score_document,
    speaker_right,
    summarise,
)
from .ranker import FEATURES, Weights, apply, candidates_for, none_features


@dataclass
class Doc:
    text: str
    quotes: list
    cands: list
    gold: list
    starts: set[int]
    labels: dict[int, list[bool]]  # quote index -> per candidate: right; all False: "no speaker" is right


def _labels(text: str, quotes, cands, gold, starts) -> dict[int, list[bool]]:
    """Candidate labels for the quotes matched to gold, and for fragments that match none (their
    right answer is "no speaker": with one they become a false quote)."""
    from .marks import find_quote_spans

    golds, _ignore = gold_direct(text, gold, starts)
    placeholder = [q for q in quotes if q.kind == "fragment" and q.speaker is None]
    for q in placeholder:
        q.speaker = Speaker(mention="\x00")  # so that the fragment competes while labelling
    preds = predicted_direct(text, quotes, find_quote_spans(text))
    for q in placeholder:
        q.speaker = None
    index = {id(q): i for i, q in enumerate(quotes)}
    out: dict[int, list[bool]] = {}
    for p in preds:
        qi = index[id(p["quote"])]
        if p["quote"].kind == "fragment" and cands[qi]:
            out[qi] = [False] * len(cands[qi])
    for pi, gi in match(preds, golds, 0.8, "chars"):
        qi = index[id(preds[pi]["quote"])]
        if not cands[qi]:
            continue
        right = [speaker_right(text, c.speaker, golds[gi]["source_chars"], golds[gi]["alt_words"]) for c in cands[qi]]
        out[qi] = [a or b for a, b in zip(out.get(qi, [False] * len(right)), right)]
    return out


def load_docs(docs) -> list[Doc]:
    from .base import _sentences
    from .extract import extract_quotes

    out = []
    for art, sents, gold in docs:
        quotes = extract_quotes(art, sents)
        lang = art.language or "en"
        cands = candidates_for(quotes, _sentences(art, sents, lang), art.text, lang)
        starts = {s.start for s in sents}
        out.append(Doc(art.text, quotes, cands, gold, starts, _labels(art.text, quotes, cands, gold, starts)))
    return out


def design(docs: list[Doc]) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Rows (the candidates of each labelled quote, then its "no speaker" row), targets (1 for a
    right option), group starts."""
    col = {f: i for i, f in enumerate(FEATURES)}
    rows: list[np.ndarray] = []
    ys: list[float] = []
    starts: list[int] = []
    for d in docs:
        for qi, right in d.labels.items():
            q = d.quotes[qi]
            if q.kind == "fragment":
                options = [c.features for c in d.cands[qi]] + [none_features(q)]
                targets = right + [not any(right)]
            elif q.speaker is not None and any(right):
                options, targets = [c.features for c in d.cands[qi]], right
            else:
                continue  # nothing to learn: the ranker leaves such a quote as the rules left it
            starts.append(len(rows))
            for feats, t in zip(options, targets):
                x = np.zeros(len(FEATURES))
                for k, v in feats.items():
                    x[col[k]] = v
                rows.append(x)
                ys.append(float(t))
    return np.array(rows).reshape(-1, len(FEATURES)), np.array(ys), np.array(starts, dtype=int)


def fit_conditional_logit(x: np.ndarray, y: np.ndarray, starts: np.ndarray, c: float = 1.0) -> np.ndarray:
    """Weights of a conditional logit (a softmax over each quote's options, "no speaker" among
    them) maximising the probability of the right options, with an L2 penalty 1/(2c)·|w|², by L-BFGS."""
    from scipy.optimize import minimize

    group = np.repeat(np.arange(len(starts)), np.diff(np.append(starts, len(x))))

    def lse(s: np.ndarray) -> np.ndarray:
        m = np.maximum.reduceat(s, starts)
        return m + np.log(np.add.reduceat(np.exp(s - m[group]), starts))

    def loss(w):
        s = x @ w
        st = np.where(y > 0, s, -np.inf)
        la, lt = lse(s), lse(st)
        pa = np.exp(s - la[group])
        pt = np.where(y > 0, np.exp(st - lt[group]), 0.0)
        return np.sum(la - lt) + 0.5 / c * w @ w, x.T @ (pa - pt) + w / c

    return minimize(loss, np.zeros(x.shape[1]), jac=True, method="L-BFGS-B").x


def weights_of(w: np.ndarray, lang: str, origin: str) -> Weights:
    return Weights({lang: {f: round(float(v), 4) for f, v in zip(FEATURES, w) if v}}, origin)


def folds(n: int, k: int, seed: int = 0) -> list[np.ndarray]:
    order = np.random.default_rng(seed).permutation(n)
    return [order[i::k] for i in range(k)]


def _score(docs: list[Doc]) -> dict:
    return summarise([score_document(d.text, d.quotes, d.gold, d.starts) for d in docs])


def cross_validate(docs: list[Doc], lang: str, k: int, c: float) -> tuple[dict, list[np.ndarray]]:
    """Held-out scores of the ranker (each fold with weights fitted on the others), and each fold's weights."""
    held: list[Doc] = []
    fitted = []
    for test in folds(len(docs), k):
        test_set = set(test.tolist())
        w = fit_conditional_logit(*design([d for i, d in enumerate(docs) if i not in test_set]), c=c)
        fitted.append(w)
        weights = weights_of(w, lang, "cross-validation fold")
        for i in sorted(test_set):
            d = copy.deepcopy(docs[i])
            apply(d.quotes, d.cands, weights, lang)
            held.append(d)
    return _score(held), fitted


def main(argv=None) -> int:
    from .evaluate import shared_dir

    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--lang", choices=("de", "en", "both"), default="both")
    ap.add_argument("--de", type=Path, default=shared_dir() / "eval" / "spkatt-news-de" / "train", help="SpkAtt-format JSON folder")
    ap.add_argument("--en", type=Path, default=shared_dir() / "eval" / "polnear-en" / "train", help="PolNeAR-format brat folder")
    ap.add_argument("--limit", type=int, default=None)
    ap.add_argument("--folds", type=int, default=5)
    ap.add_argument("--c", default="1.0", help="inverse L2 strength; several comma-separated: a sensitivity sweep (the last is written)")
    ap.add_argument("--write", type=Path, default=None, help="fit on all documents and write the weights here")
    args = ap.parse_args(argv)
    strengths = [float(x) for x in args.c.split(",")]
    out: dict = {"origin": "", "weights": {}}
    sources = []
    for lang, folder, loader in (("de", args.de, load_spkatt), ("en", args.en, load_polnear)):
        if args.lang not in (lang, "both"):
            continue
        if not folder.is_dir():
            print(f"{folder}: not found, {lang} skipped", file=sys.stderr)
            continue
        docs = load_docs(loader(folder, args.limit))
        print_table(f"{lang}: rules alone ({folder.name}, same documents)", _score(docs))
        for c in strengths:
            res, fitted = cross_validate(docs, lang, args.folds, c)
            print_table(f"{lang}: ranker, {args.folds}-fold cross-validated (C={c})", res)
        mean = np.mean(fitted, axis=0)
        print("weights (mean over folds, sd):", ", ".join(f"{f}={m:+.2f}±{s:.2f}" for f, m, s in zip(FEATURES, mean, np.std(fitted, axis=0)) if abs(m) > 1e-9))
        if args.write:
            w = weights_of(fit_conditional_logit(*design(docs), c=strengths[-1]), lang, "")
            out["weights"][lang] = w.by_lang[lang]
            sources.append(f"{lang}: {len(docs)} documents in {folder}")
    if args.write:
        out["origin"] = f"fitted by aligner.quotes.ranker_fit (C={strengths[-1]}) on " + "; ".join(sources)
        args.write.write_text(json.dumps(out, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
        print(f"wrote {args.write}")
    return 0 if sources or not args.write else 1
