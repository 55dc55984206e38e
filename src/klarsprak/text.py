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
from typing import Iterable, Iterator

from spacy.tokens import Doc, Span, Token

from .structure import follows_terminal

LONG_WORD_LETTERS = 6
_SURROGATE = re.compile("[\ud800-\udfff]")


def sanitize(text: str) -> str:
    """Replace lone surrogates (not encodable as UTF-8) with U+FFFD, one for one, so offsets hold."""
    return _SURROGATE.sub("\ufffd", text)

JOINERS = frozenset("-‑‐")


def has_word_char(s: str) -> bool:
    """True if ``s`` has a letter or a digit."""
    return any(c.isalnum() for c in s)


def letter_count(s: str) -> int:
    """The number of letters in ``s`` (digits, hyphens and dots excluded)."""
    return sum(c.isalpha() for c in s)


def is_long(word: str) -> bool:
    """A long word has more than six letters (Björnsson)."""
    return letter_count(word) > LONG_WORD_LETTERS


@dataclass(frozen=True)
class Word:
    """A word as LIX counts it: its text and its character span."""

    start: int
    end: int
    text: str

    @property
    def is_long(self) -> bool:
        return is_long(self.text)


def iter_words(tokens: Iterable[Token]) -> Iterator[Word]:
    """Group tokens into words: hyphen-joined tokens with no space become one word."""
    group: list[Token] = []

    def flush() -> Iterator[Word]:
        if group and any(has_word_char(t.text) for t in group):
            # trim leading/trailing hyphens, so "–" dashes stay outside the word
            toks = list(group)
            while toks and toks[-1].text in JOINERS:
                toks.pop()
            while toks and toks[0].text in JOINERS:
                toks.pop(0)
            start, end = toks[0].idx, toks[-1].idx + len(toks[-1].text)
            yield Word(start, end, "".join(t.text_with_ws for t in toks)[: end - start])
        group.clear()

    prev: Token | None = None
    for tok in tokens:
        if tok.is_space:
            yield from flush()
            prev = None
            continue
        joined = (
            prev is not None
            and not prev.whitespace_
            and (tok.text in JOINERS or prev.text in JOINERS)
            and group
        )
        if not joined:
            yield from flush()
        if has_word_char(tok.text) or tok.text in JOINERS:
            group.append(tok)
        else:
            yield from flush()
        prev = tok
    yield from flush()


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


def units(doc: Doc) -> list[Unit]:
    """The document's sentences, headings and list items that contain words.

    Boundaries are the parser's (or sentencizer's) sentence starts, the
    layout's unit starts and tokens after sentence-final punctuation, minus the
    offsets where the layout forbids a start (hard wraps, list markers,
    abbreviations, lower-case words): the layout always wins.
    """
    found = doc._.layout if Doc.has_extension("layout") else None
    starts = found.starts if found else {}
    markers = found.markers if found else {}
    groups: list[list[Token]] = []
    for token in doc:
        if not groups or (
            not token.is_space
            and (token.idx in starts or token.is_sent_start or follows_terminal(token))
            and (found is None or found.allows_start(token))
        ):
            groups.append([])
        groups[-1].append(token)
    result: list[Unit] = []
    for group in groups:
        first = next((t for t in group if not t.is_space), group[0])
        marker_end = markers.get(first.idx, -1)
        words = tuple(w for w in iter_words(group) if w.start >= marker_end)
        if words:
            span = doc[group[0].i : group[-1].i + 1]
            result.append(Unit(len(result), span, starts.get(first.idx, "sentence"), words))
    return result
