"""long_sentence: long and hard sentences are warnings that say why and where to split; long but easy
ones are left alone or noted; quotations are noted, not warned."""

import pytest

import klarsprak

HARD = ("Den som vill ansöka om bygglov för en tillbyggnad av sitt bostadshus ska skicka in ritningar, "
        "situationsplan och en beskrivning av åtgärden till nämnden innan arbetet påbörjas eftersom "
        "handläggningen annars kan försenas avsevärt för alla inblandade parter.")
NAMES = ("På mötet i Stockholm talade justitieministern Anna Berg, utrikesministern Per Holm, försvarsministern "
         "Eva Lund, sjukvårdsministern Karin Ek, finansministern Johan Ström, miljöministern Sara Lind, "
         "skolministern Nils Dahl och kulturministern Lars Björk.")
INSERT = ("Bruttonationalprodukten (det totala värdet av allt som ett land producerar i form av varor och "
          "tjänster under ett år) har ökat med 67 procent i EU och med 58 procent i USA under samma tid.")


def long_findings(text: str) -> list:
    return [f for f in klarsprak.analyze(text).findings if f.rule == "long_sentence"]


def test_nested_clauses_are_a_warning_that_says_why_and_where_at_a_clause_boundary(analyzer):
    """No split before *eftersom*: blind dev judges called its bridge ("Det beror på att …") clumsy both times
    (stop 28), and a split that leaves a fragment such as "Innan arbetet påbörjas …" they did not sign (stop 23);
    the heavy subject is moved instead."""
    [f] = long_findings(HARD)
    assert f.severity == "warning" and f.text == HARD[:-1]
    assert "3 bisatser" in f.message
    assert f.suggestions[0].startswith("Säg först huvudsaken (”Den … ska skicka in ritningar")
    assert "Det beror på att" not in " ".join(f.suggestions)


def test_no_split_before_eftersom_and_none_at_a_colon_before_a_fragment(analyzer):
    """Eukalyptus dev (blind-judged): a 32-word sentence whose only split was the eftersom bridge ("clumsy; not
    worth changing") and a colon before an infinitive with a relative clause ("leaves 'Att förmå befolkningen…' as
    a verbless fragment"); after a colon, a statement is still split off (realtext dev, regeringsförklaringen
    2022, where it was "make what follows the colon a sentence of its own")."""
    assert long_findings("Det ligger också i Sveriges intresse att bidra till ansträngningar för att minska "
                         "förekomsten av terrorism och människosmuggling i Mali och i hela Sahelregionen, eftersom "
                         "detta även påverkar Europa och vår säkerhet.") == []
    [f] = long_findings("Men jag vill här poängtera att denna utgångspunkt visar vilka utmaningar vi nu står inför: "
                        "att förmå befolkningen att stanna kvar på landsbygden, med de förändringar som håller på att "
                        "ske inom all ekonomisk verksamhet på grund av jordbrukssektorns allt minskande betydelse som "
                        "inkomstkälla på landsbygden.")
    assert "Att förmå" not in f.suggestions[0]
    [f] = long_findings("Sverige ska stå upp för det fria ordets ambassadörer: regeringen kommer att fortsätta "
                        "arbetet för att uppnå en frigivning av journalisten Dawit Isaak och förläggaren och poeten "
                        "Gui Minhai, både enskilt och i samarbete med andra demokratier.")
    assert f.suggestions[0].startswith("Dela meningen i två: ”… det fria ordets ambassadörer. Regeringen kommer")


def test_a_conditional_opening_is_moved_after_the_main_clause(analyzer):
    [f] = long_findings("Om du vill uppföra en mur som är högre än en halv meter eller ett plank som är högre än "
                        "en dryg meter längs med din tomtgräns mot gatan så behöver du söka bygglov hos nämnden.")
    assert "före huvudverbet ”behöver”" in f.message
    assert f.suggestions[0] == ("Börja med huvudsatsen: ”Du behöver söka bygglov hos nämnden om du vill uppföra en "
                                "mur som är högre än en halv meter eller ett plank som är högre än en dryg meter "
                                "längs med din tomtgräns mot gatan.”")


