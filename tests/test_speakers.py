"""Speaker names: role stripping, transliteration folding, corpus-level clustering."""

from __future__ import annotations

from aligner.model import Quote, Speaker
from aligner.quotes.speakers import cluster_names, fold_name, normalise_speakers, parse_mention


def test_titles_and_roles_are_stripped():
    assert parse_mention("der stellvertretende russische Außenminister Sergej Rjabkow", "de") == (
        "Sergej Rjabkow", "stellvertretende russische Außenminister", "person")
    assert parse_mention("Kremlin spokesman Dmitri Peskov", "en") == ("Dmitri Peskov", "Kremlin spokesman", "person")
    assert parse_mention("Russia’s Deputy Foreign Minister Sergei Ryabkov", "en")[0] == "Sergei Ryabkov"
    name, role, kind = parse_mention("Der Nationale Sicherheitsberater der Vereinigten Staaten, Jake Sullivan", "de")
    assert (name, kind) == ("Jake Sullivan", "person") and "Sicherheitsberater" in role
    name, role, _ = parse_mention("Michael Carpenter, US ambassador to the OSCE", "en")
    assert name == "Michael Carpenter" and role == "US ambassador to the OSCE"


def test_pronouns_roles_groups():
    assert parse_mention("er", "de")[2] == "pronoun"
    assert parse_mention("She", "en")[2] == "pronoun"
    assert parse_mention("the spokesman", "en") == (None, "spokesman", "role")
    assert parse_mention("der Vizeminister", "de")[2] == "role"
    assert parse_mention("das Außenministerium der kubanischen Diktatur", "de") == (
        "Außenministerium der kubanischen Diktatur", None, "group")
    # a document stands for its author
    assert parse_mention("einer Erklärung des Kremls", "de")[0] == "Kreml"
    assert parse_mention("a Kremlin press release", "en")[0] == "Kremlin"


def test_folding_maps_transliterations_together():
    key = fold_name("Ryabkov")
    for variant in ("Rjabkow", "Riabkow", "Ryabkow", "Rjabkov"):
        assert fold_name(variant) == key, variant
    assert fold_name("Lawrow") == fold_name("Lavrov")
    assert fold_name("Peskow") == fold_name("Peskov") == fold_name("Pieskow")
    assert fold_name("Díaz-Canel") == fold_name("Diaz-Canel")
    assert fold_name("Sergej") == fold_name("Sergei") == fold_name("Sergey")
    assert fold_name("Selenskyj") == fold_name("Selenskiy")
    # different names stay apart
    assert fold_name("Lawrow") != fold_name("Ryabkov")
    assert fold_name("Peskov") != fold_name("Petrov")


def test_clustering_is_corpus_level():
    names = ["Sergej Rjabkow", "Ryabkov", "Riabkow", "Sergei Ryabkov", "Sergej Riabkow",
             "Sergei Lawrow", "Lavrov", "Lawrow",
             "Dmitri Peskov", "Peskow", "Pieskow",
             "Diaz-Canel", "Miguel Díaz-Canel", "Díaz-Canel",
             "Hillary Clinton", "Bill Clinton", "Clinton"]
    m = cluster_names(names)
    ids = lambda *ns: {m[n][0] for n in ns}
    assert len(ids("Sergej Rjabkow", "Ryabkov", "Riabkow", "Sergei Ryabkov", "Sergej Riabkow")) == 1
    assert len(ids("Sergei Lawrow", "Lavrov", "Lawrow")) == 1
    assert len(ids("Dmitri Peskov", "Peskow", "Pieskow")) == 1
    assert len(ids("Diaz-Canel", "Miguel Díaz-Canel", "Díaz-Canel")) == 1
    assert m["Lavrov"][1] == "Sergei Lawrow"  # canonical name: a full name seen in the run
    assert len(ids("Ryabkov", "Lavrov", "Peskow", "Diaz-Canel")) == 4
    # two people who share a surname are not merged, and a bare surname that could be either stays apart
    assert m["Hillary Clinton"][0] != m["Bill Clinton"][0]
    assert m["Clinton"][0] not in ids("Hillary Clinton", "Bill Clinton")


def test_incompatible_first_names_split():
    m = cluster_names(["Alexander Petrov", "Andrei Petrow", "Aleksandr Petrov"])
    assert m["Alexander Petrov"][0] == m["Aleksandr Petrov"][0]
    assert m["Andrei Petrow"][0] != m["Alexander Petrov"][0]


