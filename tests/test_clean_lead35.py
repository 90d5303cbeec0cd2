"""Session 35, lead: cleaning."""
from __future__ import annotations

import pytest

from aligner.clean import clean_text


@pytest.mark.parametrize("text", [
    ("Kommentar\n\nAnna Weber, vor 2 Tagen noch als Siegerin der Ratswahl gefeiert, steht heute allein da.\n\n"
     "„Wir werden keine Schule in der Stadt schließen“, sagte sie am Montag im Rathaus.\n\nDer Rat stimmt im Januar ab."),
    ("Comments\n\nAnna Cole, 2 hours ago at the town hall, said the plan was final.\n\n"
     '"We will not close any school in the town," she said on Monday.\n\nThe council votes in January.'),
])
def test_a_first_sentence_opening_like_a_signature_is_no_comment(text: str) -> None:
    # pr36b-2 (from fx135 10cfd874): a kicker ('Kommentar', 'Comments') and a first sentence opening 'Name, vor 2 Tagen'
    # were read as a comments heading and a signature, and the whole article went as reader comments
    r = clean_text(text)
    paras = text.split("\n\n")
    kept = [text[s:e] for (s, e), d in zip(r.spans, r.decisions) if d.keep]
    assert paras[1] in kept and paras[2] in kept and paras[3] in kept
