"""The batch engine around a backend: memory, batching, splitting, guards, logging."""

from __future__ import annotations

import re
import time
from collections import Counter
from typing import Any, Callable, Iterator, Sequence

from ..errors import BackendError, ConfigError
from ..model import Translation
from . import guards as guard_mod
from .base import Backend, Hypothesis
from .memory import MemoryStats, TranslationMemory, decoding_settings, memory_key, normalise

_BREAKS = [re.compile(r"(?<=[.!?;:])\s+"), re.compile(r"(?<=[,)\]»“\"])\s+"), re.compile(r"\s+")]


def split_long(text: str, limit: int, count: Callable[[str], int]) -> list[str]:
    """Split ``text`` into pieces of at most ``limit`` tokens at the gentlest breaks.

    Sentence-like breaks first, then commas, then any whitespace; a single "word"
    longer than the limit is cut by characters.  Nothing is dropped: joining the
    pieces with spaces gives the text back (up to whitespace).
    """
    if count(text) <= limit:
        return [text]
    for pattern in _BREAKS:
        parts = [p for p in pattern.split(text) if p]
        if len(parts) < 2:
            continue
        pieces: list[str] = []
        cur = ""
        for part in parts:
            cand = f"{cur} {part}" if cur else part
            if cur and count(cand) > limit:
                pieces.append(cur)
                cur = part
            else:
                cur = cand
        if cur:
            pieces.append(cur)
        out: list[str] = []
        for p in pieces:
            out.extend(split_long(p, limit, count) if count(p) > limit else [p])
        return out
    half = max(1, len(text) // 2)  # no whitespace at all: cut the string
    return split_long(text[:half], limit, count) + split_long(text[half:], limit, count)


def _merge(parts: list[Hypothesis]) -> Hypothesis:
    if len(parts) == 1:
        return parts[0]
    scores = [p.score for p in parts if p.score is not None]
    flags = sorted({f for p in parts for f in p.flags})
    return Hypothesis(" ".join(p.text for p in parts if p.text), sum(scores) / len(scores) if scores else None, flags)


class Engine:
    """Translate lists of texts through one backend, with the memory of a run store."""

    def __init__(self, backend: Backend, store=None, *, stage: str = "translate", guards: bool = True, retry_beam: int = 4):
        self.backend = backend
        self.store = store
        self.stage = stage
        self.guards = guards
        self.retry_beam = retry_beam
        # model output and brought translations (``remembered``) go through the run's memory
        remembered = getattr(backend, "remembered", backend.calls_model)
        self.memory = TranslationMemory.for_store(store) if store is not None and remembered else None
        self.stats = MemoryStats()

    # -- one call of the backend, logged ---------------------------------------
    def _call(self, texts: list[str], src: str, tgt: str, beam: int, batch_size: int, options) -> list[Hypothesis]:
        t0 = time.perf_counter()
        hyps = self.backend.translate_batch(texts, src, tgt, beam=beam, batch_size=batch_size, options=options)
        secs = time.perf_counter() - t0
        if len(hyps) != len(texts):
            raise BackendError(f"backend {self.backend.name} returned {len(hyps)} outputs for {len(texts)} inputs")
        if self.backend.calls_model:
            self.stats.model_calls += 1
            if self.store is not None:
                self.store.log_model_call(
                    self.stage, self.backend.name, self.backend.model, len(texts), secs,
                    fingerprint=self.backend.fingerprint, src_lang=src, tgt_lang=tgt, beam=beam, batch_size=batch_size,
                )
        return hyps

    def _from_memory(self, unique: dict[str, str], st: MemoryStats) -> tuple[dict[str, tuple[Hypothesis, bool]], list[str]]:
        """(results found in the memory or needing no model, the keys left to translate,
        shortest first: length-sorted batches pad less); fills ``st.hits``/``st.misses``."""
        results: dict[str, tuple[Hypothesis, bool]] = {}
        found = self.memory.lookup(unique) if self.memory is not None else {}
        for k, h in found.items():
            results[k] = (h, True)
        st.hits = len(found)
        todo = [k for k in unique if k not in found]
        for k in [k for k in todo if not unique[k]]:  # empty input -> empty output, no model
            results[k] = (Hypothesis("", None), False)
        todo = [k for k in todo if unique[k]]
        st.misses = len(todo)
        todo.sort(key=lambda k: len(unique[k]))
        return results, todo

    def _remember(self, part: list[str], hyps: list[Hypothesis], unique: dict[str, str], src_lang: str, tgt_lang: str) -> None:
        """Keep new translations in the memory (a line the brought translations lack is
        not an answer to keep)."""
        if self.memory is None:
            return
        b = self.backend
        self.memory.put_many(
            [(k, b.name, b.model, b.fingerprint, src_lang, tgt_lang, unique[k], h) for k, h in zip(part, hyps)
             if "missing-translation" not in h.flags]
        )

    def _count(self, st: MemoryStats) -> None:
        """Add one call's counts to the engine's running totals."""
        self.stats.inputs += st.inputs
        self.stats.unique += st.unique
        self.stats.hits += st.hits
        self.stats.misses += st.misses
        self.stats.seconds += st.seconds
        self.last_stats = st

    def _translate_chunk(self, texts: list[str], src: str, tgt: str, beam: int, batch_size: int, options) -> list[Hypothesis]:
        """Split over-long texts, translate, rejoin, guard + retry once with beam search."""
        limit = self.backend.max_input_tokens
        pieces: list[str] = []
        owner: list[int] = []
        for i, t in enumerate(texts):
            parts = [t]
            if limit and self.backend.calls_model:
                parts = split_long(t, max(8, limit - 2), lambda s: self.backend.count_tokens(s, src))
            pieces.extend(parts)
            owner.extend([i] * len(parts))
        hyps = self._call(pieces, src, tgt, beam, batch_size, options)
        grouped: list[list[Hypothesis]] = [[] for _ in texts]
        for i, h in zip(owner, hyps):
            grouped[i].append(h)
        out = [_merge(g) for g in grouped]
        for i, g in enumerate(grouped):
            if len(g) > 1:
                out[i].flags = sorted(set(out[i].flags) | {"split"})
        if not self.guards:
            return out
        bad = [i for i, (t, h) in enumerate(zip(texts, out)) if not {"missing-translation", "merged"} & set(h.flags) and guard_mod.check(t, h.text)]
        if bad and self.backend.calls_model:
            self.stats.retried += len(bad)
            rbeam = max(self.retry_beam, beam + 1)
            again = self._translate_chunk_noguard([texts[i] for i in bad], src, tgt, rbeam, batch_size, options)
            for i, h in zip(bad, again):
                if not guard_mod.check(texts[i], h.text) or len(guard_mod.check(texts[i], h.text)) < len(guard_mod.check(texts[i], out[i].text)):
                    out[i] = h
        for t, h in zip(texts, out):
            if {"missing-translation", "merged"} & set(h.flags):
                continue  # nothing was produced for this one; already flagged
            flags = guard_mod.check(t, h.text)
            if flags:
                self.stats.flagged += 1
                h.flags = sorted(set(h.flags) | set(flags))
        return out

    def _translate_chunk_noguard(self, texts, src, tgt, beam, batch_size, options):
        saved, self.guards = self.guards, False
        try:
            return self._translate_chunk(texts, src, tgt, beam, batch_size, options)
        finally:
            self.guards = saved

    def _translate_parts(
        self, parts: list[list[str]], src: str, tgt: str, beam: int, batch_size: int, options
    ) -> Iterator[list[Hypothesis]]:
        """Each chunk's hypotheses, in order, as they are ready (the caller commits each
        to the memory before asking for the next); another engine may spread them out."""
        for texts in parts:
            yield self._translate_chunk(texts, src, tgt, beam, batch_size, options)

    # -- public --------------------------------------------------------------
    def translate(
        self,
        texts: Sequence[str],
        src_lang: str,
        tgt_lang: str = "en",
        *,
        ids: Sequence[str] | None = None,
        batch_size: int = 32,
        beam: int = 1,
        options: dict[str, Any] | None = None,
        on_progress: Callable[[int], None] | None = None,
    ) -> list[Translation]:
        t_start = time.perf_counter()
        texts = list(texts)
        ids = [str(i) for i in range(len(texts))] if ids is None else list(ids)
        if len(ids) != len(texts):
            raise ConfigError(f"{len(ids)} ids for {len(texts)} texts: one id per text")
        b = self.backend
        norm = [normalise(t) for t in texts]
        settings = decoding_settings(beam, options, self.guards)
        keys = [memory_key(b.name, b.fingerprint, src_lang, tgt_lang, n, settings) for n in norm]
        unique: dict[str, str] = {}
        for k, n in zip(keys, norm):
            unique.setdefault(k, n)
        st = MemoryStats(inputs=len(texts), unique=len(unique))
        results, todo = self._from_memory(unique, st)
        if on_progress and st.hits:
            on_progress(sum(1 for k in keys if k in results and results[k][1]))
        before = self.stats.model_calls, self.stats.retried, self.stats.flagged
        pending = set(todo)
        weight = Counter(k for k in keys if k in pending)  # occurrences of each text left to translate
        chunk = max(1, batch_size * max(1, b.parallel))
        parts = [todo[c : c + chunk] for c in range(0, len(todo), chunk)]
        done = self._translate_parts([[unique[k] for k in part] for part in parts], src_lang, tgt_lang, beam, batch_size, options)
        for part, hyps in zip(parts, done):
            self._remember(part, hyps, unique, src_lang, tgt_lang)
            results.update((k, (h, False)) for k, h in zip(part, hyps))
            if on_progress:
                on_progress(sum(weight[k] for k in part))
        st.model_calls = self.stats.model_calls - before[0]
        st.retried = self.stats.retried - before[1]
        st.flagged = self.stats.flagged - before[2]
        st.seconds = time.perf_counter() - t_start
        self._count(st)
        out = []
        for sid, text, k in zip(ids, texts, keys):
            h = results[k][0]  # served by the memory or not: counted in ``last_stats``, not per row
            out.append(
                Translation(
                    sentence_id=sid, source=text, target=h.text, src_lang=src_lang, tgt_lang=tgt_lang,
                    backend=b.name, model=b.model, score=h.score, flags=list(h.flags),
                )
            )
        return out


def identity_translations(texts: Sequence[str], lang: str, ids: Sequence[str] | None = None) -> list[Translation]:
    ids = [str(i) for i in range(len(texts))] if ids is None else list(ids)
    return [Translation(i, t, t, lang, lang, "identity", "identity", None, []) for i, t in zip(ids, texts)]
