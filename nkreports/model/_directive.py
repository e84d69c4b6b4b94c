"""Instructions issued by authorities: issuers, demands and directives."""

from typing import Any

import attrs

from ._values import DateValue, Span, check_region_id, region_id_validator, to_spans
from ._vocab import Body, IssuerLevel, Modality, to_body, to_issuer_level, to_modality


def _strings(items: Any) -> tuple[str, ...]:
    return tuple(items)


def _region_ids(items: Any) -> tuple[str, ...]:
    return tuple(check_region_id(i) for i in items)


def _demands(items: Any) -> tuple["Demand", ...]:
    return tuple(items)


@attrs.frozen(kw_only=True)
class Issuer:
    """Who issued a directive: the name as written, and its body, level and jurisdiction.

    An order in the passive voice with no issuer named has body
    :attr:`~nkreports.Body.UNKNOWN`, and then no text, level or region.
    """

    body: Body = attrs.field(converter=to_body)
    text: str | None = attrs.field(default=None)
    level: IssuerLevel | None = attrs.field(default=None, converter=to_issuer_level)
    region: str | None = attrs.field(default=None, validator=region_id_validator)
    mentions: tuple[Span, ...] = attrs.field(default=(), converter=to_spans)

    @text.validator
    def _check_text(self, _attr: "attrs.Attribute[str | None]", value: str | None) -> None:
        if value is None and self.body is not Body.UNKNOWN:
            msg = f"an issuer of body {self.body.value!r} needs its text as written"
            raise ValueError(msg)
        if value is not None and not value.strip():
            msg = "issuer text is empty"
            raise ValueError(msg)


@attrs.frozen(kw_only=True)
class Demand(Span):
    """One thing a directive demands, with its modality, as a span of the text."""

    modality: Modality = attrs.field(converter=to_modality)


def _audience_validator(_inst: object, _attr: "attrs.Attribute[tuple[str, ...]]", value: tuple[str, ...]) -> None:
    for word in value:
        if not word or word != word.lower() or word.strip() != word:
            msg = f"audience {word!r} must be a lower-case noun phrase"
            raise ValueError(msg)


@attrs.frozen(kw_only=True)
class Directive:
    """One issuing act: an order, ban, decree, campaign, lecture or warning.

    ``source`` is the ``id`` of the :class:`~nkreports.Source` of the informant who reported it;
    ``evidence`` the spans of the sentences that state it; ``applies_to`` the ids of the
    regions where the order applies (its issuer's jurisdiction is ``issuer.region``).
    """

    id: str = attrs.field(validator=attrs.validators.matches_re(r"^[A-Za-z0-9_-]+$"))
    issuer: Issuer
    issued: DateValue | None = None
    audience: tuple[str, ...] = attrs.field(default=(), converter=_strings, validator=_audience_validator)
    demands: tuple[Demand, ...] = attrs.field(default=(), converter=_demands)
    penalties: tuple[Span, ...] = attrs.field(default=(), converter=to_spans)
    source: str | None = None
    evidence: tuple[Span, ...] = attrs.field(default=(), converter=to_spans)
    applies_to: tuple[str, ...] = attrs.field(default=(), converter=_region_ids)
