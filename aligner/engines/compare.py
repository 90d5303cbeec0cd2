"""Are two run directories the same run?  (``--engine local`` against ``--engine ray``.)

Every output file must be byte-identical, except for what records when and how long
(never what was computed), which is dropped before comparing:

- ``summary.json``: the keys ``seconds``, ``cpu_seconds``, ``cpu_workers``, ``cpu_ray``, ``cpu_ray_tasks``
  and ``seconds_*`` of every stage, and ``signature.config.out`` (the run directory's own path);
- ``aligner.sqlite`` and ``embeddings.sqlite``: compared row by row, table by table
  (rows sorted), without the columns ``at``, ``finished`` and ``created`` and the
  model-call ``seconds`` and ``id`` (the order calls were logged in); JSON cells lose the keys above, and a stage's recorded
  outputs keep each file's size but not its modification time; the per-article results in
  ``items.sqlite`` are compared as the objects they pickle (zlib-compressed) (the same result pickles to other
  bytes when its strings are shared differently, as after a trip through a Ray worker);
- ``.aligner.lock`` and SQLite's own ``-wal``/``-shm``/``-journal`` files are not
  compared (a database is read through SQLite, with its journal).
"""

from __future__ import annotations

import json
import pickle
import sqlite3
import zlib
from pathlib import Path
from typing import Any

_TIME_COLUMNS = {"at", "finished", "created", "seconds"}
_SKIP_FILES = {".aligner.lock"}


def _drop_times(value: Any) -> Any:
    if isinstance(value, dict):
        return {
            k: _drop_times(v) for k, v in value.items()
            if k not in ("seconds", "cpu_seconds", "cpu_workers", "cpu_ray", "cpu_ray_tasks") and not k.startswith("seconds_")
        }
    if isinstance(value, list):
        return [_drop_times(v) for v in value]
    return value


def _summary(path: Path) -> Any:
    data = _drop_times(json.loads(path.read_text(encoding="utf-8")))
    sig = data.get("signature", {})
    if isinstance(sig.get("config"), dict):
        sig["config"].pop("out", None)
    return data


def _cell(table: str, column: str, value: Any) -> Any:
    if isinstance(value, str) and value[:1] in "{[":
        try:
            parsed = json.loads(value)
        except ValueError:
            return value
        if table == "stage_fingerprints" and column == "outputs" and isinstance(parsed, dict):
            return {name: stat[0] for name, stat in parsed.items()}  # size, not mtime
        return _drop_times(parsed)
    return value


def _item(blob: Any) -> Any:
    """A per-article result of the item cache (``items.sqlite``), as the object it pickles:
    the same result pickles to other bytes when its strings are shared differently."""
    try:
        return repr(pickle.loads(zlib.decompress(blob)))
    except (zlib.error, pickle.UnpicklingError, EOFError, AttributeError, ImportError, TypeError, ValueError):
        return blob  # not a pickled item: compared as the bytes it is


def _database(path: Path) -> dict[str, list[str]]:
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        out: dict[str, list[str]] = {}
        tables = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")]
        for table in tables:
            if table.startswith("sqlite_"):
                continue
            cur = conn.execute(f'SELECT * FROM "{table}"')
            cols = [d[0] for d in cur.description]
            rows = []
            for row in cur:
                kept = {
                    c: _item(v) if (path.name == "items.sqlite" and c == "value") else _cell(table, c, v)
                    for c, v in zip(cols, row)
                    if c not in _TIME_COLUMNS and not (table == "model_calls" and c == "id")
                }
                rows.append(json.dumps(kept, sort_keys=True, default=lambda b: b.hex()))
            out[table] = sorted(rows)
        out["user_version"] = [str(conn.execute("PRAGMA user_version").fetchone()[0])]
        return out
    finally:
        conn.close()


def canonical(path: Path) -> Any:
    """The content of one run-directory file as compared (bytes, or a canonical form)."""
    if path.name == "summary.json":
        return _summary(path)
    if path.suffix == ".sqlite":
        return _database(path)
    return path.read_bytes()


def _names(d: Path) -> set[str]:
    return {
        p.name for p in d.iterdir()
        if p.is_file() and p.name not in _SKIP_FILES and not p.name.endswith(("-wal", "-shm", "-journal"))
    }


def differences(a: Path, b: Path) -> list[str]:
    """File names (with a reason) on which run directories ``a`` and ``b`` differ; [] when the same."""
    names_a, names_b = _names(a), _names(b)
    out = [f"{n}: only in {a}" for n in sorted(names_a - names_b)]
    out += [f"{n}: only in {b}" for n in sorted(names_b - names_a)]
    for name in sorted(names_a & names_b):
        if canonical(a / name) != canonical(b / name):
            out.append(f"{name}: differs")
    return out


__all__ = ["canonical", "differences"]
