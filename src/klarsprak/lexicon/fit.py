"""Whether a suggested replacement fits where the replaced word stands, in the form it needs.

:func:`fitted` gives the replacement inflected like the replaced token ("erhöll" → "fick", a participle
for a participle: "involverade" → "inblandade"), or None when it cannot stand in its place and the rule
offers it as advice instead: another gender after an article, a phrase whose verb has its subject or a
sentence adverb after it, a conjunction where the word order would break, a form the model misread,
and the other cases its docstring lists. The lexicon rules (complex_word, the inclusive suggestions)
share it.
"""

from __future__ import annotations

from ..doc import TokenTable
from .inflection import attested, inflected, past_participles, present_participle
from .morphology import VOWELS, listed_forms
from .wordlists import words as words_of

#: Prepositions that end a verb phrase, whose passive strands them ("tas hänsyn till": see :func:`fitted`);
#: "över" is left out, since it ends particle verbs whose passive is fine ("lämnades över", "ses över").
PREPOSITIONS = frozenset({"till", "av", "på", "om", "för", "med", "åt", "i", "från"})
#: What may stand before an attributive participle ("de inlämnade", "redan fattade"); a noun or pronoun
#: there is a subject, and the word after it a finite verb ("riksdagen fattade beslut").
ATTRIBUTE_BEFORE = frozenset({"DET", "ADJ", "ADV", "ADP", "NUM", "CCONJ", "PUNCT"})


def fitted(alternative: str, lemma: str, tokens: TokenTable, i: int, last: int | None = None) -> str | None:
    """``alternative`` for token ``i`` (a form of the entry's first word ``lemma``; the replaced words
    end at token ``last``, by default ``i``) inflected like it, or None when it cannot stand in its
    place and is offered as advice: a form Swedish text does not attest (a participle is given as
    one: "involverade" → "inblandade", but "den erhållna summan" has no "fådda"), a conjunction
    where the word order would break (:func:`breaks_word_order`), a phrase of a verb whose
    sentence adverb or "som" complement would land inside it (:func:`splits_verb_phrase`), a relative clause for
    an attributive adjective ("som behövs"), an infinitive for a noun ("att erbjuda"), a passive of a
    verb with a preposition ("beaktas": not "tas hänsyn till"), a noun of another gender after an
    article or adjective ("ökad samverkan": not "ökad samarbete"), a word the previous word repeats
    ("om huruvida": not "om om"), or an uninflected alternative for an inflected word the model tags
    otherwise. A verb is inflected for a verb (its infinitive ends in a vowel, or in -as for a
    deponent; not a phrase when the subject follows the verb), a single noun or adjective for its
    kind, and only when the model's reading of the word is borne out (:func:`misread`). An adjective
    that does not inflect (gängse) takes its agreement from the noun after it ("enligt gängse
    rutiner" → "vanliga")."""
    pos, morph = reading(tokens, i)
    last = i if last is None else last
    words = alternative.split(" ")
    head = words[0]
    verb_like = len(head) >= 2 and (head[-1] in VOWELS or head.endswith("as"))
    if breaks_word_order(words, tokens, i, last) or ("VerbForm=Part" not in morph and misread(lemma, tokens, i)):
        return None
    following = tokens.next_word(last)
    if len(words) > 1 and following < len(tokens.lower) and tokens.lower[following] == words[-1].lower():
        alternative = " ".join(words[:-1])  # "tjänstgjorde som lärare": "fungerade som lärare", not "som som"
    if pos == "ADJ" and inflected(lemma, "ADJ", "Number=Plur") == lemma:
        noun = tokens.doc[i].head  # the noun it describes, maybe after another adjective
        after = noun.i if noun.pos_ == "NOUN" and noun.i > i else tokens.next_word(i)
        if after < len(tokens.pos) and tokens.pos[after] == "NOUN":
            morph = tokens.morph[after]
    if (before := tokens.prev_word(i)) >= 0 and tokens.lower[before] == head.lower():
        return None  # "osäkerhet om huruvida" would become "om om"
    if "VerbForm=Part" in morph and verb_like and lemma[-1:] in VOWELS and not lemma.endswith("nde"):
        return participle_for(alternative, lemma, tokens.lower[i], morph)
    if pos in ("VERB", "AUX") and tokens.doc[i].dep_ == "amod" and "Tense=Past" in morph:
        return None  # a past tense the parser reads as an attribute: either reading may be wrong
    if pos in ("VERB", "AUX") and verb_like:
        stranded = "Voice=Pass" in morph and words[-1] in PREPOSITIONS
        if len(words) > 1 and (stranded or _subject_after(tokens, i)) or splits_verb_phrase(words, tokens, i, last):
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


