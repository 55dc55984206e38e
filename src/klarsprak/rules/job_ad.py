"""Job ads: gender-coded words and age as a requirement (``job_ad_*``), each reported once per ad.

One coded word is no problem; a pattern is. In a text that reads as a job ad (two of the
``job_ad_cues`` in ``lexicons/inclusive/patterns.yaml``), ``job_ad_gender_coding`` counts the
masculine- and feminine-coded words of ``lexicons/inclusive/job_ad_gender.yaml`` (stems with a
high false-alarm risk left out) and reports the ad when one kind clearly dominates.
``job_ad_age_coding`` reports, once per text, every inclusive entry whose ``rule`` is
``job_ad_age_coding`` (ung och hungrig, "för dig som är 20–30 år": one is enough), together
with the age-coded words of ``lexicons/inclusive/job_ad_age.yaml`` when an ad has two or more
that point the same way (ungdomlig, nyexaminerad / mogen, stadgad).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from typing import Iterator

from ..doc import Analysis
from ..findings import Finding
from ..lexicon.loader import lexicon_file
from ..lexicon.morphology import is_form
from ..lexicon.wordlists import words
from .base import FINDERS, REGISTRY, Context, Examples

#: Distinct words of one kind a pattern needs, and how many times more than of the other kind.
MIN_GENDER_CODED = 3
DOMINANCE = 2
MIN_AGE_CODED = 2
#: Stems of this false-alarm risk are not counted.
SKIPPED_RISK = "high"
GENDER = lexicon_file("inclusive", "job_ad_gender.yaml")
AGE = lexicon_file("inclusive", "job_ad_age.yaml")


@dataclass(frozen=True)
class Coded:
    """A coded stem (every word starting with it) or phrase (words as base forms), and its exceptions."""

    words: tuple[str, ...]
    coding: str
    stem: bool
    exclude: tuple[str, ...]

    def excluded(self, word: str) -> bool:
        return any(word.startswith(x[:-1]) if x.endswith("*") else word == x for x in self.exclude if " " not in x)


@cache
def coded(name: str) -> dict[str, tuple[Coded, ...]]:
    """The entries of ``lexicons/inclusive/<name>`` by their first three letters."""
    table: dict[str, list[Coded]] = {}
    for e in lexicon_file("inclusive", name).entries:
        if e.get("risk") == SKIPPED_RISK:
            continue
        text = (e.get("stem") or e["phrase"]).lower()
        item = Coded(tuple(text.split()), e["coding"], bool(e.get("stem")), tuple(x.lower() for x in e.get("exclude", ())))
        table.setdefault(text[:3], []).append(item)
    return {k: tuple(v) for k, v in table.items()}


def coded_words(ctx: Context, name: str) -> dict[str, dict[str, tuple[int, int]]]:
    """coding → {the words found (lower case): their first character span} for one job-ad list."""
    tokens, table = ctx.tokens, coded(name)
    content = ctx.word_indices(0, len(tokens))
    found: dict[str, dict[str, tuple[int, int]]] = {}
    for n, i in enumerate(content):
        lower = tokens.lower[i]
        for item in table.get(lower[:3], ()):
            if item.stem:
                if lower.startswith(item.words[0]) and not item.excluded(lower):
                    found.setdefault(item.coding, {}).setdefault(lower, (tokens.idx[i], tokens.end[i]))
            elif n + len(item.words) <= len(content) and all(
                    is_form(tokens.lower[content[n + k]], w) for k, w in enumerate(item.words)):
                last = content[n + len(item.words) - 1]
                phrase = ctx.text[tokens.idx[i]:tokens.end[last]].lower()
                found.setdefault(item.coding, {}).setdefault(phrase, (tokens.idx[i], tokens.end[last]))
    return found


def is_job_ad(ctx: Context) -> bool:
    """True if two different job-ad phrases occur in the text (decided once per text for both job-ad rules)."""
    return ctx.analysis.derived(_has_job_ad_cues)


def _has_job_ad_cues(analysis: Analysis) -> bool:
    text = " ".join(analysis.text.lower().split())
    return sum(cue in text for cue in words("job_ad_cues")) >= 2


@REGISTRY.rule(
    "job_ad_gender_coding",
    category="inclusive_language",
    severity="info",
    description="Platsannonser med många maskulint eller feminint kodade ord (driven, självständig / "
                "omtänksam, lojal); ett ord är inget problem, ett mönster kan avskräcka sökande.",
    source=GENDER.sources["uu_thesis"],
    examples=Examples(
        flag=(
            "Vi söker en självständig och analytisk ledare med stort självförtroende. Du är modig och "
            "ambitiös. Sista ansökningsdag är 1 maj. Anställningsform: tillsvidare.",
        ),
        ok=(
            "Vi söker en självständig sjuksköterska som trivs med samarbete och har empati. "
            "Sista ansökningsdag är 1 maj.",
            "Hon är självständig, modig och ambitiös och har stort självförtroende.",
        ),
    ),
)
def job_ad_gender_coding(ctx: Context) -> Iterator[Finding]:
    """One finding for an ad where one kind of coded word dominates, listing the words."""
    if not is_job_ad(ctx):
        return
    found = coded_words(ctx, "job_ad_gender.yaml")
    for coding, other in (("masculine", "feminine"), ("feminine", "masculine")):
        mine, theirs = found.get(coding, {}), found.get(other, {})
        if len(mine) < MIN_GENDER_CODED or len(mine) < DOMINANCE * len(theirs):
            continue
        start, end = min(mine.values())
        kind, balance = (("maskulint", "samarbete, engagemang, omtanke") if coding == "masculine"
                         else ("feminint", "självständig, analytisk, målinriktad"))
        listed = ", ".join(sorted(mine, key=mine.get))
        yield ctx.finding(
            start,
            end,
            f"Annonsen har {len(mine)} {kind} kodade ord ({listed}) och {len(theirs)} av det andra slaget. "
            "Ett sådant mönster kan få sökande av det andra könet att avstå. Beskriv uppgifterna och "
            f"kraven konkret, och blanda ordvalet (t.ex. {balance}).",
            ["beskriv arbetsuppgifterna och kraven konkret", f"blanda in ord som {balance}"],
            ground="sex",
        )


@REGISTRY.rule(
    "job_ad_age_coding",
    category="inclusive_language",
    severity="warning",
    description="Ålder som krav eller ideal i en platsannons (ung och hungrig, för dig som är 20–30 år, "
                "flera ord som ungdomlig och nyexaminerad), rapporterat en gång per text med alla uttryck.",
    source=AGE.sources["ldo"],
    examples=Examples(
        flag=(
            "Vi söker dig som är ung och hungrig.",
            "Tjänsten passar för dig som är mellan 25 och 35 år. Sista ansökningsdag är 1 maj.",
        ),
        ok=(
            "Vi söker dig som är nyfiken och driven.",
            "Du ska vara minst 18 år och ha körkort. Sista ansökningsdag är 1 maj.",
            "Förskolan har barn mellan 1 och 5 år.",
        ),
    ),
)
def job_ad_age_coding(ctx: Context) -> Iterator[Finding]:
    """One finding for a text with an age requirement, or an ad with several age-coded words."""
    spans = [(t.start, t.end) for t in FINDERS["inclusive"](ctx) if t.rule == "job_ad_age_coding"]
    if spans or is_job_ad(ctx):
        for words_found in coded_words(ctx, "job_ad_age.yaml").values():
            if spans or len(words_found) >= MIN_AGE_CODED:
                spans += words_found.values()
    spans = [(s, e) for s, e in set(spans) if not any(o != (s, e) and o[0] <= s and e <= o[1] for o in spans)]
    if not spans:
        return
    spans.sort()
    phrases = list(dict.fromkeys(ctx.text[s:e] for s, e in spans))
    start, end = spans[0]
    yield ctx.finding(
        start,
        end,
        f"Texten ställer ålder som krav eller ideal ({'; '.join(f'”{p}”' for p in phrases)}). Det säger "
        "att äldre (eller yngre) sökande inte är välkomna, och ålder är en diskrimineringsgrund i arbetslivet.",
        ["beskriv egenskaperna och kraven utan ålder (driven, nyfiken, erfaren)", "stryk åldersuppgiften"],
        ground="age",
    )
