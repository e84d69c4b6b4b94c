"""``nkreports outlet new``: the skeleton of an outlet plug-in package."""

from __future__ import annotations

import re
from pathlib import Path

__all__ = ["new_outlet_package"]

_KEY = re.compile(r"^[a-z][a-z0-9_]{0,39}$")
_HOST = re.compile(r"^[a-z0-9]([a-z0-9-]{0,62}\.)+[a-z]{2,63}$")

_PYPROJECT = """\
[build-system]
requires = ["setuptools>=64"]
build-backend = "setuptools.build_meta"

[project]
name = "nkreports-{dash}"
version = "0.1.0"
description = "An nkreports outlet parser for {name} ({host})."
requires-python = ">=3.11"
dependencies = ["nkreports"]

# The line that makes nkreports find the outlet: group, key, and the object to load.
[project.entry-points."nkreports.outlets"]
{key} = "nkreports_{key}:OUTLET"

[tool.pytest.ini_options]
testpaths = ["tests"]
"""

_MODULE = '''\
"""nkreports outlet for {name} ({host}).

Written by ``nkreports outlet new``: fill in the fields from the site's pages.
docs/outlets.md in nkreports explains every field.
"""

from __future__ import annotations

from nkreports.outlets import GENERIC_BOILERPLATE, BaseOutlet

__all__ = ["OUTLET"]

OUTLET = BaseOutlet(
    key="{key}",
    name="{name}",
    # How the site names itself in its prose: never an informant, never a place.
    self_names=("{name}",),
    # A URL on one of these hosts is proof enough (detect() returns 1.0).
    hosts=("{host}",),
    # Without a URL: phrases that give the site away, with weights, such as (r"\\btold {lower}\\b", 0.6).
    markers=(),
    # Whole blocks that are never article text: extend the generic table.
    boilerplate=(*GENERIC_BOILERPLATE,),
)
'''

_TEST = '''\
"""The outlet contract: every fixture reads as its expected file says."""

from __future__ import annotations

from pathlib import Path

from nkreports.testing import assert_outlet_reads
from nkreports_{key} import OUTLET

FIXTURES = Path(__file__).parent / "fixtures"


def test_{key}_reads_its_fixtures() -> None:
    assert_outlet_reads(OUTLET, FIXTURES)
'''

_FIXTURES_README = """\
# Fixtures

One saved page per case, beside `CASE.expected.json`. Add one with

    nkreports outlet fixture PAGE.html --outlet {key} --dir tests/fixtures

then read the expected file by eye, fix the outlet or the file, and list under
`absent` the boilerplate that must not reach the text. Save pages you may share
(or write them yourself in the site's style): do not commit copyrighted articles.
"""

_README = """\
# nkreports-{dash}

An [nkreports](https://pypi.org/project/nkreports/) outlet parser for {name} (`{host}`).

    pip install -e .                 # registers the outlet through its entry point
    nkreports outlets                # lists {key} with this package and version
    nkreports outlet fixture PAGE.html --outlet {key} --dir tests/fixtures
    python -m pytest -q              # the outlet contract on every fixture
"""


def new_outlet_package(key: str, host: str, directory: str | Path = ".", *, name: str | None = None) -> Path:
    """Write the skeleton of an outlet package for *key* on *host* under *directory*.

    The package ``nkreports-KEY`` holds the :class:`~nkreports.outlets.BaseOutlet`
    declaration (``src/nkreports_KEY/__init__.py``), its entry point in
    ``pyproject.toml``, an empty ``tests/fixtures/`` folder and a test running
    :func:`~nkreports.testing.assert_outlet_reads`.  Returns the package folder;
    an existing one is never overwritten (:class:`FileExistsError`).
    """
    if not _KEY.match(key):
        msg = f"outlet key {key!r} must be a lowercase identifier such as 'nkwatch'"
        raise ValueError(msg)
    host = host.strip().lower().removeprefix("https://").removeprefix("http://").rstrip("/")
    if not _HOST.match(host):
        msg = f"host {host!r} is not a host name such as 'nkwatch.example'"
        raise ValueError(msg)
    name = (name or key).strip()
    if not name or '"' in name or "\\" in name or "\n" in name:
        msg = f"outlet name {name!r} must be one line without quotes or backslashes"
        raise ValueError(msg)
    root = Path(directory) / f"nkreports-{key.replace('_', '-')}"
    if root.exists():
        msg = f"{root} already exists"
        raise FileExistsError(msg)
    values = {"key": key, "dash": key.replace("_", "-"), "host": host, "name": name, "lower": name.lower()}
    files = {
        "pyproject.toml": _PYPROJECT,
        "README.md": _README,
        f"src/nkreports_{key}/__init__.py": _MODULE,
        f"tests/test_{key}.py": _TEST,
        "tests/fixtures/README.md": _FIXTURES_README,
    }
    for relative, template in files.items():
        path = root / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(template.format(**values), encoding="utf-8")
    return root
