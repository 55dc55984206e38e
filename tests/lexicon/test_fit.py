"""Replacements that fit the sentence: participles, word order around conjunctions and verb phrases.

Each case is a sentence shaped like one a replacement failed in on development documents (the genre
sample of benchmarks/suggestion_fit_dev.py and the blind-judged dev verdicts of 2026-11-30): the
suggestion must read as Swedish in place, or the finding must be advice with no replacement.
"""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc

from klarsprak.doc import TokenTable
from klarsprak.lexicon.fit import breaks_word_order, fitted
from klarsprak.lexicon.inflection import past_participles, present_participle
from klarsprak.lexicon.morphology import FormIndex
from klarsprak.lexicon.readings import reading


@pytest.fixture
def analyzer(strict_analyzer):
    """Every entry counts here, whatever the genre: these tests are about how a match is replaced."""
    return strict_analyzer


def _doc(words, pos, morphs, heads, deps):
    return TokenTable(Doc(spacy.blank("sv").vocab, words=words, pos=pos, morphs=morphs, heads=heads, deps=deps))


PAST = "Mood=Ind|Tense=Past|VerbForm=Fin|Voice=Act"


def _complex(analyzer, text):
    return [(f.text, f.suggestions, f.message) for f in analyzer.analyze(text).findings if f.rule == "complex_word"]


@pytest.mark.parametrize(("lemma", "forms"), [
    ("bestämma", ("bestämd", "bestämt", "bestämda")),  # bestämde, bestämt: -d
    ("köpa", ("köpt", "köpt", "köpta")),  # köpte, köpt: -t
    ("visa", ("visad", "visat", "visade")),
    ("utreda", ("utredd", "utrett", "utredda")),
    ("ge", ("given", "givet", "givna")),  # from givit, not "gedda" from gett
    ("ta", ("tagen", "taget", "tagna")),
    ("ha", (None, None, None)),  # hade, haft: no "had"
    ("få", (None, None, None)),  # fådd, fådda are not attested
])
def test_past_participles_agree_with_supine_and_past(lemma, forms):
    assert past_participles(lemma) == forms


def test_present_participle():
    assert present_participle("samarbeta") == "samarbetande"


@pytest.mark.parametrize(("text", "matched", "suggestion"), [
    ("Alla risker är nu eliminerade.", "eliminerade", "borttagna"),  # ta bort: the particle in front
    ("Det är ett resultat av den genom solstrålningen förorsakade cirkulationen.", "förorsakade", "orsakade"),
])
def test_a_participle_is_replaced_by_a_participle(analyzer, text, matched, suggestion):
    found = _complex(analyzer, text)
    assert [f[0] for f in found] == [matched]
    assert found[0][1][0] == suggestion


def test_an_ambiguous_participle_is_advice(analyzer):
    # "eftersatt" may be common or neuter; "försummad" and "försummat" differ
    found = _complex(analyzer, "Underhållet är eftersatt.")
    assert [f[0] for f in found] == ["eftersatt"] and found[0][1] == ()


@pytest.mark.parametrize("text", [
    "De samverkande kommunerna ska få ersättning.",  # samverkande is no form of the noun samverkan
    "Den inlämnade ansökan var fel.",  # lämna in's participle is the word written
])
def test_a_participle_that_is_already_plain_is_left_alone(analyzer, text):
    assert _complex(analyzer, text) == []


def test_a_noun_takes_no_past_tense_ending():
    index = FormIndex.build(["samverkan", "samverka"])
    assert index.lemmas_for("samverkande", "samverkande") == ()
    assert index.lemmas_for("samverkade", "samverkade") == ("samverka",)


@pytest.mark.parametrize(("text", "matched", "unwanted"), [
    ("Emellertid ger varken Kristus eller Bibeln några anvisningar.", "Emellertid", "Men"),  # "Men ger varken"
    ("De är emellertid svaga och politiserade.", "emellertid", "men"),  # "är men svaga"
])
def test_a_conjunction_does_not_replace_an_adverb_inside_the_clause(analyzer, text, matched, unwanted):
    found = _complex(analyzer, text)
    assert [f[0] for f in found] == [matched]
    assert unwanted not in found[0][1]


def test_a_conjunction_with_an_adverb_needs_the_verb_next(analyzer):
    found = _complex(analyzer, "De arbetade i grupper om två, varvid en i taget avgav sitt svar.")
    varvid = [f for f in found if f[0] == "varvid"]
    assert varvid and varvid[0][1] == () and "”och då”" in varvid[0][2]


def test_a_conjunction_may_join_nouns():
    tokens = _doc(["avtal", "jämte", "kvitto"], ["NOUN", "ADP", "NOUN"], ["", "", ""], [0, 2, 0],
                  ["ROOT", "case", "nmod"])
    assert not breaks_word_order(["och"], tokens, 1, 1)  # "avtal och kvitto"
    assert breaks_word_order(["och", "då"], tokens, 1, 1)  # no finite verb after "och då"


@pytest.mark.parametrize(("text", "matched"), [
    ("Verkningsgraden överstiger dock inte 50 procent.", "överstiger"),  # not "är mer än dock inte"
    ("Förslaget förefaller som en rimlig kompromiss.", "förefaller"),  # not "verkar som en kompromiss"
])
def test_a_verb_phrase_that_would_split_is_advice(analyzer, text, matched):
    found = _complex(analyzer, text)
    assert [f[0] for f in found] == [matched] and found[0][1] == ()


