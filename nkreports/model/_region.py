"""Places: gazetteer records and their mentions in a report."""

from typing import Any

import attrs

from ._values import Span, region_id_validator, to_spans
from ._vocab import RegionKind, RegionLevel, to_region_kind


def _strings(items: Any) -> tuple[str, ...]:
    return tuple(items)


@attrs.frozen(kw_only=True)
class Region:
    """A place in the gazetteer.

    ``id`` follows the project's scheme (``KP-10``, ``KP-10:hyesan``,
    ``CN-LN:dandong``); ``name`` is the canonical English name; ``name_mr`` and
    ``name_rr`` the McCune-Reischauer and Revised Romanization forms.
    """

    id: str = attrs.field(validator=region_id_validator)
    kind: RegionKind = attrs.field(converter=to_region_kind)
    name: str = attrs.field(validator=attrs.validators.min_len(1))
    parent: str | None = attrs.field(default=None, validator=region_id_validator)
    hangul: str | None = None
    name_mr: str | None = None
    name_rr: str | None = None
    aliases: tuple[str, ...] = attrs.field(default=(), converter=_strings)
    lat: float | None = attrs.field(default=None)
    lon: float | None = attrs.field(default=None)
    borders: tuple[str, ...] = attrs.field(default=(), converter=_strings)

    @lat.validator
    def _check_lat(self, _attr: "attrs.Attribute[float | None]", value: float | None) -> None:
        if value is not None and not -90 <= value <= 90:
            msg = f"latitude {value} is out of range"
            raise ValueError(msg)

    @lon.validator
    def _check_lon(self, _attr: "attrs.Attribute[float | None]", value: float | None) -> None:
        if value is not None and not -180 <= value <= 180:
            msg = f"longitude {value} is out of range"
            raise ValueError(msg)
        if (value is None) != (self.lat is None):
            msg = "latitude and longitude must both be given or both be missing"
            raise ValueError(msg)

    @property
    def level(self) -> RegionLevel:
        """The report level (country, province, city, county, district...)."""
        return self.kind.level

    @property
    def coordinates(self) -> tuple[float, float] | None:
        """``(lat, lon)`` or ``None``."""
        if self.lat is None or self.lon is None:
            return None
        return (self.lat, self.lon)

    @property
    def spellings(self) -> tuple[str, ...]:
        """Every name this region is known by, canonical name first."""
        names = [self.name, *(n for n in (self.name_mr, self.name_rr) if n), *self.aliases]
        return tuple(dict.fromkeys(names))


@attrs.frozen(kw_only=True)
class RegionRef:
    """A region a report mentions, with every mention's span."""

    region: Region
    mentions: tuple[Span, ...] = attrs.field(default=(), converter=to_spans)

    @property
    def id(self) -> str:
        """The region id."""
        return self.region.id
