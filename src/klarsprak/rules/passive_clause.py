"""What a passive clause says and the word lists that tell who acts in it, shared by :mod:`.passive_advice`
(the sender acting towards the reader, the reader's tasks, an agent, a pile of passives) and :mod:`.passive_hidden`
(a duty or a decision with nobody named): the lists of ``lexicons/passive/actors.yaml``, the clause's own tokens,
its subject, its modal, its negation and whether it is the sentence's main clause."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from typing import Iterable, Mapping

from spacy.tokens import Token

from ..lexicon.loader import lexicon_file
from ..sender.voices import voice_words
from . import active_voice
from ._sentence_splits import INTERROGATIVES
from .verb_group import VerbGroup

#: Modal auxiliaries (lemma or form) that make a passive an obligation, a prohibition or advice.
DEONTIC = frozenset({"skola", "ska", "skall", "måste", "böra", "bör", "behöva", "behöver", "få", "får"})
#: *kan* (lemma or form): with a passive, what the reader can do (:func:`_modal`).
CAN = frozenset({"kunna", "kan", "kunde"})
NEGATIONS = frozenset({"inte", "ej", "icke", "aldrig"})
#: Relations that start a clause of their own: a reader word below them is not in this clause.
CLAUSAL = frozenset({"advcl", "acl", "acl:relcl", "ccomp", "csubj", "xcomp", "conj", "parataxis"})
#: Subjects that start a clause below the main one.
WH = frozenset({"som", "vilka", "vilket", "vilken", "vem", "vad"})
#: Relations of a clause that another clause tells, asks or describes (:func:`told_content`).
CONTENT = frozenset({"ccomp", "csubj", "acl", "acl:relcl"})
#: Question adverbs that make a clause an indirect question (*hur den ska visas*): the interrogatives of
#: :mod:`._sentence_splits` that are no subject (those are ``WH``).
QUESTION = INTERROGATIVES - WH
SUBORDINATORS = frozenset({"om", "att", "när", "eftersom", "innan", "medan", "tills", "ifall", "fast", "sedan"})

@dataclass(frozen=True)
class Actors:
    """The word lists of ``lexicons/passive/actors.yaml``."""

    sender_actions: frozenset[str]
    reader_tasks: frozenset[str]
    reader_rights: frozenset[str]
    accepted: frozenset[str]
    concerned: frozenset[str]
    sender_documents: frozenset[str]
    reader_documents: frozenset[str]
    shown_in_documents: frozenset[str]
    decisions: frozenset[str]
    decision_nouns: frozenset[str]
    duties: frozenset[str]
    reader_works: frozenset[str]
    reader_words: frozenset[str]
    """The reader's and the sender's words (*du*, *vi* …) of ``lexicons/sender/voices.yaml``."""
    sender_words: frozenset[str]
    lemma_of: Mapping[str, str]
    """Irregular passive and participle forms → lemma (``lexicons/passive/forms.yaml``)."""

    def lemmas(self, group: VerbGroup) -> frozenset[str]:
        """What the group's main verb may be: the model's lemma, without a passive -s, or the listed
        lemma of its form (the lemmatizer reads *avslagits* as *avslaga*)."""
        main = group.main
        found = {main.lemma_.lower(), active_voice.lemma_hint(group).lower()}
        if group.kind == "s" and "Fin" in main.morph.get("VerbForm") and "Pres" in main.morph.get("Tense"):
            found.add(main.lower_[:-1] + "a")  # the lemmatizer's stem (*stärks* → *stärk*): *stärka*
        listed = self.lemma_of.get(main.lower_)
        return frozenset(found | {listed} if listed else found)

    def verbs(self, group: VerbGroup) -> frozenset[str]:
        """:meth:`lemmas` with the main verb's particle (*ses över* → *se över*), as the lists write particle
        verbs: a particle verb is not its bare verb (*se över* is a decision, *ses som* a view)."""
        particles = [c.lower_ for c in group.main.children if c.dep_ == "compound:prt"]
        lemmas = self.lemmas(group)
        return frozenset(f"{lemma} {p}" for lemma in lemmas for p in particles) if particles else lemmas


@cache
def actors() -> Actors:
    """The shipped lists, by id, and the irregular forms."""
    lists = {e["id"]: frozenset(str(w).lower() for w in e["words"])
             for e in lexicon_file("passive", "actors.yaml").entries}
    forms = {f.lower(): e["id"] for e in lexicon_file("passive", "forms.yaml").entries for f in e["forms"]}
    spoken = voice_words()
    return Actors(**lists, reader_words=spoken.reader, sender_words=spoken.sender, lemma_of=forms)


@dataclass(frozen=True)
class Advice:
    """One passive to rewrite: why, and the active sentence or how to write it."""

    group: VerbGroup
    message: str
    suggestions: tuple[str, ...]
    #: where the finding ends, when it is beyond the group (the second verb of a double passive)
    end: int | None = None
    #: its words are a phrase that complex_word reports as a verb hidden in a noun (*gjordes ett besök*), and its
    #: advice asks with that verb: one finding for both
    nominal: bool = False


def particles(group: VerbGroup) -> list[str]:
    """The main verb's particles after it (*skickas in*), which its active verbs keep (*skickar in*)."""
    return [c.text for c in group.main.children if c.dep_ == "compound:prt" and c.i > group.main.i]


