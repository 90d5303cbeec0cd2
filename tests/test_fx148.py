"""fx148: fx146's listed opposites (rv82-5, rv82-17, rv82-18, rv82-26, rv83-4, rv83-5) rebuilt with pr40's guards
(pr40-1 .. pr40-7); invented sentences."""

from __future__ import annotations

import pytest

from aligner.match.consistency import compare


def _flags(a: str, b: str, lang: str) -> list[str]:
    return compare(a, b, lang=lang).flags + compare(b, a, lang=lang).flags


def _negation(a: str, b: str, lang: str = "en") -> bool:
    return "negation" in _flags(a, b, lang)


@pytest.mark.parametrize("a,b,lang", [
    ("The tunnel is safe for cyclists at night.", "The tunnel is unsafe for cyclists at night.", "en"),
    ("The spray is effective in children with asthma.", "The spray is ineffective in children with asthma.", "en"),
    ("The ferry company made a profit of 3 million last year.", "The ferry company made a loss of 3 million last year.", "en"),
    ("Our exports beat the forecasts of the banks in June.", "Our exports missed the forecasts of the banks in June.", "en"),
    ("The output exceeded our own targets by a wide margin.", "The output fell short of our own targets by a wide margin.", "en"),
    ("Shares in the brewery surged 8 percent on Monday.", "Shares in the brewery plunged 8 percent on Monday.", "en"),
    ("The oil price surged after the storm in the gulf.", "The oil price plunged after the storm in the gulf.", "en"),
    ("The city will lift the ban on fireworks in May.", "The city will impose the ban on fireworks in May.", "en"),
    ("Helmets are mandatory on the new cycle paths.", "Helmets are optional on the new cycle paths.", "en"),
    ("Der Tunnel ist für Radfahrer sicher, sagte sie.", "Der Tunnel ist für Radfahrer unsicher, sagte sie.", "de"),
    ("Das Amt hat den Impfstoff für Kinder zugelassen.", "Das Amt hat den Impfstoff für Kinder abgelehnt.", "de"),
    ("Die Firma hat im Mai einen Gewinn gemacht.", "Die Firma hat im Mai einen Verlust gemacht.", "de"),
])
def test_one_plain_listed_pair_is_a_negation(a: str, b: str, lang: str) -> None:
    assert _negation(a, b, lang)


@pytest.mark.parametrize("a,b,lang", [
    # pr40-1: 'exceeded' / 'missed' a deadline or a budget say one thing
    ("The roofer exceeded the deadline by two days.", "The roofer missed the deadline by two days.", "en"),
    ("We exceeded the budget for the school hall.", "We missed the budget for the school hall.", "en"),
    # pr40-2: a quantifier flipped with the listed word
    ("All of the ferries on the lake are unsafe in winter.", "None of the ferries on the lake are safe in winter.", "en"),
    ("Most of the new dams are unsafe in a flood.", "Few of the new dams are safe in a flood.", "en"),
    ("Everyone in the village thinks the road is unsafe.", "Nobody in the village thinks the road is safe.", "en"),
    ("Alle Fähren auf dem See sind im Winter unsicher.", "Keine Fähre auf dem See ist im Winter sicher.", "de"),
    ("Die meisten Dämme sind bei Hochwasser unsicher.", "Wenige Dämme sind bei Hochwasser sicher.", "de"),
    # pr40-3: two listed pairs flipped, or a condition word changed with the listed word
    ("The fee is likely to be ruled illegal next year.", "The fee is unlikely to be ruled legal next year.", "en"),
    ("Rejecting the bid was lawful, the panel found.", "Approving the bid was unlawful, the panel found.", "en"),
    ("The spray is safe unless it is used on babies.", "The spray is unsafe if it is used on babies.", "en"),
    # pr40-4: the market verbs in their movement sense
    ("The lorry plunged into the canal near the lock.", "The lorry jumped into the canal near the lock.", "en"),
    ("Water surged into the cellar of the old mill.", "Water plunged into the cellar of the old mill.", "en"),
    ("The boy jumped off the wall into the snow.", "The boy tumbled off the wall into the snow.", "en"),
    # pr40-5: colours
    ("The women in the red coats marched to the square.", "The women in the black coats marched to the square.", "en"),
    # pr40-6: a failing, doubting or refusing word further before the listed word
    ("The vaccine failed to prove effective in older people.", "The vaccine proved ineffective in older people.", "en"),
    ("We doubt that the tunnel is safe for cyclists.", "We think that the tunnel is unsafe for cyclists.", "en"),
    ("The board declined to call the sale legal on Friday.", "The board called the sale illegal on Friday.", "en"),
    ("Ich bezweifle, dass die Brücke sicher ist.", "Ich glaube, dass die Brücke unsicher ist.", "de"),
    # the same word in both, a negated form
    ("The tunnel is safe for cyclists at night.", "The tunnel is safe for bikes at night.", "en"),
    ("The tunnel is not safe for cyclists at night.", "The tunnel is unsafe for cyclists at night.", "en"),
    ("Der Tunnel ist nicht sicher für Radfahrer.", "Der Tunnel ist unsicher für Radfahrer.", "de"),
])
def test_guarded_opposites_are_no_negation_pr40(a: str, b: str, lang: str) -> None:
    assert not _negation(a, b, lang)


def test_two_speakers_opposite_words_keep_only_the_speaker_flag_pr40_7() -> None:
    from aligner.match.clusters import _two_speakers_opposite

    entry = {"flags": ["negation", "wording", "speaker"],
             "details": {"negation": "'tunnel is safe for' vs 'tunnel is unsafe for' (opposite)"}}
    _two_speakers_opposite(entry)
    assert entry["flags"] == ["wording", "speaker"] and "opposite_words" in entry["details"]
    other = {"flags": ["negation", "speaker"], "details": {"negation": "'is safe' vs 'is not safe'"}}
    _two_speakers_opposite(other)
    assert "negation" in other["flags"]  # a negator is read as before
