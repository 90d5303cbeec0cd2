"""English "he"/"she" after a new person is brought in as the subject of a reporting verb (invented
sentences): the pronoun continues that subject, not the speaker quoted before it.  The first test fails
without the rule (EN.pronoun_recent_subject); the others pin where it must not fire."""

from __future__ import annotations

from aligner.model import Article
from aligner.quotes import extract_quotes
from aligner.quotes.choices import EN
from aligner.quotes.speakers import normalise_speakers


def last_speaker(text: str) -> str | None:
    qs = normalise_speakers(extract_quotes(Article(id="t", text=text, language="en")))
    q = [q for q in qs if q.kind == "direct"][-1]
    return q.speaker.name if q.speaker is not None else None


NEW_SUBJECT = ("“The vote will be close,” Tom Roth said at the depot. Peter Quill, a professor at the county college, "
               "said the costs of the bridge had doubled since spring. “We cannot pay for this twice,” he said.")


def test_pronoun_takes_the_subject_brought_in_after_the_last_speaker():
    assert last_speaker(NEW_SUBJECT) == "Peter Quill"


def test_switch_off_keeps_the_last_named_speaker():
    was = EN.pronoun_recent_subject
    EN.pronoun_recent_subject = False
    try:
        assert last_speaker(NEW_SUBJECT) == "Tom Roth"
    finally:
        EN.pronoun_recent_subject = was


def test_a_relative_clause_verb_brings_in_no_subject():
    text = ("“We will see tonight,” Maria Lenz said at the hall. She lost the county to her rival Tom Ebert, "
            "who added a third win. “It hurts more than I thought,” she said.")
    assert last_speaker(text) == "Maria Lenz"


def test_a_role_subject_leaves_the_last_speaker():
    text = ("“We will see tonight,” Maria Lenz said at the hall. The retired judge said the count was slow. "
            "“It hurts more than I thought,” she said.")
    assert last_speaker(text) == "Maria Lenz"


def test_a_subject_the_text_shows_to_be_of_the_other_gender_is_passed_over():
    text = ("“We will see tonight,” Mrs. Lenz said at the hall. Mr. Ebert said the count was slow. "
            "“It hurts more than I thought,” she said.")
    assert last_speaker(text) in ("Mrs. Lenz", "Lenz")


def test_a_fronted_adverbial_is_no_antecedent():
    from aligner.quotes.speakers import plausible_speaker

    for opener in ("Across", "Since", "Between", "Behind", "Throughout"):
        assert not plausible_speaker(opener, "en")
    text = "Across town, Wayne Borders is knocking on doors again. “We must be ready by tonight,” he said."
    assert last_speaker(text) != "Across"
    text = ("“The shelves are full,” Tom Hale said at noon. Since announcing his run, Johnson has risen in the polls. "
            "“We must be ready by tonight,” he said.")
    assert last_speaker(text) != "Since"


def test_an_inverted_frame_after_a_comma_brings_in_its_subject():
    text = ("“The schools need more money,” Paul Dane said in March. “We will fund them,” Dane said. Federal mandates are a "
            "burden that distract from teaching in schools, said Quill, a county Republican who founded two companies after "
            "serving in the Army. “We cannot pay for this twice,” he said.")
    assert last_speaker(text) == "Quill"


def test_a_name_ends_before_the_adverbs_after_it():
    for text, name in (("Carter however said he would welcome the plan.", "Carter"),
                       ("Lena Ruiz herself said the plan was sound and cheap.", "Lena Ruiz"),
                       ("Manafort politely suggested that this might be seen as rude.", "Manafort")):
        qs = normalise_speakers(extract_quotes(Article(id="t", text=text, language="en")))
        assert [q.speaker.name for q in qs if q.speaker is not None] == [name]
    qs = normalise_speakers(extract_quotes(Article(id="t", text="The family said they were afraid of the storm.", language="en")))
    assert all(q.speaker is None or q.speaker.mention != "The" for q in qs)
