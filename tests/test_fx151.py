"""fx151: brought translations and corpus exports (rv86 findings).  Sentences invented."""

from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace

import pytest

from aligner.translate.precomputed import read_folder, sentence_pairs, source_key


def _pairs(src: str, tgt: str) -> dict[str, str]:
    table: dict[str, str] = {}
    for s, t in sentence_pairs([(src, tgt)]):
        table.setdefault(source_key(s), t)
    return table


# rv86-5: a paragraph line whose translation gives its sentences in another order is not zipped


def test_a_reordered_paragraph_line_pairs_each_sentence_with_its_own_translation():
    src = "Der Landtag hat am Dienstag das neue Schulgesetz beschlossen. Das Gesetz bekam 64 von 110 Stimmen."
    tgt = "The law received 64 of 110 votes. On Tuesday, the state parliament thus passed the new school law."
    table = _pairs(src, tgt)
    assert table[source_key("Das Gesetz bekam 64 von 110 Stimmen.")] == "The law received 64 of 110 votes."
    assert table[source_key("Der Landtag hat am Dienstag das neue Schulgesetz beschlossen.")].startswith("On Tuesday")


@pytest.mark.parametrize("src, tgt, want", [
    # in order, two and three sentences: paired as before
    ("Die Stadt baut eine neue Brücke. Sie kostet 12 Millionen Euro.",
     "The city is building a new bridge. It costs 12 million euros.",
     {"Sie kostet 12 Millionen Euro.": "It costs 12 million euros."}),
    ("Die Stadt baut eine neue Brücke. Sie kostet 12 Millionen Euro. Der Bau beginnt im Mai.",
     "The city is building a new bridge. It costs 12 million euros. Construction starts in May.",
     {"Die Stadt baut eine neue Brücke.": "The city is building a new bridge.",
      "Der Bau beginnt im Mai.": "Construction starts in May."}),
    # the first two of three swapped
    ("Die Stadt baut eine neue Brücke. Sie kostet 12 Millionen Euro. Der Bau beginnt im Mai.",
     "It costs 12 million euros. The city is building a new bridge. Construction starts in May.",
     {"Sie kostet 12 Millionen Euro.": "It costs 12 million euros.",
      "Der Bau beginnt im Mai.": "Construction starts in May."}),
    # the last two swapped, sentences of like length
    ("Der Zoo hat ein neues Gehege. Es gibt dort 14 Pinguine. Der Eintritt kostet 9 Euro.",
     "The zoo has a new enclosure. Admission costs 9 euros. There are 14 penguins there.",
     {"Es gibt dort 14 Pinguine.": "There are 14 penguins there.",
      "Der Eintritt kostet 9 Euro.": "Admission costs 9 euros."}),
])
def test_paragraph_lines_in_order_and_reordered(src, tgt, want):
    table = _pairs(src, tgt)
    for s, t in want.items():
        assert table[source_key(s)] == t


# rv86-3: an omitted sentence is not given the next sentence's English, a note is not glued on

FLOOD = ["Der Fluss trat am Montag über die Ufer.", "In Torgau mussten 80 Familien ihre Häuser verlassen.",
         "Die Feuerwehr war mit 300 Kräften im Einsatz.", "Der Wetterdienst erwartet für Donnerstag neuen Regen.",
         "Die Brücke nach Riesa bleibt bis Freitag gesperrt."]
FLOOD_EN = ["The river burst its banks on Monday.", "In Torgau, 80 families had to leave their homes.",
            "The fire brigade had 300 people on duty.", "The weather service expects new rain on Thursday.",
            "The bridge to Riesa remains closed until Friday."]
NOTE = "(Translator's note: Torgau is a town on the Elbe north of Dresden.)"


def _folder(tmp_path: Path, english: list[str]) -> dict[str, str]:
    (tmp_path / "tr").mkdir()
    (tmp_path / "tr" / "flut.txt").write_text(" ".join(english) + "\n", encoding="utf-8")
    art = SimpleNamespace(id="flut", source_path=str(tmp_path / "flut.txt"), language="de")
    sents = [SimpleNamespace(article_id="flut", index=i, text=t) for i, t in enumerate(FLOOD)]
    return read_folder(tmp_path / "tr", [art], sents, "en").table


def test_an_omitted_sentence_and_a_note_in_a_translated_document_are_left_out(tmp_path):
    english = FLOOD_EN[:2] + [FLOOD_EN[3], NOTE, FLOOD_EN[4]]
    table = _folder(tmp_path, english)
    assert source_key(FLOOD[2]) not in table  # not translated, not "new rain on Thursday"
    assert table[source_key(FLOOD[3])] == FLOOD_EN[3]
    assert all("Translator" not in t for t in table.values())


