"""False alarms of the quote-consistency report on translation twins: ``aligner run`` on files.

Nothing is planted here.  Every German article has an English twin that is a human
translation of it (a WMT reference), so a serious flag (negation, number, speaker,
truncation) between two twins, or a cluster that joins quotes of different stories, is a
false alarm unless the reference itself mistranslates.  The script prints what the run
wrote and lists every serious-flag cluster with its versions' texts so a reader can judge
each one.

Data: ``../shared/eval/wmt22-de-en`` and ``wmt23-de-en`` (news test sets, one segment per
line: WMT22 a sentence, WMT23 a paragraph).  The corpus is written to a temporary
directory, never into the repository, and removed afterwards (``--keep DIR`` keeps the
corpus and the run there instead).

How the stories are picked (a rule fixed before any run, not tuned on its outcome):

1. Each test set is cut into consecutive windows of ``W`` lines (12 for WMT22, 4 for
   WMT23), the first starting at an offset drawn from the seed in ``[0, W)``; a last,
   shorter window is dropped.
2. A window is a candidate when its German source holds a quotation mark: an opening
   ``„`` or ``»``, or at least two straight ``"``.
3. ``--articles N`` gives ``N // 2`` stories, 60 % (rounded) from WMT22 and the rest from
   WMT23, drawn uniformly without replacement from each set's candidates
   (``random.Random`` seeded by ``--seed`` and the set's name).  A set with fewer
   candidates gives all of them; the table says how many articles were built.
4. A story is two articles: ``<set>-<start>-de.txt``, the window's non-empty German
   lines, one paragraph each; ``<set>-<start>-en.txt``, the same lines of a reference
   (WMT22: reference A and B alternately, in the order of the windows).  The German lines
   come with one MT system's output (WMT22 Online-B, WMT23 ONLINE-B) as brought
   translations, one TSV: ``--translations``.

The run is the README's: ``aligner run CORPUS --out RUN --translations TSV`` in a
subprocess (CPU-seconds: user + system of the children, like ``/usr/bin/time``).  Counts
come from ``quotes.jsonl`` and ``clusters.jsonl``; a cluster "joins different stories"
when its versions come from more than one story (article ids less ``-de`` / ``-en``).
Windows cut the test sets without regard to their documents, so two neighbouring windows
can be one WMT document (a headline and the body that repeats its quote): the table
counts those joins apart, and they need not be false.

Wrong joins by test-set line (``join_kind``, a rule fixed before its output was read):
each version is placed on the test-set line of the paragraph its offsets fall in
(``lines.json`` beside the corpus); a cluster of versions on one line is a right join;
one that spans lines of the two test sets or of windows that are not neighbours joins
different documents (wrong: the report says two outlets quote one statement); lines of
one window or of neighbouring windows may be one document (a repeated quote) and are
listed to be read.  The txt test sets carry no document ids: see ``join_kind`` for what
the rule cannot see.

``--show-worth`` also lists the clusters whose only flags are worth-a-look ones, each
flagged pair with the flag's details (the two words of a ``wording`` flag; for
``paraphrase`` and ``partial``, which carry none, the link that matched the pair).

    python scripts/check_twin_flags.py [--articles 200] [--seed 1] [--keep DIR] [--show-worth]
"""

from __future__ import annotations

import argparse
import json
import os
import random
import resource
import subprocess
import sys
import tempfile
import time
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared" / "eval"
SERIOUS = ("negation", "number", "speaker", "truncation")
WORTH_A_LOOK = ("paraphrase", "wording", "partial")
SHORT = 110  # characters of a version's text shown in the listing
LINES = "lines.json"  # beside the corpus: article id -> the test-set line of each paragraph


@dataclass(frozen=True)
class WmtSet:
    name: str
    folder: str  # under the eval directory
    source: str
    references: tuple[str, ...]  # used in turn, window by window
    brought: str  # the MT system's output given as --translations
    window: int  # lines per story
    share: float  # of the stories


SETS = (
    WmtSet("w22", "wmt22-de-en/txt", "sources/generaltest2022.de-en.src.de",
            ("references/generaltest2022.de-en.ref.A.en", "references/generaltest2022.de-en.ref.B.en"),
            "system-outputs/generaltest2022.de-en.hyp.Online-B.en", 12, 0.6),
    WmtSet("w23", "wmt23-de-en/txt", "sources/generaltest2023.de-en.src.de",
            ("references/generaltest2023.de-en.ref.refA.en",),
            "system-outputs/generaltest2023.de-en.hyp.ONLINE-B.en", 4, 0.4),
)


