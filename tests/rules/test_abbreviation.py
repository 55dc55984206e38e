"""abbreviation: hard abbreviations and unexplained acronyms; common ones and explained ones pass."""

from __future__ import annotations


import pytest

from klarsprak.lexicon import abbreviations
from klarsprak.lexicon.abbreviations import ambiguous, expansions





FLAG = [
    ("Läs mer i SOU 2020:35 om skolans uppdrag.", ["SOU"]),
    ("Beslutet gäller fr.o.m. den 1 mars.", ["fr.o.m."]),
    ("Ange dnr när du svarar.", ["dnr"]),
    ("Du har rätt till stöd enl. lagen.", ["enl."]),
    ("Priset är 100 resp. 200 kronor.", ["resp."]),
    ("Du kan söka stöd enligt LSS hos kommunen.", ["LSS"]),
    ("Ange dnr i mejlet. Skriv dnr på kuvertet också.", ["dnr"]),
    ("Kontakta SFI. Läraren på SFI svarar.", ["SFI"]),
    ("SISTA DAG att söka är den 3 maj. Kontakta CSN.", ["CSN"]),
    ("Ring IVO om du vill klaga.", ["IVO"]),
    # an acronym with a small letter inside, or the first part of a compound, is an acronym too
    ("Socialstyrelsen blir nationell SoHO-myndighet.", ["SoHO"]),
    ("Du får rätt till ATP-poäng för vården.", ["ATP"]),
    ("Den stora LO-SAF-uppgörelsen 1960 erkände likalönen.", ["SAF"]),
    ("Vid SAF-dagen talade SAF-chefen Curt Giesecke.", ["SAF"]),
    ("Kolla batteriet (ev uppladdning) före vintern.", ["ev"]),
    # a short sentence that uses the acronym does not name it; a genitive is no apposition
    ("Medtag RFSU-laboratoriets svar. Vid problem står RFSU:s kurator till tjänst.", ["RFSU"]),
    # wordfreq counts a four-letter acronym as a word (oecd 3.7): still an acronym; six capitals in a compound
    ("OECD har granskat miljöpolitiken.", ["OECD"]),
    # the model tags an acronym as a name, however common its letters are as a word
    ("Resultaten i PISA blev sämre. Ring SÄPO om du ser något.", ["PISA", "SÄPO"]),
    # tagged as a noun and known to wordfreq, but a word the model's vocabulary never had: an acronym
    ("Hon fick IVF i fjol.", ["IVF"]),
    ("Den bygger på en UNESCO-undersökning.", ["UNESCO"]),
    # two capitals first in a compound are an acronym even where they spell a common word (av)
    ("Salen har AV-utrustning och projektor.", ["AV"]),
]


@pytest.mark.parametrize("text,written,suggestion", [
    ("Ta med t.ex. ett id-kort.", "t.ex.", "till exempel"),
    ("Vi behöver bl.a. ritningar och en karta.", "bl.a.", "bland annat"),
    ("T ex en ogift mor kan få stöd.", "T ex", "Till exempel"),
    # a name after it does not end the sentence: bl.a. cannot end one
    ("Många kommuner, bl.a. Stockholm, har egna regler.", "bl.a.", "bland annat"),
    # as common in Swedish text as s.k. (wordfreq): the same soft advice, not "svår för många läsare"
    ("Tåget var sent pga snön.", "pga", "på grund av"),
])
def test_a_common_abbreviation_in_running_text_is_written_out(findings_of, text, written, suggestion):
    """Klarspråk guidance asks to write out even t.ex. and bl.a. in running text: a soft finding with the expansion."""
    (f,) = findings_of(text, "abbreviation")
    assert (f.text, f.suggestions, f.replaces) == (written, (suggestion,), True)
    assert "Skriv gärna ut" in f.message


def test_an_expansion_keeps_the_full_stop_that_ends_the_sentence(findings_of):
    """osv. at the end of a sentence: its full stop ends the sentence too, so the expansion keeps one."""
    (f,) = findings_of("Vi köper mjölk, öl osv. Sedan går vi hem.", "abbreviation")
    assert f.suggestions == ("och så vidare.",)


def test_a_written_out_expansion_that_agrees_with_the_next_word_is_advice(findings_of):
    """s.k. is så kallad, så kallat or så kallade by the word after it: the writer chooses."""
    (f,) = findings_of("Fukten fryser på marken, sk dimfrost.", "abbreviation")
    assert not f.replaces and "”så kallade”" in f.suggestions[0]

