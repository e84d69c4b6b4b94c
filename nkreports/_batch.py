"""Batch parsing: many documents to JSON Lines, in parallel, resumable, never losing work.

Each document's reports are written as one ``write`` of complete lines to the
output (one JSON object per report, with the input ``path`` as its first key,
and for a document holding several articles, ``items``: how many lines it
wrote) and reach the file at once; a document that fails is written to the
errors file as ``{"path", "error", "message"}``.  A run killed part-way leaves
at most one partial last line; :func:`run` with ``resume=True`` drops it, and
the lines of any document not written whole, before going on with the paths
not yet in either file.
"""

from __future__ import annotations

import collections
import concurrent.futures
import datetime as dt
import glob
import json
import os
import sys
import time
from collections.abc import Iterable, Iterator, Sequence
from concurrent.futures.process import BrokenProcessPool
from pathlib import Path
from typing import TextIO

import attrs

from nkreports._pipeline import parse_document
from nkreports.io import DEFAULT_MAX_BYTES, read_path
from nkreports.io import json as report_json

__all__ = ["BatchSummary", "errors_path_for", "expand_paths", "run"]

_GLOB_CHARS = frozenset("*?[")


@attrs.frozen(kw_only=True)
class BatchSummary:
    """What one batch run did."""

    output: Path
    errors_path: Path
    documents: int = 0
    """Documents processed in this run (good and bad)."""
    reports: int = 0
    """Report lines written in this run (a feed gives several)."""
    errors: int = 0
    """Documents that failed in this run, each a line in the errors file."""
    skipped: int = 0
    """Documents skipped because a resumed run had done them already."""

    @property
    def ok(self) -> bool:
        """Whether every document of this run was parsed."""
        return self.errors == 0


@attrs.frozen(kw_only=True)
class _Options:
    published: dt.date | None = None
    outlet: str | None = None
    max_bytes: int = DEFAULT_MAX_BYTES


@attrs.frozen(kw_only=True)
class _Outcome:
    path: str
    lines: str = ""
    reports: int = 0
    error: str | None = None
    message: str = ""


def errors_path_for(output: str | os.PathLike[str]) -> Path:
    """The default errors file next to *output*: ``out.jsonl`` -> ``out.errors.jsonl``."""
    out = Path(output)
    stem = out.name[: -len(out.suffix)] if out.suffix else out.name
    return out.with_name(f"{stem}.errors{out.suffix or '.jsonl'}")


def expand_paths(inputs: Iterable[str | os.PathLike[str]]) -> list[str]:
    """Files named by *inputs*: files as given, directories walked (hidden names skipped), globs expanded.

    The result is sorted within each input and free of repeats; a name that is
    neither a file, a directory nor a matching glob is kept, so that the run
    reports it as an error.
    """
    found: dict[str, None] = {}
    for item in inputs:
        name = os.fspath(item)
        p = Path(name)
        if p.is_dir():
            files = (
                f
                for f in p.rglob("*")
                if f.is_file() and not any(part.startswith(".") for part in f.parts[len(p.parts) :])
            )
            found.update(dict.fromkeys(sorted(str(f) for f in files)))
        elif not p.exists() and _GLOB_CHARS & set(name):
            matches = glob.glob(name, recursive=True)  # noqa: PTH207  (Path.glob takes no absolute patterns)
            found.update(dict.fromkeys(sorted(m for m in matches if Path(m).is_file())))
        else:
            found[name] = None
    return list(found)


def _parse_one(path: str, options: _Options) -> _Outcome:
    """Parse one document with the public API; any failure becomes an outcome, never an exception."""
    try:
        documents = read_path(path, max_bytes=options.max_bytes)
        head: dict[str, object] = {"path": path} if len(documents) == 1 else {"path": path, "items": len(documents)}
        lines = []
        for document in documents:
            report = parse_document(document, published=options.published, outlet=options.outlet)
            lines.append(json.dumps({**head, **report_json.report_to_dict(report)}, ensure_ascii=False))
    except RecursionError:
        return _Outcome(path=path, error="RecursionError", message="the document is nested too deeply to parse")
    except Exception as exc:  # the batch boundary: one bad document must not stop the run
        message = " ".join(str(exc).split())[:500] or type(exc).__name__
        return _Outcome(path=path, error=type(exc).__name__, message=message)
    return _Outcome(path=path, lines="".join(line + "\n" for line in lines), reports=len(lines))


def _parse_chunk(paths: Sequence[str], options: _Options) -> list[_Outcome]:
    return [_parse_one(p, options) for p in paths]


def _recorded(line: bytes) -> tuple[str, int] | None:
    """The input path of a complete line and how many lines its document wrote."""
    try:
        record = json.loads(line)
    except ValueError:
        return None
    path = record.get("path") if isinstance(record, dict) else None
    items = record.get("items", 1) if isinstance(record, dict) else 1
    return (path, items if isinstance(items, int) else 1) if isinstance(path, str) else None


def _salvage(path: Path) -> tuple[set[str], bytes | None]:
    """Paths complete in a JSON Lines file, and its repaired content when it must be rewritten.

    A line counts only if it ends in a newline and parses; a document counts
    only if all its lines (``items``, 1 when absent) are there.  Lines of
    incomplete documents and a torn last line are dropped.
    """
    if not path.exists():
        return set(), None
    data = path.read_bytes()
    lines = data.splitlines(keepends=True)
    whole = [(line, _recorded(line)) for line in lines if line.endswith(b"\n")]
    counts = collections.Counter(rec[0] for _, rec in whole if rec is not None)
    expected = {rec[0]: rec[1] for _, rec in whole if rec is not None}
    done = {p for p, n in counts.items() if n == expected[p]}
    kept = b"".join(line for line, rec in whole if rec is not None and rec[0] in done)
    return done, None if kept == data else kept


