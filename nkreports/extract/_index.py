"""Items with offsets (dates, region mentions), sorted once and looked up by position."""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable, Iterable, Iterator
from typing import Generic, TypeVar

__all__ = ["Positioned"]

T = TypeVar("T")

#: How far back or forward a nearest-item search looks.
REACH = 200


class Positioned(Generic[T]):
    """Items sorted by start offset, so range and nearest lookups cost ``log n``."""

    __slots__ = ("_ends", "_items", "_starts")

    def __init__(self, items: Iterable[T], span: Callable[[T], tuple[int, int]]) -> None:
        pairs = sorted(((span(i), i) for i in items), key=lambda p: p[0])
        self._items = [i for _, i in pairs]
        self._starts = [s for (s, _e), _ in pairs]
        self._ends = [e for (_s, e), _ in pairs]

    def __len__(self) -> int:
        return len(self._items)

    def __iter__(self) -> Iterator[T]:
        return iter(self._items)

    def within(self, start: int, end: int) -> list[T]:
        """Items lying wholly inside ``[start, end)``, in text order."""
        lo = bisect_left(self._starts, start)
        hi = bisect_left(self._starts, end)
        return [self._items[i] for i in range(lo, hi) if self._ends[i] <= end]

    def before(self, offset: int) -> list[T]:
        """Items ending at or before *offset*, nearest first (at most ``REACH`` of them)."""
        hi = bisect_left(self._starts, offset)
        out = []
        for i in range(hi - 1, max(-1, hi - 1 - REACH), -1):
            if self._ends[i] <= offset:
                out.append(self._items[i])
        return out

    def after(self, offset: int) -> list[T]:
        """Items starting at or after *offset*, nearest first (at most ``REACH`` of them)."""
        lo = bisect_left(self._starts, offset)
        return self._items[lo : lo + REACH]
