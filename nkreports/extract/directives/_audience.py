"""Who must comply with a directive: the addressees its demands name."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from functools import cache
from types import MappingProxyType
from typing import TYPE_CHECKING

from .._vocabulary import Vocabulary

if TYPE_CHECKING:
    from ._demands import DemandSpan

__all__ = ["audience", "first_addressee"]


@cache
def _audience_regex(words: tuple[str, ...]) -> re.Pattern[str]:
    # "people's committee" names an organ, not the people; nor does "the Workers' Party" name workers.
    return re.compile(
        r"\b(?:" + "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True)) + r")\b(?!['’]s\b|['’] party\b)"
    )


# A domain word before a collective head names which body is meant: "security units", "party officials".
# Only these words: an adjective of nationality or place ("chinese units", "local officials") is not kept.
_DOMAIN = r"(?:state security|neighborhood watch|security|military|party|government)"
_DOMAIN_BEFORE = re.compile(rf"\b({_DOMAIN}) (unit )?$")
_COLLECTIVE = frozenset({"units", "committees", "organizations", "branches", "agents", "workers", "officials"})


_OWN_BEFORE = re.compile(r"\b(?:its|their|lower|lower-level|subordinate) $")


def _widened(before: str, head: str, owner: str | None = None) -> str:
    """The head with the domain word just before it ("security" + "units"); "watch unit members" are the units.

    The issuer's own bodies ("its branches", "subordinate units") take the issuer's domain, given as ``owner``.
    """
    found = _DOMAIN_BEFORE.search(before)
    if found is None:
        own = owner is not None and head in _COLLECTIVE and _OWN_BEFORE.search(before) is not None
        return f"{owner} {head}" if own else head
    if found.group(2):
        return f"{found.group(1)} units" if head == "members" else head
    return f"{found.group(1)} {head}" if head in _COLLECTIVE else head


def first_addressee(text: str, vocab: Vocabulary) -> str | None:
    """The first addressee a sentence names, with its domain word ("local security units" -> security units).

    Names of the public ("citizens", "the public") read as residents, as in :func:`audience`.
    """
    lowered = text.lower().replace("’", "'")
    found = _audience_regex(vocab.audiences).search(lowered)
    if found is None:
        return None
    named = _widened(lowered[: found.start()], found.group())
    return _SAME.get(named, named)


def audience(text: str, demands: Sequence[DemandSpan], vocab: Vocabulary, owner: str | None = None) -> tuple[str, ...]:
    """Who must comply: the addressees of the demands (object of the verb, subject of the modal).

    ``owner`` is the issuer's domain ("security", "party"), which its own bodies ("its branches") take.
    """
    regex = _audience_regex(vocab.audiences)
    out: list[str] = []
    singular = _singular_regex(vocab.audiences)
    plural_of = _plurals(vocab.audiences)
    for d in demands:
        lowered = text[d.start : d.end].lower().replace("’", "'")
        if lowered.startswith(("to ", "not to ", "and to ")):
            continue  # a continuation ("... and to report ...") binds the same people as the demand before it
        zone = _ADDRESSEE_AFTER_VERB.match(lowered) if d.verb else _ADDRESSEE_BEFORE_MODAL.match(lowered)
        # "members who work on farms": a relative clause describes the addressees, it names no others.
        who = _RELATIVE.split(zone.group(1), maxsplit=1)[0] if zone else ""
        found = [_widened(who[: m.start()], m.group(), owner) for m in regex.finditer(who)] if who else []
        if "every " in who or "each " in who or "any " in who:
            # "every workplace must ...", "requires each trading company to ...": the plural is the audience.
            found += [plural_of[m.group(1)] for m in singular.finditer(who)]
        if not found:
            first = next((m for m in regex.finditer(lowered) if m.group() not in _SLOT_ONLY), None)
            found = [_widened(lowered[: first.start()], first.group(), owner)] if first else []
            while first is not None:  # "at organizations, businesses and schools": the whole list
                joined = _JOINED.match(lowered, first.end())
                first = regex.match(lowered, joined.end()) if joined else None
                if first is not None:
                    found.append(_widened(lowered[: first.start()], first.group()))
        out.extend(a for a in found if a not in out)
        out.extend(a for a in _targets(lowered, regex) if a not in out)
    # The public ("citizens", "locals") is coded as residents, "troops" as soldiers.
    out = list(dict.fromkeys(_SAME.get(a, a) for a in out))
    if not any(a in _TRADE for a in out) and any(_MARKET.search(text, d.start, d.end) for d in demands):
        # A measure on markets binds the people who trade there, besides whoever else it names.
        out.extend(("traders",) if out else ("residents", "traders"))
    # A bare head ("members") named beside its compound ("red guard members") is the same people.
    return tuple(a for a in out if not any(o != a and o.endswith(" " + a) for o in out))


_JOINED = re.compile(r"(?:,|,? and|,? or) ")


_SAME = {
    "citizens": "residents",
    "locals": "residents",
    "people": "residents",
    "the public": "residents",
    "wandering people": "drifters",
    "kotjebi": "drifters",
    "troops": "soldiers",
    "the army": "soldiers",
}
_TRADE = frozenset({"traders", "vendors", "merchants", "market managers", "trading companies"})
# Markets as what a measure acts on ("closed local markets"), not where someone sells ("sell timber at the market").
_MARKET = re.compile(
    r"(?<!\bat )(?<!\bin )(?<!\bat the )(?<!\bin the )\b(?:markets?|marketplaces?|market stalls|wholesalers?)\b",
    re.IGNORECASE,
)
# Named as who must comply only in the addressee's slot: elsewhere "police" enforce, "people" are the public at large.
_SLOT_ONLY = frozenset({"police", "people"})


def _singular(plural: str) -> str:
    if plural.endswith("ies"):
        return plural[:-3] + "y"
    if plural.endswith("men"):
        return plural[:-3] + "man"
    return plural[:-1] if plural.endswith("s") else plural


@cache
def _plurals(audiences: tuple[str, ...]) -> Mapping[str, str]:
    """Each audience's singular to the audience ("workplace" -> "workplaces"), made once per vocabulary."""
    return MappingProxyType({_singular(a): a for a in audiences})