def has_quotation(lines: list[str]) -> bool:
    """Rule 2: an opening „ or », or two straight double quotes."""
    text = "".join(lines)
    return "„" in text or "»" in text or text.count('"') >= 2


def pick_windows(source: list[str], window: int, n: int, rng: random.Random) -> list[int]:
    """Rules 1-3: the start lines of ``n`` candidate windows (all candidates when fewer), sorted."""
    offset = rng.randrange(window)
    starts = range(offset, len(source) - window + 1, window)
    candidates = [s for s in starts if has_quotation(source[s:s + window])]
    return sorted(rng.sample(candidates, min(n, len(candidates))))


def stories_per_set(articles: int) -> list[int]:
    """Rule 3: how many stories each set gives for ``--articles``."""
    stories = articles // 2
    first = round(stories * SETS[0].share)
    return [first, stories - first]


def _lines(path: Path) -> list[str]:
    return path.read_text(encoding="utf-8").split("\n")


def build_corpus(eval_dir: Path, out: Path, articles: int, seed: int) -> Path:
    """Write the twin articles under ``out/corpus`` and the brought translations to
    ``out/brought.de-en.tsv`` (rules 1-4); returns the TSV's path."""
    corpus = out / "corpus"
    corpus.mkdir(parents=True, exist_ok=True)
    rows: dict[str, str] = {}
    placed: dict[str, list[int]] = {}  # article id -> the test-set line of each paragraph
    for ts, n in zip(SETS, stories_per_set(articles)):
        base = eval_dir / ts.folder
        src, mt = _lines(base / ts.source), _lines(base / ts.brought)
        refs = [_lines(base / r) for r in ts.references]
        rng = random.Random(f"{seed}-{ts.name}")
        for i, start in enumerate(pick_windows(src, ts.window, n, rng)):
            span = range(start, start + ts.window)
            ref = refs[i % len(refs)]
            de = [src[k].strip() for k in span if src[k].strip()]
            en = [ref[k].strip() for k in span if ref[k].strip()]
            stem = f"{ts.name}-{start:04d}"
            (corpus / f"{stem}-de.txt").write_text("\n\n".join(de) + "\n", encoding="utf-8")
            (corpus / f"{stem}-en.txt").write_text("\n\n".join(en) + "\n", encoding="utf-8")
            for k in span:
                if src[k].strip() and mt[k].strip():
                    rows.setdefault(src[k].strip(), mt[k].strip())
            placed[f"{stem}-de"] = [k for k in span if src[k].strip()]
            placed[f"{stem}-en"] = [k for k in span if ref[k].strip()]
    tsv = out / "brought.de-en.tsv"
    tsv.write_text("".join(f"{s}\t{t}\n" for s, t in rows.items()), encoding="utf-8")
    (out / LINES).write_text(json.dumps(placed), encoding="utf-8")
    return tsv


def run_aligner(corpus: Path, tsv: Path, run_dir: Path) -> tuple[float, float]:
    """``aligner run`` as the README gives it; (wall seconds, CPU-seconds of the children)."""
    cmd = [sys.executable, "-m", "aligner", "run", str(corpus), "--out", str(run_dir), "--translations", str(tsv)]
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    t0 = time.perf_counter()
    done = subprocess.run(cmd, capture_output=True, text=True)
    wall = time.perf_counter() - t0
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if done.returncode != 0:
        sys.exit(f"aligner run failed (rc {done.returncode}): {done.stderr.strip()[-400:]}")
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return wall, cpu


def story_of(article_id: str) -> str:
    """The story an article belongs to: its id less the language suffix."""
    for suffix in ("-de", "-en"):
        if article_id.endswith(suffix):
            return article_id[: -len(suffix)]
    return article_id


def only_neighbours(stories: set[str]) -> bool:
    """Whether the stories are consecutive windows of one test set (maybe one WMT document)."""
    names = {s.split("-")[0] for s in stories}
    window = {ts.name: ts.window for ts in SETS}.get(next(iter(names)))
    if len(names) != 1 or window is None:
        return False
    starts = sorted(int(s.split("-")[1]) for s in stories)
    return all(b - a == window for a, b in zip(starts, starts[1:]))