@pytest.mark.parametrize("text,advice", [
    ("Det beror på att regelverken är komplexa, men också på att vi har behövt följa utvecklingen kring "
     "ukrainarnas skydd på EU-nivå, men med en snabb hantering i riksdagen kan lagstiftningen träda i kraft "
     "redan den 1 november 2024.",
     "Dela meningen i två: ”… ukrainarnas skydd på EU-nivå. Men med en snabb hantering …”."),
    ("Inom komvux som särskild utbildning på gymnasial nivå införs ett komvuxbevis vilket är ett dokument som "
     "kan innehålla uppgifter om utbildning som en person har genomgått inom komvux som särskild utbildning "
     "på gymnasial nivå och utbildning inom gymnasiesärskolan.",
     "Dela meningen i två: ”… nivå införs ett komvuxbevis. Det är ett dokument som …”."),
])
def test_a_second_statement_or_a_vilket_clause_is_shown_as_two_sentences(analyzer, text, advice):
    [f] = long_findings(text)
    assert f.suggestions[0] == advice


def test_no_split_inside_a_phrase_and_no_finding_without_a_usable_one(analyzer):
    """'på grund av att' is no split point; a sentence under 35 words without a clause boundary to split
    at is not reported (stop 23: blind judges called the notes that named its clauses debatable or wrong),
    never a warning with a made-up split."""
    text = ("Ändringen innebär bland annat att företag som har underskott från tidigare år kan dra av dem mot "
            "det överskott som kan uppstå på grund av att företaget inte får dra av ränteutgifter.")
    assert 25 < len(text.split()) < 35
    assert long_findings(text) == []


def test_one_main_clause_with_a_list_of_names_is_not_reported(analyzer):
    assert len(NAMES.split()) > 25
    assert long_findings(NAMES) == []


def test_a_very_long_plain_enumeration_is_only_a_note(analyzer):
    text = ("Vi tar emot " + ", ".join(f"{w} från {p}" for w, p in [
        ("tidningar", "Lerum"), ("kartonger", "Alingsås"), ("glas", "Borås"), ("metall", "Partille"),
        ("plast", "Kungälv"), ("textil", "Mölndal"), ("batterier", "Härryda"), ("elavfall", "Ale"),
        ("trädgårdsavfall", "Stenungsund"), ("möbler", "Tjörn"), ("däck", "Orust"), ("virke", "Lilla Edet"),
        ("gips", "Vårgårda"), ("kläder", "Bollebygd"), ("kyl och frys", "Mark")])
        + " och grovavfall från Herrljunga vid återvinningscentralen.")
    [f] = long_findings(text)
    assert f.severity == "info" and "enkelt byggd" in f.message


def test_a_long_parenthesis_is_named_and_lifted_out(analyzer):
    [f] = long_findings(INSERT)
    assert f.severity == "warning" and "inskott" in f.message
    assert f.suggestions[0].startswith("Lyft ut inskottet ”det totala värdet")


def test_a_hard_quotation_is_left_alone_and_noted_only_when_very_long(analyzer):
    quote = "Pressmeddelande\n\n– " + HARD[:-1] + ", säger bygglovschefen Eva Lund.\n"
    assert long_findings(quote) == []
    longer = quote.replace("parter,", "parter och för alla som väntar på sitt eget beslut om bygglov i kommunen,")
    [f] = long_findings(longer)
    assert f.severity == "info" and f.message.startswith("Ett långt citat")


def test_a_long_title_without_a_main_verb_is_not_a_sentence_to_split(analyzer):
    title = ("Lagen (2019:646) om ändring i socialförsäkringsbalken, lagen (2019:648) om ändring i lagen "
             "(2019:168) om sociala trygghetsförmåner och förordningen (2019:649) om ändring i "
             "förordningen (2019:169) om sociala trygghetsförmåner för vissa grupper")
    assert long_findings(title) == []


