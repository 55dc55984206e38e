"""The case-aware lemmatizer: capitalised common words get lower-case lemmas, names keep theirs."""

from __future__ import annotations

import pytest
import spacy

from klarsprak import pipeline
from klarsprak.lemmatizer import lemma_form


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

