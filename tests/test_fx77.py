"""fx77: a number and its scale are one figure however the scale is written ("Mio.",
"Mrd.", "Tsd.", "bn", "mln", "m" after a currency sign)."""

from aligner.match.consistency import number_flag, numbers


def test_million_to_billion_abbreviated_is_flagged_with_the_figures():
    got = number_flag("Das kostet uns 1,5 Millionen Euro im Jahr", "Das kostet uns 1,5 Mrd. Euro im Jahr", "de")
    assert got is not None and "1500000" in got and "1500000000" in got


def test_billion_to_million_abbreviated_is_flagged():
    assert number_flag("Das kostet uns 1,5 Milliarden Euro", "Das kostet uns 1,5 Mio. Euro", "de") is not None


def test_changed_figure_detail_reads_whole_figures():
    got = number_flag("Das kostet uns 1,5 Millionen Euro", "Das kostet uns 2,5 Mio. Euro", "de")
    assert got == "1500000 vs 2500000"


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
