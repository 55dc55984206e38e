"""Harmonise UD Swedish-Talbanken v1.0 (2015) annotation to UD v2 conventions.

What changes (see ``../shared/ud/Talbanken-v1/README.md``):

* deprels: ``nsubjpass→nsubj:pass``, ``csubjpass→csubj:pass``, ``dobj→obj``,
  ``mwe→fixed``, ``name→flat:name``, ``neg→advmod`` (+ ``Polarity=Neg`` and
  UPOS ``PART`` on inte/icke/ej, as v2 does), ``nmod→obl`` when the head is a
  VERB/AUX/ADJ/ADV, ``nmod:agent→obl:agent``.
* bli-passive: v1 makes *bli* the head with the participle as ``xcomp``; v2 makes
  the participle the head and *bli* ``aux:pass``. The subtree is re-attached.
* UPOS: ``CONJ→CCONJ``, stray ``DT→DET``, ``HS``/``PS`` pronouns ``PRON``,
  VERB as ``aux``/``cop``/``aux:pass`` → ``AUX``.
* features: v2 features are (almost) a function of the SUC tag in XPOS, plus
  lexical features (PronType, Polarity …) for closed-class words. Both mappings are
  learned from v2 gold sentences (:class:`V2Reference`) and applied only when they
  are unambiguous; closed-class words whose v2 features cannot be restored get
  POS and morphology marked *missing* (``upos=None``) instead of teaching the model
  two conventions.
* lemmas: v1 has none; they stay ``_`` and are treated as missing.
* deponents (finnas, hoppas …): ``Voice`` is removed, following Talbanken v2.
"""

from __future__ import annotations

import copy
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from typing import Iterable

from .conllu import Sentence, Token, parse_feats

DEPREL_RENAMES: dict[str, str] = {
    "nsubjpass": "nsubj:pass",
    "csubjpass": "csubj:pass",
    "dobj": "obj",
    "mwe": "fixed",
    "name": "flat:name",
    "neg": "advmod",
    "nmod:agent": "obl:agent",
}
UPOS_RENAMES: dict[str, str] = {"CONJ": "CCONJ", "DT": "DET"}
NEGATION_PARTICLES = frozenset({"inte", "icke", "ej"})
OBL_HEADS = frozenset({"VERB", "AUX", "ADJ", "ADV"})
AUX_DEPRELS = frozenset({"aux", "cop", "aux:pass"})
MISSING = "<missing>"  # head and label unknown: the corpus builder leaves them unset
# multi-word expressions that UD Swedish v2 (Talbanken/PUD) still analyses as ``fixed``
V2_FIXED = frozenset({"så småningom", "därför att", "till och med", "i och med", "icke desto mindre",
                      "före detta", "som helst", "för sedan", "t ex", "bl a", "s k", "m m", "o s v", "t o m",
                      "fr o m", "m fl", "p g a", "d v s"})
BLI_FORMS = frozenset({"bli", "blir", "blev", "blivit", "bliva", "blevo", "blitt", "blive"})
# XPOS bases whose v2 features/UPOS are lexical (PronType, Polarity, ADV vs ADP …).
CLOSED_CLASS = frozenset({"PN", "DT", "HP", "HD", "HS", "PS", "HA", "KN", "PL", "AB", "IE", "SN"})


def is_deponent_token(tok: Token) -> bool:
    """True for an s-form verb that is a deponent (by lemma, or by form when lemma is unknown)."""
    if not tok.xpos.startswith("VB") and tok.upos not in ("VERB", "AUX"):
        return False
    from klarsprak.rules.passive import deponents

    lemma = tok.lemma if tok.lemma not in ("_", "") else None
    return deponents().by_lemma(lemma, tok.form.lower())


def fix_deponent_voice(sent: Sentence) -> int:
    """Drop ``Voice`` on deponent verbs (Talbanken v2 convention). Returns the number changed."""
    n = 0
    for tok in sent.tokens:
        if tok.feats.get("Voice") == "Pass" and is_deponent_token(tok):
            del tok.feats["Voice"]
            n += 1
    return n


