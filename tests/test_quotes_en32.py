"""English speakers, session 28 (en32): a sentence adverb opening the clause, a title's dot inside an apposition after the
verb, a party or name after "for", a participle after a name before a place, "a councillor known as ..."."""
import pytest

from tests.quote_helpers import confident_name, quotes_in, sole_speaker


# a sentence adverb before the name opens the clause, it is no part of the name (76fda7e: 'Meanwhile Rachel Reeves' at 0.9)
@pytest.mark.parametrize("text, name", [
    ('Meanwhile Rachel Reeves said: "We will cut taxes."', "Rachel Reeves"),
    ('However Rachel Reeves said: "We will cut taxes."', "Rachel Reeves"),
    ('Instead Rachel Reeves said: "We will cut taxes."', "Rachel Reeves"),
    ('Separately Rachel Reeves said: "We will cut taxes."', "Rachel Reeves"),
    ('Nevertheless Rachel Reeves said: "We will cut taxes."', "Rachel Reeves"),
    ('"We will cut taxes," Meanwhile Reeves said.', "Reeves"),
    ('Now Rachel Reeves says: "We will cut taxes."', "Rachel Reeves"),
])
def test_a_sentence_adverb_before_a_name_is_no_part_of_it(text, name):
    sp = sole_speaker(text, "en")
    assert sp is not None and sp.name == name


# neighbours: adverbs after the name, a first name that looks like an adverb in -ly, a comma after the adverb
@pytest.mark.parametrize("text, name", [
    ('"We will cut taxes," Carter however said.', "Carter"),
    ('"We will cut taxes," Rachel Reeves meanwhile said.', "Rachel Reeves"),
    ('Kelly Smith said: "We will cut taxes."', "Kelly Smith"),
    ('Meanwhile, Rachel Reeves said: "We will cut taxes."', "Rachel Reeves"),
])
def test_names_around_sentence_adverbs_stay_whole(text, name):
    sp = sole_speaker(text, "en")
    assert sp is not None and sp.name == name


def test_a_role_after_a_sentence_adverb_has_no_adverb():
    sp = sole_speaker('Meanwhile the chancellor said: "We will cut taxes."', "en")
    assert sp is not None and sp.name is None and sp.role == "chancellor"


# a title with a dot inside the apposition after the verb (76fda7e: 'Dr' at 0.9)
@pytest.mark.parametrize("text, name", [
    ('"We will cut taxes," said the director, Dr. Krause.', "Dr. Krause"),
    ('"We will cut taxes," said the spokesman, Mr. Lee.', "Mr. Lee"),
])
def test_a_titled_name_in_an_apposition_after_the_verb_is_whole(text, name):
    sp = sole_speaker(text, "en")
    assert sp is not None and sp.name == name


# the title ends the role of someone else's tie: the speaker stays the name before it
def test_a_title_after_a_tie_in_the_apposition_does_not_take_the_name():
    sp = sole_speaker('"We will cut taxes," said Rick Tyler, a former senior aide to Mr. Cruz and Newt Gingrich.', "en")
    assert sp is not None and sp.name == "Rick Tyler"


# a party, place or name after "for" before the verb never speaks (76fda7e: 'Labour', 'Trump', 'Chelsea' at 0.9)
@pytest.mark.parametrize("text, bad", [
    ('"We will cut taxes," Keir Starmer for Labour said.', "Labour"),
    ('"We will cut taxes," MPs for Labour said.', "Labour"),
    ('"We will cut taxes," Nigel Farage for Reform UK said.', "Reform UK"),
    ('"We will cut taxes," Kemi Badenoch for the Conservatives said.', "Conservatives"),
    ('"We will cut taxes," Ohio for Trump said.', "Trump"),
    ('"We will cut taxes," Scotland for Labour said.', "Labour"),
    ('"We will cut taxes," Williams for Chelsea said.', "Chelsea"),
    ('"We will cut taxes," the Secretary of State for Education said.', "Education"),
    ('"We will cut taxes," votes for Labour said.', "Labour"),
    ('Ohio for Trump said: "We will cut taxes."', "Trump"),
    ('Ohio for Trump said: "We will cut taxes."', "Ohio"),
    ('Scotland for Labour said: "We will cut taxes."', "Scotland"),
])
def test_who_comes_after_for_does_not_speak(text, bad):
    assert confident_name(sole_speaker(text, "en")) != bad


