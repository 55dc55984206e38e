"""``abbreviation``: abbreviations readers find hard, and acronyms that are never explained.

Abbreviations come from ``lexicons/abbreviations.yaml``: those marked ``common`` pass (ca, kl., nr), except the
ones marked ``write_out`` (t.ex., bl.a., dvs.), which klarspråk guidance asks to write out in running text: a soft
finding once per text, not in headings or tables, nor in a private person's text (a blog post: blind judges called
all three such findings debatable there, and 22 of 22 correct in public-sector text, textbooks and debates). The
others (fr.o.m., enl., dnr, resp.) are reported once per text, with how often they are used, unless the text
explains them: "diarienummer (dnr)", "dnr (diarienummer)", "biståndshandläggare, BiH,", "LSS står för …",
"Statens digitala arkiv eller SDA". An explanation further down does not help the reader who meets the form first: such a form is reported at its first use in running text,
with a message that says so (also where a noun before it said what it is: "kontot RA"). Short words made from a
name (sfi, komvux, SOU: ``explain`` in the lexicon) are explained with that name. After a
number a reference abbreviation needs no explanation (2 kap., bil. 3), nor does one in a literature
reference (Sveri m.fl., kap. 1; Nelson, kap. Fängelset), and a full stop that ends a
sentence is not part of an abbreviation ("… en ny bil." is not *bil.* for bilaga). An abbreviation
with several readings (t.v.: tills vidare or till vänster) gets advice to write out what is meant,
never one reading as a replacement.

Acronyms that are not common ones in the lexicon are reported the same way: two to six
capitals (LSS), capitals with one small letter inside (SoHO, BiH), alone, joined by hyphens into one
name (CIDOC-CRM) or first in a compound (ATP-poäng, LO-SAF-uppgörelsen); a long form may also follow
("SNV, Statens naturvårdsverk").
Ordinary words in capitals (SISTA DAG, VIKTIGT) are not acronyms: the text writes them in lower
case elsewhere, or wordfreq's Swedish list knows them well; nor are two capitals in running text that spell one
of the commonest Swedish words, stressed (Det ÄR bra, NU eller aldrig: :func:`emphasised_word`). Nor is an acronym
that the text uses in a name of several words (UN Women, Sjätte AP-fonden, Windows NT), one in an English sentence or paragraph
(:meth:`~klarsprak.doc.passages.Passages.english`, the decision the other word rules use), a statute
series cited with its number (SKOLFS 2020:93), or one Swedish text uses so often that readers know it
(SCB, SMHI: :func:`~.acronym_forms.well_known`).
Acronyms are an info finding: many are names the reader knows; switch them off with the
option ``acronyms = false``. Every finding lists the other places of its abbreviation in
``Finding.occurrences``.
"""

from __future__ import annotations

from functools import cache
from typing import Any, Iterator

from spacy.tokens import Doc, Token

from ..doc import TokenTable
from ..doc.passages import passages
from ..frequency import zipf
from ..sender.genre import OFFICIAL
from ..lexicon import abbreviations
from ..lexicon.abbreviations import ambiguous, expansions, readings, replacement
from ._abbreviation_defined import HYPHENATED, defines, in_parentheses, long_form_before, named_before
from ._names import in_statute_title
from .acronym_forms import IN_COMPOUND, ROMAN, acronyms_in, by_initial, long_form, ordinary_word, stressed_word,\
    well_known
from .base import REGISTRY, Context, Examples, Term, TermRule, finder
from .long_word import NOT_RUNNING_TEXT

MAX_TOKENS = 5
#: What may stand between a sentence's last full stop and the next sentence.
QUOTES_AND_DASHES = frozenset({"-", "–", "—", "”", '"', "'", "’", "»"})
#: How common (Zipf, wordfreq's Swedish list) two capitals standing alone must be as a word to be that word written
#: for emphasis (är 7.5, nu 6.6, ut 6.4, ja 6.1), not an acronym (eu 5.2, ok 5.3, sd 5.4, it 5.1).
EMPHASIS_ZIPF = 5.8
#: The parts of speech an acronym's long form is made of (Försvarets materielverk, gemensamma jordbrukspolitiken).
LONG_FORM_POS = frozenset({"NOUN", "PROPN", "ADJ"})


