"""Wrong speakers a product reviewer found on invented pages (session 23, rv37): a place after "in" taken for
the speaker, a place taken for the holder of a role named later, an English paragraph of a German article read
by the German rules, the leading words of "according to early figures from X", a German plural noun as a name."""
from __future__ import annotations

import json

import pytest

import aligner


def _quotes(text: str, lang: str):
    return aligner.extract_quotes(aligner.Article(id="a", text=text, language=lang))


def _speaker(text: str, lang: str):
    q = _quotes(text, lang)
    assert q, "the quote itself is found"
    return q[0].speaker


# ------------------------------------------------------------------ a place after "in" is no speaker

@pytest.mark.parametrize("sentence, place", [
    ("Tenant groups in Leeds said the plan did not go far enough.", "Leeds"),
    ("Tenant groups in Kreuzberg and Neukölln said the plan did not go far enough.", "Neukölln"),
    ("Farmers in Bavaria and Saxony said the rules were too strict.", "Saxony"),
    ("Unions in Hamburg and Bremen said the strike would continue.", "Bremen"),
    ("Diplomats in Brussels and Berlin said the talks had stalled.", "Berlin"),
    ("Shop owners near Berlin said the plan did not go far enough.", "Berlin"),
    ("Teachers across Germany said the plan did not go far enough.", "Germany"),
    ("Leaders in Berlin, Paris and Rome said the plan did not go far enough.", "Rome"),
    ("Many in Washington said the plan did not go far enough.", "Washington"),
    ("Protesters outside Downing Street said the plan did not go far enough.", "Downing Street"),
    ("The plan did not go far enough, tenant groups in Leeds said.", "Leeds"),
    ('"This is not enough," Farmers in Bavaria and Saxony said.', "Saxony"),
])
def test_place_after_a_preposition_is_not_the_speaker_en(sentence, place):
    sp = _speaker(sentence, "en")
    assert not (sp and sp.name and place in sp.name), (sp.name, sp.confidence)


@pytest.mark.parametrize("sentence, role", [
    ("Tenant groups in Leeds said the plan did not go far enough.", "Tenant groups"),
    ("Farmers in Bavaria and Saxony said the rules were too strict.", "Farmers"),
    ("Diplomats in Brussels and Berlin said the talks had stalled.", "Diplomats"),
    ("Officials in Paris said the plan did not go far enough.", "Officials"),
])
def test_the_group_before_the_place_is_the_speaker_by_role_en(sentence, role):
    sp = _speaker(sentence, "en")
    assert sp is not None and sp.name is None and sp.role == role


@pytest.mark.parametrize("sentence, name", [
    ("Anna Reed in Dayton said the plan did not go far enough.", "Anna Reed"),
    ("Paris Hilton in London said the plan did not go far enough.", "Paris Hilton"),
    ("Jack London said the plan did not go far enough.", "Jack London"),
    ("Harris in Georgia and Florida said the plan did not go far enough.", "Harris"),
    ("Deutsche Bahn said the trains would run again on Monday.", "Deutsche Bahn"),
])
def test_a_named_speaker_before_or_named_like_a_place_stays_en(sentence, name):
    sp = _speaker(sentence, "en")
    assert sp is not None and sp.name == name


# ------------------------------------------------------------------ a place holds no person's role

@pytest.mark.parametrize("before, wrong", [
    ("Germany announced new rules on Monday.", "Germany"),
    ("The European car industry faces new tariffs after Washington announced duties on imported vehicles.", "Washington"),
    ("Brussels announced new rules on Monday.", "Brussels"),
])
def test_unnamed_role_is_not_named_after_a_place_in_the_previous_paragraph(before, wrong):
    sp = _speaker(before + '\n\n"This is a serious blow," said the head of the industry association.', "en")
    assert sp is not None and sp.name != wrong and sp.role


def test_a_role_still_goes_to_the_person_named_with_an_honorific_before():
    sp = _speaker('Mr. Weber announced job cuts on Monday.\n\n"This is a serious blow," said the chairman.', "en")
    assert sp is not None and sp.name == "Weber"


# ------------------------------------------------------------------ an English paragraph in a German article

TRUMP_DE = ("Washington. US-Präsident Donald Trump hat am Montag neue Zölle auf Autos aus der EU angekündigt.\n\n"
            "\"We have been treated very unfairly by the European Union for many years,\" Trump said at the White House.\n\n"
            "In Berlin reagierte die Bundesregierung zurückhaltend auf die Ankündigung aus Washington.\n")


def _run_quotes(tmp_path, text: str):
    src = tmp_path / "in"
    src.mkdir()
    (src / "trump.txt").write_text(text, encoding="utf-8")
    out = tmp_path / "run"
    aligner.run([src], out, only=["ingest", "quotes"])
    rows = lambda f: [json.loads(x) for x in (out / f).read_text(encoding="utf-8").splitlines() if x.strip()]  # noqa: E731
    return rows("sentences.jsonl"), rows("quotes.jsonl")


def test_english_quote_in_german_article_is_english_with_its_speaker(tmp_path):
    sents, quotes = _run_quotes(tmp_path, TRUMP_DE)
    by_id = {s["id"]: s for s in sents}
    q = [q for q in quotes if q["text"].startswith("We have been treated")]
    assert q and by_id[q[0]["sentence_ids"][0]]["language"] == "en"
    assert q[0]["language"] == "en" and q[0]["kind"] == "direct"
    assert q[0]["speaker"] and "Trump" in (q[0]["speaker"]["name"] or "")
    assert len({x["id"] for x in quotes}) == len(quotes)  # ids stay one per quote


