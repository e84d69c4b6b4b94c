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
    """Documents per second of wall-clock time, or ``None`` for a peer that did not run."""
    if "unavailable" in result or not result.get("seconds"):
        return None
    return float(result["count"]) / float(result["seconds"])


def cpu_rate(result: dict[str, Any]) -> float | None:
    """Documents per CPU-second (per core, whatever else the machine runs), or ``None``."""
    if "unavailable" in result or not result.get("cpu_seconds"):
        return None
    return float(result["count"]) / float(result["cpu_seconds"])


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


NOT_RUN = {"unavailable": "not run (the benchmark was stopped before this step)"}


class Recorder:
    """Results gathered so far, saved after every step so an interrupted run still reports."""

    def __init__(self, sizes: Sequence[int], peer_size: int, jobs: int, path: Path | None) -> None:
        self.path = path
        self.results: dict[str, Any] = {
            "sizes": list(sizes),
            "peer_size": peer_size,
            "jobs": jobs,
            "machine": {
                "python": platform.python_version(),
                "platform": platform.platform(terse=True),
                "cpus": os.cpu_count(),
                "processor": platform.processor() or platform.machine(),
                "load_at_start": os.getloadavg()[0],
            },
            "scaling": {kind: {} for kind in synth.KINDS},
            "peers": {kind: {} for kind in synth.KINDS},
            "parallel": {kind: {} for kind in synth.KINDS},
        }

    def put(self, section: str, kind: str, key: str, result: dict[str, Any]) -> None:
        self.results[section][kind][key] = result
        self.results["machine"]["load_at_end"] = os.getloadavg()[0]
        shown = rate(result)
        label = f"{section} {kind} {key}"
        print(f"  {label}: {'unavailable' if shown is None else f'{shown:,.1f}/s'}", file=sys.stderr)
        self.save()

    def save(self) -> None:
        """Write the results so far to the JSON file, if there is one."""
        if self.path is not None:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            self.path.write_text(json.dumps(self.results, indent=2), encoding="utf-8")


def measure(recorder: Recorder, *, profile: bool) -> dict[str, Any]:
    """Run every measurement, cheapest and most telling first; returns the raw results."""
    res = recorder.results
    sizes, peer_size, jobs = res["sizes"], res["peer_size"], res["jobs"]
    small = [n for n in sizes if n <= peer_size]
    for kind in synth.KINDS:
        for n in small:
            recorder.put("scaling", kind, str(n), run_task({"task": "nkreports", "kind": kind, "count": n}))
    for kind, peer in (("text", "spacy"), ("html", "trafilatura"), ("html", "spacy")):
        ours = res["scaling"][kind].get(str(peer_size))
        if ours is None:
            ours = run_task({"task": "nkreports", "kind": kind, "count": peer_size})
        recorder.put("peers", kind, "nkreports", ours)
        recorder.put("peers", kind, peer, run_task({"task": peer, "kind": kind, "count": peer_size}))
    with tempfile.TemporaryDirectory(prefix="nkreports-bench-") as tmp:
        for kind in synth.KINDS:
            directory = Path(tmp) / kind
            write_corpus(directory, kind, peer_size)
            for n in (1, jobs):
                spec = {"task": "files", "kind": kind, "directory": str(directory), "jobs": n}
                recorder.put("parallel", kind, f"api-{n}", run_task(spec))
            if cli_batch_supported():
                recorder.put("parallel", kind, "cli", run_cli_batch(directory, kind, jobs))
            else:
                missing = {"task": "cli", "unavailable": "this version has no `nkreports parse DIR --jobs` batch mode"}
                recorder.put("parallel", kind, "cli", missing)
    if profile:
        res["profile"] = {}
        for kind in synth.KINDS:
            res["profile"][kind] = run_task({"task": "profile", "kind": kind, "count": min(peer_size, 500)})
            recorder.save()
    for kind in synth.KINDS:
        for n in sizes:
            if n > peer_size:
                recorder.put("scaling", kind, str(n), run_task({"task": "nkreports", "kind": kind, "count": n}))
    return res


