"""Literal text a regular expression cannot match without, to skip a search that cannot succeed.

Vocabulary patterns open with optional words (``(?:the )?(?:{place} )?...``), so
the regex engine tries them at every position of every sentence.  Most
sentences hold none of the fixed words a pattern needs ("Committee", "Union");
checking for those words first, with a plain substring search, skips the
pattern without changing what it finds.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache
from itertools import product
from re import _parser  # type: ignore[attr-defined]
from typing import Any, TypeVar

import attrs

from nkreports._letter_trees import letter_tree
from nkreports._memo import by_identity
from nkreports._starts import guarded

__all__ = ["Needs", "by_identity", "needs_of", "reach_of", "required_literals", "viable"]

T = TypeVar("T")

Needs = tuple[tuple[str, ...], ...]
"""Groups of literals: every match holds, for each group, at least one of its literals."""

_MIN_LENGTH = 3
_REPEATS = {"MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT"}
_CHOICES = 8  # a branch gives at most this many groups (one per choice of a group from each alternative)


def _selective(group: tuple[str, ...]) -> float:
    """How well a group narrows the search: long literals, few of them."""
    return min(len(s) for s in group) / len(group)


def _either(options: list[list[tuple[str, ...]]]) -> list[tuple[str, ...]]:
    """The groups a branch needs, given the groups each alternative needs.

    A match holds one alternative, so for every choice of one group per alternative it holds a literal of
    their union ("stressed ... the need" or "emphasized": "stressed" or "emphasized", and "the " or
    "emphasized", and "need" or "emphasized").  Beyond a few choices, only each alternative's most selective
    group is joined.
    """
    choices = 1
    for found in options:
        choices *= len(found)
    if choices > _CHOICES:
        return [tuple(dict.fromkeys(literal for found in options for literal in max(found, key=_selective)))]
    groups = (tuple(dict.fromkeys(literal for group in pick for literal in group)) for pick in product(*options))
    return list(dict.fromkeys(groups))


def _needs(items: Any, out: list[tuple[str, ...]]) -> None:
    """Add to *out* the literal groups every match of the sequence *items* satisfies."""
    run: list[str] = []

    def close() -> None:
        if len(run) >= _MIN_LENGTH:
            out.append(("".join(run),))
        run.clear()

    for op, arg in items:
        name = str(op)
        if name == "LITERAL":
            run.append(chr(arg))
            continue
        # "put|puts|placed" is parsed as "p" then a branch: the letters before a branch open each alternative
        lead = [(_parser.LITERAL, ord(c)) for c in run]
        close()
        if name == "SUBPATTERN" and not arg[1] & re.IGNORECASE:
            _needs(arg[-1], out)  # a group that is not repeated: its content is in every match
        elif name in _REPEATS and arg[0] >= 1:
            _needs(arg[2], out)  # repeated at least once: one copy is in every match
        elif name == "ASSERT" and arg[0] < 0:
            # A lookbehind's words precede every match (see _reach).  A lookahead's are left out: its common
            # words (" to ") would be chosen over the rarer ones an alternative holds ("order", "decree").
            _needs(arg[1], out)
        elif name == "BRANCH":
            options: list[list[tuple[str, ...]]] = []
            for alternative in arg[1]:
                found: list[tuple[str, ...]] = []
                _needs([*lead, *alternative], found)
                if not found:
                    break  # one alternative needs nothing, so the branch needs nothing
                options.append(found)
            else:
                out.extend(_either(options))
    close()


def _reach(items: Any) -> int:
    """How far before a match its lookbehinds read (the literals they need may lie there)."""
    most = 0
    for op, arg in items:
        name = str(op)
        if name == "ASSERT" and arg[0] < 0:
            most = max(most, arg[1].getwidth()[1] + _reach(arg[1]))
        elif name == "ASSERT":
            most = max(most, _reach(arg[1]))
        elif name == "SUBPATTERN":
            most = max(most, _reach(arg[-1]))
        elif name in _REPEATS:
            most = max(most, _reach(arg[2]))
        elif name == "BRANCH":
            most = max([most, *(_reach(alternative) for alternative in arg[1])])
    return most


def reach_of(regex: re.Pattern[str]) -> int:
    """How many characters before a match the literals :func:`required_literals` gives may start.

    >>> reach_of(re.compile(r"(?<=were warned that )[a-z]"))
    17
    """
    return _reach(_parser.parse(regex.pattern, regex.flags))


def required_literals(regex: re.Pattern[str]) -> Needs:
    """What every match of *regex* holds: for each group, one of its literals (three characters or more).

    A positive lookbehind's literals are counted; they may lie up to :func:`reach_of` characters before
    the match.  Empty when nothing is known (a
    case-insensitive pattern, or one made only of classes).

    >>> required_literals(re.compile(r"(?:the )?(?:[A-Z][a-z]+ )?[Pp]eople's (?:Committee|Assembly)"))
    (("eople's ",), ("eople's Committee", "eople's Assembly"))
    """
    if regex.flags & re.IGNORECASE:
        return ()
    out: list[tuple[str, ...]] = []
    _needs(_parser.parse(regex.pattern, regex.flags), out)
    return tuple(out)


@cache
def needs_of(regex: re.Pattern[str]) -> Needs:
    """:func:`required_literals`, worked out once per pattern, without groups of short common words.

    A group with a literal of three characters (" to", " is") is found in nearly every sentence: looking for
    it costs more than it saves.  It is left out unless it is the pattern's only group.
    """
    needs = required_literals(regex)
    kept = tuple(group for group in needs if min(map(len, group)) > _MIN_LENGTH)
    return kept or needs


@attrs.frozen
class _Plan:
    guarded: tuple[re.Pattern[str], ...]
    """Each pattern preceded by a test of its first character (:func:`nkreports._starts.guarded`)."""
    needs: tuple[frozenset[int], ...]
    """For each pattern, the numbers of the groups of literals it needs."""
    finder: re.Pattern[str]
    """Every literal any pattern needs, in one pattern: at each place, the longest literal there."""
    satisfies: dict[str, frozenset[int]]
    """For each literal, the groups satisfied where it is found (those of the literals it begins with)."""
    reach: int
    """How far before a stretch the literals of the patterns' lookbehinds may lie (:func:`reach_of`)."""
    chosen: dict[frozenset[int], tuple[int, ...]] = attrs.field(factory=dict, eq=False)
    """The patterns kept for each set of satisfied groups already met (sentences repeat a few such sets)."""


