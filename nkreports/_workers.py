"""Worker processes for batch mode: one document at a time, a timeout each, dying with their parent.

Each worker is a process with its own pipe.  The main process hands it one
path, waits for its answer (or its death, or the timeout) and hands it the
next; a worker that overruns the timeout or dies is replaced.  A worker exits
by itself when the main process goes away, however that happens (``kill -9``
included): the kernel signals it on Linux (``PR_SET_PDEATHSIG``), and on every
system a watch thread sees its parent change and its pipe close.
"""

from __future__ import annotations

import collections
import contextlib
import ctypes
import ctypes.util
import multiprocessing
import multiprocessing.connection
import os
import signal
import sys
import threading
import time
from collections.abc import Callable, Iterator, Sequence
from typing import Any, Generic, TypeVar

__all__ = ["in_workers"]

A = TypeVar("A")
R = TypeVar("R")

_PR_SET_PDEATHSIG = 1
_WATCH_SECONDS = 0.5


def _die_with_parent() -> None:
    """Exit when the process that started this one is gone."""
    parent = os.getppid()
    if sys.platform.startswith("linux"):
        with contextlib.suppress(OSError, AttributeError):
            libc = ctypes.CDLL(ctypes.util.find_library("c"), use_errno=True)
            libc.prctl(_PR_SET_PDEATHSIG, signal.SIGKILL)

    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(_WATCH_SECONDS)
        os._exit(1)

    threading.Thread(target=watch, name="nkreports-parent-watch", daemon=True).start()


def _serve(conn: multiprocessing.connection.Connection, work: Callable[[str, Any], Any], arg: Any) -> None:
    _die_with_parent()
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the main process's to handle
    while True:
        try:
            path = conn.recv()
        except (EOFError, OSError):
            return
        if path is None:
            return
        result = work(path, arg)
        try:
            conn.send(result)
        except OSError:
            return


class _Worker(Generic[A]):
    def __init__(self, context: Any, work: Callable[[str, A], object], arg: A) -> None:
        self.conn, child = context.Pipe()
        self.process = context.Process(target=_serve, args=(child, work, arg), daemon=True)
        self.process.start()
        child.close()
        self.path: str | None = None
        self.started = 0.0

    def give(self, path: str) -> bool:
        try:
            self.conn.send(path)
        except OSError:
            return False
        self.path, self.started = path, time.monotonic()
        return True

    def stop(self) -> None:
        with contextlib.suppress(OSError):
            self.conn.close()
        if self.process.is_alive():
            self.process.kill()
        self.process.join(5)


def in_workers(
    paths: Sequence[str],
    work: Callable[[str, A], R],
    arg: A,
    *,
    jobs: int,
    timeout: float | None,
    on_timeout: Callable[[str], R],
    on_crash: Callable[[str], R],
) -> Iterator[R]:
    """``work(path, arg)`` for every path in *jobs* processes, results as they finish.

    A path whose worker runs past *timeout* seconds gives ``on_timeout(path)``,
    one whose worker dies gives ``on_crash(path)``; either way the worker is
    replaced.  Closing the iterator stops every worker.
    """
    context = multiprocessing.get_context()
    pending = collections.deque(paths)
    workers: list[_Worker[A]] = []
    try:
        workers = [_Worker(context, work, arg) for _ in range(min(jobs, len(pending)))]
        while True:
            for i, worker in enumerate(workers):
                while worker.path is None and pending:
                    if not worker.give(pending[0]):
                        worker.stop()
                        worker = workers[i] = _Worker(context, work, arg)  # noqa: PLW2901
                        continue
                    pending.popleft()
            busy = {w.conn: w for w in workers if w.path is not None}
            if not busy:
                return
            wait = None
            if timeout is not None:
                wait = max(0.0, min(w.started for w in busy.values()) + timeout - time.monotonic())
            ready = multiprocessing.connection.wait(list(busy), timeout=wait)
            for conn in ready:
                worker = busy[conn]
                path = worker.path or ""
                try:
                    result: R = worker.conn.recv()
                except (EOFError, OSError):
                    result = on_crash(path)
                    workers[workers.index(worker)] = _Worker(context, work, arg)
                    worker.stop()
                worker.path = None
                yield result
            now = time.monotonic()
            for i, worker in enumerate(workers):
                if worker.path is not None and timeout is not None and now - worker.started >= timeout:
                    path = worker.path
                    worker.stop()
                    workers[i] = _Worker(context, work, arg)
                    yield on_timeout(path)
    finally:
        for worker in workers:
            worker.stop()
