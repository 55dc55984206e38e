"""How the model read the word a replacement stands in for, and whether that reading is borne out.

:func:`.fit.fitted` copies the replaced word's form onto its replacement; :func:`reading` says which form
that is (a past tense the parser hangs on a noun is the participle it is, an old plural present is a
present), :func:`misread` whether the entry's own word in that form is the word written,
:func:`same_gender` whether a noun may take the replaced noun's article, :func:`described_noun` which noun
an attributive adjective describes, and :func:`predicative_agreement` which form a predicative takes from its subject.
"""

from __future__ import annotations

from ..doc import TokenTable
from ..frequency import zipf
from .inflection import definite_singulars, inflected, is_neuter, last_part
from .morphology import listed_forms

#: The shortest last part of a compound whose gender :func:`same_gender` reads ("nedsättning", not "ning").
MIN_PART = 5
#: What may stand before an attributive participle ("de inlämnade", "redan fattade"); a noun or pronoun
#: there is a subject, and the word after it a finite verb ("riksdagen fattade beslut").
ATTRIBUTE_BEFORE = frozenset({"DET", "ADJ", "ADV", "ADP", "NUM", "CCONJ", "PUNCT"})
#: Endings of common nouns whose plural is their base form (lärare, studerande, politiker).
SAME_PLURAL = ("are", "ande", "ende", "er")
#: How a noun written as its base form is read when the model calls it a plural it cannot be.
BASE_FORM = "Case=Nom|Definite=Ind|Gender=Com|Number=Sing"


def reading(tokens: TokenTable, i: int) -> tuple[str, str]:
    """The part of speech and morphology token ``i`` is replaced as: the model's, except that a past
    tense the parser attaches to a noun as its adjective, after an article, adjective, adverb or
    preposition ("de inlämnade ansökningarna", "redan fattade beslut"; not "riksdagen fattade beslut"),
    is read as the participle it is; and a common noun written as its base form, which the model calls a plural,
    is the singular it is ("samma material och kulör": a plural of kulör has an ending, and "färger" is wrong),
    unless its plural is its base form (lärare, politiker) or it is no noun Swedish text uses as one."""
    pos, morph = tokens.pos[i], tokens.morph[i]
    written = tokens.lower[i]
    if (pos == "NOUN" and "Number=Plur" in morph and written == tokens.lemma[i].lower()
            and not written.endswith(SAME_PLURAL) and not is_neuter(written)
            and any(zipf(form) > 0 for form in definite_singulars(written, False))):
        return pos, BASE_FORM  # a common noun, since Swedish text has its definite (kulören; not "övergångsvisen")
    token, before = tokens.doc[i], tokens.prev_word(i)
    if (pos in ("VERB", "AUX") and token.dep_ == "amod" and "Tense=Past" in morph and token.head.pos_ == "NOUN"
            and token.head.i > i and (before < 0 or tokens.pos[before] in ATTRIBUTE_BEFORE)):
        return "ADJ", "Tense=Past|VerbForm=Part"
    if pos in ("VERB", "AUX") and "VerbForm=Inf" in morph and _finite_use(token):
        return pos, "Mood=Ind|Tense=Pres|VerbForm=Fin|Voice=" + ("Pass" if "Voice=Pass" in morph else "Act")
    return pos, morph


def _finite_use(token) -> bool:  # noqa: ANN001 (a spaCy Token)
    """True if an infinitive form stands as a clause's finite verb: it has a subject and neither an
    auxiliary nor an infinitive's "att" after the subject ("kött och blod förbliva": the old plural present,
    which is written like the infinitive, so its replacement takes the present tense, "förblir"; "på att
    våra uppmaningar inte hörsammas": the model's infinitive is the present passive, "följs", since the
    "att" before the subject opens the clause)."""
    children = list(token.children)
    subjects = [c.i for c in children if c.dep_.startswith("nsubj")]
    return bool(subjects) and not any(c.dep_ in ("aux", "aux:pass") or c.dep_ == "mark" and c.lower_ == "att"
                                      and c.i > min(subjects) for c in children)


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
    """True unless the replaced noun's gender (``morph``) and ``noun``'s differ: :func:`.inflection.is_neuter` of
    the word (samarbetet: neuter) or, for a compound Swedish text seldom writes definite, of its longest last part
    that has a definite form (:func:`.inflection.last_part`: "funktionsnedsättning": nedsättningen, common; so not
    "ett funktionsnedsättning" for "ett handikapp")."""
    gender = next((f.split("=", 1)[1] for f in morph.split("|") if f.startswith("Gender=")), None)
    head = noun.split(" ", 1)[0]  # a phrase takes the gender of its head ("person med funktionsnedsättning")
    if gender is None:
        return True
    found = last_part(head, "Definite=Def|Number=Sing", range(max(1, len(head) - MIN_PART + 1)))  # whole word first
    return found is None or (gender == "Neut") == is_neuter(found[0])


def described_noun(tokens: TokenTable, i: int) -> int | None:
    """The noun after it that the adjective at ``i`` describes: the one the parse hangs it on, through adjectives
    joined to it ("en tillräcklig, adekvat och beständig tillgång"); where the parse hangs it on no noun after
    it and reads it as no adverbial, the noun right after it ("enligt gängse rutiner"); else None."""
    token = tokens.doc[i]
    for _ in range(3):
        if token.dep_ not in ("amod", "conj") or token.head.i == token.i:
            break
        token = token.head
        if token.pos_ == "NOUN":
            if token.i > i:
                return token.i
            break
    after = tokens.next_word(i)
    if tokens.doc[i].dep_ != "advmod" and after < len(tokens.pos) and tokens.pos[after] == "NOUN":
        return after
    return None


def predicative_agreement(tokens: TokenTable, i: int) -> str | None:
    """The form a predicative adjective at ``i`` takes from its subject ("metoderna är gängse": plural; "metoden
    är gängse": common singular; never definite), or None if it has no copula and subject the parse shows, or the
    subject's number or gender is unknown."""
    token = tokens.doc[i]
    if not any(c.dep_ == "cop" for c in token.children):
        return None
    subject = next((c for c in token.children if c.dep_ == "nsubj" and c.pos_ in ("NOUN", "PRON")), None)
    if subject is None:
        return None
    feats = dict(f.split("=", 1) for f in str(subject.morph).split("|") if "=" in f)
    if feats.get("Number") == "Plur":
        return "Case=Nom|Definite=Ind|Degree=Pos|Number=Plur"
    if feats.get("Number") == "Sing" and feats.get("Gender") in ("Com", "Neut"):
        return f"Case=Nom|Definite=Ind|Degree=Pos|Gender={feats['Gender']}|Number=Sing"
    return None
