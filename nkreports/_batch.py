"""Batch parsing: many documents to JSON Lines, in parallel, resumable, never losing work.

Each document's reports are written, as soon as the document is done, as one
``write`` of complete lines to the output (one JSON object per report, with the
input ``path`` as its first key, and for a document holding several articles,
``items``: how many lines it wrote); a document that fails is written to the
errors file as ``{"path", "error", "message"}``.  Lines come in the order
documents finish, not the input order: ``path`` identifies each.  A run killed
part-way leaves at most one partial last line; :func:`run` with
``resume=True`` drops it, and the lines of any document not written whole,
before going on with the files not yet in either file.

Every document is parsed in a worker process with a time limit (``timeout``);
a document that overruns it, or kills its worker, is an error record and the
worker is replaced.  Workers end with the main process, however it ends.
"""

from __future__ import annotations

import collections
import contextlib
import datetime as dt
import json
import multiprocessing
import os
import sys
import time
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import TextIO

import attrs

from nkreports._inputs import canonical, check_outputs, expand_paths, is_loop, unique_documents
from nkreports._pipeline import parse_document
from nkreports._workers import in_workers
from nkreports.exceptions import DocumentError, NKReportsError, OutputError
from nkreports.io import DEFAULT_MAX_BYTES, Document, read_document, read_path
from nkreports.io import json as report_json

__all__ = ["DEFAULT_TIMEOUT", "BatchSummary", "errors_path_for", "expand_paths", "run"]

DEFAULT_TIMEOUT = 300.0
"""Seconds one document may take in batch mode before it is recorded as an error."""


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
    """Documents skipped because a resumed run had done them already (or another spelling named them)."""

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


def _json_line(record: dict[str, object]) -> str:
    """One JSON line; a name that is not valid UTF-8 is kept exactly, as ``\\udcXX`` escapes."""
    line = json.dumps(record, ensure_ascii=False)
    try:
        line.encode("utf-8")
    except UnicodeEncodeError:
        line = json.dumps(record)
    return line + "\n"


def _directory_error(path: str) -> DocumentError:
    if is_loop(path):
        return DocumentError(f"{path}: a symlink loop (a link to a directory that contains it)")
    try:
        with os.scandir(path) as entries:
            next(entries, None)
    except OSError as exc:
        return DocumentError(f"{path}: cannot read the directory ({exc.strerror or exc})")
    return DocumentError(f"{path}: a directory holding no documents")


def _read(path: str, options: _Options) -> tuple[Document, ...]:
    if Path(path).is_dir():
        raise _directory_error(path)
    return read_path(path, max_bytes=options.max_bytes)


def _parse_one(path: str, options: _Options) -> _Outcome:
    """Parse one document with the public API; any failure becomes an outcome, never an exception."""
    try:
        documents = _read(path, options)
        head: dict[str, object] = {"path": path} if len(documents) == 1 else {"path": path, "items": len(documents)}
        lines = []
        for document in documents:
            report = parse_document(document, published=options.published, outlet=options.outlet)
            lines.append(_json_line({**head, **report_json.report_to_dict(report)}))
    except RecursionError:
        return _Outcome(path=path, error="DocumentError", message="the document is nested too deeply to parse")
    except Exception as exc:  # the batch boundary: one bad document must not stop the run
        message = " ".join(str(exc).split())[:500] or type(exc).__name__
        return _Outcome(path=path, error=type(exc).__name__, message=message)
    return _Outcome(path=path, lines="".join(lines), reports=len(lines))


def _timed_out(timeout: float) -> collections.abc.Callable[[str], _Outcome]:
    def outcome(path: str) -> _Outcome:
        message = f"{path}: took longer than the {timeout:g}-second timeout; the worker was stopped"
        return _Outcome(path=path, error="DocumentTimeoutError", message=message)

    return outcome


def _crashed(path: str) -> _Outcome:
    return _Outcome(path=path, error="WorkerCrashed", message=f"{path}: the worker process died on this document")


def _recorded(line: bytes) -> tuple[str, int] | None:
    """The input path of a complete line and how many lines its document wrote."""
    try:
        record = json.loads(line)
    except (ValueError, RecursionError):
        return None
    path = record.get("path") if isinstance(record, dict) else None
    items = record.get("items", 1) if isinstance(record, dict) else 1
    return (path, items if isinstance(items, int) else 1) if isinstance(path, str) else None


def _salvage(path: Path) -> tuple[set[str], bool]:
    """Paths complete in a JSON Lines file, and whether it holds anything else, read line by line.

    A line counts only if it ends in a newline and parses; a document counts
    only if all its lines (``items``, 1 when absent) are there.  Only the
    paths are kept in memory, never the lines.
    """
    counts: collections.Counter[str] = collections.Counter()
    expected: dict[str, int] = {}
    clean = True
    with path.open("rb") as lines:
        for line in lines:
            found = _recorded(line) if line.endswith(b"\n") else None
            if found is None:
                clean = False
                continue
            counts[found[0]] += 1
            expected.setdefault(found[0], found[1])
    done = {p for p, n in counts.items() if n == expected[p]}
    return done, clean and len(done) == len(counts)


