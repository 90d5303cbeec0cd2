"""``aligner quotes --explain``: a line says why a confidence was lowered (the speaker flags) and that an
unnamed 'ich'/'we' speaker is the writer (invented sentences)."""

from aligner.commands.quotes import explain_quotes
from tests.quote_helpers import normalised_quotes_in


def test_explain_shows_the_flag_that_lowered_the_confidence():
    text = "Jonas Wendt sagte: „Der Plan steht.“ Danach widersprach Hofer heftig. Er sagte: „Die Frist läuft ab.“"
    quotes = normalised_quotes_in(text, "de")
    line = explain_quotes(quotes).splitlines()[-1]
    flags = [f for f in quotes[-1].flags if f.startswith("speaker-")]
    assert flags  # the pronoun's speaker is doubted here
    assert all(f in line for f in flags)


def test_explain_names_the_writer():
    for text, lang in [("„Die Frist läuft ab“, sagte ich.", "de"), ("“The deadline runs out,” we said.", "en")]:
        quotes = normalised_quotes_in(text, lang)
        assert quotes[0].speaker is not None and quotes[0].speaker.name is None
        assert "writer" in explain_quotes(quotes)


def test_explain_shows_no_flags_for_a_plain_framed_speaker():
    line = explain_quotes(normalised_quotes_in("„Die Frist läuft ab“, sagte Jonas Wendt.", "de"))
    assert "speaker-" not in line and "writer" not in line
