"""Strict and lax precision, recall and F1 of a sentence alignment (Sennrich & Volk 2010).

The metric reported by Bleualign, Vecalign and Bertalign.  Alignments are lists of
beads ``(src_ids, tgt_ids)``.

- Precision is computed over the *predicted* beads, 1-0 and 0-1 beads included.  A
  predicted bead is a strict hit when the identical bead is in the gold alignment; it
  is a lax hit when it is a strict hit or when some gold bead shares a source sentence
  with it and, through the gold beads of its source sentences, also a target sentence.
- Recall is the same computation with the roles swapped (gold beads judged against
  the prediction), over beads that are non-empty on both sides only.

Counts are summed over all documents before dividing (micro average).
"""

from __future__ import annotations

import random
import re
from collections import defaultdict
from dataclasses import dataclass
from typing import Iterable, Sequence

from ..errors import ConfigError

Bead = tuple[tuple[int, ...], tuple[int, ...]]


def _norm(beads: Iterable) -> set[Bead]:
    out = set()
    for src, tgt in beads:
        s, t = tuple(src), tuple(tgt)
        if s or t:
            out.add((s, t))
    return out


def _hits(judged: set[Bead], reference: set[Bead]) -> tuple[int, int, int]:
    """(strict hits, lax hits, total) of the beads in ``judged`` against ``reference``."""
    links: dict[int, set[int]] = defaultdict(set)
    for s, t in reference:
        for i in s:
            links[i].update(t)
    strict = lax = 0
    for s, t in judged:
        if (s, t) in reference:
            strict += 1
            lax += 1
            continue
        linked = set()
        for i in s:
            linked |= links.get(i, set())
        if linked.intersection(t):
            lax += 1
    return strict, lax, len(judged)


@dataclass
class AlignmentScores:
    strict_p: float
    strict_r: float
    strict_f1: float
    lax_p: float
    lax_r: float
    lax_f1: float
    n_gold: int
    n_pred: int

    def as_dict(self) -> dict[str, float]:
        return {k: round(v, 4) if isinstance(v, float) else v for k, v in self.__dict__.items()}


def _f1(p: float, r: float) -> float:
    return 2 * p * r / (p + r) if p + r else 0.0


def score_alignments(gold_docs: Sequence[Iterable], pred_docs: Sequence[Iterable]) -> AlignmentScores:
    """Micro-averaged scores over several documents (lists of beads, same order)."""
    if len(gold_docs) != len(pred_docs):
        raise ConfigError(f"{len(gold_docs)} gold documents but {len(pred_docs)} predicted")
    ps = pl = pn = rs = rl = rn = 0
    n_gold = n_pred = 0
    for gold_beads, pred_beads in zip(gold_docs, pred_docs):
        gold = _norm(gold_beads)
        pred = _norm(pred_beads)
        n_gold += len(gold)
        n_pred += len(pred)
        s, l, n = _hits(pred, gold)
        ps, pl, pn = ps + s, pl + l, pn + n
        gold_both = {x for x in gold if x[0] and x[1]}
        pred_both = {x for x in pred if x[0] and x[1]}
        s, l, n = _hits(gold_both, pred_both)
        rs, rl, rn = rs + s, rl + l, rn + n
    sp_, lp_ = (ps / pn, pl / pn) if pn else (0.0, 0.0)
    sr_, lr_ = (rs / rn, rl / rn) if rn else (0.0, 0.0)
    return AlignmentScores(sp_, sr_, _f1(sp_, sr_), lp_, lr_, _f1(lp_, lr_), n_gold, n_pred)


def score_alignment(gold: Iterable, pred: Iterable) -> AlignmentScores:
    return score_alignments([list(gold)], [list(pred)])


# -- what the wrong beads are -----------------------------------------------------------

ERROR_KINDS = {
    "split": "inside one gold bead of several sentences (the gold bead cut in pieces)",
    "left out": "1-0/0-1 for a sentence that gold links",
    "stray merged": "a bead holding a sentence that gold leaves unaligned",
    "merge": "whole gold beads joined into one",
    "boundary": "cuts across gold beads (a boundary shifted)",
    "linked a gold null": "a link between sentences gold leaves unaligned",
    "no gold": "sentences absent from the gold alignment",
}


