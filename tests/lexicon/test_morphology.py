"""Swedish inflection by suffix: which words count as forms of a lexicon lemma."""

import pytest

from klarsprak.lexicon.inflection import forms_of, inflect, inflected
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


@pytest.mark.parametrize(("replacement", "pos", "morph", "expected"), [
    ("få", "VERB", "Mood=Ind|Tense=Pres|VerbForm=Fin|Voice=Act", "får"),
    ("få", "VERB", "Mood=Ind|Tense=Past|VerbForm=Fin|Voice=Act", "fick"),
    ("ta emot", "VERB", "Mood=Ind|Tense=Past|VerbForm=Fin|Voice=Act", "tog emot"),
    ("använda", "VERB", "VerbForm=Sup|Voice=Act", "använt"),
    ("betala", "VERB", "Mood=Ind|Tense=Pres|VerbForm=Fin|Voice=Pass", "betalas"),
    ("använda", "VERB", "Mood=Ind|Tense=Past|VerbForm=Fin|Voice=Pass", "användes"),
    ("skicka", "VERB", "Mood=Ind|Tense=Past|VerbForm=Fin|Voice=Act", "skickade"),
    ("visa", "VERB", "VerbForm=Inf|Voice=Act", "visa"),
    ("ska", "VERB", "Mood=Ind|Tense=Pres|VerbForm=Fin|Voice=Act", "ska"),
    ("kontakta", "VERB", "Mood=Imp|VerbForm=Fin|Voice=Act", "kontakta"),
    ("använda", "VERB", "Mood=Imp|VerbForm=Fin|Voice=Act", "använd"),
    ("kontakta", "VERB", "Mood=Ind|Tense=Pres|VerbForm=Fin|Voice=Act", "kontaktar"),
    ("ange", "VERB", "Mood=Ind|Tense=Past|VerbForm=Fin|Voice=Act", "angav"),
    ("höra", "VERB", "Mood=Ind|Tense=Pres|VerbForm=Fin|Voice=Pass", "hörs"),
    ("insats", "NOUN", "Definite=Def|Gender=Com|Number=Sing", "insatsen"),
    ("åtgärd", "NOUN", "Definite=Def|Gender=Com|Number=Plur", "åtgärderna"),
    ("beslut", "NOUN", "Definite=Ind|Gender=Neut|Number=Plur", "beslut"),
    ("Ring oss", "VERB", "Mood=Ind|Tense=Past|VerbForm=Fin|Voice=Act", "Ring oss"),
])
def test_inflect_gives_the_replaced_words_form(replacement, pos, morph, expected):
    assert inflect(replacement, pos, morph) == expected


def test_forms_of_bli_for_the_passive_rule():
    assert {"bli", "blir", "blev", "blivit", "blitt"} <= forms_of("bli")
