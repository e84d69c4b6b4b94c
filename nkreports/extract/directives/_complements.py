"""What a directive verb or noun demands: the complement it takes ("ordered traders not to ...", "a ban on ...").

:func:`verb_complement` reads the words after a trigger matched in a clause and tells whether they state a
demand, and of what modality; :func:`direct_ban` reads a finite ban's plain object ("have banned weddings").
"""

from __future__ import annotations

import re
from functools import cache

from nkreports.model import Modality

from .._issuer_tables import CAMPAIGN_GERUNDS
from ._pieces import ENACTED, FORBIDDING

__all__ = ["CAMPAIGN_ENDS", "NOUN_TRIGGER", "direct_ban", "verb_complement"]

_OBJECT_STOP = re.compile(
    r"\b(?:would|were|was|is|are|be|if|which|what|how|whether|why|when|he|she|said|told|that)\b|[.;:“”\"]"
)
_THREAT = re.compile(
    r" (?:of (?:\w+ )?(?:punishment|penalt|harsh|strong|severe|stern|consequence)|to \w+ly (?:punish|arrest)"
    r"|to (?:punish|arrest|shoot|execute|expel|exile|send)"
    # "threatening residents who hide visitors with strict punishment"
    r"|(?:[\w’'-]+ ){1,12}?with (?:\w+ ){0,2}(?:punishment|penalt\w+|execution|arrest|prison|death))"
)
_REFRAIN = re.compile(r"(?:refrain|stop|cease|avoid|desist)\b")
_FORBIDS = re.compile(
    r"(?:no|nobody|no one)\b[^,.;]{0,60}?\b(?:may|can|shall|will be allowed to)\b"
    r"|[^,.;]{0,60}?\b(?:may|must|shall|should|can) not\b|[^,.;]{0,60}?\b(?:mustn[’']t|cannot|can[’']t|shouldn[’']t)"
)
# "ordered that locals ... refrain from ...": a that-clause that forbids.
_FORBIDDING_THAT = re.compile(r"[^,.;]{0,80}?\b(?:refrain from|not to|(?:must|should|may|shall) not|mustn[’']t)\b")
_RESTRICTING = re.compile(
    r"\b(?:impos\w+|seal\w* off|block\w* off|shut\w* down|ban on|limiting|restricting|stop to|end to)$", re.IGNORECASE
)
# "put the city under a strict lockdown": the placing is the demand.
_PLACED_UNDER = re.compile(
    r" (?:[\w’'-]+ ){1,4}?under (?:an? |the )?(?:\w+[ -])?(?:lockdown|quarantine|curfew|martial law|surveillance)\b"
)
_GROUPS = re.compile(r"(?:organi[sz]ed|formed|set up|established|sent)$")
_ORDER_PARTICIPLE = re.compile(
    r" (?:\w+ )?(limiting|restricting|banning|prohibiting|forbidding|barring|requiring|obliging|reducing|cutting"
    r"|shortening|suspending)"
    r" (?:the |all |any )?[a-z]"
)
# How a campaign's gerund ends ("has begun inspecting", "stepped up a crackdown on"): one-word gerunds and more.
CAMPAIGN_ENDS = (
    *(gerund for gerund in CAMPAIGN_GERUNDS if " " not in gerund),
    "reviewing",
    "examining",
    "investigating",
    " of",
    " on",
)
# After "to": not a demand's verb ("asked not to be named", "an order to border regions").
_NOT_VERB = r"(?!be named\b|remain anonymous\b|(?:the|all|every|each|an?|its|their|local|border) )"
# An order noun, with a modifier or an opening quotation mark ("an emergency order", 'an "order').
NOUN_TRIGGER = re.compile(
    r"(?:(?:an?|the) (?:[\w-]+ )?[“\"]?(?:order|directive|decree|mandate|instruction)|orders|instructions)$",
    re.IGNORECASE,
)
_CALLING_FOR = frozenset({"called for", "calls for", "calling for"})
_TASKS = re.compile(r"set (?:forth |out )?(?:\w+ )?tasks? (?:to|for|of)$")
# "decided to lift the lockdown": an order to lift, reopen or allow permits.
_PERMITTING = re.compile(r"(?:lift|reopen|re-open|ease|relax|allow|permit)\b")
_STRESSING = frozenset({"stressed", "emphasized", "underlined", "underscored"})
# "sarcasm directed against the regime" is no order: "directed" orders only with "to".
_NEEDS_TO = frozenset(
    {"told", "tells", "asked", "asks", "decided", "resolved", "instructions", "orders", "guidelines", "directed"}
)
_REPORTERS = ("us", "reporters", "media")


@cache
def _self_regex(names: tuple[str, ...]) -> re.Pattern[str]:
    """The outlet's own names and reporters' words: "told Daily NK to ..." is no order."""
    words = sorted({*names, *_REPORTERS}, key=len, reverse=True)
    return re.compile(r"\b(?:" + "|".join(re.escape(w) for w in words) + r")\b")


