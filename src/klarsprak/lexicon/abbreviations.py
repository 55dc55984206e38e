"""The abbreviation lexicon (``lexicons/abbreviations.yaml``): written forms, expansions, how well known."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache, cached_property
from typing import Any

from .inflection import cased
from .loader import lexicon_file


@dataclass(frozen=True)
class Abbreviations:
    """Swedish abbreviations: written forms, expansions and how well readers know them."""

    entries: tuple[dict[str, Any], ...]

    @cached_property
    def by_form(self) -> dict[str, dict[str, Any]]:
        """Every written form (lower case), including variants, with its entry."""
        table: dict[str, dict[str, Any]] = {}
        for entry in self.entries:
            for form in [entry["id"], *entry.get("variants", [])]:
                table.setdefault(form.lower(), entry)
        return table

    @property
    def forms(self) -> frozenset[str]:
        """Every written form (lower case), including variants."""
        return frozenset(self.by_form)

    def lookup(self, form: str) -> dict[str, Any] | None:
        """The entry for a written form, whatever its case."""
        return self.by_form.get(form.lower())


def expansions(entry: dict[str, Any]) -> tuple[str, ...]:
    """Every reading of an abbreviation, the usual one (``expansion``) first (t.v.: tills vidare, till vänster)."""
    return (entry["expansion"], *entry.get("other_expansions", ()))


def ambiguous(entry: dict[str, Any]) -> bool:
    """Whether the abbreviation has more than one reading (``other_expansions``, or ``ambiguous: true`` when
    the others are not listed): then no expansion may replace it unread, only the writer knows which is meant."""
    return bool(entry.get("ambiguous")) or len(expansions(entry)) > 1


def readings(listed: tuple[str, ...]) -> str:
    """Several readings or forms as a phrase (”tills vidare” eller ”till vänster”), or "" when only one is listed."""
    quoted = [f"”{e}”" for e in listed]
    return ", ".join(quoted[:-1]) + f" eller {quoted[-1]}" if len(quoted) > 1 else ""


def replacement(entry: dict[str, Any], text: str, start: int, end: int) -> str:
    """The expansion that replaces the abbreviation at ``start``..``end`` of ``text``: capitalised as written
    (T.ex. → Till exempel), with the full stop it shares with the sentence it ends ("… läkarvård osv.
    Eftersom" → "och så vidare.")."""
    expansion, written = cased(entry["expansion"], text[start:end]), text[start:end]
    after = text[end:end + 3].lstrip(" \u00a0”\"'")
    ends = written.endswith(".") and (not after or after[:1] == "\n" or after[:1].isupper())
    return expansion + "." if ends else expansion


@cache
def abbreviations() -> Abbreviations:
    """The shipped abbreviation lexicon."""
    return Abbreviations(lexicon_file("abbreviations.yaml").entries)
