"""Insertions inside a long sentence: a parenthesis or a pair of dashes around words that break it.

Plain-language guidance advises against long *inskott* (Språkligt, "Så skriver du tydliga meningar"):
the reader has to hold the sentence open across them. A short explanation or reference (*(LSS)*, *(Brå
2018:8)*, a gloss between dashes) does not break a sentence; an insertion with a verb or of
``LONG_PARENTHESIS`` words does.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from ._sentence_splits import finite, is_word

#: A parenthesis or a pair of dashes breaks a sentence when it holds ``LONG_INSERT`` words or more and a verb,
#: or ``LONG_PARENTHESIS`` words (a short explanation, reference or gloss, "(LSS)", "(Brå 2018:8)", does not).
LONG_INSERT = 4
LONG_PARENTHESIS = 8
#: A stretch between two commas that interrupts a clause (*arbetsgrupper som, med utgångspunkt i …, kommer
#: att arbeta*; *Digisam har, kopplat till vårt arbete …, tagit fram*) breaks it from this many words: the
#: blind dev labellers marked such insertions of 12-20 words; a short aside (*, som väntat,*) does not.
COMMA_INSERT = 10
#: What the words after a comma pair may not be to the words before it: the next item of a list or an
#: apposition goes on the same phrase and interrupts nothing.
_LISTING = frozenset({"conj", "cc", "appos", "flat:name", "list", "parataxis", "punct"})
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


def dashes(span: Span) -> list[tuple[int, int]]:
    """The pairs of spaced dashes within ``span`` (*– ni skrev det fru talman –*), opening and closing token: an
    aside, whose verb is not the sentence's main verb, and a candidate for :func:`longest`. An odd number of them
    pairs up for sure only from the first: after it the next pair may be the main clause between two asides (*… – det
    nämns … – eftersom ni ber om det – att för mig är detta … – och jag har … – ett verktyg*; blind dev judges,
    stop 28: "the named 'inskott' is the main clause, not the real dash insertions"), so only the first pair is
    kept (*Polyandri – som finns bara i undantagsfall – har troligen … – de nyfödda …*, judged correct)."""
    pairs: list[tuple[int, int]] = []
    opened: int | None = None
    for t in span:
        if _dash(t, span):
            if opened is not None:
                pairs.append((opened, t.i))
            opened = None if opened is not None else t.i
    return pairs[:1] if opened is not None else pairs


def _dash(t: Token, span: Span) -> bool:
    """A dash with spaces on both sides, not between numbers written in digits (*1 – 3*; a number word is no range:
    *… ärligt – ett verktyg*)."""
    doc = span.doc
    return t.text in DASHES and t.i > span.start and doc[t.i - 1].whitespace_ and bool(t.whitespace_) \
        and not (_digits(doc[t.i - 1]) or t.i + 1 < len(doc) and _digits(doc[t.i + 1]))


def _digits(t: Token) -> bool:
    return any(c.isdigit() for c in t.text)


def longest(span: Span, dashed: list[tuple[int, int]], short: bool = False) -> tuple[int, int] | None:
    """The longest parenthesis or dash pair (``dashed``: the span's :func:`dashes`) inside the sentence (not
    ending it) with enough words; in a ``short`` sentence only one with a finite verb (blind dev judges: a
    26-word sentence with a verbless dash list, or a 28-word Wikipedia lead with a pronunciation in brackets,
    reads fine)."""
    pairs = list(dashed)
    opened: int | None = None
    doc = span.doc
    last = span.end - 1
    while last > span.start and not is_word(doc[last]):
        last -= 1
    for t in span:
        if t.text == "(":
            opened = t.i
        elif t.text == ")" and opened is not None:
            pairs.append((opened, t.i))
            opened = None
    best: tuple[int, int] | None = None
    for pair in sorted(pairs, key=lambda p: p[1]):  # in text order of their ends: a tie keeps the first
        inner = doc[pair[0] + 1:pair[1]]
        if breaks(inner) and not (short and not _stated(inner)):
            best = _longer(best, pair, span, last)
    return best


def comma_pair(span: Span) -> tuple[int, int] | None:
    """The longest stretch between two commas (of ``COMMA_INSERT`` words or more) that interrupts a clause:
    the words just before and after it belong together (one governs the other, or both hang on one word
    outside it: a subject or auxiliary and its verb, a relative *som* and its verb), and the stretch hangs
    on them as an aside (no subordinate clause opened by a subordinator: an adverbial clause in front of the
    main verb is a heavy opening, not an insertion; no member opened by *och*: a second statement)."""
    doc = span.doc
    commas = [t.i for t in span if t.text == ","]
    best: tuple[int, int] | None = None
    for a, b in zip(commas, commas[1:]):
        inner = doc[a + 1:b]
        if words(inner) < COMMA_INSERT or b + 1 >= span.end or a == span.start or inner[0].dep_ == "cc":
            continue
        if best is not None and words(inner) <= words(doc[best[0] + 1:best[1]]):
            continue
        if _interrupts(span, a, b):
            best = (a, b)
    return best


def _interrupts(span: Span, a: int, b: int) -> bool:
    """The commas at ``a`` and ``b`` enclose an aside inside one clause (see :func:`comma_pair`)."""
    doc = span.doc
    left = next((doc[i] for i in range(a - 1, span.start - 1, -1) if is_word(doc[i])), None)
    right = next((doc[i] for i in range(b + 1, span.end) if is_word(doc[i])), None)
    if left is None or right is None:
        return False
    left, right = _top(left, span.start, a), _top(right, b + 1, span.end)
    if right.dep_ in _LISTING or left.dep_ in _LISTING and left.head.i == right.i:
        return False
    inside = range(a + 1, b)
    tops = [t for t in doc[a + 1:b] if t.head.i not in inside and is_word(t)]
    if len({t.head.i for t in tops}) != 1 or any(c.dep_ == "mark" for t in tops for c in t.children) \
            or any(t.dep_ in _LISTING for t in tops):
        return False
    joined = right.head.i == left.i or left.head.i == right.i or (
        left.head.i == right.head.i and left.head.i not in inside and left.head.i != left.i)
    return joined and (right.pos_ in ("VERB", "AUX") or right.head.pos_ in ("VERB", "AUX"))


def _top(t: Token, start: int, end: int) -> Token:
    """The highest word above ``t`` that still lies in ``start``..``end``."""
    while t.head.i != t.i and start <= t.head.i < end:
        t = t.head
    return t


def _stated(inner: Span) -> bool:
    return any(u.pos_ in ("VERB", "AUX") and finite(u) for u in inner)


def breaks(inner: Span) -> bool:
    """An insertion that breaks the sentence has a verb or ``LONG_PARENTHESIS`` words; a short gloss or
    reference (*(LSS)*, *– nytt tänkande inom skolmatematiken –*) does not, nor does a gloss of names, dates
    or another language's words however long (*(engelska: The Lord of the Rings …)*, *(född 12 mars 1950 i
    …)*: blind judges called a Wikipedia lead with such a parenthesis not too long), nor a main clause between
    dashes that goes on after them (*– men den här regeringen vet – att …*: a place to split, not an aside)."""
    if _goes_on(inner):
        return False
    if _stated(inner):
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
