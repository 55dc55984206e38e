"""Job ads: gender-coded words and age as a requirement (``job_ad_*``), each reported once per ad.

One coded word is no problem; a pattern is. In a job ad (:func:`klarsprak.sender.genre.is_job_ad`: a call
to apply and two of the ``job_ad_cues`` in ``lexicons/inclusive/patterns.yaml``), ``job_ad_gender_coding`` counts the
masculine- and feminine-coded words of ``lexicons/inclusive/job_ad_gender.yaml`` (stems with a
high false-alarm risk left out) and reports the ad when one kind clearly dominates.
``job_ad_age_coding`` reports, once per text, every inclusive entry whose ``rule`` is
``job_ad_age_coding`` (ung och hungrig, "för dig som är 20–30 år": one is enough), together
with the age-coded words of ``lexicons/inclusive/job_ad_age.yaml`` when an ad has two or more
that point the same way (ungdomlig, nyexaminerad / mogen, stadgad).
"""

from __future__ import annotations

from functools import cache
from typing import Iterator

from ..doc import Analysis
from ..findings import Finding, Severity
from ..lexicon.inclusive import Conditions, Entry, Lexicon
from ..lexicon.loader import lexicon_file
from ..lexicon.matcher import Matcher
from ..lexicon.wordlists import words
from ..sender import genre
from .base import FINDERS, REGISTRY, Context, Examples

#: Distinct words of one kind a pattern needs, and how many times more than of the other kind.
MIN_GENDER_CODED = 3
DOMINANCE = 2
MIN_AGE_CODED = 2
#: Stems of this false-alarm risk are not counted.
SKIPPED_RISK = "high"
GENDER = lexicon_file("inclusive", "job_ad_gender.yaml")
AGE = lexicon_file("inclusive", "job_ad_age.yaml")


#: The discrimination ground of each coding.
GROUND = {"feminine": "sex", "masculine": "sex", "young": "age", "old": "age"}


@cache
def coded(name: str) -> tuple[Matcher, dict[str, str]]:
    """The lexicon engine's matcher over ``lexicons/inclusive/<name>`` (a stem matches every word that
    begins with it, a phrase its words as base forms, with adjectives or adverbs between), and each
    entry's coding by id; stems with a high false-alarm risk are left out."""
    loaded = lexicon_file("inclusive", name)
    entries, codings = [], {}
    for e in loaded.entries:
        if e.get("risk") == SKIPPED_RISK:
            continue
        codings[e["id"]] = e["coding"]
        stem = (e.get("stem") or "").lower()
        entries.append(Entry(
            id=e["id"], ground=GROUND[e["coding"]], kind="stereotyping", severity=Severity.INFO,
            why=e.get("note", ""), suggestions=(), source=loaded.source_text(e),
            lemmas=(stem,) if stem else (), phrases=() if stem else (tuple(e["phrase"].lower().split()),),
            conditions=Conditions(compound="stem" if stem else "none",
                                  exclude=tuple(x.lower() for x in e.get("exclude", ()))),
            rule="job_ad_age_coding" if GROUND[e["coding"]] == "age" else "job_ad_gender_coding",
            origin=str(loaded.path)))
    return Matcher(Lexicon(tuple(entries))), codings


def coded_words(ctx: Context, name: str) -> dict[str, dict[str, tuple[int, int]]]:
    """coding → {the words found (lower case): their first character span} for one job-ad list."""
    matcher, codings = coded(name)
    found: dict[str, dict[str, tuple[int, int]]] = {}
    for match in matcher(ctx.analysis):
        words_found = found.setdefault(codings[match.entry.id], {})
        words_found.setdefault(ctx.text[match.start_char:match.end_char].lower(), (match.start_char, match.end_char))
    return found


def is_job_ad(ctx: Context) -> bool:
    """True if the text is a job ad (decided once per text, by the genre that the sender messages use too)."""
    return ctx.analysis.derived(_is_job_ad)


def _is_job_ad(analysis: Analysis) -> bool:
    return genre.is_job_ad(analysis.text)


def _to_applicants(ctx: Context, start: int) -> bool:
    """True if the sentence holding character ``start`` speaks to the reader (a word of ``reader_words``: du,
    dig, ni …) or has a job-ad phrase (``job_ad_cues``: "vi söker", "heltid" …)."""
    n = ctx.sentence_index(start)
    if n is None:
        return False
    span = ctx.units[n].span
    lower = ctx.tokens.lower[span.start:span.end]
    return (any(w in words("reader_words") for w in lower)
            or genre.job_ad_phrases().search(" ".join(w for w in lower if w.strip())) is not None)


