"""``long_word``: compounds so long that a reader stumbles over them.

A word counts by its letters (digits and hyphens excluded, see ``docs/counting.md``); in a hyphenated word only the
longest part counts, since the hyphen already helps the reader. A compound is hard to read by its length AND its
parts, in more than ``max_letters`` letters: four or more parts; three around an abstract head
(*kredit|marknads|regleringar*, *program|planerings|perioden*; not *hushålls|kapital|varorna*, a term for a thing); or
two long parts in :data:`TWO_PART_LETTERS` letters or more (*pornografi|liberaliseringen*); three around a relational
adjective from two letters fewer (*krigsskade|relaterad*, *avtalslicens|baserade*). Two parts in fewer letters read
easily (*finansierings|möjligheter*, *laboratorie|undersökningar*, *digitaliserings|verksamhet*: blind judges called
such findings wrong). The parts come from a real compound analysis (``compound_split.py``): a word Swedish knows as a
whole (*arbetsmarknadsutbildning*) or one with no trusted cut is left alone, and so are established terms of public
administration (``lexicons/long_word/established_terms.yaml``), names of laws, bodies, benefits and fees
(``name_heads.yaml``: *socialförsäkringsbalken*, *samhällsbyggnadsförvaltningen*, *konkurrensskadeavgift*), terms of a
law the text names by the same modifier (*säkerhetsskyddsbedömning* beside *säkerhetsskyddslagen*), two words glued by
a missing space (*bostadsbidragetlämnas*), names (PROPN, or capitalised inside a sentence), words in a statute's
title, all-caps words, URLs, e-mail addresses and file names, and every word of a text that cites ten statutes or more
(a summary of legislation uses the laws' terms). Only running text counts: a heading, a table cell, a page header and
an entry of a table of contents (a line without punctuation that the text repeats) name what the text says elsewhere.
A word is reported once per document, at its first occurrence, with its other places in ``occurrences``. The example
rewrites the word at hand with its head first and the preposition the head takes (``head_prepositions.yaml``); when
the word ends a coordination (*underhålls- och återinvesteringsbehov*) the example rewrites the whole of it (*behov av
underhåll och återinvestering*); a head with no listed preposition, or a count noun that cannot stand bare after it
(*insättningar av dagskassa*), gets advice, not a guessed phrase. A hyphen inside the compound is no advice: Swedish
writes it as one word.
"""

from __future__ import annotations

import re
from functools import cache
from os.path import commonprefix
from typing import Iterator

from ..doc.units import Unit
from ..doc.words import JOINERS, Word, letter_count
from ..findings import Finding
from ..frequency import zipf
from ..lexicon.morphology import is_form
from ._names import in_statute_name
from .base import REGISTRY, Context, Examples
from .compound_split import HEAD_ENDINGS, attested, head_zipf, main_split, modifier_zipf, segments, word_list
from .long_word_law import law_terms, legal_summary, of_named_law
from .long_word_example import abstract, coordinated, preposition, relational, rewrite