def _fstr(feats: dict[str, str]) -> str:
    return "|".join(f"{k}={v}" for k, v in sorted(feats.items(), key=lambda kv: kv[0].lower())) or "_"


@dataclass
class V2Reference:
    """Mappings learned from UD v2 gold sentences, used to restore v1 features.

    ``by_xpos``: full SUC tag → Counter of v2 FEATS strings.
    ``by_form``: (lower form, full SUC tag) → Counter of (UPOS, FEATS).
    """

    by_xpos: dict[str, Counter] = field(default_factory=lambda: defaultdict(Counter))
    by_form: dict[tuple[str, str], Counter] = field(default_factory=lambda: defaultdict(Counter))

    @classmethod
    def from_sentences(cls, sentences: Iterable[Sentence]) -> "V2Reference":
        ref = cls()
        for sent in sentences:
            for tok in sent.tokens:
                feats = {k: v for k, v in tok.feats.items() if k not in ("Foreign", "ExtPos")}
                if tok.feats.get("Voice") == "Pass" and is_deponent_token(tok):
                    feats.pop("Voice", None)
                fs = _fstr(feats)
                ref.by_xpos[tok.xpos][fs] += 1
                ref.by_form[(tok.form.lower(), tok.xpos)][(tok.upos, fs)] += 1
        return ref

    @staticmethod
    def _majority(counter: Counter | None, min_count: int, min_share: float):
        if not counter:
            return None
        value, n = counter.most_common(1)[0]
        total = sum(counter.values())
        if n >= min_count and n / total >= min_share:
            return value
        return None

    def lexical(self, form: str, xpos: str) -> tuple[str, str] | None:
        return self._majority(self.by_form.get((form.lower(), xpos)), 1, 0.85)

    def from_xpos(self, xpos: str) -> str | None:
        return self._majority(self.by_xpos.get(xpos), 2, 0.9)


class LayeredReference:
    """Ask ``primary`` (Talbanken v2) first, then ``fallback`` (e.g. PUD): Talbanken's conventions win."""

    def __init__(self, primary: V2Reference, fallback: V2Reference) -> None:
        self.primary, self.fallback = primary, fallback

    def lexical(self, form: str, xpos: str) -> tuple[str, str] | None:
        return self.primary.lexical(form, xpos) or self.fallback.lexical(form, xpos)

    def from_xpos(self, xpos: str) -> str | None:
        return self.primary.from_xpos(xpos) or self.fallback.from_xpos(xpos)


def to_reference(sentences: Iterable[Sentence], ref: V2Reference, min_count: int = 3) -> int:
    """Bring another v2 treebank (PUD) to Talbanken's conventions, in place.

    Where Talbanken's gold has a clear answer for a closed-class word (by form and
    SUC tag: ``som`` is ``PronType=Rel``) or for a cardinal's SUC tag
    (``NumType=Card``), that answer replaces the other treebank's. Returns the
    number of tokens changed.
    """
    changed = 0
    for sent in sentences:
        for tok in sent.tokens:
            base = tok.xpos.split("|")[0]
            if "Foreign" in tok.feats:
                continue
            new: tuple[str, str] | None = None
            if base in CLOSED_CLASS:
                counter = ref.by_form.get((tok.form.lower(), tok.xpos))
                if counter and sum(counter.values()) >= min_count:
                    new = ref.lexical(tok.form, tok.xpos)
            elif base in ("RG", "RO"):
                fs = ref.from_xpos(tok.xpos)
                new = (tok.upos, fs) if fs else None
            if new is None:
                continue
            upos, fs = new
            keep = {k: v for k, v in tok.feats.items() if k == "ExtPos"}
            feats = {**parse_feats(fs), **keep}
            if (upos, feats) != (tok.upos, tok.feats):
                if tok.upos not in ("VERB", "AUX"):
                    tok.upos = upos
                tok.feats = feats
                changed += 1
    return changed


