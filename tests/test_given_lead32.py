"""--translations whose English lines name German clubs, firms and places are not refused as German
(rv66-6); translations really in the articles' language (swapped columns) still are."""

from pathlib import Path

import pytest

from aligner.errors import InputError
from aligner.translate.precomputed import check_given

ENGLISH_WITH_GERMAN_NAMES = [
    ("Bayern schlagen Dortmund", "Bayern beat Dortmund"),
    ("Der FC Bayern München hat am Samstag in der Bundesliga gegen Borussia Dortmund gewonnen.",
     "FC Bayern Munich won against Borussia Dortmund in the Bundesliga on Saturday."),
    ("„Wir haben 2:3 verloren, aber wir waren nicht schlechter“, sagte BVB-Trainer Niko Kovac.",
     '"We lost 2-3, but we were not worse," said BVB coach Niko Kovac.'),
    ("Wir haben 2:3 verloren, aber wir waren nicht schlechter", "We lost 2-3, but we were not worse"),
]


def _tsv(tmp_path: Path, rows) -> Path:
    p = tmp_path / "t.tsv"
    p.write_text("".join(f"{a}\t{b}\n" for a, b in rows), encoding="utf-8")
    return p


def test_english_lines_full_of_german_names_are_accepted(tmp_path):
    check_given(_tsv(tmp_path, ENGLISH_WITH_GERMAN_NAMES), "en")


def test_swapped_columns_are_still_refused(tmp_path):
    swapped = [(b, a) for a, b in ENGLISH_WITH_GERMAN_NAMES]
    with pytest.raises(InputError, match="in 'de', not in 'en'"):
        check_given(_tsv(tmp_path, swapped), "en")


def test_a_few_german_lines_among_english_ones_are_accepted(tmp_path):
    rows = ENGLISH_WITH_GERMAN_NAMES + [("Die Regierung hat am Montag neue Pläne vorgestellt.",
                                         "Die Regierung hat am Montag neue Pläne vorgestellt.")]
    check_given(_tsv(tmp_path, rows), "en")