def direct_ban(rest: str, verb: str, modality: Modality) -> Modality | None:
    """ "have banned weddings during ...": a finite ban verb with a plain object names what is banned."""
    if modality is not Modality.PROHIBITION or "crack" in verb.lower() or "clamp" in verb.lower():
        return None
    # "the goods Pyongyang banned last year" has no object: a time follows
    return (
        modality
        if re.match(r" (?!(?:last|this|next|earlier|recently|since|from|until)\b)(?:the |all |any )?[a-z]{3,}", rest)
        else None
    )


_TOUGHENED = re.compile(r"(?:toughen|stiffen|tighten|strengthen|step)\w*\b", re.IGNORECASE)
_ORDERED = frozenset({"ordered", "orders"})
_CURBS = frozenset({"lockdown", "closure", "ban", "suspension", "blockade"})
_ORDERED_OBJECT = re.compile(
    r" (?:an? |the |all |new |\w+ly )?(?:[\w,-]+ ){0,3}?(lockdown|closure|ban|suspension|blockade|reports?"
    r"|mobilization|inspections?|searches|evacuation|investigations?)\b(?! to\b)"
)
# What a law or decision is about: "a law on the prevention of ...", "a decision to shift to ...".
_ABOUT = re.compile(r" (?:[A-Z]\w+ |[a-z]+day )?(?:on|to|against|banning|prohibiting|that|for)\b")


def _enacted(verb: str, rest: str) -> Modality | None:
    """ "passed a law on preventing drug crimes" forbids; "adopted a decision to shift to ..." obliges."""
    if verb.startswith("declared"):
        return Modality.OBLIGATION
    about = _ABOUT.match(rest)
    if about is None or re.match(r" (?:the )?(?:implementation|execution|enforcement) of\b", rest[about.end() :]):
        return None  # "adopted a resolution on carrying out the edict" carries out another act
    return Modality.PROHIBITION if FORBIDDING.search(rest[:80]) else Modality.OBLIGATION