# a title and a surname before "for" and a party: the person speaks (76fda7e: 'Labour' at 0.9)
@pytest.mark.parametrize("text, name", [
    ('"We will cut taxes," Chancellor Reeves for Labour said.', "Reeves"),
    ('"We will cut taxes," Senator Smith for the Republicans said.', "Smith"),
])
def test_a_title_and_surname_for_a_party_is_the_person(text, name):
    sp = sole_speaker(text, "en")
    assert sp is not None and sp.name == name


# neighbours that keep their speaker: a listed first name, a role for a party, an organisation named with "for"
@pytest.mark.parametrize("text, name, role", [
    ('"We will cut taxes," Tom Banks for Reuters said.', "Tom Banks", None),
    ('"We will cut taxes," Airlines for America said.', "Airlines for America", None),
    ('"We will cut taxes," a spokesman for Labour said.', None, "spokesman for Labour"),
    ('"We will cut taxes," the Minister for Health said.', None, "Minister for Health"),
    ('"We will cut taxes," Students for Labour said.', None, "Students for Labour"),
    ('Asked for comment, Trump said: "We will cut taxes."', "Trump", None),
])
def test_names_and_roles_with_for_that_speak(text, name, role):
    sp = sole_speaker(text, "en")
    assert sp is not None and sp.name == name and sp.role == role


# a past participle after a name before a place opens a clause about the person (76fda7e: 'Anna Lee interviewed' at 0.9)
@pytest.mark.parametrize("text, name", [
    ('Anna Lee interviewed in Ohio said: "We will cut taxes."', "Anna Lee"),
    ('"We will cut taxes," Anna Lee interviewed in Ohio said.', "Anna Lee"),
    ('"We will cut taxes," Tom Reed in Ohio said.', "Tom Reed"),
])
def test_a_participle_after_a_name_before_a_place_is_no_part_of_it(text, name):
    sp = sole_speaker(text, "en")
    assert sp is not None and sp.name == name


# after the verb, "known" opens a clause about the person (76fda7e: 'councillor known' as a name at 0.9); a councillor is a
# role, and the name the person is known by speaks
@pytest.mark.parametrize("text, name, role", [
    ('"We will cut taxes," said a councillor known as Tom Banks.', "Tom Banks", "councillor"),
    ('"We will cut taxes," said a councillor known for his temper.', None, "councillor"),
    ('"We will cut taxes," said a councillor known to police.', None, "councillor"),
    ('"We will cut taxes," said a councillor.', None, "councillor"),
    ('"We will cut taxes," Councillor Tom Banks said.', "Tom Banks", "Councillor"),
])
def test_a_councillor_known_as(text, name, role):
    sp = sole_speaker(text, "en")
    assert sp is not None and sp.name == name and sp.role == role


@pytest.mark.parametrize("text", [
    '"We will cut taxes," said a man known locally as Big Tom.',
    '"We will cut taxes," said a councillor known as a hardliner.',
])
def test_known_is_never_part_of_a_name(text):
    sp = sole_speaker(text, "en")
    assert sp is None or sp.name is None or "known" not in sp.name


# found by reading English news (WMT references), rewritten as invented text:

# a sentence adverb, an imperative or "whoever" alone is no speaker (76fda7e: 'Nevertheless', 'Please', 'Whoever' at 0.9)
@pytest.mark.parametrize("text, bad", [
    ("Nevertheless, I will read it and hope that it finally comes out that Sarah is his ex.", "Nevertheless"),
    ("Please think about the fact that you are worth more than this.", "Please"),
    ("Whoever thought that it was all peace and quiet must now feel like a fool.", "Whoever"),
    ("Soldiers sometimes say things that are contrary to political correctness.", "Soldiers sometimes"),
])
def test_an_adverb_or_imperative_is_no_speaker(text, bad):
    qs = quotes_in(text, "en")
    assert all(confident_name(q.speaker) != bad for q in qs)


# a party in brackets, then an auxiliary or adverb before the verb (76fda7e: 'SPD' at 0.9)
@pytest.mark.parametrize("text", [
    'Minister Nancy Faeser (SPD) had already emphasized the following in late January: "Sports should be clear about this."',
    'Minister Nancy Faeser (SPD) had said: "Sports should be clear about this."',
    '"Sports should be clear about this," Nancy Faeser (SPD) also said.',
])
def test_a_party_in_brackets_before_an_auxiliary_goes_with_the_name(text):
    sp = sole_speaker(text, "en")
    assert sp is not None and sp.name == "Nancy Faeser"


def test_a_party_in_brackets_right_before_the_verb_still_goes_with_the_name():
    sp = sole_speaker('Minister Nancy Faeser (SPD) said: "Sports should be clear about this."', "en")
    assert sp is not None and sp.name == "Nancy Faeser"


