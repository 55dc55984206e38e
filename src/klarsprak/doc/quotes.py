"""Quoted spans: text inside quotation marks, found once per text.

A word inside quotation marks is cited, not used ("ordet ”hen” …"); rules that must
leave citations alone ask :meth:`Quotes.contains`, which is a binary search.
"""

from __future__ import annotations

import bisect
import re

QUOTED = re.compile(r"[\"“”„«»]([^\"“”„«»\n]{1,400})[\"“”„«»]|(?<!\w)['’‘]([^'’‘\n]{1,120})['’](?!\w)")


def quoted_spans(text: str) -> list[tuple[int, int]]:
    """Character spans of text inside quotation marks (the marks excluded), in text order."""
    spans = []
    for m in QUOTED.finditer(text):
        group = 1 if m.group(1) is not None else 2
        spans.append((m.start(group), m.end(group)))
    return spans


class Quotes:
    """The quoted spans of a text; they never overlap, so one binary search answers :meth:`contains`."""

    def __init__(self, text: str) -> None:
        self.spans = quoted_spans(text)
        self._starts = [s for s, _ in self.spans]

    def contains(self, start: int, end: int) -> bool:
        """True if ``text[start:end]`` lies inside one quoted span."""
        i = bisect.bisect_right(self._starts, start) - 1
        return i >= 0 and end <= self.spans[i][1]