def verb_complement(
    text: str, pos: int, end: int, verb: str, modality: Modality, *, self_names: tuple[str, ...] = ()
) -> Modality | None:
    """The modality of the demand a directive verb ending at *pos* introduces, if it takes a complement."""
    rest = text[pos : min(end, pos + 400)]
    if ENACTED.match(verb):
        return _enacted(verb, rest)
    if re.search(r"\b(?:measures?|steps?) (?:of|to)$", verb):
        # "took the drastic measure of fully sealing off Rason": a measure that blocks forbids
        return (
            Modality.PROHIBITION
            if re.match(r" (?:\w+ly )?(?:block|seal|clos|ban|prohibit|stop|restrict)", rest)
            else modality
        )
    if verb in _ORDERED and (direct := _ORDERED_OBJECT.match(rest)) is not None:
        # "ordered a lockdown of all provinces", "ordered hourly reports on ...": the ordered thing is the demand.
        return Modality.PROHIBITION if direct.group(1) in _CURBS else Modality.OBLIGATION
    if (" the " in verb and verb.endswith((" to", " for", " of"))) or _TOUGHENED.match(verb) or _TASKS.match(verb):
        return modality  # "stressed the need to ...", "toughened punishments for ...": the pattern holds its object
    if modality is Modality.WARNING:
        if verb.lower() == "warning" and re.match(r" to (?!the\b|an?\b|all\b|its\b|their\b|be\b)[a-z]", rest):
            return modality  # "a warning to eradicate the culture": what is warned of
        warned = re.match(r" (?:[a-z]+ ){1,4}?(?:(to) [‘'“\"]?[a-z]|against \w+ing\b)", rest)
        negated = warned is not None and warned.group(1) is not None and rest[: warned.start(1)].endswith("not ")
        if warned and not negated and not _OBJECT_STOP.search(rest[: warned.end()]):
            # "warning residents to refrain from ...", "warn people against talking ...": a ban or an order
            refrain = warned.group(1) is None or _REFRAIN.match(rest, warned.end(1) + 1)
            return Modality.PROHIBITION if refrain else Modality.OBLIGATION
        if _THREAT.match(rest):
            return modality  # "warns of stronger punishments for ...", "threatens to harshly punish ..."
        if re.match(r" (?:[a-z]+ ){1,4}?not to [a-z]", rest) and not _OBJECT_STOP.search(rest[:40]):
            return Modality.PROHIBITION  # "warning residents not to contact ..." forbids
        that = re.match(r" (?:[\w’']+ ){0,6}?that ", rest)
        if that and _FORBIDS.match(rest, that.end()):
            return Modality.PROHIBITION  # "warned that no vehicles may enter ...": a ban, not a threat
        return modality if that else None
    if verb.lower().endswith(CAMPAIGN_ENDS):
        # "has begun inspecting homes in Hoeryong": the campaign's target is the demand.
        return modality if re.match(r" (?:the |all |every |any )?[a-z]", rest) else None
    if modality is Modality.PROHIBITION and _RESTRICTING.search(verb):
        # "imposed strict controls on ...", "sealing off access to ...", "a ban on the sale of ...": the object
        return modality if re.match(r" (?:the |all |an? |strict |tight |new )?[a-z]{3,}", rest) else None
    if modality is Modality.PROHIBITION and any(
        w in verb.lower() for w in ("crack", "clamp", "inspection", "search", "raid")
    ):
        # "carries out snap inspections of army depots": of what the inspection searches
        of = r"|of" if "inspection" in verb.lower() else ""
        of += r"|for" if re.search(r"search|raid", verb.lower()) else ""
        target = re.match(r" (?:on|against|to|aimed at|targeting" + of + r") (?:the )?([A-Za-z])", rest)
        # "an inspection of Sinuiju Customs" names the place inspected, not a curbed activity
        return modality if target and not (target.group().startswith(" of") and target.group(1).isupper()) else None
    if modality is Modality.PROHIBITION and verb.lower().startswith(("put", "plac")) and _PLACED_UNDER.match(rest):
        return modality  # "placed the city under lockdown"
    if verb.lower().startswith(("oversee", "oversaw", "supervis")) or _GROUPS.match(verb):
        return modality  # "overseeing an increase in restrictions", "organized inspection groups to ..."
    if verb.lower().startswith(("dispatch", "deploy", "station", "post", "assign")):
        return modality  # "dispatched security guards along all roads": the posting is the curb
    if verb.lower().startswith("mandat") and re.match(r" (?:the |that |all |an? )?[a-z]{3,}", rest):
        return modality  # "mandates careful monitoring of foreign media"
    if (
        verb.lower() in _CALLING_FOR
        and re.match(r" [“\"]?[a-z]", rest)
        and not re.match(r" [a-z]+ (?:to|from)\b", rest)
    ):
        return modality  # 'called for "self-regeneration" and ...': what is called for
    if verb.lower() in _STRESSING and re.match(r" [a-z]+ing\b", rest):
        return modality  # "emphasized creating a strong management system"
    noun = NOUN_TRIGGER.match(verb) is not None
    if noun and verb.lower().endswith("gag order") and re.match(r" (?:on|against) [a-z]", rest):
        return Modality.PROHIBITION  # "put a gag order on senior officials"
    participle = _ORDER_PARTICIPLE.match(rest)
    if noun and participle:
        # "issued an order limiting travel between provinces"
        return Modality.OBLIGATION if participle.group(1) in {"requiring", "obliging"} else Modality.PROHIBITION
    needs_to = verb.lower() in _NEEDS_TO or (noun and verb.lower() not in {"orders", "instructions"})
    tail = (
        r"(not )?to [“\"‘']?" + _NOT_VERB + r"[a-z]"
        if needs_to
        else r"(?:(not )?to [“\"‘']?" + _NOT_VERB + r"[a-z]|from \w+ing\b|that )"
    )
    m = re.match(r" ((?:[\w’',$\[\]-]+ ){0,14}?)" + tail, rest)
    if m is None:
        if verb.lower() == "banning" and re.match(r" (?:the |all |any )?[a-z]", rest):
            return modality
        if modality is Modality.PERMISSION and re.match(
            r" the (?:\w+ ){0,3}(?:order|ban|restrictions?|lockdown)", rest
        ):
            return modality
        if verb.lower().startswith(("lift", "reopen")) and re.match(
            r" (?:the |all |its |their |local )?[a-z]{3,}", rest
        ):
            return modality  # "reopened local markets", "lifted its travel ban"
        return None
    if _OBJECT_STOP.search(m.group(1)) or _self_regex(self_names).search(m.group(1)):
        return None
    if verb.endswith("ed") and re.match(r"(?:on|about) (?!\d|[A-Z])", m.group(1)):
        return None  # "decided on the families to be moved": the topic decided, not who must act
    if modality is Modality.OBLIGATION and (m.group(2) or _REFRAIN.match(rest, m.end() - 1)):
        return Modality.PROHIBITION  # "ordered traders not to ...", "instructs residents to refrain from ..."
    if modality is Modality.OBLIGATION and _PERMITTING.match(rest, m.end() - 1):
        return Modality.PERMISSION  # "decided to lift the lockdown from Friday"
    if modality is Modality.OBLIGATION and m.group().endswith("that ") and _FORBIDDING_THAT.match(rest, m.end()):
        return Modality.PROHIBITION  # "ordered that locals in the border region refrain from ..."
    return modality
