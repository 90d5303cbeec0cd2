"""Consistency flags: synthetic distortions are flagged, MT-like variation is not."""

from __future__ import annotations

import pytest

from aligner.match.consistency import (
    NOISE_CHRF_P01,
    NOISE_CHRF_P05,
    compare,
    inconsistency,
    negation_count,
    negation_flip,
    number_change,
    numbers,
    tokens,
    word_diff,
    words,
)

BASE = "We will not accept any deployment of missiles near our borders, and we expect an answer by 15 February."

# Two renderings of one statement as different MT systems would give it (written for
# this test): synonyms, word order, contractions; no change of meaning.
MT_VARIANTS = [
    ("We will not accept any deployment of missiles near our borders, and we expect an answer by 15 February.",
     "We won't accept any stationing of missiles close to our borders and we expect a response by February 15."),
    ("The talks were constructive, but the decisive questions remain open.",
     "The talks were constructive, but the crucial issues are still unresolved."),
    ("Russia has no plans to attack anyone, the spokesman told reporters on Tuesday.",
     "Russia does not plan to attack anybody, the spokesman told journalists on Tuesday."),
    ("We expect about 300 delegates from 40 countries at the conference in March.",
     "We are expecting around 300 delegates from 40 countries at the March conference."),
]


def test_tokens_split_contractions():
    assert tokens("We won't go") == ["we", "will", "n't", "go"]
    assert negation_count(tokens("I cannot and will not")) == 2


def test_numbers_normalised():
    assert numbers("100,000 soldiers and 100.000 more") == ["100000", "100000"]
    assert numbers("in March, twenty people") == ["20", "March"]


def test_negation_flagged_both_ways():
    added = compare(BASE, BASE.replace("will not accept", "will accept"))
    assert "negation" in added.flags
    removed = compare("We will accept the offer.", "We will never accept the offer.")
    assert "negation" in removed.flags


def test_number_and_date_flagged():
    rep = compare(BASE, BASE.replace("15 February", "25 February"))
    assert rep.flags == ["number"]
    rep = compare(BASE, BASE.replace("February", "March"))
    assert "number" in rep.flags
    rep = compare("There are almost 100,000 soldiers at the border.", "There are almost 10,000 soldiers at the border.")
    assert "number" in rep.flags


def test_truncation_flagged_and_not_number():
    half = "We will not accept any deployment of missiles near our borders"
    rep = compare(BASE, half)
    assert "truncation" in rep.flags
    # the dropped half had the date: a truncation drops it legitimately
    assert "number" not in rep.flags and "negation" not in rep.flags


def test_truncation_with_changed_number_in_kept_part():
    rep = compare("Russia has 100,000 soldiers at the border, and the exercises will go on until March.",
                  "Russia has 50,000 soldiers at the border")
    assert "truncation" in rep.flags and "number" in rep.flags


def test_speaker_flag_from_compare():
    rep = compare(BASE, BASE, speaker_a="ryabkov", speaker_b="peskov")
    assert rep.flags == ["speaker"]
    assert compare(BASE, BASE, speaker_a="ryabkov", speaker_b="ryabkov").flags == []


@pytest.mark.parametrize("a,b", MT_VARIANTS)
def test_mt_variation_not_flagged(a, b):
    rep = compare(a, b)
    assert not set(rep.flags) & {"negation", "number", "speaker", "truncation", "paraphrase"}, rep.to_dict()


def test_paraphrase_below_noise_band():
    rep = compare("We will respond decisively to any provocation.",
                  "Moscow's answer to provocations would be firm, the official made clear.")
    assert rep.chrf < NOISE_CHRF_P05
    assert "paraphrase" in rep.flags


def test_changed_number_flagged_in_a_pair_worded_apart_but_not_a_negation():
    # worded apart all over (chrF below the MT noise band's 1st percentile), but the
    # changed year stands after the same word in both
    a = "I ran the numbers: nine wins every season and the target is reachable by Cortina 2026"
    b = "Having calculated it, one would have to triumph repeatedly each year until Cortina in 2030"
    rep = compare(a, b)
    assert rep.chrf < NOISE_CHRF_P01
    assert "number" in rep.flags and "2030" in rep.details["number"]
    # a negation added in such a pair is not compared word by word
    assert "negation" not in compare(a, b.replace("would have", "would not have")).flags
    # numbers with nothing of their own context shared are how paraphrases differ
    rep = compare("Nobody expected that 40 people would come to the meeting",
                  "We were surprised by the large crowd of 60 visitors")
    assert rep.chrf < NOISE_CHRF_P01 and "number" not in rep.flags


