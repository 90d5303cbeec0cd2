"""Which model translates which language pair, and where models live locally.

The registry ships inside the package (``aligner/translate/registry.json``, read with
``importlib.resources``, so a wheel has it too): the default model per language pair
and the language codes of multilingual models (NLLB-200 wants ``deu_Latn``, M2M100
wants ``de``).  A ``registry.json`` in the models folder adds to it (its ``defaults``
and ``families`` entries win).

Local models live in one folder: ``$ALIGNER_MODELS`` when set, else the user cache
(``platformdirs``: ``~/.cache/aligner/models`` on Linux).  A model is a transformers
model saved with ``save_pretrained`` (has ``config.json``) or a CTranslate2 conversion
(has ``model.bin``), e.g. ``opus-mt-de-en-ct2-int8``; ``--model PATH`` takes any folder.
"""

from __future__ import annotations

import hashlib
import importlib.util
import json
import os
import re
import socket
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

from ..errors import ModelUnavailable, StageUnavailable
from ..store import hash_file


def require(extra: str, *modules: str) -> None:
    """Check that ``modules`` are installed (without importing them) or explain, in one
    line, which extra installs them."""
    for name in modules:
        try:
            found = importlib.util.find_spec(name) is not None
        except (ImportError, ValueError):
            found = False
        if not found:
            raise StageUnavailable(
                f"the {extra} translation backend needs the Python package {name!r}, which is not installed: "
                f"pip install 'aligner[{extra}]' (or bring your own translations with --translations FILE.tsv)"
            )


def models_dir() -> Path:
    """``$ALIGNER_MODELS``, else the user cache folder; never inside the installed package."""
    env = os.environ.get("ALIGNER_MODELS")
    if env:
        return Path(env).expanduser()
    import platformdirs

    return platformdirs.user_cache_path("aligner") / "models"


@cache
def _packaged() -> dict[str, Any]:
    text = resources.files("aligner.translate").joinpath("registry.json").read_text(encoding="utf-8")
    data: dict[str, Any] = json.loads(text)
    return data


@cache
def _load_user(path: str, mtime_ns: int) -> dict[str, Any]:
    from ..errors import InputError

    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise InputError(path, f"not a readable registry ({exc})") from None
    if not isinstance(data, dict):
        raise InputError(path, "not a registry (a JSON object with defaults and families)")
    return data


def registry() -> dict[str, Any]:
    """The packaged registry, with the models folder's ``registry.json`` on top."""
    base = _packaged()
    user_file = models_dir() / "registry.json"
    if not user_file.is_file():
        return base
    user = _load_user(str(user_file), user_file.stat().st_mtime_ns)
    merged = dict(base)
    for key in ("defaults", "families"):
        merged[key] = {**base.get(key, {}), **(user.get(key) or {})}
    return merged


def default_model(src_lang: str, tgt_lang: str) -> str:
    defaults = registry().get("defaults", {})
    model: str = defaults.get(f"{src_lang}-{tgt_lang}") or defaults["*"]
    return model


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
            f"add the language's code under families.{fam}.codes in {models_dir() / 'registry.json'}"
        )
    return token


def set_pair(tokenizer, fam: str, src: str, tgt: str, model: str = "") -> str:
    """A multilingual model's tokenizer (``nllb``, ``m2m100``) set to read ``src``, and the special token
    that asks for ``tgt`` (:func:`lang_token`: an error for a language it has no token for, either side)."""
    lang_token(tokenizer, fam, src, model)  # known code, or a clear error
    tokenizer.src_lang = lang_code(fam, src)
    return lang_token(tokenizer, fam, tgt, model)


def ct2_folder_name(model: str) -> str:
    """``Helsinki-NLP/opus-mt-de-en`` -> ``opus-mt-de-en-ct2-int8``."""
    return Path(model.rstrip("/\\")).name + "-ct2-int8"


def is_ct2_dir(path: Path) -> bool:
    return (path / "model.bin").is_file()


def is_hf_dir(path: Path) -> bool:
    return (path / "config.json").is_file() and not is_ct2_dir(path)


def find_local(model: str, kind: str | None = None) -> Path | None:
    """A local folder for ``model``: the path itself, or a folder of that name in the models folder.

    ``kind`` = "ct2" also finds the conversion ``<name>-ct2-int8`` there, when it was made
    from the weights now in the model's local folder (never by the name alone).
    """
    candidates = [Path(model).expanduser()]
    if is_path(model) and not candidates[0].exists():
        return None  # a path with no folder: never another folder of its base name (rv86-7)
    base = models_dir()
    name = Path(model.rstrip("/\\")).name
    candidates += [base / model, base / name]
    for c in candidates:
        if c.is_dir() and (is_ct2_dir(c) if kind == "ct2" else is_hf_dir(c) if kind == "hf" else (is_ct2_dir(c) or is_hf_dir(c))):
            return c
    if kind == "ct2":
        conv = base / ct2_folder_name(model)
        if conv.is_dir() and is_ct2_dir(conv) and conversion_of(conv, find_local(model, kind="hf")):
            return conv
    return None


