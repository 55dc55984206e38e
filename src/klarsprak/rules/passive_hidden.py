"""Passives that hide who decides or who must act (a plain-language consultant's "who does it?"; Myndigheternas
skrivregler 1.2, 1.4):

* **a decision or measure of the sender's**: a ``decisions`` verb (*stärka, utreda, se över, involvera, fatta*,
  *ta* with a decision as subject) in the main clause, without an agent, with a named subject, in a text to the
  public whose sender speaks as *vi* throughout (``Audience.we`` of :func:`.sender.audience`: a speech, a
  statement, a debate article by ministers). In the present or future the hidden doer is the sender (*Dessutom stärks skyddet* → *Dessutom
  stärker vi skyddet*; *tas de första besluten*); with *ska, skall, måste, behöver, bör* it is a duty whose doer
  may be someone else (*Berörda samverkansaktörer ska involveras* → "Vem ska involvera berörda
  samverkansaktörer?", advice). Not a report of what happened (*genomfördes 2019*), a past modal (*skulle*), a
  negated duty, a norm about all of a kind (*alla …*) or what must be possible (*ska kunna …*). Other duties
  with nobody named (*Civila måste skyddas*, *Trenden måste brytas*, *Medlen ska användas till …*) are goals
  and demands whose doer the reader understands: blind judges called them debatable, and on the other
  development documents most were. In a text to the public whose sender does not speak as *vi* (a press
  release, an article, an agency's page), a decision in the present with nobody named (*Stödet fördelas till
  humanitära organisationer*) or a duty to carry one out (*Frågan ska utredas vidare*) is reported as a question
  (*Vem fördelar stödet?*, *Vem ska utreda frågan?*), since no doer can be named from the text;
* **something made or done, introduced as a new thing**: a finite s-passive in the past in the main clause, whose
  subject comes after the verb with an indefinite article (*I samband med toppmötet arrangerades också ett
  högnivåevent*, *I samband med detta gjordes ett verksamhetsbesök*), in a text from an organisation to the public
  (``Audience.public`` and ``official``): the sentence tells that someone did something and hides who. No doer can
  be named from the text, so the advice asks (*Vem arrangerade ett högnivåevent?*). Not a thing the text is about
  (*Valen genomfördes 2019*: definite), not the present (*Den 1 juli införs en ny bestämmelse*: a law summary's
  report of what changes), not news with no sender, not a private person's text;
* **the reader's own plan told impersonally**: a ``reader_works`` verb (*uppföra, placera, installera …*) in a
  condition or a relative clause of a text that speaks to *du* (*om komplementbyggnaden ska uppföras* → *om du
  ska uppföra komplementbyggnaden*, *En skorsten som placeras på …* → *Om du placerar en skorsten på …*). A rule
  about the thing in a main clause (*Altanen ska placeras minst 4,5 meter från tomtgränsen*) and an indirect
  question (*på vilken fasad balkongen ska byggas*) are left alone.

Neither is reported outside the writer's own running text (:func:`own_words`): in a heading, where a passive is
normal news style (*Sjö- och flygräddningens hemvist utreds*), or in someone else's words, a quotation or a
sentence attributed with "…, säger X" (*… ska involveras i detta arbete, säger ministern*). A decision (not a
duty, whose doer may be someone else) is not reported where the doer is named right there (:func:`doer_named`:
*Regeringen föreslår … Dessutom stärks skyddet …*).
"""

from __future__ import annotations

from spacy.tokens import Token

from ..doc import Analysis
from ..doc.passages import passages
from ..lexicon.inflection import verb_form
from ..sender.knowledge import knowledge
from . import active_voice
from ._sentence_quotes import speech_tail
from .complex_word import complex_matches
from .long_word import NOT_RUNNING_TEXT
from .passive_clause import (CAN, WH, Advice, actors, hidden_sender, main_clause, modal_of, negated, particles,
                             subject_of)
from .sender import Audience
from .verb_group import VerbGroup

#: Determiners that make a subject generic (a norm about all of a kind, not a task for someone).
GENERIC = frozenset({"alla", "all", "allt", "varje", "var", "vart", "ingen", "inget", "inga"})
#: How many words before the noun a *vilken* makes its relative clause an indirect question (*vilken byggnad/byggnader*).
QUESTION_REACH = 3
#: Longest subject (in words) that the duty message repeats as the object; a longer one is *det*.
SHORT_OBJECT = 4


