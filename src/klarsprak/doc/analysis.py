"""One analysed text: the parsed ``Doc`` and the typed views every rule shares.

Views are built on first use and kept: ``tokens`` (columns of token attributes),
``units`` (THE sentences: sentences, headings, list items — the only notion of a
sentence), ``words`` (the words LIX counts, in text order), ``keys`` (lexical keys per
token), ``quotes`` (quoted spans), ``lines``, and :meth:`Analysis.unit_of`. Anything
else a rule wants to compute once per text is kept by :meth:`Analysis.derived`, keyed by
the function that builds it. The ``Doc`` must not change after the analysis is made.
"""

from __future__ import annotations

import bisect
from functools import cached_property
from collections import Counter
from typing import Any, Callable, Hashable, TypeVar

from spacy.tokens import Doc

from .document import Document
from .lines import Lines
from .quotes import Quotes
from .tokens import TokenTable
from .units import Unit, units
from .words import Word

T = TypeVar("T")


class Analysis:
    """The parsed ``Doc`` of one text, its input :class:`Document`, and lazily built views."""

    def __init__(self, doc: Doc, document: Document | None = None) -> None:
        self.doc = doc
        self.document = document
        self._derived: dict[tuple[Callable[..., Any], tuple[Hashable, ...]], Any] = {}

    @cached_property
    def tokens(self) -> TokenTable:
        return TokenTable(self.doc)

    @cached_property
    def text(self) -> str:
        """The analysed text (``Doc.text`` creates every ``Token`` anew on each access: use this)."""
        return self.tokens.doc_text

    @cached_property
    def units(self) -> list[Unit]:
        """The sentence units, in text order."""
        return units(self.doc, self.tokens)

    @cached_property
    def words(self) -> list[Word]:
        """Every word of every unit, in text order (list markers excluded, as LIX counts)."""
        return [w for u in self.units for w in u.words]

    @property
    def keys(self) -> list[tuple[str, ...]]:
        """The lexical keys of every token (form, lemma, last part of a hyphenated compound)."""
        return self.tokens.keys

    @cached_property
    def quotes(self) -> Quotes:
        return Quotes(self.text)

    @cached_property
    def lines(self) -> Lines:
        return Lines(self.text)

    def contents_entry(self, text: str) -> bool:
        """True if ``text`` (a line or a unit) ends in a letter or digit and the text has it more than once as a
        line, both without surrounding space and Markdown heading marks: an entry of a table of contents, whose
        heading repeats it further on ("En tydligare reglering av VMA-systemet")."""
        line = _bare(text)
        return line[-1:].isalnum() and self.derived(_line_counts)[line] > 1

    @cached_property
    def _unit_token_starts(self) -> list[int]:
        return [u.span.start for u in self.units]

    @cached_property
    def _unit_char_starts(self) -> list[int]:
        return [u.span.start_char for u in self.units]

    def unit_of(self, i: int) -> Unit | None:
        """The unit holding token ``i``, or None (a space between units, a unit without words)."""
        n = bisect.bisect_right(self._unit_token_starts, i) - 1
        if n < 0:
            return None
        unit = self.units[n]
        return unit if i < unit.span.end else None

    def unit_index(self, offset: int) -> int | None:
        """The index of the unit holding character ``offset`` (the first unit before any), or None."""
        n = bisect.bisect_right(self._unit_char_starts, offset) - 1
        return n if n >= 0 else (0 if self.units else None)

    def token_range(self, start: int, end: int) -> range:
        """Indices of the tokens overlapping characters ``start``..``end``."""
        first = max(0, bisect.bisect_right(self.tokens.idx, start) - 1)
        if first < len(self.tokens) and self.tokens.end[first] <= start:
            first += 1
        return range(first, max(first, bisect.bisect_left(self.tokens.idx, end)))

    def derived(self, build: Callable[..., T], *args: Hashable) -> T:
        """``build(self, *args)``, computed once per text and shared by every rule that asks."""
        key = (build, args)
        if key not in self._derived:
            self._derived[key] = build(self, *args)
        return self._derived[key]

    def provide(self, build: Callable[..., T], *args: Hashable, value: T) -> None:
        """Give :meth:`derived` the value of ``build(self, *args)`` from outside: the parts of a long text
        share what is computed once on the whole text (its sender verdict)."""
        self._derived[(build, args)] = value


def _bare(line: str) -> str:
    """A line without surrounding space and Markdown heading marks."""
    return line.strip().lstrip("#").strip()


def _line_counts(analysis: Analysis) -> Counter[str]:
    """How often the text has each line, by :func:`_bare` form (once per text)."""
    return Counter(_bare(line.text) for line in analysis.lines)
