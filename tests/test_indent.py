"""The indented JSON writer gives exactly the standard library's text."""

from __future__ import annotations

import enum
import json
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from nkreports.io._indent import dumps_indented

_SCALARS = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(),
    st.floats(allow_nan=True, allow_infinity=True),
    st.text(),
    st.text(alphabet=st.characters(min_codepoint=0xD800, max_codepoint=0xDFFF), max_size=3),  # lone surrogates
)
_KEYS = st.one_of(st.text(max_size=6), st.integers(), st.floats(), st.booleans(), st.none())
_VALUES = st.recursive(
    _SCALARS,
    lambda inner: st.one_of(
        st.lists(inner, max_size=4),
        st.lists(inner, max_size=4).map(tuple),
        st.dictionaries(_KEYS, inner, max_size=4),
    ),
    max_leaves=30,
)


class _Level(enum.IntEnum):
    LOW = 1


class _Kind(enum.StrEnum):
    ORDER = "order"


@given(_VALUES)
def test_the_same_text_as_json_dumps(value: Any) -> None:
    """Any JSON-ready value: nesting, empty containers, tuples, non-string keys, NaN, surrogates."""
    assert dumps_indented(value) == json.dumps(value, ensure_ascii=False, indent=2)


def test_subclasses_of_str_and_int_as_the_standard_library_writes_them() -> None:
    """Enums that are also strings or integers are written by value."""
    value = {"kind": _Kind.ORDER, "level": _Level.LOW, _Kind.ORDER: [_Level.LOW, True, 1.5]}
    assert dumps_indented(value) == json.dumps(value, ensure_ascii=False, indent=2)


def test_what_json_cannot_write_fails_as_json_dumps_fails() -> None:
    """Unsupported values and circular data raise the standard library's errors."""
    with pytest.raises(TypeError):
        dumps_indented({"when": object()})
    with pytest.raises(TypeError):
        dumps_indented({(1, 2): "tuple key"})
    loop: list[Any] = []
    loop.append(loop)
    with pytest.raises(ValueError, match="Circular"):
        dumps_indented(loop)
