"""What an acronym looks like: its shapes in a token, ordinary words in capitals, and whether a
form abbreviates a long form. Shared by the ``abbreviation`` rule's search and its definitions."""

from __future__ import annotations

import re

ACRONYM = re.compile(r"^([A-ZÅÄÖ]{2,6})(?::s|:n|:en|:et|:ar|:arna|s)?$")
#: An acronym with a small letter inside (SoHO, BiH, SvD): a capital, at most one small letter, then capitals.
MIXED = re.compile(r"^([A-ZÅÄÖ][a-zåäö]?[A-ZÅÄÖ]{1,4})(?::s|:n|:en|:et)?$")
#: An acronym (or two) as the first part of a compound: ATP-poäng, SoHO-myndighet, LO-SAF-uppgörelsen.
IN_COMPOUND = re.compile(r"^((?:[A-ZÅÄÖ][a-zåäö]?[A-ZÅÄÖ]{1,4}-)+)[a-zåäö]{2,}")
ROMAN = re.compile(r"^[IVXLCM]+$")
VOWEL = re.compile(r"[aeiouyåäö]")
#: How common (Zipf scale, wordfreq's Swedish list) a word in capitals must be to be read as an
#: ordinary word: three letters need more (DAG, NYA: above 5; SVT, ICA, OBS: below), longer words less.
WORD_ZIPF = 5.0
LONG_WORD_ZIPF = 3.5


def acronyms_in(token: str) -> list[tuple[str, int]]:
    """The acronyms a token is or begins with, with their offsets in it: "LSS" and "LSS:s" → LSS,
    "SoHO" → SoHO, "LO-SAF-uppgörelsen" → LO and SAF (the parts before a word in small letters)."""
    if (m := ACRONYM.match(token) or MIXED.match(token)) is not None:
        return [(m.group(1), 0)]
    if (m := IN_COMPOUND.match(token)) is None:
        return []
    found, start = [], 0
    for part in m.group(1).split("-")[:-1]:
        if ACRONYM.match(part) or MIXED.match(part):
            found.append((part, start))
        start += len(part) + 1
    return found


def ordinary_word(word: str, lower_words: set[str]) -> bool:
    """True if ``word`` in capitals (SISTA, DAG, VIKTIGT) is an ordinary Swedish word, not an acronym.

    It is one when the text also writes it in lower case, or when it has a vowel and is
    common in Swedish (:data:`WORD_ZIPF` for three letters, :data:`LONG_WORD_ZIPF` for more,
    on wordfreq's Zipf scale); two capitals are always an acronym (EU, FN).
    """
    from wordfreq import zipf_frequency  # its word list loads on first use: only when capitals occur

    lower = word.lower()
    if len(lower) < 3 or not VOWEL.search(lower):
        return False
    if lower in lower_words:
        return True
    return zipf_frequency(lower, "sv") >= (WORD_ZIPF if len(lower) == 3 else LONG_WORD_ZIPF)


def abbreviates(short: str, long: list[str]) -> bool:
    """True if the letters of ``short`` occur in order in the words ``long`` (right to left, the first
    letter at the start of a word): "BiH" abbreviates "biståndshandläggare", "LSS" "lagen om stöd och service"."""
    letters = [c.lower() for c in short if c.isalnum()]
    if len(letters) < 2 or not long:
        return False
    window = " ".join(long[-min(len(letters) + 5, 2 * len(letters)):]).lower()
    k = len(window) - 1
    for n in range(len(letters) - 1, -1, -1):
        while k >= 0 and (window[k] != letters[n] or n == 0 and k > 0 and window[k - 1].isalnum()):
            k -= 1
        if k < 0:
            return False
        k -= 1
    return True
