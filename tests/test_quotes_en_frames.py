"""English frames (invented sentences): a title abbreviation inside an apposition, the one told is
no speaker, quoted words are no sentence subject.  Each test fails without its rule."""

from __future__ import annotations

from aligner.model import Article
from aligner.quotes import extract_quotes
from aligner.quotes.base import rule_of
from aligner.quotes.speakers import normalise_speakers


def quotes_of(text: str):
    return normalise_speakers(extract_quotes(Article(id="t", text=text, language="en")))


def test_title_abbreviation_inside_an_apposition_of_a_frame_after():
    (q,) = quotes_of("“The bridge will reopen in May,” Ana Ruiz, the county engineer for Sen. Tom Hale’s district, "
                     "told the Gazette on Monday.")
    assert q.kind == "direct" and rule_of(q) == "frame-after"
    assert q.speaker is not None and q.speaker.name == "Ana Ruiz"


def test_the_one_told_is_never_the_speaker():
    qs = quotes_of("The bridge will reopen in May, Ana Ruiz, the county engineer, told the Gazette.")
    assert not any(q.speaker is not None and "Gazette" in (q.speaker.mention or "") for q in qs)


def test_quoted_words_opening_the_sentence_are_no_subject():
    qs = quotes_of("“The mayor is a tyrant in the making,” said Beck, who said there were “too many troubling things "
                   "for me to ignore about the mayor.”")
    (q,) = [q for q in qs if "troubling" in q.text]
    assert q.speaker is None or "mayor" not in (q.speaker.mention or "").lower()


def test_one_of_a_group_after_the_cue():
    (q,) = quotes_of("\"There will not be a path for the mayor,\" said one of those advisers, who spoke on the condition of anonymity.")
    assert rule_of(q) == "frame-after"
    assert q.speaker is not None and q.speaker.mention == "one of those advisers"


def test_company_name_of_a_letter_and_a_digit_before_a_role():
    (q,) = quotes_of("“It was a large purchase of maps,” said K9 president Bruce Lamb, who declined to give a figure.")
    assert q.speaker is not None and q.speaker.name == "Bruce Lamb"


def test_chain_of_appositions_and_a_relative_clause_before_the_cue():
    (q,) = quotes_of("\"Both the mayor and Tom Reed scare me,\" Harry Bond, 30, of Raleigh, N.C., who was among those polled, "
                     "said in a follow-up interview.")
    assert q.kind == "direct" and rule_of(q) == "frame-after"
    assert q.speaker is not None and q.speaker.name == "Harry Bond"


def test_quote_signed_on_the_next_line():
    text = ('The senator voted no.\n\n"We will win the vote next week. I am sure of it."\n\n'
            "-Governor Tom Hale, speaking after the vote.\n\nThe vote is on Friday.")
    (q,) = quotes_of(text)
    assert rule_of(q) == "signature-after"
    assert q.speaker is not None and q.speaker.name == "Tom Hale" and q.speaker.confidence < 0.8


def test_wh_word_is_no_part_of_the_speaker():
    (q,) = quotes_of("Farmers are bracing for what Mayor Ann Reed called “the hardest winter in living memory.”")
    assert q.speaker is not None and q.speaker.mention == "Mayor Ann Reed"
    (q,) = quotes_of("The plan would be what one local farmer has dubbed “the long dry spell of our lives.”")
    assert q.speaker is not None and q.speaker.mention == "one local farmer"


def test_relative_clause_with_whose_and_commas_before_the_cue():
    qs = quotes_of("Tom Lark, whose latest firm, Gridwise, sells maps to farmers, said the mayor was a builder at heart: "
                   "\"He has a lot of ideas and drops them fast when they fail.\"")
    (q,) = [q for q in qs if "ideas" in q.text]
    assert q.speaker is not None and q.speaker.mention == "Tom Lark"


def test_subordinate_clause_after_a_quote_is_no_frame():
    (q,) = quotes_of("Reed, during a town hall in Ohio, said she was \"going to put a lot of miners out of business,\" while "
                     "trying to explain her plan to spend $30 billion.")
    assert q.speaker is None or "plan" not in q.speaker.mention


def test_documents_that_read_and_descriptors_before_a_role():
    lead = "Tom Ware spoke first. "
    qs = quotes_of(lead + "“Chairman Hale, through his agents, tied these remarks to the firing,” the suit reads.")
    assert qs[-1].speaker is not None and qs[-1].speaker.mention == "the suit"
    qs = quotes_of(lead + "\"There are worms with more spine than Sen. Tom Hale,\" reads a Wednesday editorial in The Des Moines Courier.")
    assert qs[-1].speaker is not None and qs[-1].speaker.mention.startswith("a Wednesday editorial")
    qs = quotes_of(lead + "\"I do not know where he stands on that,\" said undecided Republican voter Stephanie Hood of Derry.")
    assert qs[-1].speaker is not None and qs[-1].speaker.name == "Stephanie Hood"
    qs = quotes_of(lead + "“It was unseemly and he knew it,” said one of two witnesses who relayed the same story.")
    assert qs[-1].speaker is not None and qs[-1].speaker.mention == "one of two witnesses"


