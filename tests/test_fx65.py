"""fx65 (session 26): consistency flags on one wire story as several outlets ran it
(product review rv48).  Invented sentences only."""
from __future__ import annotations

from pathlib import Path

import pytest

import aligner
from aligner.match.consistency import compare, number_flag, word_diff
from aligner.match.cuts import soft_cut_reason
from aligner.match.equivalents import shares
from aligner.match.outlets import mark_same_outlet, version_note
from aligner.model import QuoteVersion
from aligner.report.common import quoted_titles, told_apart

PLANT = "The merger was a hard choice, but the plant has lost money for five straight years"


def _run(tmp: Path, articles: dict[str, tuple[str, str, str]]) -> Path:
    """articles: file name -> (outlet, title, text); all English, one date."""
    src = tmp / "in"
    src.mkdir()
    rows = ["file\toutlet\tlanguage\tdate\ttitle"]
    for name, (outlet, title, text) in articles.items():
        (src / name).write_text(text, encoding="utf-8")
        rows.append(f"{name}\t{outlet}\ten\t2026-03-02\t{title}")
    (src / "metadata.tsv").write_text("\n".join(rows) + "\n", encoding="utf-8")
    out = tmp / "run"
    aligner.run([str(src)], str(out))
    return out


# ---------------------------------------------------------------- square brackets: the outlet's words

@pytest.mark.parametrize("inserted", ["[the Norbury works]", "[Castell]", "[the old Norbury works]"])
def test_bracketed_insertion_is_no_wording_flag(inserted):
    rep = compare(PLANT, PLANT.replace("the plant", inserted))
    assert "wording" not in rep.flags and "paraphrase" not in rep.flags, rep.flags
    assert rep.details["bracketed"].startswith("bracketed insertion, not compared")


def test_bracketed_stretch_is_one_diff_token():
    ops = [d for d in word_diff(PLANT, PLANT.replace("the plant", "[the Norbury works]")) if d.op != "equal"]
    assert [(d.a, d.b) for d in ops] == [("the plant", "[the Norbury works]")]


def test_a_wording_change_outside_the_brackets_is_still_flagged():
    other = PLANT.replace("the plant", "[the Norbury works]").replace("hard", "cruel")
    rep = compare(PLANT, other)
    assert rep.flags == ["wording"] and rep.details["wording"] == "hard vs cruel"


def test_same_bracketed_words_on_both_sides_are_equal_and_unnoted():
    text = PLANT.replace("the plant", "[the Norbury works]")
    assert "bracketed" not in compare(text, text).details


def test_omission_mark_in_brackets_is_no_insertion_note():
    rep = compare(PLANT, PLANT.replace("hard choice, but", "hard choice [...] but"))
    assert "bracketed" not in rep.details


def test_number_inside_brackets_against_another_number_still_flags():
    # the brackets keep the wording flag away, never the number flag
    rep = compare("we will hire 40 new drivers by the spring", "we will hire [60] new drivers by the spring")
    assert rep.flags == ["number"], rep.flags


# ---------------------------------------------------------------- shares: "one of the four hundred"

@pytest.mark.parametrize("a, b", [
    ("every one of the three hundred nurses will keep a job", "every one of the 300 nurses will keep a job"),
    ("one of the two hundred drivers was hurt", "one of the 200 drivers was hurt"),
    ("one in five hundred homes has no heating", "one in 500 homes has no heating"),
    ("two of the three dozen ferries were late", "two of the 36 ferries were late"),
])
def test_number_words_with_a_multiplier_read_as_one_count(a, b):
    assert number_flag(a, b) is None


def test_a_share_of_hundreds_that_differs_is_still_flagged():
    got = number_flag("every one of the three hundred nurses will keep a job",
                      "every one of the 400 nurses will keep a job")
    assert got is not None and "three hundred" in got and "400" in got  # as each version writes it (fx90, session 29)


def test_share_reader_values_with_multipliers():
    assert [round(s[2], 6) for s in shares("one of the four hundred workers")] == [0.0025]
    assert [round(s[2], 6) for s in shares("two hundred of the four hundred seats")] == [0.5]
    assert [round(s[2], 6) for s in shares("four of the nine seats")] == [round(4 / 9, 6)]
    assert shares("one of the four thousand workers") == []  # a count before a scale word: not 1/4
    assert shares("one in four hundred thousand") == []


# ---------------------------------------------------------------- cuts the outlet shows or tells itself

FULL = ("We do not trust the firm's offer, and we will hold a vote on a strike within "
        "ten days")
