"""The inclusive pattern rules on the shipped model: should-flag / should-not-flag tables."""

import pytest

CASES = {
    "generic_pronoun": (
        [
            ("Om en elev är sjuk ska han stanna hemma.", "han"),
            ("Varje sökande ska bifoga sitt betyg. Hon ska också skicka ett personbevis.", "Hon"),
            ("Den som vill ansöka måste skicka in sina papper innan han börjar.", "han"),
            ("Handläggaren kontaktar dig när hon har läst din ansökan.", "hon"),
            ("När någon i utlandet skriver till Sverige bör han skriva landskoden.", "han"),
            ("Ingen förundersökare i världen kan säga var oljan finns. Han kan bara bedöma förutsättningarna.", "Han"),
            ("Bygglovshandläggaren kontaktar dig när hon har granskat ansökan.", "hon"),
            ("Roll är det beteende som förväntas av en person på grund av att han har en viss position.", "han"),
            ("Skall vetenskapsmannen känna sitt samhällsansvar så att han inte slår larm?", "han"),
            ("Den försäkrade får sjukpenning om han blir sjuk.", "han"),
            ("En patient kommer in med ont i bröstet. Patienten pekar på bilden som visar hur han mår.", "han"),
            ("Sökanden ska bifoga sitt betyg. Han ska också lämna referenser.", "Han"),
        ],
        [
            "I alla test var skolbarnen något bättre. Han sammanfattar resultaten i en tabell.",  # var: a verb
            "Anna är sjuk i dag. Hon stannar hemma.",
            "Om en elev är sjuk ska hen stanna hemma.",
            "Om en elev är sjuk ska han eller hon stanna hemma.",
            "Om en elev är sjuk ska eleven stanna hemma.",
            "Donald Trump är en arrogant person som vill att han ska få allt.",
            "En ung student stod och läste en tidning som han höll i handen.",
            "Var och en av eleverna skulle ange vad som var bäst för honom eller henne.",
            "Kan det verkligen, frågar någon, vara vår uppgift? Och en uppgift som han själv måste sköta?",
            "Att anställa en praktikant lönar sig inte, kanske får mannen lägga till för att hon ska få arbeta.",
            "En person greps i natt och han förhörs nu.",
            # a speaker ("sa han"), a story that goes on in the past, a name that starts a sentence (LinES novels)
            "Den som vill får komma. Det är bra, sa han.",
            "Annars berättar hon det för varenda människa i London. Han skrattade.",
            "Där fanns var och en med sitt eget jag. Quinn stod som fastvuxen och betraktade dem som vore hela "
            "hans person koncentrerad till ögonen.",
            # blind dev verdict, stop 23: "enligt honom" names the source of a claim, here a named researcher
            "Polisen ser ut som en ockupationsmakt, säger Cornell Brooks. För att få förtroende måste polisen, "
            "enligt honom, rekryteras lokalt.",
            "Människan är ett socialt djur. Hon lever i grupper.",
            "Läkaren säger att han kan operera om patienten vill.",
            "Vi har gett henne rätt att slippa känna honom som den som bestämmer; vi har gett henne frihet.",
            "En patient kom in i går. Patienten pekade på bilden och han fick hjälp.",
        ],
    ),
    "unnecessary_marking": (
        [
            ("Vi har anställt en kvinnlig läkare.", "kvinnlig läkare"),
            ("En manlig förskollärare började i augusti.", "manlig förskollärare"),
            ("En somalisk gärningsperson greps i natt.", "somalisk gärningsperson"),
            ("En muslimsk gärningsperson greps efter rånet.", "muslimsk gärningsperson"),
            ("Två somaliska rånare greps i natt.", "somaliska rånare"),  # a crime names the group
        ],
        [
            "Andelen kvinnliga chefer ökade till 40 procent.",
            "Hon blev den första kvinnliga biskopen.",
            "Du kan begära en kvinnlig läkare.",
            "AMS behandlar manliga och kvinnliga arbetssökande lika.",
            "Men bara kvinnor får denna syssla; manliga barnskötare är ovanliga.",
            "Muslimsk medicin influerade skolan i Salerno.",
            # blind dev verdicts, stop 24: a group in the plural is the topic; a sentence about a stereotype
            "Några kristna forskare kritiserar Tolles läror medan andra hyllar dem.",
            "Han ville fjärma rollen från det stereotypa porträttet av en arabisk man.",
        ],
    ),
    "suffering_from": (
        [
            ("Många som lider av autism behöver stöd.", "lider av autism"),
            ("Hon drabbades av demens för fem år sedan.", "drabbades av demens"),
            ("Han lider av en intellektuell funktionsnedsättning.", "lider av en intellektuell"),
            ("Många som lider av könsdysfori väntar länge på vård.", "lider av könsdysfori"),
        ],
        [
            "Förskolan lider av platsbrist.",
            "Verksamheten har drabbats av personalbrist.",
            "Länder som drabbats av kriser behöver stöd.",
            "Personer med autism kan få stöd.",
        ],
    ),
    "gendered_title": (
        [
            ("Kontakta din förman om du blir sjuk.", "förman"),
            ("Talesmannen uteslöt inte nya åtgärder.", "Talesmannen"),
            ("Riksdagsmännen röstade nej.", "Riksdagsmännen"),
            ("Tidningsmännen skrev om saken.", "Tidningsmännen"),
            ("Ambulansmännen hämtade patienten.", "Ambulansmännen"),
            ("Fråga lärarinnan om läxan.", "lärarinnan"),
        ],
        [
            "Anmäl till Diskrimineringsombudsmannen.",
            "Barnombudsmannen har lämnat sin rapport.",
            "Brandmannen släckte branden.",
            "Talmannen öppnade sammanträdet.",
            "Sjuksköterskan och barnmorskan arbetar natt.",
            "Polismyndigheten utreder brottet.",
        ],
    ),
    "age_stereotype": (
        [
            ("Hon är otroligt pigg för sin ålder.", "pigg för sin ålder"),
            ("Åldringarna satt i dagrummet.", "Åldringarna"),
            ("Trots sina 85 år går han till gymmet.", "Trots sina 85 år"),
            ("Kommunen står inför en äldrevåg.", "äldrevåg"),
        ],
        [
            "Hon är 85 år och tränar varje dag.",
            "Karl hade trots sina stränga handlingar setts som en god härskare.",
            "Äldreboendet har 40 platser.",
            "Vi söker dig som är nyfiken och driven.",
            "Vi söker dig som är ung och hungrig.",
        ],
    ),
    "job_ad_age_coding": (
        [
            ("Vi söker dig som är ung och hungrig.", "ung och hungrig"),
            ("Vi söker dig som är ung och hungrig och vill jobba i ett ungt gäng.", "ung och hungrig"),
            ("Tjänsten passar för dig som är mellan 25 och 35 år.", "för dig som är mellan 25 och 35"),
            ("Du passar in i vårt unga gäng på kontoret. Tjänsten är en heltidstjänst.", "unga gäng"),
            ("Tjänsten passar dig som är 20–30 år.", "dig som är 20–30 år"),
            ("Vi söker en ung och driven säljare till vårt team.", "ung och driven"),  # the employer's call
            # outside an ad, the age-coded words of sentences that describe someone are not listed either
            ("Laget är ett ungt gäng. Han var ung och hungrig när han kom. Vi söker dig som är ung och driven.",
             "ung och driven"),
            ("Vi söker en ungdomlig och nyexaminerad säljare. Sista ansökningsdag är 1 maj. Anställningsform: heltid.",
             "ungdomlig"),
        ],
        [
            "Du ska vara minst 18 år och ha körkort.",
            "Förskolan har barn mellan 1 och 5 år.",
            "Vi söker dig som är nyfiken och driven.",
            # stop 24: outside a job ad, news that describes someone is no age requirement
            "Polisen söker en man i åldern 25–30 år som sågs vid platsen.",
            "Han var ung och hungrig när han kom till klubben.",
        ],
    ),
    "job_ad_gender_coding": (  # one engine with the inclusive lexicons: names and phrase exceptions hold
        [
            ("Vi söker en självständig och analytisk ledare med stort självförtroende. Du är modig och ambitiös. "
             "Sista ansökningsdag är 1 maj. Anställningsform: tillsvidare.", "självständig"),
        ],
        [
            "Vi söker en självständig och analytisk säljare till Modig Ledare AB. Sista ansökningsdag är 1 maj. "
            "Anställningsform: tillsvidare.",
            "Vi söker en självständig och analytisk socionom till individ- och familjeomsorgen. "
            "Sista ansökningsdag är 1 maj. Anställningsform: tillsvidare.",
        ],
    ),
}
FLAGS = [(rule, text, span) for rule, (flags, _) in CASES.items() for text, span in flags]
OKS = [(rule, text) for rule, (_, oks) in CASES.items() for text in oks]


