"""Finding lexicon entries in an analysed spaCy ``Doc``.

Works on the Doc's own tokens (no second tokenization): a token matches an
entry when its lemma or its written form is a form of one of the entry's
lemmas (see :mod:`.morphology`), or, where the entry allows it, when the token is a
compound with the entry's word as first or last part. Phrases match runs of
tokens the same way. The entry's conditions are then checked: part of speech
(when the model gives it), words never to match, context words that must or
must not occur in its unit (the sentence), and whether the hit is inside quotation marks
or a proper name.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Iterator

from spacy.tokens import Token

from ..doc import Analysis, TokenTable
from ..doc.tokens import keys_of
from .inclusive import Entry, Lexicon, cached_lexicon
from .morphology import as_head, as_modifier, is_form

#: how a token matched, best first: used to keep one entry per token
HOW_RANK = {"phrase": 0, "form": 1, "lemma": 1, "head": 2, "modifier": 3, "stem": 3}
#: words that may stand between two words of a phrase, and how many
GAP_POS = frozenset({"ADV", "ADJ"})
MAX_GAP = 2
#: distinct key tuples whose single-word matches a :class:`Matcher` remembers
WORD_CACHE_SIZE = 100_000
WordLookup = tuple[list[tuple[Entry, str]], list[tuple[Entry, tuple[str, ...]]]]


@dataclass(frozen=True)
class Match:
    """An entry found at ``doc[start:end]`` (token indices) = ``text[start_char:end_char]``."""

    entry: Entry
    start: int
    end: int
    start_char: int
    end_char: int
    how: str


def token_keys(token: Token) -> tuple[str, ...]:
    """The lower-case written form (hyphens removed), the model's lemma, and for a
    hyphenated compound its last part (EU-tjänstemännen → tjänstemännen)."""
    return keys_of(token.lower_, token.lemma_)


def is_proper_name(analysis: Analysis, i: int) -> bool:
    """True for a proper name: token ``i`` capitalised where a sentence does not start (or tagged PROPN there).

    At the start of a sentence (a unit) capitals say nothing, and taggers tend to call an
    unknown capitalised word PROPN, so a sentence-initial word is a name here only when
    the next word is capitalised too ("Synskadades Riksförbund").
    """
    tokens = analysis.tokens
    text = tokens.text[i]
    if not text[:1].isupper() or text.rsplit("-", 1)[-1].islower():
        return False
    if text.isupper() and len(text) > 1:
        return False
    if sentence_initial(analysis, i):
        return _name_goes_on(analysis, i)
    if tokens.pos[i] == "PROPN":
        return True
    prev = tokens.prev_word(i)
    if prev < 0 or starts_unit(analysis, i):
        return False
    return not (tokens.is_punct[prev] and tokens.text[prev] in ".!?:;\"“”„«»'’–—-•*#(")


def starts_unit(analysis: Analysis, i: int) -> bool:
    """True if token ``i`` begins its unit (the sentence), or stands outside every unit."""
    unit = analysis.unit_of(i)
    return unit is None or unit.span.start == i


def _name_goes_on(analysis: Analysis, i: int) -> bool:
    """True if the next word is capitalised too, inside the sentence: a name of several words
    such as an organisation's ("Synskadades Riksförbund")."""
    tokens = analysis.tokens
    j = i + 1
    while j < len(tokens) and tokens.is_space[j] and "\n" not in tokens.text[j]:
        j += 1
    if j >= len(tokens):
        return False
    nxt = tokens.text[j]
    return nxt[:1].isupper() and nxt[1:].islower() and not starts_unit(analysis, j)


def sentence_initial(analysis: Analysis, i: int) -> bool:
    """True for token ``i`` at the start of a sentence, a line, or after an opening quote or tag."""
    tokens = analysis.tokens
    text, is_space, is_punct = tokens.text, tokens.is_space, tokens.is_punct
    j = i - 1
    while j >= 0 and is_space[j]:
        if "\n" in text[j] or "\r" in text[j]:
            return True
        j -= 1
    if j < 0:
        return True
    k = i - 1
    while k >= 0 and (is_space[k] or is_punct[k] and text[k] in "\"“”„«»'’(–—-•*#"):
        k -= 1
    return k < 0 or starts_unit(analysis, k + 1) or text[k] in ".!?:" or text[k].endswith(">")