MAX_LETTERS = 20
#: Not a word of prose: URLs, e-mail addresses, file names, Markdown links (Departementet](#Departementet),
#: and words glued together by text extraction (ansvarsnämndDiarienummer: a capital inside).
NOT_PROSE = re.compile(r"[@/\\_.:#\[\]()]|^[Ww]{3}|[a-zåäö][A-ZÅÄÖ]")
#: A soft hyphen marks where a line may break, not a joint the reader sees.
SOFT_HYPHEN = "\u00ad"
#: Parts that make a compound longer than ``max_letters`` hard to read (bygglovs|ansöknings|handlingarna).
MIN_PARTS = 3
#: Letters fewer than ``max_letters`` from which three parts around a relational adjective are hard to read
#: (krigsskade|relaterad, avtalslicens|baserade: 19 and 20 letters, blind labels "long and unusual"): the
#: adjective hides a relation that a clause shows ("som bygger på avtalslicens", ``relational_heads.yaml``).
RELATIONAL_ALLOWANCE = 2
#: Letters from which a compound of two parts is hard to read too (pornografi|liberaliseringen, 26; not
#: finansierings|möjligheter, 24, or laboratorie|undersökningar, digitaliserings|verksamhet,
#: vedergällnings|operationer, 25, which blind judges called readable).
TWO_PART_LETTERS = 26
#: A part this long and rarer than ``RESPLIT_ZIPF`` is itself cut once more when counting parts
#: (ansökningshandlingarna → ansöknings|handlingarna), into parts at least ``MIN_SUBPART`` letters long.
SPLIT_AGAIN = 10
RESPLIT_ZIPF = 2.5
MIN_SUBPART = 5
#: How common every short part of a cut must be (as a modifier or a head, wordfreq's Zipf scale) for the
#: cut to be trusted: below it the cut is letters that spell rare words (skilsmäss|ost|atis|tiken, befor|drings).
PART_ZIPF = 2.0
#: A word this common as a whole (wordfreq's Zipf scale, whose Swedish list ends near 1.0) is a word Swedish
#: writes, an established term (försvarsunderrättelseverksamhet, specialiseringstjänstgöring), not an ad-hoc compound.
KNOWN_ZIPF = 1.0
#: Units that are not running text: a heading names its subject (Bostadsanpassningsbidrag), and a table of
#: contents, a table cell or a page header lists what the text says elsewhere; a word there is not rewritten.
NOT_RUNNING_TEXT = frozenset({"heading", "table_cell", "page_line", "field"})
#: A list item of at most this many words and no verb names things (– bostadsanpassningsbidrag, – miljö- och
#: hälsoskyddsfrågor): a term in a list, like a heading, is not rewritten (blind judges: sector terms in a list).
LIST_TERM_WORDS = 6
#: A name head this long may end a longer last part (sjö|trafikförordningen); a shorter one must be it (lag).
NAME_HEAD_INSIDE = 6
#: What explains or names a word right after it: an acronym or words in parentheses (personadressregistret
#: (SPAR); not a reference number, A5-0105 / 1999), "det vill säga …" (sprängämnesprekursorer, det vill säga …).
EXPLAINED = re.compile(r"\s*(?:\((?![^\s)]*\d)|,?\s*(?:det vill säga|dvs\.?|d\.v\.s\.|alltså)\s)")
#: A parenthesis opened right after an acronym or a name, up to the word: the word is part of its long
#: form (SEK (det europeiska nationalräkenskapssystemet), Association (Den europeiska frihandelssammanslutningen)).
LONG_FORM = re.compile(r"(?:\b[A-ZÅÄÖ]\w*)\s*\([^()]{0,60}$")
LONG_FORM_CHARS = 80
#: Endings of a definite noun (bidraget, målet): a compound never has one inside, so a part that ends in one
#: is a word of its own glued to the next by a missing space (bostadsbidragetlämnas).
DEFINITE_ENDINGS = ("et", "en")
#: How common (Zipf) the base of such a part must be, and more common than the part as written.
GLUED_ZIPF = 3.0
#: Letters an inflection adds or changes at the end of a word (-et, -en, -erna): words longer than
#: ``max_letters`` that differ only there are one word.
ENDING_LETTERS = 3


def longest_part(word: str) -> str:
    """The longest hyphen-separated part of ``word``."""
    parts = re.split("|".join(map(re.escape, JOINERS)), word)
    return max(parts, key=letter_count)


def compound_parts(word: str) -> tuple[str, ...] | None:
    """The parts of ``word`` as a reader meets them, or None if Swedish knows it as a whole word.

    The cheapest cut of :func:`~.compound_split.segments`, with each long part that is itself
    a rare word cut once more where it joins two words of five letters or more
    (bygglovs|ansökningshandlingarna → bygglovs|ansöknings|handlingarna); a common part stays
    whole (arbetsmarknads, sammanträdet). A word with no cut into known parts, or only into rare
    ones (:data:`PART_ZIPF`), is one part: the rule cannot tell what its parts are.
    """
    if _known(word.lower()):
        return None
    parts = segments(word) or (word,)
    if not _trusted(parts):
        return (word,)
    finer: list[str] = []
    for n, part in enumerate(parts, 1):
        again = (main_split(part, whole=False, head=n == len(parts))
                 if len(part) >= SPLIT_AGAIN and _rare(part.lower()) else None)
        good = again is not None and min(map(len, again)) >= MIN_SUBPART and _trusted(again, n == len(parts))
        finer.extend(again if good else (part,))
    return _join_prefixes(finer)


