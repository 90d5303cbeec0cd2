"""``aligner run`` stage: quotes of every article of a run, speakers clustered run-wide.

Reads ``articles.jsonl`` and ``sentences.jsonl`` (only kept sentences are listed
there, so boilerplate and duplicate paragraphs contribute no quotes), writes
``quotes.jsonl`` (one :class:`~aligner.model.Quote` per line, offsets into
``Article.text``).  The summary counts quotes by kind and by language.
"""

from __future__ import annotations

import logging
from collections import Counter, defaultdict
from collections.abc import Sequence
from typing import Any

from ..errors import AlignerError, InputError
from ..model import Article, Quote, Sentence, Skipped
from .extract import extract_quotes
from .speakers import normalise_speakers

log = logging.getLogger(__name__)
ARTICLES_PER_TASK = 16  # fewest articles handed to a worker process at once


def quotes_for_articles(articles: list[Article], sentences: list[Sentence]) -> tuple[list[Quote], list[str]]:
    """Extract and normalise the quotes of many articles; returns (quotes, per-article problems)."""
    quotes, failed, _ = extract_all(articles, sentences)
    return quotes, [problem_line(art, reason) for art, reason in failed]


def problem_line(art: Article, reason: str) -> str:
    """The one-line warning for an article whose quotes could not be extracted."""
    return f"{art.source_path or art.id}: {reason} (no quotes taken from it)"


def extract_all(articles: list[Article], sentences: list[Sentence],
                ) -> tuple[list[Quote], list[tuple[Article, str]], dict[str, int]]:
    """(the quotes, normalised; each article whose extraction failed with the reason, without its
    name; per article id, how many quotes a correction note took back and were left out)."""
    by_article: dict[str, list[Sentence]] = defaultdict(list)
    for s in sentences:
        by_article[s.article_id].append(s)
    quotes: list[Quote] = []
    failed: list[tuple[Article, str]] = []

    def extract_one(art: Article) -> tuple[list[Quote], str | None, int]:
        gone: list[Quote] = []
        try:
            return extract_quotes(art, by_article[art.id], retracted_out=gone), None, len(gone)
        except InputError as exc:  # the article cannot be read for quotes: the reason
            return [], exc.reason, 0
        except Exception as exc:  # one odd article must not stop the run
            return [], f"quote extraction failed ({type(exc).__name__}: {exc})", 0

    # articles in blocks over the cores (--jobs), results in article order; an article
    # seen by an earlier run of this run directory comes from its item cache
    from ..incremental import cached_map, item_key

    kept = [a for a in articles if by_article.get(a.id)]  # an article with nothing kept has no quotes
    keys = [item_key("quotes", a, by_article[a.id]) for a in kept]
    results = cached_map("quotes", extract_one, kept, keys, ARTICLES_PER_TASK, label="quotes")
    retracted: dict[str, int] = {}
    for art, (found, reason, gone) in zip(kept, results):
        quotes.extend(found)
        if reason:
            failed.append((art, reason))
        if gone:
            retracted[art.id] = gone
    normalise_speakers(quotes, {a.id: a.text for a in kept})
    return quotes, failed, retracted


def record_failures(store, failed: list[tuple[Article, str]], articles: Sequence[Article] = ()) -> None:
    """Name each article whose quotes could not be extracted (with the reason) in ``skipped.jsonl``
    (stage ``quotes``, after the inputs ingest could not read), replacing an earlier run's entries:
    the report lists them under what it could not check.  An article of a file that holds several
    of ``articles`` (a .jsonl input) is named by file and id."""
    files = Counter(a.source_path for a in articles if a.source_path)
    old = store.read("skipped.jsonl", Skipped)  # [] when there is none
    kept = [s for s in old if s.stage != "quotes"]
    new = [Skipped(path=_name(art, files[art.source_path or ""] > 1), reason=reason, stage="quotes")
           for art, reason in failed]
    if new or len(kept) != len(old):
        store.write("skipped.jsonl", kept + new)


def _name(art: Article, shared: bool) -> str:
    """The article's file, with its id when the file holds more than one article (``shared``)."""
    if shared and art.source_path and art.source_path != art.id:
        return f"{art.source_path} ({art.id})"
    return art.source_path or art.id


def record_english(store, quotes: list[Quote], english: Sequence[tuple[str | None, str]]) -> int:
    """Set ``Quote.english`` from the match stage's renderings (source own | quote | sentence | tsv;
    never "none") and rewrite ``quotes.jsonl`` when any changed; returns how many changed."""
    changed = 0
    for q, (en, src) in zip(quotes, english):
        if en and src != "none" and q.english != en:
            q.english = en
            changed += 1
    if changed:
        store.write("quotes.jsonl", quotes)
    return changed


QUOTE_KINDS = ("direct", "fragment", "indirect", "mixed")  # every kind a quote may have (model.Quote.kind)


def summarise(quotes: list[Quote]) -> dict[str, Any]:
    """The quotes stage's counts for ``summary.json``; ``kinds`` names every kind, 0 when none,
    so that a table of runs (``pandas.json_normalize``) has a number in every cell."""
    kinds = Counter(q.kind for q in quotes)
    langs = Counter(q.language for q in quotes)
    return {
        "quotes": len(quotes),
        "kinds": {k: kinds[k] for k in sorted(set(QUOTE_KINDS) | set(kinds))},
        "languages": dict(sorted(langs.items())),
        "speakers": len({q.speaker.id for q in quotes if q.speaker and q.speaker.id}),
        "unattributed": sum(1 for q in quotes if not (q.speaker and q.speaker.name)),
    }


def stage(store, cfg):
    from ..pipeline import StageResult

    articles = store.articles()
    if not articles:
        raise AlignerError(f"{store.path('articles.jsonl')}: no articles in this run (run the ingest stage first)")
    sentences = store.sentences()
    quotes, failed, retracted = extract_all(articles, sentences)
    for art, reason in failed:
        log.warning(problem_line(art, reason))
    for art_id, n in retracted.items():
        log.info("%s: %d quoted passage(s) left out: a correction note says they were misquotes", art_id, n)
    store.write("quotes.jsonl", quotes)
    record_failures(store, failed, articles)
    summary = summarise(quotes)
    if failed:
        summary["failed"] = len(failed)
    if retracted:
        summary["retracted"] = sum(retracted.values())
    return StageResult("done", summary)
