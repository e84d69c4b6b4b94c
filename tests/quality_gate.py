"""Quality gate: score the dev corpus and fail when a figure drops below its pinned floor.

Usage: python tests/quality_gate.py [--update]

Floors live in ``tests/quality_baseline.json``.  ``--update`` raises floors to the
current figures and never lowers one.  Exits 0 when ``../shared`` is absent
(nothing to score), printing why.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
BASELINE = Path(__file__).with_name("quality_baseline.json")
HEADLINE = ("regions", "sources", "directives", "demands", "dates")
ACCURACIES = (
    "source.channel",
    "source.contacted",
    "directive.issued",
    "directive.region",
    "directive.audience",
    "demand.modality",
)


def figures(corpus: Path) -> dict[str, float]:
    """Run the scorer on *corpus* with this interpreter's nkreports and collect the figures."""
    cmd = f"{sys.executable} -m nkreports parse {{path}} --format json --published {{anchor}}"
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "summary.json"
        subprocess.run(
            [sys.executable, str(SHARED / "tools" / "score.py"), str(corpus), "--cmd", cmd, "--json", str(out)],
            check=True,
        )
        summary = json.loads(out.read_text(encoding="utf-8"))
    result = {name: float(summary[name]["f1"]) for name in HEADLINE}
    for name in ACCURACIES:
        value = summary[name]["accuracy"]
        result[name] = 0.0 if value is None else float(value)
    result["overall_f1"] = float(summary["overall_f1"])
    result["errors"] = float(summary["errors"])
    return result


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--update", action="store_true", help="raise floors to the current figures")
    args = parser.parse_args()
    if not (SHARED / "tools" / "score.py").exists():
        print(f"quality gate skipped: {SHARED} is not present")
        return 0
    baseline = json.loads(BASELINE.read_text(encoding="utf-8"))
    failed = False
    for corpus_name, floors in baseline["floors"].items():
        now = figures(SHARED / "corpus" / corpus_name)
        if now["errors"]:
            print(f"FAIL {corpus_name}: the scorer reported {int(now['errors'])} document errors")
            failed = True
        for name, floor in floors.items():
            value = now[name]
            status = "ok  " if value + 1e-9 >= floor else "FAIL"
            failed |= status == "FAIL"
            print(f"{status} {corpus_name:<5} {name:<20} {value:.3f} (floor {floor:.3f})")
            if args.update and value > floor:
                floors[name] = round(value, 3)
    if args.update:
        BASELINE.write_text(json.dumps(baseline, indent=2) + "\n", encoding="utf-8")
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main())
