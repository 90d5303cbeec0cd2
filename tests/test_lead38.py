"""Session 38, the lead's fixes (each test names its finding)."""

from __future__ import annotations

import pytest

from aligner.model import Article
from aligner.quotes import extract_quotes
from aligner.segment import split_sentences


def _speakers(text: str, lang: str = "en") -> list:
    return [q.speaker for q in extract_quotes(Article(id="t", text=text, language=lang), language=lang)]


@pytest.mark.parametrize("text", [
    "We won on Tuesday.Putin said nothing.",  # a glued sentence end before a capital stays a cut
    "Prices rose by 3.5 percent. Then they fell.",
])
def test_other_dots_are_left_as_they_were_rv83_10(text):
    sents = [text[s:e] for s, e in split_sentences(text, "en")]
    assert len(sents) == 2


def test_who_s_as_a_contraction_is_still_no_speaker_rv83_15():
    sp = _speakers("The agency met on Monday.\n“We must pay,” who's going to pay for it, she asked.\n")[-1]
    assert sp is None or sp.name != "who's"


@pytest.mark.parametrize("dateline", [
    "BRUSSELS, Dec 7 (EU Policy Wire) - ",
    "LONDON, March 3 (Thomson Reuters Foundation) - ",
    "PARIS, Jan 5 (The Local) - ",
])
def test_a_dateline_with_any_outlet_after_the_date_is_no_part_of_the_quote_rv82_13(dateline):
    q = extract_quotes(Article(id="t", text=f"Probe opened\n{dateline}The panel will open an inquiry into the firm, "
                               "its director Anna Holt said on Monday.\n", language="en"), language="en")[-1]
    assert q.text.startswith("The panel will open")


@pytest.mark.parametrize("frame", ["said officials", "said senior officials", "said sources in the capital",
                                   "said insiders", "said analysts"])
def test_an_unnamed_group_after_an_inverted_cue_takes_no_earlier_speaker_rv82_22(frame):
    sp = _speakers(f"The firm met on Monday.\n“The sale is agreed,” said Tom Berg.\n“The talks go on,” {frame}.\n")[-1]
    assert sp is None or sp.name != "Tom Berg" or sp.confidence < 0.8


@pytest.mark.parametrize("frame", ["people close to the company said", "sources close to the talks said",
                                   "sources in the capital said"])
def test_people_close_to_a_body_are_no_organisation_rv82_22(frame):
    sp = _speakers(f"The firm met on Monday.\n“The sale is agreed,” {frame}.\n")[-1]
    assert sp is not None and sp.name is None and not (sp.id or "").startswith("org:")


def test_a_named_speaker_after_an_inverted_cue_still_carries_on_rv82_22():
    sp = _speakers("The firm met on Monday.\n“The sale is agreed,” said Tom Berg.\n“And we will grow,” said Berg again.\n")[-1]
    assert sp is not None and (sp.name or "").endswith("Berg")


@pytest.mark.parametrize("text", [
    "Die Firma wächst.\n„Wir starten im Januar“, erklärte die Solar GmbH i. G. Geschäftsführer Tom Berg ist zuversichtlich.\n",
    "Die Firma wächst.\n„Wir starten im Januar“, sagte die Solar GmbH i. G. Tom Berg gründete sie im Mai.\n",
])
def test_a_company_in_foundation_keeps_its_name_pr41_2(text):
    sp = _speakers(text, "de")[0]
    assert sp is not None and "Tom Berg" not in (sp.name or "") and "Solar" in (sp.name or sp.mention)


@pytest.mark.parametrize("frame", ["WHO's latest report said", "WHO's statement said", "WHO's guidance says"])
def test_who_s_before_no_person_stays_no_speaker_pr41_3(frame):
    sp = _speakers(f"The agency met on Monday.\n“We must prepare,” {frame}.\n")[-1]
    assert sp is None or sp.confidence < 0.8 or "WHO's" not in (sp.name or "")


def test_a_surname_glued_to_a_figure_is_no_code_pr41_5():
    text = "The team won. “We won,” said Berg.3 people were hurt, he added."
    sents = [text[s:e] for s, e in split_sentences(text, "en")]
    assert any(s.startswith("3 people") for s in sents)


