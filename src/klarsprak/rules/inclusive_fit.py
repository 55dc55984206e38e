"""How an inclusive lexicon entry's suggestion takes the place of the matched words, or how it is offered.

:func:`fit_in_place` inflects the suggestion to the form the sentence needs (number, definiteness, a
compound's first part kept), as the fit engine does for plain-language words; :func:`phrase_for` gives a
phrase and the words it replaces when the suggestion cannot stand in the word's place ("handikappade
barn" → "barn med funktionsnedsättning", "de handikappade" → "personer med funktionsnedsättning").
"""

from __future__ import annotations

from ..doc import TokenTable
from ..frequency import zipf
from ..lexicon.fit import fitted
from ..lexicon.inflection import cased, inflected, last_part
from ..lexicon.matcher import Match
from ..lexicon.morphology import as_head, is_form
from ..lexicon.wordlists import words

#: Endings of nouns whose plural is the same word (lärare, sökande, tekniker, ombud, barn).
SAME_PLURAL = ("are", "ande", "ende", "iker", "ud", "arn")
#: How common (wordfreq's Zipf scale) the last part of a compound must be to stand alone in a rewrite.
MIN_PART_ZIPF = 2.5
#: Copulas before a predicative adjective ("är handikappad"): a noun phrase cannot take its place.
COPULAS = frozenset({"är", "var", "vara", "varit", "blir", "blev", "bli", "blivit", "förblir"})


def phrase_for(tokens: TokenTable, match: Match, suggestion: str) -> tuple[str, str] | None:
    """A phrase to write and the words it replaces, for a suggestion that cannot stand in the matched word's
    place, or None."""
    return (_noun_first(tokens, match, suggestion) or _for_persons(tokens, match, suggestion)
            or _for_group(tokens, match, suggestion))


def is_advice(suggestion: str) -> bool:
    """True for a suggestion that tells the writer what to do ("stryk ordet", "ange vilka som avses") or
    that carries a comment in parentheses, rather than words to put in."""
    return "(" in suggestion or suggestion.split(" ", 1)[0].lower() in words("advice_verbs")


def fit_in_place(tokens: TokenTable, match: Match, suggestion: str) -> str | None:
    """``suggestion`` in the form that can take the place of the one matched word, or None.

    A word matched as a form of the entry's lemma is replaced whole; a compound ending in it keeps its
    first part ("skolkokerskan" → "skolkocken", :func:`_fit_head`), also one written with a hyphen
    ("EEC-tjänstemännen" → "EEC-tjänstepersonerna"); a compound starting with it and a phrase are left to
    the writer. See :func:`_fit_word` for the form.
    """
    fit = _fit_word(tokens, match, suggestion)
    prefix, dash, rest = tokens.text[match.start].rpartition("-")
    if fit is None or not dash or fit.lower().startswith(prefix.lower()):
        return fit
    return f"{prefix}-{cased(fit, rest)}"


