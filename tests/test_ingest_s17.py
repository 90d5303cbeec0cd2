"""Input handling found by the session-17 review: translation_of given as a file name,
hard-wrapped single-block articles, skip reasons for unsupported languages and inputs
that used to be ignored without a word.  The sentences are invented."""

from __future__ import annotations

import json
import logging
from pathlib import Path

import pytest

import aligner
from aligner.align.stage import resolve_translation_of
from aligner.model import Article

pytestmark = pytest.mark.usefixtures("aligner_log")

DE = ("„Wir bauen die Brücke im Sommer“, sagte Lena Hofbauer am Dienstag.\n\n"
      "Der Bau soll zwei Jahre dauern. Die Stadt zahlt die Hälfte. Der Rest kommt vom Land.\n")
EN = ("\"We will build the bridge in summer,\" Lena Hofbauer said on Tuesday.\n\n"
      "Construction is to take two years. The city pays half. The rest comes from the state.\n")


def _pair_dir(tmp_path: Path, translation_of: str) -> Path:
    inp = tmp_path / "in"
    inp.mkdir()
    (inp / "bau_de.txt").write_text(DE, encoding="utf-8")
    (inp / "bau_en.txt").write_text(EN, encoding="utf-8")
    (inp / "metadata.tsv").write_text("file\toutlet\tlanguage\ttranslation_of\n"
                                      f"bau_de.txt\tA\tde\t\nbau_en.txt\tB\ten\t{translation_of}\n", encoding="utf-8")
    return inp


def _align_summary(out: Path) -> dict:
    return json.loads((out / "summary.json").read_text(encoding="utf-8"))["align"]


# --- translation_of by file name or stem -------------------------------------------------

def test_translation_of_naming_the_file_is_aligned(tmp_path):
    out = tmp_path / "run"
    aligner.run([str(_pair_dir(tmp_path, "bau_de.txt"))], str(out), only=["ingest", "align"])
    summary = _align_summary(out)
    assert summary["article_pairs"] == 1 and summary["missing"] == 0, summary
    assert (out / "corpus.tmx").exists()
    assert "Hofbauer" in (out / "corpus.tsv").read_text(encoding="utf-8")


def test_translation_of_naming_the_file_stem_is_aligned(tmp_path):
    out = tmp_path / "run"
    aligner.run([str(_pair_dir(tmp_path, "bau_de"))], str(out), only=["ingest", "align"])
    assert _align_summary(out)["article_pairs"] == 1


def test_unresolvable_translation_of_is_reported_with_file_and_value(tmp_path, caplog):
    out = tmp_path / "run"
    with caplog.at_level(logging.WARNING):
        aligner.run([str(_pair_dir(tmp_path, "bau_fr.txt"))], str(out), only=["ingest", "align"])
    said = json.dumps(_align_summary(out))
    assert "bau_fr.txt" in said and "bau_en.txt" in said, said
    lines = [r.getMessage() for r in caplog.records if "bau_fr.txt" in r.getMessage()]
    assert len(lines) == 1, lines  # one line, not one per stage or per lookup
    assert not (out / "corpus.tmx").exists()


def test_unresolvable_translation_of_beside_a_resolved_one_gets_one_line(tmp_path, caplog):
    inp = _pair_dir(tmp_path, "bau_de.txt")
    (inp / "bau_en2.txt").write_text(EN.replace("Tuesday", "Wednesday"), encoding="utf-8")
    with (inp / "metadata.tsv").open("a", encoding="utf-8") as fh:
        fh.write("bau_en2.txt\tC\ten\tbau_it.txt\n")
    out = tmp_path / "run"
    with caplog.at_level(logging.WARNING):
        aligner.run([str(inp)], str(out), only=["ingest", "align"])
    summary = _align_summary(out)
    assert summary["article_pairs"] == 1 and (out / "corpus.tmx").exists()
    assert [(Path(u["file"]).name, u["translation_of"]) for u in summary["unresolved_translation_of"]] == [
        ("bau_en2.txt", "bau_it.txt")]
    lines = [r.getMessage() for r in caplog.records if "bau_it.txt" in r.getMessage()]
    assert len(lines) == 1 and "bau_en2.txt" in lines[0], lines


def _art(aid: str, path: str | None, translation_of: str | None = None) -> Article:
    return Article(id=aid, text="x", source_path=path, translation_of=translation_of)


