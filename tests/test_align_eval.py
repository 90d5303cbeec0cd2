"""Strict and lax P/R/F1 (Sennrich & Volk 2010), checked by hand on small examples."""

from __future__ import annotations

import pytest

from aligner.align.evaluate import many_right, score_alignment, score_alignments


def test_perfect_prediction():
    gold = [([0], [0]), ([1, 2], [1]), ([], [2]), ([3], [3, 4])]
    sc = score_alignment(gold, gold)
    assert (sc.strict_p, sc.strict_r, sc.strict_f1, sc.lax_f1) == (1.0, 1.0, 1.0, 1.0)


def test_hand_counted_example():
    gold = [([0], [0]), ([1, 2], [1]), ([], [2]), ([3], [3])]
    pred = [([0], [0]), ([1], [1]), ([2], []), ([], [2]), ([3], [3])]
    sc = score_alignment(gold, pred)
    # precision over all 5 predicted beads: strict hits [0]:[0], []:[2], [3]:[3] = 3/5;
    # lax adds [1]:[1] (source 1 is linked to target 1 in gold); [2]:[] has no target -> 4/5
    assert sc.strict_p == pytest.approx(3 / 5)
    assert sc.lax_p == pytest.approx(4 / 5)
    # recall over gold beads non-empty on both sides (3): strict 2/3; lax: [1,2]:[1] overlaps [1]:[1] -> 3/3
    assert sc.strict_r == pytest.approx(2 / 3)
    assert sc.lax_r == pytest.approx(1.0)
    assert sc.strict_f1 == pytest.approx(2 * 0.6 * (2 / 3) / (0.6 + 2 / 3))


def test_swapped_targets_are_not_even_lax_hits():
    gold = [([0], [0]), ([1], [1])]
    pred = [([0], [1]), ([1], [0])]
    sc = score_alignment(gold, pred)
    assert sc.strict_f1 == 0.0 and sc.lax_f1 == 0.0


def test_micro_average_over_documents():
    g1, p1 = [([0], [0]), ([1], [1])], [([0], [0]), ([1], [1])]
    g2, p2 = [([0], [0]), ([1], [1])], [([0, 1], [0, 1])]
    sc = score_alignments([g1, g2], [p1, p2])
    # precision: 2 strict of 3 predicted beads; recall: 2 of 4 gold beads
    assert sc.strict_p == pytest.approx(2 / 3) and sc.strict_r == pytest.approx(2 / 4)
    assert sc.lax_p == 1.0 and sc.lax_r == 1.0


def test_empty_prediction_scores_zero():
    sc = score_alignment([([0], [0])], [])
    assert sc.strict_f1 == 0.0 and sc.n_pred == 0


def test_crossing_beads_of_a_swap_are_scored_bead_by_bead():
    gold = [([0], [0]), ([1], [2]), ([2], [1]), ([3], [3])]
    crossed = score_alignment(gold, gold)
    assert crossed.strict_f1 == 1.0
    merged = score_alignment(gold, [([0], [0]), ([1, 2], [1, 2]), ([3], [3])])
    # the merged bead is no strict hit, but a lax one
    assert merged.strict_p == pytest.approx(2 / 3) and merged.strict_r == pytest.approx(2 / 4)
    assert merged.lax_f1 == 1.0


