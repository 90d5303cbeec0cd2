"""Reviewer rv24's reproducers (session 21) fixed by fx24b, copied as they are (invented text), and the
neighbouring sentences tried for each speaker change (trust rule: no new wrong name at >= 0.8)."""
from __future__ import annotations

import json

from typer.testing import CliRunner

import aligner
from aligner import Article
from aligner.cli import app
from tests.run_stores import CORRECTED, cli_run


def _quotes(text: str, lang: str = "en"):
    return aligner.extract_quotes(Article(id="x", text=text, language=lang))


def _ids(cluster: dict) -> set[str]:
    return {v["quote_id"] for v in cluster["versions"]}


def test_misquote_retracted_in_correction_note_not_flagged(tmp_path):
    """HIGH (false serious flag). Outlet a quotes Lindqvist correctly and its correction note
    repeats the retracted misquote ("misquoted Lindqvist as saying ... "introduce a gas price cap
    this winter". She said it would not."). Today the retracted fragment becomes a version of its
    own cluster with the live blog's second copy, flagged **negation** ('introduce' vs 'we will not
    introduce a'): the outlet that corrected itself is shown as contradicting the speaker."""
    _, clusters = cli_run(tmp_path, CORRECTED)
    for c in clusters:
        texts = [v["original"] for v in c["versions"]]
        assert "negation" not in c["flags"], texts


def test_role_commissioner_not_resolved_to_organisation():
    """HIGH (wrong speaker at >= 0.8 in quotes.jsonl / `aligner quotes --explain`). After a headline
    "EU energy chief: ...", "the bloc's energy commissioner said Monday, rejecting ..." is resolved
    to the organisation EU [org:] at confidence 0.90. A commissioner is a person; the EU did not
    say it. (The same role without the headline stays unresolved, as it should.)"""
    quotes = _quotes("EU energy chief: \"No price cap this winter\"\n\nThe European Union will not cap gas "
                     "prices before spring, the bloc's energy commissioner said Monday, rejecting calls from "
                     "several member states.")
    for q in quotes:
        s = q.speaker
        if s is not None and s.confidence >= 0.8 and "commissioner" in (s.mention or ""):
            assert s.name != "EU", (q.text, s)


def test_reported_speech_with_trailing_participle_takes_the_said_clause():
    """MED (wrong quote text at confidence 0.9). "X will not ..., the bloc's energy commissioner
    said Monday, rejecting calls from several member states." gives the indirect quote
    'Monday, rejecting calls from several member states' - words nobody said. Without the
    participle clause the content is the clause before "said", as it should be."""
    quotes = _quotes("Gas prices rose in Europe.\n\nThe plan will not be changed, the bloc's energy "
                     "commissioner said Monday, rejecting calls from several member states.")
    assert quotes, "no quote found"
    assert all(not q.text.startswith("Monday") for q in quotes), [q.text for q in quotes]
    assert any("plan will not be changed" in q.text for q in quotes), [q.text for q in quotes]


def test_die_schwedin_is_a_person_not_an_organisation():
    """MED. „…“, sagte die Schwedin (the Swede, a woman, named in the sentence before) is read as
    the ORGANISATION 'Schwedin' [org:] at confidence 0.90; the report then says 'die Schwedin: an
    organisation, not a person' and the speaker is never compared (in the story the same outlet
    gives a wrong number in that quote)."""
    quotes = _quotes("Die EU-Energiekommissarin Anna Lindqvist gab sich am Montag gelassen.\n\n"
                     "„Unsere Gasspeicher sind zu 84 Prozent voll“, sagte die Schwedin.", "de")
    assert quotes
    s = quotes[0].speaker
    assert s is not None
    assert not (s.id or "").startswith("org:"), s


def test_dateline_not_part_of_indirect_quote():
    """LOW. 'BRUSSELS (AP) — The European Union will not cap ..., the bloc's energy commissioner said
    Monday.' keeps the dateline 'BRUSSELS (AP) —' inside the indirect quote's text (shown in the report
    as what she said)."""
    quotes = _quotes("BRUSSELS (AP) — The European Union will not cap gas prices before spring, the bloc's "
                     "energy commissioner said Monday.")
    assert quotes
    assert all("(AP)" not in q.text for q in quotes), [q.text for q in quotes]


