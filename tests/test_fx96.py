"""Fixer fx96 (session 30): stories, clusters and cleaning findings of reviewers rv60-rv62.
Invented sentences throughout."""

from __future__ import annotations

from aligner.model import Article, Sentence


def _sentences(docs: dict[str, list[str]]) -> list[Sentence]:
    out = []
    for aid, lines in docs.items():
        pos = 0
        for i, t in enumerate(lines):
            out.append(Sentence(f"{aid}#s{i:04d}", aid, f"{aid}#p{i:04d}", i, pos, pos + len(t), t, "en"))
            pos += len(t) + 1
    return out


def _group(docs: dict[str, list[str]]) -> list[list[str]]:
    from aligner.match.stories import group_stories

    sents = _sentences(docs)
    arts = [Article(id=a, text=" ".join(ls), language="en", outlet=f"outlet-{a}", date="2026-12-03")
            for a, ls in docs.items()]
    stories, _ = group_stories(arts, sents, [s.text for s in sents])
    return sorted(sorted(s.articles) for s in stories)


# rv62-3 / rv61-7: two stories, each held together by shared sentences; two of their
# articles (interviews) share only generic science vocabulary (study, risk, deaths,
# percent, people, says): a link on word profile alone, just over ARTICLE_COSINE
_VACCINE_1 = [
    "The RSV vaccine cut hospital admissions of infants by a third, researchers in Freiburg reported.",
    "The trial enrolled 4,200 pregnant women at 31 clinics in Germany and Austria.",
    "Mothers received a single shot in the third trimester of pregnancy.",
    "Side effects were mild and passed within two days.",
    "The regulator is expected to decide on approval next spring."]
_VACCINE_2 = [
    "Freiburg researchers say their RSV vaccine protects newborns.",
    "The trial enrolled 4,200 pregnant women at 31 clinics in Germany and Austria.",
    "Mothers received a single shot in the third trimester of pregnancy.",
    "The lead investigator says her new study shows a lower risk for babies.",
    "There were too few deaths to tell, she says, below one percent.",
    "She says many people still doubt vaccines given during pregnancy."]
_HEAT_1 = [
    "Extreme heat killed more than 60,000 people in Europe last summer, a climate study found.",
    "Southern Spain and Greece recorded the highest temperatures since records began.",
    "Older people living alone in cities were most at risk.",
    "The authors urge cities to plant trees and open cooling centres.",
    "Heat warnings came too late in several regions, the report says."]
_HEAT_2 = [
    "A climate study counts the victims of last summer's heatwave.",
    "Southern Spain and Greece recorded the highest temperatures since records began.",
    "Older people living alone in cities were most at risk.",
    "Our new study means the risk keeps rising, the climate researcher says.",
    "Heat kills more people than floods, he says.",
    "He says every degree of warming adds thousands of deaths, in percent terms a lot."]


def test_word_profile_alone_does_not_chain_two_stories():
    groups = _group({"v1": _VACCINE_1, "v2": _VACCINE_2, "h1": _HEAT_1, "h2": _HEAT_2})
    assert groups == [["h1", "h2"], ["v1", "v2"]]


def test_the_weak_link_itself_still_joins_two_lone_articles():
    # neighbour: the same link with no story on either side is kept (today's behaviour)
    assert _group({"v2": _VACCINE_2, "h2": _HEAT_2}) == [["h2", "v2"]]


def test_a_lone_article_still_joins_a_story_on_word_profile():
    # neighbour: an article of no story joins the story it shares vocabulary with
    assert _group({"v1": _VACCINE_1, "v2": _VACCINE_2, "h2": _HEAT_2}) == [["h2", "v1", "v2"]]


_BOTH = [  # an article of no story whose words lean to both (cosine 0.15-0.22 with v1, v2 and h1)
    "Doctors say heat is a risk in pregnancy, and the RSV vaccine cannot help mothers or newborns.",
    "Older people and newborns suffer most when summers get hotter.",
    "Clinics in Spain and Austria see more admissions in heatwaves, and heat warnings come too late."]


def test_a_lone_article_between_two_stories_joins_only_the_nearest():
    groups = _group({"v1": _VACCINE_1, "v2": _VACCINE_2, "h1": _HEAT_1, "h2": _HEAT_2, "x": _BOTH})
    assert groups == [["h1", "h2", "x"], ["v1", "v2"]]


def test_a_sure_cosine_still_joins_two_stories(monkeypatch):
    from aligner.match import stories

    monkeypatch.setattr(stories, "SURE_COSINE", stories.ARTICLE_COSINE)
    assert _group({"v1": _VACCINE_1, "v2": _VACCINE_2, "h1": _HEAT_1, "h2": _HEAT_2}) == [["h1", "h2", "v1", "v2"]]


def test_story_links_are_only_the_links_inside_the_story():
    from aligner.match.stories import group_stories

    docs = {"v1": _VACCINE_1, "v2": _VACCINE_2, "h1": _HEAT_1, "h2": _HEAT_2}
    sents = _sentences(docs)
    arts = [Article(id=a, text=" ".join(ls), language="en", outlet=f"outlet-{a}", date="2026-12-03")
            for a, ls in docs.items()]
    stories, _ = group_stories(arts, sents, [s.text for s in sents])
    for st in stories:
        assert all(k.a in st.articles and k.b in st.articles for k in st.links)