@pytest.mark.parametrize("text", [
    "Die Regierung tagte.\nKanzler Olaf Kern ließ Montagabend erklären: „Wir stehen zusammen.“\n",
    "Die Regierung tagte.\nMinisterin Anna Holt ließ ihr Büro erklären: „Wir prüfen das.“\n",
])
def test_a_politician_who_has_words_passed_on_keeps_them_pr41_4(text):
    sp = _speakers(text, "de")[-1]
    assert sp is not None and sp.name in ("Olaf Kern", "Anna Holt")


def test_a_status_that_ends_the_sentence_takes_no_word_after_it_pr41_2():
    sp = _speakers("Die Truppe übt.\n„Wir sind bereit“, sagte der Oberst a. D. Kurz danach sprach der Minister.\n", "de")[0]
    assert sp is not None and "Kurz" not in (sp.name or "") and "Kurz" not in sp.mention


@pytest.mark.parametrize("line", ["Eva Hartwig has her heroine say: “I will never go back.”",
                                  "In her novel, Eva Hartwig has the old fisherman say: “I will never go back.”"])
def test_no_one_carries_on_past_a_characters_line_pr41_7(line):
    sp = _speakers(f"The festival opened.\n“Films must be brave,” jury head Anna Holt said.\n{line} “Not to him, not to this town.”\n")[-1]
    assert sp is None or sp.name != "Anna Holt" or sp.confidence < 0.8


def test_no_one_carries_on_past_a_title_in_another_persons_sentence_pr41_8():
    # en42's title forms ('the co-author of the bestseller “…”', 3f1d9121) taken back: the quote after them goes to
    # the person of that sentence below the bar again, never to the one quoted before at the bar
    sp = _speakers("The festival opened.\n“Films must be brave,” jury head Anna Holt said. Tom Berg, the co-author of the "
                   "bestseller “Why We Fail,” disagreed. “Brave is not enough.”\n")[-1]
    assert sp is None or sp.name != "Anna Holt" or sp.confidence < 0.8


def test_a_label_given_by_someone_is_no_title_pr41_9():
    qs = extract_quotes(Article(id="t", text="The union met.\nThe strikers were called “Enemies of the State” by Interior "
                                "Minister Tom Berg.\n", language="en"), language="en")
    assert qs and all("title" not in q.flags for q in qs if q.text == "Enemies of the State")


def test_a_listed_opposite_against_a_pronoun_speaker_is_no_negation_pr41b_6(tmp_path):
    import json

    import aligner

    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.txt").write_text(
        "Bridge\nMayor Anna Berg visited the old bridge on Monday.\n\"The old bridge over the river is safe,\" she said.\n"
        "The river was calm.\n", encoding="utf-8")
    (tmp_path / "in" / "b.txt").write_text(
        "Bridge row\nThe engineers met on Monday.\n\"The old bridge over the river is unsafe,\" said Tom Reed, an engineer.\n"
        "The river was high.\n", encoding="utf-8")
    aligner.run([tmp_path / "in"], tmp_path / "run", embeddings="none")
    pairs = [p for line in (tmp_path / "run" / "clusters.jsonl").read_text().splitlines() for p in json.loads(line)["pairs"]]
    assert pairs and not any("negation" in p["flags"] for p in pairs)


def test_a_body_in_foundation_keeps_its_name_pr42_1():
    sp = _speakers("Die Stadt plant.\n„Wir starten im Januar“, erklärte die Bürgerstiftung i. G. Geschäftsführer Tom Berg "
                   "ist zuversichtlich.\n", "de")[0]
    assert sp is None or "Tom Berg" not in (sp.name or "")


def test_a_sentence_ending_in_an_acronym_before_a_footnote_stays_cut_rt39_2():
    text = "The board met. “We must act now,” said the WHO.12 Other experts agreed."
    sents = [text[s:e] for s, e in split_sentences(text, "en")]
    assert any(s.startswith("12 Other") or s.startswith("Other") for s in sents)
