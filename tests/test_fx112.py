"""A full disk stops `aligner run` (rv67-1) and a wrong Ray address is a bounded wait
(rv67-3): one line naming the file or address, exit 2 (invented articles in tmp_path)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

GERMAN = ("Der neue Radweg in Altenburg wird im Mai freigegeben.\n\n"
          "„Wir freuen uns sehr über den neuen Radweg“, sagte Lena Brückner am Dienstag.\n\n"
          "Der Bau kostete vier Millionen Euro, teilte der Landkreis mit.\n")
ENGLISH = ("The new cycle path in Altenburg will open in May.\n\n"
           "\"We are very pleased with the new cycle path,\" Lena Brückner said on Tuesday.\n\n"
           "The work cost four million euros, the district said.\n")
TSV = ("Der neue Radweg in Altenburg wird im Mai freigegeben.\tThe new cycle path in Altenburg will be opened in May.\n"
       "„Wir freuen uns sehr über den neuen Radweg“, sagte Lena Brückner am Dienstag.\t"
       "\"We are very happy about the new cycle path,\" said Lena Brückner on Tuesday.\n"
       "Der Bau kostete vier Millionen Euro, teilte der Landkreis mit.\tThe construction cost four million euros, the district announced.\n")

# the CLI in a child process, one write made to fail as a full disk does
_RUNNER = textwrap.dedent("""
    import errno, os, sys
    import aligner.store as store
    NAME, CODE, WRAP = os.environ["FX_NAME"], int(os.environ["FX_ERRNO"]), os.environ["FX_WRAP"]
    real = store.RunStore.write

    def write(self, name, records):
        if name == NAME:
            exc = OSError(CODE, os.strerror(CODE))
            if WRAP == "aligner":  # what a stage makes of it: its own one-line error
                from aligner.errors import AlignerError
                try:
                    raise exc
                except OSError as e:
                    raise AlignerError(f"{self.root}: cannot write {name} ({e})") from None
            raise exc
        return real(self, name, records)

    real_replace = os.replace

    def replace(src, dst, *a, **k):  # every atomic write ends here
        if os.path.basename(dst) == NAME:
            raise OSError(CODE, os.strerror(CODE))
        return real_replace(src, dst, *a, **k)

    if WRAP:
        store.RunStore.write = write
    else:
        os.replace = replace
    from aligner.cli import main
    sys.argv = ["aligner"] + sys.argv[1:]
    main()
