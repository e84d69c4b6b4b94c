"""The lazily built units of a long text are the units :func:`units` finds, one by one."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from nkreports.gazetteer._keys import Units, units

# Letters (ASCII and not), combining accents, every apostrophe the keys know, hyphens, dots, spaces, digits.
_PIECES = st.sampled_from(
    [
        "Hyesan",
        "ŏ",
        "\u0306",
        "e\u0301",
        "'",
        "’",
        "‘",
        "ʼ",
        "`",
        "´",
        "s",
        "S",
        "-",
        "‐",
        ".",
        " ",
        "  ",
        "\n",
        "7",
        "St",
        "Mt",
        "Ch",
        "a",
        "한",
        "_",
        "K",
        "x",
    ]
)
_TEXTS = st.lists(_PIECES, max_size=40).map("".join) | st.text(max_size=60)


@given(_TEXTS)
def test_units_read_one_by_one_are_the_units_of_the_text(text: str) -> None:
    lazy = Units(text)
    assert list(lazy) == units(text)
    assert len(lazy) == len(units(text))


@given(_TEXTS)
def test_capitalized_units_and_sound_keys_agree_with_the_units(text: str) -> None:
    lazy = Units(text)
    found = units(text)
    assert lazy.capitalized() == [n for n, unit in enumerate(found) if unit.text[:1].isupper()]
    assert [lazy.sound(n) for n in range(len(lazy))] == [unit.sound for unit in found]
    assert lazy.starts == [unit.start for unit in found]


def test_possessives_lose_their_s_and_apostrophes_inside_names_stay() -> None:
    lazy = Units("Ch’ŏngjin's market, O'Neil’s")
    assert [unit.text for unit in lazy] == ["Ch’ŏngjin", "market", "O'Neil"]
    assert lazy[0].end == len("Ch’ŏngjin")
    assert lazy[-1].text == "O'Neil"
    assert [unit.text for unit in lazy[1:]] == ["market", "O'Neil"]


@given(_TEXTS)
def test_separators_and_keys_read_without_building_a_unit_are_the_units(text: str) -> None:
    lazy = Units(text)
    found = units(text)
    assert [lazy.before(n) for n in range(len(lazy))] == [unit.before for unit in found]
    assert [lazy.keys(n) for n in range(len(lazy))] == [(unit.fold, unit.sound) for unit in found]


@given(_TEXTS)
def test_capitalized_sounds_are_the_capitalized_units_and_their_keys(text: str) -> None:
    lazy = Units(text)
    found = units(text)
    expected = [(n, unit.sound) for n, unit in enumerate(found) if unit.text[:1].isupper()]
    assert lazy.capitalized_sounds() == expected
    assert lazy.capitalized_sounds() == expected  # found once, read again
