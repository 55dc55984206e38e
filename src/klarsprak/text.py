"""What counts as a word, a long word and a sentence (the counting rules in docs/counting.md).

- A word is a token with at least one letter or digit. Tokens joined by a hyphen
  with no space between them ("EU-bidrag", "e-post") form one word, as do an
  e-mail address, a URL and an abbreviation ("t.ex.", "fr.o.m.").
- A long word has more than six letters (digits and punctuation do not count).
- A sentence is a unit of the ``Doc`` (a sentence, a heading or a list item) that
  contains at least one word.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Iterator

from spacy.tokens import Doc, Span

from .structure import Layout, follows_terminal
from .tokens import TokenTable

LONG_WORD_LETTERS = 6
_SURROGATE = re.compile("[\ud800-\udfff]")


def sanitize(text: str) -> str:
    """Replace lone surrogates (not encodable as UTF-8) with U+FFFD, one for one, so offsets hold."""
    return _SURROGATE.sub("\ufffd", text)

JOINERS = frozenset("-‑‐")


_WORD_CHAR = re.compile(r"[^\W_]")  # a letter or a digit: str.isalnum


def has_word_char(s: str) -> bool:
    """True if ``s`` has a letter or a digit."""
    return _WORD_CHAR.search(s) is not None


def letter_count(s: str) -> int:
    """The number of letters in ``s`` (digits, hyphens and dots excluded)."""
    return sum(map(str.isalpha, s))


def is_long(word: str) -> bool:
    """A long word has more than six letters (Björnsson)."""
    return len(word) > LONG_WORD_LETTERS and letter_count(word) > LONG_WORD_LETTERS


@dataclass(frozen=True)
class Word:
    """A word as LIX counts it: its text and its character span."""

    start: int
    end: int
    text: str

    @property
    def is_long(self) -> bool:
        return is_long(self.text)


def iter_words(tokens: TokenTable, start: int = 0, end: int | None = None) -> Iterator[Word]:
    """The words among tokens ``start``..``end``: hyphen-joined tokens with no space become one word."""
    word_char = _word_chars(tokens)
    for group in _word_groups(tokens, word_char, start, len(tokens) if end is None else end):
        word = _word(tokens, word_char, group)
        if word is not None:
            yield word


def _word_groups(tokens: TokenTable, word_char: list[bool], start: int, end: int) -> list[list[int]]:
    """Runs of adjacent tokens with letters, digits or hyphens, split at spaces and other tokens.

    ``word_char`` tells for every token whether it has a letter or a digit.
    """
    text, is_space, space_after = tokens.text, tokens.is_space, tokens.whitespace
    groups: list[list[int]] = [[]]
    prev = -1
    for j in range(start, end):
        if is_space[j]:
            if groups[-1]:
                groups.append([])
            prev = -1
            continue
        tok = text[j]
        joined = prev >= 0 and not space_after[prev] and (tok in JOINERS or text[prev] in JOINERS)
        if groups[-1] and not joined:
            groups.append([])
        if word_char[j] or tok in JOINERS:
            groups[-1].append(j)
        elif groups[-1]:
            groups.append([])
        prev = j
    return [group for group in groups if group]


def _word_chars(tokens: TokenTable) -> list[bool]:
    """For every token: does it have a letter or a digit?"""
    return tokens.derived("has_word_char", lambda t: [has_word_char(s) for s in t.text])


def _word(tokens: TokenTable, word_char: list[bool], group: list[int]) -> Word | None:
    """The word a group of adjacent tokens forms, without leading and trailing hyphens, if it has one."""
    text, idx = tokens.text, tokens.idx
    if len(group) == 1:
        j = group[0]
        return Word(idx[j], idx[j] + len(text[j]), text[j]) if word_char[j] else None
    if not any(word_char[j] for j in group):
        return None
    # trim leading/trailing hyphens, so "–" dashes stay outside the word
    first, last = 0, len(group) - 1
    while text[group[last]] in JOINERS:
        last -= 1
    while text[group[first]] in JOINERS:
        first += 1
    begin, stop = idx[group[first]], idx[group[last]] + len(text[group[last]])
    return Word(begin, stop, tokens.doc_text[begin:stop])  # the group's tokens are contiguous


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
    for begin, stop in zip(bounds, bounds[1:]):
        first = next((j for j in range(begin, stop) if not is_space[j]), begin)
        marker_end = markers.get(idx[first], -1)
        words = tuple(w for w in iter_words(tokens, begin, stop) if w.start >= marker_end)
        if words:
            result.append(Unit(len(result), doc[begin:stop], starts.get(idx[first], "sentence"), words))
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
