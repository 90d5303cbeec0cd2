"""Which model translates which language pair, and where models live locally.

``models/registry.json`` names the default model per language pair and the
language codes of multilingual models (NLLB-200 wants ``deu_Latn``, M2M100 wants
``de``).  Local models live in folders under ``models/`` (or ``$ALIGNER_MODELS``):
a transformers model saved with ``save_pretrained`` (has ``config.json``) or a
CTranslate2 conversion (has ``model.bin``), e.g. ``models/opus-mt-de-en-ct2-int8``.
"""

from __future__ import annotations

import hashlib
import json
import os
import socket
from functools import cache
from pathlib import Path
from typing import Any

REPO_MODELS = Path(__file__).resolve().parents[2] / "models"


def require(extra: str, *modules: str) -> None:
    """Import ``modules`` or explain, in one line, which extra installs them."""
    import importlib

    from ..errors import StageUnavailable

    for name in modules:
        try:
            importlib.import_module(name)
        except ImportError:
            raise StageUnavailable(
                f"the {extra} translation backend needs the Python package {name!r}, which is not installed: "
                f"pip install 'aligner[{extra}]' (or bring your own translations with --translations FILE.tsv)"
            ) from None

_FALLBACK: dict[str, Any] = {
    "defaults": {"de-en": "Helsinki-NLP/opus-mt-de-en", "*": "facebook/nllb-200-distilled-600M"},
    "families": {
        "nllb": {"match": ["nllb"], "codes": {"de": "deu_Latn", "en": "eng_Latn"}},
        "m2m100": {"match": ["m2m100", "m2m_100"], "codes": {"de": "de", "en": "en"}},
    },
}


def models_dir() -> Path:
    env = os.environ.get("ALIGNER_MODELS")
    if env:
        return Path(env)
    cwd = Path.cwd() / "models"
    return cwd if cwd.is_dir() else REPO_MODELS


