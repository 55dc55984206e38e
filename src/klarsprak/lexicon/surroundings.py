"""What stands around the words a replacement takes the place of, as :func:`.fit.reads_otherwise` reads it: the
noun a preposition governs and whether it names an event ("vid flyttning", not "vid slutförvaret"), the noun a
quantifier counts ("åtskillig tid"), the noun for a message a phrase describes ("Uttalande med anledning av"),
and the words that follow.
"""

from __future__ import annotations

from functools import cache

from ..doc import TokenTable
from .loader import lexicon_file
from .wordlists import words as words_of

#: Endings of nouns that name an event or an action ("flyttning", "taxering", "förhandlande", "tillställelse",
#: "inspektion"), before which "vid" and "under" are read as time, not place (see :func:`.fit.reads_otherwise`).
EVENT_ENDINGS = ("ing", "ande", "ende", "else", "tion", "sion")


def event_follows(tokens: TokenTable, last: int) -> bool:
    """True if the noun that the preposition at ``last`` governs, or a noun right after it (the parser may hang
    "för projektet Athena Plus" on the name), names an event, an action or an activity: an -ning, -ande, -else
    or -tion noun, a verbal noun of ``nominalisations.yaml``, an ``event_nouns`` or ``frame_nouns`` word, or a
    compound or name ending in one ("vid beslutet", "under statsbesöket", "under Almedalsveckan")."""
    lemmas, written = _event_nouns()
    after = tokens.next_word(last)
    nouns = [tokens.doc[last].head] + ([tokens.doc[after]] if after < len(tokens.lower) else [])
    return any(n.i > last and n.pos_ in ("NOUN", "PROPN")
               and (n.lemma_.lower().endswith(lemmas) or n.lower_.endswith(written)) for n in nouns)


@cache
def _event_nouns() -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The endings of an event noun's lemma (``EVENT_ENDINGS`` and the listed nouns) and of its written
    definite or inflected forms (the listed nouns with "n", "en", "et")."""
    listed = ({e["id"].lower() for e in lexicon_file("plain", "nominalisations.yaml").entries}
              | words_of("event_nouns") | words_of("frame_nouns"))
    nouns = tuple(sorted(listed))
    return EVENT_ENDINGS + nouns, tuple(noun + ending for noun in nouns for ending in ("n", "en", "et"))


def describes_message(tokens: TokenTable, i: int, last: int) -> bool:
    """True if the phrase at ``i``..``last`` describes a noun for a message (``message_nouns``, or a compound
    ending in one: "regeringsuttalande")."""
    heads = {tokens.doc[k].head for k in range(i, last + 1)} - {tokens.doc[k] for k in range(i, last + 1)}
    nouns = tuple(words_of("message_nouns"))
    return any(h.pos_ == "NOUN" and h.lemma_.lower().endswith(nouns) for h in heads)


def counted_noun(tokens: TokenTable, i: int, last: int) -> str:
    """The morphology of the noun that tokens ``i``..``last`` count: for a phrase, the first noun after
    it past adjectives, determiners, "av" and genitives ("ett stort antal ukrainska volontärer", "en stor
    mängd av landets industrier"); for a word, the noun it describes ("åtskillig tid"), else its own."""
    if last > i:
        after = tokens.next_word(last)
        while after < len(tokens.pos) and (tokens.pos[after] in ("ADJ", "DET", "NUM", "ADV")
                                           or tokens.lower[after] == "av" or "Case=Gen" in tokens.morph[after]):
            after = tokens.next_word(after)
        return tokens.morph[after] if after < len(tokens.pos) and tokens.pos[after] == "NOUN" else ""
    token = tokens.doc[i]
    noun = token.head if token.dep_ in ("amod", "det", "nummod") and token.head.pos_ == "NOUN" else token
    return str(noun.morph)


def next_words(tokens: TokenTable, last: int, n: int) -> list[int]:
    """The ``n`` words after token ``last``."""
    found, k = [], last
    while len(found) < n and (k := tokens.next_word(k)) < len(tokens.lower):
        found.append(k)
    return found
