#!/usr/bin/env python3
"""Evaluate quote extraction and speaker attribution against two annotated corpora.

German: SpkAtt-2023 task 2 (WIKINEWS) JSON, ``../shared/eval/spkatt-news-de/train``.
  Text is rebuilt from the gold tokens (detokenised: no space before , . ; : ! ? ) and
  closing quote marks, none after opening ones) with the gold sentence split; only
  top-level annotations (``IsNested: false``) count.  Form ``Direct`` is the direct
  class when the quote stands on its own: its opening mark starts the sentence or
  follows a colon, comma, dash, bracket, sentence end or another quote (``standalone_quote``,
  a typographic test on the gold text alone, as the English one below).  SpkAtt also
  labels ``Direct`` the quoted pieces embedded in the reporter's sentence ("nannte sie
  „fahrlässig“", "dass „Europa dran ist“"), which the extractor calls ``fragment`` or
  keeps inside ``mixed`` speech; those (98 of 366 in train) count only in the
  ``direct+frag`` class, which is SpkAtt's full notion of Direct.  Every other form
  (Indirect, FreeIndirect, IndirectFreeIndirect, Reported) is the indirect class.
English: PolNeAR brat files, ``../shared/eval/polnear-en/train``.  Where an article
  has several .ann files (different annotators), the one whose annotator code sorts
  first is used, always.  PolNeAR has no direct/indirect label: a Content span that
  is entirely inside quotation marks is direct, anything else (including partly
  quoted content) is indirect, except that a Content of which at least 80% of the words
  stand inside “…”, "…" or ''…'' (paired by a simple regex, not by the extractor) is direct
  and that opens with a quotation mark is direct (PolNeAR often lets a direct quote's
  Content take in a few framing words; "that “…”" stays indirect, it is mixed speech).
  Pieces of a discontinuous span separated only by spaces or punctuation are joined;
  a discontinuous Content (“A,” he said, “B.”) is direct
  when every piece is, and then each piece counts as one direct quote.  Sentences come from the extractor's fast regex splitter
  (``--splitter somajo`` uses ``aligner.segment``, as ``aligner run`` does, ~10x slower).

Classes: ``direct`` compares predicted quotes of kind ``direct`` with gold direct
quotes (German: the standalone ones, see above); ``direct+frag`` adds the predicted fragments that
have a speaker on one side and SpkAtt's embedded direct quotes on the other; ``indirect`` compares kinds ``indirect`` and
``mixed`` wrapping a quote in reported speech (flag ``contains-quote``) with gold
indirect; ``any`` compares every predicted attribution (all direct and indirect
quotes, plus fragments and partial quotes that have a speaker; unattributed ones
are scare quotes or titles, which neither corpus annotates) with all gold.  Spans are compared as sets of word tokens (quote marks
and punctuation ignored; a gold indirect message loses its leading "that"/"dass", which
the extractor leaves to the frame).  Overlap of a predicted and a gold span is
|P & G| / max(|P|, |G|) (both token precision and token recall must reach the
threshold); predictions and gold are matched one-to-one, greedily by overlap.
Speaker accuracy: among gold/predicted pairs matched at >= 0.3 whose gold source is
not empty, the share whose predicted speaker mention overlaps the gold source
tokens (or, for a speaker resolved from context, whose name's words all occur in
the gold source).

Usage: python scripts/eval_quotes.py [--lang de|en|both] [--limit N], or
``aligner eval quotes`` (same options).
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
from pathlib import Path

SHARED = Path(__file__).resolve().parents[2].parent / "shared"

from ..model import Article, Sentence  # noqa: E402
from .extract import extract_quotes  # noqa: E402

WORD = re.compile(r"\w+", re.UNICODE)
NO_SPACE_BEFORE = {",", ".", ";", ":", "!", "?", ")", "]", "“", "”", "’", "‘", "«", "%", "..."}
NO_SPACE_AFTER = {"(", "[", "„", "‚", "»"}
THRESHOLDS = (("exact", None), (">=0.8", 0.8), (">=0.3", 0.3))


# -- loading ------------------------------------------------------------------------------


def load_spkatt(folder: Path, limit: int | None):
    """Yield (article, sentences, gold) per document; gold: list of dicts with token sets."""
    files = sorted(folder.glob("*.json"))
    if limit:
        files = files[:limit]
    for f in files:
        data = json.loads(f.read_text(encoding="utf-8"))
        parts: list[str] = []
        pos = 0
        offsets: dict[tuple[int, int], tuple[int, int]] = {}
        sent_spans = []
        for s in data["Sentences"]:
            sid = s["SentenceId"]
            if parts:
                parts.append(" ")
                pos += 1
            s_start = pos
            open_dq = False
            prev = None
            for ti, tok in enumerate(s["Tokens"]):
                glue = False
                if ti > 0:
                    if tok in NO_SPACE_BEFORE or prev in NO_SPACE_AFTER:
                        glue = True
                    if tok == '"':
                        glue = open_dq  # a closing straight quote sticks to the word before
                    if prev == '"' and open_dq:
                        glue = True  # the word after an opening straight quote
                if ti > 0 and not glue:
                    parts.append(" ")
                    pos += 1
                if tok == '"':
                    open_dq = not open_dq
                offsets[(sid, ti)] = (pos, pos + len(tok))
                parts.append(tok)
                pos += len(tok)
                prev = tok
            sent_spans.append((sid, s_start, pos))
        text = "".join(parts)
        art = Article(id=f.stem[:60], text=text, language="de")
        sents = [Sentence(f"{art.id}#s{sid:04d}", art.id, "", i, a, b, text[a:b], "de") for i, (sid, a, b) in enumerate(sent_spans)]

        def char_spans(refs):
            out = []
            for r in refs:
                si, ti = (int(x) for x in r.split(":"))
                if (si, ti) in offsets:
                    out.append(offsets[(si, ti)])
            return out

        sent_starts = {a for _, a, _ in sent_spans}
        gold = []
        for ann in data["Annotations"]:
            if ann.get("IsNested"):
                continue
            message = char_spans(ann["Message"])
            cls = "indirect"
            if ann["Form"] == "Direct":
                cls = "direct" if standalone_quote(text, message, sent_starts) else "embedded"
            gold.append({"cls": cls, "message": message, "source": char_spans(ann["Source"])})
        yield art, sents, gold


STANDALONE_BEFORE = set(":,;([–—-.!?…") | set("“”»«\"")


def standalone_quote(text: str, message, sent_starts: set[int]) -> bool:
    """Whether a gold direct quote stands on its own rather than inside a sentence of the
    reporter's: its opening quotation mark is the first thing in its sentence or follows a
    colon, comma, dash, bracket, sentence end or another quote.  „…“, sagte X / X sagte: „…“
    stand alone; "nannte sie „fahrlässig“", "dass „Europa dran ist“" are embedded."""
    if not message:
        return False
    i = min(x for x, _ in message)
    if text[i] in QUOTE_CHARS:
        i += 1  # the message takes in its opening mark
    while i > 0 and text[i - 1] == " ":
        i -= 1
    if i == 0 or text[i - 1] not in QUOTE_CHARS:
        return False  # the gold message does not open with a quotation mark: part of a sentence
    i -= 1
    while i > 0 and text[i - 1] == " ":
        i -= 1
    return i == 0 or i in sent_starts or text[i - 1] in STANDALONE_BEFORE


def _brat_spans(field: str) -> list[tuple[int, int]]:
    out = []
    for part in field.split(";"):
        a, b = part.split()
        out.append((int(a), int(b)))
    return out


QUOTE_CHARS = "\"“”„‘’‚'«»"


def _fully_quoted(piece: str) -> bool:
    """True when a content piece is one quotation: opens and closes with marks, none inside."""
    piece = piece.strip(" \n.,;:").replace("''", '"')  # ''…'': the New York Times' double marks
    if len(piece) < 2 or piece[0] not in QUOTE_CHARS or piece[-1] not in QUOTE_CHARS:
        return False
    inner = re.sub(r"(?<=\w)[’'](?=\w)", "", piece[1:-1])  # apostrophes
    return not any(c in QUOTE_CHARS for c in inner)


_QUOTED = re.compile(r"“[^“”]*”|\"[^\"\n]*\"|(?<!\w)''(?:(?!'')[^\n])*''")


def _mostly_quoted(text: str, content, quoted: set[int]) -> bool:
    """The content opens with a quotation mark and at least 80% of its words stand inside
    “…” or "…" (an independent regex pairing); "that “…”" is mixed, not direct."""
    toks = [m.start() for a, b in content for m in WORD.finditer(text, a, b)]
    first = text[content[0][0] : content[0][1]].lstrip(" \n(")
    return bool(toks) and first[:1] in QUOTE_CHARS and sum(t in quoted for t in toks) >= 0.8 * len(toks)


def _merge_adjacent(text: str, spans):
    """Join pieces of a discontinuous span that only whitespace or punctuation separates."""
    out = []
    for a, b in sorted(spans):
        if out and not WORD.search(text[out[-1][1] : a]):
            out[-1] = (out[-1][0], max(out[-1][1], b))
        else:
            out.append((a, b))
    return out


def load_polnear(folder: Path, limit: int | None, splitter: str = "simple"):
    texts = sorted((folder / "text").glob("*.txt"))
    anns: dict[str, list[Path]] = {}
    for p in sorted((folder / "attributions").glob("*.ann")):
        stem = p.stem.rsplit("_", 1)[0]
        anns.setdefault(stem, []).append(p)
    if limit:
        texts = texts[:limit]
    split_sentences = None
    if splitter == "somajo":
        from ..segment import split_sentences
    from .extract import simple_sentences

    for t in texts:
        if t.stem not in anns:
            continue
        ann_path = sorted(anns[t.stem], key=lambda p: p.stem.rsplit("_", 1)[1])[0]
        text = t.read_text(encoding="utf-8")
        spans: dict[str, tuple[str, list[tuple[int, int]]]] = {}
        events = []
        for line in ann_path.read_text(encoding="utf-8").splitlines():
            if line.startswith("T") and "\t" in line:
                tid, rest = line.split("\t", 1)[:2]
                label_spans = rest.split("\t")[0]
                label, _, sp = label_spans.partition(" ")
                try:
                    spans[tid] = (label, _brat_spans(sp))
                except ValueError:
                    continue
            elif line.startswith("E") and "\t" in line:
                _, rest = line.split("\t", 1)
                roles = dict(x.split(":", 1) for x in rest.split() if ":" in x)
                events.append(roles)
        quoted = {m.start() for q in _QUOTED.finditer(text) for m in WORD.finditer(text, q.start(), q.end())}
        gold = []
        for ev in events:
            content = spans.get(ev.get("Content", ""), (None, []))[1]
            source = spans.get(ev.get("Source", ""), (None, []))[1]
            if not content:
                continue
            content = _merge_adjacent(text, content)
            direct = all(_fully_quoted(text[a:b]) for a, b in content) or _mostly_quoted(text, content, quoted)
            if direct and len(content) > 1:
                # “A,” he said, “B.”: each quoted piece is one direct quote, as the extractor sees them
                for piece in content:
                    gold.append({"cls": "direct", "message": [piece], "source": source})
            else:
                gold.append({"cls": "direct" if direct else "indirect", "message": content, "source": source})
        art = Article(id=t.stem[:60], text=text, language="en")
        sp = split_sentences(text, "en") if split_sentences else simple_sentences(text)
        sents = [Sentence(f"{art.id}#s{i:04d}", art.id, "", i, a, b, text[a:b], "en") for i, (a, b) in enumerate(sp)]
        yield art, sents, gold


# -- scoring --------------------------------------------------------------------------------


def token_set(text: str, spans) -> frozenset[int]:
    out = set()
    for a, b in spans:
        for m in WORD.finditer(text, a, b):
            out.add(m.start())
    return frozenset(out)


COMPLEMENTIZERS = {"that", "dass", "daß"}


def message_tokens(text: str, spans, cls: str = "indirect") -> frozenset[int]:
    """The word tokens of a gold message; an indirect one loses a leading complementizer: both
    corpora let it open with "that"/"dass", the extractor's message is the clause after it."""
    toks = token_set(text, spans)
    if toks and cls == "indirect":
        first = min(toks)
        m = WORD.match(text, first)
        if m and m.group(0).lower() in COMPLEMENTIZERS and len(toks) > 1 and text[m.end() : m.end() + 1].isspace():
            toks = toks - {first}
    return toks