def _rows(results: dict[str, Any], section: str, kind: str, keys: Sequence[str]) -> list[dict[str, Any]]:
    found = results[section][kind]
    return [found.get(k, {**NOT_RUN, "task": k}) for k in keys]


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
    sizes = [str(n) for n in results["sizes"]]
    scaling = {kind: _rows(results, "scaling", kind, sizes) for kind in synth.KINDS}
    peer_keys = {"text": ("nkreports", "spacy"), "html": ("nkreports", "trafilatura", "spacy")}
    peers = {kind: _rows(results, "peers", kind, peer_keys[kind]) for kind in synth.KINDS}
    jobs = results["jobs"]
    parallel = {kind: _rows(results, "parallel", kind, ("api-1", f"api-{jobs}", "cli")) for kind in synth.KINDS}
    load = f"load average {m.get('load_at_start', 0):.1f} at the start and {m.get('load_at_end', 0):.1f} at the end"
    lines = [
        f"Measured {time.strftime('%Y-%m-%d', time.gmtime())} on Python {m['python']}, {m['platform']}, "
        f"{m['cpus']} CPUs ({load}; a load above the CPU count means other work shared the machine and "
        "every rate is lower than on an idle one). Synthetic corpus from `benchmarks/synth.py` (seed 2026).",
        "",
        "### Full extraction, one process",
        "",
        "*articles/s* is wall clock; *per CPU-s* divides by the CPU time the process got, which is the",
        "per-core throughput and does not drop when other work shares the machine.",
        "",
        "| input | articles | articles/s | per CPU-s | CPU ms/article | peak RSS (MiB) | RSS after warm-up (MiB) "
        "| failures |",
        "|---|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for kind in synth.KINDS:
        for row in scaling[kind]:
            r = rate(row)
            c = cpu_rate(row)
            per = "n/a" if c is None else f"{1000 / c:.1f}"
            lines.append(
                f"| {kind} | {_count(row)} | {_fmt_rate(r)} | {_fmt_rate(cpu_rate(row))} | {per} | {_mib(row)} | "
                f"{_mib(row, 'baseline_mib')} | {row.get('failures', 'n/a')} |"
            )
    lines += ["", "### How time and memory grow with the corpus", ""]
    lines += [
        "| input | articles | CPU time per article vs smallest run | peak RSS vs smallest run |",
        "|---|---:|---:|---:|",
    ]
    for kind in synth.KINDS:
        rows = scaling[kind]
        base_rate = cpu_rate(rows[0])
        base_mem = rows[0].get("peak_mib")
        for row in rows:
            r = cpu_rate(row)
            t = "n/a" if r is None or base_rate is None else f"{base_rate / r:.2f}×"
            mem = row.get("peak_mib")
            g = "n/a" if mem is None or not base_mem else f"{mem / base_mem:.2f}×"
            lines.append(f"| {kind} | {_count(row)} | {t} | {g} |")
    n = results["peer_size"]
    lines += [
        "",
        f"### Against the tools users reach for today ({n:,} identical documents)",
        "",
        "Ratio is nkreports' rate per CPU-second divided by the peer's: above 1× nkreports is faster.",
        "",
        "| input | tool | docs/s | per CPU-s | peak RSS (MiB) | nkreports speed ratio |",
        "|---|---|---:|---:|---:|---:|",
    ]
    for kind in synth.KINDS:
        rows = peers[kind]
        ours = cpu_rate(rows[0])
        for row in rows:
            name = row.get("tool") or f"{row.get('task')} ({row.get('unavailable', '')})"
            ratio = "—" if row is rows[0] else _ratio(ours, cpu_rate(row))
            lines.append(
                f"| {kind} | {name} | {_fmt_rate(rate(row))} | {_fmt_rate(cpu_rate(row))} | {_mib(row)} | {ratio} |"
            )
    lines += [
        "",
        f"### One process against {jobs} (same {n:,} files on disk, wall clock)",
        "",
        *(
            [
                "The machine was busy during this run (load above its CPU count), so there were no idle cores for "
                "the extra processes and these speed-ups understate what the same number of idle cores gives.",
                "",
            ]
            if m.get("load_at_start", 0) > (m.get("cpus") or 1)
            else []
        ),
        "| input | how | docs/s | speed-up over one process |",
        "|---|---|---:|---:|",
    ]
    for kind in synth.KINDS:
        rows = parallel[kind]
        single = rate(rows[0])
        for row in rows:
            name = row.get("tool") or f"{row.get('task')}: {row.get('unavailable', '')}"
            lines.append(f"| {kind} | {name} | {_fmt_rate(rate(row))} | {_ratio(rate(row), single)} |")
    lines += _render_targets(scaling, peers)
    if "profile" in results:
        lines += _render_profile(results["profile"])
    return "\n".join(lines) + "\n"


def _count(row: dict[str, Any]) -> str:
    count = row.get("count")
    if isinstance(count, int):
        return f"{count:,}"
    planned = str(row.get("task", ""))
    return f"{int(planned):,} (not run)" if planned.isdigit() else "not run"


def _render_targets(scaling: dict[str, list[dict[str, Any]]], peers: dict[str, list[dict[str, Any]]]) -> list[str]:
    text = cpu_rate(peers["text"][0])
    htm = cpu_rate(peers["html"][0])
    flat = None
    ran = {kind: [r for r in rows if isinstance(r.get("peak_mib"), float)] for kind, rows in scaling.items()}
    if all(len(rows) >= 2 for rows in ran.values()):
        flat = all(rows[-1]["peak_mib"] <= rows[0]["peak_mib"] * 1.25 + 8 for rows in ran.values())

    def verdict(value: float | None, target: float) -> str:
        return "not measured" if value is None else ("met" if value >= target else "**not met**")

    return [
        "",
        "### Targets",
        "",
        "| target | measured (per CPU-s) | verdict |",
        "|---|---:|---|",
        f"| ≥ {TARGET_TEXT:,.0f} text articles/s per core | {_fmt_rate(text)} | {verdict(text, TARGET_TEXT)} |",
        f"| ≥ {TARGET_HTML:,.0f} HTML pages/s per core | {_fmt_rate(htm)} | {verdict(htm, TARGET_HTML)} |",
        "| peak memory flat from the smallest to the largest corpus run (≤ 1.25× + 8 MiB) | see above | "
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
        if result.get("stages"):
            lines += ["| stage (cumulative; stages nest inside *all extraction*) | share of time |", "|---|---:|"]
            lines += [f"| {label} | {100 * t / total:.1f} % |" for label, t in result["stages"]]
            lines.append("")
        lines += ["| module (own time) | share of time |", "|---|---:|"]
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
    parser.add_argument(
        "--json", type=Path, default=HERE / "out" / "results.json", help="raw results, saved after every step"
    )
    parser.add_argument("--render", type=Path, metavar="JSON", help="only render saved (possibly partial) results")
    args = parser.parse_args(argv)
    if args.render:
        results = json.loads(args.render.read_text(encoding="utf-8"))
    else:
        sizes = [100, 500] if args.quick else [int(s) for s in args.sizes.split(",")]
        peer_size = 500 if args.quick else args.peer_size
        recorder = Recorder(sizes, peer_size, args.jobs, args.json)
        results = measure(recorder, profile=not args.no_profile)
    block = render(results)
    print(block)
    if args.write_docs:
        write_docs(block)
        print(f"wrote {DOCS_PAGE.relative_to(ROOT)}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
