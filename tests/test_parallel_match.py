"""The match stage over several processes: the same clusters, stories and sentence
matches, in the same order, as in one process."""

from __future__ import annotations

import os
import time
from pathlib import Path

import pytest

from aligner import parallel
from aligner.match import clusters as clusters_mod
from aligner.match.clusters import build_clusters, compare
from aligner.model import QuoteVersion

WMT = Path(__file__).resolve().parents[2] / "shared" / "eval" / "wmt22-de-en" / "txt"


def _square_and_pid(x: int) -> tuple[int, int]:
    time.sleep(0.01)  # long enough for both workers to take tasks
    return x * x, os.getpid()


def test_map_balanced_returns_input_order_from_several_workers():
    # the costliest items come last: dealt out first, they must still come back in place
    items = list(range(40))
    costs = [1] * 30 + [50] * 10
    parallel.set_jobs(2)
    try:
        got = parallel.map_balanced(_square_and_pid, items, costs)
    finally:
        parallel.set_jobs(None)
    assert [g[0] for g in got] == [x * x for x in items]
    assert len({g[1] for g in got}) == 2  # two worker processes did the work
    assert os.getpid() not in {g[1] for g in got}
    assert parallel.map_balanced(_square_and_pid, [], []) == []


def test_map_balanced_in_one_process_with_one_job():
    parallel.set_jobs(1)
    try:
        got = parallel.map_balanced(_square_and_pid, [3, 1, 2], [1, 5, 2])
    finally:
        parallel.set_jobs(None)
    assert got == [(9, os.getpid()), (1, os.getpid()), (4, os.getpid())]


def _versions() -> list[QuoteVersion]:
    """Three outlets quoting the same 40 statements: WMT22's reference A, reference B and
    one MT system's English for 40 long source sentences (one article per outlet)."""
    files = [WMT / "references" / "generaltest2022.de-en.ref.A.en", WMT / "references" / "generaltest2022.de-en.ref.B.en",
             WMT / "system-outputs" / "generaltest2022.de-en.hyp.Online-B.en"]
    if not all(f.is_file() for f in files):
        pytest.skip("../shared/eval/wmt22-de-en is not there")
    lines = [f.read_text(encoding="utf-8").splitlines() for f in files]
    rows = [k for k in range(len(lines[0])) if 12 <= len(lines[0][k].split()) <= 30 and "#" not in lines[0][k]][:40]
    out = []
    for o, outlet in enumerate("abc"):
        for n, k in enumerate(rows):
            text = lines[o][k]
            out.append(QuoteVersion(quote_id=f"{outlet}#q{n:03d}", article_id=f"{outlet}-1", outlet=outlet, language="en",
                                    original=text, english=text, start=200 * n, end=200 * n + len(text), kind="direct",
                                    speaker="Olaf Scholz" if n % 3 else None, speaker_id=None))
    return out


def _dump(cs):
    return [c.to_dict() for c in cs]


def test_clusters_are_identical_over_one_or_two_processes():
    vs = _versions()
    contexts = [v.english for v in vs]
    one = _dump(build_clusters(vs, contexts=contexts))
    parallel.set_jobs(2)
    try:
        two = _dump(build_clusters(vs, contexts=contexts, map_clusters=lambda fn, jobs: parallel.map_balanced(
            fn, jobs, [len(j[0]) ** 2 for j in jobs])))
    finally:
        parallel.set_jobs(None)
    assert len(one) >= 20  # most of the 40 statements make a cluster
    assert one == two


def test_each_cluster_sees_every_link_it_reads(monkeypatch):
    """Per cluster only the links touching it are handed over: the same clusters as with
    every link of the run."""
    vs = _versions()
    contexts = [v.english for v in vs]
    few = _dump(build_clusters(vs, contexts=contexts))
    monkeypatch.setattr(clusters_mod, "_links_touching", lambda comps, links: [links for _ in comps])
    assert _dump(build_clusters(vs, contexts=contexts)) == few


def test_a_repeated_comparison_is_not_changed_by_what_a_caller_added():
    a = "We will not send troops to Cuba, the minister said on Monday in Moscow."
    b = "We will send troops to Cuba, the minister said on Monday in Moscow."
    first = compare(a, b, with_bleu=True)
    assert "negation" in first.flags
    first.flags.append("speaker")
    first.details["speaker"] = "x vs y"
    again = compare(a, b, with_bleu=True)
    assert "speaker" not in again.flags and "speaker" not in again.details
    assert again.to_dict()["chrf"] == first.to_dict()["chrf"]


def test_a_changed_quote_redoes_only_the_clusters_it_touches(tmp_path):
    from aligner import incremental
    from aligner.match.stage import _map_clusters
    from aligner.store import RunStore

    vs = _versions()
    contexts = [v.english for v in vs]
    changed = list(vs)
    k = next(n for n, v in enumerate(vs) if v.quote_id == "b#q005")
    text = vs[k].english.rstrip(".") + ", he said, and it will cost 300 million euros."
    changed[k] = QuoteVersion.from_dict(vs[k].to_dict() | {"english": text, "original": text})
    incremental.open_items(RunStore(tmp_path))
    try:
        first = _dump(build_clusters(vs, contexts=contexts, map_clusters=_map_clusters))
        hits0, misses0 = incremental.item_counts()
        again = _dump(build_clusters(changed, contexts=contexts, map_clusters=_map_clusters))
        hits, misses = (b - a for a, b in zip((hits0, misses0), incremental.item_counts()))
    finally:
        incremental.close_items()
    assert (hits0, misses0) == (0, len(first))
    assert again == _dump(build_clusters(changed, contexts=contexts))  # as computed from scratch
    assert again != first
    # the changed quote's cluster, and those whose links' margins it moved (the kNN means
    # of the pairs around it): a handful of the run's clusters
    assert 1 <= misses <= len(again) // 4 and hits == len(again) - misses
