"""fx93: the quotes TSV's speaker columns, summary.json counts without holes, the
alignment writer in the public API."""

from __future__ import annotations

from aligner.commands.quotes import quotes_to_tsv
from aligner.model import Quote, Speaker

# the columns a spreadsheet made from an earlier version reads by position
_OLD_COLUMNS = [
    "id", "article_id", "kind", "language", "start", "end", "speaker_name", "speaker_id", "speaker_mention",
    "speaker_role", "resolved_from", "cue", "cue_lemma", "sentence_ids", "flags", "text",
]


def _rows(quotes):
    lines = quotes_to_tsv(quotes).splitlines()
    header = lines[0].split("\t")
    return header, [dict(zip(header, ln.split("\t"))) for ln in lines[1:]]


def _quote(qid, speaker, flags):
    return Quote(id=qid, article_id="a", text="Das Stadion war ausverkauft", start=0, end=27, kind="direct",
                 language="de", speaker=speaker, flags=flags)


def test_quotes_tsv_has_speaker_confidence_and_how_found_at_the_end():
    carried = Speaker(mention="Celtic-Trainer Brendan Kelly", name="Brendan Kelly", id="spk:x", resolved_from="context",
                      confidence=0.7)
    named = Speaker(mention="Brendan Kelly", name="Brendan Kelly", id="spk:x", confidence=0.9)
    quotes = [_quote("a#q0001", carried, ["speaker-from-context", "rule:reported-speech-continuation"]),
              _quote("a#q0000", named, ["rule:frame-after"]),
              _quote("a#q0002", None, ["rule:unattributed"])]
    header, rows = _rows(quotes)
    assert header[:len(_OLD_COLUMNS)] == _OLD_COLUMNS  # existing positions stay
    assert {"speaker_confidence", "speaker_rule", "speaker_doubts"} <= set(header[len(_OLD_COLUMNS):])
    assert all(len(r) == len(header) for r in rows)
    low, high, none = rows
    assert float(low["speaker_confidence"]) == 0.7 and float(high["speaker_confidence"]) == 0.9
    assert low["speaker_rule"] == "reported-speech-continuation" and high["speaker_rule"] == "frame-after"
    assert low["speaker_doubts"] == "speaker-from-context" and high["speaker_doubts"] == ""
    assert none["speaker_confidence"] == none["speaker_rule"] == none["speaker_doubts"] == ""


def test_cli_quotes_tsv_confidence_column(tmp_path):
    from typer.testing import CliRunner

    from aligner.cli import app

    art = tmp_path / "a.txt"
    art.write_text('The river rose again on Monday.\n\n"We have never seen water this high," said mayor Anna Weber.\n',
                   encoding="utf-8")
    out = tmp_path / "q.tsv"
    res = CliRunner().invoke(app, ["quotes", str(art), "--format", "tsv", "--out", str(out)])
    assert res.exit_code == 0, res.output
    header, rows = (lambda ls: (ls[0].split("\t"), [dict(zip(ls[0].split("\t"), x.split("\t"))) for x in ls[1:]]))(
        out.read_text(encoding="utf-8").splitlines())
    assert header.index("text") == len(_OLD_COLUMNS) - 1
    weber = [r for r in rows if r["speaker_name"] == "Anna Weber"]
    assert weber and all(0 < float(r["speaker_confidence"]) <= 1 and r["speaker_rule"] for r in weber)


def _docs(name):
    from pathlib import Path

    return (Path(__file__).resolve().parents[1] / "docs" / name).read_text(encoding="utf-8")


def test_exports_doc_states_the_uncertain_rule_and_where_the_verdict_is():
    doc = _docs("exports.md")
    assert "below 0.8 the report marks it uncertain" not in doc  # pronoun/context speakers at 0.9 are too
    assert "scores.speaker_confident" in doc and "pronoun" in doc and "0.85" in doc


def test_documented_rule_a_pronoun_speaker_at_0_9_is_uncertain_a_named_one_not():
    from aligner.match.clusters import mark_speakers
    from aligner.model import QuoteVersion
    from aligner.report.common import speaker_uncertain

    def version(qid, how):
        return QuoteVersion(quote_id=qid, article_id=qid, outlet=qid, language="en", original="x", english="x",
                            start=0, end=1, kind="direct", speaker="Lena Hartmann", speaker_id="spk:lena",
                            speaker_mention="she" if how else "Lena Hartmann", speaker_resolved_from=how,
                            speaker_confidence=0.9)
    vs = [version("a", None), version("b", "pronoun")]
    mark_speakers(vs)
    assert [v.scores["speaker_confident"] for v in vs] == [1.0, 0.0]
    assert [speaker_uncertain(v) for v in vs] == [False, True]


