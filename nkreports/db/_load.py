"""Parse documents straight into a corpus database, one transaction per document."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable

import attrs

from nkreports._batch import expand_paths
from nkreports.tables._parse import ParseOptions, parse_file

from ._store import CorpusDatabase

__all__ = ["LoadSummary", "parse_into"]


@attrs.frozen(kw_only=True)
class LoadSummary:
    """What :func:`parse_into` did: documents read, reports stored, and ``(path, message)`` per failure."""

    documents: int
    reports: int
    errors: tuple[tuple[str, str], ...] = ()


def parse_into(
    db: CorpusDatabase,
    paths: Iterable[str | os.PathLike[str]],
    *,
    options: ParseOptions | None = None,
    on_error: Callable[[str, str], None] | None = None,
) -> LoadSummary:
    """Parse files, directories or globs into *db*; each document's reports are stored in one transaction.

    A document that fails is reported to *on_error* (path, message) and skipped;
    re-parsing an article replaces it.
    """
    opts = options or ParseOptions()
    documents = reports = 0
    errors = []
    for path in expand_paths(paths):
        documents += 1
        found, error = parse_file(path, opts)
        if error is not None:
            errors.append((path, error))
            if on_error is not None:
                on_error(path, error)
            continue
        db.add_all((report, path) for report in found)
        reports += len(found)
    return LoadSummary(documents=documents, reports=reports, errors=tuple(errors))