def overlap(p: frozenset[int], g: frozenset[int]) -> float:
    if not p or not g:
        return 0.0
    return len(p & g) / max(len(p), len(g))


def match(preds, golds, thr):
    """Greedy one-to-one matching; thr None = exact token-set equality. Returns pairs (pi, gi)."""
    cands = []
    for i, p in enumerate(preds):
        for j, g in enumerate(golds):
            o = overlap(p["tokens"], g["tokens"])
            if (thr is None and p["tokens"] == g["tokens"] and p["tokens"]) or (thr is not None and o >= thr):
                cands.append((o, i, j))
    cands.sort(reverse=True)
    used_p, used_g, pairs = set(), set(), []
    for o, i, j in cands:
        if i in used_p or j in used_g:
            continue
        used_p.add(i)
        used_g.add(j)
        pairs.append((i, j))
    return pairs


def speaker_ok(text: str, pred, gold) -> bool | None:
    src = gold["source_tokens"]
    if not src:
        return None
    sp = pred["speaker"]
    if sp is None:
        return False
    if sp.start is not None and sp.end is not None:
        if token_set(text, [(sp.start, sp.end)]) & src:
            return True
    gold_text_full = " ".join(text[i : i + 40].split()[0] for i in sorted(src) if text[i : i + 40].split()).lower()
    if sp.mention and sp.start is None and sp.mention.lower().strip() == gold_text_full.strip():
        return True  # the gold source is the antecedent mention the speaker was resolved from
    if sp.name:
        gold_words = {text[i : i + 40].split()[0].strip(".,;:’'s").lower() for i in src if text[i : i + 40].split()}
        name_words = [w.lower() for w in WORD.findall(sp.name)]
        gold_text = " ".join(text[i : i + 40].split()[0] for i in sorted(src) if text[i : i + 40].split()).lower()
        if name_words and all(w in gold_text for w in name_words[-1:]):
            return True
        _ = gold_words
    return False


