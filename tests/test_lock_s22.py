"""Session 22 simp22: the run directory's lock is taken in one place for every run
(pipeline.run_pipeline, re-entrant in one thread) and by the commands that write a run
directory without it (ingest, translate, match, report).  Invented inputs only."""

from __future__ import annotations

import os
import subprocess
import sys
import threading
from pathlib import Path

import pytest

import aligner
from aligner.pipeline import RunConfig, StageResult, run_pipeline
from aligner.store import LOCK_NAME, RunStore

REPO = Path(__file__).resolve().parents[1]
GERMAN = "„Wir bauen die Brücke neu“, sagte Bürgermeisterin Lena Vogt am Montag in Kassel.\n\nDer Rat stimmte zu.\n"
PAIRS = [("„Wir bauen die Brücke neu“, sagte Bürgermeisterin Lena Vogt am Montag in Kassel.",
          '"We are rebuilding the bridge," Mayor Lena Vogt said in Kassel on Monday.'),
         ("Der Rat stimmte zu.", "The council agreed.")]


def _corpus(tmp_path: Path) -> tuple[Path, Path]:
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "a1.txt").write_text(GERMAN, encoding="utf-8")
    tsv = tmp_path / "tr.tsv"
    tsv.write_text("".join(f"{s}\t{t}\n" for s, t in PAIRS), encoding="utf-8")
    return folder, tsv


class _WaitingRun(threading.Thread):
    """A library run on ``out`` whose one stage waits until released: a run in progress."""

    def __init__(self, folder: Path, out: Path, stage: str = "ingest"):
        super().__init__(daemon=True)
        self.folder, self.out, self.stage = folder, out, stage
        self.started, self.release = threading.Event(), threading.Event()
        self.results: dict | None = None

    def _wait(self, store, cfg):
        self.started.set()
        self.release.wait(120)
        return StageResult("done", {"waited": True})

    def run(self) -> None:
        cfg = RunConfig(inputs=[self.folder], out=self.out, embeddings="none", reuse=False)
        self.results = run_pipeline(cfg, only=[self.stage], stage_fns={self.stage: self._wait})

    def __enter__(self) -> _WaitingRun:
        self.start()
        assert self.started.wait(60), "the first run did not start"
        return self

    def __exit__(self, *exc) -> None:
        self.release.set()
        self.join(60)


def _cli(*args) -> subprocess.CompletedProcess:
    env = {**os.environ, "PYTHONPATH": str(REPO), "COLUMNS": "300"}
    return subprocess.run([sys.executable, "-m", "aligner", *map(str, args)], capture_output=True, text=True,
                          timeout=300, env=env)


def test_a_second_library_run_on_a_directory_being_run_is_refused_with_one_line(tmp_path):
    folder, _ = _corpus(tmp_path)
    out = tmp_path / "run"
    with _WaitingRun(folder, out) as first:
        with pytest.raises(aligner.AlignerError) as caught:
            aligner.run([folder], out, only=["ingest"], embeddings="none")
        message = str(caught.value)
        assert "\n" not in message and str(out) in message and "in use" in message
        assert f"pid {os.getpid()} (aligner run," in message  # the holder: run_pipeline's own lock
        assert not (out / "articles.jsonl").exists()
    assert first.results is not None and first.results["ingest"].summary["waited"] is True
    again = aligner.run([folder], out, only=["ingest"], embeddings="none")  # released: runs
    assert again["ingest"].status in ("done", "reused")


def test_match_quotes_is_refused_while_a_run_holds_the_directory(tmp_path):
    folder, tsv = _corpus(tmp_path)
    out = tmp_path / "run"
    aligner.run([folder], out, translations=tsv, embeddings="none")
    before = (out / "clusters.jsonl").read_bytes()
    with _WaitingRun(folder, out, "report"):
        with pytest.raises(aligner.AlignerError, match="in use"):
            aligner.match_quotes(out, translations=tsv, embeddings="none")
    assert (out / "clusters.jsonl").read_bytes() == before


def test_every_command_that_writes_a_run_directory_is_refused_while_a_run_holds_it(tmp_path):
    folder, tsv = _corpus(tmp_path)
    out = tmp_path / "run"
    aligner.run([folder], out, translations=tsv, embeddings="none")
    commands = [("run", folder, "--out", out, "--embeddings", "none"), ("ingest", folder, "--out", out),
                ("translate", out, "--translations", tsv), ("match", out, "--embeddings", "none"), ("report", out)]
    with _WaitingRun(folder, out, "report"):
        for args in commands:
            proc = _cli(*args)
            errors = [ln for ln in proc.stderr.splitlines() if ln.startswith("error:")]
            # 75 (EX_TEMPFAIL): an overlap, not a fault (fx76; was 2)
            assert proc.returncode == 75 and "Traceback" not in proc.stderr, (args[0], proc.stderr[-2000:])
            assert len(errors) == 1 and "in use" in errors[0] and f"pid {os.getpid()}" in errors[0], (args[0], proc.stderr)


def test_a_run_inside_a_hold_of_the_same_thread_goes_on_under_it(tmp_path):
    """Nested: the caller holds the directory (as `aligner run` around run_pipeline did);
    the inner runs neither refuse the process itself nor wait; the outer hold stays named."""
    folder, tsv = _corpus(tmp_path)
    out = tmp_path / "run"
    with RunStore(out).lock("outer holder"):
        results = aligner.run([folder], out, translations=tsv, embeddings="none")
        assert {r.status for r in results.values()} == {"done"}
        assert aligner.match_quotes(out, translations=tsv, embeddings="none")["clusters"] >= 0
        assert '"command": "outer holder"' in (out / LOCK_NAME).read_text(encoding="utf-8")
    taken = []

    def take() -> None:
        with RunStore(out).lock("after"):
            taken.append(True)

    t = threading.Thread(target=take)  # released: another thread takes it
    t.start()
    t.join(30)
    assert taken == [True]
