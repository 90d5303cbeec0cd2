"""Short quotes that are the start or the end of a longer quote elsewhere.

An outlet that gives only the first words of a statement ("It is insane what", said
the coach) quotes too little for the content link (``score.match_items``): a few
words of one translation share few character n-grams with another translation of
the whole statement, and a short text is scored symmetrically.  Such a version is
linked by what its article says around it instead: the two articles tell the same
sentence (the narration outside the quote marks: who said it, when, to whom) and the
short version's words are closest to the start or the end of the longer one.

A *part link* (method ``part-start`` / ``part-end``) joins version ``i`` (no other link, ``PART_MIN_WORDS``
to ``PART_MAX_WORDS`` words) and version ``j`` of another article whose quote is at
least ``PART_EXTRA_WORDS`` words longer and has ``i``'s words at most
``PART_MAX_SHARE`` times (``long_enough``), when

- the narrations of their sentences (the sentence text without the quote and
  without the version's speaker's name: "according to the German Weather Service" is
  not the same sentence as "according to the German Trade Association") have at
  least ``NARRATION_MIN_WORDS`` words each and a symmetric chrF of at least
  ``PART_NARRATION``, and
- chrF between ``i`` and the first (or last) words of ``j`` (as many as ``i`` has,
  plus two) is at least ``PART_EDGE``, and they share a content word (texts in one
  language; a few character n-grams in common are no evidence);

for each other article, the best such ``j``.  The link says where ``i`` lies in ``j``
(``start``/``end``): the truncation verdict of the pair (``consistency.compare``).

Thresholds fitted on WMT22 pseudo-outlets (``scripts/eval_e2e_consistency.py --year
22``, seeds 1-6, the unlinked short versions of the kept runs against every longer
version of another article: 39,657 pairs, 175 on the same source line): at
narration chrF 0.45 no pair of different lines passed for any prefix bar from 0.10
to 0.25 (at 0.40: 9 of 108, at 0.35: 16 of 141); the 99.9th percentile of
narration chrF between different lines is 0.38.  WMT23 is the check.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..model import QuoteVersion
from ..text.chrf import Profile, chrf_both
from ..text.words import content_words
from .consistency import quoted_part, words
from .retrieve import NgramIndex
from .score import Edge, TextProfile, profile_chrf, profile_chrf_sym, text_profile

PART_MIN_WORDS = 3
PART_MAX_WORDS = 20
PART_EXTRA_WORDS = 3
# ... and the short one has at most this share of the long one's words: two
# translations of one sentence differ in length that much in about 1% of cases
# (``consistency.NOISE_LEN_RATIO_P01``, 0.625); a 16-word rendering against a 19-word
# one is another translation, not a part (WMT22 seed 5, line 695: "The Union can
# obviously not prevail when a member state insists on following its own agenda").
PART_MAX_SHARE = 0.65
NARRATION_MIN_WORDS = 4
PART_NARRATION = 0.45
PART_EDGE = 0.10


def _text(v: QuoteVersion) -> str:
    return quoted_part(v.english or v.original)


def narration(context: str, quote: str) -> str:
    """The sentence without the quote's words (and without quote marks)."""
    rest = context.replace(quote, " ") if quote and quote in context else context
    return " ".join(rest.replace("“", " ").replace("”", " ").replace('"', " ").split())


def _sym(a: Profile, b: Profile) -> float:
    x, y = chrf_both(a, b)
    return 0.5 * (x + y)


def quoted_words(v: QuoteVersion) -> int:
    """Words of the version's quoted part (English where it has English)."""
    return len(words(_text(v)))


def long_enough(short_words: int, long_words: int) -> bool:
    """Whether a quote of ``long_words`` words is long enough for one of
    ``short_words`` to be a part of it (``PART_EXTRA_WORDS``, ``PART_MAX_SHARE``)."""
    return long_words >= short_words + PART_EXTRA_WORDS and short_words <= PART_MAX_SHARE * long_words


def _ends(ps: Profile, toks: list[str], k: int) -> tuple[float, float]:
    """Symmetric chrF of the profile ``ps`` against the first and the last ``k`` of ``toks``."""
    return _sym(ps, Profile.of(" ".join(toks[:k]))), _sym(ps, Profile.of(" ".join(toks[-k:])))


def _edge_score(short: str, long: str) -> tuple[float, str]:
    """chrF of ``short`` against the first and the last words of ``long``: (best, where)."""
    head, tail = _ends(Profile.of(short), long.split(), len(short.split()) + 2)
    return (head, "start") if head >= tail else (tail, "end")


def without_speaker(text: str, v: QuoteVersion) -> str:
    """A narration without its speaker's name: "according to the German Weather
    Service" and "according to the German Trade Association" are two sentences of one
    shape about two speakers, not the same sentence."""
    for name in sorted({x for x in (v.speaker_mention, v.speaker) if x and len(x) > 2}, key=len, reverse=True):
        text = re.sub(re.escape(name), " ", text, flags=re.IGNORECASE)
    return " ".join(text.split())


