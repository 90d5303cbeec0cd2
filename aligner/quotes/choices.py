"""German attribution choices in one named place: which rules run, and how far they reach.

Each field is a switch the extractor reads (:mod:`aligner.quotes.extract`); ``GRID`` lists the
values ``scripts/eval_quotes.py --cv K`` tries.  That mode chooses a setting on k-1 folds of the
German SpkAtt train documents, scores it on the fold left out, and prints the pooled
cross-validated score and each switch's sensitivity (:mod:`aligner.quotes.crossval`).  The shipped
defaults below are the setting that mode reports; where a default came from is said beside it.
"""

from __future__ import annotations

from contextlib import contextmanager
from dataclasses import dataclass, fields, replace
from typing import Iterator

from ..errors import ConfigError


@dataclass
class GermanChoices:
    """Switches of the German attribution rules (English is not affected by any of them)."""

    # "sentence-subject": a quote no frame attributed takes the subject of its own sentence.
    # "on": always; "fallback": only when no attributed quote within the continuation reach
    # goes before it (else it continues that speech); "off": never.
    sentence_subject: str = "on"
    # how many sentences back an unframed quote may continue attributed speech
    # ("reported-speech-continuation") and a pronoun or role looks for its person
    context_sentences: int = 3
    # whether a partial quote (kind "mixed") may continue the speech before it; "direct" always may
    continue_mixed: bool = True
    # whether a quoted fragment (up to four words) with no frame takes its sentence's subject
    fragment_subject: bool = False
    # how many sentences back a quoted fragment may continue attributed speech, and whether its
    # sentence must be in the subjunctive of reported speech to do so
    fragment_reach: int = 1
    fragment_needs_subjunctive: bool = True
    # whether a fragment takes the subject of a cue verb elsewhere in its sentence ("sentence-cue")
    fragment_sentence_cue: bool = True
    # whether a name-like fragment (capitalised words only: „Neue Zeit“) is kept from sentence-cue
    name_like_no_cue: bool = True
    # whether a quote left without a speaker, in a Konjunktiv I sentence with no speech verb, takes the
    # subject of the speech verb in the nearest sentence before ("subjunctive-after-cue")
    subjunctive_after_cue: bool = True
    # whether "so X" set off by commas inside a sentence in Konjunktiv I ("Doch sei es, so der Autor X,
    # ein Fehler gewesen") makes the sentence X's reported speech (rule so-x)
    so_x_inserted: bool = True
    # whether a short quoted phrase listed next to a title in marks is a title too
    title_lists: bool = True
    # whether "Wie die Ministerin, Anna Weber, erklärte, …" (a "wie" frame with an apposition) frames the sentence
    wie_apposition: bool = True
    # whether a name in German marks right after a word („Neue Zeit“ in "die Wochenzeitung „Neue Zeit“
    # kritisierte") stays inside its clause (else the closing mark ends the clause before the verb)
    names_in_clause: bool = True
    # whether a quote in brackets right after a named person is that person's ("Anna Weber („…“)")
    name_bracket: bool = True
    # title detector branches: a name in marks by its shape (foreign glue words, a capitalised adjective,
    # an acronym after it), and a capitalised phrase right after a definite article
    title_german_name: bool = True
    title_after_article: bool = True
    # whether a quote in a relative clause whose speech verb follows it ("ein Kommentar, der … als „…“
    # bezeichnet") takes the noun phrase the relative pronoun refers to ("ein Kommentar")
    relative_subject: bool = True


DE = GermanChoices()

GRID: dict[str, tuple] = {
    "sentence_subject": ("on", "fallback", "off"),
    "context_sentences": (1, 2, 3, 4),
    "continue_mixed": (True, False),
    "fragment_subject": (False, True),
    "fragment_reach": (0, 1, 2),
    "fragment_needs_subjunctive": (True, False),
    "fragment_sentence_cue": (True, False),
    "name_like_no_cue": (True, False),
    "subjunctive_after_cue": (True, False),
    "so_x_inserted": (True, False),
    "title_lists": (True, False),
    "wie_apposition": (True, False),
    "names_in_clause": (True, False),
    "name_bracket": (True, False),
    "title_german_name": (True, False),
    "title_after_article": (True, False),
    "relative_subject": (True, False),
}


def names() -> list[str]:
    return [f.name for f in fields(GermanChoices)]


def current() -> dict:
    """The switches as they stand, as a dict."""
    return {n: getattr(DE, n) for n in names()}


@contextmanager
def using(**settings) -> Iterator[GermanChoices]:
    """Run with some switches changed, then put them back: ``with using(sentence_subject="off"): ...``."""
    unknown = set(settings) - set(names())
    if unknown:
        raise ConfigError(f"unknown German choices: {', '.join(sorted(unknown))}")
    saved = replace(DE)
    for k, v in settings.items():
        setattr(DE, k, v)
    try:
        yield DE
    finally:
        for n in names():
            setattr(DE, n, getattr(saved, n))