GRANT = "We have put aside $3 million for training, and every one of the 250 drivers will get a seat on the course"
TAIL_ONLY = "Every one of the 250 drivers will get a seat on the course"


def _v(qid: str, text: str) -> QuoteVersion:
    return QuoteVersion(quote_id=qid, article_id=qid.split("#")[0], outlet=qid, language="en", original=text,
                        english=text, start=0, end=len(text), kind="direct")


def _reason(short: str, long: str, before: str | None = None) -> str | None:
    rep = compare(short, long)
    assert rep.flags == ["truncation"], (rep.flags, rep.details)
    return soft_cut_reason(_v("s#q1", short), _v("l#q1", long), "english", rep.details["truncation"], (before, None))


@pytest.mark.parametrize("short", [
    "We do not trust the firm's offer …",
    "We do not trust the firm's offer ...",
    "We do not trust the firm's offer [...]",
    "We do not trust the firm's offer . . .",
])
def test_ellipsis_at_the_cut_end_is_a_cut_marked_by_the_outlet(short):
    assert _reason(short, FULL) == "cut marked by the outlet (…)"


def test_ellipsis_at_the_start_marks_a_cut_start():
    # (FULL's start carries a negation: cut, it stays serious, tests/test_fx68.py)
    full = "We have read the firm's offer with care, and we will hold a vote on a strike within ten days"
    assert _reason("… we will hold a vote on a strike within ten days", full) == "cut marked by the outlet (…)"


def test_ellipsis_at_the_other_end_marks_nothing():
    # the end is cut, the ellipsis stands at the start: the outlet did not mark that cut
    assert _reason("… We do not trust the firm's offer", FULL) is None


def test_cut_without_ellipsis_stays_serious():
    assert _reason("We do not trust the firm's offer", FULL) is None


def test_ellipsis_marked_cut_keeps_a_negation_flag_on_the_words_both_give():
    rep = compare("We do trust the firm's offer …", FULL)
    assert "negation" in rep.flags and "truncation" in rep.flags


def test_start_paraphrased_in_the_sentence_before_is_a_partial_quote():
    why = _reason(TAIL_ONLY, GRANT, "Reyes said $3 million had been put aside for training.")
    assert why is not None and why.startswith("partial quote")


@pytest.mark.parametrize("before", [
    None,
    "Shares in the group fell sharply on Monday.",  # nothing of the missing start
    "Reyes said $8 million had been put aside for training.",  # another figure
    "Reyes denied that $3 million had been put aside for training.",  # denied
    "Reyes said money for training had been put aside.",  # no figure
])
def test_start_not_told_in_the_sentence_before_stays_serious(before):
    assert _reason(TAIL_ONLY, GRANT, before) is None


def test_missing_start_with_a_negation_the_paraphrase_lacks_stays_serious():
    long = ("We have not put aside any money for training, and every one of the 250 drivers will get a seat "
            "on the course")
    assert _reason(TAIL_ONLY, long, "Reyes said money had been put aside for training.") is None


def test_missing_end_told_in_the_sentence_before_stays_serious():
    # only a missing start is read as paraphrased before the quote
    short = "We have put aside $3 million for training"
    assert _reason(short, GRANT, "Reyes said each of the 250 drivers will get a seat on the course.") is None


INTRO = ("Castell Foods will shut its Norbury bakery at the end of the year, the group said on Monday, "
         "ending almost sixty years of baking in the town.")
OUTRO = "Analysts said the move followed a long fall in demand for packaged bread across the region."
STAFF = ('"We do not trust the group\'s word, and we will hold a vote on a strike within ten days," '
         'said Ana Reyes, who leads the bakers\' union.')


def _pair(out: Path, x: str, y: str, needle: str) -> aligner.ClusterPair:
    """The pair of articles ``x`` and ``y`` in the cluster whose versions say ``needle``."""
    for c in aligner.RunStore(str(out)).read("clusters.jsonl", aligner.Cluster):
        if any(needle in v.original for v in c.versions):
            for p in c.pairs:
                if {p.a.split("#")[0], p.b.split("#")[0]} == {x, y}:
                    return p
    raise AssertionError(f"no pair {x} / {y} on {needle!r}")


@pytest.fixture(scope="module")
def ellipsis_run(tmp_path_factory):
    wire = "\n\n".join([INTRO, STAFF, OUTRO]) + "\n"
    marked = "\n\n".join([INTRO, '"We do not trust the group\'s word …" said Ana Reyes, who leads the bakers\' union.',
                          OUTRO]) + "\n"
    bare = "\n\n".join([INTRO, '"We do not trust the group\'s word," said Ana Reyes, who leads the bakers\' union.',
                        OUTRO]) + "\n"
    return _run(tmp_path_factory.mktemp("fx65el"), {
        "wire.txt": ("north-wire", "Castell to shut Norbury bakery", wire),
        "marked.txt": ("valley-post", "Norbury bakery to close", marked),
        "bare.txt": ("town-herald", "Bakers fear for jobs", bare),
    })


