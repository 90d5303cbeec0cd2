"""Run directories built by hand for stage tests (no ingest needed)."""

from __future__ import annotations


def declared_pair_run(tmp_path, de, en, mt):
    """A run store with a German article, its English translation (declared) and the MT."""
    from aligner.model import Article, Sentence, Translation
    from aligner.store import RunStore

    store = RunStore(tmp_path / "run")
    arts = [
        Article("a-de", " ".join(de), language="de"),
        Article("a-en", " ".join(en), language="en", translation_of="a-de"),
    ]
    sents = []
    for art, texts in ((arts[0], de), (arts[1], en)):
        pos = 0
        for k, t in enumerate(texts):
            sents.append(Sentence(f"{art.id}#s{k:04d}", art.id, "", k, pos, pos + len(t), t, art.language))
            pos += len(t) + 1
    store.write("articles.jsonl", arts)
    store.write("sentences.jsonl", sents)
    store.write("translations.jsonl", [
        Translation(f"a-de#s{k:04d}", d, e, "de", "en", "precomputed", "test") for k, (d, e) in enumerate(zip(de, mt))
    ])
    return store, arts


def cli_run(tmp_path, files: dict[str, str], meta: list[tuple[str, ...]] | None = None,
            tsv: list[tuple[str, str]] | None = None):
    """``aligner run`` on ``files`` (name -> text) in ``tmp_path/in``, with a metadata.tsv
    (file, outlet, language, date rows) and a translations TSV if given; returns the run
    directory and its clusters.jsonl records (dicts).  The run must succeed."""
    import json

    from typer.testing import CliRunner

    from aligner.cli import app

    inp = tmp_path / "in"
    inp.mkdir()
    for name, text in files.items():
        (inp / name).write_text(text, encoding="utf-8")
    if meta:
        rows = "".join("\t".join(r) + "\n" for r in meta)
        (inp / "metadata.tsv").write_text("file\toutlet\tlanguage\tdate\n" + rows, encoding="utf-8")
    out = tmp_path / "run"
    args = ["run", str(inp), "--out", str(out)]
    if tsv:
        (tmp_path / "t.tsv").write_text("".join(f"{a}\t{b}\n" for a, b in tsv), encoding="utf-8")
        args += ["--translations", str(tmp_path / "t.tsv")]
    result = CliRunner().invoke(app, args)
    assert result.exit_code == 0, result.output
    clusters = [json.loads(line) for line in (out / "clusters.jsonl").read_text().splitlines() if line.strip()]
    return out, clusters


# one outlet's article with a correction note about a misquote, and a live blog repeating the quote (review rv24)
CORRECTED = {
    "a.txt": "Brussels bets on a mild winter\n\nBRUSSELS — Anna Lindqvist did not hesitate on Monday.\n\n"
             "\"We will not introduce a gas price cap this winter,\" Lindqvist said at her weekly briefing.\n\n"
             "Correction, Dec. 1: An earlier version of this article misquoted Lindqvist as saying the "
             "Commission would \"introduce a gas price cap this winter\". She said it would not.\n",
    "live.txt": "LIVE: EU energy crisis\n\n10:02 CET\nEnergy Commissioner Anna Lindqvist has started her press "
                "conference. \"We will not introduce a gas price cap this winter,\" Lindqvist said.\n\n"
                "14:30 CET\nA recap for those just joining us: \"We will not introduce a gas price cap this "
                "winter,\" Lindqvist said this morning.\n",
}
