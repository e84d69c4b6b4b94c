"""The analyst tutorial runs end to end on the dev corpus (docs/tutorial_analyst.py, included by the page)."""

from __future__ import annotations

import importlib.util
import re
from pathlib import Path
from types import ModuleType

import pytest

DOCS = Path(__file__).resolve().parent.parent / "docs"


def _script() -> ModuleType:
    spec = importlib.util.spec_from_file_location("tutorial_analyst", DOCS / "tutorial_analyst.py")
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_page_includes_every_step_of_the_script() -> None:
    page = (DOCS / "tutorial-analyst.md").read_text(encoding="utf-8")
    script = (DOCS / "tutorial_analyst.py").read_text(encoding="utf-8")
    steps = re.findall(r"# \[(\w+)\]\n", script)
    assert steps
    assert re.findall(r":start-after: \[(\w+)\]", page) == steps
    assert "tutorial-analyst" in (DOCS / "index.md").read_text(encoding="utf-8")


def test_the_tutorial_runs_end_to_end(shared: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    pytest.importorskip("pandas", reason="the pandas extra is not installed")
    pytest.importorskip("matplotlib", reason="the plot extra is not installed")
    done = _script().run(shared / "corpus" / "dev", tmp_path)
    printed = capsys.readouterr().out
    assert "articles in corpus.sqlite" in printed
    per_month = done["per_month"]
    assert per_month.to_numpy().sum() > 0
    view = {(province, month): n for province, month, n in done["view"]}
    table = {(p, m): int(per_month.loc[m, p]) for m in per_month.index for p in per_month.columns}
    assert {k: v for k, v in table.items() if v} == view
    assert done["figure"].stat().st_size > 10_000
    assert (tmp_path / "directives.parquet").is_file()
    assert (tmp_path / "sources.csv").read_text(encoding="utf-8").startswith("source_id,")
