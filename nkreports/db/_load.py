"""Parse documents straight into a corpus database, one transaction per document."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from functools import partial

import attrs

from nkreports._batch import expand_paths
from nkreports.model import Report
from nkreports.tables._parse import ParseOptions, parse_file

from ._store import CorpusDatabase

__all__ = ["LoadSummary", "parse_into"]


@attrs.frozen(kw_only=True)
class LoadSummary:
    """What :func:`parse_into` did: documents read, reports stored, and ``(path, message)`` per failure."""

    documents: int
    reports: int
    errors: tuple[tuple[str, str], ...] = ()


def _parsed(
    files: list[str], opts: ParseOptions, jobs: int
) -> Iterator[tuple[str, tuple[tuple[Report, ...], str | None]]]:
    if jobs <= 1 or len(files) < 2:
        yield from ((path, parse_file(path, opts)) for path in files)
        return
    with ProcessPoolExecutor(max_workers=jobs) as pool:
        yield from zip(files, pool.map(partial(parse_file, options=opts), files, chunksize=4), strict=True)


def parse_into(
    db: CorpusDatabase,
    paths: Iterable[str | os.PathLike[str]],
    *,
    options: ParseOptions | None = None,
    jobs: int = 1,
    on_error: Callable[[str, str], None] | None = None,
) -> LoadSummary:
    """Parse files, directories or globs into *db*; each document's reports are stored in one transaction.

    With *jobs* above 1, documents are parsed in that many processes and stored,
    in order, by this one.  A document that fails is reported to *on_error*
    (path, message) and skipped; re-parsing an article replaces it.
    """
    opts = options or ParseOptions()
    documents = reports = 0
    errors = []
    for path, (found, error) in _parsed(expand_paths(paths), opts, jobs):
        documents += 1
        if error is not None:
            errors.append((path, error))
            if on_error is not None:
                on_error(path, error)
            continue
        db.add_all((report, path) for report in found)
        reports += len(found)
    return LoadSummary(documents=documents, reports=reports, errors=tuple(errors))
