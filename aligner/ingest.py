"""Ingestion: files in, clean language-tagged sentence-split articles out.

``ingest_paths(paths)`` reads every input (:mod:`aligner.readers`), drops furniture
paragraph by paragraph (:mod:`aligner.clean`), identifies the language of each
article and paragraph (:mod:`aligner.langid`) and splits the kept paragraphs into
sentences (:mod:`aligner.segment`).  Offsets always point into ``Article.text``, the
input as given in one Unicode form (:func:`aligner.text.uniform.uniform`: NFC, no soft
hyphens or zero-width characters inside words), which is never edited after that.  A bad input (file or JSONL line) becomes a
:class:`~aligner.model.Skipped` record and a one-line warning; the rest goes on.

``stage(store, cfg)`` is the pipeline's first stage: it writes ``articles.jsonl``,
``paragraphs.jsonl``, ``sentences.jsonl``, ``removals.jsonl`` and ``skipped.jsonl``.
"""

from __future__ import annotations

import dataclasses
import hashlib
import logging
import os
import re
import time
import traceback
import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterable

from .clean import CleanResult, clean_text
from .console import listed, one_line, progress
from .errors import AlignerError, InputError
from .langid import article_language, check_languages, detect, detect_wide, own_language_words, paragraph_language
from .model import Article, Paragraph, Removal, Sentence, Skipped, short_hash
from .readers import (
    ARTICLE_SUFFIXES,
    RawDoc,
    discover,
    folded_keys,
    holds,
    load_metadata,
    max_input_bytes,
    metadata_key,
    read_path,
    shown_path,
)
from .segment import MAX_PIECE, cut_mid_sentence, glued_boundaries, split_sentences
from .text.uniform import uniform
from .text.valid import valid_text

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
            "skipped": sum(1 for s in self.skipped if s.stage != "duplicate"),
            "duplicates": sum(1 for s in self.skipped if s.stage == "duplicate"),
        } | self._cut()

    def _cut(self) -> dict[str, int]:
        """The sentence pieces cut mid-sentence at MAX_PIECE characters, when there are any."""
        n = sum(len(a.meta.get("cut_sentences") or []) for a in self.articles)
        return {"cut_sentences": n} if n else {}

    def extend(self, other: IngestResult) -> None:
        self.articles += other.articles
        self.paragraphs += other.paragraphs
        self.sentences += other.sentences
        self.removals += other.removals
        self.skipped += other.skipped


def _skip(result: IngestResult, path: str, reason: str, line: int | None = None, quiet: bool = False) -> None:
    result.skipped.append(Skipped(path, reason, line=line))
    if not quiet:
        where = f"{one_line(path)}:{line}" if line is not None else one_line(path)
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
    # from the file's whole path (and a JSONL line's id): the same when its text is corrected, never
    # from how its path was spelled on the command line, and two outlets' folders holding files of one
    # name ("spiegel/2024-05-01/artikel-1.txt", "zeit/2024-05-01/artikel-1.txt") stay apart
    path = os.path.abspath(doc.source_path)  # "x.txt" given inside its folder: the folder still counts
    return "outlet-" + short_hash(path + (f"#{doc.id}" if doc.line is not None else ""), 12)


def _guess_title(text: str, spans: list[tuple[int, int]], kept: list[int]) -> str | None:
    """The first kept paragraph when it reads like a headline (short, no final period)."""
    if len(kept) < 2:
        return None
    s, e = spans[kept[0]]
    first = text[s:e]
    if len(first) > 200 or re.search(r"[.!?…:;,]$", first) or (re.search(r"[\"“”»«]$", first) and not _QUOTE_HEADLINE.search(first)):
        return None
    words = len(first.split())
    if words >= 3:
        return first
    # "Heat warning", "Landeskirche spart": two words over a body of sentences (one word may be a section's name);
    # not an author's line ("Maria Hughes", pr36b-7)
    s2, e2 = spans[kept[1]]
    return first if words == 2 and len(text[s2:e2].split()) >= 6 and not _a_persons_name(first) else None


def _a_persons_name(line: str) -> bool:
    """Two capitalised words, the first a listed first name ("Maria Hughes", "Jonas Weber"):
    a byline over the body, not its headline."""
    from .quotes.speakers import any_first_name_gender

    given, family = line.split()
    if not re.fullmatch(r"[A-ZÄÖÜ][\w'’-]+", given) or not re.fullmatch(r"[A-ZÄÖÜ][\w'’-]+", family):
        return False
    return any_first_name_gender(given) is not None


# a headline that ends in its quote: "Bischöfe: «Wir haben versagt»", 'Prayer in Vienna: "We stay united"'
# (words before the quote; the quote not closed by a sentence's end)
_QUOTE_HEADLINE = re.compile(r"\w[^\"“”»«„]*\s[\"“”»«„][^\"“”»«„]*[^\s.!?,;:][\"“”»«]$")


