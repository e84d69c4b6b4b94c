"""Results remembered by the identity of their argument (compiled patterns, pattern tables)."""

from __future__ import annotations

from collections.abc import Callable
from functools import wraps
from typing import TypeVar

__all__ = ["by_identity"]

A = TypeVar("A")
R = TypeVar("R")


def by_identity(function: Callable[[A], R], limit: int = 64) -> Callable[[A], R]:
    """*function* of one argument, remembered by the identity of the argument.

    For arguments kept for the life of the program (module constants, the
    vocabulary's pattern tables): ``functools.cache`` hashes the argument on
    every call (a compiled pattern hashes its whole program, a tuple each entry),
    which cost more than the work it saves.  An equal but distinct argument is
    worked out again.  The memo is emptied when it holds more than *limit*
    arguments, so it never grows without bound.
    """
    memo: dict[int, tuple[A, R]] = {}

    @wraps(function)
    def remembered(argument: A) -> R:
        entry = memo.get(id(argument))
        if entry is None or entry[0] is not argument:
            if len(memo) > limit:
                memo.clear()
            entry = (argument, function(argument))
            memo[id(argument)] = entry  # the argument is kept, so its identity is not reused
        return entry[1]

    return remembered
