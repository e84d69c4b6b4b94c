"""Imports flow one way: the model depends on nothing else in nkreports."""

from __future__ import annotations

import ast
from pathlib import Path

import nkreports

PACKAGE = Path(nkreports.__file__).parent


def _module_level_nodes(tree: ast.AST) -> list[ast.AST]:
    """Every node run at import time: all but the bodies of functions."""
    nodes: list[ast.AST] = []
    todo = [tree]
    while todo:
        node = todo.pop()
        nodes.append(node)
        if not isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef | ast.Lambda):
            todo.extend(ast.iter_child_nodes(node))
    return nodes


def _nk_imports(path: Path, *, module_level: bool = False) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found: set[str] = set()
    for node in _module_level_nodes(tree) if module_level else ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module and node.level == 0 and node.module.startswith("nkreports"):
            found.add(node.module)
        elif isinstance(node, ast.Import):
            found.update(a.name for a in node.names if a.name.startswith("nkreports"))
    return found


def test_model_imports_nothing_else() -> None:
    """nkreports.model is pure attrs classes and enums: at import time it loads nothing else of nkreports."""
    for path in (PACKAGE / "model").glob("*.py"):
        assert _nk_imports(path, module_level=True) <= {"nkreports.model"}, path.name


def test_model_defers_only_json() -> None:
    """The only import a model method makes when called is the JSON module (Report.to_dict/from_dict)."""
    for path in (PACKAGE / "model").glob("*.py"):
        assert _nk_imports(path) <= {"nkreports.model", "nkreports.io"}, path.name


def test_public_names_are_sorted_and_exported() -> None:
    """The façade's __all__ is sorted and every name in it exists."""
    assert list(nkreports.__all__) == sorted(nkreports.__all__)
    for name in nkreports.__all__:
        assert hasattr(nkreports, name), name
