"""Interrupted, resumed and repeated runs: nothing already done is lost, nothing stale is
reused (rv42's findings; invented articles built in tmp_path)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

import aligner

GERMAN = ("Der neue Radweg in Altenburg wird im Mai freigegeben.\n\n"
          "„Wir freuen uns sehr über den neuen Radweg“, sagte Lena Brückner am Dienstag.\n\n"
          "Der Bau kostete vier Millionen Euro, teilte der Landkreis mit.\n")
ENGLISH = ("The new cycle path in Altenburg will open in May.\n\n"
           "\"We are very pleased with the new cycle path,\" Lena Brückner said on Tuesday.\n\n"
           "The work cost four million euros, the district said.\n")
TSV = ("Der neue Radweg in Altenburg wird im Mai freigegeben.\tThe new cycle path in Altenburg will be opened in May.\n"
       "„Wir freuen uns sehr über den neuen Radweg“, sagte Lena Brückner am Dienstag.\t"
       "\"We are very happy about the new cycle path,\" said Lena Brückner on Tuesday.\n"
       "Der Bau kostete vier Millionen Euro, teilte der Landkreis mit.\tThe construction cost four million euros, the district announced.\n"
       "Wir freuen uns sehr über den neuen Radweg\tWe are very happy about the new cycle path\n")


def _corpus(root: Path) -> tuple[Path, Path]:
    inputs = root / "in"
    inputs.mkdir()
    (inputs / "a-de.txt").write_text(GERMAN, encoding="utf-8")
    (inputs / "b-en.txt").write_text(ENGLISH, encoding="utf-8")
    tsv = root / "tr.tsv"
    tsv.write_text(TSV, encoding="utf-8")
    return inputs, tsv


def _ids(out: Path) -> list[str]:
    return [json.loads(line)["id"] for line in (out / "articles.jsonl").read_text(encoding="utf-8").splitlines()]


def _cli(*args: str, cwd: Path, **kw) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "aligner", *args], cwd=cwd, capture_output=True, text=True,
                          timeout=300, env={**os.environ, "ALIGNER_THREADS": "1"}, **kw)


# 1: a stage a re-run skips leaves nothing of its last run behind --------------------------
def test_a_report_the_rerun_could_not_make_is_removed(tmp_path):
    inputs, tsv = _corpus(tmp_path)
    out = tmp_path / "run"
    first = aligner.run([inputs], out, translations=tsv, embeddings="none")
    assert first["report"].status == "done" and (out / "report.md").is_file() and (out / "report.html").is_file()
    again = aligner.run([inputs], out, pivot="de", embeddings="none")  # match needs English: skipped
    assert again["match"].status == "skipped" and again["report"].status == "skipped"
    assert "clusters.jsonl" in again["report"].summary["reason"]
    assert not (out / "clusters.jsonl").exists()
    assert not (out / "report.md").exists() and not (out / "report.html").exists()
    # and the run after that, back to English, makes the report again
    third = aligner.run([inputs], out, translations=tsv, embeddings="none")
    assert third["report"].status == "done" and (out / "report.md").is_file()


# 2: an input edited or deleted while the run goes on is read again next run --------------
def _while_quotes_run(monkeypatch, change):
    from aligner.quotes import stage as quotes_stage

    real = quotes_stage.stage

    def changed_then_run(store, cfg):
        change()
        return real(store, cfg)

    monkeypatch.setattr(quotes_stage, "stage", changed_then_run)


def test_an_article_edited_during_the_run_is_read_again(tmp_path, monkeypatch):
    inputs, tsv = _corpus(tmp_path)
    out = tmp_path / "run"
    edited = ENGLISH.replace("very pleased", "deeply disappointed")
    _while_quotes_run(monkeypatch, lambda: (inputs / "b-en.txt").write_text(edited, encoding="utf-8"))
    aligner.run([inputs], out, translations=tsv, embeddings="none", only=["ingest", "quotes"])
    monkeypatch.undo()
    assert "deeply disappointed" not in (out / "articles.jsonl").read_text(encoding="utf-8")  # read before the edit
    again = aligner.run([inputs], out, translations=tsv, embeddings="none", only=["ingest", "quotes"])
    assert again["ingest"].status == "done"
    assert "deeply disappointed" in (out / "articles.jsonl").read_text(encoding="utf-8")
    assert "deeply disappointed" in (out / "quotes.jsonl").read_text(encoding="utf-8")
    third = aligner.run([inputs], out, translations=tsv, embeddings="none", only=["ingest", "quotes"])
    assert third["ingest"].status == "reused" and third["quotes"].status == "reused"


def test_an_article_deleted_during_the_run_is_not_listed_next_run(tmp_path, monkeypatch):
    inputs, tsv = _corpus(tmp_path)
    out = tmp_path / "run"
    _while_quotes_run(monkeypatch, lambda: (inputs / "b-en.txt").unlink())
    aligner.run([inputs], out, translations=tsv, embeddings="none", only=["ingest", "quotes"])
    monkeypatch.undo()
    assert _ids(out) == ["a-de", "b-en"]
    aligner.run([inputs], out, translations=tsv, embeddings="none", only=["ingest", "quotes"])
    assert _ids(out) == ["a-de"]


def test_a_translations_file_edited_during_the_run_is_read_again(tmp_path, monkeypatch):
    inputs, tsv = _corpus(tmp_path)
    out = tmp_path / "run"
    from aligner.align import stage as align_stage

    real = align_stage.stage

    def edit_then_align(store, cfg):
        tsv.write_text(TSV.replace("the district announced", "the county reported"), encoding="utf-8")
        return real(store, cfg)

    monkeypatch.setattr(align_stage, "stage", edit_then_align)
    aligner.run([inputs], out, translations=tsv, embeddings="none", only=["ingest", "translate", "align"])
    monkeypatch.undo()
    assert "the county reported" not in (out / "translations.jsonl").read_text(encoding="utf-8")
    again = aligner.run([inputs], out, translations=tsv, embeddings="none", only=["ingest", "translate", "align"])
    assert again["ingest"].status == "reused" and again["translate"].status == "done"
    assert "the county reported" in (out / "translations.jsonl").read_text(encoding="utf-8")


# 3: a run directory that cannot be written is one line naming it -------------------------
def test_a_lock_file_that_cannot_be_made_is_a_store_error(tmp_path, monkeypatch):
    """Runs as any user: opening the lock file fails as on a read-only disk."""
    import errno

    from aligner import store as store_module
    from aligner.errors import StoreError

    def read_only(path, *a, **kw):
        raise OSError(errno.EROFS, os.strerror(errno.EROFS), str(path))

    run_dir = tmp_path / "run"
    run_dir.mkdir()
    monkeypatch.setattr(store_module, "open", read_only, raising=False)
    with pytest.raises(StoreError, match="cannot write in the run directory") as caught:
        with store_module.RunStore(run_dir).lock("aligner report"):
            pass
    assert str(run_dir) in str(caught.value) and "Read-only file system" in str(caught.value)
    assert caught.value.exit_code == 2


@pytest.mark.parametrize("command", [["run", "IN", "--out", "OUT", "--translations", "TSV", "--embeddings", "none"],
                                     ["report", "OUT"]])
def test_a_read_only_run_directory_is_one_line(tmp_path, command):
    """chmod 0555 on the finished run directory: when running as root chmod cannot make it
    read-only (root writes anyway), and this test is skipped; the test above runs for root."""
    probe = tmp_path / "probe"
    probe.mkdir(mode=0o555)
    if os.access(probe, os.W_OK):
        pytest.skip("running as root: chmod 0555 does not make the run directory read-only")
    inputs, tsv = _corpus(tmp_path)
    out = tmp_path / "run"
    done = _cli("run", str(inputs), "--out", str(out), "--translations", str(tsv), "--embeddings", "none", cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    out.chmod(0o555)
    try:
        res = _cli(*[{"IN": str(inputs), "OUT": str(out), "TSV": str(tsv)}.get(a, a) for a in command], cwd=tmp_path)
    finally:
        out.chmod(0o755)
    assert res.returncode == 2, res.stderr
    assert "Traceback" not in res.stderr
    lines = [line for line in res.stderr.splitlines() if line.startswith("error:")]
    assert len(lines) == 1 and str(out) in lines[0] and "cannot write in the run directory" in lines[0]


# 4: a full disk (here a file-size limit, as `ulimit -f`) is one line naming the file -------
def _many(inputs: Path, tsv: Path, n: int) -> None:
    for i in range(n):
        (inputs / f"x{i:03d}-de.txt").write_text(
            f"Der neue Spielplatz in Greiz Nummer {i} wird im Juni eröffnet.\n\n"
            f"„Die Kinder haben lange auf den Spielplatz Nummer {i} gewartet“, sagte Jonas Pfeifer am Freitag.\n\n"
            f"Die Stadt gab {i + 2} Millionen Euro aus, hieß es im Rathaus.\n\n"
            f"Anwohner klagen über {i % 5 + 3} Wochen Lärm.\n", encoding="utf-8")
        (inputs / f"y{i:03d}-en.txt").write_text(
            f"The new playground in Greiz number {i} will open in June.\n\n"
            f"\"The children have waited a long time for playground number {i},\" Jonas Pfeifer said on Friday.\n\n"
            f"The town spent {i + 2} million euros, the town hall said.\n\n"
            f"Residents complain about {i % 5 + 3} weeks of noise.\n", encoding="utf-8")
    with tsv.open("a", encoding="utf-8") as fh:
        for i in range(n):
            fh.write(f"Die Stadt gab {i + 2} Millionen Euro aus, hieß es im Rathaus.\t"
                     f"The town spent {i + 2} million euros, the town hall said.\n")


def test_a_full_disk_is_one_line_naming_the_file(tmp_path):
    import resource

    inputs, tsv = _corpus(tmp_path)
    _many(inputs, tsv, 100)
    out = tmp_path / "run"

    def small_files():
        resource.setrlimit(resource.RLIMIT_FSIZE, (200 * 1024, 200 * 1024))

    args = ("run", str(inputs), "--out", str(out), "--translations", str(tsv), "--embeddings", "none", "--jobs", "1")
    full = _cli(*args, cwd=tmp_path, preexec_fn=small_files)
    assert full.returncode != 0
    assert "Traceback" not in full.stderr, full.stderr[-800:]
    said = [line for line in full.stderr.splitlines() if "disk full / file too large" in line or "a full disk or a file-size limit?" in line]
    assert said and all(str(out) in line for line in said), full.stderr[-800:]
    assert "internal error" not in full.stderr
    # with room again, the same command finishes
    again = _cli(*args, cwd=tmp_path)
    assert again.returncode == 0, again.stderr[-800:]
    assert len(_ids(out)) == 202 and (out / "report.md").is_file()


# 5: a symbolic link to a folder is followed, each folder once ------------------------------
def test_a_symlinked_subfolder_is_read_and_a_link_loop_is_harmless(tmp_path):
    inputs, tsv = _corpus(tmp_path)
    other = tmp_path / "elsewhere"
    other.mkdir()
    (other / "c-en.txt").write_text(ENGLISH.replace("cycle path", "swimming pool"), encoding="utf-8")
    (inputs / "linked").symlink_to(other, target_is_directory=True)
    (other / "back").symlink_to(inputs, target_is_directory=True)  # a loop: in/linked/back -> in
    (inputs / "again").symlink_to(other, target_is_directory=True)  # the same folder twice
    out = tmp_path / "run"
    res = aligner.run([inputs], out, only=["ingest"])
    assert res["ingest"].status == "done"
    assert sorted(_ids(out)) == ["a-de", "b-en", "c-en"]
    assert "swimming pool" in (out / "articles.jsonl").read_text(encoding="utf-8")


# 6: what ingest's fingerprint reads is what ingest reads ------------------------------------
def test_out_inside_the_input_folder_reuses_ingest(tmp_path):
    inputs, tsv = _corpus(tmp_path)
    out = inputs / "run"
    aligner.run([inputs], out, translations=tsv, embeddings="none", only=["ingest"])
    again = aligner.run([inputs], out, translations=tsv, embeddings="none", only=["ingest"])
    assert again["ingest"].status == "reused"
    assert sorted(_ids(out)) == ["a-de", "b-en"]


def test_other_run_directories_and_hidden_files_do_not_count_but_linked_articles_do(tmp_path):
    inputs, _ = _corpus(tmp_path)
    other = tmp_path / "elsewhere"
    other.mkdir()
    (other / "c-en.txt").write_text(ENGLISH.replace("cycle path", "ferry"), encoding="utf-8")
    (inputs / "linked").symlink_to(other, target_is_directory=True)
    out = tmp_path / "run"
    aligner.run([inputs], inputs / "older-run", only=["ingest"])  # another run directory inside the inputs
    aligner.run([inputs], out, only=["ingest"])
    aligner.run([inputs], inputs / "older-run", only=["ingest"])  # it changes: not an input of this run
    (inputs / ".notes.txt").write_text("a hidden editor file\n", encoding="utf-8")
    assert aligner.run([inputs], out, only=["ingest"])["ingest"].status == "reused"
    (other / "c-en.txt").write_text(ENGLISH.replace("cycle path", "tram line"), encoding="utf-8")
    assert aligner.run([inputs], out, only=["ingest"])["ingest"].status == "done"
    assert "tram line" in (out / "articles.jsonl").read_text(encoding="utf-8")
    assert sorted(_ids(out)) == ["a-de", "b-en", "c-en"]


# 7: SIGTERM says what was kept, as Ctrl-C does --------------------------------------------
@pytest.mark.parametrize("jobs", ["1", "2"])
def test_sigterm_says_what_was_kept_and_the_same_command_resumes(tmp_path, jobs):
    import signal

    inputs, tsv = _corpus(tmp_path)
    _many(inputs, tsv, 150)
    out = tmp_path / "run"
    args = ["run", str(inputs), "--out", str(out), "--translations", str(tsv), "--embeddings", "none", "--jobs", jobs]
    proc = subprocess.Popen([sys.executable, "-m", "aligner", *args], cwd=tmp_path, stdout=subprocess.DEVNULL,
                            stderr=subprocess.PIPE, text=True)
    assert proc.stderr is not None
    seen = []
    for line in proc.stderr:  # stop it once ingest is done and quotes started
        seen.append(line)
        if line.strip() == "stage quotes":
            proc.send_signal(signal.SIGTERM)
            break
    err = "".join(seen) + proc.stderr.read()
    proc.wait(timeout=120)
    assert proc.returncode == 143, err[-800:]
    assert "Traceback" not in err, err[-800:]
    said = [line for line in err.splitlines() if line.startswith("error: interrupted")]
    assert len(said) == 1 and "finished stages kept" in said[0] and "ingest" in said[0], err[-800:]
    assert "re-run the same command" in said[0]
    again = _cli(*args, cwd=tmp_path)
    assert again.returncode == 0, again.stderr[-800:]
    assert json.loads((out / "summary.json").read_text(encoding="utf-8"))["ingest"]["status"] == "reused"


def test_a_sqlite_io_error_is_not_said_to_be_a_full_disk():
    import sqlite3

    from aligner.store import disk_full_message

    said = disk_full_message(sqlite3.OperationalError("disk I/O error"), "/r")
    assert "disk I/O error" in said and "disk full / file too large" not in said
    assert "disk full" in disk_full_message(sqlite3.OperationalError("database or disk is full"), "/r")