@cache
def _plan(regexes: tuple[re.Pattern[str], ...]) -> _Plan:
    groups = list(dict.fromkeys(group for r in regexes for group in needs_of(r)))
    literals = sorted({literal for group in groups for literal in group})
    satisfies = {
        literal: frozenset(i for i, group in enumerate(groups) if any(literal.startswith(x) for x in group))
        for literal in literals
    }
    number = {group: i for i, group in enumerate(groups)}
    return _Plan(
        guarded=tuple(guarded(r) for r in regexes),
        needs=tuple(frozenset(number[g] for g in needs_of(r)) for r in regexes),
        finder=re.compile(letter_tree(literals) or "(?!)"),
        satisfies=satisfies,
        reach=max((reach_of(r) for r in regexes if r.flags & re.IGNORECASE == 0), default=0),
    )


def _plan_of(pairs: Sequence[tuple[Any, re.Pattern[str]]]) -> _Plan:
    return _plan(tuple(r for _, r in pairs))


_plan_for = by_identity(_plan_of)
"""The plan of a table, found by identity: hashing the compiled patterns on every call costs more."""


def viable(
    pairs: Sequence[tuple[T, re.Pattern[str]]], text: str, start: int, end: int
) -> list[tuple[T, re.Pattern[str]]]:
    """The ``(entry, regex)`` pairs whose regex may match in ``text[start:end]``, in their order.

    Each regex given back finds exactly the same matches as the one passed in,
    faster: it tests the first character of a match before the rest.

    One search for all the literals the patterns need finds those in the stretch
    (at each place the longest, and with it every literal it begins with); a
    pattern missing one of its groups of literals cannot match and is left out.
    """
    plan = _plan_for(pairs)
    found: set[int] = set()
    search = plan.finder.search
    satisfies = plan.satisfies
    at = max(0, start - plan.reach)  # a lookbehind's literal may lie before the stretch
    while (hit := search(text, at, end)) is not None:
        found |= satisfies[hit.group()]
        at = hit.start() + 1  # literals may overlap
    key = frozenset(found)
    kept = plan.chosen.get(key)
    if kept is None:
        if len(plan.chosen) > 4096:
            plan.chosen.clear()
        kept = tuple(i for i, needs in enumerate(plan.needs) if needs <= key)
        plan.chosen[key] = kept
    return [(pairs[i][0], plan.guarded[i]) for i in kept]
