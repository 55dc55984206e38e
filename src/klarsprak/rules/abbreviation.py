"""``abbreviation``: abbreviations readers find hard, and acronyms that are never explained.

Abbreviations come from ``lexicons/abbreviations.yaml``: those marked ``common``
(t.ex., bl.a.) pass, the others (fr.o.m., enl., dnr, resp.) are flagged at every use
unless the text explains them at first use, either "diarienummer (dnr)" or
"dnr (diarienummer)"; from then on the text may use them freely.

Acronyms (two to six capitals: LSS, SFI) that are not in the lexicon as common ones are
flagged once per text, at their first use, when that use has no explanation in
parentheses next to it. They are an info finding: many are names the reader knows;
switch them off with the option ``acronyms = false``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from typing import Any, Iterator

from spacy.tokens import Doc, Token

from ..findings import Finding
from ..lexicons import abbreviations
from ..doc import TokenTable
from .base import Context, Examples
from .registry import REGISTRY

MAX_TOKENS = 5
ACRONYM = re.compile(r"^([A-ZÅÄÖ]{2,6})(?::s|:n|:en|:et|:ar|:arna|s)?$")
ROMAN = re.compile(r"^[IVXLCM]+$")


@dataclass(frozen=True)
class _Forms:
    """The lexicon's written forms (lower case) with their entries, and every prefix of a form."""

    entries: dict[str, dict[str, Any]]
    prefixes: frozenset[str]


@cache
def _forms() -> _Forms:
    lexicon = abbreviations()
    entries = {form.lower(): lexicon.lookup(form) for form in lexicon.forms}
    return _Forms(entries, frozenset(form[:k] for form in entries for k in range(1, len(form) + 1)))


def explained(tokens: TokenTable, start: int, end: int) -> bool:
    """True if tokens ``start``..``end`` stand in parentheses or are followed by a parenthesis.

    "diarienummer (dnr)" and "dnr (diarienummer)", "LSS (lagen om stöd och service)".
    """
    text = tokens.text
    before, after = tokens.prev_word(start), tokens.next_word(end - 1)
    after_text = text[after] if after < len(text) else None
    if before >= 0 and text[before] == "(" and after_text == ")":
        return True
    return after_text == "("


def find_abbreviations(doc: Doc, tokens: TokenTable | None = None) -> Iterator[tuple[dict[str, Any], int, int]]:
    """Every lexicon abbreviation in ``doc`` as (entry, first token, end token).

    ``tokens`` is the Doc's :class:`TokenTable`, if the caller has one.
    """
    tokens = tokens if tokens is not None else TokenTable(doc)
    forms = _forms()
    doc_text, lower, is_space, idx, end = tokens.doc_text, tokens.lower, tokens.is_space, tokens.idx, tokens.end
    i = 0
    while i < len(lower):
        # a span's text starts with its first token's, so most tokens are ruled out at once
        if is_space[i] or lower[i] not in forms.prefixes:
            i += 1
            continue
        for n in range(min(MAX_TOKENS, len(lower) - i), 0, -1):
            if is_space[i + n - 1]:
                continue
            text = doc_text[idx[i]:end[i + n - 1]]
            entry = forms.entries.get(text.lower())
            if entry is not None and _case_ok(text, doc[i]):
                yield entry, i, i + n
                i += n
                break
        else:
            i += 1


def _case_ok(text: str, first: Token) -> bool:
    """Lower case as listed; capitalised only at the start of a sentence."""
    if text == text.lower():
        return True
    return text[:1].isupper() and text[1:] == text[1:].lower() and first.is_sent_start is not False


def _acronyms(ctx: Context, known: set[str]) -> Iterator[tuple[str, int, int, bool]]:
    text = ctx.tokens.text
    for unit in ctx.units:
        span = unit.span
        # ACRONYM needs two capitals first: a cheap test before the regex
        found = [(i, m) for i in range(span.start, span.end)
                 if text[i][:2].isupper() and (m := ACRONYM.match(text[i])) is not None]
        if not found:
            continue
        letters = [c for c in ctx.text[span.start_char:span.end_char] if c.isalpha()]
        if letters and all(c.isupper() for c in letters):
            continue  # a heading in capitals
        for i, match in found:
            if ROMAN.match(match.group(1)) or match.group(1).lower() in known:
                continue
            yield match.group(1), i, i + 1, explained(ctx.tokens, i, i + 1)


@REGISTRY.rule(
    "abbreviation",
    category="plain_language",
    severity="info",
    description="Förkortningar som många läsare inte förstår (fr.o.m., enl., dnr) och akronymer "
                "som inte förklaras första gången de används.",
    options={"acronyms": True},
    source="Myndigheternas skrivregler (förkortningar); lexicons/abbreviations.yaml",
    examples=Examples(
        flag=(
            "Beslutet gäller fr.o.m. den 1 mars.",
            "Ange dnr när du svarar.",
            "Du har rätt till stöd enl. lagen.",
            "Du kan söka stöd enligt LSS hos kommunen.",
        ),
        ok=(
            "Ta med t.ex. ett id-kort.",
            "Ange diarienummer (dnr) när du svarar. Ett dnr har åtta siffror.",
            "Du kan söka stöd enligt lagen om stöd och service (LSS). LSS gäller alla åldrar.",
            "Beslutet gäller från och med den 1 mars.",
        ),
    ),
)
def abbreviation(ctx: Context) -> Iterator[Finding]:
    """Hard abbreviations at every unexplained use; unknown acronyms at their first use."""
    tokens = ctx.tokens
    allowed = {a.lower() for a in ctx.config.allow}
    done: set[str] = set()
    for entry, i, j in find_abbreviations(ctx.doc, tokens):
        start = tokens.idx[i]
        text = ctx.text[start:tokens.end[j - 1]]
        if entry.get("common") or entry["id"] in done or text.lower() in allowed:
            continue
        if explained(tokens, i, j):
            done.add(entry["id"])
            continue
        yield ctx.finding(
            start,
            start + len(text),
            f"Förkortningen ”{text}” är svår för många läsare. Skriv ut ”{entry['expansion']}”, "
            "eller förklara förkortningen första gången du använder den.",
            [entry["expansion"]],
        )
    if not ctx.option("acronyms"):
        return
    lexicon = abbreviations()
    known = {e["id"].lower() for e in lexicon.entries if e.get("common")} | allowed
    for acronym, i, j, is_explained in _acronyms(ctx, known):
        if acronym in done:
            continue
        done.add(acronym)
        if is_explained:
            continue
        yield ctx.finding(
            ctx.tokens.idx[i],
            ctx.tokens.idx[i] + len(acronym),
            f"Förklara ”{acronym}” första gången du använder den, t.ex. ”lagen om … ({acronym})”, "
            "om du inte är säker på att alla läsare känner till den.",
            [f"Skriv ut vad {acronym} står för, med {acronym} inom parentes."],
        )
