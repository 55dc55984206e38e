"""Named word lists (schema ``word_lists``) that pattern rules use, e.g. ``lexicons/inclusive/patterns.yaml``."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from ..errors import LexiconError
from .loader import lexicon_file

#: The files that hold named word lists; a list id is unique across them.
FILES = (("inclusive", "patterns.yaml"), ("inclusive", "group_images.yaml"), ("plain", "word_lists.yaml"))


@dataclass(frozen=True)
class WordList:
    """A named list of base forms, with the ground its hits belong to and its source."""

    id: str
    words: frozenset[str]
    source: str
    ground: str | None = None
    file: str = ""
    """The file below ``lexicons/`` that defines the list."""


@cache
def word_lists() -> dict[str, WordList]:
    """All word lists by id."""
    lists: dict[str, WordList] = {}
    for parts in FILES:
        loaded = lexicon_file(*parts)
        for e in loaded.entries:
            if e["id"] in lists:
                raise LexiconError(f"{loaded.path}: word list {e['id']!r} is defined twice")
            lists[e["id"]] = WordList(e["id"], frozenset(str(w).lower() for w in e["words"]),
                                      loaded.source_text(e), e.get("ground"), "/".join(parts))
    return lists


def words(list_id: str) -> frozenset[str]:
    """The words of one list."""
    return word_lists()[list_id].words