class Matcher:
    """Finds the entries of a :class:`Lexicon` in Docs; build once, call on many Docs."""

    def __init__(self, lexicon: Lexicon) -> None:
        self.lexicon = lexicon
        self._by_prefix: dict[str, list[tuple[Entry, str]]] = {}
        self._heads: list[tuple[Entry, str]] = []
        self._phrases: dict[str, list[tuple[Entry, tuple[str, ...]]]] = {}
        for entry in lexicon:
            for lemma in entry.lemmas:
                self._by_prefix.setdefault(lemma[:3], []).append((entry, lemma))
                if entry.conditions.compound in ("head", "any"):
                    self._heads.append((entry, lemma))
            for phrase in entry.phrases:
                self._phrases.setdefault(phrase[0][:3], []).append((entry, phrase))
        self._word_cache: dict[tuple[str, ...], WordLookup] = {}

    def __call__(self, analysis: Analysis) -> list[Match]:
        """Every match in the analysed text, at most one per token, in text order."""
        tokens = analysis.tokens
        best: dict[int, Match] = {}
        for match in self._candidates(tokens):
            if not self._conditions_hold(match, analysis):
                continue
            current = best.get(match.start)
            if current is None or _better(match, current):
                best[match.start] = match
        covered: set[int] = set()
        out = []
        for match in sorted(best.values(), key=lambda m: (m.start, -(m.end - m.start))):
            if any(i in covered for i in range(match.start, match.end)):
                continue
            covered.update(range(match.start, match.end))
            out.append(match)
        return out

    def _candidates(self, tokens: TokenTable) -> Iterator[Match]:
        text, idx, end, is_space, is_punct = tokens.text, tokens.idx, tokens.end, tokens.is_space, tokens.is_punct
        all_keys, cached = tokens.keys, self._word_cache.get
        for i in range(len(text)):
            if is_space[i] or is_punct[i] or not _has_letter(text[i]):
                continue
            keys = all_keys[i]
            matches, phrases = cached(keys) or self._by_keys(keys)
            for entry, how in matches:
                yield Match(entry, i, i + 1, idx[i], end[i], how)
            for entry, phrase in phrases:
                stop = _match_phrase(tokens, i, phrase)
                if stop is not None:
                    yield Match(entry, i, stop, idx[i], end[stop - 1], "phrase")

    def _by_keys(self, keys: tuple[str, ...]) -> WordLookup:
        """What a token with these keys matches alone (entry, how) and the phrases that may start
        with it (cached per key tuple: words repeat)."""
        found = self._word_cache.get(keys)
        if found is None:
            matches = [(entry, how) for entry, lemma in self._lookup(keys) if (how := self._how(keys, lemma, entry))]
            matches += [(entry, "head") for entry, lemma in self._heads
                        if any(as_head(k, lemma) for k in keys) and not any(is_form(k, lemma) for k in keys)]
            phrases = [(entry, phrase) for key in dict.fromkeys(k[:3] for k in keys)
                       for entry, phrase in self._phrases.get(key, ()) if _may_start(keys, phrase[0])]
            if len(self._word_cache) >= WORD_CACHE_SIZE:
                self._word_cache.clear()
            found = self._word_cache[keys] = (matches, phrases)
        return found

    def _lookup(self, keys: tuple[str, ...]) -> list[tuple[Entry, str]]:
        found: list[tuple[Entry, str]] = []
        for key in dict.fromkeys(k[:3] for k in keys):
            found.extend(self._by_prefix.get(key, ()))
        return found

    @staticmethod
    def _how(keys: tuple[str, ...], lemma: str, entry: Entry) -> str | None:
        if entry.conditions.compound == "stem":  # the written word alone, as the job-ad word lists mean it
            return "stem" if keys[0].startswith(lemma) else None
        if len(keys) > 1 and keys[1] == lemma:
            return "lemma"
        if any(is_form(k, lemma) for k in keys):
            return "form"
        if entry.conditions.compound in ("modifier", "any") and any(as_modifier(k, lemma) for k in keys):
            return "modifier"
        return None

    @staticmethod
    def _conditions_hold(match: Match, analysis: Analysis) -> bool:
        cond = match.entry.conditions
        columns = analysis.tokens
        first = match.start
        word = columns.lower[first]
        for pattern in cond.exclude:
            if " " in pattern:
                if _inside_phrase(analysis, match, pattern):
                    return False
            elif word == pattern or (pattern.endswith("*") and word.startswith(pattern[:-1])):
                return False
        pos = columns.pos[first]
        if cond.pos and match.how != "phrase" and pos and pos not in cond.pos:
            if not (pos == "PROPN" and "NOUN" in cond.pos and sentence_initial(analysis, first)):
                return False
        if not cond.in_names and any(is_proper_name(analysis, i) for i in range(match.start, match.end)):
            return False
        if not cond.in_quotes and analysis.quotes.contains(match.start_char, match.end_char):
            return False
        if cond.context or cond.unless:
            start, end = _unit_tokens(analysis, match.start)
            keys, is_punct = analysis.keys, analysis.tokens.is_punct
            sentence = [k for i in range(start, end) if not is_punct[i] for k in keys[i]]
            if cond.context and not any(is_form(k, c) for k in sentence for c in cond.context):
                return False
            if cond.unless and any(is_form(k, c) for k in sentence for c in cond.unless):
                return False
        return True