@pytest.mark.parametrize("limit,expected", [(25, 1), (200, 0)])
def test_max_words_still_sets_the_length(limit, expected):
    analyzer = klarsprak.Analyzer(klarsprak.Config(rules={"long_sentence": {"max_words": limit}}))
    assert len([f for f in analyzer.analyze(HARD).findings if f.rule == "long_sentence"]) == expected


def test_no_statement_is_split_off_inside_a_subordinate_clause(analyzer):
    """Cut before 'och barnets hälsa', the condition of the om-clause would read as a claim (stop 23)."""
    text = ("Utreseförbud ska kunna beslutas om det finns en påtaglig risk för att ett barn lämnar Sverige och "
            "barnets hälsa eller utveckling skadas under utlandsvistelsen på grund av omständigheter som kan "
            "föranleda vård enligt LVU.")
    assert all("Barnets hälsa" not in s for f in long_findings(text) for s in f.suggestions)


def test_a_restrictive_relative_clause_on_the_subject_is_said_after_the_main_clause(analyzer):
    text = ("En person som lämnat sitt hemland, där han på grund av sin härstamning, tillhörighet till viss "
            "samhällsgrupp eller politisk uppfattning eller eljest på grund av politiska förhållanden riskerar att "
            "berövas sin frihet eller dömas till straff kan få rätt till asyl.")
    [f] = long_findings(text)
    assert f.suggestions[0].startswith("Säg först huvudsaken (”En person … kan få rätt till asyl”)")


def test_an_english_sentence_is_not_ours_to_shorten(analyzer):
    text = ("Vi citerar talet. China had the technology to become a great sea-faring nation, but decided against it "
            "– based on the assumption that trade was a threat to national interest and to the power of the court.")
    assert long_findings(text) == []


def test_a_subject_kept_far_from_its_verb_by_a_clause_is_hard(analyzer):
    """Stop 24: subject and verb far apart, in any clause (Klartext; blind labellers' "the main verb late")."""
    text = ("Handläggaren, som ledde arbetet med planen för kollektivtrafiken i hela länet, säger att nämnden behöver "
            "fler handläggare för bygglov och tillsyn eftersom ärendena har blivit många fler under de senaste åren.")
    [f] = long_findings(text)
    assert "10 ord mellan subjektet ”Handläggaren” och verbet ”säger”" in f.message


@pytest.mark.parametrize("text,absent", [
    # a colon inside a reference is no colon to split at (r9: '2023/24:FPM3 5')
    ("Regeringen anser således att det är angeläget att medlemsstaterna kommer till rätta med de fall av bristfällig "
     "regelefterlevnad som påträffas och stödjer 2023/24:FPM3 5 att medlemsstaterna tillsammans med kommissionen "
     "och EU:s fiskerikontrollmyndighet (EFCA) fortsätter sitt arbete i syfte att uppnå hållbart fiske.",
     "kolonet"),
    # 'för att' after a noun completes it: no 'Syftet är' (r9: 'risk för att', 'bygglov för att')
    ("Lagen innebär att en person kan förbjudas att få tillträde till och vistas i en butik om det finns risk "
     "för att han eller hon kommer begå brott i butiken eller allvarligt trakassera någon som befinner sig där.",
     "Syftet"),
    # 'inte bara … utan även' is not cut at 'utan' (r9)
    ("Om det inte skulle vara fallet, om företagarna känner sig utstötta, om inte företagarna får ta del, och då "
     "menar jag inte bara i förvaltningen, utan även i mottagandet av dessa fondmedel, då har vi missat en "
     "möjlighet att uppnå våra mål på snabbast tänkbara sätt.", "utan även"),
    # an indirect question coordinated with another is no sentence of its own (blind judges, stop 23)
    ("Utbildningen tar upp hur en kommun arbetar med klarspråk i sina beslut till medborgarna och hur bilden av "
     "kommunen påverkas av att texterna är svåra att förstå för många läsare.", "och hur bilden"),
])
def test_no_split_where_the_second_part_is_no_sentence(analyzer, text, absent):
    assert all(absent not in s for f in long_findings(text) for s in f.suggestions)