def test_an_omitted_sentence_of_a_paragraph_line_is_not_translated():
    table = _pairs(" ".join(FLOOD), " ".join(FLOOD_EN[:2] + FLOOD_EN[3:]))
    assert source_key(FLOOD[2]) not in table
    assert table[source_key(FLOOD[3])] == FLOOD_EN[3]
    assert table[source_key(FLOOD[4])] == FLOOD_EN[4]


@pytest.mark.parametrize("english, want", [
    (FLOOD_EN, dict(zip(FLOOD, FLOOD_EN))),  # the whole translation: one to one
    # a note alone: left out
    (FLOOD_EN[:4] + [NOTE, FLOOD_EN[4]], dict(zip(FLOOD, FLOOD_EN))),
    # the translator merges two sentences: the bead is kept
    (FLOOD_EN[:2] + ["The fire brigade had 300 people on duty, and the weather service expects new rain on "
                     "Thursday.", FLOOD_EN[4]],
     {FLOOD[2]: "The fire brigade had 300 people on duty, and the weather service expects new rain on Thursday.",
      FLOOD[3]: ""}),
    # the translator splits one sentence in two: both halves kept
    (FLOOD_EN[:2] + ["The fire brigade was there.", "It had 300 people on duty."] + FLOOD_EN[3:],
     {FLOOD[2]: "The fire brigade was there. It had 300 people on duty.", FLOOD[3]: FLOOD_EN[3]}),
])
def test_translated_documents_that_split_merge_or_annotate(tmp_path, english, want):
    table = _folder(tmp_path, english)
    for s, t in want.items():
        assert table[source_key(s)] == t


# rv86-1: two sources that differ only in their final mark each get their own line


def _backend(tmp_path: Path, rows: list[str]):
    from aligner.translate.precomputed import PrecomputedBackend

    p = tmp_path / "t.tsv"
    p.write_text("".join(r + "\n" for r in rows), encoding="utf-8")
    backend = PrecomputedBackend(p)
    return lambda *texts: [h.text for h in backend.translate_batch(list(texts), "de", "en")]


def test_a_question_and_a_statement_of_the_same_words_keep_their_own_translations(tmp_path):
    tr = _backend(tmp_path, ["Echt jetzt?\tSeriously?", "Der Zug ist pünktlich.\tThe train is on time.",
                             "Echt jetzt.\tFor real."])
    assert tr("Echt jetzt?", "Echt jetzt.", "„Echt jetzt?“") == ["Seriously?", "For real.", "Seriously?"]


@pytest.mark.parametrize("rows, asked, want", [
    (["Echt jetzt!\tNo way!", "Echt jetzt.\tFor real."], ["Echt jetzt!", "Echt jetzt."], ["No way!", "For real."]),
    # one line only: a sentence without its mark (a quote cut short) still finds it
    (["Kommt er morgen?\tIs he coming tomorrow?"], ["Kommt er morgen", "kommt er morgen?"],
     ["Is he coming tomorrow?"] * 2),
    (["Sie kommt.\tShe is coming."], ["Sie kommt", "„Sie kommt.“"], ["She is coming."] * 2),
    # a question given twice: the first line, as before
    (["Echt jetzt?\tSeriously?", "Echt jetzt?\tReally now?"], ["Echt jetzt?"], ["Seriously?"]),
])
def test_final_marks_in_brought_lines(tmp_path, rows, asked, want):
    assert _backend(tmp_path, rows)(*asked) == want


# rv86-2: a translation_of naming an id two JSONL articles share is never paired with the wrong one

STRIKE = ("Bahn kündigt Notfahrplan an\n\nDie Bahn hat für Montag einen Notfahrplan angekündigt. Rund 70 Prozent der "
          "Fernzüge fallen aus. Die Gewerkschaft hatte den Streik am Freitag ausgerufen.")
STRIKE_EN = ("Rail operator announces emergency timetable\n\nThe railway has announced an emergency timetable for "
             "Monday. Around 70 percent of long-distance trains will be cancelled. The union had called the strike "
             "on Friday.")
PARK = ("Stadt plant neuen Park\n\nDer Gemeinderat will am Ufer einen Park mit 200 Bäumen anlegen. Die Kosten liegen "
        "bei 3 Millionen Euro. Baubeginn ist im April.")
PARK_EN = ("City plans new park\n\nThe council wants to lay out a park with 200 trees on the riverbank. The costs are "
           "3 million euros. Construction starts in April.")


def _line(id_: str, lang: str, text: str, date: str, outlet: str, of: str | None = None) -> str:
    import json

    d = {"id": id_, "language": lang, "outlet": outlet, "date": date, "text": text}
    if of:
        d["translation_of"] = of
    return json.dumps(d, ensure_ascii=False) + "\n"


