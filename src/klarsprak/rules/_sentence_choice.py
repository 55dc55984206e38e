"""Which of a long sentence's split points to name (the rule ``long_sentence``'s helper): the one nearest the
middle, or, for a very long sentence, several that leave no part far over the limit. The split points
themselves are ``_sentence_splits``'s.
"""

from __future__ import annotations

from typing import Iterable

from spacy.tokens import Span, Token

from ._sentence_parse import indirect, main_verb
from ._sentence_splits import (DROPPED, KEPT, MAX_SPLIT_WORDS, PENALTY, RELATIVE_ADVERBS, RELATIVES, SPLIT_SIDE,
                               STATEMENT_OPENERS, STATEMENT_SIDE, Split, candidates, dangling, is_word, subtree_start,
                               two)


def best(span: Span, root: Token, main_verbs: Iterable[Token]) -> Split | None:
    """The usable split nearest the middle that leaves ``SPLIT_SIDE`` words on each side (a first statement
    with its own subject and verb may be shorter: ``STATEMENT_SIDE``)."""
    words = [t.i for t in span if is_word(t)]
    if not 2 * SPLIT_SIDE <= len(words) <= MAX_SPLIT_WORDS:
        return None
    return _nearest(candidates(span, root, main_verbs), words)


def _nearest(found: list[Split], words: list[int]) -> Split | None:
    """The split among ``found`` nearest the middle of the stretch of ``words`` (token indices) that leaves
    enough words on each side of it."""
    if len(words) < 2 * SPLIT_SIDE:
        return None
    hi = words[-SPLIT_SIDE]
    middle = words[len(words) // 2]
    usable = [s for s in found if words[STATEMENT_SIDE if s.kind in ("statement", "stop") else SPLIT_SIDE] <= s.at <= hi]
    return min(usable, key=lambda s: abs(s.at - middle) / len(words) + PENALTY[s.kind], default=None)


#: Splits named at most in one piece of advice.
MAX_SPLITS = 4


def several(span: Span, root: Token, main_verbs: Iterable[Token], limit: int) -> list[Split]:
    """Splits, in text order, that cut a very long sentence into parts of at most ``limit`` words where the
    sentence allows: the longest part is cut nearest its middle until every part is short enough, no usable
    split is left in the long ones, or ``MAX_SPLITS`` are named (blind judges, stop 27: one split that leaves
    an 80-word sentence does not help)."""
    words = [t.i for t in span if is_word(t)]
    if len(words) > MAX_SPLIT_WORDS:
        return []
    found = candidates(span, root, main_verbs)
    found += [s for s in comma_statements(span) if s.at not in {f.at for f in found}]
    chosen: list[Split] = []
    done: set[int] = set()
    while len(chosen) < MAX_SPLITS:
        cuts = [span.start, *(s.at for s in chosen), span.end]
        parts = [[i for i in words if lo <= i < hi] for lo, hi in zip(cuts, cuts[1:])]
        open_parts = [p for p in parts if len(p) > limit and p[0] not in done]
        if not open_parts:
            break
        part = max(open_parts, key=len)
        split = _nearest([s for s in found if part[0] < s.at <= part[-1]], part)
        if split is None:
            done.add(part[0])
            continue
        chosen = sorted([*chosen, split], key=lambda s: s.at)
    return chosen


def comma_statements(span: Span) -> list[Split]:
    """The starts of the statements a comma already parts from the one before (*…, och jag kände att …*,
    *…, tårarna sprutade och …*: a clause with its own subject and finite verb, no subordinator, after a comma
    and *och*/*samt*/*men* or after the comma alone), wherever the parse hung them: in a run-on sentence the
    parse is least sure which clause is the main one, and each part between two of them is a statement."""
    doc, found = span.doc, []
    for c in span:
        if c.dep_ not in ("conj", "parataxis"):
            continue
        first = subtree_start(c)
        if first <= span.start or doc[first - 1].text != "," or main_verb(c) is None or indirect(c) or not any(
                g.dep_.startswith("nsubj") for g in c.children) or _subordinate(c):
            continue
        opener = doc[first]
        conjunction = opener.dep_ == "cc" and opener.lower_ in DROPPED | KEPT
        if not conjunction and (opener.dep_ == "cc" or opener.pos_ not in STATEMENT_OPENERS) \
                or opener.lower_ in RELATIVES | RELATIVE_ADVERBS or dangling(span, first):
            continue
        second = doc[first + (opener.lower_ in DROPPED):span.end].text
        found.append(two(span, first, "statement", second))
    return found


def _subordinate(c: Token) -> bool:
    """``c`` or a clause above it is opened by a subordinator (*genom att gällande datum skjuts upp, de bestämmelser
    … stryks*): a member of a subordinate clause, not a statement."""
    return any(any(g.dep_ == "mark" for g in a.children) for a in (c, *c.ancestors))
