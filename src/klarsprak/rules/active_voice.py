"""Active rewrites of passive clauses, for the ``passive_voice`` suggestions.

From the parse of a passive clause with an agent (*Beslutet fattades av nämnden.*) this builds the
active sentence a writer can paste (*Nämnden fattade beslutet.*): the agent becomes the subject,
the passive subject the object, and the verb group is put in the active voice in the same tense
(*fattades* → *fattade*, *kan sökas* → *kan söka*, *har blivit beviljat* → *har beviljat*,
*är fattat* → *har fattat*). Only a main clause with a subject, an agent and no coordinated
clause is rewritten; otherwise there is no sentence (``None``) and the rule gives a plain hint.
The verb forms come from the passive form itself (an s-passive is the active form plus *-s*)
or, for participles, from regular Swedish inflection; a strong participle (*skriven*) is rewritten
in the perfect (*har skrivit*).
"""

from __future__ import annotations

from typing import Iterable

from spacy.attrs import ORTH
from spacy.tokens import Token

from ..frequency import zipf
from ..lexicon.inflection import verb_form
from .verb_group import BLI, VARA, VerbGroup, aux_lemma

SUBJECT_DEPS = ("nsubj:pass", "nsubj")
AGENT_DEPS = frozenset({"obl:agent", "obl", "nmod", "nmod:agent"})
CLAUSE_DEPS = frozenset({"conj", "parataxis", "cc"})
AS_SUBJECT = {"oss": "vi", "mig": "jag", "mej": "jag", "dig": "du", "dej": "du", "honom": "han",
              "henne": "hon", "dem": "de", "er": "ni"}
AS_OBJECT = {v: k for k, v in AS_SUBJECT.items() if k not in ("mej", "dej")}
VOWELS = "aeiouyåäö"
#: Modal verbs whose passive clause is an instruction the imperative can give (*ska skickas* → *skicka*).
IMPERATIVE_MODALS = frozenset({"ska", "skall", "måste"})


def agent_of(group: VerbGroup) -> Token | None:
    """The head noun of the *av*-phrase after the verb that names who acts (:func:`agent_on` any verb of the
    group)."""
    return next((a for tok in group.tokens if (a := agent_on(tok, group.main.i)) is not None), None)


def agent_on(verb: Token, after: int | None = None) -> Token | None:
    """The head noun of an *av*-phrase on ``verb``, after ``after`` (the verb itself), that names who acts: an
    ``obl:agent``, or an ``obl``/``nmod`` with *av* that is :func:`_definite` (*av nämnden*, not *av miljöskäl*)."""
    start = verb.i if after is None else after
    return next((c for c in verb.children if c.i > start and c.dep_ in AGENT_DEPS and any(
        g.lower_ == "av" and g.dep_ == "case" for g in c.children) and (c.dep_ == "obl:agent" or _definite(c))), None)


def coordinated_agent(group: VerbGroup) -> Token | None:
    """The agent of a verb coordinated with the group's (*Rådet utses och leds av ministern*): the doer is named."""
    main = group.main
    others = [c for c in main.children if c.dep_ == "conj"] + ([main.head] if main.dep_ == "conj" else [])
    return next((a for o in others if (a := agent_on(o)) is not None), None)


def _definite(noun: Token) -> bool:
    """A name, a pronoun or a definite noun (*av nämnden*): a doer, unlike a cause (*av miljöskäl*)."""
    return noun.pos_ in ("PROPN", "PRON") or "Def" in noun.morph.get("Definite")


def active_present(s_form: str) -> str:
    """Present active of a present s-passive: *utreds* → *utreder*, *fattas* → *fattar*, *görs* → *gör*."""
    stem = s_form[:-1]
    if stem.endswith("r"):
        return stem
    return stem + "r" if stem[-1:] in VOWELS else stem + "er"


def strong_preterite(s_form: str, lemma: str) -> bool:
    """A preterite s-form the tagger read as present: the form is not the lemma's present s-form
    (*revs* of *riva*, *togs* of *ta*), as *grävs*, *läses*, *tas*, *ses* are of theirs."""
    if not lemma or lemma == s_form or " " in lemma:
        return False
    stems = {lemma} | ({lemma[:-1]} if lemma.endswith("a") and len(lemma) > 2 else set())
    return not any(s_form in (stem + "s", stem + "es") for stem in stems)


