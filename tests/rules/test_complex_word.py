"""complex_word: lexicon integrity, inflected and phrase matches, and a should-flag table."""

from __future__ import annotations


import pytest
import yaml
import spacy
from spacy.tokens import Doc

import klarsprak
from klarsprak.doc import TokenTable
from klarsprak.lexicon import load_entries
from klarsprak.resources import lexicon_path
from klarsprak.lexicon.fit import fitted
from klarsprak.rules.complex_word import lexicon

PATH = lexicon_path("plain", "complex_words.yaml")
@pytest.fixture
def analyzer(strict_analyzer):
    """Every entry counts here, whatever the genre (see the genre tests at the end)."""
    return strict_analyzer


@pytest.fixture
def findings_of(analyzer):
    return lambda text, rule, using=None: [f for f in (using or analyzer).analyze(text).findings if f.rule == rule]


FLAG = [
    ("Du erhåller beslutet inom två veckor.", "erhåller", "får"),
    ("Vi erhöll din ansökan i går.", "erhöll", "fick"),
    ("Vi har erhållit din ansökan.", "erhållit", "fått"),
    ("Kommunen tillhandahåller blanketter.", "tillhandahåller", "ger"),
    ("Därest du inte betalar skickar vi en påminnelse.", "Därest", "Om"),
    ("Vi ringer dig i syfte att boka ett möte.", "i syfte att", "för att"),
    ("Avgiften höjs innevarande år.", "innevarande år", "i år"),
    ("Det föreligger inga skäl att ändra beslutet.", "föreligger", "finns"),
    ("Samtliga handlingar ska skickas in.", "Samtliga", "Alla"),
    ("Ansökan ska inkomma senast den 1 mars.", "inkomma", "komma in"),
    ("Vi har gjort en bedömning av ditt ärende.", "gjort en bedömning av", "bedömt"),  # "bedömt ditt ärende"
    ("Kommunen har gjort en kartläggning av behoven.", "gjort en kartläggning av", "kartlagt"),
    ("Du bör förvissa dig om att dörren är låst.", "förvissa dig om", "kontrollera"),  # not "kontrollera om att"
    ("Du ikläder dig ett stort ansvar.", "ikläder dig", "tar på dig"),  # the reflexive in the text's person
    ("Kommunen ska säkerställa att fisket är hållbart.", "säkerställa att", "se till att"),
    ("I händelse av brand ska du ringa 112.", "I händelse av", "Vid"),
    ("Kostnaden fastställes av nämnden.", "fastställes", "fastställs"),  # old passive in -es
    ("Avdraget måste styrkas med intyg.", "styrkas", "visas"),  # passive infinitive
    ("Enligt gängse rutiner rekryteras en ny chef.", "gängse", "vanliga"),  # agrees with the noun after it
    ("Gängse regler gäller.", "Gängse", "Vanliga"),  # read as a name first in the sentence: still the noun's form
    ("Metoderna är gängse inom vården.", "gängse", "vanliga"),  # a predicative agrees with its subject
    ("Förfarandet är gängse.", "gängse", "vanligt"),
    ("Nivån ska gälla även framgent.", "framgent", "i fortsättningen"),  # a phrase for an uninflected word
    ("Det görs i ett senare skede.", "i ett senare skede", "senare"),
    ("Vidare diskuterades riskkapitalet.", "Vidare", "Dessutom"),  # the connective starts the sentence
    ("Lagen träder i kraft i samband med att Sverige tillträder.", "i samband med att", "när"),
    ("Om kontot pantsättes går rätten förlorad.", "pantsättes", "pantsätts"),  # rare verb: the -s form unattested
    ("Här finner man postnumren.", "finner", "hittar"),
    ("Ansökan ska ges in senast den 1 maj.", "ges in", "lämnas in"),  # particle verb of a phrase entry
    ("Skatten är låg i jämförelse med andra länder.", "i jämförelse med", "jämfört med"),
    ("Hyran betalas före utgången av juni.", "före utgången av", "före slutet av"),
]