def _edge_shares_words(short: QuoteVersion, long: QuoteVersion, where: str) -> bool:
    """Whether the short version shares a content word (stemmed) with the end of the
    long one where it lies (as many words as it has, plus two): a few character
    n-grams in common ("the", "-ing") are no evidence that it is that part.  Texts in
    two languages (an original without English) are not tested."""
    from .consistency import _content, _stem

    if bool(short.english) != bool(long.english) or (not short.english and short.language != long.language):
        return True
    ts, tl = _text(short), _text(long)
    k = len(ts.split()) + 2
    toks = tl.split()
    edge = " ".join(toks[:k] if where == "start" else toks[-k:])
    return bool({_stem(w) for w in _content(words(ts))} & {_stem(w) for w in _content(words(edge))})


def lies_at_end(short: QuoteVersion, long: QuoteVersion, where: str) -> bool:
    """Whether ``short``'s words are close to the ``where`` end ("start"/"end") of
    ``long``'s (``PART_EDGE``) and share a content word with it (``_edge_shares_words``)."""
    ts = _text(short)
    head, tail = _ends(Profile.of(ts), _text(long).split(), len(ts.split()) + 2)
    return (head if where == "start" else tail) >= PART_EDGE and _edge_shares_words(short, long, where)


def part_edges(versions: Sequence[QuoteVersion], contexts: Sequence[str | None], linked: set[int]) -> list[Edge]:
    """Part links (see the module docstring) of the versions not in ``linked``: ``i``
    is the short version, the method says where it lies in the longer one
    (``part-start`` / ``part-end``), the margin holds the narration chrF."""
    n_words = [quoted_words(v) for v in versions]
    rows = [i for i, v in enumerate(versions) if i not in linked and PART_MIN_WORDS <= n_words[i] <= PART_MAX_WORDS]
    if not rows:
        return []
    narr = [without_speaker(narration(c or "", v.english or v.original), v) for v, c in zip(versions, contexts)]
    usable = [len(t.split()) >= NARRATION_MIN_WORDS for t in narr]
    index = NgramIndex([t if ok else None for t, ok in zip(narr, usable)], [v.article_id for v in versions])
    cands = index.candidates(k=8, min_shared=2)
    out: list[Edge] = []
    for i in rows:
        if not usable[i]:
            continue
        best: dict[str, tuple[float, Edge]] = {}
        pi = Profile.of(narr[i])
        for j, _shared in cands[i]:
            if not usable[j] or not long_enough(n_words[i], n_words[j]):
                continue
            ctx = _sym(pi, Profile.of(narr[j]))
            if ctx < PART_NARRATION:
                continue
            s, where = _edge_score(_text(versions[i]), _text(versions[j]))
            if s < PART_EDGE or not _edge_shares_words(versions[i], versions[j], where):
                continue
            art = versions[j].article_id
            if art not in best or s + ctx > best[art][0]:
                best[art] = (s + ctx, Edge(i, j, s, ctx, f"part-{where}"))
        out += [e for _s, e in best.values()]
    return out


def part_support(versions: Sequence[QuoteVersion], links: dict[tuple[int, int], Edge]):
    """support(i, j) for merging groups: ``i`` (or ``j``) has a part link to a version
    ``k`` that the other one is linked to on its words (a ``chrf`` link: two renderings
    of the same statement), the other is long enough for it (``long_enough``), and the
    short one's words are close to the same end of the other too (``PART_EDGE``): a
    quote cut short is a part of every rendering of its statement, not only of the one
    whose article told the same narration.  (Average linkage otherwise keeps such a
    version apart: one link into a group of three is too few, ``clusters.LINK_MIN``.)"""
    part_of: dict[int, list[tuple[int, str]]] = {}
    worded: dict[int, set[int]] = {}
    for (a, b), e in links.items():
        if e.method.startswith("part-"):
            part_of.setdefault(e.i, []).append((e.j, e.method[5:]))
        elif e.method.startswith("chrf"):
            worded.setdefault(a, set()).add(b)
            worded.setdefault(b, set()).add(a)
    if not part_of:
        return lambda i, j: False

    done: dict[tuple[int, int], bool] = {}  # average linkage asks again as groups grow

    def one_way(s: int, o: int) -> bool:
        if (s, o) in done:
            return done[(s, o)]
        wheres = [where for k, where in part_of.get(s, ()) if o in worded.get(k, ())]
        found = False
        if wheres and long_enough(quoted_words(versions[s]), quoted_words(versions[o])):
            ts = _text(versions[s])
            head, tail = _ends(Profile.of(ts), _text(versions[o]).split(), len(ts.split()) + 2)
            found = any((head if where == "start" else tail) >= PART_EDGE for where in wheres)
        done[(s, o)] = found
        return found

    return lambda i, j: one_way(i, j) or one_way(j, i)


