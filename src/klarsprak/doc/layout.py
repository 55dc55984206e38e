"""Structure-aware sentence boundaries: headings, list items and hard-wrapped lines.

Web and PDF text marks structure with line breaks, not full stops. This module
decides, for every line break, whether it starts a new unit (a heading, a list
item, a new paragraph) or merely wraps a line inside a sentence; and it keeps
abbreviations such as "t.ex." from ending a sentence. The decisions are applied
to the spaCy ``Doc`` by presetting ``is_sent_start`` before the parser runs, so the
text is tokenized once and offsets stay those of the original text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Iterable, Sequence

from spacy.language import Language
from spacy.tokens import Doc

from .lines import Line, Lines
from .tokens import TokenTable

BULLET = re.compile(r"^[ \t]*(?:[•◦▪▫‣⁃∙·●○■□►▶➢✓✔\-–—*+\uf0b7\uf0a7]|\(?\d{1,3}[.)]|\(?[a-zA-Z][.)])(?=\s)")
HEADING_MD = re.compile(r"^[ \t]*#{1,6}\s")
TERMINAL = re.compile(r"[.!?…:;]['\"”’)»]*\s*$")
OPENERS = frozenset("\"'“”„«»‘’([–—-¿¡")
TERMINALS = frozenset({".", "!", "?", "?!", "!?", "!!", "??"})
CLOSERS = frozenset("\"'”’»)]")
MAX_HEADING_WORDS = 12


def _starts_upper(line: Line) -> bool:
    stripped = line.text.lstrip()
    return bool(stripped) and (stripped[0].isupper() or stripped[0].isdigit())


def _looks_like_heading(line: Line, prev: Line | None, nxt: Line | None) -> bool:
    if HEADING_MD.match(line.text):
        return True
    stripped = line.text.strip()
    if not stripped or BULLET.match(line.text) or TERMINAL.search(stripped) or stripped.endswith(","):
        return False
    if len(stripped.split()) > MAX_HEADING_WORDS or not _starts_upper(line):
        return False
    prev_closed = prev is None or prev.blank or bool(TERMINAL.search(prev.text)) or BULLET.match(prev.text)
    next_opens = nxt is None or nxt.blank or _starts_upper(nxt) or bool(BULLET.match(nxt.text))
    return bool(prev_closed and next_opens)


def unit_starts(text: str) -> dict[int, str]:
    """Character offsets where a new unit must start, with the unit's kind.

    A unit starts after a blank line, at a Markdown heading, at a heading-like
    short line without final punctuation, at a list item, and after a line that
    ends a sentence. Offsets not in the result are line breaks inside a sentence
    (hard wraps) when they fall on a line start.
    """
    return _unit_starts(Lines(text))


def _unit_starts(lines: Sequence[Line]) -> dict[int, str]:
    starts: dict[int, str] = {}
    for i, line in enumerate(lines):
        if line.blank:
            continue
        prev = lines[i - 1] if i else None
        nxt = lines[i + 1] if i + 1 < len(lines) else None
        if BULLET.match(line.text):
            starts[line.content_start] = "list_item"
        elif _looks_like_heading(line, prev, nxt):
            starts[line.content_start] = "heading"
        elif (prev is None or prev.blank or TERMINAL.search(prev.text) or _prev_is_heading(starts, prev)
              or (BULLET.match(prev.text) and _starts_upper(line) and line.content_start == line.start)):
            starts[line.content_start] = "sentence"
    return starts


def _prev_is_heading(starts: dict[int, str], prev: Line) -> bool:
    return starts.get(prev.content_start) == "heading"


def _list_markers(lines: Sequence[Line]) -> dict[int, int]:
    """For every list item, the offset of its marker ("•", "1.", "a)") and where the marker ends."""
    markers = {}
    for line in lines:
        match = BULLET.match(line.text)
        if match:
            markers[line.content_start] = line.start + match.end()
    return markers


@dataclass
class Layout:
    """What the layout says about units: where they must start, where they must not, list markers.

    ``starts`` maps offsets to the unit kind starting there; ``no_break`` holds
    offsets where no unit may start (hard wraps, inside a list marker, at a soft
    chunk cut); ``markers`` maps a list item's offset to the end of its marker.
    Beyond these, :meth:`allows_start` refuses a start before a lower-case word
    and after an abbreviation.
    """

    starts: dict[int, str]
    no_break: set[int]
    markers: dict[int, int]
    abbreviations: frozenset[str]

    def allows_start(self, tokens: TokenTable, i: int) -> bool:
        """May a unit start at token ``i``? Layout starts always may."""
        text, offset = tokens.text[i], tokens.idx[i]
        if offset in self.starts:
            return True
        first = text[:1]
        if first in OPENERS and len(text) == 1:
            if first in CLOSERS and i > 0 and _touches(tokens, i - 1, i):
                return False  # glued to the word before: it closes ("… bra.” Sedan")
            # a quote or bracket opens a sentence only if a capital or digit follows it
            nxt = i + 1 < len(tokens) and not tokens.is_space[i + 1]
            first = tokens.text[i + 1][:1] if nxt else ""
        if offset in self.no_break or not (first.isupper() or first.isdigit()):
            # Swedish sentences start with a capital, a digit or an opening quote or bracket:
            # "Vem sa ni? sa Auster" is one sentence, and no sentence starts with a comma
            return False
        prev = tokens.prev_word(i)
        return prev < 0 or tokens.lower[prev] not in self.abbreviations


def follows_terminal(tokens: TokenTable, i: int) -> bool:
    """True after a sentence-final ".", "!" or "?" (possibly with a closing quote or bracket).

    Our parser sometimes misses an obvious boundary ("… väster om Kina. Samtidigt …");
    this catches it, and :meth:`Layout.allows_start` still vetoes abbreviations and the like.
    """
    text = tokens.text
    i = tokens.prev_word(i)
    if i >= 1 and text[i] in CLOSERS and text[i - 1] in TERMINALS and _touches(tokens, i - 1, i):
        return True  # "… 2004.” Vi" (a quote after a space opens the next sentence: "… 2004. ”Vi")
    return i >= 1 and text[i] in TERMINALS


def _touches(tokens: TokenTable, a: int, b: int) -> bool:
    """Token ``b`` follows token ``a`` with no space between."""
    return tokens.idx[b] == tokens.idx[a] + len(tokens.text[a])


def layout(text: str, abbreviations: frozenset[str], soft_cuts: Iterable[int] = ()) -> Layout:
    """The :class:`Layout` of a text."""
    lines = Lines(text)
    starts = _unit_starts(lines)
    markers = _list_markers(lines)
    no_break = {line.content_start for line in lines if not line.blank} - set(starts)
    no_break.update(soft_cuts)
    for start, end in markers.items():
        no_break.update(range(start + 1, _skip_space(text, end) + 1))
    return Layout(starts, no_break - set(starts), markers, abbreviations)


def register_extensions() -> None:
    """The ``Doc`` extension this module fills: ``layout``."""
    if not Doc.has_extension("layout"):
        Doc.set_extension("layout", default=None)


@Language.factory(
    "klarsprak_structure",
    assigns=["token.is_sent_start", "doc._.layout"],
    default_config={"abbreviations": []},
)
def make_structure(nlp: Language, name: str, abbreviations: list[str]) -> "StructureComponent":
    """Create the component that records the layout and presets sentence starts from it."""
    return StructureComponent(abbreviations)


class StructureComponent:
    """Records the :class:`Layout` and presets ``is_sent_start`` from it as a hint to the parser.

    The parser may still disagree; :func:`klarsprak.doc.units.units` applies the layout
    on top of the parser's boundaries, so the layout always wins.
    """

    def __init__(self, abbreviations: list[str]) -> None:
        self.abbreviations = frozenset(a.lower() for a in abbreviations)
        register_extensions()

    def __call__(self, doc: Doc) -> Doc:
        found = layout(doc.text, self.abbreviations)
        offsets = {doc[i].idx: i for i in range(len(doc))} if found.starts else {}
        for offset in found.starts:
            i = offsets.get(offset)
            if i:
                doc[i].is_sent_start = True
        doc._.layout = found
        return doc

    def annotate(self, doc: Doc, soft_cuts: Iterable[int]) -> None:
        """Record the layout of a ``Doc`` joined from chunks (no presets: it is parsed already)."""
        doc._.layout = layout(doc.text, self.abbreviations, soft_cuts)


def _skip_space(text: str, pos: int) -> int:
    while pos < len(text) and text[pos] in " \t":
        pos += 1
    return pos
