"""Write the report JSON Schema shipped at nkreports/schema/report.schema.json from the model.

Run after any change to the model or to the JSON shape (nkreports/io/json.py):

    python tools/build_schema.py          # rewrite the file
    python tools/build_schema.py --check  # exit 1 when the file is stale (what the test checks)
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))  # generate from this checkout's model, whatever is installed

from nkreports.schema import SCHEMA_FILE, schema_text  # noqa: E402


def main() -> int:
    """Rewrite (or with --check, compare) the shipped schema file."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="only compare; exit 1 when the file is stale")
    args = parser.parse_args()
    target = ROOT / "nkreports" / "schema" / SCHEMA_FILE
    text = schema_text()
    current = target.read_text(encoding="utf-8") if target.is_file() else None
    if args.check:
        if current != text:
            print(f"{target} is stale: run python tools/build_schema.py", file=sys.stderr)
            return 1
        return 0
    if current != text:
        target.write_text(text, encoding="utf-8", newline="\n")
        print(f"wrote {target}")
    else:
        print(f"{target} is up to date")
    return 0


if __name__ == "__main__":
    sys.exit(main())