def test_a_clause_between_dashes_that_goes_on_is_split_not_lifted_out(analyzer):
    text = ("Jag förstår att det är mer spännande att rapportera om klimataktivisterna som står här utanför idag "
            "eller klimatförnekarna som gräver och letar efter enskilda fakta som ska visa att vi kan fortsätta "
            "släppa ut som vi gjort – men den här regeringen vet – att det är de nördiga hållbarhetscheferna som "
            "varje dag gör skillnad i det tysta.")
    [f] = long_findings(text)
    assert "inskott" not in f.message and "Lyft ut" not in f.suggestions[0]


def test_a_wikipedia_lead_with_a_gloss_in_brackets_is_not_hard(analyzer):
    text = ("Härskarringen (engelska: The Lord of the Rings: The Fellowship of the Ring), är ett amerikanskt - "
            "nyzeeländskt - brittiskt fantasy-äventyr från 2001 i regi av Peter Jackson med Elijah Wood i huvudrollen.")
    assert long_findings(text) == []


@pytest.mark.parametrize("text", [
    # the finite verb second is the main verb however the parse attached it (r9)
    "Vidare kompletteras Skolverkets och Kulturrådets uppdrag att ta fram läslistor med en ny del om hur arbetet "
    "med böckerna kan bedrivas och hur böckerna på läslistorna ska finnas att tillgå.",
    # a list item continues its lead-in: no main verb of its own to be late (r9)
    "kartlägga typer av humanmaterial som i en svensk kontext utgör så kallat kritiskt humanmaterial enligt "
    "artikel 3.2 i humanmaterialförordningen, samt vilka verksamheter som kan förväntas komma att utgöra "
    "kritiska SoHO-enheter enligt artikel 3.34 i humanmaterialförordningen.",
])
def test_no_heavy_opening_where_the_main_verb_is_early_or_elsewhere(analyzer, text):
    assert all("före huvudverbet" not in f.message for f in long_findings(text))


def test_a_run_in_heading_is_not_part_of_the_sentence(analyzer):
    """'Heading – Sentence' on one line: the heading's words do not make the sentence long (r9 blind dev)."""
    text = ("Lokal värdebehållning för värdeskapande som stannar – Ett grundläggande förhållningssätt för strategin är "
            "att det värde som skapas i regionen och i Sundsvall också stannar i här.")
    assert long_findings(text) == []


def test_commas_that_part_clauses_make_no_list(analyzer):
    """A very long sentence whose commas part clauses gets no bullet-list advice (r9 blind dev: 'it is not an
    enumeration, so gör en punktlista does not fit')."""
    text = ("I våra ändringsförslag har vi fastslagit hur viktigt det är att man skapar den nödvändiga samordningen "
            "mellan strukturfonderna, Sammanhållningsfonden och gemenskapsinitiativen, så att tillämpandet av dessa "
            "på bästa sätt, på det mest lönsamma sättet speglar sig i ett successivt utplånande av olikheterna mellan "
            "regionerna och i skapandet av sysselsättning, utan tvekan de två viktigaste målsättningarna för de "
            "fonder vi talar om.")
    [f] = long_findings(text)
    assert "punktlista" not in f.suggestions[0]


def test_a_long_string_of_noun_phrases_is_named_with_advice_to_use_verbs(analyzer):
    """Blind dev labellers marked sentences of chained noun phrases ("om … av … om …") as hard and asked for verbs;
    the parse shows no clause to split at, so the stretch without a verb is the reason (eukalyptus_other: judged
    correct, "rewriting with verbs helps")."""
    text = ("Digisam har i uppdrag att innan slutet av 2015 presentera förslag till nationella riktlinjer för en "
            "samordnad digital informationshantering och ett samordnat och kostnadseffektivt digitalt "
            "långtidsbevarande av samlingar och arkiv.")
    [f] = long_findings(text)
    assert f.severity == "warning" and "ord i rad utan verb" in f.message
    assert "skriv om den med verb" in f.suggestions[0]


