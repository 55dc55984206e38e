"""Where a Swedish compound joins: its parts, from attested compound parts and word frequencies.

A long word is cut into parts that are each a known word: a part the Eukalyptus treebank
attests in a compound (``lexicons/long_word/compound_parts.yaml``, built by
``scripts/build_compound_parts.py``) or a word wordfreq's Swedish list knows. Of all the
ways to cut, the one whose parts are fewest and commonest wins (each part costs more the
rarer it is), so a lexicalised compound (*arbetsmarknad*, *kommunfullmäktige*) stays one
part and an ad-hoc compound shows its three or four parts. A modifier may end in a joint
*-s* (*bygglovs*) or drop a final *-a* (*skol-*); the head may be inflected.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache, lru_cache

from ..frequency import zipf
from ..lexicon.loader import load_entries
from ..resources import lexicon_path

#: A part costs ``CEILING - zipf`` (wordfreq's Zipf scale), so a rare part costs more than a common one;
#: a part's zipf counts at most ``CAP``, so that every extra cut costs at least ``CEILING - CAP`` and a
#: function word is no cheap part (för|ordningen, till|syns: *förordningen*, *tillsyns*).
CEILING = 8.0
CAP = 5.0
#: Rarer than this (Zipf), a string is not taken for a word (wordfreq lists many rare fragments).
MIN_ZIPF = 1.0
#: A part the treebank attests counts as at least this common.
ATTESTED_ZIPF = 3.0
#: Parts of three letters must be attested (wordfreq rates fragments like "ans" and "ens" highly).
MIN_PART = 3
# Longer than any real compound (the longest in Swedish dictionaries have about 40 letters): such a
# "word" is a run of letters from extraction or hostile input, not cut, so the cut search stays bounded
# (it is quadratic in the length of the word).
MAX_WORD = 64
#: How much less common (Zipf) a modifier without its joint -s may be than the best other reading and still
#: be its base form (försvars → försvar at 4.56, not the verb försvara at 4.60; samhälls → samhälle).
JOINT_S_MARGIN = 0.5
#: A modifier ending in -e that is this common (Zipf) as written is that word (fiske, not fisk; arbete), not
#: a stem with a joint -e (skade → skada).
WORD_AS_WRITTEN_ZIPF = 3.5
#: A head whose stem (without an ending of :data:`HEAD_ENDINGS`) is this much rarer than it counts as that
#: stem (översikterna as översikt): wordfreq lists few inflected forms of long words.
STEM_DISCOUNT = 1.0
#: Endings an attested head may take in the text (planen, handlingarna, ärendets), genitives included
#: (nämndernas, planers): a genitive ending is never a part of its own.
HEAD_ENDINGS = ("", "s", "n", "en", "ens", "et", "ets", "na", "nas", "ar", "ars", "arna", "arnas", "er", "ers", "erna",
                "ernas", "or", "ors", "orna", "ornas", "t", "ts", "r", "rs", "rna", "rnas", "e", "es", "a", "as")
ENDINGS_LONGEST_FIRST = sorted(HEAD_ENDINGS, key=len, reverse=True)


@dataclass(frozen=True)
class Parts:
    """The attested compound parts: modifiers as written (joint letter included) and heads' base forms."""

    modifiers: frozenset[str]
    heads: frozenset[str]
    suffixes: frozenset[str]


@cache
def word_list(name: str) -> dict[str, tuple[str, ...]]:
    """A ``word_lists`` lexicon of ``lexicons/long_word/`` as id → words (lower case)."""
    entries = load_entries([lexicon_path("long_word") / f"{name}.yaml"], "word_lists")
    return {e["id"]: tuple(w.lower() for w in e["words"]) for e in entries}


@cache
def attested() -> Parts:
    """The compound parts Eukalyptus attests (``lexicons/long_word/compound_parts.yaml``) and the
    suffixes that are never a part (``suffixes.yaml``)."""
    parts = word_list("compound_parts")
    return Parts(frozenset(parts["modifiers"]), frozenset(parts["heads"]), frozenset(word_list("suffixes")["suffixes"]))


def modifier_zipf(part: str) -> float:
    """How good a word ``part`` makes before another part: as written, without a joint -s, with
    a dropped -a or -e (skol-, mäklar-), or with the joint -o of an -a word (känslo-, kyrko-)."""
    score = max(zipf(part), zipf(part[:-1]) if part.endswith("s") and len(part) > MIN_PART + 1 else 0.0,
                zipf(part + "a"), zipf(part + "e"),
                zipf(part[:-1] + "a") if part.endswith("o") and len(part) > MIN_PART + 1 else 0.0)
    if part in attested().modifiers:
        score = max(score, ATTESTED_ZIPF)
    return score


def head_zipf(part: str) -> float:
    """How good a word ``part`` makes as the last part, inflected as it may be."""
    score = zipf(part)
    heads = attested().heads
    stems = [part[:len(part) - len(e)] for e in HEAD_ENDINGS if part.endswith(e) and len(part) > len(e) + MIN_PART]
    if any(stem in heads for stem in stems):
        score = max(score, ATTESTED_ZIPF)
    return max([score, *(zipf(stem) - STEM_DISCOUNT for stem in stems if stem not in attested().suffixes)])


