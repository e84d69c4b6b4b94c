"""Named vocabulary tables that drive source and directive extraction.

Every table is a tuple of plain strings (regular-expression fragments) or of
small named entries.  A :class:`Vocabulary` is frozen; :meth:`Vocabulary.extend`
and :meth:`Vocabulary.override` return a new one with a table changed by name.
"""

from __future__ import annotations

from typing import Any, Self

import attrs

from nkreports.model import Body, Channel, IssuerLevel, Modality

__all__ = ["ChannelPhrase", "IssuerPattern", "ModalPattern", "Vocabulary", "default_vocabulary"]

#: Placeholder in issuer patterns for a capitalized place name ("North Hamgyong", "Hyesan").
_NOT_PLACE = r"(?!(?:The|A|An|In|On|At|Of)\b)"
PLACE = rf"(?:{_NOT_PLACE}[A-Z][a-z’'-]+(?: {_NOT_PLACE}[A-Z][a-z’'-]+){{0,2}})"
_APOS = "['’]"


@attrs.frozen
class IssuerPattern:
    """An authority's name as a regular expression, with its body and level.

    ``level`` ``None`` means: read the level from words in the match
    ("Provincial", "city", "County"), else from the place it names, else central.
    ``strict`` patterns count only as the subject right before a directive verb.
    ``{place}`` in ``pattern`` stands for a capitalized place name.
    """

    name: str
    pattern: str
    body: Body
    level: IssuerLevel | None = None
    strict: bool = False


@attrs.frozen
class ModalPattern:
    """A modal word or construction and the modality of the demand it marks."""

    name: str
    pattern: str
    modality: Modality


@attrs.frozen
class ChannelPhrase:
    """A phrase that says how the outlet heard from a source."""

    name: str
    pattern: str
    channel: Channel


_P, _G, _S, _M, _J, _L, _E, _O = (
    Body.PARTY,
    Body.GOVERNMENT,
    Body.SECURITY,
    Body.MILITARY,
    Body.JUDICIARY,
    Body.LEADER,
    Body.ENTERPRISE,
    Body.OTHER,
)
_CENTRAL, _PROVINCE, _CITY, _COUNTY, _LOCAL = (
    IssuerLevel.CENTRAL,
    IssuerLevel.PROVINCE,
    IssuerLevel.CITY,
    IssuerLevel.COUNTY,
    IssuerLevel.LOCAL,
)
_THE = r"(?:\b(?:[Tt]he|[Aa]n?) )?"
_WPK = rf"(?: of the (?:Workers{_APOS} Party(?: of Korea)?|WPK|[Pp]arty))?"
_LEVEL = r"(?:[Pp]rovincial|[Pp]rovince|[Cc]ity|[Cc]ounty)"

