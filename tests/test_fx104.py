"""fx104: input, export and CLI hardening (session 31 findings rv65-21, rv64-*)."""

from __future__ import annotations

from pathlib import Path

from typer.testing import CliRunner

from aligner.cli import app
from aligner.errors import AlignerError

runner = CliRunner()

ARTICLE = (
    "Council approves the new bridge\n\n"
    '"We will start building in spring," Mayor Anna Berg said on Monday.\n\n'
    "The bridge will cost 12 million euros, the council said.\n"
)


def _article(tmp_path: Path) -> Path:
    path = tmp_path / "bridge_en.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    return path


def _one_line_refusal(result, name: str) -> None:
    assert result.exit_code == 2, result.output
    assert not isinstance(result.exception, OSError), result.exception
    assert "Traceback" not in result.output
    lines = [ln for ln in result.output.splitlines() if ln.startswith("error:")]
    assert len(lines) == 1 and name in lines[0], result.output


# rv65-21: `aligner quotes --out` naming a folder or an unwritable place


def test_quotes_out_folder_refused_in_one_line(tmp_path):
    art = _article(tmp_path)
    folder = tmp_path / "outdir"
    folder.mkdir()
    result = runner.invoke(app, ["quotes", str(art), "--out", str(folder)])
    _one_line_refusal(result, "outdir")
    assert list(folder.iterdir()) == []  # nothing written into it


def test_quotes_out_below_a_file_refused_in_one_line(tmp_path):
    art = _article(tmp_path)
    (tmp_path / "afile").write_text("x", encoding="utf-8")
    result = runner.invoke(app, ["quotes", str(art), "--out", str(tmp_path / "afile" / "q.jsonl")])
    _one_line_refusal(result, "afile")


def test_quotes_out_over_its_input_refused(tmp_path):
    art = _article(tmp_path)
    result = runner.invoke(app, ["quotes", str(art), "--out", str(art)])
    _one_line_refusal(result, art.name)
    assert art.read_text(encoding="utf-8") == ARTICLE  # the article is not overwritten


def test_quotes_out_in_a_new_folder_still_written(tmp_path):
    # neighbour: a --out whose folders do not exist yet is made, as before
    art = _article(tmp_path)
    out = tmp_path / "new" / "sub" / "q.jsonl"
    result = runner.invoke(app, ["quotes", str(art), "--out", str(out)])
    assert result.exit_code == 0, result.output
    assert out.is_file() and out.read_text(encoding="utf-8").strip()


def test_align_out_below_a_file_refused_before_work(tmp_path, monkeypatch):
    src = tmp_path / "a_de.txt"
    tgt = tmp_path / "a_en.txt"
    src.write_text("Der Rat stimmt zu.\n", encoding="utf-8")
    tgt.write_text("The council agrees.\n", encoding="utf-8")
    (tmp_path / "afile").write_text("x", encoding="utf-8")
    import aligner.commands.align as align_cmd

    def no_work(*a, **k):
        raise AssertionError("aligned before the --out check")

    monkeypatch.setattr(align_cmd, "write_pairs", no_work)
    result = runner.invoke(app, ["align", str(src), str(tgt), "--presegmented", "--out", str(tmp_path / "afile" / "x.tsv")])
    # the console entry point (cli.main) prints an AlignerError as one line with its exit code
    assert isinstance(result.exception, AlignerError), result.exception
    assert result.exception.exit_code == 2
    assert "afile is a file" in str(result.exception) and "\n" not in str(result.exception)


# rv64-3 / rv64-4: --presegmented lines: invisible-only lines are blank; one Unicode form


def test_presegmented_invisible_line_is_no_sentence(tmp_path):
    from aligner.commands.align import presegmented

    path = tmp_path / "u_de.txt"
    lines = ["Der Rat tagte.", "\u200b", "\u00ad", "\ufeff ", "\u2060\u200b", "Es regnete."]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    got = presegmented(path, "de")
    assert [s.index for s in got] == [0, 5]  # line numbers keep counting the blank lines


def test_presegmented_text_in_the_ingest_form(tmp_path):
    import unicodedata

    from aligner.commands.align import presegmented

    path = tmp_path / "n_de.txt"
    nfd = unicodedata.normalize("NFD", "Die Bürgermeisterin eröffnete das Fest.")
    path.write_text(nfd + "\nDie Veran\u00adstaltung war gut be\u200bsucht.\n", encoding="utf-8")
    got = [s.text for s in presegmented(path, "de")]
    assert got == ["Die Bürgermeisterin eröffnete das Fest.", "Die Veranstaltung war gut besucht."]
    assert all(unicodedata.is_normalized("NFC", t) for t in got)


