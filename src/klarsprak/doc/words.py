"""What counts as a word and a long word (the counting rules in docs/counting.md).

- A word is a token with at least one letter or digit. Tokens joined by a hyphen
  with no space between them ("EU-bidrag", "e-post") form one word, as do an
  e-mail address, a URL and an abbreviation ("t.ex.", "fr.o.m.").
- A long word has more than six letters (digits and punctuation do not count).
"""

from __future__ import annotations

from typing import Iterator, NamedTuple

from .tokens import TokenTable, has_word_char

LONG_WORD_LETTERS = 6
JOINERS = frozenset("-‑‐")

__all__ = ["JOINERS", "LONG_WORD_LETTERS", "Word", "has_word_char", "is_long", "iter_words", "letter_count"]


def letter_count(s: str) -> int:
    """The number of letters in ``s`` (digits, hyphens and dots excluded)."""
    return sum(map(str.isalpha, s))


def is_long(word: str) -> bool:
    """A long word has more than six letters (Björnsson)."""
    return len(word) > LONG_WORD_LETTERS and letter_count(word) > LONG_WORD_LETTERS


class Word(NamedTuple):
    """A word as LIX counts it: its text and its character span (a named tuple: a text makes one per word,
    at half the cost of a frozen dataclass)."""

    start: int
    end: int
    text: str

    @property
    def is_long(self) -> bool:
        return is_long(self.text)


def iter_words(tokens: TokenTable, start: int = 0, end: int | None = None) -> Iterator[Word]:
    """The words among tokens ``start``..``end``: hyphen-joined tokens with no space become one word.

    A run is a stretch of adjacent tokens, each with a letter, a digit or a hyphen, joined where a hyphen
    touches its neighbour with no space between; spaces and other tokens end it. One pass, no lists of
    groups: this view is built for every text, and every rule counts on it.
    """
    text, word_char, is_space, space_after = tokens.text, tokens.has_word_char, tokens.is_space, tokens.whitespace
    first = -1  # the open run is first..j-1; -1: none
    for j in range(start, len(tokens) if end is None else end):
        if is_space[j]:
            if first >= 0:
                word = _word(tokens, first, j - 1)
                if word is not None:
                    yield word
                first = -1
            continue
        tok = text[j]
        part = word_char[j] or tok in JOINERS
        if first >= 0:
            if part and not space_after[j - 1] and (tok in JOINERS or text[j - 1] in JOINERS):
                continue  # joined: the run goes on
            word = _word(tokens, first, j - 1)
            if word is not None:
                yield word
        first = j if part else -1
    if first >= 0:
        word = _word(tokens, first, (len(tokens) if end is None else end) - 1)
        if word is not None:
            yield word


def _word(tokens: TokenTable, first: int, last: int) -> Word | None:
    """The word tokens ``first``..``last`` (one run) form, without leading and trailing hyphens, if it has one."""
    text, idx, word_char = tokens.text, tokens.idx, tokens.has_word_char
    if first == last:
        return Word(idx[first], idx[first] + len(text[first]), text[first]) if word_char[first] else None
    if not any(word_char[first:last + 1]):
        return None
    # trim leading/trailing hyphens, so "–" dashes stay outside the word
    while text[last] in JOINERS:
        last -= 1
    while text[first] in JOINERS:
        first += 1
    begin, stop = idx[first], idx[last] + len(text[last])
    return Word(begin, stop, tokens.doc_text[begin:stop])  # the run's tokens are contiguous
