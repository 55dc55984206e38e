"""spaCy's edit-tree lemmatizer, made to lemmatize capitalised common words as lower case.

A sentence-initial *Beslutet* or *Kvinnan* is rare in training data in that
form; the edit tree the model predicts for it either does not apply or keeps
the capital (*Beslute*, *Kvinna*), and lexicons matched on lemmas then miss the
word. On the held-out Talbanken and PUD text a quarter of all lemma errors were
of this kind. So for a word that is capitalised only in its first letter and
not a proper noun, the predicted trees are applied to its lower-case form.
Registered as the ``klarsprak_lemmatizer`` factory (also through the
``spacy_factories`` entry point, so plain ``spacy.load`` finds it).
"""

from __future__ import annotations

from typing import Any, Callable, Iterable

import numpy
from spacy.language import Language
from spacy.pipeline.edit_tree_lemmatizer import DEFAULT_EDIT_TREE_LEMMATIZER_MODEL, EditTreeLemmatizer
from spacy.tokens import Doc, Token
from thinc.api import Model

#: How far down the ranking of edit trees to look for a capitalised common word.
CAPITALISED_TOP_K = 10


def lemma_form(token: Token) -> str:
    """The form the edit trees apply to: lower case for a capitalised word that is not a proper noun."""
    text = token.text
    if text[:1].isupper() and not any(c.isupper() for c in text[1:]) and token.pos_ != "PROPN":
        return text.lower()
    return text


def _top(scores: numpy.ndarray, k: int) -> numpy.ndarray:
    """Column indices of each row's ``k`` highest scores, best first."""
    if scores.shape[1] > k:
        top = numpy.argpartition(-scores, k - 1, axis=1)[:, :k]
    else:
        top = numpy.broadcast_to(numpy.arange(scores.shape[1]), scores.shape)
    order = numpy.argsort(-numpy.take_along_axis(scores, top, axis=1), axis=1, kind="stable")
    return numpy.take_along_axis(top, order, axis=1)


class CaseAwareLemmatizer(EditTreeLemmatizer):
    """``EditTreeLemmatizer`` that falls back to :func:`lemma_form` when a tree keeps a capital.

    For such words it also looks further down the ranking (:data:`CAPITALISED_TOP_K`),
    since the best-scored trees for a rare capitalised form are often inapplicable.
    """

    def _lemma(self, tree_id: int, text: str, form: str) -> str | None:
        lemma = self.trees.apply(tree_id, text)
        if form != text and (lemma is None or not lemma[:1].islower()):
            lemma = self.trees.apply(tree_id, form)
        return lemma

    def _guesses(self, docs: Iterable[Doc], scores: Any) -> list[numpy.ndarray]:
        labels, apply = self.cfg["labels"], self.trees.apply
        guesses = []
        for doc, doc_scores in zip(docs, scores):
            ranked = _top(self.numpy_ops.asarray(doc_scores), max(self.top_k, CAPITALISED_TOP_K)).tolist()
            ids = []
            for token, candidates in zip(doc, ranked):
                text, form = token.text, lemma_form(token)
                if form == text:
                    found = (labels[c] for c in candidates[:self.top_k] if apply(labels[c], text) is not None)
                else:
                    found = (labels[c] for c in candidates if self._lemma(labels[c], text, form) is not None)
                ids.append(next(found, -1))
            guesses.append(numpy.array(ids, dtype="int64"))
        return guesses

    _scores2guesses_top_k_equals_1 = _guesses
    _scores2guesses_top_k_greater_1 = _guesses
    _scores2guesses_top_k_guardrail = _guesses

    def set_annotations(self, docs: Iterable[Doc], batch_tree_ids: Any) -> None:
        for doc, tree_ids in zip(docs, batch_tree_ids):
            tree_ids = tree_ids.get() if hasattr(tree_ids, "get") else tree_ids
            for token, tree_id in zip(doc, tree_ids):
                if not self.overwrite and token.lemma != 0:
                    continue
                if tree_id != -1:
                    token.lemma_ = self._lemma(tree_id, token.text, lemma_form(token))
                elif self.backoff is not None:
                    token.lemma = getattr(token, self.backoff)


@Language.factory(
    "klarsprak_lemmatizer",
    assigns=["token.lemma"],
    default_config={
        "model": DEFAULT_EDIT_TREE_LEMMATIZER_MODEL,
        "backoff": "lower",
        "min_tree_freq": 2,
        "overwrite": False,
        "top_k": 3,
        "scorer": {"@scorers": "spacy.lemmatizer_scorer.v1"},
    },
    default_score_weights={"lemma_acc": 1.0},
)
def make_lemmatizer(nlp: Language, name: str, model: Model, backoff: str | None, min_tree_freq: int,
                    overwrite: bool, top_k: int, scorer: Callable | None) -> CaseAwareLemmatizer:
    """The ``klarsprak_lemmatizer`` factory (same settings as spaCy's ``trainable_lemmatizer``)."""
    return CaseAwareLemmatizer(nlp.vocab, model, name, backoff=backoff, min_tree_freq=min_tree_freq,
                               overwrite=overwrite, top_k=top_k, scorer=scorer)