def test_no_number_or_negation_flag_when_the_caller_says_the_words_do_not_correspond():
    a, b = "We expect about 300 delegates at the conference", "We do not expect about 500 delegates at the conference"
    assert {"number", "negation"} <= set(compare(a, b).flags)
    assert not {"number", "negation"} & set(compare(a, b, word_flags=False).flags)


def test_negation_flip_with_the_auxiliary_in_another_tense():
    # reported speech shifts "will" to "would": the same subject and auxiliary, the rest
    # of the statement shared after the negated word
    a = "She says he would not present a proposal to the ministers next Tuesday"
    b = "She says he will make a proposal to the ministers on Tuesday"
    assert negation_flip(words(a), words(b))
    assert negation_flip(words(b), words(a))
    # another auxiliary ("must") is another statement, and "hardly" says the negation otherwise
    assert negation_flip(words(a), words(b.replace("will", "must"))) is None
    assert negation_flip(words("We could not hold the election in March"), words("We can hardly hold the vote in March")) is None


def test_subject_rule_counts_the_next_content_words_past_small_words():
    # "to that to the" are small words: the content words after the negated word
    # ("plan", "summit", "Monday") are what the other version must share
    a = "I think he would not present a plan to that to the summit on Monday"
    assert negation_flip(words(a), words("I think he will make a plan to the summit on Monday"))
    assert negation_flip(words(a), words("I think he will make a plan for his party and its voters")) is None


def test_negation_after_a_content_word_and_its_auxiliary_with_a_word_between_in_the_other():
    a = "In Saxony the turnout had not risen much by noon"
    assert negation_flip(words(a), words("In Saxony the turnout figure had climbed somewhat by noon"))
    # the other says it with "hardly"; or the auxiliary belongs to other words
    assert negation_flip(words(a), words("In Saxony the turnout figure had hardly climbed by noon")) is None
    assert negation_flip(words(a), words("In Saxony the turnout of young voters in the cities had climbed by noon")) is None


def test_not_only_but_also_is_an_addition_not_a_negation():
    a = "The minister has not only cut taxes but also raised pensions"
    assert negation_flip(words(a), words("The minister has cut taxes and also raised pensions")) is None
    assert negation_flip(words(a), words("The minister has cut taxes and raised pensions as well")) is None
    # without the "but also", "not only" against a plain statement stays a flip
    assert negation_flip(words("It was not only a tactical move"), words("It was only a tactical move"))


def test_truncation_when_the_other_translation_orders_the_kept_words_differently():
    full = ("Bremen will be the opponent of the home side on Wednesday at seven, in front of a crowd of five "
            "thousand fans by the river")
    rep = compare("At seven on Wednesday the home side faces Bremen as opponent", full)
    assert "truncation" in rep.flags and "end" in rep.details["truncation"]
    # the same words in another order, nearly as long: another translation, not a cut
    assert "truncation" not in compare("At seven on Wednesday the home side faces Bremen as opponent in front of "
                                       "five thousand fans by the river", full).flags
    # the shorter one's words spread over all of the longer one: no stretch lacks them
    assert "truncation" not in compare("The home side faces Bremen and a crowd of fans by the river", full).flags


def test_subject_rule_reads_a_contracted_auxiliary_and_rarely_denies():
    a = "It is not surprising what the team showed tonight"
    assert negation_flip(words(a), words("It's remarkable what the team showed tonight"))
    # "rarely", "seldom": the negation said with another word
    assert negation_flip(words(a), words("It's rarely surprising what the team showed tonight")) is None
    assert negation_flip(words("We were rarely in trouble during the second half"),
                         words("We were never in trouble during the second half")) is None


