"""long_word: long compounds, but not names, URLs or hyphenated words with short parts."""

from __future__ import annotations

import os

import pytest

from klarsprak.analyzer import default_analyzer
from klarsprak.resources import model_path
from klarsprak.rules.long_word import joint_split, longest_part


@pytest.fixture(scope="module")
def model_analyzer():
    """The default analyzer with the shipped model; skip while the model is not committed yet."""
    if not os.environ.get("KLARSPRAK_MODEL") and not (model_path() / "meta.json").is_file():
        pytest.skip("the shipped model models/sv_klarsprak is missing")
    return default_analyzer()


FLAG = [
    ("Skicka in bygglovsansökningshandlingarna före mötet.", "bygglovsansökningshandlingarna"),
    ("Nämnden beslutade om arbetsmarknadsutbildningsinsatser.", "arbetsmarknadsutbildningsinsatser"),
    ("Samhällsbyggnadsförvaltningen svarar.", "Samhällsbyggnadsförvaltningen"),
]

OK = [
    "Skicka in handlingarna till bygglovet före mötet.",
    "Läs mer på https://www.helsingborg.se/bygga-och-bo/bygglovsansokningshandlingar.",
    "Skriv till bygglovsansokningshandlingar@helsingborg.se om du har frågor.",
    "Kommunstyrelsen har beslutat.",
    "Vi samarbetar med EU-kommissionen och Försvarsmakten.",
    "Hon bor i Kommunfullmäktigesammanträdesstaden.",
]


@pytest.mark.parametrize("text,word", FLAG)
def test_flags_long_compounds(model_analyzer, text, word):
    found = [f for f in model_analyzer.analyze(text).findings if f.rule == "long_word"]
    assert [f.text for f in found] == [word]


@pytest.mark.parametrize("text", OK)
def test_leaves_short_words_names_and_urls_alone(model_analyzer, text):
    assert not [f for f in model_analyzer.analyze(text).findings if f.rule == "long_word"]


def test_max_letters_is_configurable(model_analyzer):
    import klarsprak

    analyzer = klarsprak.Analyzer(klarsprak.Config(rules={"long_word": {"max_letters": 12}}),
                                  model=model_analyzer.nlp)
    found = [f for f in analyzer.analyze("Vi har en bostadsanpassning.").findings if f.rule == "long_word"]
    assert [f.text for f in found] == ["bostadsanpassning"]


@pytest.mark.parametrize("word,split", [
    ("bygglovsansökningshandlingarna", ("bygglovsansöknings", "handlingarna")),
    ("arbetsmarknadsutbildningsinsatser", ("arbetsmarknads", "utbildningsinsatser")),
    ("kommunfullmäktigesammanträdet", None),
])
def test_joint_split(word, split):
    assert joint_split(word) == split


def test_longest_part_of_hyphenated_word():
    assert longest_part("EU-bidragsansökan") == "bidragsansökan"
