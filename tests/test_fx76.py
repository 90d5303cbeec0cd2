"""fx76: unattended (cron) runs, rv53's findings: file and folder names that are not
UTF-8, damaged cache databases, --out inside an input folder, exit codes, --quiet."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import numpy as np

DE = "Die Regierung hat am Montag in Berlin einen neuen Plan für den Bau der Brücke vorgelegt.\n"
DE2 = "Der Stadtrat hat am Dienstag in Köln beschlossen, die Straßenbahn häufiger fahren zu lassen.\n"


def _aligner(*args: str | os.PathLike[str], timeout: int = 300) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "aligner", "run", *map(os.fspath, args)], capture_output=True, text=True,
                          timeout=timeout, errors="replace")


def _bad(name: bytes) -> str:
    """A name with a byte that is not UTF-8, as Python spells it (a lone surrogate)."""
    return os.fsdecode(name)


def _lines(text: str) -> list[str]:
    return [ln for ln in text.splitlines() if ln.strip()]


# -- names that are not UTF-8 --------------------------------------------------------------


def test_a_file_named_with_a_byte_that_is_not_utf8_is_skipped_in_one_line_and_the_rest_goes_on(tmp_path):
    inp = tmp_path / "in"
    inp.mkdir()
    Path(inp / _bad(b"bad\xff.txt")).write_text(DE, encoding="utf-8")
    (inp / "ok.txt").write_text(DE2, encoding="utf-8")
    sub = inp / _bad(b"sub\xfd")
    sub.mkdir()
    (sub / "a.txt").write_text(DE, encoding="utf-8")
    proc = _aligner(inp, "--out", tmp_path / "run", "--only", "ingest")
    assert proc.returncode == 0, proc.stderr
    assert "Traceback" not in proc.stderr
    warned = [ln for ln in _lines(proc.stderr) if "UTF-8" in ln]
    assert len(warned) == 2
    assert any("bad\\xff.txt" in ln for ln in warned) and any("sub\\xfd" in ln for ln in warned)
    arts = [json.loads(ln) for ln in (tmp_path / "run" / "articles.jsonl").read_text(encoding="utf-8").splitlines()]
    assert [a["id"] for a in arts] == ["ok"]
    skipped = [json.loads(ln) for ln in (tmp_path / "run" / "skipped.jsonl").read_text(encoding="utf-8").splitlines()]
    assert sorted(os.path.basename(s["path"]) for s in skipped) == ["bad\\xff.txt", "sub\\xfd"]


def test_an_input_folder_named_with_a_byte_that_is_not_utf8_does_not_stop_the_other_inputs(tmp_path):
    odd = tmp_path / _bad(b"dir\xfe")
    odd.mkdir()
    (odd / "ok.txt").write_text(DE, encoding="utf-8")
    good = tmp_path / "good"
    good.mkdir()
    (good / "ok2.txt").write_text(DE2, encoding="utf-8")
    proc = _aligner(odd, good, "--out", tmp_path / "run", "--only", "ingest")
    assert proc.returncode == 0, proc.stderr
    assert "Traceback" not in proc.stderr
    assert any("dir\\xfe" in ln for ln in _lines(proc.stderr))
    summary = json.loads((tmp_path / "run" / "summary.json").read_text(encoding="utf-8"))
    assert summary["ingest"]["articles"] == 1


def test_out_named_with_a_byte_that_is_not_utf8_is_refused_before_any_work(tmp_path):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "ok.txt").write_text(DE, encoding="utf-8")
    out = tmp_path / _bad(b"out\xff")
    proc = _aligner(tmp_path / "in", "--out", out, "--only", "ingest")
    assert proc.returncode == 2
    assert "Traceback" not in proc.stderr
    (line,) = _lines(proc.stderr)
    assert "out\\xff" in line and "UTF-8" in line
    assert not out.exists()


# -- damaged caches --------------------------------------------------------------------------


def test_a_damaged_item_cache_is_moved_aside_and_the_run_goes_on(tmp_path):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "ok.txt").write_text(DE, encoding="utf-8")
    run = tmp_path / "run"
    assert _aligner(tmp_path / "in", "--out", run, "--only", "ingest").returncode == 0
    first = (run / "articles.jsonl").read_text(encoding="utf-8")
    (run / "items.sqlite").write_bytes(os.urandom(5000))
    (tmp_path / "in" / "ok2.txt").write_text(DE2, encoding="utf-8")  # ingest runs again, reads the cache
    proc = _aligner(tmp_path / "in", "--out", run, "--only", "ingest")
    assert proc.returncode == 0, proc.stderr
    assert "Traceback" not in proc.stderr
    warned = [ln for ln in _lines(proc.stderr) if "items.sqlite" in ln]
    assert len(warned) == 1 and "damaged" in warned[0]
    assert [p.name for p in run.glob("items.sqlite.damaged-*")]
    assert first.splitlines()[0] in (run / "articles.jsonl").read_text(encoding="utf-8")
    assert sqlite3.connect(run / "items.sqlite").execute("SELECT count(*) FROM items").fetchone()[0] > 0


def test_a_truncated_item_cache_is_moved_aside_too(tmp_path):
    from aligner.incremental import ItemCache

    path = tmp_path / "items.sqlite"
    cache = ItemCache(path)
    cache.put_many("k", [(bytes([i]) * 16, "x" * 3000) for i in range(200)])
    cache.close(prune=False)
    with open(path, "r+b") as fh:
        fh.truncate(8192)
    cache = ItemCache(path)  # no DatabaseError
    cache.put_many("k", [(b"a" * 16, 1)])
    assert cache.get_many("k", [b"a" * 16]) == {b"a" * 16: 1}
    cache.close()
    assert list(tmp_path.glob("items.sqlite.damaged-*"))


class _Enc:
    name = "toy"
    dim = 3

    def encode(self, texts):
        return np.ones((len(texts), 3), dtype=np.float32)


def test_a_damaged_embedding_cache_is_moved_aside_and_rebuilt(tmp_path):
    from aligner.embed import StoredEncoder

    path = tmp_path / "embeddings.sqlite"
    path.write_bytes(b"garbage")
    enc = StoredEncoder(_Enc(), path)
    assert enc.encode(["a", "b"]).shape == (2, 3)
    enc.close()
    assert list(tmp_path.glob("embeddings.sqlite.damaged-*"))
    again = StoredEncoder(_Enc(), path)
    again.encode(["a"])
    assert again.hits == 1  # the new file keeps vectors
    again.close()


# -- --out and the inputs -------------------------------------------------------------------


def _folder(path: Path, text: str = DE) -> Path:
    path.mkdir(parents=True)
    (path / "a.txt").write_text(text, encoding="utf-8")
    return path


def test_out_that_is_an_input_folder_or_holds_one_is_refused_before_any_work(tmp_path):
    inp = _folder(tmp_path / "archive")
    for out in (inp, tmp_path / "archive" / ".." / "archive", tmp_path):
        proc = _aligner(inp, "--out", out, "--only", "ingest")
        assert proc.returncode == 2, (out, proc.stderr)
        (line,) = _lines(proc.stderr)
        assert "input folder" in line and "archive" in line
        assert sorted(p.name for p in inp.iterdir()) == ["a.txt"]  # nothing written into the archive
    assert sorted(p.name for p in tmp_path.iterdir()) == ["archive"]


def test_out_a_dangling_link_names_the_missing_target(tmp_path):
    inp = _folder(tmp_path / "in")
    link = tmp_path / "dangl"
    link.symlink_to(tmp_path / "nowhere" / "x")
    proc = _aligner(inp, "--out", link, "--only", "ingest")
    assert proc.returncode == 2
    (line,) = _lines(proc.stderr)
    assert "nowhere" in line and "link" in line and "File exists" not in line


def test_a_fifo_or_a_device_is_not_a_regular_file_not_an_empty_one(tmp_path):
    from aligner.ingest import ingest_paths

    inp = _folder(tmp_path / "in")
    os.mkfifo(inp / "fifo.txt")
    (inp / "zero.txt").symlink_to("/dev/zero")
    res = ingest_paths([inp], quiet=True)
    reasons = {os.path.basename(s.path): s.reason for s in res.skipped}
    assert reasons["fifo.txt"].startswith("not a regular file") and "FIFO" in reasons["fifo.txt"]
    assert reasons["zero.txt"].startswith("not a regular file") and "device" in reasons["zero.txt"]
    assert [a.id for a in res.articles] == ["a"]


# -- for the scheduler: exit code of an overlap, --quiet --------------------------------------


def test_a_run_refused_because_another_holds_the_directory_exits_75(tmp_path):
    from aligner.store import RunStore

    inp = _folder(tmp_path / "in")
    out = tmp_path / "run"
    with RunStore(out).lock("aligner run (test holder)"):
        proc = _aligner(inp, "--out", out, "--only", "ingest")
    assert proc.returncode == 75
    (line,) = _lines(proc.stderr)
    assert "in use" in line


def test_quiet_prints_only_warnings_and_errors(tmp_path):
    inp = _folder(tmp_path / "in")
    (inp / "empty.txt").write_bytes(b"")
    proc = _aligner(inp, "--out", tmp_path / "run", "--only", "ingest", "--quiet")
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout == ""
    (line,) = _lines(proc.stderr)
    assert line.startswith("warning:") and "empty.txt" in line
    summary = json.loads((tmp_path / "run" / "summary.json").read_text(encoding="utf-8"))
    assert summary["ingest"]["articles"] == 1