def test_goes_on_recess_is_no_speech_verb():
    (q,) = quotes_of("By contrast, Sen. Tom Hale said that once the Senate goes on recess, “I intend to do as much as I can, "
                     "wherever I can be helpful.”")
    assert q.speaker is not None and q.speaker.name == "Tom Hale"
    (q,) = quotes_of("Tom Hale went on: “We will win this county.”")
    assert q.speaker is not None and q.speaker.name == "Tom Hale"


def test_aside_after_the_name_before_the_cue():
    qs = quotes_of("Reed, during a town hall meeting in Columbus, Ohio, said she was \"going to put a lot of miners out of business.\"")
    (q,) = [q for q in qs if "going to put" in q.text]  # the quote, or the reported clause that holds it
    assert q.speaker is not None and q.speaker.name == "Reed"


def test_quote_opening_with_an_ellipsis():
    (q,) = quotes_of("The incident made waves. “… his repeating of a slur shouted by a supporter was likely the first time,” "
                     "wrote Ben Jacobs in the Guardian.")
    assert q.speaker is not None and q.speaker.name == "Ben Jacobs"
    qs = quotes_of("All the guests backed Hale. As the Gazette reported, “ … if the primary were held tonight, Hale would win.”")
    assert any("primary were held" in q.text for q in qs)


def test_speech_verb_inside_a_relative_aside_of_the_frame():
    (q,) = quotes_of("“The answer you would like me to give is a yes,” Cruz, who has proposed repealing the mandate over "
                     "five years, said.")
    assert rule_of(q) == "frame-after" and q.speaker is not None and q.speaker.name == "Cruz"


def test_sentence_cue_prefers_a_person_to_a_thing_for_subject():
    (q,) = quotes_of("He says if people think the problems will be solved by “the same old politics and the same old faces, "
                     "then vote for the mayor.”")
    assert q.speaker is not None and q.speaker.mention == "He"


def test_reported_clause_of_a_person_wins_over_one_of_a_thing():
    (q,) = quotes_of("In the end, the new polling shows that voters are weary, and Tom Hale said that the town “deserves a "
                     "much better leader.”")
    assert q.text.startswith("the town") and q.speaker is not None and q.speaker.name == "Tom Hale"


def test_frame_before_passes_over_a_thing_to_the_person_who_speaks():
    (q,) = quotes_of("Hale argued that the report suggests, “We cannot pay for the new bridge this year.”")
    assert q.speaker is not None and q.speaker.name == "Hale"


def test_inverted_frame_after_a_fronted_adverbial_names_the_one_after_the_verb():
    (q,) = quotes_of("“We will rebuild the bridge this year,” Yesterday, during a meeting in Columbus, Ohio, said the mayor.")
    assert rule_of(q) == "frame-after" and q.speaker is not None
    assert "mayor" in q.speaker.mention and "Columbus" not in q.speaker.mention and q.speaker.name != "Columbus"
    (q,) = quotes_of("“We will rebuild,” during a town hall in Dayton, said Mayor Anna Reed.")
    assert q.speaker is not None and q.speaker.name == "Anna Reed"


def test_a_frame_after_with_the_name_before_the_verb_keeps_it():
    (q,) = quotes_of("“We will rebuild,” in Dayton on Monday, Anna Reed said.")
    assert q.speaker is not None and q.speaker.name == "Anna Reed"


def test_words_on_a_sign_or_banner_are_below_the_speaker_flag_bar():
    from aligner.quotes.confidence import CONFIDENT

    for text in ("“No parking after six in the evening,” the sign reads.", "“No parking,” reads a sign on the door.",
                 "“Smile, you are on camera,” says the poster in the hallway."):
        (q,) = quotes_of(text)
        assert q.speaker is None or (q.speaker.confidence or 0) < CONFIDENT, text
    (q,) = quotes_of("“It was a mistake from the start,” the report reads.")  # a document: its author speaks through it
    assert q.speaker is not None and (q.speaker.confidence or 0) >= CONFIDENT
    (q,) = quotes_of("“Vote no on the bond,” said Anna Sign.")  # a name, not a sign
    assert q.speaker is not None and q.speaker.name == "Anna Sign" and (q.speaker.confidence or 0) >= CONFIDENT


