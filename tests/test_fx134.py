"""fx134: findings of rv76 / rv77 on lost flags and the report at scale.  Invented sentences."""

from __future__ import annotations

from aligner.model import QuoteVersion

ON = "The river is rising fast and residents should not return to their homes before the water has gone down"
OFF = "The river is rising fast and residents should return to their homes before the water has gone down"


def _v(i: int, art: str, outlet: str, text: str, speaker: str = "Mara Lindqvist") -> QuoteVersion:
    return QuoteVersion(quote_id=f"q{i}", article_id=art, outlet=outlet, language="en", original=text,
                        english=text, start=0, end=len(text), kind="direct", speaker=speaker,
                        speaker_id="p:" + speaker.lower().replace(" ", "-"))


def _split_run(versions: list[QuoteVersion]):
    from aligner.match.clusters import Topics, build_clusters
    from aligner.match.split import split_statements

    gate = Topics({})
    clusters = build_clusters(versions, topics=gate)
    return clusters, split_statements(gate.split, clusters)


def test_aggregator_with_both_wordings_is_told_rv77_7():
    # an aggregator reposts both outlets' texts: the two clusters are kept apart, and the report says
    # that the other outlets' versions say the opposite
    from aligner.report.common import split_note, split_serious

    clusters, split = _split_run([_v(1, "a", "Northern Post", ON), _v(2, "b", "Daily Courier", OFF),
                                  _v(3, "c", "NewsHub", ON), _v(4, "d", "NewsHub", OFF)])
    assert len(clusters) == 2 and not any(c.flags for c in clusters)
    assert len(split) == 1 and split[0]["outlets"] == ["NewsHub"] and split[0]["opposed"]
    assert {split[0]["a"]["outlet"], split[0]["b"]["outlet"]} == {"Northern Post", "Daily Courier"}
    assert "say the opposite" in split_serious(split)
    note = split_note(clusters, len(split), split)[0]
    assert "clusters 1 and 2" in note and "NewsHub gives both" in note and "negation" in note


def test_no_split_told_without_an_outlet_in_both():
    # the control: two outlets' reposts by two different aggregators are one cluster, flagged
    clusters, split = _split_run([_v(1, "a", "Northern Post", ON), _v(2, "b", "Daily Courier", OFF),
                                  _v(3, "c", "NewsHub", ON), _v(4, "d", "WebDigest", OFF)])
    assert split == [] and len(clusters) == 1 and "negation" in clusters[0].flags


def test_two_aggregators_with_both_wordings_are_told_rv77_7():
    # two aggregators repost both texts: still told, with both outlets named
    _clusters, split = _split_run([_v(1, "a", "Northern Post", ON), _v(2, "b", "Daily Courier", OFF),
                                   _v(3, "c", "NewsHub", ON), _v(4, "d", "NewsHub", OFF),
                                   _v(5, "e", "WebDigest", ON), _v(6, "f", "WebDigest", OFF)])
    assert len(split) == 1 and split[0]["outlets"] == ["NewsHub", "WebDigest"] and split[0]["opposed"]


def test_month_or_weekday_changed_beside_a_reworded_verb_rv76_8():
    from aligner.match.clusters import compare

    for a, b, want in (("The new bypass opens in April", "The new bypass starts in October", "April vs October"),
                       ("The tribunal meets on Tuesday", "The tribunal convenes on Thursday", "Tuesday vs Thursday"),
                       ("Die Umfahrung öffnet im April", "Die Umfahrung startet im Oktober", "April vs Oktober")):
        r = compare(a, b)
        assert "number" in r.flags and r.details["number"] == want, (a, b, r.flags)


def test_same_month_beside_a_reworded_verb_is_no_number_change():
    from aligner.match.clusters import compare

    for a, b in (("The new bypass opens in April", "The new bypass starts in April"),
                 ("The tribunal meets on Tuesday", "The court meets on Tuesday")):
        assert "number" not in compare(a, b).flags
