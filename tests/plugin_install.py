"""Install an outlet package offline for a test: pip from its folder when its build backend is at hand, else a
wheel built here with the standard library (what the backend would produce, minus extras)."""

from __future__ import annotations

import base64
import hashlib
import importlib
import importlib.util
import subprocess
import sys
import tomllib
import zipfile
from pathlib import Path

# The modules each build backend needs to build a wheel without the network.
_BACKENDS = {"hatchling.build": ("hatchling",), "setuptools.build_meta": ("setuptools", "wheel")}


def _record(name: str, data: bytes) -> str:
    digest = base64.urlsafe_b64encode(hashlib.sha256(data).digest()).rstrip(b"=").decode()
    return f"{name},sha256={digest},{len(data)}"


def build_wheel(project: Path, out: Path) -> Path:
    """Build a src-layout project's wheel: its packages, metadata and entry points."""
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


def install_offline(project: Path, work: Path) -> Path:
    """Install *project* into ``work/site`` with pip, without the network; returns that folder."""
    target = work / "site"
    pip = [sys.executable, "-m", "pip", "install", "--quiet", "--no-deps", "--no-index", "--target", str(target)]
    backend = tomllib.loads((project / "pyproject.toml").read_text(encoding="utf-8"))["build-system"]["build-backend"]
    if all(importlib.util.find_spec(m) is not None for m in _BACKENDS.get(backend, ("-",))):
        source = [str(project), "--no-build-isolation"]
    else:
        source = [str(build_wheel(project, work))]
    result = subprocess.run([*pip, *source], capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stderr
    importlib.invalidate_caches()
    return target
