"""Scale words of the other language (rv65-17): 'Billionen' in a German quote read by the English reader
crashed the match stage (KeyError); every scale word the pattern finds has a factor in every reading."""
from aligner.match.consistency import compare
from aligner.match.equivalents import scaled


def test_each_reading_knows_the_other_languages_scale_words():
    assert scaled("1,2 Billionen Euro", "en") == "1200000000000 Euro"  # German plural: 10^12 in any reading
    assert scaled("1,2 billions", "de") == "1200000000"  # English plural: 10^9
    assert scaled("1,2 Billion", "de") == "1200000000000" and scaled("1.2 billion", "en") == "1200000000"


def test_billionen_against_milliarden_is_one_figure():
    a = "Die Schulden des Bundes liegen inzwischen bei 1,2 Billionen Euro, und das ist zu viel"
    b = "Die Schulden des Bundes liegen inzwischen bei 1.200 Milliarden Euro, und das ist zu viel"
    assert "number" not in compare(a, b, lang="de").flags
    c = "Die Schulden des Bundes liegen inzwischen bei 1,2 Milliarden Euro, und das ist zu viel"
    assert "number" in compare(a, c, lang="de").flags