def test_presegmented_visible_neighbours_stay_sentences(tmp_path):
    # neighbours: a line of one visible character, a dash, an emoji with a zero-width joiner,
    # a number: each is a line the user gave, so a sentence, as before
    from aligner.commands.align import presegmented

    path = tmp_path / "v_de.txt"
    lines = ["-", "\U0001f469\u200d\U0001f4bb", "7", "x\u200b"]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    got = presegmented(path, "de")
    assert [s.index for s in got] == [0, 1, 2, 3]
    assert got[1].text == "\U0001f469\u200d\U0001f4bb"  # the joiner between emoji stays
    assert got[3].text == "x"


def test_presegmented_moses_written_nfc(tmp_path):
    import unicodedata

    de = tmp_path / "p_de.txt"
    en = tmp_path / "p_en.txt"
    de.write_text(unicodedata.normalize("NFD", "Die Brücke ist gesperrt.") + "\n\u200b\nDer Ver\u00adkehr wird umgeleitet.\n", encoding="utf-8")
    en.write_text("The bridge is closed.\nTraffic is being diverted.\n", encoding="utf-8")
    out = tmp_path / "p"
    result = runner.invoke(app, ["align", str(de), str(en), "--presegmented", "--format", "moses", "--out", str(out)])
    assert result.exit_code == 0, result.output
    written = (tmp_path / "p.de").read_text(encoding="utf-8").splitlines()
    assert "\u200b" not in "".join(written) and "\u00ad" not in "".join(written)
    assert all(unicodedata.is_normalized("NFC", t) for t in written)
    assert "Die Brücke ist gesperrt." in written


# rv64-11: names compared after NFC (file names from a Mac or a zip archive are NFD)


def _nfd(s: str) -> str:
    import unicodedata

    return unicodedata.normalize("NFD", s)


def test_translation_of_matches_an_nfd_file_name():
    from aligner.align.stage import resolve_translation_of
    from aligner.model import Article

    de = Article(_nfd("Bürger_de"), "x", language="de", source_path="/in/" + _nfd("Bürger_de.txt"))
    en = Article(_nfd("Bürger_en"), "x", language="en", source_path="/in/" + _nfd("Bürger_en.txt"), translation_of="Bürger_de")
    en2 = Article("Buerger_en", "x", language="en", source_path="/in/Buerger_en.txt", translation_of="Bürger_de.txt")
    declared, unresolved = resolve_translation_of([de, en, en2])
    assert unresolved == []
    assert sorted(declared) == sorted([(de.id, en.id), (de.id, en2.id)])


def test_translation_of_names_forms_of_one_name_ambiguous():
    # neighbour: two articles whose ids differ only in Unicode form are two articles; a value
    # naming that name is ambiguous, never silently one of them
    from aligner.align.stage import resolve_translation_of
    from aligner.model import Article

    a = Article("Bürger", "x", language="de")
    b = Article(_nfd("Bürger"), "y", language="de")
    en = Article("citizen_en", "x", language="en", translation_of="Bürger")
    declared, unresolved = resolve_translation_of([a, b, en])
    assert declared == []
    assert len(unresolved) == 1 and "names 2 input articles" in unresolved[0]["reason"]


def test_translation_of_unknown_name_still_unresolved():
    from aligner.align.stage import resolve_translation_of
    from aligner.model import Article

    de = Article("Bürger_de", "x", language="de", source_path="/in/Bürger_de.txt")
    en = Article("x_en", "x", language="en", translation_of="Burger_de")  # no umlaut: another name
    declared, unresolved = resolve_translation_of([de, en])
    assert declared == [] and "names no input article" in unresolved[0]["reason"]


def test_translations_folder_matches_an_nfd_file_name(tmp_path):
    from aligner.model import Article, Sentence
    from aligner.translate.precomputed import read_folder

    folder = tmp_path / "en"
    folder.mkdir()
    (folder / _nfd("Bürger.txt")).write_text("The council met on Monday.\n", encoding="utf-8")
    art = Article("Bürger", "Der Rat tagte am Montag.", language="de", source_path=str(tmp_path / "de" / "Bürger.txt"))
    sent = Sentence("Bürger#s0000", "Bürger", "", 0, 0, 24, "Der Rat tagte am Montag.", "de")
    got = read_folder(folder, [art], [sent], "en", "de")
    assert got.counts["documents"] == 1


# rv64-1: a list next to a photo credit is content, not a caption


def _clean_outcome(text: str) -> list[tuple[str, str]]:
    from aligner.clean import clean_text

    res = clean_text(text)
    return [(text[s:e], "" if d.keep else d.reason) for (s, e), d in zip(res.spans, res.decisions)]


