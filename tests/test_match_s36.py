"""rt22 findings on same-language links without English, fixed by fx36.  Invented
sentences."""

from __future__ import annotations

from aligner.model import QuoteVersion

FULL = ("Wir wollen die Mieten in der Innenstadt für fünf Jahre begrenzen, neue Wohnungen am Stadtrand bauen "
        "und zugleich Busse und Bahnen viel häufiger fahren lassen, damit junge Familien nicht mehr wegziehen müssen")
PART = "neue Wohnungen am Stadtrand bauen und zugleich Busse"


def _v(i: int, art: str, text: str, speaker: str) -> QuoteVersion:
    return QuoteVersion(quote_id=f"q{i}", article_id=art, outlet=f"outlet-{art}", language="de", original=text,
                        english="", start=0, end=len(text), kind="direct", speaker=speaker,
                        speaker_id="p:" + speaker.lower().replace(" ", "-"))


def test_shortened_quote_credited_to_another_speaker_is_still_one_cluster():
    from aligner.match.clusters import build_clusters

    assert (len(FULL.split()), len(PART.split())) == (32, 8)
    for other in ("Lena Hoffmann", "Jonas Becker"):
        clusters = build_clusters([_v(1, "a", FULL, "Lena Hoffmann"), _v(2, "b", PART, other)])
        assert [len(c.versions) for c in clusters] == [2]
        assert "truncation" in clusters[0].flags
        assert "8 of 32 words" in clusters[0].pairs[0].details["truncation"]


class _TwoVectors:
    """Every text embedded at cosine 0.95 to the other: the pair passes the embedding bars."""

    def encode(self, texts):
        import numpy as np

        return np.array([[1.0, 0.0] if k % 2 == 0 else [0.95, (1 - 0.95**2) ** 0.5] for k in range(len(texts))])


def test_same_language_embedding_pair_is_checked_the_way_it_is_scored():
    from aligner.match.score import match_items

    kw = {"originals": [FULL, PART], "encoder": _TwoVectors(), "languages": ["de", "de"]}
    # a quote and a shortened copy: contained (partial chrF), not alike both ways
    assert [(e.i, e.j, e.method) for e in match_items([None, None], ["a", "b"], partial=True, **kw)] == [
        (0, 1, "embedding")]
    trace: dict = {}
    assert match_items([None, None], ["a", "b"], partial=False, trace=trace, **kw) == []
    assert trace[(0, 1)][2] == "embedding (same-language chrF below SAME_LANG_CHRF)"


def test_originals_agree():
    from aligner.match.score import originals_agree

    a = "Der Umsatz der Brauerei ist im dritten Quartal gestiegen."
    assert not originals_agree(a, "Der Gewinn der Reederei ist im vierten Quartal gesunken.")
    assert originals_agree(a, "Der Umsatz der Brauerei ist im dritten Quartal deutlich gestiegen.")
    assert not originals_agree(FULL, PART)
    assert originals_agree(FULL, PART, partial=True)
    assert not originals_agree(PART, "Alte Häuser in der Altstadt sanieren und weniger Autos zulassen", partial=True)


def test_trace_says_a_same_language_refusal_is_a_dropped_link():
    from aligner.match.clusters import link_and_group

    a = _v(1, "a", "Der Umsatz der Brauerei ist im dritten Quartal deutlich gestiegen", "Lena Hoffmann")
    b = _v(2, "b", "Der Gewinn der Reederei ist im vierten Quartal leicht gesunken", "Lena Hoffmann")
    trace: dict = {}
    links, _cont, _comps = link_and_group([a, b], encoder=_TwoVectors(), trace=trace)
    assert trace["dropped"][(0, 1)] == "embedding (same-language chrF below SAME_LANG_CHRF)"


def test_two_speakers_statements_of_one_frame_stay_apart_without_english():
    # the shorter shares the frame, not the words verbatim: two statements, no negation flag
    from aligner.match.clusters import build_clusters

    for a, b in (("Ich bin sehr zufrieden mit dem Ergebnis der Verhandlungen",
                  "Ich bin überhaupt nicht zufrieden mit dem Ergebnis"),
                 ("Der Umsatz ist im dritten Quartal um fünf Prozent gestiegen",
                  "Der Gewinn ist im vierten Quartal um drei Prozent gesunken")):
        clusters = build_clusters([_v(1, "a", a, "Lena Hoffmann"), _v(2, "b", b, "Jonas Becker")])
        assert [c.flags for c in clusters] == []
