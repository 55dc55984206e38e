"""Whether a verb's replacement can take the words the verb has around it in the text.

A plainer verb has a valency of its own. :func:`verb_misfit` tells :func:`.fit.fitted` when the
replacement of a verb cannot stand in its place: a phrase whose subject, object, negation or sentence
adverb would land inside it, a passive pair with a verb or noun after its passive ("försöks nå"), an
att-clause or a "som" complement it does not take, "se till att" for a clause about what has happened, a
second object ("debitera passagerarna en avgift" is not "ta ut passagerarna en avgift") or a passive's kept object
("påförs ingen skatt" is not "tas ut ingen skatt"), an object with its
predicative ("finna X användbart" is not "hitta X användbart"), a subject inside the replaced words ("ges
upplysning om"), a preposition left without its object ("så som de aviserat" is not "så som de berättat
om"), a preposition that belonged to the replaced reflexive verb ("förhörde sig med företaget" is not
"frågade med företaget"), or a verb that takes another sense with a person as subject ("jag omfattar").
"""

from __future__ import annotations

from spacy.tokens import Token

from ..doc import TokenTable
from .morphology import VOWELS
from .wordlists import words as words_of

#: Prepositions that end a verb phrase, whose passive strands them ("tas hänsyn till") and which need an
#: object ("berätta om"); "över" is left out, since it ends particle verbs whose passive is fine
#: ("lämnades över", "ses över").
PREPOSITIONS = frozenset({"till", "av", "på", "om", "för", "med", "åt", "i", "från"})
#: Words that are a particle on their own ("tas emot") but a preposition after another particle ("se fram emot"),
#: whose passive strands them ("ses fram emot").
AFTER_PARTICLE = frozenset({"emot", "mot"})
#: Prepositions that are seldom a verb's stressed particle, so a phrase ending in one needs an object
#: ("berätta om", "ansvara för"; but "bli av", "vara med", "snabba på", "säga till" stand alone).
GOVERNING = frozenset({"om", "för"})
#: The reflexive pronouns of a reflexive verb ("förhöra sig", "förvissa dig").
REFLEXIVES = frozenset({"sig", "mig", "dig", "oss", "er"})
#: A replacement that makes something happen, which cannot take a clause about what has happened.
BRING_ABOUT = "se till"
#: Negative pronouns and determiners, which a phrase cannot take after its preposition ("leder till inga").
NEGATIVES = frozenset({"ingen", "inget", "inga", "ingenting", "intet"})
#: Dependency relations that give a verb an object or a complement clause.
OBJECTS = ("obj", "iobj", "ccomp", "xcomp", "csubj")
#: How many words after a verb its "som" complement may stand, past an adverbial ("benämns i meteorologin som").
SOM_REACH = 4


def verb_misfit(words: list[str], tokens: TokenTable, i: int, last: int, morph: str) -> bool:
    """True if ``words``, the replacement of the verb at token ``i`` (the replaced words end at ``last``; the
    verb is read with morphology ``morph``), cannot take what the verb has around it in the text (see the
    module docstring); a phrase of several words is checked for what would land inside it."""
    phrase = len(words) > 1
    return ((phrase and (_passive_phrase(words, morph) or _object_after(words, tokens, i, last)
                         or _two_objects(tokens, i, last) or _retained_object(tokens, i, last, morph)
                         or _dangling(words, tokens, i, last, morph)
                         or _negated_object(tokens, i, last) or _done_clause(words, tokens, i, last)))
            or splits_verb_phrase(words, tokens, i, last) or _reflexive_preposition(words, tokens, last)
            or _reflexive_after(words, tokens, i, last) or _object_predicative(tokens, i, last)
            or _inverted_subject(tokens, i, last, phrase) or _person_subject(words, tokens, i))


def _person_subject(words: list[str], tokens: TokenTable, i: int) -> bool:
    """True if the replacement is a verb that takes another sense with a person as its subject
    (``person_sense_verbs``) and the verb at ``i`` has a personal pronoun of a person (``person_pronouns``) as
    its subject: "man inbegriper förslaget i paketet" (includes) is not "man omfattar förslaget" (supports it)."""
    return words[0].lower() in words_of("person_sense_verbs") and any(
        c.dep_.startswith("nsubj") and c.lower_ in words_of("person_pronouns") for c in tokens.doc[i].children)