def test_resolution_by_file_name_folder_path_and_own_folder():
    arts = [_art("a", "in/o1/story.txt"), _art("story", "in/o2/story.txt"),
            _art("b", "in/o1/other.txt", "story.txt"),  # a bare name in two folders: the translation's own
            _art("c", "in/o3/t.txt", "o2/story.txt"),  # a path: only files under that folder
            _art("d", "in/o3/u.txt", "story"),  # an id and another file's stem: ambiguous
            _art("e", "in/o3/v.txt", "o3/story.txt")]  # no such folder: never another folder's file
    declared, unresolved = resolve_translation_of(arts)
    assert sorted(declared) == [("a", "b"), ("story", "c")]
    assert [(u["file"], u["reason"].split(" (")[0]) for u in unresolved] == [
        ("in/o3/u.txt", "names 2 input articles"), ("in/o3/v.txt", "names no input article")]


def test_same_file_name_in_another_folder_is_not_the_article_itself():
    arts = [_art("o1/article", "in/o1/article.txt"), _art("o2/article", "in/o2/article.txt", "article.txt")]
    assert resolve_translation_of(arts) == ([("o1/article", "o2/article")], [])


def test_a_pair_declared_both_ways_is_aligned_once_and_a_same_language_pair_is_said(caplog):
    arts = [_art("a", "in/a.txt", "b.txt"), _art("b", "in/b.txt", "a.txt")]
    for art in arts:
        art.language = "en"
    with caplog.at_level(logging.WARNING):
        declared, unresolved = resolve_translation_of(arts)
    assert len(declared) == 1 and not unresolved
    lines = [r.getMessage() for r in caplog.records if "same language" in r.getMessage()]
    assert len(lines) == 1, lines


def test_ambiguous_or_self_translation_of_is_unresolved():
    arts = [_art("a", "o1/story.txt"), _art("b", "o2/story.txt"), _art("c", "o3/t.txt", "story.txt"),
            _art("d", "o3/d.txt", "d")]
    declared, unresolved = resolve_translation_of(arts)
    assert declared == []
    assert [(u["file"], u["translation_of"]) for u in unresolved] == [("o3/t.txt", "story.txt"), ("o3/d.txt", "d")]
    assert "2 input articles" in unresolved[0]["reason"] and "itself" in unresolved[1]["reason"]


# --- a language that is not configured -------------------------------------------------

def test_unsupported_language_is_named_as_the_closest_not_as_a_fact(tmp_path):
    from aligner.ingest import ingest_paths

    # Albanian: not among the wide detector's languages, so whatever it finds is a guess
    (tmp_path / "sq.txt").write_text("Bashkia njoftoi se ura e re mbi lumë do të hapet në verë. "
                                     "Punimet kanë filluar dy vjet më parë dhe kushtojnë shumë.\n", encoding="utf-8")
    res = ingest_paths([tmp_path], quiet=True)
    reason = {s.path.rsplit("/", 1)[-1]: s.reason for s in res.skipped}["sq.txt"]
    assert reason.startswith("language not one of de, en (closest: "), reason
    assert "%" not in reason and "language is" not in reason, reason


# --- inputs that used to be ignored without a word ---------------------------------------

def _warnings(caplog) -> list[str]:
    return [r.getMessage() for r in caplog.records if r.levelno >= logging.WARNING]


def test_metadata_row_for_a_file_not_among_the_inputs_gets_one_line(tmp_path, caplog):
    from aligner.ingest import ingest_paths

    (tmp_path / "bau_de.txt").write_text(DE, encoding="utf-8")
    meta = tmp_path.parent / f"{tmp_path.name}-meta.tsv"
    meta.write_text("file\toutlet\nbau_de.txt\tA\nverschollen.txt\tB\n", encoding="utf-8")
    with caplog.at_level(logging.WARNING):
        res = ingest_paths([tmp_path], metadata=meta)
    assert [a.outlet for a in res.articles] == ["A"]
    lines = [m for m in _warnings(caplog) if "verschollen.txt" in m]
    assert len(lines) == 1 and str(meta) in lines[0], _warnings(caplog)
    assert not [m for m in _warnings(caplog) if "bau_de.txt" in m]  # the row in use is not named