def test_summary_quote_kinds_always_present(tmp_path):
    from aligner.model import Article, Sentence
    from aligner.pipeline import RunConfig
    from aligner.quotes.stage import stage
    from aligner.store import RunStore

    store = RunStore(tmp_path / "run")
    t = "„Wir bleiben“, sagte Sergej Rjabkow."
    store.write("articles.jsonl", [Article("de1", t, "de")])
    store.write("sentences.jsonl", [Sentence("de1#s0000", "de1", "de1#p0000", 0, 0, len(t), t, "de")])
    result = stage(store, RunConfig(out=tmp_path / "run"))
    store.close()
    assert result.summary["kinds"] == {"direct": 1, "fragment": 0, "indirect": 0, "mixed": 0}


def test_summary_quote_kinds_zero_without_quotes_and_cli_line_names_only_found_kinds(tmp_path):
    from typer.testing import CliRunner

    from aligner.cli import app
    from aligner.quotes.stage import summarise

    assert summarise([])["kinds"] == {"direct": 0, "fragment": 0, "indirect": 0, "mixed": 0}
    art = tmp_path / "a.txt"
    art.write_text('The river rose again on Monday.\n\n"We have never seen water this high," said mayor Anna Weber.\n',
                   encoding="utf-8")
    res = CliRunner().invoke(app, ["quotes", str(art), "--out", str(tmp_path / "q.jsonl")])
    assert res.exit_code == 0, res.output
    assert "direct 1" in res.output and " 0" not in res.output.split("quotes (", 1)[1].split(")", 1)[0]


def test_exports_doc_says_which_summary_dicts_list_only_what_occurred():
    doc = _docs("exports.md")
    assert "has no holes" not in doc
    assert "`ingest.removed`" in doc and "fillna(0)" in doc


def test_write_alignment_is_public_and_the_exports_doc_snippet_runs(tmp_path, monkeypatch, capsys):
    import re

    import pytest

    import aligner
    from aligner.align.formats import read_tmx

    assert "write_alignment" in aligner.__all__ and "get_encoder" in aligner.__all__
    doc = _docs("exports.md")
    section = doc.split("## A bilingual corpus from Python", 1)[1]
    code = re.search(r"```python\n(.*?)```", section, re.S).group(1)
    monkeypatch.chdir(tmp_path)
    exec(compile(code, "exports.md", "exec"), {})
    assert capsys.readouterr().out.count("\n") == 4
    units = read_tmx(tmp_path / "bridge.tmx")
    assert [u["en"] for u in units] == ["The bridge stays closed until Friday.", "Traffic is being diverted."]
    de = (tmp_path / "bridge.de").read_text(encoding="utf-8").splitlines()
    en = (tmp_path / "bridge.en").read_text(encoding="utf-8").splitlines()
    assert de[0].startswith("Die Brücke") and en[1] == "Traffic is being diverted."
    rows = [ln.split("\t") for ln in (tmp_path / "bridge.tsv").read_text(encoding="utf-8").splitlines()]
    assert len(rows) == 2 and rows[1][:2] == ["Der Verkehr wird umgeleitet.", "Traffic is being diverted."]
    assert (tmp_path / "bridge.jsonl").read_text(encoding="utf-8").count("\n") == 2
    with pytest.raises(aligner.ConfigError, match="unknown format"):
        aligner.write_alignment([], tmp_path / "x.xyz", "xlsx")


def test_no_model_advice_names_the_python_arguments_that_exist():
    import aligner
    from aligner.translate.registry import model_unavailable

    text = str(model_unavailable("x", "de", "en", "not here"))
    assert "--model PATH" in text  # the command line's words stay
    assert "aligner.TranslateConfig(model=PATH)" in text and "translations=" in text
    assert "TranslateConfig" in aligner.__all__
    cfg = aligner.RunConfig(translate=aligner.TranslateConfig(model="/some/model", backend="ct2"))
    assert cfg.translate.model == "/some/model" and cfg.translate.backend == "ct2"