def test_the_title_of_an_act_with_its_numbers_is_no_string_of_noun_phrases(analyzer):
    """A directive's or regulation's title with its numbers is a name the writer quotes: blind dev judges called
    the advice to rewrite it with verbs debatable ("length comes from the official directive title") and wrong
    (an agenda item naming a report); without another reason the sentence is left alone."""
    for text in ("Genom beslutet genomförs kommissionens förordning 2019 / 14 / EU om ändring i förordning 2004 / 55 / "
                 "EG av den 3 mars 2004 om tillämpning av bestämmelserna om tillsyn över handeln med avfall inom "
                 "unionen.",
                 "Genom ändringarna genomförs Europaparlamentets och rådets direktiv 2013 / 37 / EU om ändring i "
                 "direktiv 2003 / 98 / EG av den 17 november 2003 om vidareutnyttjande av information från den "
                 "offentliga sektorn i svensk rätt."):
        assert long_findings(text) == []


def test_a_long_aside_between_commas_inside_a_clause_is_lifted_out(analyzer):
    """An aside between the auxiliary and its participle keeps the reader waiting for the verb (dev label:
    "long inserted clause between auxiliary and verb")."""
    text = ("Kommunen har, med stöd av de synpunkter som kom in från föreningar och boende under samrådet i våras, "
            "tagit fram en ny plan för hur parkerna i centrum ska skötas.")
    [f] = long_findings(text)
    assert "inskott" in f.message
    assert f.suggestions[0].startswith("Lyft ut inskottet ”med stöd av de synpunkter")


def test_a_relative_clause_the_parse_made_the_root_is_part_of_the_opening(analyzer):
    """*Hos X, som …, har man …*: the verb of the relative clause is not the main verb, so the opening up to
    *har* is weighed (12 words with a relative clause are heavy)."""
    text = ("I de små kommunerna, som för övrigt bara omfattar en tiondel av befolkningen, har man genom enkäter till "
            "alla hushåll kunnat mäta hur nöjda invånarna är med skolan.")
    [f] = long_findings(text)
    assert "före huvudverbet ”har”" in f.message


def test_parallel_members_become_a_list_not_a_split_before_the_last(analyzer):
    """Blind dev judges: "splitting off only the last of three parallel 'till att' items gives a fragment"."""
    text = ("Syftet med den nya satsningen i regionen är att bidra till att fler unga får ett första jobb inom "
            "vården, till att kommunerna kan behålla sin personal längre och till att färre elever lämnar "
            "gymnasiet utan examen.")
    [f] = long_findings(text)
    assert f.suggestions[0].startswith("Gör en punktlista av de 3 leden: ”till att fler")
    assert "och till att färre" not in f.suggestions[0]


def test_a_main_clause_after_a_long_opening_is_no_speech_tail(analyzer):
    """*…, höjs intervallet med …* after an opening without a finite verb is the main clause, not "…, säger X"
    (one attribution test, doc/passages.attribution: a statement before the comma)."""
    opening = ("I syfte att återställa styrningen av den statliga lånekostnaden för alla lån med lång löptid till "
               "samma nivå som i förra årets beslut om riktlinjer, ")
    [f] = long_findings(opening + "höjs intervallet med ett halvt år.")
    assert "före huvudverbet ”höjs”" in f.message


def test_a_short_sentence_with_a_verbless_aside_between_dashes_is_left_alone(analyzer):
    """Blind dev judges: a 26-word sentence with a dash list (*– ökade drivkrafter …, bättre matchning och …
    –*) reads fine; an aside with its own verb still counts (test_a_long_parenthesis_is_named_and_lifted_out)."""
    text = ("Vi tror att med de här nya reglerna – kortare väntetider för alla sökande, bättre stöd och tydligare "
            "besked – så kommer fler att vilja söka hos oss.")
    assert 25 < len(text.split()) <= 30
    assert long_findings(text) == []


def test_an_opening_that_is_the_subject_is_not_made_a_sentence_of_its_own(analyzer):
    """*Att som minister se … gör mig stolt*: the opening is the subject; "make the opening a sentence of its
    own" cannot be done (blind dev judge: wrong), and under 35 words there is no other advice."""
    text = ("Och att som ordförande få se och känna det starka stödet som finns bland alla våra medlemmar i hela landet "
            "gör mig både glad och tacksam.")
    assert 25 < len(text.split()) < 35
    assert long_findings(text) == []