def test_run_ellipsis_marked_cut_is_worth_a_look_with_the_reason(ellipsis_run):
    marked = _pair(ellipsis_run, "marked", "wire", "trust")
    assert "truncation" not in marked.flags and "partial" in marked.flags, (marked.flags, marked.details)
    assert "cut marked by the outlet (…)" in marked.details["partial"]
    bare = _pair(ellipsis_run, "bare", "wire", "trust")
    assert "truncation" in bare.flags, (bare.flags, bare.details)  # the same cut, unmarked: serious


@pytest.fixture(scope="module")
def paraphrase_run(tmp_path_factory):
    grant = ('"We have put aside $3 million for training, and every one of the 250 bakers will get a seat on '
             'the course," Reyes said.')
    told = ('Reyes said $3 million had been put aside for training. "Every one of the 250 bakers will get a seat '
            'on the course," Reyes said.')
    untold = ('Shares in the group fell sharply on Monday. "Every one of the 250 bakers will get a seat on the '
              'course," Reyes said.')
    return _run(tmp_path_factory.mktemp("fx65pq"), {
        "wire.txt": ("north-wire", "Castell to shut Norbury bakery", "\n\n".join([INTRO, grant, OUTRO]) + "\n"),
        "told.txt": ("valley-post", "Norbury bakery to close", "\n\n".join([INTRO, told, OUTRO]) + "\n"),
        "untold.txt": ("town-herald", "Bakers fear for jobs", "\n\n".join([INTRO, untold, OUTRO]) + "\n"),
    })


def test_run_start_paraphrased_before_the_quote_is_a_partial_quote(paraphrase_run):
    told = _pair(paraphrase_run, "told", "wire", "bakers will")
    assert "truncation" not in told.flags and "partial" in told.flags, (told.flags, told.details)
    assert "partial quote" in told.details["partial"]
    untold = _pair(paraphrase_run, "untold", "wire", "bakers will")
    assert "truncation" in untold.flags, (untold.flags, untold.details)


# ---------------------------------------------------------------- one outlet's versions; titles with quotes

@pytest.mark.parametrize("text, note", [
    ("Bakers met on Monday.\nCorrection: An earlier version of this article misquoted Ana Reyes.", "a correction note"),
    ("Bakers met on Monday. This story has been corrected to give the right date.", "a correction note"),
    ("Bakers met on Monday.\nThis story has been updated with the union's vote.", "an update note"),
    ("Die Bäcker trafen sich. In einer früheren Version dieses Artikels hieß es, sie streikten.", "a correction note"),
    ("Bakers met on Monday. The union said the correction of wages was overdue.", None),
    ("Bakers met on Monday. An update on the talks is expected next week.", None),
])
def test_version_note(text, note):
    assert version_note(text) == note


def _cluster(*versions: QuoteVersion) -> aligner.Cluster:
    pairs = [aligner.ClusterPair(a=x.quote_id, b=y.quote_id, flags=["number"], details={"number": "7 vs 10"})
             for k, x in enumerate(versions) for y in versions[k + 1:]]
    return aligner.Cluster(id="c1", versions=list(versions), pairs=pairs)


def _art(aid: str, text: str, title: str = "Bakers fear for jobs") -> aligner.Article:
    return aligner.Article(id=aid, text=text, language="en", title=title, source_path=f"/in/{aid}.txt")


def _ver(aid: str, outlet: str) -> QuoteVersion:
    return QuoteVersion(quote_id=f"{aid}#q1", article_id=aid, outlet=outlet, language="en", original="x",
                        english="x", start=0, end=1, kind="direct")


def test_same_outlet_pair_says_which_version_carries_the_correction():
    c = _cluster(_ver("herald", "town-herald"), _ver("herald_fixed", "town-herald"), _ver("wire", "north-wire"))
    arts = {"herald": _art("herald", "Bakers met."),
            "herald_fixed": _art("herald_fixed", "Bakers met.\nCorrection: An earlier version of this article erred."),
            "wire": _art("wire", "Bakers met.")}
    mark_same_outlet([c], arts)
    said = {(p.a, p.b): p.details.get("same_outlet") for p in c.pairs}
    assert said[("herald#q1", "herald_fixed#q1")] == \
        "same outlet; herald_fixed carries a correction note (the later version)"
    assert said[("herald#q1", "wire#q1")] is None and said[("herald_fixed#q1", "wire#q1")] is None


