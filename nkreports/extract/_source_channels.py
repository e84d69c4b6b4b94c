"""How an informant was reached (phone, in person, ...), from the sentence that introduces them.

Split from :mod:`._sources`: the channel phrases of the vocabulary, the
surveillance phrases that block them, and an outlet's note on how it reaches
its partners.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from nkreports._memo import by_identity
from nkreports._starts import guarded
from nkreports.model import Channel

from ._sentences import Sentence
from ._source_drafts import Draft
from ._vocabulary import ChannelPhrase, Vocabulary

__all__ = ["channel", "mask_quotes", "outlet_channel_note"]

_QUOTE = re.compile(r"“[^”]{0,2000}”|\"[^\"]{0,2000}\"")


# Both are remembered by the identity of the vocabulary's table: hashing a whole Vocabulary, or even the table of
# ChannelPhrase entries, per sentence costs more than the search.  Every pattern is guarded (nkreports._starts):
# the same matches, found faster.
def _compile_channels(channels: tuple[ChannelPhrase, ...]) -> tuple[tuple[re.Pattern[str], Channel], ...]:
    return tuple((guarded(re.compile(c.pattern)), c.channel) for c in channels)


def _compile_surveillance(patterns: tuple[str, ...]) -> re.Pattern[str]:
    return guarded(re.compile("|".join(f"(?:{p})" for p in patterns)))


def _compile_any_channel(channels: tuple[ChannelPhrase, ...]) -> re.Pattern[str] | None:
    """One pattern matching where any channel phrase matches (``None`` when they cannot be joined)."""
    if not channels or any(_NUMBERED.search(c.pattern) for c in channels):
        return None  # group numbers would change
    try:
        return guarded(re.compile("|".join(f"(?:{c.pattern})" for c in channels)))
    except re.error:
        return None  # repeated group names, global flags inside a pattern


_NUMBERED = re.compile(r"\\[1-9]|\(\?P=|\(\?\(")  # back-references and conditionals name groups by number
_channel_regexes = by_identity(_compile_channels)
_any_channel = by_identity(_compile_any_channel)
_surveillance = by_identity(_compile_surveillance)
_SPEECH = guarded(re.compile(r"\b(?:told|spoke|speaking|said)\b"))


def mask_quotes(text: str) -> str:
    """*text* with every quotation blanked out (same length, so offsets still hold)."""
    if "“" not in text and '"' not in text:
        return text  # no quotation can open: most sentences
    return _QUOTE.sub(lambda m: " " * len(m.group()), text)


def channel(text: str, sentence: Sentence, vocab: Vocabulary, names: re.Pattern[str]) -> Channel:
    del text
    masked = mask_quotes(sentence.text)
    if not names.search(masked) and not _SPEECH.search(masked):
        return Channel.UNSPECIFIED
    anyone = _any_channel(vocab.channels)
    if anyone is not None and not anyone.search(masked):
        return Channel.UNSPECIFIED  # no channel phrase at all: most sentences
    blocked = [m.span() for m in _surveillance(vocab.surveillance).finditer(masked)]
    for regex, channel in _channel_regexes(vocab.channels):
        if not blocked:
            if regex.search(masked):  # nothing blocked: the first match counts
                return channel
            continue
        for m in regex.finditer(masked):
            if not any(s <= m.start() < e for s, e in blocked):
                return channel
    return Channel.UNSPECIFIED


def outlet_channel_note(text: str, sentences: Sequence[Sentence], drafts: list[Draft], vocab: Vocabulary) -> None:
    """An outlet's note on how it reaches its partners ("contacts its partners using Chinese phones")."""
    del text
    for sentence in sentences:
        if re.search(r"\b(?:contacts?|communicates?|reached|reaches|speaks? with)\b", sentence.text) and re.search(
            r"\bpartners?\b|\bsources?\b", sentence.text
        ):
            for regex, channel in _channel_regexes(vocab.channels):
                if regex.search(sentence.text):
                    for d in drafts:
                        if d.channel is Channel.UNSPECIFIED and re.search(r"partner|source", d.head):
                            d.channel = channel
                    return
