"""``weekday_near`` counts days itself; it agrees with dateutil's ``relativedelta`` weekday arithmetic."""

from __future__ import annotations

import datetime as dt

from dateutil.relativedelta import relativedelta, weekday
from hypothesis import given, settings
from hypothesis import strategies as st

from nkreports.dates._context import Tense
from nkreports.dates._resolve import weekday_near

_dates = st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2200, 12, 31))


@settings(deadline=None)
@given(ref=_dates, index=st.integers(0, 6), tense=st.sampled_from(list(Tense)), forward=st.booleans())
def test_same_day_as_relativedelta(ref: dt.date, index: int, tense: Tense, forward: bool) -> None:
    ahead = ref + relativedelta(days=1, weekday=weekday(index)(+1))
    back = ref + relativedelta(weekday=weekday(index)(-1))
    if forward:
        expected = min([back, ahead], key=lambda c: (abs((c - ref).days), c < ref))
    else:
        expected = ahead if tense is Tense.FUTURE else back
    found = weekday_near(ref, index, tense, forward=forward)
    assert found == expected
    assert found.weekday() == index