ISSUERS: tuple[IssuerPattern, ...] = (
    # Leader
    IssuerPattern("leader", r"(?:[Cc]omrade |[Ll]eader )?Kim Jong[ -]?(?:[Uu]n|Eun)", _L, _CENTRAL),
    IssuerPattern("leader-title", r"the (?:Highest Dignity|Young General|Youth Captain|Marshal)", _L, _CENTRAL),
    # Party
    IssuerPattern(
        "party-department",
        _THE + r"(?:Organization and Guidance|Propaganda and Agitation) Department"
        rf"(?: of (?:the )?(?:[Pp]arty{_APOS}s |WPK )?Central Committee{_WPK})?",
        _P,
        _CENTRAL,
    ),
    IssuerPattern(
        "central-committee",
        _THE + rf"(?:[Pp]arty{_APOS}s |WPK |[Pp]arty )?Central Committee{_WPK}(?: and the Cabinet(?: of the DPRK)?)?",
        _P,
        _CENTRAL,
    ),
    IssuerPattern(
        "politburo",
        _THE + r"(?:Political Bureau|[Pp]olitburo)(?: of the (?:WPK |[Pp]arty )?Central Committee)?" + _WPK,
        _P,
        _CENTRAL,
    ),
    IssuerPattern(
        "party-committee-of-place",
        _THE + rf"(?:{_LEVEL} )?[Pp]arty [Cc]ommittee of {{place}}(?: {_LEVEL})?",
        _P,
    ),
    IssuerPattern(
        "provincial-committee-wpk",
        _THE + rf"{{place}} Provincial Committee of the (?:WPK|Workers{_APOS} Party of Korea)",
        _P,
        _PROVINCE,
    ),
    IssuerPattern("party-committee", _THE + rf"(?:{{place}} )?(?:{_LEVEL} )?(?:[Pp]arty|WPK) [Cc]ommittee", _P),
    IssuerPattern("provincial-party", r"[Tt]he provincial party\b", _P, _PROVINCE),
    IssuerPattern(
        "ruling-party",
        rf"(?:North Korea{_APOS}s |[Tt]he )(?:ruling )?(?:Workers{_APOS} )?[Pp]arty(?! [Cc]ommittee)\b",
        _P,
        _CENTRAL,
        strict=True,
    ),
    # Other organisations that mobilize their own members
    IssuerPattern(
        "womens-union",
        _THE
        + rf"(?:{{place}} )?(?:{_LEVEL} )?(?:[Cc]ommittee of the )?(?:Socialist )?Women{_APOS}s Union(?: of Korea)?",
        _O,
    ),
    # Security
    IssuerPattern(
        "state-security",
        _THE + rf"(?:{{place}} )?(?:{_LEVEL} )?(?:(?:branch|office|bureau) of the )?"
        r"(?:Ministry of State Security|State Security (?:Department|Ministry|Bureau)|National Security Agency"
        r"|\bMSS\b|\bSSD\b)",
        _S,
    ),
    IssuerPattern(
        "police",
        _THE + rf"(?:{{place}} )?(?:{_LEVEL}{_APOS}?s? )?(?:(?:branch|office|bureau) of the )?"
        rf"(?:Ministry of Social Security|Ministry of People{_APOS}s Security|People{_APOS}s Safety (?:Ministry|Agency)"
        r"|Social Security Ministry)(?: office| branch)?",
        _S,
    ),
    IssuerPattern(
        "state-security-lower",
        r"(?:[Ss]tate [Ss]ecurity|[Ss]ecurity) (?:[Dd]epartment|[Bb]ureau|[Aa]gency)(?: \(secret police\))?",
        _S,
    ),
    IssuerPattern(
        "state-security-officials",
        rf"[Ss]tate security (?:officials|agents|officers)(?: in {{place}}(?: {_LEVEL})?)?",
        _S,
        strict=True,
    ),
    IssuerPattern("police-generic", r"(?:[Tt]he |[Ll]ocal )?police\b", _S, strict=True),
    # Military
    IssuerPattern(
        "general-staff",
        _THE + rf"(?:Korean People{_APOS}s Army(?: \(KPA\))? )?General Staff(?: Department)?",
        _M,
        _CENTRAL,
    ),
    IssuerPattern(
        "military-mobilization", _THE + rf"(?:{{place}} )?(?:{_LEVEL} )?military mobilization department", _M
    ),
    IssuerPattern("storm-corps", _THE + r"Storm (?:Corps|Trooper Unit)", _M, _CENTRAL),
    # Judiciary
    IssuerPattern("prosecutors-central", _THE + rf"Central (?:Public )?Prosecutors{_APOS}? Office", _J, _CENTRAL),
    IssuerPattern(
        "court",
        _THE + rf"(?:{{place}} )?(?:Central |{_LEVEL} )(?:People{_APOS}s )?Court",
        _J,
    ),
    IssuerPattern("prosecutors", r"[Pp]rosecutors from the (?:provincial|city|county)[a-z’' ]{0,40}offices?", _J),
    IssuerPattern("legal-authorities", r"[Tt]he legal authorities", _J, _CENTRAL),
    # Government
    IssuerPattern(
        "peoples-committee",
        _THE + rf"(?:[a-z]{{3,15}} department of the )?(?:{{place}} )?{_LEVEL} [Pp]eople{_APOS}s [Cc]ommittee",
        _G,
    ),
    IssuerPattern(
        "spa",
        _THE + rf"(?:Presidium of the )?Supreme People{_APOS}s Assembly(?: \(SPA\))?(?: of the DPRK)?",
        _G,
        _CENTRAL,
    ),
    IssuerPattern(
        "cabinet", rf"(?:North Korea{_APOS}s |[Tt]he )?Cabinet(?: of the DPRK)?(?!{_APOS}s directive)", _G, _CENTRAL
    ),
    IssuerPattern(
        "ministry",
        rf"(?:North Korea{_APOS}s |[Tt]he )?Ministry of (?!State Security|Social Security|People)"
        r"[A-Z][a-z]+(?: (?:and )?[A-Z][a-z]+){0,3}",
        _G,
        _CENTRAL,
    ),
    IssuerPattern("bureau", _THE + r"{place} Provincial [A-Z][a-z]+ Bureau", _G, _PROVINCE),
    IssuerPattern(
        "central-authorities", r"(?:[Tt]he )?(?:central government|central authorities|center)\b", _G, _CENTRAL
    ),
    IssuerPattern("provincial-authorities", r"(?:[Tt]he )?provincial (?:authorities|government)", _G, _PROVINCE),
    IssuerPattern("city-authorities", r"(?:[Tt]he )?city (?:authorities|government)", _G, _CITY),
    IssuerPattern("county-authorities", r"(?:[Tt]he )?county (?:authorities|government)", _G, _COUNTY),
    IssuerPattern("local-authorities", r"(?:[Tt]he )?local (?:authorities|government)", _G, _LOCAL),
    IssuerPattern("authorities-in", r"[Aa]uthorities in {place}", _G),
    IssuerPattern(
        "authorities",
        rf"(?:\b(?:[Tt]he|North Korean|North Korea{_APOS}s|[Ss]tate) )?"
        r"(?<!provincial )(?<!local )(?<!city )(?<!county )(?<!legal )(?<!central )(?<![Ii]n )authorities\b",
        _G,
        _CENTRAL,
    ),
    IssuerPattern(
        "regime",
        r"(?:[Tt]he )?(?:Kim Jong[ -]?[Uu]n |North Korean )?(?:regime|government)\b",
        _G,
        _CENTRAL,
        strict=True,
    ),
    IssuerPattern("state", r"[Tt]he state\b", _G, _CENTRAL, strict=True),
    IssuerPattern("country", r"(?:North Korea|Pyongyang)\b(?![ -][A-Z])", _G, _CENTRAL, strict=True),
    # Enterprises and local heads
    IssuerPattern(
        "enterprise-management",
        r"(?:[Tt]he )?(?:(?:factory|farm|mine|enterprise|company|complex|plant){_APOS}s management"
        r"|management of (?:the )?[a-z’' ]{3,40}?(?:farm|factory|mine|enterprise|company))".replace("{_APOS}", _APOS),
        _E,
        _LOCAL,
    ),
    IssuerPattern(
        "enterprise-named",
        _THE + r"{place} (?:Mining Complex|(?:[A-Z][a-z]+ )?(?:Complex|Factory|Works|Mine|Enterprise))",
        _E,
        _LOCAL,
    ),
    IssuerPattern(
        "enterprise",
        r"\b(?:[Tt]he|[Aa]n?) (?:[a-z]+ ){0,2}(?:factory|mine|enterprise|company|cooperative farm)"
        r"(?: in {place})?",
        _E,
        _LOCAL,
        strict=True,
    ),
    IssuerPattern("principal", r"[Tt]he (?:school(?:{_APOS}s)? )?principal".replace("{_APOS}", _APOS), _O, _LOCAL),
)

