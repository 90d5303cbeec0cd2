"""Session 29: the library refuses what `aligner run` refuses, and takes one path alone (reviewer rv59)."""

from pathlib import Path

import pytest

import aligner


def _corpus(tmp_path: Path) -> Path:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text("„Wir verhandeln nicht“, sagte Anna Weber am Montag in Berlin.\n", encoding="utf-8")
    return folder


def test_one_path_alone_is_read_as_one_path(tmp_path):
    folder = _corpus(tmp_path)
    result = aligner.ingest_paths(str(folder), quiet=True)
    assert len(result.articles) == 1
    assert not result.skipped


def test_run_takes_one_path_alone(tmp_path):
    folder = _corpus(tmp_path)
    results = aligner.run(folder, tmp_path / "out", only=["ingest"])
    assert results["ingest"].status == "done"
    assert results["ingest"].summary.get("articles") == 1


@pytest.mark.parametrize("setting", [{"translations": "nope.tsv"}, {"languages": ["de-DE", "en"]}, {"only": ["ingets"]}])
def test_run_refuses_before_any_work_what_the_cli_refuses(tmp_path, setting):
    folder = _corpus(tmp_path)
    with pytest.raises(aligner.AlignerError):
        aligner.run([folder], tmp_path / "out", **setting)
    assert not (tmp_path / "out" / "articles.jsonl").exists()


def test_run_refuses_a_missing_metadata_file(tmp_path):
    folder = _corpus(tmp_path)
    config = aligner.pipeline.RunConfig(metadata=tmp_path / "nope.tsv")
    with pytest.raises(aligner.AlignerError, match="nope.tsv"):
        aligner.run([folder], tmp_path / "out", config=config)


def test_match_quotes_refuses_a_missing_translations_file(tmp_path):
    folder = _corpus(tmp_path)
    aligner.run([folder], tmp_path / "out", only=["ingest"])
    with pytest.raises(aligner.AlignerError, match="nope.tsv"):
        aligner.match_quotes(tmp_path / "out", translations=tmp_path / "nope.tsv")


@pytest.mark.parametrize("given", ["„Wir verhandeln nicht“, sagte Scholz.", None, float("nan")])
def test_extract_quotes_names_a_wrong_argument_in_one_line(given):
    article = given if isinstance(given, str) else aligner.Article(id="row7", text=given, language="de")
    with pytest.raises(aligner.AlignerError):
        aligner.extract_quotes(article)
