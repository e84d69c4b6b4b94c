"""Run every hostile input through ``python -m nkreports parse``, then check that cost grows linearly.

    python benchmarks/hostile_sweep.py                    # cases, growth table, 20 MiB document
    python benchmarks/hostile_sweep.py --timeout 30 nested-html entity-bomb
    python benchmarks/hostile_sweep.py --no-cases --no-big same-issuer   # one growth shape

Each case must end in a result (exit 0) or one clear error line (exit 1 or 2),
never a traceback, a hang or a crash.  A run that has used ``--timeout``
seconds of CPU (or ten times that in wall clock) counts as a hang: the limit is
on CPU time because a shared, busy machine stretches the wall clock, not the
work.  The cases themselves live in
``tests/hostile_cases.py`` so that ``tests/test_hostile.py`` runs the same ones.

Each growth shape (``GROWTH`` in the same file) is parsed at two sizes (200 KB
and 800 KB by default), each in a fresh interpreter, and the growth exponent
``log(large / small) / log(size ratio)`` of CPU time, JSON size and peak
memory (``tracemalloc``, in a second run) must stay at or below 1.15.  Only
ratios within one run are compared, so a slow or busy machine does not change
the verdict.  Last, a realistic document of 20 MiB (synthetic articles, one
after another) must parse in under 60 seconds of CPU (the wall clock is
printed beside it).
"""

from __future__ import annotations

import argparse
import json
import math
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import attrs

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from hostile_cases import CASES, GROWTH, write_case
from synth import make_document

MAX_EXPONENT = 1.15
BIG_BYTES = 20 * 1024 * 1024
BIG_SECONDS = 60.0
MEMORY_FLOOR = 1024 * 1024  # bytes; below this the peak is noise
WALL_FACTOR = 10  # a run also stops after this many times its CPU limit in wall clock (a stalled child)

_MEASURE = r"""
import json, sys, time, tracemalloc
from pathlib import Path
import nkreports
from nkreports.io import json as report_json

def once():
    reports = nkreports.parse_all(Path(sys.argv[1]), published="2024-05-02")
    return sum(len(report_json.dumps(r).encode("utf-8")) for r in reports)

# the warm-up also loads the dependency parser, so the measured run holds no fixed model load
nkreports.parse(
    "A source in Hyesan said traders must register. Police issued an order banning travel.",
    published="2024-05-02",
)
start = time.process_time()
size = once()
cpu = time.process_time() - start
tracemalloc.start()  # a second run for memory: tracing slows the first one down
once()
peak = tracemalloc.get_traced_memory()[1]
print(json.dumps({"cpu": cpu, "json": size, "memory": peak}))
"""


def _cpu() -> float:
    """CPU seconds used so far by the children this process waited for."""
    used = resource.getrusage(resource.RUSAGE_CHILDREN)
    return used.ru_utime + used.ru_stime


_TICKS = os.sysconf("SC_CLK_TCK") if hasattr(os, "sysconf") else 100


def _cpu_of(pid: int) -> float | None:
    """CPU seconds used so far by the running process *pid* (Linux ``/proc``), or ``None`` when unknown."""
    try:
        stat = Path(f"/proc/{pid}/stat").read_text(encoding="ascii")
    except OSError:
        return None
    fields = stat.rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / _TICKS


@attrs.frozen
class _Done:
    returncode: int
    stdout: bytes
    stderr: bytes


def _limited(command: list[str], limit: float) -> _Done | str:
    """Run *command*; give up when it has used *limit* CPU seconds (or WALL_FACTOR times that in wall clock).

    The limit is on CPU time because the machine may be shared: a busy machine
    stretches the wall clock, not the work a document needs.
    """
    started = time.perf_counter()
    with subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE) as child:
        while True:
            try:
                out, err = child.communicate(timeout=0.5)
                return _Done(child.returncode, out, err)
            except subprocess.TimeoutExpired:
                used = _cpu_of(child.pid)
                wall = time.perf_counter() - started
                over_cpu = used is not None and used > limit
                over_wall = wall > (limit if used is None else WALL_FACTOR * limit)
                if over_cpu or over_wall:
                    child.kill()
                    child.communicate()
                    shown = "?" if used is None else f"{used:.1f}"
                    return f"no result after {shown} s of CPU ({wall:.0f} s wall)"


def _run(path: Path, extra: tuple[str, ...], timeout: float) -> tuple[str, float, str]:
    command = [sys.executable, "-m", "nkreports", "parse", str(path), *extra]
    started = time.perf_counter()
    cpu = _cpu()
    done = _limited(command, timeout)
    took = time.perf_counter() - started
    if isinstance(done, str):
        return "HANG", took, done
    cpu = _cpu() - cpu
    err = done.stderr.decode("utf-8", "replace").strip().splitlines()
    if done.returncode == 0:
        return "ok", took, f"{len(done.stdout)} bytes of JSON, CPU {cpu:.1f} s"
    if done.returncode in (1, 2) and len(err) == 1 and "Traceback" not in err[0]:
        return f"error (exit {done.returncode})", took, err[0][:150]
    return f"CRASH (exit {done.returncode})", took, " | ".join(err[-3:])[:300]


def _measure(path: Path, timeout: float) -> dict[str, float] | str:
    """CPU seconds, JSON bytes and peak memory of parsing *path* in a fresh interpreter, or why not."""
    done = _limited([sys.executable, "-c", _MEASURE, str(path)], timeout)
    if isinstance(done, str):
        return f"HANG ({done})"
    if done.returncode != 0:
        return "CRASH: " + " | ".join(done.stderr.decode("utf-8", "replace").strip().splitlines()[-2:])[:200]
    result: dict[str, float] = json.loads(done.stdout.decode("utf-8").strip().splitlines()[-1])
    return result


