"""``long_word``: compounds so long that a reader stumbles over them.

A word counts by its letters (digits and hyphens excluded, see ``docs/counting.md``);
in a hyphenated word only the longest part counts, since the hyphen already helps the
reader. Names (PROPN, or capitalised inside a sentence), all-caps words, URLs, e-mail
addresses and file names are left alone. A word is reported once per document, at its
first occurrence, with how often it occurs. Established terms of public administration
that a reader must meet by name (``lexicons/long_word/established_terms.yaml``, such as
*bostadsanpassningsbidrag*) get a different message: explain them, do not rewrite them.
The suggested split is the cut whose halves are the commonest Swedish words (wordfreq).
"""

from __future__ import annotations

import re
from functools import cache, lru_cache
from typing import Iterator

from ..doc.words import JOINERS, Word, letter_count
from ..findings import Finding
from ..lexicon.loader import load_entries
from ..lexicon.morphology import is_form
from ..resources import lexicon_path
from .base import REGISTRY, Context, Examples

MAX_LETTERS = 20
NOT_PROSE = re.compile(r"[@/\\_.:]|^www", re.IGNORECASE)
#: A joint -s after a consonant ("bygglovs|handläggning") is where a compound most
#: likely splits; both halves must have at least this many letters.
MIN_PART = 5
CONSONANTS = frozenset("bcdfghjklmnpqrstvwxz")
#: Shortest modifier and head a frequency split may cut off.
MIN_SPLIT = 3


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


@lru_cache(maxsize=65536)
def _zipf(word: str) -> float:
    """How common ``word`` is in Swedish (Zipf scale, 0 = unknown); wordfreq loads on first use."""
    from wordfreq import zipf_frequency

    return zipf_frequency(word, "sv")


@lru_cache(maxsize=4096)
def compound_split(word: str) -> tuple[str, str] | None:
    """The likeliest split of a compound into modifier and head: the cut whose two halves are the
    commonest Swedish words (a joint -s stays with the modifier), or None if no cut gives two known words."""
    lower = word.lower()
    best: tuple[float, int] | None = None
    for i in range(MIN_SPLIT, len(lower) - MIN_SPLIT + 1):
        left, right = lower[:i], lower[i:]
        stem = left[:-1] if left.endswith("s") and len(left) > MIN_SPLIT else left
        score = min(max(_zipf(left), _zipf(stem)), _zipf(right))
        if score > 0 and (best is None or score > best[0]):
            best = (score, i)
    if best is None:
        return None
    return word[: best[1]], word[best[1]:]


def _paraphrase(modifier: str, head: str) -> str:
    """An example written for this word: the head first, the modifier after ``för``
    (bygglovsansöknings|handlingarna → handlingarna för bygglovsansökning)."""
    modifier = modifier.lower()
    if modifier.endswith("s") and _zipf(modifier[:-1]) >= _zipf(modifier):
        modifier = modifier[:-1]
    return f"{head.lower()} för {modifier}"


@cache
def established_terms() -> frozenset[str]:
    """Long terms of public administration a reader must meet by name (benefits, permits, documents)."""
    entries = load_entries([lexicon_path("long_word") / "established_terms.yaml"], "word_lists")
    return frozenset(w.lower() for e in entries for w in e["words"])


def _established(word: str) -> bool:
    lower = word.lower()
    return any(lower.startswith(t[:-2]) and is_form(lower, t) for t in established_terms())


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
    """One finding per distinct word whose longest part has more than ``max_letters`` letters."""
    limit = int(ctx.option("max_letters"))
    allowed = {a.lower() for a in ctx.config.allow}
    first: dict[str, tuple[Word, str, int]] = {}
    others: dict[str, list[tuple[int, int]]] = {}
    for unit in ctx.units:
        for n, word in enumerate(unit.words):
            if len(word.text) <= limit:
                continue  # too few characters to have too many letters
            key = word.text.lower()
            if key in others:
                others[key].append((word.start, word.end))
                continue
            part = longest_part(word.text)
            letters = letter_count(part)
            if letters <= limit or NOT_PROSE.search(word.text) or key in allowed:
                continue
            if word.text.isupper() or _is_name(ctx, word, n == 0):
                continue
            others[key] = []
            first[key] = (word, part, letters)
    for key, (word, part, letters) in first.items():
        yield _finding(ctx, word, part, letters, others[key])


def _finding(ctx: Context, word: Word, part: str, letters: int, others: list[tuple[int, int]]) -> Finding:
    times = f" Ordet förekommer {len(others) + 1} gånger i texten." if others else ""
    if _established(word.text):
        return ctx.finding(
            word.start, word.end,
            f"”{word.text}” har {letters} bokstäver, men är en etablerad term som läsaren kan behöva "
            f"känna igen. Behåll den och förklara den första gången.{times}",
            [f"Förklara kort vad ”{word.text}” är första gången ordet används."], occurrences=others,
        )
    split = compound_split(part) or joint_split(part)
    suggestions = []
    if split is not None:
        suggestions.append(f"Skriv om med fler ord, t.ex. ”{_paraphrase(*split)}” i stället för ”{part.lower()}”.")
        suggestions.append(f"Eller dela ordet med bindestreck: ”{split[0]}-{split[1]}”.")
    else:
        suggestions.append("Skriv om med fler ord, t.ex. ”ansökan om bygglov” i stället för ”bygglovsansökan”.")
    return ctx.finding(
        word.start, word.end,
        f"”{word.text}” har {letters} bokstäver. Så långa ord är svåra att läsa; "
        f"dela upp det eller skriv om med fler ord.{times}",
        suggestions, occurrences=others,
    )
