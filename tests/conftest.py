"""Shared fixtures and Hypothesis profiles.

Set ``HYPOTHESIS_PROFILE=thorough`` for more examples; CI uses the default.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings

settings.register_profile("default", max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
settings.register_profile("thorough", max_examples=1000, deadline=None, suppress_health_check=[HealthCheck.too_slow])
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "default"))

SHARED = Path(__file__).resolve().parent.parent.parent / "shared"


@pytest.fixture(name="shared")
def _shared() -> Path:
    """The project's shared folder (corpus, spec, data); tests needing it skip when it is absent."""
    if not SHARED.is_dir():
        pytest.skip(f"../shared is not present at {SHARED}; corpus tests need it")
    return SHARED