def error_kind(bead: Iterable, gold: Iterable) -> str | None:
    """Which ``ERROR_KINDS`` a predicted ``bead`` is against the ``gold`` beads; None
    when gold holds the identical bead (a strict hit)."""
    s, t = (tuple(x) for x in bead)
    gold_set = _norm(gold)
    if (s, t) in gold_set:
        return None
    by_src = {i: g for g in gold_set for i in g[0]}
    by_tgt = {j: g for g in gold_set for j in g[1]}
    touched = {by_src[i] for i in s if i in by_src} | {by_tgt[j] for j in t if j in by_tgt}
    if not touched:
        return "no gold"
    if not (s and t):
        return "left out" if all(g[0] and g[1] for g in touched) else "no gold"
    nulls = [g for g in touched if not (g[0] and g[1])]
    if nulls:
        return "stray merged" if len(nulls) < len(touched) else "linked a gold null"
    if len(touched) == 1:
        return "split"
    if all(set(g[0]) <= set(s) and set(g[1]) <= set(t) for g in touched):
        return "merge"
    return "boundary"


def error_kinds(gold: Iterable, pred: Iterable) -> dict[str, int]:
    """How many wrong predicted beads (strict) there are of each ``ERROR_KINDS``."""
    gold = list(gold)
    counts = dict.fromkeys(ERROR_KINDS, 0)
    for bead in _norm(pred):
        kind = error_kind(bead, gold)
        if kind is not None:
            counts[kind] += 1
    return counts


# what made each gold bead of a protocol document (``edit_parallel``'s and
# ``plant_phenomena``'s ``kinds``)
PHENOMENA = {
    "1-1": "a faithful 1-1 line (the reference's)",
    "free": "a 1-1 line written freely (free_line)",
    "merge": "2-1: two sentences written as one",
    "merge22": "2-2: a clause moved across the sentence boundary",
    "merge3": "3-1: three sentences written as one",
    "split": "1-2: a sentence written as two lines",
    "drop": "1-0: a sentence the translator left out",
    "insert": "0-1: a stray line put in",
    "swap": "two neighbouring target lines traded places (two crossing 1-1 beads)",
    "short": "a heading or exclamation on both sides",
    "debris": "an OCR or layout line on one side",
    "caption": "a picture caption on the target side",
    "restructure": "2-2: a clause moved to the first line (plant_phenomena)",
    "fragment": "a piece of a sentence cut off as a line of its own",
}


def phenomenon_errors(gold: Sequence, pred: Iterable, kinds: Sequence[str]) -> dict[str, list[float]]:
    """Per kind of gold bead (``kinds[k]`` is gold bead k's, ``PHENOMENA``): [gold beads,
    those the prediction holds exactly, wrong predicted beads at them].  A wrong
    predicted bead counts for the gold beads it shares a sentence with, in equal parts
    (1/n each of n), so that the last column sums to the wrong beads with gold."""
    found = _norm(pred)
    out: dict[str, list[float]] = {}
    by_src: dict[int, int] = {}
    by_tgt: dict[int, int] = {}
    for k, ((s, t), kind) in enumerate(zip(gold, kinds)):
        row = out.setdefault(kind, [0, 0, 0.0])
        row[0] += 1
        row[1] += (tuple(s), tuple(t)) in found
        by_src.update(dict.fromkeys(s, k))
        by_tgt.update(dict.fromkeys(t, k))
    gold_set = _norm(gold)
    for s, t in found - gold_set:
        touched = {by_src[i] for i in s if i in by_src} | {by_tgt[j] for j in t if j in by_tgt}
        for k in touched:
            out[kinds[k]][2] += 1 / len(touched)
    return out


def many_right(gold: Iterable, pred: Iterable) -> dict[str, tuple[int, int]]:
    """Gold beads with two or more sentences on a side, by type ("2-1", "2-2", ...): how
    many the prediction holds exactly, and how many there are."""
    found = _norm(pred)
    out: dict[str, tuple[int, int]] = {}
    for s, t in _norm(gold):
        if max(len(s), len(t)) < 2:
            continue
        key = f"{len(s)}-{len(t)}"
        right, total = out.get(key, (0, 0))
        out[key] = (right + ((s, t) in found), total + 1)
    return out


# -- known-gold test documents from sentence-parallel text --------------------------

# probability per source sentence of each edit made by ``edit_parallel``; "merge3" (3-1)
# and "merge22" (2-2) are off here, and "rephrase" (the share of those many-sentence
# beads whose target line is written freely from another rendering) too, and "fold" (the
# share of the rephrased ones written by ``fold_join`` / ``moved_piece`` instead of
# ``literary_join``), and "free" (the share of 1-1 lines whose target is written freely
# from another rendering, ``free_line``)
EDITS = {"merge": 0.06, "split": 0.06, "drop": 0.02, "insert": 0.02, "merge3": 0.0, "merge22": 0.0, "rephrase": 0.0,
         "fold": 0.0, "free": 0.0}


def split_point(text: str) -> int | None:
    """A comma or semicolon near the middle (30-70 % of the length), or None."""
    n = len(text)
    cands = [k for k, c in enumerate(text) if c in ",;" and 0.3 * n <= k <= 0.7 * n]
    return min(cands, key=lambda k: abs(k - n / 2)) + 1 if cands else None


