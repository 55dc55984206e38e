"""Which passives a consultant asks to rewrite, and who should act in the active sentence.

Plain-language guidance does not ask for every passive to go: a passive is fine, often better, when
the doer is unknown, obvious or unimportant, or the text is about the thing acted on. It asks for the
active voice when (Myndigheternas skrivregler 1.2, 1.4; Isof Klarspråkshjälpen)

* **the sender acts towards the reader** (a hidden sender): a verb from the ``sender_actions`` list
  (``lexicons/passive/actors.yaml``) in a clause that names the reader (*Din ansökan har avslagits*,
  *Beslutet skickas till dig*), or whose subject is a document of the reader's case (*beslutet*,
  *ansökan*) in a text that speaks to the reader → *Vi har avslagit din ansökan*; never what the reader
  does with its own documents (*Ansökan skickas till nämnden*). *Vi* is named only where the text speaks as
  *vi*, the thing acted on is a document of the reader's case or the reader is the subject (*Du kallas*): in a
  manual, *data som skickas till dig* comes from others, and no doer is invented;
* **the reader must act**: *ska, måste, bör, behöver, får* + the passive of a ``reader_tasks`` verb in
  a text that speaks to the reader (*Ritningen ska redovisas* → *Redovisa ritningen*, *Du ska …*), not in what
  another clause tells, asks or describes (*ange om tabellerna ska skrivas över*, *hur texten ska visas*: there
  a program may act) and not with a past modal (*skulle*); next to a
  document the reader hands in, what it must show may have the document as subject instead (*Ritningen ska
  visa …*);
* **the sender or the reader is the agent** (*… har beviljats av oss* → *Vi har beviljat …*; also of an
  ``accepted`` verb unless its *av*-phrase names whom it concerns, ``concerned``: *välkomnas av oss*); any other
  agent, also one on a verb coordinated with this one (*Rådet utses och leds av ministern*), names the doer;
* **two passives in a row** (a double passive, Språkrådet: *avses presenteras*, *planeras att byggas*), in any
  text: heavy to read and silent on who acts; the advice gives the active verbs and asks for the doer;
* **passives pile up around a duty**, in a text that speaks to the reader (in a report or a law summary the
  blind judges found the doer understood): three or more in one sentence, two of them in the main clause
  and one with *ska, måste, bör, behöver* or *får* (*Utbildningen ska planeras, dimensioneras och
  erbjudas …*), none with an agent and no active verb with a noun or a personal pronoun as subject:
  nobody is seen to be the one who must act. Reports of what has changed (*Det införs nya regler som
  …*, *Skatten sänks och bidraget höjs*) are left alone: there the doer is obvious.

Whether a text speaks to the reader (*du/dig/din/ni/er* make up at least one word in a hundred: web pages, letters,
decisions and job ads do; press releases, speeches and reports about laws do not) is the sender verdict's
(:mod:`klarsprak.sender.voices`); whether its sender speaks as *vi* throughout a text to the public is
``Audience.we`` (:func:`.sender.audience`: *vi* in at least one word in a hundred, quotations left out). The rule
passes both in. Passives in the ``accepted`` list (*krävs*, *omfattas av*, *anses*, *beräknas*) are reported only
with the sender or the reader as agent. A decision hidden in a text whose sender speaks as *vi* throughout, and the
reader's plan told impersonally, are :mod:`.passive_hidden`'s; the word lists and what a clause says are
:mod:`.passive_clause`'s. Every passive still counts in ``passive_share``.
"""

from __future__ import annotations

from spacy.tokens import Token

from ..doc import Analysis
from ..findings import SenderResult
from ..lexicon import inflection
from ..lexicon.wordlists import words
from . import active_voice, passive_hidden
from .passive_clause import (CAN, WH, Advice, active, actors, clause_tokens, hidden_sender, main_clause, modal_of,
                             negated, subject_of, told_content)
from .sender import Audience
from .verb_group import VerbGroup

#: Pronouns that stand for a document or thing (*De ska skickas in …*), not for a person.
THING_PRONOUNS = frozenset({"det", "den", "de", "dessa", "detta"})
PILE = 3


def _sender(group: VerbGroup, text: str) -> Advice:
    return hidden_sender(group, f"Dold avsändare: ”{text}” är något som ni som avsändare gör för läsaren, men den "
                         "passiva formen säger inte vem som gör det. Skriv ”vi”, så ser läsaren vem som handlar.")


