"""Inclusive-language patterns beyond word lists.

- ``generic_pronoun``: han/hon about an unspecified person ("Om en elev är sjuk ska han ...").
- ``unnecessary_marking``: gender, ethnicity or religion marked for no reason (en kvinnlig läkare).
- ``suffering_from``: "lider av" / "drabbad av" + a diagnosis or disability (not "lider av platsbrist").
- ``gendered_title``: gendered job titles where a neutral one is established (förman → arbetsledare),
  never proper names such as Diskrimineringsombudsmannen.
- ``age_stereotype``: age stereotypes (pigg för sin ålder, ung och hungrig, åldringar).

The word lists are data in ``lexicons/inclusive/patterns.yaml`` and the lexicon files.
"""

from __future__ import annotations

from collections import Counter
from functools import lru_cache
from typing import Iterable, Iterator

from spacy.tokens import Span, Token

from ..findings import Finding
from ..inclusive.forms import is_form
from ..inclusive.matcher import is_proper_name, token_keys
from ..inclusive.patterns import word_lists, words
from .base import Context, Examples
from .inclusive import lexicon_matches, match_finding
from .registry import REGISTRY

SKRIVREGLER = "Myndigheternas skrivregler 8 uppl. (Språkrådet 2014)"
STRONG_DETERMINERS = frozenset({"varje", "varenda", "någon", "vilken", "var"})
SEX_NOUNS = frozenset({"man", "kvinna", "pojke", "flicka", "kille", "tjej"})
PREDICATIVE = frozenset({"är", "var", "blev", "blir", "vara", "bli"})
FUNCTION_POS = frozenset({"PRON", "DET", "ADP", "AUX", "CCONJ", "SCONJ", "PART"})


def base_in(token: Token, wordset: Iterable[str]) -> str | None:
    """The word of ``wordset`` that ``token`` is a form of (by lemma or by ending), or None."""
    return base_of(token_keys(token), wordset if isinstance(wordset, frozenset) else frozenset(wordset))


@lru_cache(maxsize=65536)
def base_of(keys: tuple[str, ...], wordset: frozenset[str]) -> str | None:
    """:func:`base_in` for a token with these :func:`token_keys` (cached)."""
    for key in keys:
        if key in wordset:
            return key
        for i in range(len(key) - 1, 1, -1):
            stem = key[:i]
            for cand in (stem, stem + "a", stem + "e"):
                if cand in wordset and is_form(key, cand):
                    return cand
    return None


def head_in(token: Token, wordset: frozenset[str]) -> str | None:
    """Like :func:`base_in`, also for compounds ending in a listed word (överläkare → läkare)."""
    found = base_in(token, wordset)
    if found:
        return found
    key = token.lower_
    for i in range(3, len(key) - 3):
        rest = key[i:]
        for cand in wordset:
            if len(cand) >= 4 and rest.startswith(cand) and is_form(rest, cand):
                return cand
    return None


def _word_indices(ctx: Context, span: Span) -> list[int]:
    """Indices of the tokens in ``span`` that are neither space nor punctuation."""
    is_space, is_punct = ctx.tokens.is_space, ctx.tokens.is_punct
    return [i for i in range(span.start, span.end) if not is_space[i] and not is_punct[i]]


def _unit_words(ctx: Context, span: Span) -> list[Token]:
    """The tokens of ``span`` that are neither space nor punctuation."""
    return [ctx.doc[i] for i in _word_indices(ctx, span)]


def _in_quotes(ctx: Context, start: int, end: int) -> bool:
    return ctx.analysis.quotes.contains(start, end)


def _has_past(span: Span) -> bool:
    return any("Past" in t.morph.get("Tense") for t in span if t.pos_ in ("VERB", "AUX"))


# --- generic_pronoun -------------------------------------------------------------------------


def _definite_singular(tok: Token, base: str) -> bool:
    """True for a definite singular form of a person noun (eleven, handläggaren, invandraren)."""
    if "Def" in tok.morph.get("Definite") and "Sing" in tok.morph.get("Number"):
        return True
    rest = tok.lower_[len(base.rstrip("e")):] if tok.lower_.startswith(base.rstrip("e")) else ""
    return rest in ("en", "n", "et") and not tok.morph.get("Number") == ["Plur"]