def test_negator_deleted_next_to_a_stressing_word_the_other_version_words_differently():
    a = "They were just not ready for the second half of the game"
    assert negation_flip(words(a), words("They were simply ready for the second half of the game"))
    # the negation said with another word, or the negated word changed: no flip
    assert negation_flip(words(a), words("They were simply unprepared for the second half of the game")) is None
    assert negation_flip(words(a), words("They were simply hardly ready for the second half of the game")) is None


def test_the_one_number_of_two_alike_statements_changed_wherever_it_stands():
    a = "The inspectors found that all seven locomotives were worth restoring"
    b = "According to the inspectors, restoring all six locomotives was worth it"
    rep = compare(a, b)
    assert "number" in rep.flags and rep.details["number"] == "seven vs six"  # the amounts as written (rv57-9)
    assert "number" in compare("The lamp came in 5 separate packages last week",
                               "Last week the lamp arrived in 3 individual parcels").flags
    # a leading zero, a year written short, or the same number: no change
    assert "number" not in compare("Why will the parcel only be sent out on 03/16?",
                                   "Why is the parcel not sent out until 3/16?").flags
    assert "number" not in compare("Since the early 90s the club has worked with the park",
                                   "Since the early 1990s the club has cooperated with the park").flags
    # one number each in two versions worded apart (another statement): no change
    rep = compare("Officials said turnout in the northern districts was the highest in 20 years",
                  "Never before had so many people voted up north, a spokeswoman for the 14 councils explained")
    assert rep.chrf < NOISE_CHRF_P01 and "number" not in rep.flags


def test_wording_flag_for_unrelated_substitution():
    a = "in accordance with the principles of strategic partnership and the traditions of friendship and mutual understanding"
    b = "in accordance with the principles of strategic partnership and the traditions of friendship and mutual getting-to-know"
    rep = compare(a, b)
    assert "wording" in rep.flags
    assert rep.details["wording"] == "understanding vs getting-to-know"
    # a synonym-free identical pair has no flag at all
    assert compare(a, a).flags == []


def test_word_diff_ops():
    ops = [(d.op, d.a, d.b) for d in word_diff("the quick brown fox", "the slow brown fox jumps")]
    assert ops == [("equal", "the", "the"), ("replace", "quick", "slow"), ("equal", "brown fox", "brown fox"), ("insert", "", "jumps")]


def test_inconsistency_orders_by_flags():
    from aligner.model import ClusterPair

    calm = [ClusterPair("a", "b", chrf=0.9)]
    bad = [ClusterPair("a", "b", chrf=0.9, flags=["negation"])]
    assert inconsistency(bad) > inconsistency(calm) > 0
    assert inconsistency([]) == 0.0


def test_weekday_and_month_differences_are_named_in_the_flag_details():
    from aligner.match.consistency import numbers

    assert numbers("They met on Monday in March.") == ["March", "Monday"]
    assert numbers("talks on Tuesday") != numbers("talks on Monday")


# --- flags that mean what they say (issue 13) ----------------------------------------
def test_litotes_and_rewording_are_not_a_negation_flip():
    assert "negation" not in compare("We should not disregard the warnings of the scientists.",
                                     "We should observe the warnings of the scientists.").flags
    assert "negation" not in compare("The talks did not succeed in the end, he said.",
                                     "The talks failed in the end, he said.").flags
    # a negator moved or swapped for another negator is no flip either
    assert "negation" not in compare("There is no reason to panic, the mayor said.",
                                     "There is not any reason to panic, the mayor said.").flags


def test_negation_flip_from_the_word_diff_in_english_and_german():
    assert "negation" in compare("We didn't expect such a strong reaction from Moscow.",
                                 "We did expect such a strong reaction from Moscow.").flags
    assert "negation" in compare("The city has hardly any money left for the schools.",
                                 "The city has any money left for the schools.").flags
    rep = compare("Wir haben keine Chance, diesen Krieg zu gewinnen.", "Wir haben eine Chance, diesen Krieg zu gewinnen.",
                  lang="de")
    assert rep.flags == ["negation"]
    assert "negation" in compare("Das ist nicht akzeptabel für uns.", "Das ist akzeptabel für uns.", lang="de").flags


