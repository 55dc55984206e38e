"""Replacements that are Swedish on their own but read otherwise in place, and must then be advice.

Each case is shaped like one a blind editor judged "changes_meaning" or "ungrammatical" on development
documents in stop 23 (/work/team/r8/devfit_verdicts.yaml) or the builder's sample of other development
documents (benchmarks/data/suggestion_judgements_other.yaml), with a sentence where the same replacement
fits, so that neither check passes by turning everything into advice.
"""

from __future__ import annotations

import pytest


@pytest.fixture
def analyzer(strict_analyzer):
    """Every entry counts here, whatever the genre: these tests are about how a match is replaced."""
    return strict_analyzer


def _suggestions(analyzer, text, matched):
    found = [f for f in analyzer.analyze(text).findings if f.rule == "complex_word" and f.text == matched]
    assert found, f"{matched!r} not flagged in {text!r}"
    return found[0].suggestions


@pytest.mark.parametrize(("text", "matched", "unwanted"), [
    # a preposition that takes no att-clause
    ("Myndigheten avrådde med hänvisning till att den sökande bedömdes utgöra ett hot.",
     "med hänvisning till att", "enligt"),
    # one preposition for a phrase after "vara": "vara enligt EU-rätten"
    ("Det svenska regelverket ska vara i överensstämmelse med EU-rätten.", "vara i överensstämmelse med",
     "enligt"),
    # "vid" and "under" read as a place before a thing
    ("Arbeten i vatten i samband med slutförvaret tar lång tid.", "i samband med", "vid"),
    ("Arbeten i vatten i samband med slutförvaret tar lång tid.", "i samband med", "under"),
    # a degree or manner adverb that would describe the next word
    ("Hemuppgifter blir i stor utsträckning frivilliga för eleverna.", "i stor utsträckning", "mycket"),
    ("Om registreringen på ett korrekt sätt visar hur gruppen röstade, protesterar jag inte.",
     "på ett korrekt sätt", "rätt"),
    ("Även vuxna borde i större utsträckning använda flytväst.", "i större utsträckning", "mer"),
    # a quantifier for plurals before a singular
    ("Därmed vinner man åtskillig tid.", "åtskillig", "flera"),
    # a pronoun that the next noun makes a determiner: "av det kravet"
    ("Utbildningen syftar till strid - därav kravet på lydnad.", "därav", "av det"),
    # "som" for a conjunction that starts a clause reads as a relative clause
    ("När kommissionen antar riktlinjerna, såsom arbetsordningen föreskriver, beaktar den betänkandet.",
     "såsom", "som"),
    # "om" first in a clause or after "som" reads as "if"; a preposition the next words repeat
    ("Beträffande onsdag: Den socialistiska gruppen har begärt ett uttalande.", "Beträffande", "Om"),
    ("Jag vill se mer djärvhet, som beträffande mitt land när det gäller Azorerna.", "beträffande", "om"),
    ("Det kommer ett budskap om vårt missnöje rörande dagens beslut om att vägra en förnyelse.", "rörande", "om"),
    ("I egenskap av ministrar som företräder Sverige kräver vi svar.", "I egenskap av", "Som"),
    # a mass quantifier for a plural
    ("Då stängde en stor mängd av landets industrier ner.", "en stor mängd", "mycket"),
    # a paraphrase for a noun used as a title
    ("Fru föredragande, mina damer och herrar!", "föredragande", "den som presenterar ärendet"),
    # a reflexive verb is another verb ("hänföra sig till")
    ("Man kan ta reda på till vilken postanstalt varje nummer hänför sig.", "hänför", "räknar till"),
    # a subordinating conjunction for a coordinating one that opens a sentence
    ("Ty det ligger för Gud all makt uppå att man uppfostrar barn.", "Ty", "Eftersom"),
    # a pronoun that opens a clause without a verb: "därav" is "hence"
    ("Filmen är av Fritz Lang, som tänkt ut figuren, därav även namnet på rollfiguren.", "därav", "av det"),
    # a light verb that is an attribute of its noun names decisions made
    ("Bostadsbyggandet är låst på grund av redan fattade beslut eller färdiga planer.", "fattade beslut",
     "beslutade"),
    # an adjective used as an adverb takes its -t form or none: "uttrycklig" (adverb "uttryckligen") has none
    ("De utför detta explicit.", "explicit", "uttrycklig"),
    ("De utför detta explicit.", "explicit", "uttryckligt"),
    ("Kommunen har inte explicit sagt nej.", "explicit", "uttryckligt"),
    # an adjective the model reads as a supine takes no verb form, and no bare adjective either
    ("Ärendet har hanterats adekvat.", "adekvat", "lämplig"),
    # a word compared with an ending after "mer": not "mer ofta" but "oftare"
    ("Bussen går mer frekvent på vardagar.", "frekvent", "ofta"),
    ("Bussen går mer frekvent på vardagar.", "frekvent", "vanligt"),
    # an adjective in -t written as its lemma may be common or neuter: not the model's guess of a gender
    ("Vi vill uppnå en tillräcklig, adekvat och beständig tillgång på blod.", "adekvat", "lämpligt"),
    # a degree adverb before a noun phrase it does not count
    ("Förstörelsen ökar storligen ett områdes sårbarhet.", "storligen", "mycket"),
    # a verb that takes another sense with a person as its subject
    ("Man inbegriper förslaget i paketet.", "inbegriper", "omfattar"),
    # a conjunction whose clause has another att-clause joined to it
    ("De använder gamla maskiner på grund av att maskineriet höll hög kvalitet och att maskinerna klarar "
     "tjockt material.", "på grund av att", "eftersom"),
])
def test_a_replacement_that_reads_otherwise_is_not_offered(analyzer, text, matched, unwanted):
    assert unwanted not in _suggestions(analyzer, text, matched)


