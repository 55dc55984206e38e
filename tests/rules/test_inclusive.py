"""The bias_term rule on the shipped model: Swedish matching, homographs, findings' fields, user tuning."""

import pytest

import klarsprak
from klarsprak.config import Config
from klarsprak.findings import Severity

FLAG = [
    ("De handikappades förening träffas.", "handikappades", "disability"),
    ("Zigenarens häst stod i stallet.", "Zigenarens", "ethnicity"),
    ("Många dövstumma gick i skolan.", "dövstumma", "disability"),
    ("Alla skolor ska ha en handikapptoalett.", "handikapptoalett", "disability"),
    ("Zigenarlägret revs på 1960-talet.", "Zigenarlägret", "ethnicity"),
    ("NEGERBOLLAR SÅLDES PÅ KAFÉET.", "NEGERBOLLAR", "ethnicity"),
    ("Lapparna flyttade med sina renar över fjället.", "Lapparna", "ethnicity"),
    ("Debatten om homosexäktenskap fortsatte.", "homosexäktenskap", "sexual_orientation"),
    ("Hon genomgick ett könsbyte för tio år sedan.", "könsbyte", "transgender_identity"),
    ("Muhammedanerna firade högtiden.", "Muhammedanerna", "religion"),
    ("Sionisterna styr medierna, skrev han.", "Sionisterna", "religion"),
    ("Ålderdomshemmet ligger vid sjön.", "Ålderdomshemmet", "age"),
    ("Fyll i namnen på barnets mamma och pappa.", "mamma och pappa", "sexual_orientation"),
    ("De bor i invalidbostäder.", "invalidbostäder", "disability"),
    ("Åldringsvården byggs ut.", "Åldringsvården", "age"),
    ("Han kan väljas till landstingsman.", "landstingsman", "sex"),
    ("Författarinnan läste ur sin bok.", "Författarinnan", "sex"),
    ("Testerna ska få rätt man på rätt plats.", "rätt man på rätt plats", "sex"),
    ("Blanketten ska skrivas under av målsman.", "målsman", "sex"),
    ("De hörselskadade får tolk.", "De hörselskadade", "disability"),
    ("Den färgade befolkningen i staden protesterade.", "färgade befolkningen", "ethnicity"),
    # stop 24 (PUD dev labels): women's forms of -man titles and on -ska, -is; an older name of peoples
    ("En taleskvinna för företaget sade att priset stiger.", "taleskvinna", "sex"),
    ("Hon utnämndes till ambassadörska för doften.", "ambassadörska", "sex"),
    ("Romaner om cowboys och indianer var populära.", "indianer", "ethnicity"),
    ("Befolkningen består av personer med invandrarbakgrund.", "invandrarbakgrund", "ethnicity"),
    ("Tennisspelerskan vann i går.", "Tennisspelerskan", "sex"),
    ("Kongressmannen från Texas röstade nej.", "Kongressmannen", "sex"),
]
OK = [
    "Du kan söka handikappersättning hos Försäkringskassan.",  # the name of a benefit until 2019
    "Skriv numret på en papperslapp.",
    "Lappkast är en teknik i skidåkning.",
    "Lägg handflatan på bordet.",
    "Vi åkte till Käringön i somras.",
    "Provsvaret var negativt.",
    "Solen gick ner vid horisonten.",
    "Samerna är ett urfolk och romerna en nationell minoritet.",
    "Hen köpte en flaska rom i Rom.",
    "Hen slipade kniven mot en hen.",
    "Skriv en lapp till grannen.",
    "At the same time our economy expanded.",
    "Hon har handikapp 12 i golf.",
    "Det är ett handikapp för barnen att inte kunna simma.",
    "Vi använder MongoDB. Mongoliet är ett stort land.",
    "Regeringen dementerade uppgifterna.",
    '"Zigenare" var ett vanligt ord i 1950-talets tidningar.',
    # names of commissions and benefits are quoted, never rewritten (issue 15)
    "Invandrarutredningen lämnade sitt betänkande.",
    "Det kallas kommunalt bostadstillägg för handikappade (Kbh).",
    "De handikappades riksförbund (DHR) ordnar kurser.",
    "Kontakta de handikappades riksförbund.",
    # a group word that begins a noun phrase about things
    "De gamla rika fångstplatserna är utfiskade.",
    "De gamla två- och femkronorsmynten gäller fortfarande.",
    "Invaliditetsgraden bestäms av läkaren.",
    "Skolöverstyrelsen sysslar med invandrarfrågor.",
    "Förr var han yrkesman och familjeförsörjare.",
    "Rothschild var en bankfamilj i Frankfurt.",
    "Personer med funktionsnedsättning ska kunna delta fullt ut.",
    "Barnen byggde en snögubbe.",
    "Hon dömdes för våld mot tjänsteman.",
    # blind dev verdicts, stop 23: real parents in the plural, and a title before the name of the man who holds it
    "Skolbarnens pappor och mammor får lära sig mängdlära.",
    "Den skumme affärsmannen och ärkerivalen Jakob Wall-Enberg dyker upp igen.",
    "Bosse bor hos tant Edla och farbror Sixten.",
    # an info entry in a quotation or a sentence about history is not reported
    "– Vi letar fortfarande efter gärningsmännen, sade riksåklagaren.",
    "Sedan 1500-talet hade stånden och ämbetsmännen ett slags motionsrätt.",
    "Sedan 1500-talet hade stånden och riksdagsmännen ett slags motionsrätt.",  # a title of the past
]