def test_error_kinds_name_each_wrong_bead_by_hand():
    from aligner.align.evaluate import error_kind, error_kinds

    # gold: 0-0, a 2-2 bead (1,2 | 1,2), target 3 unaligned, 3-4, 4-5, 5-6, 6-7
    gold = [([0], [0]), ([1, 2], [1, 2]), ([], [3]), ([3], [4]), ([4], [5]), ([5], [6]), ([6], [7])]
    pred = [
        ([0], [0]),  # right
        ([1], [1]),  # a piece of the gold 2-2
        ([2], [2]),  # the other piece
        ([3], [3, 4]),  # gold's unaligned target 3 glued to a 1-1
        ([4, 5], [5, 6]),  # two whole gold beads joined
        ([6], []),  # a linked source sentence left out
        ([], [7]),  # and its target
    ]
    assert error_kind(([0], [0]), gold) is None
    assert [error_kind(b, gold) for b in pred[1:]] == [
        "split", "split", "stray merged", "merge", "left out", "left out",
    ]
    assert error_kind(([4], [5, 6]), gold) == "boundary"
    assert error_kind(([], [3]), [([0], [0])]) == "no gold"
    counts = error_kinds(gold, pred)
    assert counts["split"] == 2 and counts["left out"] == 2 and counts["merge"] == 1
    assert sum(counts.values()) == 6


def test_restructure_moves_a_clause_into_one_2_2_bead_and_leaves_the_rest_as_it_was():
    import random

    from aligner.align.evaluate import PLANT, plant_phenomena

    src = [f"Satz {k} hat, wie jeder hier, ein Komma." for k in range(200)]
    tgt = [f"Sentence {k} has, like all of them, a comma." for k in range(200)]
    gold = [([k], [k]) for k in range(200)]
    rates = {**PLANT, "fragment": 0.0}  # fragments are planted after restructuring, on its beads
    plain = plant_phenomena(src, {"x": src}, tgt, gold, random.Random(3), {**rates, "restructure": 0.0})
    assert plain == plant_phenomena(src, {"x": src}, tgt, gold, random.Random(3),
                                    {k: v for k, v in rates.items() if k != "restructure"})
    s, mts, t, g = plant_phenomena(src, {"x": src}, tgt, gold, random.Random(3), {**rates, "restructure": 0.2})
    assert s == plain[0] and mts == plain[1]  # the source side is untouched
    moved = [(a, b) for a, b in g if len(a) == len(b) == 2]
    assert 10 <= len(moved) <= 40  # about 0.2 of the 1-1 pairs: 200 beads -> ~20
    for a, b in moved:
        k1, k2 = (int(s[i].split()[1]) for i in a)
        assert k2 == k1 + 1
        # the first target line ends with the second sentence's first clause, the
        # second target line holds the rest of it: no word lost or added
        assert t[b[0]] == f"Sentence {k1} has, like all of them, a comma; Sentence {k2} has."
        assert t[b[1]] == "Like all of them, a comma."
    assert sorted(j for _, b in g for j in b) == list(range(len(t)))


def test_fragment_plant_cuts_a_piece_off_one_side_and_gold_keeps_it_in_the_bead():
    import random

    from aligner.align.evaluate import LABELS, PLANT, plant_phenomena

    src = [f"Der Bergführer {k} stieg am Montag, wie jedes Jahr, zur Hütte (Bern)." for k in range(300)]
    mt = [f"The guide {k} climbed to the hut on Monday, as every year (Bern)." for k in range(300)]
    tgt = [f"On Monday guide {k} climbed to the hut, as each year, near Bern." for k in range(300)]
    gold = [([k], [k]) for k in range(300)]
    none = {k: 0.0 for k in PLANT}
    plain = plant_phenomena(src, {"x": mt}, tgt, gold, random.Random(4), none)
    s, mts, t, g = plant_phenomena(src, {"x": mt}, tgt, gold, random.Random(4), {**none, "fragment": 0.2})
    assert plain == (src, {"x": mt}, tgt, gold)
    assert len(mts["x"]) == len(s)
    assert sorted(i for a, _ in g for i in a) == list(range(len(s)))
    assert sorted(j for _, b in g for j in b) == list(range(len(t)))
    labels = {x for de, _, en in LABELS for x in (de, en)}
    cut = {"src": 0, "tgt": 0}
    for a, b in g:
        assert a and b  # every line stays in a bead with both sides
        if len(a) == len(b) == 1:
            continue
        assert (len(a), len(b)) in {(2, 1), (1, 2)}
        side, lines, k = ("src", [s[i] for i in a], int(t[b[0]].split()[3])) if len(a) == 2 else (
            "tgt", [t[j] for j in b], int(s[a[0]].split()[2]))
        cut[side] += 1
        whole = (src if side == "src" else tgt)[k]
        if lines[0] in labels:
            assert lines[1] == whole
        else:  # the pieces are the line, cut once (a stray comma may come with the full stop)
            assert " ".join(lines).replace(" , .", " .").replace(" ", "") in {whole.replace(" ", ""),
                                                                              whole.replace(" ", "")[:-1] + "."}
            assert min(len(x) for x in lines) < len(whole) / 2  # one piece is a fragment
        if side == "src":  # the MT cut in step: two non-empty lines, together the sentence's MT
            pieces = [mts["x"][i] for i in a]
            assert all(pieces)
            if lines[0] not in labels:
                assert " ".join(pieces).replace(" , .", " .").replace(" ", "") in {
                    mt[k].replace(" ", ""), mt[k].replace(" ", "")[:-1] + "."}
    assert cut["src"] >= 10 and cut["tgt"] >= 10  # about 0.2 of 300 beads, on either side