def _antecedents(ctx: Context, unit: Span) -> list[tuple[Token, bool]]:
    """Generic person expressions in ``unit``: (head token, strongly generic?).

    Strong: varje/varenda/någon/vilken + noun, "den som", "var och en". Weak
    (need a generic cue such as om, när, ska): en/ett/den + noun, and a noun in
    the definite singular ("handläggaren"). A predicative noun ("X är en person
    som ...") is about a known person and is skipped.
    """
    nouns = words("generic_antecedents")
    dets = words("generic_determiners")
    found = []
    toks = _unit_words(ctx, unit)
    for i, tok in enumerate(toks):
        nxt = toks[i + 1].lower_ if i + 1 < len(toks) else ""
        if tok.lower_ == "den" and nxt == "som":
            found.append((tok, True))
            continue
        if tok.lower_ == "var" and nxt == "och" and i + 2 < len(toks) and toks[i + 2].lower_ == "en":
            found.append((tok, True))
            continue
        base = base_in(tok, nouns)
        if base is None or (tok.text[:1].isupper() and i > 0):
            continue
        window = toks[max(0, i - 3):i][::-1]
        has_det = False
        for j, back in enumerate(window):
            det = back.lower_
            if det in dets:
                has_det = True
                before = toks[max(0, i - j - 3):i - j - 1]
                if not any(t.lower_ in PREDICATIVE for t in before):
                    found.append((tok, det in STRONG_DETERMINERS))
                break
            if back.pos_ in ("NOUN", "VERB", "ADP") or det in ("och", "eller", "som"):
                break
        if not has_det and _definite_singular(tok, base) and not any(t.lower_ in PREDICATIVE for t in window):
            found.append((tok, False))
    return found


def _pair_alternative(toks: list[Token], i: int) -> bool:
    """True for 'han eller hon' / 'hon eller han' (an accepted alternative)."""
    around = [t.lower_ for t in toks[max(0, i - 2):i + 3]]
    return "eller" in around and {"han", "hon"} <= set(around) or "hen" in around


@REGISTRY.rule(
    "generic_pronoun",
    category="inclusive_language",
    severity="warning",
    description="Han eller hon som syftar på en obestämd person (en elev, varje sökande, den som).",
    source=f"{SKRIVREGLER} §8.1.1; Isof Klarspråkshjälpen, Använd inkluderande språk",
    examples=Examples(
        flag=(
            "Om en elev är sjuk ska han stanna hemma.",
            "Varje sökande ska bifoga sitt betyg. Hon ska också skicka ett personbevis.",
            "Den som vill ansöka måste skicka in sina papper innan han börjar.",
        ),
        ok=(
            "Anna är sjuk i dag. Hon stannar hemma.",
            "Om en elev är sjuk ska eleven stanna hemma.",
            "Om en elev är sjuk ska hen stanna hemma.",
            "Om en elev är sjuk ska han eller hon stanna hemma.",
        ),
    ),
)
def generic_pronoun(ctx: Context) -> Iterator[Finding]:
    """Han/hon (and their forms) whose antecedent is a generic person in the same or previous unit."""
    pronouns = words("generic_pronouns")
    cues = words("generic_cues")
    source = word_lists()["generic_pronouns"].source
    lower = ctx.tokens.lower
    for n, unit in enumerate(ctx.units):
        if not any(lower[i] in pronouns for i in range(unit.span.start, unit.span.end)):
            continue
        toks = _unit_words(ctx, unit.span)
        for i, tok in enumerate(toks):
            if tok.lower_ not in pronouns or (tok.pos_ and tok.pos_ not in ("PRON", "DET")):
                continue
            if _pair_alternative(toks, i) or _in_quotes(ctx, tok.idx, tok.idx + len(tok)):
                continue
            scope = [u.span for u in ctx.units[max(0, n - 1):n + 1]]
            candidates = [(a, strong, s) for s in scope for a, strong in _antecedents(ctx, s) if a.i < tok.i]
            if not candidates:
                continue
            ante, strong, ante_span = candidates[-1]
            between = ctx.doc[ante.i + 1:tok.i]
            if any(is_proper_name(t) for t in between if not t.is_sent_start):
                continue
            if not strong:
                cue_words = {t.lower_ for t in _unit_words(ctx, ante_span)} | {t.lower_ for t in toks}
                if not cue_words & cues or _has_past(unit.span):
                    continue
            yield ctx.finding(
                tok.idx,
                tok.idx + len(tok.text),
                f"Pronomenet ”{tok.text}” syftar på en person vars kön inte är känt (”{ante.text}”). "
                "Ett könsbundet pronomen gör ett kön till norm.",
                ["hen", "skriv i plural (de)", f"upprepa ordet ({ante.text})", "skriv om meningen utan pronomen",
                 "han eller hon"],
                ground="sex",
                source=source,
            )
            break


