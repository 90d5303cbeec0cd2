"""Readers and writers of sentence alignments and bilingual corpora.

- Vecalign index lines: ``[0]:[0,1]:0.734`` (the score is optional on reading;
  ``[]`` for an empty side), the format of the Text+Berg gold and of ``aligner eval
  alignment``.  The format is monotone: two crossing 1-1 beads (a local swap) are
  written as one merged 2-2 bead; JSONL keeps them as two records whose links cross.
- TSV: ``src<TAB>tgt<TAB>score<TAB>similarity`` (the similarity empty where unknown).
- Moses: two line-aligned plain-text files, ``<out>.<src>`` and ``<out>.<tgt>``
  (``<out>.en1`` and ``<out>.en2`` when both sides are in one language).
- TMX 1.4b: one ``<tu>`` per bead with a ``<tuv xml:lang=...><seg>`` per side, the
  score and the similarity as ``<prop>``s.
- JSONL: one ``AlignmentPair`` record per line (ids, offsets, article ids, score),
  its texts as they are (JSON escapes every control character).

Writers for corpora (TSV, Moses, TMX) skip beads that are empty on either side (no
sentence, or only whitespace and control characters), and write every text through
``corpus_text``: one line, control characters as spaces.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Collection, Iterable, Sequence

from ..errors import ConfigError, InputError
from ..model import AlignmentPair
from ..store import atomic_write_text
from ..store import jsonl_text as _records_jsonl

FORMATS = ("jsonl", "tsv", "moses", "tmx", "vecalign")

_LINE = re.compile(r"^\s*\[([\d,\s]*)\]\s*:\s*\[([\d,\s]*)\]\s*(?::\s*(\S+))?\s*$")
# control characters (C0, DEL, C1), lone surrogates (not encodable in UTF-8) and the
# noncharacters XML 1.0 does not allow even escaped: a space in every corpus format
_CONTROL = re.compile("[\x00-\x1f\x7f-\x9f\ud800-\udfff\ufffe\uffff]")


def _ids(text: str) -> list[int]:
    return [int(x) for x in text.replace(" ", "").split(",") if x != ""]


def parse_vecalign(text: str, path: str = "<string>") -> list[tuple[list[int], list[int], float | None]]:
    """Beads from Vecalign index lines; a malformed line is an ``InputError``."""
    out = []
    for no, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        match = _LINE.match(line)
        if not match:
            raise InputError(path, f"not a Vecalign alignment line: {line.strip()[:60]!r}", line=no)
        score = None
        if match.group(3) is not None:
            try:
                score = float(match.group(3))
            except ValueError:
                raise InputError(path, f"bad score {match.group(3)!r}", line=no) from None
        out.append((_ids(match.group(1)), _ids(match.group(2)), score))
    return out


def read_vecalign(path: str | Path) -> list[tuple[list[int], list[int], float | None]]:
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(str(path), f"cannot read ({type(exc).__name__})") from None
    return parse_vecalign(text, str(path))


def corpus_text(text: str) -> str:
    """``text`` as a corpus line: control characters become spaces, then every run of
    whitespace (tabs, newlines, line separators) one space, none at either end."""
    return " ".join(_CONTROL.sub(" ", text).split())


def _similarity(p: AlignmentPair) -> str:
    return "" if p.similarity is None else f"{p.similarity:.4f}"


def monotone_beads(pairs: Iterable[AlignmentPair]) -> list[tuple[list[int], list[int], float]]:
    """(src ids, tgt ids, score) of each bead, neighbouring beads whose links cross (a
    local swap: source i with target j+1, source i+1 with target j) merged into one bead
    with the smaller score, so that the beads are monotone, as Vecalign's format wants."""
    out: list[tuple[list[int], list[int], float]] = []
    for p in pairs:
        src, tgt, score = list(p.src), list(p.tgt), p.score
        while out and src and tgt and out[-1][1] and out[-1][0] and min(out[-1][1]) > min(tgt):
            ps, pt, pscore = out.pop()
            src, tgt, score = sorted(ps + src), sorted(pt + tgt), min(pscore, score)
        out.append((src, tgt, score))
    return out


def vecalign_text(pairs: Iterable[AlignmentPair]) -> str:
    lines = []
    for src, tgt, score in monotone_beads(pairs):
        lines.append(f"[{','.join(map(str, src))}]:[{','.join(map(str, tgt))}]:{score:.4f}")
    return "".join(line + "\n" for line in lines)


def _both(pairs: Iterable[AlignmentPair]) -> list[AlignmentPair]:
    """The beads with a segment on both sides: a sentence whose text is blank (a blank
    line of a presegmented file) is no segment."""
    return [p for p in pairs if p.src and p.tgt and corpus_text(p.src_text) and corpus_text(p.tgt_text)]


def tsv_text(pairs: Iterable[AlignmentPair]) -> str:
    return "".join(
        f"{corpus_text(p.src_text)}\t{corpus_text(p.tgt_text)}\t{p.score:.4f}\t{_similarity(p)}\n" for p in _both(pairs)
    )


def moses_texts(pairs: Iterable[AlignmentPair]) -> tuple[str, str]:
    both = _both(pairs)
    return (
        "".join(corpus_text(p.src_text) + "\n" for p in both),
        "".join(corpus_text(p.tgt_text) + "\n" for p in both),
    )


def _xml(text: str) -> str:
    from xml.sax.saxutils import escape  # here: it imports urllib.request, start-up time of every other format

    return escape(corpus_text(text))


