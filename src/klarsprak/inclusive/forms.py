"""Swedish inflection by suffix: which written words are forms of a lexicon lemma.

The model's lemma is used first; this is the fallback for words the model does
not know (rare slurs, fresh compounds). A lemma gives a few stems (``zigenare``
→ ``zigenare``, ``zigenar``; ``neger`` → ``negr``; ``dövstum`` → ``dövstumm``;
``talesman`` → ``talesmän``), each of which takes only the endings that fit it,
so that ``hora`` covers ``horor`` and ``horan`` but never ``horn``.
"""

from __future__ import annotations

from functools import lru_cache

VOWELS = frozenset("aeiouyåäö")

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
