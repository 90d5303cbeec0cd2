"""Bad input: each case is skipped with a one-line reason naming the file, the rest goes on."""

from __future__ import annotations

import json
import os

import pytest
from typer.testing import CliRunner

from aligner import readers
from aligner.cli import app
from aligner.errors import InputError
from aligner.ingest import ingest_paths
from aligner.readers import decode_bytes

DE = (
    "Die Bürger in Köln zahlen künftig mehr für Öl und Gas, sagte der Bürgermeister am Dienstag. "
    "Die Straßenbahn fährt häufiger – „endlich“, meinten viele."
)
EN = "The mayor said on Tuesday that the city would pay more for oil and gas next year, and that buses would run more often."


def skipped_reasons(result) -> dict[str, str]:
    return {os.path.basename(s.path) + (f":{s.line}" if s.line else ""): s.reason for s in result.skipped}


def one(tmp_path, name: str, data: bytes, **kw):
    p = tmp_path / name
    p.write_bytes(data)
    return ingest_paths([p], quiet=True, **kw)


# -- encodings: decoded correctly, not skipped -------------------------------------------


@pytest.mark.parametrize(
    "name,data,encoding",
    [
        ("latin1.txt", DE.replace("„", '"').replace("“", '"').replace("–", "-").encode("latin-1"), "latin-1"),
        ("cp1252.txt", (DE + " Das kostet 5 €.").encode("cp1252"), "cp1252"),
        ("utf16le.txt", b"\xff\xfe" + DE.encode("utf-16-le"), "utf-16-le"),
        ("utf16be.txt", b"\xfe\xff" + DE.encode("utf-16-be"), "utf-16-be"),
        ("utf8bom.txt", b"\xef\xbb\xbf" + DE.encode("utf-8"), "utf-8-sig"),
    ],
)
def test_encodings_are_decoded(tmp_path, name, data, encoding):
    res = one(tmp_path, name, data)
    assert not res.skipped
    (art,) = res.articles
    assert art.encoding == encoding
    assert art.text.startswith("Die Bürger in Köln zahlen künftig mehr für Öl und Gas")  # no BOM, no mojibake
    assert "\ufeff" not in art.text
    assert art.language == "de"
    if encoding == "cp1252":
        assert art.text.endswith("Das kostet 5 €.") and "„endlich“" in art.text
    for s in res.sentences:
        assert art.text[s.start : s.end] == s.text


def test_decode_prefers_plausible_western_encoding_over_charset_guess():
    # charset-normalizer alone guesses an exotic code page for short German cp1252 text
    text, enc = decode_bytes("Die Bürger zahlen 5 € für Öl – „teuer“, sagte er.".encode("cp1252"))
    assert enc == "cp1252"
    assert text == "Die Bürger zahlen 5 € für Öl – „teuer“, sagte er."


# -- unusable files ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "name,data,reason",
    [
        ("empty.txt", b"", "empty file"),
        ("blank.txt", b"  \n\n \t", "empty file (only whitespace)"),
        ("nul.txt", bytes(range(256)) * 20, "binary file (contains NUL bytes), not text"),
        ("image.txt", b"\x89PNG\r\n\x1a\n" + bytes(range(1, 200)), "binary file (a PNG image), not text"),
        ("doc.pdf", b"%PDF-1.7\n" + DE.encode(), "binary file (a PDF file), not text"),
        ("control.txt", bytes([1, 2, 3, 4, 5, 6, 7, 8, 14, 15]) * 30 + b"abc", "binary file (mostly control characters), not text"),
    ],
)
def test_unusable_files_are_skipped(tmp_path, name, data, reason):
    res = one(tmp_path, name, data)
    assert res.articles == []
    assert skipped_reasons(res) == {name: reason}


def test_huge_file_is_refused_by_size_before_reading(tmp_path, monkeypatch):
    p = tmp_path / "huge.txt"
    with open(p, "wb") as fh:
        fh.truncate(50 * 1024 * 1024)  # sparse: 50 MB on paper, nothing written
    monkeypatch.setattr(readers, "_read_bytes", lambda path: pytest.fail("read a file over the limit"))
    res = ingest_paths([p], quiet=True)
    reason = skipped_reasons(res)["huge.txt"]
    assert reason.startswith("file is 50.0 MB, over the 20 MB limit")


def test_size_limit_is_configurable(tmp_path, monkeypatch):
    p = tmp_path / "a.txt"
    p.write_text(DE * 20, encoding="utf-8")  # about 3 KB
    assert skipped_reasons(ingest_paths([p], quiet=True, max_mb=0.001))["a.txt"].startswith("file is 0.0 MB, over the 0 MB limit")
    monkeypatch.setenv("ALIGNER_MAX_INPUT_MB", "0.001")
    assert ingest_paths([p], quiet=True).articles == []
    assert len(ingest_paths([p], quiet=True, max_mb=1).articles) == 1