def test_metadata_rows_for_unreadable_inputs_or_other_files_beside_a_named_file_are_not_unused(tmp_path, caplog):
    from aligner.ingest import ingest_paths

    (tmp_path / "bau_de.txt").write_text(DE, encoding="utf-8")
    (tmp_path / "leer.txt").write_bytes(b"")
    (tmp_path / "metadata.tsv").write_text("file\toutlet\nbau_de.txt\tA\nleer.txt\tB\n", encoding="utf-8")
    with caplog.at_level(logging.WARNING):
        ingest_paths([tmp_path])  # leer.txt is skipped (empty): one line for that, none for its row
        ingest_paths([tmp_path / "bau_de.txt"])  # the sidecar beside it also describes leer.txt
    assert not [m for m in _warnings(caplog) if "metadata row" in m], _warnings(caplog)


def test_translations_line_with_an_empty_source_gets_one_line(tmp_path, caplog):
    from aligner.translate.precomputed import read_pairs

    tsv = tmp_path / "tr.tsv"
    tsv.write_text("Der Bau dauert zwei Jahre.\tConstruction takes two years.\n"
                   "\tThe city pays half.\n"
                   "Die Stadt zahlt die Hälfte.\n", encoding="utf-8")
    with caplog.at_level(logging.WARNING):
        pairs = read_pairs(tsv)
    assert pairs == [("Der Bau dauert zwei Jahre.", "Construction takes two years.")]
    said = _warnings(caplog)
    assert len([m for m in said if ":2:" in m or "line 2" in m]) == 1, said
    assert len([m for m in said if ":3:" in m or "line 3" in m]) == 1, said


# --- a hard-wrapped article in one block --------------------------------------------------

WRAPPED_DE = """Der Stadtrat hat am Mittwoch in Leipzig einen neuen Plan für den Ausbau
der Radwege beschlossen. Bürgermeisterin Anna Berger sagte, der Plan sei
ein wichtiger Schritt für die Verkehrswende und werde die Innenstadt deutlich
entlasten. Die Opposition bemängelte, dass die Kosten noch nicht
geklärt seien und die Anwohner kaum gehört worden seien. Der Landtag muss
dem Plan noch zustimmen, was nach Angaben aus der Fraktion nicht sicher ist.
Der Fahrradclub lobte den Beschluss und kündigte an, seine Aktionen in den
nächsten Monaten auszuweiten, sofern die Stadt die Mittel bereitstellt.
"""


def test_hard_wrapped_article_in_one_block_keeps_its_sentences_and_quotes_whole(tmp_path):
    (tmp_path / "umbruch.txt").write_text(WRAPPED_DE, encoding="utf-8")
    out = tmp_path / "run"
    aligner.run([str(tmp_path / "umbruch.txt")], str(out), only=["ingest", "quotes"])
    rows = [json.loads(line) for line in (out / "sentences.jsonl").read_text(encoding="utf-8").splitlines()]
    cut = [r["text"] for r in rows if not r["text"].rstrip().endswith((".", "!", "?"))]
    assert not cut, f"sentences cut at a line wrap: {cut}"
    assert len(rows) == 5
    quotes = [json.loads(line)["text"] for line in (out / "quotes.jsonl").read_text(encoding="utf-8").splitlines()]
    # a quote's text is the input as written (line break included): compare its words
    assert any("noch nicht geklärt" in " ".join(q.split()) for q in quotes), quotes
    article = json.loads((out / "articles.jsonl").read_text(encoding="utf-8").splitlines()[0])
    assert article["title"] is None, "the first wrapped line was taken for a headline"


def _paragraphs(text: str) -> list[str]:
    from aligner.clean import split_paragraphs

    return [" ".join(text[s:e].split()) for s, e in split_paragraphs(text)]


def test_wrapped_lines_join_only_where_the_sentence_goes_on():
    text = ("Neue Radwege für Leipzig\n"  # a short headline
            "Der Stadtrat hat am Mittwoch nach langer Debatte einen Plan für die\n"
            "Radwege beschlossen, der bis zum Jahr 2030 umgesetzt werden soll.\n"
            "Die wichtigsten Punkte des Plans im Überblick für alle Leser:\n"
            "- breitere Wege an den großen Straßen\n"
            "- mehr Abstellplätze an den Bahnhöfen\n"
            "Die Kosten trägt zum größten Teil das Land, sagte die Bürgermeisterin.\n")
    assert _paragraphs(text) == [
        "Neue Radwege für Leipzig",
        "Der Stadtrat hat am Mittwoch nach langer Debatte einen Plan für die Radwege beschlossen, "
        "der bis zum Jahr 2030 umgesetzt werden soll.",
        "Die wichtigsten Punkte des Plans im Überblick für alle Leser:",
        "- breitere Wege an den großen Straßen",
        "- mehr Abstellplätze an den Bahnhöfen",
        "Die Kosten trägt zum größten Teil das Land, sagte die Bürgermeisterin.",
    ]


