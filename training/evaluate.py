"""Evaluate a pipeline on gold Docs from raw text (CoNLL 2018 style word-level scores).

The pipeline gets only ``gold.text``; predicted tokens are aligned to gold
words by character offsets. A gold word counts as correct for an attribute only
when exactly one predicted token covers exactly it and the attribute matches,
so tokenization errors cost accuracy (as in the CoNLL 2018 shared task, where
scores are F1 over aligned words; with near-perfect tokenization recall ≈ F1).
Punctuation is included in LAS (UD convention). ``spacy_scorer`` gives spaCy's own
figures for the same predictions (LAS without punctuation), comparable to the
scores published for spaCy's pipelines such as ``sv_core_news_sm``.
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from typing import Iterable

from spacy.language import Language
from spacy.tokens import Doc


@dataclass
class Scores:
    words: int = 0
    tokens_ok: int = 0
    upos: int = 0
    ufeats: int = 0
    upos_ufeats: int = 0
    lemma: int = 0
    lemma_total: int = 0
    uas: int = 0
    las: int = 0
    sent_tp: int = 0
    sent_gold: int = 0
    sent_pred: int = 0
    extra: dict[str, float] = field(default_factory=dict)

    def as_dict(self) -> dict[str, float]:
        w = max(self.words, 1)
        p = self.sent_tp / self.sent_pred if self.sent_pred else 0.0
        r = self.sent_tp / self.sent_gold if self.sent_gold else 0.0
        return {
            "words": self.words,
            "tokens": round(self.tokens_ok / w, 4),
            "upos": round(self.upos / w, 4),
            "ufeats": round(self.ufeats / w, 4),
            "alltags_upos_ufeats": round(self.upos_ufeats / w, 4),
            "lemma": round(self.lemma / max(self.lemma_total, 1), 4),
            "uas": round(self.uas / w, 4),
            "las": round(self.las / w, 4),
            "sent_p": round(p, 4),
            "sent_r": round(r, 4),
            "sent_f1": round(2 * p * r / (p + r), 4) if p + r else 0.0,
            **self.extra,
        }


def _norm_feats(morph: str) -> str:
    return "" if morph in ("", "_") else morph


def _sent_span(sent) -> tuple[int, int]:  # type: ignore[no-untyped-def]
    toks = [t for t in sent if not t.is_space]
    return (toks[0].idx, toks[-1].idx + len(toks[-1].text)) if toks else (sent.start_char, sent.start_char)


def score_pair(pred: Doc, gold: Doc, scores: Scores) -> None:
    """Add one document's counts to ``scores``."""
    pred_by_span = {(t.idx, t.idx + len(t.text)): t for t in pred}
    gold_to_pred: dict[int, int] = {}
    for g in gold:
        p = pred_by_span.get((g.idx, g.idx + len(g.text)))
        if p is not None:
            gold_to_pred[g.i] = p.i
    # a sentence counts when both its start and its end are right (CoNLL 2018)
    gold_starts = {_sent_span(s) for s in gold.sents}
    pred_starts = {_sent_span(s) for s in pred.sents}
    scores.sent_gold += len(gold_starts)
    scores.sent_pred += len(pred_starts)
    scores.sent_tp += len(gold_starts & pred_starts)
    for g in gold:
        scores.words += 1
        if g.lemma_:
            scores.lemma_total += 1
        pi = gold_to_pred.get(g.i)
        if pi is None:
            continue
        p = pred[pi]
        scores.tokens_ok += 1
        upos_ok = p.pos_ == g.pos_
        feats_ok = _norm_feats(str(p.morph)) == _norm_feats(str(g.morph))
        scores.upos += upos_ok
        scores.ufeats += feats_ok
        scores.upos_ufeats += upos_ok and feats_ok
        if g.lemma_ and p.lemma_ == g.lemma_:
            scores.lemma += 1
        gold_head = g.head.i
        pred_head_ok = (gold_to_pred.get(gold_head) == p.head.i)
        if g.head.i == g.i:
            pred_head_ok = p.head.i == p.i
        if pred_head_ok:
            scores.uas += 1
            gd = "ROOT" if g.dep_ in ("ROOT", "root") else g.dep_
            pd = "ROOT" if p.dep_ in ("ROOT", "root") else p.dep_
            scores.las += gd == pd


def evaluate(nlp: Language, gold_docs: Iterable[Doc], batch_size: int = 64) -> dict[str, float]:
    """Word-level scores of ``nlp`` run on the raw text of ``gold_docs``."""
    gold_docs = list(gold_docs)
    scores = Scores()
    t0 = time.perf_counter()
    preds = list(nlp.pipe((g.text for g in gold_docs), batch_size=batch_size))
    elapsed = time.perf_counter() - t0
    for pred, gold in zip(preds, gold_docs):
        score_pair(pred, gold, scores)
    out = scores.as_dict()
    out["words_per_second"] = round(scores.words / elapsed) if elapsed else 0
    if "klarsprak_structure" in nlp.pipe_names:
        out["sent_f1_units"] = unit_sentence_f1(preds, gold_docs)
    out["spacy_scorer"] = spacy_scores(nlp, preds, gold_docs)
    return out


def unit_sentence_f1(preds: list[Doc], gold_docs: list[Doc]) -> float:
    """Sentence F1 of klarsprak's sentence units (the parser's boundaries plus the layout
    rules of :func:`klarsprak.doc.units.units`), which LIX and the sentence rules count."""
    from klarsprak.doc.units import units
    from klarsprak.doc import TokenTable

    tp = n_pred = n_gold = 0
    for pred, gold in zip(preds, gold_docs):
        gold_spans = {_sent_span(s) for s in gold.sents}
        pred_spans = {_sent_span(u.span) for u in units(pred, TokenTable(pred))}
        tp += len(gold_spans & pred_spans)
        n_pred += len(pred_spans)
        n_gold += len(gold_spans)
    p, r = tp / max(n_pred, 1), tp / max(n_gold, 1)
    return round(2 * p * r / (p + r), 4) if p + r else 0.0


def spacy_scores(nlp: Language, preds: list[Doc], gold_docs: list[Doc]) -> dict[str, float]:
    """The same predictions scored by spaCy's ``Scorer`` (LAS/UAS without punctuation, as spaCy reports)."""
    from spacy.scorer import Scorer
    from spacy.training import Example

    raw = Scorer(nlp).score([Example(p, g) for p, g in zip(preds, gold_docs)])
    keys = ("token_acc", "pos_acc", "morph_acc", "lemma_acc", "dep_uas", "dep_las", "sents_f")
    return {k: round(float(raw[k]), 4) for k in keys if raw.get(k) is not None}