def test_unreadable_file(tmp_path, monkeypatch):
    p = tmp_path / "secret.txt"
    p.write_text(DE, encoding="utf-8")

    def denied(path):
        raise PermissionError(13, "Permission denied", str(path))

    monkeypatch.setattr(readers, "_read_bytes", denied)
    res = ingest_paths([p], quiet=True)
    assert skipped_reasons(res) == {"secret.txt": "cannot read: permission denied"}


def test_unreadable_or_missing_metadata_names_the_file_and_why(tmp_path, monkeypatch):
    meta = tmp_path / "meta.tsv"
    meta.write_text("file\toutlet\na.txt\tZeitung\n", encoding="utf-8")
    with pytest.raises(InputError, match="metadata file not found"):
        readers.load_metadata(tmp_path / "other.tsv")

    def denied(path):
        raise PermissionError(13, "Permission denied", str(path))

    monkeypatch.setattr(readers, "_read_bytes", denied)
    with pytest.raises(InputError) as err:
        readers.load_metadata(meta)
    assert str(err.value) == f"{meta}: cannot read metadata: permission denied"


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root can read a chmod 000 file")
def test_unreadable_file_by_permissions(tmp_path):
    p = tmp_path / "secret.txt"
    p.write_text(DE, encoding="utf-8")
    p.chmod(0)
    try:
        res = ingest_paths([p], quiet=True)
    finally:
        p.chmod(0o644)
    assert skipped_reasons(res) == {"secret.txt": "cannot read: permission denied"}


def test_missing_path_and_broken_link(tmp_path):
    link = tmp_path / "dangling.txt"
    link.symlink_to(tmp_path / "nowhere.txt")
    res = ingest_paths([tmp_path / "missing.txt", link, tmp_path], quiet=True)
    reasons = {os.path.basename(s.path): s.reason for s in res.skipped}
    assert reasons == {"missing.txt": "no such file or folder", "dangling.txt": "broken symbolic link"}


# -- HTML ------------------------------------------------------------------------------------


def test_malformed_html_with_text_is_read(tmp_path):
    html = f"<html><body><div><p>{DE} {DE}<p>Zweiter Absatz über die Stadt und ihre Bürger, der länger ist als nötig. <b>unclosed <i>tags"
    res = one(tmp_path, "broken.html", html.encode("utf-8"))
    assert not res.skipped
    (art,) = res.articles
    assert art.source_format == "html"
    assert "Die Straßenbahn fährt häufiger" in art.text and "<p>" not in art.text


def test_html_without_text_is_skipped(tmp_path):
    res = one(tmp_path, "garbage.html", b"<html><<<<>>>></dif></html")
    assert skipped_reasons(res) == {"garbage.html": "no article text found in the HTML (malformed or empty page)"}


# -- JSONL -----------------------------------------------------------------------------------


def test_malformed_jsonl_lines_are_skipped_and_the_rest_kept(tmp_path):
    lines = [
        json.dumps({"id": "a1", "outlet": "x", "lang": "de", "text": DE}),
        "{not json",
        json.dumps({"id": "a2", "text": EN}),
        json.dumps({"id": "a3"}),
        json.dumps(["a", "list"]),
        "",
        json.dumps({"text": EN + " Again."}),
    ]
    res = one(tmp_path, "lines.jsonl", ("\n".join(lines) + "\n").encode("utf-8"))
    assert [a.id for a in res.articles] == ["a1", "a2", "lines-00007"]
    reasons = skipped_reasons(res)
    assert reasons["lines.jsonl:2"].startswith("malformed JSON")
    assert reasons["lines.jsonl:4"] == "no 'text' (or it is empty)"
    assert reasons["lines.jsonl:5"] == "a JSONL line must be an object with a 'text' field"
    assert len(reasons) == 3


def test_jsonl_line_in_another_language_is_skipped(tmp_path):
    lines = [json.dumps({"id": "x", "lang": "fr", "text": "Le gouvernement a annoncé mardi une réforme."}), json.dumps({"id": "y", "text": EN})]
    res = one(tmp_path, "l.jsonl", "\n".join(lines).encode("utf-8"))
    assert [a.id for a in res.articles] == ["y"]
    assert "not one of the configured languages" in skipped_reasons(res)["l.jsonl:1"]


# -- language ---------------------------------------------------------------------------------


def test_unknown_language_is_skipped_with_reason(tmp_path):
    fr = "Le gouvernement français a annoncé mardi une nouvelle réforme des retraites, qui sera présentée au Parlement la semaine prochaine."
    res = one(tmp_path, "french.txt", fr.encode("utf-8"))
    assert res.articles == []
    reason = skipped_reasons(res)["french.txt"]
    assert reason == "language not one of de, en (closest: fr)"


def test_configured_languages_change_what_is_skipped(tmp_path):
    (tmp_path / "de.txt").write_text(DE, encoding="utf-8")
    (tmp_path / "en.txt").write_text(EN, encoding="utf-8")
    res = ingest_paths([tmp_path], languages=("en",), quiet=True)
    assert [a.id for a in res.articles] == ["en"]
    assert skipped_reasons(res)["de.txt"] == "language not one of en (closest: de)"


# -- the whole batch, through the CLI -----------------------------------------------------------