def test_literary_join_shortens_all_but_one_sentence_and_keeps_one_whole():
    import random

    from aligner.align.evaluate import literary_join

    first = "The guide left the hut at dawn, long before the others woke up."
    second = "He reached the ridge in three hours, although the snow was deep."
    for seed in range(20):
        text = literary_join([first, second], random.Random(seed))
        whole = [x for x in (first, second) if x.rstrip(".").lower() in text.lower()]
        assert len(whole) == 1  # one sentence kept whole, the other cut to its first clause
        short = "He reached the ridge in three hours" if whole[0] == first else "The guide left the hut at dawn"
        assert short.lower() in text.lower()
        assert "although" not in text or "long before" not in text
        assert text.endswith(".") and len(text) < len(first) + len(second)
    orders = {literary_join([first, second], random.Random(s)).startswith(("The guide", "the guide")) for s in range(20)}
    assert orders == {True, False}  # the two parts come in either order


def test_edit_parallel_writes_many_sentence_beads_from_the_other_rendering():
    import random
    import re

    from aligner.align.evaluate import edit_parallel

    n = 400
    src = [f"Satz {k} steht hier, mit einem Komma in der Mitte." for k in range(n)]
    ref = [f"Sentence {k} stands here, with a comma in its middle." for k in range(n)]
    alt = [f"Line {k} is written here by another hand, comma and all." for k in range(n)]
    rates = {"merge": 0.05, "merge22": 0.05, "merge3": 0.05, "split": 0.05, "rephrase": 1.0}
    plain = edit_parallel(src, ref, {"x": src}, ["Stray."], random.Random(7), {**rates, "rephrase": 0.0})
    s, mts, t, gold = edit_parallel(src, ref, {"x": src}, ["Stray."], random.Random(7), rates, alt)
    assert s == plain[0] and [(len(a), len(b)) for a, b in gold] == [(len(a), len(b)) for a, b in plain[3]]
    kinds = {(len(a), len(b)) for a, b in gold}
    assert {(2, 1), (2, 2), (3, 1), (1, 2)} <= kinds
    assert sorted(j for _, b in gold for j in b) == list(range(len(t)))
    for a, b in gold:
        text = " ".join(t[j] for j in b)
        if len(a) > 1 or len(b) > 1:  # written from alt: no word of ref, every source sentence's number
            assert "Sentence" not in text and "stands" not in text
            assert all(re.search(rf"\b{s[i].split()[1]}\b", text) for i in a)
        elif a and b:
            assert text == ref[int(s[a[0]].split()[1])]


