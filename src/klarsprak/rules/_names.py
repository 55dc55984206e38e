"""Where a word is part of a name or of history, so that a rule flags it softly or not at all.

A word in the title of a statute ("lagen (1993:387) om stöd och service till vissa
funktionshindrade") cannot be rewritten: the writer must quote the name. A word in a
sentence about the past (a year before :data:`HISTORY_BEFORE`, "på 1950-talet") may be
needed to say how people wrote then.
"""

from __future__ import annotations

import re

from ..lexicon.wordlists import words
from ..doc import TokenTable

#: A statute number ("2016:1145", "2020/21:155", "2021/2115", "2028–2034") or a statute word
#: (``statute_words`` in ``lexicons/plain/word_lists.yaml``) this many tokens before a word marks
#: it as part of a title.
TITLE_WINDOW = 8
REFERENCE = re.compile(r"^\(?\d{4}(?:[/:–-]\w+)+\)?$")
#: A year before this in the sentence makes it a sentence about history.
HISTORY_BEFORE = 1980
YEAR = re.compile(r"^(1[0-9]{3})(?:-talet|-talets)?$")


def in_statute_title(tokens: TokenTable, i: int) -> bool:
    """True if a statute number or a statute word stands shortly before token ``i``."""
    statute = words("statute_words")
    text, lower = tokens.text, tokens.lower
    return any(REFERENCE.match(text[k]) or lower[k] in statute for k in range(max(0, i - TITLE_WINDOW), i))


def about_history(tokens: TokenTable, start: int, end: int) -> bool:
    """True if tokens ``start``..``end`` (a sentence) name a year or decade before :data:`HISTORY_BEFORE`."""
    for k in range(start, end):
        m = YEAR.match(tokens.text[k])
        if m and int(m.group(1)) < HISTORY_BEFORE:
            return True
    return False
