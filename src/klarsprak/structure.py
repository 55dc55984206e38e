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
from typing import Iterable, Iterator

from spacy.language import Language
from spacy.tokens import Doc

BULLET = re.compile(r"^[ \t]*(?:[•◦▪▫‣⁃∙·●○■□►▶➢✓✔\-–—*+\uf0b7\uf0a7]|\(?\d{1,3}[.)]|\(?[a-zA-Z][.)])(?=\s)")
HEADING_MD = re.compile(r"^[ \t]*#{1,6}\s")
TERMINAL = re.compile(r"[.!?…:;]['\"”’)»]*\s*$")
UNIT_KINDS = ("sentence", "heading", "list_item")
MAX_HEADING_WORDS = 12


@dataclass(frozen=True)
class Line:
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
    """Lines with their offsets; ``\\r\\n``, ``\\r`` and ``\\n`` all end a line."""
    pos = 0
    for match in re.finditer(r"\r\n|\r|\n|\u2028|\u2029|\x0b|\x0c|\x85", text):
        yield Line(pos, match.start(), text[pos : match.start()])
        pos = match.end()
    yield Line(pos, len(text), text[pos:])


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
    lines = list(iter_lines(text))
    starts: dict[int, str] = {}
    for i, line in enumerate(lines):
        if line.blank:
            continue
        prev = next((lines[j] for j in range(i - 1, -1, -1)), None)
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


def list_markers(text: str) -> dict[int, int]:
    """For every list item, the offset of its marker ("•", "1.", "a)") and where the marker ends."""
    markers = {}
    for line in iter_lines(text):
        match = BULLET.match(line.text)
        if match:
            markers[line.content_start] = line.start + match.end()
    return markers


def line_starts(text: str) -> set[int]:
    """Offsets of every non-blank line's first character."""
    return {line.content_start for line in iter_lines(text) if not line.blank}


@dataclass
class Layout:
    """What the layout says about units: where they must start, where they must not, list markers.

    ``starts`` maps offsets to the unit kind starting there; ``no_break`` holds
    offsets where no unit may start (hard wraps, after a list marker, after an
    abbreviation, before a lower-case word, at a soft chunk cut); ``markers`` maps a list item's offset to
    the end of its marker.
    """

    starts: dict[int, str]
    no_break: set[int]
    markers: dict[int, int]


def layout(doc: Doc, abbreviations: frozenset[str] | set[str], soft_cuts: Iterable[int] = ()) -> Layout:
    """The :class:`Layout` of a ``Doc`` (its text and tokens)."""
    text = doc.text
    starts = unit_starts(text)
    markers = list_markers(text)
    no_break = (line_starts(text) - set(starts)) | set(soft_cuts)
    for start, end in markers.items():
        no_break |= {t.idx for t in doc.char_span(start, len(text), alignment_mode="expand") or ()
                     if start < t.idx <= _skip_space(text, end)}
    previous = None
    for token in doc:
        if token.is_space:
            continue
        # Swedish sentences start with a capital or a digit: "Vem sa ni? sa Auster" is one sentence
        if (previous is not None and previous.lower_ in abbreviations) or token.text[0].islower():
            no_break.add(token.idx)
        previous = token
    return Layout(starts, no_break - set(starts), markers)


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

    The parser may still disagree; :func:`klarsprak.text.units` applies the layout
    on top of the parser's boundaries, so the layout always wins.
    """

    def __init__(self, abbreviations: list[str]) -> None:
        self.abbreviations = frozenset(a.lower() for a in abbreviations)
        register_extensions()

    def __call__(self, doc: Doc) -> Doc:
        found = layout(doc, self.abbreviations)
        for token in doc[1:]:
            if token.idx in found.starts and not token.is_space:
                token.is_sent_start = True
            elif token.idx in found.no_break:
                token.is_sent_start = False
        doc._.layout = found
        return doc

    def annotate(self, doc: Doc, soft_cuts: Iterable[int]) -> None:
        """Record the layout of a ``Doc`` joined from chunks (no presets: it is parsed already)."""
        doc._.layout = layout(doc, self.abbreviations, soft_cuts)


def _skip_space(text: str, pos: int) -> int:
    while pos < len(text) and text[pos] in " \t":
        pos += 1
    return pos