@cache
def _prefixes() -> frozenset[str]:
    """Every prefix of the lexicon's written forms (lower case)."""
    return frozenset(form[:k] for form in abbreviations().by_form for k in range(1, len(form) + 1))


def find_abbreviations(doc: Doc, tokens: TokenTable | None = None) -> Iterator[tuple[dict[str, Any], int, int]]:
    """Every lexicon abbreviation in ``doc`` as (entry, first token, end token).

    ``tokens`` is the Doc's :class:`TokenTable`, if the caller has one.
    """
    tokens = tokens if tokens is not None else TokenTable(doc)
    by_form, prefixes = abbreviations().by_form, _prefixes()
    doc_text, lower, is_space, idx, end = tokens.doc_text, tokens.lower, tokens.is_space, tokens.idx, tokens.end
    i = 0
    while i < len(lower):
        # a span's text starts with its first token's, so most tokens are ruled out at once
        if is_space[i] or lower[i] not in prefixes:
            i += 1
            continue
        for n in range(min(MAX_TOKENS, len(lower) - i), 0, -1):
            if is_space[i + n - 1]:
                continue
            text = doc_text[idx[i]:end[i + n - 1]]
            entry = by_form.get(text.lower())
            if entry is not None and _case_ok(text, doc[i]):
                yield entry, i, i + n
                i += n
                break
        else:
            i += 1


def _case_ok(text: str, first: Token) -> bool:
    """Lower case as listed; capitalised only at the start of a sentence."""
    if text == text.lower():
        return True
    return text[:1].isupper() and text[1:] == text[1:].lower() and first.is_sent_start is not False


def _acronyms(ctx: Context, known: set[str]) -> Iterator[tuple[str, int, int, bool]]:
    """Acronyms (two to six capitals, or capitals with one small letter inside, alone or first in a
    compound) outside headings in capitals and English sentences: (acronym, token index, offset in
    the token, whether it stands in a name of several words)."""
    text = ctx.tokens.text
    for unit in ctx.units:
        span = unit.span
        # every acronym starts with a capital and has a second one among its first three letters
        found = [(i, acronym, offset) for i in range(span.start, span.end)
                 if text[i][:1].isupper() and any(c.isupper() for c in text[i][1:3])
                 for acronym, offset in acronyms_in(text[i])]
        if not found:
            continue
        letters = [c for c in ctx.text[span.start_char:span.end_char] if c.isalpha()]
        if letters and all(c.isupper() for c in letters):
            continue  # a heading in capitals
        if ctx.analysis.derived(passages).english(span.start_char, span.end_char):
            continue  # advice for Swedish text (a quoted English speech: "US trade", "AI critical")
        for i, acronym, offset in found:
            if not ROMAN.match(acronym) and acronym.lower() not in known:
                yield acronym, i, offset, _in_name(ctx.tokens, i)


def emphasised_word(acronym: str) -> bool:
    """True if two capitals spell one of the commonest Swedish words (:data:`EMPHASIS_ZIPF`): alone in running text
    ("Det ÄR bra") that word stressed; longer ones are :func:`~.acronym_forms.ordinary_word`'s."""
    return len(acronym) == 2 and acronym.isupper() and zipf(acronym.lower()) >= EMPHASIS_ZIPF