def _present(group: VerbGroup) -> bool:
    """Present or future (*stärks*, *ska involveras*, *kommer att fattas*): not a report of what happened
    (*genomfördes*, *har stärkts*), whose doer a reader seldom needs."""
    finite = group.finite
    if finite is None or "Past" in finite.morph.get("Tense") or any(
            t.lemma_.lower() == "ha" for t in group.tokens if t is not group.main):
        return False
    return not (finite is group.main and active_voice.strong_preterite(finite.lower_, finite.lemma_.lower()))


def _decided(group: VerbGroup, subject: Token) -> bool:
    """A decision or measure the sender carries out itself (``decisions``: *stärks*, *ses över*), or *ta* with
    a decision as subject (*tas de första besluten*)."""
    lists = actors()
    verbs = lists.verbs(group)
    return bool(verbs & lists.decisions) or ("ta" in verbs and any(
        subject.lemma_.lower().endswith(n) for n in lists.decision_nouns))


def _verbs(group: VerbGroup, modal: Token | None) -> str:
    """The active verbs the doer would take (*ska involvera*, *behöver se över*)."""
    if modal is not None and modal not in group.tokens:  # *behöver … ses över*: the infinitive after the modal
        verbs = [modal.lower_, group.main.lower_[:-1] if group.kind == "s" else active_voice.lemma_hint(group)]
    else:
        verbs = active_voice.active_verbs(group) or [active_voice.lemma_hint(group)]
    return " ".join([*verbs, *particles(group)])


def _named(subject: Token) -> bool:
    """A subject that is a thing or a group named by a noun (*Stödet*, *Civila*), not a pronoun, a relative or the
    line break the parser may take for the subject of a heading in a list (*Stödet till … avskaffas*)."""
    return subject.pos_ in ("NOUN", "PROPN", "ADJ") and not subject.is_space


def _hidden_duty(group: VerbGroup, text: str, modal: Token, subject: Token, addressed: bool, we: bool) -> Advice:
    """A duty (*ska, måste, behöver, bör* + passive) in a main clause, with nobody named to carry it out; in a
    text to *du* the reader may be the one, in a text whose sender speaks as *vi* (``we``) the sender; else the
    advice names nobody."""
    verbs = _verbs(group, modal)
    plural = "Plur" in subject.morph.get("Number") or any(c.dep_ == "conj" for c in subject.children)
    what = active_voice.as_object(subject) if len(list(subject.subtree)) <= SHORT_OBJECT else (
        "dem" if plural else "det")
    who = ", ".join([*(["”du” om det är läsaren"] if addressed else []), *(["”vi” om det är ni"] if we else [])])
    message = (f"Vem {verbs} {what}? Den passiva formen ”{text}” säger vad som {modal.lower_} göras men inte vem "
               f"som {modal.lower_} göra det, och det behöver läsaren veta. Skriv ut vem som ansvarar.")
    said = f": {who}, annars den som ansvarar," if who else ","
    return Advice(group, message, (f"Skriv ut vem som {verbs} {what}{said} som subjekt i en aktiv mening.",))


def _who_decides(group: VerbGroup, text: str, subject: Token) -> Advice:
    """A decision or measure in the present with nobody named, in a text whose sender does not speak as *vi*:
    the doer is not known here, so the advice asks for it instead of naming one."""
    verbs = _verbs(group, None)
    what = active_voice.as_object(subject) if len(list(subject.subtree)) <= SHORT_OBJECT else "det"
    message = (f"Vem {verbs} {what}? Den passiva formen ”{text}” säger att något beslutas eller görs men inte "
               "vem som gör det. Skriv ut vem som ansvarar, om läsaren behöver veta det.")
    return Advice(group, message, (f"Skriv ut vem som {verbs} {what}, som subjekt i en aktiv mening.",))


def _generic(subject: Token) -> bool:
    """A subject about everything of a kind (*alla händelser*, *varje avslöjande*): a norm, not a task."""
    return any(c.lower_ in GENERIC for c in subject.children if c.dep_ == "det")


