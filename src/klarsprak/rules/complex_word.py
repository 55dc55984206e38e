"""``complex_word``: bureaucratic, old-fashioned and needlessly formal words, with simpler ones.

The words and phrases are data (``lexicons/plain/complex_words.yaml``). A single-word entry matches every inflected
form of its lemma; a phrase entry matches a run of tokens whose lemmas are the phrase's words, with up to two
adjectives, adverbs or determiners between them ("skapar goda förutsättningar för"). The longest match wins, and
each entry a text uses gives one finding, at its first place with the others in ``occurrences``, with the entry's
alternatives as suggestions, inflected like the replaced word (tense, voice, number, definiteness: "erhöll" →
"fick"); an entry marked ``advice`` needs the sentence rewritten, so its alternatives are advice in the message.
Where a phrase may match and when its alternative fits in place (an inverted subject, a definite noun that refers
back, a conjunction where no clause starts), and where a word has another sense (inside an everyday idiom, "jämte"
before a pronoun: beside) is :mod:`.complex_phrases`; a capitalised word that names a site the text links to
(www.lagrummet.se) is left alone. A verb hidden in a noun beyond the listed phrases (light verbs with verbal nouns,
"vid fastställandet av", "kontrollen görs", "är under utredning") is :mod:`.nominal_phrases`: advice that names the
verb, never in a heading. An entry graded ``mild`` (formal but ordinary written Swedish: avse, beakta, inom ramen
för) counts only in a text to a citizen and outside headings; in news, encyclopedia articles and debates such words
give one finding for the whole text, and only where they pile up. An entry graded ``pile`` (utgöra, förekomma, i
stor utsträckning: blind judges called them fine in letters, press releases and textbooks alike) counts only towards
that one finding, in every text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import cache
from typing import Any, Iterator

from spacy.tokens import Doc

from ..frequency import zipf
from ..errors import LexiconError
from ..doc import Analysis, TokenTable
from ..lexicon.loader import lexicon_file
from ..lexicon.fit import CLAUSE_ENDS, clause_first, fitted, joined_to_noun
from ..lexicon.inflection import MIN_ZIPF, cased
from ..lexicon.morphology import FormIndex
from ..sender.genre import skipping
from ._names import in_statute_name
from .complex_phrases import (Entry, beside, fits_here, in_idiom, modified_noun, own_noun, perfect_auxiliary,
                              phrase_end, phrase_needs_rewrite, reflexive, refers_back, verb_behind, with_av)
from .base import REGISTRY, Context, Examples, Term, TermRule, finder
from .once import once_per_entry
from .nominal_phrases import nominal_at, nominal_entries, passive_match
from .sender import audience_of

#: A web address's name part: "lagrummet" in "www.lagrummet.se", "verksamt" in "verksamt.se/starta".
SITE = re.compile(r"(?:www\.|\b)([a-zåäö]{3,})\.(?:se|nu|com|org|eu)\b", re.IGNORECASE)
#: Mild words that make a pile-up in a text to others: at least this many, one in ``PILE_EVERY`` words,
#: and how many of them the message names.
PILE_WORDS, PILE_EVERY, PILE_NAMED = 6, 60, 3
#: Dependency relations of the words of an adverbial, which may stand between a verb and its particle.
ADVERBIAL = frozenset({"advmod", "obl", "case", "amod", "det", "nummod", "fixed"})
SOURCE_PILE = ("Myndigheternas skrivregler, 8 uppl., avsnitt 1.4: välj vanliga ord framför formella; "
               "Isof, Klarspråkshjälpen: Använd ord som läsarna förstår")


@dataclass(frozen=True)
class Lexicon:
    """Entries indexed by their first word, longest phrases first, plus a form index."""

    by_first: dict[str, tuple[Entry, ...]]
    by_form: dict[str, Entry]
    index: FormIndex


def _entry(raw: dict[str, Any], where: str, source: str) -> Entry:
    keys = [k for k in ("lemma", "phrase", "forms") if raw.get(k)]
    if len(keys) != 1:
        raise LexiconError(f"{where}: entry {raw['id']!r} needs exactly one of lemma, phrase, forms")
    text = raw.get("lemma") or raw.get("phrase") or ""
    return Entry(
        id=raw["id"],
        words=tuple(text.lower().split()),
        forms=frozenset(f.lower() for f in raw.get("forms", ())),
        alternatives=tuple(raw["alternatives"]),
        note=raw["note"],
        source=source,
        pos=frozenset(raw.get("pos", ())),
        advice=bool(raw.get("advice", False)),
        not_before=frozenset(w.lower() for w in raw.get("not_before", ())),
        at_start=bool(raw.get("at_start", False)),
        verb_in_noun=bool(raw.get("verb_in_noun", False)),
        pronoun=bool(raw.get("pronoun", False)),
        bare=bool(raw.get("bare", False)),
        term=bool(raw.get("term", False)),
        verb_after=bool(raw.get("verb_after", False)),
        grade=raw.get("grade", "strong"),
        genres=skipping(raw.get("skip_genres", ())),
    )


@cache
def lexicon() -> Lexicon:
    """The shipped complex-word lexicon with the light-verb phrases, indexed for matching; a listed
    phrase comes before a generated one of the same length."""
    loaded = lexicon_file("plain", "complex_words.yaml")
    entries = [_entry(raw, str(loaded.path), loaded.source_text(raw)) for raw in loaded.entries]
    entries += nominal_entries()
    by_first: dict[str, list[Entry]] = {}
    by_form: dict[str, Entry] = {}
    for entry in entries:
        if entry.words:
            by_first.setdefault(entry.words[0], []).append(entry)
        for form in entry.forms:
            by_form[form] = entry
    words = {w for e in entries for w in e.words}
    return Lexicon(
        {k: tuple(sorted(v, key=lambda e: -len(e.words))) for k, v in by_first.items()},
        by_form,
        FormIndex.build(words),
    )


def _starting(lex: Lexicon, first: tuple[str, ...], present: frozenset[str]) -> list[Entry]:
    """The entries whose first word is one of the lemmas ``first``, longest first, listed before generated:
    only those whose other words are all among the text's lemmas ``present`` (no other can match)."""
    candidates = [e for lemma in first for e in lex.by_first.get(lemma, ()) if present.issuperset(e.words[1:])]
    candidates.sort(key=lambda e: (-len(e.words), e.nominal))
    return candidates


