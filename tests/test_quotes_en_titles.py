"""English titles of works and shows in quotation marks (invented sentences): kept out of the quotes
with speakers even with the sentence's full stop or comma inside the marks (American style); quoted
words after a work noun of another sentence or clause stay quotes.  Each test fails without its rule."""

from __future__ import annotations

from quote_helpers import normalised_quote_starting_after_marks, normalised_quotes_in


def test_show_title_with_the_full_stop_inside_the_marks():
    q = normalised_quote_starting_after_marks("Mara Quill co-hosts the weekly farming podcast “Rain, Then Sun.” Listen to the newest episode below.",
                                              "Rain", lang="en")
    assert "title" in q.flags and q.speaker is None


def test_book_title_after_a_comma_and_the_author_of_slot():
    q = normalised_quote_starting_after_marks("In his memoir, ''A Long Way From Elm Street,'' printed in 2009, Mr. Dorn described his youth.",
                                              "A Long Way", lang="en")
    assert "title" in q.flags
    q = normalised_quote_starting_after_marks("said Pia Lund, the co-author of ''Ten Quiet Rivers: Life on the Northern Plains.''",
                                              "Ten Quiet", lang="en")
    assert "title" in q.flags and q.speaker is None


def test_headline_before_a_byline():
    q = normalised_quote_starting_after_marks('TOWN NEWS—"Old ferry to stop running at the end of May," by the Courier\'s Ada Brenner: "The ferry '
                                              'first sailed in 1951."', "Old ferry", lang="en")
    assert "title" in q.flags and q.speaker is None


def test_lower_case_words_before_by_are_a_quote():
    qs = normalised_quotes_in('The mayor said the "rudeness of remarks, mostly unasked for and unfair," by Tom Vale last week hurt the town.', lang="en")
    assert qs and not any("title" in q.flags for q in qs)


def test_work_noun_of_the_sentence_before_makes_no_title():
    q = normalised_quote_starting_after_marks("Ed Pike now works for the Hollis campaign. “The county fair is a contest of tribes” Pike said.",
                                              "The county", lang="en")
    assert "title" not in q.flags
    assert q.speaker is not None and q.speaker.name == "Pike"


def test_work_noun_with_a_verb_between_makes_no_title():
    qs = normalised_quotes_in("A spokesman said the party was ''committed to a fair and open process'' for the new plan.", lang="en")
    assert qs and not any("title" in q.flags for q in qs)


def test_capitals_of_a_name_colon_headline_make_no_title():
    q = normalised_quote_starting_after_marks("Harlow: Mayor’s ‘Deeply Careless Spending’ Sinking City’s Chance to Host Games.\n\nThe council met.",
                                              "Deeply", lang="en")
    assert "title" not in q.flags
    assert q.speaker is not None and q.speaker.name == "Harlow"
    q = normalised_quote_starting_after_marks("Dorn: Reed Lied on ‘Meet the Voters Tonight’ About Taxes.\n\nThe council met.",
                                              "Meet", lang="en")
    assert "title" in q.flags


def test_titles_in_a_list_after_a_work_slot():
    qs = normalised_quotes_in("Howard, who had roles in “How the Fox Stole Winter,” “Apollo 19,” and “Ocean Powers: The Spy Who Swam,” "
                              "had no praise for her.", lang="en")
    assert len(qs) == 3 and all("title" in q.flags for q in qs)


def test_show_of_a_channel_and_an_organisation_after_founder_of():
    q = normalised_quote_starting_after_marks("Sunday on the news channel’s “Sunday Morning Report,” Rep. Tom Hale said the plan was dead.",
                                              "Sunday Morning", lang="en")
    assert "title" in q.flags
    q = normalised_quote_starting_after_marks("In fact, Reyes was the founder of “Farmers for Hale 2008.” Reyes also pleaded guilty.",
                                              "Farmers", lang="en")
    assert "title" in q.flags and q.speaker is None


def test_elided_year_is_no_quotation_mark():
    from aligner.quotes.marks import find_quote_spans

    text = "He wrote “Why Electing Hale in ‘16 is More Important Than Electing Reed in ‘08.” Reed’s own team agreed."
    assert not any(text[sp.start : sp.start + 2] in ("16", "08") for sp in find_quote_spans(text))


def test_paragraph_of_a_phrase_in_single_marks_is_a_section_heading():
    text = ("“We run the line seven days a week,” said Dora Pike, a shift lead.\n\n'A very long week.'\n\n"
            "On a wet Monday, a dozen workers gathered at the gate.")
    q = normalised_quote_starting_after_marks(text, "A very long", lang="en")
    assert "title" in q.flags and q.speaker is None


def test_paragraph_in_single_marks_stays_speech_in_a_text_that_quotes_in_single_marks():
    text = "'We run the line seven days a week,' said Dora Pike, a shift lead.\n\n'A very long week.'\n\nThe workers left."
    q = normalised_quote_starting_after_marks(text, "A very long", lang="en")
    assert "title" not in q.flags


def test_nyt_double_apostrophes_alone_in_a_paragraph_stay_a_quote():
    text = "''We run the line all week,'' Ms. Pike said.\n\n''The plant will close in May.''\n\nThe workers left."
    q = normalised_quote_starting_after_marks(text, "The plant", lang="en")
    assert "title" not in q.flags


def test_title_case_words_with_a_sentence_end_inside_are_a_chant_not_a_title():
    text = "Then the chants of “Vote! Vote! Vote! Vote” filled the hall before the governor spoke."
    q = normalised_quote_starting_after_marks(text, "Vote!", lang="en")
    assert "title" not in q.flags and "name-like" not in q.flags


def test_a_title_someone_gives_as_an_answer_with_a_frame_after_is_a_quote():
    text = "Asked for her favourite film, the senator did not hesitate. “’Rain Over Dover,’” she said, “and nothing else.”"
    q = normalised_quote_starting_after_marks(text, "’Rain", lang="en")
    assert "title" not in q.flags and q.speaker is not None


def test_headline_name_colon_right_before_the_marks_names_the_speaker():
    text = "Lund: ‘Reckless Port Spending’ Must End Now.\n\nThe mayor spoke on Monday at the harbour."
    q = normalised_quote_starting_after_marks(text, "Reckless", lang="en")
    assert "title" not in q.flags and q.speaker is not None and q.speaker.name == "Lund"


def test_a_work_title_with_a_participle_frame_after_stays_a_title():
    text = "Hale said the affair reminds him of the 1971 book titled ''The Fall of the River Kings,'' explaining, ''it ends the same way.''"
    q = normalised_quote_starting_after_marks(text, "The Fall", lang="en")
    assert "title" in q.flags
