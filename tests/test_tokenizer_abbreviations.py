"""The shipped tokenizer's abbreviations agree with lexicons/abbreviations.yaml (generated from it at install)."""

from __future__ import annotations

import spacy

from klarsprak.resources import model_path
from training.abbreviations import lexicon_forms


def test_tokenizer_special_cases_are_the_lexicon_forms() -> None:
    nlp = spacy.load(model_path())
    rules = set(nlp.tokenizer.rules)
    defaults = set(spacy.blank("sv").tokenizer.rules)
    forms = lexicon_forms()
    as_words = nlp.meta["klarsprak"]["abbreviations_as_words"]
    assert set(as_words) <= set(forms)
    assert {f for f in forms if f not in as_words} <= rules  # every lexicon form is one token …
    assert not rules & set(as_words)  # … except those that are also words (bil. = bilaga or bil)
    assert rules - defaults <= set(forms)  # nothing beyond spaCy's defaults that the lexicon lacks


def test_abbreviation_is_one_token_and_a_word_ends_its_sentence() -> None:
    nlp = spacy.load(model_path())
    assert [t.text for t in nlp.tokenizer("Se t.ex. kap. 3 enl. dnr. 12.")] == [
        "Se", "t.ex.", "kap.", "3", "enl.", "dnr.", "12", "."]
    assert [t.text for t in nlp.tokenizer("Vi köpte en ny bil. Sen åkte vi.")][4:6] == ["bil", "."]