OK = [
    "Ta med ca 200 kronor till kl. 10.",
    "| Handlingar | t.ex. ritningar |\n|---|---|\n| Avgift | 200 kr |",
    "Ange diarienummer (dnr) när du svarar. Ett dnr har åtta siffror.",
    "Ange dnr (diarienummer) när du svarar.",
    "Du kan söka stöd enligt lagen om stöd och service (LSS). LSS gäller alla åldrar.",
    "Beslutet gäller från och med den 1 mars.",
    "Sverige är med i EU och FN.",
    "Karl XII dog 1718.",
    "Ansökan skickas till din biståndshandläggare, BiH, som fattar beslut. BiH ringer dig sedan.",
    "LSS (lagen om stöd och service till vissa funktionshindrade) ger rätt till insatser. Sök LSS hos kommunen.",
    "Inspektionen för vård och omsorg, IVO, granskar vården. IVO kan också ge böter.",
    "CSN står för Centrala studiestödsnämnden. Kontakta CSN.",
    "Det framgår av 2 kap. 3 § i lagen.",
    "Han köpte en ny bil. Sedan åkte han hem.",
    "VIKTIGT: Ansökan ska vara inne senast den 3 maj.",
    "SISTA DAG ATT SÖKA ÄR DEN 3 MAJ.",
    "Ladda ner situationsplanen (pdf, 2,4 MB).",
    "Beslutsunderlag: SOU 2020:35.",
    "Ändring i lagen (1994:137) om mottagande av asylsökande m.fl. gäller från maj.",
    "Nu har man gjort ett strålande kap. - Nu kommer det inte på fråga.",
    "Barnet föds på BB. LO och HBTQ-rörelsen har yttrat sig.",
    "Frågan är etisk (jfr s. 274). Se också del 2 (jfr del 2, s. 59).",
    "Programmen hos BVC utökas.",
    # a common two-letter word in capitals is that word stressed, not an acronym
    "Det ÄR bra, och det var NU eller aldrig.",
    "Jag vill SÅ gärna åka UT i dag.",
    # a rarer word in capitals that the model reads as a word, not a name, is that word stressed (slang diss)
    "Det var en ren DISS mot mig.",
    "Han fick DISS av alla i klassen.",
]


@pytest.mark.parametrize("text,expected", FLAG)
def test_flags_hard_abbreviations(findings_of, text, expected):
    found = findings_of(text, "abbreviation")
    assert [f.text for f in found] == expected


@pytest.mark.parametrize("text", OK)
def test_common_and_explained_pass(findings_of, text):
    assert not findings_of(text, "abbreviation")


def test_suggests_the_expansion(findings_of):
    found = findings_of("Beslutet gäller fr.o.m. i dag.", "abbreviation")
    assert found[0].suggestions == ("från och med",)


def test_an_ambiguous_abbreviation_is_advice_not_a_replacement(findings_of):
    """t.v. is tills vidare or till vänster: only the writer knows which, so neither is pasted in."""
    (f,) = findings_of("Tjänsten är vakant t.v. och du kan söka den.", "abbreviation")
    assert f.text == "t.v." and not f.replaces
    assert f.suggestions == ("Skriv ut ordet: ”tills vidare” eller ”till vänster”.",)
    assert "”tills vidare” eller ”till vänster”" in f.message
    (sure,) = findings_of("Beslutet gäller fr.o.m. i dag.", "abbreviation")
    assert sure.replaces


def test_the_lexicon_names_every_reading_or_marks_the_entry_ambiguous():
    lexicon = abbreviations()
    assert expansions(lexicon.lookup("t.v.")) == ("tills vidare", "till vänster")
    assert ambiguous(lexicon.lookup("T.v.")) and not ambiguous(lexicon.lookup("fr.o.m."))
    assert ambiguous({"id": "x.", "expansion": "x", "ambiguous": True, "source": "saol"})


def test_reported_once_with_count(findings_of):
    text = "Kontakta MSB. MSB svarar i telefon. Skriv till MSB."
    found = findings_of(text, "abbreviation")
    assert [f.text for f in found] == ["MSB"]
    assert "3 gånger" in found[0].message and "lag" not in found[0].message
    assert found[0].count == 3 and [text[s:e] for s, e in found[0].occurrences] == ["MSB", "MSB"]
    assert found[0].occurrences[1][0] == text.rindex("MSB")


