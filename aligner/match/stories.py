"""Story grouping and order-free sentence matches between the articles of a story.

The comparable-corpus counterpart of the sentence aligner: articles of different
outlets about one event share sentences (agency copy, the same statement quoted,
translations of each other) in any order.

1. Sentence matching over every sentence of the run (``score.match_items``: string
   retrieval on the English renderings, chrF, margin), keeping mutual best matches
   per pair of articles.  Sentences without English are matched on cross-lingual
   embeddings of the originals, against the sentences of the ``NEIGHBOURS`` articles
   most similar to theirs (TF-IDF over English renderings, originals where there is
   none: names and numbers cross languages) and of the ``EMB_NEIGHBOURS`` articles of
   another language nearest by article embedding (a translation may share no word);
   only those sentences and a lead per article within a budget that grows with the
   untranslated sentences are embedded, so a run with a handful of untranslated
   sentences pays for a few hundred embeddings, not for every sentence of the run.
2. Articles are linked when they share ``MIN_SHARED_SENTENCES`` matched sentences
   or their English word profiles are similar (TF-IDF cosine >= ``ARTICLE_COSINE``,
   also without the sentences matched between them: one borrowed line is not a
   story), and their dates (when both known) are at most ``MAX_DAYS`` apart;
   stories are the connected components of the strong links (``MIN_SHARED_SENTENCES``
   sentences, or a cosine of ``SURE_COSINE``); a weak link (word profile alone) brings
   an article or a group of weakly linked ones into a story but never joins two groups
   held together by strong links.
3. ``sentence_matches`` are the sentence matches between articles of one story.
"""

from __future__ import annotations

import math
import re
from collections import Counter, defaultdict
from collections.abc import Sequence
from datetime import date
from typing import Any

import numpy as np

from ..graph import DisjointSets
from ..model import Article, Sentence, SentenceMatch, Story, StoryLink, short_hash
from ..parallel import jobs, pmap
from ..text.words import CONTENT_WORD
from .score import best_per_group, match_items

MIN_SHARED_SENTENCES = 2
ARTICLE_COSINE = 0.15  # the five seed articles (one story) lie at 0.17-0.28
MAX_DAYS = 7
# a link on word profile alone (fewer than MIN_SHARED_SENTENCES sentences matched) below
# this cosine is weak evidence: it may bring an article into a story, but it never joins
# two groups that sentence links (or a cosine this high) already hold together
# (stories are connected components: one such link between two interviews, or between two
# trials' reports, used to chain two stories into one)
SURE_COSINE = 0.30
EMBED_CAP = 20000  # embed at most this many sentences without English
NEIGHBOURS = 8  # candidate articles searched by embeddings for a sentence without English
EMB_NEIGHBOURS = 4  # of which up to this many more from article embeddings (no shared word needed)
LEAD = 4  # an article's embedding: the mean of its first LEAD sentences' embeddings
LEAD_BUDGET = 4  # lead sentences embedded per sentence without English, at most (and at most EMBED_CAP)

_WORD = CONTENT_WORD
_NUMBER = re.compile(r"\d[\d.,]*\d|\d")


def _date(s: str | None) -> date | None:
    if not s:
        return None
    try:
        return date.fromisoformat(s[:10])
    except ValueError:
        return None


def days_apart(a: str | None, b: str | None) -> int | None:
    """Days between two ISO dates; None where one is not known or not read.  The one
    reading of article dates for stories and for quote links between topics."""
    da, db = _date(a), _date(b)
    return abs((da - db).days) if da and db else None


def far_apart(days: int | None) -> bool:
    """More than ``MAX_DAYS`` apart (``days_apart``; unknown dates are not far apart): two
    events for stories (``group_stories``), two statements for quote links between topics
    with other speakers (``clusters.across_topics``)."""
    return days is not None and days > MAX_DAYS