def _in_name(tokens: TokenTable, i: int) -> bool:
    """True if the acronym at token ``i`` is part of a name of several words: after a capitalised word
    inside its sentence that is not a genitive (Sjätte AP-fonden, Windows NT; not Sveriges EEC-ambassad)
    nor a compound capitalised only by its own acronym (XML-standarden XSD), next to another acronym, or,
    standing alone, before a capitalised word (UN Women, JAS Gripen, EU ETS; not SAF-chefen Curt Giesecke)."""
    before, after = tokens.prev_word(i), tokens.next_word(i)
    if before >= 0 and tokens.text[before][:1].isupper() and not tokens.sent_start[before] \
            and not _genitive(tokens, before) and not IN_COMPOUND.match(tokens.text[before]):
        return True
    if before >= 0 and tokens.text[before].isupper() and len(tokens.text[before]) > 1:
        return True
    return "-" not in tokens.text[i] and after < len(tokens) and tokens.text[after][:1].isupper() \
        and not tokens.sent_start[after] and tokens.idx[after] == tokens.end[i] + 1


def _genitive(tokens: TokenTable, k: int) -> bool:
    """True if token ``k`` is a genitive: so tagged (Sveriges, not the name Windows), or, where the parser
    gives no case, ending in s."""
    morph = tokens.morph[k]
    return "Case=Gen" in morph if "Case=" in morph else tokens.text[k].endswith("s")


def _next_to_number(tokens: TokenTable, i: int, j: int, ahead: int = 1) -> bool:
    """True if a number stands right before token ``i`` or among the ``ahead`` words after token ``j - 1``
    (2 kap., bil. 3; with two, jfr s. 274); a span of years or a decade is a number too (512–511 f.Kr.,
    1600-talet f.Kr.: not f. for följande sida)."""
    before, after = tokens.prev_word(i), tokens.next_word(j - 1)
    if before >= 0 and (tokens.like_num[before] or tokens.text[before][:1].isdigit()):
        return True
    for _ in range(ahead):
        if after >= len(tokens) or tokens.text[after][:1].isdigit():
            return after < len(tokens)
        after = tokens.next_word(after)
    return False


def _in_citation(tokens: TokenTable, i: int, j: int, entry: dict[str, Any]) -> bool:
    """True if the abbreviation at tokens ``i``..``j - 1`` is part of a literature reference, where it is the
    citation's convention: a ``citation`` abbreviation right after an author's name and before a comma, a
    parenthesis or a semicolon (Sveri m.fl., kap. 1), or a ``reference`` one after an author's name and a
    comma (Nelson, kap. De särskilda brotten)."""
    before, after = tokens.prev_word(i), tokens.next_word(j - 1)
    if before >= 0 and entry.get("citation"):
        return _named(tokens, before) and (after >= len(tokens) or tokens.text[after] in (",", ")", ";"))
    if before >= 0 and entry.get("reference") and tokens.text[before] == ",":
        author = tokens.prev_word(before)  # a name, or a name with its "m.fl." (Boalt m.fl., kap. Brottslighet)
        cited = author >= 0 and (found := abbreviations().lookup(tokens.text[author])) is not None \
            and found.get("citation")
        return _named(tokens, author) or bool(cited)
    return False


def _named(tokens: TokenTable, k: int) -> bool:
    """True if token ``k`` is a name: capitalised inside its sentence, or tagged as one."""
    return k >= 0 and tokens.text[k][:1].isupper() and tokens.text[k][:1].isalpha() and (
        not tokens.sent_start[k] or tokens.pos[k] == "PROPN")


def _in_reference(tokens: TokenTable, i: int) -> bool:
    """True if token ``i`` is joined by a slash to what stands before or after it (Fi2019/02671/SFÖ)."""
    before, after = i - 1, i + 1
    return (before >= 0 and tokens.text[before].endswith("/")) or (after < len(tokens) and
                                                                  tokens.text[after].startswith("/"))


