"""The ``speaker`` flag's verdict: two confident speakers who are different people, nothing less."""

from __future__ import annotations

from aligner.match.speaker_flag import speaker_verdict, unknown_reason
from aligner.model import QuoteVersion
from aligner.text.names import name_key


def version(speaker: str | None, *, lang: str = "en", conf: float | None = 0.9, how: str | None = None,
            mention: str | None = None, article: str = "a1") -> QuoteVersion:
    return QuoteVersion(quote_id=f"{article}#q1", article_id=article, outlet="o", language=lang, original="x",
                        english="x", start=0, end=1, kind="direct", speaker=speaker, speaker_id=None,
                        speaker_mention=mention or speaker, speaker_resolved_from=how, speaker_confidence=conf)


def test_two_framed_names_differ():
    a, b = version("Karl Lauterbach"), version("Olaf Scholz", article="a2")
    assert speaker_verdict(a, b) is False


def test_english_bar_is_the_confident_bar_and_german_asks_more():
    # a longer frame (0.8) is confident in English, not in German
    assert unknown_reason(version("Karl Lauterbach", conf=0.8)) is None
    assert unknown_reason(version("Karl Lauterbach", conf=0.7)) == "below the bar"
    assert unknown_reason(version("Karl Lauterbach", lang="de", conf=0.8), {"lauterbah"}) == "below the bar"
    assert unknown_reason(version("Lauterbach", lang="de", conf=0.9), {"lauterbah"}) is None
    a, b = version("Karl Lauterbach", conf=0.8), version("Olaf Scholz", lang="de", conf=0.8, article="a2")
    assert speaker_verdict(a, b, {"lauterbah", "scholz"}) is None


def test_a_name_no_article_confirms_says_which_test_it_failed():
    # German capitalises every noun: a name counts when other articles name the person too
    assert unknown_reason(version("Genth", lang="de")) == "one word unconfirmed"
    assert unknown_reason(version("Genth")) == "one word unconfirmed"  # a lone word in English too
    # a first name no list knows: "Hauke Genth" may be two nouns (a listed one, "Paul Genth", is a full name: fx74)
    assert unknown_reason(version("Hauke Genth", lang="de"), {name_key("Weber")}) == "a name one article gives"
    assert unknown_reason(version("Paul Genth", lang="de"), {name_key("Genth")}) is None
    assert unknown_reason(version("Anna Lena Marie Sophie Weber")) == "too many words"
    assert unknown_reason(version("the minister")) == "not read as a name"
    assert unknown_reason(version("Hauke von Genth", lang="de")) == "a name one article gives"  # "von" is no word of it


def test_unknown_or_unconfident_speaker_is_no_mismatch():
    named = version("Karl Lauterbach")
    assert speaker_verdict(named, version(None, article="a2")) is None
    assert speaker_verdict(named, version("Olaf Scholz", conf=0.6, article="a2")) is None
    assert speaker_verdict(named, version("Olaf Scholz", how="pronoun", mention="he", article="a2")) is None
    assert speaker_verdict(named, version("the minister", article="a2")) is None
    assert speaker_verdict(named, version("German Trade Association", article="a2")) is None


def test_given_name_alone_is_the_same_person():
    assert speaker_verdict(version("Boris Johnson"), version("Boris", article="a2")) is True
    assert speaker_verdict(version("Boris Johnson"), version("Johnson", lang="de", article="a2")) is True


def test_role_resolved_with_the_name_in_its_sentence_counts_as_the_name():
    role = version("Karl Lauterbach", how="role", mention="the minister", conf=0.81)
    other = version("Olaf Scholz", article="a2")
    # without the name in the quote's sentence: a role is unknown
    assert speaker_verdict(role, other, contexts=("the minister said on Monday", None)) is None
    ctx = "Health Minister Karl Lauterbach was asked about it; the minister said"
    assert unknown_reason(role, context=ctx) is None
    assert speaker_verdict(role, other, contexts=(ctx, None)) is False


def test_continued_quote_inherits_a_speaker_named_next_to_it():
    cont = version("Karl Lauterbach", how="context", conf=0.8)
    other = version("Olaf Scholz", article="a2")
    assert speaker_verdict(cont, other, contexts=("We need more tests.", None)) is None
    assert speaker_verdict(cont, other, contexts=("We need more tests. Lauterbach also said it", None)) is False


def test_frame_naming_the_other_speaker_too_is_no_mismatch():
    a, b = version("Dmitry Peskov"), version("Vladimir Putin", article="a2")
    assert speaker_verdict(a, b, contexts=("Dmitry Peskov said that Vladimir Putin had no plans", None)) is None
    assert speaker_verdict(a, b, contexts=("Dmitry Peskov said so on Monday", "said Vladimir Putin")) is False
    # the other's name in the speaker phrase itself
    c = version("Dmitry Peskov", mention="Dmitry Peskov, speaking for Vladimir Putin")
    assert speaker_verdict(c, b) is None


def test_a_shared_title_word_is_not_a_shared_name():
    a, b = version("Federal Minister Andy Beshear"), version("Federal Chancellor Olaf Scholz", article="a2")
    assert speaker_verdict(a, b) is False
    assert speaker_verdict(version("Health Minister Karl Lauterbach"), version("Karl Lauterbach", article="a2")) is True
