"""Passive voice (``passive_voice``) and the ``passive_share`` metric.

A *verb group* is a main verb with its auxiliaries (UD ``aux``, ``aux:pass``,
``cop``; and a governing *bli* when the parser attaches the participle as its
``xcomp``). A group is passive when

* **s-passive**: the main verb is an s-form with ``Voice=Pass`` and is not a
  deponent or other s-verb from ``lexicons/passive/deponents.yaml``; a lemma that
  itself ends in -s (*finns* → *finnas*, *lyckades* → *lyckas*) counts as deponent
  too (see :meth:`Deponents.__contains__`). The model is trained without
  ``Voice=Pass`` on deponents (Talbanken v2 convention), so both layers agree;
* **bli-passive**: a past participle with a form of *bli* as its auxiliary
  (*blev godkänd*, *har blivit beviljad*), found by pattern over lemmas and POS
  (not only ``aux:pass``, which the training data rarely has);
* **vara + participle** is flagged only with an agent, an *av*-phrase
  (*är godkänd av nämnden*). Without an agent it describes a state (*kontoret är
  stängt*, *är stängd för renovering*) and there is nobody to name: not flagged.

Never a passive: a genitive (*de äldres*, *elevers*) or a copula, whatever the tagger says; a middle
verb (*behövs*, *saknas*, *förbättras*, *öppnas*: homographs in the lexicon) without an agent.

Every passive group counts in ``passive_share``; the ``passive_voice`` rule reports only those a
consultant would ask to rewrite (:mod:`.passive_advice`: the sender or the reader is who acts, passives pile
up, or two stand in a row; :mod:`.passive_hidden`: a duty or a decision whose doer is hidden), one finding per
verb group from the finite verb to the main verb, with the active sentence (:mod:`.active_voice`) where the parse
allows a safe one and never a doer the text does not give. The passives of English sentences (*Sweden stands
with its partners*) count nowhere.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cache
from typing import Iterator, Mapping

from spacy.attrs import DEP, HEAD, POS
from spacy.parts_of_speech import ADJ, AUX, NOUN, VERB
from spacy.tokens import Doc, Span, Token

from .. import metrics as _metrics
from ..findings import Finding
from ..doc import Analysis
from ..doc.passages import passages
from ..lexicon.loader import lexicon_file
from . import complex_word, passive_advice
from .base import REGISTRY, Context, Examples
from .sender import audience_of, sender_result
from .verb_group import BLI, VARA, VerbGroup, aux_lemma

AUX_DEPS = frozenset({"aux", "aux:pass", "cop"})
ADVERBIAL_GAP = frozenset({"ADV", "PART"})
PARTICIPLE_SUFFIXES = ("ad", "at", "ade")
NOMINAL_DEPS = frozenset({"det", "amod", "nmod:poss", "nummod"})
SOURCE = ("Myndigheternas skrivregler (Ds 2009:38) 1.2, 1.4: aktiv form när det är viktigt att visa vem som gör "
          "något; Isof Klarspråkshjälpen: skriv vi och du")


@dataclass(frozen=True)
class Homograph:
    """An s-form that is a deponent and also the passive of ``active`` (*fattades*: *fattas* 'was
    lacking', or the passive of *fatta*). In text it is a passive when it has an agent (*av …*) or
    its subject is one of ``subjects`` (*beslutet fattades*); in gold data, when its lemma is ``active``."""

    active: str
    subjects: frozenset[str]

    def passive_use(self, token: Token) -> bool:
        """Whether ``token`` (with its parse) is used as the passive."""
        nouns = [c for c in token.children if c.dep_ in ("nsubj", "nsubj:pass")]
        if token.dep_ == "acl:relcl":
            nouns.append(token.head)  # "det beslut som fattades"
        if any(c.dep_ == "obl:agent" or (c.dep_ in ("obl", "nmod") and c.i > token.i and any(
                g.lower_ == "av" and g.dep_ == "case" for g in c.children)) for c in token.children):
            return True
        return any(s in word for n in nouns for word in (n.lemma_.lower(), n.lower_) for s in self.subjects)


@dataclass(frozen=True)
class Deponents:
    """Deponent and other non-passive s-verbs: lemmas and inflected forms (lower case), and the
    forms that are also the passive of another verb (:class:`Homograph`)."""

    lemmas: frozenset[str]
    forms: frozenset[str]
    homographs: Mapping[str, Homograph] = field(default_factory=dict)

    def __contains__(self, token: Token) -> bool:
        """Whether a predicted token is a deponent: listed, or its lemma itself ends in -s.

        The -s lemma counts only when the lemmatizer changed the form (*finns* →
        *finnas*, *trivdes* → *trivas*): a lemma equal to the form is the
        lemmatizer's fallback for words it does not know (*kanaliseras*), and then
        the morphologizer's ``Voice`` decides. A homograph is decided by its context.
        """
        lemma = token.lemma_.lower()
        form = token.lower_
        if form in self.homographs:
            return not self.homographs[form].passive_use(token)
        if lemma in self.lemmas or form in self.forms:
            return True
        return len(lemma) > 2 and lemma.endswith("s") and form.endswith("s") and lemma != form

    def is_gold_deponent(self, token: Token) -> bool:
        """Deponent by gold annotation: listed, or a (gold) lemma ending in -s."""
        return self.by_lemma(token.lemma_.lower(), token.lower_)

    def by_lemma(self, lemma: str | None, form: str) -> bool:
        """Deponent by a known lemma, or by ``form`` alone (not a homograph) when ``lemma`` is None."""
        if lemma is None:
            return form in self.forms and form not in self.homographs
        if form in self.homographs:
            return lemma != self.homographs[form].active
        return lemma in self.lemmas or form in self.forms or (len(lemma) > 2 and lemma.endswith("s"))


@cache
def deponents() -> Deponents:
    """The shipped deponent lexicon (``lexicons/passive/deponents.yaml``)."""
    entries = lexicon_file("passive", "deponents.yaml").entries
    forms = {e["lemma"]: [f.lower() for f in e.get("forms", []) if " " not in f] for e in entries}
    return Deponents(
        frozenset(e["lemma"].lower() for e in entries),
        frozenset(f for fs in forms.values() for f in fs),
        {f: Homograph(e["passive_of"], frozenset(e.get("passive_subjects", ())))
         for e in entries if "passive_of" in e for f in forms[e["lemma"]]},
    )


def _is_verb(tok: Token) -> bool:
    return tok.pos_ in ("VERB", "AUX")


def _is_past_participle(tok: Token) -> bool:
    return "Part" in tok.morph.get("VerbForm") and "Pres" not in tok.morph.get("Tense") and tok.pos_ in (
        "VERB", "ADJ")


def is_s_passive(tok: Token, dep: Deponents | None = None) -> bool:
    """An s-form verb in passive voice (not a deponent)."""
    if not _is_verb(tok) or not tok.lower_.endswith("s"):
        return False
    if "Imp" in tok.morph.get("Mood") or "Part" in tok.morph.get("VerbForm"):
        return False
    dep = dep or deponents()
    if tok in dep:
        return False
    if any(c.dep_ in NOMINAL_DEPS and c.dep_ != "nummod" for c in tok.children):
        return False  # a noun in -s mistagged as a verb (samhällsinsats); a year is no evidence (grundades 1952)
    if tok.dep_ in NOMINAL_DEPS or tok.dep_ in ("nmod", "cop") or "Gen" in tok.morph.get("Case"):
        return False  # a genitive (de äldres inflytande, elevers) or a copula is never a passive
    # a homograph in passive use (beslutet fattades) is one whatever Voice the tagger gave it
    return "Pass" in tok.morph.get("Voice") or tok.lower_ in dep.homographs


def _has_agent(part: Token) -> bool:
    """An *av*-phrase (agent) attached to the participle or directly after it."""
    for child in part.rights:
        if child.dep_ in ("obl:agent", "obl", "nmod", "nmod:agent") and any(
            c.lower_ == "av" and c.dep_ == "case" for c in child.children):
            return True
    nxt = part.nbor(1) if part.i + 1 < len(part.doc) else None
    return nxt is not None and nxt.lower_ == "av" and nxt.i + 1 < len(part.doc) and part.doc[nxt.i + 1].pos_ in (
        "NOUN", "PROPN", "PRON", "DET", "ADJ", "NUM")


def _bli_xcomp_participle(tok: Token) -> bool:
    """A first-conjugation participle (-ad, -at, -ade) that the tagger missed, as ``xcomp`` of *bli*."""
    return (tok.dep_ == "xcomp" and tok.pos_ in ("NOUN", "ADJ", "VERB") and _is_verb(tok.head)
            and aux_lemma(tok.head) == BLI and tok.lower_.endswith(PARTICIPLE_SUFFIXES)
            and not tok.morph.get("Degree") in (["Cmp"], ["Sup"]) and not any(c.dep_ == "det" for c in tok.children))


def _bli_before(part: Token) -> Token | None:
    """A form of *bli* at most three tokens before the participle, with only adverbs between."""
    j = part.i - 1
    while j >= 0 and part.i - j <= 4:
        tok = part.doc[j]
        if _is_verb(tok) and aux_lemma(tok) == BLI:
            return tok
        if tok.pos_ not in ADVERBIAL_GAP:
            return None
        j -= 1
    return None


def _auxiliaries(tok: Token) -> list[Token]:
    """Verbal auxiliaries of ``tok``, following chains (aux of an aux)."""
    out: list[Token] = []
    todo = [tok]
    while todo:
        cur = todo.pop()
        for c in cur.children:
            if c.dep_ in AUX_DEPS and _is_verb(c) and c not in out:
                out.append(c)
                todo.append(c)
    return out


def verb_groups(doc: Doc | Span, dep: Deponents | None = None) -> list[VerbGroup]:
    """All verb groups (one per main verb) with their passive kind, in text order.

    A group's main verb is a token that is not itself an auxiliary and is a
    VERB/AUX, has verbal auxiliaries (a copula predicate), or is a past
    participle preceded by *bli*.
    """
    dep = dep or deponents()
    groups: list[VerbGroup] = []
    candidates, aux_heads = _candidates(doc)
    for tok in candidates:
        if tok.dep_ in AUX_DEPS and tok.head.i != tok.i:
            continue  # an auxiliary belongs to its head's group
        auxes = _auxiliaries(tok) if tok.i in aux_heads else []
        is_verb = _is_verb(tok)
        tokens = [tok, *auxes]
        kind: str | None = None
        if _is_past_participle(tok) or _bli_xcomp_participle(tok) or any(
                a.dep_ == "aux:pass" and aux_lemma(a) == BLI for a in auxes):
            bli = next((a for a in auxes if aux_lemma(a) == BLI), None)
            if bli is None and tok.dep_ == "xcomp" and _is_verb(tok.head) and aux_lemma(tok.head) == BLI:
                bli = tok.head
            if bli is None:
                bli = _bli_before(tok)
            if bli is not None:
                kind = "bli"
                if bli not in tokens:
                    tokens += [bli, *_auxiliaries(bli)]
            elif any(aux_lemma(a) == VARA for a in auxes) and _has_agent(tok):
                kind = "vara"
        elif is_verb and is_s_passive(tok, dep):
            kind = "s"
        if not (is_verb or auxes or kind):
            continue
        groups.append(VerbGroup(tok, tuple(sorted(set(tokens), key=lambda t: t.i)), kind))
    # a bli that governs a participle group (bli as head, participle as xcomp) is not a group of its own
    absorbed = _bli_heads(groups)
    return [g for g in groups if g.kind is not None or g.main.i not in absorbed]


def _candidates(doc: Doc | Span) -> tuple[Iterator[Token], set[int]]:
    """Tokens that can head a verb group, and the indices of tokens with auxiliaries.

    Reads part of speech, relation and head as arrays, so that ``Token`` objects are
    made only for verbs, adjectives (participles), nouns in *xcomp* (missed
    participles) and tokens with auxiliaries, not for every token.
    """
    if isinstance(doc, Span):
        return iter(doc), {t.head.i for t in doc if t.dep_ in AUX_DEPS}
    strings = doc.vocab.strings
    if not len(doc):
        return iter(()), set()
    array = doc.to_array([POS, DEP, HEAD])
    pos_ids, rels = array[:, 0].tolist(), array[:, 1].tolist()
    heads = array[:, 2].astype("int64").tolist()  # relative offsets, stored unsigned
    aux_ids = {strings.add(d) for d in AUX_DEPS}
    xcomp = strings.add("xcomp")
    aux_heads = {i + head for i, (rel, head) in enumerate(zip(rels, heads)) if rel in aux_ids}
    keep = [i for i, (pos, rel) in enumerate(zip(pos_ids, rels))
            if pos in _GROUP_POS or i in aux_heads or (pos == NOUN and rel == xcomp)]
    return (doc[i] for i in keep), aux_heads


_GROUP_POS = frozenset({VERB, AUX, ADJ})


def _bli_heads(groups: list[VerbGroup]) -> set[int]:
    return {t.i for g in groups if g.kind == "bli" for t in g.tokens if t.i != g.main.i}


def passive_groups(doc: Doc | Span) -> list[VerbGroup]:
    """The passive verb groups of ``doc``."""
    return [g for g in verb_groups(doc) if g.kind is not None]


def passive_share_of(doc: Doc | Span) -> float | None:
    """Passive verb groups with a finite verb / all finite verb groups (None without finite verbs)."""
    return _share(verb_groups(doc))


def _share(groups: list[VerbGroup]) -> float | None:
    finite = [g for g in groups if g.finite is not None]
    return _metrics.share(sum(1 for g in finite if g.kind is not None), len(finite))


def _cached_groups(ctx: Context) -> list[VerbGroup]:
    return ctx.analysis.derived(_groups)


def _groups(analysis: Analysis) -> list[VerbGroup]:
    """The text's verb groups, without the passive ones of English sentences (*Sweden stands with its partners*:
    *stands* and *its* are no s-passives), which count neither in a finding nor in ``passive_share``. Only a
    sentence with a passive is asked whether it is English (:meth:`~klarsprak.doc.passages.Passages.english`)."""
    borrowed = analysis.derived(passages)
    english: dict[int, bool] = {}
    kept = []
    for group in verb_groups(analysis.doc):
        unit = analysis.unit_of(group.main.i) if group.kind is not None else None
        if unit is not None and unit.index not in english:
            english[unit.index] = borrowed.english(unit.span.start_char, unit.span.end_char)
        if unit is None or not english[unit.index]:
            kept.append(group)
    return kept


@REGISTRY.rule(
    "passive_voice",
    category="plain_language",
    severity="info",
    description="Passiv form som en klarspråkskonsult vill se aktiv: när avsändaren gör något för läsaren "
                "(”Din ansökan har avslagits” → ”Vi har avslagit din ansökan”), när läsaren ska göra något "
                "(”Blanketten ska skickas in” → ”Skicka in blanketten”), när avsändaren eller läsaren är agent, "
                "och när tre passiver i en mening om vad som ska göras inte visar vem som ska göra det, i en text "
                "som talar till läsaren; i en text där avsändaren genomgående skriver ”vi”: ett beslut eller en "
                "åtgärd som ingen utför (”Berörda kommuner ska involveras”, ”Dessutom stärks skyddet” → "
                "”Dessutom stärker vi skyddet”); på en sida till ”du”: läsarens egen plan i ett villkor (”om "
                "huset ska uppföras” → ”om du ska uppföra huset”); i en text till allmänheten som inte skriver "
                "”vi”: ett beslut eller en åtgärd som ingen utför (”Stödet fördelas till …”, ”Frågan ska "
                "utredas” → fråga vem som gör det, utan att gissa), och något som gjordes och införs som en ny "
                "sak utan att någon nämns (”I samband med mötet arrangerades ett seminarium” → fråga vem); i "
                "alla texter: dubbel passiv (”avses presenteras”). "
                "Avsändaren sägs vara den som handlar bara när texten skriver ”vi” eller det gäller läsarens "
                "ärende, läsaren bara i en egen instruktion (inte i det en annan sats återger: ”ange om "
                "tabellerna ska skrivas över”); annars gissar regeln ingen aktör. Andra "
                "passiver (okänd, självklar eller oviktig aktör) rapporteras inte men räknas i passive_share; "
                "deponensverb som finnas, "
                "hoppas och lyckas räknas aldrig, inte heller behövs, saknas eller förbättras utan agent.",
    needs=("pos", "morph", "lemma", "dep"),
    source=SOURCE,
    overrides=("complex_word",),  # where it asks with the verb hidden in a noun (Advice.nominal) or a term (_term_note)
    examples=Examples(
        flag=(
            "Din ansökan har avslagits.",
            "Beslutet skickas till dig.",
            "Du kallas till intervju den 3 maj.",
            "Blanketten ska skickas in senast den 1 maj. Du kan ringa oss.",
            "Ansökan har inte beviljats av oss.",
            "Utbildningen ska planeras, dimensioneras och erbjudas i samråd med arbetslivet. Du kan läsa mer här.",
            "Du kan söka bidraget. Beslut kommer att fattas i maj.",
            "Pressmeddelande\n\nRegeringen har gett Trafikverket ett uppdrag. Berörda kommuner ska involveras i "
            "arbetet. Vi vill att det går snabbt.",
        ),
        ok=(
            "Utbildningen ska planeras, dimensioneras och erbjudas i samråd med arbetslivet.",
            "Det finns flera sätt att ansöka.",
            "Vi hoppas att du trivs i kommunen.",
            "Nämnden beslutar om bidraget.",
            "Kontoret är stängt i dag.",
            "Det behövs mer pengar till projektet.",
            "Läget förbättras för varje år.",
            "De äldres inflytande ska öka.",
            "Klubben grundades 1952.",
            "Bygglov krävs för en altan. Du kan läsa mer här.",
            "Beslutet fattades av nämnden i går.",
        ),
    ),
)
def passive_voice(ctx: Context) -> Iterator[Finding]:
    """One finding per passive verb group a consultant would ask to rewrite (:mod:`.passive_advice`):
    the sender or the reader is who acts, or passives pile up; the suggestion is the active sentence
    where the parse allows it, else how to write it. A finding that asks with the verb a noun hides (*gjordes ett
    besök*: "Vem besökte …?") replaces complex_word's advice on the same words; any other is about no words of
    complex_word's (its ``about`` is empty), so both stay (*ska uppföras*: who, and the plainer *bygga*)."""
    for advice in passive_advice.advise(ctx.analysis, _cached_groups(ctx), sender_result(ctx), audience_of(ctx)):
        group = advice.group
        note = None if advice.nominal else _term_note(group.main)
        message = advice.message if note is None else f"{advice.message} {note}"
        suggestions = advice.suggestions if note is None else ()  # the ready sentence would keep the word
        finding = ctx.finding(group.start, advice.end or group.end, message, suggestions)
        if not advice.nominal and note is None:
            ctx.about[finding] = ()
        yield finding


def _term_note(verb: Token) -> str | None:
    """The note of the complex_word entry of ``verb`` where its advice rewrites the sentence or explains the word
    (*delges*: "Skriv 'vi skickar beslutet till dig' och förklara …"), else None. An active sentence with the verb
    (*Vi delger beslutet dig*) says the word complex_word advises against: the passive finding gives the note
    instead of that sentence and replaces complex_word's finding, one finding (review 28 B, item 7)."""
    lex = complex_word.lexicon()
    return next((entry.note for lemma in lex.index.lemmas_for(verb.lower_, verb.lemma_)
                 for entry in lex.by_first.get(lemma, ())
                 if len(entry.words) == 1 and entry.grade == "strong" and (entry.term or entry.advice)), None)


@REGISTRY.metric("passive_share", needs=("pos", "morph", "lemma", "dep"),
                 description="Passiva verbgrupper / finita verbgrupper.")
def passive_share(ctx: Context) -> float | None:
    """``metrics.passive_share``: passive verb groups / finite verb groups."""
    return _share(_cached_groups(ctx))