def test_a_line_that_may_end_a_headline_is_not_joined_to_the_next():
    text = ("Im Herbst suchen die Familien in Krembz ihre Bäume wieder selbst aus\n"  # a separable particle
            "Landwirt Jens Möller verkauft seit zwanzig Jahren Tannen auf seinem Hof.\n"
            "Mayor Says City Will Keep The Bridge Open For Cyclists Going In\n"  # Title Case
            "Janet Moore said on Tuesday that the bridge would stay open all winter.\n")
    assert len(_paragraphs(text)) == 4


def test_english_wrapped_lines_and_never_across_a_blank_line():
    text = ("The council said on Wednesday that the new bridge would not be finished\n"
            "before the end of next year because the steel had arrived too late.\n"
            "\n"
            "Residents who live near the river have complained about the noise and\n"
            "\n"
            "the dust for months.\n")
    assert _paragraphs(text) == [
        "The council said on Wednesday that the new bridge would not be finished before the end of next year "
        "because the steel had arrived too late.",
        "Residents who live near the river have complained about the noise and",
        "the dust for months.",
    ]


def test_metadata_row_for_a_symlink_loop_counts_as_used_and_the_batch_goes_on(tmp_path, caplog):
    from aligner.ingest import ingest_paths

    (tmp_path / "bau_de.txt").write_text(DE, encoding="utf-8")
    (tmp_path / "schleife.txt").symlink_to(tmp_path / "schleife.txt")
    (tmp_path / "metadata.tsv").write_text("file\toutlet\nbau_de.txt\tA\nschleife.txt\tB\nfehlt.txt\tC\n",
                                           encoding="utf-8")
    with caplog.at_level(logging.WARNING):
        res = ingest_paths([tmp_path])
    assert [a.outlet for a in res.articles] == ["A"]
    assert [s.path.rsplit("/", 1)[-1] for s in res.skipped] == ["schleife.txt"]
    rows = [m for m in _warnings(caplog) if "metadata row" in m]
    assert len(rows) == 1 and "fehlt.txt" in rows[0] and "schleife.txt" not in rows[0], rows


UNWRAPPED = {
    "de": ("Der Kreistag hat am Donnerstag in Görlitz einen neuen Plan für den Ausbau der Buslinien beschlossen. "
           "Landrätin Petra Vogel sagte, der Plan sei ein wichtiger Schritt für die Dörfer im Süden und werde die "
           "Schulwege deutlich verkürzen. Die Opposition bemängelte, dass die Kosten noch nicht geklärt seien und die "
           "Gemeinden kaum gehört worden seien. Der Freistaat muss dem Plan noch zustimmen, was nach Angaben aus der "
           "Fraktion nicht sicher ist. Der Fahrgastverband lobte den Beschluss und kündigte an, seine Aktionen in den "
           "nächsten Monaten auszuweiten. Vertreter der Handwerkskammer Dresden äußerten Bedenken wegen der Fahrzeiten "
           "am Abend. Eine Sprecherin der Verkehrsgesellschaft Görlitz erklärte, man begrüße jede Entlastung der Linien."),
    "en": ("The county council in Derby approved a new plan for bus routes on Thursday. Council leader Petra Vogel said "
           "the plan was an important step for Transport Minister Simon Lightwood and for the villages of South "
           "Derbyshire, and that it would shorten journeys to school. The opposition said the costs had not been "
           "settled and that parish councils had hardly been heard. The Department for Transport still has to approve "
           "the plan, which according to Green councillors is not certain. Bus Users UK welcomed the decision and said "
           "it would expand its campaigns in the coming months. Representatives of the Derby Chamber of Commerce raised "
           "concerns about evening services. A spokeswoman for Trent Barton said any relief for the routes was welcome."),
}


@pytest.mark.parametrize("lang", ["de", "en"])
def test_text_wrapped_at_any_width_splits_as_the_unwrapped_text(lang):
    """textwrap at 45-100 columns, one block or two: the same sentences as the unwrapped text."""
    import textwrap

    from aligner.clean import split_paragraphs
    from aligner.segment import split_sentences

    para = UNWRAPPED[lang]
    want = [" ".join(para[s:e].split()) for s, e in split_sentences(para, lang)]
    assert len(want) == 7
    wrong = []
    for width in range(45, 101, 5):
        for blocks in (1, 2):
            text = "\n\n".join([textwrap.fill(para, width)] * blocks) + "\n"
            got = [" ".join(text[ps + s : ps + e].split())
                   for ps, pe in split_paragraphs(text)
                   for s, e in split_sentences(text[ps:pe], lang, by_line=False)]
            if got != want * blocks:
                wrong.append((width, blocks, [g for g in got if g not in want][:2]))
    assert not wrong, wrong


