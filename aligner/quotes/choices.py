"""Attribution choices in one named place, per language: which rules run, and how far they reach.

Each field is a switch the extractor reads (:mod:`aligner.quotes.extract`); ``GRID`` (German) and
``GRID_EN`` (English) list the values ``scripts/eval_quotes.py --lang de|en --cv K`` tries.  That
mode chooses a setting on k-1 folds of the train documents (German SpkAtt, English PolNeAR), scores
it on the fold left out, and prints the pooled cross-validated score and each switch's sensitivity
(:mod:`aligner.quotes.crossval`).  The shipped defaults below are the setting that mode reports;
where a default came from is said beside it.
"""

from __future__ import annotations

from contextlib import contextmanager
from dataclasses import dataclass, fields, replace
from typing import Iterator

from ..errors import ConfigError


def _switch_grid(cls: type, shipped: object, **ranges: tuple) -> dict[str, tuple]:
    """The values ``--cv`` tries per switch, in the dataclass's order: the given range for a
    switch with more than two values, the shipped value then its opposite for an on/off one."""
    return {f.name: ranges[f.name] if f.name in ranges else (getattr(shipped, f.name), not getattr(shipped, f.name))
            for f in fields(cls)}


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
    # whether a main clause in the perfect with its participle of saying after the quote ("Merkel hat den Plan
    # als „…“ bezeichnet", "Gestern hat sie …") takes the subject before or right after the auxiliary
    perfect_subject: bool = True
    # whether a singular "er"/"sie" may point back at a body only of its grammatical gender, read from the
    # body's article and head noun ("der Sender CBS" is no "sie", "die Partei" no "er")
    body_gender: bool = True
    # whether a frame after the quote with a verb the lists lack ("frame-after-generic") needs the comma German
    # writes after the closing mark („…“, erinnerte sich X); without it („Wir helfen e.V.“ sammelt Spenden) the
    # words in marks are part of the sentence
    generic_needs_comma: bool = True
    # whether a frame after the quote must put its verb first (or open with wie/so/an auxiliary): a clause with its
    # own subject before the verb („…“, die Regierung wies das zurück) is no frame of the quote
    frame_after_verb_first: bool = True
    # whether a participle of saying with a form of "werden" right after it (", wie Bismarck oft genannt wird") is a
    # passive, its subject the one named or spoken to, never the speaker
    verb_final_passive: bool = True
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
    # whether a name or title in marks inside a clause of reported speech makes the clause a partial
    # quotation of its speaker ("Er sagte, das werde die „Achse Berlin-Paris“ nicht ersetzen")
    titles_in_speech: bool = True
    # whether a comma clause after a speech verb in the Konjunktiv II ("sagte, die Partner würden …") is
    # reported speech, as one in the Konjunktiv I is
    subjunctive_ii: bool = True
    # whether a whole quote still without a speaker carries on the speech verb of the nearest sentence
    # before it, as a Konjunktiv I sentence does (subjunctive-after-cue)
    direct_after_cue: bool = True
    # whether a sentence after a whole quote whose speech verb reports a subjunctive clause of its own
    # ("„…!“ Auf ihrer Website schrieb Anna Weber, sie werde kommen.") is no frame of that quote
    frame_with_own_speech: bool = True
    # whether a message of reported speech ends at a full stop inside the sentence unit it was found in
    message_in_sentence: bool = True
    # whether the subject of a speech verb that ends a subordinate clause before the quote is looked for
    # after the clause's conjunction ("…, dass der Trainer die Spieler gefragt habe, ob sie „…“")
    subordinate_cue: bool = True
    # title detector: a stretch longer than a fragment that is one noun phrase (at most one lower-case
    # word besides glue words, no verb) in a sentence with no verb of saying and no frame is a name or term
    noun_phrase_names: bool = True
    # whether "laut X" inside a clause ("Die Lage ist laut dem Minister „…“") makes the sentence X's reported speech
    laut_inside: bool = True
    # whether "für X" with the copula after the quote ("was für die Ministerin eine „…“ ist") is X's view (rule fuer-x)
    fuer_copula_after: bool = True
    # title detector: a work or organisation noun makes a title of the words in marks only right before them
    # ("die Zeitung „Neue Zeit“"), not two words back ("Die Gewerkschaft kritisierte die „Politik der leeren Versprechen“")
    title_noun_next_to: bool = True
    # whether a capitalised fragment right after a verb of saying (and a preposition or article) or after an
    # indefinite article is the speaker's words rather than a name ("sprach von „Wortbruch und Vertrauensmissbrauch“")
    name_like_object: bool = True
    # whether that holds with other words between the verb and its preposition or particle ("sprach am Montag von
    # „Zeitenwende und Neuanfang“", "werfen dem Minister „Untätigkeit und Ignoranz“ vor")
    object_in_clause: bool = True
    # title detector: the words in marks after a colon frame that speaks of a name or title ("Den Namen der
    # Sendung gab das ZDF bekannt: „…“") are that name
    title_after_colon: bool = True
    # title detector: words in marks ending in a legal form ("… e.V.", "… GmbH", "… AG") are an organisation's name
    title_legal_form: bool = True
    # whether a quote the frame rules left without a speaker tries the frames they do not read (a possessive or
    # relative colon frame, a document or paper, a passive's agent, "Das ist die Aussage X" after it, a subject
    # after a dative object; unattributed_de._unattributed_de)
    unattributed_frames: bool = True
    # title detector: two short phrases in marks listed by a comma/und/oder/sowie, neither framed by a verb of saying
    # and the first without a speaker („Nackt unter Wölfen“ oder „Jeder stirbt für sich allein“), are names
    unframed_lists: bool = True
    # title detector: capitalised words in marks after "als" that hold a role noun, in a sentence with no verb of
    # saying („Wissenschaftlicher Berater“ in "präsentiert sich als „…“"), are a job title
    role_title_after_als: bool = True