def _unit_tokens(analysis: Analysis, i: int) -> tuple[int, int]:
    """The token range of the unit (sentence) holding token ``i``; the token alone between units."""
    unit = analysis.unit_of(i)
    return (unit.span.start, unit.span.end) if unit is not None else (i, i + 1)


def _inside_phrase(analysis: Analysis, match: Match, phrase: str) -> bool:
    """True if the match lies inside an occurrence of ``phrase`` in its unit (case-insensitive)."""
    start, end = _unit_tokens(analysis, match.start)
    offset = analysis.tokens.idx[start]
    text = analysis.text[offset:analysis.tokens.end[end - 1]].lower()
    for m in re.finditer(re.escape(phrase), text):
        if offset + m.start() <= match.start_char and match.end_char <= offset + m.end():
            return True
    return False


def _better(new: Match, old: Match) -> bool:
    if (new.end - new.start) != (old.end - old.start):
        return (new.end - new.start) > (old.end - old.start)
    rank_new, rank_old = HOW_RANK[new.how], HOW_RANK[old.how]
    if rank_new != rank_old:
        return rank_new < rank_old
    return max(map(len, new.entry.lemmas), default=0) > max(map(len, old.entry.lemmas), default=0)


def _match_phrase(tokens: TokenTable, i: int, phrase: tuple[str, ...]) -> int | None:
    """The end index if ``phrase`` matches the words from token ``i``, else None.

    Up to :data:`MAX_GAP` adverbs or adjectives may stand between two of its words ("de svårt
    sjuka", "med mycket svåra handikapp"). A phrase from a determiner to an adjective is a
    group of people only when no noun follows: "de sjuka" but not "de sjuka barnen".
    """
    keys, is_space, pos = tokens.keys, tokens.is_space, tokens.pos
    size = len(is_space)
    j = i
    for n, word in enumerate(phrase):
        while j < size and is_space[j]:
            j += 1
        if j >= size:
            return None
        if word == "*":
            if tokens.is_punct[j]:
                return None
        elif word == "<num>":
            if not tokens.like_num[j]:
                return None
        else:
            gap = 0
            while n > 0 and not any(is_form(k, word) for k in keys[j]):
                if gap == MAX_GAP or pos[j] not in GAP_POS:
                    return None
                gap += 1
                j = _next_word(tokens, j + 1)
                if j >= size:
                    return None
            if n == 0 and not any(is_form(k, word) for k in keys[j]):
                return None
        j += 1
    if pos[j - 1] == "ADJ" and pos[i] == "DET":
        after = _next_word(tokens, j)
        if after < size and pos[after] in ("NOUN", "PROPN"):
            return None
    return j


def _may_start(keys: tuple[str, ...], word: str) -> bool:
    """Whether a token with ``keys`` can be a phrase's first ``word`` (the test :func:`_match_phrase` makes
    first, done here once per distinct token)."""
    return word in ("*", "<num>") or any(is_form(k, word) for k in keys)


def _next_word(tokens: TokenTable, j: int) -> int:
    is_space = tokens.is_space
    size = len(is_space)
    while j < size and is_space[j]:
        j += 1
    return j


@lru_cache(maxsize=65536)
def _has_letter(text: str) -> bool:
    return any(c.isalpha() for c in text)


@lru_cache(maxsize=8)
def matcher_for(extra: tuple[str, ...] = ()) -> Matcher:
    """The matcher for the shipped lexicon plus the ``extra`` lexicon files (cached)."""
    return Matcher(cached_lexicon(extra))
