"""Directives, found act first: triggers, their clauses, issuers, demands, then linking.

The steps are one module each: ``_triggers`` (candidate acts), ``_clauses`` (the dependency
parse: who performs the act), ``_issuers`` (open-vocabulary issuers), ``_demands`` (what the
act demands, its modality and audience) and ``_linking`` (one act, one directive: tying
unnamed acts to the issuer the paragraph names, issue dates).
"""

from __future__ import annotations

from ._linking import find_directives

__all__ = ["find_directives"]