def _compress(text: str, rng: random.Random) -> str:
    """``text`` cut down as a translator who merges sentences shortens one of them:
    its first clause (up to a comma or semicolon near the middle), else its first 50-80 %
    of words, short lower-case words at its end ("the", "and") and closing punctuation
    dropped."""
    cut = split_point(text)
    if cut is None:
        cut = _words_cut(text, rng.uniform(0.5, 0.8))
    words = text[:cut].split()
    while len(words) > 1 and len(words[-1]) <= 3 and words[-1].islower():  # not ending on "the", "and"
        words.pop()
    return " ".join(words).rstrip(",;:.!?")


def literary_join(lines: list[str], rng: random.Random) -> str:
    """Two or three translated sentences written as one, as a literary translator merges
    them: every sentence but one (chosen at random) shortened to a clause
    (``_compress``), the pieces joined by a comma or semicolon, and in half of the
    merges of two the order of the two parts reversed."""
    keep = rng.randrange(len(lines))
    parts = [x.strip().rstrip(".!?;:") if k == keep else _compress(x, rng) for k, x in enumerate(lines)]
    parts = [x for x in parts if x] or [lines[0].strip()]
    if len(parts) == 2 and rng.random() < 0.5:
        parts.reverse()
    text = parts[0]
    for part in parts[1:]:
        text += rng.choice([", ", "; ", " - "]) + (part[:1].lower() + part[1:] if part[1:2].islower() else part)
    return text + "."


def _cut_in_two(text: str, rng: random.Random) -> list[str]:
    """``text`` cut into two lines at a word boundary 30-70 % into it (a 2-2 bead whose
    boundary is not the source's)."""
    k = _words_cut(text, rng.uniform(0.3, 0.7))
    head, tail = text[:k].strip().rstrip(",;- "), text[k:].strip()
    return [head + ".", tail[:1].upper() + tail[1:]] if head and tail else [text]


# A translator's fold (``fold_join``, ``moved_piece``): a sentence made a clause of
# another keeps FOLD_KEEP (a uniform share, at least two words) of its words, a stretch
# from anywhere in it but its first word where it can (the subject goes: the clause hangs
# on the other sentence's), and each kept word of five letters or more takes another
# ending at FOLD_REWORD (a verb made a participle, a noun a verb: "announced" ->
# "announcing").  The clause goes inside the other sentence after its first words
# (relative), before it (participial, the clause order changed) or after it, each a
# third of the time; of two paragraphs, the sentences where they meet.  A model of what
# translators do, not a published rate.
FOLD_KEEP = (0.2, 0.5)
FOLD_REWORD = 0.3
_ENDINGS = ("ing", "ed", "ion", "s", "al")
_FOLD_LINKS = {"inside": [", which ", ", who ", ", where "], "before": ["", "After ", "With ", "As "],
               "after": [", ", ", while ", " and ", " - "]}


def _reword(word: str, rng: random.Random) -> str:
    """``word`` with another ending (``_ENDINGS``): its last one to three letters, or the
    ending it has, swapped."""
    stem = re.sub(r"(ing|ed|ion|es|s|al|ly|e)$", "", word) if len(word) > 5 else word
    if stem == word:
        stem = word[: -rng.randint(1, 2)]
    return stem + rng.choice([e for e in _ENDINGS if not word.endswith(e)])


def _fold_span(words: list[str], rng: random.Random, at: str = "any") -> tuple[int, int]:
    """(start, end) of the stretch of ``words`` a fold keeps (``FOLD_KEEP``): anywhere
    but the first word where it can, or at the ``at`` = "end" or "start" (after the
    first word) of the sentence."""
    size = min(max(2, round(rng.uniform(*FOLD_KEEP) * len(words))), len(words))
    first = min(1, len(words) - size)
    start = len(words) - size if at == "end" else first if at == "start" else rng.randint(first, len(words) - size)
    return start, start + size


def _fold_clause(words: list[str], rng: random.Random) -> str:
    """``words`` (a stretch of a folded sentence) as a clause: some reworded
    (``FOLD_REWORD``), lower-cased at its start unless a name."""
    kept = [_reword(w, rng) if w.isalpha() and len(w) >= 5 and rng.random() < FOLD_REWORD else w for w in words]
    if kept and kept[0][1:].islower():
        kept[0] = kept[0].lower()
    return " ".join(kept).strip(",;:- ")


