"""Reading inputs and run directories as Windows / Swiss users save them (session 28, fx86)."""

from __future__ import annotations

import logging

import pytest

from aligner.ingest import ingest_paths
from aligner.readers import decode_bytes

pytestmark = pytest.mark.usefixtures("aligner_log")

UTF8_PART = (
    "Basel – Der Bundesrat hält am Tunnel fest.\n"
    "«Die Bevölkerung im Rheintal muss mitreden können», sagte die ÖBB-Sprecherin.\n"
    "Die Kosten steigen auf 1'500 Millionen Franken, für Zürich ein Ärgernis.\n"
)
CP1252_LINE = "Freundliche Grüsse aus Chur – „Tschüss“\n"


def warnings_of(caplog) -> list[str]:
    return [r.getMessage() for r in caplog.records if r.levelno >= logging.WARNING]


def test_utf8_article_with_one_cp1252_line_is_read_as_utf8(caplog):
    data = UTF8_PART.encode("utf-8") + CP1252_LINE.encode("cp1252") + b"Ende.\n"
    text, enc = decode_bytes(data, "corpus/SRF mixed.txt")
    assert text == UTF8_PART + CP1252_LINE + "Ende.\n"  # the UTF-8 part intact, the pasted line read as cp1252
    assert enc == "utf-8"
    lines = [w for w in warnings_of(caplog) if "SRF mixed.txt" in w]
    assert len(lines) == 1
    assert "5 bytes" in lines[0] and "line 4" in lines[0] and "cp1252" in lines[0]


def test_one_stray_byte_in_a_word(caplog):
    data = "«Wir bauen», sagte Caflisch. Grüsse aus Köln.".encode().replace("ü".encode(), b"\xfc")
    text, _ = decode_bytes(data, "a.txt")
    assert text == "«Wir bauen», sagte Caflisch. Grüsse aus Köln."
    assert any("1 byte " in w and "a.txt" in w for w in warnings_of(caplog))


@pytest.mark.parametrize("text, enc", [
    # a real cp1252 file: "ß“" (DF 93) happens to be valid UTF-8 (U+07D3): still read whole as cp1252
    ("Die Bürger zahlen 5 € für Öl – „Das ist kein Spaß“, sagte er. Grüße aus Köln.", "cp1252"),
    ("Grüße aus Köln: Die Straße wird im März gesperrt, sagte die Stadt.", "latin-1"),
    ("«Die Strasse ist im Winter gesperrt», sagte Reto Caflisch. Grüsse aus Zürich.", "latin-1"),
])
def test_8bit_files_are_still_read_whole(caplog, text, enc):
    got, got_enc = decode_bytes(text.encode(enc), "old.txt")
    assert got == text
    assert got_enc == enc
    assert not warnings_of(caplog)


def test_cp1252_file_with_few_utf8_characters_stays_8bit(caplog):
    # mostly cp1252, one UTF-8 word: the stray bytes outnumber the UTF-8 ones, so not "UTF-8 with a few bad bytes"
    text = "Die Bürger zahlen für Öl, Gas und Strom mehr, sagte er in Köln; Grüße, Spaß, Märchen, Übel."
    data = text.encode("cp1252") + " Zürich".encode()
    got, enc = decode_bytes(data, "old.txt")
    assert got.startswith(text)
    assert enc == "cp1252" or enc == "latin-1"
    assert not warnings_of(caplog)


@pytest.mark.parametrize("head", [b"", b"\xef\xbb\xbf", b"\r\n  "])
def test_rtf_named_txt_is_refused_in_one_line(tmp_path, head):
    rtf = (head + b"{\\rtf1\\ansi\\ansicpg1252\\deff0{\\fonttbl{\\f0 Calibri;}}\\f0\\fs22 \\'abDie Stra\\'dfe ist im "
           b"Winter gesperrt\\'bb, sagte Reto Caflisch.\\par}\n")
    (tmp_path / "Bericht WordPad.txt").write_bytes(rtf)
    (tmp_path / "ok.txt").write_text("«Die Strasse ist im Winter gesperrt», sagte Reto Caflisch am Montag in Chur.", encoding="utf-8")
    result = ingest_paths([tmp_path], quiet=True)
    assert [a.id for a in result.articles] == ["ok"]
    reasons = {s.path.rsplit("/", 1)[-1]: s.reason for s in result.skipped}
    assert "RTF" in reasons["Bericht WordPad.txt"] and "plain text" in reasons["Bericht WordPad.txt"]