def _done_clause(words: list[str], tokens: TokenTable, i: int, last: int) -> bool:
    """True if a replacement that brings something about (``BRING_ABOUT``: "se till att") stands for a verb
    whose att-clause reports what has already happened (a past tense or a supine, with no auxiliary but
    "ha"): the verb checks a fact there ("för att säkerställa att du mottagit informationen" is "kontrollera
    att", not "se till att du mottagit"), while "säkerställa att alla får hjälp" is "se till att"."""
    if " ".join(words[:2]).lower() != BRING_ABOUT:
        return False
    token = tokens.doc[last]
    clauses = [token.head] if token.lower_ == "att" and token.head.i > last else _att_clauses(
        tokens, i, last, ("ccomp",))
    return any(("Tense=Past" in str(c.morph) or "VerbForm=Sup" in str(c.morph))
               and all(a.lemma_.lower() == "ha" for a in c.children if a.dep_ == "aux") for c in clauses)


def _passive_phrase(words: list[str], morph: str) -> bool:
    """True if a passive verb's replacement of several words would strand a preposition ("beaktas": not "tas
    hänsyn till"; "motses": not "ses fram emot", where "emot" follows a particle) or, as a pair, take the
    passive on its verb with a second verb or a noun after it, not a particle (``object_may_follow``):
    "eftersträvas" is not "försöks nå", "accelereras" not "ökas takten"; "lämnas in", "tas emot" and an
    adverbial ("minskas så mycket som möjligt") are fine."""
    stranded = words[-1] in PREPOSITIONS or len(words) > 2 and words[-1] in AFTER_PARTICLE
    return "Voice=Pass" in morph and (stranded or len(words) == 2
                                      and words[1].lower() not in words_of("object_may_follow"))


def _negated_object(tokens: TokenTable, i: int, last: int) -> bool:
    """True if the verb at ``i`` has an object after the replaced words that its own negative determiner
    negates ("föranleder inga förändringar"): a phrase would put the negation after its preposition ("leder
    till inga förändringar"), where Swedish says "leder inte till några"."""
    return any(c.dep_ == "obj" and c.i > last and (c.lower_ in NEGATIVES or any(
        g.dep_ == "det" and g.lower_ in NEGATIVES for g in c.children)) for c in tokens.doc[i].children)


def splits_verb_phrase(words: list[str], tokens: TokenTable, i: int, last: int) -> bool:
    """True if a verb's replacement cannot take the words that follow the verb in the text: an
    att-clause or a question that the replacement does not take (``clause_verbs``, or a phrase ending in a
    preposition: "leder till att"; not "ger att", "finns att", "erbjuda vilken information som"), a
    phrase ("vara mer än", "leda till") after a finite verb that a sentence adverb follows (the
    adverb must stand inside it: "överstiger dock inte" is "är dock inte mer än", not "är mer än
    dock inte"), or a main verb without an object whose complement (a noun or adjective phrase) the text
    opens with "som", right after it or past a short adverbial (``SOM_REACH`` words of prepositions, nouns
    and adverbs), which the replacement may not take ("framstår som konservativ": not "verkar som
    konservativ"; "benämns i meteorologin som strålning": not "kallas i meteorologin som"; but "förefaller
    som om" is "verkar som om", and "skall som tidigare" is "ska som tidigare")."""
    if (_clause_object(tokens, i) or _question_object(tokens, i)) and words[-1].lower() not in PREPOSITIONS and (
            words[0].lower() not in words_of("clause_verbs")):
        return True
    following = tokens.next_word(last)
    if (len(words) > 1 and "VerbForm=Fin" in tokens.morph[i] and following < len(tokens.pos)
            and tokens.pos[following] in ("ADV", "PART") and tokens.lower[following] != "att"):
        return True  # a sentence adverb, not the infinitive's "att" ("äger rätt att" is "har rätt att")
    if words[-1].lower() == "som" or any(c.dep_ == "obj" for c in tokens.doc[i].children):
        return False  # "som" after an object describes the object: "ställa krav på X som Y", "kräva X som Y"
    k = following
    for _ in range(SOM_REACH if tokens.pos[i] == "VERB" else 0):  # an auxiliary takes no "som" ("skall som tidigare")
        if k >= len(tokens.pos):
            return False
        if tokens.lower[k] == "som":  # a complement, not the relative pronoun, "som om" or "som tidigare"
            complement = tokens.next_word(k)
            return (tokens.pos[k] != "PRON" and complement < len(tokens.pos)
                    and tokens.pos[complement] in ("NOUN", "PROPN", "ADJ", "DET", "NUM"))
        if tokens.pos[k] not in ("ADP", "NOUN", "PROPN", "ADV"):
            return False  # "under samma period som", "ökningar av problem som": "som" goes with a noun
        k = tokens.next_word(k)
    return False


