"""Whether a suggested replacement fits where the replaced word stands, in the form it needs.

:func:`fitted` gives the replacement inflected like the replaced token ("erhöll" → "fick", a participle
for a participle: "involverade" → "inblandade"), or None when it cannot stand in its place and the rule
offers it as advice instead: another gender after an article, a phrase whose verb has its subject or a
sentence adverb after it, a conjunction where the word order would break, a form the model misread,
and the other cases its docstring lists. How the model read the replaced word is :mod:`.readings`; what a
verb's replacement can take around it (objects, clauses, "som") is :mod:`.valency`; the nouns around the
replaced words (an event, a counted noun, a message) are :mod:`.surroundings`; an adjective's adverb and its
comparison are :mod:`.adjectives`. The lexicon rules (complex_word, the inclusive suggestions) share it.
"""

from __future__ import annotations

from typing import Any

from ..doc import TokenTable
from .adjectives import adverb_form, compares_by_ending, superlative
from .inflection import NEUTER, attested, inflected, past_participles, present_participle
from .morphology import VOWELS
from .readings import described_noun, misread, predicative_agreement, reading, same_gender
from .surroundings import counted_noun, describes_message, event_follows, next_words
from .valency import verb_misfit
from .wordlists import words as words_of

#: Marks after which a new sentence or main clause starts (see :func:`clause_first`).
CLAUSE_ENDS = ".:;!?"
#: The negation that replaces "ej" and "icke"; it stands before the verb, never inside a noun phrase.
NEGATION = "inte"
#: Word classes that head a noun phrase, or open one.
NOMINAL = ("DET", "NOUN", "PROPN", "NUM", "PRON")
#: Pronouns that a following noun or adjective turns into a determiner ("av det kravet").
DETERMINER_PRONOUNS = frozenset({"det", "den", "de", "detta", "denna", "dessa"})


def fitted(alternative: str, lemma: str, tokens: TokenTable, i: int, last: int | None = None) -> str | None:
    """See :func:`_fitted`; and None for a form that the next word repeats ("där samliv förekommer finns"
    is not "där samliv finns finns") or that repeats the word before ("osäkerhet om huruvida" is not "om om";
    but "att ha åtnjutit" is "att ha haft")."""
    form = _fitted(alternative, lemma, tokens, i, last)
    following, before = tokens.next_word(i if last is None else last), tokens.prev_word(i)
    if form and (following < len(tokens.lower) and form.split(" ")[-1].lower() == tokens.lower[following]
                 or before >= 0 and form.split(" ")[0].lower() == tokens.lower[before]):
        return None
    return form