@pytest.mark.parametrize("rule,text,span", FLAGS)
def test_flags(analyzer, rule, text, span):
    found = [f for f in analyzer.analyze(text).findings if f.rule == rule]
    assert [f.text for f in found] == [span]
    f = found[0]
    assert f.category == "inclusive_language" and f.ground and f.message and f.suggestions and f.source
    assert text[f.start:f.end] == span


def test_age_coding_lists_only_what_speaks_to_applicants(analyzer):
    text = "Laget är ett ungt gäng. Han var ung och hungrig när han kom. Vi söker dig som är ung och driven."
    [found] = [f for f in analyzer.analyze(text).findings if f.rule == "job_ad_age_coding"]
    assert "ung och driven" in found.message
    assert "ungt gäng" not in found.message and "hungrig" not in found.message


@pytest.mark.parametrize("rule,text", OKS)
def test_leaves_alone(analyzer, rule, text):
    assert [f.text for f in analyzer.analyze(text).findings if f.rule == rule] == []


def test_gendered_person_is_not_guessed_from_endings_alone(analyzer):
    """"papper" and "farten" end like forms of "pappa" and "far", but the model's lemmas are other Swedish words;
    "mannen", "sönerna" and "damerna" are forms of listed words."""
    from klarsprak.rules.generic_pronoun import gendered_person

    doc = analyzer.nlp("Hon lämnade sina papper till mannen. Farten ökade när sönerna mötte damerna.")
    found = {t.text: gendered_person(t) for t in doc if t.pos_ == "NOUN"}
    assert found == {"papper": False, "mannen": True, "Farten": False, "sönerna": True, "damerna": True}