def _fit_word(tokens: TokenTable, match: Match, suggestion: str) -> str | None:
    """``suggestion`` in the form of the one matched word (a hyphenated word as a whole), or None.

    An adjective used as a noun ("bidrag till handikappade") takes a noun phrase in its number ("personer
    med funktionsnedsättning"); after a copula ("är handikappad"), before a noun, also in a list
    ("handikappade barn", "handikappad, ensamstående eller äldre arbetstagare") or after "de" the sentence
    needs rewriting; "en handikappad" → "en person med funktionsnedsättning" fits. Nouns are fitted as
    complex_word fits them (number, definiteness, gender after an article).
    """
    i = match.start
    if match.end - i != 1 or match.how not in ("lemma", "form", "head") or is_advice(suggestion):
        return None
    if match.how == "head":
        return _fit_head(tokens, match, suggestion)
    lemma = next((lem for lem in match.entry.lemmas if any(is_form(k, lem) for k in tokens.keys[i])), "")
    if tokens.pos[i] == "ADJ" and " " in suggestion:
        before, after = tokens.prev_word(i), tokens.next_word(i)
        line_ends = any("\n" in tokens.text[k] for k in range(i + 1, min(after, len(tokens))))
        listed = after < len(tokens) and tokens.text[after] in (",", "och", "eller") and (
            (k := tokens.next_word(after)) < len(tokens) and tokens.pos[k] == "ADJ")  # "handikappad, äldre arbetstagare"
        if ((before >= 0 and (tokens.lower[before] in COPULAS or tokens.lower[before] in ("de", "den", "det")))
                or listed or (not line_ends and after < len(tokens) and tokens.pos[after] in ("NOUN", "PROPN", "ADJ"))):
            return None
        number = "Plur" if "Number=Plur" in tokens.morph[i] else "Sing"
        fit = inflected(suggestion, "NOUN", f"Definite=Ind|Number={number}")
    elif lemma.endswith(("man", "kvinna")) and (morph := _man_form(tokens.lower[i])):
        # the model reads "riksdagsmännen" as singular: the ending tells
        fit = inflected(suggestion, "NOUN", morph) or _by_last_part(suggestion, morph)
    elif (tokens.pos[i] == "NOUN" and " " in suggestion and suggestion.split(" ", 1)[0] in words("generic_antecedents")
          and "Case=Gen" not in tokens.morph[i]  # "invandrarbarnens skolgång": the phrase cannot take the -s
          and (tokens.prev_word(i) < 0 or tokens.pos[tokens.prev_word(i)] not in ("DET", "ADJ"))):
        fit = inflected(suggestion, "NOUN", tokens.morph[i])  # "för mentalpatienter" → "för patienter inom psykiatrin"
    else:
        fit = fitted(suggestion, lemma, tokens, i)
    head = suggestion.split(" ", 1)[0]
    if fit and "Number=Plur" in tokens.morph[i] and fit.split(" ", 1)[0] == head and not head.endswith(SAME_PLURAL):
        return None  # "riksdagsledamot" for "riksdagsmän": the engine found no plural
    return fit


#: The number and definiteness each ending of a -man or -kvinna word gives (talesmannen, taleskvinnor …).
MAN_FORMS = (("männen", "Definite=Def|Number=Plur"), ("mannen", "Definite=Def|Number=Sing"),
             ("män", "Definite=Ind|Number=Plur"), ("man", "Definite=Ind|Number=Sing"),
             ("kvinnorna", "Definite=Def|Number=Plur"), ("kvinnan", "Definite=Def|Number=Sing"),
             ("kvinnor", "Definite=Ind|Number=Plur"), ("kvinna", "Definite=Ind|Number=Sing"))


def _by_last_part(compound: str, morph: str) -> str | None:
    """``compound`` in the form ``morph`` by inflecting its last part, a common word the engine knows
    (talesperson → talespersonen, riksdagsledamot → riksdagsledamöter), or None. The inflection engine
    attests the forms of words it has seen; a compound inflects as its last part."""
    found = last_part(compound, morph, range(3, len(compound) - 3), MIN_PART_ZIPF)
    return compound[:-len(found[0])] + found[1] if found else None


def _man_form(word: str) -> str | None:
    """The morphology of a -man or -kvinna word read from its ending; None for a genitive or another ending."""
    return next((morph for ending, morph in MAN_FORMS if word.endswith(ending)), None)


def _fit_head(tokens: TokenTable, match: Match, suggestion: str) -> str | None:
    """The compound at ``match`` with its last part (a form of the entry's lemma) replaced by ``suggestion``
    in the same form, or None. Only a suggestion that is the same word with another ending (talesman →
    talesperson, kokerska → kock) is put in: another word ("arbetsförman" → "arbetsarbetsledare") may not
    fit the first part."""
    i = match.start
    lemma = next((lem for lem in match.entry.lemmas if any(as_head(k, lem) for k in tokens.keys[i])), "")
    stem = lemma[:max(3, len(lemma) - 2)]  # "tjänstem" finds both -man and -män, "kokersk" -erska and -erskan
    at = tokens.lower[i].rfind(stem)
    if " " in suggestion or tokens.pos[i] != "NOUN" or at <= 0 or suggestion[:2] != lemma[:2]:
        return None
    fit = _fit_word(tokens, Match(match.entry, i, i + 1, match.start_char, match.end_char, "form"), suggestion)
    return tokens.text[i][:at] + fit if fit else None


