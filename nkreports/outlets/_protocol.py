"""The contract every outlet parser meets."""

from __future__ import annotations

from typing import Protocol, runtime_checkable

from nkreports.extract import Vocabulary
from nkreports.io import Document
from nkreports.model import Article

__all__ = ["Outlet", "TunesVocabulary"]


@runtime_checkable
class Outlet(Protocol):
    """A publisher-specific parser: it recognises its documents and turns them into articles.

    Register an outlet through the ``nkreports.outlets`` entry-point group (or
    :meth:`OutletRegistry.register <nkreports.outlets.OutletRegistry.register>`).
    An optional ``hosts`` attribute (a tuple of host names) is shown by
    ``nkreports outlets``.  :class:`~nkreports.outlets.BaseOutlet` implements
    the protocol from data; ``docs/outlets.md`` walks through writing one.
    """

    @property
    def key(self) -> str:
        """Short lowercase key, such as ``dailynk``; it is the article's ``outlet``."""
        ...

    @property
    def name(self) -> str:
        """Human-readable name, such as ``Daily NK``."""
        ...

    @property
    def self_names(self) -> tuple[str, ...]:
        """How the outlet names itself in its prose ("Daily NK", "RFA’s Korean Service")."""
        ...

    def detect(self, document: Document) -> float:
        """How sure this outlet is that it published *document*, from 0.0 to 1.0."""
        ...

    def article(self, document: Document) -> Article:
        """Build the article: metadata, boilerplate removed, blocks classified."""
        ...


@runtime_checkable
class TunesVocabulary(Protocol):
    """An outlet that adjusts the extraction vocabulary to its phrasing (optional).

    The pipeline hands :meth:`tune_vocabulary` the built-in
    :class:`~nkreports.extract.Vocabulary`; the outlet returns it with tables
    extended or overridden by name (``vocab.extend("issuers", [...])``).
    """

    def tune_vocabulary(self, vocabulary: Vocabulary) -> Vocabulary:
        """Return *vocabulary* adjusted for this outlet."""
        ...