def test_normalise_speakers_sets_ids_and_names():
    def q(name, org=False):
        sp = Speaker(mention=name, name=name, id="org:" if org else None)
        return Quote(id=name, article_id="a", text="x", start=0, end=1, kind="direct", language="de", speaker=sp)

    quotes = [q("Sergej Rjabkow"), q("Ryabkov"), q("Kreml", org=True), Quote("n", "a", "y", 0, 1, "direct", "en")]
    normalise_speakers(quotes)
    assert quotes[0].speaker.id == quotes[1].speaker.id and quotes[0].speaker.id.startswith("spk:")
    assert quotes[1].speaker.name == "Sergej Rjabkow" and quotes[1].speaker.mention == "Ryabkov"
    assert quotes[2].speaker.id == "org:kreml"
    assert quotes[3].speaker is None


def test_institutions_cluster_across_languages():
    from aligner.quotes.speakers import cluster_groups

    m = cluster_groups(["Kreml", "Kremlin", "Kremlin", "Außenministerium", "Russland"])
    assert m["Kreml"] == m["Kremlin"] == ("org:kremlin", "Kremlin")
    assert m["Russland"][0] != m["Kreml"][0]
    assert m["Außenministerium"][0] not in (m["Kreml"][0], m["Russland"][0])


def test_bracketed_party_goes_to_the_role():
    assert parse_mention("Christian Meier (CDU)", "de")[:2] == ("Christian Meier", "(CDU)")
    name, role, kind = parse_mention("die Sprecherin der Fraktion, Sandra Kühn (GRÜNE)", "de")
    assert (name, kind) == ("Sandra Kühn", "person") and "(GRÜNE)" in role and "Sprecherin" in role


def test_inflected_institution_names_get_one_id():
    from aligner.quotes.speakers import cluster_groups

    # genitive -s/-es and dative -e are one institution, whatever order and frequency the forms come in
    m = cluster_groups(["Kremlin", "Kremlin", "Kremlin", "Kremls", "Kremls", "Kreml"])
    assert m["Kreml"] == m["Kremls"] == m["Kremlin"] == ("org:kremlin", "Kremlin")
    m = cluster_groups(["Kremls", "Kremls", "Kreml", "Kremle"])
    assert m["Kremls"] == m["Kreml"] == m["Kremle"] == ("org:kreml", "Kreml")  # the base form names it
    m = cluster_groups(["Bundestages", "Bundestag", "Bundesrates", "Bundesrat", "Russlands", "Russland"])
    assert m["Bundestages"] == m["Bundestag"] == ("org:bundestag", "Bundestag")
    assert m["Bundesrates"][0] == m["Bundesrat"][0] != m["Bundestag"][0]
    assert m["Russlands"][0] == m["Russland"][0] not in (m["Bundestag"][0], m["Bundesrat"][0])
    # a genitive mention gives the base form as the name
    assert parse_mention("des Bundestages", "de")[::2] == ("Bundestag", "group")
    assert parse_mention("des Kremls", "de")[0] == "Kreml"
    assert parse_mention("des Komitees", "de")[0] == "Komitee"
    assert parse_mention("des Verteidigungsministeriums", "de")[::2] == ("Verteidigungsministerium", "group")


def test_kreml_forms_in_one_run_share_an_id():
    from aligner.model import Article
    from aligner.quotes import extract_quotes

    texts = ["Der Kreml erklärte am Montag, dass die Gespräche nützlich gewesen seien.",
             "Nach Angaben des Kremls seien die Gespräche nützlich gewesen.",
             "„Die Gespräche waren nützlich“, hieß es aus dem Kremle."]
    qs = [q for i, t in enumerate(texts) for q in extract_quotes(Article(id=f"a{i}", text=t, language="de"))]
    normalise_speakers(qs)
    assert [q.speaker.mention for q in qs] == ["Der Kreml", "des Kremls", "dem Kremle"]
    assert {q.speaker.id for q in qs} == {"org:kreml"} and {q.speaker.name for q in qs} == {"Kreml"}


def _quotes_of(text, lang, aid="a"):
    from aligner.model import Article, Sentence
    from aligner.quotes import extract_quotes
    from aligner.quotes.base import simple_sentences

    art = Article(id=aid, text=text, language=lang)
    sents = [Sentence(f"{aid}#{j}", aid, "", j, x, y, text[x:y], lang) for j, (x, y) in enumerate(simple_sentences(text))]
    return extract_quotes(art, sents)


