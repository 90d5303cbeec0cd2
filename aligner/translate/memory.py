"""The translation memory: SQLite, inside the run's ``aligner.sqlite``.

Keyed by backend + model fingerprint + language pair + normalised source text (+ the
decoding settings when they are not the defaults: beam size, generation options), so
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


def memory_key(backend: str, fingerprint: str, src_lang: str, tgt_lang: str, source: str, settings: str = "") -> str:
    """``settings``: the decoding settings that change outputs (:func:`decoding_settings`);
    empty for the defaults, whose keys are those memories made before settings were keyed."""
    parts = [backend, fingerprint, src_lang, tgt_lang, normalise(source)] + ([settings] if settings else [])
    return hashlib.sha1("\x1f".join(parts).encode("utf-8")).hexdigest()


def decoding_settings(beam: int = 1, options: dict | None = None, guards: bool = True) -> str:
    """The part of the memory key for settings other than the defaults (greedy, guards on,
    no generation options): a beam-4 run is never served a greedy run's outputs."""
    parts = [] if beam == 1 else [f"beam={beam}"]
    parts += [f"{k}={v!r}" for k, v in sorted((options or {}).items()) if k != "scores"]
    if not guards:
        parts.append("guards=off")
    return ";".join(parts)


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
