"""Two versions of one outlet in a cluster: an outlet's article and its corrected or
updated version (or another article of the same outlet) say so on the pair, so that a
difference between them does not read as two outlets disagreeing."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping

from ..model import Article, Cluster
from ..text.corrections import DOCUMENTS_EN, NOTE_WORDS, earlier_version_de, earlier_version_en, one_of

# a note that the article was corrected ("Correction: An earlier version of this article misquoted ...",
# "This article has been corrected", „In einer früheren Version dieses Artikels hieß es …“, "Korrektur:")
# (the words: ``text.corrections``; this reader takes neither "Berichtigung" nor "previous", "Berichts", "Interviews")
_CORRECTED = re.compile(
    rf"(?:^|\n)\s*{one_of(NOTE_WORDS, but=('Berichtigung',))}\s*:|"
    rf"\b{earlier_version_en(but=('previous',))}\b|"
    rf"\b(?:this|the)\s+{one_of(DOCUMENTS_EN)}\s+(?:has\s+been|was)\s+(?:corrected|amended)\b|"
    rf"\b{earlier_version_de(but=('Berichts', 'Interviews'))}\b",
    re.I)
# a note that it was updated ("This story has been updated with ...", "Update:")
_UPDATED = re.compile(r"(?:^|\n)\s*(?:update|aktualisierung)\s*:|"
                      rf"\b(?:this|the)\s+{one_of(DOCUMENTS_EN)}\s+(?:has\s+been|was)\s+updated\b|"
                      r"\bdieser\s+(?:Artikel|Text|Beitrag)\s+wurde\s+aktualisiert\b", re.I)


def version_note(text: str) -> str | None:
    """"a correction note" / "an update note" when an article's text says it was
    corrected / updated; else None."""
    if _CORRECTED.search(text):
        return "a correction note"
    if _UPDATED.search(text):
        return "an update note"
    return None


def mark_same_outlet(clusters: Iterable[Cluster], articles: Mapping[str, Article]) -> None:
    """On each compared pair of two articles of one outlet (changed in place), the
    detail ``same_outlet``: "same outlet, another article or version", and which of the
    two carries a correction (or update) note when one of them does."""
    notes: dict[str, str | None] = {}
    for c in clusters:
        of = {v.quote_id: v for v in c.versions}
        for p in c.pairs:
            va, vb = of.get(p.a), of.get(p.b)
            if va is None or vb is None or p.link == "continuation" or va.article_id == vb.article_id \
                    or va.outlet != vb.outlet or va.outlet in ("", "unknown"):
                continue
            for x in (va.article_id, vb.article_id):
                if x not in notes:
                    a = articles.get(x)
                    notes[x] = version_note(a.text) if a is not None else None
            p.details["same_outlet"] = _said(va.article_id, vb.article_id, notes, articles)


def _title_key(a: Article | None) -> str | None:
    """An article's title without a trailing note in brackets ("... (updated)"), folded."""
    if a is None or not a.title:
        return None
    return " ".join(re.sub(r"\s*[(\[][^()\[\]]*[)\]]\s*$", "", a.title).lower().split())


def _said(x: str, y: str, notes: Mapping[str, str | None], articles: Mapping[str, Article]) -> str:
    """The ``same_outlet`` detail of a pair of articles ``x`` and ``y`` of one outlet: which
    one carries a correction (update) note when one does, called the later version only
    when both have one title (else they may be two articles)."""
    noted = [(k, notes[k]) for k in (x, y) if notes[k]]
    if len(noted) != 1:
        return "same outlet, another article or version"
    kx, ky = _title_key(articles.get(x)), _title_key(articles.get(y))
    later = " (the later version)" if kx is not None and kx == ky else ""
    return f"same outlet; {noted[0][0]} carries {noted[0][1]}{later}"