def test_truncation_is_coverage_not_length():
    # two translations of one short sentence differing in length: not a truncation
    assert "truncation" not in compare("I am fine.", "I am really quite fine, thank you.").flags
    assert "truncation" not in compare(
        "We expect about 300 delegates from 40 countries at the conference in March.",
        "At the conference in March we expect around 300 delegates, coming from 40 different countries.").flags
    # the first half of the quote only
    long = "The government will raise the pension age gradually, and the unions have announced strikes for the spring."
    assert "truncation" in compare(long, "The government will raise the pension age gradually").flags
    # the same half, worded as another translation would: still the first half
    assert "truncation" in compare(long, "The government is going to raise the pension age step by step").flags


def test_german_versions_without_mt_are_compared_in_german():
    from aligner.match.clusters import build_clusters
    from aligner.model import QuoteVersion as V

    de = "Wir werden das Klimaziel in diesem Jahr verfehlen, sagte die Ministerin am Montag in Berlin."
    for other, flag in ((de.replace("verfehlen", "erreichen"), "wording"),
                        (de.replace("am Montag", "am Freitag"), "number")):
        vs = [V("x#q0", "x", "x", "de", de, "", 0, len(de), "direct"),
              V("y#q0", "y", "y", "de", other, "", 0, len(other), "direct")]
        (c,) = build_clusters(vs)
        assert flag in c.flags and c.pairs[0].compared == "original (de)"
    seven = "Sieben Soldaten wurden bei dem Angriff an der Grenze verletzt, sagte der Sprecher."
    vs = [V("x#q0", "x", "x", "de", seven, "", 0, len(seven), "direct"),
          V("y#q0", "y", "y", "de", seven.replace("Sieben", "Neun"), "", 0, len(seven), "direct")]
    (c,) = build_clusters(vs)
    assert c.pairs[0].flags == ["number"] and c.pairs[0].details["number"] == "Sieben vs Neun"  # as written (rv57-9)


def test_speaker_flag_only_between_confident_speakers():
    from aligner.match.clusters import build_clusters
    from aligner.model import QuoteVersion as V

    q = "The diplomats must come to an agreement, there is no other way out of this crisis."

    def pair(sa, sb, **kw):
        vs = [V("a#q0", "a", "a", "en", q, q, 0, len(q), "direct", sa),
              V("b#q0", "b", "b", "en", q, q, 0, len(q), "direct", sb, **kw)]
        (c,) = build_clusters(vs)
        return c.pairs[0]

    assert "speaker" in pair("Olaf Scholz", "Friedrich Merz").flags
    # a role, a pronoun, a lone capitalised word, a name resolved from a pronoun: unknown
    for other in ("the chancellor", "he", "However", "Woche"):
        p = pair("Olaf Scholz", other)
        assert "speaker" not in p.flags and p.speaker_check == "unknown", other
    assert "speaker" not in pair("Olaf Scholz", "Friedrich Merz", speaker_resolved_from="pronoun").flags
    assert "speaker" not in pair("Olaf Scholz", "Friedrich Merz", speaker_confidence=0.4).flags
    # a speaker carried over from the quote before, with no name next to the quote, or
    # below the confident bar, is shown but claims no mismatch; in English a long frame
    # (the confident bar) does, as do a speech-verb frame and an attribution marker
    from aligner.quotes.confidence import CONTINUED_WHOLE, FRAMED, FRAMED_FAR, MARKER, SAME_SENTENCE
    p = pair("Olaf Scholz", "Friedrich Merz", speaker_confidence=CONTINUED_WHOLE, speaker_resolved_from="context")
    assert "speaker" not in p.flags and p.speaker_check == "unknown"
    p = pair("Olaf Scholz", "Friedrich Merz", speaker_confidence=SAME_SENTENCE)
    assert "speaker" not in p.flags and p.speaker_check == "unknown"
    for strong in (FRAMED, MARKER, FRAMED_FAR):
        assert "speaker" in pair("Olaf Scholz", "Friedrich Merz", speaker_confidence=strong).flags
    # one outlet's speaker phrase names the other's speaker (the addressee taken for the
    # speaker in one of them): not a mismatch
    p = pair("Raphael Bossong", "Evangelische Nachrichten", speaker_mention="Bossong the Evangelische Nachrichten")
    assert "speaker" not in p.flags and p.speaker_check == "unknown"
    # an organisation the extractor took for a name, against the person who speaks for it
    for org in ("German Trade Association", "Deutsche Presse-Agentur", "European Central Bank", "Evangelischer Pressedienst"):
        p = pair("Stefan Genth", org)
        assert "speaker" not in p.flags and p.speaker_check == "unknown", org
    # one person named in two forms
    assert "speaker" not in pair("John Patrick", "Patrick").flags


