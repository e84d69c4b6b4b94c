"""An informant's place when the descriptor names none: the dateline of the outlet's own officials.

"SEOUL, Jan. 5 (Yonhap) -- ..., a government source said": a news agency's
dateline is where its reporter works, and an official of the dateline's own
country quoted without a place ("a government source", "a South Korean
official", "military sources") works there too.  A North Korean defector, a
foreign diplomat or a plain "source" is not placed by the dateline.
"""

from __future__ import annotations

import re

from nkreports.gazetteer import RegionMatch

from ._index import Positioned

__all__ = ["dateline_place", "placed_by_dateline"]

_REACH = 600  # a dateline opens the article: after a headline or a "(LEAD)" line at most
_DATELINE = re.compile(
    r"(?m)^[ \t]*(?P<city>[A-Z][A-Za-z'’. -]{1,30}?),[ \t]+"
    r"(?:[A-Z][a-z]{2,8}\.?[ \t]+\d{1,2}|\d{1,2}[ \t]+[A-Z][a-z]{2,8})?[ \t]*"
    r"\([A-Z][\w .&-]{1,30}\)[ \t]*(?:--|—|–)"
)
# The adjective of a dateline's country, as a descriptor writes it.
_NATIONALITY = {
    "KR": r"South Korean|S\. Korean",
    "KP": r"North Korean|N\. Korean",
    "US": r"U\.S\.|US|American",
    "CN": r"Chinese",
    "JP": r"Japanese",
    "RU": r"Russian",
}
_OFFICIAL = re.compile(
    r"\b(?:government|military|intelligence|officials?|ministry|diplomatic|security|defen[cs]e|presidential|police"
    r"|lawmakers?|spokes(?:man|woman|person)|spy agency)\b"
)
# Any other nationality or origin in the descriptor ("a Swiss diplomat", "a North Korean defector").
_OTHER_ORIGIN = re.compile(
    r"\b[A-Z][a-z]+(?:an|ese|ish|ch|ss|ern|i)\b|\b[A-Z]\.[A-Z]\.|\b(?:US|UN|EU|UK)\b|\b(?:foreign|defectors?|refugees?)\b"
)


def dateline_place(text: str, regions: Positioned[RegionMatch]) -> str | None:
    """The region id of the article's dateline city ("SEOUL, Jan. 5 (Yonhap) --" gives ``KR:seoul``)."""
    m = _DATELINE.search(text, 0, min(len(text), _REACH))
    if m is None:
        return None
    found = regions.within(m.start("city"), m.end("city"))
    return found[0].region.id if found else None


def _country(region_id: str) -> str:
    return re.split(r"[-:]", region_id, maxsplit=1)[0]


def placed_by_dateline(descriptor: str, place: str | None) -> str | None:
    """*place* (the dateline's region) when *descriptor* is an official of that place's country, else ``None``.

    >>> placed_by_dateline("a South Korean official", "KR:seoul")
    'KR:seoul'
    >>> placed_by_dateline("a government source", "KR:seoul")
    'KR:seoul'
    >>> placed_by_dateline("a North Korean defector", "KR:seoul") is None
    True
    """
    if place is None:
        return None
    country = _country(place)
    own = _NATIONALITY.get(country)
    if own is not None and re.search(rf"(?<![\w.])(?:{own})(?![\w])", descriptor):
        rest = re.sub(rf"(?<![\w.])(?:{own})(?![\w])", " ", descriptor)
        return place if not _OTHER_ORIGIN.search(rest) else None
    if _OFFICIAL.search(descriptor) and not _OTHER_ORIGIN.search(descriptor):
        return place
    return None