def _reader(group: VerbGroup, text: str, analysis: Analysis, lemmas: frozenset[str]) -> Advice:
    modal = modal_of(group)
    imperative = None if negated(group) or modal is None else active_voice.active_sentence(
        group, doer="du", imperative=True)
    sentence = active_voice.active_sentence(group, doer="du")
    message = (f"Det är läsaren som handlar här, men den passiva formen ”{text}” säger inte det. "
               "Skriv direkt till läsaren, med ”du” eller i uppmaningsform.")
    suggestions = tuple(s for s in (imperative, sentence) if s) or (f"Skriv till exempel {active(group, 'du')}",)
    shown = _shown_in(group, analysis) if lemmas & actors().shown_in_documents else None
    if shown is not None and modal is not None and not negated(group):
        message += f" Räknar texten upp vad {shown} ska visa, kan {shown} också vara subjekt."
        suggestions += (f"{shown[:1].upper()}{shown[1:]} {modal.lower_} visa …",)
    return Advice(group, message, suggestions)


def _shown_in(group: VerbGroup, analysis: Analysis) -> str | None:
    """The document the reader hands in that this sentence or the one before speaks of (*Konstruktionsritning
    skala 1:50 … Dimensioner ska redovisas*), in its definite form (*ritningen*), or None."""
    unit = analysis.unit_of(group.main.i)
    if unit is None:
        return None
    first = analysis.units[unit.index - 1].span.start if unit.index > 0 else unit.span.start
    words = actors().reader_documents
    subject = subject_of(group)
    own = {t.i for t in subject.subtree} if subject is not None else set()  # *Ritningen måste redovisas*: no
    for tok in group.main.doc[first:group.main.i]:
        if tok.pos_ == "NOUN" and tok.i not in own:
            head = next((w for w in words if tok.lemma_.lower().endswith(w)), None)
            if head is not None:
                return inflection.noun_form(head, "Definite=Def|Number=Sing")
    return None


def _thing(group: VerbGroup, subject: Token | None) -> str:
    """The lemma of what the passive acts on: its subject, or the noun a relative clause describes (*data som
    skickas till dig*: *data*)."""
    if subject is not None and subject.lower_ in WH and group.main.dep_ == "acl:relcl":
        subject = group.main.head
    return subject.lemma_.lower() if subject is not None else ""


def _stray_agent(group: VerbGroup) -> Token | None:
    """*av oss*, *av dig* that the parse hung on a noun of the clause (*Du kallas till intervju av oss*):
    still the one who acts, though :func:`active_voice.agent_of` does not see it (*en av oss* is not)."""
    lists = actors()
    return next((t for t in clause_tokens(group) if t.i > group.main.i and t.pos_ == "PRON" and t.head.pos_ == "NOUN"
                 and t.lower_ in lists.sender_words | lists.reader_words
                 and any(c.lower_ == "av" and c.dep_ == "case" for c in t.children)), None)


def _without(sentence: str | None, agent: Token) -> str | None:
    """The active sentence made with the agent as subject, its *av*-phrase gone (*Vi kallar dig till
    intervju.*, not *… av oss*); None when the phrase is more than *av* + pronoun or not found once."""
    phrase = list(agent.subtree)
    if sentence is None or len(phrase) != 2:
        return None
    words = f" {phrase[0].text} {phrase[1].text}"
    return sentence.replace(words, "", 1) if sentence.count(words) == 1 else None