def _join_prefixes(parts: list[str]) -> tuple[str, ...]:
    """``parts`` with each prefix joined to the part after it (under|befäls → underbefäls, anti|röknings →
    antiröknings): a reader meets underbefäl as one word (``lexicons/long_word/prefixes.yaml``)."""
    prefixes = word_list("prefixes")["prefixes"]
    joined: list[str] = []
    for part in parts:
        if joined and joined[-1].lower() in prefixes:
            joined[-1] += part
        else:
            joined.append(part)
    return tuple(joined)


def _trusted(parts: tuple[str, ...], head: bool = True) -> bool:
    """True if every short part of a cut is common enough as what it is there (the last a head if
    ``head``); a part of :data:`SPLIT_AGAIN` letters or more may be a rare compound of its own."""
    return all(len(p) >= SPLIT_AGAIN or (head_zipf if head and n == len(parts) else modifier_zipf)(p.lower())
               >= PART_ZIPF for n, p in enumerate(parts, 1))


def _stem_zipf(word: str) -> float:
    """The best zipf of ``word`` as written or without an ending of :data:`HEAD_ENDINGS` (a joint -s, an inflection)."""
    return max(zipf(word[:len(word) - len(e)]) for e in HEAD_ENDINGS if word.endswith(e))


def _known(word: str) -> bool:
    """True if Swedish knows ``word`` as a whole, as written or without its ending (långtidsarbetslösheten)."""
    return _stem_zipf(word) >= KNOWN_ZIPF


def _hard(parts: tuple[str, ...] | None, letters: int, limit: int = MAX_LETTERS) -> bool:
    """True if a compound of ``parts`` and ``letters`` letters is hard to read: in more than ``limit``
    letters, four or more parts, three around an abstract head (:func:`_abstract_head`), or two in
    :data:`TWO_PART_LETTERS` letters or more; in fewer, three parts around a relational adjective
    (:data:`RELATIONAL_ALLOWANCE`)."""
    if parts is None or len(parts) < 2:
        return False
    if letters <= limit:
        return len(parts) == MIN_PARTS and relational(parts[-1]) is not None
    if len(parts) == MIN_PARTS:
        return _abstract_head(parts[-1])
    return len(parts) > MIN_PARTS or letters >= TWO_PART_LETTERS


def _abstract_head(head: str) -> bool:
    """True if ``head`` is an abstract noun or a relational adjective (tillsynsväglednings|ansvaret,
    vattenförorenings|frågorna, energimarknads|relaterade): the compound hides a relation that a
    phrase can show. A head that names a thing (-varorna, -områden, -programmen, -reformen, -anslaget)
    makes three parts a term of its own, which blind judges called wrong to rewrite."""
    lower = head.lower()
    if preposition(lower) is not None:
        return True
    heads = word_list("abstract_endings")["abstract_heads"]
    stems = [lower[:len(lower) - len(e)] for e in HEAD_ENDINGS if lower.endswith(e)]
    return any(abstract(stem) or stem in heads for stem in stems)


def _rare(part: str) -> bool:
    """True if ``part``, with or without a joint -s or an inflection ending (krigsföring|en), is rarer than
    :data:`RESPLIT_ZIPF`: a common word in any form is not cut again (not krigs|föringen)."""
    return _stem_zipf(part) < RESPLIT_ZIPF


def _names_body(word: str) -> bool:
    """True if ``word``'s head makes it the name of a law or a body (socialförsäkrings|balken,
    samhällsbyggnads|förvaltningen)."""
    cut = segments(word, whole=False)
    if cut is None:
        return False
    last = cut[-1].lower()
    return any(last == h or (len(h) >= NAME_HEAD_INSIDE and last.endswith(h))
               for heads in word_list("name_heads").values() for h in heads)


@cache
def established_terms() -> frozenset[str]:
    """Long terms of public administration a reader must meet by name (benefits, permits, documents)."""
    return frozenset(w for words in word_list("established_terms").values() for w in words)


def _established(word: str) -> bool:
    lower = word.lower()
    return any(lower.startswith(t[:-2]) and is_form(lower, t) for t in established_terms())


