"""Readability formulas as pure functions over counts, and the document metrics of sentence units.

Each formula returns ``None`` when it is undefined (no words, no sentences):
a missing value, never a fake 0.
"""

from __future__ import annotations

import math
from typing import Sequence

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


def share(part: int, whole: int) -> float | None:
    """``part / whole``, or None when ``whole`` is 0."""
    return part / whole if whole > 0 else None


def nominal_ratio(nominal: int, verbal: int) -> float | None:
    """Nominal ratio (Sparv): (nouns + prepositions + participles) / (pronouns + adverbs + verbs)."""
    return nominal / verbal if verbal > 0 else None


def document_metrics(sentences: Sequence[Sequence[str]], long_sentence_words: int) -> dict[str, float | int | None]:
    """The base metrics of a text given as sentences of words.

    ``long_sentence_share`` is the share of sentences with more than
    ``long_sentence_words`` words; OVIX counts word forms case-insensitively.
    """
    lengths = [len(s) for s in sentences]
    words = sum(lengths)
    long_words = sum(is_long(w) for s in sentences for w in s)
    unique = len({w.lower() for s in sentences for w in s})
    value = lix(words, len(sentences), long_words)
    return {
        "words": words,
        "sentences": len(sentences),
        "long_words": long_words,
        "lix": value,
        "lix_band": lix_band(value),
        "ovix": ovix(words, unique),
        "mean_sentence_length": mean(lengths),
        "max_sentence_length": max(lengths) if lengths else None,
        "long_sentence_share": share(sum(n > long_sentence_words for n in lengths), len(lengths)),
    }


def unit_metrics(units: Sequence[Unit], long_sentence_words: int) -> dict[str, float | int | None]:
    """:func:`document_metrics` of a text's sentence units (the counts every report gives)."""
    return document_metrics([[w.text for w in u.words] for u in units], long_sentence_words)
