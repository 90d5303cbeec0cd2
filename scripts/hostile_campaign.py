"""A campaign of hostile inputs and faults against the real ``aligner`` CLI; prints a table.

Each case puts two good seed articles next to something hostile (or breaks the run
directory, or the options), runs the command a user would type in a fresh process and
checks what the user gets:

* handled: the exit code expected for the case and, where something was refused or
  skipped, a line naming the file (or option) and the reason;
* traceback: any Python traceback on stdout/stderr;
* lost: good articles whose sentences differ from a clean run of the good articles
  alone, plus output files of an earlier run that are gone afterwards.

    python scripts/hostile_campaign.py            # every case
    python scripts/hostile_campaign.py -k html    # cases whose name contains "html"
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SEEDS = REPO / "corpora" / "seeds"
TSV = REPO / "corpora" / "translations" / "seeds.de-en.tsv"
GOOD = ["000_56f271b78337dfd8.txt", "003_8d4c6674a1dcbac4.txt"]
DE = "Die Bürger in Köln zahlen künftig mehr für Öl und Gas, sagte der Bürgermeister am Dienstag."


@dataclass
class Outcome:
    name: str
    handled: bool
    traceback: bool
    lost: int
    rc: int
    seconds: float
    note: str = ""


def cli(*args, timeout: float = 900, env: dict | None = None) -> tuple[subprocess.CompletedProcess, float]:
    """The CLI in a fresh interpreter; returns the process and its children's CPU seconds."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    proc = subprocess.run([sys.executable, "-m", "aligner", *map(str, args)], capture_output=True, text=True,
                          timeout=timeout, env={**os.environ, "PYTHONPATH": str(REPO), "COLUMNS": "200", **(env or {})},
                          check=False)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return proc, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def good_folder(root: Path) -> Path:
    root.mkdir(parents=True, exist_ok=True)
    for name in GOOD:
        shutil.copy(SEEDS / name, root / name)
    return root


def sentences_by_article(run: Path) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    path = run / "sentences.jsonl"
    if path.exists():
        for line in path.read_text(encoding="utf-8").splitlines():
            s = json.loads(line)
            out.setdefault(s["article_id"], []).append(s["text"])
    return out


class Campaign:
    def __init__(self, work: Path):
        self.work = work
        clean = work / "clean"
        proc, _ = cli("run", good_folder(work / "clean-in"), "--out", clean, "--only", "ingest")
        if proc.returncode != 0:
            raise SystemExit(f"the clean run failed: {proc.stderr}")
        self.baseline = sentences_by_article(clean)
        self.n = 0

    def fresh(self) -> Path:
        self.n += 1
        return good_folder(self.work / f"case{self.n:02d}" / "in")

    def lost_articles(self, run: Path) -> int:
        got = sentences_by_article(run)
        return sum(1 for aid, sents in self.baseline.items() if got.get(aid) != sents)

    def judge(self, name: str, proc, cpu: float, rc: int, needles: list[str], run: Path | None, extra_lost: int = 0,
              note: str = "") -> Outcome:
        text = proc.stdout + proc.stderr
        tb = "Traceback (most recent call last)" in text
        named = all(any(n in line for line in proc.stderr.splitlines()) for n in needles)
        lost = (self.lost_articles(run) if run is not None else 0) + extra_lost
        ok = proc.returncode == rc and named and not tb and lost == 0
        if not ok and not note:
            note = (proc.stderr.strip().splitlines() or [""])[-1][:90]
        return Outcome(name, ok, tb, lost, proc.returncode, round(cpu, 1), note)


# -- the cases ----------------------------------------------------------------------------------


def ingest_case(c: Campaign, name: str, files: dict[str, bytes], needles: list[str], rc: int = 0) -> Outcome:
    src = c.fresh()
    for rel, data in files.items():
        p = src / rel
        p.parent.mkdir(parents=True, exist_ok=True)
        p.write_bytes(data)
    run = src.parent / "run"
    proc, cpu = cli("run", src, "--out", run, "--only", "ingest", "--only", "quotes")
    return c.judge(name, proc, cpu, rc, needles, run)


