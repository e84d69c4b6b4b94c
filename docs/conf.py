"""Sphinx configuration for nkreports."""

from __future__ import annotations

import re
from importlib.metadata import version as _version
from pathlib import Path

_ROOT = Path(__file__).resolve().parent.parent

project = "nkreports"
author = "nkreports developers"
copyright = "2026, nkreports developers"  # noqa: A001
release = _version("nkreports")
version = release

extensions = [
    "myst_parser",
    "sphinx.ext.autodoc",
    "sphinx.ext.napoleon",
    "sphinx.ext.doctest",
]
source_suffix = {".rst": "restructuredtext", ".md": "markdown"}
exclude_patterns = ["_build", "_generated"]
myst_heading_anchors = 3
autodoc_typehints = "description"
autodoc_member_order = "bysource"
autodoc_preserve_defaults = True
autodoc_default_options = {"members": True, "show-inheritance": False}
nitpicky = True
nitpick_ignore_regex = [
    (r"py:class", r"(attrs|cattrs|re|_io|lxml)\..*"),
    (r"py:class", r"(datetime\.date|dt\.date|pathlib\.Path|os\.PathLike|collections\.abc\..*|typing\..*)"),
    (r"py:class", r"(E|StrEnum|enum\..*|Self|TextIO|EntryPoint|Attribute)"),
    (r"py:.*", r"nkreports\..*\._.*"),
]
# Doctests in the pages (``sphinx-build -b doctest``) run from the repository root,
# so examples can name ``examples/kanggye-fuel-notice.txt`` as a user would.
doctest_global_setup = f"""
import os
os.chdir({str(_ROOT)!r})
import nkreports
"""
# Only the ``{doctest}`` blocks of the pages: docstring examples run under pytest --doctest-modules.
doctest_test_doctest_blocks = ""

html_theme = "furo"
html_title = "nkreports"


def _write_regions_list(_app: object) -> None:
    """Write ``_generated/regions-list.md`` (included by ``regions.md``) from the shipped gazetteer."""
    from nkreports.gazetteer import default_gazetteer

    gaz = default_gazetteer()
    out = _ROOT / "docs" / "_generated" / "regions-list.md"
    out.parent.mkdir(exist_ok=True)
    groups: dict[str, list[object]] = {}
    for region in gaz:
        top = gaz.first_level(region)
        groups.setdefault(f"{top.name} ({top.id})", []).append(region)
    lines = [f"{len(gaz)} regions; data revision `{gaz.provenance.revision if gaz.provenance else 'n/a'}`.", ""]
    for title, regions in groups.items():
        lines += [f"### {title}", "", "| id | level | name | spellings |", "|---|---|---|---|"]
        for region in regions:
            spellings = ", ".join(s.replace("|", "/") for s in region.spellings[1:])  # type: ignore[attr-defined]
            lines.append(f"| `{region.id}` | {region.kind} | {region.name} | {spellings} |")  # type: ignore[attr-defined]
        lines.append("")
    text = "\n".join(lines)
    if not out.exists() or out.read_text(encoding="utf-8") != text:
        out.write_text(text, encoding="utf-8")


_ATTRS_DEFAULT = re.compile(r"attr_dict\['(\w+)'\]\.default")


def _attrs_defaults(
    _app: object, _what: str, _name: str, obj: object, _options: object, signature: str | None, ret: str | None
) -> tuple[str | None, str | None] | None:
    """Show an attrs class's defaults as written, not as ``attr_dict['anchor'].default``."""
    if not signature or "attr_dict[" not in signature:
        return None
    import attrs

    fields = attrs.fields_dict(obj) if isinstance(obj, type) and attrs.has(obj) else {}

    def shown(match: re.Match[str]) -> str:
        field = fields.get(match[1])
        if field is None:
            return "..."
        if field.metadata.get("shown"):
            return str(field.metadata["shown"])
        text = repr(field.default)
        return text if len(text) <= 40 else "..."

    return _ATTRS_DEFAULT.sub(shown, signature), ret


def _write_table_columns(_app: object) -> None:
    """Write ``_generated/table-columns.md`` (included by ``tables.md``) from ``nkreports.tables.COLUMNS``."""
    from nkreports.tables import COLUMNS, TABLE_DESCRIPTIONS

    lines = []
    for table, columns in COLUMNS.items():
        lines += [f"### {table}", "", TABLE_DESCRIPTIONS[table], "", "| column | type | meaning |", "|---|---|---|"]
        lines += [f"| `{c.name}` | {c.type} | {c.description.replace('|', '/')} |" for c in columns]
        lines.append("")
    out = _ROOT / "docs" / "_generated" / "table-columns.md"
    out.parent.mkdir(exist_ok=True)
    text = "\n".join(lines)
    if not out.exists() or out.read_text(encoding="utf-8") != text:
        out.write_text(text, encoding="utf-8")


def setup(app: object) -> dict[str, object]:
    """Connect the build-time generators."""
    app.connect("builder-inited", _write_regions_list)  # type: ignore[attr-defined]
    app.connect("autodoc-process-signature", _attrs_defaults)  # type: ignore[attr-defined]
    app.connect("builder-inited", _write_table_columns)  # type: ignore[attr-defined]
    return {"parallel_read_safe": True}