def _ends_sentence(tokens: TokenTable, j: int, noun: bool) -> bool:
    """True if token ``j - 1`` is a full stop of its own that ends a sentence ("… en ny bil."), or, for an
    abbreviated ``noun`` (a reference abbreviation), is the noun with its full stop where the parser
    starts the next sentence too ("… ett strålande kap. – Nu …")."""
    last = j - 1
    whole = tokens.text[last] != "."  # the word and its full stop as one token ("kap.")
    if whole and not (noun and tokens.text[last].endswith(".") and tokens.text[last].count(".") == 1) or last == 0:
        return False
    after = tokens.next_word(last)
    starts = after < len(tokens.text) and tokens.sent_start[after]
    while after < len(tokens.text) and tokens.text[after] in QUOTES_AND_DASHES:
        after = tokens.next_word(after)  # "… ett strålande kap. – Nu kommer …"
    if after >= len(tokens.text):
        return True
    if whole:  # only where the parser, too, starts a sentence after it
        return tokens.text[after][:1].isupper() and (starts or tokens.sent_start[after])
    return tokens.text[after][:1].isupper() or tokens.sent_start[after]


def _content_starts(tokens: TokenTable) -> dict[int, str]:
    """Where each noun, name and adjective of the text starts, with its part of speech: the words an acronym's
    long form is made of."""
    return {tokens.idx[k]: tokens.pos[k] for k in range(len(tokens))
            if tokens.pos[k] in LONG_FORM_POS and tokens.text[k][:1].isalpha()}


def _running_text(ctx: Context, i: int) -> bool:
    """True if token ``i`` stands in running text: not in a heading (a Markdown heading line too, however
    long), a table cell, a field, a page header or an entry of a table of contents (a line without final
    punctuation that the text has twice: "En tydligare reglering av VMA-systemet")."""
    unit = ctx.analysis.unit_of(i)
    if unit is None or unit.kind in NOT_RUNNING_TEXT:
        return False
    return not ctx.analysis.contents_entry(ctx.analysis.lines.at(ctx.tokens.idx[i]).text)