RAGGED = {
    "verse.txt": ("At the opening of the new library the mayor read a few lines of verse\n"
                  "Where the river bends below the hill and the old mill stood\n"
                  "There the children of the valley learned to read and write\n"
                  "Now the shelves are full again and the doors are open wide\n"
                  "“It is a good day for the town,” said Ruth Miller after the reading.\n",
                  "“It is a good day for the town,” said Ruth Miller after the reading."),
    "tabelle.txt": ("Die Tabelle der Handball-Bundesliga nach dem achten Spieltag sieht so aus.\n"
                    "SC Magdeburg auf Platz eins mit 8 Spielen und 16 Punkten\n"
                    "Füchse Berlin auf Platz zwei mit 8 Spielen und 14 Punkten\n"
                    "THW Kiel auf Platz drei mit 8 Spielen und 12 Punkten gleichauf\n"
                    "SG Flensburg auf Platz vier mit 8 Spielen und 11 Punkten\n"
                    "„Wir bleiben ruhig“, sagte Trainerin Eva Roth nach dem Spiel.\n",
                    "SG Flensburg auf Platz vier mit 8 Spielen und 11 Punkten"),
    "ticker.txt": ("Die wichtigsten Nachrichten des Vormittags im Überblick\n"
                   "07:40 Wüst trifft Söder in München zu Gesprächen über die Energiepreise\n"
                   "08:55 Landtag debattiert über den Haushalt für das kommende Jahr 2027\n"
                   "10:20 Warnstreik im Nahverkehr legt Busse und Bahnen in Köln lahm\n"
                   "11:35 Börse schließt nach starken Gewinnen deutlich im Plus\n",
                   "08:55 Landtag debattiert über den Haushalt für das kommende Jahr 2027"),
    "byline.txt": ("By Ruth Miller and Omar Haddad, correspondents in London and Leeds\n"
                   "LEEDS (Reuters) - The city council approved a new plan for bus routes\n"
                   "on Thursday, after a debate that lasted for more than four hours in the\n"
                   "town hall. The opposition said the costs had not been settled at all.\n",
                   "By Ruth Miller and Omar Haddad, correspondents in London and Leeds"),
}


@pytest.mark.parametrize("name", sorted(RAGGED))
def test_ragged_lines_verse_tables_tickers_bylines_are_not_unwrapped(tmp_path, name):
    from aligner.ingest import ingest_paths

    text, whole = RAGGED[name]
    (tmp_path / name).write_text(text, encoding="utf-8")
    sentences = [s.text for s in ingest_paths([tmp_path / name], quiet=True).sentences]
    assert whole in sentences, sentences


def test_a_heading_line_inside_a_wrapped_block_stays_its_own_sentence(tmp_path):
    from aligner.ingest import ingest_paths

    text = ("Landrätin warnt vor Kürzungen bei den Buslinien im Kreis Görlitz\n"
            "Görlitz (dpa) - Landrätin Petra Vogel hat vor Kürzungen gewarnt. Das sei\n"
            "nicht die richtige Antwort auf die Krise, sagte die Politikerin am Montag\n"
            "in der Stadthalle. Die Opposition sieht das anders und fordert schnelle\n"
            "Einsparungen bei den Linien, die kaum genutzt werden, noch vor Ostern.\n\n"
            "Der Fahrgastverband reagierte verärgert auf die Äußerungen aus dem Kreistag\n"
            "und sagte, er werde sich wehren. „Wir sammeln Unterschriften“, sagte ein\n"
            "Sprecher am Abend in einem Interview mit dem MDR.\n")
    (tmp_path / "block.txt").write_text(text, encoding="utf-8")
    sentences = [s.text for s in ingest_paths([tmp_path / "block.txt"], quiet=True).sentences]
    assert "Landrätin warnt vor Kürzungen bei den Buslinien im Kreis Görlitz" in sentences, sentences
    assert any(" ".join(s.split()) == "„Wir sammeln Unterschriften“, sagte ein Sprecher am Abend in einem Interview "
               "mit dem MDR." for s in sentences), sentences
