"""Sentence units: THE sentences of a text, which LIX and every sentence rule count.

A unit is a sentence, a heading or a list item of the ``Doc`` that contains at
least one word (see docs/counting.md).
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc, Span

from .layout import Layout, follows_terminal
from .lines import BREAK
from .tokens import TokenTable
from .words import Word, iter_words


@dataclass(frozen=True)
class Unit:
    """A sentence-like unit: a sentence, a heading or a list item."""

    index: int
    span: Span
    kind: str
    words: tuple[Word, ...]

    @property
    def start(self) -> int:
        return self.words[0].start if self.words else self.span.start_char

    @property
    def end(self) -> int:
        return self.words[-1].end if self.words else self.span.end_char


def units(doc: Doc, tokens: TokenTable | None = None) -> list[Unit]:
    """The document's sentences, headings and list items that contain words.

    Boundaries are the parser's (or sentencizer's) sentence starts, the
    layout's unit starts and tokens after sentence-final punctuation, minus the
    offsets where the layout forbids a start (hard wraps, list markers,
    abbreviations, lower-case words): the layout always wins. ``tokens`` is the
    Doc's :class:`TokenTable`, if the caller has one.
    """
    tokens = tokens if tokens is not None else TokenTable(doc)
    found = doc._.layout if Doc.has_extension("layout") else None
    starts = found.starts if found else {}
    markers = found.markers if found else {}
    bounds = _unit_bounds(tokens, found)
    is_space, idx = tokens.is_space, tokens.idx
    result: list[Unit] = []
    heading_end = -1  # where the line of the last heading start ends: a unit the parser cut in it is heading too
    for begin, stop in zip(bounds, bounds[1:]):
        first = next((j for j in range(begin, stop) if not is_space[j]), begin)
        kind = starts.get(idx[first])
        if kind == "heading":  # "# Ansökan om LSS": the parser cuts after the "#", the words follow on its line
            found_break = BREAK.search(tokens.doc_text, idx[first])
            heading_end = found_break.start() if found_break else len(tokens.doc_text)
        elif kind is None:
            kind = "heading" if idx[first] < heading_end else "sentence"
        marker_end = markers.get(idx[first], -1)
        words = tuple(w for w in iter_words(tokens, begin, stop) if w.start >= marker_end)
        if words:
            result.append(Unit(len(result), doc[begin:stop], kind, words))
    return result


def _unit_bounds(tokens: TokenTable, found: Layout | None) -> list[int]:
    """Token indices where units start, followed by the number of tokens."""
    n = len(tokens)
    if not n:
        return [0]
    starts = found.starts if found else {}
    is_space, idx, sent_start = tokens.is_space, tokens.idx, tokens.sent_start
    bounds = [0]
    for i in range(1, n):
        if (not is_space[i]
                and (idx[i] in starts or sent_start[i] or follows_terminal(tokens, i))
                and (found is None or found.allows_start(tokens, i))):
            bounds.append(i)
    bounds.append(n)
    return bounds
