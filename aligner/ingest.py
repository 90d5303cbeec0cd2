"""Ingestion: files in, clean language-tagged sentence-split articles out.

``ingest_paths(paths)`` reads every input (:mod:`aligner.readers`), drops furniture
paragraph by paragraph (:mod:`aligner.clean`), identifies the language of each
article and paragraph (:mod:`aligner.langid`) and splits the kept paragraphs into
sentences (:mod:`aligner.segment`).  Offsets always point into ``Article.text``, the
input as given, which is never edited.  A bad input (file or JSONL line) becomes a
:class:`~aligner.model.Skipped` record and a one-line warning; the rest goes on.

``stage(store, cfg)`` is the pipeline's first stage: it writes ``articles.jsonl``,
``paragraphs.jsonl``, ``sentences.jsonl``, ``removals.jsonl`` and ``skipped.jsonl``.
"""

from __future__ import annotations

import dataclasses
import logging
import os
import re
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterable

from .clean import clean_text
from .console import progress
from .errors import AlignerError, InputError
from .langid import article_language, check_languages, paragraph_language
from .model import Article, Paragraph, Removal, Sentence, Skipped, short_hash
from .readers import RawDoc, discover, load_metadata, lookup_metadata, max_input_bytes, read_path
from .segment import glued_boundaries, split_sentences

log = logging.getLogger(__name__)

_PROGRESS_MIN_FILES = 6
# Guards per article: past this much text given to SoMaJo (about 10 s of CPU), or this
# much time spent splitting, an article's remaining paragraphs are split by punctuation
# alone (segment.fast_split, linear), so one huge article never holds back the others.
SOMAJO_BUDGET_CHARS = 500_000
SOMAJO_BUDGET_SECONDS = 20.0


@dataclass
class IngestResult:
    articles: list[Article] = field(default_factory=list)
    paragraphs: list[Paragraph] = field(default_factory=list)
    sentences: list[Sentence] = field(default_factory=list)
    removals: list[Removal] = field(default_factory=list)
    skipped: list[Skipped] = field(default_factory=list)

    def summary(self) -> dict[str, Any]:
        langs = Counter(a.language for a in self.articles)
        removed = Counter(r.reason for r in self.removals)
        return {
            "articles": len(self.articles),
            "sentences": len(self.sentences),
            "languages": dict(sorted(langs.items())),
            "removed": dict(removed.most_common()),
            "skipped": len(self.skipped),
        }

    def extend(self, other: IngestResult) -> None:
        self.articles += other.articles
        self.paragraphs += other.paragraphs
        self.sentences += other.sentences
        self.removals += other.removals
        self.skipped += other.skipped


def _skip(result: IngestResult, path: str, reason: str, line: int | None = None, quiet: bool = False) -> None:
    result.skipped.append(Skipped(path, reason, line=line))
    if not quiet:
        where = f"{path}:{line}" if line is not None else path
        log.warning("%s: %s; skipped", where, reason)


def _neutral_outlet(doc: RawDoc) -> str:
    site = doc.meta.get("sitename")
    if site:
        slug = re.sub(r"[^a-z0-9]+", "-", str(site).lower()).strip("-")
        if slug:
            return slug
    if doc.url:
        m = re.match(r"^[a-z]+://(?:www\.)?([^/:]+)", doc.url, re.I)
        if m:
            return m.group(1).lower()
    # from the article itself, never from how its path was spelled on the command line
    return "outlet-" + short_hash(doc.id + "\0" + doc.text, 6)


def _guess_title(text: str, spans: list[tuple[int, int]], kept: list[int]) -> str | None:
    """The first kept paragraph when it reads like a headline (short, no final period)."""
    if len(kept) < 2:
        return None
    s, e = spans[kept[0]]
    first = text[s:e]
    if len(first) <= 200 and not re.search(r"[.!?…:;,\"“”»«]$", first) and len(first.split()) >= 3:
        return first
    return None


