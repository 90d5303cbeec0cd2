"""``--threads`` reaches the translation backends that Ray actors build (without Ray:
the spec the driver sends and the worker's backend call)."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from aligner.engines import ray_data


def _backend(threads):
    return SimpleNamespace(name="ct2", model="tiny", device="cpu", threads=threads)


@pytest.fixture
def two_cpus_torch_four(monkeypatch):
    monkeypatch.setattr(ray_data, "cluster_cpus", lambda: 2)
    monkeypatch.setattr(ray_data, "_torch_threads", lambda: 4)


def test_the_driver_sends_the_asked_threads_at_most_the_clusters_cpus(two_cpus_torch_four):
    assert ray_data._spec(_backend(1), "de", "en") == ("ct2", "tiny", "de", "en", "cpu", 1, True)
    assert ray_data._spec(_backend(8), "de", "en")[5:] == (2, True)
    # no --threads: torch's threads on the driver, and the backend's own default on the actor
    assert ray_data._spec(_backend(None), "de", "en")[5:] == (2, False)
    assert ray_data._spec(SimpleNamespace(name="x", model="m"), "fr", "en")[4:] == ("auto", 2, False)


@pytest.mark.parametrize(("spec_end", "given"), [((1, True), 1), ((2, False), None), ((0, False), None)])
def test_the_actor_builds_its_backend_with_the_threads_asked(monkeypatch, spec_end, given):
    import aligner.translate as translate

    built = []

    def fake_get_backend(name, model, src, tgt, **kw):
        built.append((name, model, src, tgt, kw))
        return SimpleNamespace(name=name, model=model, calls_model=True, remembered=False)

    monkeypatch.setattr(translate, "get_backend", fake_get_backend)
    torch = pytest.importorskip("torch")
    set_to: list[int] = []
    monkeypatch.setattr(torch, "set_num_threads", set_to.append)
    spec = ("ct2", "tiny", "de", "en", "cpu", *spec_end)
    ray_data.Translator()._engine(spec)
    assert built == [("ct2", "tiny", "de", "en", {"device": "cpu", "threads": given})]
    assert set_to == ([spec_end[0]] if spec_end[0] else [])
