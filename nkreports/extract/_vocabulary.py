"""Named vocabulary tables that drive source and directive extraction.

Every table is a tuple of plain strings (regular-expression fragments) or of
small named entries.  A :class:`Vocabulary` is frozen; :meth:`Vocabulary.extend`
and :meth:`Vocabulary.override` return a new one with a table changed by name.
"""

from __future__ import annotations

from typing import Any, Self

import attrs

from ._act_tables import ACT_NOUNS, ACT_VERBS, ISSUER_HEADS, NON_ISSUERS
from ._entries import PLACE, ChannelPhrase, IssuerHead, IssuerPattern, ModalPattern
from ._issuer_tables import DIRECTIVE_NOUNS, DIRECTIVE_VERBS, ISSUER_REFERENCES, ISSUERS
from ._source_tables import (
    ANONYMITY,
    CHANNELS,
    INFORMANT_HEADS,
    SELF_NAMES,
    SOURCE_HEADS,
    SPEECH_VERBS,
    SURVEILLANCE,
)
from ._word_tables import AUDIENCES, DEMAND_VERBS, MODALS

__all__ = [
    "PLACE",
    "ChannelPhrase",
    "IssuerHead",
    "IssuerPattern",
    "ModalPattern",
    "Vocabulary",
    "default_vocabulary",
]

_TABLES = (
    "act_nouns",
    "act_verbs",
    "anonymity",
    "audiences",
    "channels",
    "demand_verbs",
    "directive_nouns",
    "directive_verbs",
    "informant_heads",
    "issuer_heads",
    "issuer_references",
    "issuers",
    "modals",
    "non_issuers",
    "self_names",
    "source_heads",
    "speech_verbs",
    "surveillance",
)


def _tuple(items: Any) -> tuple[Any, ...]:
    return tuple(items)


@attrs.frozen(kw_only=True)
class Vocabulary:
    """The named tables extraction reads.  Change one with :meth:`extend` or :meth:`override`.

    >>> vocab = default_vocabulary().extend("self_names", ["NK Pro"])
    >>> "NK Pro" in vocab.self_names
    True
    """

    issuers: tuple[IssuerPattern, ...] = attrs.field(default=ISSUERS, converter=_tuple)
    issuer_references: tuple[str, ...] = attrs.field(default=ISSUER_REFERENCES, converter=_tuple)
    directive_verbs: tuple[str, ...] = attrs.field(default=DIRECTIVE_VERBS, converter=_tuple)
    directive_nouns: tuple[str, ...] = attrs.field(default=DIRECTIVE_NOUNS, converter=_tuple)
    modals: tuple[ModalPattern, ...] = attrs.field(default=MODALS, converter=_tuple)
    demand_verbs: tuple[ModalPattern, ...] = attrs.field(default=DEMAND_VERBS, converter=_tuple)
    channels: tuple[ChannelPhrase, ...] = attrs.field(default=CHANNELS, converter=_tuple)
    surveillance: tuple[str, ...] = attrs.field(default=SURVEILLANCE, converter=_tuple)
    anonymity: tuple[str, ...] = attrs.field(default=ANONYMITY, converter=_tuple)
    source_heads: tuple[str, ...] = attrs.field(default=SOURCE_HEADS, converter=_tuple)
    informant_heads: tuple[str, ...] = attrs.field(default=INFORMANT_HEADS, converter=_tuple)
    speech_verbs: tuple[str, ...] = attrs.field(default=SPEECH_VERBS, converter=_tuple)
    self_names: tuple[str, ...] = attrs.field(default=SELF_NAMES, converter=_tuple)
    audiences: tuple[str, ...] = attrs.field(default=AUDIENCES, converter=_tuple)
    act_verbs: tuple[str, ...] = attrs.field(default=ACT_VERBS, converter=_tuple)
    act_nouns: tuple[str, ...] = attrs.field(default=ACT_NOUNS, converter=_tuple)
    issuer_heads: tuple[IssuerHead, ...] = attrs.field(default=ISSUER_HEADS, converter=_tuple)
    non_issuers: tuple[str, ...] = attrs.field(default=NON_ISSUERS, converter=_tuple)

    @staticmethod
    def table_names() -> tuple[str, ...]:
        """The names of the tables, sorted."""
        return _TABLES

    def table(self, name: str) -> tuple[Any, ...]:
        """The table called *name*."""
        self._check(name)
        value: tuple[Any, ...] = getattr(self, name)
        return value

    def override(self, name: str, entries: Any) -> Self:
        """A copy with table *name* replaced by *entries*."""
        self._check(name)
        return attrs.evolve(self, **{name: tuple(entries)})

    def extend(self, name: str, entries: Any) -> Self:
        """A copy with *entries* put in front of table *name*.

        Named entries (issuers, modals, channels) replace built-in entries of the
        same ``name``; new entries take priority over the old ones.
        """
        new = tuple(entries)
        names = {getattr(e, "name", None) for e in new} - {None}
        old = tuple(e for e in self.table(name) if getattr(e, "name", None) not in names)
        if all(isinstance(e, str) for e in new):
            old = tuple(e for e in old if e not in new)
        return attrs.evolve(self, **{name: new + old})

    def _check(self, name: str) -> None:
        if name not in _TABLES:
            msg = f"no vocabulary table {name!r} (tables: {', '.join(_TABLES)})"
            raise KeyError(msg)


def default_vocabulary() -> Vocabulary:
    """The built-in vocabulary."""
    return _DEFAULT


_DEFAULT = Vocabulary()
