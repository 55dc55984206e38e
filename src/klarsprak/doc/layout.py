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
SENTENCE_END = re.compile(r"[.!?…]['\"”’)»]*\s*$")
OPENERS = frozenset("\"'“”„«»‘’([–—-¿¡")
TERMINALS = frozenset({".", "!", "?", "?!", "!?", "!!", "??"})
CLOSERS = frozenset("\"'”’»)]")
MAX_HEADING_WORDS = 12
#: A label and its value on one line ("Telefon: 0302-52 10 00", "Sista ansökningsdag: 1 maj").
FIELD = re.compile(r"^[ \t]*[A-ZÅÄÖ][\wåäö]*(?:[ /-][\wåäö]+){0,3}:[ \t]+\S")
MAX_FIELD_WORDS = 10
#: A table row: Markdown ("| a | b |") or cells separated by tabs.
TABLE_ROW = re.compile(r"^[ \t]*\||\S\t+\S")
CELL_BREAK = re.compile(r"\||\t+")
#: An unmarked list item is a short line in a run after a line that ends with a colon.
MAX_ITEM_WORDS = 8
#: A short line repeated this often is page furniture (a PDF's header or footer), a unit of its own.
PAGE_LINE_REPEATS = 3
#: Abbreviations that are also words ("el." is *eller*, and *el* is electricity) or close an enumeration
#: ("osv.", "etc."): before a capital they end the sentence, so the same text always splits the same way.
WORD_ABBREVIATIONS = frozenset({"el.", "osv.", "o.s.v.", "etc."})
#: A run of at least this many lines that each start with a capital and end without punctuation is a list
#: without markers (a table of contents, a list of titles), one unit per line, not a hard-wrapped sentence.
LIST_RUN = 3
MAX_RUN_LINE_WORDS = 25
#: A bullet inside a line ("Detta innebär * att ordna … * att lämna …"), from a list flattened into one line.
INLINE_BULLET = re.compile(r"(?<=\s)[•▪●*\uf0b7](?=\s+[^\W\d_])")


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


def _unit_starts(lines: Sequence[Line], repeated: frozenset[str] | None = None) -> dict[int, str]:
    starts: dict[int, str] = {}
    repeated = page_lines(lines) if repeated is None else repeated
    in_run = _list_runs(lines, repeated)
    kinds: list[str | None] = []  # the kind of unit each line starts, if any
    for i, line in enumerate(lines):
        kinds.append(None)
        if line.blank:
            continue
        prev = lines[i - 1] if i else None
        nxt = lines[i + 1] if i + 1 < len(lines) else None
        prev_kind = kinds[i - 1] if i else None
        if TABLE_ROW.search(line.text):
            kind = "table_cell"
            for offset in _cells(line):
                starts[offset] = kind
        elif line.text.strip() in repeated:
            kind = "page_line"
        elif BULLET.match(line.text):
            kind = "list_item"
        elif _is_field(line):
            kind = "field"
        elif _looks_like_heading(line, prev, nxt):
            kind = "heading"
        elif i in in_run:
            kind = "list_item"
        elif prev is not None and _is_item(line) and (
                prev_kind == "item" or (prev.text.rstrip().endswith(":") and _is_item(nxt))):
            kind = "item"
        elif (prev is None or prev.blank or TERMINAL.search(prev.text) or prev_kind in ("heading", "field",
                                                                                         "table_cell", "page_line")
              or (BULLET.match(prev.text) and _starts_upper(line) and line.content_start == line.start)):
            kind = "sentence"
        else:
            continue
        kinds[i] = kind
        starts.setdefault(line.content_start, "list_item" if kind == "item" else kind)
    return starts


def _list_runs(lines: Sequence[Line], repeated: frozenset[str]) -> set[int]:
    """Indices of lines in runs of ``LIST_RUN`` or more lines that each start with a capital or digit and end
    without any punctuation: items of a list without markers (a hard-wrapped sentence has lines in lower
    case). Page furniture (``repeated``) is no item."""
    found: set[int] = set()
    run: list[int] = []
    for i, line in enumerate([*lines, None]):
        stripped = line.text.strip() if line is not None and not line.blank else ""
        if (stripped and stripped not in repeated and _starts_upper(line) and not BULLET.match(line.text)
                and stripped[-1].isalnum()
                and len(stripped.split()) <= MAX_RUN_LINE_WORDS):
            run.append(i)
            continue
        if len(run) >= LIST_RUN:
            found.update(run)
        run = []
    return found


def _is_field(line: Line) -> bool:
    """A short "label: value" line whose value is not a sentence ("Han sa: ”Kom.”" is one)."""
    return (bool(FIELD.match(line.text)) and len(line.text.split()) <= MAX_FIELD_WORDS
            and not SENTENCE_END.search(line.text))


def _is_item(line: Line | None) -> bool:
    """A short line without final punctuation: an item of an unmarked list, if a colon introduced it."""
    if line is None or line.blank:
        return False
    stripped = line.text.strip()
    return len(stripped.split()) <= MAX_ITEM_WORDS and not stripped.endswith((",", ":")) \
        and not TERMINAL.search(stripped)


def _cells(line: Line) -> list[int]:
    """Where the cells of a table row start (after each ``|`` or run of tabs, spaces skipped)."""
    offsets, pos = [], 0
    for part in CELL_BREAK.split(line.text):
        content = part.strip()
        if content and any(c.isalnum() for c in content):
            offsets.append(line.start + pos + len(part) - len(part.lstrip()))
        pos += len(part)
        match = CELL_BREAK.match(line.text, pos)
        pos = match.end() if match else pos
    return offsets