@pytest.mark.parametrize("text", ["{\\rtf is how RTF starts, the manual says.", "Code: {\\rtf1} opens an RTF file."])
def test_text_about_rtf_is_text(text):
    assert decode_bytes(text.encode("utf-8"), "a.txt")[0] == text


# -- run-directory tables with a byte that is not UTF-8 (rv56-13) ---------------------


@pytest.mark.parametrize("bad", [b"\xff\xfe garbage\n", '{"id": "a", "text": "Gr\xfcsse"}\n'.encode("latin-1")])
def test_table_with_a_non_utf8_byte_is_one_store_error(tmp_path, bad):
    from aligner.errors import StoreError
    from aligner.store import read_jsonl

    table = tmp_path / "quotes.jsonl"
    table.write_bytes(b'{"id": "a"}\n\n' + bad + b'{"id": "b"}\n')
    with pytest.raises(StoreError) as info:
        read_jsonl(table)
    message = str(info.value)
    assert "quotes.jsonl, line 3" in message and "not UTF-8" in message
    assert "\n" not in message


def test_utf8_table_still_reads(tmp_path):
    from aligner.store import read_jsonl

    table = tmp_path / "quotes.jsonl"
    table.write_bytes('{"text": "«Grüsse» – \u2028 ok"}\r\n\n{"text": "b"}\n'.encode("utf-8"))
    assert read_jsonl(table) == [{"text": "«Grüsse» – \u2028 ok"}, {"text": "b"}]


@pytest.mark.parametrize("command", ["report", "match"])
@pytest.mark.parametrize("table", ["quotes.jsonl", "articles.jsonl"])
def test_report_and_match_on_a_table_with_a_bad_byte_exit_2_in_one_line(tmp_path, command, table):
    from typer.testing import CliRunner

    from aligner.cli import app
    from aligner.errors import StoreError

    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "a.txt").write_text("«Der Tunnel kommt», sagte Bundesrat Beat Kunz am Montag in Bern vor den Medien.",
                                  encoding="utf-8")
    run = tmp_path / "run"
    done = CliRunner().invoke(app, ["run", str(corpus), "--out", str(run), "--only", "ingest", "--only", "quotes", "--only", "match"])
    assert done.exit_code == 0, done.output
    with open(run / table, "ab") as fh:
        fh.write(b"\xff\xfe garbage\n")
    got = CliRunner().invoke(app, [command, str(run)])
    # the console entry point prints an AlignerError as one "error: ..." line and exits with its code
    assert isinstance(got.exception, StoreError), repr(got.exception)
    assert got.exception.exit_code == 2
    assert f"{table}, line 2: not UTF-8" in str(got.exception)


# -- metadata tables as Excel saves them (rv55-5) and their dates (rv55-4, rv54-11) ----


def _meta(tmp_path, name: str, data: bytes):
    from aligner.readers import load_metadata

    p = tmp_path / name
    p.write_bytes(data)
    return load_metadata(p)


ROWS = "file{s}outlet{s}language{s}date\nORF Tunnel.txt{s}ORF{s}de{s}2025-12-29\nNZZ Tunnel.txt{s}NZZ{s}de{s}2026-01-07\n"


@pytest.mark.parametrize("name, sep, enc", [
    ("excel_de.csv", ";", "cp1252"),  # Excel, German locale: "CSV (Trennzeichen-getrennt)"
    ("meta.txt", "\t", "utf-16"),  # Excel "Unicode Text": UTF-16 with a mark, tabs, .txt
    ("meta.txt", ";", "utf-8-sig"),
    ("Meta.TSV", "\t", "cp1252"),
    ("meta.csv", ",", "utf-8"),
])
def test_metadata_separator_and_encoding_whatever_the_extension(tmp_path, name, sep, enc):
    table = _meta(tmp_path, name, ROWS.format(s=sep).encode(enc))
    assert table["ORF Tunnel.txt"] == {"file": "ORF Tunnel.txt", "outlet": "ORF", "language": "de", "date": "2025-12-29"}
    assert table["NZZ Tunnel.txt"]["outlet"] == "NZZ"


def test_comma_csv_with_semicolons_in_a_title_stays_comma(tmp_path):
    table = _meta(tmp_path, "m.csv", b'file,outlet,title\na.txt,taz,"Kosten; Nutzen"\n')
    assert table["a.txt"] == {"file": "a.txt", "outlet": "taz", "title": "Kosten; Nutzen"}