def test_a_word_the_text_repeats_after_the_replacement_is_dropped(analyzer):
    found = _complex(analyzer, "Han tjänstgjorde som lärare i tio år.")
    assert found[0][0] == "tjänstgjorde"
    assert "fungerade" in found[0][1] and "fungerade som" not in found[0][1]  # not "fungerade som som lärare"


def test_a_past_tense_read_as_an_attribute_after_an_article_is_a_participle():
    tokens = _doc(["Vi", "fick", "de", "inlämnade", "ansökningarna"], ["PRON", "VERB", "DET", "VERB", "NOUN"],
                  ["", PAST, "Definite=Def", PAST, "Definite=Def|Number=Plur"], [1, 1, 4, 4, 1],
                  ["nsubj", "ROOT", "det", "amod", "obj"])
    assert reading(tokens, 3) == ("ADJ", "Tense=Past|VerbForm=Part")
    assert fitted("skicka in", "inlämna", tokens, 3) == "inskickade"


def test_a_past_tense_read_as_an_attribute_after_a_subject_is_advice():
    tokens = _doc(["riksdagen", "fattade", "beslut"], ["NOUN", "VERB", "NOUN"],
                  ["Definite=Def", PAST, "Number=Sing"], [2, 2, 2], ["nsubj", "amod", "ROOT"])
    assert reading(tokens, 1) == ("VERB", PAST)
    assert fitted("besluta", "fatta", tokens, 1) is None  # the parser's amod: either reading may be wrong


@pytest.mark.parametrize(("text", "matched", "suggestion"), [
    ("Det kan någon gång förekomma att provets utslag är svårt att tyda.", "förekomma", "hända"),  # not "finnas att"
    ("Feldt framhöll att Sverige håller formen öppen.", "framhöll", "betonade"),
])
def test_an_att_clause_needs_a_verb_that_takes_one(analyzer, text, matched, suggestion):
    found = _complex(analyzer, text)
    assert [f[0] for f in found] == [matched] and found[0][1][0] == suggestion


@pytest.mark.parametrize(("text", "matched", "suggestion"), [
    # a preposition needs its object: "så som de berättat om." dangles (blind editor, stop 24)
    ("Regeringen satsar på fler inspektioner, så som de aviserat.", "aviserat", "meddelat"),
    ("Det här är det som regeringen aviserat.", "aviserat", "berättat om"),  # the relative "som" is its object
    ("Det är ej möjligt att ansöka.", "ej", "inte"),  # after a finite verb "inte" stands where "ej" stood
    ("Allmän rösträtt (men ej lika rösträtt) infördes.", "ej", "inte"),  # before the noun phrase, not inside it
    ("Efter revolutionen vann några länder, såsom Finland och Polen, sin självständighet.", "såsom", "som"),
    ("Konflikten har eskalerat.", "eskalerat", "trappats upp"),  # an s-verb takes the s-form of the slot
])
def test_a_replacement_that_fits_its_valency_is_offered(analyzer, text, matched, suggestion):
    found = dict((f[0], f[1]) for f in _complex(analyzer, text))
    assert found[matched][0] == suggestion


@pytest.mark.parametrize(("text", "matched"), [
    ("Det är flygbolagets ansvar att debitera passagerarna en avgift.", "debitera"),  # not "ta ut passagerarna"
    ("Tidningen förhörde sig först med företaget om saken.", "förhörde sig"),  # not "frågade först med"
    ("Detta område benämns i meteorologin som långvågig strålning.", "benämns"),  # not "kallas … som"
    ("Det gäller iordningsställande och drift av skyddsrum.", "iordningsställande"),  # not "att ordna och drift"
    ("Staterna har bedömts vara icke samarbetsvilliga.", "icke"),  # not "vara inte samarbetsvilliga"
    ("Klein ville inte kommunicera, samarbeta eller gå upp.", "kommunicera"),  # "informera om" needs an object
])
def test_a_replacement_that_cannot_take_the_words_around_it_is_advice(analyzer, text, matched):
    found = dict((f[0], f[1]) for f in _complex(analyzer, text))
    assert found[matched] == ()


def test_som_does_not_follow_a_noun_it_would_describe(analyzer):
    text = "Stora floder rinner från Schweiz, såsom Rhen, Rhône och Po, som alla har sina källor i Alperna."
    found = dict((f[0], f[1]) for f in _complex(analyzer, text))
    assert found["såsom"] and found["såsom"][0] != "som"  # "Schweiz, som Rhen" reads as a relative clause


@pytest.mark.parametrize(("text", "matched"), [
    ("Fler personer skulle finna flygplats-wifi mer användbart än e-post.", "finna"),  # not "hitta X användbart"
    ("Vissa seder förefaller oss ofta egendomliga.", "förefaller"),  # not "verkar oss"
    ("För varje ort i del 2 ges upplysning om postnumren.", "ges upplysning"),  # not "informeras om": no subject
])
def test_a_verb_whose_clause_the_replacement_would_change_is_advice(analyzer, text, matched):
    found = dict((f[0], f[1]) for f in _complex(analyzer, text))
    assert found[matched] == ()


def test_a_role_after_a_pronoun_is_advice(analyzer):
    found = dict((f[0], f[1]) for f in _complex(analyzer, "Om de såsom pensionärer fått sjukhjälp i 180 dagar."))
    assert found["såsom"] == ()  # "om de som pensionärer" reads as a relative clause, "de till exempel" is no role
