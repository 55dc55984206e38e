"""``nominal_style``: sentences weighed down by nouns made from verbs (substantivsjuka).

"Genomförandet av utvärderingen sker i maj" says with three nouns what "Vi utvärderar
i maj" says with a verb. The nouns that count are listed with their verbs in
``lexicons/plain/nominalisations.yaml`` (also as the last part of a compound). A sentence
is flagged when it has at least ``min_count`` of them, or a chain such as
"genomförande av en utvärdering", where an empty noun wraps another one. The finding
covers the sentence and names the verbs to use instead.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from typing import Iterator

from spacy.tokens import Span, Token

from ..findings import Finding
from ..lexicons import Schema, load_entries
from ..resources import lexicon_path
from ._wordforms import FormIndex
from .base import Context, Examples
from .registry import REGISTRY

NOMINALISATION_SCHEMA = Schema(
    name="nominalisations",
    required={"id": str, "verb": str, "source": str},
    optional={"light": bool},
)
MIN_COUNT = 3
#: A listed noun also counts as the head of a compound when the head has this many letters.
MIN_HEAD = 7
#: Words allowed between the two nouns of a chain ("genomförande av en utvärdering").
CHAIN_FILLERS = frozenset({"en", "ett", "den", "det", "de", "denna", "detta", "dessa"})
PARTICIPLE_ENDINGS = ("ande", "ende")


@dataclass(frozen=True)
class Nominalisations:
    """Listed nouns with their verbs, and an index of their inflected forms."""

    verbs: dict[str, str]
    light: frozenset[str]
    index: FormIndex


@cache
def nominalisations() -> Nominalisations:
    """The shipped nominalisation lexicon."""
    entries = load_entries([lexicon_path("plain", "nominalisations.yaml")], NOMINALISATION_SCHEMA)
    verbs = {e["id"].lower(): e["verb"] for e in entries}
    light = frozenset(e["id"].lower() for e in entries if e.get("light"))
    # -ning, -ande and -else nouns inflect unambiguously, so their endings are always guessed
    return Nominalisations(verbs, light, FormIndex.build(verbs, always_guess=True))


@dataclass(frozen=True)
class Hit:
    """A nominalisation in a sentence: its token and the noun lemma it was matched to."""

    token: Token
    noun: str


def _noun_of(token: Token, lex: Nominalisations) -> str | None:
    if token.pos_ and token.pos_ != "NOUN":
        return None
    lemmas = lex.index.lemmas_of(token)
    if not lemmas:
        lower = token.lower_
        for k in range(2, len(lower) - MIN_HEAD + 1):
            head = lex.index.forms.get(lower[k:])
            if head and len(lower) - k >= MIN_HEAD:
                lemmas = tuple(sorted(head))
                break
    if not lemmas:
        return None
    noun = lemmas[0]
    if not token.pos_ and noun.endswith(PARTICIPLE_ENDINGS):
        # without tags "gällande" could be an adjective; trust only noun-like uses
        following = token.nbor(1) if token.i + 1 < len(token.doc) else None
        if not (token.lower_.endswith(("andet", "endet")) or (following is not None and following.lower_ == "av")):
            return None
    return noun


def hits(sentence: Span, lex: Nominalisations | None = None) -> list[Hit]:
    """The listed nominalisations in ``sentence``, in order."""
    lex = lex or nominalisations()
    found = []
    for token in sentence:
        noun = _noun_of(token, lex)
        if noun is not None:
            found.append(Hit(token, noun))
    return found


def chains(found: list[Hit], lex: Nominalisations) -> list[tuple[Hit, Hit]]:
    """Pairs "light noun + av + (article) + noun": the second noun's verb says it all."""
    result = []
    by_index = {h.token.i: h for h in found}
    for hit in found:
        if hit.noun not in lex.light:
            continue
        i = hit.token.i + 1
        doc = hit.token.doc
        if i >= len(doc) or doc[i].lower_ != "av":
            continue
        i += 1
        while i < len(doc) and doc[i].lower_ in CHAIN_FILLERS:
            i += 1
        if i in by_index:
            result.append((hit, by_index[i]))
    return result


@REGISTRY.rule(
    "nominal_style",
    category="plain_language",
    severity="info",
    description="Meningar med många substantiv som bygger på verb (genomförande, utvärdering, "
                "handläggning); verb gör texten lättare (min_count, standard 3).",
    needs=("pos", "lemma"),
    options={"min_count": MIN_COUNT},
    source="Myndigheternas skrivregler 1.4 (substantivsjuka); Tillväxtverket, Klarspråk: använd verb",
    examples=Examples(
        flag=(
            "Genomförandet av utvärderingen sker i maj.",
            "Handläggningen av ärendet kräver en bedömning och en prövning av nämnden.",
        ),
        ok=(
            "Vi utvärderar verksamheten i maj.",
            "Nämnden bedömer och prövar ärendet.",
            "Regeringen har beslutat om en ny utbildning.",
        ),
    ),
)
def nominal_style(ctx: Context) -> Iterator[Finding]:
    """A finding for every sentence with ``min_count`` nominalisations or a noun chain."""
    lex = nominalisations()
    minimum = int(ctx.option("min_count"))
    for unit in ctx.units:
        found = hits(unit.span, lex)
        linked = chains(found, lex)
        if len(found) < minimum and not linked:
            continue
        suggestions = [
            f"”{a.token.text} av … {b.token.text}” → ”{lex.verbs[b.noun]}”" for a, b in linked
        ]
        chained = {h.token.i for pair in linked for h in pair}
        seen: set[str] = set()
        for hit in found:
            if hit.token.i in chained or hit.noun in seen:
                continue
            seen.add(hit.noun)
            suggestions.append(f"”{hit.token.text}” → ”{lex.verbs[hit.noun]}”")
        nouns = ", ".join(f"”{h.token.text}”" for h in found)
        yield ctx.finding(
            unit.start,
            unit.end,
            f"Meningen bygger på substantiv som kommer från verb ({nouns}). "
            "Skriv med verb i stället, och säg vem som gör vad.",
            suggestions,
        )
