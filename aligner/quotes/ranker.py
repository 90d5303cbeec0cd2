"""Speaker candidates for a quote, scored by a small linear model.

The rules in :mod:`aligner.quotes.extract` give each quote at most one speaker, in a fixed
order of rules.  The ranker looks at the other people a quote could belong to as well and
picks the best by a weighted sum of a few features:

* where the candidate comes from (``source``): the rules' own answer, the speaker of the
  quote before (``context``), the subject of the quote's own sentence, the subject of a cue
  verb before or after the quote in its sentence(s), the subject of the sentence before;
* for the rules' answer, the rule's name;
* what the mention is (a name, a role, a pronoun, a group), whether it is capitalised or holds
  a role word;
* how far it stands from the quote (characters, log scale) and whether it is in the same
  sentence;
* whether it is the previous quote's speaker, and how many other candidates name the same one.

The weights live in one place, a JSON file per language (``ranker_weights.json`` in this
package, or a file the user fits).  The shipped file is **hand-set**, not fitted: its only
non-zero weight is on the rules' own answer, so by default the ranker keeps what the rules
found and nothing changes.  Fitting needs gold attributions; the corpora in ``../shared/eval``
(SpkAtt-2023, CC BY-NC-SA 4.0; PolNeAR, no licence stated) may not be the source of shipped
weights, so ``python scripts/fit_speaker_ranker.py --write FILE`` fits weights on gold the user
holds (same formats) and prints k-fold cross-validated scores; ``ALIGNER_SPEAKER_WEIGHTS=FILE``
(or ``extract_quotes(..., ranker=load_weights(FILE))``) makes the extractor use them.
"""

from __future__ import annotations

import json
import math
import os
from dataclasses import dataclass, field, replace
from functools import lru_cache
from pathlib import Path

from ..model import Quote, Sentence, Speaker
from .speakers import is_role_word, parse_mention

SOURCES = ("rule", "context", "sentence-subject", "cue-before", "cue-after", "previous-sentence-subject")
RULE_FEATURES = ("frame-after", "frame-before", "colon-frame", "sentence-cue", "sentence-subject",
                 "reported-speech-continuation", "reported-speech", "previous-sentence-subject")
KINDS = ("person", "role", "pronoun", "group")
FEATURES = (
    ("bias",)
    + tuple(f"source={s}" for s in SOURCES)
    + tuple(f"rule={r}" for r in RULE_FEATURES)
    + tuple(f"mention={k}" for k in KINDS)
    + ("capitalised", "role-word", "log-distance", "same-sentence", "previous-speaker", "agreeing",
       "quote=direct*source=context", "quote=fragment*source=rule")
    + ("none", "none*rules-had-speaker")
)
CONTEXT_SENTENCES = 3  # how far back the previous quote's speaker counts as a candidate


@dataclass
class Candidate:
    speaker: Speaker
    source: str
    rule: str | None = None  # for source "rule": the rule's name
    features: dict[str, float] = field(default_factory=dict)


@dataclass
class Weights:
    """Per language: feature name -> weight.  A quote takes the candidate of highest score, or no
    speaker when "none" (:func:`none_features`) scores higher."""

    by_lang: dict[str, dict[str, float]]
    origin: str  # where the weights came from (printed by --explain and the fit script)

    def score(self, lang: str, features: dict[str, float]) -> float:
        w = self.by_lang.get(lang, {})
        return sum(w.get(k, 0.0) * v for k, v in features.items())


def load_weights(path: str | Path | None = None) -> Weights:
    """The weights in ``path``, else in ``$ALIGNER_SPEAKER_WEIGHTS``, else the shipped hand-set file."""
    path = path or os.environ.get("ALIGNER_SPEAKER_WEIGHTS") or None
    if path:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
    else:
        from importlib.resources import files

        data = json.loads(files("aligner.quotes").joinpath("ranker_weights.json").read_text(encoding="utf-8"))
    return Weights(by_lang=data["weights"], origin=data.get("origin", str(path)))


@lru_cache(maxsize=4)
def _cached(path: str) -> Weights:
    return load_weights(path or None)


def active_weights() -> Weights | None:
    """The weights a run uses: None (rules only) unless ``$ALIGNER_SPEAKER_WEIGHTS`` names a file."""
    path = os.environ.get("ALIGNER_SPEAKER_WEIGHTS")
    return _cached(path) if path else None


def _same_person(a: Speaker, b: Speaker) -> bool:
    if a.start is not None and a.start == b.start and a.end == b.end:
        return True
    na, nb = (a.name or "").split(), (b.name or "").split()
    return bool(na and nb and na[-1].lower() == nb[-1].lower())