def make_bad_folder(folder):
    folder.mkdir()
    (folder / "good_de.txt").write_text(DE, encoding="utf-8")
    (folder / "good_en.txt").write_text(EN, encoding="utf-8")
    (folder / "latin1.txt").write_bytes("Grüße aus Köln: Die Straße wird im März gesperrt, sagte die Stadt.".encode("latin-1"))
    (folder / "utf16.txt").write_bytes(b"\xff\xfe" + EN.encode("utf-16-le"))
    (folder / "empty.txt").write_bytes(b"")
    (folder / "binary.txt").write_bytes(bytes(range(256)) * 4)
    with open(folder / "huge.txt", "wb") as fh:
        fh.truncate(50 * 1024 * 1024)
    (folder / "broken.html").write_text("<html><<<<>>>></dif></html", encoding="utf-8")
    (folder / "lines.jsonl").write_text(json.dumps({"id": "j1", "text": EN}) + "\n{oops\n", encoding="utf-8")
    (folder / "french.txt").write_text("Le gouvernement français a annoncé mardi une nouvelle réforme des retraites.", encoding="utf-8")


def test_cli_batch_goes_on_past_bad_inputs(tmp_path):
    folder = tmp_path / "in"
    make_bad_folder(folder)
    out = tmp_path / "run"
    res = CliRunner().invoke(app, ["ingest", str(folder), "--out", str(out)])
    assert res.exit_code == 0, res.output
    assert res.exception is None
    assert "Traceback" not in res.output
    articles = [json.loads(l)["id"] for l in (out / "articles.jsonl").read_text(encoding="utf-8").splitlines()]
    assert articles == ["good_de", "good_en", "latin1", "j1", "utf16"]
    skipped = [json.loads(l) for l in (out / "skipped.jsonl").read_text(encoding="utf-8").splitlines()]
    names = sorted(os.path.basename(s["path"]) + (f":{s['line']}" if s["line"] else "") for s in skipped)
    assert names == ["binary.txt", "broken.html", "empty.txt", "french.txt", "huge.txt", "lines.jsonl:2"]
    # one warning line per bad input, naming the file
    warnings = [l for l in res.output.splitlines() if l.startswith("warning:")]
    assert len(warnings) == 6
    for name in ("binary.txt", "broken.html", "empty.txt", "french.txt", "huge.txt", "lines.jsonl:2"):
        assert sum(name in w for w in warnings) == 1
    summary = json.loads((out / "summary.json").read_text(encoding="utf-8"))["ingest"]
    assert summary["articles"] == 5 and summary["skipped"] == 6


def test_cli_exits_non_zero_when_nothing_could_be_processed(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "empty.txt").write_bytes(b"")
    (folder / "binary.txt").write_bytes(b"\x00\x01\x02" * 100)
    res = CliRunner().invoke(app, ["ingest", str(folder), "--out", str(tmp_path / "run")])
    assert res.exit_code == 1
    assert "Traceback" not in res.output
    assert "nothing could be ingested" in res.output
    assert len((tmp_path / "run" / "skipped.jsonl").read_text(encoding="utf-8").splitlines()) == 2


def test_read_path_raises_input_error_naming_the_file(tmp_path):
    p = tmp_path / "e.txt"
    p.write_bytes(b"")
    with pytest.raises(InputError) as info:
        readers.read_path(p)
    assert str(info.value) == f"{p}: empty file"


def test_jsonl_skips_record_path_and_line_separately_and_free_the_id(tmp_path):
    lines = [json.dumps({"id": "d", "lang": "fr", "text": "Le gouvernement a annoncé mardi une réforme."}),
             json.dumps({"id": "d", "text": EN})]
    res = one(tmp_path, "l.jsonl", "\n".join(lines).encode("utf-8"))
    (sk,) = res.skipped
    assert os.path.basename(sk.path) == "l.jsonl" and sk.line == 1
    assert [a.id for a in res.articles] == ["d"]  # the skipped line did not use up the id


def test_article_with_a_flood_of_quotation_marks_is_refused_quickly_and_the_batch_goes_on():
    import time

    from aligner.model import Article, Sentence
    from aligner.quotes.stage import quotes_for_articles

    flood = "“a,” " * 6000  # 12,000 marks in one line: hours of attribution work at the old cost
    good = "“The bridge stays closed until May,” said Maria Ortega."
    arts = [Article(id="flood", text=flood, language="en", source_path="flood.txt"),
            Article(id="good", text=good, language="en", source_path="good.txt")]
    sents = [Sentence(id=f"{a.id}#s0", article_id=a.id, paragraph_id=f"{a.id}#p0", index=0, start=0, end=len(a.text),
                      text=a.text, language="en") for a in arts]
    t0 = time.process_time()
    quotes, problems = quotes_for_articles(arts, sents)
    assert time.process_time() - t0 < 60
    assert len(problems) == 1 and "flood.txt" in problems[0] and "quotation marks" in problems[0]
    assert [q.article_id for q in quotes] == ["good"]
    assert quotes[0].speaker is not None and quotes[0].speaker.name == "Maria Ortega"
