"""Run-wide speaker ids: numbers are part of a name, only personal names are transliteration-folded,
and no speaker takes a name from another article's person."""

from __future__ import annotations

from aligner.model import Quote, Speaker
from aligner.quotes.speakers import cluster_groups, cluster_names, normalise_speakers
from aligner.text.names import fold_word, name_key


def _quote(aid: str, mention: str, name: str | None, *, group: bool = False, role: str | None = None,
           how: str | None = None) -> Quote:
    sp = Speaker(mention=mention, start=0, end=len(mention), name=name, role=role, resolved_from=how,
                 id="org:" if group else None)
    return Quote(id=f"{aid}#q0", article_id=aid, text="words", start=0, end=5, kind="direct", language="en", speaker=sp)


def test_fold_keeps_digits():
    assert fold_word("58-Jährige") != fold_word("85-Jährige")
    assert name_key("the 31-year-old") != name_key("the 63-year-old")
    assert fold_word("100") == "100"  # doubled letters collapse, doubled digits do not
    assert fold_word("Rjabkow") == fold_word("Ryabkov")  # names still fold


def test_age_noun_speaker_keeps_its_own_age():
    quotes = [_quote("a1", "the 93-year-old", "93-year-old", group=True),
              _quote("a1", "the 93-year-old", "93-year-old", group=True),
              _quote("b7", "the 39-year-old", "39-year-old", group=True),
              _quote("c2", "the 38 years old", "38 years old", group=True)]
    normalise_speakers(quotes)
    names = [q.speaker.name for q in quotes]
    assert names == ["93-year-old", "93-year-old", "39-year-old", "38 years old"]
    assert len({q.speaker.id for q in quotes[1:]}) == 3


def test_groups_with_other_numbers_stay_apart():
    out = cluster_groups(["Team 17", "Team 18", "Kreml", "Kremls"])
    assert out["Team 17"][0] != out["Team 18"][0]
    assert out["Kreml"] == out["Kremls"]


def test_acronyms_and_institutions_are_not_transliterated():
    from aligner.text.names import fold_plain

    assert fold_plain("KWZ") == "kwz"
    out = cluster_names(["KWZ", "KVZ", "Bavarian Growers Association"])
    assert out["KWZ"][0] == "spk:kwz" and out["KVZ"][0] == "spk:kvz"
    assert out["Bavarian Growers Association"][0] == "spk:bavarian_growers_association"
    names = cluster_names(["Sergej Rjabkow", "Sergei Ryabkov", "Jurij Wolkow", "J. Wolkow"])
    assert names["Sergej Rjabkow"] == names["Sergei Ryabkov"]  # personal names still meet across spellings
    assert names["Jurij Wolkow"] == names["J. Wolkow"]  # an initial is part of a personal name
    assert cluster_names(["JURIJ WOLKOW", "Juri Volkov"])["JURIJ WOLKOW"][0] == "spk:yury_volkov"  # in capitals


def test_role_takes_no_person_of_another_article():
    named = _quote("x1", "Club spokesman Tobias Quandtner", "Tobias Quandtner", role="Club spokesman")
    elsewhere = _quote("y2", "the spokesman", None, how="role")
    here = _quote("x1", "the spokesman", None, how="role")
    here.start, here.end = 20, 25  # quoted after the named holder (fx103: a role takes only a holder quoted before it)
    normalise_speakers([named, elsewhere, here])
    assert here.speaker.name == "Tobias Quandtner"
    assert elsewhere.speaker.name is None and elsewhere.speaker.id is None


def test_names_in_cyrillic_and_greek_fold_like_their_latin_spelling():
    assert name_key("Олена Бойко") == name_key("Olena Boyko")
    assert name_key("Γιώργος Παππάς") == name_key("Giorgos Pappas")
    out = cluster_names(["Олена Бойко", "Ігор Шевчук", "Olena Boyko"])
    assert out["Олена Бойко"][0] == out["Olena Boyko"][0] != out["Ігор Шевчук"][0]


def test_no_speaker_gets_an_empty_or_shared_id_for_want_of_latin_letters():
    quotes = [_quote("a1", "王小明", "王小明"), _quote("b2", "李华", "李华"), _quote("c3", "—", "—", group=True)]
    normalise_speakers(quotes)
    ids = [q.speaker.id for q in quotes]
    assert ids[0] and ids[1] and ids[0] != ids[1] and ids[0].split(":", 1)[1] and ids[1].split(":", 1)[1]
    assert ids[2] is None
