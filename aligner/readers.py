"""Reading article inputs: files and folders of .txt, .html and .jsonl, plus metadata sidecars.

Everything here turns bytes on disk into :class:`RawDoc` objects (text + what the
input says about itself) or raises :class:`~aligner.errors.InputError` with a short
reason naming the file.  Nothing is cleaned here: ``RawDoc.text`` is the decoded
input (for HTML, the main text trafilatura extracts), and every later offset points
into it.

Decoding: a byte-order mark wins (UTF-8, UTF-16, UTF-32); then strict UTF-8; then
the most plausible of cp1252 / Latin-1 / charset-normalizer's guesses, scored by
how many of the non-ASCII characters are ones German and English news really use
(charset-normalizer alone picks exotic code pages such as cp775 for short German
cp1252 text).
"""

from __future__ import annotations

import csv
import io
import json
import logging
import os
import re
import stat
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Iterable, Iterator

from .console import listed
from .errors import InputError
from .model import Skipped
from .text.lines import line_spans
from .text.months import MONTHS_IN_DATES
from .text.valid import is_valid_text, valid_text, without_surrogates

log = logging.getLogger(__name__)

ARTICLE_SUFFIXES = {".txt": "txt", ".text": "txt", ".html": "html", ".htm": "html", ".xhtml": "html", ".jsonl": "jsonl"}
SIDECAR_NAMES = ("metadata.tsv", "metadata.csv", "metadata.json")
# Files in a folder that are documentation, not articles (named explicitly they are read).
_FOLDER_IGNORE_PREFIXES = ("readme", "license", "licence", "copying", "notice")

DEFAULT_MAX_MB = 20.0
_ENV_MAX_MB = "ALIGNER_MAX_INPUT_MB"