def test_one_name_folding_for_speakers_and_matching():
    from aligner.match import clusters
    from aligner.quotes import speakers
    from aligner.text import names

    assert clusters.name_key is names.name_key and speakers.fold_name is names.fold_name
    assert names.name_key("Sergej Rjabkow") == names.name_key("Sergei Ryabkov") == names.name_key("Riabkow")
    assert names.name_key("Schewtschenko") == names.name_key("Shevchenko")
    assert names.name_key("Lawrow") != names.name_key("Ryabkov")
    assert names.name_key("org:kreml") == "org:kreml" and names.name_key("") is None


def test_speaker_entities_roles_and_confidence_in_a_run():
    t = ("Der stellvertretende russische Außenminister Sergej Rjabkow sagte: „Wir werden nicht nachgeben.“ "
         "Außenminister Sergej Lawrow sagte: „Wir gehen jetzt.“ Später fügte der Vizeaußenminister hinzu: „Die Gespräche sind beendet.“")
    t2 = "Russian deputy foreign minister Sergei Ryabkov said: “We will not yield to pressure.”"
    quotes = _quotes_of(t, "de", "a") + _quotes_of(t2, "en", "b")
    normalise_speakers(quotes)
    rjabkow, lawrow, vize, ryabkov = (q.speaker for q in quotes)
    assert rjabkow.id == ryabkov.id == vize.id != lawrow.id  # one entity across spellings and the role
    assert vize.resolved_from == "role" and vize.mention == "der Vizeaußenminister"
    assert all(0 < s.confidence <= 1 for s in (rjabkow, lawrow, vize, ryabkov))
    assert vize.confidence < rjabkow.confidence  # reached through a role: trusted less
    assert all(any(f.startswith("rule:") for f in q.flags) for q in quotes)


def test_ambiguous_role_stays_unresolved():
    t = ("Außenminister Sergej Lawrow sagte: „Wir gehen jetzt.“ Außenminister Antony Blinken sagte: „Wir bleiben hier.“ "
         "Eine Woche später sagte ein Außenminister: „Das ist vorbei.“")
    quotes = _quotes_of(t, "de")
    normalise_speakers(quotes)
    assert quotes[-1].speaker is None or quotes[-1].speaker.id is None


def test_quotes_explain_names_the_rule(tmp_path):
    from typer.testing import CliRunner

    from aligner.cli import app

    f = tmp_path / "a.txt"
    f.write_text("Der Minister Hans Meier sagte am Montag in Berlin vor Journalisten: „Wir werden das Gesetz ändern.“\n", encoding="utf-8")
    res = CliRunner().invoke(app, ["quotes", str(f), "--lang", "de", "--explain"])
    assert res.exit_code == 0, res.output
    assert "rule colon-frame" in res.output and "Hans Meier" in res.output and "confidence" in res.output


def test_record_english_fills_quotes_jsonl():
    from aligner.quotes.stage import record_english

    quotes = _quotes_of("Der Minister Hans Meier sagte: „Wir werden das Gesetz ändern.“ „Nein“, sagte sie.", "de")
    written = []

    class Store:
        def write(self, name, records):
            written.append((name, [q.english for q in records]))

    english = [("We will change the law.", "sentence"), ("No", "none")][: len(quotes)]
    assert record_english(Store(), quotes, english) == 1
    assert written == [("quotes.jsonl", ["We will change the law."] + [None] * (len(quotes) - 1))]
    assert record_english(Store(), quotes, english) == 0 and len(written) == 1  # nothing changed: not rewritten


def test_speaker_candidates_are_noun_phrases_not_adverbs_or_fragments():
    from aligner.quotes.speakers import plausible_speaker

    for junk in ("t", "s", "Normally", "Monday", "Already", "Mr", "the", "Der", "I must", "we all", "been", "Warum",
                 "what their cultural background is", "the assembly instructions they are the correct ones"):
        assert not plausible_speaker(junk, "en" if junk[0] != "D" and junk != "Warum" else "de"), junk
    for ok in ("Mook", "he", "Sie", "the board", "a friend", "psychologist Jane Alvord", "der Gewerkschafter Bernard Aubin",
               "finance officer Tom Reed", "the 58-year-old", "VW-Chef Winterkorn"):
        assert plausible_speaker(ok, "de" if ok.startswith(("der", "VW", "Sie")) else "en"), ok
    assert not plausible_speaker("the motto", "en", strict=True) and plausible_speaker("the spokesman", "en", strict=True)