@pytest.mark.parametrize(("text", "matched", "suggestion"), [
    ("Myndigheten avslog ansökan med hänvisning till 5 § förvaltningslagen.", "med hänvisning till", "enligt"),
    ("Du får ersättning för kostnader i samband med flyttning.", "i samband med", "vid"),
    ("Seminariet genomfördes i samband med Almedalsveckan.", "i samband med", "under"),
    ("Kommunen äger rätt att säga upp avtalet.", "äger rätt", "har rätt"),  # "att" is no sentence adverb
    ("Maskinerna används i stor utsträckning av hushållen.", "i stor utsträckning", "till stor del"),
    ("Vi har åtskilliga exempel på detta.", "åtskilliga", "många"),
    ("Och i fredags träffade jag ett stort antal ukrainska volontärer.", "ett stort antal", "många"),
    ("Socialvården tar en procent därav.", "därav", "av det"),
    ("Vi samtalar med andra aktörer, såsom privata utförare.", "såsom", "som"),
    ("De använder gamla maskiner på grund av att maskineriet håller hög kvalitet.", "på grund av att", "eftersom"),
    ("Konsekvenserna ska minimeras.", "minimeras", "minskas så mycket som möjligt"),
    ("Vi har ställt några frågor angående vissa åsikter.", "angående", "om"),
    ("Det finns en stor mängd vatten i sjön.", "en stor mängd", "mycket"),
    ("Han tjänstgjorde som lärare i tio år.", "tjänstgjorde", "fungerade"),
    ("Ty det ligger för Gud all makt uppå att man uppfostrar barn.", "Ty", "För"),  # no preposition repeated
    ("Därav följer att vi måste agera.", "Därav", "Av det"),
    ("Tjänsten används frekvent av äldre.", "frekvent", "ofta"),
    ("Vi behöver ett adekvat svar.", "adekvat", "lämpligt"),  # read as an adverb, but an attribute of "svar"
    ("Vi behöver en adekvat kontroll.", "adekvat", "lämplig"),
    ("Tjänsten används frekvent av äldre.", "frekvent", "ofta"),
    ("Tjänsterna utförs av tredje part och vi ansvarar inte för desamma.", "desamma", "dem"),
    ("Kostnaderna har ökat storligen.", "storligen", "mycket"),
    ("Kommunen innefattar tre orter.", "innefattar", "omfattar"),
    ("Det tog blott tre dagar.", "blott", "bara"),
])
def test_the_same_replacement_fits_where_it_reads_as_meant(analyzer, text, matched, suggestion):
    assert suggestion in _suggestions(analyzer, text, matched)


def test_an_adverb_entry_leaves_the_adjective_of_another_sense_alone(analyzer):
    """"blott" (only) is an adverb; "den blotta tanken" (the mere thought) is an adjective, not "den bara tanken"."""
    found = [f for f in analyzer.analyze("Redan den blotta tanken skrämmer oss.").findings if f.rule == "complex_word"]
    assert not any("bara" in f.suggestions for f in found)


def test_a_replacement_the_next_word_repeats_is_not_offered(analyzer):
    text = "Det finns de som menar att där kroppsligt samliv förekommer finns äktenskap."
    assert "finns" not in _suggestions(analyzer, text, "förekommer")


def test_an_adverbial_of_several_words_cannot_stand_before_the_object(analyzer):
    # not "minska så mycket som möjligt riskerna"
    assert _suggestions(analyzer, "Vi ska minimera riskerna.", "minimera") == ()
    assert "tar på dig" in _suggestions(analyzer, "Du ikläder dig ett stort ansvar.", "ikläder dig")


def test_an_old_plural_present_takes_the_present_tense(analyzer):
    assert _suggestions(analyzer, "Kött och blod förbliva kött och blod.", "förbliva") == ("förblir",)


def test_a_word_in_a_statute_title_with_a_page_in_its_number_is_left(analyzer):
    text = "Lagen (1904:26 s. 1) om vissa internationella rättsförhållanden rörande äktenskap gäller fortfarande."
    assert [f for f in analyzer.analyze(text).findings if f.rule == "complex_word"] == []


def test_a_listed_passive_must_end_in_s_and_be_in_use():
    from klarsprak.lexicon.inflection import verb_form

    assert verb_form("få", "past_s") is None  # not "fick": "pengarna erhölls" is not "pengarna fick"
    assert verb_form("få", "supine_s") is None  # "fåtts" is too rare to offer
    assert verb_form("ta", "past_s") == "togs"


def test_a_requirement_is_met_not_agreed_to(analyzer):
    """"Tillmötesgå det krav som finns i förordningen" is to meet it (s28 sample, builder-judged): the first
    suggestion is "uppfylla", which also fits a request or a wish; "gå med på" (agree to) comes second."""
    for text in ("Det blev svårt för anordnarna att tillmötesgå det krav som finns i förordningen.",
                 "Kommunen kan inte tillmötesgå din begäran."):
        assert _suggestions(analyzer, text, "tillmötesgå")[0] == "uppfylla"