# --- unnecessary_marking ---------------------------------------------------------------------


@lru_cache(maxsize=65536)
def _marking_word(keys: tuple[str, ...]) -> tuple[str, str] | None:
    """The marking word (kvinnlig, somalisk …) a token with these keys is a form of, and its ground."""
    for list_id in ("marking_sex", "marking_ethnicity", "marking_religion"):
        found = base_of(keys, words(list_id))
        if found:
            return found, word_lists()[list_id].ground or "sex"
    return None


@REGISTRY.rule(
    "unnecessary_marking",
    category="inclusive_language",
    severity="warning",
    description="Kön, etnicitet eller religion angivet utan att det är relevant (en kvinnlig läkare, "
                "en somalisk gärningsperson).",
    source=f"{SKRIVREGLER} §1.2.6 och §8.1.2",
    examples=Examples(
        flag=(
            "Vi har anställt en kvinnlig läkare.",
            "En manlig förskollärare började i augusti.",
            "En somalisk gärningsperson greps i natt.",
        ),
        ok=(
            "Andelen kvinnliga chefer ökade till 40 procent.",
            "Hon blev den första kvinnliga biskopen.",
            "Du kan begära en kvinnlig läkare.",
            "Vi har anställt en läkare.",
        ),
    ),
)
def unnecessary_marking(ctx: Context) -> Iterator[Finding]:
    """An adjective of gender, ethnicity or religion right before a role or person noun.

    Not flagged where the marking is likely relevant: statistics, comparison or
    "the first" words in the sentence, two marking words of the same ground
    (manliga och kvinnliga), a sentence about gender (kvinnor, män), or, for
    origin and religion, a document about the group or about a state
    (antisemitism, diskriminering, minister).
    """
    heads = words("marking_heads")
    relevant = words("marking_relevant")
    topic = words("marking_topic")
    keys, text = ctx.tokens.keys, ctx.tokens.text
    topical = any(base_of(keys[i], topic) for i in range(len(text)) if text[i].isalpha())
    for unit in ctx.units:
        indices = _word_indices(ctx, unit.span)
        if any(base_of(keys[i], relevant) for i in indices):
            continue
        marks = [_marking_word(keys[i]) for i in indices]
        if not any(marks[:-1]):
            continue
        per_ground = Counter(m[1] for m in marks if m)
        sex_topic = any(base_of(keys[i], SEX_NOUNS) for i in indices)
        for n, marked in enumerate(marks[:-1]):
            if marked is None:
                continue
            word, ground = marked
            if per_ground[ground] > 1 or (ground == "sex" and sex_topic) or (ground != "sex" and topical):
                continue
            tok, nxt = ctx.doc[indices[n]], ctx.doc[indices[n + 1]]
            head = head_in(nxt, heads)
            if head is None or (ground == "sex" and head in SEX_NOUNS):
                continue
            if nxt.pos_ in FUNCTION_POS:
                continue  # the heads are all nouns: not "man" the pronoun; a rare compound mistagged VERB still counts
            if tok.text[:1].isupper() and not tok.is_sent_start:
                continue
            start, end = tok.idx, nxt.idx + len(nxt.text)
            if _in_quotes(ctx, start, end):
                continue
            what = {"sex": "Kön", "ethnicity": "Ursprung", "religion": "Religion"}[ground]
            yield ctx.finding(
                start,
                end,
                f"{what} anges i ”{ctx.text[start:end]}” utan att det verkar relevant. "
                "Det antyder att personen är ett undantag eller kopplar gruppen till saken.",
                [f"stryk ”{tok.text}”: {nxt.text}", "ange det bara när det är sakligt relevant"],
                ground=ground,
                source=word_lists()[f"marking_{ground}"].source,
            )


# --- suffering_from --------------------------------------------------------------------------


