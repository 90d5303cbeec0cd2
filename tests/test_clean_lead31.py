"""A caption that opens with a club's ordinal ('1. FC Köln-Trainer ...') is still a caption (rt31-14 on fx104's
ed4929c); numbered and bulleted list items stay list items."""
from aligner.clean import _list_items


def test_a_clubs_ordinal_is_no_list_item():
    assert not _list_items("1. FC Köln-Trainer Steffen Baumgart an der Seitenlinie")
    assert not _list_items("2. Bundesliga: Hertha siegt")
    assert _list_items("1. Mehr Personal\n2. Bessere Bezahlung")
    assert _list_items("1. A ban on cars in the old town")
    assert _list_items("- Mehr Personal")