def process_doc(doc: RawDoc, languages: tuple[str, ...]) -> IngestResult:
    """Clean, language-tag and sentence-split one document.  Raises InputError when the
    document cannot become an article (no text left, a language not configured).
    The text is made uniform first, so an outlet's NFD or soft-hyphenated copy reads
    like everyone else's (how many characters that composed or dropped: ``meta["unicode_fixed"]``)."""
    doc = _uniform(doc)
    text, aid = doc.text, doc.id
    where = doc.source_path  # InputError(where, reason, line) formats "path:line" itself
    html_dropped = doc.meta.pop("html_dropped", None) or []
    cleaned = clean_text(text)
    if not cleaned.spans:
        raise InputError(where, "no text", doc.line)
    kept = cleaned.kept()
    if not kept:
        reasons = Counter(d.reason for d in cleaned.decisions)
        raise InputError(where, "nothing left after cleaning (" + ", ".join(f"{k} {v}" for k, v in reasons.items()) + ")", doc.line)
    meta = dict(doc.meta)
    language = _article_language(doc, "\n".join(text[cleaned.spans[i][0] : cleaned.spans[i][1]] for i in kept), languages, meta)
    date, title = _date_and_title(doc, cleaned, kept, meta)
    split = _Split(aid, text)
    split.paragraphs_of(cleaned, language, languages)
    if not split.sentences:
        raise InputError(where, "no sentences left after cleaning", doc.line)
    meta.update(split.meta())
    if doc.line is not None:
        meta["line"] = doc.line
    article = Article(
        id=aid, text=text, language=language, outlet=doc.outlet or _neutral_outlet(doc), date=date, title=title,
        url=doc.url, source_path=doc.source_path, source_format=doc.source_format, encoding=doc.encoding,
        translation_of=doc.translation_of, meta=meta,
    )
    # what the HTML extraction left out is not in the article's text: offsets -1
    left_out = [
        Removal(article_id=aid, start=-1, end=-1, text=d["text"], reason=d["reason"], detail="left out by the HTML extraction")
        for d in html_dropped
    ]
    return IngestResult([article], split.paragraphs, split.sentences, left_out + split.removals)


def _uniform(doc: RawDoc) -> RawDoc:
    text = uniform(doc.text)
    title = uniform(doc.title) if doc.title else doc.title
    if text == doc.text and title == doc.title:
        return doc
    if text != doc.text:
        doc.meta["unicode_fixed"] = len(doc.text) - len(text)
    return dataclasses.replace(doc, text=text, title=title)


# language names and ISO 639-2 codes a metadata sheet may give for a language ('German',
# 'ger', 'Deutsch'): the two-letter code; a name or code not listed is read by its first two
# letters ('de_DE', 'en-GB', 'English', 'Englisch'), as before
LANGUAGE_NAMES = {
    "german": "de", "ger": "de", "deu": "de", "deutsch": "de", "allemand": "de",
    "english": "en", "eng": "en", "englisch": "en", "anglais": "en",
    "french": "fr", "fre": "fr", "fra": "fr", "französisch": "fr", "franzoesisch": "fr", "français": "fr",
    "spanish": "es", "spa": "es", "spanisch": "es", "español": "es",
    "dutch": "nl", "dut": "nl", "nld": "nl", "niederländisch": "nl",
    "polish": "pl", "pol": "pl", "polnisch": "pl",
    "ukrainian": "uk", "ukr": "uk", "ukrainisch": "uk",
    "chinese": "zh", "chi": "zh", "zho": "zh", "chinesisch": "zh",
    "czech": "cs", "cze": "cs", "ces": "cs", "tschechisch": "cs",
    "russian": "ru", "rus": "ru", "russisch": "ru",
    "japanese": "ja", "jpn": "ja", "japanisch": "ja",
    "italian": "it", "ita": "it", "italienisch": "it",
    "portuguese": "pt", "por": "pt", "portugiesisch": "pt",
}


def language_code(given: str) -> str:
    """The two-letter code of a language as a metadata sheet or a JSONL field gives it:
    'German' / 'ger' / 'Deutsch' / 'de_DE' -> 'de', 'English' / 'eng' / 'en-GB' -> 'en'."""
    word = given.strip().lower()
    head = word.replace("_", "-").split("-")[0].strip()
    return LANGUAGE_NAMES.get(word) or LANGUAGE_NAMES.get(head) or word[:2]