def test_textberg_check_takes_a_point_chosen_elsewhere():
    import sys
    from pathlib import Path

    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "scripts"))
    from eval_textberg import parse_set

    assert parse_set(["skip=0.8", "null_window=3", "swap_penalty=None"]) == {"skip": 0.8, "null_window": 3,
                                                                          "swap_penalty": None}
    assert isinstance(parse_set(["null_window=3"])["null_window"], int)
    with pytest.raises(SystemExit, match="skipp"):
        parse_set(["skipp=0.8"])


def _words_of(text: str) -> list[str]:
    return [w.strip(",.;-").lower() for w in text.split() if w.strip(",.;-")]


# two invented sentences without a word in common
_GUIDE = "Our guide left camp at dawn long before everyone woke up inside their bunks."
_CLIMB = "Several climbers reached this ridge after three hours although snow was deep."


def test_fold_join_keeps_one_sentence_and_a_clause_of_the_other():
    import random

    from aligner.align.evaluate import FOLD_KEEP, fold_join

    places = set()
    for seed in range(40):
        text = fold_join([_GUIDE, _CLIMB], random.Random(seed))
        words = _words_of(text)
        whole = [x for x in (_GUIDE, _CLIMB) if set(_words_of(x)) <= set(words)]
        assert len(whole) == 1, text  # one sentence kept whole
        kept, other = _words_of(whole[0]), _words_of(_CLIMB if whole[0] == _GUIDE else _GUIDE)
        found = [w for w in other if any(x[:4] == w[:4] for x in words)]  # reworded: another ending
        assert 1 <= len(found) <= round(FOLD_KEEP[1] * len(other)) + 1, text  # a clause, not the sentence
        assert other[0] not in words  # the folded sentence's subject goes
        places.add("before" if words[0] != kept[0] else "inside" if words[-1] == kept[-1] else "after")
    assert places == {"before", "inside", "after"}  # the clause order changes in some folds


def test_moved_piece_moves_a_piece_of_one_sentence_into_its_neighbour():
    import random

    from aligner.align.evaluate import moved_piece

    kinds = set()
    for seed in range(30):
        one, two = moved_piece([_GUIDE, _CLIMB], random.Random(seed))
        assert one.endswith(".") and two.endswith(".")
        w1, w2 = _words_of(one), _words_of(two)
        if set(_words_of(_GUIDE)) <= set(w1):  # a piece of the second sentence moved into the first line
            kinds.add("start moved")
            moved = [w for w in _words_of(_CLIMB) if w in w1]
            assert moved and not set(moved) & set(w2) and "several" in w2
        else:  # the first sentence's end moved into the second line
            kinds.add("end moved")
            assert set(_words_of(_CLIMB)) <= set(w2) and "bunks" not in w1 and w1[:3] == ["our", "guide", "left"]
    assert kinds == {"end moved", "start moved"}


def test_edit_parallel_folds_many_sentence_beads_at_the_fold_rate():
    import random

    from aligner.align.evaluate import edit_parallel

    n = 400
    src = [f"Satz {k} steht hier mit vielen Worten in der Mitte." for k in range(n)]
    ref = [f"Sentence {k} stands here with many words in its middle." for k in range(n)]
    alt = [f"Line {k} is written here by another hand with words and all." for k in range(n)]
    rates = {"merge": 0.05, "merge22": 0.05, "merge3": 0.05, "split": 0.05, "rephrase": 1.0}
    joins = edit_parallel(src, ref, {"x": src}, ["Stray."], random.Random(7), rates, alt)
    same = edit_parallel(src, ref, {"x": src}, ["Stray."], random.Random(7), {**rates, "fold": 0.0}, alt)
    folds = edit_parallel(src, ref, {"x": src}, ["Stray."], random.Random(7), {**rates, "fold": 1.0}, alt)
    assert same == joins  # fold 0: the joins of the protocol before folds, line for line
    assert [(len(a), len(b)) for a, b in folds[3]] == [(len(a), len(b)) for a, b in joins[3]]

    def many_words(doc) -> int:
        _, _, t, gold = doc
        return sum(len(t[j].split()) for a, b in gold if len(a) > 1 for j in b)

    assert many_words(folds) < 0.93 * many_words(joins)  # a folded sentence keeps less of itself


