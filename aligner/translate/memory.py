"""The translation memory: SQLite, inside the run's ``aligner.sqlite``.

Keyed by backend + model fingerprint + language pair + normalised source text, so
that a sentence occurring many times is translated once, an unchanged re-run makes
no model calls, and a run killed half-way resumes where it stopped (the engine
commits after every batch).  A different model, or the same model id with other
weights, has another fingerprint and therefore never reuses these entries.
"""

from __future__ import annotations

import hashlib
import json
import re
import sqlite3
import time
import unicodedata
from dataclasses import dataclass, field
from typing import Iterable

from .base import Hypothesis

_WS = re.compile(r"\s+")


def normalise(text: str) -> str:
    """NFC, whitespace runs collapsed to one space, stripped."""
    return _WS.sub(" ", unicodedata.normalize("NFC", text)).strip()


def memory_key(backend: str, fingerprint: str, src_lang: str, tgt_lang: str, source: str) -> str:
    raw = "\x1f".join([backend, fingerprint, src_lang, tgt_lang, normalise(source)])
    return hashlib.sha1(raw.encode("utf-8")).hexdigest()


@dataclass
class MemoryStats:
    inputs: int = 0  # texts asked for
    unique: int = 0  # distinct normalised texts among them
    hits: int = 0  # distinct texts found in the memory
    misses: int = 0  # distinct texts the backend had to translate
    model_calls: int = 0  # backend batch calls
    retried: int = 0  # texts retried with beam search by the guards
    flagged: int = 0  # texts whose output is still flagged after the retry
    seconds: float = 0.0

    def add(self, other: MemoryStats) -> None:
        for f in self.__dataclass_fields__:
            setattr(self, f, getattr(self, f) + getattr(other, f))

    def as_dict(self) -> dict:
        d = {f: getattr(self, f) for f in self.__dataclass_fields__}
        d["seconds"] = round(d["seconds"], 2)
        return d


@dataclass
class TranslationMemory:
    conn: sqlite3.Connection
    stats: MemoryStats = field(default_factory=MemoryStats)

    def __post_init__(self) -> None:
        from ..store import migrate

        migrate(self.conn)  # the table is store migration 2; a no-op on a run's database

    @classmethod
    def for_store(cls, store) -> TranslationMemory:
        return cls(store.db)

    def lookup(self, keys: Iterable[str]) -> dict[str, Hypothesis]:
        keys = list(dict.fromkeys(keys))
        found: dict[str, Hypothesis] = {}
        for i in range(0, len(keys), 500):  # SQLite's parameter limit
            chunk = keys[i : i + 500]
            marks = ",".join("?" * len(chunk))
            rows = self.conn.execute(
                f"SELECT key, target, score, flags FROM translation_memory WHERE key IN ({marks})", chunk
            )
            for key, target, score, flags in rows:
                found[key] = Hypothesis(target, score, json.loads(flags))
        return found

    def put_many(self, rows: list[tuple[str, str, str, str, str, str, str, Hypothesis]]) -> None:
        """Rows of (key, backend, model, fingerprint, src, tgt, source, hyp); one commit."""
        now = time.time()
        with self.conn:
            self.conn.executemany(
                "INSERT OR REPLACE INTO translation_memory"
                "(key, backend, model, fingerprint, src_lang, tgt_lang, source, target, score, flags, created)"
                " VALUES (?,?,?,?,?,?,?,?,?,?,?)",
                [
                    (k, b, m, fp, s, t, normalise(src), h.text, h.score, json.dumps(h.flags), now)
                    for k, b, m, fp, s, t, src, h in rows
                ],
            )

    def size(self) -> int:
        return self.conn.execute("SELECT COUNT(*) FROM translation_memory").fetchone()[0]