OK = [
    "Du får beslutet inom två veckor.",
    "Kommunen ger dig blanketter.",
    "Om du inte betalar skickar vi en påminnelse.",
    "Vi ringer dig för att boka ett möte.",
    "Avgiften höjs i år.",
    "Gällande regler finns på vår webbplats.",
    "Nämnden ska bereda ärendet innan beslutet.",
    "Det är beroende av vädret.",
    "Jag är glad att regeringen i dag har kunnat fatta beslutet.",  # the decision already spoken of
    "En ny lag blir till genom att regeringen lämnar ett förslag, en proposition, till riksdagen.",  # explained
    "Min fråga har att göra med fiskepolitiken.",  # "ha att göra med" is not "ha att" (ska)
    "En framställning har gjorts, undertecknad av många ledamöter.",  # signed, not the writer
    "Vi går vidare med frågan.",  # "vidare" inside the sentence is no connective
    "Barnen ska få fatta egna beslut.",  # the verb cannot say "egna": no nominal style
    "Regeringen fattade två beslut i dag.",
    "Trafiken ställer höga krav på föraren.",
    "Det finns flera postnummer, och det fanns fler förr.",  # "finnas" is not "finna"
    "Domstolen finner att beslutet är riktigt.",  # "finna att" (anse) is another sense
    "Vi kan inte finna oss i att olyckorna ökar.",  # "finna sig i" (accept), in any person
    "Ansökan läses av en handläggare.",  # a stem in -s keeps its -es
    "Läs mer på www.lagrummet.se. Lagrummet är en gemensam webbplats.",  # a site's name
    "Böterna ska beräknas efter överskridande av totalvikten.",  # "efter att överskrida" does not fit
    "Under året har behovet av vård ökat kraftigt.",  # "har" is the auxiliary of "ökat": the need has grown
    "Frågan är därmed av strategisk betydelse för Sverige.",  # "vara viktig" cannot say "strategisk"
]


def test_lexicon_has_150_entries_with_known_sources():
    entries = load_entries([PATH], "complex_words")
    assert len(entries) >= 150
    sources = yaml.safe_load(PATH.read_text(encoding="utf-8"))["sources"]
    for entry in entries:
        assert entry["alternatives"], entry["id"]
        for key in entry["source"].split(";"):
            assert key.strip() in sources, (entry["id"], key)
        assert sum(bool(entry.get(k)) for k in ("lemma", "phrase", "forms")) == 1, entry["id"]


def test_lexicon_loads_into_an_index():
    lex = lexicon()
    assert "erhålla" in lex.by_first
    assert lex.by_first["i"][0].words[0] == "i"
    assert "finnes" in lex.by_form


@pytest.mark.parametrize("text,matched,suggestion", FLAG)
def test_flags(findings_of, text, matched, suggestion):
    found = findings_of(text, "complex_word")
    assert [f.text for f in found] == [matched]
    assert suggestion in found[0].suggestions
    assert found[0].source


@pytest.mark.parametrize("text", OK)
def test_leaves_plain_text_alone(findings_of, text):
    assert not findings_of(text, "complex_word")


ADVICE = [  # the alternative cannot replace the words in place: named in the message, no suggestion
    ("Emellertid är det fel.", "Emellertid", "men"),  # "Men är det fel" breaks V2: "Men det är fel"
    ("Nämnden vidtog åtgärder mot bullret.", "vidtog åtgärder", "göra något åt"),  # not "gjorde något åt mot"
    ("Nämnden vidtog alla nödvändiga åtgärder.", "vidtog alla nödvändiga åtgärder", "göra något åt"),
    ("Konsulten genomförde en grundlig granskning av rutinerna.", "genomförde en grundlig granskning av",
     "granska"),
    ("Det har skett en ökning av antalet ansökningar.", "skett en ökning av", "öka"),
    ("Genom upprättande av en plan kan kommunen styra arbetet.", "upprättande av", "att upprätta"),
    ("Vid tillhandahållande av tjänster gäller särskilda regler.", "tillhandahållande", "att erbjuda"),
    ("Du torde ha fått brevet.", "torde", "troligen"),  # "bör" would change the meaning
    ("Vår målsättning är att alla ska få svar.", "målsättning", "mål"),  # another gender: "vår mål"
    ("Förvaltningsrätten bifaller överklagandet.", "bifaller", "bevilja"),  # a legal term is explained
    ("Tidigare i år inlämnades ansökan till kommunen.", "inlämnades", "lämna in"),  # subject inside
    ("I dag fattar regeringen beslut om en ny strategi.", "fattar regeringen beslut", "besluta"),  # inverted subject
    ("Vad som emellertid är skadligt är tron på snabba lösningar.", "emellertid", "men"),  # "men" starts a clause
    ("Det sker i ett senare skede av utredningen.", "i ett senare skede", "senare"),  # not "senare utredningen"
]


