"""Where a word is part of a name or of history, so that a rule flags it softly or not at all.

A word in the title of a statute ("lagen (1993:387) om stöd och service till vissa
funktionshindrade") cannot be rewritten: the writer must quote the name. A word in a
sentence about the past (a year before :data:`HISTORY_BEFORE`, "på 1950-talet") may be
needed to say how people wrote then.
"""

from __future__ import annotations

import re
from functools import cache
from itertools import accumulate

from ..lexicon.wordlists import words
from ..doc import TokenTable
from .compound_split import segments, word_list

#: A statute number ("2016:1145", "2020/21:155", "2021/2115", "2028–2034") or a statute word
#: (``statute_words`` in ``lexicons/plain/word_lists.yaml``) this many tokens before a word marks
#: it as part of a title.
TITLE_WINDOW = 8
#: How far back :func:`in_statute_name` looks for the statute word: EU acts have long titles
#: ("förordning (EU) 2022/2371 om allvarliga gränsöverskridande hot … och om upphävande av …").
NAME_WINDOW = 20
REFERENCE = re.compile(r"^\(?\d{4}(?:[/:–-](?!tal)\w+)+\)?$")  # not a decade: "1500-talet" is history
#: A law, an ordinance or a code named by a compound (Säkerhetsskyddslagen, fastighetsmäklarförordningen,
#: socialförsäkringsbalken): a modifier of six letters or more and a head from ``statutes`` in ``name_heads.yaml``.
LAW_NAME = r"\b([^\W\d_]{{6,}}?)(?:{})\b"
#: A year before this in the sentence makes it a sentence about history.
HISTORY_BEFORE = 1980
YEAR = re.compile(r"^(1[0-9]{3})(?:-talet|-talets)?$")


@cache
def law_name() -> re.Pattern[str]:
    """:data:`LAW_NAME` with its heads from the lexicon."""
    heads = sorted(word_list("name_heads")["statutes"], key=lambda w: (-len(w), w))
    return re.compile(LAW_NAME.format("|".join(map(re.escape, heads))), re.IGNORECASE)


def law_named(word: str, modifier: str) -> bool:
    """True if ``word`` names a law by its head (säkerhetsskydds|lagen), not a word that ends in a head's letters
    (ändrings|förslag, besluts|underlagen, where "lag" is no part)."""
    cut = segments(word, whole=False)
    return cut is None or len(cut) < 2 or len(modifier) in accumulate(map(len, cut))


def _statute_compound(word: str) -> bool:
    """True if ``word`` (lower case) names a statute: a hyphenated name (EU-förordningen) or a law named by a
    compound (socialtjänstlagen, arbetsmiljölagen; not underlagen, beslutsunderlagen)."""
    if word.rpartition("-")[2] in words("statute_words"):
        return True
    m = law_name().fullmatch(word)
    return m is not None and law_named(m.group(0), m.group(1))


def in_statute_title(tokens: TokenTable, i: int) -> bool:
    """True if a statute number or a statute word stands shortly before token ``i``."""
    statute = words("statute_words")
    text, lower = tokens.text, tokens.lower
    return any(REFERENCE.match(text[k]) or lower[k] in statute for k in range(max(0, i - TITLE_WINDOW), i))


def in_statute_name(tokens: TokenTable, i: int) -> bool:
    """True if token ``i`` stands in the name of a statute or a report, with no verb in between: after
    the statute word or number and "om", "för", "till" or "med" ("förordningen (2019:123) om
    tillhandahållande av uppgifter", "lagen om stöd och service till vissa funktionshindrade"), or
    in a capitalised title right after a statute word ("propositionen Ett förbättrat tillhandahållande").
    A name is quoted, never rewritten. Stricter than :func:`in_statute_title`, so "enligt lagen ska
    ansökan inkomma" is not a name."""
    statute = words("statute_words")

    def statute_before(k: int) -> bool:
        before = tokens.prev_word(k)
        if before >= 0 and tokens.text[before] == ")":  # "lagen (1904:26 s. 1) om": the number in brackets
            inner = before
            while inner >= 0 and tokens.text[inner] != "(" and before - inner < TITLE_WINDOW:
                inner = tokens.prev_word(inner)
            if inner >= 0 and tokens.text[inner] == "(" and any(
                    REFERENCE.match(tokens.text[j]) for j in range(inner + 1, before)):
                before = inner
        while before >= 0 and tokens.text[before] in "()":
            before = tokens.prev_word(before)
        if before < 0:
            return False
        word = tokens.lower[before]  # also a compound or hyphenated name: EU-förordningen, socialtjänstlagen
        return word in statute or bool(REFERENCE.match(tokens.text[before])) or _statute_compound(word)

    for k in range(i - 1, max(-1, i - NAME_WINDOW - 1), -1):
        if tokens.pos[k] in ("VERB", "AUX") or tokens.text[k] in ".:;!?" or "\n" in tokens.text[k]:
            return False  # a name ends at a verb, a sentence end or a line break
        if tokens.lower[k] in ("om", "för", "till", "med") and statute_before(k):
            return True
        if tokens.text[k][:1].isupper() and (prev := tokens.prev_word(k)) >= 0 and (
                tokens.lower[prev] in statute or REFERENCE.match(tokens.text[prev]) and statute_before(prev)):
            return True  # "propositionen Ett förbättrat …", "Prop. 2020/21:71 Uppenbart ogrundade …"
    return False


def about_history(tokens: TokenTable, start: int, end: int) -> bool:
    """True if tokens ``start``..``end`` (a sentence) name a year or decade before :data:`HISTORY_BEFORE`."""
    for k in range(start, end):
        m = YEAR.match(tokens.text[k])
        if m and int(m.group(1)) < HISTORY_BEFORE:
            return True
    return False
