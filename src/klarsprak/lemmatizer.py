"""spaCy's edit-tree lemmatizer, made to lemmatize capitalised common words as lower case.

A sentence-initial *Beslutet* or *Kvinnan* is rare in training data in that
form; the edit tree the model predicts for it either does not apply or keeps
the capital (*Beslute*, *Kvinna*), and lexicons matched on lemmas then miss the
word. On the held-out Talbanken and PUD text a quarter of all lemma errors were
of this kind. So for a word that is capitalised only in its first letter and
not a proper noun, the predicted trees are applied to its lower-case form.
Forms whose lemma the training data gives (nearly) unambiguously take it from a
table shipped with the model (``forms.json``, built by ``training/lemma_table.py``), and a
content word whose best tree makes a lemma that is no Swedish word (wordfreq) takes the
best of the next few trees that makes one.
Registered as the ``klarsprak_lemmatizer`` factory (also through the
``spacy_factories`` entry point, so plain ``spacy.load`` finds it).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, Callable, Iterable

import numpy
import srsly
from spacy.language import Language
from spacy.pipeline.edit_tree_lemmatizer import DEFAULT_EDIT_TREE_LEMMATIZER_MODEL, EditTreeLemmatizer
from spacy.tokens import Doc, Token
from thinc.api import Model

from .frequency import zipf

#: How far down the ranking of edit trees to look for a capitalised common word.
CAPITALISED_TOP_K = 10
#: How far down the ranking to look for a known lemma when the best tree makes an unknown word.
RERANK_TOP_K = 5
#: The word classes whose lemmas are checked against the word list (names and numbers are not).
CHECKED_POS = frozenset({"NOUN", "VERB", "ADJ", "ADV", "AUX"})
#: The form table's file in the component's folder.
FORMS_FILE = "forms.json"


def lemma_form(token: Token) -> str:
    """The form the edit trees apply to: lower case for a capitalised word that is not a proper noun."""
    text = token.text
    if text[:1].isupper() and not any(c.isupper() for c in text[1:]) and token.pos_ != "PROPN":
        return text.lower()
    return text


def known_word(word: str) -> bool:
    """Whether ``word`` is in wordfreq's Swedish list (loaded on first use; cached by :func:`zipf`)."""
    return zipf(word) > 0


def _top(scores: numpy.ndarray, k: int) -> numpy.ndarray:
    """Column indices of each row's ``k`` highest scores, best first."""
    if scores.shape[1] > k:
        top = numpy.argpartition(-scores, k - 1, axis=1)[:, :k]
    else:
        top = numpy.broadcast_to(numpy.arange(scores.shape[1]), scores.shape)
    order = numpy.argsort(-numpy.take_along_axis(scores, top, axis=1), axis=1, kind="stable")
    return numpy.take_along_axis(top, order, axis=1)


def _ranked(row: numpy.ndarray, k: int) -> list[int]:
    """Column indices of the ``k`` highest scores of one row, best first."""
    return _top(row[None, :], k)[0].tolist()


def form_key(form: str, pos: str) -> str:
    """Key of the form table: the form edit trees apply to (:func:`lemma_form`) and the UPOS."""
    return f"{form}\t{pos}"