def _is_name(ctx: Context, word: Word, first_in_unit: bool) -> bool:
    pos = ctx.tokens.pos
    if any(pos[i] == "PROPN" for i in ctx.analysis.token_range(word.start, word.end)):
        return True
    return word.text[:1].isupper() and not first_in_unit


def _names(ctx: Context, word: Word, text: str) -> tuple[str, ...]:
    """What makes two occurrences the same word: the text in lower case, or the lemma of a one-token
    word (felparkeringsavgifter and felparkeringsavgiften are one word)."""
    lower = text.lower()
    tokens = ctx.analysis.token_range(word.start, word.end)
    if len(tokens) == 1:
        lemma = ctx.tokens.lemma[tokens[0]].lower()
        if lemma != lower and len(lemma) > MIN_SUBPART and lower.startswith(lemma[:-2]):
            return lower, lemma
    return (lower,)


def _inflection_of(word: str, seen: list[str]) -> str:
    """The word of ``seen`` that ``word`` (lower case) is another form of, or ``word`` itself: two long words
    that differ only in their last :data:`ENDING_LETTERS` letters (befruktningstillfälle, -tillfället)."""
    for other in seen:
        if abs(len(other) - len(word)) <= ENDING_LETTERS and \
                len(commonprefix([other, word])) >= max(len(other), len(word)) - ENDING_LETTERS - 1:
            return other
    return word


def _glued(parts: tuple[str, ...]) -> bool:
    """True if a part before the last is a definite form of a common noun (bostads|bidraget|lämnas): two
    words that lost the space between them, not a compound."""
    modifiers = attested().modifiers
    for part in (p.lower() for p in parts[:-1]):
        base = part[:-2]
        if part.endswith(DEFINITE_ENDINGS) and part not in modifiers and zipf(base) >= GLUED_ZIPF \
                and zipf(base) > zipf(part):
            return True
    return False


def _misspelt(word: str, parts: tuple[str, ...]) -> bool:
    """True if ``word`` is a known word or a compound of fewer parts with one letter of a double less
    (arbetsrättslagsstiftning: arbetsrätts|lagstiftning, not arbetsrätt|slags|stiftning): a slip of the pen,
    whose parts the analysis misreads."""
    lower = word.lower()
    for k in range(len(lower) - 1):
        if lower[k] == lower[k + 1]:
            other = compound_parts(lower[:k] + lower[k + 1:])
            if other is None or 1 < len(other) < len(parts):
                return True
    return False


def _list_terms(ctx: Context, unit: Unit) -> bool:
    """True if ``unit`` is a list item of at most :data:`LIST_TERM_WORDS` words without a verb: terms in a list."""
    return unit.kind == "list_item" and len(unit.words) <= LIST_TERM_WORDS and not any(
        ctx.tokens.pos[i] in ("VERB", "AUX") for i in range(unit.span.start, unit.span.end))


def _noun(ctx: Context, word: Word) -> bool:
    """True if ``word`` is a noun, whose head can take a preposition phrase (not -enliga, -relaterade)."""
    tokens = ctx.analysis.token_range(word.start, word.end)
    return len(tokens) > 0 and ctx.tokens.pos[tokens[-1]] in ("NOUN", "PROPN")


def _in_title(ctx: Context, word: Word) -> bool:
    """True if ``word`` is part of a statute's title (lagen (1993:387) om stöd och service …), not merely a word
    shortly after a statute word (rådets förordningar och lägga de övriga till genomförandebestämmelserna)."""
    tokens = ctx.analysis.token_range(word.start, word.end)
    return len(tokens) > 0 and in_statute_name(ctx.tokens, tokens[0])