def active(group: VerbGroup, who: str) -> str:
    """*”Vi skickar in …”*: the doer and the active verbs, for advice when no whole sentence can be made."""
    verbs = active_voice.active_verbs(group)
    if not verbs:
        return f"en aktiv form av ”{active_voice.lemma_hint(group)}” med ”{who}” som subjekt"
    return f"”{who[:1].upper() + who[1:]} {' '.join([*verbs, *particles(group)])} …”"


def hidden_sender(group: VerbGroup, message: str) -> Advice:
    """What the sender does, told in the passive: ``message``, and the active sentence with *vi* as its doer."""
    sentence = active_voice.active_sentence(group, doer="vi")
    return Advice(group, message, (sentence or f"Skriv till exempel {active(group, 'vi')}",))


def clause_tokens(group: VerbGroup) -> Iterable[Token]:
    """The tokens of the group's own clause (not of clauses below it), and the noun a relative clause
    describes (*ditt ärende som handläggs*)."""
    for tok in group.tokens:
        yield tok
        for child in tok.children:
            if child.dep_ not in CLAUSAL:
                yield from child.subtree
    if group.main.dep_ in ("acl:relcl", "acl"):
        head = group.main.head
        yield head
        yield from (c for c in head.children if c.dep_ not in CLAUSAL and c is not group.main)


def modal_of(group: VerbGroup, modals: frozenset[str] = DEONTIC) -> Token | None:
    """The group's auxiliary among ``modals`` (lemma or form), if any, or the verb whose *xcomp* the passive is
    (*behöver organisationen ses över*, parsed with *behöver* as the head): a :data:`DEONTIC` one, or with
    :data:`CAN` *kan* + passive, what the reader can do with its own documents (*Ansökan kan lämnas på kontoret* →
    *Du kan lämna ansökan på kontoret*) or with the sender's decision (*Beslutet kan överklagas*)."""
    head = group.main.head
    if group.main.dep_ == "xcomp" and (head.lemma_.lower() in modals or head.lower_ in modals):
        return head
    auxiliaries = (t for t in group.tokens if t is not group.main)
    return next((t for t in auxiliaries if t.lemma_.lower() in modals or t.lower_ in modals), None)


def negated(group: VerbGroup) -> bool:
    return any(c.lower_ in NEGATIONS for t in group.tokens for c in t.children)


def subject_of(group: VerbGroup) -> Token | None:
    """The group's subject, or the verb's it hangs on as *xcomp* (*behöver organisationen ses över*)."""
    subject = next((c for t in group.tokens for c in t.children if c.dep_ in ("nsubj:pass", "nsubj")), None)
    if subject is None and group.main.dep_ == "xcomp":
        subject = next((c for c in group.main.head.children if c.dep_ in ("nsubj", "nsubj:pass")), None)
    return subject


def main_clause(group: VerbGroup) -> bool:
    """The group is the sentence's main clause or coordinated with it (*ska planeras, dimensioneras och
    erbjudas*), not a clause below it (*som har förlängts*, *att det införs*); a passive the parse hangs as
    *xcomp* on its modal (*behöver … ses över*) is the modal's clause."""
    if group.main.dep_ == "xcomp":
        head = group.main.head
        return head.dep_ in ("ROOT", "root") and not any(c.dep_ == "mark" for c in head.children)
    subject = subject_of(group)
    if any(c.dep_ == "mark" for c in group.main.children) or (subject is not None and (
            subject.lower_ in WH or _after_subordinator(subject))):
        return False  # a subordinator or a relative subject: a clause below, whatever the parse's head
    tok = group.main
    while tok.dep_ == "conj" and tok.head is not tok:
        tok = tok.head
    return tok.dep_ in ("ROOT", "root")


def told_content(group: VerbGroup) -> bool:
    """The group is what another clause tells, asks or describes, not an instruction: a content clause or an
    indirect question (*ange om tabellerna ska skrivas över*, *anger inte hur den ska visas*) or a relative clause
    (*vilken information som ska visas*, *data som skickas till dig*). A condition (*Behöver blanketten
    kompletteras så …*) is no content clause."""
    tok = group.main
    while tok.dep_ == "conj" and tok.head is not tok:
        tok = tok.head
    return tok.dep_ in CONTENT or any(
        (c.lower_ in QUESTION and c.dep_ == "advmod") or (c.lower_ in WH and c.dep_ in ("nsubj", "nsubj:pass"))
        for c in tok.children)


def _after_subordinator(subject: Token) -> bool:
    """The subject phrase starts with, or follows, a subordinating word (*… eller om åtgärder måste
    vidtas*, which the parser may read as a preposition)."""
    first = min(t.i for t in subject.subtree)
    doc = subject.doc
    return doc[first].lower_ in SUBORDINATORS or (first > 0 and doc[first - 1].lower_ in SUBORDINATORS)