""")


def _corpus(root: Path) -> tuple[Path, Path]:
    inputs = root / "in"
    inputs.mkdir()
    (inputs / "a-de.txt").write_text(GERMAN, encoding="utf-8")
    (inputs / "b-en.txt").write_text(ENGLISH, encoding="utf-8")
    tsv = root / "tr.tsv"
    tsv.write_text(TSV, encoding="utf-8")
    return inputs, tsv


def _run(tmp_path: Path, out: Path, *, fail: str = "", code: int = 28, wrap: str = "") -> subprocess.CompletedProcess:
    inputs, tsv = tmp_path / "in", tmp_path / "tr.tsv"
    env = {**os.environ, "ALIGNER_THREADS": "1", "FX_NAME": fail, "FX_ERRNO": str(code), "FX_WRAP": wrap}
    return subprocess.run([sys.executable, "-c", _RUNNER, "run", str(inputs), "--out", str(out), "--translations",
                           str(tsv), "--embeddings", "none", "--jobs", "1"],
                          cwd=tmp_path, capture_output=True, text=True, timeout=300, env=env)


def _summary(out: Path) -> dict:
    return json.loads((out / "summary.json").read_text(encoding="utf-8"))


@pytest.mark.parametrize(("code", "wrap"), [(28, ""), (122, ""), (28, "aligner")])
def test_a_full_disk_stops_the_run_with_one_line_and_exit_2(tmp_path, code, wrap):
    _corpus(tmp_path)
    out = tmp_path / "run"
    res = _run(tmp_path, out, fail="translations.jsonl", code=code, wrap=wrap)
    assert res.returncode == 2, res.stderr[-1500:]
    assert "Traceback" not in res.stderr
    errors = [line for line in res.stderr.splitlines() if line.startswith("error:")]
    assert len(errors) == 1, res.stderr[-1500:]
    assert "disk full" in errors[0] and "translate" in errors[0], errors
    assert "ingest" in errors[0] and "quotes" in errors[0]  # what was kept
    # no later stage ran on a disk that takes nothing
    for later in ("align", "match", "report"):
        assert f"stage {later}" not in res.stderr, res.stderr[-1500:]
    summary = _summary(out)
    assert summary["ingest"]["status"] == "done" and summary["quotes"]["status"] == "done"
    assert summary["translate"]["status"] == "failed"
    assert "match" not in summary and not (out / "report.md").exists()


def test_after_freeing_space_the_same_command_gives_what_a_clean_run_gives(tmp_path):
    _corpus(tmp_path)
    out, clean = tmp_path / "run", tmp_path / "clean"
    assert _run(tmp_path, out, fail="clusters.jsonl").returncode == 2  # stopped in match
    again = _run(tmp_path, out)
    assert again.returncode == 0, again.stderr[-1500:]
    summary = _summary(out)
    assert summary["ingest"]["status"] == "reused" and summary["translate"]["status"] == "reused"
    assert _run(tmp_path, clean).returncode == 0
    for name in ("quotes.jsonl", "translations.jsonl", "clusters.jsonl", "sentence_matches.jsonl"):
        assert (out / name).read_text(encoding="utf-8") == (clean / name).read_text(encoding="utf-8"), name


def test_another_write_error_fails_the_stage_and_the_run_goes_on(tmp_path):
    """Neighbour: a write refused for another reason (here EACCES) is that stage's failure,
    as before: later stages still run, exit 1."""
    _corpus(tmp_path)
    out = tmp_path / "run"
    res = _run(tmp_path, out, fail="translations.jsonl", code=13, wrap="aligner")
    assert res.returncode == 1, res.stderr[-1500:]
    assert "stage match" in res.stderr and "disk full" not in res.stderr
    assert _summary(out)["translate"]["status"] == "failed"


# rv67-3: a wrong --ray-address is a bounded wait, one line, exit 2 ---------------------------
def _free_port() -> int:
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _ray_run(tmp_path: Path, address: str, wait: str, **kw) -> subprocess.Popen:
    _corpus(tmp_path)
    env = {**os.environ, "ALIGNER_THREADS": "1", "ALIGNER_RAY_CONNECT_TIMEOUT": wait}
    return subprocess.Popen([sys.executable, "-m", "aligner", "run", str(tmp_path / "in"), "--out", str(tmp_path / "run"),
                             "--translations", str(tmp_path / "tr.tsv"), "--embeddings", "none", "--engine", "ray",
                             "--ray-address", address], cwd=tmp_path, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            text=True, env=env, **kw)


def test_an_address_where_nothing_listens_is_one_line_at_once(tmp_path):
    pytest.importorskip("ray")
    address = f"127.0.0.1:{_free_port()}"
    proc = _ray_run(tmp_path, address, "30")
    try:
        _, err = proc.communicate(timeout=90)  # Ray's own wait: 300+ s of silence
    finally:
        proc.kill()
    assert proc.returncode == 2, err[-1500:]
    errors = [line for line in err.splitlines() if line.startswith("error:")]
    assert len(errors) == 1 and address in errors[0] and "cannot reach a Ray cluster" in errors[0], err[-1500:]
    assert "Traceback" not in err


@pytest.fixture
def mute_port():
    """A port that takes connections and never says a word (not a Ray cluster)."""
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        s.listen(64)
        yield s.getsockname()[1]


def test_a_cluster_that_never_answers_ends_after_the_wait(tmp_path, mute_port):
    pytest.importorskip("ray")
    address = f"127.0.0.1:{mute_port}"
    proc = _ray_run(tmp_path, address, "3")
    try:
        _, err = proc.communicate(timeout=150)  # 3 s + Ray's own attempt (~30 s) + start-up
    finally:
        proc.kill()
    assert proc.returncode == 2, err[-1500:]
    errors = [line for line in err.splitlines() if line.startswith("error:")]
    assert len(errors) == 1 and address in errors[0] and "no answer within 3 s" in errors[0], err[-1500:]


def test_sigterm_while_waiting_for_the_cluster_says_so(tmp_path, mute_port):
    import signal
    import time

    pytest.importorskip("ray")
    proc = _ray_run(tmp_path, f"127.0.0.1:{mute_port}", "300")
    for _ in range(600):  # the run directory is made (and locked) just before Ray is reached
        if (tmp_path / "run").exists() or proc.poll() is not None:
            break
        time.sleep(0.1)
    time.sleep(4)
    proc.send_signal(signal.SIGTERM)
    try:
        _, err = proc.communicate(timeout=150)
    finally:
        proc.kill()
    assert proc.returncode == 143, err[-1500:]
    said = [line for line in err.splitlines() if line.startswith("error: interrupted")]
    assert len(said) == 1 and "re-run the same command" in said[0], err[-1500:]


def test_the_wait_setting_is_checked_and_auto_is_not_probed(monkeypatch):
    pytest.importorskip("ray")
    from aligner.engines import ray_data
    from aligner.errors import AlignerError

    monkeypatch.setenv("ALIGNER_RAY_CONNECT_TIMEOUT", "soon")
    with pytest.raises(AlignerError, match="ALIGNER_RAY_CONNECT_TIMEOUT"):
        ray_data.connect_timeout()
    monkeypatch.setenv("ALIGNER_RAY_CONNECT_TIMEOUT", "12.5")
    assert ray_data.connect_timeout() == 12.5
    monkeypatch.delenv("ALIGNER_RAY_CONNECT_TIMEOUT")
    assert ray_data.connect_timeout() == 30.0
    assert ray_data._probe("auto") is None  # left to Ray: it reads the local cluster's address file