def is_path(model: str) -> bool:
    """Whether ``model`` is written as a path (absolute, ``~``, ``./``, ``../``, a drive),
    not a hub id ("org/name") or a name in the models folder."""
    return model.startswith(("/", "\\", "~", "./", "../", ".\\", "..\\")) or bool(re.match(r"[A-Za-z]:[\\/]", model))


def missing_path(model: str) -> str | None:
    """Why ``model`` cannot be used when it is a path that does not exist (one line), else None."""
    if is_path(model) and not Path(model).expanduser().exists():
        return f"--model {model}: no such folder"
    return None


def conversion_of(ct2_dir: Path, hf_dir: Path | None) -> bool:
    """Whether the conversion ``ct2_dir`` was made from the weights now in ``hf_dir``
    (the fingerprint ``aligner models convert`` stored beside it): a conversion found by
    its name alone may come from another folder of the same name or from older weights.
    Without a local source folder (a hub id) the name is all there is to go by."""
    if hf_dir is None:
        return True
    meta = conversion_meta(ct2_dir)
    return meta is not None and meta.get("source_fingerprint") == folder_fingerprint(hf_dir)


# what `aligner models convert` writes beside a conversion: its source model, fingerprint, model type
SIDECAR = "aligner_source.json"


def conversion_meta(ct2_dir: Path) -> dict | None:
    """The sidecar :data:`SIDECAR` of a conversion, or None when it is missing or unreadable."""
    try:
        meta = json.loads((ct2_dir / SIDECAR).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return meta if isinstance(meta, dict) else None


def list_local() -> list[dict]:
    """Every model folder in the models folder: name, kind (hf | ct2), path."""
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
        hash_file(h, f)
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


def check_available(model: str, src_lang: str, tgt_lang: str) -> None:
    """``StageUnavailable`` unless ``model`` is a local folder, in the Hugging Face cache,
    or the hub answers: decided before torch is imported (which takes seconds)."""
    if find_local(model, kind="hf") is not None:
        return
    p = Path(model).expanduser()
    if p.exists() or model.startswith((".", "/", "~")):
        raise model_unavailable(model, src_lang, tgt_lang, f"{p} is not a transformers model folder (no config.json)")
    try:
        from huggingface_hub import try_to_load_from_cache

        if isinstance(try_to_load_from_cache(model, "config.json"), str):
            return
    except (OSError, ValueError):  # a malformed id or cache: let the loader say what is wrong
        return
    if not hub_reachable():
        raise model_unavailable(model, src_lang, tgt_lang, "it is not on this machine and the Hugging Face hub cannot be reached")


def model_unavailable(model: str, src_lang: str, tgt_lang: str, reason: str) -> ModelUnavailable:
    """The error for a translation model that cannot be loaded here, and why."""
    pair = f" for {src_lang}->{tgt_lang}" if src_lang and tgt_lang else ""
    return ModelUnavailable(f"cannot load the translation model {model!r}{pair} ({reason})", _NEEDS_A_MODEL)


_NEEDS_A_MODEL = (
    "Translation needs a model on this machine: give a local transformers model folder with "
    "--model PATH (e.g. a copy of Helsinki-NLP/opus-mt-de-en made with save_pretrained), "
    "convert one for the fast CPU backend with `aligner models convert PATH` and use --backend ct2, "
    "or bring your own translations with --translations FILE.tsv (source<TAB>translation) "
    "or --translations FOLDER (translated documents named like the source files). "
    # a notebook gets this message from aligner.run() too: the same choices as its arguments
    "From Python: aligner.run(..., translations=FILE_OR_FOLDER), or a model folder with "
    "config=aligner.RunConfig(translate=aligner.TranslateConfig(model=PATH)) (and backend=\"ct2\" for a converted one)."
)


# opus-mt-de-en, Helsinki-NLP/opus-mt-de-en, opus-mt-de-en-ct2-int8: a single-pair model's name says its pair
_PAIR_NAME = re.compile(r"opus-mt-([a-z]{2,3})-([a-z]{2,3})(?:-ct2-[a-z0-9_]+)?$")


def declared_pair(model: str) -> tuple[str, str] | None:
    """The language pair a single-pair model declares by its name (or, for a conversion,
    by the name of the model it was converted from); None when it declares none."""
    names = [Path(model.rstrip("/\\")).name]
    local = find_local(model)
    if local is not None and is_ct2_dir(local):
        source = (conversion_meta(local) or {}).get("source_model")
        if isinstance(source, str):
            names.append(Path(source.rstrip("/\\")).name)
    for name in names:
        m = _PAIR_NAME.search(name)
        if m and "mul" not in m.groups():
            return m.group(1), m.group(2)
    return None


def check_pair(model: str, src_lang: str, tgt_lang: str) -> None:
    """``StageUnavailable`` when ``model`` declares another language pair than
    ``src_lang->tgt_lang`` (a de-en model given French would write plausible nonsense)."""
    pair = declared_pair(model)
    if pair is not None and pair != (src_lang, tgt_lang):
        raise StageUnavailable(
            f"the translation model {model!r} translates {pair[0]}->{pair[1]}, not {src_lang}->{tgt_lang}; "
            f"give a {src_lang}-{tgt_lang} model for these texts (or a multilingual one, e.g. NLLB-200)"
        )