_MAGIC = [
    (b"%PDF", "a PDF file"),
    (b"\x89PNG", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF8", "a GIF image"),
    (b"PK\x03\x04", "a ZIP archive (or .docx/.xlsx)"),
    (b"\x1f\x8b", "a gzip archive"),
    (b"\x7fELF", "an executable"),
    (b"SQLite format 3\x00", "an SQLite database"),
    (b"\xd0\xcf\x11\xe0", "an old Office document"),
]

_BOMS = [
    (b"\x00\x00\xfe\xff", "utf-32-be"),
    (b"\xff\xfe\x00\x00", "utf-32-le"),
    (b"\xef\xbb\xbf", "utf-8-sig"),
    (b"\xff\xfe", "utf-16-le"),
    (b"\xfe\xff", "utf-16-be"),
]

# Non-ASCII characters that German and English news text really contains.
_COMMON_NON_ASCII = set(
    "äöüÄÖÜßéèêëàâáãåçñíìîïóòôõúùûýÿÉÈÊÀÁÂÇÑÍÓÔÚÛøØæÆœŒšŠžŽčČćĆłŁńśźżŻąęőű"
    "€£¥$¢°§©®™„“”‚‘’«»‹›–—…·•±×÷²³½¼¾µ\u00a0\u00ad\u202f"
)


def file_lines(text: str) -> list[str]:
    """The lines of a one-sentence-per-line file (:func:`line_spans`), as ``aligner align``
    (presegmented files, --translations) and ``aligner run --translations`` count them."""
    return [text[a:b] for a, b in line_spans(text)]


def max_input_bytes(max_mb: float | None = None) -> int:
    """The per-article size limit in bytes: ``max_mb``, else $ALIGNER_MAX_INPUT_MB, else 20 MB."""
    if max_mb is None:
        env = os.environ.get(_ENV_MAX_MB, "").strip()
        try:
            max_mb = float(env) if env else DEFAULT_MAX_MB
        except ValueError:
            max_mb = DEFAULT_MAX_MB
    return int(max_mb * 1024 * 1024)


@dataclass
class RawDoc:
    """One article as read from its input, before cleaning."""

    id: str
    text: str
    source_path: str
    source_format: str  # txt | html | jsonl
    encoding: str = "utf-8"
    outlet: str | None = None
    language: str | None = None
    date: str | None = None
    title: str | None = None
    url: str | None = None
    translation_of: str | None = None
    meta: dict[str, Any] = field(default_factory=dict)
    line: int | None = None  # line number for .jsonl input


# -- discovering inputs ---------------------------------------------------------------


@dataclass
class Inputs:
    files: list[Path] = field(default_factory=list)  # article files, in a stable order
    sidecars: list[Path] = field(default_factory=list)  # metadata files found in folders
    skipped: list[Skipped] = field(default_factory=list)
    # files in an input folder that are no article type, sidecar nor README (report.docx, results.pdf):
    # not read, and said once (``ingest.ingest_paths``)
    other_types: list[Path] = field(default_factory=list)


RUN_DIR_MARKERS = ("aligner.sqlite", "summary.json")


def shown_path(p: str | os.PathLike[str]) -> str:
    """``p`` as a valid string: a byte that is not UTF-8 in the name (Python keeps it as a
    lone surrogate) written as ``\\xff``, so messages, JSON and sqlite can hold it."""
    return valid_text(os.fspath(p))


NOT_UTF8_NAME = "the name is not valid UTF-8 (rename it to read it)"


def bad_name(p: str | os.PathLike[str]) -> bool:
    """Whether ``p`` holds a byte that is not UTF-8 (a lone surrogate in the string)."""
    return not is_valid_text(os.fspath(p))


def is_run_dir(folder: Path) -> bool:
    """A folder aligner wrote results into (its database or its summary), not articles."""
    return any((folder / name).is_file() for name in RUN_DIR_MARKERS)


def _sidecar_of(file: Path) -> Path | None:
    for name in SIDECAR_NAMES:
        side = file.parent / name
        if side.is_file():
            return side
    return None


def discover(paths: Iterable[str | os.PathLike[str]], exclude: Iterable[str | os.PathLike[str]] = ()) -> Inputs:
    """Expand files and folders into article files (sorted), sidecars and unusable paths.

    Folders that are aligner run directories (and the ``exclude`` folders, such as the
    run's own ``--out``) are not read as articles: their .jsonl files are results.  A file
    named on its own picks up the ``metadata.tsv/.csv/.json`` beside it."""
    found = _Discovery({Path(x).resolve() for x in exclude})
    for raw in paths:
        found.path(Path(raw))
    return found.out


def holds(folder: str, inner: str) -> bool:
    """Whether real path ``folder`` is ``inner`` or one of the folders above it: a link to it from
    inside ``inner`` would make a walk read outside the folder the user gave."""
    return inner == folder or inner.startswith(folder.rstrip(os.sep) + os.sep)


_HOLDS_INPUT = "a link to a folder that holds the input folder (not read: it would read outside it)"


def walk_files(p: Path, why_not: Callable[[Path, str], str | None], left_out: Callable[[Path, str], None] | None = None,
               onerror: Callable[[OSError], None] | None = None) -> list[Path]:
    """Every file under folder ``p``, hidden files and folders left out.  Links to folders are
    followed, each real folder once (no loop); a link to a folder that holds ``p`` is not
    entered, nor a folder for which ``why_not(folder, real_path)`` gives a reason: each such
    folder goes to ``left_out`` with its reason.  What ingest reads and what a stage's input
    digest reads (one walk for both)."""
    found: list[Path] = []
    root = os.path.realpath(p)
    walked = {root}
    for folder, dirs, files in os.walk(p, onerror=onerror, followlinks=True):
        here = Path(folder)
        keep = []
        for d in sorted(dirs):
            real = os.path.realpath(here / d)
            if d.startswith(".") or real in walked:  # hidden, or a folder read already (a link loop)
                continue
            walked.add(real)
            why = _HOLDS_INPUT if holds(real, root) else why_not(here / d, real)
            if not why:
                keep.append(d)
            elif left_out is not None:
                left_out(here / d, why)
        dirs[:] = keep
        found += [here / f for f in files if not f.startswith(".")]
    return found


@dataclass
class _Discovery:
    """What :func:`discover` found so far, each file and sidecar once."""

    excluded: set[Path]
    out: Inputs = field(default_factory=Inputs)
    seen: set[Path] = field(default_factory=set)
    sides: set[Path] = field(default_factory=set)

    def path(self, p: Path) -> None:
        if bad_name(p):
            self.out.skipped.append(Skipped(shown_path(p), NOT_UTF8_NAME))
        elif p.is_dir():
            self.folder(p)
        elif p.is_symlink() and not p.exists():
            self.out.skipped.append(Skipped(str(p), "broken symbolic link"))
        elif not p.exists():
            self.out.skipped.append(Skipped(str(p), "no such file or folder"))
        elif p.name.lower() in SIDECAR_NAMES:
            self.add_sidecar(p)
        else:
            self.add(p)  # named explicitly: read whatever its suffix
            side = _sidecar_of(p)
            if side is not None:
                self.add_sidecar(side)

    def folder(self, p: Path) -> None:
        why = self.results_folder(p)
        if why:
            self.out.skipped.append(Skipped(str(p), why))
            return
        try:
            entries = self.entries(p)
        except OSError as exc:
            self.out.skipped.append(Skipped(str(p), f"cannot list folder: {exc.strerror or exc}"))
            return
        for q in sorted(entries):
            name = q.name.lower()
            if bad_name(q):
                if q.suffix.lower() in ARTICLE_SUFFIXES:
                    self.out.skipped.append(Skipped(shown_path(q), NOT_UTF8_NAME))
            elif name in SIDECAR_NAMES:
                self.add_sidecar(q)
            elif name.startswith(_FOLDER_IGNORE_PREFIXES):
                continue
            elif q.suffix.lower() in ARTICLE_SUFFIXES:
                self.add(q)
            else:
                self.out.other_types.append(q)

    def entries(self, p: Path) -> list[Path]:
        """Every file under ``p``, hidden ones and result folders left out (and noted).
        Symbolic links to folders are followed, each folder read once (no loop)."""
        return walk_files(p, lambda folder, _real: NOT_UTF8_NAME if bad_name(folder.name) else self.results_folder(folder),
                          lambda folder, why: self.out.skipped.append(Skipped(shown_path(folder), why)), onerror=_raise)

    def results_folder(self, folder: Path) -> str | None:
        if folder.resolve() in self.excluded:
            return "the run's own --out folder (results, not articles)"
        if is_run_dir(folder):
            return "an aligner run directory (results, not articles)"
        return None

    def add(self, p: Path) -> None:
        key = p.resolve() if p.exists() else p.absolute()
        if key not in self.seen:
            self.seen.add(key)
            self.out.files.append(p)

    def add_sidecar(self, p: Path) -> None:
        key = p.resolve()
        if key not in self.sides:
            self.sides.add(key)
            self.out.sidecars.append(p)


def _raise(exc: OSError) -> None:
    raise exc


# -- decoding -------------------------------------------------------------------------


def _read_bytes(path: Path) -> bytes:
    with open(path, "rb") as fh:
        return fh.read()


def _read_text(p: Path, doing: str = "cannot read", missing: str = "") -> tuple[str, str]:
    """(text, encoding) of ``p`` read and decoded (:func:`decode_bytes`), or InputError
    naming the file: "<doing>: permission denied", "<doing>: <why>", or ``missing`` (when
    given) for a file that is not there."""
    try:
        data = _read_bytes(p)
    except FileNotFoundError as exc:
        raise InputError(p, missing or f"{doing}: {exc.strerror or exc}") from None
    except PermissionError:
        raise InputError(p, f"{doing}: permission denied") from None
    except OSError as exc:
        raise InputError(p, f"{doing}: {exc.strerror or exc}") from None
    return decode_bytes(data, p)


def _plausibility(text: str) -> float:
    score = 0.0
    for ch in text:
        if ord(ch) < 128:
            if ch in "\t\n\r\f" or ch.isprintable():
                continue
            score -= 5
        elif ch in _COMMON_NON_ASCII:
            score += 1
        elif unicodedata.category(ch)[0] == "C":
            score -= 5  # C1 controls, unassigned code points
        elif unicodedata.category(ch)[0] == "L":
            score -= 0.5  # a letter, but not one German/English news uses
        else:
            score -= 1.5  # box drawing, odd symbols
    return score


def _utf16_without_bom(data: bytes) -> str | None:
    sample = data[:4096]
    if len(sample) < 4:
        return None
    even = sample[0::2].count(0) / max(1, len(sample[0::2]))
    odd = sample[1::2].count(0) / max(1, len(sample[1::2]))
    if odd > 0.3 and even < 0.05:
        return "utf-16-le"
    if even > 0.3 and odd < 0.05:
        return "utf-16-be"
    return None


# a file is binary when at least this many of its first 20,000 characters AND this share
# of them are control characters (C0 but tab and line ends, DEL, C1 but NEL): one stray
# character in a short text file is no reason to refuse it
_BINARY_COUNT, _BINARY_SHARE = 8, 0.02


def _control_share(text: str) -> tuple[int, int]:
    """(control characters, characters) in the first 20,000 characters of ``text``; NEL
    (U+0085, a line end in text converted from EBCDIC or mis-decoded cp1252) is text."""
    sample = text[:20000]
    bad = sum(1 for ch in sample if (ord(ch) < 32 and ch not in "\t\n\r\f\v") or (0x7F <= ord(ch) < 0xA0 and ch != "\x85"))
    return bad, len(sample)


def _binary_reason(text: str) -> str | None:
    """Why ``text`` is no text ("mostly control characters" only when most are), or None."""
    bad, n = _control_share(text)
    if bad < _BINARY_COUNT or bad <= _BINARY_SHARE * n:
        return None
    if bad * 2 > n:
        return "binary file (mostly control characters), not text"
    return f"binary file ({bad} control characters in the first {n}), not text"


def decode_bytes(data: bytes, path: str | os.PathLike[str] = "<bytes>") -> tuple[str, str]:
    """Decode an input file's bytes; returns (text, encoding) or raises InputError.

    The byte-order mark is not part of the text.
    """
    for magic, what in _MAGIC:
        if data.startswith(magic):
            raise InputError(path, f"binary file ({what}), not text")
    if data[:64].lstrip(b"\xef\xbb\xbf \t\r\n").startswith(b"{\\rtf1"):  # WordPad / TextEdit / Word "Rich Text"
        raise InputError(path, "an RTF document, not plain text (save it as plain text, .txt)")
    for bom, enc in _BOMS:
        if data.startswith(bom):
            try:
                # utf-8-sig drops its mark itself; for the others cut the mark off first
                text = data.decode(enc) if enc == "utf-8-sig" else data[len(bom) :].decode(enc)
            except UnicodeDecodeError:
                raise InputError(path, f"starts with a {enc} byte-order mark but is not valid {enc}") from None
            return _checked(text, enc, path)
    if b"\x00" in data[:8192]:
        wide = _utf16_without_bom(data)
        if wide is not None:
            try:
                return _checked(data.decode(wide), wide, path)
            except UnicodeDecodeError:
                pass
        raise InputError(path, "binary file (contains NUL bytes), not text")
    try:
        return _checked(data.decode("utf-8"), "utf-8", path)
    except UnicodeDecodeError:
        pass
    repaired = _utf8_repaired(data, path)
    if repaired is not None:
        return _checked(repaired, "utf-8", path)
    candidates = ["cp1252", "iso-8859-15", "latin-1"]
    for enc in _detected_encodings(data[:200_000]):
        if enc not in candidates:
            candidates.append(enc)
    best: tuple[float, int, str, str] | None = None
    for rank, enc in enumerate(candidates):
        try:
            text = data.decode(enc)
        except (UnicodeDecodeError, LookupError):
            continue
        key = (_plausibility(text[:200_000]), -rank, enc, text)
        if best is None or key[:2] > best[:2]:
            best = key
    if best is None:
        raise InputError(path, "not text in any known character encoding")
    _, _, enc, text = best
    if enc == "cp1252" and not any(0x80 <= b < 0xA0 for b in data):
        enc = "latin-1"  # identical decoding; name it by the simpler encoding
    return _checked(text, enc, path)


# a lone byte that is not UTF-8, as Python keeps it (surrogateescape), read as cp1252
# (the five bytes cp1252 leaves undefined as Latin-1)
_STRAY_BYTE = {0xDC00 + b: bytes([b]).decode("cp1252", errors="replace").replace("\ufffd", chr(b)) for b in range(128, 256)}


def _utf8_like(ch: str) -> bool:
    """A character a UTF-8 writer of German or English news plausibly meant (Latin
    letters, general punctuation, the euro sign), not one that two bytes of 8-bit text
    happen to spell in UTF-8 ('ß“' in cp1252 is U+07D3)."""
    o = ord(ch)
    return ch in _COMMON_NON_ASCII or 0xA0 <= o < 0x250 or 0x2000 <= o < 0x2070 or o == 0x20AC


def _utf8_repaired(data: bytes, path: str | os.PathLike[str]) -> str | None:
    """UTF-8 text with a few stray 8-bit bytes (a line pasted from an old Windows file)
    decoded as UTF-8, each stray byte read as cp1252, with one warning naming the file, how
    many bytes and where; None when the file is not mostly UTF-8 (its valid multi-byte
    characters implausible, or fewer than its stray bytes: an 8-bit file)."""
    text = data.decode("utf-8", errors="surrogateescape")
    stray = good = odd = 0
    for ch in text:
        if ord(ch) < 0x80:
            continue
        if 0xDC80 <= ord(ch) <= 0xDCFF:
            stray += 1
        elif _utf8_like(ch) or ord(ch) > 0xFFFF:  # emoji: no 8-bit text spells them by chance
            good += 1
        else:
            odd += 1
    if good < 2 or good < stray or odd * 10 > good:
        return None
    lines: list[int] = []
    line, seen = 1, 0
    for m in re.finditer("[\udc80-\udcff]", text):
        line, seen = line + text.count("\n", seen, m.start()), m.start()
        if not lines or lines[-1] != line:
            lines.append(line)
    where = listed(lines, 5)
    log.warning("%s: not valid UTF-8: %d byte%s (line%s %s) read as cp1252, the rest as UTF-8", shown_path(path),
                stray, "s" if stray != 1 else "", "s" if len(lines) != 1 else "", where)
    return text.translate(_STRAY_BYTE)


def _checked(text: str, enc: str, path: str | os.PathLike[str]) -> tuple[str, str]:
    reason = _binary_reason(text)
    if reason:
        raise InputError(path, reason)
    return strip_nul(text), enc


def strip_nul(text: str) -> str:
    """Text without NUL characters: a stray NUL (past the 8 KB the binary check looks at,
    or escaped as \\u0000 in JSON) would otherwise travel raw into every output file."""
    return text.replace("\x00", "") if "\x00" in text else text


# -- article formats ------------------------------------------------------------------


def _format_of(path: Path, text_head: str) -> str:
    fmt = ARTICLE_SUFFIXES.get(path.suffix.lower(), "txt")
    if fmt == "txt":
        head = text_head.lstrip()[:200].lower()
        if head.startswith(("<!doctype html", "<html")):
            fmt = "html"
    return fmt


def _decode_file(p: Path, size: int, limit: int, allow_empty: bool = False) -> tuple[str, str]:
    """Size check (before reading), read, decode; InputError naming the file otherwise."""
    if size == 0:
        if allow_empty:
            return "", "utf-8"
        raise InputError(p, "empty file")
    if size > limit:
        raise InputError(
            p,
            f"file is {size / 1048576:.1f} MB, over the {limit / 1048576:.0f} MB limit for one article "
            f"(raise it with --max-size or ${_ENV_MAX_MB})",
        )
    text, enc = _read_text(p)
    if not text.strip() and not allow_empty:
        raise InputError(p, "empty file (only whitespace)")
    return text, enc


def _checked_file(path: str | os.PathLike[str], max_bytes: int | None) -> tuple[Path, int, int]:
    """(path, its size, the size limit) of a readable regular file, or InputError naming
    the file and why not, before anything is read."""
    p = Path(path)
    limit = max_input_bytes() if max_bytes is None else max_bytes
    try:
        st = p.stat()
    except FileNotFoundError:
        raise InputError(p, "broken symbolic link" if p.is_symlink() else "no such file") from None
    except OSError as exc:
        raise InputError(p, f"cannot read: {exc.strerror or exc}") from None
    if stat.S_ISDIR(st.st_mode):
        raise InputError(p, "is a folder, not a file")
    if not stat.S_ISREG(st.st_mode):  # read, a FIFO would wait for a writer and a device never end
        raise InputError(p, f"not a regular file ({_KIND.get(stat.S_IFMT(st.st_mode), 'special file')})")
    return p, st.st_size, limit


_KIND = {stat.S_IFIFO: "a FIFO", stat.S_IFCHR: "a character device", stat.S_IFBLK: "a block device",
         stat.S_IFSOCK: "a socket"}


def _detected_encodings(data: bytes) -> list[str]:
    """charset-normalizer's three best guesses (none when it is not installed: the
    Western 8-bit candidates remain)."""
    try:
        import charset_normalizer
    except ImportError:  # pragma: no cover - a dependency
        return []
    return [match.encoding for match in list(charset_normalizer.from_bytes(data))[:3]]


def read_text_file(path: str | os.PathLike[str], max_bytes: int | None = None, allow_empty: bool = False) -> str:
    """The text of any text input (an article, a translation, a pre-segmented file) with
    the one decoder every command uses: size limit checked before reading, then
    byte-order mark, UTF-8, UTF-16 and the Western 8-bit encodings, NUL bytes removed.
    Raises InputError naming the file and the reason."""
    p, size, limit = _checked_file(path, max_bytes)
    return _decode_file(p, size, limit, allow_empty)[0]


def read_path(path: str | os.PathLike[str], max_bytes: int | None = None) -> tuple[list[RawDoc], list[Skipped]]:
    """Read one input file into RawDocs.  Raises InputError when the whole file is unusable;
    for .jsonl, bad lines come back as Skipped records and the good lines are kept."""
    p, size, limit = _checked_file(path, max_bytes)
    suffix_fmt = ARTICLE_SUFFIXES.get(p.suffix.lower())
    if suffix_fmt == "jsonl":
        return _read_jsonl(p, limit)
    text, enc = _decode_file(p, size, limit)
    fmt = _format_of(p, text[:500])
    if fmt == "html":
        return [_from_html(p, text, enc)], []
    return [RawDoc(id=p.stem, text=text, source_path=str(p), source_format="txt", encoding=enc)], []


def _from_html(p: Path, html: str, enc: str) -> RawDoc:
    try:
        import trafilatura
    except ImportError as exc:  # lxml_html_clean missing shows up here
        raise InputError(p, f"cannot read HTML: {exc} (pip install trafilatura lxml_html_clean)") from None
    try:
        text = trafilatura.extract(
            html, favor_recall=True, include_comments=False, include_tables=False, deduplicate=False, output_format="txt"
        )
        meta = trafilatura.extract_metadata(html)
    except Exception as exc:  # trafilatura raises assorted lxml errors on broken pages: typed, with the cause
        raise InputError(p, f"malformed HTML: {type(exc).__name__}: {exc}") from exc
    page = PageText.of(html)
    extraction = "trafilatura"
    if text:
        text = page.in_page_order(text)
    if not text or sum(ch.isalpha() for ch in text) < 3:
        # lxml gives up on deeply nested pages (over 255 levels): the text is there all the same
        text = "\n".join(line for line, _ in page.lines)
        extraction = "plain text of the page (trafilatura found no article text; the page may be nested too deeply)"
        if len(re.findall(r"[^\W\d_]{2,}", text)) < 3:  # not even three words
            raise InputError(p, "no article text found in the HTML (malformed or empty page)")
    doc = RawDoc(id=p.stem, text=text, source_path=str(p), source_format="html", encoding=enc)
    doc.meta["html_extraction"] = extraction
    if meta is not None:
        doc.title = _sane_title(getattr(meta, "title", None) or None, page, doc)
        doc.date = (getattr(meta, "date", None) or None)
        doc.url = (getattr(meta, "url", None) or None)
        site = getattr(meta, "sitename", None)
        if site:
            doc.meta["sitename"] = site
    elif page.h1:
        doc.title = _sane_title(page.h1_own, page, doc)
    # what the extraction left out, for removals.jsonl and --explain (popped by ingest)
    doc.meta["html_dropped"] = page.dropped(text, titles={doc.title, page.title, page.h1_own})
    return doc


MAX_TITLE = 200


def _sane_title(title: str | None, page: PageText, doc: RawDoc) -> str | None:
    """A title is a heading, not the article: an unclosed ``<h1>`` swallows the whole body,
    so a long one is cut back to the heading's own text (or the page's ``<title>``)."""
    if title is None or len(title) <= MAX_TITLE:
        return title
    for candidate, why in ((page.h1_own, "the <h1> element's own text (the <h1> is not closed)"), (page.title, "the page's <title>")):
        if candidate and 3 <= len(candidate) <= MAX_TITLE:
            doc.meta["title_source"] = why
            return candidate
    doc.meta["title_source"] = "none: the page's heading runs over the whole body"
    return None


# -- plain page text (stdlib parser: no nesting limit, linear) ------------------------

_BLOCK_TAGS = {
    "address", "article", "aside", "blockquote", "br", "dd", "div", "dl", "dt", "figcaption", "figure", "footer",
    "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "li", "main", "nav", "ol", "p", "pre", "section",
    "table", "td", "th", "tr", "ul",
}
_SKIP_TAGS = {"script", "style", "noscript", "template", "svg", "head"}
_VOID_TAGS = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr"}
# what a dropped line was, from the elements around it (tag, class, id)
_DROP_KINDS = [
    ("nav", "html-navigation"), ("menu", "html-navigation"), ("breadcrumb", "html-navigation"),
    ("comment", "html-comments"), ("kommentar", "html-comments"), ("byline", "html-byline"), ("author", "html-byline"),
    ("autor", "html-byline"), ("figcaption", "html-caption"), ("caption", "html-caption"), ("footer", "html-footer"),
    ("header", "html-header"), ("aside", "html-aside"), ("share", "html-share"), ("related", "html-teaser"),
    ("teaser", "html-teaser"), ("advert", "html-advertising"), ("anzeige", "html-advertising"), ("cookie", "html-cookie-notice"),
    ("table", "html-table"),  # the extraction leaves tables out (include_tables=False): each cell is listed
]


def _kind_of(context: str) -> str:
    """The kind of the first needle that opens or closes a word of ``context`` (a tag, a
    class or id cut at '-', '_' or a space: 'navbar', 'site-comments'); 'table' only as a
    word of its own (never 'notable', 'stable')."""
    words = [w for w in re.split(r"[^a-z0-9]+", context.lower()) if w]
    for needle, kind in _DROP_KINDS:
        if needle == "table":
            if any(w in ("table", "tables") for w in words):
                return kind
        elif any(w.startswith(needle) or w.endswith(needle) for w in words):
            return kind
    return "html-boilerplate"


def _norm(text: str) -> str:
    return " ".join(text.split())


_ORDER_MAX_REPEATS = 20  # a line on the page more often than this is not placed (it rides with the line before it)


class PageText:
    """Every line of text on an HTML page with the elements around it (tag names, classes
    and ids), read with the standard library's parser, which has no nesting limit."""

    def __init__(self) -> None:
        self.lines: list[tuple[str, str]] = []  # (text, context)
        self.title: str | None = None
        self.h1: str | None = None
        self.h1_own: str | None = None

    @classmethod
    def of(cls, html: str) -> PageText:
        from html.parser import HTMLParser

        page = cls()
        stack: list[str] = []
        buf: list[str] = []
        skip = [0]
        title: list[str] = []
        h1: list[str] = []
        h1_state = {"depth": 0, "own": True, "own_text": []}  # type: dict[str, Any]

        def flush() -> None:
            line = _norm("".join(buf))
            buf.clear()
            if line:
                page.lines.append((line, " ".join(stack).lower()))

        class Parser(HTMLParser):
            def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
                if tag in _SKIP_TAGS:
                    skip[0] += 1
                    return
                if tag in _BLOCK_TAGS:
                    flush()
                if h1_state["depth"]:
                    h1_state["own"] = False
                if tag == "h1" and not h1_state["depth"]:
                    h1_state["depth"] = 1
                if tag not in _VOID_TAGS:
                    names = " ".join(v or "" for k, v in attrs if k in ("class", "id", "role", "itemprop"))
                    stack.append(f"{tag} {names}".strip())

            def handle_endtag(self, tag: str) -> None:
                if tag in _SKIP_TAGS:
                    skip[0] = max(0, skip[0] - 1)
                    return
                if tag in _BLOCK_TAGS:
                    flush()
                if tag == "h1":
                    h1_state["depth"] = 0
                for k in range(len(stack) - 1, -1, -1):  # close up to the matching element
                    if stack[k].split(" ", 1)[0] == tag:
                        del stack[k:]
                        break

            def handle_data(self, data: str) -> None:
                if "title" in (stack[-1].split(" ", 1)[0] if stack else "") and skip[0]:
                    title.append(data)
                    return
                if skip[0]:
                    return
                buf.append(data)
                if h1_state["depth"]:
                    h1.append(data)
                    if h1_state["own"]:
                        h1_state["own_text"].append(data)

        parser = Parser(convert_charrefs=True)
        try:
            parser.feed(html)
            parser.close()
        except AssertionError:  # html.parser's one complaint (a malformed <! declaration>): what it read is kept
            pass
        flush()
        page.title = _norm("".join(title)) or None
        page.h1 = _norm("".join(h1)) or None
        page.h1_own = _norm("".join(h1_state["own_text"])) or None
        return page

    def in_page_order(self, text: str) -> str:
        """``text`` (the extraction's lines) with a block of lines hoisted to its start put back
        in its place on the page.  The extraction moves the first of several ``<article>``
        elements nested in a page (a live blog's first entry) above the page's ``<h1>`` and
        teaser.  Only that is undone: the text's first lines, found on the page inside an
        ``<article>`` element, go back to where they stand when every other line found on the
        page is in page order and the result is too; anything else comes back unchanged (code
        blocks and tables the extraction reads differently from the page are left alone)."""
        lines = text.split("\n")
        at = self._places(lines)
        first = at[0]
        if first is None:
            return text
        j = next((j for j in range(1, len(at)) if (k := at[j]) is not None and k < first), None)
        if j is None or not all("article" in self.lines[k][1] for k in at[:j] if k is not None):
            return text
        hoisted = [k for k in at[:j] if k is not None]
        back = next((n for n in range(j, len(at)) if (k := at[n]) is not None and k > hoisted[-1]), len(at))
        order = list(range(j, back)) + list(range(j)) + list(range(back, len(at)))
        found = [k for k in (at[n] for n in order) if k is not None]
        return "\n".join(lines[n] for n in order) if found == sorted(found) else text

    def _places(self, lines: list[str]) -> list[int | None]:
        """Where each of ``lines`` stands among the page's lines (None: not found, or on the page
        too often to say); a line found twice: the place after the line before it first."""
        where: dict[str, list[int]] = {}
        for n, (line, _) in enumerate(self.lines):
            where.setdefault(line, []).append(n)
        at: list[int | None] = []
        used: set[int] = set()
        last = -1
        for line in lines:
            places = where.get(_norm(line), ())
            free = [k for k in places if k not in used] if len(places) <= _ORDER_MAX_REPEATS else []
            k = next((k for k in free if k > last), free[0] if free else None)
            if k is not None:
                used.add(k)
                last = k
            at.append(k)
        return at

    def dropped(self, kept_text: str, titles: frozenset[str | None] | set[str | None] = frozenset(), limit: int = 500) -> list[dict[str, str]]:
        """The page's lines that are not in the extracted text, each with what it was (at
        most ``limit`` lines, each cut to 1,000 characters)."""
        kept = _norm(kept_text)
        out = []
        for line, context in self.lines:
            if line not in kept:
                reason = "html-title" if line in titles else _kind_of(context)
                out.append({"text": line[:1000], "reason": reason})
                if len(out) >= limit:
                    break
        return out


_JSONL_FIELDS = {"id", "outlet", "lang", "language", "date", "title", "url", "text", "translation_of"}


def _read_jsonl(p: Path, limit: int) -> tuple[list[RawDoc], list[Skipped]]:
    docs: list[RawDoc] = []
    skipped: list[Skipped] = []
    try:
        fh = open(p, "rb")
    except PermissionError:
        raise InputError(p, "cannot read: permission denied") from None
    except OSError as exc:
        raise InputError(p, f"cannot read: {exc.strerror or exc}") from None
    any_line = False
    with fh:
        head = fh.read(4)
        fh.seek(0)
        if head.startswith((b"\xff\xfe", b"\xfe\xff")) or (len(head) == 4 and b"\x00" in head):
            # UTF-16/32 JSONL: decode whole (within the limit) and split lines
            data = fh.read(limit + 1)
            if len(data) > limit:
                raise InputError(p, f"UTF-16/32 JSONL over the {limit / 1048576:.0f} MB limit")
            text, _ = decode_bytes(data, p)
            lines: Iterator[bytes | str] = iter(text.split("\n"))  # not splitlines: U+2028 may sit inside a JSON string
        else:
            lines = iter(fh)
        for lineno, raw in enumerate(lines, start=1):
            if isinstance(raw, bytes):
                if lineno == 1 and raw.startswith(b"\xef\xbb\xbf"):
                    raw = raw[3:]
                if not raw.strip():
                    continue
                any_line = True
                if len(raw) > limit:
                    skipped.append(Skipped(str(p), f"line over the {limit / 1048576:.0f} MB limit", line=lineno))
                    continue
                try:
                    line, _ = decode_bytes(raw, f"{p}:{lineno}")
                except InputError as exc:
                    skipped.append(Skipped(str(p), exc.reason, line=lineno))
                    continue
            else:
                line = raw
                if not line.strip():
                    continue
                any_line = True
            try:
                docs.append(_doc_from_json(p, line, lineno))
            except InputError as exc:
                skipped.append(Skipped(str(p), exc.reason, line=lineno))
    if not any_line:
        raise InputError(p, "empty file")
    return docs, skipped


def _without_lone_surrogates(obj: Any) -> Any:
    """A JSON value with each lone surrogate escape ("\\udcff", no character of any text: what a
    tool that read bytes as surrogateescape wrote) replaced by U+FFFD, as an undecodable byte is."""
    if isinstance(obj, str):
        return without_surrogates(obj)
    if isinstance(obj, list):
        return [_without_lone_surrogates(v) for v in obj]
    if isinstance(obj, dict):
        return {_without_lone_surrogates(k): _without_lone_surrogates(v) for k, v in obj.items()}
    return obj


def _doc_from_json(p: Path, line: str, lineno: int) -> RawDoc:
    try:
        obj = _without_lone_surrogates(json.loads(line))
    except json.JSONDecodeError as exc:
        raise InputError(p, f"malformed JSON ({exc.msg} at column {exc.colno})", line=lineno) from None
    if not isinstance(obj, dict):
        raise InputError(p, "a JSONL line must be an object with a 'text' field", line=lineno)
    text = obj.get("text")
    if isinstance(text, str):
        text = strip_nul(text)
    if not isinstance(text, str) or not text.strip():
        raise InputError(p, "no 'text' (or it is empty)", line=lineno)
    ident = obj.get("id")
    ident = str(ident).strip() if ident not in (None, "") else f"{p.stem}-{lineno:05d}"

    def s(key: str) -> str | None:
        v = obj.get(key)
        return None if v in (None, "") else strip_nul(str(v))

    return RawDoc(
        id=ident,
        text=text,
        source_path=str(p),
        source_format="jsonl",
        encoding="utf-8",
        outlet=s("outlet"),
        language=(s("lang") or s("language")),
        date=_jsonl_date(s("date"), p, lineno),
        title=s("title"),
        url=s("url"),
        translation_of=s("translation_of"),
        meta={k: v for k, v in obj.items() if k not in _JSONL_FIELDS},
        line=lineno,
    )


def _jsonl_date(value: str | None, p: Path, lineno: int) -> str | None:
    """A JSONL line's date read as a metadata date is (:func:`read_date`: '03.07.2026' ->
    '2026-07-03'); one that cannot be read is dropped with a warning naming the line."""
    if value is None:
        return None
    got, why = read_date(value)
    if got is None:
        log.warning("%s line %d: date not read, treated as missing (%s)", shown_path(p), lineno, why)
    return got


# -- metadata sidecars ----------------------------------------------------------------

_KEY_COLUMNS = ("file", "path", "filename", "id", "article_id")
_ALIASES = {"lang": "language", "source": "outlet", "headline": "title", "link": "url"}


def _delimited_rows(p: Path, text: str) -> list[dict[str, Any]]:
    """The rows of a metadata table separated by tabs, semicolons (Excel in German, Austrian
    and Swiss locales) or commas, whatever the file's extension: the separator is the one
    that makes the header name a key column (the extension's own first: .tsv tab, .csv
    comma).  InputError naming the header read otherwise."""
    lines = [ln for ln in text.splitlines() if ln.strip() and not ln.lstrip().startswith("#")]
    if not lines:
        raise InputError(p, "empty metadata file")
    order = ["\t", ",", ";"] if p.suffix.lower() != ".csv" else [",", ";", "\t"]
    for delim in order:
        header = next(csv.reader([lines[0]], delimiter=delim))
        if any(h.strip().lower() in _KEY_COLUMNS for h in header):
            reader = csv.DictReader(io.StringIO("\n".join(lines)), delimiter=delim)
            return [dict(r) for r in reader]
    raise InputError(p, f"metadata needs a header with one of the columns {', '.join(_KEY_COLUMNS)}, separated by "
                        f"tabs, commas or semicolons (its first line: {lines[0][:80]!r})")


def load_metadata(path: str | os.PathLike[str], warn: bool = True) -> dict[str, dict[str, Any]]:
    """Read a sidecar (.tsv, .csv or .json) into {key: {outlet, language, date, title, url, ...}}.

    Keys are whatever the file names an article by (file name, relative path, stem or
    article id); :func:`lookup_metadata` matches them.  Dates come out as ISO
    (:func:`read_date`; one warning for those that cannot be read, unless ``warn`` is
    false).  Raises InputError when unusable.
    """
    p = Path(path)
    text, _ = _read_text(p, "cannot read metadata", missing="metadata file not found")
    rows: list[dict[str, Any]] = []
    if p.suffix.lower() == ".json":
        try:
            obj = json.loads(text)
        except json.JSONDecodeError as exc:
            raise InputError(p, f"malformed JSON metadata ({exc.msg}, line {exc.lineno})") from None
        if isinstance(obj, dict):
            for key, val in obj.items():
                if isinstance(val, dict):
                    rows.append({"file": key, **val})
        elif isinstance(obj, list):
            rows = [r for r in obj if isinstance(r, dict)]
        else:
            raise InputError(p, "JSON metadata must be an object keyed by file or a list of objects")
    else:
        rows = _delimited_rows(p, text)
    out: dict[str, dict[str, Any]] = {}
    for row in rows:
        clean = {}
        for k, v in row.items():
            if k is None:
                continue
            k = _ALIASES.get(k.strip().lower(), k.strip().lower())
            if isinstance(v, str):
                v = v.strip()
            if v not in (None, ""):
                clean[k] = v
        key = next((str(clean[c]) for c in _KEY_COLUMNS if c in clean), None)
        if key:
            out[key] = clean
    _read_dates(p, out, warn)
    return out


_ISO_DAY = re.compile(r"(\d{4})-(\d{2})-(\d{2})(?![\d])")
_ISO_MONTH = re.compile(r"([1-9]\d{3})-(\d{2})")  # 2026-12: ISO 8601 to the month
_ISO_BASIC = re.compile(r"([1-9]\d{3})(\d{2})(\d{2})(?:T\d{2}(?:\d{2}){0,2}(?:[.,]\d+)?(?:Z|[+-]\d{2}(?:\d{2})?)?)?")  # 20261204[T1030Z]
_NUMERIC_DAY = re.compile(r"(\d{1,4})([./-])(\d{1,2})\2(\d{2,4})(?:[ T,]+\d{1,2}:\d{2}(?::\d{2})?)?\.?")
_WORDED_MONTH = re.compile(r"([^\W\d_]+)\.?,? ([1-9]\d{3})")  # 'Juli 2026', 'Dec. 2026'
_WORDED_DAY = re.compile(r"(?:(\d{1,2})\.? ([^\W\d_]+)\.?,? (\d{4})|([^\W\d_]+)\.? (\d{1,2}),? (\d{4}))", re.IGNORECASE)


def _iso(y: int, m: int, d: int) -> str | None:
    from datetime import date

    try:
        return date(y + 2000 if y < 100 else y, m, d).isoformat()
    except ValueError:
        return None


def read_date(value: str) -> tuple[str | None, str]:
    """A metadata date as ISO ``YYYY-MM-DD`` and, when it cannot be read, why (else "").

    ISO dates (with or without a time) are kept as written, and so is an ISO month
    (``2026-12``: no day is made up); the ISO basic form ``20261204`` (a time after it
    left out) is ``2026-12-04``; ``DD.MM.YYYY`` (German, Austrian, Swiss use) and
    ``YYYY/MM/DD`` are read; ``DD/MM/YYYY`` and ``MM/DD/YYYY`` only where the order is
    certain (one part above 12, or both the same); '4 December 2026', 'Dec. 4, 2026',
    '4. Dezember 2026' are read, and a worded month alone ('Juli 2026') as its ISO month
    (``2026-07``); an RSS / e-mail date ('Fri, 03 Jul 2026 14:20:00 GMT') as its day.  Anything else gives None and
    the reason."""
    v = value.strip()
    if _ISO_DAY.fullmatch(v[:10]) and _iso(int(v[:4]), int(v[5:7]), int(v[8:10])):
        return v, ""
    if _ISO_MONTH.fullmatch(v):
        return (v, "") if 1 <= int(v[5:]) <= 12 else (None, f"{v!r} is no date (no month {int(v[5:])})")
    m = _ISO_BASIC.fullmatch(v)
    if m:
        got = _iso(int(m.group(1)), int(m.group(2)), int(m.group(3)))
        return (got, "") if got else (None, f"{v!r} is no date")
    m = _NUMERIC_DAY.fullmatch(v)
    if m:
        a, sep, b, c = int(m.group(1)), m.group(2), int(m.group(3)), int(m.group(4))
        if len(m.group(1)) == 4:
            got = _iso(a, b, c)  # 2026/12/04, 2026.12.04
        elif sep == ".":
            got = _iso(c, b, a)  # 07.01.2026 (day first), 07-01-2026
        elif a != b and a <= 12 and b <= 12:
            return None, f"{v!r} could be {a} {_month_name(b)} or {_month_name(a)} {b} (write it as YYYY-MM-DD)"
        else:
            got = _iso(c, b, a) if a > 12 or a == b else _iso(c, a, b)
        return (got, "") if got else (None, f"{v!r} is no date")
    m = _WORDED_DAY.fullmatch(v)
    if m:
        day, month, year = (m.group(1), m.group(2), m.group(3)) if m.group(1) else (m.group(5), m.group(4), m.group(6))
        number = MONTHS_IN_DATES.get(month.lower())
        got = _iso(int(year), number, int(day)) if number else None
        if got:
            return got, ""
    m = _WORDED_MONTH.fullmatch(v)
    if m and MONTHS_IN_DATES.get(m.group(1).lower()):  # 'Juli 2026', 'July 2026': the month, no day made up
        return f"{int(m.group(2)):04d}-{MONTHS_IN_DATES[m.group(1).lower()]:02d}", ""
    if _RFC2822.match(v):  # 'Fri, 03 Jul 2026 14:20:00 GMT': every RSS feed's pubDate, an e-mail's Date (rt35-9)
        from email.utils import parsedate_to_datetime

        try:
            return parsedate_to_datetime(v).date().isoformat(), ""
        except (TypeError, ValueError):
            pass
    return None, f"{v!r} is not a date aligner reads (write it as YYYY-MM-DD)"


_RFC2822 = re.compile(r"(?:[A-Z][a-z]{2},\s*)?\d{1,2}\s+[A-Z][a-z]{2}\s+\d{4}\s+\d{1,2}:\d{2}")


def _month_name(m: int) -> str:
    return ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
            "November", "December")[m - 1]