DE = GermanChoices()

GRID: dict[str, tuple] = _switch_grid(GermanChoices, DE, sentence_subject=("on", "fallback", "off"),
                                       context_sentences=(1, 2, 3, 4), fragment_reach=(0, 1, 2))


@dataclass
class EnglishChoices:
    """Switches of the English attribution rules that have a weaker and a stronger variant (German is
    not affected by any of them).  The defaults are the rules as they stood before the switches were
    named; ``--lang en --cv K`` reports whether any other value would have been chosen."""

    # "sentence-subject": a direct or partial quote or a fragment no frame attributed takes the subject
    # of its own sentence.  "on": always; "fallback": only when no attributed quote within the
    # continuation reach goes before it (else a direct or partial quote continues that speech); "off": never.
    sentence_subject: str = "on"
    # whether that subject may be the noun phrase opening the main clause ("He commanded the party to “…”")
    opening_subject: bool = True
    # how many sentences back an unframed quote may continue attributed speech ("reported-speech-continuation")
    context_sentences: int = 3
    # whether a partial quote (kind "mixed") may continue the speech before it; "direct" always may
    continue_mixed: bool = True
    # whether a fragment (up to four words) takes the subject of a cue verb elsewhere in its sentence ("sentence-cue")
    fragment_sentence_cue: bool = True
    # whether a quote standing alone as a sentence takes the subject of the sentence before ("previous-sentence-subject")
    previous_sentence_subject: bool = True
    # whether a colon frame without a speech verb ("Brooks: “…”") names the speaker ("colon-frame")
    colon_without_cue: bool = True
    # whether a short frame after the quote whose verb is no known speech verb names the speaker ("frame-after-generic")
    frame_after_generic: bool = True
    # whether "“…” ¶ - Maria Ortega" (a signature line after the quote) names the speaker ("signature-after")
    signature_after: bool = True
    # title detector: a quote whose words are all capitalised but the glue words (“Meet the Press”) is a title
    title_case: bool = True
    # whether "he"/"she" points at the named subject of a sentence between the last named speaker and the pronoun
    # ("Eva Ruiz, a professor, said … “…,” she said": Ruiz, not the speaker quoted before her)
    pronoun_recent_subject: bool = True


EN = EnglishChoices()

GRID_EN: dict[str, tuple] = _switch_grid(EnglishChoices, EN, sentence_subject=("on", "fallback", "off"),
                                          context_sentences=(1, 2, 3, 4, 5, 6))

_LANGS = {"de": ("German", GermanChoices, DE, GRID), "en": ("English", EnglishChoices, EN, GRID_EN)}


def _of(lang: str) -> tuple:
    if lang not in _LANGS:
        raise ConfigError(f"no attribution choices for language {lang!r} (known: {', '.join(_LANGS)})")
    return _LANGS[lang]


def grid(lang: str = "de") -> dict[str, tuple]:
    """The values ``--cv`` tries for each switch of ``lang``."""
    return _of(lang)[3]


def names(lang: str = "de") -> list[str]:
    return [f.name for f in fields(_of(lang)[1])]


def current(lang: str = "de") -> dict:
    """The switches of ``lang`` as they stand, as a dict."""
    obj = _of(lang)[2]
    return {n: getattr(obj, n) for n in names(lang)}


@contextmanager
def using(lang: str = "de", **settings) -> Iterator[GermanChoices | EnglishChoices]:
    """Run with some switches of ``lang`` changed, then put them back: ``with using(sentence_subject="off"): ...``."""
    label, _cls, obj, _grid = _of(lang)
    unknown = set(settings) - set(names(lang))
    if unknown:
        raise ConfigError(f"unknown {label} choices: {', '.join(sorted(unknown))}")
    saved = replace(obj)
    for k, v in settings.items():
        setattr(obj, k, v)
    try:
        yield obj
    finally:
        for n in names(lang):
            setattr(obj, n, getattr(saved, n))