def page_lines(lines: Iterable[Line]) -> frozenset[str]:
    """Short lines repeated on many pages (running headers and footers, "Sida 3 av 18" aside).

    A statistic of the whole text: the parts of a long text are laid out with the whole's."""
    counts: dict[str, int] = {}
    for line in lines:
        stripped = line.text.strip()
        if stripped and len(stripped.split()) <= MAX_HEADING_WORDS and not BULLET.match(line.text):
            counts[stripped] = counts.get(stripped, 0) + 1
    return frozenset(text for text, n in counts.items() if n >= PAGE_LINE_REPEATS and not TERMINAL.search(text))


def _list_markers(lines: Sequence[Line]) -> dict[int, int]:
    """For every list item, the offset of its marker ("•", "1.", "a)") and where the marker ends."""
    markers = {}
    for line in lines:
        match = BULLET.match(line.text)
        if match:
            markers[line.content_start] = line.start + match.end()
        inline = list(INLINE_BULLET.finditer(line.text))
        if len(inline) >= 2:
            markers.update({line.start + m.start(): line.start + m.end() for m in inline})
    return markers


@dataclass
class Layout:
    """What the layout says about units: where they must start, where they must not, list markers.

    ``starts`` maps offsets to the unit kind starting there; ``no_break`` holds
    offsets where no unit may start (hard wraps, inside a list marker); ``markers``
    maps a list item's offset to the end of its marker; ``soft`` holds the chunk
    cuts inside a paragraph, where the parser's start is an artefact of the cut and
    a unit starts only after a sentence-final "." "!" "?". Beyond these,
    :meth:`allows_start` refuses a start before a lower-case word and after an
    abbreviation.
    """

    starts: dict[int, str]
    no_break: set[int]
    markers: dict[int, int]
    abbreviations: frozenset[str]
    soft: frozenset[int] = frozenset()

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
        if offset in self.soft and not follows_terminal(tokens, i):
            return False
        if offset in self.no_break or not (first.isupper() or first.isdigit()):
            # Swedish sentences start with a capital, a digit or an opening quote or bracket:
            # "Vem sa ni? sa Auster" is one sentence, and no sentence starts with a comma
            return False
        prev = tokens.prev_word(i)
        return prev < 0 or tokens.lower[prev] not in self.abbreviations or tokens.lower[prev] in WORD_ABBREVIATIONS


def follows_terminal(tokens: TokenTable, i: int) -> bool:
    """True after a sentence-final ".", "!" or "?" (possibly with a closing quote or bracket).

    Our parser sometimes misses an obvious boundary ("… väster om Kina. Samtidigt …");
    this catches it, and :meth:`Layout.allows_start` still vetoes abbreviations and the like.
    """
    text = tokens.text
    i = tokens.prev_word(i)
    if i >= 1 and text[i] in CLOSERS and text[i - 1] in TERMINALS and _touches(tokens, i - 1, i):
        return True  # "… 2004.” Vi" (a quote after a space opens the next sentence: "… 2004. ”Vi")
    return i >= 1 and (text[i] in TERMINALS or tokens.lower[i] in WORD_ABBREVIATIONS)


def _touches(tokens: TokenTable, a: int, b: int) -> bool:
    """Token ``b`` follows token ``a`` with no space between."""
    return tokens.idx[b] == tokens.idx[a] + len(tokens.text[a])


def layout(text: str, abbreviations: frozenset[str], soft_cuts: Iterable[int] = (),
           repeated: frozenset[str] | None = None) -> Layout:
    """The :class:`Layout` of a text (``repeated``: its :func:`page_lines`, when it is part of a longer text)."""
    lines = Lines(text)
    starts = _unit_starts(lines, repeated)
    markers = _list_markers(lines)
    for offset in markers:  # an inline bullet starts an item too
        starts.setdefault(offset, "list_item")
    no_break = {line.content_start for line in lines if not line.blank} - set(starts)
    for start, end in markers.items():
        no_break.update(range(start + 1, _skip_space(text, end) + 1))
    for line in lines:  # a field is one unit: "Telefon: 0302-52 10 00"
        if starts.get(line.content_start) == "field":
            no_break.update(range(line.content_start + 1, line.end))
    return Layout(starts, no_break - set(starts), markers, abbreviations, frozenset(soft_cuts) - set(starts))


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
        tokens = TokenTable(doc)  # Doc.text and Token.idx would make a Token object per token
        found = layout(tokens.doc_text, self.abbreviations)
        offsets = {offset: i for i, offset in enumerate(tokens.idx)} if found.starts else {}
        for offset in found.starts:
            i = offsets.get(offset)
            if i:
                doc[i].is_sent_start = True
        doc._.layout = found
        return doc

    def annotate(self, doc: Doc, text: str, soft_cuts: Iterable[int], repeated: frozenset[str] | None = None) -> None:
        """Record the layout of a ``Doc`` joined from chunks of ``text``, or of a part of a longer text whose
        :func:`page_lines` are ``repeated`` (no presets: it is parsed already)."""
        doc._.layout = layout(text, self.abbreviations, soft_cuts, repeated)


def _skip_space(text: str, pos: int) -> int:
    while pos < len(text) and text[pos] in " \t":
        pos += 1
    return pos
