"""Whether a long sentence is the writer's own: a quotation is not, and ``long_sentence`` only notes it.

A sentence in quotation marks, in a paragraph opened by a quotation dash (*– Vi gör det nu, säger
ministern.*), opened after a colon or closed by a quotation mark, a block quotation (:mod:`klarsprak.doc.passages`)
or reported speech with a short "…, säger ministern" tail is someone else's words: a writer can ask for
shorter sentences or paraphrase, not rewrite them.
"""

from __future__ import annotations

from spacy.tokens import Span

from ._sentence_splits import is_word
from .base import Context

#: At most this many words in a "…, säger ministern" tail of reported speech.
ATTRIBUTION_WORDS = 10
QUOTE_MARKS = frozenset({"'", "”", "\"", "»", "“", "‘", "’"})
QUOTE_CLOSERS = frozenset({"'", "”", "’", "«"})


def quotation(ctx: Context, span: Span) -> bool:
    """A quotation: in quotation marks (or opened after a colon, or closed at the end), in a paragraph opened
    by a quotation dash, or reported speech."""
    start, end = span.start_char, span.end_char
    tail = [t.text for t in span if not t.is_space][-2:]
    own = start + len(span.text.rstrip())  # a block quote's paragraph ends before the blank line the span holds
    if ctx.in_quotes(start, end) or ctx.borrowed(start, own) == "citat" or attribution(span) \
            or QUOTE_CLOSERS.intersection(tail):
        return True
    # "Han skriver: 'Ty där …"
    return any(t.text in QUOTE_MARKS and t.i > span.start and span.doc[t.i - 1].text == ":" for t in span)


def attribution(span: Span) -> bool:
    """True for reported speech: a statement followed by a short "…, säger ministern" tail.

    The tail is a verb after the last comma with its subject, no more than a few words to the end,
    governing the statement before it or attached to it as a parenthetical."""
    doc = span.doc
    commas = [t.i for t in span if t.text == ","]
    if not commas:
        return False
    tail = doc[commas[-1] + 1:span.end]
    if not 2 <= sum(map(is_word, tail)) <= ATTRIBUTION_WORDS:
        return False
    for v in tail:
        if v.pos_ == "VERB" and any(c.dep_.startswith("nsubj") and c.i > v.i for c in v.children) and (
                v.dep_ in ("parataxis", "ROOT") or any(c.dep_ in ("ccomp", "parataxis") and c.i < v.i for c in v.children)):
            return True
    return False
