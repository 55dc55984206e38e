"""The verb hidden in a noun, as ``complex_word`` finds it beyond its listed phrases: entries generated from
the light verbs of ``word_lists.yaml`` and the verbal nouns of ``nominalisations.yaml``, and the constructions
that carry such a noun wherever it stands.

- a light verb before its noun: *göra en bedömning*, *föra diskussioner*, *innebär en väsentlig ändring av*
  (:func:`nominal_entries`, matched like any listed phrase);
- an -ande noun with its "av" after a preposition, and it or a listed verbal noun after "vid" or as an
  indefinite object: *genom upprättande av*, *vid fastställandet av*, *föreslå ett slopande av*, *om en
  avveckling av* (:func:`verbal_noun`);
- the noun as the subject of a passive light verb or of "ske": *en kontroll ska göras*, *undersökningar har
  utförts*, *en ökning sker* (:func:`passive_light`);
- "vara under" and a noun in -ing: *är under reformering*, *är under utredning* (:func:`under_way`).

Every such match is advice (the sentence needs a new subject or word order), and the message names the verb.
Consultants marked all four kinds in the blind dev labels (stops 21-24); Myndigheternas skrivregler 1.4 calls
them substantivsjuka.
"""

from __future__ import annotations

from functools import cache

from ..doc import TokenTable
from ..frequency import zipf
from ..lexicon.inflection import MIN_ZIPF
from ..lexicon.loader import lexicon_file
from ..lexicon.wordlists import word_lists
from .complex_phrases import Entry
from .nominal_style import names_a_kind, noun_of, nominalisations

#: Prepositions after which "att" + the verb replaces an -ande noun ("genom upprättande av" → "genom att
#: upprätta"); after "vid" a clause with "när" does, after others ("efter överskridande av") neither fits.
ATT_PREPOSITIONS = frozenset({"genom", "för", "utan", "om", "med", "till"})
#: How far after a verbal noun its passive light verb may stand ("undersökningar av beteendet har utförts").
MAX_SPAN = 8


def _source() -> str:
    return lexicon_file("plain", "complex_words.yaml").sources["msr_substantivsjuka"]


def nominal_entries() -> list[Entry]:
    """A phrase for every light verb (``light_verbs`` in word_lists.yaml) with every verbal noun of
    ``nominalisations.yaml`` (göra en bedömning, genomföra en kartläggning): the noun's own verb says
    it. After "ske" the sentence needs a new subject (det skedde en ökning av X: X ökade), so advice; so
    does an effect verb (``effect_verbs``) with the noun and its "av" (innebär en ändring av huset: huset
    ändras), the only way such a phrase matches (without "av" the noun names the effect itself)."""
    lists = word_lists()
    light, effect = lists["light_verbs"], lists["effect_verbs"]
    nouns = lexicon_file("plain", "nominalisations.yaml")
    return [
        Entry(id=f"{verb}_{noun['id']}", words=(verb, noun["id"].lower(), *tail), forms=frozenset(),
              alternatives=(noun["verb"],), source=f"{kind.source}; {nouns.source_text(noun)}",
              note=(f"Skriv med verbet ”{noun['verb']}” och gör det som står efter ”av” till subjekt: 'innebär en "
                    f"ökning av kostnaderna' blir 'kostnaderna ökar'." if tail else
                    f"Skriv med verbet: ”{noun['verb']}” i stället för ”{verb} … {noun['id']}”."),
              pos=frozenset({"VERB", "AUX"}), advice=verb == "ske" or bool(tail), nominal=True)
        for kind, tail in ((light, ()), (effect, ("av",)))
        for verb in sorted(kind.words) for noun in nouns.entries if not noun.get("light")
    ]