def inclusive(report):
    return [f for f in report.findings if f.category == "inclusive_language"]


@pytest.mark.parametrize("text,span,ground", FLAG)
def test_flags(analyzer, text, span, ground):
    found = inclusive(analyzer.analyze(text))
    assert [(f.text, f.ground) for f in found] == [(span, ground)]


@pytest.mark.parametrize("text", OK)
def test_leaves_alone(analyzer, text):
    assert inclusive(analyzer.analyze(text)) == []


def test_finding_fields(analyzer):
    text = "Föreningen för handikappade träffas."
    (f,) = inclusive(analyzer.analyze(text))
    assert f.rule == "bias_term" and f.category == "inclusive_language" and f.ground == "disability"
    assert text[f.start:f.end] == f.text == "handikappade"
    assert f.severity == Severity.WARNING
    assert "Socialstyrelsen" in f.message and f.message.startswith("Ordet ”handikappade”")
    # issue 15: the suggestion is inflected to stand in the word's place (plural here), and says so
    assert f.suggestions[0] == "personer med funktionsnedsättning" and f.replaces
    assert "Socialstyrelsen" in f.source
    assert f.sentence == 0


def test_slur_is_an_error(analyzer):
    (f,) = inclusive(analyzer.analyze("De kallade honom svartskalle."))
    assert f.severity == Severity.ERROR and f.ground == "ethnicity"


def test_disable_by_ground_rule_and_allowlist():
    text = "Zigenarens häst stod vid handikapptoaletten."
    by_ground = klarsprak.Analyzer(Config(disable=("ethnicity",))).analyze(text)
    assert [f.ground for f in inclusive(by_ground)] == ["disability"]
    by_rule = klarsprak.Analyzer(Config(disable=("bias_term",))).analyze(text)
    assert inclusive(by_rule) == []
    allowed = klarsprak.Analyzer(Config(allow=("zigenare",))).analyze(text)
    assert [f.text for f in inclusive(allowed)] == ["handikapptoaletten"]


def test_extra_lexicon_file(tmp_path):
    extra = tmp_path / "egna.yaml"
    extra.write_text(
        "schema: inclusive\nentries:\n"
        "  - id: egen.gubbsjuk\n    lemmas: [gubbsjuk]\n    ground: age\n    kind: stereotyping\n"
        "    severity: info\n    why: Eget ord.\n    suggestions: [stryk]\n    source: vår policy\n",
        encoding="utf-8",
    )
    report = klarsprak.Analyzer(Config(lexicons=(str(extra),))).analyze("Han var gubbsjuka typen.")
    (f,) = inclusive(report)
    assert (f.text, f.ground, f.source, f.severity) == ("gubbsjuka", "age", "vår policy", Severity.INFO)


