"""The scorer's test of a speaker against a gold source that is a possessive with a noun of view
("seiner Meinung nach"): the possessor is the source, as for a pronoun; other possessed nouns are
other people.  Invented sentences."""

from __future__ import annotations

from aligner.model import Speaker
from aligner.quotes import evaluate
from aligner.quotes.evaluate import gold_direct, speaker_right

TEXT = ("Paul Krüger forderte eine Untersuchung. Die Regierung schwieg. Es habe sich seiner Meinung nach um einen "
        "„schweren Angriff auf Zivilisten“ gehandelt.")


def _gold(source: str) -> dict:
    a, s = TEXT.index("schweren Angriff"), TEXT.index(source)
    message = (a, a + len("schweren Angriff auf Zivilisten"))
    annotated = [{"cls": "direct", "message": [message], "source": [(s, s + len(source))]},
                 {"cls": "indirect", "message": [(14, 38)], "source": [(0, 11)]}]  # "Paul Krüger" forderte …
    (g,), _ = gold_direct(TEXT, annotated, {0})
    return g


def test_the_possessor_of_a_view_is_the_source():
    g = _gold("seiner Meinung")
    kruger = Speaker(mention="Paul Krüger", start=0, end=11, name="Paul Krüger")
    assert speaker_right(TEXT, Speaker(mention="Krüger", name="Paul Krüger"), g["source_chars"], g["alt_words"])
    assert speaker_right(TEXT, kruger, g["source_chars"], g["alt_words"])
    assert not speaker_right(TEXT, Speaker(mention="die Regierung", name="Regierung"), g["source_chars"], g["alt_words"])


def test_the_old_test_is_kept_behind_a_switch():
    evaluate.POSSESSIVE_SOURCES["on"] = False
    try:
        g = _gold("seiner Meinung")
        assert not speaker_right(TEXT, Speaker(mention="Krüger", name="Paul Krüger"), g["source_chars"], g["alt_words"])
    finally:
        evaluate.POSSESSIVE_SOURCES["on"] = True


def test_a_possessed_person_is_not_the_possessor():
    assert not evaluate._pronoun_source("sein Anwalt", [(0, 11)])
    assert evaluate._pronoun_source("ihrer Ansicht", [(0, 13)])


def _doc():
    from aligner.model import Article, Sentence

    art = Article(id="t", text=TEXT, language="de")
    sents, start = [], 0
    for i, piece in enumerate(TEXT.split(". ")):
        end = start + len(piece) + (1 if i < 2 else 0)
        sents.append(Sentence(id=f"t#s{i}", article_id="t", paragraph_id="t#p0", index=i, start=start, end=end,
                              text=TEXT[start:end], language="de"))
        start = end + 1
    a, s = TEXT.index("schweren Angriff"), TEXT.index("seiner Meinung")
    gold = [{"cls": "direct", "message": [(a, a + len("schweren Angriff auf Zivilisten"))], "source": [(s, s + 14)]},
            {"cls": "indirect", "message": [(14, 38)], "source": [(0, 11)]}]
    return art, sents, gold


def test_the_old_measure_is_printed_beside_the_new_one(capsys):
    from aligner.model import Quote

    a = TEXT.index("schweren Angriff")
    b = a + len("schweren Angriff auf Zivilisten")
    quote = Quote(id="t#q0", article_id="t", text=TEXT[a:b], start=a, end=b, kind="fragment", language="de",
                  speaker=Speaker(mention="Krüger", name="Paul Krüger", confidence=0.9), flags=["rule:sentence-cue"])
    res = evaluate._evaluate_both_measures([_doc()], strict=False, extractor=lambda art, sents: [quote])
    assert res["old"]["total"]["direct"] != res["total"]["direct"]  # the quote's speaker is right by the new test only
    evaluate.print_old_measure(res)
    line = capsys.readouterr().out.strip()
    assert line.startswith("old measure (--no-possessive-sources") and "with-speaker F1 0.000 (now 1.000)" in line
    assert evaluate.POSSESSIVE_SOURCES["on"]


def _possessor_right(text: str, source: str, name: str, agreement: bool = True) -> bool:
    a, s = text.index("klarer Bruch"), text.index(source)
    n = text.index(name)
    annotated = [{"cls": "direct", "message": [(a, a + len("klarer Bruch der Regeln"))], "source": [(s, s + len(source))]},
                 {"cls": "indirect", "message": [(n + len(name) + 1, n + len(name) + 10)], "source": [(n, n + len(name))]}]
    evaluate.SOURCE_AGREEMENT["on"] = agreement
    try:
        (g,), _ = gold_direct(text, annotated, {0})
        return speaker_right(text, Speaker(mention=name, name=name), g["source_chars"], g["alt_words"])
    finally:
        evaluate.SOURCE_AGREEMENT["on"] = True


def test_a_possessor_of_the_other_gender_is_not_credited():
    woman = "Frau Kim Brandt verlangte Aufklärung. Es sei seiner Ansicht nach ein „klarer Bruch der Regeln“ gewesen."
    assert not _possessor_right(woman, "seiner Ansicht", "Kim Brandt")
    assert _possessor_right(woman, "seiner Ansicht", "Kim Brandt", agreement=False)  # the old test
    man = "Herr Kim Brandt verlangte Aufklärung. Es sei ihrer Ansicht nach ein „klarer Bruch der Regeln“ gewesen."
    assert not _possessor_right(man, "ihrer Ansicht", "Kim Brandt")
    assert _possessor_right(man.replace("ihrer", "seiner"), "seiner Ansicht", "Kim Brandt")
    english = "Mrs. Kim Brandt asked for an inquiry. In his view it was a “klarer Bruch der Regeln” anyway."
    assert not _possessor_right(english, "his view", "Kim Brandt")


def test_a_male_first_name_ending_like_a_female_role_noun_is_no_woman():
    from aligner.quotes.evaluate import antecedent_words

    text = ("„Die Brücke ist zu teuer“, sagte Klaus Becker. „Sie ist dringend nötig“, sagte Konstantin Roth. "
            "„Wir prüfen das noch“, sagte er.")
    spans = [[(text.index(w), text.index(w) + len(w))] for w in ("Klaus Becker", "Konstantin Roth")]
    er = text.rindex(" er.") + 1
    assert antecedent_words(text, [(er, er + 2)], [*spans, [(er, er + 2)]]) >= {"konstantin", "roth"}
    role = text.replace("Konstantin Roth", "die Stadträtin Eva Roth").replace("sagte er", "sagte sie")
    spans[1] = [(role.index("die Stadträtin Eva Roth"), role.index("die Stadträtin Eva Roth") + 23)]
    sie = role.rindex(" sie.") + 1
    assert antecedent_words(role, [(sie, sie + 3)], [*spans, [(sie, sie + 3)]]) >= {"eva", "roth"}