# a role mention ending in a name the parser cannot split takes no earlier person's name by its role noun
# (76fda7e: the earlier 'Jurgita Lee' at 0.9 for 'British Minister of Sport Lucy Frazer')
def test_a_role_that_ends_in_a_name_is_not_the_earlier_minister():
    text = ('"We demand the exclusion," said Minister Jurgita Lee. The call was initiated by Great Britain. British '
            'Minister of Sport Lucy Frazer, wrote on Twitter that it was a very productive meeting.')
    qs = quotes_in(text, "en")
    assert len(qs) == 2 and confident_name(qs[1].speaker) != "Jurgita Lee"


def test_a_bare_role_still_takes_the_earlier_minister():
    text = '"We demand the exclusion," said Minister Jurgita Lee. Later the minister said that it was a very productive meeting.'
    qs = quotes_in(text, "en")
    assert len(qs) == 2 and qs[1].speaker is not None and qs[1].speaker.name == "Jurgita Lee"


# "Speaker" is an office (76fda7e: the name 'Speaker' for "The House Speaker, Democrat Nancy Pelosi", 'Speaker Nancy Pelosi')
@pytest.mark.parametrize("text, name", [
    ('House Speaker Nancy Pelosi welcomed the decision. "The records matter," she wrote on Twitter.', "Nancy Pelosi"),
    ('The House Speaker, Nancy Pelosi, welcomed the decision. "The records matter," she wrote on Twitter.', "Nancy Pelosi"),
])
def test_speaker_is_an_office(text, name):
    sp = sole_speaker(text, "en")
    assert sp is not None and sp.name == name


def test_the_house_speaker_alone_has_no_name_speaker():
    assert confident_name(sole_speaker('"The records matter," the House Speaker said.', "en")) != "Speaker"


# two surnames joined by "and" before the verb: both speak, or a firm; never the second alone (76fda7e: 'Gysi' at 0.9)
@pytest.mark.parametrize("text, bad", [
    ('"The process was a very special merit of his," Bartsch and Gysi wrote in their obituary.', "Gysi"),
    ('"The process was a very special merit of his," Procter and Gamble said.', "Gamble"),
    ('Bartsch and Gysi said: "The process was a very special merit of his."', "Gysi"),
    ('Bartsch and Gysi said: "The process was a very special merit of his."', "Bartsch"),
])
def test_the_second_of_two_surnames_does_not_speak_alone(text, bad):
    assert confident_name(sole_speaker(text, "en")) != bad


@pytest.mark.parametrize("text, name, role", [
    ('"The process was a very special merit of his," Anna Bartsch and Tom Gysi wrote.', None, "Anna Bartsch and Tom Gysi"),
    ('"The process was a very special merit of his," Reed said and Gysi agreed.', "Reed", None),
])
def test_pairs_of_people_and_later_clauses_keep_their_speakers(text, name, role):
    sp = sole_speaker(text, "en")
    assert sp is not None and sp.name == name and sp.role == role


# a name after a place preposition before the verb is where the speaker is (76fda7e: 'Tom Reed' for "a man with Tom Reed")
@pytest.mark.parametrize("text, role", [
    ('"We will cut taxes," a man with Tom Reed said.', "man"),
    ('"We will cut taxes," a spokesman in Washington said.', "spokesman in Washington"),
])
def test_a_role_before_a_place_preposition_speaks(text, role):
    sp = sole_speaker(text, "en")
    assert sp is not None and sp.name is None and sp.role == role


def test_a_place_after_a_role_with_a_bracket_is_no_speaker():
    text = "The researcher of the foundation Wissenschaft und Politik (SWP) in Berlin explained that the EU has not solved this."
    qs = quotes_in(text, "en")
    assert all(confident_name(q.speaker) != "Berlin" for q in qs)


# a quote whose own frame names someone the rules refused does not carry on the speaker before (76fda7e: 'Gamble',
# 'Labour' at 0.9; with no subject, the speaker before would carry on at 0.8)
@pytest.mark.parametrize("frame, bad", [
    ("Procter and Gamble said", ("Gamble", "Tom Reed")),
    ("Ohio for Trump said", ("Trump", "Tom Reed")),
    ("Keir Starmer for Labour said", ("Labour", "Tom Reed")),
])
def test_a_refused_subject_in_the_frame_does_not_hand_the_quote_to_the_speaker_before(frame, bad):
    qs = quotes_in(f'"We will go," Tom Reed said. "It is nothing," {frame}.', "en")
    assert len(qs) == 2 and confident_name(qs[1].speaker) not in bad


