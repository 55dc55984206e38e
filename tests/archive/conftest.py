"""Fixtures for the archive tests; the files they read are built by :mod:`.files`."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
MODEL = REPO / "models" / "sv_klarsprak" / "meta.json"


@pytest.fixture(scope="session")
def model() -> str | None:
    """The model to score with: the shipped one (None), or ``$KLARSPRAK_TEST_MODEL``; skip if neither."""
    if MODEL.is_file():
        return None
    if os.environ.get("KLARSPRAK_TEST_MODEL"):
        return os.environ["KLARSPRAK_TEST_MODEL"]
    pytest.skip("the shipped model models/sv_klarsprak is not in this checkout yet")
