"""Word lists for the pattern rules (``lexicons/inclusive/patterns.yaml``), validated at load time."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from ..findings import GROUNDS
from ..lexicons import Schema, load_entries
from ..resources import lexicon_path

PATTERN_SCHEMA = Schema(
    name="inclusive_patterns",
    required={"id": str, "words": list, "source": str},
    optional={"ground": str, "note": str},
    choices={"ground": frozenset(GROUNDS)},
)


@dataclass(frozen=True)
class WordList:
    """A named list of base forms, with the ground its hits belong to and its source."""

    id: str
    words: frozenset[str]
    source: str
    ground: str | None = None


@lru_cache(maxsize=1)
def word_lists() -> dict[str, WordList]:
    """All pattern word lists by id."""
    entries = load_entries([lexicon_path("inclusive", "patterns.yaml")], PATTERN_SCHEMA)
    return {
        e["id"]: WordList(e["id"], frozenset(str(w).lower() for w in e["words"]), e["source"], e.get("ground"))
        for e in entries
    }


def words(list_id: str) -> frozenset[str]:
    """The words of one list."""
    return word_lists()[list_id].words