@finder("abbreviations")
def abbreviation_terms(ctx: Context) -> Iterator[Term]:
    """Each hard abbreviation and unknown acronym the text never explains, once, with its count.

    A form the text explains (see :func:`._abbreviation_defined.defines`) is reported only where the
    running text uses it before the explanation: a reader meets it unexplained there.
    """
    tokens = ctx.tokens
    allowed = {a.lower() for a in ctx.config.allow}
    defined: dict[str, int] = {}  # each explained form, with where the text first explains it (0: a name's part)
    first_tokens: dict[str, tuple[int, int]] = {}  # each abbreviation's first use, as tokens i..j - 1
    uses: dict[str, list[tuple[int, int, dict[str, Any] | None]]] = {}
    in_headings: set[int] = set()  # where a form stands outside running text (a heading, a table)
    named: dict[str, int] = {}  # each acronym a noun before it names (standardkontot SA), with where first
    write_out = ctx.applies(OFFICIAL)  # guidance for public text: a private person's "t ex" is no remark
    for entry, i, j in find_abbreviations(ctx.doc, tokens):
        text = ctx.text[tokens.idx[i]:tokens.end[j - 1]]
        if entry.get("common") and not (write_out and entry.get("write_out") and _running_text(ctx, i)) \
                or text.lower() in allowed \
                or entry.get("reference") and _next_to_number(tokens, i, j, 2):
            continue
        if in_statute_title(tokens, i) or _in_citation(tokens, i, j, entry):
            continue  # part of a statute's name or of a literature reference (Sveri m.fl., kap. 1)
        if not entry.get("may_end_sentence") and _ends_sentence(tokens, j, bool(entry.get("reference"))):
            continue
        if defines(tokens, i, j) or entry.get("explain") and in_parentheses(tokens, i):
            defined.setdefault(entry["id"], tokens.idx[i])  # (regionalt yrkesvux) after its long form
            continue
        uses.setdefault(entry["id"], []).append((tokens.idx[i], tokens.end[j - 1], entry))
        if not _running_text(ctx, i):
            in_headings.add(tokens.idx[i])
        first_tokens.setdefault(entry["id"], (i, j))
    if ctx.option("acronyms"):
        known = {e["id"].lower() for e in abbreviations().entries if e.get("common")} | allowed
        lower_words = set(tokens.lower[k] for k in range(len(tokens)) if tokens.text[k].islower())
        for k in range(1, len(tokens)):
            if (m := HYPHENATED.match(tokens.text[k])) is not None and in_parentheses(tokens, k):
                defined.setdefault(m.group(1), tokens.idx[k])
        last: tuple[int, str] | None = None  # the token and key of the last acronym reported
        for acronym, i, offset, in_name in _acronyms(ctx, known):
            if offset and last is not None and last[0] == i:
                start, _, entry = uses[last[1]][-1]  # PPE-DE-gruppen: one name, reported as PPE-DE
                uses[last[1]][-1] = (start, tokens.idx[i] + offset + len(acronym), entry)
                continue
            last = None
            if in_name:  # the text uses it in a name (Sjätte AP-fonden, UN Women): a part of that name
                defined[acronym] = 0
                continue
            alone = "-" not in tokens.text[i]  # not the first part of a compound (ATP-poäng)
            short_for_name = (abbreviations().lookup(acronym) or {}).get("explain")  # SOU 2015:18: explain it
            if ordinary_word(acronym, lower_words) or well_known(acronym) or alone and (
                    emphasised_word(acronym) or stressed_word(acronym, tokens.pos[i]) and not in_parentheses(tokens, i)
                    and abbreviations().lookup(acronym) is None
                    or _next_to_number(tokens, i, i + 1) and not short_for_name or _in_reference(tokens, i)):
                continue  # a word, a known acronym (SCB), a unit (2,4 MB) or a reference (Fi2019/02671/SFÖ)
            if offset == 0 and defines(tokens, i, i + 1, acronym):
                defined.setdefault(acronym, tokens.idx[i])
                continue
            if offset == 0 and named_before(ctx, i, acronym):
                named.setdefault(acronym, tokens.idx[i])  # what it is, said in place: enough if never spelled out
            start = tokens.idx[i] + offset
            uses.setdefault(acronym, []).append((start, start + len(acronym), None))
            if not _running_text(ctx, i):
                in_headings.add(start)
            last = (i, acronym)
    content: dict[int, str] = {}  # where the text's nouns, names and adjectives start, once an acronym asks
    initials: dict[str, list[int]] = {}  # those starts by their first letter
    for key, named_at in named.items():
        defined.setdefault(key, named_at)  # a text that also spells it out explains it there, not by the noun
    for key, found in uses.items():
        later = defined.get(key)
        if later is not None:  # only its uses in running text before the explanation
            found = [use for use in found if use[0] < later and use[0] not in in_headings
                     and not long_form_before(ctx.text, use[0], key)]
            if not found:
                continue
        elif found[0][2] is None or found[0][2].get("explain"):  # explained where the running text first uses it
            found = sorted(found, key=lambda use: use[0] in in_headings)
        start, end, entry = found[0]
        text = ctx.text[start:end]
        count = f" Den används {len(found)} gånger i texten." if len(found) > 1 and later is None else ""
        if later is not None:
            count = (f" Texten förklarar den först längre ner: flytta förklaringen hit, till första gången "
                     f"förkortningen står i löptexten.")
        expanded = entry if entry is not None else abbreviations().lookup(text)
        others = tuple(sorted((s, e) for s, e, _ in found[1:]))
        if entry is not None and ambiguous(entry):
            meant = readings(expansions(entry))
            yield Term("abbreviation", start, end,
                       f"Förkortningen ”{text}” är svår för många läsare och kan betyda "
                       f"{meant or 'flera saker'}. Skriv ut det du menar, eller förklara förkortningen "
                       f"första gången du använder den.{count}",
                       (f"Skriv ut ordet: {meant}." if meant else "Skriv ut ordet.",), occurrences=others)
        elif expanded is not None and expanded.get("explain"):  # a short word for a name (sfi, komvux)
            written = f"{expanded['expansion']} ({text})"
            yield Term("abbreviation", start, end,
                       f"Förklara ”{text}” första gången du använder förkortningen: alla läsare vet inte att den "
                       f"står för ”{expanded['expansion']}”. Skriv ”{written}” första gången.{count}",
                       (f"Skriv ”{written}” första gången.",), occurrences=others)
        elif entry is not None and entry.get("write_out"):
            forms = readings(tuple(entry.get("forms", ())))
            yield Term("abbreviation", start, end,
                       f"Skriv gärna ut ”{entry['expansion']}” i löpande text: en förkortning som ”{text}” läser många "
                       f"långsammare, till exempel den som har dyslexi eller svenska som andraspråk.{count}",
                       (f"Skriv ut förkortningen: {forms}, efter ordet som följer." if forms
                        else replacement(entry, tokens, *first_tokens[key]),), occurrences=others, replaces=not forms)
        elif entry is not None:
            expansion = replacement(entry, tokens, *first_tokens[key])
            yield Term("abbreviation", start, end,
                       f"Förkortningen ”{text}” är svår för många läsare. Skriv ut ”{expansion}”, "
                       f"eller förklara förkortningen första gången du använder den.{count}", (expansion,),
                       occurrences=others, replaces=True)
        elif (written := long_form(text, ctx.text, (content := content or _content_starts(tokens)),
                                   (initials := initials or by_initial(ctx.text, content)).get(text[:1].lower(), []),
                                   {s for s, _, _ in found})) is not None:
            yield Term("abbreviation", start, end,
                       f"Förklara ”{text}” första gången du använder förkortningen. Texten skriver ut "
                       f"”{written}” men knyter det inte till ”{text}”: skriv ”{written} ({text})” första "
                       f"gången.{count}",
                       (f"Skriv ”{written} ({text})” första gången.",), occurrences=others)
        elif later is not None:
            yield Term("abbreviation", start, end,
                       f"Förklara ”{text}” här, första gången förkortningen står i löptexten: texten förklarar "
                       f"den först längre ner. Flytta förklaringen hit.",
                       (f"Skriv ut vad {text} står för, med {text} inom parentes.",), occurrences=others)
        else:
            yield Term("abbreviation", start, end,
                       f"Förklara ”{text}” första gången du använder förkortningen: skriv ut vad den står för "
                       f"och sätt förkortningen inom parentes efter, om du inte är säker på att alla läsare "
                       f"känner till den.{count}",
                       (f"Skriv ut vad {text} står för, med {text} inom parentes.",), occurrences=others)