def test_number_only_where_both_versions_cover_the_words():
    # one outlet's quote starts earlier and carries a year the other's quote does not cover
    rep = compare("In 2025 we expect about 300 delegates from many countries.",
                  "we expect about 300 delegates from many countries")
    assert "number" not in rep.flags, rep.to_dict()
    # a number changed inside the shared stretch, or at its end against another number
    rep = compare("we expect about 300 delegates from many countries", "we expect about 500 delegates from many countries")
    assert rep.details["number"] == "300 vs 500"
    rep = compare("the budget grows by five percent in 2024", "the budget grows by five percent in 2025")
    assert rep.details["number"] == "2024 vs 2025"
    # the same number at another place ("15 February" / "February 15") is not a change
    assert number_change("an answer by 15 February, he said", "an answer by February 15") is None
    # a number against words, or a number the other version does not have: translation, not a change
    assert number_change("we saw that the two countries agreed on talks", "we saw that both countries agreed on talks") is None
    assert number_change("We want to finish the new bridge in 2023, she said", "We want to finish the new bridge this year") is None
    assert number_change("we saw 40 soldiers at the border", "we saw soldiers at the border") is None


def test_truncation_or_quote_boundary_from_the_article():
    long = "The government will raise the pension age gradually, and the unions have announced strikes for the spring."
    half = "The government will raise the pension age gradually"
    # the shorter version's article gives the rest outside its quote marks: a boundary
    ctx = 'The government will raise the pension age gradually," the minister said; the unions announced strikes for spring.'
    rep = compare(long, half, context_b=ctx)
    assert "truncation" not in rep.flags and "quote boundary" in rep.details["coverage"]
    # its article says something else around it: the rest is missing
    rep = compare(long, half, context_b='"The government will raise the pension age gradually," the minister said in Berlin.')
    assert "truncation" in rep.flags and "coverage" not in rep.details


def test_narration_of_mixed_quotes_not_diffed():
    a = 'The minister said the plan was "not only sensible but necessary for the whole country" in Berlin.'
    b = '"Not only sensible but necessary for the whole country," the minister told reporters on Monday.'
    rep = compare(a, b)
    assert rep.diff and all(d.op == "equal" for d in rep.diff) and rep.flags == [], rep.to_dict()


def test_continuation_not_glued_when_another_outlet_quotes_the_parts_apart():
    from aligner.match.clusters import build_clusters
    from aligner.model import QuoteVersion as V

    said = "the government would raise the tax on diesel and petrol again next year"
    later = "We cannot rule it out at this point in time"
    sp = dict(speaker="Anna Berg", speaker_id="spk:anna_berg")
    vs = [V("x#q0", "x", "x", "en", said, said, 0, len(said), "indirect", **sp),
          V("x#q1", "x", "x", "en", later, later, len(said) + 3, len(said) + 3 + len(later), "direct", **sp),
          # the other outlet quotes the two statements far apart, each on its own
          V("y#q0", "y", "y", "en", said, said, 0, len(said), "indirect", **sp),
          V("y#q1", "y", "y", "en", later, later, 900, 900 + len(later), "direct", **sp)]
    clusters = build_clusters(vs, with_bleu=False)
    members = [{v.quote_id for v in c.versions} for c in clusters]
    assert {"x#q0", "y#q0"} in members and {"x#q1", "y#q1"} in members, members


