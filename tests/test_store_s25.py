"""RunStore as a library user meets it: a missing folder, a damaged table line and a
table read with the wrong record class raise StoreError naming the file.  Invented inputs."""

from __future__ import annotations

import pytest

import aligner


def test_runstore_missing_directory_raises_store_error(tmp_path):
    """LOW. RunStore(path, create=False) raises builtins.FileNotFoundError (aligner/store.py
    RunStore.__init__); PREAMBLE/README: library code raises AlignerError subclasses (StoreError)."""
    with pytest.raises(aligner.StoreError, match="nothere"):
        aligner.RunStore(tmp_path / "nothere", create=False)


def test_runstore_read_damaged_line_names_the_file(tmp_path):
    """LOW. RunStore.read / store.read_jsonl lets json.JSONDecodeError out, without the file
    name or line ('Unterminated string starting at: line 1 column 14').  Expected: StoreError
    naming clusters.jsonl and the line number."""
    run = tmp_path / "run"
    run.mkdir()
    (run / "clusters.jsonl").write_text('{"id": "c1", "versions": []}\n{"id": "c2", "vers\n', encoding="utf-8")
    with pytest.raises(aligner.StoreError, match=r"clusters\.jsonl.*2"):
        aligner.RunStore(run).read("clusters.jsonl", aligner.Cluster)


def test_runstore_read_with_the_wrong_class_is_refused(tmp_path):
    """LOW. RunStore.read('articles.jsonl', aligner.Cluster) silently builds Clusters out of
    articles (Record.from_dict drops unknown keys, defaults the rest): a typo in a researcher's
    script yields plausible empty clusters.  Expected: an error when required fields are missing
    or most keys are unknown."""
    run = tmp_path / "run"
    run.mkdir()
    (run / "articles.jsonl").write_text('{"id": "a1", "text": "Ein Text.", "language": "de", "outlet": "x"}\n', encoding="utf-8")
    with pytest.raises(aligner.AlignerError):
        aligner.RunStore(run).read("articles.jsonl", aligner.Cluster)


def test_runstore_read_a_good_table_and_dicts(tmp_path):
    """The checks refuse nothing a right table holds; without a class, plain dicts."""
    run = tmp_path / "run"
    run.mkdir()
    (run / "articles.jsonl").write_text('{"id": "a1", "text": "Ein Text.", "language": "de"}\n\n', encoding="utf-8")
    store = aligner.RunStore(run)
    assert [a.id for a in store.read("articles.jsonl", aligner.Article)] == ["a1"]
    assert store.read("articles.jsonl") == [{"id": "a1", "text": "Ein Text.", "language": "de"}]


def test_runstore_on_a_file_raises_store_error(tmp_path):
    afile = tmp_path / "afile"
    afile.write_text("x", encoding="utf-8")
    with pytest.raises(aligner.StoreError, match="afile.*not a folder"):
        aligner.RunStore(afile)