#: Words that refer back to the current directive's issuer or document.
ISSUER_REFERENCES: tuple[str, ...] = (
    r"(?:[Tt]he|[Tt]his|[Tt]hat) (?:provincial |city |county |central |new |latest |same )?"
    r"(?:committee|ministry|agency|department|bureau|court|cabinet|management|meeting|plenum|party committee"
    r"|order|orders|notice|directive|decree|proclamation|regulations|rules|ban|instructions|instruction"
    r"|decision|resolution|campaign|crackdown|inspection|measures?|lecture|guidelines|judge|prosecutors?)\b",
    r"^(?:It|They)\b",
    r"^(?:[A-Z][a-z]+(?: [a-z]+)?, )(?:it|they)\b(?! (?:is|was|were|are|has been|seems|appears)\b)",
    r"(?<=[,;] )(?:it|they) (?=(?:also |further )?(?:said|warned|warns|ordered|told|called|urged|stated|declared))",
)

#: Verbs (and verb phrases) by which an issuer issues a directive.
DIRECTIVE_VERBS: tuple[str, ...] = (
    "ordered",
    "orders",
    "has ordered",
    "issued",
    "issues",
    "instructed",
    "instructs",
    "banned",
    "bans",
    "prohibited",
    "prohibits",
    "barred",
    "bars",
    "forbade",
    "forbids",
    "told",
    "called on",
    "calls on",
    "called for",
    "calls for",
    "urged",
    "urges",
    "warned",
    "warns",
    "handed down",
    "launched",
    "required",
    "requires",
    "permitted",
    "permits",
    "allowed",
    "lifted",
    "decided",
    "adopted",
    "announced",
    "declared",
    "mobilized",
    "mobilizes",
    "demanded",
    "demands",
    "imposed",
    "sent a notice",
    "posted",
    "put up",
    "sent an order",
    "held",
    "discussed",
    "gathered",
    "convened",
    "followed up",
    "directed",
    "enacted",
    "passed",
    "promulgated",
    "dispatched",
    "reopened",
    "cracked down",
)

