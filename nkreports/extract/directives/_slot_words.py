"""Word sets that read the issuer slot from the parse: dependency labels, issuing and act verbs, organ words."""

from __future__ import annotations

import re

from .._act_tables import INTENSIFYING

__all__ = [
    "ACT_OBJECTS",
    "ACT_OBJECT_VERBS",
    "CAME",
    "COLLECTIVE",
    "COMPLYING",
    "DECIDING",
    "EFFORTS",
    "FORMING",
    "INTENSIFYING_VERBS",
    "ISSUING",
    "MEETINGS",
    "MEETING_ORGANS",
    "NP_PREPOSITIONS",
    "NP_RIGHT",
    "ORGAN_MODIFIERS",
    "ORGAN_NOUNS",
    "ORGAN_WORDS",
    "PASSIVE_SUBJECTS",
    "PERSONAL",
    "PLACING",
    "POSSESSIVE_PRONOUNS",
    "RECEIVING",
    "SIGNED",
    "STATING",
    "SUBJECTS",
    "TRANSITIVE",
    "TREND",
]

SUBJECTS = frozenset({"nsubj", "csubj"})
PASSIVE_SUBJECTS = frozenset({"nsubjpass", "csubjpass"})
# Dependents that keep a noun phrase going to the right ("Police in North Korea", "the MSS's order").
NP_RIGHT = frozenset({"prep", "pobj", "compound", "amod", "nmod", "appos", "cc", "conj", "nummod", "punct"})
NP_PREPOSITIONS = frozenset({"of", "in", "from", "for", "at"})
# Verbs whose subject issues the nominal trigger they take ("issued an order", "gave a lecture").
ISSUING = frozenset(
    {
        "issue",
        "issued",
        "issues",
        "hand",
        "handed",
        "send",
        "sent",
        "adopt",
        "adopted",
        "give",
        "gave",
        "given",
        "pass",
        "passed",
        "announce",
        "announced",
        "release",
        "released",
        "launch",
        "launched",
        "hold",
        "held",
        "conduct",
        "conducted",
        "deliver",
        "delivered",
        "impose",
        "imposed",
        "enact",
        "enacted",
        "post",
        "posted",
        "carry",
        "carried",
        "declare",
        "declared",
        "organize",
        "organized",
        "convene",
        "convened",
        "lead",
        "led",
        "chair",
        "chaired",
        "put",
        "promulgate",
        "promulgated",
        # present and progressive forms ("as it conducts inspections", "is holding lectures")
        "conducts",
        "conducting",
        "holds",
        "holding",
        "hands",
        "handing",
        "sends",
        "sending",
        "adopts",
        "adopting",
        "gives",
        "giving",
        "passes",
        "announces",
        "launches",
        "launching",
        "imposes",
        "imposing",
        "issuing",
        "enacts",
        "declares",
        "organizes",
        "organizing",
        "convenes",
        "leads",
        "chairs",
        "carries",
        "carrying",
        "puts",
        "putting",
        "passing",
        "relayed",
        "introduce",
        "introduced",
        "introduces",
        "introducing",
        # "have started a crackdown on ...": only with an act noun as the object (``ACT_OBJECT_VERBS``)
        "started",
        "starts",
        "starting",
        "began",
        "begun",
        "initiated",
        "initiating",
    }
)
# Verbs that state an act only with an act noun as their object ("conducted inspections", not "conducted smuggling").
INTENSIFYING_VERBS = frozenset(verb.split()[0] for verb in INTENSIFYING)
ACT_OBJECT_VERBS = (
    frozenset({"conducted", "conducting", "conducts", "conduct", "launched", "launching", "launches", "launch"})
    | {"carried", "introduced", "started", "starts", "starting", "began", "begun", "initiated", "initiating"}
    | INTENSIFYING_VERBS  # "stepped up its surveillance", not "stepped up production"
)
# A campaign made stronger over the years is a trend, not an act ("has stepped up its campaign in recent years").
TREND = re.compile(r"\b(?:in recent years|over the (?:past |last )?(?:\w+ )?(?:years|decades)|for (?:years|decades))\b")
ACT_OBJECTS = frozenset(
    {
        "inspection",
        "inspections",
        "crackdown",
        "crackdowns",
        "search",
        "searches",
        "campaign",
        "campaigns",
        "investigation",
        "investigations",
        "lecture",
        "lectures",
        "meeting",
        "meetings",
        "session",
        "sessions",
        "drill",
        "drills",
        "raid",
        "raids",
        "patrol",
        "patrols",
        "check",
        "checks",
        "operation",
        "operations",
        "mobilization",
        "purge",
        "review",
        "probe",
        "census",
        "survey",
        "struggle",
        "battle",
        "rally",
        "rallies",
        "exercise",
        "exercises",
        "training",
        "program",
        "programme",
        "education",
        "screening",
        "surveillance",
        "monitoring",
        "control",
        "controls",
        "efforts",
        "effort",
        "restrictions",
        "measures",
        "punishments",
        "punishment",
        "policy",
        "rule",
        "rules",
        "system",
        "law",
        "laws",
        "regulations",
        "ban",
        "curfew",
        "order",
        "measure",
    }
)
# Verbs by which the performer of an act in a meeting or lecture states its content ("At the lecture, X stressed").
STATING = frozenset(
    {
        "stressed",
        "emphasized",
        "urged",
        "warned",
        "told",
        "instructed",
        "ordered",
        "called",
        "demanded",
        "declared",
        "underlined",
        "criticized",
        "threatened",
        "said",
        "says",
        "stated",
    }
)
# Lowercase modifiers that name an organ before a nominal act ("a police crackdown", "party instructions");
# other common nouns there name the act's topic ("border security measures").
ORGAN_MODIFIERS = frozenset(
    {"police", "party", "cabinet", "government", "court", "military", "army", "prosecutors", "prosecution", "state"}
)
RECEIVING = frozenset({"receive", "received", "receives", "receiving", "got", "get", "gets", "getting"})
# Verbs of a formal decision, the act of the meeting that takes it, not of who convened it.
DECIDING = frozenset({"adopted", "decided", "passed", "resolved"})
# Participles that make a patrol or group the instrument of whoever formed it.
FORMING = frozenset({"organized", "formed", "set", "established", "dispatched", "sent", "led"})
# Participles whose agent issued the act they modify ("a decree signed by the premier").
SIGNED = frozenset({"signed", "approved", "ratified", "endorsed"})
# Nouns whose infinitive is the act of whoever makes them ("efforts to crack down", "a drive to root out").
EFFORTS = frozenset({"efforts", "effort", "attempt", "attempts", "bid", "drive", "push", "moves", "move", "plans"})
# Verbs that put someone under an act ("put people on notice", "placing the city under lockdown").
PLACING = frozenset({"put", "puts", "putting", "placed", "place", "places", "placing", "kept", "keeping", "keep"})
# Words of complying with an act already in force ("compliance with Kim's instructions", "in line with the order").
COMPLYING = frozenset({"compliance", "comply", "complied", "complying", "line", "accordance", "keeping", "conformity"})
# Organ words that name a meeting ("a politburo meeting", "the plenary session").
MEETING_ORGANS = frozenset({"politburo", "plenary", "presidium", "enlarged", "secretariat", "commission"})
PERSONAL = frozenset({"he", "she", "it", "they"})
# Words that make a proper name an organ, not a person ("the Security Department").
ORGAN_WORDS = re.compile(
    r"\b(?:Department|Ministry|Committee|Bureau|Party|Agency|Security|Cabinet|Assembly|Court|Office|Union|League"
    r"|Army|Forces?|Unit|Commission|Presidium|Council|Politburo|Government|Korea|Pyongyang|News|Daily|RFA"
    r"|North|South|East|West|Province|City|County|River|China|Service)\b"
)
# Nouns that name an authority as a pronoun's antecedent ("the authorities ..., they ordered").
ORGAN_NOUNS = frozenset({"authorities", "regime", "government", "police", "state", "party", "committee", "ministry"})
COLLECTIVE = frozenset({"regime", "government", "police", "state", "party", "committee", "ministry"})
POSSESSIVE_PRONOUNS = frozenset({"its", "their"})
CAME = frozenset({"come", "came", "comes", "coming"})
MEETINGS = frozenset({"meeting", "session", "plenum", "conference", "meetings"})
# Verbs that state an act only with an object ("passed a law", not "had passed away").
TRANSITIVE = frozenset(
    {"passed", "issued", "adopted", "held", "launched", "conducted", "imposed", "sent", "suspended", "suspending"}
    | {"summoned", "designated"}
)
