"""``unnecessary_marking``: gender, ethnicity or religion marked for no reason (en kvinnlig läkare).

The marking words, the role nouns they stand before and the words that make a marking
relevant are word lists in ``lexicons/inclusive/patterns.yaml``.
"""

from __future__ import annotations

from collections import Counter
from functools import lru_cache
from typing import Iterator

from ..findings import Finding
from ..lexicon.morphology import base_of, head_of
from ..lexicon.wordlists import word_lists, words
from .base import REGISTRY, Context, Examples

SKRIVREGLER = "Myndigheternas skrivregler 8 uppl. (Språkrådet 2014)"
#: Parts of speech that are never the role noun after a marking word.
FUNCTION_POS = frozenset({"PRON", "DET", "ADP", "AUX", "CCONJ", "SCONJ", "PART"})


@lru_cache(maxsize=65536)
def _marking_word(keys: tuple[str, ...]) -> tuple[str, str] | None:
    """The marking word (kvinnlig, somalisk …) a token with these keys is a form of, and its ground."""
    for list_id in ("marking_sex", "marking_ethnicity", "marking_religion"):
        found = base_of(keys, words(list_id))
        if found:
            return found, word_lists()[list_id].ground or "sex"
    return None


@REGISTRY.rule(
    "unnecessary_marking",
    category="inclusive_language",
    severity="warning",
    description="Kön, etnicitet eller religion angivet utan att det är relevant (en kvinnlig läkare, "
                "en somalisk gärningsperson).",
    source=f"{SKRIVREGLER} §1.2.6 och §8.1.2",
    examples=Examples(
        flag=(
            "Vi har anställt en kvinnlig läkare.",
            "En manlig förskollärare började i augusti.",
            "En somalisk gärningsperson greps i natt.",
        ),
        ok=(
            "Andelen kvinnliga chefer ökade till 40 procent.",
            "Hon blev den första kvinnliga biskopen.",
            "Du kan begära en kvinnlig läkare.",
            "Kvinnliga chefer är fortfarande få i branschen.",
            "Vi har anställt en läkare.",
        ),
    ),
)
def unnecessary_marking(ctx: Context) -> Iterator[Finding]:
    """An adjective of gender, ethnicity or religion right before a role or person noun.

    Not flagged where the marking is likely relevant: statistics, comparison or
    "the first" words in the sentence, two marking words of the same ground
    (manliga och kvinnliga), a sentence about gender (kvinnor, män), a group by gender in the plural
    ("kvinnliga chefer är fortfarande få": the point of the sentence, not one person as an exception), or, for
    origin and religion, a group in the plural unless named by a crime (kristna forskare, but not somaliska
    rånare), or a document about the group or about a state (antisemitism, diskriminering, minister).
    """
    heads = words("marking_heads")
    sex_nouns = words("marking_sex_nouns")
    relevant = words("marking_relevant")
    crime_heads = words("marking_crime_heads")
    topic = words("marking_topic")
    keys, text = ctx.tokens.keys, ctx.tokens.text
    topical = any(base_of(keys[i], topic) for i in range(len(text)) if text[i].isalpha())
    for unit in ctx.units:
        indices = ctx.word_indices(unit.span.start, unit.span.end)
        marks = [_marking_word(keys[i]) for i in indices]
        if not any(marks[:-1]) or any(base_of(keys[i], relevant) for i in indices):
            continue
        per_ground = Counter(m[1] for m in marks if m)
        sex_topic = any(base_of(keys[i], sex_nouns) for i in indices)
        for n, marked in enumerate(marks[:-1]):
            if marked is None:
                continue
            word, ground = marked
            if per_ground[ground] > 1 or (ground == "sex" and sex_topic) or (ground != "sex" and topical):
                continue
            tok, nxt = ctx.doc[indices[n]], ctx.doc[indices[n + 1]]
            head = head_of(keys[indices[n + 1]], nxt.lower_, heads)
            if head is None or (ground == "sex" and head in sex_nouns):
                continue
            if nxt.pos_ in FUNCTION_POS:
                continue  # the heads are all nouns: not "man" the pronoun; a rare compound mistagged VERB still counts
            if "Plur" in nxt.morph.get("Number") and (ground == "sex" or head not in crime_heads):
                continue  # "kvinnliga chefer är fortfarande få", "kristna forskare kritiserar hans läror": a group
                # is the topic, not one person marked as an exception; not "somaliska rånare"
            if tok.text[:1].isupper() and not tok.is_sent_start:
                continue
            start, end = tok.idx, nxt.idx + len(nxt.text)
            if ctx.in_quotes(start, end):
                continue
            what = {"sex": "Kön", "ethnicity": "Ursprung", "religion": "Religion"}[ground]
            yield ctx.finding(
                start,
                end,
                f"{what} anges i ”{ctx.text[start:end]}” utan att det verkar relevant. "
                "Det antyder att personen är ett undantag eller kopplar gruppen till saken.",
                [f"stryk ”{tok.text}”: {nxt.text}", "ange det bara när det är sakligt relevant"],
                ground=ground,
                source=word_lists()[f"marking_{ground}"].source,
            )