@cache
def verbal_noun(lemma: str, lead: str = "att", listed: bool = False) -> Entry | None:
    """An advice entry for a noun made from a verb with -ande ("beaktande" → "att beakta"), when its verb
    is attested Swedish and the noun is neither a word of its own (``lexicalised_ande``) nor a light
    noun whose complement says what is done (genomförande: see nominalisations.yaml); with ``listed``, also
    for a verbal noun of nominalisations.yaml ("avveckling" → "avveckla"). Matched with the "av" that must
    follow it ("genom upprättande av en plan"). ``lead`` is the word the verb follows: "att", or "när" for a
    clause of its own ("vid fastställandet av budgeten" → "när budgeten fastställs")."""
    verb, lex = lemma[:-3], nominalisations()
    if listed and lemma in lex.verbs and lemma not in lex.light:
        verb = lex.verbs[lemma]
    elif (not lemma.endswith("ande") or len(verb) < 5 or lemma in word_lists()["lexicalised_ande"].words
            or lemma in lex.light or zipf(verb) < MIN_ZIPF):
        return None
    how = f"”att {verb}”" if lead == "att" else f"en bisats med ”{verb}” ('när …' och verbet i rätt form)"
    return Entry(id=f"ande_{lead}_{lemma}", words=(lemma, "av"), forms=frozenset(),
                 alternatives=(f"att {verb}" if lead == "att" else f"när … {verb}",),
                 note=f"Skriv med verbet: {how} i stället för ”{lemma} av”.", source=_source(),
                 pos=frozenset({"NOUN"}), advice=True, nominal=True)


def _verbal_noun_at(tokens: TokenTable, content: list[int], i: int) -> tuple[Entry, int] | None:
    """A verbal noun before "av" at content token ``i`` (see :func:`verbal_noun`): an -ande noun after a
    preposition that "att" + the verb can follow ("genom upprättande av"); an -ande noun or a listed one
    after "vid" (a clause with "när": "vid fastställandet av", "vid prövning av") or as the indefinite object
    of a verb or such a preposition, matched with its article ("föreslå ett slopande av regleringen" →
    "föreslå att regleringen slopas", "innebär bland annat en avveckling av barnhemmen": :func:`_object_of_verb`;
    not with an adjective, which the verb cannot take: "ser en direkt förbättring av"); an -ande noun as the definite object of a verb ("underlätta framläggandet av
    kommentarer" → "underlätta att lämna kommentarer"). As subject ("införandet av X innebär"), or after a
    noun ("lag om ändring av", "säkerhet vid ändring av byggnader"), the noun names a thing or a kind."""
    article = tokens.lower[content[i]] in ("en", "ett")
    n = i + 1 if article else i
    if n + 1 >= len(content) or tokens.lower[content[n + 1]] != "av":
        return None
    k = content[n]
    if tokens.pos[k] != "NOUN" or not tokens.lower[k].startswith(tokens.lemma[k].lower()[:-1]):
        return None
    if article and not (i > 0 and (tokens.pos[content[i - 1]] in ("VERB", "AUX")
                                   or tokens.lower[content[i - 1]] in ATT_PREPOSITIONS)
                        or _object_of_verb(tokens, k)):
        return None
    noun = noun_of(tokens, k, nominalisations()) or tokens.lemma[k].lower()
    before = tokens.lower[content[i - 1]] if i > 0 else ""
    # "säkerhet vid ändring av byggnader": a listed noun that hangs on a noun names a kind of it, also where
    # the parser hangs it elsewhere
    after_noun = not noun.endswith("ande") and (
        names_a_kind(tokens.doc[k]) or i > 1 and tokens.pos[content[i - 2]] in ("NOUN", "PROPN"))
    definite_object = (not article and noun.endswith("ande") and "Definite=Def" in tokens.morph[k]
                       and _object_of_verb(tokens, k))
    lead = ("att" if article or before in ATT_PREPOSITIONS or definite_object
            else "när" if before == "vid" and not after_noun else None)
    entry = verbal_noun(noun, lead, article or before == "vid") if lead else None
    return (entry, n + 2 - i) if entry else None