def line_finder(run_dir: Path, corpus: Path, placed: dict[str, list[int]]):
    """(article id, character offset) -> (set name, test-set line), or None where the
    offset falls in no paragraph that could be found in the run's article text."""
    spans: dict[str, list[tuple[int, int, int]]] = {}
    for art in _read_jsonl(run_dir / "articles.jsonl"):
        aid, text = art["id"], art["text"]
        paragraphs = (corpus / f"{aid}.txt").read_text(encoding="utf-8").strip().split("\n\n")
        pos, out = 0, []
        for k, para in zip(placed.get(aid, []), paragraphs):
            at = text.find(para[:60], pos)
            if at >= 0:
                out.append((at, at + len(para), k))
                pos = at + 1
        spans[aid] = out

    def look(aid: str, start: int) -> tuple[str, int] | None:
        for a, b, k in spans.get(aid, []):
            if a <= start < b:
                return aid.split("-")[0], k
        return None

    return look


def join_kind(places: list[tuple[str, int] | None], stories: set[str]) -> str:
    """The rule for wrong joins, fixed before any output was read.  A cluster whose versions
    all lie on one test-set line (a German line and its own translation) is ``one line``.
    Otherwise it joins different lines: ``different documents`` when the lines come from
    the two test sets or from windows of one set that are not neighbours (a wrong join:
    the user is told two outlets quote one statement); ``same or neighbouring window``
    when they may be one WMT document (a quote repeated in a headline and the body is a
    right join; read them).  ``unplaced`` when a version's paragraph was not found.

    What the rule cannot see: the txt test sets carry no document ids, so a long document
    cut into two windows with an unpicked one between them counts as ``different
    documents``, and two short documents (reviews, posts) in one window or in neighbouring
    windows count as ``same or neighbouring window``; two different quotes of one line (a
    WMT23 paragraph) joined count as ``one line``."""
    found = [p for p in places if p is not None]
    if len(found) < len(places):
        return "unplaced"
    if len(set(found)) == 1:
        return "one line"
    if len({s for s, _ in found}) > 1 or (len(stories) > 1 and not only_neighbours(stories)):
        return "different documents"
    return "same or neighbouring window"


JOIN_KINDS = ("one line", "same or neighbouring window", "different documents", "unplaced")