def test_acronyms_can_be_switched_off(findings_of, analyzer):
    import klarsprak

    analyzer = klarsprak.Analyzer(klarsprak.Config(rules={"abbreviation": {"acronyms": False}}),
                                  model=analyzer.nlp)
    assert not findings_of("Du kan söka stöd enligt LSS.", "abbreviation", using=analyzer)


@pytest.mark.parametrize("text", [
    "Sverige tar över som ordförande för UN Women i år.",  # part of a name of several words
    "Vi vill inte föra över JAS Gripen till Ukraina nu.",
    "Handeln med utsläppsrätter sker i EU ETS sedan 2005.",
    "But also of course the trade conflicts between China and the US matter.",  # an English sentence
    "Ändringarna finns i SKOLFS 2020:93.",  # a statute series cited with its number
    "Reglerna finns i TFS 2015:3.",  # a series not in the lexicon, cited with its number
    "Han har varit t.f. pressekreterare sedan maj.",
])
def test_names_english_and_references_are_not_acronyms_to_explain(findings_of, text):
    assert not findings_of(text, "abbreviation")


def test_an_acronym_in_swedish_prose_is_still_reported(findings_of):
    found = findings_of("Ansökan skickas till NSVA i god tid.", "abbreviation")
    assert [f.text for f in found] == ["NSVA"]


@pytest.mark.parametrize("text", [
    "Organisationen för ekonomiskt samarbete och utveckling (OECD) granskar. Det beräknas enligt OECD:s biståndskommitté DAC.",  # a noun in apposition says what it is
    "## Utrikesdepartementet\n\nUD ansvarar för Sveriges förbindelser med andra länder.",
    "GRIT syftar på vår envisa uthållighet. GRIT är vårt varumärke.",
    "En mekanism vid gränsen (CBAM-förordningen) införs. CBAM gäller från 2026.",
    "Dömda enligt lagen om sluten ungdomsvård (så kallade LSU-platser). Vården för LSU kostar mer.",
    # the long form after it, set off by a comma or "eller"
    "Mätningar görs av SNV, Statens naturvårdsverk, varje år. SNV redovisar dem.",
    "Den ena typen kallas kokarreaktor, BWR eller Boiling Water Reactor. En BWR är enkel.",
    # a compound after its long form: "… skulder, MREL-kravet"
    "Banker ska ha ett minimikrav på nedskrivningsbara skulder, MREL-kravet. MREL-kravet skärps.",
    # used in a name elsewhere in the text (Första AP-fonden): part of that name
    "Första AP-fonden och Sjätte AP-fonden slås ihop. AP-fonderna förvaltar pensionerna.",
])
def test_acronyms_explained_where_they_stand(findings_of, text):
    assert not findings_of(text, "abbreviation")


def test_an_acronym_in_compounds_is_counted_at_its_own_offsets(findings_of):
    text = "Vid SAF-dagen talade hon. SAF vill ändra reglerna."
    found = findings_of(text, "abbreviation")
    assert [(f.text, f.count) for f in found] == [("SAF", 2)]
    assert (found[0].start, found[0].end) == (4, 7)
    assert [text[s:e] for s, e in found[0].occurrences] == ["SAF"]


@pytest.mark.parametrize("token,expected", [
    ("LSS", [("LSS", 0)]), ("LSS:s", [("LSS", 0)]), ("SoHO", [("SoHO", 0)]), ("BiH", [("BiH", 0)]),
    ("ATP-poäng", [("ATP", 0)]), ("LO-SAF-uppgörelsen", [("LO", 0), ("SAF", 3)]),
    ("B-SCEP", []), ("Stockholm", []), ("McDonalds", []), ("GHz", []), ("T-sprit", []),
])
def test_acronyms_in_a_token(token, expected):
    from klarsprak.rules.abbreviation import acronyms_in

    assert acronyms_in(token) == expected


@pytest.mark.parametrize("text,suggestion", [
    ("Han var generaldirektör för FMV. Han köpte in vapen till Försvarets materielverk.",
     "Skriv ”Försvarets materielverk (FMV)” första gången."),
    ("Han talade på Utrikespolitiska institutet. Jag vill gratulera UI till det nya centret.",
     "Skriv ”Utrikespolitiska institutet (UI)” första gången."),
    ("Proven i NO är frivilliga. Proven ges också i de naturorienterade ämnena.",
     "Skriv ”naturorienterade ämnena (NO)” första gången."),
])
def test_a_long_form_written_elsewhere_is_named_in_the_advice(analyzer, text, suggestion):
    found = [f for f in analyzer.analyze(text).findings if f.rule == "abbreviation"]
    assert [f.suggestions for f in found] == [(suggestion,)]


