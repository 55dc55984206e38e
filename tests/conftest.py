"""Shared fixtures: one analyzer per test session, the ../shared data folder, and the Hypothesis profiles.

Profiles (``HYPOTHESIS_PROFILE``): ``dev``, the default, sized so that the
default run stays within a few minutes on two cores; ``full``, the complete
example budget, which ``.ci/run`` runs once with the slow tests.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Callable

import pytest
from hypothesis import HealthCheck, settings

import klarsprak
from klarsprak import Finding

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"

_PROPERTY = {"deadline": None, "suppress_health_check": [HealthCheck.too_slow], "derandomize": True}
settings.register_profile("dev", max_examples=150, **_PROPERTY)
settings.register_profile("full", max_examples=1500, **_PROPERTY)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "dev"))


@pytest.fixture(scope="session")
def analyzer() -> klarsprak.Analyzer:
    """The default analyzer with the shipped model (loaded once)."""
    return klarsprak.analyzer.default_analyzer()


@pytest.fixture(scope="session")
def strict_analyzer() -> klarsprak.Analyzer:
    """An analyzer that flags every ``complex_word`` entry in any text (``complex_word.strict``), for tests of
    how a word is matched and replaced rather than of the genres where a mild word counts."""
    model = klarsprak.analyzer.default_analyzer().nlp
    return klarsprak.Analyzer(klarsprak.Config(rules={"complex_word": {"strict": True}}), model=model)


@pytest.fixture(scope="session")
def findings_of(analyzer: klarsprak.Analyzer) -> Callable[..., list[Finding]]:
    """``findings_of(text, rule)``: the findings of one rule on ``text`` (``using=``: another analyzer)."""
    def of(text: str, rule: str, using: klarsprak.Analyzer | None = None) -> list[Finding]:
        return [f for f in (using or analyzer).analyze(text).findings if f.rule == rule]

    return of


@pytest.fixture(scope="session")
def shared() -> Path:
    """``../shared`` beside the checkout; tests that need it skip when it is absent."""
    if not SHARED.is_dir():
        pytest.skip("../shared is absent (fresh clone without the data folder)")
    return SHARED