def _rule_feats(tok: Token) -> dict[str, str]:
    """v1 features with the fixes that follow directly from the SUC tag."""
    feats = dict(tok.feats)
    parts = tok.xpos.split("|")
    base = parts[0]
    if base == "VB":
        if "PRS" in parts or "PRT" in parts:
            feats.setdefault("Mood", "Ind")
        elif "IMP" in parts:
            feats["Mood"] = "Imp"
        elif "KON" in parts:
            feats["Mood"] = "Sub"
    if base == "PC":
        feats["VerbForm"] = "Part"
        feats.setdefault("Degree", "Pos")
        if "PRS" in parts:
            feats["Tense"] = "Pres"
    if base == "RG":
        feats["NumType"] = "Card"
    if base == "RO":
        feats["NumType"] = "Ord"
    if base in ("PS", "HS"):
        feats["Poss"] = "Yes"
    if "AN" in parts:
        feats["Abbr"] = "Yes"
    return feats


def _reattach_coordination(sent: Sentence) -> None:
    """UD v1 attaches ``cc`` (and commas) to the first conjunct; v2 to the conjunct that follows.

    A ``cc`` or ``punct`` dependent of a coordination head X that stands right
    before a later conjunct of X (only other ``cc``/``punct`` of X in between) is
    moved to that conjunct.
    """
    toks = sent.tokens
    children: dict[int, list[Token]] = {}
    for t in toks:
        children.setdefault(t.head, []).append(t)

    def left_edge(tok: Token) -> int:
        edge, todo = tok.id, [tok]
        while todo:
            cur = todo.pop()
            for c in children.get(cur.id, []):
                edge = min(edge, c.id)
                todo.append(c)
        return edge

    for head in toks:
        conjs = sorted((c for c in children.get(head.id, []) if c.deprel == "conj"), key=lambda t: t.id)
        if not conjs:
            continue
        edges = [(left_edge(c), c) for c in conjs]
        for t in children.get(head.id, []):
            if t.deprel not in ("cc", "punct") or t.id < head.id:
                continue
            nxt = next(((e, c) for e, c in edges if e > t.id), None)
            if nxt is None:
                continue
            edge, conj = nxt
            between = toks[t.id: edge - 1]  # tokens strictly between t and the conjunct's left edge
            if all(b.head == head.id and b.deprel in ("cc", "punct") for b in between):
                t.head = conj.id


def _convert_mwe(sent: Sentence) -> None:
    """v1 ``mwe`` (1,251 tokens) → v2, which analyses almost all of them compositionally.

    Expressions that v2 still marks ``fixed`` (:data:`V2_FIXED`) stay ``fixed``.
    Subordinating ones (mwe head is ``mark``: *för att*, *så att*, *även om*) get
    every part as ``mark`` of the clause's verb, as v2 does. The rest (*i dag*,
    *på grund av*, *ett par*) have no reliable v2 analysis: their heads and labels
    become *missing* (the first word keeps its v1 head at a sentence start, so
    that sentence boundaries stay intact).
    """
    toks = sent.tokens
    for head in toks:
        parts = [t for t in toks if t.head == head.id and t.deprel == "mwe"]
        if not parts:
            continue
        words = " ".join(t.form.lower() for t in sorted([head, *parts], key=lambda t: t.id))
        if words in V2_FIXED:
            for t in parts:
                t.deprel = "fixed"
        elif head.deprel == "mark":
            for t in parts:
                t.head, t.deprel = head.head, "mark"
        else:
            for t in parts:
                t.deprel = MISSING
            if head.id != 1:
                head.deprel = MISSING


def _plural_definiteness(sent: Sentence) -> None:
    """v1 leaves plural adjectives/participles (``PLU|IND/DEF``) without Definite; v2 decides.

    Weak (definite) when the noun they modify is definite or has a definite or
    possessive determiner (*de stora husen*, *mina gamla böcker*): ``Definite=Def``
    without Number, as v2 writes it; otherwise ``Definite=Ind|Number=Plur``.
    """
    toks = sent.tokens
    for tok in toks:
        parts = tok.xpos.split("|")
        if parts[0] not in ("JJ", "PC") or "PLU" not in parts or "IND/DEF" not in parts or "Definite" in tok.feats:
            continue
        head = toks[tok.head - 1] if tok.head > 0 else None
        definite = False
        if head is not None and tok.deprel in ("amod", "det") and head.upos in ("NOUN", "PROPN"):
            definite = head.feats.get("Definite") == "Def" or any(
                t.head == head.id and (t.deprel == "nmod:poss" or (t.deprel == "det" and t.feats.get("Definite") == "Def"))
                for t in toks)
        if definite:
            tok.feats["Definite"] = "Def"
            tok.feats.pop("Number", None)
        else:
            tok.feats["Definite"] = "Ind"
            tok.feats["Number"] = "Plur"