def _own_agent(group: VerbGroup, agent: Token, text: str, sender: str | None, official: bool,
               stray: bool = False) -> Advice | None:
    """A passive whose agent is the sender (*av oss*, *av Regeringen* in the government's own text) or the
    reader (*av dig*): the active sentence puts them first. ``stray``: the agent is a :func:`_stray_agent`;
    ``official``: the writer may be an organisation (``Audience.official``), else *oss* is the writer's own."""
    lists = actors()
    who = active_voice.AS_SUBJECT.get(agent.lower_, agent.lower_) if stray else active_voice.agent_phrase(agent)
    own = agent.lower_ in lists.sender_words or (sender is not None and who.lower() == sender.lower())
    if not (own or agent.lower_ in lists.reader_words):
        return None  # another named doer: the passive already says who acts
    by = agent.text if agent.lower_ in active_voice.AS_SUBJECT and " " not in who else who  # av oss, not av vi
    if stray:
        sentence = _without(active_voice.active_sentence(group, doer=who), agent)
        if sentence is None:
            return Advice(group, _agent_message(text, by, who, own, official),
                          (f"Skriv till exempel {active(group, who)}",))
    else:
        sentence = active_voice.active_sentence(group)
        if sentence is None and group.kind == "s" and active_voice.active_verbs(group) is None:
            return Advice(group, _agent_message(text, by, who, own, official),  # no attested active verb: advice
                          (f"Skriv till exempel {active(group, who)}",))
        if sentence is None:
            return None
    return Advice(group, _agent_message(text, by, who, own, official), (sentence,))


def _agent_message(text: str, by: str, who: str, own: bool, official: bool) -> str:
    """The message for a passive whose agent (``by``, as the subject ``who``) is the writer's side (``own``) or
    the reader: an organisation is "ni som avsändare", a private person's *vi* (not ``official``) the writer and
    those it writes with."""
    role = ("ni som avsändare" if official else "ni själva") if own else "läsaren"
    return (f"Passiv form med agent (”{text}” … av ”{by}”): det är {role} som handlar. "
            f"Skriv aktivt, med ”{who}” som subjekt.")


def _pile(group: VerbGroup, others: list[VerbGroup], we: bool) -> Advice:
    listed = ", ".join(f"”{g.main.text}”" for g in others)
    message = (f"{len(others)} passiva verb i samma mening ({listed}) och ingen som syns handla: läsaren får "
               "inte veta vem som ska göra vad. Skriv ut vem som gör det, i alla fall i ett av leden.")
    verbs = active_voice.active_verbs(group)
    asked = " ".join(verbs) if verbs else f"gör det (”{active_voice.lemma_hint(group)}”)"
    who = "ni själva (”vi”), läsaren (”du”) eller någon annan" if we else "läsaren (”du”) eller någon annan"
    return Advice(group, message, (f"Skriv ut vem som {asked}: {who}, som subjekt i en aktiv mening.",))


def _actor_seen(analysis: Analysis, groups: list[VerbGroup], unit_index: int) -> bool:
    """Whether an active verb in the unit has a noun, a name or a personal pronoun as its subject
    (*Regeringen föreslår att …*): then someone is seen acting, and the passives beside it are no pile."""
    for group in groups:
        if group.kind is None and group.finite is not None:
            unit = analysis.unit_of(group.main.i)
            if unit is not None and unit.index == unit_index and any(
                    c.dep_ == "nsubj" and (c.pos_ in ("PROPN", "NOUN") or c.lower_ == "de"
                                              or c.lower_ in words("person_pronouns"))
                    for c in group.main.children):
                return True
    return False


def _double(group: VerbGroup, passives: dict[int, VerbGroup]) -> Token | None:
    """The s-passive infinitive right after the s-passive main verb (*avses presenteras*, *planeras att
    byggas*): a double passive, or None. ``passives``: the text's passive groups by their main verb."""
    main = group.main
    at = main.i + 1
    if at < len(main.doc) and main.doc[at].lower_ == "att":
        at += 1
    second = passives.get(at)
    if group.kind != "s" or second is None or second.kind != "s":
        return None
    return second.main if "Inf" in second.main.morph.get("VerbForm") else None


def _double_advice(group: VerbGroup, inner: Token, analysis: Analysis) -> Advice:
    """Two passives in a row (Språkrådet: dubbel passiv): say it with one active verb and its doer."""
    outer = active_voice.active_verbs(group) or [active_voice.lemma_hint(group)]
    text = analysis.text[group.start:inner.idx + len(inner.text)]
    message = (f"Dubbel passiv (”{text}”): två passiva verb i rad är tunga att läsa och säger inte vem som gör "
               "det. Skriv med aktiva verb och den som gör det som subjekt.")
    said = f"… {' '.join(outer)} att {inner.lower_[:-1]} …"
    return Advice(group, message, (f"Skriv till exempel ”{said}” med den som gör det som subjekt.",),
                  end=inner.idx + len(inner.text))


