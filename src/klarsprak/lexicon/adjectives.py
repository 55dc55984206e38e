"""An adjective's adverb and how it is compared, so that a replacement keeps the word class and degree of
the word it replaces: "explicit" used as an adverb is not "uttryckligt", "mer frekvent" is not "mer ofta"."""

from __future__ import annotations

from ..frequency import zipf
from .inflection import NEUTER, adjective_form


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
    "enklare"; :func:`.inflection.adjective_form`), so "mer" or "mest" before it is not Swedish ("mer ofta")."""
    return any(adjective_form(word, f"Degree={degree}") for degree in ("Cmp", "Sup"))


def superlative(word: str) -> bool:
    """True if ``word`` is the superlative of an adjective that Swedish compares with an ending (vanligast:
    vanlig; enklast: enkel), which stands as a predicative ("är vanligast") but not after "en" ("en vanligast")."""
    if not word.endswith("ast") or len(word) < 6:
        return False
    stem = word[:-3]
    return any(zipf(base) > 0 and adjective_form(base, "Degree=Sup") == word
               for base in (stem, stem[:-1] + "e" + stem[-1]))  # "kontrast" is no form of "kontr"
