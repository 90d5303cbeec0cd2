"""The one data model every stage reads and writes.

Article -> Paragraph -> Sentence -> Translation -> Alignment -> Quote -> Cluster.

Every record is a plain dataclass that round-trips through JSON (``to_dict`` /
``from_dict``), so that each stage's output is a readable ``.jsonl`` file in the
run directory.  Character offsets always point into ``Article.text``: the text
exactly as the user gave it (for ``.txt`` and ``.jsonl`` input, the decoded file
content; for ``.html``, the main text extracted from the page), so that
``article.text[s.start:s.end] == s.text`` holds for every sentence and every quote.
"""

from __future__ import annotations

import dataclasses
import hashlib
from dataclasses import dataclass, field
from typing import Any, TypeVar

T = TypeVar("T", bound="Record")


class Record:
    """Mixin: JSON round-trip for dataclasses, ignoring unknown keys on load."""

    def to_dict(self) -> dict[str, Any]:
        return dataclasses.asdict(self)  # type: ignore[call-overload]

    @classmethod
    def from_dict(cls: type[T], data: dict[str, Any]) -> T:
        names = {f.name for f in dataclasses.fields(cls)}  # type: ignore[arg-type]
        return cls(**{k: v for k, v in data.items() if k in names})


def short_hash(text: str, n: int = 16) -> str:
    return hashlib.sha1(text.encode("utf-8")).hexdigest()[:n]


@dataclass
class Removal(Record):
    """A span the cleaner dropped, with the rule that dropped it (for ``--explain``)."""

    article_id: str
    start: int
    end: int
    text: str
    reason: str  # e.g. "duplicate", "near-duplicate", "boilerplate:comments", "caption"
    detail: str = ""


@dataclass
class Paragraph(Record):
    """A paragraph of an article, kept or dropped by the cleaner (with the reason)."""

    id: str  # "<article_id>#p0003"
    article_id: str
    index: int
    start: int
    end: int
    text: str
    language: str = ""
    kept: bool = True
    reason: str = ""  # why it was dropped, when kept is False


@dataclass
class Sentence(Record):
    """A kept sentence: ``article.text[start:end] == text``."""

    id: str  # "<article_id>#s0007": stable for an unchanged input
    article_id: str
    paragraph_id: str
    index: int  # position in the article (0-based, over kept sentences)
    start: int  # character offsets into Article.text
    end: int
    text: str  # == article.text[start:end]
    language: str


@dataclass
class Article(Record):
    """One input article: its original text (all offsets point into it) and metadata."""

    id: str  # stable: file stem, or the id given in a .jsonl line
    text: str  # the original input text that all offsets refer to
    language: str = ""
    outlet: str = "unknown"
    date: str | None = None  # ISO date when known
    title: str | None = None
    url: str | None = None
    source_path: str | None = None
    source_format: str = "txt"  # txt | html | jsonl
    encoding: str = "utf-8"
    translation_of: str | None = None  # id of the article this one translates
    meta: dict[str, Any] = field(default_factory=dict)


@dataclass
class Skipped(Record):
    """An input that could not be processed (bad file, bad line, ...)."""

    path: str
    reason: str
    stage: str = "ingest"
    line: int | None = None
    # a file a metadata row declares a translation of another article (its ``translation_of``):
    # the bilingual corpus says that pair was lost and why
    translation_of: str | None = None


@dataclass
class Translation(Record):
    """The translation of one sentence or quote (``sentence_id``) into the pivot language."""

    sentence_id: str
    source: str
    target: str
    src_lang: str
    tgt_lang: str
    backend: str  # hf | ct2 | precomputed | identity
    model: str  # model id / path / fingerprint, or the translations file
    score: float | None = None  # model log-probability (per token) when known
    flags: list[str] = field(default_factory=list)  # e.g. "repetition", "length-ratio"
    # Whether the run's translation memory served a line is run provenance, not part of the
    # table (a resumed run writes the same rows): the stage's summary counts memory hits.


@dataclass
class AlignmentPair(Record):
    """One bead of a sentence alignment: a group of source and target sentences."""

    src: list[int]  # indices into the source sentence list
    tgt: list[int]
    score: float  # confidence in [0, 1] (``align.posterior.link_posteriors``); 0 for unaligned sentences
    src_text: str = ""
    tgt_text: str = ""
    src_ids: list[str] = field(default_factory=list)
    tgt_ids: list[str] = field(default_factory=list)
    src_spans: list[list[int]] = field(default_factory=list)  # [start, end] per sentence
    tgt_spans: list[list[int]] = field(default_factory=list)
    src_article: str | None = None
    tgt_article: str | None = None
    similarity: float | None = None  # the bead's raw similarity (chrF of the MT, or embedding cosine)


@dataclass
class Speaker(Record):
    """Who said a quote: the mention in the text, its normalised name and corpus-level id."""

    mention: str  # surface form in the text
    start: int | None = None
    end: int | None = None
    name: str | None = None  # normalised name ("Sergej Rjabkow")
    id: str | None = None  # corpus-level speaker id after clustering
    role: str | None = None  # "stellvertretender russischer Außenminister"
    resolved_from: str | None = None  # "pronoun", "role", ... when not named in place
    confidence: float | None = None  # 0..1: how far the rule that found it is trusted (hand-set, aligner.quotes.confidence)


