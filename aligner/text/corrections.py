"""Correction notes: the words with which an outlet corrects itself ("Correction: …", "An earlier
version of this article …", „In einer früheren Fassung dieses Beitrags …“), one lexicon for its three
readers: ``match.outlets.version_note`` (an article says it was corrected), ``quotes.extract`` (a
paragraph that opens as a note holds the outlet's own words, no one's quote) and
``quotes.frames.retracted`` (a note takes back the words an earlier version gave someone).

Each reader builds its pattern from these lists; a reader that takes fewer words than the lexicon has
names them (``but``)."""

from __future__ import annotations

from collections.abc import Iterable

NOTE_WORDS = ("Correction", "Clarification", "Korrektur", "Berichtigung", "Richtigstellung")  # "Correction:"
EDITORS_NOTES = (r"Editor[’']s\s+[Nn]ote", r"Anmerkung\s+der\s+Redaktion", r"Hinweis\s+der\s+Redaktion")
EARLIER_EN = ("earlier", "previous")
DOCUMENTS_EN = ("article", "story", "report", "post", "entry")  # "entry": a live blog's
EARLIER_DE = ("früheren", "vorherigen", "älteren")
VERSIONS_DE = ("Version", "Fassung")
DOCUMENTS_DE = ("Artikels", "Textes", "Beitrags", "Berichts", "Interviews", "Eintrags")  # genitive: "dieses Artikels"; "Eintrags": a ticker's
IN_A_DE = r"(?:In|Nach)\s+einer\s+"  # „In einer früheren Fassung …“, „Nach einer älteren Version …“


def one_of(words: Iterable[str], but: Iterable[str] = ()) -> str:
    """A regular-expression group of ``words`` in their order, less those in ``but``."""
    left_out = set(but)
    return "(?:" + "|".join(w for w in words if w not in left_out) + ")"


def earlier_version_en(but: Iterable[str] = ()) -> str:
    """"earlier version of this article": any word of ``EARLIER_EN`` and ``DOCUMENTS_EN`` not in ``but``."""
    but = tuple(but)
    return rf"{one_of(EARLIER_EN, but)}\s+version\s+of\s+this\s+{one_of(DOCUMENTS_EN, but)}"


def earlier_version_de(but: Iterable[str] = ()) -> str:
    """„früheren Fassung dieses Artikels“: any word of ``EARLIER_DE``, ``VERSIONS_DE`` and
    ``DOCUMENTS_DE`` not in ``but``."""
    but = tuple(but)
    return (rf"{one_of(EARLIER_DE, but)}\s+{one_of(VERSIONS_DE, but)}\s+(?:dieses|des)\s+"
            rf"{one_of(DOCUMENTS_DE, but)}")
