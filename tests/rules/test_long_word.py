"""long_word: long compounds, but not names, URLs or hyphenated words with short parts."""

from __future__ import annotations


import pytest

from klarsprak.rules.long_word import joint_split, longest_part




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
def test_flags_long_compounds(analyzer, text, word):
    found = [f for f in analyzer.analyze(text).findings if f.rule == "long_word"]
    assert [f.text for f in found] == [word]


@pytest.mark.parametrize("text", OK)
def test_leaves_short_words_names_and_urls_alone(analyzer, text):
    assert not [f for f in analyzer.analyze(text).findings if f.rule == "long_word"]


def test_max_letters_is_configurable(analyzer):
    import klarsprak

    analyzer = klarsprak.Analyzer(klarsprak.Config(rules={"long_word": {"max_letters": 12}}),
                                  model=analyzer.nlp)
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


def test_one_finding_per_distinct_word_with_its_count(analyzer):
    text = ("Skicka in bygglovsansökningshandlingarna före mötet. "
            "Bygglovsansökningshandlingarna ska vara kompletta.")
    found = [f for f in analyzer.analyze(text).findings if f.rule == "long_word"]
    assert [f.text for f in found] == ["bygglovsansökningshandlingarna"]
    assert "2 gånger" in found[0].message
    assert found[0].occurrences == ((53, 83),) and text[53:83] == "Bygglovsansökningshandlingarna"
    assert "ansökningshandlingarna för bygglov" in found[0].suggestions[0]


@pytest.mark.parametrize("text,word", [
    ("Du kan söka bostadsanpassningsbidrag hos kommunen.", "bostadsanpassningsbidrag"),
    ("Personer med funktionsnedsättningar har rätt till stöd.", "funktionsnedsättningar"),
])
def test_established_terms_are_explained_not_rewritten(analyzer, text, word):
    (finding,) = [f for f in analyzer.analyze(text).findings if f.rule == "long_word"]
    assert finding.text == word and "etablerad term" in finding.message


@pytest.mark.parametrize("word,split", [
    ("Avfallshanteringsplanen", ("Avfallshanterings", "planen")),
    ("kommunfullmäktigesammanträdet", ("kommunfullmäktige", "sammanträdet")),
])
def test_compound_split_cuts_between_common_words(word, split):
    from klarsprak.rules.long_word import compound_split

    assert compound_split(word) == split