def test_two_ordinary_words_are_no_long_form(analyzer):
    found = [f for f in analyzer.analyze("Under inga omständigheter får UI stängas av.").findings
             if f.rule == "abbreviation"]
    assert found[0].suggestions == ("Skriv ut vad UI står för, med UI inom parentes.",)


@pytest.mark.parametrize("text,form", [
    ("Förordnandet gäller sex år (t.o.m 31 mars 2021).", "t.o.m"),  # the last full stop left out
    ("Borrtornet är värt 50 milj kronor.", "milj"),
    ("Barbro sitter t v på bilden.", "t v"),  # written with a space, still two readings
])
def test_more_written_forms(analyzer, text, form):
    found = [f for f in analyzer.analyze(text).findings if f.rule == "abbreviation"]
    assert [f.text for f in found] == [form]


@pytest.mark.parametrize("text", ["Så småningom, ungefär 512–511 f.Kr., accepterade kungen detta.",
                                  "Från 800-talet f.Kr. börjar de första städerna växa."])
def test_a_year_span_or_a_century_before_f_is_a_year_not_a_page(analyzer, text):
    """f. after 512–511 or 800-talet is part of f.Kr., not f. for följande sida (PUD dev)."""
    assert not [f for f in analyzer.analyze(text).findings if f.rule == "abbreviation"]


@pytest.mark.parametrize("text", ["Enligt SMHI blir det regn i morgon.", "Hon spelade i NHL i tio år.",
                                  "Det har lett till tre JO-anmälningar.", "Aktien sänkte VW:s värde kraftigt.",
                                  "IS tog på sig dådet."])
def test_an_acronym_readers_know_is_not_asked_to_be_explained(analyzer, text):
    """An acronym Swedish text uses very often (wordfreq) or the lexicon lists as known needs no explanation
    (blind dev judges: JO 'widely known'); a rare one still does."""
    assert not [f for f in analyzer.analyze(text).findings if f.rule == "abbreviation"]
    assert [f for f in analyzer.analyze("Enligt RSPB minskar antalet fåglar.").findings if f.rule == "abbreviation"]


def test_an_acronym_first_in_a_heading_is_explained_where_the_running_text_uses_it(analyzer):
    """Blind dev judges: expand an acronym at its first mention in the body text, not in the headline."""
    text = "# RSPB granskar fågellivet\n\nEnligt RSPB minskar antalet fåglar. RSPB vill se nya regler."
    found = [f for f in analyzer.analyze(text).findings if f.rule == "abbreviation"]
    assert [(f.start, f.count) for f in found] == [(text.index("Enligt") + 7, 3)]
    assert found[0].occurrences[0] == (2, 6)


def test_a_definite_noun_before_an_acronyms_genitive_says_what_it_is(analyzer):
    text = "Striderna började efter att regeringspartiet PRI:s högkvarter attackerats."
    assert not [f for f in analyzer.analyze(text).findings if f.rule == "abbreviation"]


def test_one_noun_is_no_long_form_of_two_letters(analyzer):
    """styv|familj spells SF by chance: no "Skriv styvfamilj (SF)" (Wikipedia dev)."""
    text = "Boken handlar om en styvfamilj. Fansen köade utanför SF-bokhandeln i Stockholm."
    found = [f for f in analyzer.analyze(text).findings if f.rule == "abbreviation"]
    assert not any("styvfamilj" in s for f in found for s in f.suggestions)


def test_acronyms_joined_by_a_hyphen_are_one_acronym(analyzer):
    """CIDOC-CRM and DCH-RP are unexplained names of their own (blind labels, Digisam newsletters); before
    they were read as no acronym at all, since no word in small letters follows the hyphen."""
    found = [f.text for f in analyzer.analyze("Museet följer CIDOC-CRM sedan i fjol.").findings
             if f.rule == "abbreviation"]
    assert found == ["CIDOC-CRM"]


@pytest.mark.parametrize("text,written,long", [
    ("Hon läser sfi på kvällarna.", "sfi", "svenska för invandrare (sfi)"),
    ("Efter kursen går hon vidare till komvux.", "komvux", "kommunal vuxenutbildning (komvux)"),
    ("Kontakta SFI. Läraren på SFI svarar.", "SFI", "svenska för invandrare (SFI)"),
])
def test_a_short_word_made_from_a_name_is_explained_with_its_name(findings_of, text, written, long):
    """sfi, komvux, särvux, pryo: blind labelers mark them unexplained; the message names the long form."""
    (f,) = findings_of(text, "abbreviation")
    assert f.text == written and long in f.suggestions[0] and not f.replaces


