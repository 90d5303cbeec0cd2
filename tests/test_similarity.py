import pytest
from conftest import shared_path
from sacrebleu.metrics import CHRF

from aligner.similarity import Profile, chrf, chrf_profiles

PAIRS = [
    ("The cat sat on the mat.", "A cat was sitting on the mat."),
    ("Der Kreml bestreitet das.", "Der Kreml bestreitet derartige Absichten."),
    ("Hello there", "General Kenobi"),
    ("ab", "abcdefgh"),  # orders missing on one side
    ("", "nothing on the other side"),
    ("same text", "same text"),
]


@pytest.mark.parametrize("hyp,ref", PAIRS)
def test_equals_sacrebleu_sentence_chrf(hyp, ref):
    assert chrf(hyp, ref) * 100 == pytest.approx(CHRF().sentence_score(hyp, [ref]).score, abs=1e-9)


def test_profiles_give_the_same_score_as_strings():
    hyp, ref = PAIRS[0]
    assert chrf_profiles(Profile.of(hyp), Profile.of(ref)) == chrf(hyp, ref)


def test_equals_sacrebleu_on_two_human_references():
    d = shared_path("eval", "wmt22-de-en", "txt", "references")
    a = (d / "generaltest2022.de-en.ref.A.en").read_text(encoding="utf-8").splitlines()[:300]
    b = (d / "generaltest2022.de-en.ref.B.en").read_text(encoding="utf-8").splitlines()[:300]
    metric = CHRF()
    for x, y in zip(a, b):
        assert chrf(x, y) * 100 == pytest.approx(metric.sentence_score(x, [y]).score, abs=1e-9)