def _noun_first(tokens: TokenTable, match: Match, suggestion: str) -> tuple[str, str] | None:
    """For an adjective before its noun ("handikappade barn", "handikappade eller klena barn") and a
    suggestion "person med …": the noun phrase with the noun first ("barn med funktionsnedsättning") and
    the words it replaces ("handikappade barn"; with the article before a definite noun, "de handikappade
    barnen" → "barnen med …"), or None. The words after "med" fit any number."""
    i = match.start
    head, _, rest = suggestion.partition(" ")
    if match.end - i != 1 or tokens.pos[i] != "ADJ" or head not in ("person", "personer") or not rest.startswith("med "):
        return None
    j = tokens.next_word(i)
    while j < len(tokens) and (tokens.text[j] in (",", "och", "eller") or tokens.pos[j] == "ADJ"):
        if any("\n" in tokens.text[k] for k in range(i + 1, j)):
            return None
        j = tokens.next_word(j)
    if j >= len(tokens) or tokens.pos[j] != "NOUN" or any("\n" in tokens.text[k] for k in range(i + 1, j)):
        return None
    noun, adjective = tokens.text[j], tokens.text[i]
    phrase = f"{noun.lower() if noun[1:].islower() else noun} {rest}"
    instead = f"{adjective} {noun}"
    article = tokens.prev_word(i)
    if article >= 0 and tokens.lower[article] in ("de", "den", "det") and "Definite=Def" in tokens.morph[j]:
        adjective = tokens.text[article]  # "De handikappade barnen" → "Barnen med …": the noun is definite already
        instead = f"{adjective} {instead}"
    if adjective[:1].isupper():
        phrase = phrase[:1].upper() + phrase[1:]
    return phrase, instead


def _for_group(tokens: TokenTable, match: Match, suggestion: str) -> tuple[str, str] | None:
    """For an adjective used as a noun after "de" ("stödet till de handikappade") and a suggestion "person med
    …": the plural phrase ("personer med funktionsnedsättning") and the words it replaces ("de handikappade"),
    or None (a genitive, or a noun after the adjective)."""
    i = match.start
    head, _, rest = suggestion.partition(" ")
    article, after = tokens.prev_word(i), tokens.next_word(i)
    if (match.end - i != 1 or tokens.pos[i] != "ADJ" or head not in ("person", "personer")
            or not rest.startswith("med ") or article < 0 or tokens.lower[article] != "de"
            or tokens.lower[i].endswith("s") or (after < len(tokens) and tokens.pos[after] in ("NOUN", "ADJ"))):
        return None
    phrase = f"personer {rest}"
    if tokens.text[article][:1].isupper():
        phrase = phrase[:1].upper() + phrase[1:]
    return phrase, f"{tokens.text[article]} {tokens.text[i]}"


def _for_persons(tokens: TokenTable, match: Match, suggestion: str) -> tuple[str, str] | None:
    """For a compound that starts with the entry's word ("invalidbostäder", "handikapptoalett") and a suggestion
    "person med …" or a word for an impairment ("funktionsnedsättning"): its last part "för personer med …"
    ("bostäder för personer med funktionsnedsättning") and the word, or None."""
    head, _, rest = suggestion.partition(" ")
    if head.endswith("nedsättning") and not rest:
        head, rest = "person", f"med {head}"
    word = tokens.text[match.start]
    lemma = next((lem for lem in match.entry.lemmas if word.lower().startswith(lem)), "")
    last = word[len(lemma):].lstrip("-")
    if lemma and lemma[-1:] == lemma[-2:-1] and zipf(lemma[-1] + last.lower()) > zipf(last.lower()):
        last = lemma[-1] + last  # handikapp|parkering is written "handikapparkering"
    if (match.how != "modifier" or head not in ("person", "personer") or not rest.startswith("med ") or len(last) < 3
            or zipf(last.lower()) < MIN_PART_ZIPF):
        return None
    phrase = f"{last} för personer {rest}"
    return cased(phrase, word), word
