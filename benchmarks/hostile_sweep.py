"""Run every hostile input through ``python -m nkreports parse`` and print the outcome.

    python benchmarks/hostile_sweep.py            # all cases
    python benchmarks/hostile_sweep.py --timeout 30 nested-html entity-bomb

Each case must end in a result (exit 0) or one clear error line (exit 1 or 2),
never a traceback, a hang or a crash.  The cases themselves live in
``tests/hostile_cases.py`` so that ``tests/test_hostile.py`` runs the same ones.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))

from hostile_cases import CASES, write_case


def _run(path: Path, extra: tuple[str, ...], timeout: float) -> tuple[str, float, str]:
    command = [sys.executable, "-m", "nkreports", "parse", str(path), *extra]
    started = time.perf_counter()
    try:
        done = subprocess.run(command, capture_output=True, timeout=timeout, check=False)
    except subprocess.TimeoutExpired:
        return "HANG", time.perf_counter() - started, f"no result after {timeout:.0f} s"
    took = time.perf_counter() - started
    err = done.stderr.decode("utf-8", "replace").strip().splitlines()
    if done.returncode == 0:
        return "ok", took, f"{len(done.stdout)} bytes of JSON"
    if done.returncode in (1, 2) and len(err) == 1 and "Traceback" not in err[0]:
        return f"error (exit {done.returncode})", took, err[0][:150]
    return f"CRASH (exit {done.returncode})", took, " | ".join(err[-3:])[:300]


def main() -> int:
    """Run the sweep; exit 1 when any case hangs or crashes."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("names", nargs="*", help="run only these cases")
    parser.add_argument("--timeout", type=float, default=120.0, help="seconds before a case counts as a hang")
    args = parser.parse_args()
    bad = 0
    with tempfile.TemporaryDirectory() as tmp:
        for case in CASES:
            if args.names and case.name not in args.names:
                continue
            path = write_case(case, Path(tmp))
            outcome, took, detail = _run(path, case.args, args.timeout)
            bad += outcome.startswith(("HANG", "CRASH"))
            print(f"{case.name:<24} {outcome:<16} {took:6.2f}s  {detail}", flush=True)
    print(f"{bad} cases hung or crashed" if bad else "every case ended in a result or one clear error line")
    return 1 if bad else 0


if __name__ == "__main__":
    raise SystemExit(main())