# --- a linked pair whose shorter version lies at one end of the longer one ---------
# Two translations of one sentence are this different in length (shorter/longer, in
# words) in about 1% of cases (``consistency.NOISE_LEN_RATIO_P01``, 0.625): a linked
# version with at most CUT_RATIO of the other's words, at least
# ``consistency.TRUNC_MISSING_WORDS`` fewer, whose words are closer to the other's
# start (or end) than to its other end and the rest (``CUT_END_RATIO``), gives only
# that part.  Set on WMT22 dev runs (``eval_e2e_consistency.py --year 22``).
CUT_RATIO = 0.6
CUT_END_RATIO = 1.5  # chrF against one end at least this multiple of that against the other end and the rest


def positional_cut(short: str, long: str, context_short: str | None) -> str | None:
    """The truncation verdict of a linked pair by position (see above), as a sentence;
    None when the shorter one does not lie at one end of the longer one, or when its
    article gives the rest outside the quote (a quote boundary)."""
    from .consistency import TRUNC_MISSING_WORDS, found_outside

    ws, wl = words(short), words(long)
    ns, nl = len(ws), len(wl)
    if ns < PART_MIN_WORDS or nl - ns < TRUNC_MISSING_WORDS or ns > CUT_RATIO * nl:
        return None
    toks = long.split()
    k = len(short.split()) + 2
    if len(toks) - k < TRUNC_MISSING_WORDS:
        return None  # the rest is too short to say the shorter one lacks it
    ps = Profile.of(short)
    head, tail = _ends(ps, toks, k)
    where = "start" if head >= tail else "end"
    rest = " ".join(toks[k:] if where == "start" else toks[:-k])
    if max(head, tail) < CUT_END_RATIO * max(min(head, tail), _sym(ps, Profile.of(rest))):
        return None  # not clearly at one end
    if context_short and found_outside(words(rest), narration(context_short, short), ws + wl) is not None:
        return None  # its sentence gives the rest outside the quote
    missing = "end" if where == "start" else "start"
    return f"{ns} of {nl} words; the {missing} of the longer version is missing"


# --- context links: two renderings of one quote told in the same surroundings ------
# Two translations of one statement may share too few character n-grams for the
# content link (``score.match_items``: chrF 0.40 and a margin over the text's other
# candidates; "I ran the numbers, I need to bring in nine-and-a-half victories" /
# "I did the math, I would have to win nine and a half times"), or a planted change
# may push one below it.  The articles still tell the same story around them: the
# narration of the quote's sentence and the sentences before and after it.  A
# *context link* (method ``context``) joins versions ``i`` and ``j`` of two articles,
# neither yet linked to a version of the other's article, each of at least
# ``CONTEXT_MIN_QUOTE_WORDS`` words, when
#
# - their surroundings (``surroundings``) have a symmetric chrF of at least
#   ``CONTEXT_MIN`` and share at least ``CONTEXT_SHARED_WORDS`` content words,
# - their quotes have a chrF (``score.pair_chrf``) of at least ``CONTEXT_QUOTE_MIN`` (the same
#   statement in other words still shares some; two statements of one story told in
#   the same surroundings, such as two consecutive quotes, share less), and
# - each is the other's best such partner in the other's article (surroundings plus
#   quote chrF): a story's neighbouring quotes compete for the one partner.
# Set on WMT22 (``scripts/calibrate_context.py --year 22 --keep DIR``, the runs kept by
# ``eval_e2e_consistency.py --year 22 --seeds 1 2 3 4 5 6 --keep DIR``; WMT23 is the
# check): of the cross-outlet pairs of story quotes that can be tested, 2,265 of one
# source line and 128,827 of two lines, the bare test (before mutual best) passes 1,164
# and 106 (77 of them neighbouring lines); surroundings bar 0.40: 1,002 / 77, 0.45:
# 802 / 47; quote bar 0.30: 1,106 / 54.  The context links the match stage made there:
# 157, 148 of one line; the 9 others made no wrong pair.  End to end on those runs
# (``--rematch``): matching R 0.925 at P 0.994, pooled flag R 0.746, no false flag;
# surroundings bar 0.40: R 0.920, flag R 0.736; 0.45: 0.915, 0.736; quote bar 0.20:
# P 0.988 (wrong pairs), R 0.935; 0.30: R 0.913, flag R 0.723 (before context links:
# R 0.861, flag R 0.686); ``--join 3``: R 0.938 at 0.35, 0.936 at 0.40, P 0.985 both.
CONTEXT_MIN = 0.35
CONTEXT_SHARED_WORDS = 2
CONTEXT_QUOTE_MIN = 0.25
CONTEXT_MIN_QUOTE_WORDS = 3


