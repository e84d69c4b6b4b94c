"""Rewrite the expected files of the built-in outlets' fixtures from their current output.

Run ``python tests/outlets/regenerate.py [KEY ...]`` after changing an outlet,
then review the diff: the expected files are only as right as the outlet.
"""

from __future__ import annotations

import sys
from pathlib import Path

from nkreports.outlets import default_registry
from nkreports.testing import write_expected

HERE = Path(__file__).resolve().parent


def main(keys: list[str]) -> None:
    """Regenerate the fixtures of *keys* (every fixture folder when empty)."""
    registry = default_registry()
    for folder in sorted(p for p in HERE.iterdir() if p.is_dir() and not p.name.startswith(("_", "."))):
        if keys and folder.name not in keys:
            continue
        for path in write_expected(registry.get(folder.name), folder):
            print(path.relative_to(HERE))


if __name__ == "__main__":
    main(sys.argv[1:])