def _read_dates(p: Path, table: dict[str, dict[str, Any]], warn: bool = True) -> None:
    """Each row's date as ISO (:func:`read_date`); a date that cannot be read is dropped
    (the article is undated unless its text states a date) with one warning for the file
    naming the rows and why."""
    bad: list[str] = []
    for key, row in table.items():
        if "date" not in row:
            continue
        got, why = read_date(str(row["date"]))
        if got is None:
            del row["date"]
            bad.append(f"row {key!r}: {why}")
        else:
            row["date"] = got
    if bad and warn:
        log.warning("%s: %d date%s not read, treated as missing (%s)", shown_path(p), len(bad), "s" if len(bad) != 1 else "",
                    listed(bad, 3, sep="; "))


def metadata_key(table: dict[str, dict[str, Any]], path: Path, article_id: str, base: Path | None = None,
                 folded: dict[str, list[str]] | None = None) -> str | None:
    """The key of the sidecar row for an article: by article id, relative path, file name
    or stem (None when the table has no row for it).  ``folded``: the table's
    :func:`folded_keys`, for a caller that looks up many articles (made here if not given)."""
    keys = [article_id]
    if base is not None:
        try:
            keys.append(path.relative_to(base).as_posix())
        except ValueError:
            pass
    keys += [path.name, path.stem, str(path)]
    found = next((k for k in keys if k in table), None)
    if found is None:  # a unique match whatever the case (Windows) and Unicode normalisation (macOS, zips)
        folded = folded_keys(table) if folded is None else folded
        found = next((folded[_fold(k)][0] for k in keys if len(folded.get(_fold(k), ())) == 1), None)
    return found


def _fold(key: str) -> str:
    return unicodedata.normalize("NFC", key).casefold()


def folded_keys(table: dict[str, Any]) -> dict[str, list[str]]:
    """The keys of ``table`` by their NFC, case-folded form."""
    index: dict[str, list[str]] = {}
    for k in table:
        index.setdefault(_fold(k), []).append(k)
    return index


def lookup_metadata(table: dict[str, dict[str, Any]], path: Path, article_id: str, base: Path | None = None) -> dict[str, Any]:
    """The sidecar row for an article: by article id, relative path, file name or stem."""
    key = metadata_key(table, path, article_id, base)
    return table[key] if key is not None else {}