def test_cut_mentions_are_repaired_or_dropped():
    t = "“We will win this fight,” Mr. Clyburn said. “It doesn’t matter,” explained the 58-year-old. Normally, “we go home early,” he said."
    quotes = _quotes_of(t, "en")
    assert [q.speaker.mention if q.speaker else None for q in quotes][:2] == ["Clyburn", "the 58-year-old"]
    assert all(q.speaker is None or q.speaker.mention not in ("t", "Normally", "Mr", "the") for q in quotes)


def test_titles_and_names_in_quote_marks_are_marked_and_never_attributed():
    t = ("Trump told NBC’s “Meet the Press” that he would win. Die Partei „Union pour un Mouvement Populaire“ "
         "gewann, sagte Sarkozy. “We will win this state easily,” Trump said.")
    en = _quotes_of(t[: t.index("Die Partei")].strip(), "en")
    de = _quotes_of(t[t.index("Die Partei") : t.index("“We")].strip(), "de", "b")
    titles = [q for q in en + de if "title" in q.flags]
    assert sorted(q.text for q in titles) == ["Meet the Press", "Union pour un Mouvement Populaire"]
    assert all(q.speaker is None and "rule:title" in q.flags for q in titles)
    speech = _quotes_of(t[t.index("“We") :], "en", "c")
    assert speech[0].kind == "direct" and "title" not in speech[0].flags and speech[0].speaker.mention == "Trump"


# -- junk speakers seen on WMT news (issue 18): discourse words, things, sub-word matches ----------


def _speakers_en(text: str) -> list[tuple[str, str | None]]:
    from aligner.model import Article
    from aligner.quotes import extract_quotes

    return [(q.text, q.speaker.mention if q.speaker else None) for q in extract_quotes(Article(id="a", text=text, language="en"))]


def test_a_discourse_word_opening_the_sentence_is_not_part_of_the_speaker():
    got = _speakers_en("The senator spoke on Sunday. Instead, Trump said the plan was “a disaster for everyone involved”.")
    assert [m for _, m in got] == ["Trump"]
    got = _speakers_en("Callers rang in during the segment. No, it is not a “nervous person at all”.")
    assert got == [("nervous person at all", None)]
    got = _speakers_en("The committee does not comment on costs. However, the parade is generally “unprofitable for the city,” "
                       "which is no secret.")
    assert got == [("unprofitable for the city", None)]


def test_a_thing_before_a_colon_is_no_speaker_and_the_quote_goes_on_from_the_person_before():
    got = _speakers_en("“Exercise keeps me young,” the 102-year-old says to BILD. Her advice to everyone: "
                       "“working out, healthy food, and no alcohol.”")
    assert [m for _, m in got] == ["the 102-year-old", "the 102-year-old"]


def test_people_words_match_whole_words_not_pieces_of_words():
    from aligner.quotes.speakers import plausible_speaker

    assert not plausible_speaker("comment of mine", "en")  # "men" inside "comment"
    assert not plausible_speaker("Her advice", "en", strict=True)  # "ad" inside "advice"
    assert not plausible_speaker("No", "en")
    assert plausible_speaker("all women", "en") and plausible_speaker("the 74-year-old", "en", strict=True)
    assert plausible_speaker("die Rolle des Milchmanns Tevje", "de", strict=True)  # compound head "-mann" + genitive s
    assert plausible_speaker("the investigators", "en", strict=True)


def test_a_lone_german_noun_is_no_speaker_unless_the_text_names_it_as_a_surname():
    from aligner.model import Article
    from aligner.quotes import extract_quotes

    def found(text):
        return [(q.speaker.mention if q.speaker else None, q.flags[-1]) for q in extract_quotes(Article(id="a", text=text, language="de"))]

    # "Chance" opens the sentence but is a noun: no speaker, and the flag says so
    assert found("Die Firma stellte am Montag ihr Programm vor. Dies ist eine echte Chance für Video, im Web ein "
                 "„Bürger erster Klasse zu werden“.") == [(None, "rule:unattributed")]
    assert found("Die Lage ist ernst. Die Methode ohne Umschweife: „Das ist ein Fehler der Regierung.“") == [(None, "rule:unattributed")]
    # "Stoiber" stands after a first name elsewhere in the text: a surname
    assert found("Edmund Stoiber trat am Montag vor die Presse. Stoiber ohne Umschweife: „Das ist ein Fehler der Regierung.“") == [
        ("Stoiber", "rule:colon-frame")]