@REGISTRY.rule(
    "job_ad_gender_coding",
    category="inclusive_language",
    severity="info",
    description="Platsannonser med många maskulint eller feminint kodade ord (driven, självständig / "
                "omtänksam, lojal); ett ord är inget problem, ett mönster kan avskräcka sökande.",
    source=GENDER.sources["uu_thesis"],
    examples=Examples(
        flag=(
            "Vi söker en självständig och analytisk ledare med stort självförtroende. Du är modig och "
            "ambitiös. Sista ansökningsdag är 1 maj. Anställningsform: tillsvidare.",
        ),
        ok=(
            "Vi söker en självständig sjuksköterska som trivs med samarbete och har empati. "
            "Sista ansökningsdag är 1 maj.",
            "Hon är självständig, modig och ambitiös och har stort självförtroende.",
        ),
    ),
)
def job_ad_gender_coding(ctx: Context) -> Iterator[Finding]:
    """One finding for an ad where one kind of coded word dominates, listing the words."""
    if not is_job_ad(ctx):
        return
    found = coded_words(ctx, "job_ad_gender.yaml")
    for coding, other in (("masculine", "feminine"), ("feminine", "masculine")):
        mine, theirs = found.get(coding, {}), found.get(other, {})
        if len(mine) < MIN_GENDER_CODED or len(mine) < DOMINANCE * len(theirs):
            continue
        start, end = min(mine.values())
        kind, balance = (("maskulint", "samarbete, engagemang, omtanke") if coding == "masculine"
                         else ("feminint", "självständig, analytisk, målinriktad"))
        listed = ", ".join(sorted(mine, key=mine.get))
        yield ctx.finding(
            start,
            end,
            f"Annonsen har {len(mine)} {kind} kodade ord ({listed}) och {len(theirs)} av det andra slaget. "
            "Ett sådant mönster kan få sökande av det andra könet att avstå. Beskriv uppgifterna och "
            f"kraven konkret, och blanda ordvalet (t.ex. {balance}).",
            ["beskriv arbetsuppgifterna och kraven konkret", f"blanda in ord som {balance}"],
            ground="sex",
        )


@REGISTRY.rule(
    "job_ad_age_coding",
    category="inclusive_language",
    severity="warning",
    description="Ålder som krav eller ideal i en platsannons (ung och hungrig, för dig som är 20–30 år, "
                "flera ord som ungdomlig och nyexaminerad), rapporterat en gång per text med alla uttryck.",
    source=AGE.sources["ldo"],
    examples=Examples(
        flag=(
            "Vi söker dig som är ung och hungrig.",
            "Tjänsten passar för dig som är mellan 25 och 35 år. Sista ansökningsdag är 1 maj.",
        ),
        ok=(
            "Vi söker dig som är nyfiken och driven.",
            "Du ska vara minst 18 år och ha körkort. Sista ansökningsdag är 1 maj.",
            "Förskolan har barn mellan 1 och 5 år.",
            "Polisen söker en man i åldern 25–30 år som sågs vid platsen.",
        ),
    ),
)
def job_ad_age_coding(ctx: Context) -> Iterator[Finding]:
    """One finding for a text with an age requirement, or an ad with several age-coded words.

    Outside a job ad, an age phrase or age-coded word counts only in a sentence that speaks to applicants ("vi
    söker en ung och driven säljare", "för dig som är 20–30 år"): "Polisen söker en man i åldern 25–30 år", "han
    var ung och hungrig" and "laget är ett ungt gäng" in news describe someone, and the message speaks of
    applicants."""
    ad = is_job_ad(ctx)

    def counts(span: tuple[int, int]) -> bool:  # an age phrase or coded word of an ad, or one said to applicants
        return ad or _to_applicants(ctx, span[0])

    spans = [span for t in FINDERS["inclusive"](ctx) if t.rule == "job_ad_age_coding"
             for span in ((t.start, t.end), *t.occurrences) if counts(span)]
    if spans or ad:
        for words_found in coded_words(ctx, "job_ad_age.yaml").values():
            if spans or len(words_found) >= MIN_AGE_CODED:
                spans += filter(counts, words_found.values())
    spans = [(s, e) for s, e in set(spans) if not any(o != (s, e) and o[0] <= s and e <= o[1] for o in spans)]
    if not spans:
        return
    spans.sort()
    phrases = list(dict.fromkeys(ctx.text[s:e] for s, e in spans))
    start, end = spans[0]
    yield ctx.finding(
        start,
        end,
        f"Texten ställer ålder som krav eller ideal ({'; '.join(f'”{p}”' for p in phrases)}). Det säger "
        "att äldre (eller yngre) sökande inte är välkomna, och ålder är en diskrimineringsgrund i arbetslivet.",
        ["beskriv egenskaperna och kraven utan ålder (driven, nyfiken, erfaren)", "stryk åldersuppgiften"],
        ground="age",
    )
