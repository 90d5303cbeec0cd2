"""fx75: a researcher's daily runs (rv50): copies of one article in one outlet, repeated
JSONL ids, articles without a metadata row, summary keys, stories counted."""

from __future__ import annotations

import json

import pytest

from aligner.ingest import ingest_paths

DE = ("„Wir bauen die Brücke im Sommer“, sagte Lena Hofbauer am Dienstag in Lauterbach.\n\n"
      "Der Bau soll zwei Jahre dauern. Die Stadt zahlt die Hälfte. Der Rest kommt vom Land.\n")
EN = ("\"We will build the bridge in summer,\" Lena Hofbauer said on Tuesday in Lauterbach.\n\n"
      "Construction is to take two years. The city pays half. The rest comes from the state.\n")


pytestmark = pytest.mark.usefixtures("aligner_log")


def _copies(tmp_path, order):
    """One article of outlet "sys" fetched twice (one copy with other white space), a
    wire copy of it in outlet "taz"; the folders given in ``order``."""
    for day in ("d1", "d2"):
        (tmp_path / day).mkdir()
    (tmp_path / "d1" / "sys-002.txt").write_text(EN, encoding="utf-8")
    (tmp_path / "d2" / "sys-002-dup.txt").write_text(EN.replace(" years.", "   years.") + "\n\n", encoding="utf-8")
    (tmp_path / "d2" / "taz-007.txt").write_text(EN, encoding="utf-8")
    meta = tmp_path / "meta.tsv"
    meta.write_text("file\toutlet\nsys-002.txt\tsys\nsys-002-dup.txt\tsys\ntaz-007.txt\ttaz\n", encoding="utf-8")
    return ingest_paths([tmp_path / d for d in order], metadata=meta, quiet=True)


@pytest.mark.parametrize("order", [("d1", "d2"), ("d2", "d1")])
def test_a_copy_in_the_same_outlet_is_set_aside_whatever_the_order(tmp_path, order):
    res = _copies(tmp_path, order)
    assert sorted(a.id for a in res.articles) == ["sys-002", "taz-007"]  # the wire copy of another outlet stays
    dup = [s for s in res.skipped if s.stage == "duplicate"]
    assert len(dup) == 1 and dup[0].path.endswith("sys-002-dup.txt")
    assert "sys-002" in dup[0].reason and "d1" in dup[0].reason  # names the one kept
    assert res.summary()["duplicates"] == 1 and res.summary()["skipped"] == 0
    assert {s.article_id for s in res.sentences} == {"sys-002", "taz-007"}


def test_the_report_says_which_copies_were_set_aside(tmp_path):
    from aligner.report.common import ReportNotes, coverage_notes

    res = _copies(tmp_path, ("d2", "d1"))
    notes = coverage_notes([], ReportNotes(skipped=res.skipped))
    said = [n for n in notes if "sys-002-dup" in n]
    assert len(said) == 1 and "copies" in said[0] and "could not be read" not in said[0]


def _wire(tmp_path, first, second):
    """A wire service's "w1" on 12-07, a corrected "w1" on 12-08, in two day folders."""
    for day, line in (("day7", json.dumps({"id": "w1", "text": DE, "outlet": "dpa", "date": "2026-12-07"})),
                      ("day8", json.dumps({"id": "w1", "text": DE.replace("zwei", "drei"), "outlet": "dpa", "date": "2026-12-08"}))):
        (tmp_path / day).mkdir(exist_ok=True)
        (tmp_path / day / "wire.jsonl").write_text(line + "\n", encoding="utf-8")
    res = ingest_paths([tmp_path / first, tmp_path / second], quiet=True)
    return {a.id: (a.date, a.text) for a in res.articles}


def test_a_repeated_jsonl_id_is_named_by_date_not_by_input_order(tmp_path):
    one = _wire(tmp_path, "day7", "day8")
    two = _wire(tmp_path, "day8", "day7")
    assert one == two
    assert one["w1"][0] == "2026-12-07" and one["w1-2"][0] == "2026-12-08" and "drei" in one["w1-2"][1]


