"""The bead confidence: posterior over paths times P(the content matches), what
``--min-score`` keeps, and the similarity and control characters in the corpus files."""

from __future__ import annotations

import xml.etree.ElementTree as ET

import numpy as np
import pytest

from aligner.align import align_sentences, core, posterior
from aligner.align.formats import corpus_text, read_tmx, write_alignment
from aligner.model import AlignmentPair

# invented sentences: a short article, its English translation, and the MT of the source
DE = ["Die Stadt Lindenau baut im Sommer eine neue Brücke über den Fluss.",
      "Die Arbeiten sollen nach Angaben des Bürgermeisters vier Monate dauern.",
      "Während der Bauzeit fahren die Busse eine Umleitung durch das Gewerbegebiet.",
      "Anwohner können sich am Donnerstag im Rathaus über die Pläne informieren."]
EN = ["The town of Lindenau is building a new bridge across the river this summer.",
      "According to the mayor, the work is expected to take four months.",
      "During construction, buses will take a detour through the industrial estate.",
      "Residents can find out about the plans at the town hall on Thursday."]
MT = ["The city of Lindenau is building a new bridge over the river in summer.",
      "According to the mayor, the work should last four months.",
      "During the construction period, the buses run a diversion through the industrial area.",
      "Residents can find out about the plans in the town hall on Thursday."]
# one line on each side that matches nothing: an image credit and a subscription box
CREDIT_DE, CREDIT_MT = "Bild: Agentur Nordlicht / Jana Weber, alle Rechte vorbehalten.", \
    "Image: Agentur Nordlicht / Jana Weber, all rights reserved."
BOX_EN = "Subscribe to our morning briefing and never miss a story again."
# three English sentences about something else
OTHER_EN = ["The orchestra rehearsed the symphony twice before the premiere.",
            "Heavy snow closed the mountain pass for the third day.",
            "A rare turtle hatched at the aquarium last weekend."]


def _with_unmatched_lines():
    return DE[:2] + [CREDIT_DE] + DE[2:], EN[:2] + [BOX_EN] + EN[2:], MT[:2] + [CREDIT_MT] + MT[2:]


def test_min_score_drops_a_bead_of_two_unrelated_sentences():
    src, tgt, mt = _with_unmatched_lines()
    kept = align_sentences(src, tgt, mt, min_score=0.8)
    assert not [p for p in kept if "Bild" in p.src_text and "Subscribe" in p.tgt_text]
    # the right beads stay, with their confidence
    pairs = {(p.src_text, p.tgt_text) for p in kept}
    assert all((d, e) in pairs for d, e in zip(DE, EN))


def test_unrelated_sentences_get_low_confidence_with_mt_and_without():
    for mt in (MT[:3], None):
        beads = align_sentences(DE[:3], OTHER_EN, mt)
        high = [(p.src_text[:20], p.tgt_text[:20], p.score) for p in beads if p.src and p.tgt and p.score >= 0.8]
        assert not high, (mt is not None, high)


def test_right_beads_keep_a_high_confidence():
    beads = align_sentences(DE, EN, MT)
    assert [(p.src, p.tgt) for p in beads] == [([k], [k]) for k in range(4)]
    assert all(p.score >= 0.9 for p in beads), [p.score for p in beads]


def test_content_features_tell_unrelated_from_matching_beads():
    src, tgt, mt = _with_unmatched_lines()
    seen = {}
    orig = core.bead_confidence

    def record(post, feats, mode):
        seen["feats"], seen["mode"], seen["post"] = feats, mode, list(post)
        return orig(post, feats, mode)

    core.bead_confidence = record
    try:
        beads = align_sentences(src, tgt, mt)
    finally:
        core.bead_confidence = orig
    assert seen["mode"] == "mt"
    rel = {p.src_text[:4]: f[0] for p, f in zip(beads, seen["feats"])}
    assert rel["Bild"] > 0.8  # about as far apart as random sentences of the document
    assert max(v for k, v in rel.items() if k != "Bild") < 0.7
    # the posterior alone keeps the unrelated bead high: the content check is what lowers it
    k = next(i for i, p in enumerate(beads) if p.src_text.startswith("Bild"))
    assert seen["post"][k] > 0.8 > beads[k].score


