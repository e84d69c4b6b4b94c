"""Date expressions: finding them and resolving them against the publication date.

See :doc:`dates` for the rules.  :func:`find_dates` is what the pipeline calls;
:func:`tense_at` and :func:`is_future_context` let other extractors ask about
the tense of a position, and :func:`distinct_dates` lists each (text, value)
pair once, as the answer keys do.
"""

from __future__ import annotations

from ._context import Tense, is_future_context, tense_at
from ._find import distinct_dates, find_dates
from ._vocab import DateVocabulary, NewsParserInfo, default_vocabulary

__all__ = [
    "DateVocabulary",
    "NewsParserInfo",
    "Tense",
    "default_vocabulary",
    "distinct_dates",
    "find_dates",
    "is_future_context",
    "tense_at",
]