def infinitive_lemma(lemma: str, s_form: str) -> bool:
    """Whether the tagger's ``lemma`` of an s-form is a verb's infinitive one can build on: ending in a vowel, other
    than the form itself, and a word Swedish text has or the one the form is made from (*diarieföra*: *diarieförs*);
    not *tillhandahålls*, *tillhandahöll*, *tillhandahållja*."""
    if not lemma or lemma == s_form or lemma[-1] not in VOWELS or " " in lemma:
        return False
    return zipf(lemma) > 0 or not strong_preterite(s_form, lemma)


def s_tense_active(s_form: str, lemma: str) -> str | None:
    """The active finite form of a finite s-passive the tagger read as present: from its lemma when that is an
    infinitive (:func:`infinitive_lemma`, :func:`strong_preterite`); else the present (*tillhandahålls* →
    *tillhandahåller*) or the preterite (*togs* → *tog*) that Swedish text has, the present first; None for neither."""
    if infinitive_lemma(lemma, s_form):
        return s_form[:-1] if strong_preterite(s_form, lemma) else active_present(s_form)
    present = active_present(s_form)
    if zipf(present) > 0:
        return present
    return s_form[:-1] if zipf(s_form[:-1]) > 0 else None


def supine(participle: str) -> str | None:
    """Supine of a past participle: *beviljad(e)* → *beviljat*, *godkänd(a)* → *godkänt*,
    *utredd* → *utrett*, *skriven* → *skrivit*; None when the form is not a regular participle."""
    p = participle.lower()
    if p.endswith(("ade", "ad", "at")):
        return p[: p.rindex("a")] + "at"
    if p.endswith(("na", "en", "et")):
        return p[:-2] + "it"
    if p.endswith("a"):
        p = p[:-1]
    if p.endswith("dd"):
        return p[:-2] + "tt"
    if p.endswith(("d", "t")):
        return p[:-1] + "t"
    return None


def weak_past(participle: str) -> str | None:
    """Preterite of a weak verb from its participle: *beviljad* → *beviljade*, *godkänd* → *godkände*,
    *köpt* → *köpte*; None for strong verbs (*skriven*)."""
    p = participle.lower()
    if p.endswith(("ade", "ad", "at")):
        return p[: p.rindex("a")] + "ade"
    if p.endswith("a") and p[-2:-1] in ("d", "t"):
        p = p[:-1]
    if p.endswith(("d", "t")) and not p.endswith(("en", "et")):
        return p + "e"
    return None


def present_from_lemma(lemma: str, participle: str) -> str | None:
    """Present of the verb behind a participle: *beviljad* → *beviljar*; with the verb's lemma,
    *godkänna* → *godkänner*, *ge* → *ger*; None when the lemma is not a verb's (*godkänd*)."""
    lemma, part = lemma.lower(), participle.lower()
    if part.endswith(("ad", "at", "ade")):
        return part[: part.rindex("a")] + "ar"
    if not lemma.endswith("a") or " " in lemma:
        return None
    return lemma[:-1] + "er"


def lemma_hint(group: VerbGroup) -> str:
    """The main verb's lemma (without a passive -s), when no active form can be made; for an s-passive whose
    lemma is no infinitive (:func:`infinitive_lemma`), the stem + *a* when Swedish text has it and its present
    (*tillhandahålls* → *tillhandahålla*: *tillhandahåller*; not *togs* → *toga*: no *toger*)."""
    main = group.main
    lemma = main.lemma_ or main.text
    if group.kind == "s" and not infinitive_lemma(lemma.lower(), main.lower_) and main.lower_.endswith("s"):
        stem = main.lower_[:-1]
        if zipf(stem + "a") > 0 and zipf(active_present(main.lower_)) > 0:
            return stem + "a"
    return lemma[:-1] if group.kind == "s" and lemma.endswith("s") else lemma