def process_doc(doc: RawDoc, languages: tuple[str, ...]) -> IngestResult:
    """Clean, language-tag and sentence-split one document.  Raises InputError when the
    document cannot become an article (no text left, a language not configured)."""
    out = IngestResult()
    text = doc.text
    aid = doc.id
    html_dropped = doc.meta.pop("html_dropped", None) or []
    cleaned = clean_text(text)
    spans, decisions = cleaned.spans, cleaned.decisions
    kept = cleaned.kept()
    where = doc.source_path  # InputError(where, reason, line) formats "path:line" itself
    if not spans:
        raise InputError(where, "no text", doc.line)
    if not kept:
        reasons = Counter(d.reason for d in decisions)
        raise InputError(where, "nothing left after cleaning (" + ", ".join(f"{k} {v}" for k, v in reasons.items()) + ")", doc.line)

    kept_text = "\n".join(text[spans[i][0] : spans[i][1]] for i in kept)
    detected, why = article_language(kept_text, languages)
    language = detected
    meta = dict(doc.meta)
    if doc.language:
        given = doc.language.strip().lower()[:2]
        if given not in languages:
            raise InputError(where, f"language given as {doc.language!r}, not one of the configured languages ({', '.join(languages)})", doc.line)
        if detected and detected != given:
            meta["language_detected"] = detected
        language = given
    if language is None:
        raise InputError(where, why, doc.line)

    date = doc.date
    if date is None and cleaned.dates:
        date = cleaned.dates[0]
        meta["date_source"] = "text"
    title = doc.title
    if title is None:
        title = _guess_title(text, spans, kept)
        if title is not None:
            meta["title_source"] = "first line"

    paragraphs: list[Paragraph] = []
    removals: list[Removal] = []
    sentences: list[Sentence] = []
    para_langs: Counter[str] = Counter()
    glued = 0
    somajo_chars, fast_paragraphs = 0, 0
    split_started = time.process_time()
    for i, ((s, e), d) in enumerate(zip(spans, decisions)):
        pid = f"{aid}#p{i:04d}"
        ptext = text[s:e]
        plang = language
        reason, detail = d.reason, d.detail
        keep = d.keep
        if keep:
            plang, other = paragraph_language(ptext, languages, language)
            if other is not None:
                keep, reason, detail = False, "other-language", f"written in {other}, not in {', '.join(languages)}"
        para = Paragraph(id=pid, article_id=aid, index=i, start=s, end=e, text=ptext, language=plang, kept=keep, reason=reason)
        paragraphs.append(para)
        if not keep:
            removals.append(Removal(article_id=aid, start=s, end=e, text=ptext, reason=reason, detail=detail))
            continue
        para_langs[plang] += 1
        left = SOMAJO_BUDGET_CHARS - somajo_chars
        fast = left <= 0 or time.process_time() - split_started > SOMAJO_BUDGET_SECONDS
        local = split_sentences(ptext, plang, fast=fast, budget=left)
        if fast or len(ptext) > left:
            fast_paragraphs += 1
        somajo_chars += len(ptext)
        glued += len(glued_boundaries(ptext, local))
        for ls, le in local:
            k = len(sentences)
            sentences.append(
                Sentence(
                    id=f"{aid}#s{k:04d}",
                    article_id=aid,
                    paragraph_id=pid,
                    index=k,
                    start=s + ls,
                    end=s + le,
                    text=text[s + ls : s + le],
                    language=plang,
                )
            )
    if not sentences:
        raise InputError(where, "no sentences left after cleaning", doc.line)
    if len(para_langs) > 1:
        meta["paragraph_languages"] = dict(para_langs)
    if glued:
        meta["glued_boundaries_split"] = glued
    if fast_paragraphs:
        # said, not hidden: these paragraphs were split by punctuation only
        meta["punctuation_split_paragraphs"] = fast_paragraphs
    meta["paragraphs"] = {"kept": sum(p.kept for p in paragraphs), "dropped": sum(not p.kept for p in paragraphs)}
    if doc.line is not None:
        meta["line"] = doc.line

    out.articles.append(
        Article(
            id=aid,
            text=text,
            language=language,
            outlet=doc.outlet or _neutral_outlet(doc),
            date=date,
            title=title,
            url=doc.url,
            source_path=doc.source_path,
            source_format=doc.source_format,
            encoding=doc.encoding,
            translation_of=doc.translation_of,
            meta=meta,
        )
    )
    out.paragraphs = paragraphs
    out.sentences = sentences
    # what the HTML extraction left out is not in the article's text: offsets -1
    out.removals = [
        Removal(article_id=aid, start=-1, end=-1, text=d["text"], reason=d["reason"], detail="left out by the HTML extraction")
        for d in html_dropped
    ] + removals
    return out


_META_FIELDS = ("outlet", "language", "date", "title", "url", "translation_of")


def _apply_metadata(doc: RawDoc, row: dict[str, Any]) -> None:
    for key, value in row.items():
        if key in ("file", "path", "filename", "id", "article_id"):
            continue
        if key in _META_FIELDS:
            setattr(doc, key, str(value))
        else:
            doc.meta[key] = value


_DOCS_PER_TASK = 8  # fewest documents handed to a worker at once
_Failed = tuple[str, str, "int | None"]  # an InputError's (path, reason, line): picklable


def _process_one(doc: RawDoc, langs: tuple[str, ...]) -> IngestResult | _Failed:
    try:
        return process_doc(dataclasses.replace(doc, meta=dict(doc.meta)), langs)
    except InputError as exc:
        return (exc.path, exc.reason, exc.line)


def _process_docs(docs: list[RawDoc], langs: tuple[str, ...]) -> list[IngestResult | _Failed]:
    """``process_doc`` of every document, over ``aligner.parallel`` workers in blocks;
    a document processed by an earlier run of the same run directory (same content,
    path and settings) is taken from its item cache (``aligner.incremental``)."""
    from .incremental import cached_map, item_key

    keys = [item_key("ingest", langs, d) for d in docs]
    return cached_map("ingest", lambda d: _process_one(d, langs), docs, keys, _DOCS_PER_TASK, label="clean and split")


