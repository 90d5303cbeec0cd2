"""One amount of money said in another currency, the number as written the same: "worth €40bn" / "worth $40bn",
"26,000 pounds" / "26,000 euros", „40 Millionen Euro“ / „40 Millionen Pfund“ (rv80-16, rv78-6).  The number flag
reads the numbers only, and "euros vs dollars" was a word change (worth a look).  The currency is the symbol right
before the number or the word right after it (after a scale word: "1.2 billion euros", "40 Mio. Euro"), a closed
list (``equivalents.json`` "currencies").  Flagged only where each version has exactly one such amount the other
lacks, the two with the same number written and the same scale, another currency, and the same two words before
them (the statement's own words around it); an amount given in two currencies in one version ("£26,000 (€30,000)")
has another number, and so stays as it was."""
from __future__ import annotations

import re
from functools import lru_cache

from .equivalents import _LEX
from .unit_change import lone_pair

_SCALE = r"(?:\s*(?:bn|m|k|mn|billion|million|thousand|trillion|milliarden?|millionen|mio\.?|mrd\.?|tsd\.?))?"
_NUMBER = r"\d{1,3}(?:[,.]\d{3})+(?:[.,]\d+)?|\d+(?:[.,]\d+)?"


@lru_cache(maxsize=1)
def _patterns() -> tuple[dict[str, str], re.Pattern[str], re.Pattern[str]]:
    """(currency of each listed form, the symbol-before pattern, the word-after pattern)."""
    of = {form: cur for cur, forms in _LEX["currencies"].items() for form in forms}
    symbols = sorted((f for f in of if not f.isalpha() or f in ("usd", "eur", "gbp", "chf")), key=len, reverse=True)
    names = sorted((f for f in of if f.replace(" ", "").replace("-", "").isalpha()), key=len, reverse=True)
    before = re.compile(rf"(?<![\w$€£¥])({'|'.join(map(re.escape, symbols))})\s?({_NUMBER})({_SCALE})(?![\w])", re.I)
    after = re.compile(rf"(?<![\w.,])({_NUMBER})({_SCALE})\s+({'|'.join(map(re.escape, names))})(?![\w])", re.I)
    return of, before, after


def _amounts(text: str) -> list[tuple[str, str, str, int, int]]:
    """(number as written, scale word, currency, start, end) of each amount of money of ``text``."""
    of, before, after = _patterns()
    out = [(m.group(2), m.group(3).strip().lower(), of[m.group(1).lower()], m.start(), m.end())
           for m in before.finditer(text)]
    out += [(m.group(1), m.group(2).strip().lower(), of[m.group(3).lower()], m.start(), m.end())
            for m in after.finditer(text)]
    return out


def currency_changed(a: str, b: str) -> str | None:
    """"€40bn vs $40bn" where each version has one amount of money the other lacks, with the same number and scale
    written, another currency, and the same two words before it in both (see above); else None."""
    pair = lone_pair(a, b, _amounts(a), _amounts(b))
    if pair is None:
        return None
    (na, sca, ca, sa, ea), (nb, scb, cb, sb, eb) = pair
    if na != nb or sca != scb or ca == cb:
        return None
    return f"{a[sa:ea]} vs {b[sb:eb]}"