REGISTRY.terms(TermRule(
    "abbreviation",
    category="plain_language",
    severity="info",
    description="Förkortningar som många läsare inte förstår (fr.o.m., enl., dnr), vanliga förkortningar som "
                "bör skrivas ut i löptext (t.ex., bl.a., dvs.) och akronymer som "
                "texten aldrig förklarar, en gång per förkortning och text med alla förekomster; inte "
                "hänvisningar (2 kap., SFS 2020:93), enheter, namn i flera ord eller engelska meningar.",
    finds="abbreviations",
    options={"acronyms": True},
    source="Myndigheternas skrivregler (förkortningar); lexicons/abbreviations.yaml",
    examples=Examples(
        flag=(
            "Beslutet gäller fr.o.m. den 1 mars.",
            "Ange dnr när du svarar.",
            "Du har rätt till stöd enl. lagen.",
            "Du kan söka stöd enligt LSS hos kommunen.",
            "Du får rätt till ATP-poäng för vården.",
            "Ta med bl.a. ett id-kort.",
        ),
        ok=(
            "Ta med ca 200 kronor till kl. 10.",
            "Ange diarienummer (dnr) när du svarar. Ett dnr har åtta siffror.",
            "Du kan söka stöd enligt lagen om stöd och service (LSS). LSS gäller alla åldrar.",
            "Beslutet gäller från och med den 1 mars.",
        ),
    ),
))
