"""Where a regular expression can start, to try it only there instead of at every character.

Most vocabulary patterns open with a word boundary and one of a few words
(``\\b(?:ordered|banned|...)``, ``\\b(?:must|shall) not``).  The regex engine
still tries them at every position of the text.  :func:`starts_of` reads from
a pattern the words (or the first letters of words) every match begins with,
with the next word when a literal space follows ("must not", "were told"), the
few non-word characters a match may begin with (``’ll face``) and the text of
a lookbehind that opens the pattern (``(?<=warned that )``).  :func:`find_all`
then finds those places with one pass of a pattern built from them (a tree of
the words' letters, so the engine, not Python, walks the words) and tries the
pattern only there.  It returns exactly what ``regex.finditer`` returns (a
property test checks it); a pattern it cannot read is searched as before.
:func:`find_each` does the same for several patterns with one pass of a
scanner built from all their start words.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache
from re import _constants as _c  # type: ignore[attr-defined]
from re import _parser  # type: ignore[attr-defined]
from typing import Any

import attrs

from nkreports._letter_trees import letter_tree
from nkreports._memo import by_identity

__all__ = ["Starts", "find_all", "find_each", "guarded", "starts_of"]

_WORD = re.compile(r"\w")
_REPEATS = (_c.MAX_REPEAT, _c.MIN_REPEAT, _c.POSSESSIVE_REPEAT)
_ZERO_WIDTH = (_c.ASSERT, _c.ASSERT_NOT)
_RANGE_LIMIT = 128  # a wider class ([a-z] is fine, [^,] is not) leaves the pattern unread
_OPEN = ("open", None)  # stands for "anything may follow": the word read so far is only a prefix
# Assertions after which a word character starts a word: a word boundary, the start of the text or of a line.
_WORD_STARTS = (_c.AT_BOUNDARY, _c.AT_BEGINNING, _c.AT_BEGINNING_STRING, _c.AT_BEGINNING_LINE)


@attrs.frozen
class Starts:
    """Where a match of one pattern can begin.

    A match begins at the start of a word whose lower-cased text (with the
    next word, for a phrase such as ``"must not"``) is one of ``words`` or
    begins with one of ``prefixes``, at one of the non-word
    characters ``chars``, or right after one of the texts ``behind``.  A word
    holding non-ASCII characters is always tried (case folding of such words is
    the regex engine's business).
    """

    words: frozenset[str]
    prefixes: tuple[str, ...]
    chars: str
    behind: tuple[str, ...] = ()
    """Text a match can begin right after (the literal end of a lookbehind that opens the pattern)."""
    scanner: re.Pattern[str] = attrs.field(eq=False, repr=False, default=re.compile("(?!)"))
    """Finds, in one pass of the regex engine, the ASCII words and the characters a match can begin with."""
    following: tuple[tuple[re.Pattern[str], int], ...] = attrs.field(eq=False, repr=False, default=())
    """For each text of ``behind``, a pattern finding where it starts (consuming its first character, so the
    engine skips to that character at once), and its length."""


_Out = tuple[set[str], set[str], set[str], set[str]]
"""What is read so far: whole words, word prefixes, non-word characters, texts a match follows."""
_BEHIND = 12  # the last characters of a lookbehind kept: a weaker test, but one that patterns share


def _is_word(char: str) -> bool:
    return char.isalnum() or char == "_"  # what ``\w`` matches: alphanumeric in Unicode, or the underscore


class _Unknown(Exception):
    """The pattern's start cannot be read (it is searched everywhere)."""


def _ends_word(items: Sequence[Any]) -> bool:
    """Whether what follows a run of word characters cannot continue the word."""
    if not items:
        return False  # the match may end inside a longer word
    op, av = items[0]
    if op is _c.AT:
        return bool(av is _c.AT_BOUNDARY)
    if op is _c.LITERAL:
        return not _is_word(chr(av))
    if op is _c.IN:
        return all(
            (kind is _c.LITERAL and not _is_word(chr(value))) or (kind is _c.CATEGORY and value is _c.CATEGORY_SPACE)
            for kind, value in av
        )
    return False


def _class_chars(av: Any) -> list[str]:
    chars: list[str] = []
    for kind, value in av:
        if kind is _c.LITERAL:
            chars.append(chr(value))
        elif kind is _c.RANGE and value[1] - value[0] <= _RANGE_LIMIT:
            chars.extend(chr(c) for c in range(value[0], value[1] + 1))
        elif kind is _c.CATEGORY and value is _c.CATEGORY_DIGIT:
            chars.extend("0123456789")  # other digits are not ASCII: such words are always tried
        else:
            raise _Unknown
    return chars


def _end(carry: str, complete: bool, out: _Out) -> None:
    """Record the word read so far: whole (nothing can follow it in the word) or a prefix."""
    if not carry:
        raise _Unknown
    out[0 if complete and _is_word(carry[-1]) else 1].add(carry.lower())


def _char(char: str, carry: str, bounded: bool, out: _Out) -> str | None:
    """Take one literal character; return the word read so far, or ``None`` when the word has ended."""
    if not _is_word(char):
        if char == " " and carry and " " not in carry and _is_word(carry[-1]):
            return carry + char  # a phrase, the word and the start of the next ("the day"): fewer places to try
        if carry:
            _end(carry, True, out)
        else:
            out[2].add(char)
        return None
    if not carry and not bounded:
        raise _Unknown  # a word character with no word boundary before it may start inside a word
    if not char.isascii():
        _end(carry, False, out)  # folded case of such characters is the regex engine's business
        return None
    return carry + char


def _first(items: Sequence[Any], bounded: bool, out: _Out, carry: str = "") -> None:
    """Add to *out* how a match of *items* can begin, after the word characters *carry*.

    Raise :class:`_Unknown` when that cannot be read.
    """
    for i, (op, av) in enumerate(items):
        rest = items[i + 1 :]
        if op is _c.SUBPATTERN:
            _first([*av[-1], *rest], bounded, out, carry)
            return
        if op is _c.BRANCH:
            for alternative in av[1]:
                _first([*alternative, *rest], bounded, out, carry)
            return
        if op in _REPEATS:
            low, high, body = av
            if low == 0:
                _first(rest, bounded, out, carry)
            _first([*body, *rest] if high == 1 else [*body, _OPEN], bounded, out, carry)
            return
        if op is _c.LITERAL:
            taken = _char(chr(av), carry, bounded, out)
            if taken is None:
                return
            carry = taken
            continue
        if op is _c.IN and not carry:
            for char in _class_chars(av):
                taken = _char(char, carry, bounded, out)
                if taken is not None:
                    _first(rest, bounded, out, taken)  # "[Tt]he": the words "the" and "The"
            return
        if carry:
            _end(carry, _ends_word(items[i:]), out)
            return
        if op is _c.AT:
            bounded = bounded or av in _WORD_STARTS
            continue
        if op is _c.ASSERT and av[0] < 0 and _behind(av[1], items[i + 1 :], bounded, out):
            return
        if op in _ZERO_WIDTH:
            continue
        raise _Unknown  # any character, a back-reference, a placeholder for "anything follows"
    if not carry:
        raise _Unknown  # the pattern can match the empty string
    _end(carry, False, out)  # the match may end inside a longer word


def _behind(body: Sequence[Any], rest: Sequence[Any], bounded: bool, out: _Out) -> bool:
    """Record that a match begins right after the literal text that ends the lookbehind *body*.

    Return ``False`` (nothing recorded) when *body* ends with no literal text.  What
    follows the lookbehind must still be readable: a pattern that may match
    nothing is not read.
    """
    tail: list[str] = []
    for op, av in reversed(body):
        if op is not _c.LITERAL or len(tail) == _BEHIND:
            break
        tail.append(chr(av))
    if not tail:
        return False
    _first(rest, bounded, (set(), set(), set(), set()))  # raises _Unknown when the rest cannot be read
    out[3].add("".join(reversed(tail)))
    return True


def _letter(char: str) -> str:
    """*char* as a pattern that ignores ASCII case (``[tT]``): the engine tests such a class at once."""
    if char.isascii() and char.isalpha():
        return f"[{char}{char.upper()}]"
    return re.escape(char)


def _spelled(char: str, before: str) -> str:
    """*char* in any ASCII case; after a space (the second word of a phrase) as the engine ignores case.

    Such a word is not tried apart as a word of its own, so its non-ASCII equivalents are matched too.
    """
    return f"(?i:{re.escape(char)})" if " " in before and char.isalpha() else _letter(char)


def _alternatives(words: Sequence[str]) -> str:
    """One pattern for the lower-case *words* in any ASCII case, a tree of their letters (each tried once)."""
    return letter_tree(words, _spelled)


def _scanner(words: frozenset[str], prefixes: tuple[str, ...], chars: str) -> re.Pattern[str]:
    """The start of each ASCII word that is one of *words* or begins with one of *prefixes*, and *chars*.

    One pattern, so the engine walks the text instead of one Python step per word.
    Words holding non-ASCII word characters and the places after a lookbehind's
    text are found apart (:func:`_foreign`, :func:`_with_extra`).
    """
    heads = sorted({w[0] for w in words} | {p[0] for p in prefixes})
    ways = []
    if words:
        ways.append(f"(?:{_alternatives(sorted(words))})(?!\\w)")
    if prefixes:
        ways.append(f"(?:{_alternatives(sorted(prefixes))})")
    options = []
    if heads:
        # zero-width: a phrase ("orders were") must not hide the word starts inside it ("were told")
        options.append(f"(?<!\\w)(?=[{''.join(_letter(h).strip('[]') for h in heads)}])(?=(?:{'|'.join(ways)}))")
    if chars:
        options.append(f"[{re.escape(chars)}]")
    return re.compile("|".join(options) or "(?!)")


def _following(behind: Sequence[str]) -> tuple[tuple[re.Pattern[str], int], ...]:
    """For each of the texts *behind* (any ASCII case), a pattern for where it starts, and its length."""
    return tuple(
        (re.compile(f"{_letter(text[0])}(?={''.join(_letter(c) for c in text[1:])})"), len(text)) for text in behind
    )


_NON_ASCII_WORD = re.compile(r"[^\W\x00-\x7f]")  # a word character outside ASCII (curly quotes are not)
_WORD_RUN = re.compile(r"\w*")


def _foreign(text: str, start: int, stop: int) -> list[int]:
    """Where the words holding a non-ASCII word character start (the scanner reads ASCII words only)."""
    places: list[int] = []
    at = start
    while (hit := _NON_ASCII_WORD.search(text, at, stop)) is not None:
        first = hit.start()
        while first > start and _is_word(text[first - 1]):
            first -= 1
        places.append(first)
        at = _WORD_RUN.match(text, hit.end(), stop).end()  # type: ignore[union-attr]  # \w* always matches
    return places


def _with_extra(
    places: list[int], starts: Starts, text: str, start: int, stop: int, *, foreign: list[int]
) -> list[int]:
    """*places* (the scanner's, in order) with the places it does not give, in order.

    Those are *foreign* (:func:`_foreign`) and the places right after a text of ``starts.behind`` that lies
    wholly before *stop* (it may begin before *start*, as a lookbehind reads).
    """
    if starts.following:
        after = {
            m.start() + length
            for find, length in starts.following
            for m in find.finditer(text, max(0, start - length), stop)
        }
        return sorted({*places, *foreign, *after})
    if foreign:
        return sorted([*places, *foreign])
    return places


def _read(regex: re.Pattern[str]) -> Starts | None:
    if regex.flags & re.ASCII:
        return None  # its word boundaries are not the scanner's
    out: _Out = (set(), set(), set(), set())
    try:
        _first(list(_parser.parse(regex.pattern, regex.flags)), False, out)
    except _Unknown:
        return None
    words, prefixes, chars, behind = out
    # a word that begins with a prefix is tried anyway
    kept = frozenset(w for w in words if not w.startswith(tuple(prefixes)))
    chars_class = "".join(sorted(chars))
    after = tuple(sorted(behind))
    return Starts(
        words=kept,
        prefixes=tuple(sorted(prefixes)),
        chars=chars_class,
        behind=after,
        scanner=_scanner(kept, tuple(sorted(prefixes)), chars_class),
        following=_following(after),
    )


def _starts_of(regex: re.Pattern[str]) -> Starts | None:
    """Where matches of *regex* can begin, or ``None`` when that cannot be read from the pattern."""
    return _read(regex)


starts_of = by_identity(_starts_of, limit=256)
"""Where matches of a compiled pattern can begin (see :func:`_starts_of`), read once per pattern object.

Hashing a compiled pattern hashes its whole program (microseconds for a long
alternation), more than a search of one sentence costs; the patterns are module
constants or cached, so the memo stays small.
"""


def _heads(items: Sequence[Any], folded: bool, out: tuple[list[str], list[str]]) -> bool:
    """Add the first characters a match of *items* can have to *out* (exact case, folded case).

    Return whether *items* can match the empty string; raise :class:`_Unknown` when unreadable.
    """
    for op, av in items:
        if op is _c.AT or op in _ZERO_WIDTH:
            continue
        if op is _c.SUBPATTERN:
            _, added, removed, body = av
            inner = (folded or bool(added & re.IGNORECASE)) and not removed & re.IGNORECASE
            if not _heads(body, inner, out):
                return False
            continue
        if op is _c.BRANCH:
            empty = [_heads(alternative, folded, out) for alternative in av[1]]
            if not any(empty):
                return False
            continue
        if op in _REPEATS:
            low, _, body = av
            if not _heads(body, folded, out) and low > 0:
                return False
            continue
        target = out[1] if folded else out[0]
        if op is _c.LITERAL:
            target.append(re.escape(chr(av)))
            return False
        if op is _c.IN:
            for kind, value in av:
                if kind is _c.LITERAL:
                    target.append(re.escape(chr(value)))
                elif kind is _c.RANGE:
                    target.append(f"{re.escape(chr(value[0]))}-{re.escape(chr(value[1]))}")
                elif kind is _c.CATEGORY and value in _CATEGORIES:
                    target.append(_CATEGORIES[value])
                else:
                    raise _Unknown  # a negated class
            return False
        raise _Unknown  # any character, a back-reference
    return True


_CATEGORIES = {_c.CATEGORY_DIGIT: r"\d", _c.CATEGORY_SPACE: r"\s", _c.CATEGORY_WORD: r"\w"}
_GLOBAL_FLAGS = re.compile(r"\A(?:\(\?[aiLmsux]+\))+")


@cache
def _guarded(pattern: str, flags: int) -> re.Pattern[str]:
    regex = re.compile(pattern, flags)
    out: tuple[list[str], list[str]] = ([], [])
    try:
        empty = _heads(list(_parser.parse(pattern, flags)), bool(flags & re.IGNORECASE), out)
    except _Unknown:
        return regex
    if empty:
        return regex
    exact, folded = ("".join(sorted(set(chars))) for chars in out)
    heads = "|".join([*([f"(?-i:[{exact}])"] if exact else []), *([f"(?i:[{folded}])"] if folded else [])])
    body = _GLOBAL_FLAGS.sub("", pattern)  # the flags are in *flags*; inline, they must open the pattern
    newline = "\n" if flags & re.VERBOSE else ""  # a trailing comment must not swallow the closing parenthesis
    try:
        return re.compile(f"(?=(?:{heads}))(?:{body}{newline})", flags)
    except re.error:
        return regex


def guarded(regex: re.Pattern[str]) -> re.Pattern[str]:
    """*regex*, preceded by a test of the first character of a match: the same matches, found faster.

    The regex engine tries every alternative of a pattern at every position;
    a one-character test first (``(?=[,;—])``) rejects most positions at once.
    A pattern whose first characters cannot be read is returned as it is.
    """
    return _guarded(regex.pattern, regex.flags)


def find_all(regex: re.Pattern[str], text: str, start: int = 0, end: int | None = None) -> list[re.Match[str]]:
    """``list(regex.finditer(text, start, end))``, trying *regex* only where a match can begin.

    A list, not an iterator: a sentence holds few matches, and a generator costs more to run than the list.
    """
    stop = len(text) if end is None else end
    starts = starts_of(regex)
    if starts is None:
        return list(regex.finditer(text, start, stop))
    first = _inside(text, start, stop)
    places = [m.start() for m in starts.scanner.finditer(text, first, stop)]
    places = _with_extra(places, starts, text, first, stop, foreign=_foreign(text, first, stop))
    return _tried(regex, places, text, start, stop, inside=first != start)


def _inside(text: str, start: int, stop: int) -> int:
    """Where the scanner reads from: after the first character when the stretch opens inside a word."""
    return start + 1 if 0 < start < stop and _is_word(text[start - 1]) and _is_word(text[start]) else start


def _tried(
    regex: re.Pattern[str], places: list[int], text: str, start: int, stop: int, *, inside: bool
) -> list[re.Match[str]]:
    """The matches of *regex* in ``text[start:stop]`` tried at *places* (in order), as ``finditer`` finds them.

    *inside*: the stretch opens inside a word, whose rest is a word of its own here: tried as one (it is no place
    of the scanner's).
    """
    found: list[re.Match[str]] = []
    last = start
    match = regex.match
    if inside:
        m = match(text, start, stop)
        if m is not None:
            found.append(m)
            last = m.end()
    for at in places:
        if at < last:
            continue
        m = match(text, at, stop)
        if m is not None:
            found.append(m)
            last = m.end()
    return found


@attrs.frozen
class _Union:
    """Where matches of any of several patterns can begin, read in one pass (see :func:`find_each`)."""

    starts: tuple[Starts, ...]
    scanner: re.Pattern[str]


def _union_of(regexes: tuple[re.Pattern[str], ...]) -> _Union | None:
    starts = tuple(starts_of(r) for r in regexes)
    if any(s is None for s in starts):
        return None
    read = [s for s in starts if s is not None]
    prefixes = tuple(sorted({p for s in read for p in s.prefixes}))
    # a word that begins with a prefix of any of the patterns is found where that prefix is
    words = frozenset(w for s in read for w in s.words if not w.startswith(prefixes))
    return _Union(
        starts=tuple(read), scanner=_scanner(words, prefixes, "".join(sorted({c for s in read for c in s.chars})))
    )


_UNIONS = 16  # sets of patterns whose union is kept


class _Unions:
    """:func:`_union_of`, remembered by the identity of each pattern (not of the tuple holding them).

    A caller builds its tuple anew for each document (from its vocabulary); the patterns in it are the same
    cached objects, and hashing them would hash their whole programs.
    """

    def __init__(self) -> None:
        self._memo: dict[tuple[int, ...], tuple[tuple[re.Pattern[str], ...], _Union | None]] = {}
        self._last: tuple[tuple[re.Pattern[str], ...], _Union | None] = ((), None)
        """The tuple read last and its union (the same tuple serves every sentence of a document)."""

    def __call__(self, regexes: tuple[re.Pattern[str], ...]) -> _Union | None:
        last = self._last
        if last[0] is regexes:
            return last[1]
        key = tuple(map(id, regexes))
        entry = self._memo.get(key)
        if entry is None or any(a is not b for a, b in zip(entry[0], regexes, strict=True)):
            if len(self._memo) > _UNIONS:
                self._memo.clear()
            entry = (regexes, _union_of(regexes))  # the patterns are kept, so their identities are not reused
            self._memo[key] = entry
        self._last = (regexes, entry[1])
        return entry[1]


_union_for = _Unions()


def find_each(
    regexes: tuple[re.Pattern[str], ...], text: str, start: int = 0, end: int | None = None
) -> list[list[re.Match[str]]]:
    """``[find_all(regex, text, start, end) for regex in regexes]``, reading the text once for all of them.

    One scanner finds every place where a match of any of the patterns can
    begin (the union of their start words); each pattern's own scanner, tried
    at those places only, tells which are its own.  Their reading is
    remembered by the identity of the patterns: they are best constants, or
    cached.
    """
    stop = len(text) if end is None else end
    union = _union_for(regexes)
    if union is None:
        return [find_all(regex, text, start, stop) for regex in regexes]
    first = _inside(text, start, stop)
    places = [m.start() for m in union.scanner.finditer(text, first, stop)]
    foreign = _foreign(text, first, stop)
    found = []
    for regex, starts in zip(regexes, union.starts, strict=True):
        own = starts.scanner.match
        mine = [at for at in places if own(text, at, stop) is not None]
        mine = _with_extra(mine, starts, text, first, stop, foreign=foreign)
        found.append(_tried(regex, mine, text, start, stop, inside=first != start))
    return found
