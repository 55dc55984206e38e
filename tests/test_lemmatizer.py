"""The case-aware lemmatizer: capitalised common words get lower-case lemmas, names keep theirs."""

from __future__ import annotations

import numpy
import pytest
import spacy

from klarsprak import pipeline
from klarsprak.lemmatizer import CAPITALISED_TOP_K, CHECKED_POS, RERANK_TOP_K, known_word, lemma_form


@pytest.fixture(scope="module")
def nlp() -> spacy.Language:
    return pipeline.load()


@pytest.mark.parametrize(("text", "word", "lemma"), [
    ("Kvinnan på kontoret svarar i telefon.", "Kvinnan", "kvinna"),
    ("Du kan ansöka nu.", "Du", "du"),
    ("Beslutet gäller från och med i dag.", "Beslutet", "beslut"),
    ("I dag är kontoret stängt.", "I", "i"),
])
def test_capitalised_common_word_gets_lower_case_lemma(nlp: spacy.Language, text: str, word: str, lemma: str) -> None:
    token = next(t for t in nlp(text) if t.text == word)
    assert token.lemma_ == lemma


def test_inflections_inside_the_sentence_unchanged(nlp: spacy.Language) -> None:
    doc = nlp("Han ringde till kvinnan på kontoret i Sundsvall.")
    assert {t.text: t.lemma_ for t in doc}["kvinnan"] == "kvinna"
    sundsvall = next(t for t in doc if t.text == "Sundsvall")
    assert sundsvall.pos_ == "PROPN" and sundsvall.lemma_ == "Sundsvall"


def test_lemma_form() -> None:
    doc = spacy.blank("sv")("Beslutet EU Malmö kvinnan")
    doc[2].pos_ = "PROPN"
    doc[0].pos_ = doc[1].pos_ = doc[3].pos_ = "NOUN"
    assert [lemma_form(t) for t in doc] == ["beslutet", "EU", "Malmö", "kvinnan"]



def _full_ranking_guess(lemmatizer, doc, row_scores) -> list[int]:  # type: ignore[no-untyped-def]
    """The tree a full ranking of every token's scores picks, then checked for a known lemma
    (the reference for the fast path, which ranks only where the top tree fails)."""
    labels = lemmatizer.cfg["labels"]
    out = []
    for token, row in zip(doc, row_scores):
        text, form = token.text, lemma_form(token)
        k = lemmatizer.top_k if form == text else max(lemmatizer.top_k, CAPITALISED_TOP_K)
        ranked = [labels[c] for c in numpy.argsort(-row, kind="stable")[:k]]
        tree = next((t for t in ranked if lemmatizer._lemma(t, text, form) is not None), -1)
        if tree != -1 and token.pos_ in CHECKED_POS and f"{form}\t{token.pos_}" not in lemmatizer.forms:
            lemma = lemmatizer._lemma(tree, text, form)
            if not known_word(lemma):
                tree = lemmatizer._known(tree, text, form, numpy.argsort(-row, kind="stable")[:RERANK_TOP_K].tolist())
        out.append(tree)
    return out


def test_fast_guesses_pick_the_same_trees_as_a_full_ranking(nlp: spacy.Language) -> None:
    texts = ["Beslutet fattades av nämnden i Sundsvall den 3 maj.", "Kvinnan sade: Skylten sätts upp i juni!",
             "XYZ-123 qwrtp Ålandsbankens Kommunfullmäktiges ärendeberedningar grävdes upp."]
    lemmatizer = nlp.get_pipe("trainable_lemmatizer")
    with nlp.select_pipes(disable=["trainable_lemmatizer"]):
        docs = list(nlp.pipe(texts))
    scores = lemmatizer.model.predict(docs)
    for doc, guess, row_scores in zip(docs, lemmatizer._guesses(docs, scores), scores):
        assert guess.tolist() == _full_ranking_guess(lemmatizer, doc, numpy.asarray(row_scores))


def test_form_table_gives_irregular_lemmas(nlp: spacy.Language) -> None:
    forms = nlp.get_pipe("trainable_lemmatizer").forms
    assert len(forms) > 5000 and forms["lägre\tADJ"] == "låg"
    doc = nlp("Ledarna för partierna träffades i går.")
    assert doc[0].lemma_ == "ledare"  # the edit tree alone gives "led"


def test_form_table_survives_serialisation(nlp: spacy.Language, tmp_path) -> None:  # type: ignore[no-untyped-def]
    lemmatizer = nlp.get_pipe("trainable_lemmatizer")
    data = lemmatizer.to_bytes()
    restored = type(lemmatizer)(nlp.vocab, lemmatizer.model, "copy").from_bytes(data)
    assert restored.forms == lemmatizer.forms
    lemmatizer.to_disk(tmp_path, exclude=["vocab"])
    assert type(lemmatizer)(nlp.vocab, lemmatizer.model, "copy").from_disk(tmp_path, exclude=["vocab"]).forms == lemmatizer.forms


@pytest.mark.parametrize(("text", "word", "lemma"), [
    ("Direktören säljer maskinvara.", "säljer", "sälja"),
    ("Direktören säljer maskinvara.", "maskinvara", "maskinvara"),
    ("Han skadade flera kroppsdelar.", "kroppsdelar", "kroppsdel"),
])
def test_lemma_that_is_a_swedish_word_preferred(nlp: spacy.Language, text: str, word: str, lemma: str) -> None:
    assert {t.text: t.lemma_ for t in nlp(text)}[word] == lemma