def _fitted(alternative: str, lemma: str, tokens: TokenTable, i: int, last: int | None = None) -> str | None:
    """``alternative`` for token ``i`` (a form of the entry's first word ``lemma``; the replaced words
    end at token ``last``, by default ``i``) inflected like it, or None when it cannot stand in its
    place and is offered as advice: a form Swedish text does not attest (a participle is given as
    one: "involverade" → "inblandade", but "den erhållna summan" has no "fådda"), a conjunction
    where the word order would break (:func:`breaks_word_order`), a verb whose replacement cannot take
    what the verb has around it (:func:`.valency.verb_misfit`: a sentence adverb, subject or object inside a
    phrase, a "som" complement, a second object, a preposition left without its object; a passive of a
    verb with a preposition, "beaktas": not "tas hänsyn till"), a relative clause for an attributive
    adjective ("som behövs"), an infinitive for a noun or for a word joined to a noun ("att erbjuda";
    "iordningsställande och drift" is not "att ställa i ordning och drift"), a noun of another gender after an
    article or adjective ("ökad samverkan": not "ökad samarbete"), a superlative for an attribute ("en förhärskande
    kontroll" is not "en vanligast kontroll"), a verb's particle with no noun phrase after
    it ("tar uti med" is not "tar i med"; the model reads "uti skogen" as a particle too), or an uninflected
    alternative for an inflected word the model tags otherwise. A verb is inflected for a verb (its infinitive
    ends in a vowel, or in -as for a deponent; not a phrase when the subject follows the verb; a listed form's
    alternative is a form, checked as a verb but not inflected), a single noun or adjective for its
    kind, and only when the model's reading of the word is borne out (:func:`misread`). An adjective
    that does not inflect (gängse; also where the model reads it as a name at the start of a sentence) takes its
    agreement from the noun after it ("enligt gängse rutiner" → "vanliga") or, as a predicative, from its subject
    ("metoderna är gängse" → "vanliga"), or it is advice, and an adjective in -t written as its lemma, which may be common or neuter, from the
    noun it describes, or it is advice ("en adekvat kontroll" → "lämplig", "ett adekvat svar" → "lämpligt")."""
    pos, morph = reading(tokens, i)
    last = i if last is None else last
    words = alternative.split(" ")
    head = words[0]
    verb_like = len(head) >= 2 and (head[-1] in VOWELS or head.endswith("as"))
    if (breaks_word_order(words, tokens, i, last) or reads_otherwise(words, tokens, i, last)
            or ("VerbForm=Part" not in morph and misread(lemma, tokens, i))):
        return None
    if len(words) == 1 and tokens.doc[i].dep_ == "amod" and "Degree=Sup" not in morph and superlative(head):
        return None  # an attribute needs its own form: "en förhärskande social kontroll" is not "en vanligast"
    following = tokens.next_word(last)
    if i == last and tokens.doc[i].dep_ == "compound:prt" and (
            following >= len(tokens.pos) or tokens.pos[following] not in NOMINAL + ("ADJ",)):
        return None  # a verb's particle: another word makes another verb ("tar uti med" is not "tar i med")
    if len(words) > 1 and following < len(tokens.lower) and tokens.lower[following] == words[-1].lower():
        alternative = " ".join(words[:-1])  # "tjänstgjorde som lärare": "fungerade som lärare", not "som som"
    uninflected = inflected(lemma, "ADJ", "Number=Plur") == lemma and (
        pos == "ADJ" or pos == "PROPN" and len(words) == 1 and _adjective(head))  # "Gängse regler", read as a name
    if uninflected or pos == "ADJ" and lemma.endswith("t") and tokens.lower[i] == lemma:
        noun = described_noun(tokens, i)  # "adekvat" is common or neuter: the noun tells which
        # an alternative that is no adjective keeps the model's form ("för desamma": "dem"; "i fortsättningen")
        as_read = uninflected and not (len(words) == 1 and _adjective(head))
        if noun is not None:
            morph = tokens.morph[noun]
        elif not as_read:
            agreement = predicative_agreement(tokens, i) if uninflected else None
            if agreement is None:
                return None  # no noun tells the form: "gängse" stays as written, "vanlig" may not fit
            morph = agreement
        pos = "ADJ"
    before = tokens.prev_word(i)
    if head.lower() == "att" and joined_to_noun(tokens, i):
        return None  # "iordningsställande och drift av" is no "att ställa i ordning och drift av"
    if "VerbForm=Part" in morph and verb_like and lemma[-1:] in VOWELS and not lemma.endswith("nde"):
        return participle_for(alternative, lemma, tokens.lower[i], morph)
    if pos in ("VERB", "AUX") and tokens.doc[i].dep_ == "amod" and "Tense=Past" in morph:
        return None  # a past tense the parser reads as an attribute: either reading may be wrong
    if pos in ("VERB", "AUX") and (verb_like or not lemma):  # a listed form's alternative is a form ("hittar")
        if verb_misfit(words, tokens, i, last, morph):
            return None
        return inflected(alternative, pos, morph) if verb_like else alternative
    if pos in ("VERB", "AUX"):
        return None  # neither the entry's word nor its replacement is a verb: the model misread it ("hanterats adekvat")
    participles = len(words) == 1 and lemma.endswith("nde") and head.endswith("nde")  # "förhärskande": "rådande"
    if pos == "ADJ" and (head.lower() == "som" or (lemma[-1:] in ("a", "e", "å") and verb_like and not participles)):
        return None
    if pos == "NOUN":
        modified = before >= 0 and _determines(tokens, before) and "Number=Plur" not in morph
        if head.lower() == "att" or (modified and len(words) > 1) or (
                modified and len(words) == 1 and not same_gender(alternative, morph)):
            return None
    if pos in ("NOUN", "ADJ") and len(words) == 1 and len(head) >= 4:
        return inflected(alternative, pos, morph)
    if pos == "ADV" and len(words) == 1 and lemma.endswith("t") and tokens.lower[i] == lemma and _adjective(head):
        noun = described_noun(tokens, i)
        if noun is not None:
            return inflected(alternative, "ADJ", tokens.morph[noun])  # "ett adekvat svar": an attribute
        if tokens.doc[i].dep_ != "advmod":
            return None  # an adverb reading the parse does not bear out ("Frågan hanterades adekvat" as a subject)
        return adverb_form(alternative)  # an adjective used as an adverb: "tydligt", never "utföra detta tydlig"
    return alternative if tokens.lower[i] == lemma or not lemma else None


