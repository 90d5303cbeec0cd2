"""fx122: flags left from session 33 (inner quotes, not-compared notes in report.md, address-only quotes,
megatonnes at a sentence's end)."""

from aligner.match.consistency import compare

# --- rt34-3 rest: "649 Mt." / "57 Gt." at a sentence's end are megatonnes / gigatonnes --------------------

def test_megatonnes_at_sentence_end_agree_with_million_tonnes():
    r = compare("Germany emitted 649 Mt.", "Germany emitted 649 million tonnes.", lang="en")
    assert "number" not in r.flags


def test_gigatonnes_at_sentence_end_agree_with_billion_tonnes():
    r = compare("The world emitted 57 Gt.", "The world emitted 57 billion tonnes.", lang="en")
    assert "number" not in r.flags


def test_megatonnes_at_sentence_end_still_differ_from_tonnes():
    r = compare("Germany emitted 649 Mt.", "Germany emitted 649 tonnes.", lang="en")
    assert "number" in r.flags


def test_metric_tonnes_at_sentence_end_stay_metric():
    # 'mt' / 'MT' is the metric tonne of commodity news: '500 mt' against '500 million tonnes' stays a flag
    assert "number" in compare("Ukraine exported 500 mt.", "Ukraine exported 500 million tonnes.", lang="en").flags
    assert "number" not in compare("Ukraine exported 500 MT.", "Ukraine exported 500 tonnes.", lang="en").flags


def test_mount_after_a_figure_is_no_tonnage():
    r = compare("We climbed 3 Mt. Everest routes.", "We climbed three Mount Everest routes.", lang="en")
    assert "number" not in r.flags
