"""Imports flow one way: the model depends on nothing else in nkreports."""

from __future__ import annotations

import ast
from pathlib import Path

import nkreports

PACKAGE = Path(nkreports.__file__).parent


def _nk_imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module and node.level == 0 and node.module.startswith("nkreports"):
            found.add(node.module)
        elif isinstance(node, ast.Import):
            found.update(a.name for a in node.names if a.name.startswith("nkreports"))
    return found


def test_model_imports_nothing_else() -> None:
    """nkreports.model is pure attrs classes and enums."""
    for path in (PACKAGE / "model").glob("*.py"):
        assert _nk_imports(path) <= {"nkreports.model"}, path.name


def test_public_names_are_sorted_and_exported() -> None:
    """The façade's __all__ is sorted and every name in it exists."""
    assert list(nkreports.__all__) == sorted(nkreports.__all__)
    for name in nkreports.__all__:
        assert hasattr(nkreports, name), name