def _match_at(lex: Lexicon, tokens: TokenTable, content: list[int], lemmas: list[tuple[str, ...]],
              i: int, candidates: list[Entry]) -> tuple[Entry, int] | None:
    """The longest entry of ``candidates`` (:func:`_starting`) starting at content token ``i`` and the number
    of tokens it covers.

    ``content`` holds the indices of the Doc's non-space tokens, ``lemmas`` their lexicon lemmas.
    """
    first = content[i]
    exact = lex.by_form.get(tokens.lower[first])
    for entry in candidates:
        if ((entry.pos and tokens.pos[first] not in entry.pos)
                or (entry.at_start and not clause_first(tokens, first, CLAUSE_ENDS))):
            continue
        stop = phrase_end(entry, tokens, content, lemmas, i)
        if (stop is not None and not _blocked(entry, tokens, content, i, stop)
                and not modified_noun(entry, tokens, content, i, stop) and not own_noun(entry, tokens, content, i, stop)):
            if stop - i == 1 and exact is not None and not _blocked(exact, tokens, content, i, i + 1):
                return exact, 1  # a listed form says more than its word's entry (fastställes → fastställs)
            return entry, stop - i
    if exact is not None and not _blocked(exact, tokens, content, i, i + 1):
        return exact, 1
    return None


def _blocked(entry: Entry, tokens: TokenTable, content: list[int], start: int, stop: int) -> bool:
    """True if content token ``stop``, the one after a match of ``entry`` that begins at ``start``, is one of its
    ``not_before`` words, or if one stands further on in the sentence and hangs on the match (:func:`_governs`):
    words between do not change the sense ("utgick i stor utsträckning från tanken" is "utgå från")."""
    if not entry.not_before or stop >= len(content):
        return False
    return (tokens.lower[content[stop]] in entry.not_before
            or _governs(entry.not_before, tokens.doc, content[start], content[stop - 1]))


def _governs(words: frozenset[str], doc: Doc, first: int, last: int, reach: int = 8) -> bool:
    """True if one of ``words`` follows token ``last`` after nothing but an adverbial (an adverb, a prepositional
    phrase: "utgick i stor utsträckning från tanken", "har troligen att göra med") and hangs on a token from
    ``first`` to ``last``, as its dependent or as the case word of one. An object or a subject between ends the
    look ("man finner den på hyllan" is "finna", not "finna på")."""
    for k in range(last + 1, min(len(doc), last + 1 + reach)):
        token = doc[k]
        if token.lower_ in words:
            return (first <= token.head.i <= last
                    or token.dep_ in ("case", "mark") and first <= token.head.head.i <= last)
        if token.is_sent_start or token.dep_ not in ADVERBIAL:
            return False
    return False


