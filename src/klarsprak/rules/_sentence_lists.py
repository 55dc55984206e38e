"""Lists inside a long sentence (the rule ``long_sentence``'s helper): an enumeration of long items, or parallel
members that open alike, which read better as a bulleted list (Institutet för de inhemska språken via
Kommuntorget.fi: a list of examples as a bulleted list).
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from ._sentence_splits import coordination, finite, is_word, opening_words, plain_text, shorten, subtree_start

#: Items of an enumeration that make it a list to put in bullets, and their mean length in words.
LIST_ITEMS = 3
LIST_ITEM_WORDS = 5


def enumeration(span: Span) -> list[Span]:
    """The items of the sentence's longest enumeration of long items (``LIST_ITEMS`` or more, of three words or
    more and ``LIST_ITEM_WORDS`` words on average, separated by commas and a last *och*/*samt*/*eller*), or an
    empty list. Statements with their own subjects are not items (they are split, not bulleted)."""
    doc = span.doc
    best_items: list[Span] = []
    for h in span:
        if not is_word(h):
            continue
        if h.dep_ == "conj" and h.head.pos_ == h.pos_:
            continue  # a later member: its series is read from the first
        members = coordination(h, span)
        if len(members) < LIST_ITEMS or any(g.dep_.startswith("nsubj") and g.i > h.i for m in members[1:]
                                            for g in m.children):
            continue
        if all(m.pos_ in ("VERB", "AUX") and finite(m) and "Past" in m.morph.get("Tense") for m in members):
            continue  # one subject doing one thing after another (*bytte …, tvättade …, satte upp …*): told, not listed
        first = h.i if h.pos_ in ("VERB", "AUX") else min(t.i for t in h.subtree if is_word(t))
        starts = [first] + [subtree_start(m) for m in members[1:]]
        ends = starts[1:] + [max(t.i for t in members[-1].subtree) + 1]
        if any(lo >= hi for lo, hi in zip(starts, ends)):
            continue  # members whose words interleave: no series of items the parse shows
        items = [doc[lo:hi] for lo, hi in zip(starts, ends)]
        if not all(_clean_item(it, m, k, len(members)) for k, (it, m) in enumerate(zip(items, members))):
            continue
        if any(t.text == "," for it in items[1:-1] for t in it[:-1]):
            continue  # a middle item holding a comma: a longer list the parser nested, not these items
        words = [sum(is_word(t) for t in it) for it in items]
        if min(words) >= 3 and sum(words) / len(words) >= LIST_ITEM_WORDS and len(items) > len(best_items):
            best_items = items
    return best_items


def _clean_item(item: Span, member: Token, k: int, n: int) -> bool:
    """One item of an enumeration as the parse has it: its words depend on each other (or are the member),
    a middle item follows a comma and the last one a comma or *och*/*samt*/*eller*."""
    if any(is_word(t) and t.i != member.i and not item.start <= t.head.i < item.end for t in item[k == 0:]):
        return False
    if k == 0:
        return True
    opener = item[0] if is_word(item[0]) else item[1] if len(item) > 1 else item[0]
    before = item.doc[item.start - 1].text if item.start else ""
    if k < n - 1:
        return before == "," or item[0].text == ","
    return before == "," or item[0].text == "," or opener.lower_ in ("och", "samt", "eller")


def list_advice(items: list[Span]) -> str:
    heads = ", ".join(f"”{shorten(plain_text(it).lstrip(',').strip(), 3)}”" for it in items[:4])
    return f"Gör en punktlista av de {len(items)} leden: {heads}{' …' if len(items) > 4 else ''}."


def parallel_items(span: Span) -> list[Span]:
    """The members of the longest series of ``LIST_ITEMS`` or more clauses that open alike (see
    :func:`_parallel`), each to the next, of ``LIST_ITEM_WORDS`` words on average; empty when none."""
    doc, series = span.doc, {}
    for t in span:
        key = opening_words(span, t.i) if t.dep_ != "cc" and not (t.i and doc[t.i - 1].pos_ == "ADP") else ()
        if key and (doc[t.i - 1].text in (",", "och", "samt", "eller") or not series.get(key)):
            series.setdefault(key, []).append(t.i)
    starts = max(series.values(), key=len, default=[])
    if len(starts) < LIST_ITEMS:
        return []
    last = max(t.i for t in span if is_word(t)) + 1
    items = [doc[lo:hi] for lo, hi in zip(starts, [*starts[1:], last])]
    items = [doc[it.start:max(t.i for t in it if is_word(t) and t.dep_ != "cc") + 1] for it in items]
    words = [sum(map(is_word, it)) for it in items]
    return items if min(words) >= 3 and sum(words) / len(words) >= LIST_ITEM_WORDS else []
