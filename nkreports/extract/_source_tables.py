"""Built-in word tables for sources: channels, anonymity phrases, source heads, speech verbs, outlet names."""

from __future__ import annotations

from nkreports.model import Channel

from ._entries import ChannelPhrase

__all__ = [
    "ANONYMITY",
    "CHANNELS",
    "INFORMANT_HEADS",
    "SELF_NAMES",
    "SOURCE_HEADS",
    "SPEECH_VERBS",
    "SURVEILLANCE",
]

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
    "diplomat",
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