def test_protocol_versions_keep_the_old_documents_reachable():
    import sys
    from pathlib import Path

    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "scripts"))
    from eval_align_protocol import LITERARY, PROTOCOLS, protocol_list

    assert PROTOCOLS[1] == LITERARY and not PROTOCOLS[1].get("fold")  # sessions 12-14's joins
    assert PROTOCOLS[2]["fold"] == 1.0 and {k: v for k, v in PROTOCOLS[2].items() if k != "fold"} == LITERARY
    assert PROTOCOLS[3] == {**PROTOCOLS[2], "free": PROTOCOLS[3]["free"]} and 0 < PROTOCOLS[3]["free"] < 1
    assert not PROTOCOLS[2].get("free") and not PROTOCOLS[1].get("free")  # sessions 12-16's documents
    assert protocol_list("3,2") == [3, 2]
    with pytest.raises(SystemExit, match="versions are 1, 2, 3"):
        protocol_list("4")


def test_paragraphs_are_folded_where_they_meet():
    import random

    from aligner.align.evaluate import fold_join, moved_piece

    one = "Our guide left camp at dawn long before everyone woke. " + _GUIDE.replace("Our guide", "Then he")
    two = _CLIMB + " Nobody else came up that day because the forecast looked bad."
    for seed in range(20):
        text = fold_join([one, two], random.Random(seed))
        assert text.startswith("Our guide left camp at dawn long before everyone woke. ")  # kept: not at the junction
        assert text.endswith(" Nobody else came up that day because the forecast looked bad.")
        head, tail = moved_piece([one, two], random.Random(seed))
        assert head.startswith("Our guide left camp at dawn long before everyone woke. ")
        assert tail.endswith(" Nobody else came up that day because the forecast looked bad.")


def test_moved_piece_leaves_a_line_without_words_as_it_is():
    import random

    from aligner.align.evaluate import moved_piece

    para = "Hi there. Yo."
    for seed in range(5):
        assert moved_piece([para, ""], random.Random(seed)) == [para, ""]
        assert moved_piece(["  ", _GUIDE], random.Random(seed)) == ["  ", _GUIDE]


def test_paragraph_sentences_end_before_any_capital_but_not_after_a_title_or_an_initial():
    from aligner.align.evaluate import _sentences

    text = ("Dr. Weber met Prof. Kim in the U.S. capital. Ärzte waited outside. Élysée staff said no! "
            "“Why?” he asked. J. Smith left.")
    assert _sentences(text) == ["Dr. Weber met Prof. Kim in the U.S. capital.", "Ärzte waited outside.",
                                "Élysée staff said no!", "“Why?” he asked.", "J. Smith left."]
    assert _sentences("It rose 5 p.c. in May. the end") == ["It rose 5 p.c. in May. the end"]


@pytest.mark.parametrize("value", ["abc", "0.5", "0.5,0.2", "0.2,0.5,0.7", "0.2,1.5"])
def test_a_bad_fold_keep_is_a_one_line_error(value, monkeypatch):
    import sys
    from pathlib import Path

    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "scripts"))
    import eval_align_protocol

    monkeypatch.setattr(sys, "argv", ["eval_align_protocol.py", "--fold-keep", value, "--no-textberg"])
    with pytest.raises(SystemExit, match="--fold-keep .*LO,HI"):
        eval_align_protocol.main()


