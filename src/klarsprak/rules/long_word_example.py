"""How ``long_word`` rewrites a compound: its head first, then the preposition the head takes and what the
head is about (förhandsbeskeds|ansökan → ansökan om förhandsbesked), or advice when no phrase can be trusted.

The word lists live in ``lexicons/long_word/`` (:func:`.compound_split.word_list`).
"""

from __future__ import annotations

import re

from ..frequency import zipf
from ..lexicon.morphology import is_form
from .compound_split import base_form, word_list

#: Modifiers ending in a hyphen, coordinated with the word that follows (underhålls- och
#: återinvesteringsbehov; uppdrags-, verksamhets- och kompetensförändringar): they share its head.
COORDINATION = re.compile(r"((?:[^\W\d_]+-\s*,\s*)*[^\W\d_]+-)\s+(?:och|eller|samt)\s+$")
COORDINATION_CHARS = 120
#: Prepositions after which a bare noun standing alone must be abstract or mass (verksamhet inom
#: kreditupplysning; not "inom ledarhund", "insättningar av dagskassa"); after om and till a bare count noun
#: reads well too (ansökan om förhandsbesked), and so do coordinated ones (insatser för uppdrag och verksamhet).
BARE_MASS_ONLY = frozenset({"inom", "av", "för"})
#: Parts of a modifier from which the rule cannot tell how they group or what form each has on its own
#: (bild|upphovs|manna → "för bildupphovsmanna", a bound form): unless Swedish knows the modifier as a
#: word (wordfreq's Swedish list, Zipf :data:`KNOWN_MODIFIER_ZIPF`), the example names only the head.
UNSURE_MODIFIER_PARTS = 3
KNOWN_MODIFIER_ZIPF = 1.0


def _matches(lower: str, heads: tuple[str, ...]) -> bool:
    """True if ``lower`` is a form of one of ``heads`` (base forms)."""
    return any(lower.startswith(h[:-2] if len(h) > 4 else h) and is_form(lower, h) for h in heads)


def preposition(head: str) -> str | None:
    """The preposition an abstract ``head`` takes before its modifier (ansökan om, ansvar för,
    verksamhet inom), or None if ``head_prepositions.yaml`` does not list it."""
    lower = head.lower()
    return next((word for word, heads in word_list("head_prepositions").items() if _matches(lower, heads)), None)


def _modifier(parts: tuple[str, ...]) -> str:
    """The parts before the head as one word without its joint letter (förhands|beskeds → förhandsbesked)."""
    *modifier, last = (p.lower() for p in parts[:-1])
    whole = base_form("".join(modifier) + last)
    return whole if whole != "".join(modifier) + last else "".join(modifier) + base_form(last)


def _listing(words: list[str]) -> str:
    """``words`` as a Swedish list: "a", "a och b", "a, b och c"."""
    return ", ".join(words[:-1]) + f" och {words[-1]}" if len(words) > 1 else words[0]


def coordinated(text: str, start: int) -> tuple[int, list[str]]:
    """The modifiers a word at ``start`` shares its head with (underhålls- och återinvesteringsbehov,
    uppdrags-, verksamhets- och kompetensförändringar): where the coordination starts and each
    modifier as a word of its own (underhåll), or (``start``, []) when the word stands alone."""
    found = COORDINATION.search(text, max(0, start - COORDINATION_CHARS), start)
    if found is None:
        return start, []
    return found.start(), [base_form(m) for m in re.findall(r"([^\W\d_]+)-", found.group(1))]


def rewrite(parts: tuple[str, ...], shared: list[str], noun: bool) -> str:
    """An example written for this word (and the words it is coordinated with, ``shared``): its head
    first, the preposition the head takes, then what the head is about (förhands|beskeds|ansökan →
    ansökan om förhandsbesked); advice when the head takes no listed preposition or is no noun, and advice
    that names only the head when the modifier has :data:`UNSURE_MODIFIER_PARTS` parts or more and is
    no word Swedish knows (a guessed phrase may be built from a bound form)."""
    head, modifier = parts[-1].lower(), _modifier(parts)
    if len(parts) - 1 >= UNSURE_MODIFIER_PARTS and zipf(modifier) < KNOWN_MODIFIER_ZIPF:
        return f"Skriv om med fler ord: börja med huvudordet ”{head}” och säg sedan i en egen fras vad det gäller."
    about = _listing([*shared, modifier])
    if (clause := relational(head)) is not None and (shared or abstract(about)):
        return f"Skriv om med fler ord och visa sambandet, t.ex. ”… {clause} {about}” efter ordet som beskrivs."
    if not noun or _genitive(head):
        return f"Skriv om med fler ord, t.ex. med en bisats eller med ”{about}” i en egen fras."
    if (linked := preposition(head)) is None or linked in BARE_MASS_ONLY and not shared and not abstract(about):
        return f"Skriv om med fler ord: sätt huvudordet ”{head}” först och knyt ”{about}” till det med en preposition."
    return f"Skriv om med fler ord, t.ex. ”{head} {linked} {about}”."


def relational(head: str) -> str | None:
    """The relative clause that shows what a relational adjective's ``head`` hides (baserade → "som bygger
    på"), or None (``relational_heads.yaml``)."""
    lower = head.lower()
    return next((clause for clause, heads in word_list("relational_heads").items() if lower in heads), None)


def abstract(modifier: str) -> bool:
    """True if ``modifier`` ends like an abstract or mass noun (vattenförorening, tillsyn), which can stand
    bare after a preposition (``abstract_endings.yaml``); in a coordination any noun can. ``long_word``
    asks it of a compound's head too (tillsynsväglednings|ansvaret)."""
    return modifier.endswith(word_list("abstract_endings")["abstract_endings"])


def _genitive(head: str) -> bool:
    """True if ``head`` is a genitive (företagens), which a preposition phrase cannot follow."""
    lower = head.lower()
    return lower.endswith("s") and zipf(lower[:-1]) > zipf(lower)
