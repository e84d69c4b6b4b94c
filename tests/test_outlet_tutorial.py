"""The quick start of docs/outlets.md, step by step, on a temporary package installed offline."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from nkreports.cli import main
from nkreports.outlets import default_registry

from .plugin_install import install_offline

PAGE = Path(__file__).parent.parent / "docs" / "outlets.md"


def _quick_start() -> str:
    text = PAGE.read_text(encoding="utf-8")
    return text[text.index("## Quick start") : text.index("## 1. ")]


def _blocks(language: str) -> list[str]:
    return re.findall(rf"^```{language}\n(.*?)^```$", _quick_start(), re.MULTILINE | re.DOTALL)


@pytest.fixture(name="workdir")
def _workdir(tmp_path: Path) -> Iterator[Path]:
    default_registry.cache_clear()
    yield tmp_path
    default_registry.cache_clear()
    sys.modules.pop("nkreports_nkwatch", None)


def test_quick_start_takes_ten_commands_or_fewer() -> None:
    """The walk-through's console blocks hold at most ten commands."""
    commands = [line for block in _blocks("console") for line in block.splitlines() if line.startswith("$ ")]
    assert 5 <= len(commands) <= 10
    assert commands[0].startswith("$ nkreports outlet new nkwatch")


def test_quick_start_as_written(
    workdir: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """Generator, declaration, offline install, listing, fixture, contract test and parse, as the page shows."""
    (html,) = _blocks("html")
    declaration = next(b for b in _blocks("python") if 'key="nkwatch"' in b)
    outputs = {b.splitlines()[0]: b for b in _blocks("console")}
    saved = workdir / "saved" / "hyesan-market.html"
    saved.parent.mkdir()
    saved.write_text(html, encoding="utf-8")

    # 2. The skeleton.
    new = ["outlet", "new", "nkwatch", "--host", "nkwatch.example", "--name", "NK Watch", "--dir", str(workdir)]
    assert main(new) == 0
    package = workdir / "nkreports-nkwatch"
    written = sorted(p.relative_to(workdir).as_posix() for p in package.rglob("*") if p.is_file())
    shown = [line for line in next(iter(outputs.values())).splitlines() if line.startswith("nkreports-nkwatch/")]
    assert written == shown
    assert capsys.readouterr().out.split() == [str(workdir / line) for line in shown]
    assert '"nkreports.outlets"' in (package / "pyproject.toml").read_text(encoding="utf-8")

    # 3. The declaration.
    (package / "src" / "nkreports_nkwatch" / "__init__.py").write_text(declaration, encoding="utf-8")

    # 4. Installed (offline), the outlet is listed with its package and version.
    target = install_offline(package, workdir)
    monkeypatch.syspath_prepend(str(target))
    assert main(["outlets"]) == 0
    listed = next(line for line in capsys.readouterr().out.splitlines() if line.startswith("nkwatch "))
    assert listed.split() == ["nkwatch", "NK", "Watch", "nkreports-nkwatch", "0.1.0", "nkwatch.example"]

    # 5. The saved page becomes a fixture whose expected reading is the one the page prints.
    fixtures = package / "tests" / "fixtures"
    assert main(["outlet", "fixture", str(saved), "--outlet", "nkwatch", "--dir", str(fixtures)]) == 0
    printed = capsys.readouterr().out
    expected = json.loads((fixtures / "hyesan-market.expected.json").read_text(encoding="utf-8"))
    assert json.loads(printed) == expected
    documented = next(b for k, b in outputs.items() if k.startswith("$ nkreports outlet fixture"))
    assert json.loads(documented[documented.index("{") : documented.rindex("}") + 1]) == expected
    assert (fixtures / "hyesan-market.html").read_text(encoding="utf-8") == html

    # 6. The generated contract test passes; the report has one region and the trader as its source.
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(target), *sys.path])}
    run = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider"],
        cwd=package,
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    assert run.returncode == 0, run.stdout + run.stderr
    assert "1 passed" in run.stdout
    assert main(["parse", str(fixtures / "hyesan-market.html"), "--format", "text"]) == 0
    report = capsys.readouterr().out
    assert "Regions (1):" in report
    assert "KP-10:hyesan" in report
    assert "'a trader in the city'" in report


def test_outlet_new_refuses_bad_input(workdir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A bad key or host, or an existing package folder, is a usage error (exit 2) with one line."""
    assert main(["outlet", "new", "NK Watch", "--host", "nkwatch.example", "--dir", str(workdir)]) == 2
    assert main(["outlet", "new", "nkwatch", "--host", "not a host", "--dir", str(workdir)]) == 2
    assert main(["outlet", "new", "nkwatch", "--host", "https://nkwatch.example/", "--dir", str(workdir)]) == 0
    assert main(["outlet", "new", "nkwatch", "--host", "nkwatch.example", "--dir", str(workdir)]) == 2
    err = capsys.readouterr().err
    assert "lowercase identifier" in err
    assert "already exists" in err


def test_outlet_fixture_needs_a_saved_file(workdir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A URL is refused (no network); a missing file or unknown outlet is a usage error; cases are not overwritten."""
    assert main(["outlet", "fixture", "https://nkwatch.example/news/x", "--outlet", "generic"]) == 2
    assert "save the page to a file first" in capsys.readouterr().err
    assert main(["outlet", "fixture", str(workdir / "missing.html"), "--outlet", "generic"]) == 2
    page = workdir / "page.txt"
    page.write_text("Hyesan bans grain sales\n\nTraders in Hyesan said the ban began on Monday.\n", encoding="utf-8")
    assert main(["outlet", "fixture", str(page), "--outlet", "nosuch", "--dir", str(workdir / "f")]) == 2
    assert main(["outlet", "fixture", str(page), "--outlet", "generic", "--dir", str(workdir / "f")]) == 0
    assert main(["outlet", "fixture", str(page), "--outlet", "generic", "--dir", str(workdir / "f")]) == 2
    assert main(["outlet", "fixture", str(page), "--outlet", "generic", "--dir", str(workdir / "f"), "--force"]) == 0
    assert json.loads((workdir / "f" / "page.expected.json").read_text(encoding="utf-8"))["outlet"] == "generic"
