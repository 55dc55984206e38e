"""Insertions inside a long sentence: a parenthesis or a pair of dashes around words that break it.

Plain-language guidance advises against long *inskott* (Språkligt, "Så skriver du tydliga meningar"):
the reader has to hold the sentence open across them. A short explanation or reference (*(LSS)*, *(Brå
2018:8)*, a gloss between dashes) does not break a sentence; an insertion with a verb or of
``LONG_PARENTHESIS`` words does.
"""

from __future__ import annotations

from spacy.tokens import Span

from ._sentence_splits import finite, is_word

#: A parenthesis or a pair of dashes breaks a sentence when it holds ``LONG_INSERT`` words or more and a verb,
#: or ``LONG_PARENTHESIS`` words (a short explanation, reference or gloss, "(LSS)", "(Brå 2018:8)", does not).
LONG_INSERT = 4
LONG_PARENTHESIS = 8
DASHES = frozenset({"–", "—", "-"})


def bracketed(span: Span) -> set[int]:
    """The tokens inside parentheses opened within ``span`` (a parser may make one the root), in one pass."""
    inside: set[int] = set()
    is_open = False
    for t in span:
        if is_open:
            inside.add(t.i)
        if t.text in ("(", ")"):
            is_open = t.text == "("
    return inside


def longest(span: Span) -> tuple[int, int] | None:
    """The longest parenthesis or dash pair inside the sentence (not ending it) with enough words."""
    best: tuple[int, int] | None = None
    opened: int | None = None
    dash: int | None = None
    doc = span.doc
    last = span.end - 1
    while last > span.start and not is_word(doc[last]):
        last -= 1
    for t in span:
        if t.text == "(":
            opened = t.i
        elif t.text == ")" and opened is not None:
            if breaks(doc[opened + 1:t.i]):
                best = _longer(best, (opened, t.i), span, last)
            opened = None
        elif t.text in DASHES and t.i > span.start and doc[t.i - 1].whitespace_ and t.whitespace_ \
                and not (doc[t.i - 1].like_num or t.i + 1 < len(doc) and doc[t.i + 1].like_num):
            if dash is None:
                dash = t.i
            else:
                if breaks(doc[dash + 1:t.i]):
                    best = _longer(best, (dash, t.i), span, last)
                dash = None
    return best


def breaks(inner: Span) -> bool:
    """An insertion that breaks the sentence has a verb or ``LONG_PARENTHESIS`` words; a short gloss or
    reference (*(LSS)*, *– nytt tänkande inom skolmatematiken –*) does not, nor does a gloss of names, dates
    or another language's words however long (*(engelska: The Lord of the Rings …)*, *(född 12 mars 1950 i
    …)*: blind judges called a Wikipedia lead with such a parenthesis not too long), nor a main clause between
    dashes that goes on after them (*– men den här regeringen vet – att …*: a place to split, not an aside)."""
    if _goes_on(inner):
        return False
    if any(u.pos_ in ("VERB", "AUX") and finite(u) for u in inner):
        return True
    if _gloss(inner):
        return False
    return words(inner) >= LONG_PARENTHESIS or any(u.pos_ in ("VERB", "AUX") for u in inner)


def _goes_on(inner: Span) -> bool:
    """The clause inside the marks goes on after the closing one: the next word opens a clause that the words
    inside govern (*– men den här regeringen vet – att det är …*)."""
    doc, inside = inner.doc, range(inner.start, inner.end)
    nxt = inner.end + 1
    if nxt >= len(doc) or doc[nxt].dep_ != "mark":
        return False
    clause = doc[nxt].head
    return clause.head.i in inside or clause.i in inside


def _gloss(inner: Span) -> bool:
    """A parenthesis or dash pair that names rather than says: a label and a colon (*engelska: …*), or mostly
    names, numbers and foreign words."""
    toks = [u for u in inner if is_word(u)]
    if len(toks) >= 2 and any(u.text == ":" for u in inner[:3]):
        return True
    named = sum(u.pos_ in ("PROPN", "NUM", "X", "SYM") or "Foreign" in u.morph.get("Foreign") for u in toks)
    return 2 * named >= len(toks)


def words(doc_span: Span) -> int:
    """The words of a stretch, without punctuation."""
    return sum(1 for t in doc_span if is_word(t))


def _longer(best: tuple[int, int] | None, new: tuple[int, int], span: Span, last: int) -> tuple[int, int] | None:
    doc = span.doc
    if words(doc[new[0] + 1:new[1]]) < LONG_INSERT or new[1] >= last or new[0] == span.start:
        return best
    if best is None or words(doc[new[0] + 1:new[1]]) > words(doc[best[0] + 1:best[1]]):
        return new
    return best