def joined_to_noun(tokens: TokenTable, i: int) -> bool:
    """True if token ``i`` and a noun beside it are joined by "och" or "eller" into one list of terms (either is
    the other's conjunct: "iordningsställande och drift av", "kontroll och efterlevnad"): an infinitive cannot
    replace it ("att ställa i ordning och drift av"), and advice to rewrite it with a verb would break the list.
    Items with objects of their own ("främjandet av hälsan och förbättringen av miljön") are not side by side."""
    doc = tokens.doc
    for step in (-1, 1):
        partner = i + 2 * step
        if 0 <= partner < len(doc) and doc[i + step].lower_ in ("och", "eller") and doc[partner].pos_ == "NOUN":
            other = doc[partner]
            if (other.dep_ == "conj" and other.head.i == i) or (doc[i].dep_ == "conj" and doc[i].head.i == partner):
                return True
    return False


def participle_for(alternative: str, lemma: str, written: str, morph: str) -> str | None:
    """``alternative`` (a verb phrase) as the participle that replaces ``written``, a participle of verb
    ``lemma`` with morphology ``morph``, or None. The form is chosen by the written word, not by the
    model's agreement features: the slots (common, neuter, weak) where ``lemma``'s own participle is
    ``written`` must all give the same form of the replacement ("inlämnade": weak, so "inblandade";
    "eftersatt" may be common or neuter, and "försummad" and "försummat" differ: None). A verb with
    a particle takes it in front, as Swedish writes it ("blanda in": "inblandade"); a longer phrase has no
    participle."""
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
    return verb_next or (tokens.pos[i] == "ADV" and not clause_first(tokens, i))


