"""``generic_pronoun``: han/hon about an unspecified person ("Om en elev är sjuk ska han ...").

The person nouns, determiners and cues are word lists in ``lexicons/inclusive/patterns.yaml``.
"""

from __future__ import annotations

from typing import AbstractSet, Iterator

from spacy.tokens import Span, Token

from ..findings import Finding, Severity
from ..frequency import zipf
from ..lexicon.matcher import is_proper_name, starts_unit, token_keys
from ..lexicon.inflection import is_neuter
from ..lexicon.morphology import base_of, head_of
from ..lexicon.wordlists import word_lists, words
from .base import REGISTRY, Context, Examples

SKRIVREGLER = "Myndigheternas skrivregler 8 uppl. (Språkrådet 2014)"
#: How rare (wordfreq's Zipf scale) a sentence-initial word tagged as a name must be to count as one.
RARE_ZIPF = 3.5


def has_past(span: Span) -> bool:
    """True if a verb in ``span`` is in the past tense; a participle after "den"/"de" ("den försäkrade",
    which taggers read as a past verb) is a person, not a verb."""
    return any("Past" in t.morph.get("Tense") for t in span if t.pos_ in ("VERB", "AUX") and not _after_article(t))


def _after_article(tok: Token) -> bool:
    j = tok.i - 1
    while j >= 0 and tok.doc[j].is_space:
        j -= 1
    return j >= 0 and tok.doc[j].lower_ in ("den", "de", "det")


def tells_story(span: Span) -> bool:
    """True if a verb in ``span`` is in the past or the supine ("greps", "har gripits"): a story about
    someone, not a rule about anyone."""
    return has_past(span) or any("Sup" in t.morph.get("VerbForm") for t in span if t.pos_ in ("VERB", "AUX"))


def person_base(tok: Token) -> str | None:
    """The ``generic_antecedents`` word that a noun is a form of or a compound ends in (konsumenten → konsument,
    bygglovshandläggaren → handläggare): a person of any gender; None for any other word."""
    return head_of(token_keys(tok), tok.lower_, words("generic_antecedents"))


def gendered_person(tok: Token) -> bool:
    """True for a noun that names a person's sex (mannen, småbarnsmamman, min fru): a form of a ``gendered_persons``
    word or a compound that ends in one, unless the model's lemma is another Swedish word (wordfreq knows it and
    it ends in no such word): regular endings alone would read "papper" as a plural of "pappa" and "farten" as a
    form of "far". A lemma Swedish does not know is the model's guess for a rare form
    ("freu" for "fruarna"), which the written form outweighs."""
    persons = words("gendered_persons")
    if tok.pos_ != "NOUN" or head_of(token_keys(tok), tok.lower_, persons) is None:
        return False
    lemma = tok.lemma_.lower()
    return not lemma or lemma.endswith(tuple(persons)) or zipf(lemma) == 0


def about_anyone(unit: Span, said: AbstractSet[str], persons: AbstractSet[str] = frozenset()) -> bool:
    """True if ``unit`` says something of anyone, not a story about someone: a generic cue (``generic_cues``: om,
    när, ska …) among the words ``said``, or a generic person word (``generic_antecedents``) among the lemmas
    ``persons``, and no verb in the past tense (:func:`has_past`)."""
    return bool(said & words("generic_cues") or persons & words("generic_antecedents")) and not has_past(unit)


def _definite_singular(tok: Token, base: str) -> bool:
    """True for a definite singular form of a person noun (eleven, handläggaren, invandraren)."""
    stem = base.rstrip("e")
    at = tok.lower_.rfind(stem)  # also the last part of a compound: bygglovshandläggaren
    rest = tok.lower_[at + len(stem):] if at >= 0 else ""
    if rest == "en" and not base.endswith(("ande", "ende")) and is_neuter(base):
        return False  # a neuter: "barnen" is the plural, whatever the tagger says ("sökanden" is one applicant)
    if "Def" in tok.morph.get("Definite") and "Sing" in tok.morph.get("Number"):
        return True
    return rest in ("en", "n", "et") and not tok.morph.get("Number") == ["Plur"]


