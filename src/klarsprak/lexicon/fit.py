"""Whether a suggested replacement fits where the replaced word stands, in the form it needs.

:func:`fitted` gives the replacement inflected like the replaced token ("erhöll" → "fick"), or None
when it cannot stand in its place and the rule offers it as advice instead: another gender after an
article, a phrase whose verb has its subject after it, a form the model misread, and the other cases
its docstring lists. The lexicon rules (complex_word, the inclusive suggestions) share it.
"""

from __future__ import annotations

from ..doc import TokenTable
from .inflection import inflected
from .morphology import listed_forms

#: Prepositions that end a verb phrase, whose passive strands them ("tas hänsyn till": see :func:`fitted`);
#: "över" is left out, since it ends particle verbs whose passive is fine ("lämnades över", "ses över").
PREPOSITIONS = frozenset({"till", "av", "på", "om", "för", "med", "åt", "i", "från"})


def fitted(alternative: str, lemma: str, tokens: TokenTable, i: int) -> str | None:
    """``alternative`` for token ``i`` (a form of the entry's first word ``lemma``) inflected like it,
    or None when it cannot stand in its place and is offered as advice: a form Swedish text does not
    attest, a verb for a participle ("den erhållna summan": "få" does not fit), a relative clause for
    an attributive adjective ("som behövs"), an infinitive for a noun ("att erbjuda"), a passive of a
    verb with a preposition ("beaktas": not "tas hänsyn till"), a noun of another gender after an
    article or adjective ("ökad samverkan": not "ökad samarbete"), a word the previous word repeats
    ("om huruvida": not "om om"), or an uninflected alternative for an inflected word the model tags
    otherwise. A verb is inflected for a verb (its infinitive ends in a vowel, or in -as for a
    deponent; not a phrase when the subject follows the verb), a single noun or adjective for its
    kind, and only when the model's reading of the word is borne out (:func:`misread`). An adjective
    that does not inflect (gängse) takes its agreement from the noun after it ("enligt gängse
    rutiner" → "vanliga")."""
    pos, morph = tokens.pos[i], tokens.morph[i]
    words = alternative.split(" ")
    head = words[0]
    if misread(lemma, tokens, i):
        return None
    if pos == "ADJ" and inflected(lemma, "ADJ", "Number=Plur") == lemma:
        after = tokens.next_word(i)
        if after < len(tokens.pos) and tokens.pos[after] == "NOUN":
            morph = tokens.morph[after]
    if (before := tokens.prev_word(i)) >= 0 and tokens.lower[before] == head.lower():
        return None  # "osäkerhet om huruvida" would become "om om"
    verb_like = len(head) >= 2 and (head[-1] in "aeiouyåäö" or head.endswith("as"))
    if pos in ("VERB", "AUX") and verb_like:
        stranded = "Voice=Pass" in morph and words[-1] in PREPOSITIONS
        if len(words) > 1 and (stranded or _subject_after(tokens, i)):
            return None
        return inflected(alternative, pos, morph)
    if pos == "ADJ" and (head.lower() == "som" or (lemma[-1:] in ("a", "e", "å") and verb_like)):
        return None
    if pos == "NOUN":
        modified = before >= 0 and tokens.pos[before] in ("DET", "ADJ") and "Number=Plur" not in morph
        if head.lower() == "att" or (modified and len(words) > 1) or (
                modified and len(words) == 1 and not same_gender(alternative, morph)):
            return None
    if pos in ("NOUN", "ADJ") and len(words) == 1 and len(head) >= 4:
        return inflected(alternative, pos, morph)
    return alternative if tokens.lower[i] == lemma or not lemma else None


def _subject_after(tokens: TokenTable, i: int) -> bool:
    """True if the verb at ``i`` has its subject after it ("I år överlämnades utredningen"): a
    replacement of several words would need the subject inside it ("lämnades utredningen över").
    Without a parser nothing is known, and the replacement is offered (the rule does not need one)."""
    return any(c.dep_.startswith("nsubj") and c.i > i for c in tokens.doc[i].children)


def misread(lemma: str, tokens: TokenTable, i: int) -> bool:
    """True if the entry's own word, inflected to the form the model reads at token ``i``, is not
    the word as written: the model took the tense, number or definiteness wrongly ("eftersträvar"
    read as a past tense, "kärnverksamheter" as a singular, "samverkande" as a form of
    "samverkan"), or the word is a compound of the entry's word; its form cannot then be copied
    onto a replacement. A verb or noun whose form is not attested is given the benefit of the
    doubt (tillställer), and so is a listed irregular form (motta, mottog of "mottaga"); an adjective
    is not."""
    pos = tokens.pos[i]
    if (not lemma or " " in lemma or pos not in ("VERB", "AUX", "NOUN", "ADJ")
            or tokens.lower[i] in listed_forms(lemma)):
        return False
    own = inflected(lemma, pos, tokens.morph[i])
    if own is None:
        return pos == "ADJ"
    return own.lower() != tokens.lower[i]


def same_gender(noun: str, morph: str) -> bool:
    """True unless the replaced noun's gender (``morph``) and ``noun``'s, read from its attested
    definite form (samarbetet: neuter), differ."""
    gender = next((f.split("=", 1)[1] for f in morph.split("|") if f.startswith("Gender=")), None)
    definite = inflected(noun, "NOUN", "Definite=Def|Number=Sing")
    if gender is None or definite is None or definite == noun:
        return True
    return (gender == "Neut") == definite.endswith("t")