def _exponent(small: float, large: float, ratio: float, floor: float) -> float:
    """Growth exponent between two sizes; 1.0 when both are below *floor* (too small to measure)."""
    if large <= floor:
        return 1.0
    return math.log(max(large, floor) / max(small, floor)) / math.log(ratio)


def _growth(names: list[str], small: int, large: int, timeout: float, folder: Path) -> int:
    """Print the growth table; return how many shapes grow faster than linearly (or hang)."""
    ratio = large / small
    print(f"\nGrowth from {small // 1000} KB to {large // 1000} KB (exponent: 1 is linear, 2 quadratic)")
    print(
        f"{'shape':<24} {'cpu small':>9} {'cpu large':>9} {'cpu exp':>7} {'json MB':>8} {'json exp':>8}"
        f" {'mem MB':>7} {'mem exp':>7}  verdict"
    )
    bad = 0
    for shape in GROWTH:
        if names and shape.name not in names:
            continue
        runs = []
        for size in (small, large):
            path = folder / f"{shape.name}-{size}{shape.suffix}"
            path.write_text(shape.document(size), encoding="utf-8")
            runs.append(_measure(path, timeout))
            path.unlink()
            if isinstance(runs[-1], str):
                break
        if any(isinstance(r, str) for r in runs):
            bad += 1
            done = [r for r in runs if not isinstance(r, str)]
            first = f"{done[0]['cpu']:8.2f}s" if done else f"{'-':>9}"
            print(f"{shape.name:<24} {first} {runs[-1]}  FAIL", flush=True)
            continue
        a, b = runs[0], runs[1]
        assert not isinstance(a, str)
        assert not isinstance(b, str)
        exps = (
            _exponent(a["cpu"], b["cpu"], ratio, 0.05),
            _exponent(a["json"], b["json"], ratio, 1.0),
            _exponent(a["memory"], b["memory"], ratio, MEMORY_FLOOR),
        )
        linear = all(e <= MAX_EXPONENT for e in exps)
        bad += not linear
        print(
            f"{shape.name:<24} {a['cpu']:8.2f}s {b['cpu']:8.2f}s {exps[0]:7.2f} {b['json'] / 1e6:8.1f} {exps[1]:8.2f}"
            f" {b['memory'] / 2**20:7.0f} {exps[2]:7.2f}  {'ok' if linear else 'FAIL'}",
            flush=True,
        )
    return bad


def _big(folder: Path, timeout: float) -> int:
    """Parse about 20 MiB of realistic articles as one document; return 1 if it takes 60 s or more."""
    parts: list[str] = []
    total = 0
    index = 0
    while True:
        doc = make_document(index, kind="text").content
        if total + len(doc.encode("utf-8")) + 2 > BIG_BYTES:
            break
        parts.append(doc)
        total += len(doc.encode("utf-8")) + 2
        index += 1
    path = folder / "realistic-20mib.txt"
    path.write_text("\n\n".join(parts), encoding="utf-8")
    cpu = _cpu()
    outcome, took, detail = _run(path, (), timeout)
    cpu = _cpu() - cpu
    fast = outcome == "ok" and cpu < BIG_SECONDS
    size = path.stat().st_size / 2**20
    print(
        f"\nrealistic document: {index} articles, {size:.1f} MiB: {outcome} in {took:.1f} s wall ({detail})", flush=True
    )
    verdict = "under" if fast else "NOT under"
    print(f"{verdict} {BIG_SECONDS:.0f} s of CPU (CPU {cpu:.1f} s, {cpu / size:.2f} s per MiB; wall {took:.1f} s)")
    return 0 if fast else 1


def main() -> int:
    """Run the sweep; exit 1 when any case hangs or crashes, or any shape grows faster than linearly."""
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n")[0])
    parser.add_argument("names", nargs="*", help="run only these cases and shapes")
    parser.add_argument("--timeout", type=float, default=120.0, help="CPU seconds before a case counts as a hang")
    parser.add_argument(
        "--growth-timeout", type=float, default=600.0, help="CPU seconds before a growth run counts as a hang"
    )
    parser.add_argument(
        "--big-timeout", type=float, default=600.0, help="CPU seconds before the 20 MiB document counts as a hang"
    )
    parser.add_argument("--small", type=int, default=200_000, help="smaller size of each growth shape, in characters")
    parser.add_argument("--large", type=int, default=800_000, help="larger size of each growth shape, in characters")
    parser.add_argument("--no-cases", action="store_true", help="skip the hostile cases")
    parser.add_argument("--no-growth", action="store_true", help="skip the growth table")
    parser.add_argument("--no-big", action="store_true", help="skip the 20 MiB document")
    args = parser.parse_args()
    bad = slow = 0
    with tempfile.TemporaryDirectory() as tmp:
        if not args.no_cases:
            for case in CASES:
                if args.names and case.name not in args.names:
                    continue
                path = write_case(case, Path(tmp))
                outcome, took, detail = _run(path, case.args, args.timeout)
                path.unlink()
                bad += outcome.startswith(("HANG", "CRASH"))
                print(f"{case.name:<24} {outcome:<16} {took:6.2f}s  {detail}", flush=True)
            print(f"{bad} cases hung or crashed" if bad else "every case ended in a result or one clear error line")
        if not args.no_growth:
            slow = _growth(args.names, args.small, args.large, args.growth_timeout, Path(tmp))
            print(f"{slow} shapes grow faster than linearly" if slow else "every shape grows linearly")
        if not args.no_big and not args.names:
            slow += _big(Path(tmp), args.big_timeout)
    return 1 if bad or slow else 0


if __name__ == "__main__":
    raise SystemExit(main())
