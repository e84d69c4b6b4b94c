"""Informants the outlet cites."""

import attrs

from ._values import DateValue, Extent, Span, region_id_validator, to_extents, to_spans
from ._vocab import Channel, to_channel


@attrs.frozen(kw_only=True)
class Source:
    """One informant (or one group cited together) the outlet heard from.

    ``descriptor`` is the first mention as written ("a source in Yanggang
    Province"); ``mentions`` holds every mention's span, the first one first;
    ``statements`` the extents (offsets, no copied text) of the sentences
    attributed to the source; many sources can share one long sentence.
    """

    id: str = attrs.field(validator=attrs.validators.matches_re(r"^[A-Za-z0-9_-]+$"))
    descriptor: str = attrs.field(validator=attrs.validators.min_len(1))
    location: str | None = attrs.field(default=None, validator=region_id_validator)
    channel: Channel = attrs.field(default=Channel.UNSPECIFIED, converter=to_channel)
    contacted: DateValue | None = None
    anonymous: bool = True
    role: str | None = None
    group: bool = False
    mentions: tuple[Span, ...] = attrs.field(default=(), converter=to_spans)
    statements: tuple[Extent, ...] = attrs.field(default=(), converter=to_extents)

    @mentions.validator
    def _check_mentions(self, _attr: "attrs.Attribute[tuple[Span, ...]]", value: tuple[Span, ...]) -> None:
        if value and value[0].text != self.descriptor:
            msg = f"first mention {value[0].text!r} is not the descriptor {self.descriptor!r}"
            raise ValueError(msg)
