"""Inclusive language from the curated lexicons: ``bias_term``, ``gendered_title``, ``age_stereotype``.

The entries live in ``lexicons/inclusive/<ground>.yaml`` (plus the files in
``Config.lexicons``); :mod:`klarsprak.lexicon.matcher` finds them on lemmas,
inflected forms and, where an entry allows it, inside compounds. Each entry's
``rule:`` chooses the rule that reports it (default ``bias_term``), so that each
can be switched off on its own: the three rules here are :class:`TermRule` values
over one finder (``job_ad_age_coding`` in :mod:`.job_ad` gathers its entries per ad).

The inclusive rules declare no ``needs``: they use the model's lemmas, part of
speech and morphology when the pipeline has them and fall back on word endings
otherwise, so they also run on a tokenizer-only pipeline.
"""

from __future__ import annotations

from typing import Iterator

from ..findings import Severity
from ..lexicon.matcher import Match, matcher_for
from ._names import about_history, in_statute_title
from .base import REGISTRY, Context, Examples, Term, TermRule, finder

SKRIVREGLER = "Myndigheternas skrivregler 8 uppl. (Språkrådet 2014)"


#: What a soft finding adds to its message, by the context that makes it soft.
SOFT = {
    "title": " Här står ordet i en författnings namn: citera namnet som det är, men skriv inte så i din egen text.",
    "history": " Meningen handlar om historia: skriv ordet inom citattecken om det behövs för att "
               "återge hur man skrev då.",
}


def term_for(ctx: Context, match: Match) -> Term:
    """The term for one lexicon match: the entry's why, suggestions, ground, severity and source.

    In a statute title or a sentence about history the finding is ``info``, and says why.
    """
    entry = match.entry
    text = ctx.text[match.start_char:match.end_char]
    what = "Uttrycket" if match.end - match.start > 1 else "Ordet"
    message = f"{what} ”{text}”: {entry.why}"
    if entry.suggestions:
        message += f" Skriv hellre: {entry.suggestions[0]}."
    severity = entry.severity
    soft = _soft_context(ctx, match)
    if soft and severity != Severity.INFO and entry.kind != "slur":
        message += SOFT[soft]
        severity = Severity.INFO
    return Term(entry.rule, match.start_char, match.end_char, message, entry.suggestions,
                ground=entry.ground, severity=severity, source=entry.source)


def _soft_context(ctx: Context, match: Match) -> str | None:
    if in_statute_title(ctx.tokens, match.start):
        return "title"
    n = ctx.sentence_index(match.start_char)
    if n is not None and ctx.units and about_history(ctx.tokens, ctx.units[n].span.start, ctx.units[n].span.end):
        return "history"
    return None


@finder("inclusive")
def inclusive_terms(ctx: Context) -> Iterator[Term]:
    """Every entry of the inclusive lexicons (shipped and configured) found in the document."""
    matcher = matcher_for(tuple(str(p) for p in ctx.config.lexicons))
    for match in matcher(ctx.analysis):
        yield term_for(ctx, match)


REGISTRY.terms(TermRule(
    "bias_term",
    category="inclusive_language",
    severity="warning",
    description="Ord och uttryck som kan kränka, peka ut eller befästa fördomar, enligt de kurerade "
                "listorna för de sju diskrimineringsgrunderna (lexicons/inclusive/).",
    finds="inclusive",
    source="lexicons/inclusive/*.yaml (källa anges per post)",
    examples=Examples(
        flag=(
            "Föreningen för handikappade träffas i kväll.",
            "Zigenarens häst stod i stallet.",
            "Toaletten är en handikapptoalett.",
            "Många dövstumma gick i skolan.",
            "Hon bakade negerbollar.",
        ),
        ok=(
            "Skriv ditt nummer på en papperslapp.",
            "Samerna och romerna är nationella minoriteter.",
            "Hen köpte en flaska rom i Rom.",
            "Lägg handflatan mot bordet och gör ett lappkast.",
            "Vi åkte till Käringön vid horisonten.",
            "Provet var negativt.",
        ),
    ),
))

REGISTRY.terms(TermRule(
    "gendered_title",
    category="inclusive_language",
    severity="warning",
    description="Könsbundna yrkes- och funktionstitlar där en neutral titel är etablerad (förman → "
                "arbetsledare); inte brandman och aldrig myndighetsnamn.",
    finds="inclusive",
    source=f"{SKRIVREGLER} §8.1.2; Isof Frågelådan svar 26282",
    examples=Examples(
        flag=(
            "Kontakta din förman.",
            "Talesmannen för regionen svarade.",
            "Riksdagsmännen röstade nej.",
        ),
        ok=(
            "Anmäl till Diskrimineringsombudsmannen.",
            "Brandmannen släckte branden.",
            "Kontakta din arbetsledare.",
        ),
    ),
))

REGISTRY.terms(TermRule(
    "age_stereotype",
    category="inclusive_language",
    severity="warning",
    description="Stereotyper om ålder: pigg för sin ålder, trots sina 85 år, åldringar som etikett, "
                "äldrevåg (ålder i platsannonser: job_ad_age_coding).",
    finds="inclusive",
    source="Lunds universitet, Sex skrivtips för att motverka ålderism; Forte; Centre for Ageing Better",
    examples=Examples(
        flag=(
            "Hon är pigg för sin ålder.",
            "Trots sina 85 år går han till gymmet.",
            "Åldringarna på boendet fick besök.",
        ),
        ok=(
            "Hon är 85 år och tränar varje dag.",
            "Vi söker dig som är nyfiken och driven.",
            "De äldre på boendet fick besök.",
        ),
    ),
))
