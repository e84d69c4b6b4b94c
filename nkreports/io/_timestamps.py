"""Publication timestamps as containers state them (ISO 8601, RFC 822, dotted dates)."""

from __future__ import annotations

import datetime as dt
import email.utils
import re

__all__ = ["parse_timestamp"]

_ISO = re.compile(r"^\s*(\d{4})[-./](\d{1,2})[-./](\d{1,2})(?!\d)")
_DAY_FIRST = re.compile(r"^\s*(\d{1,2})/(\d{1,2})/(\d{4})(?!\d)")


def parse_timestamp(value: str | None, *, day_first: bool = False) -> dt.date | None:
    """The calendar date of a timestamp, as written (no time-zone shift).

    >>> parse_timestamp("2024-08-19T14:05:31+09:00")
    datetime.date(2024, 8, 19)
    >>> parse_timestamp("Mon, 17 Feb 2025 22:05:00 +0000")
    datetime.date(2025, 2, 17)
    >>> parse_timestamp("29/01/2023", day_first=True)
    datetime.date(2023, 1, 29)
    """
    if not value:
        return None
    match = _ISO.match(value)
    try:
        if match:
            return dt.date(int(match[1]), int(match[2]), int(match[3]))
        match = _DAY_FIRST.match(value)
        if match and day_first:
            return dt.date(int(match[3]), int(match[2]), int(match[1]))
    except ValueError:
        return None
    try:
        return email.utils.parsedate_to_datetime(value.strip()).date()
    except (TypeError, ValueError, IndexError):
        return None