def test_a_place_after_of_is_never_the_speakers_name():
    from aligner.quotes.speakers import parse_mention

    assert parse_mention("the governor of New York", "en")[0] is None
    assert parse_mention("the mayor of Columbus, Ohio", "en")[0] is None
    assert parse_mention("Mayor Anna Reed of Dayton", "en")[0] == "Anna Reed"
    assert parse_mention("the mayor of Columbus, Anna Reed", "en")[0] == "Anna Reed"
    assert parse_mention("the Bank of England", "en")[2] == "group"
    (q,) = quotes_of("“We will rebuild the bridge this year,” said the governor of New York.")
    assert q.speaker is not None and q.speaker.name != "New York"


def test_a_second_clause_with_its_own_subject_frames_the_quote():
    (q,) = quotes_of("On Monday night, the Gazette reported, his wife whispered to him: “They are still with you.”")
    assert q.speaker is not None and q.speaker.mention == "his wife"
    (q,) = quotes_of("The mayor was tired, and her neighbor shouted at the crowd: “Go home and let her sleep!”")
    assert q.speaker is not None and "neighbor" in q.speaker.mention


def test_quoted_words_are_no_subject_for_a_participle_after_the_quote():
    qs = quotes_of("Asked about the fight, Mr. Hale said of the episode, “I do not like it at all,” adding that “they are angry.”")
    q = next(q for q in qs if q.text.startswith("I do not"))
    assert q.speaker is not None and q.speaker.name in ("Mr. Hale", "Hale")  # the run's canonical name drops the title


def test_a_place_phrase_before_the_verb_is_not_the_speaker():
    (q,) = quotes_of("“Will he be the next mayor?” a Democratic staffer in the hall wondered.")
    assert q.speaker is not None and "staffer" in q.speaker.mention and "hall" not in q.speaker.mention
    for text in ("“Will he be the next mayor?” a young volunteer in the hall wondered.",
                 "“Will he be the next mayor?” a teacher at the school asked.",
                 "A young volunteer in the hall wondered, “Will he be the next mayor?”",
                 "A teacher at the school asked: “Will he be the next mayor?”"):
        (q,) = quotes_of(text)
        assert q.speaker is not None and "hall" not in q.speaker.mention and "school" not in q.speaker.mention, text
    (q,) = quotes_of("“We will win this race,” supporters at the rally chanted.")
    assert q.speaker is not None and q.speaker.mention == "supporters"


def test_a_saying_is_no_speech_verb_and_kept_is_no_part_of_the_subject():
    (q,) = quotes_of("“In ten years we will all be rich,” is one common saying here.")
    assert q.speaker is None or (q.speaker.confidence or 0) < 0.8
    (q,) = quotes_of("“Go home and stay there,” the mayor kept saying.")
    assert q.speaker is not None and q.speaker.mention == "the mayor"


def test_a_clause_of_the_reporter_after_the_quote_is_no_frame():
    qs = quotes_of("“There is a sense of calm now,” and orders began to pick up again last week, Reed said.")
    assert all(q.speaker is None or q.speaker.mention != "orders" for q in qs)
    assert any(q.speaker is not None and q.speaker.name == "Reed" for q in qs)


def test_a_speech_verb_in_a_relative_clause_frames_nothing():
    (q,) = [q for q in quotes_of("Nothing the mayor said “will calm the fears of the town,” the senator said.") if "calm" in q.text]
    assert q.speaker is not None and "senator" in q.speaker.mention and "mayor" not in q.speaker.mention


def test_a_dateline_is_no_sentence_subject():
    (q,) = quotes_of("DAYTON, Ohio — Residents cheered for “a new mayor who cares about all of us.”")
    assert q.speaker is None or "DAYTON" not in q.speaker.mention


def test_a_presenting_colon_frame_names_its_speaker_not_the_one_before():
    qs = quotes_of("“We are ready,” Frank Hale said. Here is Anna Reed in December 1992: “Our new direction must rest on "
                   "an understanding of the new realities.”")
    q = next(q for q in qs if q.text.startswith("Our new"))
    assert q.speaker is not None and q.speaker.name == "Anna Reed"


def test_a_name_ending_in_ed_is_no_participle():
    (q,) = quotes_of("“We will rebuild the bridge this year,” Reed, the mayor of Columbus, Ohio, said.")
    assert q.speaker is not None and q.speaker.name == "Reed"


def test_the_object_of_an_opening_participle_is_no_speaker():
    qs = quotes_of("The expert confirmed this. Adding the note that this has been a typical local word for centuries, he smiled.")
    assert all(q.speaker is None or "note" not in q.speaker.mention for q in qs)


def test_a_pronoun_object_after_said_opens_no_reported_clause():
    qs = quotes_of("“We will fix the bridge by May,” and the mayor said it twice to make sure.")
    assert not any(q.text.startswith("it twice") for q in qs)
    (q,) = quotes_of("The mayor said it was time to go home now.")
    assert q.kind == "indirect" and q.text.startswith("it was time")