def test_negation_flip_anchored_on_the_words_before_it():
    # independent translations choose different words after the negator; the words
    # before it (back to a content word) are the same statement
    rep = compare("The EU has not weighed its market dominance and proven its determination.",
                  "The EU has thrown its market power into the balance and demonstrated its determination.")
    assert "negation" in rep.flags
    assert "eu has not" in rep.details["negation"]
    assert "negation" in compare("I believe that our mentality is not incredibly big.",
                                 "I think that our mentality is unbelievably great.").flags
    # a negating prefix is the same statement; "No. 2" is a number
    assert "negation" not in compare("The minister said the plan is not possible this year.",
                                     "The minister said the plan is impossible this year.").flags
    assert "negation" not in compare("We repair defects following regulations (No. 2 - 7) free of charge.",
                                     "We repair defects following regulations (Nos. 2 - 7) free of charge.").flags


def test_without_is_a_flip_only_against_with():
    # "with / without the consent" in the same place is a flip; "do without" / "dispense
    # with" and "without doubt" / "undoubtedly" are two ways to say one thing
    assert "negation" in compare("The law was passed without the consent of the regional parliaments.",
                                 "The law was passed with the consent of the regional parliaments.").flags
    assert "negation" not in compare("The company wants to do without old locomotives in the coming years.",
                                     "The company wants to dispense with old locomotives in the coming years.").flags
    assert "negation" not in compare("Without doubt, the decision was the right one for the club.",
                                     "Undoubtedly, the decision was the right one for the club.").flags


def test_negator_deleted_in_the_word_diff():
    # the word after the negator is a function word and the words before it differ
    # ("just were" / "were simply"): the aligned diff shows "n't" deleted between equal words
    rep = compare("We just weren't there - neither in attack nor in defence.",
                  "We were simply there - neither in offense nor in defense.")
    assert "negation" in rep.flags and "n't" in rep.details["negation"]
    # the other version negates next to it, or says "only" for "not until": no flip
    assert "negation" not in compare("I don't see the problem with that at all, to be honest.",
                                     "I see no problem with that at all, to be honest.").flags
    assert "negation" not in compare("No, the defect did not occur until several months later.",
                                     "No, the defect occurred only several months later.").flags


def test_one_outlets_two_statements_are_not_one_cluster():
    """Two statements of one speaker on one topic, each carried by two outlets in
    separate articles: the same-speaker embedding link (here every pair is as close as
    can be) must not make them one utterance, since each outlet words them apart."""
    import numpy as np

    from aligner.match.clusters import build_clusters
    from aligner.model import QuoteVersion as V

    class Same:
        def encode(self, texts):
            return np.ones((len(texts), 4), dtype=np.float32) / 2.0

    family = ("The school friend and his family were not vaccinated against the virus",
              "The school friend and his family have not been vaccinated against the virus")
    himself = ("He himself had no vaccination at the time of the interview",
               "At the time of the interview he was not vaccinated himself")
    vs = []
    for k, outlet in enumerate(("Outlet A", "Outlet B")):
        for n, text in enumerate((family[k], himself[k])):
            aid = f"{outlet[-1]}{n}"
            vs.append(V(f"{aid}#q0", aid, outlet, "en", text, text, 0, len(text), "indirect", "Ugur Sahin"))
    clusters = build_clusters(vs, encoder=Same())
    groups = sorted(sorted(v.original.split()[0] for v in c.versions) for c in clusters)
    assert groups == [["At", "He"], ["The", "The"]]
    # without outlets (articles of unknown outlet), the link alone decides
    for v in vs:
        v.outlet = "unknown"
    assert len(build_clusters(vs, encoder=Same())) == 1


def test_number_counted_differently_where_the_diff_does_not_line_up():
    # the sentences are ordered differently around the count: the word diff does not pair
    # "57" with "55", the counted word next to each does
    assert number_change("57 migrants were arrested in the night to Sunday, a spokesman said.",
                         "A spokeswoman said on Sunday that 55 migrants were arrested.") == "57 vs 55"
    assert number_change("Despite 27 points from Franz Wagner, the Magic lost 104-106 to the Clippers.",
                         "The Magic lost 104:106 to the Clippers despite 20 points by Franz Wagner.") == "27 vs 20"
    # one time on a 24-hour and a 12-hour clock, and a thousands separator written as a
    # space, are the same number
    assert number_change("The giants welcome Frankfurt on Wednesday (19:00) in front of 750 spectators.",
                         "In front of 750 spectators, the giants welcome Frankfurt on Wednesday (7 p.m.).") is None
    assert number_change("It felt like playing for 10 000 people.", "It felt like playing for 10,000 people.") is None
    assert numbers("for 10 000 people") == ["10000"]
    # a number next to a word the other version does not count: no claim
    assert number_change("40 soldiers were seen at the border on Monday, the ministry said.",
                         "On Monday the ministry said the army moved 2 tanks to the border.") is None