def _antecedents(ctx: Context, unit: Span) -> list[tuple[Token, bool]]:
    """Generic person expressions in ``unit``: (head token, strongly generic?).

    Strong: varje/varenda/någon/ingen/vilken + noun (also a noun with a person ending such as -are that is
    not listed: "ingen förundersökare"), "den som", "var och en", "någon" alone, and "en person"
    (``generic_anyone``) in a sentence that tells no story (no past or supine verb). Weak
    (need a generic cue such as om, när, ska): en/ett/den + noun, and a noun in
    the definite singular ("handläggaren"). A predicative noun ("X är en person
    som ...") is about a known person and is skipped.
    """
    nouns = words("generic_antecedents")
    dets = words("generic_determiners")
    strong = words("generic_strong_determiners")
    endings = tuple(words("generic_person_endings"))
    predicative = words("generic_predicative")
    found = []
    toks = ctx.word_tokens(unit)
    for i, tok in enumerate(toks):
        nxt = toks[i + 1].lower_ if i + 1 < len(toks) else ""
        if tok.lower_ == "den" and nxt == "som":
            found.append((tok, True))
            continue
        if tok.lower_ == "var" and nxt == "och" and i + 2 < len(toks) and toks[i + 2].lower_ == "en":
            found.append((tok, True))
            continue
        if tok.lower_ in words("generic_pronoun_antecedents") and tok.pos_ in ("PRON", "DET") and not (
                i + 1 < len(toks) and toks[i + 1].pos_ in ("NOUN", "PROPN", "ADJ")):
            if i and toks[i - 1].lower_ in words("generic_conditions") and not tells_story(unit):
                found.append((tok, True))  # "när någon skriver ... bör han", not "frågar någon"
            continue
        keys = token_keys(tok)
        if tok.pos_ == "NOUN" or (tok.pos_ == "PROPN" and i == 0):
            base = person_base(tok)  # bygglovshandläggaren, which starting a sentence may be PROPN
        else:
            base = base_of(keys, nouns)
        by_ending = base is None and tok.pos_ == "NOUN" and tok.lower_.endswith(endings)
        if (base is None and not by_ending) or (tok.text[:1].isupper() and i > 0):
            continue
        window = toks[max(0, i - 3):i][::-1]
        has_det = False
        for j, back in enumerate(window):
            det = back.lower_
            if det in dets and back.pos_ not in ("VERB", "AUX"):  # "var" the verb is not "var" (each)
                has_det = True
                before = toks[max(0, i - j - 3):i - j - 1]
                if not any(t.lower_ in predicative for t in before) and (det in strong or not by_ending):
                    anyone = det in ("en", "ett") and base in words("generic_anyone") and not tells_story(unit)
                    found.append((tok, det in strong or anyone))
                break
            if back.pos_ in ("NOUN", "VERB", "ADP") or det in ("och", "eller", "som"):
                break
        if not has_det and base and _definite_singular(tok, base) and not any(t.lower_ in predicative for t in window):
            found.append((tok, False))
    return found


#: Each form of han and hon, as the pair it belongs to ("honom eller henne" is "han eller hon").
PAIRED = {"han": "han", "honom": "han", "hans": "han", "denne": "han", "dennes": "han", "hon": "hon", "henne": "hon",
          "hennes": "hon"}
#: The forms of han that point to a known man (han, hans, honom): not *denne*, the older form said of anyone too.
HIM = frozenset(w for w, pair in PAIRED.items() if pair == "han" and not w.startswith("denne"))


def _pair_alternative(toks: list[Token], i: int) -> bool:
    """True for 'han eller hon', 'honom eller henne', 'hans eller hennes' (an accepted alternative)."""
    around = [t.lower_ for t in toks[max(0, i - 2):i + 3]]
    return "eller" in around and {"han", "hon"} <= {PAIRED.get(w) for w in around} or "hen" in around


def _introduced(ctx: Context, ante: Token, earlier: list[Token]) -> bool:
    """True if ``ante`` ("patienten") takes up the same noun introduced just before with "en"/"ett" ("En
    patient kommer in ... Patienten pekar på ... han"): an example, so anyone, when nothing is told in the past."""
    tokens = ctx.tokens
    return any(a.i < ante.i and a.lemma_ == ante.lemma_ and tokens.lower[tokens.prev_word(a.i)] in ("en", "ett")
               for a in earlier) and not tells_story(ctx.doc[min(a.i for a in earlier):ante.sent.end])


def named(ctx: Context, k: int) -> bool:
    """True if token ``k`` is a person's name: a proper name not after a preposition (a place), or at the start
    of a sentence a word tagged as a name that Swedish hardly uses otherwise ("Quinn stod som fastvuxen"). A
    preposition is none, though it starts a sentence before a name ("I Sverige", "Enligt Skatteverket")."""
    tokens = ctx.tokens
    if tokens.pos[k] == "ADP":
        return False
    if starts_unit(ctx.analysis, k):
        return is_proper_name(ctx.analysis, k) or (
            tokens.pos[k] == "PROPN" and tokens.text[k][:1].isupper() and zipf(tokens.lower[k]) < RARE_ZIPF)
    return is_proper_name(ctx.analysis, k) and tokens.pos[tokens.prev_word(k)] != "ADP"


def _generic(ctx: Context, candidate: tuple[Token, bool, Span], candidates: list[tuple[Token, bool, Span]],
             toks: list[Token], unit: Span) -> bool:
    """True if the candidate antecedent is anyone: strongly generic, an example just introduced, or weakly
    generic with a generic cue (om, när, ska …) near it or the pronoun and no past tense in the pronoun's unit
    (:func:`about_anyone`)."""
    ante, strong, ante_span = candidate
    if strong or _introduced(ctx, ante, [a for a, _, _ in candidates]):
        return True
    return about_anyone(unit, {t.lower_ for t in ctx.word_tokens(ante_span)} | {t.lower_ for t in toks})


