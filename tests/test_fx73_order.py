"""fx73: a pair's match score does not depend on the order of the input files (rv50)."""


# --- a pair's score does not depend on which text comes first -----------------------------


def test_partial_chrf_of_texts_of_as_many_words_is_the_same_both_ways():
    from aligner.match.score import profile_chrf, text_profile

    a = text_profile('"After eating you should rest or take a thousand steps"....')
    b = text_profile("After eating, you should rest or take a thousand steps")
    assert abs(profile_chrf(a, b) - profile_chrf(b, a)) < 1e-12
    # a longer text is still the hypothesis (recall of the shorter one), whichever comes first
    c = text_profile("After eating you should rest or take a thousand steps every single day")
    assert profile_chrf(b, c) == profile_chrf(c, b)