def complex_matches(analysis: Analysis) -> list[tuple[Entry, int, int]]:
    """The lexicon's matches in the text, once per text (``analysis.derived``): complex_word and passive_voice."""
    return list(find_complex(analysis.tokens))


def find_complex(tokens: TokenTable) -> Iterator[tuple[Entry, int, int]]:
    """Every lexicon match in a text's ``tokens`` as (entry, first token, last token), left to right."""
    lex = lexicon()
    content = [i for i, space in enumerate(tokens.is_space) if not space]
    lemmas = [lex.index.lemmas_for(tokens.lower[i], tokens.lemma[i]) for i in content]
    present = frozenset(lemma for found in lemmas for lemma in found)
    starting: dict[tuple[str, ...], list[Entry]] = {}  # per first word's lemmas, once per text
    i = 0
    while i < len(content):
        match = None
        if lemmas[i] or tokens.lower[content[i]] in lex.by_form:  # else no entry can start here
            if lemmas[i] not in starting:
                starting[lemmas[i]] = _starting(lex, lemmas[i], present)
            match = _match_at(lex, tokens, content, lemmas, i, starting[lemmas[i]])
        if match is None:
            match = nominal_at(tokens, content, i) or _old_passive_at(tokens, content, i)
        if match is None:
            i += 1
            continue
        entry, n = match
        yield entry, content[i], content[i + n - 1]
        # a noun's passive light verb may stand words on ("undersökningar beträffande beteendet har
        # utförts"): the words between are matched too
        i += 1 if passive_match(entry) else n


@cache
def old_passive(form: str) -> Entry | None:
    """An entry for a present passive in -es (utföres, fastställes, pantsättes) whose -s form (utförs)
    Swedish text has at least as often: ålderdomlig, so Myndigheternas skrivregler advise against it. A
    verb whose stem ends in -s keeps its -es (läses, anses: "läss" is no word); a past passive
    (användes, sändes: "använde" is a past tense) is modern; and the infinitive (utföra, pantsätta) must
    be Swedish, so an English "states" is no old passive. A rare verb's -s form need not be attested
    (pantsätts): the stem's last letter and the attested infinitive say enough."""
    modern = form[:-2] + "s"
    if (len(form) < 6 or not form.endswith("es") or form[-3] in "sxz" or zipf(modern) < zipf(form)
            or zipf(form[:-1]) >= MIN_ZIPF or zipf(form[:-2] + "a") < MIN_ZIPF):
        return None
    source = lexicon_file("plain", "complex_words.yaml").sources["msr_former"]
    return Entry(id=f"es_{form}", words=(), forms=frozenset({form}), alternatives=(modern,),
                 note=f"Ålderdomlig passiv på -es: skriv ”{modern}”.", source=source, pos=frozenset({"VERB"}))


def _old_passive_at(tokens: TokenTable, content: list[int], i: int) -> tuple[Entry, int] | None:
    """A present passive in -es at content token ``i`` (see :func:`old_passive`)."""
    k = content[i]
    if (tokens.pos[k] not in ("VERB", "AUX") or "Voice=Pass" not in tokens.morph[k]
            or "Tense=Past" in tokens.morph[k]):
        return None
    entry = old_passive(tokens.lower[k])
    return (entry, 1) if entry else None


def site_names(analysis: Analysis) -> frozenset[str]:
    """The names of the web sites a text links to ("lagrummet" for www.lagrummet.se): the same word
    capitalised in the text is the site's name, not a word to replace."""
    return frozenset(m.lower() for m in SITE.findall(analysis.text))


def strict(ctx: Context) -> bool:
    """True if the option ``strict`` makes every graded word count in every text."""
    return bool(ctx.config.option("complex_word", "strict", False))


def to_citizen(ctx: Context) -> bool:
    """True if every mild word counts: the option ``strict``, or a text written to citizens
    (``Audience.citizens`` of :func:`.sender.audience`, decided once per text)."""
    return strict(ctx) or audience_of(ctx).citizens


@finder("complex_words")
def complex_terms(ctx: Context) -> Iterator[Term]:
    """One term per lexicon entry the text uses (:func:`_places`), at the place :func:`.once.once_per_entry` shows,
    with its other places in ``occurrences``: a consultant marks a word once and asks for the change throughout
    (blind dev judges called the second and third finding of one word wrong); where mild words are not counted one
    by one, one term for the whole text where they pile up (:func:`pile_up`)."""
    mild: list[tuple[int, int, Entry]] = []
    by_entry: dict[str, list[Term]] = {}
    for entry, term in _places(ctx, mild):
        by_entry.setdefault(entry.id, []).append(replace(term, key=entry.id))
    yield from once_per_entry(by_entry.values(), ctx.text)
    yield from pile_up(ctx, mild)