SHOW: dict[str, int] = {}


def _show(kind: str, text: str, msg: str) -> None:
    if SHOW.get(kind, 0) > 0:
        SHOW[kind] -= 1
        print(f"  [{kind}] {msg}")


CLASSES = ("direct", "direct+frag", "indirect", "any")
GOLD_CLASS = {"direct": ("direct",), "direct+frag": ("direct", "embedded"), "indirect": ("indirect",)}


def in_class(q, cls: str) -> bool:
    """Whether a predicted quote competes in a class (see the module docstring)."""
    attributed = bool(q.speaker and (q.speaker.name or q.speaker.mention))
    if cls == "direct":
        return q.kind == "direct"
    if cls == "direct+frag":
        return q.kind == "direct" or (q.kind == "fragment" and attributed)
    if cls == "indirect":
        return q.kind == "indirect" or (q.kind == "mixed" and "contains-quote" in q.flags)
    # any attribution: every direct/indirect quote, and fragments / partial quotes that have a speaker
    return q.kind in ("direct", "indirect") or "contains-quote" in q.flags or attributed


def evaluate(docs, label: str):
    counts = {cls: {"tp": {t: 0 for t, _ in THRESHOLDS}, "pred": 0, "gold": 0, "spk_ok": 0, "spk_n": 0} for cls in CLASSES}
    n_docs = 0
    t0 = time.perf_counter()
    for art, sents, gold in docs:
        n_docs += 1
        text = art.text
        quotes = extract_quotes(art, sents)
        for cls in CLASSES:
            preds = [
                {"tokens": token_set(text, [(q.start, q.end)]), "speaker": q.speaker, "kind": q.kind}
                for q in quotes
                if in_class(q, cls)
            ]
            golds = [
                {"tokens": message_tokens(text, g["message"], g["cls"]), "source_tokens": token_set(text, g["source"])}
                for g in gold
                if cls == "any" or g["cls"] in GOLD_CLASS[cls]
            ]
            golds = [g for g in golds if g["tokens"]]
            c = counts[cls]
            c["pred"] += len(preds)
            c["gold"] += len(golds)
            for name, thr in THRESHOLDS:
                pairs = match(preds, golds, thr)
                c["tp"][name] += len(pairs)
                if name == ">=0.3":
                    for i, j in pairs:
                        ok = speaker_ok(text, preds[i], golds[j])
                        if ok is not None:
                            c["spk_n"] += 1
                            c["spk_ok"] += int(ok)
                            if not ok:
                                sp = preds[i]["speaker"]
                                src = " ".join(text[a:b] for a, b in next(g for g in gold if message_tokens(text, g["message"], g["cls"]) == golds[j]["tokens"])["source"])
                                _a = min(preds[i]['tokens']); _b = max(preds[i]['tokens'])
                                _show(f"{cls}-speaker", text, f"pred {sp.mention if sp else None!r} ({sp.name if sp else None}) gold {src!r} :: {text[max(0, _a - 150):_a]!r} [[{text[_a:_a + 50]!r}...]] {text[_b:_b + 150]!r}")
                if name == ">=0.8":
                    mp = {i for i, _ in pairs}
                    mg = {j for _, j in pairs}
                    for i, p in enumerate(preds):
                        if i not in mp and p["tokens"]:
                            a = min(p["tokens"]); b = max(p["tokens"])
                            _show(f"{cls}-fp", text, f"{p['kind']}: {text[max(0,a-60):a]!r} [[{text[a:b+15]!r}]]")
                    for j, g in enumerate(golds):
                        if j not in mg:
                            a = min(g["tokens"]); b = max(g["tokens"])
                            _show(f"{cls}-fn", text, f"{text[max(0,a-60):a]!r} [[{text[a:b+15]!r}]]")
    secs = time.perf_counter() - t0
    return counts, n_docs, secs