@pytest.mark.parametrize("text, suggestion, replaces", [
    ("Många handikappade har svårt att få arbete.", "personer med funktionsnedsättning", True),
    ("Föreningen ordnar läger för handikappade barn.", "barn med funktionsnedsättning", False),
    ("De handikappade barnen fick en egen buss.", "Barnen med funktionsnedsättning", False),
    ("Stödet till de handikappade ökar.", "personer med funktionsnedsättning", False),
    ("De handikappade får färdtjänst.", "Personer med funktionsnedsättning", False),
    ("Han är handikappad sedan olyckan.", "person med funktionsnedsättning", False),
    ("Om en handikappad behöver bil kan bidrag utgå.", "person med funktionsnedsättning", True),
    ("Hjälp kan ges till handikappad, ensamstående eller äldre arbetstagare.", "arbetstagare med funktionsnedsättning",
     False),
    ("Författarinnan läste ur sin bok.", "Författaren", True),
    ("Skolkokerskan lagar maten.", "Skolkocken", True),
    ("Arbetsförmannen kom.", "arbetsledare", False),
    ("Rådet består av riksdagsmän.", "riksdagsledamöter", True),  # an attested plural, not "riksdagsledamot"
    ("Tidningsmännen skrev om saken.", "Journalisterna", True),  # the model reads -männen as singular
    ("Sjukskötare för mentalpatienter har funnits länge.", "patienter inom psykiatrin", True),
    ("De bor i invalidbostäder.", "bostäder för personer med funktionsnedsättning", False),
    ("Toaletten är en handikapptoalett.", "toalett för personer med funktionsnedsättning", False),
    ("Det finns en handikapparkering vid entrén.", "parkering för personer med funktionsnedsättning", False),
])
def test_suggestion_fits_the_sentence_or_is_advice(analyzer, text, suggestion, replaces):
    (f,) = inclusive(analyzer.analyze(text))
    assert f.suggestions[0] == suggestion and f.replaces is replaces
    assert any(f"{verb} ”{suggestion}”." in f.message for verb in ("Skriv hellre", "Överväg")) is replaces


def test_adjective_before_its_noun_gets_the_noun_first(analyzer):
    """Blind dev verdict (stop 22): "person med funktionsnedsättning" does not fit "för handikappade eller
    klena barn"; the judge asked for "barn med funktionsnedsättning" instead of "handikappade barn"."""
    (f,) = inclusive(analyzer.analyze("Några kolonier är avsedda för handikappade eller klena barn."))
    assert f.suggestions[0] == "barn med funktionsnedsättning" and not f.replaces
    assert "”barn med funktionsnedsättning” i stället för ”handikappade barn”" in f.message


def test_a_term_is_reported_once_per_text_with_its_other_places(analyzer):
    """Blind dev verdicts (stop 22): "sjömän" three times in one text is one remark, not three."""
    text = "Sjömän och rederier har det svårt. Stödet gäller sjömän som permitterats. Sjömännen ska få tjänstgöra."
    (f,) = inclusive(analyzer.analyze(text))
    # the same count sentence as complex_word's (review 28, item 15): one concept, one wording in a report
    assert f.text == "Sjömän" and f.count == 3 and "Ordet står 3 gånger i texten, i olika former" in f.message
    assert [text[s:e] for s, e in f.occurrences] == ["sjömän", "Sjömännen"]


def test_an_info_finding_asks_the_writer_to_consider(analyzer):
    (f,) = inclusive(analyzer.analyze("Barnets mamma och pappa ska skriva under blanketten."))
    assert f.severity == Severity.INFO and "Överväg" in f.message and "Skriv hellre" not in f.message


def test_suggestion_without_an_attested_form_is_offered_in_its_base_form(analyzer):
    (f,) = inclusive(analyzer.analyze("Fiskare och sjömän i byn protesterade."))
    assert "”sjöanställd” i den form som passar" in f.message and not f.replaces


@pytest.mark.parametrize("text, fit", [
    ("Rådet består av fackmän.", "fackpersoner"),  # stop 24: was "fackperson i den form som passar"
    ("Talesmannen för FN svarade.", "Talespersonen"),
    ("Två taleskvinnor för polisen svarade.", "talespersoner"),
    ("När innertrions jobb är klart ska EEC-tjänstemännen skriva en rapport.", "EEC-tjänstepersonerna"),
])
def test_a_compound_suggestion_inflects_as_its_last_part(analyzer, text, fit):
    """The inflection engine attests no form of talesperson or fackperson; person does (stop 24)."""
    (f,) = inclusive(analyzer.analyze(text))
    assert f.suggestions[0] == fit and f.replaces