def test_negator_deleted_before_only():
    # "not just" / "only": the negator deleted against "just" = "only"
    rep = compare("It's not just pushing, but there is also an enormous amount to do around it.",
                  "It is only pushing, there is also still much to do all around.")
    assert "negation" in rep.flags, rep.to_dict()
    assert "negation" not in compare("It's not just pushing, but there is also an enormous amount to do around it.",
                                     "It is not only pushing, there is also still much to do all around.").flags


def test_a_version_running_over_several_quotes_is_not_a_truncation_of_one():
    # the extractor took a list of quotes ("…”/”…”) as one; the other version holds one of them
    one = "I keep him from his work with my stupid questions"
    listed = "I interfere with his work with my dumb questions”/”he must regard me as slow” etc."
    rep = compare(one, listed)
    assert "truncation" not in rep.flags and "several quotes" in rep.details["coverage"], rep.to_dict()
    # one quote cut to its first half is still a truncation
    whole = "I interfere with his work with my dumb questions and he must regard me as slow by now"
    assert "truncation" in compare("I interfere with his work with my dumb questions", whole).flags


def test_one_clock_time_on_two_clocks_is_not_a_changed_number():
    assert numbers("from 9:30 p.m. or 21.30 Uhr, at 15h") == ["15:00", "21:30", "21:30"]
    for a, b in (("The fire broke out on Friday at around 7:15 p.m., the company said.",
                  "The fire broke out on Friday at around 19.15, the company said."),
                 ("Tomorrow at 3 p.m. I have a written test for which I have not learned.",
                  "Tomorrow at 15h I have a written test for which I have not learned."),
                 ("The giants welcome Frankfurt on Wednesday (7 p.m.) in front of 750 fans.",
                  "The giants welcome Frankfurt on Wednesday (19:00) in front of 750 fans.")):
        assert number_change(a, b) is None, (a, b)
    # another hour is a changed number
    assert number_change("The giants welcome Frankfurt on Wednesday (8 p.m.) in front of 750 fans.",
                         "The giants welcome Frankfurt on Wednesday (19:00) in front of 750 fans.") == "20:00 vs 19:00"


def test_a_denying_word_in_the_place_of_the_negator_is_the_same_statement():
    from aligner.match.consistency import negation_flip, words

    same = [
        ("The committee did not approve the new budget for the schools this year.",
         "The committee refused to approve the new budget for the schools this year."),
        ("Check the print so that it does not stick to the paper when you pull it off.",
         "Check the print to prevent it from sticking to the paper when you pull it off."),
        ("The team scored in not even three minutes after the break, the coach said.",
         "The team scored in less than three minutes after the break, the coach said."),
    ]
    for a, b in same:
        assert negation_flip(words(a), words(b)) is None, (a, b)
    # a denying word both versions share is wording, not the negation said otherwise
    a = "There is little doubt that the plan will work, and the mayor has agreed to it."
    b = "There is little doubt that the plan will work, and the mayor has not agreed to it."
    assert negation_flip(words(a), words(b))


def test_negation_after_a_subject_and_an_auxiliary_with_the_rest_matching():
    from aligner.match.consistency import negation_flip, words

    a = "We will not talk with our coalition partners about further steps, she said."
    b = "We will speak with our coalition partners about further steps, she said."
    assert negation_flip(words(a), words(b))
    # the rest of the statement differs: nothing to anchor the negator to
    c = "We will speak to the tenants' association first, she said."
    assert negation_flip(words(a), words(c)) is None
    # litotes: the negated word denies too
    d = "We will not ignore the warnings of the scientists about the coast."
    e = "We will heed the warnings of the scientists about the coast."
    assert negation_flip(words(d), words(e)) is None


