"""Built-in issuer tables: authorities' names, back-references, directive verbs and nouns."""

from __future__ import annotations

from nkreports.model import IssuerLevel

from ._entries import APOS as _APOS
from ._entries import TABLE_BODIES, IssuerPattern

__all__ = ["CAMPAIGN_GERUNDS", "DIRECTIVE_NOUNS", "DIRECTIVE_VERBS", "ISSUERS", "ISSUER_REFERENCES"]

_P, _G, _S, _M, _J, _L, _E, _O = TABLE_BODIES
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
    IssuerPattern(
        "party-committee", _THE + rf"(?:{{place}} )?(?:{_LEVEL} |[Ll]ocal )?(?:[Pp]arty|WPK) [Cc]ommittee", _P
    ),
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
        rf"(?:Ministry of Social Security|Ministry of People{_APOS}?s (?:Security|Safety)"
        rf"|People{_APOS}?s Safety (?:Ministry|Agency)"
        r"|Social Security Ministry)(?: office| branch)?",
        _S,
    ),
    IssuerPattern(
        "state-security-lower",
        r"(?:(?:[Pp]rovincial|[Cc]ity|[Cc]ounty) )?(?:[Ss]tate [Ss]ecurity|[Ss]ecurity)"
        r" (?:[Dd]epartment|[Bb]ureau|[Aa]gency)"
        r"(?: \(secret police\))?",
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
    # "The center" and "the central authorities" are the party center; "the central government" is the state.
    IssuerPattern("central-authorities", r"(?:[Tt]he )?(?:[Cc]entral authorities|center)\b", _P, _CENTRAL),
    IssuerPattern("central-government", r"(?:[Tt]he )?[Cc]entral government(?: authorities)?\b", _G, _CENTRAL),
    IssuerPattern("provincial-authorities", r"(?:[Tt]he )?\b[Pp]rovincial (?:authorities|government)", _G, _PROVINCE),
    IssuerPattern("city-authorities", r"(?:[Tt]he )?\b[Cc]ity (?:authorities|government)", _G, _CITY),
    IssuerPattern("county-authorities", r"(?:[Tt]he )?\b[Cc]ounty (?:authorities|government)", _G, _COUNTY),
    IssuerPattern("local-authorities", r"(?:[Tt]he )?\b[Ll]ocal (?:authorities|government)", _G, _LOCAL),
    IssuerPattern("authorities-in", r"[Aa]uthorities in {place}", _G),
    # "authorities from regional commerce management offices": the offices' level is the authorities'.
    IssuerPattern(
        "authorities-from-offices",
        rf"(?:\b(?:[Tt]he(?: North Korean)?|North Korean|North Korea{_APOS}s) )?[Aa]uthorities (?:from|of|at) (?:the )?"
        r"(?:[Pp]rovincial|[Cc]ity|[Cc]ounty) [\w’' -]{0,40}?(?:offices?|committees?|bodies)\b",
        _G,
    ),
    IssuerPattern(
        "authorities-from-local-offices",
        rf"(?:\b(?:[Tt]he(?: North Korean)?|North Korean|North Korea{_APOS}s) )?[Aa]uthorities (?:from|of|at) (?:the )?"
        r"(?:[Rr]egional|[Ll]ocal) [\w’' -]{0,40}?(?:offices|committees|bodies)\b",
        _G,
        _LOCAL,
    ),
    IssuerPattern(
        "authorities",
        rf"(?:\b(?:[Tt]he(?: North Korean)?|North Korean|North Korea{_APOS}s|[Ss]tate) )?"
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
    IssuerPattern(
        "market-management",
        r"(?:[Tt]he |[Ll]ocal )?market (?:managers|management(?: office)?|management committee)\b",
        _G,
        _LOCAL,
        strict=True,
    ),
    IssuerPattern("schools", r"(?:[Tt]he |[Ll]ocal )?(?:schools|school authorities)\b", _O, _LOCAL, strict=True),
    IssuerPattern("principal", r"[Tt]he (?:school(?:{_APOS}s)? )?principal".replace("{_APOS}", _APOS), _O, _LOCAL),
)

#: Words that refer back to the current directive's issuer or document.
ISSUER_REFERENCES: tuple[str, ...] = (
    r"(?:[Tt]he|[Tt]his|[Tt]hat) (?:provincial |city |county |central |new |latest |same )?"
    r"(?:committee|ministry|agency|department|bureau|court|cabinet|management|meeting|plenum"
    r"|order|orders|notice|directive|decree|proclamation|regulations|rules|ban|instructions|instruction"
    r"|decision|resolution|campaign|crackdown|inspection|measures?|lecture|guidelines|judge|prosecutors?)\b",
    r"^(?:It|They)\b",
    r"^(?:[A-Z][a-z]+(?: [a-z]+)?, )(?:it|they)\b(?! (?:is|was|were|are|has been|seems|appears)\b)",
    r"(?<=[,;] )(?:it|they) (?=(?:also |further )?(?:said|warned|warns|ordered|told|called|urged|stated|declared))",
)

#: Gerunds of an enforcement campaign ("has begun inspecting homes", "has been searching trains").
CAMPAIGN_GERUNDS: tuple[str, ...] = (
    "inspecting",
    "searching",
    "checking",
    "raiding",
    "monitoring",
    "patrolling",
    "cracking down on",
    "conducting inspections",
    "conducting searches",
    "carrying out inspections",
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
    "sent out",
    "will punish",
    "would punish",
    "will severely punish",
    "would severely punish",
    "held",
    "been holding",
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
    *(f"{aux} {verb}" for aux in ("began", "begun", "started", "been") for verb in CAMPAIGN_GERUNDS),
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