def test_a_verb_in_brackets_is_never_the_main_verb(analyzer):
    text = ("De skäl som brukar anges för detta är dels den svagare sociala kontrollen (jfr s. 102) i de större "
            "städerna, dels ändrade attityder till familjen och dels bättre metoder för att planera livet.")
    assert all("”jfr”" not in f.message for f in long_findings(text))


def test_reported_speech_with_the_speakers_title_after_the_name_is_a_quotation(analyzer):
    """*…, säger Anna Berg, ordförande för …*: the title after the name does not hide the attribution."""
    text = ("Vi kan se en tendens som visar att arbetsmiljön är sämre på de arbetsplatser där många olika "
            "företag är inblandade utan att de som beställer arbetet egentligen har någon översyn eller tar ett "
            "helhetsansvar, säger Anna Berg, ordförande för facket i Umeå.")
    assert 25 < len(text.split()) <= 50
    assert long_findings(text) == []


def test_the_nominal_advice_follows_the_message_when_another_reason_stands(analyzer):
    """Six clauses and a verbless stretch: the message names the clauses, so the advice is not the nominal one
    (the code before stop 25 sliced the last reason off and, with one other reason, gave the nominal advice)."""
    from dataclasses import replace

    from klarsprak.rules.long_sentence import structure

    span = analyzer.nlp(HARD)[:]
    words = sum(not t.is_punct for t in span)
    s = replace(structure(span), verb=span[0], root=None, mains=(), clauses=list(span[:6]), depth=6,
                nominal=(0, 5, 6), insert=None, items=[], joined=None, gap=None, front=0)
    assert s.reasons(words, 35) == ["6 bisatser i 6 led"]
    assert "utan verb" not in s.advice(span, words, 35)


# Stop 27: blind judges of the blog posts (dev set blind11) called these findings wrong or debatable; each test
# holds one general cause, with the real sentence the judges read.
CHAIN = ("Min bror skickade mig en länk och jag vet inte om du förstår hur enormt stort det är, men det verkar "
         "tydligen som att Kate Bush kommer att släppa någonting nytt i år.")
SHORT_STATEMENTS = ("Vi hade sett fram emot” Gladiatorerna” på tv men ju närmare kl 20 ju mer började det snöa och vid "
                    "start hade vi noll mottagning, så det blev inga gladiatorer utan det blev tecknad dvd istället, "
                    "Peter Pan.")
PLAIN = ("Ikväll är jag extra tacksam över att jag har en säng att sova i och tak över huvudet och väggar och fönster "
         "som skyddar mig och min familj mot den hårda och hemska stormen som dragit in över södra Sverige.")
ACTIONS = ("Så jag började ta p-piller, bytte örngott två gånger i veckan, tvättade alla mina sminkpenslar nästan "
           "varje dag, använde bara mineralsmink, spritade händerna konstant, rörde mig aldrig i ansiktet och satte "
           "upp håret varje gång jag skulle sova.")
PARALLEL = ("Jag kanske ropade hej lite för tidigt igår … som sagt … febern försvann och istället hittade tydligen de "
            "små virusjävlarna in i mina ögon och gjorde dem ljuskänsliga och in i min näsa där de satte igång en "
            "störtflod.")
PARSE_LOST = ("Skivan som sådan spelades in med Randy på gitarr, och tanken var att släppa en dokumentation av den "
              "pågående turnén där Ozzy slutligen tog steget till att stå på egna ben som soloartist, men efter den "
              "trista olyckan med flygplanet (turnébussens chafför var påtänd men envisades med att ta upp delar av "
              "sällskapet i ett litet sportplan, varpå han störtade när Randy var med i kärran) så beslutades att "
              "göra det hela till en hyllning.")
