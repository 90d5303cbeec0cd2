"""Helpers the quote tests share: extract the quotes of an invented text and pick the one quote a test
is about.  Each picker unpacks exactly one match, so a test also fails when the text yields no quote
or two quotes that match.  ``lang`` is German unless a caller says otherwise."""

from __future__ import annotations

import json
from collections.abc import Mapping
from pathlib import Path

import aligner
from aligner.model import Article, Quote, Speaker
from aligner.quotes import extract_quotes
from aligner.quotes.speakers import cluster_names, normalise_speakers

OPENING_MARKS = "'‘“\""


def quotes_in(text: str, lang: str = "de") -> list[Quote]:
    """The quotes ``extract_quotes`` finds in ``text`` as one article, speakers as extracted."""
    return extract_quotes(Article(id="t", text=text, language=lang))


def normalised_quotes_in(text: str, lang: str = "de") -> list[Quote]:
    """The quotes of ``text`` after ``normalise_speakers`` (speaker names and ids set, as reported)."""
    return normalise_speakers(quotes_in(text, lang))


def sole_speaker(text: str, lang: str = "de") -> Speaker | None:
    """The speaker (as extracted, not normalised) of the one quote of ``text``, or None without one."""
    (q,) = quotes_in(text, lang)
    return q.speaker


def quote_starting(text: str, start: str, lang: str = "de") -> Quote:
    """The one quote of ``text`` whose words start with ``start``."""
    (q,) = [q for q in quotes_in(text, lang) if q.text.startswith(start)]
    return q


def quote_containing(text: str, part: str, lang: str = "de") -> Quote:
    """The one quote of ``text`` whose words contain ``part``."""
    (q,) = [q for q in quotes_in(text, lang) if part in q.text]
    return q


def normalised_quote_containing(text: str, part: str, lang: str = "de") -> Quote:
    """The one quote of ``text`` whose words contain ``part``, speakers normalised."""
    (q,) = [q for q in normalised_quotes_in(text, lang) if part in q.text]
    return q


def normalised_quote_starting_after_marks(text: str, start: str, lang: str = "de") -> Quote:
    """The one quote of ``text`` whose words, past any opening quotation marks kept in them, start
    with ``start``; speakers normalised."""
    (q,) = [q for q in normalised_quotes_in(text, lang) if q.text.lstrip(OPENING_MARKS).startswith(start)]
    return q


def quote_speaker(text: str, opening: str, lang: str = "de") -> tuple[str | None, float | None]:
    """The (normalised) speaker name and confidence of the one quote of ``text`` whose words start with
    ``opening``, the article's text given to ``normalise_speakers``; (None, None) without a speaker."""
    art = Article(id="t", text=text, language=lang)
    (q,) = [q for q in normalise_speakers(extract_quotes(art), {art.id: art.text}) if q.text.startswith(opening)]
    return (q.speaker.name, q.speaker.confidence) if q.speaker else (None, None)


def mention(q: Quote) -> str | None:
    """The words the text names the quote's speaker with, or None without a speaker."""
    return q.speaker.mention if q.speaker is not None else None


def speaker_name(q: Quote) -> str | None:
    """The quote's speaker's (normalised) name, or None without a speaker."""
    return q.speaker.name if q.speaker is not None else None


SPEAKER_BAR = 0.8  # the confidence from which the report's speaker flag trusts a speaker


def who(q: Quote) -> str | None:
    """The quote's speaker as the report shows it (its name, else the words it is named with), or None."""
    sp = q.speaker
    return None if sp is None else sp.name or sp.mention


def confident_who(q: Quote, bar: float = SPEAKER_BAR) -> str | None:
    """:func:`who` when the speaker's confidence reaches ``bar``, else None."""
    sp = q.speaker
    return None if sp is None or sp.confidence is None or sp.confidence < bar else sp.name or sp.mention


def speaker_in(text: str, part: str, lang: str = "de", fill: Mapping[str, str] | None = None) -> Speaker | None:
    """The speaker (normalised) of the one quote of ``text`` whose words contain ``part``, or None without one.
    ``fill`` maps placeholders to the quotes they stand for, replaced in ``text`` in its order first."""
    for mark, quote in (fill or {}).items():
        text = text.replace(mark, quote)
    (q,) = [q for q in normalised_quotes_in(text, lang) if part in q.text]
    return q.speaker


def confident(sp: Speaker | None, bar: float = SPEAKER_BAR) -> Speaker | None:
    """``sp`` when its confidence reaches ``bar``, else None."""
    return sp if sp is not None and sp.confidence is not None and sp.confidence >= bar else None


def confident_name(sp: Speaker | None, bar: float = SPEAKER_BAR) -> str | None:
    """The (normalised) name of ``sp`` when its confidence reaches ``bar``, else None."""
    sure = confident(sp, bar)
    return sure.name if sure is not None else None


def cluster_ids(names: list[str]) -> dict[str, str]:
    """Each name's speaker id as ``cluster_names`` gives it."""
    return {n: sid for n, (sid, _) in cluster_names(names).items()}


def read_jsonl(path: Path) -> list[dict]:
    """The records of a JSON-lines file, blank lines skipped."""
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def run_texts(tmp_path: Path, files: Mapping[str, str]) -> Path:
    """Write ``files`` (name -> text) into ``tmp_path/in``, run the pipeline without embeddings into
    ``tmp_path/run`` and return that folder."""
    src = tmp_path / "in"
    src.mkdir()
    for name, text in files.items():
        (src / name).write_text(text, encoding="utf-8")
    out = tmp_path / "run"
    aligner.run([src], out, embeddings="none")
    return out
