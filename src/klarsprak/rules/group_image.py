"""``group_image``: a group of people used as the image of a trait ("kastar som en tjej", "ser ut som en asiat").

The group nouns (one list per ground) and the words around a comparison that make it no simile are word lists
in ``lexicons/inclusive/group_images.yaml``. A simile is ``som``/``likt`` + ``en``/``ett`` + adjectives + a group
noun; ``som`` without an article names a role or the person's own identity ("arbetar som sjuksköterska",
"som kvinna i politiken") and is never a finding.
"""

from __future__ import annotations

from typing import Iterator

from spacy.tokens import Token

from ..findings import GROUNDS, Finding
from ..lexicon.morphology import base_of
from ..lexicon.wordlists import WordList, word_lists, words
from ..markup import GROUND_LABELS
from .base import REGISTRY, Context, Examples

#: Parts of speech that may stand between the article and the group noun ("som en tjock asiat").
MODIFIER_POS = frozenset({"ADJ", "ADV"})
MAX_MODIFIERS = 3
#: Words before ``som`` a comparison word may stand (its own five: "lika fort i skogen som"), and the parts of
#: speech it may stand behind: what governs ``som`` and a place or manner phrase ("i skogen") after it.
LITERAL_REACH = 5
LITERAL_POS = frozenset({"ADJ", "ADV", "NOUN", "ADP", "DET"})
#: Dependencies of a relative ``som`` ("något som en kvinna måste klara"), which compares nothing.
RELATIVE_DEPS = frozenset({"nsubj", "nsubj:pass", "obj", "iobj", "obl"})
#: Dependencies of a noun that belongs to another noun ("min roll som en kvinna"): a role, not a simile.
NOMINAL_DEPS = frozenset({"nmod", "acl", "appos"})
#: Clauses on the group noun that make it one person or spell the trait out ("som en tjej jag känner").
PERSON_CLAUSES = frozenset({"acl:relcl", "acl"})
#: Punctuation right before ``som`` that makes the comparison an aside about the subject ("jag, som en tant, ...").
ASIDE = frozenset({",", "(", "–", "—", "-"})
#: Parts of speech that are never the group noun (any other tag may be the model's slip: "en blatte" as VERB).
FUNCTION_POS = frozenset({"ADP", "AUX", "CCONJ", "SCONJ", "DET", "PRON", "PART", "PUNCT", "NUM"})


def _groups() -> list[WordList]:
    """The group-noun lists, one per ground, in the order of the grounds."""
    lists = word_lists()
    return [lists[f"group_{g}"] for g in GROUNDS if f"group_{g}" in lists]


def _group_of(keys: tuple[str, ...]) -> tuple[str, WordList] | None:
    """The group noun a token with these keys is a form of, and its list."""
    for wl in _groups():
        found = base_of(keys, wl.words)
        if found:
            return found, wl
    return None


def _an_age(ctx: Context, after: list[int]) -> bool:
    """True if the words ``after`` the group noun give an age: i/på + an age word ("på 12 år", "i min ålder")."""
    if not after or ctx.tokens.lower[after[0]] not in words("comparison_age_prepositions"):
        return False
    ages = words("comparison_ages")
    return any(base_of(ctx.tokens.keys[j], ages) for j in after[1:])


def _phrase(tok: Token) -> str:
    """The lemma of ``tok`` with its verb particles ("växa upp", "se ut")."""
    particles = [c.lemma_.lower() for c in tok.children if c.dep_ == "compound:prt"]
    return " ".join([tok.lemma_.lower(), *particles])


def _describes(ctx: Context, gov: Token | None, noun: Token, before: Token | None) -> bool:
    """True if the comparison belongs to what a simile describes: an adjective ("dum som en ..."), a verb of
    manner or look (``comparison_manner``: "kastar", "ser ut"), or a copula on the noun ("är som en ..."). Where
    the parser made the noun the root of the sentence ("Han gnäller som en kärring igen", *gnäller* read as a
    noun), a verb of manner right before ``som`` (``before``) is what it describes."""
    manner = words("comparison_manner")
    if gov is None:
        return any(c.dep_ == "cop" for c in noun.children) or before is not None and (
            _phrase(before) in manner or base_of(ctx.tokens.keys[before.i], manner) is not None)
    return gov.pos_ == "ADJ" or _phrase(gov) in manner or base_of(ctx.tokens.keys[gov.i], manner) is not None


def _literal(ctx: Context, unit_start: int, prev: int) -> bool:
    """True if a comparison in fact governs ``som``: a ``comparison_literal`` word right before it ("samma som")
    or before the adjectives, adverbs, nouns and prepositional phrases between ("lika mycket som", "så dum
    som", "samma rätt som", "lika fort i skogen som"), at most :data:`LITERAL_REACH` words before ``som``
    (``prev`` is the word right before it). Not one before a verb, a pronoun or punctuation ("Så kastar du som
    en tjej", "Och så gnäller han …")."""
    literal = words("comparison_literal")
    for k in range(prev, max(unit_start, prev - LITERAL_REACH + 1) - 1, -1):
        tok = ctx.doc[k]
        if tok.lower_ in literal or tok.lemma_.lower() in literal:
            return True
        if tok.pos_ not in LITERAL_POS:
            return False
    return False


