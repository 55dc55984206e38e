"""The abbreviation lexicon (``lexicons/abbreviations.yaml``): written forms, expansions, how well known."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache, cached_property
from typing import Any

from ..doc import TokenTable
from .inflection import cased
from .loader import lexicon_file

#: Quotation marks that may stand between an abbreviation and the next sentence ("… osv.” Sedan …").
QUOTES = frozenset({"”", '"', "'"})


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


def replacement(entry: dict[str, Any], tokens: TokenTable, i: int, j: int) -> str:
    """The expansion that replaces the abbreviation in tokens ``i``..``j - 1``: capitalised as written
    (T.ex. → Till exempel), with the full stop it shares with the sentence it ends: only an abbreviation that
    may end a sentence (``may_end_sentence``: osv., not bl.a. before a name) where the text or the line ends
    after it or the next word (past quotes) starts with a capital ("… läkarvård osv. Eftersom" → "och så vidare.")."""
    text, last = tokens.doc_text, j - 1
    written = text[tokens.idx[i]:tokens.end[last]]
    after = tokens.next_word(last)
    while after < len(tokens.text) and tokens.text[after] in QUOTES:
        after = tokens.next_word(after)
    ends = bool(entry.get("may_end_sentence")) and written.endswith(".") and (
        after >= len(tokens.text) or tokens.text[after][:1].isupper() or "\n" in text[tokens.end[last]:tokens.idx[after]])
    return cased(entry["expansion"], written) + ("." if ends else "")


@cache
def abbreviations() -> Abbreviations:
    """The shipped abbreviation lexicon."""
    return Abbreviations(lexicon_file("abbreviations.yaml").entries)