def _clause_object(tokens: TokenTable, i: int) -> bool:
    """True if the verb at ``i`` takes an att-clause with a subject of its own ("medför, att en grupp
    kommer i kläm", "det kan förekomma att provet är svårt")."""
    return any(any(g.dep_.startswith("nsubj") for g in c.children)
               for c in _att_clauses(tokens, i, i, ("ccomp", "csubj")))


def _question_object(tokens: TokenTable, i: int) -> bool:
    """True if the object of the verb at ``i`` is a question ("tillhandahålla vilken information som kan
    nyttjas", "visa vad som gäller"), which only a verb of saying or knowing takes; "vilken hjälp som helst"
    (any help) is none."""
    return any(c.dep_ in ("obj", "ccomp") and c.i > i and "PronType=Int" in str(c.left_edge.morph)
               and "helst" not in (t.lower_ for t in c.subtree) for c in tokens.doc[i].children)


def _att_clauses(tokens: TokenTable, i: int, after: int, deps: tuple[str, ...]) -> list[Token]:
    """The att-clauses (``deps`` with the mark "att") of the verb at ``i`` that start after token ``after``."""
    return [c for c in tokens.doc[i].children if c.dep_ in deps and c.i > after
            and any(g.lower_ == "att" and g.dep_ == "mark" for g in c.children)]


def _object_after(words: list[str], tokens: TokenTable, i: int, last: int) -> bool:
    """True if the verb at ``i`` has an object (or, for a replacement of three words or more, an adverb) after
    the replaced words and its replacement does not end in a particle or preposition (``object_may_follow``)
    or, for a pair, an infinitive: the object or adverb would land after its noun or adverbial ("accelerera vårt
    arbete" is not "öka takten vårt arbete", "minimera riskerna" not "minska så mycket som möjligt riskerna",
    "minimeras kraftigt" not "minskas så mycket som möjligt kraftigt"), where "ta emot ansökan", "ta hand om
    barnen", "vilja ha uppgifter" and "försöka nå målet" are fine."""
    end = words[-1].lower()
    if end in words_of("object_may_follow") or len(words) == 2 and end[-1:] in VOWELS:
        return False
    kinds = ("obj", "advmod") if len(words) > 2 else ("obj",)
    return any(c.dep_ in kinds and c.i > last for c in tokens.doc[i].children)


def _inverted_subject(tokens: TokenTable, i: int, last: int, phrase: bool) -> bool:
    """True if the verb at ``i`` has its subject after it where its replacement cannot: a phrase would need
    the subject inside it ("I år överlämnades utredningen": not "lämnades utredningen över"), and a verb alone
    would leave out a subject that the replaced words hold ("för varje ort ges upplysning om": the noun of a
    light verb, inverted after it; not "för varje ort informeras om"). Without a parser nothing is known,
    and the replacement is offered (the rule does not need one)."""
    return any(c.dep_.startswith("nsubj") and c.i > i and (phrase or c.i <= last) for c in tokens.doc[i].children)


