"""``nominal_style``: sentences weighed down by nouns made from verbs (substantivsjuka).

"Genomförandet av utvärderingen sker i maj" says with three nouns what "Vi utvärderar
i maj" says with a verb. The nouns that count are listed with their verbs in
``lexicons/plain/nominalisations.yaml``; a compound (klimatomställning, direktupphandling)
is a term of its own and does not count. A sentence is flagged when it has at least
``min_count`` different ones and at least one of them takes its object with "av"
("uppföljningen av kostnaderna" → "följa upp kostnaderna"), or when it has a chain such as "genomförande av en utvärdering", where an empty noun wraps
another one. Nouns in the titles of statutes and bills ("lagen (2016:1145) om offentlig
upphandling", "förordningar för perioden 2028–2034 om inrättande av …") or capitalised
inside a sentence do not count: a title cannot be rewritten. Units without a finite verb
(headings, list items such as "Redovisning av energianvändningen") are left alone too:
a checklist names documents, it does not describe actions. Nor does a definite noun that starts
the sentence without an object ("Ändringarna innebär att …"): it names what the text has spoken of.
A sentence in which someone acts ("Myndigheten ska öka användningen av biometri", "I juni beslutade
regeringen om förändringar i hanteringen av …": an active main verb that is no mere relation, with a subject
that is no verbal noun) already says who does what; its nouns are objects, and blind judges called such
findings wrong. Only a chain ("genomförandet av en utvärdering") or more than two verbal nouns are flagged there.
Nor do nouns that name a thing count (:func:`names_a_thing`: "En utvärdering visar att …", plurals such as
"förändringar", "i förlängningen"); such a noun may be the one who acts.
The finding covers the sentence and names the verbs to use instead.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache, lru_cache
from typing import Iterator

from spacy.tokens import Span, Token

from ..findings import Finding
from ..doc import TokenTable
from ..lexicon.loader import lexicon_file
from ..lexicon.morphology import FormIndex
from ..lexicon.wordlists import words
from ._names import in_statute_title
from .base import REGISTRY, Context, Examples

MIN_COUNT = 2
#: How many different verbal nouns a sentence in which someone acts may carry before it is still flagged.
ACTOR_COUNT = 2
PARTICIPLE_ENDINGS = ("ande", "ende")


@dataclass(frozen=True)
class Nominalisations:
    """Listed nouns with their verbs, and an index of their inflected forms."""

    verbs: dict[str, str]
    light: frozenset[str]
    index: FormIndex


@cache
def nominalisations() -> Nominalisations:
    """The shipped nominalisation lexicon."""
    entries = lexicon_file("plain", "nominalisations.yaml").entries
    verbs = {e["id"].lower(): e["verb"] for e in entries}
    light = frozenset(e["id"].lower() for e in entries if e.get("light"))
    # -ning, -ande and -else nouns inflect unambiguously, so their endings are always guessed
    return Nominalisations(verbs, light, FormIndex.build(verbs, always_guess=True))


@dataclass(frozen=True)
class Hit:
    """A nominalisation in a sentence: its token and the noun lemma it was matched to."""

    token: Token
    noun: str


def noun_of(tokens: TokenTable, i: int, lex: Nominalisations) -> str | None:
    """The listed noun that token ``i`` is a form of, or None."""
    pos, lower = tokens.pos[i], tokens.lower[i]
    if pos and pos != "NOUN":
        return None
    lemmas = lex.index.lemmas_for(lower, tokens.lemma[i])
    if not lemmas:
        return None
    noun = lemmas[0]
    if not pos and noun.endswith(PARTICIPLE_ENDINGS):
        # without tags "gällande" could be an adjective; trust only noun-like uses
        following = tokens.lower[i + 1] if i + 1 < len(tokens) else None
        if not (lower.endswith(("andet", "endet")) or following == "av"):
            return None
    return noun


def in_title(token: Token, tokens: TokenTable) -> bool:
    """True if ``token`` looks like part of a title: a statute number or word just before it,
    or a capital letter inside the sentence."""
    if token.text[:1].isupper() and not token.is_sent_start:
        return True
    return in_statute_title(tokens, token.i)


def has_finite_verb(sentence: Span, tokens: TokenTable | None = None) -> bool:
    """True if the sentence has a finite verb; also True when the model predicts no morphology.

    ``tokens`` is the Doc's :class:`TokenTable`, if the caller has one.
    """
    tokens = tokens if tokens is not None else TokenTable(sentence.doc)
    morphs = tokens.morph[sentence.start:sentence.end]
    if not any(morphs):
        return True
    return any(map(_finite, morphs))


@lru_cache(maxsize=4096)
def _finite(morph: str) -> bool:
    """True if a morphology string (``Mood=Ind|Tense=Pres|VerbForm=Fin``) has ``VerbForm=Fin``."""
    for feature in morph.split("|"):
        name, _, values = feature.partition("=")
        if name == "VerbForm" and "Fin" in values.split(","):
            return True
    return False


def hits(sentence: Span, lex: Nominalisations | None = None, tokens: TokenTable | None = None) -> list[Hit]:
    """The listed nominalisations in ``sentence``, in order, outside statute titles.

    ``tokens`` is the Doc's :class:`TokenTable`, if the caller has one.
    """
    lex = lex or nominalisations()
    tokens = tokens if tokens is not None else TokenTable(sentence.doc)
    found = []
    for i in range(sentence.start, sentence.end):
        noun = noun_of(tokens, i, lex)
        if noun is not None and not in_title(token := sentence.doc[i], tokens):
            found.append(Hit(token, noun))
    return found


def names_a_kind(token: Token, verbal_nouns: frozenset[int] | set[int] = frozenset()) -> bool:
    """True if the noun only says what another noun is about: it hangs on a noun that is no verbal noun by
    a preposition other than "av" (*ordningen för redovisning och betalning av moms*, *villkor för
    genomförandet*, *förordningar om inrättande av …*), alone or as the next item of such a list. It names a
    scheme, a task or a document; no verb can take its place without breaking the name, and blind judges
    called such findings wrong. ``verbal_nouns`` holds the token indices of the sentence's :func:`hits`."""
    while token.dep_ == "conj" and token.head.i != token.i and token.head.pos_ == "NOUN":
        token = token.head
    head = token.head
    return (token.dep_ == "nmod" and head.i != token.i and head.pos_ in ("NOUN", "PROPN")
            and head.i not in verbal_nouns
            and any(c.dep_ == "case" and c.lower_ != "av" for c in token.children))


