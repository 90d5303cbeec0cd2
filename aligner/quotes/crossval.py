"""k-fold cross-validation over documents of the German attribution choices.

``python scripts/eval_quotes.py --lang de --cv 5`` scores every setting of the switches in
:data:`aligner.quotes.choices.GRID` (``--cv-grid one``, the default: the shipped setting and each
switch changed alone; ``full``: the whole product, refused when it exceeds ``MAX_SETTINGS``) on every German SpkAtt train document once; then, for each of k folds of
documents, it chooses the setting with the best with-speaker F1 on the other k-1 folds and scores
that setting on the fold left out.  The held-out folds' counts, pooled, are the cross-validated
score: an honest estimate of what choosing a setting on these documents buys on unseen ones.  It
prints that score with 95% bootstrap intervals over documents (and the paired difference from the
shipped default), the split into the dev and held-out parts, which setting each fold chose, and
each switch's sensitivity (the whole-set score of each value, the other switches at the setting
chosen on all documents).  The shipped values were themselves chosen by looking at this mode's output on
all train documents, the held-out part included: the "shipped default" rows, and its held-out part, are
in-sample; only the cross-validated rows are not.
"""

from __future__ import annotations

import itertools
import zlib

from ..errors import ConfigError
from .choices import GRID, current, using
from .choices import grid as _grid_of
from .evaluate import _metrics, _ratio_interval, above_bar, bootstrap, evaluate, paired_f1_interval, part_of

FIELDS = 6  # the direct row of evaluate.score_document: pred, gold, tp_pred, tp_gold, tp_spk_pred, tp_spk_gold


MAX_SETTINGS = 200  # the full product of the switches is far larger (each setting is scored on every document)


def choice_grid(lang: str = "de") -> dict[str, tuple]:
    """The switches and values tried for ``lang`` (German: this module's ``GRID``, which a test may replace)."""
    return GRID if lang == "de" else _grid_of(lang)


def full_size(lang: str = "de") -> int:
    n = 1
    for values in choice_grid(lang).values():
        n *= len(values)
    return n


def settings(grid: str = "one", lang: str = "de") -> list[dict]:
    """The settings to score: the shipped default first, then each switch changed alone (``one``) or the
    full product of GRID's values (``full``, refused above ``MAX_SETTINGS``: ConfigError)."""
    base = current(lang)
    values_of = choice_grid(lang)
    out = [base]
    if grid == "one":
        for name, values in values_of.items():
            out += [{**base, name: v} for v in values if v != base[name]]
    elif full_size(lang) > MAX_SETTINGS:
        raise ConfigError(f"--cv-grid full: {full_size(lang)} settings (more than {MAX_SETTINGS}); use --cv-grid one")
    else:
        names = list(values_of)
        for combo in itertools.product(*(values_of[n] for n in names)):
            s = {**base, **dict(zip(names, combo))}
            if s != base:
                out.append(s)
    return out


def score_settings(docs: list, grid: list[dict], strict: bool = False, lang: str = "de") -> list[list[list[int]]]:
    """Per setting, per document: the direct row counts plus [answered n, right] at >= 0.8 confidence
    (:func:`aligner.quotes.evaluate.evaluate`'s per-document rows)."""
    out = []
    for s in grid:
        with using(lang, **s):
            per_doc = evaluate(docs, strict=strict)["per_doc"]
        out.append([list(r["direct"]) + above_bar(r["calib"]) for r in per_doc])
    return out


def folds(doc_ids: list[str], k: int, seed: int = 0) -> list[int]:
    """The fold of each document: documents ordered by a CRC of their name (and the seed), dealt round."""
    order = sorted(range(len(doc_ids)), key=lambda i: zlib.crc32(f"{seed}:{doc_ids[i]}".encode()))
    fold = [0] * len(doc_ids)
    for rank, i in enumerate(order):
        fold[i] = rank % k
    return fold


def pooled(rows: list[list[int]], idx=None) -> list[int]:
    """The direct-row counts of documents ``idx`` (all when None), summed."""
    picked = rows if idx is None else [rows[i] for i in idx]
    return [sum(r[j] for r in picked) for j in range(FIELDS)]


def f1_with_speaker(rows: list[list[int]], idx) -> float:
    return _metrics(pooled(rows, idx))[4]


def choose(scores: list[list[list[int]]], idx: list[int]) -> int:
    """The setting with the best with-speaker F1 over documents ``idx``; ties go to the earlier
    setting (the default comes first)."""
    best, best_f = 0, -1.0
    for s, rows in enumerate(scores):
        f = f1_with_speaker(rows, idx)
        if f > best_f + 1e-12:
            best, best_f = s, f
    return best


def cross_validate(scores: list[list[list[int]]], fold: list[int], k: int) -> tuple[list[list[int]], list[int]]:
    """(per-document rows, each scored by the setting chosen without its fold; the setting chosen per fold)."""
    n = len(fold)
    chosen = []
    rows: list[list[int]] = [[] for _ in range(n)]
    for f in range(k):
        train = [i for i in range(n) if fold[i] != f]
        s = choose(scores, train)
        chosen.append(s)
        for i in range(n):
            if fold[i] == f:
                rows[i] = scores[s][i]
    return rows, chosen


def _diff(s: dict, base: dict) -> str:
    return ", ".join(f"{k}={v}" for k, v in s.items() if base.get(k) != v) or "(default)"