def test_a_price_or_a_date_counted_apart_in_reordered_sentences():
    a = "A few days ago I ordered the coffee machine for € 256."
    b = "I ordered the coffee machine a few days ago... for 249€."
    assert number_change(a, b)
    assert number_change(a, "I ordered the coffee machine a few days ago... for 256€.") is None
    c = "The singer was born on December 19, 1962 in Lünen."
    d = "Born on 12 December 1962 in Lünen, the singer sang a lot."
    assert number_change(c, d)
    assert number_change(c, "Born on 19 December 1962 in Lünen, the singer sang a lot.") is None


def test_one_time_or_one_year_each_and_units_counted():
    # the one clock time of the statement, written on two clocks
    assert number_change("The fire broke out at 19:16 and damaged parts of the station.",
                         "The fire, which broke out at 7:15 p.m., caused serious damage at the station.")
    assert number_change("The fire broke out at 19:15 and damaged parts of the station.",
                         "The fire, which broke out at 7:15 p.m., caused serious damage at the station.") is None
    # the one year, wherever the sentence puts it
    assert number_change("In 1972 the interior of the locomotive was finished.",
                         "The interior of the locomotive was finished in 1986.")
    assert number_change("In 1986 the interior of the locomotive was finished.",
                         "The interior of the locomotive was finished in 1986.") is None
    # a short unit and a singular / plural count as the counted word
    assert number_change("But we received a 156 cm diameter.", "Instead we got a diameter of 155cm.")
    assert number_change("It was a short flight, said the 75 years old with a smile.",
                         "It was just a short flight, the 74-year-old said with a smile.")


def test_without_against_a_with_that_the_same_version_has_next_to_it():
    from aligner.match.consistency import negation_flip, words

    a = "Fans can then enter all the halls with a ticket on their phone, the organisers said."
    b = "Fans can then enter all the halls without waiting with a ticket on their phone, the organisers said."
    assert negation_flip(words(a), words(b)) is None
    c = "Fans can then enter all the halls without a ticket on their phone, the organisers said."
    assert negation_flip(words(a), words(c))


def test_without_and_with_of_different_things_are_no_flip():
    from aligner.match.consistency import negation_flip, words

    a = "Fans can then enter all the halls with a wristband, as at a club, the organisers said."
    b = "Fans wear a wristband, as at a club, and can then enter all the halls without queueing, the organisers said."
    assert negation_flip(words(a), words(b)) is None


def test_a_short_year_pairs_only_with_the_other_versions_unmatched_numbers():
    # the year 2020 is in both versions: the count 20 is not "'20" written short
    assert number_change("In 2020, 20 people died in the floods in the north.",
                         "In 2020, 25 people died in the floods in the north.") == "20 vs 25"
    # 20 replaced by a number the first version has too: still the 20 changed
    changed = number_change("In 2020, 20 of the 30 workers lost their jobs at the plant.",
                            "In 2020, 30 of the 30 workers lost their jobs at the plant.")
    assert changed is not None and changed.startswith("20 vs")


def test_a_zero_written_with_leading_zeros_is_zero():
    assert numbers("The score was 00 at the break") == ["0"]
    assert number_change("The score was 00 at the break.", "The score was 5 at the break.") == "00 vs 5"  # as written (rv57-9)


def test_a_changed_word_is_flagged_beside_a_changed_number():
    from aligner.match.clusters import build_clusters
    from aligner.model import QuoteVersion as V

    a = "Wir werden das Sparziel in diesem Jahr verfehlen, und die Preise steigen um sieben Prozent"
    b = "Wir werden das Sparziel in diesem Jahr erreichen, und die Preise steigen um neun Prozent"
    vs = [V("x#q0", "x", "x", "de", a, "", 0, len(a), "direct"), V("y#q0", "y", "y", "de", b, "", 0, len(b), "direct")]
    (c,) = build_clusters(vs)
    assert "number" in c.flags and "wording" in c.flags
    assert c.pairs[0].details["wording"] == "verfehlen vs erreichen"
    # two words changed besides the number: no longer "one content word replaced"
    b2 = b.replace("Preise steigen", "Kosten fallen")
    vs[1] = V("y#q0", "y", "y", "de", b2, "", 0, len(b2), "direct")
    (c,) = build_clusters(vs)
    assert "wording" not in c.flags