def _places(ctx: Context, mild: list[tuple[int, int, Entry]]) -> Iterator[tuple[Entry, Term]]:
    """Each place of a lexicon word or phrase with its term, in text order: the alternatives in the form of the
    replaced word ("erhöll" → "fick"), or advice when the sentence needs rewriting; a mild entry
    (:attr:`Entry.grade`) only in a text to a citizen (:func:`to_citizen`), a ``pile`` entry in no text on its
    own: those not counted go to ``mild``."""
    allowed = {a.lower() for a in ctx.config.allow}
    tokens = ctx.tokens
    counted = {"strong"} | ({"mild", "pile"} if strict(ctx) else {"mild"} if to_citizen(ctx) else set())
    for entry, first, last in ctx.analysis.derived(complex_matches):
        last = with_av(entry, tokens, first, last)
        start, end = tokens.idx[first], tokens.end[last]
        matched = ctx.text[start:end]
        if (matched.endswith("-") or matched.lower() in allowed or " ".join(entry.words) in allowed
                or in_statute_name(tokens, first) or ctx.borrowed(start, end) or refers_back(entry, tokens, first, last)
                or perfect_auxiliary(entry, tokens, first, last)
                or matched[:1].isupper() and matched.lower() in ctx.analysis.derived(site_names)):
            continue  # a name, or words the writer cannot reword (a quotation, an English paragraph)
        if not ctx.applies(entry.genres):
            continue  # advice meant for another genre's writer ("skall" in agency text, not in a blog)
        if entry.pronoun and _predicative(ctx.doc[first]):
            continue  # "reglerna är desamma": the same, not the formal pronoun "dem"
        if in_idiom(tokens, first, last) or beside(entry, tokens, first):
            continue  # another sense: an everyday idiom ("tar uti med det"), "låg jämte mig" (beside me)
        if (entry.grade != "strong" or entry.nominal) and _in_heading(ctx, first):
            continue  # a heading names its section, often in the words of a title and with nouns
        rewrite = entry.advice or phrase_needs_rewrite(entry, tokens, first, last)
        rewrite = rewrite or not all(fits_here(a, tokens, first) for a in entry.alternatives)
        fits = {a: None if rewrite else fitted(reflexive(a, entry, tokens, first, last),
                                                 entry.words[0] if entry.words else "", tokens, first, last)
                for a in entry.alternatives}
        if any(f and f.lower() == matched.lower() for f in fits.values()):
            continue  # the plain word in its form is the word written ("inlämnade" is "lämna in"'s participle)
        if entry.grade not in counted:
            mild.append((start, end, entry))
            continue
        if hidden := verb_behind(entry, tokens, first, last):  # the noun after names the verb: say it, as advice
            yield entry, Term("complex_word", start, (end := tokens.end[hidden[1]]), f"”{ctx.text[start:end]}” gömmer "
                              f"verbet i ett substantiv. Skriv om med ”{hidden[0]}”.", hidden[:1], source=entry.source)
            continue
        alternatives = tuple(dict.fromkeys(cased(f, matched) for f in fits.values() if f))
        unfitted = [a for a, f in fits.items() if f is None]
        if not alternatives and tokens.pos[first] == "NOUN" and joined_to_noun(tokens, first):
            continue  # a term among terms: rewriting it alone would break the list
        if not alternatives and entry.nominal:  # the note says which verb, and how the sentence turns
            yield entry, Term("complex_word", start, end, f"”{matched}” gömmer verbet i ett substantiv. {entry.note}",
                              source=entry.source)
            continue
        if not alternatives and entry.term:  # the reader must know it: explain it, or say what it means
            yield entry, Term("complex_word", start, end, f"”{matched}” är en fackterm som många läsare inte känner "
                              f"till. Förklara den där den först står, eller skriv vad den betyder, till exempel "
                              f"{' eller '.join(f'”{a}”' for a in unfitted[:2])}. {entry.note}",
                              source=entry.source, explain=True)
            continue
        if not alternatives:
            inflects = tokens.pos[first] in ("VERB", "AUX", "NOUN", "ADJ")  # a preposition has no form to fit
            form = "" if rewrite or not inflects else " i den form som passar"
            yield entry, Term("complex_word", start, end,
                              f"”{matched}” {_kind(entry, replaced=False)}. Skriv om meningen, till exempel med "
                              f"{' eller '.join(f'”{a}”' for a in unfitted[:2])}{form}. {entry.note}",
                              source=entry.source)
            continue
        also = f" (eller skriv om med ”{unfitted[0]}”)" if unfitted else ""
        kind = "gömmer verbet i ett substantiv" if entry.nominal else _kind(entry, replaced=True)
        yield entry, Term("complex_word", start, end, f"”{matched}” {kind}. Skriv hellre "
                          f"{' eller '.join(f'”{a}”' for a in alternatives[:2])}{also}. {entry.note}",
                          alternatives, source=entry.source, replaces=True)