def test_name_time_adverb_said_that_keeps_speaker():
    """LOW (miss). 'Anna Lindqvist on Thursday said that a cap ... was possible.' finds the indirect
    quote but no speaker (the time adverb between subject and verb); 'signalled on Thursday that'
    finds it."""
    quotes = _quotes("Prices rose again this week.\n\nAnna Lindqvist on Thursday said that a cap on gas "
                     "prices was possible.")
    assert quotes
    assert quotes[0].speaker is not None and quotes[0].speaker.name == "Anna Lindqvist", quotes[0].speaker


def test_byline_with_role_and_agency_copyright_removed(tmp_path):
    """LOW (cleaning). 'By Sarah Okafor, Harbour Times Europe correspondent' and 'Copyright 2026 The
    Associated Press. All rights reserved.' are kept as article sentences ('By Mark Ellison,
    Associated Press' is removed as a byline)."""
    inp = tmp_path / "in"
    inp.mkdir()
    (inp / "a.txt").write_text("Brussels bets on a mild winter\n\nBy Sarah Okafor, Harbour Times Europe "
                               "correspondent\n\nBRUSSELS — Anna Lindqvist did not hesitate on Monday. She said "
                               "the storage was full.\n\nCopyright 2026 The Associated Press. All rights "
                               "reserved.\n", encoding="utf-8")
    out = tmp_path / "out"
    result = CliRunner().invoke(app, ["ingest", str(inp), "--out", str(out)])
    assert result.exit_code == 0, result.output
    texts = [json.loads(line)["text"] for line in (out / "sentences.jsonl").read_text().splitlines()]
    assert not any(t.startswith("By Sarah Okafor") for t in texts), texts
    assert not any(t.startswith("Copyright 2026") for t in texts), texts


def test_headline_colon_frame_mention_is_the_whole_subject():
    """LOW (speaker shown, below 0.8). 'EU energy chief: "No price cap this winter"' gives the mention
    'EU' -> organisation EU (0.70), shown as 'EU (uncertain)'; the subject is 'EU energy chief'."""
    quotes = _quotes("EU energy chief: \"No price cap this winter\"\n\nPrices rose again this week.")
    assert quotes
    s = quotes[0].speaker
    assert s is None or s.mention != "EU", s


# ---------------------------------------------------------------- neighbours (fx24b)

def _named(text: str, lang: str = "en") -> list[tuple[str, str | None, float]]:
    """(quote text, speaker name, confidence) of every quote with a speaker."""
    return [(q.text, q.speaker.name, q.speaker.confidence or 0.0) for q in _quotes(text, lang) if q.speaker is not None]


def test_correction_note_quotes_are_left_out_in_both_languages():
    for text, lang in [
        ("An earlier version of this story quoted Lindqvist as saying, \"We will introduce a cap.\"", "en"),
        ("This article incorrectly quoted Anna Lindqvist as saying \"the cap is coming.\"", "en"),
        ("\"We will introduce a cap\" was wrongly attributed to Lindqvist in an earlier version.", "en"),
        ("Korrektur: In einer früheren Version dieses Artikels hieß es, Lindqvist habe gesagt: „Wir führen einen "
         "Preisdeckel ein“.", "de"),
        ("Lindqvist wurde falsch zitiert mit den Worten „Wir führen einen Preisdeckel ein“.", "de"),
        ("„Wir führen einen Preisdeckel ein“ wurde Lindqvist fälschlicherweise zugeschrieben.", "de"),
    ]:
        assert not any("Preisdeckel" in q.text or "cap" in q.text for q in _quotes(text, lang)), text


def test_own_words_about_being_misquoted_stay():
    """The speaker's own words that mention a misquote are her statement, not a retracted one."""
    for text, lang, words in [
        ("\"I was misquoted as saying we would introduce a cap,\" Lindqvist said.", "en", "I was misquoted"),
        ("Lindqvist, who said she had been misquoted, added: \"We will not introduce a cap.\"", "en", "We will not"),
        ("\"The report was wrongly attributed to me,\" Lindqvist said.", "en", "The report"),
        ("„Ich bin falsch zitiert worden“, sagte Lindqvist.", "de", "Ich bin"),
        ("„Das wurde mir fälschlicherweise zugeschrieben“, sagte Lindqvist.", "de", "Das wurde"),
    ]:
        assert any(t.startswith(words) and name == "Lindqvist" for t, name, _ in _named(text, lang)), text


