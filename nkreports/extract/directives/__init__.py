"""Directives, found act first: triggers, their clauses, issuers, demands, then linking.

The steps are one module each: ``_triggers`` (candidate acts), ``_clauses`` (the dependency
parse: who performs the act), ``_issuers`` (open-vocabulary issuers), ``_demands`` (what the
act demands, its modality and audience; ``_stated``: an act stated as a plain verb phrase),
then linking: ``_actors`` (who performs each
sentence's act), ``_drafts`` (one issuer's act and what continues it), ``_restated`` (a lead
restated by the body is one act), ``_linking`` (one act, one directive: tying unnamed acts to
the issuer the paragraph names) and ``_building`` (drafts to directives, issue dates).
"""

from __future__ import annotations

from ._linking import find_directives

__all__ = ["find_directives"]