@pytest.mark.parametrize("text,matched,advice", ADVICE)
def test_rewrites_are_advice(findings_of, text, matched, advice):
    found = findings_of(text, "complex_word")
    assert [f.text for f in found] == [matched]
    assert not found[0].suggestions and f"”{advice}”" in found[0].message


@pytest.mark.parametrize("text", [
    "Beslut enligt förordningen (2019:123) om tillhandahållande av uppgifter.",
    "Lagen om tillhandahållande av digital offentlig service gäller.",
    "Propositionen Ett förbättrat tillhandahållande av tjänster lämnades i mars.",
])
def test_names_of_statutes_and_reports_are_not_rewritten(findings_of, text):
    assert not findings_of(text, "complex_word")


def test_one_finding_per_entry_with_every_place(findings_of):
    """A word used three times, in two forms, is one finding at its first place; the others are its occurrences
    and the message counts them."""
    text = "Du erhåller ett beslut. Sedan erhåller du en faktura. Förra året erhöll du två."
    (f,) = findings_of(text, "complex_word")
    assert f.start == text.index("erhåller")
    assert f.occurrences == ((text.rindex("erhåller"), text.rindex("erhåller") + 8),
                             (text.index("erhöll"), text.index("erhöll") + 6))
    assert "står 3 gånger i texten" in f.message and f.suggestions == ("får",)


def test_the_places_in_other_forms_get_the_form_that_fits(findings_of):
    """Review 28, item 8: one suggestion in the shown place's form is not "byt på alla ställen" for another form."""
    (f,) = findings_of("Du erhöll ett brev från oss i mars. Om du erhåller ett avslag kan du överklaga.", "complex_word")
    assert f.text == "erhöll" and f.suggestions == ("fick",)
    assert f.message.endswith("Ordet står 2 gånger i texten, i olika former: byt på alla ställen, i den form som passar.")


def test_the_place_shown_is_one_whose_suggestion_replaces_it(findings_of):
    """Review 28, item 8: as for the inclusive lexicons, a place with a drop-in replacement is shown before an
    earlier place where the entry is only advice (a participle: "få" cannot replace "erhållna")."""
    text = "Den erhållna summan betalas ut i maj. Du erhåller den på ditt konto."
    (f,) = findings_of(text, "complex_word")
    assert f.text == "erhåller" and f.replaces and f.suggestions == ("får",)
    assert f.occurrences == ((text.index("erhållna"), text.index("erhållna") + 8),)


def test_a_place_another_rule_reports_leaves_the_others_reported(analyzer):
    """Review 28, item 3: masculine_form takes the first "särskilde" (about a person); the second ("särskilde
    hänsyn") is still complex_word's."""
    text = ("Den särskilde utredaren ska lämna sitt förslag i maj. Utredningen leds av den egentlige ordföranden. "
            "Vad som är särskilt viktigt är särskilde hänsyn.")
    found = [(f.rule, f.start, f.text, f.occurrences) for f in analyzer.analyze(text).findings
             if f.rule in ("complex_word", "masculine_form")]
    last = text.rindex("särskilde")
    assert ("masculine_form", 4, "särskilde", ()) in found
    assert ("complex_word", last, "särskilde", ()) in found


def test_a_repeated_phrase_is_called_a_phrase(findings_of):
    (f,) = findings_of("Vi ringer dig i syfte att boka ett möte. Vi skriver till dig i syfte att påminna dig.",
                       "complex_word")
    assert f.text == "i syfte att" and "Uttrycket står 2 gånger i texten" in f.message


