"""Plain-Python columns of a ``Doc``'s tokens, built once per document and shared by the rules.

Creating a spaCy ``Token`` object costs about 0.3 µs, and reading one of its string
attributes about as much again; rules that index ``doc[i]`` over and over spend more
time on that than on their own logic. A :class:`TokenTable` reads each attribute
column once (through ``Doc.to_array`` where it can) into lists indexed like the
``Doc``. Columns are built on first use. The ``Doc`` must not change afterwards.
"""

from __future__ import annotations

import re
from functools import cached_property, lru_cache
from typing import Callable

from spacy.attrs import IDX, IS_PUNCT, IS_SPACE, LEMMA, LIKE_NUM, LOWER, MORPH, ORTH, POS, SENT_START, SPACY
from spacy.tokens import Doc

_WORD_CHAR = re.compile(r"[^\W_]")  # a letter or a digit: str.isalnum


def has_word_char(s: str) -> bool:
    """True if ``s`` has a letter or a digit."""
    return _WORD_CHAR.search(s) is not None


@lru_cache(maxsize=65536)
def keys_of(lower: str, lemma: str) -> tuple[str, ...]:
    """The lexical keys of a token with lower-case form ``lower`` and lemma ``lemma``: the form
    (soft hyphens and hyphens removed), the lemma, and for a hyphenated compound its last part
    (EU-tjänstemännen → tjänstemännen). Lexicon entries are looked up by these keys."""
    lower = lower.replace("\u00ad", "")
    keys = [lower.replace("-", "")]
    lemma = lemma.lower() if lemma else ""
    if lemma and lemma not in keys:
        keys.append(lemma)
    if "-" in lower.strip("-"):
        last = lower.rsplit("-", 1)[1]
        if len(last) >= 3 and last not in keys:
            keys.append(last)
    return tuple(keys)


class TokenTable:
    """Columns of token attributes (``text``, ``lower``, ``lemma`` …), each a list over the ``Doc``."""

    def __init__(self, doc: Doc) -> None:
        self.doc = doc

    def __len__(self) -> int:
        return len(self.doc)

    def _column(self, attr: int) -> list[int]:
        return self.doc.to_array([attr]).tolist() if len(self.doc) else []

    def _flags(self, attr: int) -> list[bool]:
        return self.doc.to_array([attr]).astype(bool).tolist() if len(self.doc) else []

    def _strings(self, attr: int) -> list[str]:
        lookup: Callable[[int], str] = self.doc.vocab.strings.__getitem__
        return [lookup(h) for h in self._column(attr)]

    @cached_property
    def doc_text(self) -> str:
        """``Doc.text`` (which creates every ``Token`` anew on each access), from the columns."""
        return "".join([t + " " if space else t for t, space in zip(self.text, self.whitespace)])

    @cached_property
    def text(self) -> list[str]:
        return self._strings(ORTH)

    @cached_property
    def lower(self) -> list[str]:
        return self._strings(LOWER)

    @cached_property
    def lemma(self) -> list[str]:
        return self._strings(LEMMA)

    @cached_property
    def pos(self) -> list[str]:
        """Coarse part of speech, ``""`` where the model gives none (as ``Token.pos_``)."""
        return self._strings(POS)

    @cached_property
    def morph(self) -> list[str]:
        """The morphology as a string (``Definite=Def|Number=Sing``), ``""`` where there is none."""
        return ["" if m == "_" else m for m in self._strings(MORPH)]  # "_" is spaCy's empty analysis

    @cached_property
    def idx(self) -> list[int]:
        return self._column(IDX)

    @cached_property
    def end(self) -> list[int]:
        """Character offset just after each token."""
        return [i + len(t) for i, t in zip(self.idx, self.text)]

    @cached_property
    def is_space(self) -> list[bool]:
        return self._flags(IS_SPACE)

    @cached_property
    def is_punct(self) -> list[bool]:
        return self._flags(IS_PUNCT)

    @cached_property
    def like_num(self) -> list[bool]:
        return self._flags(LIKE_NUM)

    @cached_property
    def whitespace(self) -> list[bool]:
        """True where a space follows the token (``Token.whitespace_`` is not empty)."""
        return self._flags(SPACY)

    @cached_property
    def sent_start(self) -> list[bool]:
        """True where ``Token.is_sent_start`` is True (False where it is False or None)."""
        return [v == 1 for v in self._column(SENT_START)]

    @cached_property
    def has_word_char(self) -> list[bool]:
        """True where the token has a letter or a digit."""
        return [has_word_char(s) for s in self.text]

    @cached_property
    def keys(self) -> list[tuple[str, ...]]:
        """The lexical keys of every token (:func:`keys_of`)."""
        return [keys_of(lo, le) for lo, le in zip(self.lower, self.lemma)]

    def prev_word(self, i: int) -> int:
        """The index of the last non-space token before ``i``, or -1."""
        is_space = self.is_space
        i -= 1
        while i >= 0 and is_space[i]:
            i -= 1
        return i

    def next_word(self, i: int) -> int:
        """The index of the first non-space token after ``i``, or ``len(doc)``."""
        is_space, n = self.is_space, len(self.is_space)
        i += 1
        while i < n and is_space[i]:
            i += 1
        return i
