"""What counts as a word and a long word (the counting rules in docs/counting.md).

- A word is a token with at least one letter or digit. Tokens joined by a hyphen
  with no space between them ("EU-bidrag", "e-post") form one word, as do an
  e-mail address, a URL and an abbreviation ("t.ex.", "fr.o.m.").
- A long word has more than six letters (digits and punctuation do not count).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Iterator

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
    word_char = tokens.has_word_char
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
