"""`aligner align` and the run's aligned-corpus exports as the session-20 review used
them (a translator / corpus builder).  The sentences are invented."""

from __future__ import annotations

import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

DE = ["Der Fuchs schleicht durch den Garten.", "Die Eule ruft in der Nacht.", "Seit Dienstag schneit es in Hamburg."]
EN = ["The fox creeps through the garden.", "The owl calls at night.", "It has been snowing in Hamburg since Tuesday."]


def _write(path: Path, lines: list[str], end: str = "\n") -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("".join(x + end for x in lines), encoding="utf-8")
    return path


def _align(tmp: Path, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "aligner", "align", *args, "--embeddings", "none"],
                          cwd=tmp, capture_output=True, text=True, timeout=300)


# -- one language on both sides --------------------------------------------------------


def test_moses_same_language_writes_both_sides_under_their_own_names(tmp_path):
    _write(tmp_path / "a.txt", ["The fox creeps fast.", "The owl sleeps."])
    _write(tmp_path / "b.txt", ["The fox is creeping fast.", "The owl is asleep."])
    r = _align(tmp_path, "a.txt", "b.txt", "--presegmented", "--src-lang", "en", "--tgt-lang", "en",
               "--format", "moses", "-o", "out")
    assert r.returncode == 0, r.stderr
    assert (tmp_path / "out.en1").read_text(encoding="utf-8") == "The fox creeps fast.\nThe owl sleeps.\n"
    assert (tmp_path / "out.en2").read_text(encoding="utf-8") == "The fox is creeping fast.\nThe owl is asleep.\n"
    assert not (tmp_path / "out.en").exists()
    said = " ".join((r.stdout + r.stderr).split())
    assert "out.en1, out.en2" in said, said


def test_tmx_of_one_language_reads_back_both_sides(tmp_path):
    from aligner.align.formats import read_tmx

    _write(tmp_path / "a.txt", ["The fox creeps fast."])
    _write(tmp_path / "b.txt", ["The fox is creeping fast."])
    r = _align(tmp_path, "a.txt", "b.txt", "--presegmented", "--src-lang", "en", "--tgt-lang", "en",
               "--format", "tmx", "-o", "o.tmx")
    assert r.returncode == 0, r.stderr
    ET.parse(tmp_path / "o.tmx")
    assert read_tmx(tmp_path / "o.tmx") == [{"en": "The fox creeps fast.", "en#2": "The fox is creeping fast."}]
