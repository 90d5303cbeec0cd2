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