@cache
def _singular_regex(audiences: tuple[str, ...]) -> re.Pattern[str]:
    words = sorted({_singular(a) for a in audiences}, key=len, reverse=True)
    return re.compile(r"\b(?:every|each|any) (" + "|".join(re.escape(w) for w in words) + r")\b")


# Whom enforcers are sent against is bound too: "mobilized security personnel to crack down on residents".
_TARGETED = re.compile(
    r"\b(?:crack(?:s|ed|ing)? down|crackdowns?|clampdowns?) (?:on|against) (?:the )?([^,;]{1,60})"
    r"|\b(?:shoot|arrest|detain|catch)(?: on sight)? ((?:anyone|anybody|everyone|those|whoever)\b[^,;]{0,60})"
)
_TARGETING = ("crack", "clampdown", "shoot", "arrest", "detain", "catch")
_ANYONE = re.compile(r"(?:anyone|anybody|everyone|those|whoever)\b")
_PUBLIC = re.compile(r"(?:local )?(?:locals|people|citizens|residents|the public|the population)\b")


def _targets(lowered: str, regex: re.Pattern[str]) -> list[str]:
    """The people a crackdown or a shoot/arrest order acts on: the residents unless named."""
    if not any(word in lowered for word in _TARGETING):
        return []  # every _TARGETED match holds one of these words
    found = _TARGETED.search(lowered)
    if found is None:
        return []
    target = found.group(1) or found.group(2)
    named = regex.match(target)
    if named is not None:
        return [named.group()]
    return ["residents"] if _ANYONE.match(target) or _PUBLIC.match(target) else []


_RELATIVE = re.compile(r"\b(?:who|whom|whose|which|that)\b")
# Who a demand binds: the object of its verb ("ordered vendors and drivers to ..."), or the subject of
# its modal ("captains and fishermen must ...").
_ADDRESSEE_AFTER_VERB = re.compile(r"[a-z ]{0,30}?\b[a-z]+ ((?:[\w'’,-]+ ){0,14}?)(?:not )?(?:to|from|that)\b")
_ADDRESSEE_BEFORE_MODAL = re.compile(
    r"((?:[\w'’,-]+ ){0,14}?)(?:must|should|shall|have to|has to|need to|needs to|are|is|will|may|can|were|was)\b"
)