def _no_simile(ctx: Context, unit_start: int, som: Token, noun: Token) -> bool:
    """True where ``som en X`` names a role, an identity, a relative clause or a comparison in fact."""
    comparisons = words("comparison_words")
    if som.dep_ in RELATIVE_DEPS or noun.head.i > noun.i:
        return True  # relative, or fronted: "Som en ung kvinna i 50-talets Sverige fick hon ..."
    if any(c.dep_ in PERSON_CLAUSES and (c.left_edge.pos_ != "SCONJ" or c.left_edge.lower_ in comparisons)
           for c in noun.children):
        return True  # one person, or the trait said in words: "som en kille (som) jag gick i skolan med";
        # not a clause of time the parser hung on the noun ("skrattade som en tjej när jag såg det")
    gov = noun.head
    if gov.pos_ in ("NOUN", "PROPN") and noun.dep_ in NOMINAL_DEPS:
        return True
    roles = words("comparison_roles")
    if gov.i != noun.i and (_phrase(gov) in roles or gov.lower_ in roles):
        return True
    prev = ctx.tokens.prev_word(som.i)
    before = ctx.doc[prev] if prev >= unit_start else None
    if not _describes(ctx, gov if gov.i != noun.i else None, noun, before):
        return True
    if before is None or before.text in ASIDE:
        return True
    if _phrase(before) in roles or before.lower_ in words("comparison_subjects") and not (
            before.dep_.startswith("nsubj") and before.head.i < before.i):
        return True  # "vi som en familj"; not a subject after its verb ("… gnäller han som en kärring")
    return _literal(ctx, unit_start, prev)


def _suggestions(som: Token, noun: Token, span: str) -> list[str]:
    """Advice fitted to what the comparison describes: a look, a quality (an adjective) or a way of doing."""
    gov = noun.head
    if gov.i < som.i and gov.pos_ == "ADJ":
        return [f"stryk ”{span}”: ”{gov.text}” räcker", "beskriv egenskapen med egna ord"]
    if gov.i < som.i and _phrase(gov) == "se ut":
        return ["beskriv utseendet med egna ord, utan gruppen (”ser konstig ut”)", "stryk liknelsen"]
    return ["beskriv egenskapen med egna ord, utan gruppen", "stryk liknelsen"]


@REGISTRY.rule(
    "group_image",
    category="inclusive_language",
    severity="warning",
    description="En grupp människor som bild av en egenskap i en liknelse (kastar som en tjej, ser ut som en "
                "asiat, gnäller som en kärring).",
    source="Diskrimineringslagen (2008:567) 1 kap. 5 §; Isof Klarspråkshjälpen, Använd inkluderande språk",
    # the simile is the problem to rewrite; that its group word is also a slur (*som en zigenare*) is said in it.
    # An age word (*som en tant*) is the simile's ground, named in its message; age_stereotype's advice to write
    # "äldre person" instead would keep the simile, so it is not folded in
    overrides=("bias_term", "age_stereotype"),
    folds=("bias_term",),
    examples=Examples(
        flag=(
            "Ja, jag vet att jag ser ut som en tjock asiat på bilden.",
            "Du kastar som en tjej.",
            "Han gnäller som en gammal kärring hela tiden.",
            "Hon kör som en pensionär.",
        ),
        ok=(
            "Hon arbetar som sjuksköterska.",
            "Han kom hit som flykting 2015.",
            "Som tjej i politiken har jag fått höra mycket.",
            "Det är något som en tjej måste klara av.",
            "Hon tjänar inte lika mycket som en kille.",
            "Jag sov som ett barn.",
        ),
    ),
)
def group_image(ctx: Context) -> Iterator[Finding]:
    """``som``/``likt`` + ``en``/``ett`` + up to three adjectives + a group noun after an adjective, a verb of
    manner or look or a copula, unless the comparison names a role (after arbeta, komma, behandla ...), the
    writer's identity (a pronoun or a comma before ``som``, a fronted ``som``-phrase), a relative clause, a
    comparison in fact (lika, samma) or a real person (vanlig, ung, annan; på 12 år; från Stockholm)."""
    comparisons, articles = words("comparison_words"), words("comparison_articles")
    plain = words("comparison_literal_modifiers")
    specifiers = words("comparison_specifiers")
    lower, keys, pos = ctx.tokens.lower, ctx.tokens.keys, ctx.tokens.pos
    for unit in ctx.units:
        indices = ctx.word_indices(unit.span.start, unit.span.end)
        for n, i in enumerate(indices[:-2]):
            if lower[i] not in comparisons or lower[indices[n + 1]] not in articles:
                continue
            m = n + 2
            while m < len(indices) - 1 and m - n - 2 < MAX_MODIFIERS and pos[indices[m]] in MODIFIER_POS \
                    and _group_of(keys[indices[m]]) is None:
                m += 1
            k = indices[m]
            if any(base_of(keys[j], plain) for j in indices[n + 2:m]):
                continue
            found = _group_of(keys[k]) if pos[k] not in FUNCTION_POS else None
            after = indices[m + 1:m + 5]
            if found is None or (after and (pos[after[0]] == "NOUN" or lower[after[0]] in specifiers)) \
                    or _an_age(ctx, after):
                continue
            som, noun = ctx.doc[i], ctx.doc[k]
            if _no_simile(ctx, unit.span.start, som, noun):
                continue
            start, end = ctx.tokens.idx[i], ctx.tokens.end[k]
            if ctx.in_quotes(start, end) or ctx.borrowed(start, end):
                continue
            word, wl = found
            span = ctx.text[start:end]
            yield ctx.finding(
                start,
                end,
                f"Liknelsen ”{span}” gör en grupp människor ({word}: {GROUND_LABELS[wl.ground]}) till bilden av "
                "en egenskap. Det befäster en stereotyp, för egenskapen knyts till alla i gruppen, också när det "
                "är menat som skämt. Beskriv egenskapen själv.",
                _suggestions(som, noun, span),
                ground=wl.ground,
                source=wl.source,
            )
