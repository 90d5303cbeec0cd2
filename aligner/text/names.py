"""Personal-name folding: one key for the spellings of one name across German, English and
Polish transliterations (Rjabkow / Ryabkov / Riabkow, Peskow / Pieskow / Peskov, Selenskyj /
Selenskiy) and accents (Díaz / Diaz).

``fold_word`` unaccents, lower-cases and keeps letters and digits only (a number is part of a
name: "47-year-old" and "102-year-old" are two people), then rewrites: ue/oe/ae->u/o/a before a consonant
(German umlauts: Mueller / Müller / Muller), tsch->ch, sch->sh,
ck->k, ie->e, w->v,
ph->f, kh/ch->h, sz->sh, x->ks, j->y, ia->ya, iu->yu, ou->u, a final -iy/-yy/-ij/-yi/-ii/-ei/-ey
-> -y, c before e/i/y -> ts, z->s, doubled letters collapsed.  ``fold_name`` folds every word of
a name; ``name_key`` is the folded surname (last word) used to compare speakers across
versions of a quote.  ``fold_plain`` is the same without the rewrites, for names that are no
personal names (an acronym "DWD" is not "DVD", "Association" stays "association").  This is
the one implementation: ``aligner.quotes.speakers`` (run-wide
speaker entities) and ``aligner.match.clusters`` (same speaker across outlets) both use it.
Nothing here is a table of particular people.
"""

from __future__ import annotations

import re
import unicodedata

_STROKES = str.maketrans({"ß": "ss", "ø": "o", "Ø": "O", "ł": "l", "Ł": "L", "đ": "d", "Đ": "D", "æ": "ae", "Æ": "Ae"})


def unaccent(text: str) -> str:
    """Text without diacritics; ß -> ss, ø -> o, ł -> l (letters NFKD does not decompose)."""
    norm = unicodedata.normalize("NFKD", text.translate(_STROKES))
    return "".join(c for c in norm if not unicodedata.combining(c))


_FOLD_RULES = [
    (re.compile(pat), rep)
    for pat, rep in (
        # German umlauts written with an e ("Mueller", "Juergen", "Schroeder") as without ("Muller", from "Müller"):
        # after a consonant and before one ("Bauer", "Neuer" keep theirs), "ue" not after g/q, and not a final -el
        # ("Miguel", "Manuel", "Michael", "Joel" keep theirs)
        (r"(?<![aeiouy])((?<![gq])u|a|o)e(?=[b-df-hj-np-tv-xz])(?!l$)", r"\1"),
        (r"tsch", "ch"),  # German spellings of Slavic names: Schewtschenko / Shevchenko
        (r"sch", "sh"),
        (r"ck", "k"),
        (r"ie", "e"),
        (r"w", "v"),
        (r"ph", "f"),
        (r"kh", "h"),
        (r"ch", "h"),
        (r"sz", "sh"),
        (r"x", "ks"),
        (r"j", "y"),
        (r"ia", "ya"),
        (r"iu", "yu"),
        (r"ou", "u"),
        (r"(?:iy|yy|ij|yi|ii|ei|ey)$", "y"),
        (r"c(?=[eiy])", "ts"),
        (r"z", "s"),
        (r"([a-z])\1+", r"\1"),  # doubled letters; "100" keeps its zeros
    )
]


def fold_word(word: str) -> str:
    """One word's transliteration-folded key ("Rjabkow" -> "ryabkov")."""
    w = _plain_word(word)
    for pat, rep in _FOLD_RULES:
        w = pat.sub(rep, w)
    return w


def fold_parts(word: str) -> list[str]:
    """The folded keys (``fold_word``) of a word's hyphenated parts ("Jong-un" -> jong, un;
    a part that folds to nothing gives "")."""
    return [fold_word(p) for p in re.split(r"[-‐–]", word)]


def folded_words(text: str | None) -> set[str]:
    """The folded keys (``fold_word``) of the words of ``text``."""
    return {fold_word(w) for w in re.findall(r"\w+", text or "")}


# Cyrillic (Russian, Ukrainian, Belarusian letters) and Greek letters in Latin, so that "Песков"
# folds like "Peskov": a fact of the scripts, not a table of people
_TO_LATIN = str.maketrans({
    "а": "a", "б": "b", "в": "v", "г": "g", "ґ": "g", "д": "d", "е": "e", "ё": "e", "є": "ye", "ж": "zh", "з": "z",
    "и": "i", "і": "i", "ї": "yi", "й": "y", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r",
    "с": "s", "т": "t", "у": "u", "ў": "u", "ф": "f", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh", "щ": "shch", "ъ": "",
    "ы": "y", "ь": "", "э": "e", "ю": "yu", "я": "ya",
    "α": "a", "β": "v", "γ": "g", "δ": "d", "ε": "e", "ζ": "z", "η": "i", "θ": "th", "ι": "i", "κ": "k", "λ": "l",
    "μ": "m", "ν": "n", "ξ": "x", "ο": "o", "π": "p", "ρ": "r", "σ": "s", "ς": "s", "τ": "t", "υ": "y", "φ": "f",
    "χ": "ch", "ψ": "ps", "ω": "o", "ά": "a", "έ": "e", "ή": "i", "ί": "i", "ό": "o", "ύ": "y", "ώ": "o",
})


def _plain_word(word: str) -> str:
    """Lower case, Cyrillic and Greek in Latin letters, unaccented, letters and digits; a word
    in another script (Chinese, Arabic, Hebrew ...) keeps its own letters (never an empty key)."""
    low = word.lower()
    latin = re.sub(r"[^a-z0-9]", "", unaccent(low.translate(_TO_LATIN)))
    return latin or re.sub(r"[\W_]", "", low)


def fold_plain(name: str) -> str:
    """A key for a name that is no personal name: unaccented, lower case, letters and digits of
    each word ("DWD" -> "dwd", "Deutscher Wetterdienst" -> "deutscher wetterdienst")."""
    return " ".join(p for p in map(_plain_word, name.split()) if p)


def fold_name(name: str) -> str:
    """A transliteration-folded key for a personal name ("Sergej Rjabkow" -> "sergy ryabkov")."""
    parts = [fold_word(p) for p in name.split()]
    return " ".join(p for p in parts if p)


def name_key(name: str | None) -> str | None:
    """The folded surname of a speaker name ("Sergej Rjabkow", "Riabkow" -> "ryabkov"); an
    ``org:`` id is its own key; None when there is no name."""
    if not name:
        return None
    last = name.split()[-1] if name.split() else ""
    if last.startswith("org:"):
        return last
    key = fold_word(last)
    return key or None
