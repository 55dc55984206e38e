"""Which lemmas a token may be a form of: the model's lemma, listed irregular forms, regular endings.

The plain-language lexicons are written in lemmas ("erhålla", "vidta åtgärd"). With a
trained pipeline the model's ``token.lemma_`` decides, helped by the irregular forms listed
for the lemma itself in ``lexicons/plain/inflections.yaml`` and by verb endings (-er, -de,
-t ...), since a lemmatizer often misses exactly the rare formal verbs we look for.
Without a lemmatizer a token also matches with noun and adjective endings (-en, -na,
-are), or as a compound verb with its base verb's irregular forms ("tydliggjorde"); that
wider guessing is left out when the model lemmatizes, because it would take "företaget"
(the company) for a form of "företa" and "mottagare" for a form of "mottaga".
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cache
from typing import Iterable

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
#: Verb endings that never turn a verb into another word's form; used even with a lemmatizer.
VERB_ENDINGS = frozenset({
    "", "r", "er", "ar", "s", "es", "as", "de", "des", "te", "tes", "ade", "ades", "t", "ts", "at",
    "ats", "it", "its", "dde", "ddes", "tt",
})
#: Lemmas shorter than this only match exactly or through listed forms: short words
#: ("ty", "ej") would otherwise collide with unrelated words.
MIN_GENERATED = 6


#: A compound verb takes the irregular forms of its base verb when the prefix before the
#: base has at least this many letters ("tydlig" + "gjorde").
MIN_PREFIX = 2
#: Word/lemma pairs remembered by :meth:`FormIndex.lemmas_for` before the memo is cleared.
MEMO_SIZE = 100_000


@cache
def irregular_forms() -> dict[str, tuple[str, ...]]:
    """Lemma → its irregular forms, from ``lexicons/plain/inflections.yaml``."""
    entries = load_entries([lexicon_path("plain", "inflections.yaml")], INFLECTION_SCHEMA)
    return {e["id"].lower(): tuple(f.lower() for f in e["forms"]) for e in entries}


def listed_forms(lemma: str) -> set[str]:
    """The irregular forms of ``lemma``, or of its base verb with the same prefix."""
    lemma = lemma.lower()
    table = irregular_forms()
    forms = set(table.get(lemma, ()))
    for base, base_forms in table.items():
        prefix = lemma[: len(lemma) - len(base)]
        if lemma.endswith(base) and len(prefix) >= MIN_PREFIX:
            forms.update(prefix + form for form in base_forms)
    return forms


def regular_forms(lemma: str, endings: Iterable[str] = ENDINGS) -> set[str]:
    """Forms of ``lemma`` with regular endings (over-generates; non-words never occur in text)."""
    lemma = lemma.lower()
    if len(lemma) < MIN_GENERATED:
        return {lemma}
    forms = {lemma + ending for ending in endings}
    if lemma[-1] in "ae":
        # the stem without its vowel ("betal" + "ade") never stands alone: "tills" is not "tillse"
        forms |= {lemma[:-1] + ending for ending in endings if ending}
    return forms


@dataclass(frozen=True)
class FormIndex:
    """Maps surface forms to the lemmas of one lexicon."""

    lemmas: frozenset[str]
    forms: dict[str, frozenset[str]]
    listed: dict[str, frozenset[str]]
    always_guess: bool = False
    """``forms``: every guessed form; ``listed``: the safe ones used alongside a lemmatizer
    (or always ``forms`` with ``always_guess``, for word lists whose endings are unambiguous)."""
    _memo: dict[tuple[str, str], tuple[str, ...]] = field(default_factory=dict, compare=False, repr=False)

    @classmethod
    def build(cls, lemmas: Iterable[str], *, always_guess: bool = False) -> FormIndex:
        """An index over ``lemmas``: their regular forms and their listed irregular forms."""
        wanted = frozenset(lemma.lower() for lemma in lemmas)
        forms: dict[str, set[str]] = {}
        listed: dict[str, set[str]] = {}
        table = irregular_forms()
        for lemma in wanted:
            for form in regular_forms(lemma) | listed_forms(lemma):
                forms.setdefault(form, set()).add(lemma)
            for form in regular_forms(lemma, VERB_ENDINGS) | set(table.get(lemma, ())):
                listed.setdefault(form, set()).add(lemma)
        return cls(wanted, _freeze(forms), _freeze(listed), always_guess)

    def lemmas_for(self, lower: str, lemma: str) -> tuple[str, ...]:
        """The index's lemmas that a token with lower-case form ``lower`` and model lemma ``lemma``
        may be a form of, the most certain first (remembered per pair: words repeat).

        The surface form itself comes first, then the model's lemma, then listed
        irregular forms and verb endings; other guessed forms only when the model gives no lemma.
        """
        key = (lower, lemma)
        found = self._memo.get(key)
        if found is None:
            if len(self._memo) >= MEMO_SIZE:
                self._memo.clear()
            found = self._memo[key] = self._lemmas_for(lower, lemma)
        return found

    def _lemmas_for(self, lower: str, lemma: str) -> tuple[str, ...]:
        found: list[str] = []
        if lower in self.lemmas:
            found.append(lower)
        model_lemma = lemma.lower() if lemma else ""
        if model_lemma in self.lemmas and model_lemma not in found:
            found.append(model_lemma)
        fallback = self.listed if model_lemma and not self.always_guess else self.forms
        guessed = fallback.get(lower)
        if guessed:
            found.extend(guess for guess in sorted(guessed) if guess not in found)
        return tuple(found)


def _freeze(table: dict[str, set[str]]) -> dict[str, frozenset[str]]:
    return {key: frozenset(values) for key, values in table.items()}