LIST_DE = ("Berlin verschärft die Regeln für Leih-Roller. Ab Juli gilt Folgendes:\n\n"
           "- Parken nur noch auf markierten Flächen\n- Höchstens 20 km/h in der Innenstadt\n"
           "- Bußgeld von 50 Euro bei Verstößen\n\n"
           "Foto: Ein E-Scooter an der Spree (dpa)\n\n"
           "Die Anbieter wollen gegen die Regeln klagen. Sie halten die Bußgelder für unverhältnismäßig.")


def test_bulleted_list_before_a_credit_is_kept():
    got = _clean_outcome(LIST_DE)
    dropped = [(t, r) for t, r in got if r]
    assert dropped == [("Foto: Ein E-Scooter an der Spree (dpa)", "photo-credit")]


def test_numbered_list_after_a_credit_is_kept():
    text = ("The city council passed three measures on Tuesday. They are:\n\n"
            "Photo: AP\n\n"
            "1. A ban on cars in the old town\n2. Free buses on Sundays\n3) More bike lanes\n\n"
            "The measures take effect in March, the mayor said.")
    got = _clean_outcome(text)
    assert [r for t, r in got if t.startswith("1.")] == [""]


def test_list_items_each_their_own_paragraph_are_kept():
    text = ("Die Polizei nennt drei Regeln für die Silvesternacht:\n\n"
            "- Keine Böller in der Altstadt\n\n- Keine Glasflaschen\n\n"
            "Foto: Polizei Berlin\n\n"
            "Verstöße werden mit Bußgeldern geahndet, sagte ein Sprecher am Montag.")
    got = _clean_outcome(text)
    assert [r for t, r in got if t.startswith("- ")] == ["", ""]


def test_a_short_line_beside_a_credit_is_still_a_caption():
    # neighbour: the caption line itself (no bullet) next to the credit still goes
    text = ("Die Anbieter wollen gegen die Regeln klagen. Sie halten die Bußgelder für unverhältnismäßig.\n\n"
            "Ein E-Scooter an der Spree in Berlin\n\n"
            "Foto: dpa\n\n"
            "Der Senat will die Regeln im Herbst prüfen, sagte eine Sprecherin am Dienstag.")
    got = _clean_outcome(text)
    assert [r for t, r in got if t.startswith("Ein E-Scooter")] == ["caption"]


# rv64-2: a sentence longer than MAX_PIECE is cut into pieces: said, not hidden


def _ingest_one(tmp_path: Path, text: str):
    from aligner.ingest import ingest_paths

    path = tmp_path / "liste_de.txt"
    path.write_text(text, encoding="utf-8")
    return ingest_paths([path], ("de", "en"), quiet=True)


def test_a_sentence_over_max_piece_is_said_cut(tmp_path):
    from aligner.segment import MAX_PIECE

    items = ", ".join(f"Gemeinde Nummer {i} im Landkreis Nord" for i in range(1, 260))
    long = f"Das Geld erhalten {items} und weitere Orte"
    assert len(long) > MAX_PIECE + 1000
    text = f"Der Landtag beschloss am Montag das Programm.\n\n{long}.\n\nDie Gelder fließen ab Januar."
    res = _ingest_one(tmp_path, text)
    art = res.articles[0]
    cut = art.meta.get("cut_sentences")
    assert cut, art.meta
    by_id = {s.id: s for s in res.sentences}
    # every listed piece lies inside the long sentence; the short sentences around it are not listed
    start = text.index("Das Geld")
    end = start + len(long) + 1
    assert all(start <= by_id[i].start and by_id[i].end <= end for i in cut)
    first = next(s for s in res.sentences if s.text.startswith("Der Landtag"))
    assert first.id not in cut
    assert res.summary()["cut_sentences"] == len(cut)


def test_a_long_paragraph_of_short_sentences_is_not_said_cut(tmp_path):
    # neighbour: a paragraph over MAX_PIECE made of ordinary sentences is cut at sentence ends: no note
    sents = " ".join(f"Im Ort Nummer {i} wurde am Montag eine neue Schule eröffnet." for i in range(1, 120))
    res = _ingest_one(tmp_path, sents)
    assert "cut_sentences" not in res.articles[0].meta
    assert "cut_sentences" not in res.summary()


# rv64-10: translation_of naming an input set aside as a duplicate


def _dup_skipped():
    from aligner.model import Skipped

    return [Skipped("dup/bremen_de_b.txt", "same text as article 'bremen_de' (dup/bremen_de.txt) of the same outlet; "
                    "set aside as a duplicate", stage="duplicate"),
            Skipped("dup/bad.txt", "not UTF-8", stage="ingest")]