def test_an_unframed_quote_still_carries_on():
    qs = quotes_in('"We will go," Tom Reed said. "It is nothing."', "en")
    assert len(qs) == 2 and qs[1].speaker is not None and qs[1].speaker.name == "Tom Reed"


# the office's last words before a listed first name go with the role (76fda7e: the name 'Interior Nancy Faeser')
@pytest.mark.parametrize("text, name", [
    ('Minister of the Interior Nancy Faeser (SPD) said: "Sports should be clear about this."', "Nancy Faeser"),
    ('"Sports should be clear about this," Chairperson of the Health Minister Conference Klaus Holetschek said.', "Klaus Holetschek"),
    ('"Sports should be clear about this," said Senator Mary Ann Smith.', "Mary Ann Smith"),
])
def test_office_words_are_no_part_of_the_name(text, name):
    sp = sole_speaker(text, "en")
    assert sp is not None and sp.name == name


# a pronoun that goes back to a verbless colon frame's guess (below the bar) is a guess too (76fda7e: a headline's
# 'Biathlon World Championships' at 0.7, then 'she' -> it at 0.9)
def test_a_pronoun_after_a_verbless_colon_frame_is_below_the_bar():
    text = ('World Championships in Oberhof - Gold for Denise Lee: "Can someone please pinch me?"\n\n'
            'The conditions had not been in her favor. "There are no words to describe it," she said.')
    qs = quotes_in(text, "en")
    assert len(qs) == 2 and confident_name(qs[1].speaker) is None


def test_a_pronoun_after_a_framed_quote_stays_confident():
    qs = quotes_in('Tom Reed said: "We will go." Later he said: "It is nothing."', "en")
    assert len(qs) == 2 and confident_name(qs[1].speaker) == "Tom Reed"


# read in WMT22 ref B / WMT23 GPT4 output, rewritten: a place opening a title after the verb, a time phrase or a sentence
# adverb before a comma, "since" inside a noun phrase (76fda7e: 'Cologne', 'Ohio', 'few years ago', 'Principally',
# 'rules since neither of them' at 0.9)
@pytest.mark.parametrize("text, name, role", [
    ('"We will see more people," says Cologne parade leader Holger Kirsch.', "Holger Kirsch", "Cologne parade leader"),
    ('"We will see more people," said Ohio state senator Tom Reed.', "Tom Reed", "Ohio state senator"),
    ('"We will see more people," said Paris police chief Anna Lee.', "Anna Lee", "Paris police chief"),
    ('"We will see more people," said Trump supporters in Ohio.', None, "Trump supporters"),
])
def test_a_place_opening_a_title_after_the_verb(text, name, role):
    sp = sole_speaker(text, "en")
    assert sp is not None and sp.name == name and sp.role == role


@pytest.mark.parametrize("text, bad", [
    ("A few years ago, the Russian Health Minister claimed that consumption had dropped.", "few years ago"),
    ("Principally, however, one should say that the civil servant comes from the right.", "Principally"),
    ("The commentators showed their lack of knowledge about the rules since neither of them knew that you may change tires.",
     "rules since neither of them"),
])
def test_adverbials_are_no_speaker(text, bad):
    qs = quotes_in(text, "en")
    assert all(confident_name(q.speaker) != bad for q in qs)


def test_an_apposition_before_the_verb_still_names_the_speaker():
    qs = quotes_in("Tom Reed, the minister, claimed that consumption had dropped.", "en")
    assert len(qs) == 1 and qs[0].speaker is not None and qs[0].speaker.name == "Tom Reed"


# the frame names two people, one of them the speaker before: neither alone (76fda7e: 'Gysi' at 0.9; after 3198a4d the
# speaker before, 'Bartsch', carried on at 0.8)
def test_a_pair_in_the_frame_does_not_hand_the_quote_to_one_of_them():
    text = ('Bartsch added: "He was an important advisor."\n\n'
            '"The process was a very special merit of his," Bartsch and Gysi wrote in their obituary.')
    qs = quotes_in(text, "en")
    assert len(qs) == 2 and confident_name(qs[1].speaker) not in ("Bartsch", "Gysi")


def test_a_frame_naming_the_speaker_before_still_carries_on():
    text = '"We will go," Tom Reed said. "It is nothing," Reed is quoted as saying.'
    qs = quotes_in(text, "en")
    assert len(qs) == 2 and qs[1].speaker is not None and qs[1].speaker.name in ("Tom Reed", "Reed")