def _rewrite(path: Path, done: set[str]) -> None:
    """Keep only the lines of documents in *done*, streamed to a temporary file that replaces *path* at once."""
    temporary = path.with_name(path.name + ".tmp")
    with path.open("rb") as source, temporary.open("wb") as target:
        for line in source:
            found = _recorded(line) if line.endswith(b"\n") else None
            if found is not None and found[0] in done:
                target.write(line)
    temporary.replace(path)


class _Sink:
    """Append-only writer: each call is one ``os.write`` of complete lines."""

    def __init__(self, path: Path, *, resume: bool) -> None:
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            self.done: set[str] = set()
            if resume and path.exists():
                self.done, clean = _salvage(path)
                if not clean:  # replace atomically, so a kill now cannot lose the good lines
                    _rewrite(path, self.done)
            flags = os.O_WRONLY | os.O_CREAT | os.O_APPEND | (0 if resume else os.O_TRUNC)
            self._fd = os.open(path, flags, 0o644)
        except OSError as exc:
            msg = f"{path}: cannot write ({exc.strerror or exc})"
            raise OutputError(msg) from None
        self.path = path

    def write(self, text: str) -> None:
        data = text.encode("utf-8")
        while data:
            try:
                written = os.write(self._fd, data)
            except OSError as exc:
                msg = f"{self.path}: cannot write ({exc.strerror or exc})"
                raise OutputError(msg) from None
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


def _warm() -> None:
    """Load the data every parse needs once, before workers are forked from this process."""
    with contextlib.suppress(NKReportsError):
        parse_document(read_document("A source in Hyesan said traders must register.")[0])


def _outcomes(todo: list[str], options: _Options, jobs: int, timeout: float | None) -> Iterator[_Outcome]:
    if timeout is None and jobs == 1:
        return (_parse_one(p, options) for p in todo)
    if todo and multiprocessing.get_start_method() == "fork":
        _warm()  # forked workers inherit the loaded data
    return in_workers(
        todo,
        _parse_one,
        options,
        jobs=jobs,
        timeout=timeout,
        on_timeout=_timed_out(timeout or 0.0),
        on_crash=_crashed,
    )


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
    chunk_size: int = 1,
    timeout: float | None = DEFAULT_TIMEOUT,
) -> BatchSummary:
    """Parse every document named by *paths* into JSON Lines at *output*.

    *paths* may name files, directories and globs (see :func:`expand_paths`);
    a file named several ways (relative, ``./``, absolute, through a symlink)
    is parsed once.  Failed documents go to *errors* (default
    :func:`errors_path_for` *output*).  Without *resume* both files are started
    afresh; with it, documents already in either file are skipped.  *jobs*
    processes parse at once; each document may take *timeout* seconds (``None``
    for no limit; with ``jobs=1`` it then runs in this process).  *progress* is
    a stream for a progress bar, ``True`` for stderr, or ``None`` for stderr
    only when it is a terminal.  *chunk_size* is ignored (documents are handed
    out one at a time).

    Raises :class:`~nkreports.OutputError` before anything is written when the
    errors file is the output, when either one names an input file, or when
    they cannot be written.
    """
    del chunk_size
    if jobs < 1:
        msg = f"jobs must be at least 1, not {jobs}"
        raise ValueError(msg)
    if timeout is not None and timeout <= 0:
        msg = f"timeout must be positive, not {timeout}"
        raise ValueError(msg)
    inputs = list(paths)
    out = Path(output)
    err = Path(errors) if errors is not None else errors_path_for(out)
    check_outputs(inputs, out, err)
    options = _Options(published=published, outlet=outlet, max_bytes=max_bytes)
    sink = _Sink(out, resume=resume)
    try:
        fail = _Sink(err, resume=resume)
    except OutputError:
        sink.close()
        raise
    try:
        # The run's own files are never inputs, even inside a walked directory.
        own = {
            canonical(str(f)) for f in (out, err, out.with_name(f"{out.name}.tmp"), err.with_name(f"{err.name}.tmp"))
        }
        listed = expand_paths(inputs)
        everything = unique_documents(listed, own)
        done = {canonical(p) for p in sink.done | fail.done}
        todo = [p for p in everything if canonical(p) not in done]
        stream = sys.stderr if progress is True or (progress is None and sys.stderr.isatty()) else progress or None
        bar = _Progress(len(todo), stream)
        documents = reports = failures = 0
        outcomes = _outcomes(todo, options, jobs, timeout)
        try:
            for outcome in outcomes:
                documents += 1
                if outcome.error is None:
                    reports += outcome.reports
                    sink.write(outcome.lines)
                else:
                    failures += 1
                    fail.write(_json_line({"path": outcome.path, "error": outcome.error, "message": outcome.message}))
                bar.step(outcome)
        finally:
            close = getattr(outcomes, "close", None)
            if close is not None:
                close()
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
        skipped=len([p for p in listed if canonical(p) not in own]) - len(todo),
    )
