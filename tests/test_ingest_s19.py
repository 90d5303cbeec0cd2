"""One document that meets a bug is skipped with its name; the others are ingested (invented text)."""

from aligner import ingest
from aligner.pipeline import RunConfig, run_pipeline


def _corpus(folder):
    folder.mkdir()
    (folder / "fähre-de.txt").write_text("Die Fähre nach Amrum fällt am Freitag aus.\n\nDer Wind ist zu stark.\n",
                                         encoding="utf-8")
    (folder / "ferry-en.txt").write_text("The ferry to Amrum is cancelled on Friday.\n\nThe wind is too strong.\n",
                                         encoding="utf-8")
    (folder / "zeppelin-de.txt").write_text("Der Zeppelin landet um ZACKWORT Uhr in Friedrichshafen.\n",
                                            encoding="utf-8")
    return folder


def test_a_bug_in_one_document_skips_that_document_only(tmp_path, monkeypatch, one_job):
    inputs, out = _corpus(tmp_path / "in"), tmp_path / "run"
    real = ingest.process_doc

    def buggy(doc, *a, **kw):
        if "ZACKWORT" in doc.text:
            raise ZeroDivisionError("an invented bug")
        return real(doc, *a, **kw)

    monkeypatch.setattr(ingest, "process_doc", buggy)
    results = run_pipeline(RunConfig(inputs=[inputs], out=out, embeddings="none"), only=["ingest"])
    assert results["ingest"].status == "done"
    assert results["ingest"].summary["articles"] == 2 and results["ingest"].summary["skipped"] == 1
    skipped = (out / "skipped.jsonl").read_text(encoding="utf-8")
    assert "zeppelin-de.txt" in skipped and "ZeroDivisionError: an invented bug" in skipped
    log = (out / "errors.log").read_text(encoding="utf-8")
    assert "zeppelin-de.txt" in log and "Traceback" in log

    # the failure is not kept: once the bug is gone, the same command ingests the document
    monkeypatch.undo()
    again = run_pipeline(RunConfig(inputs=[inputs], out=out, embeddings="none"), only=["ingest"])
    assert again["ingest"].summary["articles"] == 3 and again["ingest"].summary["skipped"] == 0
    assert again["ingest"].summary["articles_reused"] == 2
