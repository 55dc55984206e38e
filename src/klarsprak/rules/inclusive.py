"""Inclusive language from the curated lexicons: the ``bias_term`` rule.

The entries live in ``lexicons/inclusive/<ground>.yaml`` (plus the files in
``Config.lexicons``); :mod:`klarsprak.inclusive.matcher` finds them on lemmas,
inflected forms and, where an entry allows it, inside compounds. Entries that
belong to a pattern rule (``gendered_title``, ``age_stereotype``) are reported
there, so that each can be switched off on its own.

The inclusive rules declare no ``needs``: they use the model's lemmas, part of
speech and morphology when the pipeline has them and fall back on word endings
otherwise, so they also run on a tokenizer-only pipeline.
"""

from __future__ import annotations

from typing import Iterator

from ..doc import Analysis
from ..findings import Finding
from ..inclusive.matcher import Match, matcher_for
from .base import Context, Examples
from .registry import REGISTRY

def lexicon_matches(ctx: Context) -> list[Match]:
    """All lexicon matches in the document, computed once and shared by the inclusive rules."""
    return ctx.analysis.derived(_matches, tuple(str(p) for p in ctx.config.lexicons))


def _matches(analysis: Analysis, lexicons: tuple[str, ...]) -> list[Match]:
    return matcher_for(lexicons)(analysis)


def match_finding(ctx: Context, match: Match) -> Finding:
    """The finding for one lexicon match: the entry's why, suggestions, ground, severity and source."""
    entry = match.entry
    text = ctx.text[match.start_char:match.end_char]
    what = "Uttrycket" if match.end - match.start > 1 else "Ordet"
    message = f"{what} ”{text}”: {entry.why}"
    if entry.suggestions:
        message += f" Skriv hellre: {entry.suggestions[0]}."
    return ctx.finding(
        match.start_char,
        match.end_char,
        message,
        entry.suggestions,
        ground=entry.ground,
        severity=entry.severity,
        source=entry.source,
    )


@REGISTRY.rule(
    "bias_term",
    category="inclusive_language",
    severity="warning",
    description="Ord och uttryck som kan kränka, peka ut eller befästa fördomar, enligt de kurerade "
                "listorna för de sju diskrimineringsgrunderna (lexicons/inclusive/).",
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
)
def bias_term(ctx: Context) -> Iterator[Finding]:
    """A finding for every lexicon entry that the ``bias_term`` rule reports."""
    for match in lexicon_matches(ctx):
        if match.entry.rule == "bias_term":
            yield match_finding(ctx, match)