def test_an_article_without_metadata_row_keeps_its_outlet_when_corrected_and_is_named(tmp_path, caplog):
    (tmp_path / "in").mkdir()
    meta = tmp_path / "meta.tsv"
    meta.write_text("file\toutlet\nlisted.txt\ttaz\n", encoding="utf-8")
    (tmp_path / "in" / "listed.txt").write_text(DE, encoding="utf-8")
    page = tmp_path / "in" / "newsite-0001.txt"
    page.write_text(EN, encoding="utf-8")
    before = {a.id: a.outlet for a in ingest_paths([tmp_path / "in"], metadata=meta).articles}
    assert any("newsite-0001" in r.getMessage() and "no metadata row" in r.getMessage() for r in caplog.records)
    assert "listed.txt" not in " ".join(r.getMessage() for r in caplog.records if "no metadata row" in r.getMessage())
    page.write_text(EN.replace("two years", "three years"), encoding="utf-8")
    after = {a.id: a.outlet for a in ingest_paths([tmp_path / "in"], metadata=meta, quiet=True).articles}
    assert before["newsite-0001"] == after["newsite-0001"] != "taz"


A1 = ("\"We will not raise taxes this year or next,\" Finance Minister Anna Berger said on Monday in Lauterbach.\n\n"
      "The opposition criticised the plans for the new budget. The vote is due in March.\n")
B1 = ("\"We will not raise taxes this year,\" Finance Minister Anna Berger told reporters on Monday in Lauterbach.\n\n"
      "The budget plans were criticised by the opposition. Parliament votes in March.\n")


def _days(tmp_path):
    day1, day2 = tmp_path / "day1", tmp_path / "day2"
    day1.mkdir()
    day2.mkdir()
    (day1 / "a-1.txt").write_text(A1, encoding="utf-8")
    (day1 / "b-1.txt").write_text(B1, encoding="utf-8")
    (day1 / "metadata.tsv").write_text("file\toutlet\tdate\na-1.txt\taaa\t2026-12-01\nb-1.txt\tbbb\t2026-12-01\n", encoding="utf-8")
    (day2 / "a-1-again.txt").write_text(A1, encoding="utf-8")
    (day2 / "metadata.tsv").write_text("file\toutlet\tdate\na-1-again.txt\taaa\t2026-12-02\n", encoding="utf-8")
    return day1, day2


def _read(out, name):
    return [json.loads(line) for line in (out / name).read_text(encoding="utf-8").splitlines()]


def test_a_double_fetch_in_a_daily_run_adds_no_version_and_matches_a_fresh_run(tmp_path):
    from aligner.pipeline import RunConfig, run_pipeline

    day1, day2 = _days(tmp_path)
    inc, fresh = tmp_path / "inc", tmp_path / "fresh"
    run_pipeline(RunConfig(inputs=[day1], out=inc, embeddings="none"))
    run_pipeline(RunConfig(inputs=[day1, day2], out=inc, embeddings="none"))
    run_pipeline(RunConfig(inputs=[day2, day1], out=fresh, embeddings="none"))
    for name in ("articles.jsonl", "quotes.jsonl", "clusters.jsonl", "skipped.jsonl"):
        assert (inc / name).read_bytes() == (fresh / name).read_bytes(), name
    assert [a["id"] for a in _read(inc, "articles.jsonl")] == ["a-1", "b-1"]
    outlets = [v["outlet"] for c in _read(inc, "clusters.jsonl") for v in c["versions"]]
    assert outlets.count("aaa") == 1 and outlets.count("bbb") == 1
    summary = json.loads((inc / "summary.json").read_text(encoding="utf-8"))
    assert summary["ingest"]["duplicates"] == 1
    assert "a-1-again" in (inc / "report.md").read_text(encoding="utf-8")


def test_summary_keys_are_there_when_zero_and_a_gone_article_is_said(tmp_path):
    from aligner.pipeline import RunConfig, run_pipeline

    day1, _ = _days(tmp_path)
    out = tmp_path / "run"
    run_pipeline(RunConfig(inputs=[day1], out=out, embeddings="none"))
    summary = json.loads((out / "summary.json").read_text(encoding="utf-8"))
    assert summary["ingest"]["articles_reused"] == 0 and summary["quotes"]["articles_reused"] == 0
    assert summary["ingest"]["articles_gone"] == 0
    assert summary["match"]["stories_in_file"] == len(_read(out, "stories.jsonl")) >= summary["match"]["stories"]
    (day1 / "b-1.txt").unlink()
    run_pipeline(RunConfig(inputs=[day1], out=out, embeddings="none"))
    summary = json.loads((out / "summary.json").read_text(encoding="utf-8"))
    assert summary["ingest"]["articles_gone"] == 1 and summary["ingest"]["articles_gone_ids"] == ["b-1"]
    report = (out / "report.md").read_text(encoding="utf-8")
    assert "b-1" in report and "previous run" in report


