"""One amount with its unit changed by a factor of ten or more, the number as written the same: "50
micrograms" / "50 milligrams", "0.5 mg/kg" / "0.5 g/kg", "5 ml" / "5 litres".  A dose a thousand times
another is a changed figure, though both versions write the same number (``consistency.numbers`` reads
the numbers only, so the number flag missed it).  Masses, volumes, doses, concentrations, power and energy
("10 gigawatts" / "10 megawatts", "500 TWh" / "500 GWh") and data ("256 GB" / "256 MB") only: a
length in "m" may be a million ("5m"), and lengths, times and temperatures are converted by translators
and outlets with their numbers (``equivalents.same_figures``); a factor under ten ("5 pounds" / "5
kilos") may be a translator's slip of one word."""

from __future__ import annotations

import re

from .equivalents import _quantities

# share: "1.8 per mille" / "1.8 percent"; B: data ("256 GB" / "256 MB", rv82-6)
_DIMENSIONS = frozenset(("kg", "l", "kg/kg", "kg/l", "W", "Wh", "share", "B"))
FACTOR = 10.0  # the units at least this many times apart
_NUMBER = re.compile(r"[\d.,]+|\w+")


def _amounts(text: str, lang: str) -> list[tuple[str, str, float, int, int]]:
    """(number as written, dimension, value of one unit, start, end) of each mass, volume or dose of ``text``."""
    out = []
    for f in _quantities(text, lang):
        dim, _unit, value, _h, _r = f.readings
        m = _NUMBER.match(text, f.start)
        if dim in _DIMENSIONS and m and m.group(0)[:1].isdigit():
            number = float(m.group(0).replace(",", "")) if re.fullmatch(r"\d+(?:\.\d+)?|\d{1,3}(?:,\d{3})+", m.group(0)) \
                else None
            if number:
                out.append((m.group(0), dim, value / number, f.start, f.end))
    return out


def _words(text: str) -> list[str]:
    return re.findall(r"\w+", text.lower())


def lone_pair(a: str, b: str, xa: list, xb: list) -> tuple[tuple, tuple] | None:
    """The one figure each version has that the other lacks (tuples of version ``a``'s and ``b``'s figures whose
    first three fields say what is compared and whose last two are the figure's start and end), where the same two
    words stand before it in both (the statement's own words around it); else None.  Read by :func:`unit_changed`,
    ``currency.currency_changed`` and ``time_base.period_changed``."""
    only_a = [x for x in xa if not any(x[:3] == y[:3] for y in xb)]
    only_b = [y for y in xb if not any(x[:3] == y[:3] for x in xa)]
    if len(only_a) != 1 or len(only_b) != 1:
        return None
    before_a, before_b = _words(a[: only_a[0][-2]])[-2:], _words(b[: only_b[0][-2]])[-2:]
    if len(before_a) < 2 or before_a != before_b:
        return None
    return only_a[0], only_b[0]


def unit_changed(a: str, b: str, lang: str = "en") -> str | None:
    """"50 micrograms vs 50 milligrams" where each version has one such amount the other lacks, with the same
    number written, of one dimension, the units ``FACTOR`` or more apart, and the same two words before it
    in both (the statement's own words around it); else None."""
    pair = lone_pair(a, b, _amounts(a, lang), _amounts(b, lang))
    if pair is None:
        return None
    (na, da, ua, sa, ea), (nb, db, ub, sb, eb) = pair
    if na != nb or da != db or max(ua, ub) < FACTOR * min(ua, ub):
        return None
    return f"{a[sa:ea]} vs {b[sb:eb]}"