#: Directive nouns: "an order came down from ...", "the Cabinet’s directive".
DIRECTIVE_NOUNS: tuple[str, ...] = (
    "order",
    "orders",
    "notice",
    "directive",
    "decree",
    "proclamation",
    "regulations",
    "instructions",
    "decision",
    "resolution",
    "crackdown",
    "inspection",
    "campaign",
    "lecture",
    "lectures",
    "ban",
    "lockdown",
)

#: Modal constructions, most specific first (the first match in a clause wins).
MODALS: tuple[ModalPattern, ...] = (
    ModalPattern("will-not-be-allowed", r"\b(?:will|would) not be (?:allowed|permitted) to\b", Modality.WARNING),
    ModalPattern("not-allowed", r"\b(?:not|never) (?:be )?(?:allowed|permitted) to\b", Modality.PROHIBITION),
    ModalPattern(
        "banned-from",
        r"\b(?:are|is|be|were|was|been) (?:\w+ )?(?:banned|prohibited|barred|forbidden) (?:from|to)\b",
        Modality.PROHIBITION,
    ),
    ModalPattern("shall-be-prohibited", r"\b(?:shall|will) be (?:prohibited|banned|forbidden)\b", Modality.PROHIBITION),
    ModalPattern(
        "must-not",
        r"\b(?:must|shall|may|should) not\b|\bmustn’t\b",
        Modality.PROHIBITION,
    ),
    ModalPattern("refrain", r"\brefrain from\b", Modality.PROHIBITION),
    ModalPattern(
        "allowed-to",
        r"\b(?:are|is|be|were|was|been) (?:\w+ )?(?:allowed|permitted) to\b"
        r"|\bmay be (?!intended|aimed|related|linked|connected|designed|meant|used as)\w+ed\b|\bcan now\b",
        Modality.PERMISSION,
    ),
    ModalPattern(
        "punishment",
        r"\b(?:will|would|shall) (?:also )?(?:be (?:\w+ ){0,2}(?:punished|fined|sent|handed over|expelled|dismissed"
        r"|confiscated|court-martialed|held (?:responsible|accountable)|treated as|recalled|shot|charged|exiled"
        r"|arrested|called to account|moved|relocated|investigated|detained|deported|purged)"
        r"|face (?:\w+ ){0,3}(?:punishment|investigation|charges|prosecution|consequences|expulsion|up to)"
        r"|lose (?:their|his|her|its)|have (?:their|his|her|its) (?:\w+ ){0,3}(?:cut|suspended|confiscated|posted"
        r"|announced|revoked)|show no (?:forgiveness|mercy)|take strict legal measures)"
        r"|\bfaces? up to\b|\bwon’t be forgiven\b|\bwill not be forgiven\b"
        r"|\b(?:may|could|might) (?:\w+ )?face (?:\w+ ){0,3}"
        r"(?:shots|punishment|charges|prosecution|investigation|penalties)\b",
        Modality.WARNING,
    ),
    ModalPattern(
        "lifted",
        r"\b(?:was|were|has been|have been|had been|will be|is being) (?:\w+ )?(?:lifted|eased|relaxed|reopened)\b",
        Modality.PERMISSION,
    ),
    ModalPattern(
        "passive-order-not",
        r"\b(?:are|is|was|were|be|been|being|got) (?:\w+ )?(?:ordered|told|instructed|warned|directed) not to\b",
        Modality.PROHIBITION,
    ),
    ModalPattern(
        "passive-order",
        r"\b(?:are|is|was|were|be|been|being|got) (?:\w+ )?(?:ordered|told|instructed|required|forced|mobilized"
        r"|directed|summoned and told) (?:not )?to\b",
        Modality.OBLIGATION,
    ),
    ModalPattern(
        "must",
        r"\b(?:must|shall|has to|have to|had to|needs? to|is required to|are required to|are obliged to"
        r"|is obliged to|be required to)\b",
        Modality.OBLIGATION,
    ),
    ModalPattern("should", r"\b(?:should|it is necessary to|ought to)\b", Modality.EXHORTATION),
)