def _article_language(doc: RawDoc, kept_text: str, languages: tuple[str, ...], meta: dict[str, Any]) -> str:
    """The article's language: the one given (metadata, JSONL field) when it is
    configured, else the one detected on its kept text; ``InputError`` when neither."""
    detected, why = article_language(kept_text, languages)
    language = detected
    if doc.language:
        given = language_code(doc.language)
        if given not in languages:
            raise InputError(doc.source_path, f"language given as {doc.language!r}, not one of the configured languages ({', '.join(languages)})", doc.line)
        if detected and detected != given:
            meta["language_detected"] = detected
        language = given
    if language is None:
        raise InputError(doc.source_path, why, doc.line)
    return language


def _date_and_title(doc: RawDoc, cleaned: CleanResult, kept: list[int], meta: dict[str, Any]) -> tuple[str | None, str | None]:
    """The date and title given, else a date stated in a dropped timestamp line and a
    headline-like first paragraph (``meta`` says where they came from)."""
    date = doc.date
    if date is None and cleaned.dates:
        date = cleaned.dates[0]
        meta["date_source"] = "text"
    title = doc.title
    if title is None:
        title = _guess_title(doc.text, cleaned.spans, kept)
        if title is not None:
            meta["title_source"] = "first line"
    return date, title


@dataclass
class _Split:
    """One article's paragraphs (kept or dropped), removals and sentences, and the
    counters of the sentence splitter's guards (``SOMAJO_BUDGET_*``)."""

    aid: str
    text: str
    paragraphs: list[Paragraph] = field(default_factory=list)
    removals: list[Removal] = field(default_factory=list)
    sentences: list[Sentence] = field(default_factory=list)
    languages: Counter[str] = field(default_factory=Counter)  # kept paragraphs per language
    glued: int = 0
    somajo_chars: int = 0
    fast_paragraphs: int = 0
    cut: list[str] = field(default_factory=list)  # sentences cut at MAX_PIECE mid-sentence
    started: float = field(default_factory=time.process_time)

    def paragraphs_of(self, cleaned: CleanResult, language: str, languages: tuple[str, ...]) -> None:
        """Every paragraph: dropped ones (by the cleaner, or written in a language not
        configured) become removals, kept ones are split into sentences."""
        words = own_language_words([self.text[s:e] for (s, e), d in zip(cleaned.spans, cleaned.decisions) if d.keep], languages)
        for i, ((s, e), d) in enumerate(zip(cleaned.spans, cleaned.decisions)):
            pid = f"{self.aid}#p{i:04d}"
            ptext = self.text[s:e]
            plang, keep, reason, detail = language, d.keep, d.reason, d.detail
            if keep:
                plang, other = paragraph_language(ptext, languages, language, words)
                if other is not None:
                    keep, reason, detail = False, "other-language", f"written in {other}, not in {', '.join(languages)}"
            self.paragraphs.append(Paragraph(id=pid, article_id=self.aid, index=i, start=s, end=e, text=ptext,
                                             language=plang, kept=keep, reason=reason))
            if not keep:
                self.removals.append(Removal(article_id=self.aid, start=s, end=e, text=ptext, reason=reason, detail=detail))
                continue
            self.languages[plang] += 1
            self.sentences_of(pid, s, ptext, plang)

    def sentences_of(self, pid: str, s: int, ptext: str, plang: str) -> None:
        """Split one kept paragraph (starting at ``s``; its line breaks are hard wraps,
        see ``clean.split_paragraphs``); past the SoMaJo budget of the article, by
        punctuation alone."""
        left = SOMAJO_BUDGET_CHARS - self.somajo_chars
        fast = left <= 0 or time.process_time() - self.started > SOMAJO_BUDGET_SECONDS
        # the cleaner made the paragraphs: a line break inside one is a hard wrap, not a boundary
        local = split_sentences(ptext, plang, by_line=False, fast=fast, budget=left)
        if fast or len(ptext) > left:
            self.fast_paragraphs += 1
        self.somajo_chars += len(ptext)
        self.glued += len(glued_boundaries(ptext, local))
        ends, starts = cut_mid_sentence(ptext, by_line=False) if not fast and len(ptext) > MAX_PIECE else (set(), set())
        for ls, le in local:
            k = len(self.sentences)
            if le in ends or ls in starts:
                self.cut.append(f"{self.aid}#s{k:04d}")
            self.sentences.append(Sentence(id=f"{self.aid}#s{k:04d}", article_id=self.aid, paragraph_id=pid, index=k,
                                           start=s + ls, end=s + le, text=self.text[s + ls : s + le], language=plang))

    def meta(self) -> dict[str, Any]:
        """What the article's metadata records about its paragraphs and splitting."""
        meta: dict[str, Any] = {}
        if len(self.languages) > 1:
            meta["paragraph_languages"] = dict(self.languages)
        if self.glued:
            meta["glued_boundaries_split"] = self.glued
        if self.fast_paragraphs:
            # said, not hidden: these paragraphs were split by punctuation only
            meta["punctuation_split_paragraphs"] = self.fast_paragraphs
        if self.cut:
            # said, not hidden: a sentence longer than MAX_PIECE characters, cut into pieces mid-sentence
            meta["cut_sentences"] = list(self.cut)
        kept = sum(p.kept for p in self.paragraphs)
        meta["paragraphs"] = {"kept": kept, "dropped": len(self.paragraphs) - kept}
        return meta


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
# a document that cannot become an article: (path, reason, line, the traceback when a
# bug stopped it, else None); picklable
_Failed = tuple[str, str, "int | None", "str | None"]


