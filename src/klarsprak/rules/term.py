"""A lexicon entry found in the text: what a term finder yields and a :class:`.base.TermRule` reports.

Its own module so that :mod:`.once` (places of one entry) and :mod:`.base` (the rule model) both use it without
importing each other.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..findings import Severity


@dataclass(frozen=True)
class Term:
    """A lexicon entry found in the text, ready to report by the rule named ``rule``."""

    rule: str
    start: int
    end: int
    message: str
    suggestions: tuple[str, ...] = ()
    ground: str | None = None
    severity: Severity | None = None
    source: str | None = None
    occurrences: tuple[tuple[int, int], ...] = ()
    replaces: bool = False
    key: str | None = None
    """The lexicon entry reported: its places in one text are one problem (:mod:`.once`)."""
    explain: bool = False
    """A term the reader must know, to explain where it first stands (:attr:`.findings.Finding.explain`)."""
