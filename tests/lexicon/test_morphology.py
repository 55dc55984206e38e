"""Swedish inflection by suffix: which words count as forms of a lexicon lemma."""

import pytest

from klarsprak.lexicon.inflection import forms_of
from klarsprak.lexicon.morphology import as_head, as_modifier, is_form

FORMS = [
    ("handikappades", "handikappad"),
    ("handikappade", "handikappad"),
    ("zigenarens", "zigenare"),
    ("zigenarna", "zigenare"),
    ("dövstumma", "dövstum"),
    ("negrer", "neger"),
    ("horor", "hora"),
    ("talesmännen", "talesman"),
    ("riksdagsmän", "riksdagsman"),
    ("talesmannen", "talesman"),
    ("efterblivna", "efterbliven"),
    ("tattarna", "tattare"),
    ("lärarinnan", "lärarinna"),
]
NOT_FORMS = [
    ("horn", "hora"),
    ("horisont", "hora"),
    ("negativ", "neger"),
    ("negation", "neger"),
    ("dementera", "dement"),
    ("lappkast", "lapp"),
    ("handflata", "flata"),
    ("homosexuell", "homosex"),
]


@pytest.mark.parametrize("word,lemma", FORMS)
def test_inflected_forms_match(word, lemma):
    assert is_form(word, lemma)


@pytest.mark.parametrize("word,lemma", NOT_FORMS)
def test_other_words_do_not_match(word, lemma):
    assert not is_form(word, lemma)


def test_compound_parts():
    assert as_modifier("handikapptoalett", "handikapp")
    assert as_modifier("zigenarläger", "zigenare")
    assert as_head("presstalesman", "talesman")
    assert as_head("hårfrisörska", "frisörska")
    assert not as_modifier("handikapp", "handikapp")  # the whole word is not a compound
    assert not as_modifier("lappa", "lapp")  # too short a rest to be a word
    assert not as_head("papperslapp", "lappkast")


def test_forms_of_bli_for_the_passive_rule():
    assert {"bli", "blir", "blev", "blivit", "blitt"} <= forms_of("bli")