def test_tsv_with_commas_in_a_title_stays_tab(tmp_path):
    table = _meta(tmp_path, "m.tsv", b"file\toutlet\ttitle\na.txt\ttaz\tKosten, Nutzen; mehr\n")
    assert table["a.txt"]["title"] == "Kosten, Nutzen; mehr"


def test_unusable_metadata_names_its_first_line(tmp_path):
    from aligner.errors import InputError

    with pytest.raises(InputError) as info:
        _meta(tmp_path, "m.csv", b"name;x\na;b\n")
    assert "semicolons" in str(info.value) and "'name;x'" in str(info.value)


@pytest.mark.parametrize("command", ["run", "ingest"])
def test_explicit_metadata_that_cannot_be_used_exits_2(tmp_path, command):
    from typer.testing import CliRunner

    from aligner.cli import app
    from aligner.errors import InputError

    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "a.txt").write_text("«Der Tunnel kommt», sagte Bundesrat Beat Kunz am Montag in Bern.", encoding="utf-8")
    (tmp_path / "m.csv").write_bytes(b"name;outlet\na.txt;NZZ\n")
    args = [command, str(corpus), "--metadata", str(tmp_path / "m.csv"), "--out", str(tmp_path / "out")]
    got = CliRunner().invoke(app, args + (["--only", "ingest"] if command == "run" else []))
    assert isinstance(got.exception, InputError), (got.exit_code, got.output)
    assert got.exception.exit_code == 2 and "m.csv" in str(got.exception)
    assert not (tmp_path / "out" / "articles.jsonl").exists()


@pytest.mark.parametrize("written, iso", [
    ("2026-01-07", "2026-01-07"), ("2026-01-07T14:30:00+01:00", "2026-01-07T14:30:00+01:00"),  # ISO as written
    ("07.01.2026", "2026-01-07"), ("7.1.2026", "2026-01-07"), ("07.01.26", "2026-01-07"),  # day first (de/at/ch)
    ("29.12.2025 16:45", "2025-12-29"),
    ("2026/01/07", "2026-01-07"),
    ("12/31/2026", "2026-12-31"), ("31/12/2026", "2026-12-31"), ("05/05/2026", "2026-05-05"),  # order certain
    ("4 December 2026", "2026-12-04"), ("Dec. 4, 2026", "2026-12-04"), ("4. Jänner 2026", "2026-01-04"),
])
def test_metadata_dates_read_as_iso(tmp_path, caplog, written, iso):
    table = _meta(tmp_path, "m.tsv", f"file\tdate\na.txt\t{written}\n".encode())
    assert table["a.txt"]["date"] == iso
    assert not warnings_of(caplog)


@pytest.mark.parametrize("written, why", [
    ("12/04/2026", "could be 12 April or December 4"),  # US or British: cannot tell
    ("04-12-2026", "could be"),
    ("not-a-date", "not a date"), ("31.02.2026", "no date"), ("2026", "not a date"),
])
def test_metadata_date_that_cannot_be_read_is_missing_with_one_warning(tmp_path, caplog, written, why):
    table = _meta(tmp_path, "meta.tsv", f"file\toutlet\tdate\na.txt\tap\t{written}\nb.txt\ttv\t2026-12-02\n".encode())
    assert "date" not in table["a.txt"] and table["a.txt"]["outlet"] == "ap"
    assert table["b.txt"]["date"] == "2026-12-02"
    lines = warnings_of(caplog)
    assert len(lines) == 1
    assert "meta.tsv" in lines[0] and "'a.txt'" in lines[0] and why in lines[0] and "missing" in lines[0]


