#!/usr/bin/env python3
"""Build ``nkreports/gazetteer/data/regions.json`` from the shared gazetteer.

Inputs (all in ``tools/gazetteer/``):

- ``regions.csv``: a verbatim copy of the project's ``shared/data/regions.csv``
  (263 rows; see its README for columns and sources);
- ``additions.csv``: spellings the package adds to a row (press forms the shared
  file lacks), one row per region id, with a note saying why;
- ``not-places.txt``: words that sound like a place name but are not one
  (English words and South Korean places), one per line.

The output carries its provenance: the source file name, its SHA-256, the date
the copy was taken and a revision hash over all inputs.  ``tests/test_gazetteer_data.py``
regenerates it and compares, so edit the inputs and rerun this script::

    python tools/build_gazetteer.py
"""

from __future__ import annotations

import csv
import hashlib
import io
import json
import sys
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
INPUTS = HERE / "gazetteer"
OUTPUT = HERE.parent / "nkreports" / "gazetteer" / "data" / "regions.json"
SOURCE_NAME = "shared/data/regions.csv"
SOURCE_DATE = "2026-11-29"
COLUMNS = ("id", "parent", "level", "name", "name_mr", "name_rr", "hangul", "aliases", "lat", "lon", "borders", "notes")


def _split(value: str) -> list[str]:
    return [part.strip() for part in value.split("|") if part.strip()]


def _digest(*texts: str) -> str:
    sha = hashlib.sha256()
    for text in texts:
        sha.update(text.encode("utf-8"))
        sha.update(b"\0")
    return sha.hexdigest()


def build(regions_csv: str, additions_csv: str, not_places: str) -> dict[str, Any]:
    """The gazetteer document for the given input texts."""
    rows = list(csv.DictReader(io.StringIO(regions_csv)))
    if not rows or tuple(rows[0]) != COLUMNS:
        msg = f"unexpected columns in regions.csv: {tuple(rows[0]) if rows else ()}"
        raise ValueError(msg)
    additions: dict[str, dict[str, str]] = {}
    for row in csv.DictReader(io.StringIO(additions_csv)):
        additions[row["id"]] = row
    ids = {row["id"] for row in rows}
    unknown = sorted(set(additions) - ids)
    if unknown:
        msg = f"additions name unknown ids: {unknown}"
        raise ValueError(msg)
    regions = []
    for row in rows:
        aliases = _split(row["aliases"])
        known = {a.casefold() for a in (*aliases, row["name"])}
        added = [a for a in _split(additions.get(row["id"], {}).get("aliases", "")) if a.casefold() not in known]
        regions.append(
            {
                "id": row["id"],
                "parent": row["parent"] or None,
                "kind": row["level"],
                "name": row["name"],
                "name_mr": row["name_mr"] or None,
                "name_rr": row["name_rr"] or None,
                "hangul": row["hangul"] or None,
                "aliases": aliases + added,
                "added_aliases": added,
                "lat": float(row["lat"]) if row["lat"] else None,
                "lon": float(row["lon"]) if row["lon"] else None,
                "borders": _split(row["borders"]),
                "notes": row["notes"],
                "added_note": additions.get(row["id"], {}).get("note", ""),
            }
        )
    words = sorted({w.strip() for w in not_places.splitlines() if w.strip() and not w.startswith("#")})
    return {
        "source": {
            "file": SOURCE_NAME,
            "date": SOURCE_DATE,
            "sha256": _digest(regions_csv),
            "rows": len(rows),
        },
        "revision": _digest(regions_csv, additions_csv, not_places)[:16],
        "not_places": words,
        "regions": regions,
    }


def render(document: dict[str, Any]) -> str:
    """The JSON text written to the package (stable, one region per line)."""
    head = {k: v for k, v in document.items() if k != "regions"}
    lines = [json.dumps(r, ensure_ascii=False, separators=(",", ":")) for r in document["regions"]]
    body = ",\n".join(lines)
    head_text = json.dumps(head, ensure_ascii=False, indent=1)[:-2]
    return head_text + ',\n "regions": [\n' + body + "\n]}\n"


def read_inputs(folder: Path = INPUTS) -> tuple[str, str, str]:
    """The three input texts."""
    return tuple(  # type: ignore[return-value]
        (folder / name).read_text(encoding="utf-8") for name in ("regions.csv", "additions.csv", "not-places.txt")
    )


def main() -> int:
    """Write the JSON file."""
    OUTPUT.parent.mkdir(parents=True, exist_ok=True)
    OUTPUT.write_text(render(build(*read_inputs())), encoding="utf-8")
    print(f"wrote {OUTPUT}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