def takes_object(hit: Hit) -> bool:
    """True if the noun is followed by "av": its object, as in "uppföljningen av kostnaderna"."""
    doc = hit.token.doc
    return hit.token.i + 1 < len(doc) and doc[hit.token.i + 1].lower_ == "av"


def _named_before(hit: Hit, sentence: Span) -> bool:
    """The sentence starts with the noun in its definite form and without an object: it names what the
    text has already spoken of (*Ändringarna innebär att …*, *Utredningarna ska …*), which no writer is
    asked to turn into a verb."""
    first = next((t for t in sentence if not (t.is_space or t.is_punct)), None)
    return (first is not None and hit.token.i == first.i and not takes_object(hit)
            and ("Def" in hit.token.morph.get("Definite") or hit.token.lower_.endswith(DEFINITE_ENDINGS)))


def names_a_thing(hit: Hit) -> bool:
    """True if the noun, without an object of its own, names a thing rather than an action a verb could say:
    the subject of a verb that says something ("En utvärdering visar att …": a report; "efter genomgången
    följer en sammanställning" is an action), a plural ("de stora förändringar som skett", "dessa
    prioriteringar": results, not the doing) or a noun alone after its preposition, an adverbial ("i
    förlängningen", "i grunden"; not "av": "genomförandet av utvärderingen" is a chain). Blind judges called
    the verbs offered for such nouns ill-fitting or wrong. A noun that shares the object of the next in a list
    ("uppföljningen och redovisningen av kostnaderna") has one."""
    token = hit.token
    if takes_object(hit) or any(c.dep_ == "conj" and takes_object(Hit(c, hit.noun)) for c in token.children):
        return False
    return ("Plur" in token.morph.get("Number")
            or token.dep_ == "nsubj" and any(c.dep_ == "ccomp" for c in token.head.children)
            or any(c.dep_ == "case" and c.lower_ != "av" for c in token.children)
            and all(c.dep_ in ("case", "det", "cc") for c in token.children))


#: Endings of definite nouns (*ändringen*, *beslutet*, *ändringarna*), for when the model gives no morphology.
DEFINITE_ENDINGS = ("en", "et", "na")


def someone_acts(sentence: Span, verbal_nouns: set[int], on_something: bool = False) -> bool:
    """True if the sentence's main verb is active and does something ("stärka", "beslutade"; not a relation
    verb such as "innebär", "sker", "är": ``relation_verbs``) and its subject is a name, a pronoun or a noun
    that is no verbal noun ("Myndigheten", "regeringen", "vi"; not "Användningen av X ökar").
    ``verbal_nouns`` holds the token indices of the sentence's :func:`hits`; ``on_something``: a noun subject
    counts only where the verb has an object ("Kommunen höjde hyrorna"), not where a thing changes ("Efter
    hyresregleringens slopande steg hyrorna": nobody acts)."""
    root = sentence.root
    if (root.pos_ != "VERB" or "Pass" in root.morph.get("Voice")
            or root.lemma_.lower() in words("relation_verbs")):
        return False
    subjects = [c for c in root.children if c.dep_ == "nsubj"]
    done_to = (not on_something or len(subjects) > 1  # the model reads a noun object as a second subject
               or any(c.dep_ in ("obj", "iobj", "ccomp", "xcomp") for c in root.children))
    return any(s.pos_ == "PROPN" or s.pos_ == "PRON" and s.lower_ not in ("det", "den")
               or s.pos_ == "NOUN" and s.i not in verbal_nouns and done_to for s in subjects)


