"""Whether any of a table of patterns matches, in one search of one combined pattern.

An outlet tests every block against its boilerplate table (about thirty
patterns): thirty calls into the regex engine per block cost more than the
search itself.  :func:`any_search` and :func:`any_match` join a table into one
alternation, compiled once per table, with the same answer as
``any(p.search(text) for p in patterns)``; a table that cannot be joined (mixed
flags, back-references, repeated group names, or a list, which may change) is
tested pattern by pattern.  When every pattern of a table needs a string no
match can do without (literals of its top-level sequence that case folding
leaves alone: the ``/`` of a photo credit ``/ Image: ...``, the ``by `` of
``taken ... by ASIAPRESS``), a text holding none of them is answered without a
search.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from re import _constants, _parser  # type: ignore[attr-defined]

import attrs

from nkreports._memo import by_identity
from nkreports._starts import guarded

__all__ = ["any_match", "any_search"]

_BACKREFERENCE = re.compile(r"\\[1-9]|\(\?P=|\(\?\(")


# ASCII characters that a case-insensitive pattern matches only as themselves or their other ASCII case ("i" also
# matches "ı" and "İ", "s" "ſ", "k" the Kelvin sign).
_FOLDS_SIMPLY = frozenset(chr(c) for c in range(128)) - frozenset("iIsSkK")


@attrs.frozen
class _Joined:
    search: Callable[[str], re.Match[str] | None]
    match: Callable[[str], re.Match[str] | None]
    needs: tuple[str, ...] | None = None  # one string each pattern's every match holds
    folded: bool = False  # the strings are lower case, to be looked for in the lower-cased text


def _needed(pattern: re.Pattern[str]) -> str | None:
    """The longest run of characters every match of *pattern* holds (literals of its top-level sequence)."""
    try:
        items = list(_parser.parse(pattern.pattern, pattern.flags))
    except (re.error, RecursionError):
        return None
    caseless = bool(pattern.flags & re.IGNORECASE)
    runs, run = [], ""
    for op, value in items:  # each item of the top-level sequence is part of every match, in this order
        if op is _constants.LITERAL and (not caseless or chr(value) in _FOLDS_SIMPLY):
            run += chr(value).lower() if caseless else chr(value)
        else:
            runs.append(run)
            run = ""
    return max([*runs, run], key=len) or None


def _needs(patterns: Sequence[re.Pattern[str]]) -> tuple[str, ...] | None:
    found = tuple(_needed(p) for p in patterns)
    return None if None in found else tuple(dict.fromkeys(c for c in found if c is not None))


def _join(patterns: Sequence[re.Pattern[str]]) -> _Joined | None:
    if not patterns or len({p.flags for p in patterns}) != 1:
        return None
    if any(_BACKREFERENCE.search(p.pattern) for p in patterns):
        return None  # group numbers change when the patterns are joined
    bodies = [p.pattern for p in patterns]
    # All anchored ("^please direct ..."): one anchor in front, so the engine tries only where a line can start.
    anchor = "^" if all(b.startswith("^") for b in bodies) else ""
    bodies = [b[len(anchor) :] for b in bodies]
    flags = patterns[0].flags
    try:
        joined = re.compile(anchor + "(?:" + "|".join(f"(?:{b})" for b in bodies) + ")", flags)
    except re.error:
        return None  # repeated group names, global flags inside a pattern
    # Anchored at the start of the text (no MULTILINE): a search can only succeed where a match does.
    at_start = bool(anchor) and not flags & re.MULTILINE
    # Elsewhere, a test of the first character in front (see nkreports._starts), so most positions fail at once.
    return _Joined(
        search=joined.match if at_start else guarded(joined).search,
        match=joined.match,
        needs=_needs(patterns),
        folded=bool(flags & re.IGNORECASE),
    )


def _lacks(joined: _Joined, text: str) -> bool:
    """Whether *text* lacks the string each pattern of the table needs (so none matches)."""
    if joined.needs is None:
        return False
    if joined.folded:
        text = text.lower()  # a run of simply folding characters, lowered, stays a run of the lowered text
    return not any(needed in text for needed in joined.needs)


_join_table = by_identity(_join, limit=256)
"""Joined patterns by the identity of the table (tables are outlet attributes, so the memo stays small)."""


def _joined(patterns: Sequence[re.Pattern[str]]) -> _Joined | None:
    return _join_table(patterns) if type(patterns) is tuple else None


def any_search(patterns: Sequence[re.Pattern[str]], text: str) -> bool:
    """``any(p.search(text) for p in patterns)``."""
    joined = _joined(patterns)
    if joined is None:
        return any(p.search(text) for p in patterns)
    if _lacks(joined, text):
        return False
    return joined.search(text) is not None


def any_match(patterns: Sequence[re.Pattern[str]], text: str) -> bool:
    """``any(p.match(text) for p in patterns)``."""
    joined = _joined(patterns)
    if joined is None:
        return any(p.match(text) for p in patterns)
    if _lacks(joined, text):
        return False
    return joined.match(text) is not None