def test_same_outlet_pair_without_a_note_says_another_article_or_version():
    c = _cluster(_ver("herald", "town-herald"), _ver("herald2", "town-herald"))
    mark_same_outlet([c], {"herald": _art("herald", "Bakers met."), "herald2": _art("herald2", "Bakers met.")})
    assert c.pairs[0].details["same_outlet"] == "same outlet, another article or version"


def test_unknown_outlets_are_not_one_outlet():
    c = _cluster(_ver("a", "unknown"), _ver("b", "unknown"))
    mark_same_outlet([c], {"a": _art("a", "x"), "b": _art("b", "Correction: An earlier version of this story erred.")})
    assert "same_outlet" not in c.pairs[0].details


def test_labels_of_two_versions_under_one_cut_title_carry_their_file_names():
    long = "Castell to shut its Norbury bakery: \"We will not cut a single job\" this year, the chief says"
    arts = {"post": _art("post", "x", long), "post_upd": _art("post_upd", "x", long + " (updated)"),
            "wire": _art("wire", "x", "Castell to shut Norbury bakery")}
    vs = [_ver("post", "valley-post"), _ver("post_upd", "valley-post"), _ver("wire", "north-wire")]
    cut = told_apart(vs, arts, None, 80)
    assert cut["post#q1"].startswith("[post.txt] ") and cut["post_upd#q1"].startswith("[post_upd.txt] ")
    assert cut["wire#q1"] == "Castell to shut Norbury bakery"
    whole = told_apart(vs, arts)  # whole titles differ: nothing added
    assert not whole["post#q1"].startswith("[")


@pytest.mark.parametrize("title, quoted", [
    ('Castell boss: "We will cut a single job at the bakery"', True),
    ("Castell boss: 'We will cut jobs'", True),
    ("Castell to shut bakery: “We will not cut a single job” this year", True),
    ("Castell's boss says it's over", False),
    ('The "green" bakery plan', False),  # one word in marks: a scare quote
    ("Bakers fear for jobs", False),
])
def test_quoted_titles(title, quoted):
    assert bool(quoted_titles([_art("a", "x", title)])) is quoted


@pytest.fixture(scope="module")
def correction_run(tmp_path_factory):
    v1 = "\n\n".join([INTRO, STAFF.replace("ten days", "five days"), OUTRO]) + "\n"
    v2 = "\n\n".join([INTRO, STAFF, OUTRO]) + (
        "\nCorrection: An earlier version of this article misquoted Ana Reyes as saying the vote would come "
        "within five days. This has been corrected.\n")
    wire = "\n\n".join([INTRO, STAFF, OUTRO]) + "\n"
    return _run(tmp_path_factory.mktemp("fx65cr"), {
        "herald.txt": ("town-herald", "Bakers fear for jobs", v1),
        "herald_fixed.txt": ("town-herald", "Bakers fear for jobs", v2),
        "wire.txt": ("north-wire", 'Castell boss: "We will keep every baker"', wire),
    })


def test_run_corrected_version_of_one_outlet_is_said_and_told_apart(correction_run):
    p = _pair(correction_run, "herald", "herald_fixed", "trust")
    assert "number" in p.flags  # the outlet's own correction still shows
    assert p.details["same_outlet"] == "same outlet; herald_fixed carries a correction note (the later version)"
    report = (correction_run / "report.md").read_text(encoding="utf-8")
    rows = [line.split("|")[2] for line in report.splitlines() if line.startswith("| town\\-herald")]
    assert rows and all("herald" in r for r in rows), rows  # the file name tells the two rows apart
    head = report.split("- articles:")[0]
    assert "quotes in headlines are not read" in head and "We will keep every baker" in head


def test_a_cut_around_bracketed_words_is_not_called_a_bracketed_insertion():
    rep = compare("I have asked [Castell] to keep the bakery open until a buyer is found, and I expect an answer soon",
                  "… I expect an answer soon")
    assert "bracketed" not in rep.details and "truncation" in rep.flags


def test_a_correction_note_in_another_article_of_the_outlet_is_not_called_the_later_version():
    c = _cluster(_ver("herald", "town-herald"), _ver("herald_b", "town-herald"))
    arts = {"herald": _art("herald", "Bakers met."),
            "herald_b": _art("herald_b", "Correction: An earlier version of this story erred.", "Union calls a vote")}
    mark_same_outlet([c], arts)
    assert c.pairs[0].details["same_outlet"] == "same outlet; herald_b carries a correction note"
