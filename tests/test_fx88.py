"""fx88: one speaker id per person whatever office word stands before the name (rv55-18)."""
from aligner.quotes.speakers import cluster_names


def _id(name: str) -> str:
    return cluster_names([name])[name][0]


def test_office_words_before_a_name_leave_the_id():
    assert _id("Geologin Maria Berger") == _id("Maria Berger")
    assert _id("Landeshauptmann Thomas Egger") == _id("Thomas Egger") == _id("LH Thomas Egger")
    assert _id("Bundesrat Beat Kunz") == _id("Federal Councillor Beat Kunz")


def test_names_of_three_words_keep_their_first_words():
    # neighbours: a first name, a Korean or Turkish name, a particle: no word is an office
    assert _id("Anna Maria Berger") != _id("Maria Berger")
    assert _id("Moon Jae In") != _id("Jae In")
    assert _id("Murat Can Yilmaz") != _id("Can Yilmaz")
    assert _id("Ursula von der Leyen") != _id("der Leyen")
    # two people of one surname stay two
    assert _id("Geologin Maria Berger") != _id("Anna Berger")
