"""Parse one file into reports, turning any failure into a message (the boundary of a corpus run)."""

from __future__ import annotations

import datetime as dt

import attrs

from nkreports._pipeline import parse_document
from nkreports.io import DEFAULT_MAX_BYTES, read_path
from nkreports.model import Report

__all__ = ["ParseOptions", "parse_file"]


@attrs.frozen(kw_only=True)
class ParseOptions:
    """What every document of a run is parsed with (picklable, for worker processes)."""

    published: dt.date | None = None
    outlet: str | None = None
    max_bytes: int = DEFAULT_MAX_BYTES


def parse_file(path: str, options: ParseOptions) -> tuple[tuple[Report, ...], str | None]:
    """``(reports, None)`` for a readable file, ``((), message)`` for one that fails."""
    try:
        documents = read_path(path, max_bytes=options.max_bytes)
        return tuple(parse_document(d, published=options.published, outlet=options.outlet) for d in documents), None
    except RecursionError:
        return (), "the document is nested too deeply to parse"
    except Exception as exc:  # the corpus boundary: one bad document must not stop the run
        return (), f"{type(exc).__name__}: {' '.join(str(exc).split())[:500]}"