RUN_ON = ("då frågad H om hon och B fick gå och köpa glass, och jag kände att jag inte klarade att ligga ner, så in "
          "till grannen och hon stirra på mig och frågade mig varför jag inte låg i sängen och då brast det för mig, "
          "tårarna sprutade och jag visste inte vilket ben jag skulle stå på :-( och hon ville att vi skulle åka in "
          "till akuten och när jag vägrade och gick ut ur huset mötte vi B kompis och förälder, och hon tyckte typ "
          "likadant som grannen")


@pytest.mark.parametrize("text", [CHAIN, SHORT_STATEMENTS, PLAIN])
def test_a_long_but_easy_sentence_is_left_alone(analyzer, text):
    """A chain of short statements joined by och/men/så, or one statement in plain words whose clauses each close
    the sentence, reads easily up to max_words + 15 words (judges: "reads easily", "clear and deliberate")."""
    assert long_findings(text) == []


def test_a_long_chain_in_a_letter_to_a_citizen_is_reported(analyzer):
    """The exemption was judged on blog posts only: a letter to du gets its chain of statements split (review 28,
    item 10)."""
    text = ("Vi har fått din ansökan om bygglov och vi har börjat handlägga den, men vi behöver fler ritningar, så du "
            "måste skicka in dem senast den 1 maj och om du inte gör det kan vi avslå ansökan.")
    (found,) = [f for f in analyzer.analyze(text).findings if f.rule == "long_sentence"]
    assert "flera påståenden" in found.message


@pytest.mark.parametrize("text,reason", [
    ("För den som vill läsa en ungdomsbok om de riktiga häxorna som sades fara till Blåkulla, d.v.s. de helt "
     "vanliga kvinnor som på 1600-talet brändes levande för att de var udda, kan jag rekommendera Häxans son.",
     "ord före huvudverbet ”kan”"),
    ("Jag förstår att även han är trött och less efter denna tråkiga och mörka hösten, dessutom går han (för) "
     "lååånga dagar på dagis (ca 8,5 timmar / dag), vilket såklart är hjärtskärande, men tyvärr den bittra "
     "verkligheten.", "flera påståenden"),
    ("Även andra typer av verk eller prestationer kan omfattas av inskränkningen, men det gäller bara om det är "
     "fråga om ett verk eller en prestation som finns inbäddad i någon av de verkskategorier som räknas upp.",
     "flera påståenden"),
])
def test_a_front_heavy_sentence_a_comma_splice_and_two_full_statements_are_still_warned(analyzer, text, reason):
    """What the judges signed stays: a heavy opening in plain words, a comma splice, two statements that are
    no chain of short ones."""
    [f] = long_findings(text)
    assert f.severity == "warning" and reason in f.message


def test_a_series_of_past_actions_is_no_list_to_bullet_and_no_miscounted_one(analyzer):
    """Seven things done one after another were "en uppräkning av 3 långa led" (the parse hung the last members
    on the ones before): a story told in order, not a list; and the last member is not split off alone."""
    assert long_findings(ACTIONS) == []
    from klarsprak.rules import _sentence_splits as splits
    from klarsprak.rules.long_sentence import structure

    span = analyzer.nlp(ACTIONS)[:]
    s = structure(span)
    assert s.items == []
    assert not any("satte upp" in c.cue for c in splits.candidates(span, s.root, s.mains))


def test_no_split_parts_a_parallel_series(analyzer):
    """*in i mina ögon och gjorde dem ljuskänsliga och in i min näsa*: a split before *och gjorde* parts the two
    *in i* members (judge: "breaks the parallel")."""
    from klarsprak.rules import _sentence_splits as splits
    from klarsprak.rules.long_sentence import structure

    span = analyzer.nlp(PARALLEL)[:]
    s = structure(span)
    assert not any("gjorde" in c.cue for c in splits.candidates(span, s.root, s.mains))


def test_no_main_verb_is_claimed_where_the_tagger_found_finite_verbs(analyzer):
    """The parse put its root inside the parenthesis; the sentence has *spelades*, *var*, *beslutades*: it was
    "Raden har 75 ord men inget huvudverb". Now what the parse does show is named: the clauses and the aside."""
    [f] = long_findings(PARSE_LOST)
    assert "huvudverb" not in f.message and "inskott på 26 ord" in f.message
    assert f.suggestions[0].startswith("Lyft ut inskottet ”turnébussens chafför")