def ingest_paths(
    paths: Iterable[str | os.PathLike[str]],
    languages: Iterable[str] = ("de", "en"),
    metadata: str | os.PathLike[str] | dict[str, dict[str, Any]] | None = None,
    *,
    max_mb: float | None = None,
    quiet: bool = False,
    exclude: Iterable[str | os.PathLike[str]] = (),
) -> IngestResult:
    """Ingest files and folders of .txt/.html/.jsonl articles.

    ``metadata``: a sidecar file (or an already loaded ``{key: {field: value}}`` table)
    mapping files or article ids to outlet, language, date, title, url; sidecars named
    ``metadata.tsv/.csv/.json`` inside an input folder are picked up too (and never read
    as articles).  ``max_mb``: the size limit for one article (default 20 MB or
    $ALIGNER_MAX_INPUT_MB).  ``exclude``: folders never read (the run's own output folder;
    aligner run directories are never read anyway).  Bad inputs are warned about (unless ``quiet``) and listed in
    ``result.skipped``; nothing is raised for them.
    """
    try:
        langs = check_languages(tuple(languages))
    except ValueError as exc:
        raise AlignerError(str(exc)) from None
    result = IngestResult()
    found = discover(paths, exclude=exclude)
    for sk in found.skipped:
        _skip(result, sk.path, sk.reason, quiet=quiet)

    tables: list[tuple[Path | None, dict[str, dict[str, Any]]]] = []
    if isinstance(metadata, dict):
        tables.append((None, metadata))
    elif metadata is not None:
        try:
            tables.append((None, load_metadata(metadata)))
        except InputError as exc:
            _skip(result, exc.path, exc.reason, quiet=quiet)
    for side in found.sidecars:
        try:
            tables.insert(0, (side.parent, load_metadata(side)))  # explicit --metadata wins
        except InputError as exc:
            _skip(result, exc.path, exc.reason, quiet=quiet)

    limit = max_input_bytes(max_mb)
    used_ids: Counter[str] = Counter()

    docs: list[RawDoc] = []

    def read(path: Path) -> None:
        try:
            found_docs, bad_lines = read_path(path, limit)
        except InputError as exc:
            _skip(result, exc.path, exc.reason, exc.line, quiet=quiet)
            return
        for sk in bad_lines:
            _skip(result, sk.path, sk.reason, sk.line, quiet=quiet)
        for doc in found_docs:
            for base, table in tables:
                if base is not None:
                    try:
                        path.resolve().relative_to(base.resolve())
                    except ValueError:
                        continue
                row = lookup_metadata(table, path, doc.id, base)
                if row:
                    _apply_metadata(doc, row)
            docs.append(doc)

    if len(found.files) >= _PROGRESS_MIN_FILES and not quiet:
        with progress("files") as bar:
            task = bar.add_task("ingest", total=len(found.files))
            for path in found.files:
                read(path)
                bar.advance(task)
    else:
        for path in found.files:
            read(path)

    # cleaning, language and sentences of each document over the cores (--jobs), in order
    processed = _process_docs(docs, langs)
    for doc, done in zip(docs, processed):
        given = doc.id
        if used_ids[given]:  # only ids of articles actually ingested count as used
            doc.id = f"{given}-{used_ids[given] + 1}"
            done = _process_one(doc, langs)  # ids are part of every record: redo with the new one
        if isinstance(done, tuple):
            _skip(result, done[0], done[1], done[2], quiet=quiet)
            continue
        result.extend(done)
        used_ids[given] += 1
        if doc.id != given and not quiet:
            log.warning("%s: article id %r already used; this one is %r", doc.source_path, given, doc.id)
    return result


def write_result(store, result: IngestResult) -> None:
    """Write an ingest result into a run directory (atomically, file by file)."""
    store.write("articles.jsonl", result.articles)
    store.write("paragraphs.jsonl", result.paragraphs)
    store.write("sentences.jsonl", result.sentences)
    store.write("removals.jsonl", result.removals)
    store.write("skipped.jsonl", result.skipped)


def stage(store, cfg):
    """Pipeline stage: ingest ``cfg.inputs`` into the run directory."""
    from .pipeline import StageResult

    max_mb = cfg.ingest.max_size_mb
    result = ingest_paths(cfg.inputs, cfg.languages, cfg.metadata, max_mb=max_mb, exclude=[cfg.out])
    write_result(store, result)
    if not result.articles:
        n = len(result.skipped)
        if n == 0:
            where = ", ".join(str(p) for p in cfg.inputs)
            raise AlignerError(f"{where}: no article files found (.txt, .html, .jsonl)")
        raise AlignerError(f"nothing could be ingested ({n} input{'s' if n != 1 else ''} skipped; see {store.path('skipped.jsonl')})")
    return StageResult("done", result.summary())
