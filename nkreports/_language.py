"""Which language a text is written in: by script, and for Latin script by its commonest words.

nkreports reads English only.  The check is deliberately simple, dependency-free
and cheap (regular-expression counts over the first 100,000 characters): the
share of letters in each script decides Korean, Chinese, Japanese, Russian and
the like; among Latin-script texts, the share of words that are the commonest
function words of English and of the other languages news about North Korea is
often written in.  Short texts default to English.
"""

from __future__ import annotations

import re
from collections import Counter

__all__ = ["LANGUAGE_NAMES", "detect_language"]

LANGUAGE_NAMES = {
    "ar": "Arabic",
    "de": "German",
    "en": "English",
    "es": "Spanish",
    "fr": "French",
    "id": "Indonesian",
    "it": "Italian",
    "ja": "Japanese",
    "ko": "Korean",
    "nl": "Dutch",
    "pt": "Portuguese",
    "ru": "Russian",
    "uk": "Ukrainian",
    "vi": "Vietnamese",
    "zh": "Chinese",
}
"""The languages :func:`detect_language` can name, by ISO 639-1 code."""

_SCRIPTS = {
    "hangul": re.compile("[\uac00-\ud7a3\u1100-\u11ff\u3130-\u318f]"),
    "kana": re.compile("[\u3040-\u30ff\u31f0-\u31ff]"),
    "han": re.compile("[\u4e00-\u9fff\u3400-\u4dbf\uf900-\ufaff]"),
    "cyrillic": re.compile("[\u0400-\u04ff]"),
    "arabic": re.compile("[\u0600-\u06ff]"),
}
_LETTER = re.compile(r"[^\W\d_]")
_SAMPLE = 100_000
"""Characters of a text looked at: its language shows long before, and the cost stays bounded."""
_UKRAINIAN = frozenset("іїєґІЇЄҐ")
_VIETNAMESE = re.compile(r"[\u1EA0-\u1EF9ơưđƠƯĐ]")
_WORD = re.compile(r"[^\W\d_]+")
_MIN_WORDS = 20

_FUNCTION_WORDS = {
    "en": "the of and to in is that for it with was on as by from at said are this were have has not be they which",
    "fr": "le la les des et est une du dans que qui pour pas sur au avec sont ce il elle aux nous été ont",
    "de": "der die und das den ist nicht mit von sich des auf dem ein eine zu im für wurde sind auch",
    "es": "el los las del que y en por con una para es se su al como más pero fue",
    "pt": "o os da do das dos que e em não uma com para por é um foi mais ao",
    "it": "il la di che e è per del della un una non con sono gli nel anche",
    "nl": "de het een van en is dat niet op voor met zijn ook werd aan bij",
    "id": "yang dan di ini itu dengan untuk tidak dari dalam akan pada juga ke adalah",
}
_WORD_SETS = {lang: frozenset(words.split()) for lang, words in _FUNCTION_WORDS.items()}


def _non_latin(counts: Counter[str], text: str) -> str | None:
    """The language of a text mostly in one non-Latin script, if it is one."""
    letters = sum(counts.values())
    cjk = counts["han"] + counts["kana"]
    if counts["hangul"] * 2 >= letters:
        return "ko"
    if cjk * 2 >= letters:
        return "ja" if counts["kana"] * 10 >= cjk else "zh"
    if counts["cyrillic"] * 2 >= letters:
        return "uk" if sum(c in _UKRAINIAN for c in text) * 100 >= counts["cyrillic"] else "ru"
    if counts["arabic"] * 2 >= letters:
        return "ar"
    return None


def _latin(text: str) -> str:
    words = [w.casefold() for w in _WORD.findall(text)]
    if len(words) < _MIN_WORDS:
        return "en"
    if len(_VIETNAMESE.findall(text)) * 10 >= len(words):
        return "vi"
    shares = {lang: sum(w in found for w in words) / len(words) for lang, found in _WORD_SETS.items()}
    best = max(shares, key=lambda lang: shares[lang])
    # English unless another language's words are clearly commoner (quotes and names stay English).
    return best if best != "en" and shares[best] >= 0.1 and shares["en"] * 2 < shares[best] else "en"


def detect_language(text: str) -> str:
    """The ISO 639-1 code of *text*'s language, ``"en"`` when it cannot tell.

    >>> detect_language("A source in Ryanggang Province said the market was closed.")
    'en'
    >>> detect_language("양강도 소식통은 시장이 폐쇄됐다고 전했다.")
    'ko'
    """
    sample = text[:_SAMPLE]
    counts = Counter({name: len(chars.findall(sample)) for name, chars in _SCRIPTS.items()})
    counts["latin"] = len(_LETTER.findall(sample)) - sum(counts.values())
    found = _non_latin(counts, sample) if sum(counts.values()) else None
    return found or _latin(sample)