def acting_noun(hit: Hit) -> bool:
    """True if an -ande/-ende noun with its own object is the subject of the sentence's main verb
    (*Genomförandet av hörselskydd har gått trögt*, *Bortrövande av hundratals assyrier är ett nytt exempel*): the
    sentence says that a doing happens or is so, and nobody does it; "att genomföra …" or a clause with a doer
    says it. One such noun makes a sentence heavy."""
    token = hit.token
    return (hit.noun.endswith(PARTICIPLE_ENDINGS) and takes_object(hit)
            and token.dep_ in ("nsubj", "nsubj:pass") and token.head.dep_ == "ROOT")


def genitive_object(hit: Hit) -> bool:
    """True if an -ande/-ende noun takes a noun in the genitive (*efter hyresregleringens slopande*, *projektets
    genomförande*): the old way of saying "after the regulation was dropped". One such noun makes a sentence heavy,
    unless someone acts on something in it (:func:`someone_acts`: *Statskontoret ska hålla oss informerade under
    uppdragets genomförande*; not *Efter hyresregleringens slopande steg hyrorna kraftigt*, review 28 B, item 11)."""
    return hit.noun.endswith(PARTICIPLE_ENDINGS) and any(
        c.dep_ == "nmod:poss" and c.pos_ == "NOUN" for c in hit.token.children)


def chains(found: list[Hit], lex: Nominalisations) -> list[tuple[Hit, Hit]]:
    """Pairs "light noun + av + (article) + noun": the second noun's verb says it all."""
    result = []
    fillers = words("chain_fillers")
    by_index = {h.token.i: h for h in found}
    for hit in found:
        if hit.noun not in lex.light:
            continue
        i = hit.token.i + 1
        doc = hit.token.doc
        if i >= len(doc) or doc[i].lower_ != "av":
            continue
        i += 1
        while i < len(doc) and doc[i].lower_ in fillers:
            i += 1
        if i in by_index:
            result.append((hit, by_index[i]))
    return result


@REGISTRY.rule(
    "nominal_style",
    category="plain_language",
    severity="info",
    description="Meningar med flera substantiv som bygger på verb (genomförande av, utvärdering av, "
                "handläggning av); verb gör texten lättare (min_count, standard 2).",
    needs=("pos", "morph", "lemma"),
    options={"min_count": MIN_COUNT},
    source="Myndigheternas skrivregler 1.4 (substantivsjuka); Tillväxtverket, Klarspråk: använd verb",
    overrides=("complex_word",),  # its nouns, each with a verb, in one finding: no second one on a noun it names
    examples=Examples(
        flag=(
            "Genomförandet av utvärderingen sker i maj.",
            "Handläggningen av ärendet kräver en bedömning och en prövning av nämnden.",
        ),
        ok=(
            "Vi utvärderar verksamheten i maj.",
            "Nämnden bedömer och prövar ärendet.",
            "Regeringen har beslutat om en ny utbildning.",
        ),
    ),
)
def nominal_style(ctx: Context) -> Iterator[Finding]:
    """A finding for every sentence with ``min_count`` nominalisations (one with "av") or a chain."""
    lex = nominalisations()
    minimum = int(ctx.option("min_count"))
    for unit in ctx.units:
        if not has_finite_verb(unit.span, ctx.tokens):
            continue
        listed = hits(unit.span, lex, ctx.tokens)
        indices = {h.token.i for h in listed}
        found = [h for h in listed if not _named_before(h, unit.span) and not names_a_kind(h.token, indices)
                 and not names_a_thing(h)]
        actions = {h.token.i for h in found}  # a noun that names a thing may act: "En utvärdering visar att …"
        linked = chains(found, lex)
        distinct = len({h.noun for h in found})
        heavy = (distinct >= minimum and any(takes_object(h) for h in found)
                 and (distinct > ACTOR_COUNT or not someone_acts(unit.span, actions))
                 or any(map(acting_noun, found))
                 or any(map(genitive_object, found)) and not someone_acts(unit.span, actions, on_something=True))
        if not heavy and not linked:
            continue
        suggestions = [
            f"”{a.token.text} av … {b.token.text}” → ”{lex.verbs[b.noun]}”" for a, b in linked
        ]
        chained = {h.token.i for pair in linked for h in pair}
        seen: set[str] = set()
        for hit in found:
            if hit.token.i in chained or hit.noun in seen:
                continue
            seen.add(hit.noun)
            suggestions.append(f"”{hit.token.text}” → ”{lex.verbs[hit.noun]}”")
        nouns = ", ".join(f"”{h.token.text}”" for h in found)
        yield ctx.finding(
            unit.start,
            unit.end,
            f"Meningen bygger på substantiv som kommer från verb ({nouns}). "
            "Skriv med verb i stället, och säg vem som gör vad.",
            suggestions,
            about=[(h.token.idx, h.token.idx + len(h.token.text)) for h in found],
        )