def test_translate_missing_is_there_when_zero(tmp_path):
    from pathlib import Path

    from aligner.pipeline import RunConfig, run_pipeline

    root = Path(__file__).resolve().parent.parent / "corpora"
    out = tmp_path / "run"
    run_pipeline(RunConfig(inputs=[root / "seeds"], out=out, translations=root / "translations" / "seeds.de-en.tsv",
                           embeddings="none"))
    translate = json.loads((out / "summary.json").read_text(encoding="utf-8"))["translate"]
    assert translate["status"] == "done" and translate["missing"] == 0


DE1 = ["„Wir bauen die neue Brücke im Sommer“, sagte Bürgermeisterin Lena Hofbauer am Dienstag.",
       "Der Bau der Brücke soll zwei Jahre dauern.", "Die Stadt zahlt die Hälfte der Kosten."]
EN1 = ["\"We will build the new bridge in summer,\" Mayor Lena Hofbauer said on Tuesday.",
       "Construction of the bridge is to take two years.", "The city pays half of the costs."]
DE2 = ["„Die Schule wird im Herbst eröffnet“, sagte Schulleiter Paul Krause am Mittwoch.",
       "Die Schule hat zwölf neue Klassenzimmer.", "Das Land zahlt den Rest der Kosten."]
EN2 = ["\"The school will open in autumn,\" head teacher Paul Krause said on Wednesday.",
       "The school has twelve new classrooms.", "The state pays the rest of the costs."]


def test_a_day_two_run_with_only_day_twos_translations_says_earlier_lines_are_not_remembered(tmp_path):
    from aligner.pipeline import RunConfig, run_pipeline

    day1, day2, out = tmp_path / "day1", tmp_path / "day2", tmp_path / "run"
    for day, name, sents, tr in ((day1, "de-1.txt", DE1, EN1), (day2, "de-2.txt", DE2, EN2)):
        day.mkdir()
        (day / name).write_text("\n\n".join(sents) + "\n", encoding="utf-8")
        (tmp_path / f"{day.name}.tsv").write_text("".join(f"{d}\t{e}\n" for d, e in zip(sents, tr)), encoding="utf-8")
    run_pipeline(RunConfig(inputs=[day1], out=out, translations=tmp_path / "day1.tsv", embeddings="none"))
    assert "not remembered" not in (out / "report.md").read_text(encoding="utf-8")
    run_pipeline(RunConfig(inputs=[day1, day2], out=out, translations=tmp_path / "day2.tsv", embeddings="none"))
    translate = json.loads((out / "summary.json").read_text(encoding="utf-8"))["translate"]
    assert translate["sentences_matched"] < translate["sentences_to_translate"]
    report = " ".join((out / "report.md").read_text(encoding="utf-8").split())
    assert "lines brought on earlier runs are not remembered" in report


def test_two_outlet_folders_with_files_of_one_name_stay_two_outlets(tmp_path):
    # rt27: the outlet of an article without metadata hashed only its folder's and file's names, so
    # "spiegel/2024-05-01/artikel-1.txt" and "zeit/2024-05-01/artikel-1.txt" were one outlet and the wire copy was set aside
    from aligner.ingest import ingest_paths

    text = ("Die Regierung hat am Montag einen neuen Plan für die Bahn vorgelegt.\n\n"
            "„Wir werden die Strecke bis 2030 ausbauen“, sagte der Minister am Abend in Berlin.\n")
    for outlet in ("spiegel", "zeit"):
        (tmp_path / outlet / "2024-05-01").mkdir(parents=True)
        (tmp_path / outlet / "2024-05-01" / "artikel-1.txt").write_text(text, encoding="utf-8")
    result = ingest_paths([tmp_path])
    articles = result.articles
    assert len(articles) == 2 and len({a.outlet for a in articles}) == 2
