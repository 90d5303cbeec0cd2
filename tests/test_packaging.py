"""Packaging: the registry ships inside the package, models live in a user folder,
py.typed is there, extras are split, and no torch import happens before a model is
known to exist."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
import tomllib

import aligner
from aligner.errors import StageUnavailable
from aligner.translate import registry

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = Path(aligner.__file__).resolve().parent


@pytest.fixture
def no_models(tmp_path, monkeypatch):
    monkeypatch.setenv("ALIGNER_MODELS", str(tmp_path / "models"))
    monkeypatch.chdir(tmp_path)  # no checkout's models/ folder can help
    return tmp_path / "models"


def test_packaged_registry_gives_opus_mt_defaults(no_models):
    assert (PACKAGE / "translate" / "registry.json").is_file()
    assert not (ROOT / "models" / "registry.json").exists()  # one registry, in the package
    assert registry.default_model("en", "de") == "Helsinki-NLP/opus-mt-en-de"
    assert registry.default_model("de", "en") == "Helsinki-NLP/opus-mt-de-en"
    assert registry.default_model("fr", "en") == "Helsinki-NLP/opus-mt-fr-en"
    assert registry.default_model("sv", "en") == "facebook/nllb-200-distilled-600M"


def test_a_registry_in_the_models_folder_adds_to_the_packaged_one(no_models):
    no_models.mkdir()
    (no_models / "registry.json").write_text('{"defaults": {"de-en": "my/de-en"}}', encoding="utf-8")
    assert registry.default_model("de", "en") == "my/de-en"
    assert registry.default_model("en", "de") == "Helsinki-NLP/opus-mt-en-de"
    assert registry.lang_code("nllb", "de") == "deu_Latn"


def test_models_live_in_the_user_cache_unless_aligner_models_is_set(tmp_path, monkeypatch):
    monkeypatch.delenv("ALIGNER_MODELS", raising=False)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    where = registry.models_dir()
    assert where == tmp_path / "cache" / "aligner" / "models"
    assert PACKAGE not in where.parents
    monkeypatch.setenv("ALIGNER_MODELS", str(tmp_path / "mine"))
    assert registry.models_dir() == tmp_path / "mine"


def test_py_typed_and_package_data_are_declared():
    assert (PACKAGE / "py.typed").is_file()
    meta = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    data = meta["tool"]["setuptools"]["package-data"]["aligner"]
    assert "py.typed" in data and "**/*.json" in data


def test_ct2_extra_does_not_pull_torch():
    extras = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["optional-dependencies"]
    assert not any(dep.startswith("torch") for dep in extras["ct2"])
    assert any("hf" in dep for dep in extras["convert"])  # conversion loads the model with torch


def test_no_torch_import_when_the_model_is_missing(tmp_path):
    code = (
        "import sys\n"
        "from aligner.translate import get_backend\n"
        "from aligner.errors import StageUnavailable\n"
        "for backend in ('hf', 'ct2', None):\n"
        "    try:\n"
        "        get_backend(backend, None, 'de', 'en')\n"
        "    except StageUnavailable as exc:\n"
        "        assert 'cannot load the translation model' in str(exc), exc\n"
        "    else:\n"
        "        raise SystemExit('a backend without a model')\n"
        "print('torch' in sys.modules, 'transformers' in sys.modules)\n"
    )
    env = {"ALIGNER_MODELS": str(tmp_path / "models"), "HF_HUB_OFFLINE": "1", "HF_HOME": str(tmp_path / "hf"),
           "PATH": "/usr/bin:/bin", "PYTHONPATH": str(ROOT)}
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.split() == ["False", "False"]


def test_hf_backend_explains_a_missing_local_folder(no_models, tmp_path):
    from aligner.translate import get_backend

    with pytest.raises(StageUnavailable, match="not a transformers model folder"):
        get_backend("hf", str(tmp_path), "de", "en")


def test_ci_runs_exactly_the_readme_test_command():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    block = readme.split("Run the tests", 1)[1].split("```bash\n", 1)[1].split("```", 1)[0].strip()
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8").strip().splitlines()[-1]
    assert ci == block
    assert "smoke-wheel" in block and (ROOT / ".ci" / "smoke-wheel").stat().st_mode & 0o111


def test_smoke_wheel_venv_sees_nothing_of_the_callers_python():
    """A PYTHONPATH naming a checkout with an aligner.egg-info makes the venv's pip say
    "already installed with the same version" and install nothing (pip exits 0): the
    smoke script unsets it before pip runs, and runs every venv Python isolated (-I)."""
    lines = (ROOT / ".ci" / "smoke-wheel").read_text(encoding="utf-8").splitlines()
    code = [ln for ln in lines if not ln.lstrip().startswith("#")]
    first_pip = next(i for i, ln in enumerate(code) if "pip install" in ln)
    unset = next(i for i, ln in enumerate(code) if ln.startswith("unset ") and "PYTHONPATH" in ln.split())
    assert unset < first_pip
    venv_python = [ln for ln in code if "venv/bin/python" in ln and "-m venv" not in ln]
    assert venv_python and all("venv/bin/python\" -I" in ln for ln in venv_python), venv_python
    assert not any("PYTHONPATH=" in ln for ln in code)