@REGISTRY.rule(
    "long_word",
    category="plain_language",
    severity="info",
    description="Sammansättningar som är svåra att läsa, i fler bokstäver än max_letters (standard 20): fyra "
                "eller fler led, tre led kring ett abstrakt huvudord (-frågor, -ansvar, -regleringar) eller två "
                "långa led i minst 26 bokstäver, eller tre led kring ett relationsadjektiv (-baserade, -relaterad) "
                "redan från två bokstäver färre; en gång per ord och text med alla förekomster, bara i löptext; "
                "inte ord som svenskan redan känner, etablerade termer, ord som förklaras direkt efter, lagens "
                "egna termer eller namn på lagar, organisationer, förmåner och avgifter.",
    options={"max_letters": MAX_LETTERS},
    source="Isof Klarspråkshjälpen och Myndigheternas skrivregler: undvik långa sammansättningar",
    examples=Examples(
        flag=(
            "Skicka in bygglovsansökningshandlingarna före mötet.",
            "Nämnden beslutade om arbetsmarknadsutbildningsinsatser.",
            "Utredningen ser över skärpta kreditmarknadsregleringar.",
            "Protesen används vid krigsskaderelaterad amputationsvård.",
        ),
        ok=(
            "Skicka in handlingarna till bygglovet före mötet.",
            "Läs mer på https://www.helsingborg.se/bygga-och-bo/bygglovsansokningar.",
            "Kommunstyrelsen har beslutat.",
        ),
    ),
)
def long_word(ctx: Context) -> Iterator[Finding]:
    """One finding per distinct ad-hoc compound whose longest part has more than ``max_letters`` letters."""
    if legal_summary(ctx.text):
        return  # a summary of legislation: its long words are the laws' terms
    limit = int(ctx.option("max_letters"))
    shortest = limit - RELATIONAL_ALLOWANCE  # a shorter word has too few letters either way
    allowed = {a.lower() for a in ctx.config.allow}
    first: dict[str, tuple[Word, str, int, tuple[str, ...]]] = {}
    others: dict[str, list[tuple[int, int]]] = {}
    ordinary: set[str] = set()
    alias: dict[str, str] = {}  # a word's text or lemma → the key it is counted under
    terms, law_modifiers = law_terms(ctx.text)
    for unit in ctx.units:
        if unit.kind in NOT_RUNNING_TEXT or all(len(w.text) <= shortest for w in unit.words) or _list_terms(ctx, unit):
            continue
        if ctx.analysis.contents_entry(ctx.text[unit.span.start_char:unit.span.end_char]):  # Span.text, no Tokens
            continue
        for n, word in enumerate(unit.words):
            if len(word.text) <= shortest:
                continue  # too few characters to have too many letters
            text = word.text.replace(SOFT_HYPHEN, "")
            names = _names(ctx, word, text)
            key = next((alias[n] for n in names if n in alias), None) or _inflection_of(names[0], [*others, *ordinary])
            alias.update(dict.fromkeys(names, key))
            if key in others:
                others[key].append((word.start, word.end))
                continue
            if key in ordinary or NOT_PROSE.search(text) or names[0] in allowed:
                continue
            if text.isupper() or _is_name(ctx, word, n == 0) or _in_title(ctx, word):
                continue
            part = longest_part(text)
            letters = letter_count(part)
            parts = compound_parts(part) if letters > shortest else None
            if not _hard(parts, letters, limit) or _glued(parts) or _misspelt(part, parts) or _established(part) \
                    or _names_body(part) \
                    or of_named_law(part.lower(), law_modifiers) \
                    or EXPLAINED.match(ctx.text, word.end) or _inflection_of(names[0], terms) != names[0] \
                    or LONG_FORM.search(ctx.text, max(0, word.start - LONG_FORM_CHARS), word.start):
                ordinary.add(key)
                continue
            others[key] = []
            first[key] = (word, part, letters, parts)
    for key, (word, part, letters, parts) in first.items():
        yield _finding(ctx, word, part, letters, parts, others[key])


def _finding(ctx: Context, word: Word, part: str, letters: int, parts: tuple[str, ...],
             others: list[tuple[int, int]]) -> Finding:
    times = f" Ordet förekommer {len(others) + 1} gånger i texten." if others else ""
    begins, shared = coordinated(ctx.text, word.start)
    example = rewrite(parts, shared, _noun(ctx, word))
    if shared:
        example = example.rstrip(".") + f" i stället för hela ledet ”{ctx.text[begins:word.end]}”."
    return ctx.finding(
        word.start, word.end,
        f"”{word.text.replace(SOFT_HYPHEN, '')}” har {letters} bokstäver och är sammansatt av {len(parts)} ord "
        f"({'|'.join(p.lower() for p in parts)}). Så långa sammansättningar är svåra att läsa: "
        f"skriv om med fler ord. Är ordet en fast term som läsaren behöver känna igen, behåll det "
        f"och förklara det första gången.{times}",
        (example,), occurrences=others,
    )