def reading(tokens: TokenTable, i: int) -> tuple[str, str]:
    """The part of speech and morphology token ``i`` is replaced as: the model's, except that a past
    tense the parser attaches to a noun as its adjective, after an article, adjective, adverb or
    preposition ("de inlämnade ansökningarna", "redan fattade beslut"; not "riksdagen fattade beslut"),
    is read as the participle it is."""
    pos, morph = tokens.pos[i], tokens.morph[i]
    token, before = tokens.doc[i], tokens.prev_word(i)
    if (pos in ("VERB", "AUX") and token.dep_ == "amod" and "Tense=Past" in morph and token.head.pos_ == "NOUN"
            and token.head.i > i and (before < 0 or tokens.pos[before] in ATTRIBUTE_BEFORE)):
        return "ADJ", "Tense=Past|VerbForm=Part"
    return pos, morph


def participle_for(alternative: str, lemma: str, written: str, morph: str) -> str | None:
    """``alternative`` (a verb phrase) as the participle that replaces ``written``, a participle of verb
    ``lemma`` with morphology ``morph``, or None. The form is chosen by the written word, not by the
    model's agreement features: the slots (common, neuter, weak) where ``lemma``'s own participle is
    ``written`` must all give the same form of the replacement ("inlämnade": weak, so "inblandade";
    "eftersatt" may be common or neuter, and "försummad" and "försummat" differ: None). A verb with
    a particle takes it in front, as Swedish writes it ("blanda in": "inblandade"); a longer phrase has no participle."""
    head, _, rest = alternative.partition(" ")
    if " " in rest:
        return None
    if "Tense=Pres" in morph:
        form = present_participle(head) if present_participle(lemma) == written else None
    else:
        own, theirs = past_participles(lemma), past_participles(head)
        forms = {theirs[slot] for slot in range(3) if own[slot] == written}
        form = forms.pop() if len(forms) == 1 else None
    if form is None or not rest:
        return form
    return rest + form if attested(rest + form) else None


def breaks_word_order(words: list[str], tokens: TokenTable, i: int, last: int) -> bool:
    """True if a replacement that starts with a coordinating conjunction (``coordinating_conjunctions``:
    och, men, eller, samt) would break the word order around tokens ``i``..``last``. A conjunction
    stands before the clause and takes no place in it, so a bare one fits only where the words it
    replaces stood first in their clause with no verb right after them ("Emellertid ger X" is not
    "Men ger X"; "är emellertid svaga" is not "är men svaga"; "jämte kvitto" may be "och kvitto"),
    and a conjunction with an adverb ("och då") must be followed by the finite verb ("varvid en i
    taget avgav" is not "och då en i taget avgav"). A conjunction for a conjunction ("ävensom") fits."""
    if words[0].lower() not in words_of("coordinating_conjunctions") or tokens.pos[i] == "CCONJ":
        return False
    following = tokens.next_word(last)
    verb_next = following < len(tokens.pos) and tokens.pos[following] in ("VERB", "AUX") and (
        "VerbForm=Fin" in tokens.morph[following])
    if len(words) > 1:
        return len(words) > 2 or not verb_next
    before = tokens.prev_word(i)
    clause_first = before < 0 or tokens.sent_start[i] or tokens.is_punct[before]
    return verb_next or (tokens.pos[i] == "ADV" and not clause_first)


def splits_verb_phrase(words: list[str], tokens: TokenTable, i: int, last: int) -> bool:
    """True if a verb's replacement cannot take the words that follow the verb in the text: an
    att-clause that the replacement does not take (``clause_verbs``, or a phrase ending in a
    preposition: "leder till att"; not "ger att", "finns att"), a
    phrase ("vara mer än", "leda till") after a finite verb that a sentence adverb follows (the
    adverb must stand inside it: "överstiger dock inte" is "är dock inte mer än", not "är mer än
    dock inte"), or a verb without an object whose complement the text opens with "som", which the
    replacement may not take ("framstår som konservativ": not "verkar som konservativ")."""
    if _clause_object(tokens, i) and words[-1].lower() not in PREPOSITIONS and (
            words[0].lower() not in words_of("clause_verbs")):
        return True
    following = tokens.next_word(last)
    if (len(words) > 1 and "VerbForm=Fin" in tokens.morph[i] and following < len(tokens.pos)
            and tokens.pos[following] in ("ADV", "PART")):
        return True
    children = list(tokens.doc[i].children)
    if words[-1].lower() == "som" or any(c.dep_ == "obj" for c in children):
        return False  # "som" after an object describes the object: "ställa krav på X som Y", "kräva X som Y"
    return any(g.lower_ == "som" and g.dep_ in ("mark", "case") and g.i > last
               for c in children if c.dep_ == "xcomp" for g in c.children)


def _clause_object(tokens: TokenTable, i: int) -> bool:
    """True if the verb at ``i`` takes an att-clause with a subject of its own ("medför, att en grupp
    kommer i kläm", "det kan förekomma att provet är svårt")."""
    return any(c.dep_ in ("ccomp", "csubj") and c.i > i
               and any(g.lower_ == "att" and g.dep_ == "mark" for g in c.children)
               and any(g.dep_.startswith("nsubj") for g in c.children) for c in tokens.doc[i].children)


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
