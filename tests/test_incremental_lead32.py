"""The same inputs named by another path (relative from another folder, absolute, through a link) are the
same inputs: a re-run reuses every stage (rv67-2), and a changed file is still seen."""

import os
import shutil
from pathlib import Path

from aligner.pipeline import RunConfig, run_pipeline

SEEDS = Path(__file__).resolve().parent.parent / "corpora" / "seeds"
TSV = Path(__file__).resolve().parent.parent / "corpora" / "translations" / "seeds.de-en.tsv"


def _statuses(inputs, out, translations) -> dict[str, str]:
    cfg = RunConfig(inputs=[inputs], out=out, translations=translations, embeddings="none")
    return {name: r.status for name, r in run_pipeline(cfg).items()}


def test_relative_then_absolute_paths_reuse_everything(tmp_path, monkeypatch):
    shutil.copytree(SEEDS, tmp_path / "in")
    shutil.copy(TSV, tmp_path / "t.tsv")
    monkeypatch.chdir(tmp_path)
    first = _statuses(Path("in"), Path("run"), Path("t.tsv"))
    assert set(first.values()) == {"done"}
    monkeypatch.chdir(tmp_path.parent)
    again = _statuses(tmp_path / "in", tmp_path / "run", tmp_path / "t.tsv")
    assert set(again.values()) == {"reused"}, again


def test_a_folder_named_like_a_language_in_the_cwd_changes_nothing(tmp_path, monkeypatch):
    shutil.copytree(SEEDS, tmp_path / "in")
    shutil.copy(TSV, tmp_path / "t.tsv")
    monkeypatch.chdir(tmp_path)
    _statuses(Path("in"), Path("run"), Path("t.tsv"))
    (tmp_path / "en").mkdir()
    (tmp_path / "de").mkdir()
    again = _statuses(Path("in"), Path("run"), Path("t.tsv"))
    assert set(again.values()) == {"reused"}, again


def test_a_renamed_link_in_a_corpus_of_links_is_seen(tmp_path, monkeypatch):
    store = tmp_path / "store"
    shutil.copytree(SEEDS, store)
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for f in sorted(store.iterdir()):
        if f.is_file():
            os.symlink(f, corpus / f.name)
    shutil.copy(TSV, tmp_path / "t.tsv")
    monkeypatch.chdir(tmp_path)
    _statuses(Path("corpus"), Path("run"), Path("t.tsv"))
    first = sorted(p for p in corpus.iterdir() if p.suffix == ".txt")[0]
    first.rename(corpus / ("renamed_" + first.name))
    again = _statuses(Path("corpus"), Path("run"), Path("t.tsv"))
    assert again["ingest"] == "done", again


def test_a_changed_translation_file_is_seen_under_another_path(tmp_path, monkeypatch):
    shutil.copytree(SEEDS, tmp_path / "in")
    shutil.copy(TSV, tmp_path / "t.tsv")
    monkeypatch.chdir(tmp_path)
    _statuses(Path("in"), Path("run"), Path("t.tsv"))
    lines = (tmp_path / "t.tsv").read_text(encoding="utf-8").splitlines()
    src, _tgt = lines[0].split("\t", 1)
    (tmp_path / "t.tsv").write_text("\n".join([f"{src}\tA different English line for it."] + lines[1:]) + "\n",
                                    encoding="utf-8")
    again = _statuses(tmp_path / "in", tmp_path / "run", tmp_path / "t.tsv")
    assert again["translate"] == "done", again


def test_language_folders_in_the_cwd_are_no_inputs_from_another_folder(tmp_path, monkeypatch):
    news = tmp_path / "news"
    shutil.copytree(SEEDS, news / "de")
    (news / "en").mkdir()
    shutil.copy(TSV, tmp_path / "t.tsv")
    monkeypatch.chdir(news)
    first = _statuses(Path("de"), Path("run"), tmp_path / "t.tsv")
    assert set(first.values()) == {"done"}
    monkeypatch.chdir(tmp_path)
    again = _statuses(news / "de", news / "run", tmp_path / "t.tsv")
    assert set(again.values()) == {"reused"}, again