def _object_of_verb(tokens: TokenTable, k: int) -> bool:
    """True if the noun at token ``k`` is the object of a verb that stands before it, whatever stands between
    ("medförde dock en humanisering av", "prioriterar skapandet av")."""
    token = tokens.doc[k]
    return token.dep_ == "obj" and token.head.pos_ in ("VERB", "AUX") and token.head.i < k


@cache
def _passive_entry(noun: str, verb: str, ske: bool) -> Entry:
    how = ("låt det som ändras bli subjekt: 'en ökning av kostnaderna sker' blir 'kostnaderna ökar'" if ske
           else "säg vem som gör det: 'en kontroll ska göras' blir 'vi ska kontrollera'")
    return Entry(id=f"{noun}_passive", words=(), forms=frozenset(), alternatives=(verb,), source=_source(),
                 note=f"Skriv med verbet ”{verb}” och {how}.",
                 pos=frozenset({"NOUN"}), advice=True, nominal=True)


def passive_match(entry: Entry) -> bool:
    """True if ``entry`` is a match of :func:`passive_light`, which spans the words between its noun and verb."""
    return entry.id.endswith("_passive")


def passive_light(tokens: TokenTable, content: list[int], i: int) -> tuple[Entry, int] | None:
    """A verbal noun at content token ``i`` that is the subject of a passive light verb (``light_verbs``:
    "en kontroll ska göras", "undersökningar av beteendet har utförts") or of "ske" ("en ökning sker"),
    at most :data:`MAX_SPAN` tokens on: the noun's verb says it, with a subject who acts."""
    k, lex = content[i], nominalisations()
    noun = noun_of(tokens, k, lex) if tokens.pos[k] == "NOUN" else None
    if noun is None or noun in lex.light:
        return None
    token = tokens.doc[k]
    head = token.head
    lemma = head.lemma_.lower()
    if (token.dep_ not in ("nsubj", "nsubj:pass") or not k < head.i <= k + MAX_SPAN
            or lemma not in word_lists()["light_verbs"].words
            or lemma != "ske" and "Pass" not in head.morph.get("Voice")
            or any(tokens.lower[j] == "som" for j in range(k + 1, head.i))):
        return None  # "förändringar som har skett": a relative clause says what happened, not who did
    return _passive_entry(noun, lex.verbs[noun], lemma == "ske"), content.index(head.i, i) + 1 - i


@cache
def _under_entry(noun: str, verb: str) -> Entry:
    return Entry(id=f"under_{noun}", words=(), forms=frozenset(), alternatives=(verb,), source=_source(),
                 note=f"Skriv med verbet ”{verb}” i passiv: 'är under utredning' blir 'utreds'.",
                 pos=frozenset({"AUX", "VERB"}), advice=True, nominal=True)


def under_way(tokens: TokenTable, content: list[int], i: int) -> tuple[Entry, int] | None:
    """"vara under" and an indefinite noun in -ing at content token ``i`` ("är under reformering", "är under
    utredning"): the noun's verb in the passive says it ("reformeras", "utreds"). The verb is the noun
    without -ing or -ning and with -a, whichever Swedish text has more often ("behandling" → "behandla")."""
    if (i + 2 >= len(content) or tokens.lemma[content[i]].lower() != "vara"
            or tokens.lower[content[i + 1]] != "under"):
        return None
    k = content[i + 2]
    noun = tokens.lower[k]
    if tokens.pos[k] != "NOUN" or not noun.endswith("ing"):
        return None
    verb = max((noun[:-3] + "a", noun[:-4] + "a"), key=zipf)  # behandl-ing, utred-ning
    if len(verb) < 5 or zipf(verb) < MIN_ZIPF:
        return None
    return _under_entry(noun, verb), 3


def nominal_at(tokens: TokenTable, content: list[int], i: int) -> tuple[Entry, int] | None:
    """The construction of this module that starts at content token ``i``, if any, and how many tokens it covers."""
    return (_verbal_noun_at(tokens, content, i) or passive_light(tokens, content, i)
            or under_way(tokens, content, i))