def _read_jsonl(path: Path) -> list[dict]:
    if not path.exists():
        return []
    with path.open(encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def count(run_dir: Path, n_articles: int, look=None) -> dict:
    """The table's numbers from what the run wrote (``look``: ``line_finder``'s, for the
    joins by test-set line)."""
    clusters = _read_jsonl(run_dir / "clusters.jsonl")
    kinds_of = {}
    if look is not None:
        for c in clusters:
            if len(c["versions"]) >= 2:
                places = [look(v["article_id"], v["start"]) for v in c["versions"]]
                kinds_of[c["id"]] = join_kind(places, {story_of(v["article_id"]) for v in c["versions"]})
    serious = [c for c in clusters if set(c.get("flags", [])) & set(SERIOUS)]
    look = [c for c in clusters if c not in serious and set(c.get("flags", [])) & set(WORTH_A_LOOK)]
    joined = [c for c in clusters if len({story_of(v["article_id"]) for v in c["versions"]}) > 1]
    kinds = Counter(f for c in serious for f in set(c["flags"]) if f in SERIOUS)
    soft = Counter(f for c in look for f in set(c["flags"]) if f in WORTH_A_LOOK)
    return {
        "articles": n_articles,
        "quotes": len(_read_jsonl(run_dir / "quotes.jsonl")),
        "clusters": len(clusters),
        "clusters with >= 2 versions": sum(1 for c in clusters if len(c["versions"]) >= 2),
        "flagged: serious": len(serious),
        "flagged: worth a look only": len(look),
        **{f"serious clusters with {k}": kinds.get(k, 0) for k in SERIOUS},
        **{f"worth-a-look clusters with {k}": soft.get(k, 0) for k in WORTH_A_LOOK},
        "clusters joining different stories": len(joined),
        "  of them neighbouring windows only": sum(
            1 for c in joined if only_neighbours({story_of(v["article_id"]) for v in c["versions"]})),
        **{f"joins by line: {k}": sum(1 for v in kinds_of.values() if v == k) for k in JOIN_KINDS if look},
        "_serious": serious,
        "_look": look,
        "_joined": joined,
        "_by_line": {k: [c for c in clusters if kinds_of.get(c["id"]) == k] for k in JOIN_KINDS[1:]},
    }


def _short(text: str) -> str:
    text = " ".join(str(text or "").split())
    return text if len(text) <= SHORT else text[: SHORT - 1] + "…"


def show_cluster(c: dict, kinds: tuple[str, ...] = SERIOUS) -> None:
    """One cluster: flags, speaker and each version's text (German with its English), and
    each pair with a flag of ``kinds`` with the flag's details."""
    stories = sorted({story_of(v["article_id"]) for v in c["versions"]})
    near = " (neighbouring windows)" if len(stories) > 1 and only_neighbours(set(stories)) else ""
    print(f"\n{c['id']}  flags {','.join(c.get('flags', [])) or '-'}  speaker {c.get('speaker')!r}"
          f"  stories {', '.join(stories)}{near}")
    for v in c["versions"]:
        print(f"  {v['article_id']:<12} {v['kind']:<9} {str(v.get('speaker') or '-')[:24]:<24} {_short(v['original'])}")
        if v["language"] != "en" and v.get("english"):
            print(f"  {'':<12} {'':<9} {'(English)':<24} {_short(v['english'])}")
    for p in c.get("pairs", []):
        bad = [f for f in p.get("flags", []) if f in kinds]
        if bad:
            why = "; ".join(f"{f}: {p.get('details', {}).get(f) or p.get('match', {}).get('method')}" for f in bad)
            chrf = p.get("chrf")
            print(f"    pair {p['a']} / {p['b']} (chrF {chrf if chrf is None else round(chrf, 2)}): {_short(why)}")


def report(numbers: dict, wall: float, cpu: float, load: float, show_worth: bool = False) -> None:
    print(f"{'what':<40} {'value':>10}")
    for key, value in numbers.items():
        if not key.startswith("_"):
            print(f"{key:<40} {value:>10}")
    print(f"{'wall seconds':<40} {wall:>10.1f}")
    print(f"{'CPU-seconds (user + system)':<40} {cpu:>10.1f}")
    print(f"{'load average (1 min) at the start':<40} {load:>10.1f}")
    print("\nclusters with a serious flag (nothing was planted: each is a false alarm unless the reference mistranslates):")
    for c in numbers["_serious"]:
        show_cluster(c)
    if show_worth:
        print("\nclusters whose only flags are worth-a-look ones (each pair: the flag and its details, else the link):")
        for c in numbers["_look"]:
            show_cluster(c, WORTH_A_LOOK)
    by_line = numbers.get("_by_line")
    if by_line is None:
        others = [c for c in numbers["_joined"] if c not in numbers["_serious"]]
        if others:
            print("\nclusters joining different stories (no serious flag):")
            for c in others:
                show_cluster(c)
        return
    for kind in JOIN_KINDS[1:]:
        if by_line[kind]:
            print(f"\nclusters joining different test-set lines: {kind} (see join_kind):")
            for c in by_line[kind]:
                show_cluster(c)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--articles", type=int, default=200, help="articles to build (two per story)")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--eval-dir", type=Path, default=SHARED)
    ap.add_argument("--show-worth", action="store_true",
                    help="also list the clusters whose only flags are worth-a-look ones (paraphrase, wording, partial)")
    ap.add_argument("--keep", type=Path, help="keep the corpus and the run here (outside the repository)")
    args = ap.parse_args(argv)
    if not all((args.eval_dir / ts.folder / ts.source).exists() for ts in SETS):
        print(f"skipped: the WMT22/23 de-en test sets are not in {args.eval_dir}")
        return 0
    if args.keep and ROOT in args.keep.resolve().parents:
        sys.exit(f"--keep {args.keep}: inside the repository; evaluation data stays out of it")
    if args.keep and (args.keep / "corpus").exists():
        sys.exit(f"--keep {args.keep}: already holds a corpus; give a new directory")
    with tempfile.TemporaryDirectory(prefix="twins-") as tmp:
        work = args.keep or Path(tmp)
        tsv = build_corpus(args.eval_dir, work, args.articles, args.seed)
        n_articles = len(list((work / "corpus").glob("*.txt")))
        print(f"seed {args.seed}: {n_articles} articles, {sum(1 for _ in tsv.open(encoding='utf-8'))} brought "
              f"translations; aligner run on {os.cpu_count()} cores")
        load = os.getloadavg()[0]
        wall, cpu = run_aligner(work / "corpus", tsv, work / "run")
        placed = json.loads((work / LINES).read_text(encoding="utf-8"))
        look = line_finder(work / "run", work / "corpus", placed)
        report(count(work / "run", n_articles, look), wall, cpu, load, args.show_worth)
    return 0


if __name__ == "__main__":
    sys.exit(main())