def _process_one(doc: RawDoc, langs: tuple[str, ...]) -> IngestResult | _Failed:
    try:
        return process_doc(dataclasses.replace(doc, meta=dict(doc.meta)), langs)
    except InputError as exc:
        return (exc.path, exc.reason, exc.line, None)
    except Exception as exc:  # a bug met by one document: skip it, not the whole run
        return (doc.source_path, f"internal error {type(exc).__name__}: {exc}", doc.line, traceback.format_exc())


def _is_kept(done: IngestResult | _Failed) -> bool:
    """Whether an item's result goes into the item cache: not a bug's failure (the next
    run tries that document again)."""
    return not (isinstance(done, tuple) and done[3] is not None)


def _process_docs(docs: list[RawDoc], langs: tuple[str, ...]) -> list[IngestResult | _Failed]:
    """``process_doc`` of every document, over ``aligner.parallel`` workers in blocks;
    a document processed by an earlier run of the same run directory (same content,
    path and settings) is taken from its item cache (``aligner.incremental``)."""
    from .incremental import cached_map, item_key

    keys = [item_key("ingest", langs, d) for d in docs]
    return cached_map("ingest", lambda d: _process_one(d, langs), docs, keys, _DOCS_PER_TASK, label="clean and split",
                      keep=_is_kept, warm=lambda: _warm_up(langs))


def _warm_up(langs: tuple[str, ...]) -> None:
    """Load the language models and sentence splitters in this process, so that the
    worker processes inherit them rather than each loading its own (about 0.9 CPU-s)."""
    sample = "Ein kurzer Satz über das Wetter. A short sentence about the weather."
    detect(sample, langs)
    detect_wide(sample, langs)
    for lang in langs:
        split_sentences(sample, lang)


def as_paths(inputs: Iterable[str | os.PathLike[str]] | str | os.PathLike[str]) -> list[str | os.PathLike[str]]:
    """One path given alone (``run("corpora/seeds", ...)``, ``ingest_paths("my")``) is a list of one, never read
    letter by letter."""
    return [inputs] if isinstance(inputs, (str, os.PathLike)) else list(inputs)


def _say_other_types(other: list[Path], read_elsewhere: Iterable[str | os.PathLike[str]]) -> None:
    """One warning line naming the files of other types in the input folders, those the run
    reads as something else (its --metadata or --translations file, or a file in a folder given
    as such) left out."""
    given = [Path(p).resolve() for p in read_elsewhere]
    other = [q for q in other if not any(holds(str(g), str(q.resolve())) for g in given)]
    if not other:
        return
    n, names = len(other), [one_line(shown_path(q.name)) for q in other]
    kinds = ", ".join(ARTICLE_SUFFIXES)
    log.warning("%d file%s of other types in the input folders not read (only %s are): %s",
                n, "s" if n != 1 else "", kinds, ", ".join(names[:10]) + (f" and {n - 10} more" if n > 10 else ""))