def file_cases(c: Campaign) -> list[Outcome]:
    deep = "<html><body>" + "<div>" * 3000 + f"<p>{DE}</p><p>{DE} Noch ein Satz hier.</p>" + "</div>" * 3000 + "</body></html>"
    h1 = f"<html><body><h1>Köln zahlt mehr <div>{DE}</div><div>{DE} Noch mehr.</div></body></html>"
    cases = [
        ("markup names [/b] [entwurf]", {"a[/b]/x.txt": DE.encode(), "[entwurf].txt": b""}, ["[entwurf].txt: empty file"]),
        ("binary PNG as .txt", {"img.txt": b"\x89PNG\r\n\x1a\n" + bytes(range(256))}, ["img.txt: binary file"]),
        ("empty file", {"empty.txt": b""}, ["empty.txt: empty file"]),
        ("whitespace only", {"blank.txt": b" \n\t\n"}, ["blank.txt: empty file"]),
        ("Latin-1", {"latin.txt": DE.encode("latin-1")}, []),
        ("UTF-16 with BOM", {"u16.txt": b"\xff\xfe" + DE.encode("utf-16-le")}, []),
        ("NUL after 8 KB", {"nul.txt": ((DE + "\n") * 100).encode() + b"\x00\x00" + DE.encode()}, []),
        ("JSONL: bad lines and \\u0000", {"x.jsonl": (json.dumps({"id": "j", "text": DE.replace("Köln", "K\u0000öln")}) + "\n{oops\n[1]\n").encode()},
         ["x.jsonl:2: malformed JSON", "x.jsonl:3:"]),
        ("HTML unclosed <h1>", {"h1.html": h1.encode()}, []),
        ("HTML 3,000 nested divs", {"deep.html": deep.encode()}, []),
        ("HTML garbage", {"junk.html": b"<html><<<<>>>></dif></html"}, ["junk.html: no article text"]),
        ("HTML-injection file name", {"a<img src=x onerror=alert(1)>.txt": DE.encode()}, []),
        ("bidi override file name", {"\u202eevil\u202c.txt": DE.encode()}, []),
        ("folder named x.txt", {"dir.txt/inner.txt": DE.encode()}, []),
        ("bad metadata.tsv", {"metadata.tsv": b"no key column here\nfoo\n"}, ["metadata.tsv: metadata needs a header"]),
    ]
    out = [ingest_case(c, name, files, needles) for name, files, needles in cases]

    src = c.fresh()  # broken symbolic link
    (src / "dangling.txt").symlink_to(src / "nowhere.txt")
    proc, cpu = cli("run", src, "--out", src.parent / "run", "--only", "ingest")
    out.append(c.judge("broken symbolic link", proc, cpu, 0, ["dangling.txt: broken symbolic link"], src.parent / "run"))

    src = c.fresh()  # an oversize file (sparse: 30 MB on paper)
    with open(src / "big.txt", "wb") as fh:
        fh.truncate(30 * 1024 * 1024)
    proc, cpu = cli("run", src, "--out", src.parent / "run", "--only", "ingest")
    out.append(c.judge("30 MB file (over the limit)", proc, cpu, 0, ["big.txt: file is 30.0 MB, over the 20 MB limit"], src.parent / "run"))

    src = c.fresh()  # a 10 MB article on one line, under the limit
    line = (DE.replace("sagte der Bürgermeister", "meinte man") + " ") * (10_000_000 // (len(DE) + 1))
    (src / "huge.txt").write_text(line, encoding="utf-8")
    proc, cpu = cli("ingest", src, "--out", src.parent / "run")
    o = c.judge("10 MB single-line article (ingest)", proc, cpu, 0, [], src.parent / "run", note=f"{cpu:.0f} CPU s")
    out.append(o)

    src = c.fresh()  # run directories inside the input, and --out inside it
    first, _ = cli("run", src, "--out", src / "run-inside", "--only", "ingest")
    proc, cpu = cli("run", src, "--out", src.parent / "run", "--only", "ingest")
    arts = len((src.parent / "run" / "articles.jsonl").read_text().splitlines()) if (src.parent / "run" / "articles.jsonl").exists() else -1
    o = c.judge("run directory inside the input", proc, cpu, 0, ["run-inside: an aligner run directory"], src.parent / "run",
                extra_lost=abs(arts - 2) + (first.returncode != 0), note=f"{arts} articles")
    out.append(o)
    return out


def option_cases(c: Campaign) -> list[Outcome]:
    out = []
    bad = c.work / "notab.tsv"
    bad.write_text("kein Tabulator hier\n", encoding="utf-8")
    for name, args, needle in [
        ("--translations missing", ["--translations", c.work / "nope.tsv"], "nope.tsv"),
        ("--translations without TAB", ["--translations", bad], "notab.tsv"),
        ("--backend unknown", ["--backend", "telepathy"], "telepathy"),
        ("--to de, English translations", ["--translations", TSV, "--to", "de"], "not in 'de' (--to)"),
    ]:
        src = c.fresh()
        proc, cpu = cli("run", src, "--out", src.parent / "run", "--embeddings", "none", *args)
        started = (src.parent / "run" / "articles.jsonl").exists()
        out.append(c.judge(name, proc, cpu, 2, [needle], None, extra_lost=int(started)))
    src = c.fresh()
    (src.parent / "file").write_text("x", encoding="utf-8")
    proc, cpu = cli("run", src, "--out", src.parent / "file")
    out.append(c.judge("--out is an existing file", proc, cpu, 2, ["--out is an existing file"], None))
    # aligner align: one decoder
    for enc in ("latin-1", "utf-16"):
        a, b = c.work / f"de-{enc}.txt", c.work / f"en-{enc}.txt"
        a.write_bytes("Die Bürger zahlen mehr.\nDer Bürgermeister sagte das.\n".encode(enc))
        b.write_bytes("The citizens pay more.\nThe mayor said so.\n".encode(enc))
        proc, cpu = cli("align", a, b, "--presegmented", "--embeddings", "none", "--format", "tsv", "--out", c.work / f"al-{enc}.tsv")
        out.append(c.judge(f"align: {enc} files", proc, cpu, 0, [], None))
    big = c.work / "big-align.txt"
    with open(big, "wb") as fh:
        fh.truncate(30 * 1024 * 1024)
    proc, cpu = cli("align", big, a, "--presegmented", "--embeddings", "none", "--out", c.work / "al-big.tsv")
    out.append(c.judge("align: 30 MB file", proc, cpu, 2, ["big-align.txt: file is 30.0 MB"], None))
    return out


def _garbage(data: bytes) -> bytes:
    third = len(data) // 3
    return data[:third] + os.urandom(16384) + data[third + 16384 :]


DAMAGES = {
    "truncated": lambda data: data[: len(data) // 2],
    "garbage": _garbage,
    "zeroed header": lambda data: bytes(100) + data[100:],
}


def fault_cases(c: Campaign) -> list[Outcome]:
    out = []
    for damage in DAMAGES:
        src = c.fresh()
        run = src.parent / "run"
        cli("run", src, "--out", run, "--embeddings", "none", "--translations", TSV)
        conn = sqlite3.connect(run / "aligner.sqlite")
        with conn:  # a closed connection: everything checkpointed into the file itself
            conn.execute("CREATE TABLE IF NOT EXISTS translation_memory (key TEXT PRIMARY KEY, backend TEXT NOT NULL, model TEXT NOT NULL, "
                         "fingerprint TEXT NOT NULL, src_lang TEXT NOT NULL, tgt_lang TEXT NOT NULL, source TEXT NOT NULL, "
                         "target TEXT NOT NULL, score REAL, flags TEXT NOT NULL DEFAULT '[]', created REAL NOT NULL)")
            conn.executemany("INSERT OR REPLACE INTO translation_memory VALUES (?,?,?,?,?,?,?,?,?,?,?)",
                             [(f"k{i}", "hf", "m", "fp", "de", "en", f"Satz {i} " * 6, f"Sentence {i} " * 6, None, "[]", 0.0)
                              for i in range(2000)])
        conn.close()
        before = {p.name for p in run.iterdir() if not p.name.startswith(("aligner.sqlite", "."))}
        db = run / "aligner.sqlite"
        db.write_bytes(DAMAGES[damage](db.read_bytes()))
        proc, cpu = cli("run", src, "--out", run, "--embeddings", "none", "--translations", TSV)
        gone = len(before - {p.name for p in run.iterdir()})
        memo = next((ln.split("; ")[2] for ln in proc.stderr.splitlines() if "damaged database" in ln and ln.count("; ") >= 2), "")
        out.append(c.judge(f"damaged aligner.sqlite ({damage})", proc, cpu, 0, ["aligner.sqlite: damaged database"], run,
                           extra_lost=gone, note=memo))

    src = c.fresh()  # a second run into a directory in use
    run = src.parent / "run"
    sys.path.insert(0, str(REPO))
    from aligner.store import RunStore

    with RunStore(run).lock("campaign holder"):
        proc, cpu = cli("run", src, "--out", run)
    out.append(c.judge("second run, same --out (lock)", proc, cpu, 75, [f"in use by pid {os.getpid()}"], None))

    out.append(ctrl_c_case(c))

    src = c.fresh()  # kill -9 mid-run, then the same command again
    run = src.parent / "run"
    env = {**os.environ, "PYTHONPATH": str(REPO), "COLUMNS": "200"}
    p = subprocess.Popen([sys.executable, "-m", "aligner", "run", str(src), "--out", str(run), "--embeddings", "none",
                          "--translations", str(TSV)], stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env)
    t0 = time.time()
    while time.time() - t0 < 300 and not (run / "sentences.jsonl").exists():
        time.sleep(0.05)
    p.kill()
    p.communicate()
    proc, cpu = cli("run", src, "--out", run, "--embeddings", "none", "--translations", TSV)
    out.append(c.judge("kill -9 mid-run, re-run", proc, cpu, 0, [], run))
    return out


def _ctrl_c_heard() -> None:
    """In the child before it starts: Ctrl-C at its default.  A shell starts a job in the background (``cmd &``)
    with SIGINT ignored, and an ignored signal stays ignored across exec: a campaign run so would send a Ctrl-C
    that the run never hears, and see it end 0."""
    signal.signal(signal.SIGINT, signal.SIG_DFL)


def ctrl_c_case(c: Campaign, tries: int = 3) -> Outcome:
    """Ctrl-C once sentences.jsonl is written, then the same command again.  A run that
    ends before the signal is sent (a loaded machine) tested nothing: it is made again (up to
    ``tries`` times) and said."""
    env = {**os.environ, "PYTHONPATH": str(REPO), "COLUMNS": "200"}
    early = 0
    for _ in range(tries):
        src = c.fresh()
        run = src.parent / "run"
        p = subprocess.Popen([sys.executable, "-m", "aligner", "run", str(src), "--out", str(run), "--embeddings",
                              "none", "--translations", str(TSV)], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                             text=True, env=env, preexec_fn=_ctrl_c_heard)
        t0 = time.time()
        while time.time() - t0 < 300 and p.poll() is None and not (run / "sentences.jsonl").exists():
            time.sleep(0.05)
        if p.poll() is not None:
            p.communicate()
            early += 1
            continue
        p.send_signal(signal.SIGINT)
        so, se = p.communicate(timeout=300)
        proc = subprocess.CompletedProcess(p.args, p.returncode, so, se)
        note = f"{early} earlier try ended before the signal" if early else ""
        o = c.judge("Ctrl-C mid-run", proc, 0.0, 130, ["interrupted", "re-run"], run, note=note)
        rerun, _ = cli("run", src, "--out", run, "--embeddings", "none", "--translations", TSV)
        o.handled = o.handled and rerun.returncode == 0 and (run / "report.html").exists()
        return o
    return Outcome("Ctrl-C mid-run", False, False, 0, 0, 0.0, f"not tested: each of {tries} runs ended before the signal")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("-k", default="", help="only cases whose name contains this")
    ap.add_argument("--keep", action="store_true", help="keep the work folder")
    args = ap.parse_args()
    work = Path(tempfile.mkdtemp(prefix="hostile-"))
    try:
        c = Campaign(work)
        outcomes: list[Outcome] = []
        for group in (file_cases, option_cases, fault_cases):
            outcomes += [o for o in group(c) if args.k.lower() in o.name.lower()]
    finally:
        if not args.keep:
            shutil.rmtree(work, ignore_errors=True)
    width = max(len(o.name) for o in outcomes)
    print(f"{'input / fault':<{width}}  handled  traceback  lost  exit  cpu_s  note")
    for o in outcomes:
        print(f"{o.name:<{width}}  {'yes' if o.handled else 'NO':<7}  {'YES' if o.traceback else 'no':<9}  {o.lost:<4}  "
              f"{o.rc:<4}  {o.seconds:<5}  {o.note}")
    n = len(outcomes)
    print(f"\n{n} inputs/faults tried, {sum(o.handled for o in outcomes)} handled, "
          f"{sum(o.traceback for o in outcomes)} tracebacks, {sum(o.lost for o in outcomes)} items lost")


if __name__ == "__main__":
    main()