def _insert_clause(main: str, clause: str, rng: random.Random) -> str:
    """``clause`` inside ``main`` after its first two to five words, before it or after
    it (``_FOLD_LINKS``)."""
    main = main.strip().rstrip(".!?;:")
    where = rng.choice(list(_FOLD_LINKS))
    link = rng.choice(_FOLD_LINKS[where])
    words = main.split()
    if where == "inside" and len(words) > 3:
        k = rng.randint(2, min(5, len(words) - 1))
        return " ".join(words[:k]) + link + clause + ", " + " ".join(words[k:])
    if where == "before":
        rest = main[:1].lower() + main[1:] if main[1:2].islower() else main
        return (link + clause if link else clause[:1].upper() + clause[1:]) + ", " + rest
    return main + rng.choice(_FOLD_LINKS["after"]) + clause


def _words(line: str) -> list[str]:
    return line.strip().rstrip(".!?;:").split()


# titles and abbreviations whose dot ends no sentence in ``_sentences`` ("Dr. Weber said",
# "No. 5"); a single letter's dot (an initial: "J. Smith", "U.S. troops") neither
_NO_END = frozenset({"mr", "mrs", "ms", "dr", "prof", "st", "mt", "gen", "col", "lt", "sgt", "capt", "gov", "sen",
                     "rep", "rev", "no", "nos", "vs", "approx", "fig"})
_END = re.compile(r"[.!?][\"”]?\s+")


def _ends_sentence(head: str, nxt: str) -> bool:
    """Whether ``head`` (a text up to a mark "." "!" "?", maybe with a closing quote)
    ends a sentence before ``nxt`` (the next character): a capital of any script ("Ärzte",
    "Élysée") or an opening quote follows, and the mark is no abbreviation's dot."""
    if not (nxt.isupper() or nxt in "\"“„"):
        return False
    if not head.endswith("."):
        return True
    word = head.split()[-1].rstrip(".").lstrip("(\"“„'")
    return word.lower() not in _NO_END and not (len(word.rsplit(".", 1)[-1]) == 1 and word[-1:].isalpha())


def _sentences(line: str) -> list[str]:
    """The sentences of ``line`` (a paragraph): cut after ".", "!" or "?" (and a closing
    quote) where ``_ends_sentence``."""
    text, out, start = line.strip(), [], 0
    for m in _END.finditer(text):
        if _ends_sentence(text[start:m.end()].rstrip(), text[m.end():m.end() + 1]):
            out.append(text[start:m.end()].rstrip())
            start = m.end()
    return [x for x in out + [text[start:]] if x] or [line]


def fold_join(lines: list[str], rng: random.Random) -> str:
    """Two or three translated sentences written as one by folding: one kept whole (at
    random), each other one made a clause of it (``_fold_span``, ``_fold_clause``,
    ``_insert_clause``).  Lines of several sentences (paragraphs) are folded where they
    meet: the last sentence of one and the first of the next, the others kept."""
    parts = [_sentences(x) for x in lines]
    if any(len(x) > 1 for x in parts):
        sentences = parts[0]
        for nxt in parts[1:]:
            sentences = sentences[:-1] + [fold_join([sentences[-1], nxt[0]], rng)] + nxt[1:]
        return " ".join(sentences)
    keep = rng.randrange(len(lines))
    text = lines[keep].strip().rstrip(".!?;:")
    for k, line in enumerate(lines):
        words = _words(line)
        if k != keep and words:
            a, b = _fold_span(words, rng)
            text = _insert_clause(text, _fold_clause(words[a:b], rng), rng)
    return text[:1].upper() + text[1:] + "."


def moved_piece(lines: list[str], rng: random.Random) -> list[str]:
    """Two translated sentences written as two other lines (a 2-2 bead): a piece of one
    (the first sentence's last words, or the second's words after its first, as
    ``_fold_span``) moved into the other, which keeps it as a clause (``_fold_clause``,
    ``_insert_clause``); of two paragraphs, where they meet.  A line without words
    leaves both lines as they are (nothing to move)."""
    first, second = _words(lines[0]), _words(lines[1])
    if not first or not second:
        return list(lines)
    one, two = _sentences(lines[0]), _sentences(lines[1])
    if len(one) > 1 or len(two) > 1:  # paragraphs: the piece moves where they meet
        head, tail = moved_piece([one[-1], two[0]], rng)
        return [" ".join(one[:-1] + [head]), " ".join([tail] + two[1:])]
    if len(first) < 4 or len(second) < 4:
        return _cut_in_two(fold_join(lines, rng), rng)
    if rng.random() < 0.5:  # the first sentence's end moves into the second
        a, b = _fold_span(first, rng, "end")
        return [" ".join(first[:a]).rstrip(",;:- ") + ".",
                _insert_clause(" ".join(second), _fold_clause(first[a:b], rng), rng) + "."]
    a, b = _fold_span(second, rng, "start")
    tail = " ".join(second[:a] + second[b:]).strip(",;:- ")
    return [_insert_clause(" ".join(first), _fold_clause(second[a:b], rng), rng) + ".",
            tail[:1].upper() + tail[1:] + "."]