def ingest_paths(
    paths: Iterable[str | os.PathLike[str]] | str | os.PathLike[str],
    languages: Iterable[str] = ("de", "en"),
    metadata: str | os.PathLike[str] | dict[str, dict[str, Any]] | None = None,
    *,
    max_mb: float | None = None,
    quiet: bool = False,
    exclude: Iterable[str | os.PathLike[str]] = (),
    errors_log: str | os.PathLike[str] | None = None,
    read_elsewhere: Iterable[str | os.PathLike[str]] = (),
) -> IngestResult:
    """Ingest files and folders of .txt/.html/.jsonl articles.

    ``metadata``: a sidecar file (or an already loaded ``{key: {field: value}}`` table)
    mapping files or article ids to outlet, language, date, title, url; sidecars named
    ``metadata.tsv/.csv/.json`` inside an input folder are picked up too (and never read
    as articles).  ``max_mb``: the size limit for one article (default 20 MB or
    $ALIGNER_MAX_INPUT_MB).  ``exclude``: folders never read (the run's own output folder;
    aligner run directories are never read anyway).  Bad inputs are warned about (unless ``quiet``) and listed in
    ``result.skipped``; nothing is raised for them.  A document that meets a bug is
    skipped too ("internal error ..."), its traceback appended to ``errors_log`` when given.
    Files of other types in the input folders are said in one warning line, except the
    ``metadata`` file and the files (or folders) in ``read_elsewhere``, which the caller reads
    (a run's ``translations``).
    """
    try:
        langs = check_languages(tuple(languages))
    except ValueError as exc:
        raise AlignerError(str(exc)) from None
    result = IngestResult()
    inputs = [Path(p) for p in as_paths(paths)]
    found = discover(inputs, exclude=exclude)
    for sk in found.skipped:
        _skip(result, sk.path, sk.reason, quiet=quiet)
    if not quiet:
        given = [*read_elsewhere, *([metadata] if isinstance(metadata, (str, os.PathLike)) else [])]
        _say_other_types(found.other_types, given)
    tables = _metadata_tables(metadata, found.sidecars, result, quiet, inputs)
    for sk in found.skipped:  # a row naming an input that could not be read is not unused
        _mark_file_rows(tables, Path(sk.path))
    limit = max_input_bytes(max_mb)
    docs: list[RawDoc] = []
    no_row: list[RawDoc] = []
    if len(found.files) >= _PROGRESS_MIN_FILES and not quiet:
        with progress("files") as bar:
            task = bar.add_task("ingest", total=len(found.files))
            for path in found.files:
                docs += _read_docs(path, limit, tables, result, quiet, no_row)
                bar.advance(task)
    else:
        for path in found.files:
            docs += _read_docs(path, limit, tables, result, quiet, no_row)
    _warn_unused_rows(tables, quiet)
    _declared_translations(result.skipped, tables)
    if no_row and any(t.check for t in tables) and not quiet:
        named = listed([one_line(d.source_path) + (f" line {d.line}" if d.line is not None else "") for d in no_row], 5)
        log.warning("%d input article%s ha%s no metadata row (%s): each is its own outlet, 'outlet-' and a hash of "
                    "its file's path, and has no date unless its text states one", len(no_row), "s" if len(no_row) != 1 else "",
                    "ve" if len(no_row) != 1 else "s", named)
    _add_processed(docs, langs, result, quiet, errors_log)
    if not quiet:
        warn_cut(result.articles)
    return result


def _declared_translations(skipped: list[Skipped], tables: list[_Table]) -> None:
    """Each input file that could not be read whose metadata row declares it a translation
    (``translation_of``) keeps that value in its skipped record, so that the bilingual
    corpus can say which declared pair was lost and why (the last table's row wins, as
    ``--metadata`` does)."""
    for sk in skipped:
        if sk.stage != "ingest" or sk.line is not None:
            continue
        path = Path(sk.path)
        for t in tables:
            key = t.key(path, path.stem)
            value = t.rows[key].get("translation_of") if key is not None else None
            if value not in (None, ""):
                sk.translation_of = str(value)


def warn_cut(articles: list[Article]) -> None:
    """One warning line per article holding a sentence too long for the splitter (cut into
    pieces of at most MAX_PIECE characters mid-sentence: ``meta["cut_sentences"]``)."""
    for a in articles:
        cut = a.meta.get("cut_sentences") or []
        if cut:
            log.warning("%s: %d sentence piece%s cut mid-sentence (a sentence over %d characters: %s); an alignment "
                        "may pair pieces that are not translations of each other", one_line(a.source_path or a.id),
                        len(cut), "s" if len(cut) != 1 else "", MAX_PIECE, listed(cut, 3))


@dataclass
class _Table:
    """One metadata table: the folder a sidecar covers (None: every input), its rows, where
    it came from, whether a row naming no input is worth a line, and the rows used."""

    base: Path | None
    rows: dict[str, dict[str, Any]]
    source: str
    check: bool = True
    used: set[str] = field(default_factory=set)
    folded: dict[str, list[str]] = field(init=False)  # the rows' keys case- and Unicode-folded (``folded_keys``)

    def __post_init__(self) -> None:
        self.folded = folded_keys(self.rows)

    def key(self, path: Path, article_id: str) -> str | None:
        """The key of this table's row for an article of ``path`` (None: no row, or a
        sidecar of another folder), marked used."""
        if self.base is not None and not _under(path, self.base):
            return None
        key = metadata_key(self.rows, path, article_id, self.base, self.folded)
        if key is not None:
            self.used.add(key)
        return key


def _under(path: Path, folder: Path) -> bool:
    """Whether ``path`` lies in ``folder`` (resolved; as written for a symlink loop)."""
    try:
        path, folder = path.resolve(), folder.resolve()
    except (OSError, RuntimeError):
        path, folder = Path(os.path.abspath(path)), Path(os.path.abspath(folder))
    return path == folder or folder in path.parents


