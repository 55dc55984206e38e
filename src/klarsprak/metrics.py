"""Readability formulas as pure functions over counts, and the document metrics of sentence units.

Each formula returns ``None`` when it is undefined (no words, no sentences):
a missing value, never a fake 0.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from typing import Iterable, Sequence

from .doc.units import Unit
from .doc.words import is_long

#: lix.se bands: upper bound (exclusive) and the band's Swedish name.
LIX_BANDS: tuple[tuple[float, str], ...] = (
    (25, "mycket lättläst"),
    (30, "lättläst"),
    (40, "normal"),
    (50, "medelsvår"),
    (60, "svår"),
    (math.inf, "mycket svår"),
)


def lix(words: int, sentences: int, long_words: int) -> float | None:
    """Björnsson's LIX = words / sentences + 100 * long_words / words."""
    if words <= 0 or sentences <= 0:
        return None
    return words / sentences + 100.0 * long_words / words


def lix_band(value: float | None) -> str | None:
    """The lix.se band for a LIX value ("normal", "svår", …)."""
    if value is None:
        return None
    return next(name for limit, name in LIX_BANDS if value < limit)


def ovix(words: int, unique_words: int) -> float | None:
    """OVIX (word variation index) = log(n) / log(2 - log(u) / log(n)).

    Undefined for fewer than two words and when every word is unique.
    """
    if words < 2 or unique_words <= 0:
        return None
    ratio = math.log(unique_words) / math.log(words)
    if ratio >= 1.0:
        return None
    return math.log(words) / math.log(2.0 - ratio)


def mean(values: Sequence[float]) -> float | None:
    """The arithmetic mean, or None for no values."""
    return sum(values) / len(values) if values else None


class Ratio(float):
    """A ratio that keeps its counts, so that the ratios of a text's parts add up to the whole's
    (``Ratio.of``); it is a ``float`` everywhere else (JSON, Arrow, pandas)."""

    part: int
    whole: int

    def __new__(cls, part: int, whole: int) -> Ratio:
        ratio = super().__new__(cls, part / whole)
        ratio.part, ratio.whole = part, whole
        return ratio

    def __reduce__(self) -> tuple[type, tuple[int, int]]:
        return (Ratio, (self.part, self.whole))

    @staticmethod
    def of(ratios: Iterable[Ratio | None]) -> Ratio | None:
        """The ratio of the summed counts (parts without a denominator count nothing)."""
        counted = [r for r in ratios if isinstance(r, Ratio)]
        whole = sum(r.whole for r in counted)
        return Ratio(sum(r.part for r in counted), whole) if whole > 0 else None


def share(part: int, whole: int) -> Ratio | None:
    """``part / whole``, or None when ``whole`` is 0."""
    return Ratio(part, whole) if whole > 0 else None


def nominal_ratio(nominal: int, verbal: int) -> Ratio | None:
    """Nominal ratio (Sparv): (nouns + prepositions + participles) / (pronouns + adverbs + verbs)."""
    return Ratio(nominal, verbal) if verbal > 0 else None


@dataclass
class Counts:
    """What the base metrics are computed from; the counts of a text's parts add up to the whole's."""

    lengths: list[int] = field(default_factory=list)
    long_words: int = 0
    forms: set[str] = field(default_factory=set)

    @classmethod
    def of(cls, sentences: Sequence[Sequence[str]]) -> Counts:
        """The counts of a text given as sentences of words (word forms case-insensitive)."""
        return cls([len(s) for s in sentences], sum(is_long(w) for s in sentences for w in s),
                   {w.lower() for s in sentences for w in s})

    def add(self, other: Counts) -> None:
        """Count ``other``'s text after this one."""
        self.lengths += other.lengths
        self.long_words += other.long_words
        self.forms |= other.forms

    def metrics(self, long_sentence_words: int) -> dict[str, float | int | None]:
        """The base metrics; ``long_sentence_share`` is the share of sentences with more than
        ``long_sentence_words`` words."""
        lengths = self.lengths
        words = sum(lengths)
        value = lix(words, len(lengths), self.long_words)
        return {
            "words": words,
            "sentences": len(lengths),
            "long_words": self.long_words,
            "lix": value,
            "lix_band": lix_band(value),
            "ovix": ovix(words, len(self.forms)),
            "mean_sentence_length": mean(lengths),
            "max_sentence_length": max(lengths) if lengths else None,
            "long_sentence_share": share(sum(n > long_sentence_words for n in lengths), len(lengths)),
        }


def document_metrics(sentences: Sequence[Sequence[str]], long_sentence_words: int) -> dict[str, float | int | None]:
    """The base metrics of a text given as sentences of words (see :meth:`Counts.metrics`)."""
    return Counts.of(sentences).metrics(long_sentence_words)


def unit_counts(units: Sequence[Unit]) -> Counts:
    """The :class:`Counts` of a text's sentence units."""
    return Counts.of([[w.text for w in u.words] for u in units])


def unit_metrics(units: Sequence[Unit], long_sentence_words: int) -> dict[str, float | int | None]:
    """:func:`document_metrics` of a text's sentence units (the counts every report gives)."""
    return unit_counts(units).metrics(long_sentence_words)