def _run_jsonl(tmp_path: Path, files: dict[str, list[str]]):
    import json

    import aligner

    for name, lines in files.items():
        (tmp_path / name).write_text("".join(lines), encoding="utf-8")
    out = tmp_path / "run"
    aligner.run([str(tmp_path / n) for n in files], str(out), only=["ingest", "align"], embeddings="none")
    rows = [json.loads(x) for x in (out / "alignments.jsonl").read_text().splitlines()] \
        if (out / "alignments.jsonl").exists() else []
    arts = {json.loads(x)["id"]: json.loads(x) for x in (out / "articles.jsonl").read_text().splitlines()}
    return {(r["src_article"], r["tgt_article"]) for r in rows}, arts


def test_a_translation_of_an_id_two_articles_in_one_file_share_is_not_paired(tmp_path):
    pairs, arts = _run_jsonl(tmp_path, {"a.jsonl": [
        _line("bahn", "de", STRIKE, "2026-12-01", "dpa"), _line("bahn-en", "en", STRIKE_EN, "2026-12-01", "dpa-en", "bahn"),
        _line("bahn", "de", PARK, "2026-10-03", "ksta"), _line("park-en", "en", PARK_EN, "2026-10-04", "ksta-en", "bahn")]})
    assert not pairs  # neither translation aligned with the wrong story
    assert arts["bahn-en"]["translation_of"] is None and arts["park-en"]["translation_of"] is None


@pytest.mark.parametrize("case", ["unique", "other-id", "own-file"])
def test_translation_of_with_unique_or_separable_ids_pairs_as_before(tmp_path, case):
    if case == "unique":  # every id its own: paired as always
        files = {"a.jsonl": [_line("bahn", "de", STRIKE, "2026-12-01", "dpa"),
                             _line("bahn-en", "en", STRIKE_EN, "2026-12-01", "dpa-en", "bahn"),
                             _line("park", "de", PARK, "2026-10-03", "ksta"),
                             _line("park-en", "en", PARK_EN, "2026-10-04", "ksta-en", "park")]}
        want = {("bahn", "bahn-en"), ("park", "park-en")}
    elif case == "other-id":  # two articles share an id no translation names
        files = {"a.jsonl": [_line("x", "de", STRIKE, "2026-12-01", "dpa"), _line("x", "de", PARK, "2026-10-03", "ksta"),
                             _line("park", "de", PARK.replace("200", "300"), "2026-10-05", "rp"),
                             _line("park-en", "en", PARK_EN.replace("200", "300"), "2026-10-05", "rp-en", "park")]}
        want = {("park", "park-en")}
    else:  # the id shared across two files: the one in the translation's own file
        files = {"a.jsonl": [_line("bahn", "de", STRIKE, "2026-12-01", "dpa"),
                             _line("bahn-en", "en", STRIKE_EN, "2026-12-01", "dpa-en", "bahn")],
                 "b.jsonl": [_line("bahn", "de", PARK, "2026-10-03", "ksta")]}
        want = None
    pairs, arts = _run_jsonl(tmp_path, files)
    if want is None:
        (orig, trans), = pairs
        assert trans == "bahn-en" and arts[orig]["text"] == STRIKE
    else:
        assert pairs == want


# rv86-7: a --model path that does not exist is an error, never another folder of its base name


@pytest.fixture
def models(tmp_path, monkeypatch):
    base = tmp_path / "models"
    for name, marker in (("opus-mt-de-en", "config.json"), ("opus-mt-de-en-ct2-int8", "model.bin")):
        (base / name).mkdir(parents=True)
        (base / name / marker).write_text("{}", encoding="utf-8")
    monkeypatch.setenv("ALIGNER_MODELS", str(base))
    return base


@pytest.mark.parametrize("model", ["/nonexistent/opus-mt-de-en", "./nowhere/opus-mt-de-en", "../nowhere/opus-mt-de-en",
                                   "~/no-such-folder-fx151/opus-mt-de-en"])
def test_a_model_path_that_does_not_exist_finds_no_folder_and_is_one_error(models, model):
    from aligner.errors import AlignerError
    from aligner.translate import get_backend, registry

    assert registry.find_local(model, kind="ct2") is None
    assert registry.find_local(model, kind="hf") is None
    for backend in ("ct2", "hf"):
        with pytest.raises(AlignerError, match="no such folder") as exc:
            get_backend(backend, model, "de", "en")
        assert model in str(exc.value)


def test_names_hub_ids_and_existing_paths_still_find_their_folders(models, tmp_path):
    from aligner.translate import registry

    assert registry.find_local("opus-mt-de-en", kind="hf") == models / "opus-mt-de-en"
    assert registry.find_local("Helsinki-NLP/opus-mt-de-en", kind="hf") == models / "opus-mt-de-en"
    assert registry.find_local(str(models / "opus-mt-de-en"), kind="hf") == models / "opus-mt-de-en"
    assert registry.missing_path(str(models / "opus-mt-de-en")) is None
    assert registry.missing_path("Helsinki-NLP/opus-mt-de-en") is None