def test_many_right_counts_exact_many_sentence_beads_by_type():
    gold = [([0, 1], [0]), ([2], [1]), ([3, 4], [2, 3]), ([5, 6], [4]), ([7], [5, 6])]
    # the 2-2 cut in two 1-1 beads, the second 2-1 with one sentence left out
    pred = [([0, 1], [0]), ([2], [1]), ([3], [2]), ([4], [3]), ([5], [4]), ([6], []), ([7], [5, 6])]
    assert many_right(gold, pred) == {"2-1": (1, 2), "2-2": (0, 1), "1-2": (1, 1)}
    assert many_right(gold, gold) == {"2-1": (2, 2), "2-2": (1, 1), "1-2": (1, 1)}


_BUDGET = "The committee met on Tuesday, but no decision was reached on the budget."
_STORM = "Storms hit the northern coast overnight, cutting power to thousands of homes."


def test_a_free_line_adds_a_clause_and_changes_the_clause_order_in_some():
    import random

    from aligner.align.evaluate import FREE_ADD, free_line

    orders = set()
    for seed in range(40):
        text = free_line(_BUDGET, random.Random(seed), _STORM)
        words, own, other = _words_of(text), _words_of(_BUDGET), _words_of(_STORM)
        added = [w for w in words if w[:3] in {x[:3] for x in other} and w[:3] not in {x[:3] for x in own}]
        assert 1 <= len(added) <= round(FREE_ADD[1] * len(own)) + 1, text  # an addition, not a second sentence
        assert sum(w[:3] in {x[:3] for x in words} for w in own) == len(own), text  # its own words stay
        orders.add("changed" if words.index("no") < words.index("met") else "kept")
    assert orders == {"changed", "kept"}
    assert free_line(_BUDGET, random.Random(1)).count("Storm") == 0  # nothing to add: no addition


def test_edit_parallel_writes_free_lines_at_the_free_rate_and_leaves_the_rest():
    import random

    from aligner.align.evaluate import edit_parallel

    n = 400
    src = [f"Satz {k} steht hier, mit einem Komma in der Mitte." for k in range(n)]
    ref = [f"Sentence {k} stands here, with a comma in its middle." for k in range(n)]
    alt = [f"Line {k} is written here by another hand, comma and all." for k in range(n)]
    rates = {"merge": 0.05, "merge22": 0.05, "split": 0.05, "rephrase": 1.0, "fold": 1.0}
    base = edit_parallel(src, ref, {"x": src}, ["Stray line of another story."], random.Random(7), rates, alt)
    free = edit_parallel(src, ref, {"x": src}, ["Stray line of another story."], random.Random(7),
                         {**rates, "free": 0.5}, alt)
    assert free[0] == base[0] and free[3] == base[3]  # the same sentences and beads: an own random stream
    singles = [(a[0], b[0]) for a, b in base[3] if len(a) == len(b) == 1]
    changed = [j for _, j in singles if free[2][j] != base[2][j]]
    assert 0.4 * len(singles) < len(changed) < 0.6 * len(singles)
    assert all("Sentence" not in free[2][j] and "hand" in free[2][j] for j in changed)  # from alt, not ref
    many = [j for a, b in base[3] if len(a) > 1 or len(b) > 1 for j in b]
    assert [free[2][j] for j in many] == [base[2][j] for j in many]


def test_edit_parallel_names_the_edit_behind_each_gold_bead():
    import random

    from aligner.align.evaluate import PHENOMENA, edit_parallel

    n = 600
    src = [f"Satz {k} steht hier, mit einem Komma in der Mitte." for k in range(n)]
    ref = [f"Sentence {k} stands here, with a comma in its middle." for k in range(n)]
    alt = [f"Line {k} is written here by another hand, comma and all." for k in range(n)]
    rates = {"merge": 0.05, "merge22": 0.05, "merge3": 0.03, "split": 0.05, "drop": 0.03, "insert": 0.03,
             "rephrase": 1.0, "fold": 1.0, "free": 0.3}
    kinds: list[str] = []
    s, _, t, gold = edit_parallel(src, ref, {"x": src}, ["Stray line of another story."], random.Random(5), rates,
                                  alt, kinds=kinds)
    assert len(kinds) == len(gold) and set(kinds) <= set(PHENOMENA)
    shape = {"merge": (2, 1), "merge22": (2, 2), "merge3": (3, 1), "split": (1, 2), "drop": (1, 0), "insert": (0, 1),
             "1-1": (1, 1), "free": (1, 1)}
    assert set(kinds) == set(shape)  # every edit drawn at these rates
    for (a, b), kind in zip(gold, kinds):
        assert (len(a), len(b)) == shape[kind]
        if kind in ("1-1", "free"):  # the reference's line, or one written from the other rendering
            assert (t[b[0]] == ref[int(s[a[0]].split()[1])]) == (kind == "1-1")