@REGISTRY.rule(
    "suffering_from",
    category="inclusive_language",
    severity="warning",
    description="”Lider av” eller ”drabbad av” före en diagnos eller funktionsnedsättning.",
    source="KS, Prinsipper for inkluderende språk (norsk); umedia-education.org (engelsk)",
    examples=Examples(
        flag=(
            "Många som lider av autism behöver stöd i skolan.",
            "Hon drabbades av demens för fem år sedan.",
            "Han lider av en intellektuell funktionsnedsättning.",
        ),
        ok=(
            "Förskolan lider av platsbrist.",
            "Verksamheten har drabbats av personalbrist.",
            "Många personer med autism behöver stöd i skolan.",
        ),
    ),
)
def suffering_from(ctx: Context) -> Iterator[Finding]:
    """A suffering verb, ``av`` and, within four words, a diagnosis from the lists."""
    verbs = words("suffering_verbs")
    lists = [word_lists()["diagnoses_disability"], word_lists()["diagnoses_transgender"]]
    keys, lower = ctx.tokens.keys, ctx.tokens.lower
    for unit in ctx.units:
        indices = _word_indices(ctx, unit.span)
        for n, i in enumerate(indices[:-2]):
            if lower[indices[n + 1]] != "av" or base_of(keys[i], verbs) is None:
                continue
            tok = ctx.doc[i]
            for cand in (ctx.doc[j] for j in indices[n + 2:n + 6]):
                hit = next((wl for wl in lists if head_in(cand, wl.words)), None)
                if hit is not None:
                    start, end = tok.idx, cand.idx + len(cand.text)
                    if _in_quotes(ctx, start, end):
                        break
                    verb = ctx.text[tok.idx:ctx.tokens.idx[indices[n + 1]] + 2]
                    yield ctx.finding(
                        start,
                        end,
                        f"”{verb}” förutsätter att personen lider eller är ett offer. "
                        "En diagnos eller funktionsnedsättning är något man har.",
                        ["har", "lever med", "har diagnosen", "fick (om det är nytt)"],
                        ground=hit.ground,
                        source=f"{hit.source}",
                    )
                    break
                if cand.pos_ == "VERB" or cand.lower_ in ("och", "men", "eller", "som"):
                    break


# --- lexicon-backed pattern rules ------------------------------------------------------------


@REGISTRY.rule(
    "gendered_title",
    category="inclusive_language",
    severity="warning",
    description="Könsbundna yrkes- och funktionstitlar där en neutral titel är etablerad (förman → "
                "arbetsledare); inte brandman och aldrig myndighetsnamn.",
    source=f"{SKRIVREGLER} §8.1.2; Isof Frågelådan svar 26282",
    examples=Examples(
        flag=(
            "Kontakta din förman.",
            "Talesmannen för regionen svarade.",
            "Riksdagsmännen röstade nej.",
        ),
        ok=(
            "Anmäl till Diskrimineringsombudsmannen.",
            "Brandmannen släckte branden.",
            "Kontakta din arbetsledare.",
        ),
    ),
)
def gendered_title(ctx: Context) -> Iterator[Finding]:
    """Lexicon entries of the sex ground that are gendered titles."""
    for match in lexicon_matches(ctx):
        if match.entry.rule == "gendered_title":
            yield match_finding(ctx, match)


@REGISTRY.rule(
    "age_stereotype",
    category="inclusive_language",
    severity="warning",
    description="Stereotyper om ålder: pigg för sin ålder, ung och hungrig i en platsannons, åldringar "
                "som etikett, äldrevåg.",
    source="Lunds universitet, Sex skrivtips för att motverka ålderism; Forte; Centre for Ageing Better",
    examples=Examples(
        flag=(
            "Hon är pigg för sin ålder.",
            "Vi söker dig som är ung och hungrig.",
            "Åldringarna på boendet fick besök.",
        ),
        ok=(
            "Hon är 85 år och tränar varje dag.",
            "Vi söker dig som är nyfiken och driven.",
            "De äldre på boendet fick besök.",
        ),
    ),
)
def age_stereotype(ctx: Context) -> Iterator[Finding]:
    """Lexicon entries of the age ground that are stereotypes."""
    for match in lexicon_matches(ctx):
        if match.entry.rule == "age_stereotype":
            yield match_finding(ctx, match)
