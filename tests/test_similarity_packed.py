"""chrF from packed n-gram profiles (``aligner.similarity``) equals the ``Profile`` chrF
bit for bit, and the ``Profile`` chrF is held to sacrebleu elsewhere (tests/test_chrf*)."""

from __future__ import annotations

import random

import pytest

from aligner import similarity
from aligner.similarity import PackedProfile, Profile, chrf_both, packed_chrf_both

TEXTS = [
    "", " ", "a", "ab", "abcdef", "aaaaaaa", "No.", "Die Regierung bestätigt den Bericht.",
    "„Wir werden das nicht hinnehmen“, sagte Müller – am Montag.", "“We will not accept that,” Müller said on Monday.",
    "Straße, Maß, Fuß: ß ä ö ü Ä Ö Ü €5 ½ 日本語のテキスト 🙂", "The fee would equal 40% of the value of the goods...",
    "the the the the", "The fee would equal 40% of the goods' value.",
]


def _pairs(texts):
    rng = random.Random(7)
    words = "the fee would equal of value goods regierung bericht sagte müller 40% 2022 a an in".split()
    texts = texts + [" ".join(rng.choice(words) for _ in range(rng.randint(1, 14))) for _ in range(60)]
    return [(a, b) for a in texts for b in texts]


def test_packed_chrf_equals_profile_chrf_bit_for_bit():
    for a, b in _pairs(TEXTS):
        pa, pb = PackedProfile.of(a), PackedProfile.of(b)
        assert pa is not None and pb is not None
        assert packed_chrf_both(pa, pb) == chrf_both(Profile.of(a), Profile.of(b)), (a, b)


def test_distinct_ngrams_never_collide(monkeypatch):
    """Texts that share no character n-gram score 0, one differing character shows, and
    with 1,000 distinct characters seen (ids up to 999, every bit of them used) texts of
    those characters still score as with Profile."""
    monkeypatch.setattr(similarity, "_CHAR_IDS", None)
    monkeypatch.setattr(similarity, "_NEXT_ID", 0)
    alphabet = [chr(0x4E00 + i) for i in range(1000)]
    assert PackedProfile.of("".join(alphabet)) is not None
    rng = random.Random(3)
    texts = ["".join(rng.choice(alphabet[:: rng.choice([1, 64, 128, 512])]) for _ in range(rng.randint(1, 30)))
             for _ in range(40)]
    for a in texts:
        for b in texts:
            pa, pb = PackedProfile.of(a), PackedProfile.of(b)
            assert pa is not None and pb is not None
            assert packed_chrf_both(pa, pb) == chrf_both(Profile.of(a), Profile.of(b))
    pa, pb = PackedProfile.of("abcabc"), PackedProfile.of("xyzxyz")
    assert pa is not None and pb is not None and packed_chrf_both(pa, pb) == (0.0, 0.0)
    one, other = PackedProfile.of("Der Preis lag bei 20 Euro."), PackedProfile.of("Der Preis lag bei 30 Euro.")
    assert one is not None and other is not None and packed_chrf_both(one, other)[0] < 1.0


def test_too_many_distinct_characters_gives_none(monkeypatch):
    """Past 1024 distinct characters in the process a text has no packed profile (the
    caller then scores it with Profile), and the texts packed before still compare right."""
    monkeypatch.setattr(similarity, "_CHAR_IDS", None)
    monkeypatch.setattr(similarity, "_NEXT_ID", 0)
    first = PackedProfile.of("Die Ware hat unter 20 Euro gekostet.")
    many = "".join(chr(0x4E00 + i) for i in range(1100))
    assert PackedProfile.of(many) is None
    again = PackedProfile.of("Die Ware hat unter 20 Euro gekostet!")
    assert first is not None and again is not None
    want = chrf_both(Profile.of("Die Ware hat unter 20 Euro gekostet."), Profile.of("Die Ware hat unter 20 Euro gekostet!"))
    assert packed_chrf_both(first, again) == want


@pytest.mark.parametrize("partial", [True, False])
def test_match_scores_are_the_profile_scores(partial):
    """The match stage's pair scores (packed where possible) equal pair_chrf on Profiles."""
    from aligner.match.score import _score_pairs, pair_chrf

    texts = [a for a, _ in _pairs(TEXTS)[:: len(TEXTS) + 61]]
    english = texts + [None, ""]
    keys = sorted({(i, j) for i in range(len(english)) for j in range(i + 1, len(english)) if (i * 7 + j) % 3 == 0})
    got = _score_pairs(english, keys, partial)
    for (i, j), score in zip(keys, got):
        ta, tb = english[i] or "", english[j] or ""
        pa, pb, wa, wb = Profile.of(ta), Profile.of(tb), len(ta.split()), len(tb.split())
        assert score == (pair_chrf(pa, pb, wa, wb) if partial else 0.5 * sum(chrf_both(pa, pb))), (ta, tb)