def _render(tokens: Iterable[Token]) -> str:
    """Tokens as text: original spacing between neighbours, one space across gaps."""
    out: list[str] = []
    prev: Token | None = None
    for tok in sorted(tokens, key=lambda t: t.i):
        if prev is not None:
            out.append(prev.whitespace_ if tok.i == prev.i + 1 else " ")
        out.append(tok.text)
        prev = tok
    return "".join(out).strip()


def agent_tokens(agent: Token) -> list[Token]:
    """The *av*-phrase that names the agent: a pronoun with its *av* only, as what the parse hangs on it is the
    clause's (*av oss på morgonen*: *på morgonen* tells when), else the noun's whole subtree."""
    if agent.lower_ in AS_SUBJECT:
        return [agent, *(c for c in agent.children if c.lower_ == "av" and c.dep_ == "case")]
    return list(agent.subtree)


def agent_phrase(agent: Token) -> str:
    """The agent as a subject: the *av*-phrase without *av*, a pronoun alone in subject form (*oss* → *vi*)."""
    if agent.lower_ in AS_SUBJECT:
        return AS_SUBJECT[agent.lower_]
    return _noun_phrase(agent, AS_SUBJECT, [c for c in agent.children if c.lower_ == "av" and c.dep_ == "case"])


def _noun_phrase(head: Token, swap: dict[str, str], skip: Iterable[Token] = ()) -> str:
    skipped = {t.i for t in skip}
    toks = [t for t in head.subtree if t.i not in skipped]
    if len(toks) == 1 and head.lower_ in swap:
        return swap[head.lower_]
    text = _render(toks)
    first = toks[0] if toks else head
    if first.is_sent_start and not text[:2].isupper() and (first.pos_ != "PROPN" or _written_lower(first)):
        text = text[:1].lower() + text[1:]
    return text


def as_object(subject: Token, keep: tuple[str, ...] | None = None) -> str:
    """The passive subject's phrase as the object of the active clause (*Den rätten* → *den rätten*, *Vi* → *oss*);
    with ``keep``, only the dependents with those relations (*en skorsten*, without the clause about it)."""
    skip = [] if keep is None else [t for c in subject.children if c.dep_ not in keep for t in c.subtree]
    return _noun_phrase(subject, AS_OBJECT, skip)


def _written_lower(tok: Token) -> bool:
    """Whether the text also has ``tok`` in lower case: a capital only because it starts the sentence
    (*Bygglov kan ges …* beside *du behöver bygglov*), however the tagger read it."""
    lower = tok.doc.vocab.strings[tok.lower_] if tok.lower_ in tok.doc.vocab.strings else None
    return lower is not None and tok.lower_ != tok.text and bool((tok.doc.to_array([ORTH]) == lower).any())


def active_verbs(group: VerbGroup) -> list[str] | None:
    """The active verb group in the passive group's tense, or None when it cannot be formed."""

    main = group.main
    auxes = sorted((t for t in group.tokens if t is not main), key=lambda t: t.i)
    kept = [a.lower_ for a in auxes if aux_lemma(a) not in (BLI, VARA)]  # *Behöver … kompletteras* → *behöver komplettera*
    coming = any(a.lemma_.lower() == "komma" or a.lower_.startswith("kom") for a in auxes)
    marker = [c.text for c in main.children if c.lower_ == "att" and c.i < main.i and coming]  # kommer att
    if group.kind == "s":
        form = main.lower_
        if kept:  # after an auxiliary: infinitive or supine, the form without -s (*kan sökas* → *kan söka*)
            return [*kept, *marker, form[:-1]]
        if "Sup" in main.morph.get("VerbForm"):
            return ["har", form[:-1]]  # *som dömts* → *har dömt*
        if "Past" in main.morph.get("Tense"):
            return [form[:-1]]
        finite = s_tense_active(form, main.lemma_.lower())
        return [finite] if finite else None
    passive_aux = next((a for a in auxes if aux_lemma(a) in (BLI, VARA)), None)
    sup = supine(main.text)
    if passive_aux is None or sup is None:
        return None
    tense = passive_aux.morph.get("Tense")
    finite = "Fin" in passive_aux.morph.get("VerbForm")
    if group.kind == "vara":  # *är fattat* → *har fattat*, *var fattat* → *hade fattat*
        if not finite:
            return [*kept, "ha", sup] if kept else None
        return [*kept, "hade" if "Past" in tense else "har", sup]
    if not finite:  # *har blivit beviljat* → *har beviljat*; *ska bli godkänd* → *ska godkänna*
        if kept and passive_aux.lower_ in ("blivit", "blitt"):
            return [*kept, sup]
        return [*kept, main.lemma_] if kept and main.lemma_.endswith("a") else None
    if "Past" in tense:
        past = weak_past(main.text)
        return [*kept, past] if past else [*kept, "har", sup]
    present = present_from_lemma(main.lemma_, main.text)
    return [*kept, present] if present else None