def _ending(part: str) -> bool:
    """True if ``part`` as a last part is only an inflection, or a suffix with one (standardiseringssträv|andena,
    arbetslöshetsöversikt|erna, pornografiliberaliser|ingen): no head of its own."""
    suffixes = attested().suffixes
    return any(part[:len(part) - len(e)] in suffixes or len(part) == len(e) for e in HEAD_ENDINGS if part.endswith(e))


def _suffix_end(word: str) -> int:
    """Letters at the end of ``word`` that a suffix and its inflection take (liberaliseringen: -isering and
    -en, 9), which its last part must hold whole: a cut inside them leaves no head (liberalise|ringen)."""
    suffixes = attested().suffixes
    for ending in ENDINGS_LONGEST_FIRST:
        if word.endswith(ending) and (found := [x for x in suffixes if word[:len(word) - len(ending)].endswith(x)]):
            return len(ending) + max(map(len, found))
    return 0


def _cost(part: str, last: bool) -> float | None:
    """What ``part`` costs as a part of a compound, or None if it is no word."""
    if len(part) < MIN_PART or part in attested().suffixes or last and _ending(part):
        return None
    if len(part) == MIN_PART and part not in (attested().heads if last else attested().modifiers):
        return None
    score = head_zipf(part) if last else modifier_zipf(part)
    if score < MIN_ZIPF:
        return None
    return CEILING - min(score, CAP)


@lru_cache(maxsize=8192)
def segments(word: str, whole: bool = True, head: bool = True) -> tuple[str, ...] | None:
    """``word`` cut into its cheapest sequence of known parts (case kept), or None if no cut works.

    ``segments("bygglovsansökningshandlingarna")`` is ``("bygglovs", "ansökningshandlingarna")``:
    a lexicalised part stays whole. A word known as a whole is one part, unless ``whole`` is False.
    ``head`` False cuts a modifier (förhandsbeskeds), whose last part is a modifier too.
    """
    lower = word.lower()
    n = len(lower)
    if n > MAX_WORD:
        return None
    best: list[tuple[float, int] | None] = [None] * (n + 1)  # cost of the cheapest cut of lower[:i], last cut
    best[0] = (0.0, 0)
    suffix_end = _suffix_end(lower)
    for end in range(MIN_PART, n + 1):
        for start in range(0 if whole or end < n else 1, end - MIN_PART + 1):
            if best[start] is None or end == n and n - start < suffix_end:
                continue
            cost = _cost(lower[start:end], head and end == n)
            if cost is None:
                continue
            total = best[start][0] + cost
            if best[end] is None or total < best[end][0]:
                best[end] = (total, start)
    if best[n] is None:
        return None
    cuts = [n]
    while cuts[-1] > 0:
        cuts.append(best[cuts[-1]][1])
    cuts.reverse()
    return tuple(word[a:b] for a, b in zip(cuts, cuts[1:]))


def main_split(word: str, whole: bool = True, head: bool = True) -> tuple[str, str] | None:
    """``word`` as modifier and head, cut at the last joint of :func:`segments` (``whole`` and ``head``
    as there): in a Swedish compound the last part is the head (bygglovsansöknings|handlingarna).
    None for a single part."""
    parts = segments(word, whole, head)
    if parts is None or len(parts) < 2:
        return None
    return "".join(parts[:-1]), parts[-1]


def base_form(modifier: str) -> str:
    """A modifier as a word of its own: without its joint -s when Swedish knows the rest (försvars →
    försvar, not försvara), else without its joint letter or with its dropped -a or -e (skade → skada,
    samhälls → samhälle, mäklar → mäklare, skol → skola, känslo → känsla), as written if Swedish knows none
    of these better (adress) or if it ends in -e and is a common word as written (fiske, not fisk:
    :data:`WORD_AS_WRITTEN_ZIPF`)."""
    lower = modifier.lower()
    if lower.endswith("e") and zipf(lower) >= WORD_AS_WRITTEN_ZIPF:
        return lower
    if lower[-1:] in ("s", "e") and len(lower) > MIN_PART + 1:
        candidates = [lower, lower[:-1], lower[:-1] + "a", lower[:-1] + "e", lower + "a", lower + "e"]
        if lower[-1] == "s" and zipf(lower[:-1]) >= max(MIN_ZIPF, max(map(zipf, candidates)) - JOINT_S_MARGIN):
            return lower[:-1]
    elif lower[-1:] == "o" and len(lower) > MIN_PART + 1:
        candidates = [lower, lower[:-1] + "a"]  # känslo → känsla, kyrko → kyrka
    else:
        candidates = [lower, lower + "a", lower + "e"]
    best = max(candidates, key=zipf)
    return best if zipf(best) >= MIN_ZIPF else lower