class _Sink:
    """Append-only writer: each call is one ``os.write`` of complete lines."""

    def __init__(self, path: Path, *, resume: bool) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        self.done, repaired = _salvage(path) if resume else (set(), b"")
        if repaired is not None:  # replace atomically, so a kill now cannot lose the good lines
            temporary = path.with_name(path.name + ".tmp")
            temporary.write_bytes(repaired)
            temporary.replace(path)
        self._fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o644)

    def write(self, text: str) -> None:
        data = text.encode("utf-8")
        while data:
            written = os.write(self._fd, data)
            data = data[written:]

    def close(self) -> None:
        os.close(self._fd)


class _Progress:
    """A one-line progress bar on stderr, redrawn at most ten times a second."""

    def __init__(self, total: int, stream: TextIO | None) -> None:
        self.total, self.stream, self.done, self.errors, self._last = total, stream, 0, 0, 0.0

    def step(self, outcome: _Outcome) -> None:
        self.done += 1
        self.errors += outcome.error is not None
        now = time.monotonic()
        if self.stream is not None and (now - self._last >= 0.1 or self.done == self.total):
            self._last = now
            filled = 30 * self.done // max(self.total, 1)
            bar = "#" * filled + "." * (30 - filled)
            self.stream.write(f"\r[{bar}] {self.done}/{self.total} documents, {self.errors} errors")
            self.stream.flush()

    def close(self) -> None:
        if self.stream is not None and self.done:
            self.stream.write("\n")
            self.stream.flush()


def _chunks(paths: Sequence[str], size: int) -> Iterator[list[str]]:
    for i in range(0, len(paths), size):
        yield list(paths[i : i + size])


def _in_pool(paths: list[str], options: _Options, jobs: int, chunk_size: int) -> Iterator[_Outcome]:
    """Outcomes in input order from *jobs* processes; a chunk that kills its worker is retried path by path."""
    pending = collections.deque(_chunks(paths, chunk_size))
    suspects: collections.deque[list[str]] = collections.deque()
    while pending or suspects:
        with concurrent.futures.ProcessPoolExecutor(max_workers=jobs) as pool:
            window: collections.deque[tuple[list[str], concurrent.futures.Future[list[_Outcome]]]] = collections.deque()
            broken = False
            while (pending or suspects or window) and not broken:
                limit = 1 if suspects else jobs * 2
                while len(window) < limit and (suspects or pending):
                    chunk = suspects.popleft() if suspects else pending.popleft()
                    window.append((chunk, pool.submit(_parse_chunk, chunk, options)))
                chunk, future = window.popleft()
                try:
                    yield from future.result()
                except BrokenProcessPool:
                    broken = True
                    if len(chunk) == 1 and not window and limit == 1:
                        yield _Outcome(path=chunk[0], error="WorkerCrashed", message="the worker process died")
                    else:
                        suspects.extend([p] for p in chunk)
                    for other, _ in window:
                        suspects.extend([p] for p in other)


def run(
    paths: Iterable[str | os.PathLike[str]],
    *,
    output: str | os.PathLike[str],
    errors: str | os.PathLike[str] | None = None,
    jobs: int = 1,
    resume: bool = False,
    published: dt.date | None = None,
    outlet: str | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
    progress: TextIO | bool | None = None,
    chunk_size: int = 8,
) -> BatchSummary:
    """Parse every document named by *paths* into JSON Lines at *output*.

    *paths* may name files, directories and globs (see :func:`expand_paths`).
    Failed documents go to *errors* (default :func:`errors_path_for` *output*).
    Without *resume* both files are started afresh; with it, documents already
    in either file are skipped.  *jobs* > 1 parses in that many processes.
    *progress* is a stream for a progress bar, ``True`` for stderr, or ``None``
    for stderr only when it is a terminal.
    """
    if jobs < 1:
        msg = f"jobs must be at least 1, not {jobs}"
        raise ValueError(msg)
    out = Path(output)
    err = Path(errors) if errors is not None else errors_path_for(out)
    options = _Options(published=published, outlet=outlet, max_bytes=max_bytes)
    sink, fail = _Sink(out, resume=resume), _Sink(err, resume=resume)
    try:
        # The run's own output and errors files are never inputs, even inside a walked directory.
        own = {out.resolve(), err.resolve()}
        todo_all = [p for p in expand_paths(paths) if Path(p).resolve() not in own]
        todo = [p for p in todo_all if p not in sink.done and p not in fail.done]
        stream = sys.stderr if progress is True or (progress is None and sys.stderr.isatty()) else progress or None
        bar = _Progress(len(todo), stream)
        outcomes = _in_pool(todo, options, jobs, chunk_size) if jobs > 1 else (_parse_one(p, options) for p in todo)
        documents = reports = failures = 0
        for outcome in outcomes:
            documents += 1
            if outcome.error is None:
                reports += outcome.reports
                sink.write(outcome.lines)
            else:
                failures += 1
                record = {"path": outcome.path, "error": outcome.error, "message": outcome.message}
                fail.write(json.dumps(record, ensure_ascii=False) + "\n")
            bar.step(outcome)
        bar.close()
    finally:
        sink.close()
        fail.close()
    return BatchSummary(
        output=out,
        errors_path=err,
        documents=documents,
        reports=reports,
        errors=failures,
        skipped=len(todo_all) - len(todo),
    )
