"""SUC part-of-speech classes from the model's UD tags, as far as Sparv's nominal ratio needs them.

The model predicts UD UPOS + features, not SUC tags, so they are mapped:
NN = NOUN; PP = ADP; PC = any participle (``VerbForm=Part``); PN = PRON that is
not possessive (PS) or relative/interrogative (HP); AB = ADV or PART that is
not relative/interrogative (HA) and not the infinitive marker *att* (IE);
VB = VERB/AUX that is not a participle. Other words have no class here (None).
"""

from __future__ import annotations

from collections import Counter
from functools import cache
from typing import Iterable

from spacy.tokens import Doc, Span, Token

from . import metrics
from .doc import TokenTable

_SIMPLE = {"NOUN": "NN", "ADP": "PP", "VERB": "VB", "AUX": "VB"}
_WH = frozenset({"PronType=Rel", "PronType=Int", "PronType=Int,Rel"})


def suc_class(tok: Token) -> str | None:
    """The SUC base tag of a token (NN, PP, PC, PN, AB, VB) or None."""
    return suc_class_of(tok.pos_, str(tok.morph), tok.lower_ == "att")


@cache
def suc_class_of(pos: str, morph: str, is_att: bool) -> str | None:
    """:func:`suc_class` over plain attributes (UPOS, morphology string, whether the word is *att*)."""
    feats = set(morph.split("|")) if morph else set()
    if "VerbForm=Part" in feats:
        return "PC"
    if pos in _SIMPLE:
        return _SIMPLE[pos]
    wh = bool(feats & _WH)
    if pos == "PRON":
        return None if wh or "Poss=Yes" in feats else "PN"
    if pos in ("ADV", "PART"):
        return None if wh or is_att else "AB"
    return None


def sparv_nominal_ratio(classes: Iterable[str | None]) -> float | None:
    """Sparv's nominal ratio (NN + PP + PC) / (PN + AB + VB) over SUC classes."""
    counts = Counter(classes)
    return metrics.nominal_ratio(counts["NN"] + counts["PP"] + counts["PC"], counts["PN"] + counts["AB"] + counts["VB"])


def nominal_ratio_of(doc: Doc | Span, tokens: TokenTable | None = None) -> float | None:
    """The nominal ratio of a parsed text (from ``tokens``' columns when given, which is faster)."""
    if tokens is None or isinstance(doc, Span):
        return sparv_nominal_ratio(suc_class(tok) for tok in doc)
    return sparv_nominal_ratio(suc_class_of(p, m, lw == "att") for p, m, lw in zip(tokens.pos, tokens.morph, tokens.lower))