def prf(tp: int, pred: int, gold: int) -> tuple[float, float, float]:
    p = tp / pred if pred else 0.0
    r = tp / gold if gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


def print_table(label: str, counts, n_docs: int, secs: float) -> None:
    print(f"\n{label}: {n_docs} documents, {secs:.1f} s")
    print(f"{'class':11} {'match':6} {'gold':>5} {'pred':>5} {'P':>6} {'R':>6} {'F1':>6}   speaker acc (n)")
    for cls in CLASSES:
        c = counts[cls]
        for name, _ in THRESHOLDS:
            p, r, f = prf(c["tp"][name], c["pred"], c["gold"])
            spk = ""
            if name == ">=0.3":
                acc = c["spk_ok"] / c["spk_n"] if c["spk_n"] else 0.0
                spk = f"   {acc:.3f} ({c['spk_n']})"
            print(f"{cls:11} {name:6} {c['gold']:5d} {c['pred']:5d} {p:6.3f} {r:6.3f} {f:6.3f}{spk}")


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--lang", choices=("de", "en", "both"), default="both")
    ap.add_argument("--limit", type=int, default=None, help="first N documents of each corpus")
    ap.add_argument("--de", type=Path, default=SHARED / "eval" / "spkatt-news-de" / "train")
    ap.add_argument("--en", type=Path, default=SHARED / "eval" / "polnear-en" / "train")
    ap.add_argument("--splitter", choices=("simple", "somajo"), default="simple",
                    help="English sentence splitter: the extractor's fast regex splitter (default) or aligner.segment (SoMaJo, ~10x slower)")
    ap.add_argument("--show", type=int, default=0, help="print N examples of each error type (debugging)")
    args = ap.parse_args(argv)
    for k in ("direct-fp", "direct-fn", "indirect-fp", "indirect-fn", "direct-speaker", "indirect-speaker", "direct+frag-fp", "direct+frag-fn", "direct+frag-speaker"):
        SHOW[k] = args.show
    ran = False
    if args.lang in ("de", "both"):
        if args.de.is_dir():
            print_table("German SpkAtt-2023 (train)", *evaluate(load_spkatt(args.de, args.limit), "de"))
            ran = True
        else:
            print(f"{args.de}: not found, German skipped", file=sys.stderr)
    if args.lang in ("en", "both"):
        if args.en.is_dir():
            print_table("English PolNeAR (train)", *evaluate(load_polnear(args.en, args.limit, args.splitter), "en"))
            ran = True
        else:
            print(f"{args.en}: not found, English skipped", file=sys.stderr)
    return 0 if ran else 1


if __name__ == "__main__":
    raise SystemExit(main())
