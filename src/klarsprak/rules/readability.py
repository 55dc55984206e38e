"""Readability: document LIX above the target (long sentences are ``long_sentence``)."""

from __future__ import annotations

from typing import Iterator

from ..findings import Finding
from ..metrics import LIX_BANDS
from .base import REGISTRY, Context, Examples

LIX_SOURCE = "Björnsson, C.H. (1968) Läsbarhet; lix-banden enligt lix.se"


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