def reads_otherwise(words: list[str], tokens: TokenTable, i: int, last: int) -> bool:
    """True if a replacement that is Swedish on its own would be read otherwise where tokens ``i``..``last``
    stand, or break the sentence:

    - a preposition that takes no att-clause (``no_att_prepositions``) before "att" ("med hänvisning
      till att" is not "enligt att");
    - one preposition for a phrase of several words after "vara" or "bli" ("ska vara i överensstämmelse
      med EU-rätten" is not "vara enligt EU-rätten");
    - a preposition that reads as a place (``place_prepositions``: "vid", "under", "inom") for a phrase before
      anything but a noun for an event, action or activity ("i samband med slutförvaret" is not "vid
      slutförvaret", "inom ramen för de krav" not "inom de krav"; "i samband med flyttning" is "vid flyttning",
      "inom ramen för projektet" is "inom projektet");
    - a degree or manner adverb (``degree_adverbs``) right before an adjective, adverb or verb that the
      replaced words do not describe ("blir i stor utsträckning frivilliga" is not "blir mycket frivilliga",
      "på ett korrekt sätt visar" not "rätt visar");
    - such an adverb right before a noun phrase, where it would read as counting it ("ökar storligen ett
      områdes sårbarhet" is not "ökar mycket ett områdes sårbarhet"), unless the replaced words count it
      themselves ("en stor mängd vatten" is "mycket vatten");
    - a word compared with an ending (:func:`.adjectives.compares_by_ending`) after "mer" or "mest" that
      compares the replaced word, if either is an adverb ("går mer frekvent" is neither "mer ofta" nor "mer
      vanligt": Swedish writes "oftare"); an adjective for an adjective may take "mer" ("mer öppen");
    - a quantifier for plurals (``plural_quantifiers``) for a singular noun ("åtskillig tid"), or one for
      a mass (``mass_quantifiers``) for a plural ("en stor mängd av industrierna" is not "mycket av");
    - a subordinating conjunction for a coordinating one that opens a sentence ("Ty det ligger" is not
      "Eftersom det ligger");
    - for a preposition, a preposition or "som" (``function_words``) that one of the next three words
      repeats ("missnöje rörande beslutet om" is not "missnöje om beslutet om", "I egenskap av ministrar
      som" not "Som ministrar som"), and "om" for a preposition first in a clause or after "som", where it reads as
      "if" ("Beträffande onsdag:" is not "Om onsdag:", "som beträffande mitt land" not "som om mitt land"), or
      right after a verb, where it reads as its particle ("görs också beträffande" is not "görs också om");
    - a paraphrase of several words for a noun used as a title or before a name ("Fru föredragande!"), or one
      that opens with a pronoun ("den som …") for a noun after an article, a possessive or an adjective ("er
      föredragande");
    - a pronoun that a noun or adjective after it would make a determiner ("därav kravet" is not "av det
      kravet"), or that would open a clause without a verb ("tänkt ut, därav även namnet": "därav" is "hence");
    - a phrase whose verb is an attribute of its noun ("redan fattade beslut": decisions made, not "beslutade");
    - for a conjunction that starts a clause, anything but a subordinating conjunction
      (``subordinating_conjunctions``; "såsom arbetsordningen föreskriver" is neither "som arbetsordningen
      föreskriver", a relative clause, nor "till exempel arbetsordningen föreskriver");
    - a subordinating conjunction for a phrase that ends in "att" whose clause has another att-clause
      joined to it ("på grund av att X och att Y" is not "eftersom X och att Y");
    - "inte" for a negation before an adjective or participle inside a noun phrase or after an infinitive
      or supine ("förtecknade ej stödberättigade investeringar", "bedömts vara icke samarbetsvilliga":
      "inte" stands before the verb, so the sentence needs rewriting; "är ej giltig" is "är inte giltig");
    - "som" for a word that introduces examples after a singular noun or a name that they do not belong
      to, where it reads as its relative pronoun ("floder rinner från Schweiz, såsom Rhen" is not "Schweiz,
      som Rhen"; "länder, såsom Finland" is "länder, som Finland"), and anything for a word that opens a
      role right after a personal pronoun ("om de såsom pensionärer": not "de som", not "de till exempel");
    - a cause (``cause_prepositions``) for a phrase that describes a statement, letter or answer
      (``message_nouns``), whose topic or occasion it names ("Uttalande med anledning av situationen");
    - a phrase after a span of time that a verb of time passing (``elapse_verbs``) takes as object or subject ("det
      har gått två veckor från det att" is not "efter att": Swedish says "sedan"; "går i skolan" is no time)."""
    alone = len(words) == 1
    word = words[-1].lower()
    if alone and word == NEGATION and _negates_attribute(tokens, i, last):
        return True
    if (word == "som" and tokens.pos[i] != "PRON" and _reads_relative(tokens, i)) or _role_after_pronoun(tokens, i):
        return True
    after = tokens.next_word(last)
    next_lower = tokens.lower[after] if after < len(tokens.lower) else ""
    next_pos = tokens.pos[after] if after < len(tokens.pos) else ""
    phrase_preposition = last > i and tokens.pos[last] == "ADP"
    if word in words_of("no_att_prepositions") and next_lower == "att":
        return True
    before = tokens.prev_word(i)
    if (alone and phrase_preposition and before >= 0
            and tokens.lemma[before].lower() in ("vara", "bli") and tokens.pos[before] in ("AUX", "VERB")):
        return True
    if alone and phrase_preposition and word in words_of("place_prepositions") and not event_follows(tokens, last):
        return True
    if " ".join(words).lower() in words_of("cause_prepositions") and describes_message(tokens, i, last):
        return True  # "Uttalande med anledning av situationen" is about it, not caused by it
    if last > i and before >= 0 and tokens.pos[before] == "NOUN" and _time_elapsed(tokens.doc[before]):
        return True  # "det har gått två veckor från det att": passed time counts "sedan", not "efter att"
    if alone and word in words_of("degree_adverbs") and (
            next_pos in ("VERB", "AUX") or next_pos in ("ADJ", "ADV")
            and not any(tokens.doc[k].head.i == after for k in range(i, last + 1))
            or next_pos in NOMINAL and tokens.pos[i] not in ("DET", "NUM", "ADJ", "NOUN", "PRON")):
        return True  # the replaced words describe no next word, or a noun after them would read as counted
    if alone and before >= 0 and tokens.lower[before] in ("mer", "mest") and tokens.doc[before].head.i == i and (
            compares_by_ending(word) and (tokens.pos[i] == "ADV" or not _adjective(word))):
        return True  # "går mer frekvent" is not "mer ofta" but "oftare"; an adjective may take "mer" ("mer öppen")
    plural, mass = word in words_of("plural_quantifiers"), word in words_of("mass_quantifiers")
    if alone and (plural or mass):
        counted = counted_noun(tokens, i, last)
        if plural and "Number=Sing" in counted or mass and "Number=Plur" in counted:
            return True
    reads_if = word == "om" and tokens.pos[i] == "ADP" and (
        clause_first(tokens, i, CLAUSE_ENDS) or before >= 0 and tokens.lower[before] == "som"
        or _after_verb(tokens, i))
    if alone and word in words_of("function_words") and tokens.pos[last] == "ADP" and (
            reads_if or word in (tokens.lower[k] for k in next_words(tokens, last, 3))):
        return True
    if (tokens.pos[i] == "CCONJ" and clause_first(tokens, i, CLAUSE_ENDS) and words[0].lower() not in ("för", "så")
            and words[0].lower() in words_of("subordinating_conjunctions")):
        return True  # "Ty det ligger …" opens a main clause: "För det ligger …", not "Eftersom det ligger …"
    if len(words) > 1 and tokens.pos[i] == "NOUN" and (
            before >= 0 and tokens.lower[before] in words_of("address_titles") or next_pos == "PROPN"):
        return True  # "fru föredragande", "föredragande Koch": no "den som presenterar ärendet"
    if word in DETERMINER_PRONOUNS and (next_pos in ("NOUN", "ADJ", "NUM", "PROPN") or (
            clause_first(tokens, i, ",:;-–—") and not _finite_verb_follows(tokens, last))):
        return True  # a determiner before a noun, or starting a clause without a finite verb
    token = tokens.doc[i]
    verb = tokens.pos[i] in ("VERB", "AUX") or "Tense=Past|VerbForm=Part" in tokens.morph[i]
    if last > i and verb and token.dep_ == "amod" and i < token.head.i <= last:
        return True  # "redan fattade beslut" names decisions made: no verb phrase to replace
    if (i == last and tokens.pos[i] == "SCONJ" and token.head.pos_ in ("VERB", "AUX")
            and any(c.dep_.startswith("nsubj") for c in token.head.children)):
        return words[0].lower() not in words_of("subordinating_conjunctions")
    if tokens.lower[last] == "att" and word != "att" and last > i:
        clause = tokens.doc[last].head
        return any(c.i > clause.i and g.lower_ == "att" and g.dep_ == "mark"
                   and tokens.pos[tokens.prev_word(g.i)] == "CCONJ" for c in clause.children for g in c.children)
    return False