def test_confidence_follows_how_the_speaker_was_found():
    from aligner.quotes.confidence import CONFIDENT

    t = ("Moore thanked the volunteers for “being a great help to all of us here”. "
         "“We will win this fight,” said Senator John Smith. “Nobody can stop us now.”")
    guessed, framed, continued = _quotes_of(t, "en")
    assert framed.speaker.mention == "Senator John Smith" and framed.speaker.confidence >= CONFIDENT
    # a whole quoted sentence right after an attributed one carries the same speaker, trusted
    assert continued.speaker.mention == "Senator John Smith" and continued.speaker.confidence >= CONFIDENT
    # the subject of the quote's own sentence, with no speech verb: a guess, never confident
    assert guessed.speaker.mention == "Moore" and guessed.speaker.confidence < CONFIDENT


def test_confidence_override_file(tmp_path, monkeypatch):
    import pytest

    from aligner.errors import ConfigError
    from aligner.quotes.confidence import speaker_confidence

    f = tmp_path / "conf.json"
    f.write_text('{"en": {"frame-after": 0.42}, "de": {"sentence-subject": 0.95}}', encoding="utf-8")
    monkeypatch.setenv("ALIGNER_SPEAKER_CONFIDENCE", str(f))
    assert speaker_confidence("en", "frame-after") == 0.42
    assert speaker_confidence("de", "sentence-subject") == 0.95
    assert speaker_confidence("de", "frame-after") > 0.42  # not in the file: the hand-set value
    g = tmp_path / "flat.json"
    g.write_text('{"frame-after": 0.3}', encoding="utf-8")
    monkeypatch.setenv("ALIGNER_SPEAKER_CONFIDENCE", str(g))
    assert speaker_confidence("de", "frame-after") == speaker_confidence("en", "frame-after") == 0.3
    bad = tmp_path / "bad.json"
    bad.write_text('{"frame-after": 3}', encoding="utf-8")
    monkeypatch.setenv("ALIGNER_SPEAKER_CONFIDENCE", str(bad))
    with pytest.raises(ConfigError, match="bad.json"):
        speaker_confidence("de", "frame-after")


def test_negated_contraction_is_no_speaker_mention():
    from aligner.quotes.speakers import plausible_speaker

    assert not plausible_speaker("both of them didn’t", "en")
    assert not plausible_speaker("the players don't", "en")
    assert plausible_speaker("both of them", "en")


def test_german_organisation_nouns_ending_like_abstract_nouns_are_speakers():
    from aligner.quotes.speakers import parse_mention, plausible_speaker

    for m in ("Die Hausverwaltung", "Die Gewerkschaft", "Die Fraktion", "Die Stiftung"):
        assert plausible_speaker(m, "de"), m
        assert parse_mention(m, "de")[2] == "group"
    assert not plausible_speaker("Die Speicherung von Fingerabdrücken", "de")


def test_a_prepositional_phrase_is_no_english_speaker():
    from aligner.quotes.speakers import plausible_speaker

    for junk in ("of her Danish roots", "Like Halloran", "following the server breach", "about the Senate"):
        assert not plausible_speaker(junk, "en"), junk
    for ok in ("Halloran", "the Senate", "Sen. Ann Halloran", "his lawyers"):
        assert plausible_speaker(ok, "en"), ok
    assert plausible_speaker("von der Leyen", "de")  # a German name may open with a preposition


def test_german_pronouns_are_ordinary_words_in_english_noun_phrases():
    from aligner.model import Article
    from aligner.quotes import extract_quotes
    from aligner.quotes.speakers import plausible_speaker

    assert plausible_speaker("the man", "en") and plausible_speaker("W. E. B. Du Bois", "en")
    assert not plausible_speaker("man sagt", "de")  # German "man" stays a pronoun: no noun phrase with more words
    (q,) = extract_quotes(Article(id="t", text="“They took the whole country from us,” the man said, shaking his head.", language="en"))
    assert q.speaker is not None and q.speaker.mention == "the man"


def test_a_station_name_with_a_digit_is_a_speaker_word_but_a_code_is_not():
    from aligner.quotes.speakers import plausible_speaker

    assert plausible_speaker("a KX7 representative", "en")
    assert not plausible_speaker("FAV2023", "en") and not plausible_speaker("the abc123 account", "en")
