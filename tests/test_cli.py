import subprocess
import sys

import pytest
from typer.testing import CliRunner

from aligner import __version__
from aligner.cli import app

runner = CliRunner()


def test_version():
    result = runner.invoke(app, ["--version"])
    assert result.exit_code == 0
    assert result.output.strip() == f"aligner {__version__}"


def test_every_command_has_help():
    result = runner.invoke(app, ["--help"])
    assert result.exit_code == 0
    commands = [c.name for c in app.registered_commands] + [g.name for g in app.registered_groups]
    assert "run" in commands
    for name in commands:
        sub = runner.invoke(app, [name, "--help"])
        assert sub.exit_code == 0, (name, sub.output)
        assert "Usage" in sub.output


def test_flags_show_no_value_type_in_help():
    sub = runner.invoke(app, ["align", "--help"], env={"COLUMNS": "160"})
    assert sub.exit_code == 0
    flag_lines = [ln for ln in sub.output.splitlines() if "--presegmented" in ln or "--help " in ln]
    assert len(flag_lines) == 2 and not any("<bool>" in ln for ln in flag_lines), flag_lines
    value_line = next(ln for ln in sub.output.splitlines() if "--max-group" in ln)
    assert "<int range>" in value_line or "INTEGER" in value_line  # options that take a value keep their type


def test_help_does_not_import_heavy_libraries():
    code = "import sys, aligner.cli; print(sorted(m for m in ('torch', 'transformers', 'ctranslate2') if m in sys.modules))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"


def test_user_errors_are_one_line_without_traceback(tmp_path):
    missing = tmp_path / "nope"
    proc = subprocess.run([sys.executable, "-m", "aligner", "run", str(missing), "--out", str(tmp_path / "run")],
                          capture_output=True, text=True)
    assert proc.returncode != 0
    assert "Traceback" not in proc.stderr
    assert str(missing) in proc.stderr


def _aligner(*args, **kw):
    return subprocess.run([sys.executable, "-m", "aligner", *args], capture_output=True, text=True, **kw)


def test_usage_errors_are_one_message_not_a_traceback():
    for args in (["bogus"], ["run"], ["run", "x", "--out", "y", "--batch-size", "0"]):
        proc = _aligner(*args)
        assert proc.returncode == 2, args
        assert "Traceback" not in proc.stderr and "Error" in proc.stderr, (args, proc.stderr)


def test_unknown_stage_in_only_is_an_error(tmp_path, seeds_dir):
    proc = _aligner("run", str(seeds_dir), "--out", str(tmp_path / "r"), "--only", "bogus")
    assert proc.returncode == 2
    assert "unknown stage bogus" in proc.stderr and "Traceback" not in proc.stderr
    assert not (tmp_path / "r" / "articles.jsonl").exists()


def test_eval_mt_on_empty_files_names_the_file(tmp_path):
    empty = tmp_path / "empty.txt"
    empty.write_text("")
    proc = _aligner("eval", "mt", "--hyp", str(empty), "--ref", str(empty))
    assert proc.returncode != 0 and "Traceback" not in proc.stderr
    assert f"{empty}: is empty" in proc.stderr


def test_translation_without_torch_is_skipped_with_the_install_hint(tmp_path, seeds_dir):
    # a Python where torch cannot be imported, as after `pip install -e .` without extras
    code = (
        "import sys; sys.modules['torch'] = None; sys.argv = ['aligner'] + sys.argv[1:];"
        "from aligner.cli import main; main()"
    )
    run = tmp_path / "r"
    proc = subprocess.run([sys.executable, "-c", code, "run", str(seeds_dir / "000_56f271b78337dfd8.txt"),
                           "--out", str(run), "--only", "ingest", "--only", "translate", "--model", str(tmp_path)],
                          capture_output=True, text=True)
    # the user asked for translation (--only translate, --model): skipped is not success
    assert proc.returncode == 1, proc.stderr
    assert "Traceback" not in proc.stderr and "error: translate skipped" in proc.stderr
    import json

    summary = json.loads((run / "summary.json").read_text())
    assert summary["translate"]["status"] == "skipped"
    assert "pip install 'aligner[hf]'" in summary["translate"]["reason"]
    assert not (run / "errors.log").exists()


def test_folder_without_articles_is_named(tmp_path):
    empty = tmp_path / "empty"
    empty.mkdir()
    proc = _aligner("run", str(empty), "--out", str(tmp_path / "r"))
    assert proc.returncode != 0 and "Traceback" not in proc.stderr
    assert f"{empty}: no article files found" in proc.stderr


def test_quote_matching_is_english_only_and_says_so(tmp_path, seeds_dir):
    """--to is the pivot of translation and alignment; quote matching compares English
    renderings, so another pivot skips it with the reason, and asking for it is refused."""
    one = str(seeds_dir / "000_56f271b78337dfd8.txt")
    proc = _aligner("run", one, "--out", str(tmp_path / "r"), "--to", "de", "--only", "ingest", "--only", "match")
    assert proc.returncode == 2 and "Traceback" not in proc.stderr
    assert "--to de: --only match needs --to en" in proc.stderr
    assert not (tmp_path / "r" / "articles.jsonl").exists()
    proc = _aligner("match", str(tmp_path), "--to", "de")
    assert proc.returncode == 2 and "only --to en is supported" in proc.stderr
    help_text = runner.invoke(app, ["run", "--help"], env={"COLUMNS": "200"}).output
    assert "Quote matching and the report compare English" in " ".join(help_text.split())

    from aligner.api import run
    from aligner.errors import AlignerError

    # the library refuses what the command refuses, before any work (session 29, rv59-5)
    with pytest.raises(AlignerError, match="needs pivot=.en."):
        run([one], tmp_path / "api", pivot="de", only=["ingest", "quotes", "match", "report"])
    assert not (tmp_path / "api" / "articles.jsonl").exists()
    results = run([one], tmp_path / "api", pivot="de")  # a whole run: matching skipped, and said why
    assert results["match"].status == "skipped" and "--to en only" in results["match"].summary["reason"]
    assert results["report"].status == "skipped" and not (tmp_path / "api" / "clusters.jsonl").exists()
