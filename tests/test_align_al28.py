"""Session 28 (alignment): the CV over several dumps reads the protocol's grid sweeps
too, and says how many documents sit below 0.92 (the issue's tail) per variant."""

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "scripts"))


def _sweep_dump(path: Path, names: list[str], points: list[tuple[str, list[float]]]) -> Path:
    path.write_text(json.dumps({"names": names, "base": "", "points": [[label, f1s] for label, f1s in points],
                                "held": {}}))
    return path


def test_cv_dumps_pools_two_protocol_sweeps(tmp_path, capsys):
    from eval_align_repairs import cv_dumps

    a = _sweep_dump(tmp_path / "a.json", ["d1", "d2", "d3", "d4"],
                    [("default", [0.95, 0.91, 0.97, 0.89]), ("cost_22=-0.1", [0.96, 0.93, 0.97, 0.90])])
    b = _sweep_dump(tmp_path / "b.json", ["d5", "d6", "d7"],
                    [("default", [0.94, 0.96, 0.98]), ("cost_22=-0.1", [0.95, 0.96, 0.98])])
    assert cv_dumps([a, b], "default", 7) == 0
    out = capsys.readouterr().out
    assert "7 documents" in out
    rows = {line.split("|")[1].strip(): [c.strip() for c in line.split("|")[2:-1]]
            for line in out.splitlines() if line.startswith("| default") or line.startswith("| cost_22")}
    # mean, worst, below 0.90, below 0.92 over the seven documents of both files
    assert rows["default"][:4] == ["0.9429", "0.890", "1", "2"]
    assert rows["cost_22=-0.1"][:4] == ["0.9500", "0.900", "0", "1"]
    assert rows["cost_22=-0.1"][4].startswith("+0.0071")
    # the documents below 0.92 under any variant, with each variant's F1
    assert "d2: 0.910 0.930" in out and "d4: 0.890 0.900" in out and "d1:" not in out


def test_cv_dumps_still_reads_its_own_dumps(tmp_path, capsys):
    from eval_align_repairs import cv_dumps

    own = tmp_path / "own.json"
    own.write_text(json.dumps({"names": ["d1", "d2"], "variants": {"all": [0.95, 0.91], "none": [0.94, 0.92]},
                               "held": {}}))
    assert cv_dumps([own], "all", 2) == 0
    out = capsys.readouterr().out
    assert "| none | 0.9300 | 0.920 | 0 | 0 |" in out
