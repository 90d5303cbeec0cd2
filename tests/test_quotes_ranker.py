"""The speaker ranker: shipped weights change nothing, fitted weights can, the fit is a real fit."""

from __future__ import annotations

import json
from importlib.resources import files

import numpy as np

from aligner.model import Article
from aligner.quotes import extract_quotes
from aligner.quotes.base import rule_of
from aligner.quotes.ranker import FEATURES, Weights, load_weights
from aligner.quotes.ranker_fit import fit_conditional_logit

TEXT_EN = (
    "Senator Jane Alvord spoke to reporters on Monday. “We will not give up on this bill,” Alvord said. "
    "“It is the right thing to do for the state.” "
    "The governor, Tom Reed, disagreed. “This bill is a mistake and everybody knows it,” he said. "
    "Critics called the plan “a costly giveaway to the insurers”, according to the newspaper."
)
TEXT_DE = (
    "Die Ministerin Anna Berger trat am Montag vor die Presse. „Wir werden das Gesetz nicht zurückziehen“, sagte Berger. "
    "„Es ist der richtige Weg für das Land.“ Der Gewerkschafter Bernd Aubin sah das anders: „Das ist ein Fehler.“"
)


def _summary(quotes):
    return [(q.text, q.kind, q.speaker.mention if q.speaker else None, q.speaker.name if q.speaker else None, rule_of(q)) for q in quotes]


def test_shipped_weights_are_hand_set_and_keep_what_the_rules_found(monkeypatch):
    monkeypatch.delenv("ALIGNER_SPEAKER_WEIGHTS", raising=False)
    data = json.loads(files("aligner.quotes").joinpath("ranker_weights.json").read_text(encoding="utf-8"))
    assert data["origin"].startswith("hand-set")
    shipped = load_weights()
    assert set(shipped.by_lang) == {"de", "en"}
    for text, lang in ((TEXT_EN, "en"), (TEXT_DE, "de")):
        rules = extract_quotes(Article(id="a", text=text, language=lang))
        ranked = extract_quotes(Article(id="a", text=text, language=lang), ranker=shipped)
        assert any(q.speaker for q in rules)
        assert _summary(ranked) == _summary(rules)


def test_weights_that_prefer_the_previous_speaker_change_the_answer():
    # "he said": the rules keep the pronoun as the mention; weights that always take the previous
    # quote's speaker give the quote the mention "Alvord" of the quote before, and the flag says so
    weights = Weights({"en": {"source=context": 5.0, "none": -10.0}}, "test")
    qs = extract_quotes(Article(id="a", text=TEXT_EN, language="en"), ranker=weights)
    mistake = next(q for q in qs if q.text.startswith("This bill is a mistake"))
    assert mistake.speaker is not None and mistake.speaker.mention == "Alvord"
    assert TEXT_EN[mistake.speaker.start : mistake.speaker.end] == "Alvord"
    assert mistake.speaker.resolved_from == "context" and rule_of(mistake) == "ranker-context"
    rules = extract_quotes(Article(id="a", text=TEXT_EN, language="en"))
    assert next(q for q in rules if q.text.startswith("This bill")).speaker.mention == "he"


FRAGMENT_EN = "Senator Jane Alvord spoke on Monday. Reed told reporters the bill was “dead on arrival”."


def test_no_speaker_for_a_fragment_when_it_scores_highest_and_never_a_guess_for_a_direct_quote():
    weights = Weights({"en": {"none": 1.0}}, "test")
    rules = extract_quotes(Article(id="a", text=FRAGMENT_EN, language="en"))
    frag = next(q for q in rules if q.kind == "fragment")
    assert frag.speaker is not None and frag.speaker.mention == "Reed"
    ranked = extract_quotes(Article(id="a", text=FRAGMENT_EN, language="en"), ranker=weights)
    frag = next(q for q in ranked if q.kind == "fragment")
    assert frag.speaker is None and rule_of(frag) == "ranker-none"
    # a direct quote keeps the rules' speaker (all candidates score 0: the rules' answer wins the tie)
    ranked = extract_quotes(Article(id="a", text=TEXT_EN, language="en"), ranker=weights)
    assert _summary([q for q in ranked if q.kind == "direct"]) == _summary(
        [q for q in extract_quotes(Article(id="a", text=TEXT_EN, language="en")) if q.kind == "direct"])


def test_weights_file_from_the_environment(tmp_path, monkeypatch):
    path = tmp_path / "w.json"
    path.write_text(json.dumps({"origin": "mine", "weights": {"en": {"none": 1.0}}}), encoding="utf-8")
    monkeypatch.setenv("ALIGNER_SPEAKER_WEIGHTS", str(path))
    assert load_weights().origin == "mine"
    qs = extract_quotes(Article(id="a", text=FRAGMENT_EN, language="en"))
    assert all(q.speaker is None for q in qs if q.kind == "fragment")


def test_conditional_logit_learns_which_option_is_right():
    # each group: a right option with feature "capitalised" = 1 and a wrong one with 0, plus "none"
    rng = np.random.default_rng(1)
    col = {f: i for i, f in enumerate(FEATURES)}
    rows, ys, starts = [], [], []
    for _ in range(200):
        starts.append(len(rows))
        noise = rng.normal(0, 0.1, size=3)
        for cap, right, none, eps in ((1.0, 1.0, 0.0, noise[0]), (0.0, 0.0, 0.0, noise[1]), (0.0, 0.0, 1.0, noise[2])):
            x = np.zeros(len(FEATURES))
            x[col["capitalised"]] = cap
            x[col["none"]] = none
            x[col["log-distance"]] = eps
            rows.append(x)
            ys.append(right)
    x, y = np.array(rows), np.array(ys)
    w = fit_conditional_logit(x, y, np.array(starts), c=10.0)
    assert w[col["capitalised"]] > 2.0
    assert abs(w[col["role-word"]]) < 1e-6  # a feature that is always 0 gets no weight
    scores = (x @ w).reshape(-1, 3)
    assert (scores.argmax(axis=1) == 0).all()  # the right option ranks first in every group


def test_shared_dir_comes_from_the_environment_or_the_working_directory(tmp_path, monkeypatch):
    from aligner.quotes.evaluate import shared_dir

    monkeypatch.setenv("ALIGNER_SHARED", str(tmp_path / "x"))
    assert shared_dir() == tmp_path / "x"
    monkeypatch.delenv("ALIGNER_SHARED")
    (tmp_path / "shared" / "eval").mkdir(parents=True)
    (tmp_path / "work").mkdir()
    monkeypatch.chdir(tmp_path / "work")
    assert shared_dir() == tmp_path / "shared"