def _bag(texts: Sequence[str], numbers: bool = False) -> Counter:
    bag = Counter(w[:6] for t in texts for w in _WORD.findall(t.lower()))
    if numbers:  # 1.500 / 1,500 and 40,5 / 40.5: the same token in German and English
        bag.update(n.replace(".", "").replace(",", "") for t in texts for n in _NUMBER.findall(t))
    return bag


def _weigh(bag: Counter, idf: dict[str, float]) -> dict[str, float]:
    v = {w: (1 + math.log(c)) * idf[w] for w, c in bag.items()}
    norm = math.sqrt(sum(x * x for x in v.values())) or 1.0
    return {w: x / norm for w, x in v.items()}


def _idf(bags: dict[str, Counter]) -> dict[str, float]:
    df: Counter = Counter()
    for bag in bags.values():
        df.update(bag.keys())
    n = max(len(bags), 1)
    return {w: math.log(1 + n / c) for w, c in df.items()}


def _tfidf(
    docs: dict[str, list[str]], numbers: bool = False
) -> tuple[dict[str, dict[str, float]], dict[str, float]]:
    """Each document's unit TF-IDF vector, and the idf they were weighed with."""
    bags = {aid: _bag(texts, numbers) for aid, texts in docs.items()}
    idf = _idf(bags)
    return {aid: _weigh(bag, idf) for aid, bag in bags.items()}, idf


def _cos(a: dict[str, float], b: dict[str, float]) -> float:
    if len(a) > len(b):
        a, b = b, a
    # the shared words only, in a's order: the same sum as over every word of a with 0.0
    # for those b lacks (adding 0.0 changes no float), in less time
    return sum((x * b[w] for w, x in a.items() if w in b), 0.0) if a else 0


def match_sentences(
    sentences: Sequence[Sentence],
    english: Sequence[str | None],
    *,
    encoder=None,
) -> list[Any]:
    """Mutual-best sentence matches across articles (``score.Edge`` over indices)."""
    groups = [s.article_id for s in sentences]
    missing = {s.article_id for s, t in zip(sentences, english) if t is None}
    n_missing = sum(1 for t in english if t is None)
    enc = encoder if (encoder is not None and 0 < n_missing <= EMBED_CAP) else None
    neighbours = article_neighbours(sentences, english, missing, NEIGHBOURS, encoder=enc) if enc is not None else None
    edges = match_items(
        english, groups, originals=[s.text for s in sentences], encoder=enc, partial=False, neighbour_groups=neighbours,
        languages=[s.language for s in sentences],
    )
    return best_per_group(edges, groups)


def article_neighbours(
    sentences: Sequence[Sentence],
    english: Sequence[str | None],
    wanted: set[str],
    m: int = NEIGHBOURS,
    *,
    encoder=None,
) -> dict[str, list[str]]:
    """The ``m`` articles most similar to each article in ``wanted``, and with an
    ``encoder`` up to ``EMB_NEIGHBOURS`` more: the nearest by article embedding.

    TF-IDF cosine over each article's text: a sentence's English where it has one,
    its original otherwise (word stems of 6 letters and numbers: names, places and
    figures written alike in German and English carry the cross-lingual signal).
    Found through an inverted index over each article's 30 heaviest stems, so that
    the cost grows with the articles asked about, not with all pairs.  A German
    article and its English translation may share no word at all: the embedding
    neighbours (:func:`_embedding_neighbours`) find them.
    """
    docs: dict[str, list[str]] = defaultdict(list)
    for s, t in zip(sentences, english):
        docs[s.article_id].append(t or s.text)
    vecs, _ = _tfidf(docs, numbers=True)
    postings: dict[str, list[str]] = defaultdict(list)
    for aid in sorted(vecs):
        for w, _x in sorted(vecs[aid].items(), key=lambda kv: (-kv[1], kv[0]))[:30]:
            postings[w].append(aid)
    out: dict[str, list[str]] = {}
    for aid in sorted(wanted):
        v = vecs.get(aid, {})
        # stems in more than 50 articles' top 30 say little and would make this quadratic
        cands = {b for w in v if len(postings.get(w, ())) <= 50 for b in postings[w] if b != aid}
        ranked = sorted(cands, key=lambda b: (-_cos(v, vecs[b]), b))
        out[aid] = ranked[:m]
    if encoder is not None:
        n_missing = sum(1 for t in english if t is None)
        for aid, near in _embedding_neighbours(sentences, wanted, n_missing, encoder).items():
            out[aid] += [b for b in near if b not in out[aid]]
    return out


