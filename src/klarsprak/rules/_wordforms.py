"""Which lemmas a token may be a form of: the model's lemma, listed irregular forms, regular endings.

The plain-language lexicons are written in lemmas ("erhålla", "vidta åtgärd"). A trained
pipeline gives ``token.lemma_``; without one (a blank tokenizer, or a lemma the model got
wrong) a token still matches when its surface form is a listed irregular form
(``lexicons/plain/inflections.yaml``) or the lemma plus a regular Swedish ending.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from typing import Iterable

from spacy.tokens import Token

from ..lexicons import Schema, load_entries
from ..resources import lexicon_path

INFLECTION_SCHEMA = Schema(
    name="inflections",
    required={"id": str, "forms": list, "source": str},
)

#: Regular endings of Swedish verbs, nouns and adjectives, added to the lemma or to the
#: lemma without its final vowel ("betala" → "betal" + "ade").
ENDINGS = (
    "", "s", "n", "t", "a", "e", "r", "ar", "er", "or", "en", "et", "na", "ns", "ts", "as", "es",
    "ad", "at", "ade", "ades", "ats", "ande", "ende", "ern", "erna", "arna", "orna", "ens", "ets",
    "ena", "de", "des", "d", "dd", "dde", "ddes", "tt", "te", "tes", "da", "ta", "ast", "are", "aste",
    "rna",
)
#: Lemmas shorter than this only match exactly or through listed forms: short words
#: ("ty", "ej") would otherwise collide with unrelated words.
MIN_GENERATED = 5


@cache
def irregular_forms() -> dict[str, str]:
    """Irregular form → lemma, from ``lexicons/plain/inflections.yaml``."""
    entries = load_entries([lexicon_path("plain", "inflections.yaml")], INFLECTION_SCHEMA)
    return {form.lower(): e["id"].lower() for e in entries for form in e["forms"]}


def regular_forms(lemma: str) -> set[str]:
    """Forms of ``lemma`` with regular endings (over-generates; non-words never occur in text)."""
    lemma = lemma.lower()
    if len(lemma) < MIN_GENERATED:
        return {lemma}
    stems = {lemma}
    if lemma[-1] in "ae":
        stems.add(lemma[:-1])
    return {stem + ending for stem in stems for ending in ENDINGS}


@dataclass(frozen=True)
class FormIndex:
    """Maps surface forms to the lemmas of one lexicon."""

    lemmas: frozenset[str]
    forms: dict[str, frozenset[str]]

    @classmethod
    def build(cls, lemmas: Iterable[str]) -> FormIndex:
        """An index over ``lemmas``: their regular forms and their listed irregular forms."""
        wanted = frozenset(lemma.lower() for lemma in lemmas)
        forms: dict[str, set[str]] = {}
        for lemma in wanted:
            for form in regular_forms(lemma):
                forms.setdefault(form, set()).add(lemma)
        for form, lemma in irregular_forms().items():
            if lemma in wanted:
                forms.setdefault(form, set()).add(lemma)
        return cls(wanted, {form: frozenset(ls) for form, ls in forms.items()})

    def lemmas_of(self, token: Token) -> tuple[str, ...]:
        """The index's lemmas that ``token`` may be a form of, the most certain first.

        The surface form itself comes first, then the model's lemma, then forms
        generated from regular endings or listed as irregular.
        """
        lower = token.lower_
        found: list[str] = []
        if lower in self.lemmas:
            found.append(lower)
        model_lemma = token.lemma_.lower() if token.lemma_ else ""
        if model_lemma in self.lemmas and model_lemma not in found:
            found.append(model_lemma)
        for lemma in sorted(self.forms.get(lower, ())):
            if lemma not in found:
                found.append(lemma)
        return tuple(found)
