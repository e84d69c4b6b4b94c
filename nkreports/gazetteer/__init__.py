"""The North Korea gazetteer and region finding.

:func:`default_gazetteer` loads the shipped data once; :class:`Gazetteer` looks
regions up by id, by any spelling and by place in the hierarchy;
:func:`find_regions` finds every mention of a region in a text.
"""

from __future__ import annotations

from ._find import RegionMatch, find_regions
from ._gazetteer import Gazetteer, Provenance, RegionNotFoundError, default_gazetteer

__all__ = ["Gazetteer", "Provenance", "RegionMatch", "RegionNotFoundError", "default_gazetteer", "find_regions"]