def own_words(analysis: Analysis, group: VerbGroup) -> bool:
    """Whether ``group`` is in the writer's own running text: not in a heading, a table cell or a field
    (``NOT_RUNNING_TEXT``), not in a quotation or quoted speech (:mod:`klarsprak.doc.passages`), not in a
    sentence that ends in a "…, säger X" attribution (:func:`._sentence_quotes.speech_tail`)."""
    unit = analysis.unit_of(group.main.i)
    if unit is None or unit.kind in NOT_RUNNING_TEXT:
        return False
    return not (analysis.quotes.contains(group.start, group.end)
                or analysis.derived(passages).borrowed(group.start, group.end) == "citat"
                or speech_tail(analysis.tokens, unit.span) is not None)


def doer_named(analysis: Analysis, group: VerbGroup, organisation: str | None, main: bool = False) -> bool:
    """Whether the passive's sentence or the one before it has the sender or an organisation as the subject of a
    verb: *vi* (``sender_words``), the sender verdict's ``organisation`` or an organisation of the sender lexicons
    (*Regeringen föreslår …*). Then the reader knows who decides. ``main``: only the subject of a main clause
    counts, not one in a relative clause about something else (*… det samarbetsavtal som regeringen tecknade*)."""
    unit = analysis.unit_of(group.main.i)
    if unit is None:
        return False
    spans = [analysis.units[unit.index - 1].span, unit.span] if unit.index else [unit.span]
    we, known = actors().sender_words, knowledge()
    return any(t.dep_ == "nsubj" and (not main or _in_main_clause(t))
               and (t.lower_ in we or known.lookup(t.text) is not None
                    or organisation is not None and t.lower_ == organisation.lower())
               for span in spans for t in span)


def _in_main_clause(subject: Token) -> bool:
    """The subject of the sentence's root verb or of a verb coordinated with it (*Regeringen bjöd in …*)."""
    verb = subject.head
    return verb.dep_ == "ROOT" or verb.dep_ == "conj" and verb.head.dep_ == "ROOT"


def hidden(group: VerbGroup, text: str, audience: Audience, addressed: bool, named: bool) -> Advice | None:
    """The advice for an agentless passive that hides who decides or carries out a measure (``decisions``), or
    None, in a text to the public (``Audience.public``); where its sender does not speak as *vi* throughout
    (``Audience.we``) the advice asks who instead of naming *vi*. ``named``: the sender or an organisation is the
    subject right there (:func:`doer_named`), so a decision hides nobody; a duty's doer may still be someone else."""
    if not audience.public:
        return None
    we = audience.we
    subject = subject_of(group)
    if (subject is None or not _named(subject) or not main_clause(group)
            or not _decided(group, subject)):
        return None
    duty = modal_of(group, actors().duties)
    if duty is None and not we:  # a decision in a text that does not speak as *vi*: who decides, unnamed
        return None if named or not _present(group) or negated(group) or _generic(subject) else _who_decides(
            group, text, subject)
    if duty is None:  # a decision of the sender's, by a sender that otherwise speaks as *vi*
        return None if named else hidden_sender(group, (
            f"Dold avsändare: ”{text}” är något som ni som avsändare beslutar eller gör, men den passiva formen säger "
            "inte vem som gör det, fast texten annars skriver ”vi”. Skriv ”vi” (eller ert namn), så ser läsaren vem "
            "som handlar.")) if _present(group) else None
    if "Past" in duty.morph.get("Tense") or negated(group) or _generic(subject) or modal_of(group, CAN):
        return None  # a hypothesis, a prohibition, a norm about all of a kind, what must be possible
    return _hidden_duty(group, text, duty, subject, addressed, we)


def _new_thing(group: VerbGroup, subject: Token | None) -> bool:
    """The subject is a new thing, introduced after the verb with an indefinite article (*I samband med toppmötet
    arrangerades också ett högnivåevent*): the sentence tells that something was made or done, not what became of a
    thing the text is about (*Valen genomfördes 2019*)."""
    return (subject is not None and subject.pos_ == "NOUN" and subject.i > group.main.i
            and "Ind" in subject.morph.get("Definite")
            and any(c.dep_ == "det" and c.lemma_.lower() == "en" for c in subject.children))


