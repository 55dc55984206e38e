"""Long sentences: report the long ones that are hard to follow, say why, and where to split them.

Length alone does not make a sentence hard. Swedish plain-language guidance names what does, and the parse
shows it: a heavy opening before the main clause's first verb (Språktidningen, "Så skriver du enklare
meningar": the *fundament*; Klartext, "Skriver du vänstertungt?": the verb early, subject and verb close),
subordinate clauses nested in one another, long insertions (Språkligt, "Så skriver du tydliga meningar": avoid
*inskott*, also between commas), several statements in one sentence, and a long string of noun phrases without
a verb (Tillväxtverket, "Klarspråk och effektiva texter": verbs, not nouns). The same guides name the split
points: before *och*/*samt*/*men* that join statements, before a relative *som*/*vilket*, before *för att*/*så
att*/*eftersom* in mid-sentence (Språktidningen; Funka, "Skriv lagom korta meningar"), and a list of examples
as a bulleted list (Institutet för de inhemska språken via Kommuntorget.fi). The usual guideline of 10–25
words (Språktidningen, Funka) sets ``max_words``. A long sentence that is one main clause with a plain
enumeration (names, places, amounts) reads easily: it is not reported, or noted (``info``) when it is more
than twice ``max_words``; so is a hard quotation, which is not the writer's own sentence. So is, up to
``max_words + EASY_MARGIN`` words, a chain of short statements or one statement in plain words whose clauses
each close the sentence (a reader takes them one at a time). The advice names a real clause boundary
(``_sentence_splits``; several for a very long sentence, ``_sentence_choice``) or a list (``_sentence_lists``);
a hard sentence under ``SURE_WORDS`` words that has none is not reported (docs/long-sentences.md).
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Iterator

from spacy.tokens import Span, Token

from ..doc.passages import passages
from ..doc.words import is_long
from ..findings import Finding
from ..sender.genre import shown_genre
from . import _sentence_choice as choice
from . import _sentence_inserts as inserts
from . import _sentence_lists as lists
from . import _sentence_parse as parse
from . import _sentence_reorder as reorder
from . import _sentence_splits as splits
from ._sentence_quotes import quotation, speech_tail
from ._sentence_splits import CLAUSE_DEPS, STATEMENT_BREAKS
from .base import REGISTRY, Context, Examples
from .sender import SPEAKING, sender_result

LONG_SENTENCE_WORDS = 25
#: Words before the main clause's finite verb that make an opening heavy (in a V2 language one short
#: constituent normally stands first); names do not count (a subject of two people with their titles is
#: long but not heavy).
HEAVY_FRONT = 15
#: An opening that holds a relative clause and is no adverbial clause (*Av vissa av de betänkanden som i dag har
#: lagts fram … framgår det*, *Cyklist som ska svänga … kör*) is heavy from this many words: the reader holds
#: a noun open across a clause (an opening *Om du …, behöver du* of 14 words reads naturally: stop 23).
CLAUSE_FRONT = 12
#: Up to this many words a sentence needs one subordinate clause (or level) more than ``MANY_CLAUSES`` to be
#: hard for its clauses alone (blind dev judges and the builder found 26-30-word sentences with three
#: clauses easy enough for their genre).
SHORT_WORDS = 30
#: Below this many words a hard sentence is reported only with a concrete place to split or move: blind
#: judges found 26-34-word sentences with only general advice, or only a note, "reasonably clear".
SURE_WORDS = 35
#: Subordinate clauses (finite, or infinitival with *att*), or nesting depth, that make a long sentence hard.
MANY_CLAUSES = 3
#: Above ``max_words`` plus this many words, any subordinate clause or second statement makes a sentence hard.
VERY_LONG_MARGIN = 10
#: Commas that make a sentence with a single subordinate clause an enumeration (names with titles, places).
ENUMERATION = 4
#: A long sentence that is easy to follow is hard for its clauses or its statements alone only above ``max_words``
#: plus this many words. Easy: a chain of ``CHAIN_STATEMENTS`` or more statements of ``CHAIN_MEAN`` words or
#: fewer on average (*Vi hade sett fram emot … men … började det snöa och vid start hade vi …, så det blev …*),
#: read one at a time; or plain words (under ``PLAIN_SHARE`` of them long as LIX counts them) in clauses that
#: each close the sentence, none interrupting another (*… tacksam över att jag har en säng … och fönster som
#: skyddar mig … mot stormen som dragit in …*). Blind judges of the blog posts (stop 27) called such sentences
#: of 33-40 words "reads easily", "clear and deliberate", and run-ons of 42 words or more hard. Not in a text a
#: sender writes to its reader (:func:`_to_reader`: a letter, a press release, a newsletter, a job ad, a page to
#: *du*), where it was never judged.
EASY_MARGIN = 15
CHAIN_STATEMENTS = 3
CHAIN_MEAN = 13
PLAIN_SHARE = 0.2
GENERAL = "Dela meningen i två eller fler meningar: en tanke per mening."
LISTED = "Meningen räknar upp många saker: gör en punktlista av dem, eller dela upp dem på flera meningar."
#: Number words for the parts of a sentence split in several places.
PARTS = {3: "tre", 4: "fyra", 5: "fem"}
SOURCE = ("Språktidningen: Så skriver du enklare meningar; Funka: Skriv lagom korta meningar; Klartext: Skriver "
          "du vänstertungt?; Språkligt: Så skriver du tydliga meningar")


@REGISTRY.rule(
    "long_sentence",
    category="plain_language",
    severity="warning",
    description=("Långa meningar (fler ord än max_words, standard 25) som är svåra att följa: tung inledning "
                 "före huvudverbet, bisatser i flera led, långa inskott eller flera påståenden i en mening."),
    options={"max_words": LONG_SENTENCE_WORDS},
    source=SOURCE,
    # a long sentence that nominal_style also finds is one sentence to rewrite: one finding, with its nouns and
    # their verbs in it
    overrides=("nominal_style",),
    folds=("nominal_style",),
    examples=Examples(
        flag=("Den som vill ansöka om bygglov för en tillbyggnad av sitt bostadshus ska skicka in "
              "ritningar, situationsplan och en beskrivning av åtgärden till nämnden innan arbetet "
              "påbörjas eftersom handläggningen annars kan försenas avsevärt.",),
        ok=("Skicka in ritningarna. Vi svarar inom fyra veckor.",
            "På mötet i Stockholm talade justitieministern Anna Berg, utrikesministern Per Holm, försvarsministern "
            "Eva Lund, sjukvårdsministern Karin Ek, finansministern Johan Ström, miljöministern Sara Lind, "
            "skolministern Nils Dahl och kulturministern Lars Björk."),
    ),
)
def long_sentence(ctx: Context) -> Iterator[Finding]:
    """A finding for every long sentence that is hard to follow, naming what makes it hard and where to split.

    A long sentence that is easy (one main clause with an enumeration, a title or list without a main
    verb) is noted only when it is more than twice ``max_words``; so is a hard quotation, never warned."""
    limit = int(ctx.option("max_words"))
    for unit in ctx.units:
        n = len(unit.words)
        if n <= limit:
            continue
        if ctx.analysis.derived(passages).english(unit.start, unit.end):
            continue  # not Swedish: not ours to shorten
        span = ctx.doc[ctx.analysis.token_range(unit.start, unit.end).start:unit.span.end]  # without a list marker
        start = unit.start
        heading = parse.run_in_heading(span)
        if heading is not None:  # "Lokal värdebehållning … – Ett grundläggande förhållningssätt …": the sentence
            span, start = ctx.doc[heading:span.end], ctx.doc[heading].idx
            n = sum(w.start >= start for w in unit.words)
            if n <= limit:
                continue
        tail = speech_tail(ctx.tokens, span)
        found = assess(span, n, limit, tail, lenient=not _to_reader(ctx))
        if found is None:
            continue
        severity, message, suggestion = found
        if quotation(ctx, span, tail):  # not the writer's own sentence: a note when hard and very long
            if severity == "info" or n <= 2 * limit:
                continue
            severity, message = "info", "Ett långt citat: " + message[0].lower() + message[1:] + \
                " Be den du citerar om kortare meningar, eller återge det med egna ord."
        yield ctx.finding(start, unit.end, message, [suggestion], severity=severity)


def _to_reader(ctx: Context) -> bool:
    """A text a sender writes to its reader: a letter, a press release, a newsletter or a job ad (``SPEAKING``), or
    one that speaks to *du* or *ni* (``SenderResult.addresses_reader``). Not a blog post, a web page that speaks
    to nobody, a textbook or a novel."""
    return ctx.analysis.derived(shown_genre) in SPEAKING or sender_result(ctx).addresses_reader


def assess(span: Span, n: int, limit: int, tail: int | None = None,
           lenient: bool = True) -> tuple[str, str, str] | None:
    """Severity, message and advice for a sentence of ``n`` words (more than ``limit``), or None if it is
    long but easy and not very long, or hard without advice a writer can use; ``lenient``: a long sentence may be
    easy (:meth:`Structure.easy`), not in a text a sender writes to its reader.

    Blind judges called the notes of stop 22 (a hard sentence under ``SURE_WORDS`` words, with only its
    clauses named) debatable or wrong, and general advice for a sentence that is hard only by its length
    (*1 bisats i en mening på 58 ord*) debatable: such sentences are left alone."""
    s = structure(span, tail)
    if not lenient:
        s = replace(s, lenient=False)
    known = s.verb is not None or s.finite and n > 2 * limit  # (verbs outside a main clause: read if very long)
    hard = s.reasons(n, limit) if known else []
    length = s.length_only(n, limit) if known and not hard else None
    if hard or length:
        advice = s.advice(span, n, limit, vague=bool(hard))
        if advice is None:
            return None
        return "warning", f"Meningen har {n} ord och är svår att följa: {'; '.join(hard or [length])}.", advice
    if n <= 2 * limit:
        return None
    if not s.finite:
        return ("info", f"Raden har {n} ord men inget huvudverb: en rubrik eller uppräkning?",
                "Gör uppräkningen till en punktlista, eller korta rubriken.")
    if s.verb is None:  # verbs the parse did not join into a main clause: say nothing about the verb
        return "info", f"Meningen har {n} ord.", LISTED if _listed(span) >= ENUMERATION else GENERAL
    return ("info", f"Meningen har {n} ord men är enkelt byggd (en huvudsats med en uppräkning).",
            "Den går att följa; en punktlista gör uppräkningen lättare att överblicka.")


@dataclass(frozen=True)
class Structure:
    """What the parse says about one sentence; each part is None/0/empty when the sentence lacks it."""

    verb: Token | None  # the main clause's finite verb
    root: Token | None  # the head of the main clause
    mains: tuple[Token, ...]  # heads of the main clauses (the first and those coordinated with it)
    items: list[Span]  # the items of a long enumeration of long items
    front: int  # words before it
    clauses: list[Token]  # heads of subordinate clauses, in text order
    depth: int  # the deepest nesting of subordinate clauses
    insert: tuple[int, int] | None  # token range of the longest inner parenthesis or dash pair
    insert_words: int  # words inside it
    joined: Token | None  # the first word of a second statement joined to the first
    commas: int  # commas in the sentence (many, with one clause: an enumeration)
    gap: tuple[Token, Token, int] | None = None  # a subject, its finite verb far after it and the words between
    front_clause: bool = False  # the opening holds a relative clause and is no adverbial clause
    nominal: tuple[int, int, int] | None = None  # first and last token and words of a long stretch without a verb
    subject_opening: bool = False  # the opening is the main clause's subject (*Att som minister se … gör mig*)
    finite: bool = False  # a finite verb outside brackets, wherever the parse put it
    statements: tuple[int, ...] = ()  # the words of each statement, in text order
    interrupting: int = 0  # subordinate clauses after which the clause that holds them goes on
    long_share: float = 0.0  # the share of long words (LIX's)
    lenient: bool = True  # a long sentence may be easy (:meth:`easy`): not in a text a sender writes to its reader

    def easy(self, n: int, limit: int) -> bool:
        """Long but easy to follow (see :data:`EASY_MARGIN`): up to ``limit + EASY_MARGIN`` words, a chain of
        short statements, or one statement in plain words whose clauses each close the sentence, nested at most
        ``MANY_CLAUSES`` deep (*… att … om det finns risk för att …* five deep is hard in any words); nothing heavy
        in front, no insertion, no distant subject. (Two statements of plain words are no chain: blind judges
        signed the split of *…, men det gäller bara om …* and of a comma splice.)"""
        if (not self.lenient or n > limit + EASY_MARGIN or self.heavy or self.insert is not None
                or self.gap is not None):
            return False
        if len(self.statements) >= CHAIN_STATEMENTS:
            return n <= CHAIN_MEAN * len(self.statements)
        return len(self.statements) == 1 and self.long_share < PLAIN_SHARE and not self.interrupting \
            and self.depth <= MANY_CLAUSES

    @property
    def heavy(self) -> bool:
        """The opening before the main verb is heavy (:data:`HEAVY_FRONT`, :data:`CLAUSE_FRONT`)."""
        return self.verb is not None and self.front >= (CLAUSE_FRONT if self.front_clause else HEAVY_FRONT)

    def reasons(self, n: int, limit: int) -> list[str]:
        """What makes the sentence hard, in words for the writer."""
        found = []
        if self.heavy:
            found.append(f"{self.front} ord före huvudverbet ”{self.verb.text}”")
        needed = MANY_CLAUSES + (n <= SHORT_WORDS)
        easy = self.easy(n, limit)
        if not easy and (len(self.clauses) >= needed or self.depth >= needed):
            nested = f" i {self.depth} led" if self.depth > 1 else ""
            found.append(f"{len(self.clauses)} bisatser{nested}")
        if self.gap is not None and not (self.heavy
                                         and self.gap[1].i == self.verb.i):
            subject, verb, words = self.gap
            found.append(f"{words} ord mellan subjektet ”{subject.text}” och verbet ”{verb.text}”")
        if self.insert is not None:
            found.append(f"ett inskott på {self.insert_words} ord")
        very_long = n > limit + VERY_LONG_MARGIN
        if self.items and very_long:
            found.append(f"en uppräkning av {len(self.items)} långa led")
        splice = self.joined is not None and self.joined.dep_ != "cc" and self.joined.nbor(-1).text == ","
        if self.joined is not None and very_long and (splice or not easy):  # a comma splice is a fault of its own
            found.append("flera påståenden i samma mening")
        if self.nominal is not None and not found and self.length_only(n, limit) is None:
            found.append(self.nominal_reason)  # a reason of its own only alone: the others' advice stays
        return found

    @property
    def nominal_reason(self) -> str:
        return f"{self.nominal[2]} ord i rad utan verb" if self.nominal is not None else ""

    def length_only(self, n: int, limit: int) -> str | None:
        """A very long sentence with a subordinate clause but nothing else that makes it hard (not an
        enumeration: ``ENUMERATION`` commas and one clause): reported only with a concrete split."""
        if n > limit + VERY_LONG_MARGIN and self.clauses and not (len(self.clauses) == 1
                                                                  and self.commas >= ENUMERATION) \
                and not self.easy(n, limit):
            return f"{len(self.clauses)} bisats{'er' if len(self.clauses) > 1 else ''} i en mening på {n} ord"
        return None

    def advice(self, span: Span, n: int, limit: int, vague: bool = True) -> str | None:
        """Where and how to split or reorder, at a real clause boundary; general advice only when ``vague`` is
        allowed and the sentence has ``SURE_WORDS`` words or more, else None (the judges did not sign vague
        advice on shorter sentences); a list for parallel members or a sentence of more than twice ``limit``
        words with many commas. No chain of clauses is named: blind dev judges found 8 of 10 such findings
        debatable (a restrictive or object clause cannot stand alone) and 7 of 8 with the general advice
        correct."""
        doc = span.doc
        very = n > 2 * limit  # one fix that leaves a sentence of more than 2 x limit words is none (blind judges)
        if self.insert is not None:  # (before several splits: judges signed the lift-out in 70-94-word sentences)
            inner = doc[self.insert[0] + 1:self.insert[1]].text
            return f"Lyft ut inskottet ”{_shorten(inner)}” till en egen mening."
        if self.items:
            return lists.list_advice(self.items)
        several = choice.several(span, self.root, self.mains, limit) if self.root is not None and very else []
        if len(several) > 1:
            cues = [s.cue for s in several]
            return (f"Dela meningen i {PARTS.get(len(cues) + 1, len(cues) + 1)} meningar: {', '.join(cues[:-1])} "
                    f"och {cues[-1]}.")
        split = several[0] if several else choice.best(span, self.root, self.mains) if self.root is not None \
            else None
        if split is not None and not (very and max(inserts.words(doc[span.start:split.at]),
                                                   inserts.words(doc[split.at:span.end])) > 2 * limit):
            return split.advice
        heavy = self.heavy
        moved = reorder.front_first(span, self.verb, self.root) or reorder.heavy_subject(span, self.verb) \
            if heavy else None
        if moved is None and self.gap is not None:
            moved = reorder.distant_subject(span, *self.gap[:2])
        if moved is not None:
            return moved
        if heavy and self.subject_opening and n < SURE_WORDS:
            return None  # the opening is the subject: it cannot be a sentence of its own (blind dev judges)
        if heavy:
            return (f"Börja med huvudsatsen (”… {self.verb.text} …”) och gör inledningen "
                    f"”{_shorten(doc[span.start:self.verb.i].text, 4)}” till en egen mening.")
        if self.nominal is not None and self.reasons(n, limit) == [self.nominal_reason]:
            return _nominal_advice(doc[self.nominal[0]:self.nominal[1] + 1])
        if n > 2 * limit and _listed(span) >= ENUMERATION:
            return LISTED
        if n < SURE_WORDS or not vague:
            return None
        return GENERAL


_shorten = splits.shorten
_is_word = splits.is_word


def _subject(opening: list[Token], verb: Token | None) -> bool:
    """The opening's first word (after a conjunction) belongs to the subject of the main verb (or of the word
    it is copula or auxiliary to): the opening is the subject, which cannot be made a sentence of its own."""
    first = next((t for t in opening if t.dep_ != "cc"), None)
    if first is None:
        return False
    head = verb.head if verb.dep_ in ("aux", "aux:pass", "cop") else verb
    if first.lower_ == "att" and not any(c.dep_.startswith(("nsubj", "expl")) and c.i > verb.i for c in head.children):
        return True  # *Att som minister se … gör mig stolt*: an infinitive clause the parser attached as adverbial
    return any(c.dep_.startswith(("nsubj", "csubj")) and c.left_edge.i <= first.i <= c.right_edge.i
               for c in head.children)


def _nominal_advice(stretch: Span) -> str:
    """Rewrite a long stretch of noun phrases with verbs (the blind labellers' "dela upp och använd verb"; a title
    with its numbers is no such stretch: ``parse.REFERENCE_NUMBERS``)."""
    return (f"Frasen ”{_shorten(stretch.text)}” har {inserts.words(stretch)} ord utan verb: skriv om den med "
            "verb (vem gör vad?) och dela upp meningen.")


def _listed(span: Span) -> int:
    """Stretches between commas that hold no verb: the items of an enumeration (a sentence whose commas part
    clauses is no list: r9's judges did not sign list advice for *… gemenskapsinitiativen, så att …*)."""
    items, verb = 0, False
    for t in span:
        if t.text == ",":
            items, verb = items + (not verb), False
        elif t.pos_ in ("VERB", "AUX"):
            verb = True
    return items + (not verb)


def structure(span: Span, tail: int | None = None) -> Structure:
    """The parts of a sentence that make it hard to follow, read from its dependency parse; ``tail`` is the comma
    before a "…, säger ministern" tail, which no insertion crosses."""
    start, end = span.start, span.end
    # the parse's root ("Syftet är att förbättra …" is rooted in "förbättra"), or a word attached outside the
    # unit that is no subordinate clause (a unit cut from a longer parsed sentence)
    bracketed = inserts.bracketed(span)
    dashed = inserts.dashes(span)
    aside = {i for opened, closed in dashed for i in range(opened + 1, closed)}
    roots = [t for t in span if t.i not in bracketed and (t.head.i == t.i or not start <= t.head.i < end
             and not (t.dep_ in CLAUSE_DEPS or any(c.dep_ == "mark" for c in t.children)))]
    root = next((r for t in roots for r in (t, *t.children) if (r is t or r.dep_ in ("parataxis", "conj"))
                 and _is_word(r) and parse.main_verb(r) is not None and not parse.relative(r)
                 and r.i not in aside and parse.main_verb(r).i not in bracketed), None)
    verb = parse.main_verb(root) if root is not None else None
    opening = [t for t in span.doc[start:parse.opening_end(span, verb)] if _is_word(t)] \
        if verb is not None and not parse.continues(span) else []
    front = sum(t.pos_ != "PROPN" for t in opening)
    front_clause = bool(opening) and opening[0].dep_ != "mark" and any(
        t.dep_ == "acl:relcl" or parse.relative(t) and t.pos_ in ("VERB", "AUX") for t in opening)
    clauses = [t for t in span if parse.is_clause(t)]
    short = sum(map(_is_word, span)) <= SHORT_WORDS
    insert = inserts.longest(span, dashed, short) \
        or inserts.comma_pair(span if tail is None else span.doc[start:tail + 1])
    gap = parse.gap(span, bracketed, SHORT_WORDS)
    mains = parse.mains(root, span) if root is not None else ()
    words = [t for t in span if _is_word(t)]
    return Structure(verb, root, mains, lists.enumeration(span) or lists.parallel_items(span),
                     front, clauses, parse.depth(span), insert,
                     inserts.words(span.doc[insert[0] + 1:insert[1]]) if insert else 0,
                     parse.joined(root, span) if root is not None else None, sum(t.text == "," for t in span), gap,
                     front_clause, parse.nominal(span), _subject(opening, verb),
                     verb is not None or any(t.pos_ in ("VERB", "AUX") and splits.finite(t) and t.i not in bracketed
                                             for t in span),
                     *((_statements(span, mains), sum(parse.interrupts(c, span) for c in clauses))
                       if len(words) <= splits.MAX_SPLIT_WORDS else ((), 0)),  # (only short ones can be easy)
                     sum(is_long(t.text) for t in words) / max(1, len(words)))


def _statements(span: Span, mains: tuple[Token, ...]) -> tuple[int, ...]:
    """The words of each statement of the sentence: the parts between the starts of its coordinated main
    clauses (also those the parse hung elsewhere, after a comma) and the semicolons and spaced ellipses
    (:data:`STATEMENT_BREAKS`) inside it."""
    doc = span.doc
    cuts = {splits.subtree_start(m) for m in mains[1:]} | {s.at for s in choice.comma_statements(span)} | {
        t.i for t in span[1:-1] if t.text in STATEMENT_BREAKS and t.whitespace_ and doc[t.i - 1].whitespace_}
    bounds = [span.start, *sorted(cuts), span.end]
    return tuple(n for n in (sum(map(_is_word, doc[lo:hi])) for lo, hi in zip(bounds, bounds[1:])) if n)

