"""An adjective's adverb and how it is compared, so that a replacement keeps the word class and degree of
the word it replaces: "explicit" used as an adverb is not "uttryckligt", "mer frekvent" is not "mer ofta"."""

from __future__ import annotations

from ..frequency import zipf
from .inflection import NEUTER, adjective_form, attested, syncopated
from .morphology import VOWELS


def adverb_form(adjective: str) -> str | None:
    """The adverb of ``adjective`` that Swedish writes as its neuter (tydlig: "tydligt"), or None when the
    neuter is not attested or is not the usual adverb: an adjective in -ig whose adverb in -igen is at least
    as common takes that form ("uttryckligen markerade", not "uttryckligt markerade"), and that form may have
    another sense ("tydligen" is "apparently"), so no form is chosen for it."""
    neuter = adjective_form(adjective, NEUTER)
    if not neuter or neuter == adjective or not neuter.endswith("t"):
        return None
    if adjective.endswith("ig") and zipf(adjective + "en") >= zipf(neuter):
        return None
    return neuter


def compares_by_ending(word: str) -> bool:
    """True if Swedish text compares ``word`` with an ending (ofta: "oftare", vanlig: "vanligare", enkel:
    "enklare"), so "mer" or "mest" before it is not Swedish ("mer ofta")."""
    forms = [word + "are", word + "ast"] + [s + "are" for s in syncopated(word)]
    if word[-1:] in VOWELS:
        forms += [word + "re", word[:-1] + "are", word[:-1] + "ast"]
    return any(attested(f) for f in forms)