def _kind(entry: Entry, replaced: bool) -> str:
    """What is wrong with the word: a mild one is formal (a blind judge: "ålderdomligt" overstates it), a strong
    one hard, and hard or old-fashioned where a plainer word replaces it (``replaced``)."""
    if entry.grade == "mild":
        return "är formellt"
    return "är krångligt eller ålderdomligt" if replaced else "är krångligt"


def _predicative(token: Any) -> bool:
    """True if ``token`` is a predicative: the head of a copula ("är desamma") or the complement of a verb like
    "förbli" ("förblir desamma")."""
    return token.dep_ == "xcomp" or any(child.dep_ == "cop" for child in token.children)


def _in_heading(ctx: Context, i: int) -> bool:
    """True if token ``i`` stands in a heading."""
    unit = ctx.analysis.unit_of(i)
    return unit is not None and unit.kind == "heading"


def pile_up(ctx: Context, mild: list[tuple[int, int, Entry]]) -> Iterator[Term]:
    """One term for a text where formal but ordinary words that were not reported one by one pile up: at
    least :data:`PILE_WORDS` of them and one in :data:`PILE_EVERY` words. It names the most frequent with a
    simpler word for each, words with a drop-in alternative first (a term such as "föredragande" only needs
    rewriting advice), stands at the first place of the first named and lists the other places; a long text
    analysed in parts keeps one such term (:mod:`klarsprak.long_documents`), so the message counts them
    "… gånger i texten"."""
    if len(mild) < PILE_WORDS or len(mild) * PILE_EVERY < len(ctx.analysis.words):
        return
    places: dict[Entry, list[tuple[int, int]]] = {}  # each entry with its places, in text order
    for start, end, entry in mild:
        places.setdefault(entry, []).append((start, end))
    common = sorted(places.items(), key=lambda item: (item[0].advice, -len(item[1])))[:PILE_NAMED]
    named = ", ".join(f"”{ctx.text[p[0][0]:p[0][1]].lower()}” → ”{e.alternatives[0]}”"
                      + (f" ({len(p)} gånger)" if len(p) > 1 else "") for e, p in common)
    first = common[0][1][0]
    yield Term("complex_word", *first,
               f"Formella ord står {len(mild)} gånger i texten, till exempel {named}. Vart och ett är "
               f"vanlig skriftsvenska, men tillsammans gör de texten tung: byt några mot vardagliga ord.",
               source=SOURCE_PILE, occurrences=tuple((start, end) for start, end, _ in mild if (start, end) != first))


REGISTRY.terms(TermRule(
    "complex_word",
    category="plain_language",
    severity="info",
    description="Krångliga, ålderdomliga eller onödigt formella ord och uttryck som har enklare alternativ.",
    finds="complex_words",
    needs=("lemma", "pos"),
    options={"strict": False},
    # its simpler word also makes the long word go; a phrase rewritten whole ("beroende bl.a. på att" → "eftersom")
    # takes the abbreviation in it along, and says to write it out
    overrides=("long_word", "abbreviation"),
    folds=("abbreviation",),
    source="Svarta listan (Regeringskansliet); Myndigheternas skrivregler; lexicons/plain/complex_words.yaml",
    examples=Examples(
        flag=(
            "Du erhåller beslutet inom två veckor.",
            "Kommunen tillhandahåller blanketter.",
            "Därest du inte betalar skickar vi en påminnelse.",
            "Vi ringer dig i syfte att boka ett möte.",
            "Avgiften höjs innevarande år.",
        ),
        ok=(
            "Du får beslutet inom två veckor.",
            "Kommunen ger dig blanketter.",
            "Om du inte betalar skickar vi en påminnelse.",
            "Vi ringer dig för att boka ett möte.",
        ),
    ),
))
