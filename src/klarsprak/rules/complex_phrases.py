"""Where a ``complex_word`` entry matches and whether its alternative can replace the words in place.

A phrase's words may have adjectives, adverbs, determiners or an inverted subject between them
("vidtog alla nödvändiga åtgärder", "i dag fattar regeringen beslut"); such a match, or one whose noun
what follows still needs, is advice, not a drop-in. A light verb whose definite noun names a thing
already spoken of ("kunde fatta beslutet.") is no nominal style at all, and a conjunction fits only
where a clause starts. A word in another sense is no match: inside an everyday idiom ("tar uti med det",
"hade ingenstans att ta vägen"), a preposition meaning "and" that says where ("låg jämte mig"), a phrase
whose verb has a particle of its own ("ta upp delar av" is not "ta del av").
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from ..doc import TokenTable
from ..lexicon.fit import CLAUSE_ENDS, clause_first
from ..frequency import zipf
from ..lexicon.inflection import MIN_ZIPF, verb_form, verb_slot
from ..lexicon.wordlists import words
from ..lexicon.valency import REFLEXIVES  # a phrase written with "sig" matches them in every person
from ..sender.genre import EVERY, GenreCondition
from .nominal_style import nominalisations, noun_of

#: Words that may stand between two words of a phrase, and how many (see :func:`phrase_end`).
GAP_POS = frozenset({"ADJ", "ADV", "DET", "NUM"})
MAX_GAP = 2
#: Prepositions after a verbal noun that its verb does not take (see :func:`phrase_needs_rewrite`).
NOUN_PREPOSITIONS = frozenset({"till", "på", "över", "kring"})
#: What may follow a light verb's definite noun that still makes it a verb in disguise ("gjorde
#: bedömningen att"); otherwise the definite noun names a thing already spoken of ("fatta beslutet.").
DEFINITE_COMPLEMENTS = frozenset({"att", "om", "av"})
#: Conjunctions: as a replacement they fit only where a clause starts ("Emellertid" → "Men").
CONJUNCTIONS = frozenset({"men", "och", "eller", "så"})
#: A subject that may stand between a verb and its noun in inverted word order ("fattar regeringen beslut").
SUBJECT_PRONOUNS = frozenset({"jag", "du", "vi", "ni", "de", "man", "han", "hon", "den", "det"})


@dataclass(frozen=True)
class Entry:
    """One lexicon entry: the lemmas to match in order, or surface forms to match exactly."""

    id: str
    words: tuple[str, ...]
    forms: frozenset[str]
    alternatives: tuple[str, ...]
    note: str
    source: str
    pos: frozenset[str]
    advice: bool = False
    """The alternatives need the sentence rewritten: offered as advice, not as replacements."""
    not_before: frozenset[str] = frozenset()
    """Words that, right after the match, show another use ("har att göra med", "undertecknad av")."""
    at_start: bool = False
    """Matches only where a sentence starts (the connective "Vidare," not "gå vidare")."""
    nominal: bool = False
    """Generated, not listed: a light verb with a verbal noun (genomföra en utvärdering) or an
    "-ande av" noun; a listed phrase of the same length goes first, and the message says why."""
    grade: str = "strong"
    """The entry's ``grade``: ``strong`` (every text), ``mild`` (formal but common written Swedish: avse,
    beakta, inom ramen för: asked to change only in a text to a citizen, elsewhere only where such words pile
    up) or ``pile`` (ordinary written Swedish whose everyday word is hardly plainer: utgöra, förekomma, i stor
    utsträckning: worth a remark only where such words pile up, in any text); see ``complex_word``."""
    verb_in_noun: bool = False
    """A verb that is no light verb with a noun that one verb replaces (fatta beslut → besluta, ställa
    krav på → kräva): when the noun has an adjective or a number of its own, the verb cannot say it
    (see :func:`modified_noun`)."""
    bare: bool = False
    """A frozen phrase whose noun takes no ending ("i fråga om"): with a definite noun it is no match (:func:`own_noun`)."""
    verb_after: bool = False
    """The phrase hides the verb of the noun after it ("är föremål för en utredning" → "utreds"): :func:`verb_behind`."""
    term: bool = False
    """A legal or administrative term the reader must know (delgivning, vite): explained, not swapped."""
    pronoun: bool = False
    """Only a pronoun ("densamma" for "den"): as a predicative ("reglerna är desamma") the word means "the same"."""
    genres: GenreCondition = EVERY
    """The genres the entry speaks in (``skip_genres``: advice meant for agency text, *skall* → *ska*, skips a
    private person's text)."""


def phrase_end(entry: Entry, tokens: TokenTable, content: list[int], lemmas: list[tuple[str, ...]],
               i: int) -> int | None:
    """Where ``entry``'s words, the first at content token ``i``, end (exclusive), or None.

    Between two words of a phrase may stand up to :data:`MAX_GAP` adjectives, adverbs,
    determiners or numbers ("skapar goda förutsättningar för", "vidtog alla nödvändiga åtgärder"),
    a time adverbial of two words (``time_adverbials``: "fattade i dag beslut om"), and right after
    a verb its subject in inverted word order ("i dag fattar regeringen beslut"); no adjective before
    "att" ("har svårt att" is not "har att").
    """
    k = i + 1
    for word in entry.words[1:]:
        gap = 0
        while k < len(content) and word not in lemmas[k]:
            if (k + 1 < len(content) and tokens.pos[content[i]] in ("VERB", "AUX")
                    and f"{tokens.lower[content[k]]} {tokens.lower[content[k + 1]]}" in words("time_adverbials")):
                k += 2  # "fattade i dag beslut": a time adverbial is no word of the phrase
                continue
            if gap == MAX_GAP or not (tokens.pos[content[k]] in GAP_POS or k == i + 1 and _subject(tokens, content, i)):
                return None
            if word == "att" and tokens.pos[content[k]] == "ADJ":
                return None  # "har svårt att", "är skyldig att": the adjective makes it another phrase
            if _particle_of(tokens, content[k], content[i]):
                return None  # "ta upp delar av" is "ta upp", another verb than the phrase's "ta"
            gap += 1
            k += 1
        if k >= len(content):
            return None
        k += 1
    return k


def _particle_of(tokens: TokenTable, k: int, verb: int) -> bool:
    """True if token ``k`` is the particle of the verb at token ``verb`` ("tar upp", "för över")."""
    token = tokens.doc[k]
    return token.dep_ == "compound:prt" and token.head.i == verb


def beside(entry: Entry, tokens: TokenTable, first: int) -> bool:
    """True if a preposition whose plain word is a coordinating conjunction ("jämte" → "och": "ansökan jämte
    bilagor", "betalas jämte avgiften") says where instead: before a personal or reflexive pronoun
    (``object_pronouns``: "ändå jämte mej", "jämte honom": beside me, him) or after a verb of position or motion
    (``position_verbs``: "låg jämte mig", "gick jämte vagnen"), where "och" would change what it says."""
    if tokens.pos[first] != "ADP" or not entry.alternatives \
            or entry.alternatives[0].split(" ")[0] not in words("coordinating_conjunctions"):
        return False
    before, after = tokens.prev_word(first), tokens.next_word(first)
    if after < len(tokens) and tokens.lower[after] in words("object_pronouns"):
        return True
    return (before >= 0 and tokens.pos[before] in ("VERB", "AUX")
            and tokens.lemma[before].lower() in words("position_verbs"))


@cache
def _idioms() -> tuple[tuple[str, ...], ...]:
    return tuple(tuple(idiom.split(" ")) for idiom in words("everyday_idioms"))


def in_idiom(tokens: TokenTable, first: int, last: int) -> bool:
    """True if tokens ``first``..``last`` lie inside an everyday fixed expression (word list ``everyday_idioms``,
    lemmas in order; "sig" stands for every reflexive): "tar uti med" is "ta itu med", "hade ingenstans att ta
    vägen" is no "ha att", "uppföra sig" is to behave."""
    for idiom in _idioms():
        start = first
        for _ in idiom:  # the idiom may begin up to its length less one words before the match
            end = _idiom_end(idiom, tokens, start)
            if end is not None and end >= last:
                return True
            start = tokens.prev_word(start)
            if start < 0:
                break
    return False


def _idiom_end(idiom: tuple[str, ...], tokens: TokenTable, k: int) -> int | None:
    """The last token of ``idiom`` written from token ``k`` on, or None."""
    last = k
    for n, word in enumerate(idiom):
        if n:
            k = tokens.next_word(last)
        if k >= len(tokens) or not (word in (tokens.lower[k], tokens.lemma[k].lower())
                                    or word == "sig" and tokens.lower[k] in REFLEXIVES):
            return None
        last = k
    return last


def modified_noun(entry: Entry, tokens: TokenTable, content: list[int], i: int, stop: int) -> bool:
    """True if a verb-and-noun phrase matched over content tokens ``i`` to ``stop`` has words on its noun
    that one verb cannot say: a number in any such phrase ("fattade två beslut", "genomförde tre
    granskningar"), and an adjective in a ``verb_in_noun`` entry, whose verb is no light verb ("fatta egna
    beslut", "ställer höga krav på"); blind judges called such findings wrong, since the wording is fine
    as it is. After a light verb an adjective becomes an adverb ("genomförde en grundlig granskning" →
    "granskade grundligt"), so that match stays."""
    if not (entry.verb_in_noun or entry.nominal) or len(entry.words) < 2:
        return False
    kinds = ("ADJ", "NUM") if entry.verb_in_noun else ("NUM",)
    return any(tokens.pos[content[k]] in kinds and not _own_word(entry, tokens, content[k])
               for k in range(i + 1, stop))


def own_noun(entry: Entry, tokens: TokenTable, content: list[int], i: int, stop: int) -> bool:
    """True if a ``bare`` phrase, a frozen expression whose noun takes no ending ("i fråga om"), is matched over
    content tokens ``i`` to ``stop`` with a definite noun: then the noun is a noun of its own, not the frozen
    phrase ("återkomma i frågan om intervallets storlek" is the question of, and "när det gäller" changes the
    sense; a blind judge called it wrong)."""
    return entry.bare and any(tokens.pos[content[k]] == "NOUN" and "Definite=Def" in tokens.morph[content[k]]
                              for k in range(i + 1, stop))


def verb_behind(entry: Entry, tokens: TokenTable, first: int, last: int) -> tuple[str, int] | None:
    """For a ``verb_after`` phrase matched from token ``first`` to ``last`` ("är föremål för"), the verb of the
    listed verbal noun or -ing noun after it (past an article) in the passive of the matched verb's form, and the noun's
    index ("är föremål för en utredning" → "utreds"; "var föremål för granskning" → "granskades"). None when the noun
    hides no listed verb ("är föremål för en evolution") or has an adjective the verb alone would lose ("en omfattande
    renovering", review 28 B, item 10): the entry's advice then stands."""
    k = last + 1
    while k < len(tokens.pos) and k <= last + 3 and tokens.pos[k] in ("DET", "SPACE"):
        k += 1
    if not entry.verb_after or k >= len(tokens.pos) or tokens.pos[k] == "ADJ":
        return None
    lex, noun = nominalisations(), tokens.lemma[k].lower()
    verb = lex.verbs.get(noun_of(tokens, k, lex) or "") or (  # else an -ing noun's verb, as "är under utredning"
        max((noun[:-3] + "a", noun[:-4] + "a"), key=zipf) if tokens.pos[k] == "NOUN" and noun.endswith("ing") else None)
    verb = verb if verb and zipf(verb) >= MIN_ZIPF else None
    slot = verb_slot(tokens.morph[first])
    form = verb_form(verb, slot.removesuffix("_s") + "_s") if verb and slot and slot != "imp" else None
    return (form, k) if form else None


def _subject(tokens: TokenTable, content: list[int], i: int) -> bool:
    """True if the word after the verb at content token ``i`` is its inverted subject: a subject
    pronoun, a name or a definite noun, after a verb that no subject stands before ("i dag fattar
    regeringen beslut", not "jag har intrycket att")."""
    verb, before = content[i], content[i - 1] if i > 0 else -1
    return (tokens.pos[verb] in ("VERB", "AUX") and _subject_like(tokens, content[i + 1])
            and not (before >= 0 and (_subject_like(tokens, before) or tokens.lower[before] == "som")))


def _subject_like(tokens: TokenTable, k: int) -> bool:
    return (tokens.lower[k] in SUBJECT_PRONOUNS or tokens.pos[k] == "PROPN"
            or tokens.pos[k] == "NOUN" and "Definite=Def" in tokens.morph[k])


def with_av(entry: Entry, tokens: TokenTable, first: int, last: int) -> int:
    """The match's last token, taking in an "av" right after a verb phrase that ends in a noun, which
    its verb replaces: "gjorde en bedömning av behovet" → "bedömde behovet", not "bedömde av" (but
    "i ett senare skede av utredningen" keeps its "av")."""
    following = tokens.next_word(last)
    if (following < len(tokens.lower) and tokens.lower[following] == "av" and len(entry.words) > 1
            and tokens.pos[last] == "NOUN" and tokens.pos[first] in ("VERB", "AUX")):
        return following
    return last


def phrase_needs_rewrite(entry: Entry, tokens: TokenTable, first: int, last: int) -> bool:
    """True if a phrase cannot be swapped for its alternative in place: a word other than "en"/"ett"
    stands between its words and would be lost ("vidtog alla nödvändiga åtgärder"), or it ends in a
    noun that what follows still needs: a preposition the noun takes and its verb does not ("gav en
    förklaring till beslutet", "lämna förslag på"), or a comma or "som" describing it ("lämnar ett
    förslag, en proposition, till"), or an "av" after a prepositional phrase that ends in a noun, whose
    complement it is ("i ett senare skede av utredningen" is not "senare utredningen": "senare i utredningen"; after
    a passive verb "av" names the doer: "används i stor utsträckning av hushållen" is "till stor del av hushållen")."""
    if len(entry.words) < 2:
        return False
    following = tokens.next_word(last)
    after = tokens.lower[following] if following < len(tokens.lower) else ""
    described = tokens.pos[last] == "NOUN" and (after in NOUN_PREPOSITIONS or after in (",", "som") or (
        after == "av" and tokens.pos[first] == "ADP" and "Voice=Pass" not in tokens.doc[last].head.morph))
    subject = any(not _own_word(entry, tokens, k) and (
        tokens.lower[k] in SUBJECT_PRONOUNS or tokens.pos[k] in ("PROPN", "NOUN")) for k in range(first + 1, last))
    return described or subject or not _only_articles(entry, tokens, first, last)


def refers_back(entry: Entry, tokens: TokenTable, first: int, last: int) -> bool:
    """True if a verb phrase ends in a definite noun that names a thing already spoken of ("kunde fatta
    beslutet.") or one that a comma and an apposition explain ("lämnar ett förslag, en proposition,"):
    not a verb hidden in a noun. "Gjorde bedömningen att", "fattade beslutet om" still are."""
    if len(entry.words) < 2 or tokens.pos[first] not in ("VERB", "AUX") or tokens.pos[last] != "NOUN":
        return False
    following = tokens.next_word(last)
    after = tokens.lower[following] if following < len(tokens.lower) else ""
    if after == ",":
        apposition = tokens.next_word(following)
        return apposition < len(tokens.lower) and tokens.pos[apposition] in ("DET", "NOUN")
    return "Definite=Def" in tokens.morph[last] and after not in DEFINITE_COMPLEMENTS


def fits_here(alternative: str, tokens: TokenTable, first: int) -> bool:
    """False for a conjunction offered where no clause starts ("Vad som emellertid är" → not "men")."""
    return alternative.split(" ")[0].lower() not in CONJUNCTIONS or clause_first(tokens, first, CLAUSE_ENDS)


def _only_articles(entry: Entry, tokens: TokenTable, first: int, last: int) -> bool:
    """True if nothing but "en"/"ett" stands between the phrase's own words (its last "av" aside): a
    replacement would drop an adjective or a number ("vidtog alla nödvändiga åtgärder"). The phrase's
    words ("som" in "ha som ambition att") and its reflexive pronoun (sig, dig, oss) are its own."""
    inner = [k for k in range(first + 1, last) if not tokens.is_space[k] and tokens.pos[k] != "NOUN"
             and not _own_word(entry, tokens, k)]
    return all(tokens.lower[k] in ("en", "ett") for k in inner)


def _own_word(entry: Entry, tokens: TokenTable, k: int) -> bool:
    return (tokens.lower[k] in entry.words or tokens.lemma[k].lower() in entry.words
            or ("sig" in entry.words and tokens.lower[k] in REFLEXIVES))


def reflexive(alternative: str, entry: Entry, tokens: TokenTable, first: int, last: int) -> str:
    """``alternative`` with its "sig" in the person the text uses ("förvissa dig om" → "kontrollera",
    "ikläda dig" → "ta på dig")."""
    if "sig" not in entry.words or "sig" not in alternative.split(" "):
        return alternative
    used = next((tokens.lower[k] for k in range(first, last + 1) if tokens.lower[k] in REFLEXIVES), "sig")
    return " ".join(used if w == "sig" else w for w in alternative.split(" "))


def perfect_auxiliary(entry: Entry, tokens: TokenTable, first: int, last: int) -> bool:
    """True if a phrase's "ha" is the auxiliary of a supine later in its sentence and its definite noun is the
    inverted subject ("Under året har behovet av vård ökat", "Sedan dess har möjligheten att söka stöd
    vidgats"): nobody has a need there, the need has grown, and "behöver" would break the sentence."""
    if entry.words[:1] != ("ha",) or not any("Definite=Def" in tokens.morph[k] for k in range(first + 1, last + 1)):
        return False
    end = tokens.doc[first].sent.end
    return any("VerbForm=Sup" in tokens.morph[k] for k in range(last + 1, end))