#: Verbs whose complement ("ordered residents to ...") is a demand, with the demand's modality.
DEMAND_VERBS: tuple[ModalPattern, ...] = (
    ModalPattern(
        "order-to",
        r"\b(?:ordered|orders|ordering|instructed|instructs|instructing|instruct|told|tells|required|requires|requiring"
        r"|require"
        r"|directed|directs|mobilized|mobilizes|forced|forces|commanded|decided|resolved)\b",
        Modality.OBLIGATION,
    ),
    ModalPattern(
        "call-on",
        r"\b(?:urged|urges|urging|urge|called on|calls on|call on|calling on|called for|calls for|calling for"
        r"|asked|asks"
        r"|encouraged|encourages)\b",
        Modality.EXHORTATION,
    ),
    ModalPattern(
        "allow",
        r"\b(?:allowed|allows|allowing|allow|permitted|permits|permitting|permit|lifted|lifting)\b",
        Modality.PERMISSION,
    ),
    ModalPattern(
        "ban",
        r"\b(?:banned|bans|banning|ban|prohibited|prohibits|prohibiting|prohibit|barred|bars|barring|bar|forbade"
        r"|forbids|forbidding|forbid)\b",
        Modality.PROHIBITION,
    ),
    ModalPattern(
        "order-noun",
        r"\b(?:instructions|orders|an order|a directive|a decree|guidelines)\b",
        Modality.OBLIGATION,
    ),
    ModalPattern(
        "crackdown",
        r"\b(?:(?:launched|launch|began|begun|started|start|ordered|order|conducting|conducted|carrying out|carried out"
        r"|announced|stepped up|declared) (?:an? |the )?(?:[\w-]+ ){0,2}?(?:crackdown|clampdown)s?"
        r"|(?:to|will|would|must) crack down)\b",
        Modality.PROHIBITION,
    ),
    ModalPattern("warn", r"\b(?:warned|warns|warning|threatened|threatens|threatening)\b", Modality.WARNING),
)

#: How the outlet heard from a source, most specific first.
CHANNELS: tuple[ChannelPhrase, ...] = (
    ChannelPhrase(
        "message",
        r"\b(?:in|by|via|through) (?:a |an )?(?:text |voice |chat |encrypted )?(?:messages?|e-?mail|messaging app"
        r"|messenger|WeChat|text)\b|\bmessage (?:sent|to)\b|\bmessaging app\b",
        Channel.MESSAGE,
    ),
    ChannelPhrase(
        "telephone",
        r"\b(?:tele)?phone (?:conversation|call|interview)\b|\b(?:by|over the|on the) (?:tele)?phone\b"
        r"|\bspeaking on the (?:tele)?phone\b|\bby telephone\b|\bChinese (?:mobile|cell) ?phones?\b",
        Channel.TELEPHONE,
    ),
    ChannelPhrase(
        "in-person",
        r"\b(?:in person|face to face|face-to-face|in a meeting with|met with|meeting with|in an interview in"
        r"|during a (?:recent )?(?:trip|visit) to)\b",
        Channel.IN_PERSON,
    ),
)

