"""Words and phrases of issue 15 found in the sentences they were added for, and left alone in their other senses."""

import pytest

PLAIN = [
    ("Det åligger nämnden att pröva frågan.", "Det åligger"),
    ("Medlemsländerna förpliktigas att utbilda rådgivare.", "förpliktigas"),
    ("Du har möjlighet att överklaga beslutet.", "har möjlighet att"),
    ("Beslutet har vunnit laga kraft.", "laga kraft"),
    ("Avgiften skall betalas senast i maj.", "skall"),
    ("Nämnden ålade honom att riva förrådet.", "ålade"),
    ("Inom ramen för projektet träffas vi varje vecka.", "Inom ramen för"),
    ("Vi är av den uppfattningen att beslutet är fel.", "är av den uppfattningen"),
    ("I och med att du inte har svarat avslutar vi ärendet.", "I och med att"),
    ("Ersättningen utbetalas i mars.", "utbetalas"),
    ("Kommunen förbehöll sig rätten att ändra tiden.", "förbehöll"),
    ("Dessa åtgärder voro nödvändiga.", "voro"),
    ("Tag kontakt med arbetsförmedlingen om du vill ha hjälp.", "Tag kontakt med"),
    ("Du får en faktura till ett belopp av 500 kronor.", "till ett belopp av"),
    ("Ritningen ska redovisa alla fasader.", "redovisa"),
    ("Kostnaden uppgår till 500 kronor.", "uppgår till"),
    ("Bygget ska vara av tillfällig karaktär.", "av tillfällig karaktär"),
    ("Här finns en länk till rapporten i sin helhet.", "i sin helhet"),
    # stop 27: entries and forms for clear labels of the dev sets
    ("Kommissionen måste beakta slutsatserna från utskottet.", "beakta"),
    ("Resultatet förefaller rimligt.", "förefaller"),
    ("Följaktligen måste vi ändra planen.", "Följaktligen"),
    ("Hon talade i egenskap av ordförande.", "i egenskap av"),
    ("Bolaget yrkade på att stämningen skulle avvisas.", "yrkade på"),
    ("Målet är en tillnärmning av priserna.", "tillnärmning"),
    ("Parterna vill bilägga tvisten.", "bilägga"),
    ("Landet fattade ett unilateralt beslut.", "unilateralt"),
    ("Förslaget kan hälsas med tillfredsställelse från konsumenternas sida.", "hälsas med tillfredsställelse"),
    ("Jag vill rikta ett tack till alla volontärer.", "rikta ett tack till"),
    ("Nämnden ska avge ett ställningstagande i maj.", "avge ett ställningstagande"),
    ("Förhoppningen är att fler ska söka.", "Förhoppningen är att"),
    ("Remissinstanserna var positiva till förslaget.", "Remissinstanserna"),
    ("Ansökan är ingiven i tid.", "ingiven"),
    ("Marken sköts genom ett samfällt arbete.", "samfällt"),  # the neuter of samfälld
    # stop 28: formal words of the blind sets' missed labels, and a soft hyphen inside a word
    ("Den 8 september fastställde styrgruppen villkoren.", "fastställde"),
    ("Miljontals människor befinner sig på flykt.", "befinner sig"),
    ("Handläggningstiden är fyra veckor.", "Handläggningstiden"),
    ("Utredaren ska samtala med berörda aktörer.", "berörda aktörer"),
    ("Sverige verkar för fred i regionen.", "verkar för"),
    ("Försändelserna är försedda med postnummer.", "är försedda med"),
    ("Avtalet upphör att gälla den 1 maj.", "upphör"),
    ("Det har nu fram\u00adkommit behov av nya regler.", "fram\u00adkommit"),
    ("Många tredjelandsmedborgare arbetar i Sverige.", "tredjelandsmedborgare"),  # a term to explain
    ("En köpare av lösöre måste ha varan hos sig.", "lösöre"),
]
PLAIN_OK = [
    "Skylten ska förankras i marken.",
    "Han dömdes för ringa stöld.",
    "Varslade eller uppsagda personer får stöd.",
    "Det mottagna kapitalet förvaltas av fonden.",
    "Jag kan försäkra er om att frågan är viktig.",
    "I de flesta fall får du svar inom en vecka.",
    "Budgeten tar en stor del av resurserna.",
    "Brottsligheten är till stor del gränsöverskridande.",
    "Förslaget antogs med brett stöd av riksdagen.",
    "Du ska redovisa momsen varje månad.",
    "Myndigheten ska redovisa uppdraget senast i maj.",
    "Hon hade bara ringa narkotikabrott i registret.",
    "Jag vill rikta ett stort tack till alla volontärer.",  # an adjective the verb "tacka" cannot take
    "Förslaget hälsades med tillfredsställelse av kommunerna.",  # "välkomnades" would keep a stray "av"
]
BIAS = [
    ("Många invandrarungdomar bor i området.", "invandrarungdomar"),
    ("De blinda fick stöd av kommunen.", "De blinda"),
    ("Han har ett bestående handikapp sedan olyckan.", "ett bestående handikapp"),
    ("Förmännen samlades i fikarummet.", "Förmännen"),
    ("Fackets ombudsman ringde i går.", "ombudsman"),
    ("Kontaktmannen heter Per.", "Kontaktmannen"),
    ("Vi söker en medarbetare mellan 25 och 40 år till vårt team.", "mellan 25 och 40 år"),
]
BIAS_OK = [
    "Kursen Svenska för invandrare ges på kvällen.",
    "Diskrimineringsombudsmannen yttrade sig i ärendet.",
    "Barn mellan 6 och 12 år får gå på fritids.",
    "Hur många invandrare finns det i Sverige?",
]


@pytest.fixture
def analyzer(strict_analyzer):
    """Every entry counts here, whatever the genre: these tests are about what an entry matches."""
    return strict_analyzer


def rules_and_texts(analyzer, text):
    return [(f.rule, f.text) for f in analyzer.analyze(text).findings]


@pytest.mark.parametrize("text,matched", PLAIN)
def test_plain_entries_match(analyzer, text, matched):
    assert ("complex_word", matched) in rules_and_texts(analyzer, text)


@pytest.mark.parametrize("text", PLAIN_OK)
def test_plain_entries_skip_other_senses(analyzer, text):
    assert not [t for rule, t in rules_and_texts(analyzer, text) if rule == "complex_word"]


@pytest.mark.parametrize("text,matched", BIAS)
def test_bias_entries_match(analyzer, text, matched):
    """Some inclusive-language finding covers the words (which rule reports them is the engine's choice)."""
    start = text.index(matched)
    found = analyzer.analyze(text).findings
    assert [f for f in found if f.category == "inclusive_language" and f.start <= start < f.end]


@pytest.mark.parametrize("text", BIAS_OK)
def test_bias_entries_skip_names_and_neutral_uses(analyzer, text):
    found = analyzer.analyze(text).findings
    assert not [f for f in found if f.category == "inclusive_language"]
