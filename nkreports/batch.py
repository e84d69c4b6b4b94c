"""Batch mode: many documents to JSON Lines (``nkreports parse DIR --output out.jsonl``).

>>> from nkreports.batch import errors_path_for
>>> errors_path_for("out.jsonl").name
'out.errors.jsonl'
"""

from nkreports._batch import DEFAULT_TIMEOUT, BatchSummary, errors_path_for, expand_paths, run

__all__ = ["DEFAULT_TIMEOUT", "BatchSummary", "errors_path_for", "expand_paths", "run"]