def surroundings(context: str | None, quote: str, neighbours: str | None) -> str:
    """What an article says around a quote: its sentence without the quote
    (``narration``) and the sentences before and after it (``neighbours``)."""
    return " ".join(x for x in (narration(context or "", quote), neighbours or "") if x).strip()


class Surroundings:
    """Per version, its surroundings (``surroundings``) and the profiles the context
    test reads, made when first asked for."""

    def __init__(self, versions: Sequence[QuoteVersion], contexts: Sequence[str | None],
                 neighbours: Sequence[str | None] | None) -> None:
        self.versions = versions
        self.text = [surroundings(c, v.english or v.original, neighbours[i] if neighbours is not None else None)
                     for i, (v, c) in enumerate(zip(versions, contexts))]
        self.usable = [quoted_words(v) >= CONTEXT_MIN_QUOTE_WORDS and len(self.text[i].split()) >= NARRATION_MIN_WORDS
                       for i, v in enumerate(versions)]
        self._prof: dict[int, tuple[TextProfile, TextProfile, set[str]]] = {}
        self._agreed: dict[tuple[int, int], tuple[float, float] | None] = {}

    def _of(self, i: int) -> tuple[TextProfile, TextProfile, set[str]]:
        got = self._prof.get(i)
        if got is None:  # packed n-gram profiles (``score.text_profile``): the same scores, faster
            got = self._prof[i] = (text_profile(self.text[i]), text_profile(_text(self.versions[i])),
                                   set(content_words(self.text[i])))
        return got

    def scores(self, i: int, j: int) -> tuple[float, float, int]:
        """(quote chrF, surroundings chrF, shared content words of the surroundings) of
        versions ``i`` and ``j``.  The quotes' chrF is taken as the content link scores
        it (``score.pair_chrf``: the shorter one's recall when both have
        ``score.MIN_WORDS_PARTIAL`` words): a copy cut short shares little with the
        whole taken both ways."""
        (ci, qi, bi), (cj, qj, bj) = self._of(i), self._of(j)
        return profile_chrf(qi, qj), profile_chrf_sym(ci, cj), len(bi & bj)

    def agree(self, i: int, j: int) -> tuple[float, float] | None:
        """(quote chrF, surroundings chrF) when versions ``i`` and ``j`` pass the context
        test (surroundings, shared words, quote chrF, words), else None (worked out once
        per pair)."""
        if not (self.usable[i] and self.usable[j]):
            return None
        key = (i, j) if i < j else (j, i)
        if key in self._agreed:
            return self._agreed[key]
        (ci, _qi, bi), (cj, _qj, bj) = self._of(i), self._of(j)
        got: tuple[float, float] | None = None
        if len(bi & bj) >= CONTEXT_SHARED_WORDS:
            ctx = profile_chrf_sym(ci, cj)
            if ctx >= CONTEXT_MIN:
                q = profile_chrf(self._of(i)[1], self._of(j)[1])  # as ``scores``, without its other two
                got = (q, ctx) if q >= CONTEXT_QUOTE_MIN else None
        self._agreed[key] = got
        return got


def context_edges(versions: Sequence[QuoteVersion], contexts: Sequence[str | None],
                  neighbours: Sequence[str | None] | None, linked: set[tuple[int, str]],
                  around: Surroundings | None = None) -> list[Edge]:
    """Context links (see above) between versions of two articles; ``linked`` holds
    (version, article) for each version already linked to a version of that article.
    The score is the quotes' chrF, the margin the surroundings' chrF."""
    arts = [v.article_id for v in versions]
    sur = around or Surroundings(versions, contexts, neighbours)
    if sum(sur.usable) < 2:
        return []
    index = NgramIndex([t if k else None for t, k in zip(sur.text, sur.usable)], arts, group_df=True)
    pairs = {(min(i, j), max(i, j)) for i, cand in enumerate(index.candidates(k=8, min_shared=2)) if sur.usable[i]
             for j, _shared in cand if sur.usable[j]}
    best: dict[tuple[int, str], tuple[float, int]] = {}
    found: dict[tuple[int, int], Edge] = {}
    for i, j in sorted(pairs):
        if (i, arts[j]) in linked or (j, arts[i]) in linked:
            continue
        got = sur.agree(i, j)
        if got is None:
            continue
        q, ctx = got
        found[(i, j)] = Edge(i, j, q, ctx, "context")
        for x, y in ((i, j), (j, i)):
            if (x, arts[y]) not in best or (ctx + q, -y) > (best[(x, arts[y])][0], -best[(x, arts[y])][1]):
                best[(x, arts[y])] = (ctx + q, y)
    return [e for (i, j), e in sorted(found.items())
            if best[(i, arts[j])][1] == j and best[(j, arts[i])][1] == i]
