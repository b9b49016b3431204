"""Shared fixtures and the Hypothesis profiles ("ci" by default, "fuzz" for long runs)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings

import quoteattr

settings.register_profile(
    "ci", max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)
settings.register_profile(
    "fuzz", max_examples=5000, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "nauert_russia_sanctions.txt"


@pytest.fixture(scope="session")
def seed_text() -> str:
    return SEED.read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def seed_doc(seed_text: str) -> quoteattr.Document:
    """The seed article's quotations in quotation marks (the tests of quoted speech
    index them); ``seed_full`` also holds its reported speech without marks."""
    return quoteattr.attribute(seed_text, quoteattr.Config(indirect_speech=False))


@pytest.fixture(scope="session")
def seed_full(seed_text: str) -> quoteattr.Document:
    """The seed article with the default settings: quotes and reported speech."""
    return quoteattr.attribute(seed_text)