#: Phone talk as the object of surveillance, not a channel.
SURVEILLANCE: tuple[str, ...] = (
    r"\b(?:monitor\w*|tap\w*|wiretap\w*|intercept\w*|eavesdrop\w*|listen\w* in on|record\w*|track\w*|detect\w*)"
    r" (?:\w+ ){0,3}(?:tele)?phone",
    r"\b(?:tele)?phone (?:conversations|calls) (?:are|were|being) (?:monitored|tapped|recorded|intercepted)",
)

ANONYMITY: tuple[str, ...] = (
    r"\bon (?:the )?condition of anonymity\b",
    r"\b(?:requested|asked for|declined to be named|asked not to be named|who asked not to be named)\b",
    r"\brequested anonymity\b",
    r"\bfor (?:security|safety) reasons\b",
)

#: Head nouns that name an informant outright.
SOURCE_HEADS: tuple[str, ...] = (
    "sources",
    "source",
    "reporting partners",
    "reporting partner",
    "informants",
    "informant",
    "partner",
)

#: Head nouns that name an informant only when the person speaks to the outlet.
INFORMANT_HEADS: tuple[str, ...] = (
    "residents",
    "resident",
    "traders",
    "trader",
    "merchant",
    "official",
    "worker",
    "teacher",
    "tour operator",
    "operator",
    "shipping agent",
    "agent",
    "defector",
    "smuggler",
    "broker",
    "driver",
    "farmer",
    "fisherman",
    "soldier",
    "officer",
    "student",
    "doctor",
    "businessman",
    "businesswoman",
    "vendor",
    "housewife",
    "woman",
    "man",
)

#: Verbs by which a source speaks or is heard.
SPEECH_VERBS: tuple[str, ...] = (
    "told",
    "tells",
    "tell",
    "said",
    "says",
    "reported",
    "reports",
    "explained",
    "added",
    "noted",
    "confirmed",
    "revealed",
    "spoke",
    "speaking",
    "conveyed",
    "commented",
    "stated",
    "wrote",
    "described",
    "claimed",
    "relayed",
    "informed",
    "went on",
)

#: Names by which outlets refer to themselves (outlet parsers add theirs through ``Context.self_names``).
SELF_NAMES: tuple[str, ...] = (
    "Daily NK",
    "The Daily NK",
    "the Daily NK",
    "RFA",
    "RFA’s Korean Service",
    "RFA's Korean Service",
    "Radio Free Asia",
    "ASIAPRESS",
    "Asia Press",
    "Rimjin-gang",
    "NK News",
    "Yonhap",
    "us",
)

#: Lower-case plural nouns that name who must comply, two-word ones first.
AUDIENCES: tuple[str, ...] = (
    "inminban heads",
    "market managers",
    "farm managers",
    "police officers",
    "security officers",
    "customs officials",
    "party members",
    "union members",
    "red guard members",
    "trading companies",
    "trading company managers",
    "work teams",
    "crew members",
    "grain shops",
    "party organizations",
    "working people",
    "county party committees",
    "people's committees",
    "tourism workers",
    "agricultural scientists",
    "industrial establishments",
    "residents",
    "traders",
    "officials",
    "workers",
    "vendors",
    "households",
    "students",
    "soldiers",
    "commanders",
    "farmers",
    "fishermen",
    "captains",
    "managers",
    "members",
    "drivers",
    "agents",
    "inspectors",
    "miners",
    "families",
    "farms",
    "factories",
    "enterprises",
    "institutions",
    "individuals",
    "ministries",
    "schools",
    "workplaces",
    "merchants",
    "citizens",
    "guards",
    "units",
    "teachers",
    "parents",
    "smugglers",
)

_TABLES = (
    "anonymity",
    "audiences",
    "channels",
    "demand_verbs",
    "directive_nouns",
    "directive_verbs",
    "informant_heads",
    "issuer_references",
    "issuers",
    "modals",
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
