"""fx77: a number and its scale are one figure however the scale is written ("Mio.",
"Mrd.", "Tsd.", "bn", "mln", "m" after a currency sign); an English role after the verb, then
", <title>. <First> <Last>" closing the clause, is an apposition naming the speaker."""

from aligner.match.consistency import number_flag, numbers
from aligner.model import Article
from aligner.quotes import extract_quotes
from aligner.quotes.speakers import normalise_speakers


def test_million_to_billion_abbreviated_is_flagged_with_the_figures():
    got = number_flag("Das kostet uns 1,5 Millionen Euro im Jahr", "Das kostet uns 1,5 Mrd. Euro im Jahr", "de")
    assert got is not None and "1,5 Millionen" in got and "1,5 Mrd" in got  # the amounts as written (fx90, session 29)


def test_billion_to_million_abbreviated_is_flagged():
    assert number_flag("Das kostet uns 1,5 Milliarden Euro", "Das kostet uns 1,5 Mio. Euro", "de") is not None


def test_changed_figure_detail_reads_whole_figures():
    got = number_flag("Das kostet uns 1,5 Millionen Euro", "Das kostet uns 2,5 Mio. Euro", "de")
    assert got is not None and "1,5 Millionen" in got and "2,5 Mio" in got  # as written (fx90, session 29)


def test_abbreviation_and_word_are_one_figure():
    assert numbers("1,5 Mio. Euro", "de") == numbers("1,5 Millionen Euro", "de") == ["1500000"]
    assert numbers("3 Tsd. Besucher", "de") == ["3000"]


def test_english_bn_and_currency_m():
    assert numbers("It cost $1.5bn", "en") == ["1500000000"]
    assert numbers("It cost £2m", "en") == ["2000000"]
    assert number_flag("It costs $1.5bn a year", "It costs $1.5 million a year", "en") is not None
    assert number_flag("It costs £2m a year", "It costs £2 million a year", "en") is None
    # a plain "m" without a currency sign is metres, not a million
    assert numbers("Die Mauer ist 5 m hoch", "de") == ["5"]
    assert numbers("The wall is 5m high", "en") == ["5"]


_Q = '"We will keep the ward open until the end of the year," said '


def _speaker(frame: str) -> tuple[str | None, str | None]:
    quotes = normalise_speakers(extract_quotes(Article(id="t", text=_Q + frame, language="en")))
    assert len(quotes) == 1
    sp = quotes[0].speaker
    assert sp is not None
    return sp.name, sp.mention


def test_role_comma_title_name_names_the_speaker():
    name, _ = _speaker("the hospital's managing director, Dr. Martin Krause.")
    assert name is not None and name.endswith("Martin Krause")
    name, _ = _speaker("the hospital's managing director, Dr. Martin Krause (SPD).")
    assert name is not None and name.endswith("Martin Krause")


def test_role_comma_title_name_neighbours_keep_the_role_and_the_title_name_speaks():
    # the title's name is the speaker, never the role, also before a time phrase
    name, mention = _speaker("the director, Dr. Martin Krause, on Monday.")
    assert name is not None and name.endswith("Martin Krause") and mention and "director" not in mention
    for frame in ("the director, Martin Krause and Anna Lee.", "the director, adding that staff would stay.",
                  "the director, who declined to be named.", "the director, Paris police said."):
        assert _speaker(frame) == (None, "the director"), frame
