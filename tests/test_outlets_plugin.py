"""A third-party outlet package, installed offline, is found through the entry-point group."""

from __future__ import annotations

import base64
import hashlib
import importlib
import importlib.util
import subprocess
import sys
import tomllib
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from nkreports import parse
from nkreports.outlets import OutletRegistry
from nkreports.testing import assert_outlet_reads

EXAMPLE = Path(__file__).parent / "example_outlet"


def _record(name: str, data: bytes) -> str:
    digest = base64.urlsafe_b64encode(hashlib.sha256(data).digest()).rstrip(b"=").decode()
    return f"{name},sha256={digest},{len(data)}"


def build_wheel(project: Path, out: Path) -> Path:
    """Build the example's wheel with the standard library (what hatchling would produce, minus extras)."""
    meta = tomllib.loads((project / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    name, version = meta["name"].replace("-", "_"), meta["version"]
    dist_info = f"{name}-{version}.dist-info"
    files: dict[str, bytes] = {}
    for package in (project / "src").iterdir():
        for path in package.rglob("*.py"):
            files[path.relative_to(project / "src").as_posix()] = path.read_bytes()
    files[f"{dist_info}/METADATA"] = f"Metadata-Version: 2.1\nName: {meta['name']}\nVersion: {version}\n".encode()
    files[f"{dist_info}/WHEEL"] = (
        b"Wheel-Version: 1.0\nGenerator: nkreports-tests\nRoot-Is-Purelib: true\nTag: py3-none-any\n"
    )
    groups = meta.get("entry-points", {})
    entry_points = "".join(
        f"[{group}]\n" + "".join(f"{k} = {v}\n" for k, v in eps.items()) + "\n" for group, eps in groups.items()
    )
    files[f"{dist_info}/entry_points.txt"] = entry_points.encode()
    record = [_record(n, d) for n, d in files.items()] + [f"{dist_info}/RECORD,,"]
    files[f"{dist_info}/RECORD"] = ("\n".join(record) + "\n").encode()
    wheel = out / f"{name}-{version}-py3-none-any.whl"
    with zipfile.ZipFile(wheel, "w") as zf:
        for n, d in files.items():
            zf.writestr(n, d)
    return wheel


@pytest.fixture(name="installed")
def _installed(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """Install the example package into a private folder, offline, and put it on sys.path."""
    target = tmp_path / "site"
    pip = [sys.executable, "-m", "pip", "install", "--quiet", "--no-deps", "--no-index", "--target", str(target)]
    if importlib.util.find_spec("hatchling") is not None:
        source = [str(EXAMPLE), "--no-build-isolation"]
    else:  # no build backend available offline: install a wheel built here instead
        source = [str(build_wheel(EXAMPLE, tmp_path))]
    result = subprocess.run([*pip, *source], capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stderr
    monkeypatch.syspath_prepend(str(target))
    importlib.invalidate_caches()
    yield target
    sys.modules.pop("nkreports_borderwire", None)


def test_entry_point_discovery(installed: Path) -> None:
    """``OutletRegistry.from_entry_points()`` picks up the installed package, beside the built-ins."""
    assert (installed / "nkreports_borderwire" / "__init__.py").exists()
    registry = OutletRegistry.from_entry_points()
    assert "borderwire" in registry
    assert "dailynk" in registry
    outlet = registry.get("borderwire")
    assert outlet.name == "Border Wire"
    assert_outlet_reads(outlet, EXAMPLE / "fixtures")
    report = parse(EXAMPLE / "fixtures" / "dispatch.txt", registry=registry)
    assert report.article.outlet == "borderwire"
    assert str(report.article.published) == "2024-06-03"