def advise(analysis: Analysis, groups: list[VerbGroup], sender: SenderResult, audience: Audience) -> list[Advice]:
    """The passive groups to report, in text order, at most one finding per group.

    ``sender`` is the text's sender verdict: whom the text speaks to, and the organisation it comes from, if
    known (an agent naming it is the sender); ``audience`` (:func:`.sender.audience`) whether the text is to the
    public and its sender speaks as *vi* throughout it (``Audience.we``: *vi* is offered as the doer only there)."""
    lists = actors()
    addressed = sender.addresses_reader
    text = analysis.text
    out: dict[int, Advice] = {}
    unreported: dict[int, list[VerbGroup]] = {}
    inner: set[int] = set()
    passives = {g.main.i: g for g in groups if g.kind is not None}
    for group in passives.values():
        if group.main.i in inner:
            continue
        if (second := _double(group, passives)) is not None and passive_hidden.own_words(analysis, group):
            out[group.main.i] = _double_advice(group, second, analysis)
            inner.add(second.i)
            continue
        lemmas = lists.lemmas(group)
        span = text[group.start:group.end]
        subject = subject_of(group)
        acts_on_reader = subject is not None and subject.lower_ in lists.reader_words
        sender_act = bool(lemmas & lists.sender_actions)
        agent = active_voice.agent_of(group)
        if (lemmas & lists.accepted and not lists.verbs(group) & lists.decisions
                and not (acts_on_reader and sender_act)):
            if agent is not None and not lemmas & lists.concerned and (
                    own := _own_agent(group, agent, span, sender.organisation, audience.official)) is not None:
                out[group.main.i] = own  # *välkomnas av oss*: the sender is the doer
            continue  # krävs, omfattas, anses, ses (som) …, whose av-phrase names whom it concerns (väntas av oss:
            # is expected of us); but du kallas (till intervju) is the sender acting, ses över a decision
        stray = _stray_agent(group) if agent is None else None
        if agent is not None or stray is not None:
            own = (_own_agent(group, agent, span, sender.organisation, audience.official) if agent is not None
                   else _own_agent(group, stray, span, sender.organisation, audience.official, stray=True))
            if own is not None:
                out[group.main.i] = own
            continue
        if active_voice.coordinated_agent(group) is not None:
            continue  # *Rådet utses och leds av ministern*: a verb coordinated with this one names the doer
        modal = modal_of(group)
        document = _thing(group, subject)
        case = document in lists.sender_documents or document in lists.reader_documents
        readers_own = document in lists.reader_documents and bool(lemmas & lists.reader_tasks)
        reader_here = not readers_own and (
            acts_on_reader or any(t.lower_ in lists.reader_words for t in clause_tokens(group)) or (addressed and case))
        thing = not (subject is not None and subject.pos_ == "PRON" and subject.lower_ not in THING_PRONOUNS)
        task = addressed and thing and not told_content(group) and (
            (modal is not None and "Past" not in modal.morph.get("Tense") and bool(lemmas & lists.reader_tasks))
            or ((readers_own or bool(lemmas & lists.reader_rights)) and modal_of(group, CAN) is not None
                and main_clause(group)))
        if (sender_act and reader_here and not task and audience.official
                and (audience.we or case or acts_on_reader)):
            out[group.main.i] = _sender(group, span)
        elif task:
            out[group.main.i] = _reader(group, span, analysis, lemmas)
        elif passive_hidden.own_words(analysis, group) and (
                hide := passive_hidden.hidden(group, span, audience, addressed, passive_hidden.doer_named(
                    analysis, group, sender.organisation))
                or passive_hidden.reader_plan(group, span, addressed)
                or passive_hidden.new_event(analysis, group, span, audience, sender.organisation)) is not None:
            out[group.main.i] = hide
        elif addressed:  # only a text that speaks to the reader is told of a pile nobody does
            unit = analysis.unit_of(group.main.i)
            if unit is not None:
                unreported.setdefault(unit.index, []).append(group)
    for index, pile in unreported.items():
        main = [g for g in pile if main_clause(g)]
        bound = [g for g in main if modal_of(g) is not None]
        if (len(pile) >= PILE and len(main) >= 2 and bound
                and "\n" not in text[pile[0].start:pile[-1].end] and not _actor_seen(analysis, groups, index)):
            out[bound[0].main.i] = _pile(bound[0], pile, audience.we)
    return [out[i] for i in sorted(out)]
