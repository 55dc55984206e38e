"""``suffering_from``: "lider av" / "drabbad av" + a diagnosis or disability (not "lider av platsbrist").

The verbs and diagnoses are word lists in ``lexicons/inclusive/patterns.yaml``.
"""

from __future__ import annotations

from typing import Iterator

from ..findings import Finding
from ..lexicon.morphology import base_of, head_of
from ..lexicon.wordlists import word_lists, words
from .base import REGISTRY, Context, Examples


@REGISTRY.rule(
    "suffering_from",
    category="inclusive_language",
    severity="warning",
    description="”Lider av” eller ”drabbad av” före en diagnos eller funktionsnedsättning.",
    source="KS, Prinsipper for inkluderende språk (norsk); umedia-education.org (engelsk)",
    examples=Examples(
        flag=(
            "Många som lider av autism behöver stöd i skolan.",
            "Hon drabbades av demens för fem år sedan.",
            "Han lider av en intellektuell funktionsnedsättning.",
        ),
        ok=(
            "Förskolan lider av platsbrist.",
            "Verksamheten har drabbats av personalbrist.",
            "Många personer med autism behöver stöd i skolan.",
        ),
    ),
)
def suffering_from(ctx: Context) -> Iterator[Finding]:
    """A suffering verb, ``av`` and, within four words, a diagnosis from the lists."""
    verbs = words("suffering_verbs")
    lists = [word_lists()["diagnoses_disability"], word_lists()["diagnoses_transgender"]]
    keys, lower = ctx.tokens.keys, ctx.tokens.lower
    for unit in ctx.units:
        indices = ctx.word_indices(unit.span.start, unit.span.end)
        for n, i in enumerate(indices[:-2]):
            if lower[indices[n + 1]] != "av" or base_of(keys[i], verbs) is None:
                continue
            tok = ctx.doc[i]
            for cand in (ctx.doc[j] for j in indices[n + 2:n + 6]):
                hit = next((wl for wl in lists if head_of(keys[cand.i], cand.lower_, wl.words)), None)
                if hit is not None:
                    start, end = tok.idx, cand.idx + len(cand.text)
                    if ctx.in_quotes(start, end):
                        break
                    verb = ctx.text[tok.idx:ctx.tokens.idx[indices[n + 1]] + 2]
                    yield ctx.finding(
                        start,
                        end,
                        f"”{verb}” förutsätter att personen lider eller är ett offer. "
                        "En diagnos eller funktionsnedsättning är något man har.",
                        ["har", "lever med", "har diagnosen", "fick (om det är nytt)"],
                        ground=hit.ground,
                        source=f"{hit.source}",
                    )
                    break
                if cand.pos_ == "VERB" or cand.lower_ in ("och", "men", "eller", "som"):
                    break
