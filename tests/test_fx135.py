"""fx135: page furniture (breadcrumbs, share bars, copyright and credit lines, Swiss / Austrian captions,
agency tags, forum counters, ORF notices, signed reader comments) and headline titles (rv77-8, rv76-12,
rv76-24, rv76-22 / rv77-20).  Invented sentences."""
from __future__ import annotations

import pytest

from aligner.clean import clean_text, split_paragraphs
from aligner.ingest import _guess_title

BODY = ("Der Stadtrat hat am Montag einen neuen Haushalt für das kommende Jahr beschlossen.\n\n"
        "Die Bürgermeisterin sprach von einem schwierigen, aber notwendigen Kompromiss.\n\n")


def _kept(line: str) -> tuple[bool, str]:
    r = clean_text(BODY + line + "\n\n" + BODY.replace("Montag", "Dienstag"))
    return r.decisions[2].keep, r.decisions[2].reason


@pytest.mark.parametrize("line", [
    "Home > News > Politics", "Startseite > Regional > Verkehr", "Teilen auf Facebook",
    "Share this with Facebook Twitter Email", "© HARBOUR TIMES 2026. All rights reserved.",
    "Source: PA Media / HARBOUR", "Bildunterschrift: Der Marktplatz im Regen.",
    "Bildlegende: Volle Busse am Bahnhof. (Keystone)", "(Keystone)", "(APA/red, 3.11.2026)",
    "Posting 1 bis 40 von 212", "linz.ORF.at/Agenturen", "Link:", "Dieser Artikel ist älter als zwei Jahre.",
    "Publiziert am 03.11.2026 um 09:12 Uhr, aktualisiert um 11:40 Uhr",
])
def test_furniture_is_removed(line):
    keep, reason = _kept(line)
    assert not keep and reason, (line, reason)


@pytest.mark.parametrize("line", [
    "Teilen auf Facebook ist für viele ältere Menschen schwierig geworden.",
    "Share this with your neighbours, the mayor urged.",
    "Home > away is the rule this season, said the coach.",
    "Die Studie wurde am 3.11.2026 publiziert.",
    "Der Artikel ist älter als zwei Jahre, sagte die Richterin.",
    "Link: Mehr als 40 Menschen warteten stundenlang am Bahnhof.",
    "Die Agentur (Keystone) hat die Bilder verbreitet.",
    "Source: the council said 12 buses were cancelled.",
])
def test_sentences_like_furniture_are_kept(line):
    assert _kept(line)[0], line


def test_signed_reader_comments_go_with_their_heading():
    text = ("Busse fallen aus\n\nDer Verkehrsbetrieb streicht ab Montag zwölf Linien.\n\n"
            "«Wir haben keine Fahrer mehr», sagte Betriebsleiterin Vera Imhof.\n\nDie beliebtesten Leserkommentare\n\n"
            "Karl Huber, vor 2 Std.\n\n«Wir haben keine Fahrer mehr» – das höre ich seit Jahren. Ich fahre Velo.\n\n"
            "Lena Roth, vor 5 Std.\n\nDie Stadt hat geschlafen, sagte schon mein Vater.")
    r = clean_text(text)
    kept = [text[s:e] for (s, e), d in zip(r.spans, r.decisions) if d.keep]
    assert kept == text.split("\n\n")[:3], kept


def test_a_comments_heading_without_signatures_takes_nothing_along_in_the_front_half():
    text = ("Busse fallen aus\n\nKommentare\n\nDer Verkehrsbetrieb streicht ab Montag zwölf Linien in der Stadt.\n\n"
            "«Wir haben keine Fahrer mehr», sagte Betriebsleiterin Vera Imhof am Abend.")
    r = clean_text(text)
    assert sum(d.keep for d in r.decisions) == 3


def _title(text: str) -> str | None:
    sp = split_paragraphs(text)
    return _guess_title(text, sp, list(range(len(sp))))


@pytest.mark.parametrize("head", ["Verkehrsbetrieb: «Wir haben keine Fahrer mehr»",
                                  'Bus strike in Leeds: "We have no drivers left"',
                                  "Stadtrat: »Das wird teuer«", "Busse fallen", "Bus strike"])
def test_headline_ending_in_its_quote_or_of_two_words_is_the_title(head):
    assert _title(head + "\n\nDer Verkehrsbetrieb streicht ab Montag zwölf Linien in der Stadt.") == head


@pytest.mark.parametrize("head", ["«Wir haben keine Fahrer mehr»", "Verkehr", "Stadtrat: «Das wird teuer.»",
                                  "Der Stadtrat tagte."])
def test_no_title_from_a_bare_quote_one_word_or_a_sentence(head):
    assert _title(head + "\n\nDer Verkehrsbetrieb streicht ab Montag zwölf Linien in der Stadt.") is None


def test_two_words_over_a_short_line_are_no_title():
    assert _title("Bus strike\n\nMore soon.") is None


def test_the_no_quote_list_names_the_file_then_the_title():
    from aligner.model import Article
    from aligner.report import _without_quotes

    arts = [Article(id="a", text="x", title="Bus strike", source_path="/in/zz_0001.txt"),
            Article(id="b", text="y", source_path="/in/zz_0002.txt"),
            Article(id="c", text="z", title="Quoted", source_path="/in/zz_0003.txt")]
    assert _without_quotes({"c": ["q"]}, arts, []) == ['zz_0001.txt ("Bus strike")', "zz_0002.txt"]


def test_copies_that_differ_in_furniture_only_are_set_aside(tmp_path):
    from aligner.ingest import ingest_paths

    body = ("Bus strike in Leeds\n\nThe city's bus operator cancelled twelve routes on Monday morning.\n\n"
            "\"We have no drivers left,\" said operations manager Vera Imhof.\n")
    extra = ["", "Home > News > Leeds\n\n", "Teilen auf Facebook\n\n"]
    for i, head in enumerate(extra):
        (tmp_path / f"leeds_{i}.txt").write_text(head + body + ("\nShare this with Facebook Twitter Email\n" if i else ""),
                                                 encoding="utf-8")
    meta = {f"leeds_{i}.txt": {"outlet": "harbour", "language": "en"} for i in range(3)}
    res = ingest_paths([tmp_path], metadata=meta, quiet=True)
    assert [a.title for a in res.articles] == ["Bus strike in Leeds"]
    assert sum(s.stage == "duplicate" for s in res.skipped) == 2


def test_link_titles_under_a_bare_link_label_go_sentences_stay():
    text = ("Die Stadt plant neue Radwege in allen Bezirken bis zum Jahr 2030.\n\nLink:\n\nStadt Linz\n\n"
            "Radwege im Überblick\n\nDie Kosten liegen bei 40 Millionen Euro, sagte der Stadtrat.\n\n"
            "Link: Die Stadt hat im Vorjahr gespart.")
    r = clean_text(text)
    assert [d.keep for d in r.decisions] == [True, False, False, False, True, True]
