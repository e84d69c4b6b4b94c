"""Validation: the problems a careful analyst would flag in a report.

:func:`validate` checks a built :class:`~nkreports.Report`; :func:`validate_data`
checks report data as read from JSON (hand-written or saved) field by field
first, so that whatever the model would refuse also becomes a
:class:`~nkreports.Problem` with a path; :func:`validate_file` reads a file holding one
report, a JSON list of reports, or JSON Lines.  None of them raises for bad data.

The function :func:`validate` is re-exported as ``nkreports.validate``, which
hides this module's name on the package; import the rest from here
(``from nkreports.validate import validate_data``) or from ``nkreports``.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

import cattrs

from nkreports.exceptions import DocumentError
from nkreports.gazetteer import Gazetteer, default_gazetteer
from nkreports.io import decode
from nkreports.io import json as report_json
from nkreports.model import Report

from ._data import check_data
from ._problem import CODES, Problem, Severity
from ._report import check_report

__all__ = ["CODES", "Problem", "Severity", "has_errors", "validate", "validate_data", "validate_file", "validate_text"]


def _unique(problems: list[Problem]) -> tuple[Problem, ...]:
    return tuple(dict.fromkeys(problems))


def validate(report: Report, *, gazetteer: Gazetteer | None = None) -> tuple[Problem, ...]:
    """The problems in *report*, errors and warnings, in a stable order.

    Checks that spans slice the article text, region ids are in the gazetteer,
    dates do not lie after the anchor, every directive has demands and an
    issuer, every source a location and contact date, and that no source is
    listed twice.  See ``CODES`` (see :doc:`/validation`) for the full list.

    >>> import nkreports
    >>> report = nkreports.parse("A source in Hyesan said traders must register.", published="2024-05-02")
    >>> has_errors(validate(report))
    False
    """
    return _unique(check_report(report, gazetteer or default_gazetteer()))


def _reason(exc: BaseException, _type: Any) -> str:
    if isinstance(exc, KeyError):
        return f"required field {exc.args[0]!r} is missing" if exc.args else "a required field is missing"
    return str(exc) or type(exc).__name__


def _covered(problem: Problem, found: list[Problem]) -> bool:
    """Whether a field check already reported something at or under (or above) *problem*'s path."""
    return any(p.path.startswith(problem.path) or problem.path.startswith(p.path) for p in found if p.is_error)


def _structure(data: dict[str, Any]) -> Report | list[Problem]:
    try:
        return report_json.converter().structure(data, Report)
    except cattrs.BaseValidationError as exc:
        problems = []
        for line in cattrs.transform_error(exc, path="", format_exception=_reason):
            message, _, path = line.rpartition(" @ ")
            problems.append(Problem(code="invalid-data", path=path.lstrip("."), message=message or line))
        return problems
    except (KeyError, TypeError, ValueError) as exc:
        return [Problem(code="invalid-data", path="", message=str(exc))]


def validate_data(data: Any, *, gazetteer: Gazetteer | None = None) -> tuple[Problem, ...]:
    """The problems in report *data*: a dict as parsed from report JSON.

    Fields are checked where they sit first (types, vocabularies, ids, dates,
    spans); when the model can then build the report, the report's own checks
    (:func:`validate`) follow.  When the model refuses data the field checks
    passed, its reasons become ``invalid-data`` problems.
    """
    gaz = gazetteer or default_gazetteer()
    problems = check_data(data, gaz)
    built = _structure(data) if isinstance(data, dict) else []
    if isinstance(built, Report):
        problems += check_report(built, gaz)
    else:
        problems += [p for p in built if not _covered(p, problems)]
    return _unique(problems)


def has_errors(problems: Any) -> bool:
    """Whether any of *problems* (an iterable of :class:`~nkreports.Problem`) is an error."""
    return any(p.is_error for p in problems)


def _prefixed(index: int, problems: tuple[Problem, ...]) -> list[Problem]:
    prefix = f"[{index}]"
    return [
        Problem(code=p.code, severity=p.severity, message=p.message, path=prefix + ("." + p.path if p.path else ""))
        for p in problems
    ]


def _not_json(path: str, exc: ValueError) -> Problem:
    return Problem(code="not-json", path=path, message=f"not JSON: {exc}")


def validate_text(text: str, *, gazetteer: Gazetteer | None = None) -> tuple[Problem, ...]:
    """The problems in report JSON *text*: one report, a JSON list of reports, or JSON Lines.

    For a list or JSON Lines, paths start with the item's index (``[0]`` is
    the first report; for JSON Lines, blank lines count, so ``[i]`` is line
    ``i + 1``; lines end at a line feed only).  JSON nested too deeply to check
    is a ``not-json`` problem, never an exception.
    """
    try:
        return _validate_text(text, gazetteer)
    except RecursionError:
        return (Problem(code="not-json", message="JSON nested too deeply to check"),)


def _validate_text(text: str, gazetteer: Gazetteer | None) -> tuple[Problem, ...]:
    try:
        data = json.loads(text)
    except ValueError as exc:
        # JSON Lines end at "\n" only: U+2028, U+2029 and U+0085 are ordinary characters inside a line.
        lines = [line.removesuffix("\r") for line in text.split("\n")]
        if len([line for line in lines if line.strip()]) < 2:
            return (_not_json("", exc),)
        problems: list[Problem] = []
        for i, line in enumerate(lines):
            if not line.strip():
                continue
            try:
                item = json.loads(line)
            except ValueError as line_exc:
                problems.append(_not_json(f"[{i}]", line_exc))
                continue
            problems += _prefixed(i, validate_data(item, gazetteer=gazetteer))
        return tuple(problems)
    if isinstance(data, list):
        return tuple(p for i, item in enumerate(data) for p in _prefixed(i, validate_data(item, gazetteer=gazetteer)))
    return validate_data(data, gazetteer=gazetteer)


def validate_file(path: str | os.PathLike[str], *, gazetteer: Gazetteer | None = None) -> tuple[Problem, ...]:
    """The problems in a report JSON file (see :func:`validate_text`).

    Raises :class:`~nkreports.DocumentError` only when the file cannot be read.
    """
    p = Path(path)
    try:
        data = p.read_bytes()
    except OSError as exc:
        msg = f"{p}: cannot read ({exc.strerror or exc})"
        raise DocumentError(msg) from None
    return validate_text(decode(data, name=str(p)), gazetteer=gazetteer)
