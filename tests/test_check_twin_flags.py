"""scripts/check_twin_flags.py picks its windows as its docstring says (invented stand-in data)."""

from __future__ import annotations

import importlib.util
import json
import random
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
_spec = importlib.util.spec_from_file_location("check_twin_flags", ROOT / "scripts" / "check_twin_flags.py")
assert _spec is not None and _spec.loader is not None
twins = importlib.util.module_from_spec(_spec)
sys.modules["check_twin_flags"] = twins  # dataclasses look their module up
_spec.loader.exec_module(twins)


class FixedOffset(random.Random):
    """A random source whose window offset is known."""

    def __init__(self, offset: int) -> None:
        super().__init__(0)
        self.offset = offset

    def randrange(self, *args, **kwargs):  # type: ignore[override]
        return self.offset


def _source(n: int, quoted: dict[int, str]) -> list[str]:
    return [quoted.get(k, f"Der Satz Nummer {k} erzählt etwas ohne Zitat.") for k in range(n)]


# 60 invented lines: a quotation on lines 5 („…“), 20 (two straight marks) and 30 (»…«);
# line 45 has a single straight mark (an inch sign, no quotation)
W22_QUOTED = {5: "„Wir bleiben hier“, sagte die Bäckerin.", 20: 'Er rief: "Kommt alle mit!"',
              30: "»Nie wieder«, schrieb der Wirt.", 45: 'Der Bildschirm misst 27" in der Diagonale.'}


def test_quotation_rule():
    assert twins.has_quotation(["Sie sagte: „Ja.“"])
    assert twins.has_quotation(["»Nein«"])
    assert twins.has_quotation(['Er sagte "ja" und ging.'])
    assert not twins.has_quotation(['Ein Monitor mit 27" Diagonale.', "Kein Zitat hier."])


def test_windows_follow_the_offset_and_need_a_quotation():
    src = _source(60, W22_QUOTED)
    # offset 2: windows 2, 14, 26, 38 (50 would run past line 59); 38-49 holds only the inch sign
    assert twins.pick_windows(src, 12, 10, FixedOffset(2)) == [2, 14, 26]
    two = twins.pick_windows(src, 12, 2, FixedOffset(2))
    assert len(two) == 2 and set(two) < {2, 14, 26} and two == sorted(two)
    # offset 7: windows 7, 19, 31, 43 (55 runs past the end): only 19-30 holds a quotation
    assert twins.pick_windows(src, 12, 10, FixedOffset(7)) == [19]


def _write_standin(base: Path) -> None:
    w22, w23 = twins.SETS
    src22 = _source(60, W22_QUOTED)
    src22[3] = ""  # an empty line inside a window: no paragraph, no translation row
    files = {
        w22.source: src22,
        w22.references[0]: [f"Reference A line {k}." for k in range(60)],
        w22.references[1]: [f"Reference B line {k}." for k in range(60)],
        w22.brought: [f"Machine line {k}." for k in range(60)],
        w23.source: _source(8, {1: "„Alles gut“, meinte der Förster."}),
        w23.references[0]: [f"Reference line {k}." for k in range(8)],
        w23.brought: [f"Machine paragraph {k}." for k in range(8)],
    }
    for ts in twins.SETS:
        for rel in (ts.source, *ts.references, ts.brought):
            path = base / ts.folder / rel
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text("\n".join(files[rel]) + "\n", encoding="utf-8")


def test_corpus_is_the_windows_twins_and_their_brought_translations(tmp_path):
    _write_standin(tmp_path / "eval")
    tsv = twins.build_corpus(tmp_path / "eval", tmp_path / "out", articles=8, seed=3)
    corpus = tmp_path / "out" / "corpus"
    german = sorted(p for p in corpus.glob("w22-*-de.txt"))
    assert len(german) == 2  # 60 % of 4 stories, from 3 candidates
    rows = dict(line.split("\t") for line in tsv.read_text(encoding="utf-8").splitlines())
    for i, de in enumerate(german):
        start = int(de.name.split("-")[1])
        window = range(start, start + 12)
        assert any(k in W22_QUOTED and k != 45 for k in window)
        src = _source(60, W22_QUOTED)
        expected = [src[k] for k in window if k != 3]
        assert de.read_text(encoding="utf-8").split("\n\n") == [*expected[:-1], expected[-1] + "\n"]
        english = (corpus / de.name.replace("-de.txt", "-en.txt")).read_text(encoding="utf-8")
        letter = "AB"[i]  # reference A, then B, in the order of the windows
        assert english.split("\n\n")[0] == f"Reference {letter} line {start}."
        assert all(rows[src[k]] == f"Machine line {k}." for k in window if k != 3)
        placed = json.loads((tmp_path / "out" / twins.LINES).read_text(encoding="utf-8"))
        assert placed[de.name[:-4]] == [k for k in window if k != 3]  # the empty line has no paragraph
        assert placed[de.name[:-7] + "-en"] == list(window)
    # WMT23: 8 lines in windows of 4, the quotation on line 1: the window that holds it
    for de in corpus.glob("w23-*-de.txt"):
        start = int(de.name.split("-")[1])
        assert start <= 1 < start + 4
    assert not list(ROOT.glob("w2?-*-??.txt"))
    again = tmp_path / "again"
    twins.build_corpus(tmp_path / "eval", again, articles=8, seed=3)
    assert sorted(p.name for p in (again / "corpus").iterdir()) == sorted(p.name for p in corpus.iterdir())


def test_stories_split_sixty_forty():
    assert twins.stories_per_set(200) == [60, 40]
    assert twins.stories_per_set(9) == [2, 2]