def test_plant_phenomena_names_what_it_planted_and_keeps_the_other_kinds():
    import itertools
    import random

    from aligner.align.evaluate import DEBRIS, SHORT_LINES, plant_phenomena

    src = [f"Satz {k} hat, wie jeder hier, ein Komma im Text." for k in range(500)]
    tgt = [f"Sentence {k} has, like all of them, a comma in it." for k in range(500)]
    gold = [([k], [k]) for k in range(500)]
    before = ["free" if k % 3 == 0 else "1-1" for k in range(500)]
    kinds = list(before)
    rates = {"swap": 0.03, "short": 0.03, "debris": 0.03, "caption": 0.03, "restructure": 0.03, "fragment": 0.05}
    s, _, t, g = plant_phenomena(src, {"x": src}, tgt, gold, random.Random(6), rates, kinds=kinds)
    assert len(kinds) == len(g)
    assert {"swap", "short", "debris", "caption", "restructure", "fragment", "free", "1-1"} == set(kinds)
    shorts = {de for de, _, _ in SHORT_LINES}
    crossing = {k for k, ((_, b1), (_, b2)) in enumerate(itertools.pairwise(g)) if b1 and b2 and b2[0] < b1[0]}
    for k, ((a, b), kind) in enumerate(zip(g, kinds)):
        lines = [s[i] for i in a] + [t[j] for j in b]
        if kind == "short":
            assert s[a[0]] in shorts
        elif kind == "debris":
            assert len(lines) == 1 and lines[0] in DEBRIS
        elif kind == "caption":
            assert not a and t[b[0]].startswith("Photo: ")
        elif kind == "swap":
            assert k in crossing or k - 1 in crossing
        elif kind == "restructure":
            assert len(a) == len(b) == 2
        elif kind == "fragment":
            assert len(a) + len(b) in (3, 5)  # a line more than its 1-1 (or restructured 2-2) bead had
        else:  # an untouched bead keeps the kind it came with
            number = int(s[a[0]].split()[1])
            assert len(a) == len(b) == 1 and kind == before[number]


def test_phenomenon_errors_count_missed_gold_beads_and_share_wrong_ones_by_hand():
    from aligner.align.evaluate import phenomenon_errors

    gold = [([0], [0]), ([1], [1]), ([2], [2]), ([3, 4], [3]), ([], [4]), ([5], [5])]
    kinds = ["1-1", "free", "free", "merge", "caption", "1-1"]
    pred = [
        ([0], [0]),  # right
        ([1, 2], [1, 2]),  # two free lines joined: one wrong bead at two free gold beads
        ([3], [3]),  # a piece of the 2-1 ...
        ([4], [4]),  # ... and the other piece linked to the caption: at the merge and the caption
        ([5], [5]),  # right
    ]
    out = phenomenon_errors(gold, pred, kinds)
    assert out["1-1"] == [2, 2, 0.0]
    assert out["free"] == [2, 0, 1.0]
    assert out["merge"] == [1, 0, 1.5]
    assert out["caption"] == [1, 0, 0.5]
    assert sum(row[2] for row in out.values()) == 3  # the three wrong predicted beads
