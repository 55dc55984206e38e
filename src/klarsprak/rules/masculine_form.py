"""``masculine_form``: the masculine e-form of an adjective about anyone ("den enskilde", "den nye
handläggaren ska ...", "den anställde ska ...").

An adjective after "den" ends in -a for everyone ("den enskilda", "den gamla"); -e is the masculine form,
right about a known man ("den unge mannen", "Karl den store") but read as making the man the norm when it
is about anyone. The person nouns, generic cues and gendered nouns are the word lists of
``lexicons/inclusive/patterns.yaml`` that ``generic_pronoun`` uses; the e-form itself is found by its
ending, with the a-form it stands for checked against wordfreq.
"""

from __future__ import annotations

from typing import Iterator

from spacy.tokens import Token

from ..findings import Finding
from ..frequency import zipf
from ..lexicon.wordlists import words
from .base import REGISTRY, Context, Examples
from .generic_pronoun import HIM, SKRIVREGLER, about_anyone, gendered_person, named, person_base
from .once import recounted

#: How common (wordfreq's Zipf scale) the a-form must be for an -e word to count as its masculine form
#: ("enskilde" → "enskilda"), so that words that merely end in -e ("tredje", "bonde") are left alone.
A_FORM_ZIPF = 2.5
#: Endings whose -e is no gender form: participles in -ade and -ande/-ende are the same for everyone.
NEUTRAL_ENDINGS = ("ade", "ande", "ende")
#: How many words after the adjectives may hold the name of the man they describe.
NAME_GAP = 4


def _a_form(tok: Token) -> str | None:
    """The common-gender weak form of a masculine e-form ("enskilde" → "enskilda"), or None."""
    low = tok.lower_
    if (not low.endswith("e") or low.endswith(NEUTRAL_ENDINGS) or len(low) < 3 or not low.isalpha()
            or tok.pos_ not in ("ADJ", "NOUN", "VERB", "ADV") or "Cmp" in tok.morph.get("Degree")
            or (tok.pos_ == "NOUN" and tok.lemma_.lower() == low)):
        return None
    a_form = low[:-1] + "a"
    return a_form if zipf(a_form) >= A_FORM_ZIPF else None


def _person(tok: Token) -> bool:
    """True for a noun that names a person of any gender (konsumenten, lagöverträdaren)."""
    return person_base(tok) is not None or tok.lemma_.lower().endswith(tuple(words("generic_person_endings")))


@REGISTRY.rule(
    "masculine_form",
    category="inclusive_language",
    severity="info",
    description="Maskulin e-form av adjektiv om vem som helst (den enskilde, den anställde ska); a-formen "
                "gäller alla.",
    source=f"{SKRIVREGLER} (e-formen läses som maskulin, a-formen är neutral om vem som helst)",
    overrides=("complex_word",),  # "den särskilde utredaren": complex_word's archaic särskilde/egentlige, one fix
    examples=Examples(
        flag=(
            "Skolan ska ta hänsyn till om den enskilde har andra aktiviteter.",
            "Den svenske konsumenten ska kunna lita på märkningen.",
            "Den anställde ska anmäla sin sjukdom till chefen.",
        ),
        ok=(
            "Den unge mannen gick hem.",
            "Karl den store kröntes år 800.",
            "Den anställde nekade till allt.",
            "Den enskilda eleven ska få stöd.",
            "Den större delen av kostnaden betalas av kommunen.",
            "Den studerande ska anmäla sig.",
        ),
    ),
)
def masculine_form(ctx: Context) -> Iterator[Finding]:
    """Each masculine e-form about anyone (:func:`_places`), reported once per word with its other places,
    as a consultant marks "den enskilde" once and asks for the change throughout."""
    by_word: dict[str, list[tuple[int, int, str]]] = {}
    for start, end, fitted in _places(ctx):
        by_word.setdefault(ctx.text[start:end].lower(), []).append((start, end, fitted))
    for word, places in by_word.items():
        start, end, fitted = places[0]
        text = ctx.text[start:end]
        yield ctx.finding(
            start, end,
            recounted(f"”{text}” är adjektivets maskulina form och läses som att personen är en man. "
                      f"Om vem som helst passar a-formen, som gäller alla: ”{fitted}”.",
                      [(s, e) for s, e, _ in places], ctx.text, True),
            [fitted],
            ground="sex",
            replaces=True,
            occurrences=[(s, e) for s, e, _ in places[1:]],
            key=word,  # a long text's parts join its places (review 28 B, item 5)
        )


def _places(ctx: Context) -> Iterator[tuple[int, int, str]]:
    """Each "den" + e-form adjective(s) about a generic person, with its a-form: the head noun names a person
    of any gender (or the adjective stands alone: "den enskilde"), and the sentence is a rule about anyone (a
    generic cue such as ska, om, kan, or a person word of ``generic_antecedents``), not a story told in the
    past."""
    conditions = words("generic_conditions")
    lower = ctx.tokens.lower
    for unit in ctx.units:
        if "den" not in lower[unit.span.start:unit.span.end]:
            continue  # no "den": no Token objects made
        toks = ctx.word_tokens(unit.span)
        lowers = {t.lower_ for t in toks}
        for i, tok in enumerate(toks):
            if tok.lower_ != "den" or (i and named(ctx, toks[i - 1].i)):
                continue  # "Karl den store": a name
            j = i + 1
            while j < len(toks) and _a_form(toks[j]) is not None:
                j += 1
            run = toks[i + 1:j]
            if not run:
                continue
            head = toks[j] if j < len(toks) and toks[j].pos_ in ("NOUN", "PROPN") else None
            if head is not None and (head.pos_ == "PROPN" or not _person(head) or gendered_person(head)):
                continue  # "den unge Werther", "den gamle mannen", "den svenske kungen", "affärsmannen": a man
            if any(named(ctx, t.i) for t in toks[j:j + NAME_GAP]):
                continue  # "den skumme affärsmannen och ärkerivalen Jakob …": a named man (not "i Göteborg")
            if _a_known_man(ctx, toks, i, j, conditions):
                continue
            lemmas = {t.lemma_.lower() for t in run} | ({head.lemma_.lower()} if head is not None else set())
            if not about_anyone(unit.span, lowers, lemmas):
                continue  # a story about someone, or a sentence that says nothing of anyone in general
            start, end = run[0].idx, run[-1].idx + len(run[-1])
            if ctx.in_quotes(start, end) or ctx.borrowed(start, end) == "citat":
                continue
            fitted = ctx.text[start:end]
            for t in run:
                at = t.idx - start
                fitted = fitted[:at] + t.text[:-1] + ("A" if t.text[-1].isupper() else "a") + fitted[at + len(t):]
            yield start, end, fitted


def _a_known_man(ctx: Context, toks: list[Token], i: int, j: int, conditions: frozenset[str]) -> bool:
    """True if the phrase ``toks[i:j]`` is about a man the sentence knows: han/hans/honom or a name before it
    ("han är den bäste spelaren"), or han/hans/honom after it in a sentence with no condition (om, när … as a
    conjunction, not the preposition om) that makes him anyone ("jag vill tacka den nye ordföranden för hans
    arbete", but "om den enskilde … ska han" stays generic)."""
    if any(t.lower_ in HIM or named(ctx, t.i) for t in toks[:i]):
        return True  # a person's name, not a place after a preposition ("I Sverige ska den enskilde")
    return any(t.lower_ in HIM for t in toks[j:]) and not any(t.lower_ in conditions and t.pos_ == "SCONJ"
                                                              for t in toks)