def test_each_word_of_an_entry_gets_its_own_suggestion(analyzer):
    for text, suggestion in (("Barnvårdarinnan kom hem till oss.", "barnvårdare"),
                             ("Värdinnan tog emot gästerna.", "värd")):
        (f,) = inclusive(analyzer.analyze(text))
        assert f.suggestions[0].lower().startswith(suggestion)


def test_one_finding_for_lider_av_ett_handikapp(analyzer):
    found = inclusive(analyzer.analyze("Han lider av ett handikapp sedan födseln."))
    assert [(f.rule, f.text) for f in found] == [("bias_term", "lider av ett handikapp")]


def test_each_phrase_of_an_entry_gets_its_own_suggestion(analyzer):
    for text, suggestion in (("De hörselskadade får tolk.", "personer med hörselnedsättning"),
                             ("De dementa behöver stöd.", "personer med demenssjukdom")):
        (f,) = inclusive(analyzer.analyze(text))
        assert f.suggestions[0] == suggestion


def test_a_womens_form_is_flagged_before_a_name_too(analyzer):
    """A separate women's form marks sex needlessly even as the title of a named woman."""
    report = analyzer.analyze("Rowling tog intryck av barnboksförfattarinnan Eva Ibbotson.")
    (f,) = inclusive(report)
    assert f.text == "barnboksförfattarinnan"
    # one finding per problem: the neutral title is the rewrite, long_word does not report the word too
    assert "long_word" not in [g.rule for g in report.findings if g.start < f.end and f.start < g.end]


@pytest.mark.parametrize("text, why", [
    ("Han berättade om mötet. – Vi måste påminna polismännen om deras uppdrag, säger han.", "citat"),
    ("Zigenarlägret revs på 1960-talet.", "historia"),
])
def test_a_warning_in_a_quotation_or_history_is_soft_and_says_why(analyzer, text, why):
    """Blind dev verdicts (stop 23): words in someone's quoted speech and in history are kept; a decade
    ("1500-talet") is history, not a statute number."""
    (f,) = inclusive(analyzer.analyze(text))
    assert f.severity == Severity.INFO and why in f.message and "författning" not in f.message


def test_a_misleading_phrase_is_reported_in_history_too(analyzer):
    """'upptäckte Amerika' misleads about the year it names: history does not soften it (stop 24)."""
    (f,) = inclusive(analyzer.analyze("Columbus upptäckte Amerika 1492."))
    assert f.text == "upptäckte Amerika" and "historia" not in f.message
    (f,) = inclusive(analyzer.analyze("Vid upptäckten av Amerika fanns där många folk."))
    assert f.suggestions[0] == "européernas ankomst till Amerika"


def test_a_gendered_title_said_of_a_named_person_is_soft(analyzer):
    """Blind dev verdict (stop 24): 'Durán agerar som talesman' is debatable, so a remark to consider that
    says why; a generic title stays a warning, and a women's form is never excused by its holder."""
    (f,) = inclusive(analyzer.analyze("Durán agerar som talesman och Ángel Pintado som kassör."))
    assert f.severity == Severity.INFO and "bestämd person" in f.message
    (f,) = inclusive(analyzer.analyze("Vem som helst kan bli talesman för föreningen."))
    assert f.severity == Severity.WARNING
    (f,) = inclusive(analyzer.analyze("Anna Berg är taleskvinna för partiet."))
    assert f.severity == Severity.WARNING


@pytest.mark.parametrize("text, found", [
    ("Påven mötte Mark Zuckerberg och hans fru i går.", ["hans fru"]),
    ("Påven mötte Mark Zuckerberg och hans fru Priscilla Chan i går.", []),  # her name follows
    ("– Han glömde sin hälsa, berättade Chris Woods fru, Alice.", []),
    ("En man och hans fru skadades i olyckan.", []),  # neither has a name
    ("– Vi träffade Mark Zuckerberg och hans fru, säger ministern.", []),  # someone's speech, as for lexicon words
    ("Han sa: ”Vi träffade Mark Zuckerberg och hans fru i går.”", []),  # in quotation marks
])
def test_a_woman_named_only_as_a_named_mans_wife(analyzer, text, found):
    """Stop 24 labelling brief: a woman described only through a man is a remark to consider (info)."""
    findings = inclusive(analyzer.analyze(text))
    assert [f.text for f in findings] == found
    assert all(f.severity == Severity.INFO and f.ground == "sex" for f in findings)
