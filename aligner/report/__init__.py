"""The quote-consistency report: ``report.md`` and one self-contained ``report.html``."""

from __future__ import annotations

import logging
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from ..model import Article, Cluster, Skipped, Story
from ..store import RunStore, atomic_write_text
from .common import NO_NOTES, STALE_CLUSTERS, ReportNotes, quoted_titles

log = logging.getLogger(__name__)
_NOT_RUN: tuple[str, float, dict[str, Any]] = ("", 0.0, {})  # a stage the run database does not record


def write_reports(
    run_dir: Path,
    *,
    articles: Sequence[Article],
    clusters: Sequence[Cluster],
    stories: Sequence[Story] = (),
    run: ReportNotes = NO_NOTES,
) -> tuple[Path, Path]:
    from .html import render_html
    from .markdown import render_markdown

    run_dir = Path(run_dir)
    md = run_dir / "report.md"
    html = run_dir / "report.html"
    for path, render in ((md, render_markdown), (html, render_html)):
        atomic_write_text(path, render(clusters, articles, stories, run))
    return md, html


def run_notes(store: RunStore, n_quotes: int | None, articles: list[Article] | None = None) -> ReportNotes:
    """What the stages of a run say that the report must repeat: ``n_quotes`` (the
    caller's count), how many quotes have no English (``no_english``), when the translate
    stage was skipped, why, which inputs could not be read (``skipped.jsonl``), how many
    quotes have no speaker, how many links the match refused between topics, how many
    quoted passages a correction note retracted and which WordNet the match read.
    ``articles``: the run's articles when the caller has read them already."""
    stages = store.stages()
    status, _, translate = stages.get("translate", _NOT_RUN)
    match, quotes = stages.get("match", _NOT_RUN)[2], stages.get("quotes", _NOT_RUN)[2]
    ingest = stages.get("ingest", _NOT_RUN)[2]
    skipped = store.read("skipped.jsonl", Skipped)
    articles = store.articles() if articles is None else articles
    said, spans = _quotes_by_article(store)
    return ReportNotes(n_quotes=n_quotes,
                       no_english=match.get("no_english"),
                       translation_skipped=translate.get("reason") if status == "skipped" else None,
                       translation_failed=translate.get("reason") if status == "failed" else None,
                       brought=(translate["sentences_matched"], translate["sentences_to_translate"])
                       if "sentences_to_translate" in translate else None,
                       untranslated_articles=translate.get("articles_untranslated") or (),
                       translate_ran="translate" in stages,
                       clusters_older=clusters_older(store, stages),
                       without_quotes=_without_quotes(said, articles, skipped),
                       quoted_titles=quoted_titles(articles, said),
                       skipped=skipped,
                       gone=ingest.get("articles_gone", 0), gone_ids=ingest.get("articles_gone_ids", ()),
                       unattributed=quotes.get("unattributed"),
                       between_topics=match.get("links_refused_between_topics"),
                       repeats=match.get("repeats_in_article"),
                       outlet_apart=match.get("quotes_kept_apart_by_outlet"),
                       names_quoted=_names_quoted(store),
                       changed=match.get("repeats_changed_in_article"),
                       changed_listed=match.get("repeats_changed") or (),
                       split=match.get("statements_split_by_outlet") or 0,
                       split_listed=match.get("statements_split") or (),
                       split_opposed=match.get("statements_split_opposed"),
                       retracted=quotes.get("retracted"),
                       transcript_lines=_transcripts(articles, spans),
                       wordnet=match.get("wordnet"))


def _quotes_by_article(store: RunStore) -> tuple[dict[str, list[str]] | None, dict[str, list[tuple[int, int]]] | None]:
    """Each article's quotes' texts and spans (``quotes.jsonl``); None when the quotes stage
    has not run."""
    if not store.exists("quotes.jsonl"):
        return None, None
    said: dict[str, list[str]] = {}
    spans: dict[str, list[tuple[int, int]]] = {}
    for q in store.read("quotes.jsonl"):
        said.setdefault(q["article_id"], []).append(q.get("text") or "")
        spans.setdefault(q["article_id"], []).append((int(q.get("start") or 0), int(q.get("end") or 0)))
    return said, spans


def _names_quoted(store: RunStore) -> tuple[str, ...]:
    """The ids of the quotes that are a name or a title in quotation marks ('Sturmtief
    „Zoltan“': a fragment flagged name-like or title) with no speaker: no one's words."""
    if not store.exists("quotes.jsonl"):
        return ()
    seen: set[tuple[str, str]] = set()
    out = []
    for q in store.read("quotes.jsonl"):
        if q.get("speaker") or not (q.get("kind") == "title" or (q.get("kind") == "fragment" and {"name-like", "title"}
                                                                 & set(q.get("flags") or ()))):
            continue
        key = (str(q.get("article_id")), str(q.get("text") or "").strip().lower())
        if key not in seen:  # the name again in its article is an in-article repeat, counted there (rt35-8)
            seen.add(key)
            out.append(q["id"])
    return tuple(out)