def _object_predicative(tokens: TokenTable, i: int, last: int) -> bool:
    """True if the verb at ``i`` has an object and a predicative of it after the replaced words ("finna
    flygplats-wifi mer användbart", "förefaller oss egendomliga"): a verb that says what someone judges or
    how a thing seems, which a plain verb of another sense does not take ("hitta X användbart", "verkar oss"); or
    the person a thing seems to after a formal "det" ("förefaller det mig som om" is not "verkar det mig som om")."""
    children = list(tokens.doc[i].children)
    objects = [c for c in children if c.dep_ in ("obj", "iobj") and c.i > last]
    if (objects and any(c.dep_ == "expl" for c in children) and "PronType=Prs" in objects[0].morph
            and any(c.dep_ in ("advcl", "ccomp", "csubj") for c in children)):
        return True  # "förefaller det mig som om": the person it seems to, before what seems ("verkar det mig")
    return bool(objects) and any(c.dep_ == "xcomp" and c.pos_ in ("ADJ", "NOUN") and c.i > objects[0].i
                                 for c in children)  # the predicative after its object


def _two_objects(tokens: TokenTable, i: int, last: int) -> bool:
    """True if the verb at ``i`` has an indirect object after the replaced words ("debitera passagerarna
    en avgift"; not the reflexive of "ikläder dig ett ansvar"), which a particle verb or phrase does not
    take ("ta ut en avgift av passagerarna")."""
    return any(c.dep_ == "iobj" and c.i > last for c in tokens.doc[i].children)


def _retained_object(tokens: TokenTable, i: int, last: int, morph: str) -> bool:
    """True if the passive verb at ``i`` keeps an object after the replaced words: its subject is the one who
    receives ("skattskyldig påförs ingen skatt", "Ryssland förvägrades tillstånd"), which a one-word verb of the
    same kind may keep ("nekades tillstånd") but a particle verb or phrase does not ("tas ut ingen skatt")."""
    return "Voice=Pass" in morph and any(c.dep_ == "obj" and c.i > last for c in tokens.doc[i].children)


def _dangling(words: list[str], tokens: TokenTable, i: int, last: int, morph: str) -> bool:
    """True if a replacement that ends in a preposition ("berätta om", "informera om") would be left
    without its object: the active verb at ``i`` has no object or complement clause (a relative "som"
    counts: "det som regeringen aviserat" is "det som regeringen berättat om") and ends its clause ("så
    som de aviserat.", "ville inte kommunicera, samarbeta"). Only prepositions that are seldom a
    particle (``GOVERNING``) are asked: "bli av", "vara med", "snabba på" stand without an object."""
    if words[-1].lower() not in GOVERNING or "Voice=Pass" in morph or tokens.pos[last] == "ADP":
        return False  # a replaced phrase that ends in a preposition has its object after it ("anhöll om att")
    following = tokens.next_word(last)
    return (not any(c.dep_ in OBJECTS for c in tokens.doc[i].children)
            and (following >= len(tokens.pos) or tokens.is_punct[following] or tokens.pos[following] == "CCONJ"))


def _reflexive_after(words: list[str], tokens: TokenTable, i: int, last: int) -> bool:
    """True if the verb at ``i`` has "sig" after the replaced words and its replacement has no reflexive:
    "hänför sig till" is another verb than "hänföra" (not "räknar till sig"). Only "sig" is asked: "oss",
    "er", "mig" and "dig" after a verb are as often its objects ("erbjuder oss" is "ger oss")."""
    return not REFLEXIVES & {w.lower() for w in words} and any(
        c.lower_ == "sig" and c.i > last for c in tokens.doc[i].children)


def _reflexive_preposition(words: list[str], tokens: TokenTable, last: int) -> bool:
    """True if the replaced words end in a reflexive pronoun whose verb governs the preposition after it
    (past adverbs) and the replacement, without a reflexive, does not end in that preposition: "förhörde
    sig först med företaget" is not "frågade först med företaget". A reflexive phrase that holds its
    preposition ("förvissa sig om" → "kontrollera") ends past it and is not asked."""
    if tokens.lower[last] not in REFLEXIVES or REFLEXIVES & {w.lower() for w in words}:
        return False
    k = tokens.next_word(last)
    while k < len(tokens.pos) and tokens.pos[k] == "ADV":
        k = tokens.next_word(k)
    return k < len(tokens.pos) and tokens.pos[k] == "ADP" and tokens.lower[k] != words[-1].lower()
