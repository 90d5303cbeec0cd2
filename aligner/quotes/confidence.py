"""How far to trust a speaker: the measured precision of the rule that attributed the quote.

``RULE_CONFIDENCE[lang][rule]`` is the share of that rule's direct quotes, matched to gold at
>= 0.8 character overlap, whose speaker was right, with one right and one wrong pseudo-count,
and the number matched.  Where it came from: ``python scripts/eval_quotes.py --fit-confidence``
on the train splits (SpkAtt-2023 German, 700 documents; PolNeAR English, 840 documents), with
the extractor of this commit; re-run it whenever the rules change.  It is a dev-set figure (the
same documents the rules were written on), so it overstates a little what unseen news gets.

``speaker_confidence`` gives ``Speaker.confidence``: the rule's figure, or ``DEFAULT`` for a rule
seen fewer than ``MIN_MATCHED`` times, and ``CONFIDENT`` is the bar a consumer (the report's
``speaker`` flag) should ask of both speakers before calling them different.
"""

from __future__ import annotations

CONFIDENT = 0.8  # speakers below this are shown, never used to claim a mismatch
DEFAULT = 0.5
MIN_MATCHED = 20

RULE_CONFIDENCE: dict[str, dict[str, tuple[float, int]]] = {
    "de": {
        "colon-frame": (0.884, 145),
        "frame-after": (0.906, 62),
        "frame-after-generic": (0.800, 3),
        "frame-before": (0.667, 4),
        "previous-sentence-subject": (0.600, 8),
        "reported-speech": (0.903, 29),
        "reported-speech-continuation": (0.485, 64),
        "sentence-cue": (0.767, 41),
        "so-x": (0.909, 9),
    },
    "en": {
        "according-to": (0.714, 5),
        "colon-frame": (0.871, 238),
        "frame-after": (0.978, 2931),
        "frame-after-generic": (0.786, 26),
        "frame-before": (0.825, 472),
        "frame-before-long": (0.808, 24),
        "previous-sentence-subject": (0.602, 106),
        "reported-speech": (0.885, 704),
        "reported-speech-continuation": (0.814, 1830),
        "sentence-cue": (0.774, 480),
    },
}


def speaker_confidence(lang: str, rule: str) -> float:
    """The confidence of a speaker found by ``rule`` in a ``lang`` article."""
    acc, n = RULE_CONFIDENCE.get(lang, {}).get(rule, (DEFAULT, 0))
    if n < MIN_MATCHED:
        # too few matched quotes to trust the figure: the other language's, else the default
        other = [v for k, t in RULE_CONFIDENCE.items() if k != lang for r, v in t.items() if r == rule and v[1] >= MIN_MATCHED]
        acc = other[0][0] if other else DEFAULT
    return round(min(acc, 0.99), 3)