@dataclass
class Quote(Record):
    """A quotation in one article (``article.text[start:end] == text``) with its speaker and cue."""

    id: str  # "<article_id>#q0002"
    article_id: str
    text: str  # the quote content, == article.text[start:end]
    start: int
    end: int
    kind: str  # direct | indirect | mixed | fragment
    language: str
    speaker: Speaker | None = None
    cue: str | None = None  # the reporting verb / cue as written
    cue_start: int | None = None
    cue_end: int | None = None
    cue_lemma: str | None = None
    sentence_ids: list[str] = field(default_factory=list)
    english: str | None = None  # English rendering (translation or the text itself)
    flags: list[str] = field(default_factory=list)  # e.g. "unbalanced", "continues"

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Quote:
        data = dict(data)
        if isinstance(data.get("speaker"), dict):
            data["speaker"] = Speaker.from_dict(data["speaker"])
        return super().from_dict(data)


@dataclass
class QuoteVersion(Record):
    """One outlet's version of a quote inside a cluster."""

    quote_id: str
    article_id: str
    outlet: str
    language: str
    original: str
    english: str
    start: int
    end: int
    kind: str
    speaker: str | None = None
    speaker_id: str | None = None
    scores: dict[str, float] = field(default_factory=dict)
    flags: list[str] = field(default_factory=list)
    # the speaker as the article wrote it, how it was found ("pronoun", "role", ...
    # when not named in place) and the extractor's confidence when it gives one
    speaker_mention: str | None = None
    speaker_resolved_from: str | None = None
    speaker_confidence: float | None = None
    # the reporting verb's lemma ("deny", "zugeben") and whether the article negates it ("did not deny"):
    # what an indirect rendering says of its words (``match.cues``)
    cue_lemma: str | None = None
    cue_negated: bool = False


@dataclass
class ClusterPair(Record):
    """Two versions of one cluster compared: scores, word diff, flags and why.

    ``a``/``b`` are quote ids.  Scores are None where the pair could not be compared
    word by word (``compared == "none"``: no English on one side) and for the two
    parts of one utterance in one article (``link == "continuation"``)."""

    a: str
    b: str
    chrf: float | None = None
    bleu: float | None = None
    containment: float | None = None
    length_ratio: float | None = None
    diff: list[dict[str, str]] = field(default_factory=list)  # {"op", "a", "b"} for every non-equal span
    flags: list[str] = field(default_factory=list)  # negation | number | speaker | truncation | paraphrase | wording
    details: dict[str, Any] = field(default_factory=dict)  # per flag, what differs ("7 vs 9"); "note" when unchecked
    compared: str | None = None  # "english", "original (de)" or "none"
    speaker_check: str | None = None  # same | different | unknown | not judged (details["not_judged"])
    match: dict[str, Any] | None = None  # the link that matched them: score, margin, method
    kinds: str | None = None  # "direct vs indirect" when the two kinds differ
    link: str | None = None  # "continuation": two parts of one utterance, not compared


@dataclass
class Cluster(Record):
    """The same quote across outlets and languages: its versions and what differs between them."""

    id: str
    versions: list[QuoteVersion]
    speaker: str | None = None
    inconsistency: float = 0.0  # 0 = all versions agree; higher = more to check
    flags: list[str] = field(default_factory=list)
    pairs: list[ClusterPair] = field(default_factory=list)  # per pair of versions: scores, diff, flags
    # the quote id of its earliest version (``match.stage.mark_first_quotes``): unlike ``id`` (a hash
    # of every member's quote id), it stays while the cluster gains versions of later articles
    first_quote: str | None = None

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Cluster:
        data = dict(data)
        data["versions"] = [QuoteVersion.from_dict(v) for v in data.get("versions", [])]
        data["pairs"] = [ClusterPair.from_dict(p) for p in data.get("pairs", [])]
        return super().from_dict(data)


@dataclass
class StoryLink(Record):
    """Why two articles of a story are linked: matched sentences, word-profile cosine, days apart."""

    a: str  # article ids, a < b
    b: str
    shared_sentences: int
    cosine: float
    days: int | None = None  # None when a date is unknown


@dataclass
class Story(Record):
    """Articles of different outlets about one event (``aligner.match.stories``)."""

    id: str
    articles: list[str]
    outlets: list[str] = field(default_factory=list)
    languages: list[str] = field(default_factory=list)
    dates: list[str] = field(default_factory=list)  # [first, last] ISO dates, empty when none is known
    links: list[StoryLink] = field(default_factory=list)
    sentence_matches: int = 0

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Story:
        data = dict(data)
        data["links"] = [StoryLink.from_dict(x) for x in data.get("links", [])]
        return super().from_dict(data)


@dataclass
class SentenceMatch(Record):
    """The same sentence in two articles of one story, in any order (``aligner.match.stories``).

    ``a_english``/``b_english`` are the English renderings it was matched on (English
    is the pivot language of matching), None where a side had none."""

    story: str
    a: str  # sentence ids
    b: str
    a_article: str
    b_article: str
    a_text: str
    b_text: str
    a_english: str | None
    b_english: str | None
    score: float
    margin: float
    method: str  # chrf | embedding

    def to_dict(self) -> dict[str, Any]:
        # every field is a string, a number or None: the dict ``dataclasses.asdict`` makes,
        # without its deep copy (a run writes hundreds of thousands of these)
        return {f.name: getattr(self, f.name) for f in dataclasses.fields(self)}