def test_day_first_dates_order_the_articles(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    text = "«Der Tunnel kommt», sagte Bundesrat Beat Kunz am Montag in Bern vor den Medien."
    for name in ("early.txt", "late.txt"):
        (corpus / name).write_text(text, encoding="utf-8")
    (tmp_path / "m.tsv").write_text("file\toutlet\tdate\nearly.txt\tORF\t29.12.2025\nlate.txt\tSRF\t07.01.2026\n",
                                    encoding="utf-8")
    result = ingest_paths([corpus], metadata=tmp_path / "m.tsv", quiet=True)
    dates = {a.id: a.date for a in result.articles}
    assert dates == {"early": "2025-12-29", "late": "2026-01-07"}


# -- a translations TSV saved from Excel (rv55-3) ---------------------------------------


def _pairs(tmp_path, lines: list[str], enc: str = "utf-8"):
    from aligner.translate.precomputed import read_pairs

    p = tmp_path / "tr.txt"
    p.write_bytes(("\r\n".join(lines) + "\r\n").encode(enc))
    return read_pairs(p)


@pytest.mark.parametrize("enc", ["utf-8", "utf-16", "cp1252"])
def test_excel_quoted_cells_are_unquoted(tmp_path, enc):
    got = _pairs(tmp_path, [
        "Der Bundesrat tagte am Dienstag.\tThe Federal Council met on Tuesday.",
        '„Wir tragen das nicht allein“, sagte Kunz.\t"""We will not bear this alone,"" Kunz said."',
        '„Ja“ und „Nein“.\t"""Yes"" and ""no""."',
        "Kosten, Nutzen.\t\"Costs, benefits.\"",  # no quote inside, wrapped all the same (in a file Excel saved)
    ], enc)
    assert got == [
        ("Der Bundesrat tagte am Dienstag.", "The Federal Council met on Tuesday."),
        ("„Wir tragen das nicht allein“, sagte Kunz.", '"We will not bear this alone," Kunz said.'),
        ("„Ja“ und „Nein“.", '"Yes" and "no".'),
        ("Kosten, Nutzen.", "Costs, benefits."),
    ]


def test_plain_tsv_with_quote_marks_stays_verbatim(tmp_path):
    lines = [
        '„Wir tragen das nicht allein“, sagte Kunz.\t"We will not bear this alone," Kunz said.',
        '„Ja.“\t"Yes."',  # a whole quotation: not Excel quoting without doubled marks in the file
        'Er sagte „nein“.\tHe said "no".',
        '"Nein", sagte er.\t"No," he said.',
    ]
    assert _pairs(tmp_path, lines) == [tuple(line.split("\t")) for line in lines]


# -- brought translations of the quotes only (rv55-21) ---------------------------------

DE_ARTICLE = ("Bern – Der Bundesrat hat am Dienstag über den Tunnel beraten.\n\n"
              "«Die Schweiz wird die Mehrkosten nicht allein tragen», sagte Bundesrat Beat Kunz.\n\n"
              "Die Regierung in Wien will nächste Woche entscheiden.\n")


def _quotes_run(tmp_path, tsv: str):
    import aligner

    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.txt").write_text(DE_ARTICLE, encoding="utf-8")
    (tmp_path / "tr.tsv").write_text(tsv, encoding="utf-8")
    return aligner.run([tmp_path / "in"], tmp_path / "r", translations=tmp_path / "tr.tsv",
                       only=["ingest", "quotes", "translate"])


def test_translations_of_the_quotes_only_are_no_failed_stage(tmp_path, caplog):
    res = _quotes_run(tmp_path, "Die Schweiz wird die Mehrkosten nicht allein tragen\t"
                                "Switzerland will not bear the additional costs alone\n")
    assert res["translate"].status == "done", res["translate"].summary
    summary = res["translate"].summary
    assert summary["quotes_matched"] == 1 and summary["sentences_matched"] == 0
    said = [w for w in warnings_of(caplog) if "tr.tsv" in w]
    assert len(said) == 1 and "1 of the 1 quotes" in said[0] and "sentences stay untranslated" in said[0]


def test_translations_of_other_texts_still_fail_the_stage(tmp_path, caplog):
    res = _quotes_run(tmp_path, "Der Zoo hat einen Elefanten.\tThe zoo has an elephant.\n")
    assert res["translate"].status == "failed"
    assert "match none of the" in res["translate"].summary["reason"]


# -- metadata rows for file names in another case or Unicode form (rv55-6, rv55-20) ----


def test_metadata_row_matches_a_name_in_another_case_or_normalisation(tmp_path):
    import unicodedata

    corpus = tmp_path / "corpus"
    corpus.mkdir()
    text = "«Der Tunnel kommt», sagte Bundesrat Beat Kunz am Montag in Bern vor den Medien."
    (corpus / "ORF Tunnel.TXT").write_text(text, encoding="utf-8")
    (corpus / unicodedata.normalize("NFD", "Kleine Zeitung Kärnten.txt")).write_text(text + " Ja.", encoding="utf-8")
    (corpus / "exact.txt").write_text(text + " Nein.", encoding="utf-8")
    (tmp_path / "m.tsv").write_text("file\toutlet\nORF Tunnel.txt\tORF\nKleine Zeitung Kärnten.txt\tKleine Zeitung\n"
                                    "exact.txt\tNZZ\n", encoding="utf-8")
    result = ingest_paths([corpus], metadata=tmp_path / "m.tsv", quiet=True)
    outlets = sorted(a.outlet for a in result.articles)
    assert outlets == ["Kleine Zeitung", "NZZ", "ORF"]


def test_metadata_case_match_must_be_unique():
    from pathlib import Path

    from aligner.readers import metadata_key

    table: dict = {"a.txt": {}, "A.TXT": {}, "b.txt": {}}
    assert metadata_key(table, Path("in/A.txt"), "A") is None  # two rows differ only in case from it: none
    assert metadata_key(table, Path("in/B.TXT"), "B") == "b.txt"
    assert metadata_key(table, Path("in/a.txt"), "a") == "a.txt"  # the exact row first


# -- aligner align --out pairs.tsv (rv55-23) --------------------------------------------


@pytest.mark.parametrize("out, first", [("pairs.tsv", "Der Tunnel kommt.\tThe tunnel is coming."),
                                        ("pairs.TMX", "<?xml"), ("pairs.jsonl", "{"), ("pairs.txt", "{")])
def test_align_format_from_the_out_extension(tmp_path, out, first):
    import subprocess
    import sys

    (tmp_path / "a.de").write_text("Der Tunnel kommt.\nDie Kosten steigen.\n", encoding="utf-8")
    (tmp_path / "a.en").write_text("The tunnel is coming.\nThe costs rise.\n", encoding="utf-8")
    done = subprocess.run([sys.executable, "-m", "aligner", "align", "--presegmented", "--embeddings", "none",
                           "-o", out, "a.de", "a.en"], cwd=tmp_path, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    assert (tmp_path / out).read_text(encoding="utf-8").startswith(first)


def test_align_explicit_format_wins_over_the_extension(tmp_path):
    import subprocess
    import sys

    (tmp_path / "a.de").write_text("Der Tunnel kommt.\n", encoding="utf-8")
    (tmp_path / "a.en").write_text("The tunnel is coming.\n", encoding="utf-8")
    done = subprocess.run([sys.executable, "-m", "aligner", "align", "--presegmented", "--embeddings", "none",
                           "--format", "jsonl", "-o", "x.tsv", "a.de", "a.en"], cwd=tmp_path, capture_output=True,
                          text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    assert (tmp_path / "x.tsv").read_text(encoding="utf-8").startswith("{")


# -- a download copy 'x (1).txt' without a metadata row (rv55-7) ------------------------

NZZ = ("Zürich – Der Bundesrat hält am Tunnel fest.\n\n«Die Schweiz wird die Mehrkosten nicht allein tragen», "
       "sagte Bundesrat Beat Kunz am Dienstag in Bern.\n")


@pytest.mark.parametrize("copy", ["NZZ Tunnel (1).txt", "Kopie von NZZ Tunnel.txt"])  # sorts after / before the original
def test_identical_copy_without_an_outlet_is_set_aside(tmp_path, copy):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "NZZ Tunnel.txt").write_text(NZZ, encoding="utf-8")
    (corpus / copy).write_text(NZZ, encoding="utf-8")
    (corpus / "SRF Tunnel.txt").write_text(NZZ, encoding="utf-8")  # the same text in another named outlet: kept
    (tmp_path / "m.tsv").write_text("file\toutlet\nNZZ Tunnel.txt\tNZZ\nSRF Tunnel.txt\tSRF\n", encoding="utf-8")
    result = ingest_paths([corpus], metadata=tmp_path / "m.tsv", quiet=True)
    assert sorted(a.outlet for a in result.articles) == ["NZZ", "SRF"]
    (dup,) = [s for s in result.skipped if s.stage == "duplicate"]
    assert dup.path.endswith(copy) and "'NZZ Tunnel'" in dup.reason and "copy" in dup.reason


def test_unnamed_files_that_differ_or_have_no_named_twin_stay(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "NZZ Tunnel.txt").write_text(NZZ, encoding="utf-8")
    (corpus / "NZZ Tunnel (1).txt").write_text(NZZ.replace("Dienstag", "Mittwoch"), encoding="utf-8")  # not the same text
    (corpus / "a.txt").write_text(NZZ + "\nEnde.\n", encoding="utf-8")
    (corpus / "b.txt").write_text(NZZ + "\nEnde.\n", encoding="utf-8")  # two unnamed twins: no outlet known, both stay
    (tmp_path / "m.tsv").write_text("file\toutlet\nNZZ Tunnel.txt\tNZZ\n", encoding="utf-8")
    result = ingest_paths([corpus], metadata=tmp_path / "m.tsv", quiet=True)
    assert len(result.articles) == 4
    assert not [s for s in result.skipped if s.stage == "duplicate"]
