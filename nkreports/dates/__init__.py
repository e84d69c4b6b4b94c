"""Date expressions: finding and resolving them (first cut; see the dates issue)."""

from __future__ import annotations

import datetime as dt

from nkreports.model import DateValue

__all__ = ["find_dates"]


def find_dates(text: str, anchor: dt.date | None) -> tuple[DateValue, ...]:
    """Every date expression in *text*, resolved against *anchor* when there is one."""
    del text, anchor
    return ()
