"""Inclusive language from the curated lexicons: ``bias_term``, ``gendered_title``, ``age_stereotype``.

The entries live in ``lexicons/inclusive/<ground>.yaml`` (plus the files in
``Config.lexicons``); :mod:`klarsprak.lexicon.matcher` finds them on lemmas,
inflected forms and, where an entry allows it, inside compounds. Each entry's
``rule:`` chooses the rule that reports it (default ``bias_term``), so that each
can be switched off on its own: the three rules here are :class:`TermRule` values
over one finder (``job_ad_age_coding`` in :mod:`.job_ad` gathers its entries per ad).

The inclusive rules declare no ``needs``: they use the model's lemmas, part of
speech and morphology when the pipeline has them and fall back on word endings
otherwise, so they also run on a tokenizer-only pipeline.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Iterator

from ..doc import TokenTable
from ..findings import Severity
from ..lexicon.inflection import cased
from ..lexicon.matcher import Match, is_proper_name, matcher_for
from ..lexicon.morphology import base_of
from ..lexicon.wordlists import word_lists, words
from ._names import about_history, in_statute_title
from .base import REGISTRY, Context, Examples, Term, TermRule, finder
from .once import once_per_entry
from .generic_pronoun import HIM, gendered_person, tells_story
from .inclusive_fit import fit_in_place, is_advice, phrase_for

SKRIVREGLER = "Myndigheternas skrivregler 8 uppl. (Språkrådet 2014)"


#: What a soft finding adds to its message, by the context that makes it soft.
SOFT = {
    "title": " Här står ordet i en författnings namn: citera namnet som det är, men skriv inte så i din egen text.",
    "history": " Meningen handlar om historia: skriv ordet inom citattecken om det behövs för att "
               "återge hur man skrev då.",
    "quote": " Ordet står i ett citat: återge det som det sades, men skriv inte så i din egen text.",
    "person": " Här gäller titeln en bestämd person: använd den titel personen själv använder, annars den "
              "neutrala.",
}
#: Words that may stand between a person word and the name it is the title of ("affärsmannen och
#: ärkerivalen Jakob …"): nouns, adjectives and "och".
TITLE_GAP = 3
#: Endings of a separate women's form of a title (lärarinna, frisörska): it marks sex needlessly even before
#: the name of the woman who holds it ("författarinnan Frances …"), unlike "affärsmannen Jakob …".
WOMENS_FORMS = ("inna", "ska", "essa", "kvinna", "ris", "ös")
#: Endings a compound's last part may carry (invandrarutredningen, handikappförbundets).
NAME_ENDINGS = ("", "en", "et", "n", "t", "s", "ens", "ets", "ns", "ts")
#: How many words may stand between a matched word and the abbreviation that shows it is part of a name.
NAME_WORDS = 4
#: How many sentences, the title's own included, a "han" may stand in to show a story is about one man.
STORY_UNITS = 3


def term_for(ctx: Context, match: Match) -> Term | None:
    """The term for one lexicon match: the entry's why, its first suggestion in the form the sentence needs
    (or as advice), ground, severity and source; None for a word in a name.

    In a statute title, a quotation or a sentence about history the finding is ``info``, and says why; an
    entry that is ``info`` already is not reported there (blind dev verdicts, stop 23: "ämbetsmän" of 1867,
    "gärningsmännen" in a prosecutor's words), nor is a gendered title in history ("riksdagsmännen" of the
    1500s). A name of an organisation, commission or benefit is not reported at all (:func:`in_name`): it
    cannot be rewritten; nor is a title followed by the name of the person who holds it
    (:func:`titles_a_name`: "affärsmannen Jakob …", "tant Edla").
    """
    entry = match.entry
    if entry.kind != "slur" and (in_name(ctx.tokens, match) or _modifies_noun(ctx.tokens, match)
                                 or titles_a_name(ctx, match)):
        return None
    text = ctx.text[match.start_char:match.end_char]
    what = "Uttrycket" if match.end - match.start > 1 else "Ordet"
    message = f"{what} ”{text}”: {entry.why}"
    soft = _soft_context(ctx, match) if entry.kind != "slur" else None
    if soft == "history" and entry.kind == "misleading":
        soft = None  # "upptäckten av Amerika" misleads about any period: history is its usual place
    if soft and (entry.severity == Severity.INFO or (soft == "history" and entry.rule == "gendered_title")):
        return None  # already a remark to consider; a title of the past names who held it then
    severity = Severity.INFO if soft else entry.severity
    # an info finding is something to consider, a warning something to change
    write, rewrite = ("Överväg", "Överväg att skriva om") if severity == Severity.INFO else ("Skriv hellre",
                                                                                           "Skriv om")
    suggestions, replaces = entry.suggestions, False
    if entry.suggestions:
        first = entry.suggestions[0]
        fit = fit_in_place(ctx.tokens, match, first)
        noun_first = None if fit is not None else phrase_for(ctx.tokens, match, first)
        if fit is not None:
            fit = cased(fit, text)
            message += f" {write} ”{fit}”."
            suggestions, replaces = (fit, *entry.suggestions[1:]), True
        elif noun_first is not None:
            phrase, instead = noun_first
            message += f" {write} ”{phrase}” i stället för ”{instead}”."
            suggestions = (phrase, *entry.suggestions[1:])
        elif is_advice(first):
            message += f" {first[:1].upper()}{first[1:]}."
        elif " " not in first and match.end - match.start == 1 and match.how in ("lemma", "form"):
            message += f" {write} ”{first}” i den form som passar."
        else:
            message += f" {rewrite}, till exempel med ”{first}”."
    if soft:
        message += SOFT[soft]
    return Term(entry.rule, match.start_char, match.end_char, message, suggestions,
                ground=entry.ground, severity=severity, source=entry.source, replaces=replaces)


def _modifies_noun(tokens: TokenTable, match: Match) -> bool:
    """True for a group phrase ("de gamla") that is the start of a noun phrase about something else: another
    adjective, a number or a cut compound follows ("de gamla rika fångstplatserna", "de gamla två- och
    femkronorsmynten", "de gamla vanliga" with its noun left out). The matcher already skips one noun."""
    if match.how != "phrase" or tokens.pos[match.start] != "DET" or tokens.pos[match.end - 1] != "ADJ":
        return False
    after = tokens.next_word(match.end - 1)
    return after < len(tokens) and (tokens.pos[after] in ("ADJ", "NUM", "NOUN", "PROPN")
                                     or tokens.text[after].endswith("-"))


def in_name(tokens: TokenTable, match: Match) -> bool:
    """True if the match is part of a name: a compound whose last part names an institution
    (invandrarutredningen, handikappförbundet: ``name_heads`` in lexicons/inclusive/patterns.yaml), words
    followed by a word that only names institutions (``name_heads_after``: "De handikappades riksförbund", but
    not "de handikappades förening"), or a name that a few words later gives its
    abbreviation in parentheses ("bostadstillägg för handikappade (Kbh)", "handikappades riksförbund (DHR)")."""
    def institution(k: int, heads: frozenset[str]) -> bool:
        return any(key.endswith(head + ending) for key in tokens.keys[k] for head in heads for ending in NAME_ENDINGS)

    if match.how in ("modifier", "stem") and institution(match.start, words("name_heads")):
        return True
    j = tokens.next_word(match.end - 1)
    if j < len(tokens) and tokens.pos[j] == "NOUN" and institution(j, words("name_heads_after")):
        return True
    for _ in range(NAME_WORDS + 1):
        if j >= len(tokens) or tokens.text[j] == "(":
            break
        if tokens.is_punct[j] or tokens.pos[j] in ("VERB", "AUX") or "\n" in tokens.text[j]:
            return False
        j = tokens.next_word(j)
    if j >= len(tokens) or tokens.text[j] != "(":
        return False
    k = tokens.next_word(j)
    close = tokens.next_word(k)
    abbreviation = tokens.text[k] if k < len(tokens) else ""
    return (close < len(tokens) and tokens.text[close] == ")" and abbreviation.isalpha()
            and abbreviation[0].isupper() and 2 <= len(abbreviation) <= 8
            and (len(abbreviation) <= 4 or not abbreviation[1:].islower()))


def titles_a_name(ctx: Context, match: Match) -> bool:
    """True if a person's name follows the matched word within its noun phrase: the word is the title of one
    known person ("den skumme affärsmannen och ärkerivalen Jakob Morgan …", "tant Edla"), whose own gender
    it may name; never a women's form (:data:`WOMENS_FORMS`)."""
    tokens = ctx.tokens
    if (match.end - match.start != 1 or tokens.pos[match.start] not in ("NOUN", "PROPN")
            or any(lemma.endswith(WOMENS_FORMS) for lemma in match.entry.lemmas)):
        return False
    j = tokens.next_word(match.start)
    for _ in range(TITLE_GAP + 1):
        if j >= len(tokens) or any("\n" in tokens.text[k] for k in range(match.start + 1, j)):
            return False
        if is_proper_name(ctx.analysis, j):
            return tokens.lower[tokens.prev_word(j)] != "och"  # "talesman och Ángel Pintado": another person
        if tokens.pos[j] not in ("NOUN", "ADJ") and tokens.lower[j] != "och":
            return False
        j = tokens.next_word(j)
    return False


def _said_of_a_person(ctx: Context, i: int, womens_form: bool) -> bool:
    """True if token ``i`` is a predicative ("X är talesman", "X blev polisman", "X agerar som talesman")
    whose subject is a proper name, han/hon or a word that names the person's sex ("min bror är polisman",
    "hustrurna är värdinnor": the women's form of actual women, a blind judge's "wrong", stop 25), or a
    title in a story about one man (:func:`_story_about_a_man`). A women's form counts only after a word
    that names the sex: before a name it still marks sex needlessly."""
    token = ctx.doc[i]
    if token.dep_ == "xcomp":
        holder = token.head
    elif token.dep_ == "ROOT" and any(c.dep_ == "cop" for c in token.children):
        holder = token
    else:
        return not womens_form and _story_about_a_man(ctx, i)
    return any(c.dep_ == "nsubj" and (not womens_form and (c.pos_ == "PROPN" or c.lower_ in ("han", "hon"))
                                      or gendered_person(c))
               for c in holder.children)


def _story_about_a_man(ctx: Context, i: int) -> bool:
    """True if the singular title at token ``i`` stands in a story (verbs in the past or supine) and "han",
    "hans" or "honom" follows in its sentence or the next two: the title of one man the story is about."""
    token = ctx.doc[i]
    n = ctx.analysis.unit_index(token.idx)
    plural = "Plur" in token.morph.get("Number") or "män" in token.lower_  # riksdagsmännen, whatever the tag
    if n is None or plural or not tells_story(ctx.units[n].span):
        return False
    after = [t for u in ctx.units[n:n + STORY_UNITS] for t in u.span if t.i > i]
    return any(t.lower_ in HIM for t in after)


def _soft_context(ctx: Context, match: Match) -> str | None:
    """Why the match stands where its word may stay: "title" (a statute's name), "quote" (someone's words: a
    quotation or speech opened by a dash, as news and press releases quote, see :mod:`klarsprak.doc.passages`),
    "person" (a gendered title said of a named person: "Durán agerar som talesman", a blind judge's
    "debatable", stop 24; a women's form only of people a word names as women) or "history" (a year before
    1980 in the sentence); None in the writer's own text of today."""
    if in_statute_title(ctx.tokens, match.start):
        return "title"
    n = ctx.sentence_index(match.start_char)
    unit = ctx.units[n].span if n is not None and ctx.units else None
    if ctx.borrowed(match.start_char, match.end_char) == "citat":
        return "quote"
    if match.entry.rule == "gendered_title" and match.end - match.start == 1 and _said_of_a_person(
            ctx, match.start, any(lemma.endswith(WOMENS_FORMS) for lemma in match.entry.lemmas)):
        return "person"
    if unit is not None and about_history(ctx.tokens, unit.start, unit.end):
        return "history"
    return None


def wife_of_a_named_man(ctx: Context) -> Iterator[Term]:
    """A woman named only as a named man's wife: a proper name, "och", "hans/sin" and a ``wife_words`` word,
    and no name right after ("Mark Zuckerberg och hans fru", but not "hans fru Priscilla Chan", "hans fru,
    Alice", nor "en man och hans fru", where neither has a name). Only the pair presented together: a wife
    mentioned on her own in a story ("besökte Nantucket med sin hustru", LinES novels) is left alone."""
    tokens, wives = ctx.tokens, words("wife_words")
    for i in range(len(tokens)):
        j = tokens.next_word(i)
        if tokens.lower[i] not in ("hans", "sin") or j >= len(tokens) or not base_of(tokens.keys[j], wives):
            continue
        after = tokens.next_word(j)
        if after < len(tokens) and tokens.text[after] == ",":
            after = tokens.next_word(after)
        unit = ctx.analysis.unit_of(i)
        start, end = tokens.idx[i], tokens.end[j]
        # someone else's words, as for the lexicon entries: inside quotation marks, or a quotation or dash speech
        if ((after < len(tokens) and is_proper_name(ctx.analysis, after)) or unit is None
                or ctx.in_quotes(start, end) or ctx.borrowed(start, end) == "citat"):
            continue
        named = tokens.prev_word(tokens.prev_word(i))  # "Mark Zuckerberg och hans fru": the pair, he named
        if tokens.lower[tokens.prev_word(i)] == "och" and named >= unit.span.start and is_proper_name(ctx.analysis,
                                                                                                   named):
            yield Term("bias_term", start, end,
                       f"Uttrycket ”{ctx.text[start:end]}”: Kvinnan nämns bara som mannens fru, medan han har ett "
                       "namn. Skriv hennes namn om det är känt.",
                       ("hennes namn", "beskriv henne som du beskriver honom"), ground="sex", severity=Severity.INFO,
                       source=word_lists()["wife_words"].source)


@finder("inclusive")
def inclusive_terms(ctx: Context) -> Iterator[Term]:
    """Every entry of the inclusive lexicons (shipped and configured) found in the document, once per entry.

    A consultant marks a word once and asks for the change throughout ("sjömän" three times in one text is
    one remark, not three: blind dev verdicts, stop 22): :func:`.once.once_per_entry` chooses the place shown
    (the highest severity; of those, the first whose suggestion fits as it stands), the entry's other places
    are its ``occurrences``, and the message says how many.
    """
    matcher = matcher_for(tuple(str(p) for p in ctx.config.lexicons))
    by_entry: dict[str, list[Term]] = {}
    for match in matcher(ctx.analysis):
        term = term_for(ctx, match)
        if term is not None:
            by_entry.setdefault(match.entry.id, []).append(replace(term, key=match.entry.id))
    for term in wife_of_a_named_man(ctx):
        by_entry.setdefault("wife_words", []).append(replace(term, key="wife_words"))
    yield from once_per_entry(by_entry.values(), ctx.text)


REGISTRY.terms(TermRule(
    "bias_term",
    category="inclusive_language",
    severity="warning",
    description="Ord och uttryck som kan kränka, peka ut eller befästa fördomar, enligt de kurerade "
                "listorna för de sju diskrimineringsgrunderna (lexicons/inclusive/).",
    finds="inclusive",
    source="lexicons/inclusive/*.yaml (källa anges per post)",
    # "lider av ett handikapp": the entry says both what is wrong with the word and the verb; a long compound
    # ("invandrarungdomarna") is one problem with one rewrite, so long_word does not report it as well
    overrides=("suffering_from", "long_word"),
    examples=Examples(
        flag=(
            "Föreningen för handikappade träffas i kväll.",
            "Zigenarens häst stod i stallet.",
            "Toaletten är en handikapptoalett.",
            "Många dövstumma gick i skolan.",
            "Hon bakade negerbollar.",
        ),
        ok=(
            "Skriv ditt nummer på en papperslapp.",
            "Samerna och romerna är nationella minoriteter.",
            "Hen köpte en flaska rom i Rom.",
            "Lägg handflatan mot bordet och gör ett lappkast.",
            "Vi åkte till Käringön vid horisonten.",
            "Provet var negativt.",
        ),
    ),
))

REGISTRY.terms(TermRule(
    "gendered_title",
    category="inclusive_language",
    severity="warning",
    description="Könsbundna yrkes- och funktionstitlar där en neutral titel är etablerad (förman → "
                "arbetsledare); inte brandman och aldrig myndighetsnamn.",
    finds="inclusive",
    source=f"{SKRIVREGLER} §8.1.2; Isof Frågelådan svar 26282",
    overrides=("long_word",),  # "barnboksförfattarinnan": the neutral title is the rewrite; one finding
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
            "Vi har träffat ämbetsmannen och hans fru. Han hade haft ont i magen.",
            "Hustrurna är värdinnor i stora hem.",
        ),
    ),
))

REGISTRY.terms(TermRule(
    "age_stereotype",
    category="inclusive_language",
    severity="warning",
    description="Stereotyper om ålder: pigg för sin ålder, trots sina 85 år, åldringar som etikett, "
                "äldrevåg (ålder i platsannonser: job_ad_age_coding).",
    finds="inclusive",
    source="Lunds universitet, Sex skrivtips för att motverka ålderism; Forte; Centre for Ageing Better",
    examples=Examples(
        flag=(
            "Hon är pigg för sin ålder.",
            "Trots sina 85 år går han till gymmet.",
            "Åldringarna på boendet fick besök.",
        ),
        ok=(
            "Hon är 85 år och tränar varje dag.",
            "Vi söker dig som är nyfiken och driven.",
            "De äldre på boendet fick besök.",
        ),
    ),
))
