"""Whether a long sentence is the writer's own: a quotation is not, and ``long_sentence`` only notes it.

A sentence in quotation marks, in a paragraph opened by a quotation dash (*– Vi gör det nu, säger
ministern.*), opened after a colon or closed by a quotation mark, a block quotation (:mod:`klarsprak.doc.passages`)
or reported speech with a short "…, säger ministern" tail is someone else's words: a writer can ask for
shorter sentences or paraphrase, not rewrite them.
"""

from __future__ import annotations

from spacy.tokens import Span

from ..doc.passages import attribution
from ..doc.tokens import TokenTable
from ._sentence_splits import is_word
from .base import Context

#: At most this many words in a "…, säger ministern" tail of reported speech.
ATTRIBUTION_WORDS = 10
QUOTE_MARKS = frozenset({"'", "”", "\"", "»", "“", "‘", "’"})
QUOTE_CLOSERS = frozenset({"'", "”", "’", "«"})


def quotation(ctx: Context, span: Span, speech: int | None) -> bool:
    """A quotation: in quotation marks (or opened after a colon, or closed at the end), in a paragraph opened
    by a quotation dash, or reported speech (``speech``: the sentence's :func:`speech_tail`)."""
    start, end = span.start_char, span.end_char
    last = [t.text for t in span if not t.is_space][-2:]
    own = start + len(span.text.rstrip())  # a block quote's paragraph ends before the blank line the span holds
    if ctx.in_quotes(start, end) or ctx.borrowed(start, own) == "citat" \
            or speech is not None or QUOTE_CLOSERS.intersection(last):
        return True
    # "Han skriver: 'Ty där …"
    return any(t.text in QUOTE_MARKS and t.i > span.start and span.doc[t.i - 1].text == ":" for t in span)


def speech_tail(tokens: TokenTable, span: Span) -> int | None:
    """The comma before a short "…, säger ministern" tail that ends the sentence (reported speech), or None.

    Whether the words after the last comma are an attribution is :func:`klarsprak.doc.passages.attribution`'s
    decision (the one test for every rule); here the tail must also end the sentence: at most
    ``ATTRIBUTION_WORDS`` words (a title after the speaker's name included) and no verb after the attribution's
    own (*…, är det viktigt att …* is none)."""
    commas = [t.i for t in span if t.text == ","]
    if not commas:
        return None
    comma = commas[-1]
    if len(commas) > 1 and span.doc[comma - 1].pos_ == "PROPN" \
            and not any(t.pos_ in ("VERB", "AUX") and is_word(t) for t in span.doc[comma + 1:span.end]):
        comma = commas[-2]  # "…, säger Anna Berg, ordförande för …": the speaker's title after the attribution
    tail = span.doc[comma + 1:span.end]
    verbs = [t for t in tail if t.pos_ in ("VERB", "AUX") and is_word(t)]
    if not 2 <= sum(map(is_word, tail)) <= ATTRIBUTION_WORDS or len(verbs) != 1:
        return None
    return comma if attribution(tokens, comma) else None
