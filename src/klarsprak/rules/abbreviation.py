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
from typing import Any, Iterator

from spacy.tokens import Doc, Token

from ..findings import Finding
from ..lexicons import abbreviations
from .base import Context, Examples
from .registry import REGISTRY

MAX_TOKENS = 5
ACRONYM = re.compile(r"^([A-ZÅÄÖ]{2,6})(?::s|:n|:en|:et|:ar|:arna|s)?$")
ROMAN = re.compile(r"^[IVXLCM]+$")


def _forms() -> dict[str, dict[str, Any]]:
    lexicon = abbreviations()
    return {form.lower(): lexicon.lookup(form) for form in lexicon.forms}


def _next_word(doc: Doc, i: int) -> Token | None:
    i += 1
    while i < len(doc) and doc[i].is_space:
        i += 1
    return doc[i] if i < len(doc) else None


def _prev_word(doc: Doc, i: int) -> Token | None:
    i -= 1
    while i >= 0 and doc[i].is_space:
        i -= 1
    return doc[i] if i >= 0 else None


def explained(doc: Doc, start: int, end: int) -> bool:
    """True if ``doc[start:end]`` stands in parentheses or is followed by a parenthesis.

    "diarienummer (dnr)" and "dnr (diarienummer)", "LSS (lagen om stöd och service)".
    """
    before, after = _prev_word(doc, start), _next_word(doc, end - 1)
    if before is not None and before.text == "(" and after is not None and after.text == ")":
        return True
    return after is not None and after.text == "("


def find_abbreviations(doc: Doc) -> Iterator[tuple[dict[str, Any], int, int]]:
    """Every lexicon abbreviation in ``doc`` as (entry, first token, end token)."""
    forms = _forms()
    i = 0
    while i < len(doc):
        if doc[i].is_space:
            i += 1
            continue
        for n in range(min(MAX_TOKENS, len(doc) - i), 0, -1):
            span = doc[i : i + n]
            if span[-1].is_space:
                continue
            text = span.text
            entry = forms.get(text.lower())
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
    for unit in ctx.units:
        span = unit.span
        letters = [c for c in span.text if c.isalpha()]
        if letters and all(c.isupper() for c in letters):
            continue  # a heading in capitals
        for token in span:
            match = ACRONYM.match(token.text)
            if not match or ROMAN.match(match.group(1)) or match.group(1).lower() in known:
                continue
            yield match.group(1), token.i, token.i + 1, explained(ctx.doc, token.i, token.i + 1)


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
    doc = ctx.doc
    allowed = {a.lower() for a in ctx.config.allow}
    done: set[str] = set()
    for entry, i, j in find_abbreviations(doc):
        text = doc[i:j].text
        if entry.get("common") or entry["id"] in done or text.lower() in allowed:
            continue
        if explained(doc, i, j):
            done.add(entry["id"])
            continue
        yield ctx.finding(
            doc[i].idx,
            doc[i].idx + len(text),
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
            doc[i].idx,
            doc[i].idx + len(acronym),
            f"Förklara ”{acronym}” första gången du använder den, t.ex. ”lagen om … ({acronym})”, "
            "om du inte är säker på att alla läsare känner till den.",
            [f"Skriv ut vad {acronym} står för, med {acronym} inom parentes."],
        )
