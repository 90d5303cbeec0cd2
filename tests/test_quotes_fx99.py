"""German speakers found wrong by the session-30 reviewers (rv60, rv61, rv62): fixer fx99."""

from __future__ import annotations

import aligner

_BEFORE = "Wedemeyer sprach von einem bitteren Abend. „Wir werden uns neu aufstellen“, sagte sie.\n\n"
_QD = "„Der Effekt ist moderat, aber real“,"


def _last(text: str):
    quotes = aligner.extract_quotes(aligner.Article(id="x", text=text, language="de"))
    assert quotes
    return quotes[-1].speaker


def test_sie_after_coordinated_subject_with_a_woman_is_not_the_woman_before_at_the_bar() -> None:
    # rv60-20: the only woman acting since the quote before is in a coordinated subject
    for between in ("Lehnert und die Grünen-Chefin Anja Roth telefonierten am Abend.",
                    "Am Abend telefonierten Lehnert und die Grünen-Chefin Anja Roth."):
        sp = _last(_BEFORE + between + " „Das war ein gutes Gespräch“, sagte sie.")
        assert not (sp.name == "Wedemeyer" and sp.confidence >= 0.8), between


def test_sie_after_coordinated_subject_neighbours_keep_their_speaker() -> None:
    # the woman quoted before is one of the pair; a pair of bodies; a man's pronoun and only a woman in the pair
    sp = _last(_BEFORE + "Lehnert und Wedemeyer telefonierten am Abend. „Das war ein gutes Gespräch“, sagte sie.")
    assert sp.name == "Wedemeyer" and sp.confidence >= 0.8
    sp = _last(_BEFORE + "Die SPD und die Grünen verhandelten am Abend. „Das war ein gutes Gespräch“, sagte sie.")
    assert sp.name == "Wedemeyer" and sp.confidence >= 0.8
    sp = _last("Paul Lehnert sprach von einem bitteren Abend. „Wir werden uns neu aufstellen“, sagte er.\n\n"
               "Lehnert und die Grünen-Chefin Anja Roth telefonierten am Abend. „Das war ein gutes Gespräch“, sagte er.")
    assert sp.name == "Paul Lehnert" and sp.confidence >= 0.8
