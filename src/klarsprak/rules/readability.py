"""Readability rules: document LIX above the target, and long sentences."""

from __future__ import annotations

from typing import Iterator

from ..findings import Finding
from ..metrics import LIX_BANDS
from .base import REGISTRY, Context, Examples

LIX_SOURCE = "Björnsson, C.H. (1968) Läsbarhet; lix-banden enligt lix.se"
LONG_SENTENCE_WORDS = 25


@REGISTRY.rule(
    "readability",
    category="plain_language",
    severity="warning",
    description="Dokumentets LIX ligger över målvärdet (lix_target, standard 50).",
    source=LIX_SOURCE,
    examples=Examples(
        flag=("Kommunfullmäktigesammanträdets beslutsunderlag avseende verksamhetsplaneringen "
              "behandlades utförligt genom omfattande konsekvensanalyser beträffande "
              "resursfördelningsprinciperna.",),
        ok=("Vi har öppet i dag. Du är välkommen hit.",),
    ),
)
def readability(ctx: Context) -> Iterator[Finding]:
    """One document-level finding when LIX exceeds ``config.lix_target``."""
    value = ctx.metrics.get("lix")
    target = ctx.config.lix_target
    if value is None or value <= target or not ctx.units:
        return
    first = ctx.units[0]
    band = ctx.metrics.get("lix_band")
    easier = [name for limit, name in LIX_BANDS if limit <= target + 10][-1:]
    yield ctx.finding(
        first.start,
        first.end,
        f"Texten har LIX {value:.0f} ({band}), över målet {target:g}. "
        "Korta meningarna och byt långa ord mot kortare.",
        [f"Sikta på LIX under {target:g} ({', '.join(easier) or 'lättare'} text)."],
    )


@REGISTRY.rule(
    "long_sentence",
    category="plain_language",
    severity="info",
    description="Meningar med fler ord än max_words (standard 25) är svåra att följa.",
    options={"max_words": LONG_SENTENCE_WORDS},
    source="Myndigheternas skrivregler; Isof Klarspråkshjälpen: skriv korta meningar",
    examples=Examples(
        flag=("Den som vill ansöka om bygglov för en tillbyggnad av sitt bostadshus ska skicka in "
              "ritningar, situationsplan och en beskrivning av åtgärden till nämnden innan arbetet "
              "påbörjas eftersom handläggningen annars kan försenas avsevärt.",),
        ok=("Skicka in ritningarna. Vi svarar inom fyra veckor.",),
    ),
)
def long_sentence(ctx: Context) -> Iterator[Finding]:
    """A finding for every sentence longer than ``max_words`` words."""
    limit = int(ctx.option("max_words"))
    for unit in ctx.units:
        n = len(unit.words)
        if n > limit:
            severity = "warning" if n > 2 * limit else None
            yield ctx.finding(
                unit.start,
                unit.end,
                f"Meningen har {n} ord. Dela upp den: en tanke per mening, helst under {limit} ord.",
                ["Dela meningen i två eller fler meningar."],
                severity=severity,
            )