def test_one_finding_per_entry_in_json_and_html(analyzer):
    """The JSON lists every place, and the HTML marks every place with the finding's number."""
    text = "Du erhåller ett beslut. Sedan erhåller du en faktura."
    report = analyzer.analyze(text)
    (f,) = [f for f in report.to_dict()["findings"] if f["rule"] == "complex_word"]
    assert f["occurrences"] == [[text.rindex("erhåller"), text.rindex("erhåller") + 8]]
    n = [x.rule for x in report.findings].index("complex_word") + 1
    assert report._repr_html_().count(f'data-findings="{n}"') == 2


def test_a_word_between_a_noun_and_its_passive_light_verb_is_found(findings_of):
    """The finding of a noun with its passive light verb spans the words between; they are matched too."""
    found = [f.text for f in findings_of("Undersökningar beträffande beteendet har utförts.", "complex_word")]
    assert "beträffande" in found and any(t.startswith("Undersökningar") for t in found)


def test_a_plural_definite_noun_before_its_passive_light_verb_is_found(findings_of):
    """The noun is known by the index of nominal_style, whatever lemma the parser gives its form."""
    for text in ("Bedömningen görs av handläggare på kontoret.", "Bedömningarna görs av handläggare på kontoret."):
        assert [f.text for f in findings_of(text, "complex_word")] == [text.split(" av ")[0]]


def test_allowlisted_terms_pass(findings_of, analyzer):
    analyzer = klarsprak.Analyzer(klarsprak.Config(allow=("samtliga",)), model=analyzer.nlp)
    found = findings_of("Samtliga handlingar ska skickas in.", "complex_word", using=analyzer)
    assert not found


@pytest.mark.parametrize("morph,expected", [
    ("Mood=Ind|Tense=Pres|VerbForm=Fin|Voice=Act", "strävar efter"),
    ("Mood=Ind|Tense=Past|VerbForm=Fin|Voice=Act", None),  # "eftersträvar" is no past tense: the model misread it
])
def test_a_form_the_model_misread_is_not_copied(morph, expected):
    doc = Doc(spacy.blank("sv").vocab, words=["Sverige", "eftersträvar", "dialog"], pos=["PROPN", "VERB", "NOUN"],
              morphs=["", morph, ""])
    assert fitted("sträva efter", "eftersträva", TokenTable(doc), 1) == expected


ENGLISH = ("Sweden has more start-ups per capita than most countries in Europe, and the government wants to keep "
           "it that way with research, open trade and a stable climate for the companies that grow here.")


def _complex(analyzer, text):
    return [f.text for f in analyzer.analyze(text).findings if f.rule == "complex_word"]


def test_an_english_paragraph_is_not_swedish_plain_language(analyzer):
    text = f"Statsministern talade på engelska.\n\n{ENGLISH}\n\nDärefter erhöll han frågor från publiken.\n"
    assert _complex(analyzer, "Sverige har fler nya företag per capita än de flesta länder.") == ["per capita"]
    assert _complex(analyzer, text) == ["erhöll"]  # the English paragraph's "per capita" is left alone


@pytest.mark.parametrize("quotation", [
    "I domen står det: ”Den som erhåller bidrag ska anmäla ändrade förhållanden.” Det gäller dig också.",
    "– Vi vidtar nu flera insatser för att förbättra ordningen i skolan, säger ministern.",
    "”Den som erhåller bidrag ska snarast anmäla alla ändrade förhållanden till myndigheten.”",
])
def test_a_quotation_is_not_reworded(analyzer, quotation):
    text = f"Beslutet gäller från i dag.\n\n{quotation}\n\nDu erhåller beslutet med posten.\n"
    assert _complex(analyzer, text) == ["erhåller"]
    assert text.rindex("erhåller") == next(f.start for f in analyzer.analyze(text).findings
                                          if f.rule == "complex_word")


