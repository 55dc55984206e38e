"""``complex_word``: bureaucratic, old-fashioned and needlessly formal words, with simpler ones.

The words and phrases are data (``lexicons/plain/complex_words.yaml``). A single-word
entry matches every inflected form of its lemma; a phrase entry matches a run of tokens
whose lemmas are the phrase's words. The longest match wins, and each occurrence gives
one finding with the entry's alternatives as suggestions.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from typing import Any, Iterator

import yaml
from spacy.tokens import Doc

from ..errors import LexiconError
from ..findings import Finding
from ..lexicons import Schema, load_entries
from ..resources import lexicon_path
from ..doc import TokenTable
from ._wordforms import FormIndex
from .base import Context, Examples
from .registry import REGISTRY

COMPLEX_WORD_SCHEMA = Schema(
    name="complex_words",
    required={"id": str, "alternatives": list, "note": str, "source": str},
    optional={"lemma": str, "phrase": str, "forms": list, "pos": list, "advice": bool},
    choices={"pos": frozenset({"ADJ", "ADP", "ADV", "CCONJ", "SCONJ", "DET", "NOUN", "PRON", "VERB", "AUX"})},
)


@dataclass(frozen=True)
class Entry:
    """One lexicon entry: the lemmas to match in order, or surface forms to match exactly."""

    id: str
    words: tuple[str, ...]
    forms: frozenset[str]
    alternatives: tuple[str, ...]
    note: str
    source: str
    pos: frozenset[str]


@dataclass(frozen=True)
class Lexicon:
    """Entries indexed by their first word, longest phrases first, plus a form index."""

    by_first: dict[str, tuple[Entry, ...]]
    by_form: dict[str, Entry]
    index: FormIndex
    sources: dict[str, str]


def _entry(raw: dict[str, Any], where: str) -> Entry:
    keys = [k for k in ("lemma", "phrase", "forms") if raw.get(k)]
    if len(keys) != 1:
        raise LexiconError(f"{where}: entry {raw['id']!r} needs exactly one of lemma, phrase, forms")
    text = raw.get("lemma") or raw.get("phrase") or ""
    return Entry(
        id=raw["id"],
        words=tuple(text.lower().split()),
        forms=frozenset(f.lower() for f in raw.get("forms", ())),
        alternatives=tuple(raw["alternatives"]),
        note=raw["note"],
        source=raw["source"],
        pos=frozenset(raw.get("pos", ())),
    )


def source_names(path: Any) -> dict[str, str]:
    """The ``sources`` map of a lexicon file (key → full reference)."""
    with open(path, encoding="utf-8") as fh:
        return dict(yaml.safe_load(fh).get("sources") or {})


@cache
def lexicon() -> Lexicon:
    """The shipped complex-word lexicon, indexed for matching."""
    path = lexicon_path("plain", "complex_words.yaml")
    entries = [_entry(raw, str(path)) for raw in load_entries([path], COMPLEX_WORD_SCHEMA)]
    by_first: dict[str, list[Entry]] = {}
    by_form: dict[str, Entry] = {}
    for entry in entries:
        if entry.words:
            by_first.setdefault(entry.words[0], []).append(entry)
        for form in entry.forms:
            by_form[form] = entry
    words = {w for e in entries for w in e.words}
    sources = source_names(path)
    return Lexicon(
        {k: tuple(sorted(v, key=lambda e: -len(e.words))) for k, v in by_first.items()},
        by_form,
        FormIndex.build(words),
        sources,
    )


def _match_at(lex: Lexicon, tokens: TokenTable, content: list[int], lemmas: list[tuple[str, ...]],
              i: int) -> tuple[Entry, int] | None:
    """The longest entry starting at content token ``i`` and the number of tokens it covers.

    ``content`` holds the indices of the Doc's non-space tokens, ``lemmas`` their lexicon lemmas.
    """
    first = content[i]
    exact = lex.by_form.get(tokens.lower[first])
    candidates = [e for lemma in lemmas[i] for e in lex.by_first.get(lemma, ())]
    candidates.sort(key=lambda e: -len(e.words))
    for entry in candidates:
        n = len(entry.words)
        if i + n > len(content) or (entry.pos and tokens.pos[first] not in entry.pos):
            continue
        if all(entry.words[k] in lemmas[i + k] for k in range(1, n)):
            return entry, n
    if exact is not None:
        return exact, 1
    return None


def find_complex(doc: Doc, tokens: TokenTable | None = None) -> Iterator[tuple[Entry, int, int]]:
    """Every lexicon match in ``doc`` as (entry, start char, end char), left to right.

    ``tokens`` is the Doc's :class:`TokenTable`, if the caller has one.
    """
    tokens = tokens if tokens is not None else TokenTable(doc)
    lex = lexicon()
    content = [i for i, space in enumerate(tokens.is_space) if not space]
    lemmas = [lex.index.lemmas_for(tokens.lower[i], tokens.lemma[i]) for i in content]
    i = 0
    while i < len(content):
        if not lemmas[i] and tokens.lower[content[i]] not in lex.by_form:
            i += 1  # no entry can start here: the common case, decided without _match_at
            continue
        match = _match_at(lex, tokens, content, lemmas, i)
        if match is None:
            i += 1
            continue
        entry, n = match
        yield entry, tokens.idx[content[i]], tokens.end[content[i + n - 1]]
        i += n


def _cased(suggestion: str, matched: str) -> str:
    return suggestion[:1].upper() + suggestion[1:] if matched[:1].isupper() else suggestion


@REGISTRY.rule(
    "complex_word",
    category="plain_language",
    severity="info",
    description="Krångliga, ålderdomliga eller onödigt formella ord och uttryck som har enklare alternativ.",
    needs=("lemma", "pos"),
    source="Svarta listan (Regeringskansliet); Myndigheternas skrivregler; lexicons/plain/complex_words.yaml",
    examples=Examples(
        flag=(
            "Du erhåller beslutet inom två veckor.",
            "Kommunen tillhandahåller blanketter.",
            "Därest du inte betalar skickar vi en påminnelse.",
            "Vi ringer dig i syfte att boka ett möte.",
            "Avgiften höjs innevarande år.",
        ),
        ok=(
            "Du får beslutet inom två veckor.",
            "Kommunen ger dig blanketter.",
            "Om du inte betalar skickar vi en påminnelse.",
            "Vi ringer dig för att boka ett möte.",
        ),
    ),
)
def complex_word(ctx: Context) -> Iterator[Finding]:
    """One finding per occurrence of a lexicon word or phrase, suggesting its alternatives."""
    allowed = {a.lower() for a in ctx.config.allow}
    for entry, start, end in find_complex(ctx.doc, ctx.tokens):
        matched = ctx.text[start:end]
        if matched.lower() in allowed or " ".join(entry.words) in allowed:
            continue
        alternatives = [_cased(a, matched) for a in entry.alternatives]
        yield ctx.finding(
            start,
            end,
            f"”{matched}” är krångligt eller ålderdomligt. Skriv hellre "
            f"{' eller '.join(f'”{a}”' for a in alternatives[:2])}. {entry.note}",
            alternatives,
            source=_source_text(entry.source),
        )


def _source_text(keys: str) -> str:
    sources = lexicon().sources
    return "; ".join(sources.get(k.strip(), k.strip()) for k in keys.split(";"))