# A freely rendered 1-1 line (``free_line``): another rendering of the source, its
# clause order changed half the time, FOLD_REWORD of its longer words with another
# ending, and a translator's addition (explicitation) of FREE_ADD (a uniform share) of
# its words, taken from a line of another story, put in as a clause (``_insert_clause``).
# A model of literary freedom, not a published rate.
FREE_ADD = (0.1, 0.3)


def free_line(line: str, rng: random.Random, addition: str = "") -> str:
    """A 1-1 line written freely from ``line`` (another rendering of the source than the
    reference): half of the time its clause order changed where a comma or semicolon
    near its middle allows (``split_point``: "A, B." -> "B, a."), some of its words
    reworded (``_fold_clause``), and a clause of ``addition``'s words added (``FREE_ADD``)."""
    text = line.strip().rstrip(".!?;:")
    cut = split_point(text)
    if cut is not None and rng.random() < 0.5:
        head, tail = text[:cut].strip().rstrip(",;"), text[cut:].strip()
        if head and tail:
            text = tail + ", " + (head[:1].lower() + head[1:] if head[1:2].islower() else head)
    text = _fold_clause(text.split(), rng) or text
    extra = _words(addition)
    if extra:
        size = min(len(extra), max(2, round(rng.uniform(*FREE_ADD) * len(text.split()))))
        start = rng.randint(0, len(extra) - size)
        text = _insert_clause(text, _fold_clause(extra[start:start + size], rng), rng)
    return text[:1].upper() + text[1:] + "."


def _bead_lines(lines: list[str], alt: list[str] | None, rng: random.Random, edits: dict, two_two: bool) -> list[str]:
    """The target lines of a bead of several source sentences: their reference lines
    joined (faithful), or, at "rephrase" when ``alt`` is there, ``alt``'s lines written
    as one by ``literary_join`` (or at "fold" by ``fold_join``); cut again in two lines
    elsewhere for a 2-2 bead (``two_two``; at "fold" ``moved_piece``)."""
    if alt is not None and rng.random() < edits["rephrase"]:
        if edits.get("fold") and rng.random() < edits["fold"]:
            return moved_piece(alt, rng) if two_two else [fold_join(alt, rng)]
        text = literary_join(alt, rng)
    else:
        text = " ".join(lines)
    return _cut_in_two(text, rng) if two_two else [text]


def edit_parallel(src, ref, mts, strays, rng, rates=None, alt=None, kinds=None):
    """A sentence-parallel text (``src`` line i translated by ``ref`` line i) with known edits.

    Per source sentence, with the probabilities in ``EDITS``: two neighbouring
    reference lines joined (gold 2-1), three joined ("merge3": 3-1), two joined and cut
    again elsewhere ("merge22": 2-2), a reference line cut at a comma or semicolon near
    its middle (1-2), a reference line left out (1-0), a line from ``strays`` inserted
    (0-1); ``rates``: other probabilities than ``EDITS``'.  ``alt``: another rendering of
    each source line (a second human translation, another system's MT); at "rephrase"
    the joined target of a 2-1, 3-1 or 2-2 bead is written from it by ``literary_join``
    instead of joining ``ref``'s lines, and a 1-2 bead's two lines are its line cut at a
    word boundary (own random stream: the other edits are drawn as without it).  ``mts``: name -> MT of each source line, kept in step with the
    source.  Returns (source lines, MT lines per name, target lines, gold beads).
    ``kinds``: a list that gets the edit behind each gold bead (``PHENOMENA``' names:
    "1-1", "free", "merge", "merge22", "merge3", "split", "drop", "insert").
    """
    kinds = [] if kinds is None else kinds
    src_out: list[str] = []
    mt_out: dict[str, list[str]] = {name: [] for name in mts}
    tgt: list[str] = []
    gold: list[tuple[list[int], list[int]]] = []
    edits = {**EDITS, **(rates or {})}
    lit = random.Random(hash(rng.getstate()[1]))  # its own stream: the edits are drawn as without it
    free_rng = random.Random(hash(rng.getstate()[1]) + 1)  # the free 1-1 lines' own stream too
    two = edits["merge"] + edits["merge22"]  # r below: a merge of two (2-1, or 2-2 from merge on)
    many = two + edits["merge3"]  # ... below: a merge of three
    i = 0
    while i < len(src):
        r = rng.random()
        s0 = len(src_out)
        if r < edits["insert"]:
            gold.append(([], [len(tgt)]))
            kinds.append("insert")
            tgt.append(rng.choice(strays))
            continue
        r -= edits["insert"]
        size = 2 if r < two else 3 if r < many else 1
        if size > 1 and i + size <= len(src):
            lines_ = _bead_lines(ref[i : i + size], alt[i : i + size] if alt is not None else None, lit, edits,
                                 edits["merge"] <= r < two)
            src_out += src[i : i + size]
            for name, mt in mts.items():
                mt_out[name] += mt[i : i + size]
            gold.append((list(range(s0, s0 + size)), list(range(len(tgt), len(tgt) + len(lines_)))))
            kinds.append("merge3" if size == 3 else "merge22" if edits["merge"] <= r < two else "merge")
            tgt += lines_
            i += size
            continue
        src_out.append(src[i])
        for name, mt in mts.items():
            mt_out[name].append(mt[i])
        r -= many
        cut = split_point(ref[i]) if r < edits["split"] else None
        if cut is not None:
            free = _cut_in_two(alt[i], lit) if alt and lit.random() < edits["rephrase"] else []
            gold.append(([s0], [len(tgt), len(tgt) + 1]))
            kinds.append("split")
            # written from the other rendering where it could be cut, else ref's line cut
            tgt += free if len(free) == 2 else [ref[i][:cut].strip(), ref[i][cut:].strip()]
        elif edits["split"] <= r < edits["split"] + edits["drop"]:
            gold.append(([s0], []))
            kinds.append("drop")
        else:
            gold.append(([s0], [len(tgt)]))
            is_free = alt is not None and edits["free"] > 0 and free_rng.random() < edits["free"]
            tgt.append(free_line(alt[i], free_rng, free_rng.choice(strays)) if is_free else ref[i])
            kinds.append("free" if is_free else "1-1")
        i += 1
    return src_out, mt_out, tgt, gold