def _restructure_bli_passive(sent: Sentence) -> None:
    """v1 bli + participle (xcomp) → participle head, bli ``aux:pass`` (v2)."""
    toks = sent.tokens
    for bli in toks:
        if bli.form.lower() not in BLI_FORMS:
            continue
        parts = [t for t in toks if t.head == bli.id and t.deprel == "xcomp" and t.xpos.startswith("PC")
                 and "PRF" in t.xpos]
        if len(parts) != 1:
            continue
        part = parts[0]
        part.head, part.deprel = bli.head, bli.deprel
        for t in toks:
            if t is not part and t.head == bli.id:
                t.head = part.id
                if t.deprel == "nsubj":
                    t.deprel = "nsubj:pass"
                elif t.deprel == "csubj":
                    t.deprel = "csubj:pass"
        bli.head, bli.deprel = part.id, "aux:pass"
        part.upos = "VERB"


def harmonise_sentence(sent: Sentence, ref: V2Reference | LayeredReference | None = None) -> Sentence:
    """Return a v2-style copy of a v1 sentence.

    Tokens whose POS and morphology could not be restored get ``upos = ""``
    (the corpus builder then leaves both unset, i.e. missing in training).
    """
    out = copy.deepcopy(sent)
    toks = out.tokens
    # 1. deprels
    _convert_mwe(out)
    _reattach_coordination(out)
    for tok in toks:
        if tok.deprel == "neg":
            if tok.form.lower() in NEGATION_PARTICLES:
                tok.upos = "PART"
                tok.feats["Polarity"] = "Neg"
        tok.deprel = DEPREL_RENAMES.get(tok.deprel, tok.deprel)
        tok.upos = UPOS_RENAMES.get(tok.upos, tok.upos)
        if tok.xpos.startswith(("PS", "HS")):
            tok.upos = "PRON"
    for tok in toks:
        if tok.deprel == "nmod" and tok.head > 0 and toks[tok.head - 1].upos in OBL_HEADS:
            tok.deprel = "obl"
    _restructure_bli_passive(out)
    # 2. features and UPOS
    for tok in toks:
        base = tok.xpos.split("|")[0]
        lex = ref.lexical(tok.form, tok.xpos) if ref else None
        if lex is not None:
            upos, fs = lex
            if tok.upos not in ("VERB", "AUX"):
                tok.upos = upos
            tok.feats = parse_feats(fs)
        else:
            by_x = ref.from_xpos(tok.xpos) if ref else None
            if by_x is not None and base not in CLOSED_CLASS:
                tok.feats = parse_feats(by_x)
            else:
                tok.feats = _rule_feats(tok)
                if ref is not None and base in CLOSED_CLASS and base not in ("AB", "IE", "SN", "KN"):
                    tok.upos = ""  # lexical features unknown → missing
        if tok.form.lower() in NEGATION_PARTICLES and tok.deprel == "advmod":
            tok.upos, tok.feats = "PART", {"Polarity": "Neg"}
        if tok.upos == "VERB" and tok.deprel in AUX_DEPRELS:
            tok.upos = "AUX"
    _plural_definiteness(out)
    for tok in toks:
        if tok.deprel == "det" and tok.upos == "ADJ":
            tok.deprel = "amod"  # samma, flesta, hela … are amod in v2
    fix_deponent_voice(out)
    # 3. lemmas missing
    for tok in toks:
        tok.lemma = "_"
    return out


def harmonise(sentences: Iterable[Sentence], ref: V2Reference | LayeredReference | None = None) -> list[Sentence]:
    """Harmonise many v1 sentences."""
    return [harmonise_sentence(s, ref) for s in sentences]
