"""Swedish word forms for every rule: which written words are forms of a lexicon word.

Two ways of asking, one engine:

* **Analysis by stems** (:func:`is_form`, :func:`base_of`, compounds with :func:`as_head`
  and :func:`as_modifier`): a lemma gives a few stems (``zigenare`` → ``zigenare``,
  ``zigenar``; ``neger`` → ``negr``; ``talesman`` → ``talesmän``), each taking only the
  endings that fit it, so ``hora`` covers ``horor`` and ``horan`` but never ``horn``.
  The inclusive rules use it as the fallback for words the model does not know.
* **Generated forms** (:class:`FormIndex`): the plain-language lexicons are written in
  lemmas ("erhålla", "vidta åtgärd"). With a trained pipeline the model's lemma decides,
  helped by the irregular forms in ``lexicons/plain/inflections.yaml`` and by verb endings
  (-er, -de, -t ...), since a lemmatizer often misses exactly the rare formal verbs we look
  for. Without a lemmatizer a token also matches with noun and adjective endings (-en,
  -na, -are), or as a compound verb with its base verb's irregular forms ("tydliggjorde");
  that wider guessing is left out when the model lemmatizes, because it would take
  "företaget" (the company) for a form of "företa".

Inflecting a replacement like the word it replaces is :mod:`klarsprak.lexicon.inflection`.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cache, lru_cache
from typing import Iterable

from .loader import lexicon_file

#: A soft hyphen marks where a line may break inside a word, not a letter of it.
SOFT_HYPHEN = "\u00ad"
VOWELS = frozenset("aeiouyåäö")

# --- analysis by stems ---------------------------------------------------------------------

#: endings after the full lemma (zigenare+n, handikappad+e, lärarinna+n)
FULL = frozenset({
    "", "s", "n", "ns", "t", "ts", "r", "rs", "rna", "rnas", "na", "nas", "e", "es", "a", "as",
    "en", "ens", "et", "ets", "ar", "ars", "arna", "arnas", "er", "ers", "erna", "ernas",
    "or", "ors", "orna", "ornas", "nen", "nens", "erne",
})
#: endings after a lemma without its final vowel (zigenar+na, hor+or, slyn+or); never a bare -n (hor+n)
TRUNCATED = frozenset({
    "na", "nas", "or", "ors", "orna", "ornas", "an", "ans", "ar", "ars", "arna", "arnas", "en", "ens",
    "er", "ers", "erna", "ernas", "e", "es",
})
#: endings after a stem that drops the e of -er/-el/-en (negr+er, efterblivn+a)
SYNCOPE = frozenset({"a", "as", "e", "es", "er", "ers", "erna", "ernas", "ar", "ars", "arna", "arnas"})
#: endings after a doubled final consonant (dövstumm+a, ålderdomshemm+et)
DOUBLED = frozenset({"a", "as", "e", "es", "en", "ens", "et", "ets", "ar", "ars", "arna", "arnas"})
#: the shortest word part left over when a lexicon word is found inside a compound
MIN_PART = 3


@lru_cache(maxsize=4096)
def stems(lemma: str) -> tuple[tuple[str, frozenset[str]], ...]:
    """The stems of ``lemma``, each with the endings it takes."""
    lemma = lemma.lower()
    out: list[tuple[str, frozenset[str]]] = [(lemma, FULL)]
    if len(lemma) > 3 and lemma[-1] in "ae":
        out.append((lemma[:-1], TRUNCATED))
    if len(lemma) > 4 and lemma[-2:] in ("er", "el", "en") and lemma[-3] not in VOWELS:
        out.append((lemma[:-2] + lemma[-1], SYNCOPE))
    if len(lemma) > 2 and lemma[-1] in "mn" and lemma[-2] in VOWELS and lemma[-3:] != "man":
        out.append((lemma + lemma[-1], DOUBLED))
    if lemma.endswith("man") and len(lemma) > 4:
        base = lemma[:-3]
        out.append((base + "män", frozenset({"", "s", "nen", "nens"})))
        out.append((lemma + "n", frozenset({"en", "ens"})))
    if lemma.endswith("ad") and len(lemma) > 4:
        out.append((lemma[:-2] + "at", frozenset({"", "s"})))
    if lemma.endswith("en") and len(lemma) > 4:
        out.append((lemma[:-1] + "t", frozenset({""})))
    return tuple(out)


def is_form(word: str, lemma: str) -> bool:
    """True if ``word`` (lower case) is ``lemma`` or one of its inflected forms."""
    for stem, endings in stems(lemma):
        if word.startswith(stem) and word[len(stem):] in endings:
            return True
    return False


def modifier_stems(lemma: str) -> tuple[str, ...]:
    """How ``lemma`` is written as the first part of a compound (zigenare → zigenar-)."""
    lemma = lemma.lower()
    out = [lemma]
    if len(lemma) > 3 and lemma[-1] in "ae":
        out.append(lemma[:-1])
    return tuple(out)


def as_modifier(word: str, lemma: str) -> bool:
    """True if ``word`` is a compound that starts with ``lemma`` (handikapp|toalett)."""
    return any(
        word.startswith(stem) and sum(c.isalpha() for c in word[len(stem):]) >= MIN_PART
        for stem in modifier_stems(lemma)
    )


def as_head(word: str, lemma: str) -> bool:
    """True if ``word`` is a compound that ends with a form of ``lemma`` (press|talesman)."""
    for i in range(MIN_PART, len(word) - 1):
        if is_form(word[i:], lemma) and sum(c.isalpha() for c in word[:i]) >= MIN_PART:
            return True
    return False


@lru_cache(maxsize=65536)
def base_of(keys: tuple[str, ...], wordset: frozenset[str]) -> str | None:
    """The word of ``wordset`` that one of ``keys`` (a token's written form, lemma …) is a form of."""
    for key in keys:
        if key in wordset:
            return key
        for i in range(len(key) - 1, 1, -1):
            stem = key[:i]
            for cand in (stem, stem + "a", stem + "e"):
                if cand in wordset and is_form(key, cand):
                    return cand
    return None


@lru_cache(maxsize=65536)
def head_of(keys: tuple[str, ...], lower: str, wordset: frozenset[str]) -> str | None:
    """Like :func:`base_of`, also for a compound ``lower`` ending in a listed word (överläkare → läkare)."""
    found = base_of(keys, wordset)
    if found:
        return found
    for i in range(3, len(lower) - 3):
        rest = lower[i:]
        for cand in wordset:
            if len(cand) >= 4 and rest.startswith(cand) and is_form(rest, cand):
                return cand
    return None


# --- generated forms -----------------------------------------------------------------------

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
#: Past-tense endings, which a verb puts after its vowel (samverka: samverkade): after a lemma that ends
#: in a consonant they make another word ("samverkan" + "de" is the participle "samverkande").
PAST_ENDINGS = frozenset({"de", "des", "dde", "ddes", "te", "tes"})
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
    entries = lexicon_file("plain", "inflections.yaml").entries
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
    """Maps surface forms to the lemmas of one lexicon.

    ``forms``: every guessed form; ``listed``: the safe ones used alongside a lemmatizer
    (or always ``forms`` with ``always_guess``, for word lists whose endings are unambiguous).
    """

    lemmas: frozenset[str]
    forms: dict[str, frozenset[str]]
    listed: dict[str, frozenset[str]]
    always_guess: bool = False
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
            endings = VERB_ENDINGS if lemma[-1:] in VOWELS else VERB_ENDINGS - PAST_ENDINGS
            for form in regular_forms(lemma, endings) | set(table.get(lemma, ())):
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
        if SOFT_HYPHEN in lower:
            # a soft hyphen (a line-break hint in web and PDF text: "fram\u00adkommit") is no letter; the
            # model, which has not seen such forms, guesses no lemma worth keeping ("fram\u00adkommia")
            lower, lemma = lower.replace(SOFT_HYPHEN, ""), ""
        found: list[str] = []
        if lower in self.lemmas:
            found.append(lower)
        model_lemma = lemma.lower() if lemma else ""
        if model_lemma.endswith("ad") and model_lemma not in self.lemmas:
            model_lemma = model_lemma[:-1]  # a participle's lemma (fattad) stands for its verb (fatta)
        if model_lemma in self.lemmas and model_lemma not in found:
            found.append(model_lemma)
        fallback = self.listed if model_lemma and not self.always_guess else self.forms
        guessed = fallback.get(lower)
        if guessed:
            found.extend(guess for guess in sorted(guessed) if guess not in found)
        return tuple(found)


def _freeze(table: dict[str, set[str]]) -> dict[str, frozenset[str]]:
    return {key: frozenset(values) for key, values in table.items()}
