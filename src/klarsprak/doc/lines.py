"""The lines of a text, split in one place, with an index from character offsets to lines.

A line ends at any break :meth:`str.splitlines` knows (``\\r\\n`` counts once). Layout
detection, the sender's signature and contact blocks, inline suppression directives
and the command line's line:column all use these lines, so they agree on what a line is.
"""

from __future__ import annotations

import bisect
import re
from typing import Iterator, NamedTuple, Sequence, overload

BREAK = re.compile(r"\r\n|[\n\r\v\f\x1c\x1d\x1e\x85\u2028\u2029]")


class Line(NamedTuple):
    """One line of the text: where it starts, where its content ends, and its text."""

    start: int
    end: int  # end of the line's content, before the line break
    text: str

    @property
    def blank(self) -> bool:
        return not self.text.strip()

    @property
    def content_start(self) -> int:
        return self.start + len(self.text) - len(self.text.lstrip())


def iter_lines(text: str) -> Iterator[Line]:
    """Lines with their offsets; a text ending in a line break ends with an empty line."""
    pos = 0
    for match in BREAK.finditer(text):
        yield Line(pos, match.start(), text[pos : match.start()])
        pos = match.end()
    yield Line(pos, len(text), text[pos:])


class Lines(Sequence[Line]):
    """All lines of a text, and which line holds an offset (a binary search over line starts)."""

    def __init__(self, text: str) -> None:
        self.text = text
        self._lines = list(iter_lines(text))
        self._starts = [line.start for line in self._lines]

    def __len__(self) -> int:
        return len(self._lines)

    @overload
    def __getitem__(self, i: int) -> Line: ...

    @overload
    def __getitem__(self, i: slice) -> list[Line]: ...

    def __getitem__(self, i: int | slice) -> Line | list[Line]:
        return self._lines[i]

    def __iter__(self) -> Iterator[Line]:
        return iter(self._lines)

    def index(self, offset: int) -> int:  # type: ignore[override]  # by offset, not by value
        """The number (from 0) of the line holding character ``offset``."""
        return max(0, bisect.bisect_right(self._starts, offset) - 1)

    def at(self, offset: int) -> Line:
        """The line holding character ``offset``."""
        return self._lines[self.index(offset)]

    def line_col(self, offset: int) -> tuple[int, int]:
        """1-based line and column of character ``offset``, as editors and linters count them."""
        i = self.index(offset)
        return i + 1, offset - self._starts[i] + 1