def _transcripts(articles: list[Article], spans: dict[str, list[tuple[int, int]]] | None) -> list[tuple[str, int]]:
    """(article title, transcript lines no quote was found in) for each article that has
    such lines (``common.transcript_lines``); none when the quotes stage has not run."""
    if spans is None:
        return []
    from .common import article_title, file_names, transcript_lines

    names = file_names(articles)
    found = [(article_title(a, a.id, names), transcript_lines(a.text, spans.get(a.id, ()))) for a in articles]
    return [(name, k) for name, k in found if k]


def _without_quotes(said: dict[str, list[str]] | None, articles: list[Article], skipped: list[Skipped]) -> list[str]:
    """The file names (then the title, where one is known) of the articles in which no quote was found (``said``:
    :func:`_quotes_by_article`; none when the quotes stage has not run; an article whose quotes
    could not be extracted is listed with the skipped inputs instead)."""
    if said is None:
        return []
    from .common import file_names

    quoted = set(said)
    failed = {s.path for s in skipped if s.stage == "quotes"}
    names = file_names(articles)
    return [_file_and_title(a, names) for a in articles if a.id not in quoted and a.source_path not in failed]


def _file_and_title(a: Article, names: dict[str, str]) -> str:
    """'zz_0003.txt ("Heat warning")': the file a user can open, then the article's title;
    an article without a file (given through the API): its title or id."""
    from .common import article_title, file_label

    file = file_label(a, names)
    if file is None:
        return article_title(a, a.id, names)
    return f'{file} ("{a.title}")' if a.title else file


def clusters_older(store: RunStore, stages: dict[str, tuple[str, float, dict[str, Any]]]) -> bool:
    """Whether the translate stage finished after the match stage and changed
    translations.jsonl since the match read it (translations that the clusters do not
    use: ``aligner translate`` after ``aligner match``; the same translations written
    again are no change).  A match summary without the digest it read: by time only.
    ``stages``: the run's :meth:`RunStore.stages`."""
    from ..match.stage import translations_digest

    translate, match = stages.get("translate", _NOT_RUN), stages.get("match", _NOT_RUN)
    # (a translate stage reused unchanged made no new translations)
    if not (translate[0] == "done" and match[0] in ("done", "reused") and translate[1] > match[1]):
        return False
    return "translations_read" not in match[2] or match[2]["translations_read"] != translations_digest(store)


# the tables the report reads besides clusters.jsonl, with the stage that writes each: one
# missing after its stage ran would drop what the report must say (the articles, the inputs
# that could not be read, the quotes found in one article only)
READS = {"articles.jsonl": "ingest", "skipped.jsonl": "ingest", "quotes.jsonl": "quotes"}


def check_tables(store: RunStore) -> None:
    """``InputError`` naming the first table the report needs that is missing:
    ``clusters.jsonl``, ``articles.jsonl``, or a table of ``READS`` whose stage ran."""
    from ..errors import InputError

    if not store.exists("clusters.jsonl"):
        raise InputError(str(store.path("clusters.jsonl")), "missing: run the match stage first (aligner run ...)")
    ran = {name for name, status, _ in store.stage_summaries() if status in ("done", "reused")}
    for table, stage in READS.items():
        if not store.exists(table) and (table == "articles.jsonl" or stage in ran):
            raise InputError(str(store.path(table)), f"missing, although the {stage} stage wrote it: the report "
                             "would leave out what it records; run aligner run again with --out on this directory to write "
                             "it again")


def rebuild(run_dir: Path) -> tuple[Path, Path]:
    """Rebuild both reports from a run directory's ``clusters.jsonl`` and friends."""
    store = RunStore(run_dir, create=False)
    try:
        check_tables(store)
        clusters = store.read("clusters.jsonl", Cluster)
        articles = store.articles()
        stories = store.read("stories.jsonl", Story)
        n_quotes = store.records("quotes.jsonl") if store.exists("quotes.jsonl") else None
        notes = run_notes(store, n_quotes, articles)
        if notes.clusters_older:
            log.warning(f"{store.root}: {STALE_CLUSTERS}")
        return write_reports(store.root, articles=articles, clusters=clusters, stories=stories, run=notes)
    finally:
        store.close()