def _time_elapsed(noun: Any) -> bool:
    """True if ``noun`` is time that passes: the object or subject of a verb of elapsing (``elapse_verbs``) that is
    counted ("två veckor") or names a span of time (``time_spans``), not "gick en kurs"."""
    return (noun.dep_ in ("obj", "nsubj") and noun.head.lemma_.lower() in words_of("elapse_verbs")
            and (noun.lemma_.lower() in words_of("time_spans") or any(c.dep_ == "nummod" for c in noun.children)))


def _after_verb(tokens: TokenTable, i: int) -> bool:
    """True if token ``i`` follows a verb, past adverbs only, where "om" reads as its particle or as "whether"
    ("ändringarna görs också beträffande föreningar" is not "görs också om": redone)."""
    k = tokens.prev_word(i)
    while k >= 0 and tokens.pos[k] in ("ADV", "PART"):
        k = tokens.prev_word(k)
    return k >= 0 and tokens.pos[k] in ("VERB", "AUX")


def _determines(tokens: TokenTable, k: int) -> bool:
    """True if token ``k`` is an article, determiner, possessive, numeral or adjective, which a phrase
    that opens with a pronoun cannot follow ("er den som …")."""
    return tokens.pos[k] in ("DET", "ADJ", "NUM") or "Poss=Yes" in tokens.morph[k]