def _metadata_tables(metadata: str | os.PathLike[str] | dict[str, dict[str, Any]] | None, sidecars: Iterable[Path],
                     result: IngestResult, quiet: bool, inputs: list[Path]) -> list[_Table]:
    """The metadata tables in the order they are tried: the folders' sidecars, then
    ``--metadata`` (so that it wins: applied last).  A table that cannot be read is
    skipped.  A sidecar picked up beside a file named on its own may well describe
    other files: its unused rows are not worth a line."""
    tables: list[_Table] = []
    if isinstance(metadata, dict):
        tables.append(_Table(None, metadata, "metadata"))
    elif metadata is not None:
        try:
            tables.append(_Table(None, load_metadata(metadata), str(metadata)))
        except InputError as exc:
            _skip(result, exc.path, exc.reason, quiet=quiet)
    folders = {p.resolve() for p in inputs if p.is_dir()}
    for side in sidecars:
        whole = any(_under(side.parent, f) for f in folders)
        try:
            tables.insert(0, _Table(side.parent, load_metadata(side), str(side), check=whole))  # explicit --metadata wins
        except InputError as exc:
            _skip(result, exc.path, exc.reason, quiet=quiet)
    return tables


def _mark_file_rows(tables: list[_Table], path: Path) -> None:
    """Marks the rows that name the file ``path`` itself (by path or stem) as used."""
    for table in tables:
        table.key(path, path.stem)


def _warn_unused_rows(tables: list[_Table], quiet: bool) -> None:
    """One line per metadata table with rows that name no input file or article."""
    for table in tables:
        unused = [k for k in table.rows if k not in table.used]
        if not unused or not table.check or quiet:
            continue
        named = listed([repr(k) for k in unused], 5)
        log.warning("%s: %d metadata row%s name%s no input file or article (%s); ignored", table.source, len(unused),
                    "s" if len(unused) != 1 else "", "" if len(unused) != 1 else "s", named)


def _read_docs(path: Path, limit: int, tables: list[_Table], result: IngestResult, quiet: bool,
               no_row: list[RawDoc] | None = None) -> list[RawDoc]:
    """The documents of one file with their metadata rows applied; a bad file or line is
    skipped.  Documents no table has a row for, and that name no outlet, go to ``no_row``."""
    _mark_file_rows(tables, path)  # even when the file cannot be read
    try:
        found_docs, bad_lines = read_path(path, limit)
    except InputError as exc:
        _skip(result, exc.path, exc.reason, exc.line, quiet=quiet)
        return []
    for sk in bad_lines:
        _skip(result, sk.path, sk.reason, sk.line, quiet=quiet)
    for doc in found_docs:
        rows = 0
        for table in tables:
            key = table.key(path, doc.id)
            if key is not None:
                _apply_metadata(doc, table.rows[key])
                rows += 1
        if not rows and not doc.outlet and not doc.url and not doc.meta.get("sitename") and no_row is not None:
            no_row.append(doc)
    return found_docs


def _add_processed(docs: list[RawDoc], langs: tuple[str, ...], result: IngestResult, quiet: bool,
                   errors_log: str | os.PathLike[str] | None = None) -> None:
    """Cleaning, language and sentences of each document over the cores (--jobs), added
    to ``result`` in input order.  A copy of another article of the same outlet (same
    language and kept text) is set aside (:func:`_set_aside_copies`); an article id used
    by several articles keeps its name for one and gets ``-2``, ``-3`` ... for the others
    in an order that does not depend on the order of the inputs (:func:`_unique_ids`)."""
    ok: list[tuple[RawDoc, IngestResult]] = []
    for doc, done in zip(docs, _process_docs(docs, langs)):
        if isinstance(done, tuple):
            _skip(result, done[0], _with_traceback(done, errors_log), done[2], quiet=quiet)
        else:
            ok.append((doc, done))
    ok = _set_aside_copies(ok, result, quiet)
    names = _unique_ids(ok)
    _unpair_shared_ids(ok, names)
    for (doc, done), name in zip(ok, names):
        given = doc.id
        if name != given:
            doc.id = name
            redone = _process_one(doc, langs)  # ids are part of every record: redo with the new one
            if isinstance(redone, tuple):
                _skip(result, redone[0], _with_traceback(redone, errors_log), redone[2], quiet=quiet)
                continue
            done = redone
            if not quiet:
                log.warning("%s: article id %r is used by more than one article; this one (%s) is %r",
                            one_line(doc.source_path), given, done.articles[0].date or "undated", name)
        result.extend(done)


def _kept_text(done: IngestResult) -> str:
    """An article's kept paragraphs, white space folded: what two copies share."""
    return " ".join(" ".join(p.text.split()) for p in done.paragraphs if p.kept)