def _distance(sp: Speaker, q: Quote) -> float:
    if sp.start is None or sp.end is None:
        return 500.0
    if sp.end <= q.start:
        return float(q.start - sp.end)
    if sp.start >= q.end:
        return float(sp.start - q.end)
    return 0.0


def featurize(c: Candidate, q: Quote, others: list[Candidate], previous: Speaker | None, lang: str) -> dict[str, float]:
    """The feature values of candidate ``c`` for quote ``q`` (names as in ``FEATURES``)."""
    f: dict[str, float] = {"bias": 1.0, f"source={c.source}": 1.0}
    if c.rule in RULE_FEATURES:
        f[f"rule={c.rule}"] = 1.0
    mention = c.speaker.mention or ""
    kind = parse_mention(mention, lang)[2] if mention else "group"
    f[f"mention={kind}"] = 1.0
    words = mention.split()
    f["capitalised"] = float(any(w[:1].isupper() for w in words))
    f["role-word"] = float(any(is_role_word(w) for w in words))
    f["log-distance"] = math.log1p(_distance(c.speaker, q)) / 5.0
    f["same-sentence"] = float(c.source not in ("context", "previous-sentence-subject"))
    f["previous-speaker"] = float(previous is not None and _same_person(c.speaker, previous))
    f["agreeing"] = float(sum(1 for o in others if o is not c and _same_person(o.speaker, c.speaker)))
    f["quote=direct*source=context"] = float(q.kind == "direct" and c.source == "context")
    f["quote=fragment*source=rule"] = float(q.kind == "fragment" and c.source == "rule")
    return f


def none_features(q: Quote) -> dict[str, float]:
    """The features of "no speaker", an option of fragments only (with one, a fragment counts as a
    quote; a direct or mixed quote is a quote whoever said it)."""
    return {"none": 1.0, "none*rules-had-speaker": float(q.speaker is not None)}


def choose(q: Quote, cands: list[Candidate], weights: Weights, lang: str) -> Candidate | None:
    """The best-scoring candidate; None for a fragment when "no speaker" scores higher, and for a
    direct or mixed quote the rules left without a speaker (the ranker re-ranks, it does not guess)."""
    if not cands or (q.kind != "fragment" and q.speaker is None):
        return None
    best = max(cands, key=lambda c: (weights.score(lang, c.features), c.source == "rule"))
    if q.kind == "fragment" and weights.score(lang, none_features(q)) >= weights.score(lang, best.features):
        return None
    return best


def apply(quotes: list[Quote], cands: list[list[Candidate]], weights: Weights, lang: str) -> None:
    """Give every direct, mixed or fragment quote the speaker of its best candidate (in place); the
    rule flag becomes ``rule:ranker-<source>`` where the choice differs from the rules' answer."""
    from .base import _set_rule

    for q, cs in zip(quotes, cands):
        if not cs or "title" in q.flags:
            continue
        best = choose(q, cs, weights, lang)
        if best is None:
            if q.speaker is not None:
                q.speaker = None
                _set_rule(q, "ranker-none")
            continue
        if best.source == "rule":
            continue
        q.speaker = replace(best.speaker)
        _set_rule(q, f"ranker-{best.source}")


def candidates_for(quotes: list[Quote], sents: list[Sentence], text: str, lang: str) -> list[list[Candidate]]:
    """The candidates of every quote (empty for indirect quotes and titles), with features."""
    from .base import rule_of
    from .pronouns import _candidate_spans

    pos = {s.id: i for i, s in enumerate(sents)}
    out: list[list[Candidate]] = []
    previous: tuple[int, Speaker] | None = None
    for q in quotes:
        idx = [pos[x] for x in q.sentence_ids if x in pos] or [0]
        cs: list[Candidate] = []
        if q.kind != "indirect" and "title" not in q.flags:
            if q.speaker is not None:
                cs.append(Candidate(q.speaker, "rule", rule_of(q)))
            if previous is not None and min(idx) - previous[0] <= CONTEXT_SENTENCES:
                ref = previous[1]
                cs.append(Candidate(replace(ref, resolved_from="context", confidence=None), "context"))
            for source, sp in _candidate_spans(text, sents, min(idx), max(idx), q, lang):
                if not any(c.speaker.start == sp.start and c.speaker.end == sp.end for c in cs):
                    cs.append(Candidate(sp, source))
            prev_sp = previous[1] if previous else None
            for c in cs:
                c.features = featurize(c, q, cs, prev_sp, lang)
        out.append(cs)
        if q.speaker is not None and (q.speaker.name or q.speaker.mention) and q.kind != "indirect":
            previous = (max(idx), q.speaker)
    return out