# -- planted phenomena: what costs an aligner on real documents ----------------------

# (German line, its MT, the translator's line): headings, exclamations and short
# questions.  The MT and the human line often differ (paraphrase), as they do in
# Text+Berg ("Vorwärts !" / "En avant !").
SHORT_LINES = [
    ("Vorwärts!", "Forward!", "Onwards!"),
    ("Aufstieg:", "Ascent:", "The climb:"),
    ("Hintergrund", "Background", "Background"),
    ("Fazit:", "Conclusion:", "Bottom line:"),
    ("Mehr zum Thema", "More on the topic", "More on this"),
    ("Achtung!", "Attention!", "Watch out!"),
    ("Warum?", "Why?", "Why?"),
    ("Na und?", "So what?", "So?"),
    ("Update, 14.30 Uhr:", "Update, 2.30 p.m.:", "Update, 2:30pm:"),
    ("Die Reaktionen", "The reactions", "Reactions"),
    ("Was bisher geschah", "What happened so far", "The story so far"),
    ("Endlich!", "Finally!", "At last!"),
    ("Halt!", "Stop!", "Stop!"),
    ("Kapitel 3", "Chapter 3", "Chapter 3"),
    ("Teil II.", "Part II.", "Part II."),
    ("Der Abstieg", "The descent", "Going down"),
    ("Danke!", "Thank you!", "Thanks!"),
    ("Nein.", "No.", "No."),
    ("Ja, wirklich.", "Yes, really.", "Yes, really."),
    ("Und dann?", "And then?", "What next?"),
]
# OCR and layout debris, on one side only: page numbers, separators, stray letters
DEBRIS = ["24 a !", "- 12 -", "Seite 3", "* * *", "|", "S. 114", "©", "1957", "( 2 )", "ii", "—", "7 b", "Anzeige",
          "ADVERTISEMENT", ". . .", "11"]

# probability per bead (after edit_parallel's edits) of each planted phenomenon
# restructure: Gale & Church (1993) count 1.1 % 2-2 beads in hand-aligned translations;
# fragment: sentence splitters err on a few per cent of boundaries of noisy (OCR'd) text
# (Read et al. 2012), and a cut on one side only makes a piece of a sentence its own line
PLANT = {"swap": 0.02, "short": 0.03, "debris": 0.02, "caption": 0.01, "restructure": 0.011, "fragment": 0.05}

# labels that open a line on one side only and belong to the sentence after them
# (bibliographies, notes, captions): (German, its MT, an English label)
LABELS = [("Literatur:", "Literature:", "Further reading:"), ("Quelle:", "Source:", "Source:"),
          ("Anmerkung:", "Note:", "Note:"), ("Siehe:", "See:", "See also:"), ("Nachtrag:", "Addendum:", "Update:"),
          ("Vgl.", "Cf.", "Compare:"), ("Zitiert nach:", "Quoted from:", "Quoted in:")]
FRAGMENT_KINDS = ("label", "head", "tail", "punct")