def test_a_very_long_run_on_gets_several_split_points(analyzer):
    """One split of a 90-word run-on left an 80-word sentence (judge: debatable); each named place is a comma
    before a statement with its own subject."""
    [f] = long_findings(RUN_ON)
    advice = f.suggestions[0]
    assert advice.startswith("Dela meningen i tre meningar: ")
    assert "Tårarna sprutade" in advice and "Hon tyckte typ" in advice


def test_one_fix_that_leaves_a_sentence_of_over_twice_max_words_is_not_offered(analyzer):
    """An 80-word run-on split once keeps a 60-word part (blog dev post): no single split, the general advice."""
    text = ("får sitta på tåget hem och plågas, hemma sen så hjälper inte pillerna så bra får bara ondare och ondare, "
            "tillslut vet jag inte hur jag ska göra, kan inte ligga, sitta eller nått annat, så tar min ny duschade "
            "dotter och dressar henne för en tur i vagnen och tvingar maken att klä sig och ut på en promis för jag "
            "avlider :-( och på det har jag nu tagit mina cortison tabl så min natt lär bli ett helvete")
    [f] = long_findings(text)
    assert not f.suggestions[0].startswith("Dela meningen i två:")


def test_the_main_clause_is_not_moved_first_past_a_second_statement(analyzer):
    """*Om …, så är det här årets första riktiga dag … och varför bryta …*: the condition is not put after the
    second statement (blog dev post)."""
    [f] = long_findings("Om man nu räknar bort gårdagen på grund av lättjan och återhämtningen från nyårsaftonens "
                        "festligheter, så är det här årets första riktiga dag … och varför bryta gamla traditioner "
                        "bara för att det är nytt år.")
    assert "nytt år om man nu räknar" not in f.suggestions[0]


def test_dashes_pair_up_from_the_first_only_when_they_are_odd(analyzer):
    """Eukalyptus dev Eupa_00-01-17#23 (blind-judged debatable: "the named 'inskott' is the main clause, not the
    real dash insertions"): five spaced dashes (the last before the number word *ett*, no range) pair up for sure
    only from the first; the main clause between the second and the fourth is no insertion."""
    [f] = long_findings(
        "Ni oroade er för vad som skulle kunna framstå som avsaknad av hänvisning till detta partnerskap - det nämns "
        "ändå tydligt på sidan 5 i dessa riktlinjer, men jag vill gärna erinra om det - eftersom ni ber om det - att "
        "för mig är detta partnerskap - och jag har varit ansvarig tillräckligt länge för en region i mitt land för "
        "att kunna säga det ärligt - ett verktyg, det är hävstångseffekten av lokal intelligens, vare sig den finns "
        "inom den offentliga sektorn, de folkvalda, den sociala sektorn och undervisningssektorn, föreningarna eller "
        "den privata sektorn.")
    assert "att för mig är detta partnerskap”" not in f.suggestions[0]
    [f] = long_findings("Polyandri - som finns bara i undantagsfall - har troligen att göra med svåra "
                        "försörjningsvillkor - de nyfödda flickebarnen sätts i stor utsträckning ut i 'vildmarken' och "
                        "det uppstår därför kvinnobrist.")  # Talbanken P302, judged correct
    assert f.suggestions[0] == "Lyft ut inskottet ”som finns bara i undantagsfall” till en egen mening."


def test_no_distant_subject_where_the_verb_has_its_own_after_it(analyzer):
    """Realtext (blind-judged debatable: "andel is not the subject of går and the suggestion garbled"): the parse
    hung *andel* on *går*, whose subject *det* follows it; the gap is no reason and no reordering is offered."""
    [f] = long_findings("Även om vi i försvarssammanhang pratar väldigt mycket och främst om just hur stor andel av "
                        "BNP som vi ska lägga på försvaret, och det är en viktig diskussion, så går det inte att komma "
                        "ifrån att det också beror på hur stort ett lands ekonomi är.")
    assert "subjektet" not in f.message and "andel" not in f.suggestions[0]