def test_a_role_after_an_organisation_is_not_the_organisation():
    for text, lang in [
        ("The ministry said on Monday that the plan was dead. \"We will not change it,\" the spokesman said.", "en"),
        ("The ministry said on Monday that the plan was dead. \"We will not change it,\" the ministry's spokesman said.", "en"),
        ("Das Ministerium erklärte, der Plan sei tot. „Wir ändern ihn nicht“, sagte der Sprecher.", "de"),
    ]:
        quotes = _quotes(text, lang)
        last = quotes[-1].speaker
        assert last is not None and last.name is None and not (last.id or "").startswith("org:"), (text, last)


def test_nationality_noun_goes_to_the_one_person_of_its_gender_only():
    lindqvist = "Die EU-Energiekommissarin Anna Lindqvist gab sich am Montag gelassen. "
    # the Swede (a man) is not Anna; two women named: not sure which; no one named: no one
    for text in [lindqvist + "„Unsere Speicher sind voll“, sagte der Schwede.",
                 "Angela Merkel traf Anna Lindqvist in Berlin. „Unsere Speicher sind voll“, sagte die Schwedin.",
                 "„Unsere Speicher sind voll“, sagte die Schwedin."]:
        s = _quotes(text, "de")[0].speaker
        assert s is not None and not (s.id or "").startswith("org:"), text
        assert s.name is None or s.confidence < 0.8, (text, s)
    # fx27: the person before only when the text gives her that nationality (rv27: 'the Frenchwoman' was Lindqvist)
    s = _quotes(lindqvist + "„Unsere Speicher sind voll“, sagte die Schwedin.", "de")[0].speaker
    assert s is not None and s.name is None
    s = _quotes("Die schwedische EU-Energiekommissarin Anna Lindqvist gab sich am Montag gelassen. "
                "„Unsere Speicher sind voll“, sagte die Schwedin.", "de")[0].speaker
    assert s is not None and s.name == "Anna Lindqvist"


def test_english_nationality_noun_is_no_name():
    """"the Swede" is a person's role, never the name "Swede"; the person before only when the only one named."""
    only = _named("Swedish Energy Commissioner Anna Lindqvist was calm. \"Our storage is full,\" said the Swede.")
    assert [name for _, name, _ in only] == ["Anna Lindqvist"]
    # fx27: not when the text does not give her that nationality
    assert [name for _, name, _ in _named("Energy Commissioner Anna Lindqvist was calm. \"Our storage is full,\" said the Swede.")] == [None]
    for text in ["Angela Merkel met Emmanuel Macron in Paris. \"We agree,\" said the Frenchman.",
                 "Emmanuel Macron met Angela Merkel in Paris. \"We agree,\" said the German.",
                 "Anna Lindqvist met Paul Krueger. \"We agree,\" the Swede said.",
                 "\"We agree,\" the Swede said."]:
        for _, name, conf in _named(text):
            assert name not in ("Swede", "Frenchman", "German") and (name is None or conf < 0.8), text


def test_time_adverb_between_subject_and_verb_takes_only_a_person_name():
    assert _named("Paul Krueger last week told reporters that a cap was possible.")[0][1] == "Paul Krueger"
    for text in ["The aide to Anna Lindqvist on Thursday said that a cap was possible.",
                 "New York on Thursday said that a cap was possible.",
                 "Prices on Thursday showed that a cap was possible.",
                 "Critics of Anna Lindqvist on Thursday said that a cap was possible."]:
        assert all(name is None or conf < 0.8 for _, name, conf in _named(text)), (text, _named(text))


def test_said_day_participle_and_said_day_clause():
    quotes = _quotes("The plan is dead, Anna Lindqvist said on Friday, speaking in Brussels.")
    assert [q.text for q in quotes] == ["The plan is dead"]
    quotes = _quotes("Anna Lindqvist said Monday the plan would not be changed.")
    assert [q.text for q in quotes] == ["the plan would not be changed"]


def test_headline_role_without_noun_tail_keeps_its_name():
    s = _quotes("EU energy chief Lindqvist: \"No price cap this winter\"\n\nPrices rose.")[0].speaker
    assert s is not None and s.name == "Lindqvist"


def test_copyright_and_live_blog_lines_only_as_whole_lines():
    from aligner.clean import _short_line_rule

    for line in ["© 2026 dpa-infocom GmbH", "dpa-infocom GmbH", "This live blog is now closed.",
                 "Dieser Liveblog ist beendet.", "Copyright 2026 Reuters. All rights reserved."]:
        assert _short_line_rule(line) is not None, line
    for line in ["Copyright law is changing fast.", "Copyright 2026 was a good year for the law, critics said.",
                 "By Monday, the plan will be dead.", "By Friday, the reporter had left.", "The blog is now closed."]:
        assert _short_line_rule(line) is None, line