def plant_phenomena(src, mts, tgt, gold, rng, rates=None, kinds=None):
    """Plant, into a document with known gold (``edit_parallel``'s output), what real
    documents have and sentence-parallel test sets lack, at ``rates`` (``PLANT``) per bead:

    - ``swap``: two neighbouring 1-1 beads whose target lines trade places (gold: two
      crossing 1-1 beads);
    - ``short``: a heading or exclamation on both sides (a 1-1 bead whose chrF carries
      little signal, its MT often a paraphrase of the human line);
    - ``debris``: an OCR or layout line (page number, separator) on one side only (1-0
      or 0-1; on the source side its MT is itself);
    - ``caption``: a picture caption on the target side only that repeats the first
      words of the next target line (0-1 that shares content with a neighbour);
    - ``fragment``: a piece of a sentence on one side only that an OCR or a sentence
      splitter cut off as a line of its own (``_fragment``): a label before it
      ("Literatur:"), its first words up to a colon or its last words ("1956), S.
      310-329."), or its closing punctuation (", ."); gold keeps the piece in the
      sentence's bead (2-1, 1-2, ...), as Text+Berg's gold does.  Own random stream,
      after ``restructure``.
    - ``restructure``: two neighbouring 1-1 beads whose translator moved a clause
      across the sentence boundary: the second target line's first clause (up to a
      comma or semicolon near its middle) joins the first target line (gold: one 2-2
      bead, as Text+Berg's translators write 29 of its 422 beads).  Drawn from a
      random stream of its own after the others, so that a rate of 0 leaves every
      other planted phenomenon as it was.

    Returns (source lines, MT lines per name, target lines, gold beads), as
    ``edit_parallel``.  ``kinds``: a list holding the kind of each of ``gold``'s beads
    (``edit_parallel``'s ``kinds``; empty: "1-1" each), rewritten to the kind of each
    returned gold bead (``PHENOMENA``: a planted one's, or the kind it had).
    """
    rates = PLANT if rates is None else rates
    tags = list(kinds) if kinds else ["1-1"] * len(gold)
    # the document as a list of beads holding their texts: [source lines, MT lines,
    # target lines, swapped, kind]
    items = []
    for (s_ids, t_ids), tag in zip(gold, tags):
        items.append([[src[i] for i in s_ids], {k: [v[i] for i in s_ids] for k, v in mts.items()},
                      [tgt[j] for j in t_ids], False, tag])
    out = []
    k = 0
    while k < len(items):
        it = items[k]
        r = rng.random()
        if r < rates.get("short", 0):
            de, mt, en = rng.choice(SHORT_LINES)
            out.append([[de], {name: [mt] for name in mts}, [en], False, "short"])
        elif r < rates.get("short", 0) + rates.get("debris", 0):
            d = rng.choice(DEBRIS)
            if rng.random() < 0.5:
                out.append([[d], {name: [d] for name in mts}, [], False, "debris"])
            else:
                out.append([[], {name: [] for name in mts}, [d], False, "debris"])
        elif r < rates.get("short", 0) + rates.get("debris", 0) + rates.get("caption", 0) and it[2]:
            words = it[2][0].split()[: rng.randint(3, 6)]
            out.append([[], {name: [] for name in mts}, ["Photo: " + " ".join(words).rstrip(",.;:") + " (Reuters)"],
                        False, "caption"])
        nxt = items[k + 1] if k + 1 < len(items) else None
        if (nxt is not None and rng.random() < rates.get("swap", 0) and len(it[0]) == len(it[2]) == 1
                and len(nxt[0]) == len(nxt[2]) == 1):
            out.append([it[0] + nxt[0], {name: it[1][name] + nxt[1][name] for name in mts}, nxt[2] + it[2], True,
                        "swap"])
            k += 2
            continue
        out.append(it)
        k += 1
    if rates.get("restructure", 0):
        out = _restructure(out, list(mts), random.Random(hash(rng.getstate()[1])), rates["restructure"])
    if rates.get("fragment", 0):
        frag_rng = random.Random(hash(rng.getstate()[1]) + 17)
        out = [_fragment(it, list(mts), frag_rng) if not it[3] and it[0] and it[2] and frag_rng.random() < rates["fragment"]
               else it for it in out]
    if kinds is not None:
        kinds[:] = [it[4] for it in out for _ in range(2 if it[3] else 1)]
    return _assemble(out, list(mts))


def _assemble(out: list, names: list[str]):
    """Lines, MT lines and gold beads of ``plant_phenomena``'s list of beads."""
    s_out: list[str] = []
    m_out: dict[str, list[str]] = {name: [] for name in names}
    t_out: list[str] = []
    g_out: list[tuple[list[int], list[int]]] = []
    for s_l, m_l, t_l, swapped, _ in out:
        s0, t0 = len(s_out), len(t_out)
        if swapped:  # source s0 is translated by target t0+1, s0+1 by t0
            g_out += [([s0], [t0 + 1]), ([s0 + 1], [t0])]
        else:
            g_out.append((list(range(s0, s0 + len(s_l))), list(range(t0, t0 + len(t_l)))))
        s_out += s_l
        t_out += t_l
        for name in names:
            m_out[name] += m_l[name]
    return s_out, m_out, t_out, g_out