def _print_score(label: str, rows: list[list[int]]) -> None:
    c = pooled(rows)
    _p, _r, f, acc, fs = _metrics(c)
    ci = bootstrap([r[:FIELDS] for r in rows])
    n, right = sum(r[6] for r in rows), sum(r[7] for r in rows)
    lo, hi = _ratio_interval([[r[6], r[7]] for r in rows])
    print(f"  {label:34} {len(rows):4d} {c[1]:5d}  {fs:.3f} [{ci[4][0]:.2f},{ci[4][1]:.2f}]  {f:.3f} [{ci[2][0]:.2f},{ci[2][1]:.2f}]"
          f"  {acc:.3f} [{ci[3][0]:.2f},{ci[3][1]:.2f}]  {right / max(n, 1):.3f} [{lo:.2f},{hi:.2f}] ({n})")


def print_cv(docs: list, k: int, grid: str = "full", seed: int = 0, strict: bool = False, lang: str = "de") -> dict:
    """Run the cross-validation over the documents of ``lang`` and print its tables; returns the numbers."""
    sets = settings(grid, lang)
    base = sets[0]
    print(f"\n{'German' if lang == 'de' else 'English'} choices, {k}-fold cross-validation over {len(docs)} documents (fold seed {seed}), {len(sets)} settings ({grid} grid)")
    scores = score_settings(docs, sets, strict, lang)
    ids = [d[0].id for d in docs]
    fold = folds(ids, k, seed)
    cv_rows, chosen = cross_validate(scores, fold, k)
    print(f"  {'fold':5} {'docs':>4} {'train F1':>8} {'test F1':>8} {'default':>8}  setting chosen on the other folds")
    for f, s in enumerate(chosen):
        test = [i for i in range(len(ids)) if fold[i] == f]
        train = [i for i in range(len(ids)) if fold[i] != f]
        print(f"  {f:<5} {len(test):4d} {f1_with_speaker(scores[s], train):8.3f} {f1_with_speaker(scores[s], test):8.3f}"
              f" {f1_with_speaker(scores[0], test):8.3f}  {_diff(sets[s], base)}")
    print(f"  {'score (direct quotes)':34} {'docs':>4} {'gold':>5}  {'with-speaker F1':18}  {'span F1':18}  {'spk acc':18}  >= 0.8 right (n)")
    _print_score("cross-validated, pooled", cv_rows)
    _print_score("shipped default, same documents", scores[0])
    for part in ("dev", "held"):
        idx = [i for i in range(len(ids)) if part_of(ids[i]) == part]
        _print_score(f"cross-validated, {part} part", [cv_rows[i] for i in idx])
        _print_score(f"shipped default, {part} part", [scores[0][i] for i in idx])
    lo, hi = paired_f1_interval([r[:FIELDS] for r in cv_rows], [r[:FIELDS] for r in scores[0]])
    all_idx = list(range(len(ids)))
    cv_f1, default_f1 = f1_with_speaker(cv_rows, all_idx), f1_with_speaker(scores[0], all_idx)
    print(f"  cross-validated minus default, with-speaker F1: {cv_f1 - default_f1:+.3f} [{lo:+.3f},{hi:+.3f}] (paired bootstrap over documents)")
    best = choose(scores, all_idx)
    print_sensitivity(sets, scores, best, chosen, [part_of(i) for i in ids], lang)
    return {"cv_f1": cv_f1, "default_f1": default_f1, "best": sets[best], "chosen": [sets[s] for s in chosen]}


def print_sensitivity(sets: list[dict], scores: list[list[list[int]]], best: int, chosen: list[int], parts: list[str],
                      lang: str = "de") -> None:
    """Each switch's values: the whole-set with-speaker F1 (and P, R, speaker accuracy, the F1 of the dev
    and held-out parts) with the other switches at the setting chosen on all documents (or at the
    default, where the grid holds no such setting), and how many folds chose it."""
    all_idx = list(range(len(scores[0])))
    dev = [i for i in all_idx if parts[i] == "dev"]
    held = [i for i in all_idx if parts[i] == "held"]
    print(f"  setting chosen on all documents: {_diff(sets[best], sets[0])} (with-speaker F1 {f1_with_speaker(scores[best], all_idx):.3f})")
    print(f"  sensitivity: {'switch = value':40} {'F1':>6} {'P':>6} {'R':>6} {'spk acc':>7} {'dev F1':>6} {'held F1':>7}"
          "  folds chose it  (others as chosen on all)")
    for name, values in choice_grid(lang).items():
        for v in values:
            want = {**sets[best], name: v}
            s = next((i for i, x in enumerate(sets) if x == want), None)
            if s is None:
                s = next((i for i, x in enumerate(sets) if x == {**sets[0], name: v}), None)
            if s is None:
                continue
            c = pooled(scores[s])
            _p, _r, _f, acc, fs = _metrics(c)
            ps, rs = c[4] / max(c[0], 1), c[5] / max(c[1], 1)
            votes = sum(1 for x in chosen if sets[x][name] == v)
            mark = "*" if sets[best][name] == v else " "
            print(f"  {'':13}{mark}{name + ' = ' + str(v):40} {fs:6.3f} {ps:6.3f} {rs:6.3f} {acc:7.3f}"
                  f" {f1_with_speaker(scores[s], dev):6.3f} {f1_with_speaker(scores[s], held):7.3f}  {votes}/{len(chosen)}")