class CaseAwareLemmatizer(EditTreeLemmatizer):
    """``EditTreeLemmatizer`` that falls back to :func:`lemma_form` when a tree keeps a capital,
    and takes the lemma from a form table where training data is unambiguous.

    For capitalised words it also looks further down the ranking (:data:`CAPITALISED_TOP_K`),
    since the best-scored trees for a rare capitalised form are often inapplicable. ``forms``
    maps :func:`form_key` to the lemma that form and UPOS always had in the training data
    (built by ``training/lemma_table.py``, saved as ``forms.json`` beside the trees); it
    overrides the edit tree, which errs on irregular forms (*lägre* → *låg*, *föreslagits*
    → *föreslå*) that the table knows.
    """

    forms: dict[str, str] = {}

    def _lemma(self, tree_id: int, text: str, form: str) -> str | None:
        lemma = self.trees.apply(tree_id, text)
        if form != text and (lemma is None or not lemma[:1].islower()):
            lemma = self.trees.apply(tree_id, form)
        return lemma

    def _guesses(self, docs: Iterable[Doc], scores: Any) -> list[numpy.ndarray]:
        """The best applicable tree per token. Most tokens take their top-scored tree, so rankings
        are computed only for the few whose top tree does not apply, keeps a capital or makes a
        lemma that is no Swedish word (those last in one batch per document)."""
        labels, apply = self.cfg["labels"], self.trees.apply
        guesses = []
        for doc, doc_scores in zip(docs, scores):
            doc_scores = self.numpy_ops.asarray(doc_scores)
            best = doc_scores.argmax(axis=1).tolist() if len(doc_scores) else []
            ids, unknown = [], []
            for i, token in enumerate(doc):
                text, form, pos = token.text, lemma_form(token), token.pos_
                tree = labels[best[i]]
                if form == text:
                    if apply(tree, text) is None:
                        ranked = _ranked(doc_scores[i], self.top_k)[1:]
                        tree = next((labels[c] for c in ranked if apply(labels[c], text) is not None), -1)
                elif self._lemma(tree, text, form) is None:
                    ranked = _ranked(doc_scores[i], max(self.top_k, CAPITALISED_TOP_K))[1:]
                    tree = next((labels[c] for c in ranked if self._lemma(labels[c], text, form) is not None), -1)
                if (tree != -1 and pos in CHECKED_POS and form_key(form, pos) not in self.forms
                        and not known_word(self._lemma(tree, text, form))):
                    unknown.append(i)
                ids.append(tree)
            if unknown:
                for i, ranked in zip(unknown, _top(doc_scores[unknown], RERANK_TOP_K).tolist()):
                    ids[i] = self._known(ids[i], doc[i].text, lemma_form(doc[i]), ranked)
            guesses.append(numpy.array(ids, dtype="int64"))
        return guesses

    def _known(self, tree: int, text: str, form: str, ranked: list[int]) -> int:
        """The first of the ``ranked`` trees whose lemma is a Swedish word (*kroppsdel*, *sälja*, where
        ``tree`` made *kroppsdele*, *sälje*), else ``tree``."""
        for c in ranked:
            lemma = self._lemma(self.cfg["labels"][c], text, form)
            if lemma is not None and known_word(lemma):
                return self.cfg["labels"][c]
        return tree

    _scores2guesses_top_k_equals_1 = _guesses
    _scores2guesses_top_k_greater_1 = _guesses
    _scores2guesses_top_k_guardrail = _guesses

    def set_annotations(self, docs: Iterable[Doc], batch_tree_ids: Any) -> None:
        forms = self.forms
        for doc, tree_ids in zip(docs, batch_tree_ids):
            tree_ids = tree_ids.get() if hasattr(tree_ids, "get") else tree_ids
            for token, tree_id in zip(doc, tree_ids):
                if not self.overwrite and token.lemma != 0:
                    continue
                form = lemma_form(token)
                known = forms.get(form_key(form, token.pos_)) if forms else None
                if known is not None:
                    token.lemma_ = known
                elif tree_id != -1:
                    token.lemma_ = self._lemma(tree_id, token.text, form)
                elif self.backoff is not None:
                    token.lemma = getattr(token, self.backoff)

    def to_disk(self, path: str | Path, *, exclude: Iterable[str] = ()) -> None:
        super().to_disk(path, exclude=exclude)
        if self.forms:
            srsly.write_json(Path(path) / FORMS_FILE, self.forms)

    def from_disk(self, path: str | Path, *, exclude: Iterable[str] = ()) -> "CaseAwareLemmatizer":
        super().from_disk(path, exclude=exclude)
        table = Path(path) / FORMS_FILE
        self.forms = srsly.read_json(table) if table.is_file() else {}
        return self

    def to_bytes(self, *, exclude: Iterable[str] = ()) -> bytes:
        return srsly.msgpack_dumps({"lemmatizer": super().to_bytes(exclude=exclude), "forms": self.forms})

    def from_bytes(self, bytes_data: bytes, *, exclude: Iterable[str] = ()) -> "CaseAwareLemmatizer":
        data = srsly.msgpack_loads(bytes_data)
        super().from_bytes(data["lemmatizer"], exclude=exclude)
        self.forms = data["forms"]
        return self


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