def tmx_text(pairs: Iterable[AlignmentPair], src_lang: str, tgt_lang: str, tool: str = "aligner",
             originals: Collection[str] = ()) -> str:
    """The beads as TMX 1.4.  ``originals``: the ids of the articles that are originals (the
    targets of ``translation_of``): a bead whose original is known says so, ``srclang`` of its
    ``<tu>`` the original's language (the language translated from) and ``x-original`` its
    article; the header's ``srclang`` is ``*all*`` when the originals are not all in
    ``src_lang``."""
    from xml.sax.saxutils import quoteattr

    from .. import __version__

    pairs = list(_both(pairs))
    from_tgt = any(o is not None and o[1] != src_lang for o in (_original(p, originals, src_lang, tgt_lang) for p in pairs))
    head_src = "*all*" if from_tgt else src_lang

    head = (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<tmx version="1.4">\n'
        f"  <header creationtool={quoteattr(tool)} creationtoolversion={quoteattr(__version__)} "
        f'segtype="sentence" o-tmf="aligner" adminlang="en" srclang={quoteattr(head_src)} datatype="plaintext"/>\n'
        "  <body>\n"
    )
    body = []
    for p in pairs:
        props = f'      <prop type="x-score">{p.score:.4f}</prop>\n'
        orig = _original(p, originals, src_lang, tgt_lang)
        if p.similarity is not None:
            props += f'      <prop type="x-similarity">{p.similarity:.4f}</prop>\n'
        if p.src_article:
            props += f'      <prop type="x-src-article">{_xml(p.src_article)}</prop>\n'
        if p.tgt_article:
            props += f'      <prop type="x-tgt-article">{_xml(p.tgt_article)}</prop>\n'
        if orig is not None:
            props += f'      <prop type="x-original">{_xml(orig[0])}</prop>\n'
        body.append(
            (f"    <tu srclang={quoteattr(orig[1])}>\n" if orig is not None else "    <tu>\n")
            + props
            + f"      <tuv xml:lang={quoteattr(src_lang)}><seg>{_xml(p.src_text)}</seg></tuv>\n"
            + f"      <tuv xml:lang={quoteattr(tgt_lang)}><seg>{_xml(p.tgt_text)}</seg></tuv>\n"
            + "    </tu>\n"
        )
    return head + "".join(body) + "  </body>\n</tmx>\n"


def _original(p: AlignmentPair, originals: Collection[str], src_lang: str, tgt_lang: str) -> tuple[str, str] | None:
    """(article id, language) of the original of the bead ``p``, when one side is declared the original."""
    if p.src_article and p.src_article in originals:
        return p.src_article, src_lang
    if p.tgt_article and p.tgt_article in originals:
        return p.tgt_article, tgt_lang
    return None


def jsonl_text(pairs: Iterable[AlignmentPair]) -> str:
    return _records_jsonl(p.to_dict() for p in pairs)


def output_paths(out: str | Path, fmt: str, src_lang: str = "src", tgt_lang: str = "tgt") -> list[Path]:
    """The files :func:`write_alignment` writes: ``out`` itself, or for ``moses`` the
    prefix ``out`` with each side's language (``<lang>1`` and ``<lang>2`` when both
    sides are in one language, so that the target does not overwrite the source)."""
    if fmt != "moses":
        return [Path(out)]
    if src_lang == tgt_lang:
        src_lang, tgt_lang = f"{src_lang}1", f"{tgt_lang}2"
    return [Path(f"{out}.{src_lang}"), Path(f"{out}.{tgt_lang}")]


def write_alignment(
    pairs: Sequence[AlignmentPair], out: str | Path, fmt: str, src_lang: str = "src", tgt_lang: str = "tgt",
    originals: Collection[str] = (),
) -> list[Path]:
    """Write ``pairs`` to ``out`` in ``fmt``; returns the files written (:func:`output_paths`).
    ``originals``: the articles that are originals (TMX says which side each bead translates from).

    For ``moses``, ``out`` is a prefix: ``<out>.<src_lang>`` and ``<out>.<tgt_lang>``.
    """
    out = Path(out)
    if fmt == "moses":
        s, t = moses_texts(pairs)
        ps, pt = output_paths(out, fmt, src_lang, tgt_lang)
        atomic_write_text(ps, s)
        atomic_write_text(pt, t)
        return [ps, pt]
    if fmt == "tsv":
        text = tsv_text(pairs)
    elif fmt == "tmx":
        text = tmx_text(pairs, src_lang, tgt_lang, originals=originals)
    elif fmt == "jsonl":
        text = jsonl_text(pairs)
    elif fmt == "vecalign":
        text = vecalign_text(pairs)
    else:
        raise ConfigError(f"unknown format {fmt!r}; choose one of {', '.join(FORMATS)}")
    atomic_write_text(out, text)
    return [out]


def read_tmx(path: str | Path) -> list[dict[str, str]]:
    """Translation units of a TMX file as ``{lang: text}`` dicts (for checks and tests);
    a second variant in the same language (an en-en corpus) is keyed ``<lang>#2``."""
    import xml.etree.ElementTree as ET

    XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
    try:
        root = ET.parse(str(path)).getroot()
    except (ET.ParseError, OSError) as exc:
        raise InputError(str(path), f"not a valid TMX file ({exc})") from None
    units = []
    for tu in root.iter("tu"):
        unit = {}
        for tuv in tu.iter("tuv"):
            lang = key = tuv.get(XML_LANG) or tuv.get("lang") or ""
            k = 1
            while key in unit:
                k += 1
                key = f"{lang}#{k}"
            seg = tuv.find("seg")
            unit[key] = "".join(seg.itertext()) if seg is not None else ""
        units.append(unit)
    return units