@pytest.mark.parametrize("text,matched", [
    ("Skriv inte ”erhålla” i brevet.", "erhålla"),  # a quoted word or phrase may be the writer's own
    ("Vi skriver ”i syfte att” ibland.", "i syfte att"),
    ("- Du erhåller beslutet med posten inom två veckor.", "erhåller"),  # a list item, not quoted speech
    ("> Du erhåller beslutet med posten inom två veckor.", "erhåller"),  # a Markdown box is the writer's own
])
def test_short_quotes_and_list_items_are_the_writers_own(analyzer, text, matched):
    assert _complex(analyzer, text) == [matched]


def test_speech_inside_a_paragraph_is_the_speakers_own(analyzer):
    text = ("Polisen försökte prata med demonstranterna innan tåget avgick. – Eftersom de inte hade ansökt om "
            "tillstånd var det svårare för oss att föra dialog med dem, säger närpolischefen till tidningen. "
            "Han erhöll senare kritik. – Vi kommer att göra en anmälan, säger en av demonstranterna.")
    assert _complex(analyzer, text) == ["erhöll"]  # the writer's own sentence between the two quotations


def test_a_dash_inside_a_sentence_opens_no_speech(analyzer):
    text = "Detta ständervälde – slutligen försvagat av kriser och korruption – föll när kungen erhöll makten."
    assert _complex(analyzer, text) == ["erhöll"]


NEWS = ("Bron tillgodoser inte cyklisternas behov, enligt polisen. Olyckor har fortsättningsvis skett på natten. "
        "Arbetet avser främst den norra delen av bron.")


def test_mild_words_count_in_a_text_to_a_citizen_only():
    default = klarsprak.analyzer.default_analyzer()
    assert _complex(default, NEWS) == []  # a report on others: ordinary written Swedish
    to_you = NEWS + " Du kan läsa mer om bron på vår webbplats, och du får gärna ringa oss."
    assert _complex(default, to_you) == ["tillgodoser", "fortsättningsvis", "avser"]


def test_mild_words_count_in_a_press_release():
    press = "Pressmeddelande\n\n" + NEWS + "\n\nPresskontakt: Eva Lund, 070-123 45 67\n"
    assert _complex(klarsprak.analyzer.default_analyzer(), press) == ["tillgodoser", "fortsättningsvis", "avser"]


def test_a_strong_word_counts_in_any_text():
    default = klarsprak.analyzer.default_analyzer()
    assert _complex(default, NEWS + " Kommunen erhöll pengar från staten.") == ["erhöll"]


@pytest.mark.parametrize("sentence,word", [
    ("Utskottet måste beakta slutsatserna.", "beakta"),
    ("Förslaget förefaller rimligt.", "förefaller"),
    ("Följaktligen röstade partiet nej.", "Följaktligen"),
    ("Hon talade i egenskap av ordförande.", "i egenskap av"),
    ("Facket yrkar nu på skadestånd.", "yrkar nu på"),
])
def test_words_labelled_clear_in_news_and_debate_count_in_any_text(sentence, word):
    """Raised to strong in stop 27: all their matches in the labelled debate, textbook and news texts were clear
    labels, and no blind judge called one fine."""
    assert word in _complex(klarsprak.analyzer.default_analyzer(), NEWS + " " + sentence)


@pytest.mark.parametrize("sentence", [
    "Ta gärna kontakt med oss för rådgivning.",
    "Du kan läsa om den nya inskränkningen i upphovsrättslagen.",
    "Programmet verifierar att filen är hel.",
])
def test_words_judged_fine_even_to_a_reader_count_only_in_a_pile(sentence):
    """Lowered to pile in stop 27 by their blind verdicts: friendly web wording, a term of the law, an IT term."""
    to_you = "Du kan läsa mer på vår webbplats. " + sentence
    assert _complex(klarsprak.analyzer.default_analyzer(), to_you) == []