def _order_key(doc: RawDoc, done: IngestResult) -> tuple[Any, ...]:
    """Which of several articles comes first, whatever the order of the inputs: the
    earliest date (undated last), then the path and line, then the text."""
    date = done.articles[0].date
    return (date is None, date or "", doc.source_path, doc.line or 0, short_hash(_kept_text(done), 12))


def _set_aside_copies(ok: list[tuple[RawDoc, IngestResult]], result: IngestResult,
                      quiet: bool) -> list[tuple[RawDoc, IngestResult]]:
    """The articles minus the copies: an article whose outlet, language and kept text
    are those of another article (a scraper that fetched one page twice) is set aside
    as a duplicate (``Skipped`` with stage "duplicate", naming the one kept).  The one
    kept is the smallest by id, then path and line, so the choice does not depend on the
    order of the inputs.  Copies in different outlets (wire copy run by two papers) stay."""
    groups: dict[tuple[str, str, str], list[int]] = {}
    unnamed = {i for i, (doc, _) in enumerate(ok) if not (doc.outlet or doc.url or doc.meta.get("sitename"))}
    # a file with no outlet of its own ('x (1).txt' beside 'x.txt') that holds another file's very text is its copy
    named: dict[tuple[str, str], str] = {}
    for i in sorted(set(range(len(ok))) - unnamed, key=lambda i: (ok[i][0].id, ok[i][0].source_path, ok[i][0].line or 0)):
        named.setdefault((ok[i][0].text, ok[i][1].articles[0].language), ok[i][1].articles[0].outlet)
    for i, (doc, done) in enumerate(ok):
        art = done.articles[0]
        outlet = named.get((doc.text, art.language), art.outlet) if i in unnamed else art.outlet
        groups.setdefault((outlet, art.language, _kept_text(done)), []).append(i)
    dropped: set[int] = set()
    for members in groups.values():
        if len(members) < 2:
            continue
        members.sort(key=lambda i: (i in unnamed, ok[i][0].id, ok[i][0].source_path, ok[i][0].line or 0))
        first = ok[members[0]][0]
        for i in members[1:]:
            doc = ok[i][0]
            dropped.add(i)
            reason = (f"same text as article {first.id!r} ({one_line(first.source_path)}"
                      f"{f' line {first.line}' if first.line is not None else ''})"
                      f"{', and no outlet of its own: a copy' if i in unnamed else ' of the same outlet'}; set aside as a duplicate")
            result.skipped.append(Skipped(doc.source_path, reason, stage="duplicate", line=doc.line))
            if not quiet:
                log.warning("%s%s: %s", one_line(doc.source_path), f":{doc.line}" if doc.line is not None else "", reason)
    return [x for i, x in enumerate(ok) if i not in dropped]


def _unique_ids(ok: list[tuple[RawDoc, IngestResult]]) -> list[str]:
    """Each article's id: the given one, or for the second, third ... article that has
    it (by :func:`_order_key`, not by input order) ``<id>-2``, ``<id>-3`` ..."""
    by_id: dict[str, list[int]] = {}
    for i, (doc, _) in enumerate(ok):
        by_id.setdefault(doc.id, []).append(i)
    names = [doc.id for doc, _ in ok]
    for given, members in by_id.items():
        members.sort(key=lambda i: _order_key(*ok[i]))
        for n, i in enumerate(members[1:], start=2):
            names[i] = f"{given}-{n}"
    return names


def _unpair_shared_ids(ok: list[tuple[RawDoc, IngestResult]], names: list[str]) -> None:
    """A JSONL article's ``translation_of`` naming an id several articles share (renamed
    ``-2`` ...): the one in the translation's own file when exactly one is (its new id,
    said), else ambiguous: one warning naming the articles, and the pair is not declared
    (never aligned with whichever article keeps the id, rv86-2).  Files in folders are
    left to the align stage, which takes the one in the translation's folder."""
    shared: dict[str, list[int]] = {}
    for i, (doc, _) in enumerate(ok):
        shared.setdefault(unicodedata.normalize("NFC", doc.id), []).append(i)
    for doc, done in ok:
        value = unicodedata.normalize("NFC", (doc.translation_of or "").strip())
        if len(shared.get(value, ())) < 2 or doc.source_format != "jsonl":
            continue
        home = [i for i in shared[value] if ok[i][0].source_path == doc.source_path]
        where = "; ".join(f"{one_line(ok[i][0].source_path)} line {ok[i][0].line} ({ok[i][1].articles[0].date or 'undated'}, "
                          f"now {names[i]!r})" for i in shared[value])
        said = f"{one_line(doc.source_path)} line {doc.line}: translation_of {value!r} names an id {len(shared[value])} articles share ({where})"
        if len(home) == 1:
            log.warning("%s: the one in the same file taken", said)
            _declared(doc, done, names[home[0]])
            continue
        log.warning("%s: which one is meant is not known, not aligned; give each article its own id", said)
        _declared(doc, done, None, f"{value}\0{len(shared[value])}")  # the align stage lists it unresolved