@cache
def _load_registry(path: str) -> dict:
    p = Path(path)
    if p.is_file():
        try:
            return json.loads(p.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            pass
    return _FALLBACK


def registry() -> dict:
    for base in (models_dir(), REPO_MODELS):
        if (base / "registry.json").is_file():
            return _load_registry(str(base / "registry.json"))
    return _FALLBACK


def default_model(src_lang: str, tgt_lang: str) -> str:
    defaults = registry().get("defaults", {})
    return defaults.get(f"{src_lang}-{tgt_lang}") or defaults.get("*") or _FALLBACK["defaults"]["*"]


def family(model: str, config_type: str | None = None, tokenizer_class: str | None = None) -> str:
    """``nllb``, ``m2m100`` or ``marian`` (any single-pair model).

    The tokenizer class decides first (an NLLB checkpoint is an ``m2m_100`` model with
    an ``NllbTokenizer``, whatever its folder is called), then the model type and name.
    """
    families = registry().get("families", {})
    tk = (tokenizer_class or "").lower().replace("_", "")
    if tk:
        for fam, info in families.items():
            if any(m.replace("_", "") in tk for m in info.get("match", [])):
                return fam
    name = (config_type or "") + " " + model.lower()
    for fam, info in families.items():
        if any(m in name for m in info.get("match", [])):
            return fam
    return "marian"


def lang_code(fam: str, lang: str) -> str:
    codes = registry().get("families", {}).get(fam, {}).get("codes", {})
    return codes.get(lang, lang)


def lang_token(tokenizer, fam: str, lang: str, model: str = "") -> str:
    """The special token that names ``lang`` for a multilingual model (``deu_Latn`` for
    NLLB, ``__de__`` for M2M100); an error when the tokenizer has no such token, since
    an unknown code would silently become ``<unk>`` and give garbage translations."""
    from ..errors import AlignerError

    code = lang_code(fam, lang)
    token = code
    if fam == "m2m100":
        token = getattr(tokenizer, "lang_code_to_token", {}).get(code, f"__{code}__")
    tid = tokenizer.convert_tokens_to_ids(token)
    known = token in set(getattr(tokenizer, "all_special_tokens", []) or []) or token in getattr(tokenizer, "lang_token_to_id", {})
    if tid is None or tid == tokenizer.unk_token_id or not known:  # "sv" may be an ordinary BPE piece
        raise AlignerError(
            f"{model or 'the model'}: no language token for {lang!r} (looked for {token!r}); "
            f"add the language's code to models/registry.json under families.{fam}.codes"
        )
    return token


def ct2_folder_name(model: str) -> str:
    """``Helsinki-NLP/opus-mt-de-en`` -> ``opus-mt-de-en-ct2-int8``."""
    return Path(model.rstrip("/\\")).name + "-ct2-int8"


def is_ct2_dir(path: Path) -> bool:
    return (path / "model.bin").is_file()


def is_hf_dir(path: Path) -> bool:
    return (path / "config.json").is_file() and not is_ct2_dir(path)


def find_local(model: str, kind: str | None = None) -> Path | None:
    """A local folder for ``model``: the path itself, or a folder of that name under models/.

    ``kind`` = "ct2" also finds the conversion ``models/<name>-ct2-int8``.
    """
    candidates = [Path(model).expanduser()]
    base = models_dir()
    name = Path(model.rstrip("/\\")).name
    candidates += [base / model, base / name]
    if kind == "ct2":
        candidates = [c for c in candidates] + [base / ct2_folder_name(model)]
    for c in candidates:
        if c.is_dir() and (is_ct2_dir(c) if kind == "ct2" else is_hf_dir(c) if kind == "hf" else (is_ct2_dir(c) or is_hf_dir(c))):
            return c
    return None


def list_local() -> list[dict]:
    """Every model folder under models/: name, kind (hf | ct2), path."""
    out = []
    base = models_dir()
    if base.is_dir():
        for p in sorted(base.iterdir()):
            if p.is_dir() and (is_ct2_dir(p) or is_hf_dir(p)):
                kind = "ct2" if is_ct2_dir(p) else "hf"
                size = sum(f.stat().st_size for f in p.rglob("*") if f.is_file())
                out.append({"name": p.name, "kind": kind, "path": str(p), "size_mb": round(size / 1e6, 1)})
    return out


_FP_CACHE: dict[tuple, str] = {}


def folder_fingerprint(path: Path) -> str:
    """sha1 over every file's name and content in a model folder (cached by size+mtime)."""
    files = sorted(f for f in Path(path).rglob("*") if f.is_file() and not f.name.startswith("."))
    sig = tuple((str(f), f.stat().st_size, f.stat().st_mtime_ns) for f in files)
    if sig in _FP_CACHE:
        return _FP_CACHE[sig]
    h = hashlib.sha1()
    for f in files:
        h.update(f.relative_to(path).as_posix().encode())
        with f.open("rb") as fh:
            for chunk in iter(lambda: fh.read(1 << 20), b""):
                h.update(chunk)
    fp = h.hexdigest()[:16]
    _FP_CACHE[sig] = fp
    return fp


def hub_reachable(timeout: float = 3.0) -> bool:
    """Whether huggingface.co answers at all (so we do not wait for 50 s of retries offline)."""
    if os.environ.get("HF_HUB_OFFLINE") in ("1", "true", "True") or os.environ.get("TRANSFORMERS_OFFLINE") in ("1", "true"):
        return False
    endpoint = os.environ.get("HF_ENDPOINT", "https://huggingface.co")
    host = endpoint.split("://", 1)[-1].split("/", 1)[0].split(":")[0]
    try:
        with socket.create_connection((host, 443), timeout=timeout):
            return True
    except OSError:
        return False


def unavailable_message(model: str, src_lang: str, tgt_lang: str, reason: str) -> str:
    return (
        f"cannot load the translation model {model!r} for {src_lang}->{tgt_lang} ({reason}). "
        "Translation needs a model on this machine: give a local transformers model folder with "
        "--model PATH (e.g. a copy of Helsinki-NLP/opus-mt-de-en made with save_pretrained), "
        "convert one for the fast CPU backend with `aligner models convert PATH` and use --backend ct2, "
        "or bring your own translations with --translations FILE.tsv (source<TAB>translation) "
        "or --translations FOLDER (translated documents named like the source files)."
    )
