"""Shared fixtures: one analyzer per test session, and the ../shared data folder."""

from __future__ import annotations

from pathlib import Path

import pytest

import klarsprak

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"


@pytest.fixture(scope="session")
def analyzer() -> klarsprak.Analyzer:
    """The default analyzer with the shipped model (loaded once)."""
    return klarsprak.analyzer.default_analyzer()


@pytest.fixture(scope="session")
def shared() -> Path:
    """``../shared`` beside the checkout; tests that need it skip when it is absent."""
    if not SHARED.is_dir():
        pytest.skip("../shared is absent (fresh clone without the data folder)")
    return SHARED