def test_translation_of_a_set_aside_duplicate_aligns_with_the_kept_copy():
    from aligner.align.stage import resolve_translation_of, set_aside
    from aligner.model import Article

    de = Article("bremen_de", "x", language="de", source_path="dup/bremen_de.txt")
    en = Article("bremen_en", "x", language="en", source_path="dup/bremen_en.txt", translation_of="bremen_de_b")
    dups = set_aside(_dup_skipped())
    assert dups == {"bremen_de_b.txt": "bremen_de\0dup/bremen_de.txt", "bremen_de_b": "bremen_de\0dup/bremen_de.txt"}
    declared, unresolved = resolve_translation_of([de, en], dups)
    assert declared == [("bremen_de", "bremen_en")] and unresolved == []


def test_set_aside_neighbours_stay_unresolved():
    # neighbours: a name that is neither an input nor a set-aside duplicate; a skipped input that
    # is no duplicate; a duplicate of the translation itself
    from aligner.align.stage import resolve_translation_of, set_aside
    from aligner.model import Article

    dups = set_aside(_dup_skipped())
    de = Article("bremen_de", "x", language="de", source_path="dup/bremen_de.txt", translation_of="bremen_de_b")
    en = Article("bremen_en", "x", language="en", source_path="dup/bremen_en.txt", translation_of="bad")
    en2 = Article("x_en", "x", language="en", translation_of="bremen_de_c")
    declared, unresolved = resolve_translation_of([de, en, en2], dups)
    assert declared == []
    assert len(unresolved) == 3 and all("names no input article" in u["reason"] for u in unresolved)


# rv64-9: the TMX says which side is the original


def _bead(src_article: str, tgt_article: str):
    from aligner.model import AlignmentPair

    return AlignmentPair([0], [0], 0.9, "Der Rat tagte.", "The council met.", src_article=src_article, tgt_article=tgt_article)


def test_tmx_says_an_english_original():
    from aligner.align.formats import read_tmx, tmx_text

    text = tmx_text([_bead("konzern_de", "konzern_en"), _bead("rat_de", "rat_en")], "de", "en",
                    originals={"konzern_en", "rat_de"})
    assert 'srclang="*all*"' in text.split("<body>")[0]
    tus = text.split("<tu ")[1:]
    assert len(tus) == 2
    assert tus[0].startswith('srclang="en"') and '<prop type="x-original">konzern_en</prop>' in tus[0]
    assert tus[1].startswith('srclang="de"') and '<prop type="x-original">rat_de</prop>' in tus[1]
    assert len(read_tmx_text(text, read_tmx)) == 2


def read_tmx_text(text: str, read_tmx):
    import tempfile

    with tempfile.NamedTemporaryFile("w", suffix=".tmx", delete=False, encoding="utf-8") as fh:
        fh.write(text)
    return read_tmx(fh.name)


def test_tmx_all_german_originals_keep_the_header():
    # neighbour: every original on the source side: the header stays srclang="de"
    from aligner.align.formats import tmx_text

    text = tmx_text([_bead("rat_de", "rat_en")], "de", "en", originals={"rat_de"})
    assert 'srclang="de"' in text.split("<body>")[0]
    assert "x-original" in text


def test_tmx_without_originals_unchanged():
    # neighbour: `aligner align` (no translation_of) writes plain <tu> as before
    from aligner.align.formats import tmx_text

    text = tmx_text([_bead("a", "b")], "de", "en")
    assert "<tu>" in text and "x-original" not in text and 'srclang="de"' in text


# rv64-8: what --align-min-score left out is counted


def test_beads_below_min_score_are_counted(tmp_path):
    from run_stores import declared_pair_run

    import aligner.align.stage as align_stage
    from aligner.pipeline import AlignConfig, RunConfig

    de = [f"Satz {k} über den Berg, {k * 100} Meter hoch." for k in range(6)]
    en = [f"Sentence {k} about the mountain, {k * 100} metres high." for k in range(6)]
    store, _ = declared_pair_run(tmp_path, de, en, en)
    free = align_stage.stage(store, RunConfig(out=tmp_path / "run", embeddings="none"))
    assert "below_min_score" not in free.summary  # no bar, no key
    store, _ = declared_pair_run(tmp_path / "b", de, en, en)
    barred = align_stage.stage(store, RunConfig(out=tmp_path / "b" / "run", embeddings="none", align=AlignConfig(min_score=1.01)))
    assert barred.summary["beads"] == 0
    assert barred.summary["below_min_score"] == free.summary["beads"] > 0
    store, _ = declared_pair_run(tmp_path / "c", de, en, en)
    low = align_stage.stage(store, RunConfig(out=tmp_path / "c" / "run", embeddings="none", align=AlignConfig(min_score=0.0)))
    assert low.summary["below_min_score"] == 0 and low.summary["beads"] == free.summary["beads"]
