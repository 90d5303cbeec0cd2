"""Story grouping and order-free sentence matches between the articles of a story.

The comparable-corpus counterpart of the sentence aligner: articles of different
outlets about one event share sentences (agency copy, the same statement quoted,
translations of each other) in any order.

1. Sentence matching over every sentence of the run (``score.match_items``: string
   retrieval on the English renderings, chrF, margin), keeping mutual best matches
   per pair of articles.  Sentences without English are matched on cross-lingual
   embeddings of the originals, against the sentences of the ``NEIGHBOURS`` articles
   most similar to theirs (TF-IDF over English renderings, originals where there is
   none: names and numbers cross languages); only those sentences are embedded, so
   a run with a handful of untranslated sentences pays for a few hundred
   embeddings, not for every sentence of the run.
2. Articles are linked when they share ``MIN_SHARED_SENTENCES`` matched sentences
   or their English word profiles are similar (TF-IDF cosine >= ``ARTICLE_COSINE``),
   and their dates (when both known) are at most ``MAX_DAYS`` apart; stories are the
   connected components.
3. ``sentence_matches`` are the sentence matches between articles of one story.
"""

from __future__ import annotations

import math
from collections import Counter, defaultdict
from collections.abc import Sequence
from datetime import date
from typing import Any

from ..graph import components
from ..model import Article, Sentence, SentenceMatch, Story, StoryLink, short_hash
from ..parallel import jobs, pmap
from ..text.words import CONTENT_WORD
from .score import best_per_group, match_items

MIN_SHARED_SENTENCES = 2
ARTICLE_COSINE = 0.15  # the five seed articles (one story) lie at 0.17-0.28
MAX_DAYS = 7
EMBED_CAP = 20000  # embed at most this many sentences without English
NEIGHBOURS = 8  # candidate articles searched by embeddings for a sentence without English

_WORD = CONTENT_WORD


def _date(s: str | None) -> date | None:
    if not s:
        return None
    try:
        return date.fromisoformat(s[:10])
    except ValueError:
        return None


def _tfidf(docs: dict[str, list[str]]) -> dict[str, dict[str, float]]:
    df: Counter = Counter()
    bags = {}
    for aid, texts in docs.items():
        bag = Counter(w[:6] for t in texts for w in _WORD.findall(t.lower()))
        bags[aid] = bag
        df.update(bag.keys())
    n = max(len(docs), 1)
    vecs = {}
    for aid, bag in bags.items():
        v = {w: (1 + math.log(c)) * math.log(1 + n / df[w]) for w, c in bag.items()}
        norm = math.sqrt(sum(x * x for x in v.values())) or 1.0
        vecs[aid] = {w: x / norm for w, x in v.items()}
    return vecs


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
    neighbours = article_neighbours(sentences, english, missing, NEIGHBOURS) if enc is not None else None
    edges = match_items(
        english, groups, originals=[s.text for s in sentences], encoder=enc, partial=False, neighbour_groups=neighbours,
        languages=[s.language for s in sentences],
    )
    return best_per_group(edges, groups)


def article_neighbours(
    sentences: Sequence[Sentence], english: Sequence[str | None], wanted: set[str], m: int = NEIGHBOURS
) -> dict[str, list[str]]:
    """The ``m`` articles most similar to each article in ``wanted``.

    TF-IDF cosine over each article's text: a sentence's English where it has one,
    its original otherwise (word stems of 6 letters: names, places and numbers
    written alike in German and English carry the cross-lingual signal).  Found
    through an inverted index over each article's 30 heaviest stems, so that the
    cost grows with the articles asked about, not with all pairs.
    """
    docs: dict[str, list[str]] = defaultdict(list)
    for s, t in zip(sentences, english):
        docs[s.article_id].append(t or s.text)
    vecs = _tfidf(docs)
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
    shared: Counter = Counter()
    for e in edges:
        a, b = sentences[e.i].article_id, sentences[e.j].article_id
        shared[(min(a, b), max(a, b))] += 1
    ids = [a.id for a in articles]
    pos = {aid: i for i, aid in enumerate(ids)}
    undated = _article_links(articles, sentences, english, shared)
    links = {k: v for k, v in undated.items() if v.days is None or v.days <= MAX_DAYS}
    if topics is not None:  # an article's topic: the first article of its group under the undated links
        for comp in components(len(ids), ((pos[a], pos[b]) for a, b in undated)):
            topics.update((ids[i], ids[comp[0]]) for i in comp)
    by_id = {a.id: a for a in articles}
    stories: list[Story] = []
    story_of: dict[str, str] = {}
    comps = [sorted(ids[i] for i in comp) for comp in components(len(ids), ((pos[a], pos[b]) for a, b in links))]
    for members in comps:
        sid = "story-" + short_hash("|".join(members), 10)
        for m in members:
            story_of[m] = sid
    # one pass over the links and the matches, not one per story: with thousands of
    # stories, a pass per story made this stage grow with the square of the corpus
    links_of: dict[str, list[StoryLink]] = defaultdict(list)
    for (a, _b), link in sorted(links.items()):
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


def _article_links(
    articles: Sequence[Article], sentences: Sequence[Sentence], english: Sequence[str | None], shared: Counter
) -> dict[tuple[str, str], StoryLink]:
    """Linked article pairs (a < b) with why: ``MIN_SHARED_SENTENCES`` matched
    sentences or TF-IDF cosine >= ``ARTICLE_COSINE``, whatever their dates (a story
    keeps the links at most ``MAX_DAYS`` apart: :func:`group_stories`).  Candidates:
    pairs sharing a matched sentence or one of their 20 heaviest stems."""
    by_id = {a.id: a for a in articles}
    docs: dict[str, list[str]] = defaultdict(list)
    for s, t in zip(sentences, english):
        if t:
            docs[s.article_id].append(t)
    vecs = _tfidf(docs)
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
        n = shared.get((a, b), 0)
        da, db = _date(by_id[a].date), _date(by_id[b].date)
        days = abs((da - db).days) if da and db else None
        if n >= MIN_SHARED_SENTENCES or cos >= ARTICLE_COSINE:
            links[(a, b)] = StoryLink(a, b, shared_sentences=n, cosine=round(cos, 4), days=days)
    return links


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
