#!/usr/bin/env python3
"""Why found direct quotes get no speaker or a wrong one, as counts per category.

    python scripts/speaker_errors.py [--lang de|en] [--part all|dev|held] [--show N]

Runs the same extractor and scorer as ``scripts/eval_quotes.py`` (SpkAtt-2023 German, PolNeAR
English; gold quotes found at >= 0.8 character overlap) and sorts every found quote whose
speaker is not right into one category by what the prediction and the gold source look like
(positions, mention words, how the speaker was found).  The categories are mechanical, so the
held-out part can be counted without its cases being read (leave ``--show`` at 0 there).
"""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from aligner.quotes.evaluate import (  # noqa: E402
    POSSESSIVES,
    PRONOUN_SOURCES,
    WORD,
    _load,
    attributed,
    direct_pairs,
    shared_dir,
    speaker_right,
)
from aligner.quotes.speakers import parse_mention  # noqa: E402

OBJECT_OPENERS = frozenset("den dem einen einem an auf mit für gegenüber von vom zu zum zur bei the to with for".split())
SENTENCE_END = re.compile(r"[.!?…][“”\"»«]?\s+(?=[A-ZÄÖÜ„“\"])")


def _words(text: str, spans) -> list[str]:
    return [w for a, b in spans for w in WORD.findall(text, a, b)]


def _kind(mention: str, lang: str) -> str:
    """person | role | pronoun | group (an organisation, or a thing: a text, document, statement)."""
    return parse_mention(mention, lang)[2]


def _same_sentence(text: str, a: int, b: int) -> bool:
    lo, hi = min(a, b), max(a, b)
    return not SENTENCE_END.search(text, lo, hi)


def no_speaker_category(text: str, g: dict, lang: str) -> str:
    """A found quote without a speaker: what the gold source is, and where."""
    words = _words(text, g["source"])
    if words and len(words) <= 2 and all(w.lower() in PRONOUN_SOURCES for w in words):
        return "no speaker: gold source a pronoun"
    kind = "person or role" if _kind(" ".join(words), lang) in ("person", "role") else "organisation or thing"
    (qa, qb), src_start = g["span"], min(a for a, _ in g["source"])
    if src_start > qb:
        where, near = "after", "same sentence" if _same_sentence(text, qb, src_start) else "later sentence"
    else:
        where, near = "before", "same sentence" if _same_sentence(text, src_start, qa) else "earlier sentence"
    return f"no speaker: gold {kind}, {where} the quote, {near}"


def wrong_category(text: str, p: dict, g: dict, lang: str) -> str:
    """A found quote with a wrong speaker: the first of the categories below that fits."""
    sp, (qa, qb) = p["speaker"], g["span"]
    words = _words(text, g["source"])
    if sp.name and words and len(words) <= 3 and (words[0].lower() in POSSESSIVES or all(w.lower() in PRONOUN_SOURCES for w in words)):
        return "scorer: gold source a pronoun/possessive, named speaker given"
    src_a, src_b = min(a for a, _ in g["source"]), max(b for _, b in g["source"])
    if sp.start is not None and qa <= sp.start < qb:
        return "speaker taken from inside the quote"
    if sp.resolved_from == "pronoun":
        return "pronoun not resolved" if not sp.name else "pronoun resolved to the wrong antecedent"
    gold_kind, pred_kind = _kind(" ".join(words), lang), _kind(sp.mention, lang)
    if sp.resolved_from == "context" or p["rule"] in ("reported-speech-continuation", "subjunctive-after-cue", "after-speech-verb"):
        if src_a > qb and _same_sentence(text, qb, src_a):
            return "carried on, but the quote's own sentence names the speaker after it"
        if sp.end is not None and sp.end <= src_a < qa:
            where = "the quote's own sentence" if _same_sentence(text, src_a, qa) else "a sentence before"
            return f"carried on past another speaker named in between (gold {gold_kind}, in {where})"
        return "carried on wrongly (speaker named elsewhere)"
    if src_a > qb and _same_sentence(text, qb, src_a):
        return "frame after the quote missed (nearer speaker after it)"
    first = (WORD.findall(sp.mention) or [""])[0].lower()
    if first in OBJECT_OPENERS:
        return "object or prepositional phrase taken"
    if {gold_kind, pred_kind} == {"group", "person"} or {gold_kind, pred_kind} == {"group", "role"}:
        return f"organisation vs person (gold {gold_kind}, predicted {pred_kind})"
    if sp.start is None:
        return "other (no position)"
    if abs(sp.start - src_a) < 60 and _same_sentence(text, sp.start, src_a):
        return f"role vs name / part of the same phrase (gold {gold_kind}, predicted {pred_kind})"
    pred_dist, gold_dist = abs(qa - sp.end) if sp.end <= qa else abs(sp.start - qb), abs(qa - src_b) if src_b <= qa else abs(src_a - qb)
    return "wrong person nearer than the gold" if pred_dist < gold_dist else "wrong person farther than the gold"


def categorise(docs, lang: str, show: int, by_rule: bool = False) -> dict[str, int]:
    from aligner.quotes.extract import extract_quotes

    counts: dict[str, int] = {}
    for art, sents, gold in docs:
        text = art.text
        preds, golds, pairs = direct_pairs(text, extract_quotes(art, sents), gold, {s.start for s in sents})
        for i, j in pairs:
            p, g = preds[i], golds[j]
            if not attributed(p["quote"]):
                cat = no_speaker_category(text, g, lang)
            elif speaker_right(text, p["speaker"], g["source_chars"], g["alt_words"]):
                continue
            else:
                cat = wrong_category(text, p, g, lang)
            if by_rule:
                cat = f"{cat} [rule {p['rule']}]"
            counts[cat] = counts.get(cat, 0) + 1
            if show > 0:
                show -= 1
                sp = p["speaker"]
                print(f"[{cat}] pred {sp.mention if sp else None!r} gold {' '.join(_words(text, g['source']))!r} "
                      f":: {text[max(0, g['span'][0] - 120):g['span'][0]]!r} [[{text[g['span'][0]:g['span'][1]][:60]!r}]]")
    return counts


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--lang", choices=("de", "en"), default="de")
    ap.add_argument("--part", choices=("all", "dev", "held"), default="dev")
    ap.add_argument("--limit", type=int, default=None)
    ap.add_argument("--by-rule", action="store_true", help="split each category by the rule that gave the speaker")
    ap.add_argument("--show", type=int, default=0, help="print N cases (dev only: the held-out part is counted, never read)")
    args = ap.parse_args(argv)
    args.de = shared_dir() / "eval" / "spkatt-news-de" / "train"
    args.en = shared_dir() / "eval" / "polnear-en" / "train"
    args.splitter = "simple"
    folder = args.de if args.lang == "de" else args.en
    if not folder.is_dir():
        print(f"{folder}: not found", file=sys.stderr)
        return 1
    counts = categorise(_load(args.lang, args), args.lang, args.show if args.part == "dev" else 0, args.by_rule)
    print(f"{args.lang} {args.part}: found direct quotes without the right speaker, by category")
    for k, v in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])):
        print(f"  {v:4d}  {k}")
    print(f"  {sum(counts.values()):4d}  total")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