def _restructure(items: list, names: list[str], rng: random.Random, rate: float) -> list:
    """``plant_phenomena``'s beads with, at ``rate`` per bead, two neighbouring 1-1
    beads made one 2-2 bead: the second target line's first clause moved to the end of
    the first target line."""
    out = []
    k = 0
    while k < len(items):
        it = items[k]
        nxt = items[k + 1] if k + 1 < len(items) else it
        one_one = k + 1 < len(items) and all(len(x[0]) == len(x[2]) == 1 and not x[3] for x in (it, nxt))
        cut = split_point(nxt[2][0]) if one_one and rng.random() < rate else None
        if cut is not None:
            head, tail = nxt[2][0][:cut].strip().rstrip(",;"), nxt[2][0][cut:].strip()
            first = it[2][0].rstrip().rstrip(".") + "; " + head + "."
            out.append([it[0] + nxt[0], {n: it[1][n] + nxt[1][n] for n in names}, [first, tail[:1].upper() + tail[1:]],
                        False, "restructure"])
            k += 2
            continue
        out.append(it)
        k += 1
    return out


def _words_cut(text: str, share: float) -> int:
    """Character offset of the word boundary nearest ``share`` of the words of ``text``."""
    starts = [m.start() for m in re.finditer(r"\S+", text)]
    if len(starts) < 2:
        return len(text)
    k = min(max(round(share * len(starts)), 1), len(starts) - 1)
    return starts[k]


def _split_line(text: str, mt: list[str], kind: str, rng: random.Random) -> tuple[list[str], list[list[str]]] | None:
    """``text`` cut into a sentence and a fragment (``FRAGMENT_KINDS`` but "label"), and
    each MT line cut at the same share of its words; None when it cannot be cut so."""
    body = text.rstrip()
    words = body.split()
    if len(words) < 5:
        return None
    if kind == "punct":  # its closing punctuation, maybe with a stray comma: ", ."
        if body[-1] not in ".!?":
            return None
        piece = (", " if rng.random() < 0.5 else "") + body[-1]
        return [body[:-1].rstrip(), piece], [[m.rstrip()[:-1].rstrip() if m.rstrip()[-1:] in ".!?" else m.rstrip(),
                                              piece] for m in mt]
    if kind == "head":  # the words up to an early colon, else the first one or two words
        colon = body.find(":")
        cut = colon + 1 if 0 < colon <= 0.35 * len(body) else _words_cut(body, rng.choice([1, 2]) / len(words))
    else:  # "tail": from a late comma or bracket, else the last two to four words
        marks = [k for k, c in enumerate(body) if c in ",;(" and k >= 0.7 * len(body)]
        cut = marks[-1] + (body[marks[-1]] != "(") if marks else _words_cut(body, 1 - rng.randint(2, 4) / len(words))
    head, rest = body[:cut].strip(), body[cut:].strip()
    if not head or not rest:
        return None
    share = len(body[:cut].split()) / len(words)
    pieces = []
    for m in mt:
        c = _words_cut(m, share)
        pieces.append([m[:c].strip() or m, m[c:].strip() or rest])
    return [head, rest], pieces


def _fragment(item: list, names: list[str], rng: random.Random) -> list:
    """``item`` (a bead of ``plant_phenomena``) with a fragment on one side (see
    ``plant_phenomena``'s ``fragment``): the bead keeps every line."""
    src, mts, tgt, swapped, _ = item
    kind = rng.choice(FRAGMENT_KINDS)
    on_src = rng.random() < 0.5
    if kind == "label":
        de, mt, en = rng.choice(LABELS)
        if on_src:
            return [[de] + src, {n: [mt] + mts[n] for n in names}, tgt, swapped, "fragment"]
        return [src, mts, [en] + tgt, swapped, "fragment"]
    at = 0 if kind == "head" else -1
    if on_src:
        line = src[at]
        cut = _split_line(line, [mts[n][at] for n in names], kind, rng)
        if cut is None:
            return item
        pieces, mt_pieces = cut
        k = len(src) - 1 if at == -1 else 0
        return [src[:k] + pieces + src[k + 1 :],
                {n: mts[n][:k] + mp + mts[n][k + 1 :] for n, mp in zip(names, mt_pieces)}, tgt, swapped, "fragment"]
    cut = _split_line(tgt[at], [], kind, rng)
    if cut is None:
        return item
    k = len(tgt) - 1 if at == -1 else 0
    return [src, mts, tgt[:k] + cut[0] + tgt[k + 1 :], swapped, "fragment"]