def test_an_acronym_explained_only_further_down_is_reported_where_the_reader_first_meets_it(analyzer):
    """The explanation belongs at the first use in running text (blind label: "förklaras först långt ner");
    uses after the explanation are not counted, and a text that explains it first is not reported."""
    text = "Du kan söka stöd enligt LSS. Lagen om stöd och service (LSS) gäller alla. LSS söks hos kommunen."
    (f,) = [f for f in analyzer.analyze(text).findings if f.rule == "abbreviation"]
    assert (f.start, f.occurrences) == (text.index("LSS"), ())
    assert "längre ner" in f.message
    later = "Lagen om stöd och service (LSS) gäller alla. Du kan söka stöd enligt LSS."
    assert not [f for f in analyzer.analyze(later).findings if f.rule == "abbreviation"]


@pytest.mark.parametrize("text", [
    "Se SOU 1964:58, kap. 3; Blomberg, kap. 11; Boalt m.fl., kap. Brottslighet.",
    "Se också Sveri m.fl., kap. 1.",
])
def test_a_literature_reference_keeps_its_abbreviations(analyzer, text):
    """m.fl. after an author and kap. after an author's name are the citation's convention (blind dev judges:
    wrong to write out in a reference list); in running text m.fl. is still reported. The series SOU is
    explained once (blind labels: clear), as every report series cited with a year and number."""
    assert not [f for f in analyzer.analyze(text).findings if f.rule == "abbreviation" and f.text != "SOU"]
    assert [f for f in analyzer.analyze("Vi bjuder in grannar, vänner m.fl. till festen.").findings
            if f.rule == "abbreviation"]


def test_an_acronym_set_off_after_the_noun_that_says_what_it_is_is_named(analyzer):
    """"järnvägsfacket, KRWU," says what KRWU is, as "järnvägsfacket KRWU" does."""
    text = "Ordföranden för järnvägsfacket, KRWU, håller sig gömd. Enligt järnvägsfacket KRWU är planerna fel."
    assert not [f for f in analyzer.analyze(text).findings if f.rule == "abbreviation"]


def test_a_number_in_parentheses_does_not_explain_an_acronym(analyzer):
    """"1999 / 0083 (COD)" and "Del 1 (SOS)": a number is no long form (blind labels: unexplained codes)."""
    for text, acronym in (("Förslaget [C5-0004 / 1999 - 1999 / 0083 (COD)] antogs.", "COD"),
                          ("Se Kriminalstatistik 1967, Del 1 (SOS).", "SOS")):
        assert [f.text for f in analyzer.analyze(text).findings if f.rule == "abbreviation"] == [acronym]


def test_a_table_of_contents_or_a_heading_line_is_not_where_an_acronym_is_first_met(analyzer):
    """A contents line the text repeats as a heading, or a long Markdown heading the units read as a sentence,
    comes before the explanation in many documents (r9 dev: VMA-systemet, Uppdrag till MSB …)."""
    text = ("En tydligare reglering av VMA-systemet\n\n"
            "# Uppdrag till MSB att genomföra de förberedande åtgärder som behövs för befolkningsskyddet\n\n"
            "## En tydligare reglering av VMA-systemet\n\n"
            "Viktigt meddelande till allmänheten (VMA) ska regleras tydligare. Myndigheten för samhällsskydd "
            "och beredskap (MSB) får uppdraget.")
    assert not [f for f in analyzer.analyze(text).findings if f.rule == "abbreviation"]


def test_a_short_word_in_parentheses_after_its_long_form_is_explained(analyzer):
    text = "Antalet platser inom regional yrkesinriktad vuxenutbildning (regionalt yrkesvux) har ökat."
    assert not [f for f in analyzer.analyze(text).findings if f.rule == "abbreviation"]


def test_a_use_before_the_explanation_with_its_long_form_just_before_is_named_in_place(analyzer):
    text = ("Se Ds 2022:1 Viktigt meddelande till allmänheten – en översyn av VMA-systemet. "
            "Lagen reglerar systemet Viktigt meddelande till allmänheten (VMA).")
    assert not [f for f in analyzer.analyze(text).findings if f.rule == "abbreviation"]


