"""``long_word``: compounds so long that a reader stumbles over them.

A word counts by its letters (digits and hyphens excluded, see ``docs/counting.md``);
in a hyphenated word only the longest part counts, since the hyphen already helps the
reader. Names (PROPN, or capitalised inside a sentence), all-caps words, URLs, e-mail
addresses and file names are left alone.
"""

from __future__ import annotations

import re
from typing import Iterator

from ..findings import Finding
from ..doc.words import JOINERS, Word, letter_count
from .base import REGISTRY, Context, Examples

MAX_LETTERS = 20
NOT_PROSE = re.compile(r"[@/\\_.:]|^www", re.IGNORECASE)
#: A joint -s after a consonant ("bygglovs|handläggning") is where a compound most
#: likely splits; both halves must have at least this many letters.
MIN_PART = 5
CONSONANTS = frozenset("bcdfghjklmnpqrstvwxz")


def longest_part(word: str) -> str:
    """The longest hyphen-separated part of ``word``."""
    parts = re.split("|".join(map(re.escape, JOINERS)), word)
    return max(parts, key=letter_count)


def joint_split(word: str) -> tuple[str, str] | None:
    """A likely split of a compound at a joint -s, the one nearest the middle, or None."""
    lower = word.lower()
    best: tuple[float, int] | None = None
    for i in range(MIN_PART - 1, len(lower) - MIN_PART):
        if lower[i] == "s" and lower[i - 1] in CONSONANTS and lower[i - 1] != "s" and lower[i + 1] != "s":
            distance = abs((i + 1) - len(lower) / 2)
            if best is None or distance < best[0]:
                best = (distance, i + 1)
    if best is None:
        return None
    return word[: best[1]], word[best[1]:]


def _is_name(ctx: Context, word: Word, first_in_unit: bool) -> bool:
    pos = ctx.tokens.pos
    if any(pos[i] == "PROPN" for i in ctx.analysis.token_range(word.start, word.end)):
        return True
    return word.text[:1].isupper() and not first_in_unit


@REGISTRY.rule(
    "long_word",
    category="plain_language",
    severity="info",
    description="Sammansatta ord med fler bokstäver än max_letters (standard 20) är svåra att läsa.",
    options={"max_letters": MAX_LETTERS},
    source="Isof Klarspråkshjälpen och Myndigheternas skrivregler: undvik långa sammansättningar",
    examples=Examples(
        flag=(
            "Skicka in bygglovsansökningshandlingarna före mötet.",
            "Nämnden beslutade om arbetsmarknadsutbildningsinsatser.",
        ),
        ok=(
            "Skicka in handlingarna till bygglovet före mötet.",
            "Läs mer på https://www.helsingborg.se/bygga-och-bo/bygglovsansokningar.",
            "Kommunstyrelsen har beslutat.",
        ),
    ),
)
def long_word(ctx: Context) -> Iterator[Finding]:
    """A finding for every word whose longest part has more than ``max_letters`` letters."""
    limit = int(ctx.option("max_letters"))
    allowed = {a.lower() for a in ctx.config.allow}
    for unit in ctx.units:
        for n, word in enumerate(unit.words):
            if len(word.text) <= limit:
                continue  # too few characters to have too many letters
            part = longest_part(word.text)
            letters = letter_count(part)
            if letters <= limit or NOT_PROSE.search(word.text) or word.text.lower() in allowed:
                continue
            if word.text.isupper() or _is_name(ctx, word, n == 0):
                continue
            suggestions = ["Skriv om med fler ord, t.ex. ”ansökan om bygglov” i stället för ”bygglovsansökan”."]
            split = joint_split(part)
            if split is not None:
                suggestions.append(f"Eller dela ordet med bindestreck: ”{split[0]}-{split[1]}”.")
            yield ctx.finding(
                word.start,
                word.end,
                f"”{word.text}” har {letters} bokstäver. Så långa ord är svåra att läsa; "
                "dela upp det eller skriv om med fler ord.",
                suggestions,
            )