def _declared(doc: RawDoc, done: IngestResult, value: str | None, shared: str = "") -> None:
    """A document's ``translation_of`` set to ``value`` (in its article records too)."""
    doc.translation_of = value
    if shared:
        doc.meta["translation_of_shared"] = shared
    for art in done.articles:
        art.translation_of = value
        if shared:
            art.meta["translation_of_shared"] = shared


def _with_traceback(failed: _Failed, errors_log: str | os.PathLike[str] | None) -> str:
    """The skip reason; a bug's traceback goes to ``errors_log`` under the document's name."""
    path, reason, line = failed[:3]
    trace = failed[3] if len(failed) > 3 else None  # an earlier version's item: no traceback
    if trace is None or errors_log is None:
        return reason
    with open(errors_log, "a", encoding="utf-8") as fh:
        fh.write(f"--- ingest {path}{f':{line}' if line is not None else ''}\n{trace}\n")
    return f"{reason} (traceback in {errors_log})"


def write_result(store, result: IngestResult) -> None:
    """Write an ingest result into a run directory (atomically, file by file)."""
    store.write("articles.jsonl", result.articles)
    store.write("paragraphs.jsonl", result.paragraphs)
    store.write("sentences.jsonl", result.sentences)
    store.write("removals.jsonl", result.removals)
    store.write("skipped.jsonl", result.skipped)


GONE_LISTED = 20  # the ids of gone articles summary.json names; the rest are counted


def _digest(text: str) -> str:
    return hashlib.blake2b(text.encode(), digest_size=8).hexdigest()


def _previous_articles(store) -> dict[str, str]:
    """The articles of the run directory's previous run (id -> a digest of the text; none
    when it has none or they cannot be read).  ``articles.jsonl`` is removed once read,
    as the pipeline removes the stage's other old outputs before it runs."""
    try:
        before = {str(a["id"]): _digest(str(a.get("text", ""))) for a in store.read("articles.jsonl")}
    except (AlignerError, OSError, KeyError, TypeError):
        before = {}
    store.path("articles.jsonl").unlink(missing_ok=True)
    return before


def _since(before: dict[str, str], articles: list[Article], store) -> dict[str, Any]:
    """``articles_gone`` (how many articles of the previous run, ``before``, are not among
    this run's ``articles``; ``articles_gone_ids`` the first of them) and
    ``articles_changed`` (same id, other text).  Ids and texts as ``articles.jsonl`` holds
    them (:func:`~aligner.text.valid.valid_text`)."""
    now = {valid_text(a.id): _digest(valid_text(a.text)) for a in articles}
    gone = sorted(set(before) - set(now))
    if gone:
        log.warning("%d article(s) of the previous run in %s are not among this run's inputs (%s): gone from every table",
                    len(gone), store.root, listed(gone, 5))
    return {"articles_gone": len(gone), "articles_gone_ids": gone[:GONE_LISTED],
            "articles_changed": sum(1 for k, v in now.items() if k in before and before[k] != v)}


def stage(store, cfg):
    """Pipeline stage: ingest ``cfg.inputs`` into the run directory; its summary says which
    articles of the run directory's previous run are gone or changed."""
    from .pipeline import StageResult

    before = _previous_articles(store)
    max_mb = cfg.ingest.max_size_mb
    result = ingest_paths(cfg.inputs, cfg.languages, cfg.metadata, max_mb=max_mb, exclude=[cfg.out],
                          errors_log=store.path("errors.log"),
                          read_elsewhere=[cfg.translations] if cfg.translations else ())
    write_result(store, result)
    if not result.articles:
        n = len(result.skipped)
        if n == 0:
            where = ", ".join(one_line(p) for p in cfg.inputs)
            if not where:
                raise AlignerError("no inputs given: name article files or folders (.txt, .html, .jsonl)")
            raise AlignerError(f"{where}: no article files found (.txt, .html, .jsonl)")
        raise AlignerError(f"nothing could be ingested ({n} input{'s' if n != 1 else ''} skipped; see {store.path('skipped.jsonl')})")
    summary = result.summary() | _since(before, result.articles, store)
    bugs = sum(1 for sk in result.skipped if sk.reason.startswith("internal error"))
    if bugs:  # the pipeline does not record the stage as reusable: the next run tries them again
        summary["internal_errors"] = bugs
    return StageResult("done", summary)
