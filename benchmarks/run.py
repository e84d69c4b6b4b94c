"""Benchmark nkreports against the tools users reach for today.

Run from the repository root::

    python benchmarks/run.py               # full run, prints a Markdown report
    python benchmarks/run.py --write-docs  # ... and rewrites the results in docs/performance.md
    python benchmarks/run.py --quick       # small sizes, for trying changes

Every measurement runs in a fresh interpreter (``benchmarks/tasks.py``) so its
peak memory is its own.  Peers (trafilatura, spaCy's small English model) come
from the optional ``bench`` extra; a peer that is not installed is reported as
unavailable and the rest of the run goes on.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import re
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import synth

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
DOCS_PAGE = ROOT / "docs" / "performance.md"
START = "<!-- benchmark results: start (written by benchmarks/run.py --write-docs) -->"
END = "<!-- benchmark results: end -->"

TARGET_TEXT = 2000.0
TARGET_HTML = 500.0


def run_task(spec: dict[str, Any]) -> dict[str, Any]:
    """Run one measurement in a fresh interpreter and return its JSON result."""
    cmd = [sys.executable, str(HERE / "tasks.py"), json.dumps(spec)]
    proc = subprocess.run(cmd, capture_output=True, text=True, check=False, cwd=ROOT)
    lines = [line for line in proc.stdout.splitlines() if line.startswith("{")]
    if proc.returncode != 0 or not lines:
        return {**spec, "unavailable": f"task failed: {proc.stderr.strip().splitlines()[-1:]}"}
    result: dict[str, Any] = json.loads(lines[-1])
    return result


def rate(result: dict[str, Any]) -> float | None:
    """Documents per second, or ``None`` for a peer that did not run."""
    if "unavailable" in result or not result.get("seconds"):
        return None
    return float(result["count"]) / float(result["seconds"])


def write_corpus(directory: Path, kind: str, count: int) -> None:
    """Write *count* documents into *directory*, and their publication dates to ``DIRECTORY.dates.json``."""
    directory.mkdir(parents=True, exist_ok=True)
    dates = {}
    for doc in synth.documents(count, kind=kind):
        (directory / doc.name).write_text(doc.content, encoding="utf-8")
        dates[doc.name] = doc.published
    Path(f"{directory}.dates.json").write_text(json.dumps(dates), encoding="utf-8")


def cli_batch_supported() -> bool:
    """Whether ``nkreports parse DIR --output FILE --jobs N`` exists in the installed version."""
    exe = shutil.which("nkreports", path=str(Path(sys.executable).parent)) or shutil.which("nkreports")
    if exe is None:
        return False
    proc = subprocess.run([exe, "parse", "--help"], capture_output=True, text=True, check=False)
    return "--jobs" in proc.stdout and "--output" in proc.stdout


def run_cli_batch(directory: Path, kind: str, jobs: int) -> dict[str, Any]:
    """Time the command-line batch mode over a directory (wall clock, including start-up)."""
    exe = shutil.which("nkreports", path=str(Path(sys.executable).parent)) or "nkreports"
    out = directory.parent / f"{kind}-{jobs}.jsonl"
    # One anchor for the whole batch (the CLI takes a single --published); HTML pages carry their own.
    cmd = [exe, "parse", str(directory), "--output", str(out), "--jobs", str(jobs), "--published", "2022-06-30"]
    start = time.perf_counter()
    proc = subprocess.run(cmd, capture_output=True, text=True, check=False)
    elapsed = time.perf_counter() - start
    count = sum(1 for p in directory.iterdir() if p.suffix in {".txt", ".html"})
    if proc.returncode not in {0, 1}:
        return {"task": "cli", "unavailable": f"exit {proc.returncode}: {proc.stderr.strip()[:200]}"}
    return {"task": "cli", "tool": f"nkreports parse DIR --jobs {jobs}", "seconds": elapsed, "count": count}


def measure(sizes: Sequence[int], peer_size: int, jobs: int, *, profile: bool) -> dict[str, Any]:
    """Run every measurement; returns the raw results."""
    results: dict[str, Any] = {"sizes": list(sizes), "peer_size": peer_size, "jobs": jobs}
    results["scaling"] = {
        kind: [run_task({"task": "nkreports", "kind": kind, "count": n}) for n in sizes] for kind in synth.KINDS
    }
    for kind in synth.KINDS:
        for row in results["scaling"][kind]:
            print(f"  nkreports {kind} n={row.get('count')}: {rate(row) or 0:.0f}/s", file=sys.stderr)
    peers = {
        "text": [
            run_task({"task": "nkreports", "kind": "text", "count": peer_size}),
            run_task({"task": "spacy", "kind": "text", "count": peer_size}),
        ],
        "html": [
            run_task({"task": "nkreports", "kind": "html", "count": peer_size}),
            run_task({"task": "trafilatura", "kind": "html", "count": peer_size}),
            run_task({"task": "spacy", "kind": "html", "count": peer_size}),
        ],
    }
    results["peers"] = peers
    print("  peers done", file=sys.stderr)
    with tempfile.TemporaryDirectory(prefix="nkreports-bench-") as tmp:
        parallel: dict[str, list[dict[str, Any]]] = {}
        for kind in synth.KINDS:
            directory = Path(tmp) / kind
            write_corpus(directory, kind, peer_size)
            rows = [
                run_task({"task": "files", "kind": kind, "directory": str(directory), "jobs": 1}),
                run_task({"task": "files", "kind": kind, "directory": str(directory), "jobs": jobs}),
            ]
            if cli_batch_supported():
                rows.append(run_cli_batch(directory, kind, jobs))
            else:
                rows.append(
                    {"task": "cli", "unavailable": "this version has no `nkreports parse DIR --jobs` batch mode"}
                )
            parallel[kind] = rows
        results["parallel"] = parallel
    print("  parallel done", file=sys.stderr)
    if profile:
        results["profile"] = {
            kind: run_task({"task": "profile", "kind": kind, "count": peer_size}) for kind in synth.KINDS
        }
    results["machine"] = {
        "python": platform.python_version(),
        "platform": platform.platform(terse=True),
        "cpus": os.cpu_count(),
        "processor": platform.processor() or platform.machine(),
    }
    return results


def _fmt_rate(value: float | None) -> str:
    return "unavailable" if value is None else f"{value:,.0f}"


def _ratio(ours: float | None, theirs: float | None) -> str:
    if ours is None or theirs is None:
        return "n/a"
    return f"{ours / theirs:.2f}×"


def _mib(result: dict[str, Any], key: str = "peak_mib") -> str:
    value = result.get(key)
    return "n/a" if value is None else f"{value:,.0f}"


def render(results: dict[str, Any]) -> str:
    """The results as Markdown (the block that goes into docs/performance.md)."""
    m = results["machine"]
    lines = [
        f"Measured {time.strftime('%Y-%m-%d', time.gmtime())} on Python {m['python']}, {m['platform']}, "
        f"{m['cpus']} CPUs. Synthetic corpus from `benchmarks/synth.py` (seed 2026).",
        "",
        "### Full extraction, one process",
        "",
        "| input | articles | articles/s | ms/article | peak RSS (MiB) | RSS after warm-up (MiB) | failures |",
        "|---|---:|---:|---:|---:|---:|---:|",
    ]
    for kind in synth.KINDS:
        for row in results["scaling"][kind]:
            r = rate(row)
            per = "n/a" if r is None else f"{1000 / r:.2f}"
            lines.append(
                f"| {kind} | {row.get('count', '?'):,} | {_fmt_rate(r)} | {per} | {_mib(row)} | "
                f"{_mib(row, 'baseline_mib')} | {row.get('failures', 'n/a')} |"
            )
    lines += ["", "### How time and memory grow with the corpus", ""]
    lines += [
        "| input | articles | time per article vs smallest run | peak RSS vs smallest run |",
        "|---|---:|---:|---:|",
    ]
    for kind in synth.KINDS:
        rows = results["scaling"][kind]
        base_rate = rate(rows[0])
        base_mem = rows[0].get("peak_mib")
        for row in rows:
            r = rate(row)
            t = "n/a" if r is None or base_rate is None else f"{base_rate / r:.2f}×"
            mem = row.get("peak_mib")
            g = "n/a" if mem is None or not base_mem else f"{mem / base_mem:.2f}×"
            lines.append(f"| {kind} | {row.get('count', '?'):,} | {t} | {g} |")
    n = results["peer_size"]
    lines += [
        "",
        f"### Against the tools users reach for today ({n:,} identical documents)",
        "",
        "Ratio is nkreports' rate divided by the peer's: above 1× nkreports is faster.",
        "",
        "| input | tool | docs/s | peak RSS (MiB) | nkreports speed ratio |",
        "|---|---|---:|---:|---:|",
    ]
    for kind in synth.KINDS:
        rows = results["peers"][kind]
        ours = rate(rows[0])
        for row in rows:
            name = row.get("tool") or f"{row.get('task')} ({row.get('unavailable', '')})"
            ratio = "—" if row is rows[0] else _ratio(ours, rate(row))
            lines.append(f"| {kind} | {name} | {_fmt_rate(rate(row))} | {_mib(row)} | {ratio} |")
    jobs = results["jobs"]
    lines += [
        "",
        f"### One process against {jobs} (same {n:,} files on disk, wall clock)",
        "",
        "| input | how | docs/s | speed-up over one process |",
        "|---|---|---:|---:|",
    ]
    for kind in synth.KINDS:
        rows = results["parallel"][kind]
        single = rate(rows[0])
        for row in rows:
            name = row.get("tool") or f"{row.get('task')}: {row.get('unavailable', '')}"
            lines.append(f"| {kind} | {name} | {_fmt_rate(rate(row))} | {_ratio(rate(row), single)} |")
    lines += _render_targets(results)
    if "profile" in results:
        lines += _render_profile(results["profile"])
    return "\n".join(lines) + "\n"


def _render_targets(results: dict[str, Any]) -> list[str]:
    text = rate(results["peers"]["text"][0])
    htm = rate(results["peers"]["html"][0])
    text_rows = results["scaling"]["text"]
    mems = [r.get("peak_mib") for r in results["scaling"]["text"] + results["scaling"]["html"]]
    flat = None
    if all(isinstance(v, float) for v in mems):
        small = [r["peak_mib"] for r in (text_rows[0], results["scaling"]["html"][0])]
        big = [r["peak_mib"] for r in (text_rows[-1], results["scaling"]["html"][-1])]
        flat = all(b <= s * 1.25 + 8 for s, b in zip(small, big, strict=True))

    def verdict(value: float | None, target: float) -> str:
        return "not measured" if value is None else ("met" if value >= target else "**not met**")

    return [
        "",
        "### Targets",
        "",
        "| target | measured | verdict |",
        "|---|---:|---|",
        f"| ≥ {TARGET_TEXT:,.0f} text articles/s per core | {_fmt_rate(text)} | {verdict(text, TARGET_TEXT)} |",
        f"| ≥ {TARGET_HTML:,.0f} HTML pages/s per core | {_fmt_rate(htm)} | {verdict(htm, TARGET_HTML)} |",
        "| peak memory flat from smallest to largest corpus (≤ 1.25× + 8 MiB) | see above | "
        + ("not measured" if flat is None else ("met" if flat else "**not met**"))
        + " |",
    ]


def _render_profile(profile: dict[str, Any]) -> list[str]:
    lines = ["", "### Where the time goes (cProfile, own time)", ""]
    for kind, result in profile.items():
        if "unavailable" in result:
            continue
        total = result["total"] or 1.0
        lines += [f"**{kind}** ({result['count']:,} articles, {total:.2f} s under the profiler)", ""]
        lines += ["| module | share of time |", "|---|---:|"]
        lines += [f"| `{module}` | {100 * t / total:.1f} % |" for t, module in result["modules"][:8]]
        lines += ["", "| function | own s | cumulative s |", "|---|---:|---:|"]
        lines += [f"| `{name}` | {tot:.2f} | {cum:.2f} |" for tot, cum, name in result["functions"][:8]]
        lines.append("")
    return lines


def write_docs(block: str, page: Path = DOCS_PAGE) -> None:
    """Replace the results block of docs/performance.md with *block*."""
    text = page.read_text(encoding="utf-8")
    pattern = re.compile(re.escape(START) + r".*?" + re.escape(END), re.DOTALL)
    if not pattern.search(text):
        msg = f"{page} has no results markers ({START!r} ... {END!r})"
        raise SystemExit(msg)
    page.write_text(pattern.sub(lambda _m: f"{START}\n\n{block}\n{END}", text), encoding="utf-8")


def main(argv: Sequence[str] | None = None) -> int:
    """Parse options, run the benchmark, print (and optionally write) the report."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="200,2000,20000", help="corpus sizes for the scaling runs")
    parser.add_argument("--peer-size", type=int, default=2000, help="corpus size for peers and --jobs runs")
    parser.add_argument("--jobs", type=int, default=2, help="processes for the parallel run")
    parser.add_argument("--quick", action="store_true", help="sizes 100,500 and 500 for peers")
    parser.add_argument("--no-profile", action="store_true", help="skip the cProfile breakdown")
    parser.add_argument("--write-docs", action="store_true", help="rewrite the results in docs/performance.md")
    parser.add_argument("--json", type=Path, help="also save the raw results here")
    args = parser.parse_args(argv)
    sizes = [100, 500] if args.quick else [int(s) for s in args.sizes.split(",")]
    peer_size = 500 if args.quick else args.peer_size
    results = measure(sizes, peer_size, args.jobs, profile=not args.no_profile)
    block = render(results)
    print(block)
    if args.json:
        args.json.write_text(json.dumps(results, indent=2), encoding="utf-8")
    if args.write_docs:
        write_docs(block)
        print(f"wrote {DOCS_PAGE.relative_to(ROOT)}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