def test_skips_in_one_line_without_the_eval_data(tmp_path, capsys):
    assert twins.main(["--eval-dir", str(tmp_path / "absent")]) == 0
    out = capsys.readouterr().out.strip().splitlines()
    assert len(out) == 1 and out[0].startswith("skipped:")


def test_neighbouring_windows_are_told_apart():
    assert twins.only_neighbours({"w23-0059", "w23-0063"})  # windows of 4 paragraphs
    assert twins.only_neighbours({"w22-0012", "w22-0024", "w22-0036"})
    assert not twins.only_neighbours({"w23-0059", "w23-0067"})
    assert not twins.only_neighbours({"w22-0012", "w23-0024"})
    assert twins.story_of("w22-0012-de") == twins.story_of("w22-0012-en") == "w22-0012"


def test_joins_are_judged_by_test_set_line():
    one = [("w22", 14), ("w22", 14)]
    assert twins.join_kind(one, {"w22-0012"}) == "one line"
    # a headline and the body that repeats its quote: one window, or its neighbour
    assert twins.join_kind([("w22", 13), ("w22", 20)], {"w22-0012"}) == "same or neighbouring window"
    assert twins.join_kind([("w22", 20), ("w22", 25)], {"w22-0012", "w22-0024"}) == "same or neighbouring window"
    # windows apart, or the two test sets: different documents
    assert twins.join_kind([("w22", 13), ("w22", 40)], {"w22-0012", "w22-0036"}) == "different documents"
    assert twins.join_kind([("w22", 13), ("w23", 13)], {"w22-0012", "w23-0012"}) == "different documents"
    assert twins.join_kind([("w22", 13), None], {"w22-0012"}) == "unplaced"


def test_versions_are_placed_on_their_paragraphs_line(tmp_path):
    corpus, run = tmp_path / "corpus", tmp_path / "run"
    corpus.mkdir()
    run.mkdir()
    paragraphs = ["„Wir bleiben hier“, sagte die Bäckerin.", "Der Ofen war noch warm.", "»Nie wieder«, schrieb der Wirt."]
    text = "\n\n".join(paragraphs) + "\n"
    (corpus / "w22-0012-de.txt").write_text(text, encoding="utf-8")
    (run / "articles.jsonl").write_text(json.dumps({"id": "w22-0012-de", "text": text}) + "\n", encoding="utf-8")
    look = twins.line_finder(run, corpus, {"w22-0012-de": [12, 14, 15]})  # line 13 was empty
    assert look("w22-0012-de", 1) == ("w22", 12)
    assert look("w22-0012-de", text.index("Nie")) == ("w22", 15)
    assert look("w22-0012-de", len(text) + 5) is None
    assert look("w22-9999-de", 0) is None


def test_count_sorts_clusters_by_join_kind(tmp_path):
    run = tmp_path / "run"
    run.mkdir()

    def version(aid: str, start: int) -> dict:
        return {"article_id": aid, "start": start, "quote_id": f"{aid}#q{start}"}

    clusters = [{"id": "one", "flags": [], "versions": [version("w22-0012-de", 0), version("w22-0012-en", 0)]},
                {"id": "apart", "flags": ["paraphrase"], "versions": [version("w22-0012-de", 0), version("w23-0004-en", 0)]},
                {"id": "near", "flags": [], "versions": [version("w22-0012-de", 0), version("w22-0012-en", 50)]}]
    (run / "clusters.jsonl").write_text("".join(json.dumps(c) + "\n" for c in clusters), encoding="utf-8")
    lines = {("w22-0012-de", 0): ("w22", 12), ("w22-0012-en", 0): ("w22", 12), ("w22-0012-en", 50): ("w22", 15),
             ("w23-0004-en", 0): ("w23", 4)}
    got = twins.count(run, 4, lambda aid, start: lines.get((aid, start)))
    assert got["joins by line: one line"] == 1
    assert got["joins by line: different documents"] == 1 and got["joins by line: same or neighbouring window"] == 1
    assert [c["id"] for c in got["_by_line"]["different documents"]] == ["apart"]


def test_show_worth_lists_worth_a_look_clusters_with_the_flags_details(tmp_path, capsys):
    run = tmp_path / "run"
    run.mkdir()

    def version(aid: str, lang: str, text: str) -> dict:
        return {"article_id": aid, "start": 0, "quote_id": f"{aid}#q0", "kind": "direct", "language": lang,
                "original": text, "english": text}

    pair = {"a": "w22-0012-de#q0", "b": "w22-0012-en#q0", "flags": ["wording"], "chrf": 0.8,
            "details": {"wording": "lamps vs candles"}, "match": {"method": "chrf"}}
    clusters = [{"id": "soft", "flags": ["cross-lingual", "wording"], "pairs": [pair],
                 "versions": [version("w22-0012-de", "de", "Wir kaufen Lampen"),
                              version("w22-0012-en", "en", "We buy candles")]},
                {"id": "grave", "flags": ["negation", "wording"], "pairs": [],
                 "versions": [version("w22-0024-de", "de", "Ja"), version("w22-0024-en", "en", "No")]}]
    (run / "clusters.jsonl").write_text("".join(json.dumps(c) + "\n" for c in clusters), encoding="utf-8")
    got = twins.count(run, 4)
    assert [c["id"] for c in got["_look"]] == ["soft"]
    assert got["worth-a-look clusters with wording"] == 1 and got["worth-a-look clusters with paraphrase"] == 0
    twins.report(got, 0.0, 0.0, 0.0)
    assert "lamps vs candles" not in capsys.readouterr().out
    twins.report(got, 0.0, 0.0, 0.0, show_worth=True)
    out = capsys.readouterr().out
    assert "wording: lamps vs candles" in out and "We buy candles" in out