def _embedding_neighbours(
    sentences: Sequence[Sentence], wanted: set[str], n_missing: int, encoder
) -> dict[str, list[str]]:
    """The ``EMB_NEIGHBOURS`` articles of another language nearest each article in
    ``wanted`` by the mean embedding of their first ``LEAD`` sentences (originals:
    cross-lingual; articles of one language share words, and the TF-IDF neighbours
    find them).  The lead is shorter where every article's lead would pass the
    budget (``LEAD_BUDGET`` embeddings per sentence without English, at most
    ``EMBED_CAP``), and none is embedded when not even one sentence per article
    fits: a run with a few untranslated sentences among many articles keeps to the
    TF-IDF neighbours and embeds a few hundred sentences, not every article.  The
    vectors are cached, and the wanted articles' sentences are embedded for the
    sentence search anyway."""
    n_articles = len({s.article_id for s in sentences})
    lead_n = min(LEAD, min(EMBED_CAP, LEAD_BUDGET * n_missing) // max(n_articles, 1))
    lead: dict[str, list[str]] = defaultdict(list)
    lang: dict[str, str | None] = {}
    for s in sentences:
        lang.setdefault(s.article_id, s.language)
        if len(lead[s.article_id]) < lead_n:
            lead[s.article_id].append(s.text)
    ids = sorted(lead)
    if len(ids) < 2 or lead_n == 0:
        return {}
    vecs = encoder.encode([t for a in ids for t in lead[a]])
    ends = np.cumsum([len(lead[a]) for a in ids])
    mat = np.asarray([vecs[e - len(lead[a]) : e].mean(axis=0) for a, e in zip(ids, ends)], dtype=np.float32)
    mat /= np.linalg.norm(mat, axis=1, keepdims=True) + 1e-12
    langs = np.array([lang[a] or "" for a in ids])
    rows = [i for i, a in enumerate(ids) if a in wanted]
    out = {}
    for b0 in range(0, len(rows), 256):  # a block of rows at a time: memory grows with the articles, not their square
        block = rows[b0 : b0 + 256]
        sims = mat[block] @ mat.T
        for r, i in enumerate(block):
            sims[r, langs == langs[i]] = -2.0  # the article itself and its language
            top = [c for c in np.argsort(-sims[r], kind="stable")[:EMB_NEIGHBOURS] if sims[r, c] > -2.0]
            out[ids[i]] = [ids[c] for c in top]
    return out


def group_stories(
    articles: Sequence[Article],
    sentences: Sequence[Sentence],
    english: Sequence[str | None],
    *,
    encoder=None,
    topics: dict[str, str] | None = None,
) -> tuple[list[Story], list[SentenceMatch]]:
    """Returns (stories, sentence_matches).  ``topics``, when given, gets each article's
    topic: the id of its group under the same links without the dates test (one
    statement quoted by outlets weeks apart is one topic, not one story)."""
    edges = match_sentences(sentences, english, encoder=encoder)
    shared: dict[tuple[str, str], list[tuple[int, int]]] = defaultdict(list)  # article pair -> matched sentences
    for e in edges:
        a, b = sentences[e.i].article_id, sentences[e.j].article_id
        shared[(min(a, b), max(a, b))].append((e.i, e.j))
    ids = [a.id for a in articles]
    pos = {aid: i for i, aid in enumerate(ids)}
    undated = _article_links(articles, sentences, english, shared)
    links = {k: v for k, v in undated.items() if not far_apart(v.days)}
    if topics is not None:  # an article's topic: the first article of its group under the undated links
        for comp in _groups(len(ids), pos, undated):
            topics.update((ids[i], ids[comp[0]]) for i in comp)
    by_id = {a.id: a for a in articles}
    stories: list[Story] = []
    story_of: dict[str, str] = {}
    comps = [sorted(ids[i] for i in comp) for comp in _groups(len(ids), pos, links)]
    for members in comps:
        sid = "story-" + short_hash("|".join(members), 10)
        for m in members:
            story_of[m] = sid
    # one pass over the links and the matches, not one per story: with thousands of
    # stories, a pass per story made this stage grow with the square of the corpus
    links_of: dict[str, list[StoryLink]] = defaultdict(list)
    for (a, b), link in sorted(links.items()):
        if story_of[a] == story_of[b]:  # a weak link refused between two stories is in neither
            links_of[story_of[a]].append(link)
    for members in comps:
        dates = sorted(d for d in (by_id[m].date for m in members) if d)
        stories.append(Story(
            id=story_of[members[0]],
            articles=members,
            outlets=sorted({by_id[m].outlet for m in members}),
            languages=sorted({by_id[m].language for m in members if by_id[m].language}),
            dates=[dates[0], dates[-1]] if dates else [],
            links=links_of.get(story_of[members[0]], []),
        ))
    matches = _story_matches(edges, sentences, english, story_of)
    per_story = Counter(m.story for m in matches)
    for st in stories:
        st.sentence_matches = per_story.get(st.id, 0)
    stories.sort(key=lambda s: (-len(s.articles), s.id))
    return stories, matches


def _strong(link: StoryLink) -> bool:
    return link.shared_sentences >= MIN_SHARED_SENTENCES or link.cosine >= SURE_COSINE


def _groups(n: int, pos: dict[str, int], links: dict[tuple[str, str], StoryLink]) -> list[list[int]]:
    """The stories under ``links``: the components of the strong links (``_strong``), then
    the weak links, the highest cosine first, each joining two groups unless both are
    held by a strong link already and the link neither shares a sentence within a week nor
    lacks a date (an article on its own, or a group of such, joins the group it is nearest
    to; two dated stories are not chained by one common vocabulary)."""
    sets = DisjointSets(n)
    weak = []
    for (a, b), link in sorted(links.items()):
        if _strong(link):
            sets.union(pos[a], pos[b])
        else:
            # joins two held groups: a sentence in common within a week, or no dates to tell two events apart (as
            # before session 30: undated articles of one event's two wire families stay one story and topic, rt30-2)
            weak.append((-link.cosine, a, b, link.days is None or (link.shared_sentences and not far_apart(link.days))))
    held = {sets.find(pos[a]) for (a, b), link in links.items() if _strong(link)}
    for _c, a, b, joins_held in sorted(weak):
        ra, rb = sets.find(pos[a]), sets.find(pos[b])
        if ra == rb or (ra in held and rb in held and not joins_held):
            continue
        root = sets.union(ra, rb)
        if ra in held or rb in held:
            held.add(root)
    return sets.components()


def _article_links(
    articles: Sequence[Article],
    sentences: Sequence[Sentence],
    english: Sequence[str | None],
    shared: dict[tuple[str, str], list[tuple[int, int]]],
) -> dict[tuple[str, str], StoryLink]:
    """Linked article pairs (a < b) with why: ``MIN_SHARED_SENTENCES`` matched
    sentences, or TF-IDF cosine >= ``ARTICLE_COSINE`` that holds without the
    sentences matched between the two (one borrowed background line lifts two
    unrelated articles over the bar; stories are connected components, so such
    links chain), whatever their dates (a story keeps the links at most
    ``MAX_DAYS`` apart: :func:`group_stories`).  Candidates: pairs sharing a
    matched sentence or one of their 20 heaviest stems."""
    by_id = {a.id: a for a in articles}
    rows: dict[str, list[int]] = defaultdict(list)
    for i, (s, t) in enumerate(zip(sentences, english)):
        if t:
            rows[s.article_id].append(i)
    vecs, idf = _tfidf({aid: [english[i] or "" for i in idx] for aid, idx in rows.items()})
    cand = set(shared)
    postings: dict[str, list[str]] = defaultdict(list)
    for aid, v in vecs.items():
        for w, _x in sorted(v.items(), key=lambda kv: -kv[1])[:20]:
            postings[w].append(aid)
    for lst in postings.values():
        if len(lst) <= 50:
            for i, a in enumerate(lst):
                for b in lst[i + 1 :]:
                    cand.add((min(a, b), max(a, b)))
    pairs = [(a, b) for a, b in sorted(cand) if a in by_id and b in by_id]
    links: dict[tuple[str, str], StoryLink] = {}
    for (a, b), cos in zip(pairs, _cosines(vecs, pairs)):
        pairs_ab = shared.get((a, b), [])
        n = len(pairs_ab)
        near = cos >= ARTICLE_COSINE
        if near and 0 < n < MIN_SHARED_SENTENCES:
            drop = {i for pair in pairs_ab for i in pair}
            near = _cos_without(drop, rows[a], rows[b], english, idf) >= ARTICLE_COSINE
        days = days_apart(by_id[a].date, by_id[b].date)
        if n >= MIN_SHARED_SENTENCES or near:
            links[(a, b)] = StoryLink(a, b, shared_sentences=n, cosine=round(cos, 4), days=days)
    return links


def _cos_without(
    drop: set[int], rows_a: Sequence[int], rows_b: Sequence[int], english: Sequence[str | None], idf: dict[str, float]
) -> float:
    """The TF-IDF cosine of two articles without the sentences ``drop`` (those matched
    between them): what links them besides one shared line."""
    va = _weigh(_bag([english[i] or "" for i in rows_a if i not in drop]), idf)
    vb = _weigh(_bag([english[i] or "" for i in rows_b if i not in drop]), idf)
    return _cos(va, vb)


PAIRS_PER_TASK = 20_000  # article pairs whose cosine one worker task computes


def _cosines(vecs: dict[str, dict[str, float]], pairs: list[tuple[str, str]]) -> list[float]:
    """TF-IDF cosine of each article pair, in chunks over the cores (``--jobs``)."""
    step = max(PAIRS_PER_TASK, -(-len(pairs) // (4 * jobs())))
    chunks = [pairs[k : k + step] for k in range(0, len(pairs), step)]
    done = pmap(lambda chunk: [_cos(vecs.get(a, {}), vecs.get(b, {})) for a, b in chunk], chunks,
                label="match: article pairs", sizes=[len(c) for c in chunks])
    return [c for part in done for c in part]


def _story_matches(
    edges: Sequence[Any], sentences: Sequence[Sentence], english: Sequence[str | None], story_of: dict[str, str]
) -> list[SentenceMatch]:
    """The sentence matches between articles of one story, in id order."""
    matches: list[SentenceMatch] = []
    for e in sorted(edges, key=lambda e: (sentences[e.i].id, sentences[e.j].id)):
        sa, sb = sentences[e.i], sentences[e.j]
        if story_of.get(sa.article_id) != story_of.get(sb.article_id) or story_of.get(sa.article_id) is None:
            continue
        matches.append(SentenceMatch(
            story=story_of[sa.article_id],
            a=sa.id, b=sb.id,
            a_article=sa.article_id, b_article=sb.article_id,
            a_text=sa.text, b_text=sb.text,
            a_english=english[e.i], b_english=english[e.j],
            score=round(e.score, 4), margin=round(e.margin, 4), method=e.method,
        ))
    return matches