@pytest.mark.parametrize("sentence", ["Rådet höll sitt sammanträde i maj.", "Trafiksituationen i staden är svår."])
def test_words_judged_ordinary_in_debate_and_prose_are_mild(sentence):
    """Lowered to mild in stop 27 (sammanträde: the council's term; trafiksituation: neither hard nor archaic)."""
    default = klarsprak.analyzer.default_analyzer()
    assert _complex(default, NEWS + " " + sentence) == []
    assert _complex(default, NEWS + " " + sentence + " Du kan läsa mer på vår webbplats.")


def test_mild_words_that_pile_up_give_one_finding():
    text = ("Bron utgör en viktig länk. Olyckor förekommer sällan och avser främst cyklister. Arbetet inleddes "
            "i samband med att avtalet löpte ut, inom ramen för ett större projekt som utgjorde en del av planen.")
    found = [f for f in klarsprak.analyzer.default_analyzer().analyze(text).findings if f.rule == "complex_word"]
    assert len(found) == 1 and len(found[0].occurrences) >= 5  # the places after the first
    assert f"{1 + len(found[0].occurrences)} gånger i texten" in found[0].message
    assert found[0].text == "utgör" and "”utgör” → ”vara”" in found[0].message


def test_a_quoted_speakers_ni_is_not_the_reader():
    quoted = NEWS + " ”Ni måste lyssna på oss nu”, sade hon till folkmassan."
    assert _complex(klarsprak.analyzer.default_analyzer(), quoted) == []


@pytest.mark.parametrize("text,alone", [
    ("Museet arbetar med bevarande och tillgängliggörande av kulturarvet.",
     "Museet arbetar med tillgängliggörande av kulturarvet."),
    ("Kommunen ansvarar för kontroll och efterlevnad av reglerna.", "Du ansvarar för efterlevnad av reglerna."),
])
def test_a_term_in_a_list_of_terms_gets_no_rewrite_advice(analyzer, text, alone):
    assert _complex(analyzer, text) == []  # a verb for one item would break the list
    assert _complex(analyzer, alone)  # alone, the noun is advice to rewrite


def test_a_mild_word_in_a_heading_is_left_alone(analyzer):
    text = "Myndigheter får samverka med ELA\n\nMyndigheterna ska samverka med ELA från maj. Det gäller alla.\n"
    assert _complex(analyzer, text) == ["samverka"]  # the sentence's, not the heading's


def test_a_pile_word_counts_only_where_formal_words_pile_up():
    letter = "Hej Eva!\n\nDu bor i ett område som utgör en del av planen. Problem förekommer sällan.\n"
    assert _complex(klarsprak.analyzer.default_analyzer(), letter) == []  # ordinary Swedish, even to a reader


def test_a_text_without_genre_counts_every_mild_word_where_an_organisation_speaks():
    body = "Arbetet avser främst den norra delen av bron. Behoven tillgodoses i det fortsatta arbetet."
    speaks = "Regeringen har i dag beslutat om en ny bro. " + body + " Regeringen lämnar förslaget till riksdagen."
    default = klarsprak.analyzer.default_analyzer()
    assert _complex(default, body) == []  # nobody speaks: a report on others
    assert _complex(default, speaks) == ["avser", "tillgodoses"]


@pytest.mark.parametrize("text,found", [
    ("Ombyggnaden innebär en väsentlig ändring av huset.", "innebär en väsentlig ändring av"),
    ("Nämnden ska även föra diskussioner om energifrågorna.", "föra diskussioner"),
    ("Regeringen fattade i dag beslut om att stänga skolan.", "fattade i dag beslut"),
    ("Kommittén har beslutat föreslå ett slopande av regleringen.", "ett slopande av"),
    ("Vi tar hänsyn till slutsatserna vid fastställandet av budgeten.", "fastställandet av"),
    ("Kontrollen av bilen görs av polisen.", "Kontrollen av bilen görs"),
    ("Ärendet är under behandling.", "är under behandling"),
    ("Reformen innebär bland annat en avveckling av de gamla barnhemmen.", "en avveckling av"),  # words between
    ("Förslaget ska underlätta framläggandet av kommentarer om texten.", "framläggandet av"),  # definite object
])
def test_the_verb_hidden_in_a_noun_is_found_where_it_stands(analyzer, text, found):
    (finding,) = [f for f in analyzer.analyze(text).findings if f.rule == "complex_word"]
    assert finding.text == found and ("gömmer verbet i ett substantiv" in finding.message or "besluta" in finding.message)


