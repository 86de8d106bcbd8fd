"""Shared test fixtures: where the samples and the read-only corpus live, and the golden-file switch."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = ROOT / "samples"
SHARED = ROOT.parent / "shared"
CORPUS = SHARED / "corpus"


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--update-golden",
        action="store_true",
        default=False,
        help="Rewrite the expected JSON beside each sample instead of comparing with it.",
    )


@pytest.fixture
def update_golden(request: pytest.FixtureRequest) -> bool:
    return bool(request.config.getoption("--update-golden"))


@pytest.fixture
def corpus() -> Path:
    """The read-only corpus beside the project; tests using it skip on a user's fresh clone."""
    if not CORPUS.is_dir():
        pytest.skip(f"the shared corpus is not present at {CORPUS} (only in the developers' workspace and CI)")
    return CORPUS


def require_corpus() -> Path:
    """For module-level parametrisation: the corpus path, or a skip of the whole module."""
    if not CORPUS.is_dir():
        pytest.skip(f"the shared corpus is not present at {CORPUS}", allow_module_level=True)
    return CORPUS


def load_benchmark(name: str) -> ModuleType:
    """Import ``benchmarks/<name>.py`` (not a package) so tests guard the figures it prints."""
    module_name = f"specparse_benchmark_{name}"
    if module_name in sys.modules:
        return sys.modules[module_name]
    spec = importlib.util.spec_from_file_location(module_name, ROOT / "benchmarks" / f"{name}.py")
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[module_name] = module
    spec.loader.exec_module(module)
    return module