def test_sentences_of_two_languages_each_by_their_own_rules():
    text = ('„Wir sind bereit“, sagte Anna Weber.\n\n"We are ready," Tom Reed said.')
    de = aligner.Sentence(id="a#s0000", article_id="a", paragraph_id="a#p0000", index=0, start=0, end=36,
                          text=text[:36], language="de")
    en = aligner.Sentence(id="a#s0001", article_id="a", paragraph_id="a#p0001", index=1, start=38, end=len(text),
                          text=text[38:], language="en")
    quotes = aligner.extract_quotes(aligner.Article(id="a", text=text, language="de"), [de, en])
    assert [(q.language, q.speaker.name if q.speaker else None) for q in quotes] == [("de", "Anna Weber"), ("en", "Tom Reed")]
    assert quotes[1].english == quotes[1].text and quotes[0].english is None


# ------------------------------------------------------------------ according to figures from a body

@pytest.mark.parametrize("sentence, body", [
    ("Turnout appears to be higher than in 2022, according to early figures from the U.S. Election Commission.",
     "U.S. Election Commission"),
    ("According to early figures from the U.S. Election Commission, turnout appears to be higher than in 2022.",
     "U.S. Election Commission"),
    ("Turnout appears to be higher than in 2022, according to figures from the Federal Statistical Office.",
     "Federal Statistical Office"),
])
def test_according_to_figures_from_a_body_gives_the_body_en(sentence, body):
    q = _quotes(sentence, "en")
    assert q and q[0].speaker and q[0].speaker.name == body
    assert q[0].text.startswith(("Turnout", "turnout"))


# ------------------------------------------------------------------ German plural nouns are no names

@pytest.mark.parametrize("sentence, noun", [
    ("Mieterverbände in Kreuzberg und Neukölln sagten, der Plan gehe nicht weit genug.", "Mieterverbände"),
    ("Gewerkschaften in Hamburg und Bremen sagten, der Streik gehe weiter.", "Gewerkschaften"),
    ("Sozialverbände warnten, die Rente reiche nicht.", "Sozialverbände"),
    ("Hamburger Reedereien sagten, die Lage sei ernst.", "Hamburger Reedereien"),
])
def test_plural_common_noun_is_not_a_speaker_name_de(sentence, noun):
    sp = _speaker(sentence, "de")
    assert sp is not None and sp.name is None and sp.role == noun


def test_a_body_named_with_its_place_stays_a_name_de():
    sp = _speaker("Der Mieterverband Berlin sagte, der Plan gehe nicht weit genug.", "de")
    assert sp is not None and sp.name == "Mieterverband Berlin"


def test_a_sentence_of_the_other_language_keeps_the_speaker_the_article_rules_find():
    """A paragraph detected as English in a German article whose frame is German: the English rules find no
    speaker, the German ones do; the quote stays labelled with its sentence's language."""
    text = "Olaf Scholz sprach am Montag in Berlin.\n\n„Make America great again“, sagte Trump."
    a = text.index("„")
    de = aligner.Sentence(id="a#s0000", article_id="a", paragraph_id="a#p0000", index=0, start=0, end=a - 2,
                          text=text[: a - 2], language="de")
    en = aligner.Sentence(id="a#s0001", article_id="a", paragraph_id="a#p0001", index=1, start=a, end=len(text),
                          text=text[a:], language="en")
    quotes = aligner.extract_quotes(aligner.Article(id="a", text=text, language="de"), [de, en])
    assert [(q.language, q.speaker.name if q.speaker else None) for q in quotes] == [("en", "Trump")]
    assert quotes[0].english == quotes[0].text


def test_a_german_quote_in_a_sentence_detected_as_english_stays_german():
    """A German line of a manual that sentence detection read as English ("Up"/"Down"-Schalter): its quote's own
    words are German, so the article's own (German) rules read the article and the quote is German, to be
    translated, never compared as if its German were English."""
    text = ('Die Anlage wurde am Montag geprüft.\n\n'
            'Der Wert wird mit dem „Up“- oder „Down“-Schalter eingestellt, „dann blinkt die Anzeige grün und der Test läuft“.')
    a = text.index("Der Wert")
    de = aligner.Sentence(id="a#s0000", article_id="a", paragraph_id="a#p0000", index=0, start=0, end=a - 2,
                          text=text[: a - 2], language="de")
    en = aligner.Sentence(id="a#s0001", article_id="a", paragraph_id="a#p0001", index=1, start=a, end=len(text),
                          text=text[a:], language="en")
    quotes = aligner.extract_quotes(aligner.Article(id="a", text=text, language="de"), [de, en])
    long = [q for q in quotes if "blinkt" in q.text]
    assert long and all(q.language == "de" and q.english is None for q in long)


def test_an_english_post_with_german_hashtags_stays_english():
    """An English sentence full of German hashtags ('#Batterien', '#Netzschwankungen') that sentence detection read
    as German: the quote's own words, hashtags left aside, are English, so the English article's rules read it and it
    is compared as English (its planted negation was missed as 'no English on a side')."""
    text = ('Old batteries get a second life.\n\n'
            '"#Altbatterien from #Elektroautos are rarely #Schrott. In a #Modellversuch, they store #Solarstrom and smooth '
            '#Netzspitzen," the operator said.')
    a = text.index('"#Altbatterien')
    en = aligner.Sentence(id="a#s0000", article_id="a", paragraph_id="a#p0000", index=0, start=0, end=a - 2,
                          text=text[: a - 2], language="en")
    de = aligner.Sentence(id="a#s0001", article_id="a", paragraph_id="a#p0001", index=1, start=a, end=len(text),
                          text=text[a:], language="de")
    quotes = aligner.extract_quotes(aligner.Article(id="a", text=text, language="en"), [en, de])
    (q,) = [q for q in quotes if "rarely" in q.text]
    assert q.language == "en" and q.english == q.text