def active_sentence(group: VerbGroup, doer: str | None = None, imperative: bool = False) -> str | None:
    """The active sentence for a passive main clause, or None when the parse does not allow a safe one.

    The doer is the agent (*av nämnden*), or ``doer`` (*vi*, *du*) for a clause without one; the passive
    subject becomes the object. A fronted adverbial keeps its place and the doer follows the finite
    verb (*Vidare ska vi kunna ge in …*). ``imperative`` turns *ska/måste* + passive into an instruction
    (*Blanketten ska skickas in.* → *Skicka in blanketten.*)."""
    main = group.main
    ids = {t.i for t in group.tokens}
    top = next((t for t in group.tokens if t.head.i not in ids or t.head.i == t.i), main)
    agent = agent_of(group)
    if (agent is None) == (doer is None):
        return None
    who = doer if agent is None else agent_phrase(agent)
    subject = next((c for t in group.tokens for c in t.children if c.dep_ in SUBJECT_DEPS), None)
    if subject is None or top.dep_ not in ("ROOT", "root"):
        return None
    if subject.lower_ in ("som", "det", "vilket", "vilka", "vem", "vad", "detta") or any(
            c.dep_ in CLAUSE_DEPS for t in group.tokens for c in t.children):
        return None
    verbs = active_verbs(group)
    if not verbs:
        return None
    if imperative:
        imp = verb_form(verbs[-1], "imp") if len(verbs) == 2 and verbs[0].lower() in IMPERATIVE_MODALS else None
        if imp is None:
            return None
        verbs, who = [imp], ""
    used = ids | {t.i for t in subject.subtree} | ({t.i for t in agent_tokens(agent)} if agent is not None else set())
    particles = [c for c in main.children if c.dep_ == "compound:prt"]
    adverbs = [c for t in group.tokens for c in t.children
               if c.dep_ == "advmod" and min(ids) < c.i < main.i and not list(c.children)]
    marker = {c.i for c in main.children if c.lower_ == "att" and c.i < main.i}  # kommer att: in the verbs already
    used |= {t.i for t in particles} | {t.i for t in adverbs} | marker
    last = max(t.i for t in top.subtree)
    end = [t for t in top.children if t.dep_ == "punct" and t.i == last]
    rest = [t for t in top.subtree if t.i not in used and t not in end]
    if any(t.is_space or "\n" in t.whitespace_ for t in rest):
        return None
    first = min(ids | {subject.i})
    front = [t for t in rest if t.i < first]
    rest = [t for t in rest if t.i > first]
    if front and (imperative or front[-1].is_punct):
        return None
    obj = _noun_phrase(subject, AS_OBJECT)
    # the indirect object before the new object: *Beslutet skickas dig* → *Vi skickar dig beslutet* (review 28 B, 7)
    recipients = [t for t in rest if t.head.i == main.i and t.dep_ in ("obj", "iobj") and t.pos_ == "PRON"
                  and not list(t.children)]
    rest = [t for t in rest if t not in recipients]
    tail = [*(a.text for a in adverbs), *verbs[1:], *(p.text for p in particles), *(t.text for t in recipients), obj]
    if front:
        words = [_render(front), verbs[0], who, *tail]
    else:
        words = [who, verbs[0], *tail]
    text = " ".join(w for w in words if w)
    if rest:
        text += " " + _render(rest)
    text = text[:1].upper() + text[1:]
    return text + (end[0].text if end else ".")