@REGISTRY.rule(
    "generic_pronoun",
    category="inclusive_language",
    severity="warning",
    description="Han eller hon som syftar på en obestämd person (en elev, varje sökande, den som).",
    source=f"{SKRIVREGLER} §8.1.1; Isof Klarspråkshjälpen, Använd inkluderande språk",
    overrides=("bias_term",),
    examples=Examples(
        flag=(
            "Om en elev är sjuk ska han stanna hemma.",
            "Varje sökande ska bifoga sitt betyg. Hon ska också skicka ett personbevis.",
            "Den som vill ansöka måste skicka in sina papper innan han börjar.",
            "Om en kund klagar ska denne kontakta butiken.",
        ),
        ok=(
            "Anna är sjuk i dag. Hon stannar hemma.",
            "Om en elev är sjuk ska eleven stanna hemma.",
            "Om en elev är sjuk ska hen stanna hemma.",
            "Om en elev är sjuk ska han eller hon stanna hemma.",
            "Denne sökande har goda betyg.",
        ),
    ),
)
def generic_pronoun(ctx: Context) -> Iterator[Finding]:
    """Han/hon (and their forms) whose antecedent is a generic person in the same or previous unit."""
    pronouns = words("generic_pronouns")
    speech = words("speech_verbs")
    source = word_lists()["generic_pronouns"].source
    lower = ctx.tokens.lower
    known: dict[int, list[tuple[Token, bool]]] = {}  # each unit's antecedents, by its start, found once
    for n, unit in enumerate(ctx.units):
        if not any(lower[i] in pronouns for i in range(unit.span.start, unit.span.end)):
            continue
        toks = ctx.word_tokens(unit.span)
        for i, tok in enumerate(toks):
            denne = tok.lower_.startswith("denne")  # which the tagger may read as a noun
            if tok.lower_ not in pronouns or (tok.pos_ and tok.pos_ not in ("PRON", "DET") + ("NOUN",) * denne):
                continue
            if denne and i + 1 < len(toks) and toks[i + 1].pos_ in ("NOUN", "ADJ"):
                continue  # "denne sökande": a determiner, not the pronoun
            if _pair_alternative(toks, i) or ctx.in_quotes(tok.idx, tok.idx + len(tok)):
                continue
            if i and (toks[i - 1].lower_ in words("source_prepositions") or toks[i - 1].lemma_.lower() in speech):
                continue  # "enligt honom", "sa han": the source of a claim or the speaker, a known person
            scope = [u.span for u in ctx.units[max(0, n - 1):n + 1]]
            for s in scope:
                if s.start not in known:
                    known[s.start] = _antecedents(ctx, s)
            candidates = [(a, strong, s) for s in scope for a, strong in known[s.start] if a.i < tok.i]
            if not candidates:
                continue
            if all(c[2].start != unit.span.start for c in candidates) and tells_story(unit.span):
                continue  # "… varenda människa i London. Han skrattade.": a story goes on about someone known
            chosen = candidates[-1]
            if not _generic(ctx, chosen, candidates, toks, unit.span):
                # a weak one last ("rollinnehavarens") does not hide a strong one before it ("den som innehar")
                chosen = next((c for c in reversed(candidates) if c[1]), None)
                if chosen is None:
                    continue
            ante, _, ante_span = chosen
            if any(named(ctx, k) for k in range(ante.i + 1, tok.i)):
                continue  # a person named in between ("Anna"), but not a place after a preposition
            if any(gendered_person(t) for t in ctx.doc[ante.i + 1:tok.i]):
                continue  # "mannen", "min fru" in between: the pronoun is about them
            if any(PAIRED.get(t.lower_) == PAIRED[tok.lower_] for t in ctx.doc[ante_span.start:ante.i]):
                continue  # "vi har emanciperat henne ... den som bestämmer; vi har givit henne": known already
            if ctx.tokens.lemma[ctx.tokens.next_word(ante.i)].lower() in speech:
                continue  # "Läkaren säger att han ...": someone quoted, a known person
            yield ctx.finding(
                tok.idx,
                tok.idx + len(tok.text),
                f"Pronomenet ”{tok.text}” syftar på en person vars kön inte är känt (”{ante.text}”). "
                "Ett könsbundet pronomen gör ett kön till norm.",
                ["hen", "skriv i plural (de)", f"upprepa ordet ({ante.text})", "skriv om meningen utan pronomen",
                 "den" if denne else "han eller hon"],
                ground="sex",
                source=source,
                severity=Severity.INFO if denne else None,  # the older masculine form: a remark on style
            )
            if not denne:
                break  # one han/hon per sentence; a denne before it does not hide it