def _hidden_verb(analysis: Analysis, group: VerbGroup, subject: Token) -> tuple[str, int] | None:
    """The past tense of the verb hidden in the subject, when the group's verb and the subject are a phrase of the
    plain lexicon that one verb replaces (*gjordes ett besök*: *besöka*, *fattades ett beslut*: *besluta*, *gavs ett
    svar på*: *svara på*), and the character where the phrase ends; None when there is none, or the noun has an
    adjective or a number the verb cannot say (*ett viktigt beslut*)."""
    if any(c.dep_ in ("amod", "nummod") for c in subject.children):
        return None
    for entry, first, last in analysis.derived(complex_matches):
        if first == group.main.i and first < subject.i <= last and entry.alternatives:
            head, *rest = entry.alternatives[0].split()  # a particle verb keeps its particle (*svarade på*)
            past = verb_form(head, "past")
            return None if past is None else (" ".join([past, *rest]), analysis.tokens.end[last])
    return None


def new_event(analysis: Analysis, group: VerbGroup, text: str, audience: Audience,
              organisation: str | None) -> Advice | None:
    """The advice for something made or done that a text from an organisation to the public introduces in a passive
    without naming who did it (*I samband med detta gjordes ett verksamhetsbesök*), or None: a main clause of a
    finite s-passive alone (no modal, no negation), with a :func:`_new_thing` as subject, nobody named as the
    subject of a main clause in it or the sentence before (:func:`doer_named`, with the sender verdict's
    ``organisation``: *Regeringen bjöd in till ett toppmöte. I samband med mötet arrangerades …*) and no
    *av*-phrase on the subject that names one (*ett seminarium av Rädda Barnen*, *ett besök av ministern*, which the
    parser hangs on the noun). The doer is not known here, so the advice asks who. When the verb and the subject are
    a phrase that hides a verb in the noun (*gjordes ett besök*, which complex_word reports), it asks with that verb
    (*Vem besökte …?*), in one finding for both."""
    subject = subject_of(group)
    if (not audience.public or not audience.official or group.kind != "s" or group.finite is not group.main
            or "Past" not in group.main.morph.get("Tense") or not main_clause(group) or negated(group)
            or not _new_thing(group, subject) or active_voice.agent_on(subject) is not None
            or doer_named(analysis, group, organisation, main=True)):
        return None
    if (hidden_verb := _hidden_verb(analysis, group, subject)) is not None:
        past, end = hidden_verb
        phrase = analysis.text[group.start:end]
        message = (f"Vem {past} …? ”{phrase}” säger att något gjordes men inte vem som gjorde det, och verbet "
                   f"gömmer sig i ett substantiv. Skriv ut vem det var, om läsaren behöver veta det: ett verb räcker.")
        return Advice(group, message, (f"Skriv ut vem som {past} …, som subjekt i en aktiv mening.",), end=end,
                      nominal=True)
    verbs = _verbs(group, None)
    what = active_voice.as_object(subject, keep=("det", "amod"))
    message = (f"Vem {verbs} {what}? Den passiva formen ”{text}” säger att något gjordes men inte vem som "
               "gjorde det. Skriv ut vem det var, om läsaren behöver veta det.")
    return Advice(group, message, (f"Skriv ut vem som {verbs} {what}, som subjekt i en aktiv mening.",))


def reader_plan(group: VerbGroup, text: str, addressed: bool) -> Advice | None:
    """The advice for what the reader plans to do, told in the passive in a condition or a relative clause of a
    text that speaks to *du*, or None."""
    main = group.main
    if not addressed or not actors().verbs(group) & actors().reader_works or negated(group):
        return None
    verbs = active_voice.active_verbs(group)
    if not verbs:
        return None
    doc = main.doc
    if any(t.lower_ in WH for t in doc[max(0, main.head.i - QUESTION_REACH):main.head.i + 1]):
        return None  # an indirect question (*på vilken fasad som balkongen ska byggas*)
    if main.dep_ == "acl:relcl" and main.head.pos_ == "NOUN":  # *En skorsten som placeras på …*
        thing = active_voice.as_object(main.head, keep=("det", "amod"))
        said = f"Om du {' '.join(verbs)} {thing} …"
    elif main.dep_ == "advcl" and any(c.lower_ in ("om", "när", "ifall") and c.dep_ == "mark" for c in main.children):
        subject = subject_of(group)
        if subject is None or subject.pos_ != "NOUN":
            return None
        mark = next(c.lower_ for c in main.children if c.dep_ == "mark")
        said = f"{mark} du {' '.join(verbs)} {active_voice.as_object(subject)}"
    else:
        return None
    message = (f"Det är läsaren som ska göra det här, men den passiva formen ”{text}” säger inte det. "
               "Skriv direkt till läsaren, med ”du”.")
    return Advice(group, message, (f"Skriv till exempel ”{said}”",))