def test_match_model_is_monotone_and_empty_beads_get_zero():
    feats = np.array([[0.0, 0.9, 0.0], [0.5, 0.5, 0.0], [1.05, 0.12, 0.0], [np.nan] * 3])
    for mode, model in posterior.MATCH_MODELS.items():
        p = model(np.nan_to_num(feats[:3], nan=1.0))
        assert p[0] >= p[1] >= p[2], mode
        assert p[0] > 0.9 and p[2] < 0.5, (mode, p)
        conf = posterior.bead_confidence([1.0, 1.0, 1.0, 1.0], feats, mode)
        assert conf[3] == 0.0 and conf[0] > conf[2]


def test_the_alignment_does_not_depend_on_the_content_check(monkeypatch):
    """The confidence is not used by the search: the same beads whatever the model."""
    src, tgt, mt = _with_unmatched_lines()
    before = [(p.src, p.tgt) for p in align_sentences(src, tgt, mt)]
    one = posterior.MatchModel(bias=50.0, w_rel=0.0, w_sim=0.0, w_extra=0.0)
    monkeypatch.setitem(posterior.MATCH_MODELS, "mt", one)
    after = align_sentences(src, tgt, mt)
    assert [(p.src, p.tgt) for p in after] == before
    assert next(p.score for p in after if p.src_text.startswith("Bild")) > 0.8  # the posterior alone


# --- corpus files: the similarity, and one sanitiser for control characters ---------

HOSTILE = "Eins\x01zwei\x07drei\u0085vier\u2028f\u00fcnf\x7fsechs\ud800sieben\ufffe."


def _pairs():
    return [AlignmentPair([0], [0], 0.91, HOSTILE, "One\ttwo\nthree\x1bfour.", similarity=0.4321),
            AlignmentPair([1], [1], 0.5, "Zwei.", "Two.", similarity=None)]


def test_tsv_has_the_similarity_column(tmp_path):
    out = tmp_path / "c.tsv"
    write_alignment(_pairs(), out, "tsv")
    rows = [line.split("\t") for line in out.read_text(encoding="utf-8").splitlines()]
    assert [len(r) for r in rows] == [4, 4]
    assert float(rows[0][3]) == pytest.approx(0.4321) and rows[1][3] == ""


def test_tmx_has_the_similarity_as_a_prop(tmp_path):
    out = tmp_path / "c.tmx"
    write_alignment(_pairs(), out, "tmx", "de", "en")
    tus = ET.parse(out).getroot().findall("./body/tu")
    props = [{p.get("type"): p.text for p in tu.findall("prop")} for tu in tus]
    assert float(props[0]["x-similarity"]) == pytest.approx(0.4321)
    assert "x-similarity" not in props[1]


def test_every_corpus_format_writes_the_same_clean_text(tmp_path):
    clean = corpus_text(HOSTILE)
    assert clean == "Eins zwei drei vier f\u00fcnf sechs sieben ."
    write_alignment(_pairs(), tmp_path / "c.tsv", "tsv")
    write_alignment(_pairs(), tmp_path / "c", "moses", "de", "en")
    write_alignment(_pairs(), tmp_path / "c.tmx", "tmx", "de", "en")
    tsv = (tmp_path / "c.tsv").read_text(encoding="utf-8").split("\n")[0].split("\t")
    moses_de = (tmp_path / "c.de").read_text(encoding="utf-8").split("\n")[0]
    moses_en = (tmp_path / "c.en").read_text(encoding="utf-8").split("\n")[0]
    tmx = read_tmx(tmp_path / "c.tmx")[0]
    assert tsv[0] == moses_de == tmx["de"] == clean
    assert tsv[1] == moses_en == tmx["en"] == "One two three four."