def _negates_attribute(tokens: TokenTable, i: int, last: int) -> bool:
    """True if the negation at ``i``..``last`` stands before an adjective or participle inside a noun phrase
    (after an article, adjective, numeral, preposition or a participle the model read as a past tense; not
    before the phrase: "men ej lika rösträtt" is "men inte lika rösträtt") or
    after an infinitive or supine ("vara icke samarbetsvilliga"; see :func:`reads_otherwise`)."""
    negated = tokens.next_word(last)
    if negated >= len(tokens.pos) or not (tokens.pos[negated] == "ADJ" or "VerbForm=Part" in tokens.morph[negated]):
        return False
    after, before = tokens.next_word(negated), tokens.prev_word(i)
    if before < 0:
        return False
    inside = (after < len(tokens.pos) and tokens.pos[after] == "NOUN"  # "en ej godkänd ansökan", "till icke
              and (tokens.pos[before] in ("DET", "ADJ", "NUM", "ADP")  # hemmavarande barn", not "om än ej
                   or tokens.pos[before] == "VERB" and "Tense=Past" in tokens.morph[before]))  # avgörande roll"
    return inside or tokens.pos[before] in ("VERB", "AUX") and "VerbForm=Fin" not in tokens.morph[before]


def _reads_relative(tokens: TokenTable, i: int) -> bool:
    """True if a "som" at token ``i`` would follow a singular noun or a name (past a comma) that the phrase
    it opens does not belong to, and so read as its relative pronoun (see :func:`reads_otherwise`)."""
    before = tokens.prev_word(i)
    if before >= 0 and tokens.text[before] == ",":
        before = tokens.prev_word(before)
    if before < 0 or not (tokens.pos[before] == "PROPN" or tokens.pos[before] == "NOUN"
                          and "Number=Sing" in tokens.morph[before]):
        return False  # examples follow the plural they are examples of ("andra aktörer, såsom privata utförare")
    opened = tokens.doc[i].head  # the examples, not a clause ("direktivet såsom det nu föreligger")
    return opened.pos_ in ("NOUN", "PROPN", "NUM") and opened.i != before and opened.head.i != before


def _role_after_pronoun(tokens: TokenTable, i: int) -> bool:
    """True if the conjunction at ``i`` opens a role right after a personal pronoun ("om de såsom pensionärer
    fått"): "som" would read as the pronoun's relative and "till exempel" is no role, so the sentence needs
    rewriting."""
    before = tokens.prev_word(i)
    return (before >= 0 and "PronType=Prs" in tokens.morph[before] and tokens.pos[i] in ("CCONJ", "SCONJ")
            and tokens.doc[i].head.pos_ in ("NOUN", "PROPN") and tokens.doc[i].head.i > i)


def _adjective(word: str) -> bool:
    """True if ``word`` inflects as an adjective (uttrycklig: uttryckligt, uttryckliga); an adverb (om,
    fortfarande, bara) or a participle in -ande does not."""
    forms = {inflected(word, "ADJ", morph) for morph in (NEUTER, "Case=Nom|Definite=Ind|Degree=Pos|Number=Plur")}
    return None not in forms and word not in forms


def clause_first(tokens: TokenTable, i: int, marks: str | None = None) -> bool:
    """True if token ``i`` is the first word of a sentence or a line, or follows one of the punctuation
    ``marks`` (any punctuation when None)."""
    before = tokens.prev_word(i)
    return (before < 0 or tokens.sent_start[i] or "\n" in tokens.text[i - 1]
            or (tokens.is_punct[before] if marks is None else tokens.text[before] in tuple(marks)))


def _finite_verb_follows(tokens: TokenTable, last: int) -> bool:
    """True if a finite verb follows token ``last`` before the clause ends."""
    k = tokens.next_word(last)
    while k < len(tokens.lower) and not tokens.is_punct[k]:
        if "VerbForm=Fin" in tokens.morph[k]:
            return True
        k = tokens.next_word(k)
    return False