@pytest.mark.parametrize("text", [
    "Beslutet innebär en förändring för dig.",  # the noun names the effect: no "av"
    "Han gjorde med beslutet vad han ville.",
    "Vi var under tiden hemma.",
    "De förändringar som har skett är stora.",
    "Ersättning vid upphävande av anläggning\n\nVi betalar ersättning till dig.\n",  # a heading
    "Genomförandet av projektet tog tid.",  # the subject names the work done
    "Medborgarna ser en direkt förbättring av sin livskvalitet.",  # an adjective the verb cannot take
])
def test_nouns_that_hide_no_verb_here_are_left_alone(analyzer, text):
    assert _complex(analyzer, text) == []


def test_a_verbal_noun_after_vid_that_names_a_kind_of_a_noun_is_left_alone(analyzer):
    assert _complex(analyzer, "Följ reglerna om säkerhet vid ändring av byggnader.") == []
    assert _complex(analyzer, "Vid prövning av ärendet tar vi hänsyn till din ålder.") == ["prövning av"]
    assert _complex(analyzer, "Det handlar om en avveckling av de gamla barnhemmen.") == ["en avveckling av"]


@pytest.mark.parametrize("text", [
    "Straffrätten utgick då nästan helt från tanken att straff avskräcker.",  # utgå … från: not "bidrag utgår"
    "Reglerna förblir desamma.",  # "the same", not the pronoun "dem"
    "Priserna är desamma som förra året.",
])
def test_another_sense_is_left_alone(findings_of, text):
    assert not findings_of(text, "complex_word")


def test_the_pronoun_is_still_flagged(findings_of):
    assert [f.text for f in findings_of("Vi har fått din ansökan och behandlar densamma snart.", "complex_word")] \
        == ["densamma"]


@pytest.mark.parametrize("text", [
    "Teddy låg jämte mig i sängen.",  # beside me: "och" would change what it says
    "Martin är vaken, men ändå jämte mej.",
    "Hon gick jämte vagnen hela vägen.",  # beside, after a verb of motion (position_verbs)
    "Jag vet att Martin är vaken, men ändå jämte mej å jag får somna först.",  # "mej" read as a noun here
    "Vi hade ingenstans att ta vägen.",  # everyday idiom, not "ha att" (måste)
    "Innan jag tar uti med det.",  # "ta itu med", not the old form of "i"
    "Du måste uppföra dig väl på mötet.",  # behave, not build
    "Han envisades med att ta upp delar av sällskapet.",  # "ta upp", not "ta del av"
    "Du har blott och bart dig själv att skylla.",  # a fixed pair: "bara och bart" is no Swedish
])
def test_a_word_in_another_sense_or_an_everyday_idiom_is_not_flagged(findings_of, text):
    assert not findings_of(text, "complex_word")


@pytest.mark.parametrize("text,matched", [
    ("Ansökan jämte bilagor skickas till nämnden.", "jämte"),
    ("Han fick lön jämte ersättning för resorna.", "jämte"),
    # after a passive or a particle "jämte" still joins two things (review 28, item 4)
    ("Hyran betalas jämte avgiften för el senast den sista varje månad.", "jämte"),
    ("Ansökan ska skickas in jämte två intyg från arbetsgivaren.", "jämte"),
    ("Nämnden har att pröva frågan.", "har att"),
    ("Vi bor uti skogen.", "uti"),
    ("Du ska uppföra en ny byggnad på tomten.", "uppföra"),
    ("Här kan du ta del av rapporten.", "ta del av"),
])
def test_the_formal_sense_next_to_an_idiom_is_still_flagged(findings_of, text, matched):
    assert [f.text for f in findings_of(text, "complex_word")] == [matched]


def test_jamte_after_a_passive_verb_is_still_flagged(findings_of):
    assert [f.text for f in findings_of("Lönen utbetalas jämte semesterersättning i juni.", "complex_word")] \
        == ["utbetalas", "jämte"]
