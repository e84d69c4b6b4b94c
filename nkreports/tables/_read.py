"""Read batch output (JSON Lines) back as reports with the file each came from."""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from pathlib import Path

from nkreports.exceptions import InvalidReportError
from nkreports.io.json import report_from_dict
from nkreports.model import Report

__all__ = ["read_reports"]


def read_reports(path: str | os.PathLike[str]) -> Iterator[tuple[Report, str | None]]:
    """Yield ``(report, path)`` for each line of a JSON Lines file written by ``nkreports parse --output``.

    ``path`` is the batch line's ``"path"`` (the document's file), or ``None``.
    Blank lines are skipped; a bad line raises :class:`~nkreports.InvalidReportError`
    naming its line number.
    """
    with Path(path).open(encoding="utf-8") as stream:
        for number, line in enumerate(stream, 1):
            if not line.strip():
                continue
            try:
                data = json.loads(line)
            except json.JSONDecodeError as exc:
                msg = f"{path}:{number}: not JSON: {exc}"
                raise InvalidReportError(msg) from None
            if not isinstance(data, dict):
                msg = f"{path}:{number}: a report must be a JSON object"
                raise InvalidReportError(msg)
            source = data.pop("path", None)
            try:
                report = report_from_dict(data)
            except InvalidReportError as exc:
                msg = f"{path}:{number}: {exc}"
                raise InvalidReportError(msg) from None
            yield report, source if isinstance(source, str) else None