def test_an_acronym_in_a_product_name_after_a_name_ending_in_s_is_part_of_the_name(analyzer):
    """Windows is a name, not a genitive (the parser: Case=Nom): its version letters are part of it (blind
    lines judges: wrong to explain); after a genitive the acronym still counts (Sveriges EEC-ambassad)."""
    text = "Programmet kräver Windows XP. Logga in med ditt Windows XP-konto."
    assert not [f for f in analyzer.analyze(text).findings if f.rule == "abbreviation"]
    text = "Han blev chef för Sveriges EEC-ambassad i Bryssel."
    assert [f.text for f in analyzer.analyze(text).findings if f.rule == "abbreviation"] == ["EEC"]


def test_a_parenthesis_after_a_compound_explains_its_acronym_only_if_it_spells_it(analyzer):
    """"PQR-inloggning (den kallas också …)" says what the compound is, not what PQR stands for; the message must
    not say the text explains it further down."""
    text = "Tjänsten använder PQR-inloggning (den kallas också enkel inloggning) för alla konton."
    found = [f for f in analyzer.analyze(text).findings if f.rule == "abbreviation"]
    assert [f.text for f in found] == ["PQR"] and "längre ner" not in found[0].message
    text = "Du skriver mallen i KDL-format (Kort Dokument Language) och sparar den."
    assert not [f for f in analyzer.analyze(text).findings if f.rule == "abbreviation"]


def test_a_long_form_before_with_eller_explains_the_acronym(analyzer):
    text = "Tjänsten hette förut Statens Digitala Arkiv eller SDA och drivs nu av kommunen."
    assert not [f for f in analyzer.analyze(text).findings if f.rule == "abbreviation"]


def test_a_noun_before_an_acronym_does_not_explain_it_when_the_text_spells_it_out_later(analyzer):
    """"kontot RA" says it is an account, but the text writes "registeransvarig (RA)" further down: the
    explanation belongs at the first use; a noun alone (OECD:s biståndskommitté DAC) still names it."""
    text = ("Logga in med kontot RA när du ska ändra behörigheter. "
            "Bara den som är registeransvarig (RA) får ändra behörigheterna.")
    found = [f for f in analyzer.analyze(text).findings if f.rule == "abbreviation"]
    assert [(f.text, f.start) for f in found] == [("RA", text.index("RA"))] and "längre ner" in found[0].message
    text = "Logga in med kontot RA när du ska ändra behörigheter."
    assert not [f for f in analyzer.analyze(text).findings if f.rule == "abbreviation"]


def test_an_acronym_after_a_compound_capitalised_by_its_own_acronym_is_not_in_a_name(analyzer):
    """"XML-standarden QZV" is no name of several words, whatever its capitals: the noun before says what QZV is,
    as "transportfederationen ITF" does, unless the text spells it out later."""
    text = "Systemet stöder XML-standarden QZV för alla filer. Bara QZV (Quick Zone Validation) används."
    found = [f for f in analyzer.analyze(text).findings if f.rule == "abbreviation"]
    assert [f.text for f in found] == ["QZV"] and "längre ner" in found[0].message
    text = "Både FN-organet QLO och transportfederationen QTF kräver att regeringen upphör."
    assert not [f for f in analyzer.analyze(text).findings if f.rule == "abbreviation"]


#: A private person's post (genre ``personal``): common abbreviations are the writer's own style there.
BLOG_POST = ("Idag var jag hemma hela dagen och bakade. Jag gjorde t ex kanelbullar och en kaka, dvs. allt jag hann. "
             "Sedan gick jag ut med hunden, och jag frös så jag skakade. Jag tror att jag blir sjuk pga kylan. "
             "Imorgon ska jag vila, läsa en bok och kanske titta på en film. Jag längtar redan!\n")


def test_common_abbreviations_are_not_asked_out_of_a_private_persons_text(findings_of):
    """Blind judges called the write-out advice debatable in all three blog posts (t ex, d.v.s., s.k.) and correct
    in 22 of 22 public-sector, textbook and debate texts; a hard one (fr.o.m.) is still reported."""
    assert not findings_of(BLOG_POST, "abbreviation")
    assert [f.text for f in findings_of(BLOG_POST.replace("Imorgon", "Fr.o.m. imorgon"), "abbreviation")] == ["Fr.o.m."]
    assert [f.text for f in findings_of("Du kan t ex ringa oss eller skicka ett mejl.", "abbreviation")] == ["t ex"]
