"""The personal genre (klarsprak.sender.genre.is_personal) on real texts: a private person's blog post is no
letter, so advice meant for an official writer holds back there, while letters, debates and agency text keep it.

The blog posts are Eukalyptus development posts (``benchmarks/blind_blogs.py``: the seventh blind set, judged in
stop 26 and development material since); the letter is a Sundsvall message template of the realtext dev set; the
parliament speech is a LinES Europarl excerpt."""

from __future__ import annotations

import pytest

import klarsprak
from klarsprak.doc import Lines
from klarsprak.errors import LexiconError
from klarsprak.lexicon.catalogue import CATALOGUE
from klarsprak.sender.genre import OFFICIAL, TO_READER, genre, skipping

#: Blog_265827-14749673: judged wrong as missing_sender ("Personal blog post, not a letter from an organisation").
GREETING_POST = (
    "Hej allihopa! Idag slutade jag innan lunch, vilket var jätteskönt. Tog med mig fysikböckerna, men ska unna mig "
    "ett avsnitt Once upon a time och kanske Pretty Little Liars innan jag tar uti med det ... Jag känner mig så "
    "LYCKLIG! Underbart väder - inte för varmt, inte för kallt. Saker är planerade och klara. Jag försöker alltid le "
    "åt människor, även de jag inte känner. Det gör så mycket, sprida lite lycka, liksom. Att mötas av ett leende "
    "förändrar en hel dag! Mandis - Jaaaaa, tänk att du kommer ihåg !!!! På tal om Mandis så pratade jag med henne "
    "för ett litet tag sen, och jag märker att vi alltid använder samma ord och uttryck. När vi avslutade samtalet "
    "sa vi båda, samtidigt, \" puss på re \". Åååååh lovie.\n")
#: Blog_12325-2413172: "Idag ska det lämnas in" judged wrong as passive advice to write "du".
DEADLINE_POST = (
    "Onsdag idag. Och det är verkligen både bra och dåligt just nu. Efter att ha krigat med trafiksituationen i "
    "Stockholm som de senaste veckorna har varit rent av löjeväckande usel så har jag tagit mig till mitt s.k. jobb. "
    "Dagcentret där jag just nu tillbringar all min tid inlåst i en bur där vi försöker besvara en enormt stor "
    "upphandling. Och idag är sista dagen. Idag ska det lämnas in. Det är både bra (för då tar det ju liksom "
    "obönhörligen slut) och dåligt (för hur fasen ska jag hinna med allt som är kvar?). Det som dessutom är extra "
    "spännande är att min dator har bestämt sig för att narras så här på morgonen. Startar om sig lite sådär efter "
    "egen vilja. Det är INTE bra. i de korta stunderna av fungerande dator så hinner jag ändå med en del. Som att "
    "kolla lite i mejlen till exempel. Och där fick jag ett just ett besked om att Record heaven skickat iväg en "
    "beställning jag väntat på ett tag, med bland annat Kylesa och mera Agalloch. Det ÄR bra. Onsdag. Ömsom vin, "
    "ömsom urin. Det blir nog inte roligare än så här på den här bloggen idag. Kila iväg till en bra site istället "
    "och kolla läget. Den här till exempel, så du kan hålla lite kolla på slutspurten av Elitserien. Eller den här, "
    "så du kan hitta något spännande inför helgen. Vi ses imorgon. Om jag överlever. Jo, förresten - en helt annan "
    "sak. Nu har jag plåt till Sonisphere. Mastodon - ni skulle bara våga ställa in nu ...\n")
#: Blog_9154-4949551: "skall" judged wrong ("myndighet advice is irrelevant to a personal blog").
JUDO_POST = (
    "Två dagar in i maj, En hektisk dag som slutat framför teven och Tre kronors match mot Österike, Dessutom \" "
    "after ice \" en perfekt underhållning för en slutkörd hjärna. Och jag känner mig dessutom totalt slutkörd i "
    "kroppen efter ännu ett tempofyllt härligt judopass. Samtidigt denna välust över att kunna köra ordentligt igen. "
    "Dessa meningslösa månader som jag tränade fastän att jag inte kunde göra mig själv rättvisa, höll på att "
    "totalt ta död på min kärlek till idrotten. Nu smärtfri och dessutom ganska rörlig. Det är roligt igen och ger "
    "mig tillfredställelse. Nu skall jag lyssna på lite musik innan jag går och lägger mig, dricka något gott och "
    "fira för en värld utan en Bil Laden ..... och för att det är roligt att träna igen.\n")
#: Blog_265827-15106305 (a development post): judged by the builder as a wrong missing_sender before.
READERS_GREETED = (
    "Hej alla ni som läser den här bloggen! Jag har faktiskt varit vaken sen åtta, dock tog det en halvtimme att "
    "komma upp ur sängen ... Spelade match - det gick bra (vi vann alltså, om det nu inte framgick). Sverige är "
    "inlindad i snö - åter igen. Tänkte träffa Fanny för en fika!\n")
#: Blog_265827-14455131 (a development post): a short post that writes jag twice.
SHORT_POST = ("Då är jag äntligen hemma från jobbet! Gick riktigt bra för att vara min första gång - blev bäst på "
              "kontoret. Nu ska jag iväg till min kompis Josefina och mysa.\n")
#: realtext sundsvall_message_templates/parking_permit__denials__2260__plainBody.txt (incomplete_sender).
LETTER = "Hej\n\nDu har fått ett beslut från Ånge kommun.\n\nMed vänlig hälsning\nÅnge kommun"
#: LinES europarl-dev#3: a speaker writes "jag" in 3.7 % of the words, in the long words of a parliament (23.5 %).
SPEECH = (
    "I ett annat ändringsförslag krävs att man tar med det blotta förnyandet av odlingsytor i "
    "omstruktureringsåtgärderna. Men vi vill inskränka oss till de generella bestämmelserna i rådets förordningar "
    "och lägga de övriga till genomförandebestämmelserna. Alla förstår därför att jag inte kan godta dem. låt mig "
    "börja med konventionen om tredjelandsmedborgare, som säkert också omfattar det mest komplexa "
    "lagstiftningsförfarandet. Redan ett erbjudande om en arbetsplats skulle räcka till för att motivera rätt till "
    "invandring. Alla är inte uppfyllda, men en avsevärd del. För det andra för att jag tror att det för "
    "Europaparlamentet också är på tiden att ge en signal. Dessa införandekriterier måste emellertid också omvänt "
    "innehålla bestämmelser om hur man skall kunna strykas ur denna förteckning. Det är inte acceptabelt. Jag "
    "förespråkar att man ordnar överläggningar och söker efter lösningar. Vi måste hjälpa dem att bygga upp "
    "säkerheten. Hela den politiska klassen måste anta utmaningarna. En sista kommentar: de politiska områden som "
    "står i centrum för vår debatt är en del av en helhet. Två ändringsförslag från min grupp vill jag också "
    "kommentera. Vi vill att den här saken regleras på ett ordentligt sätt och att situationen kan behärskas. Han "
    "har systematiskt kopplat immigrationen till arbetslöshet, osäkerhet och brottslighet som om det onda alltid "
    "kom någon annanstans ifrån. Jag börjar långsamt fråga mig hur man bär sig åt för att fly till Europa. Ända "
    "sedan jag kom till parlamentet har vi sysslat med denna fråga. Jag hoppas att de inte godkänns, de är nämligen "
    "ett gott exempel på vad detta parlament inte får göra. Jag hade därför hoppats kunna räkna med ett klart "
    "uttalat stöd från Europaparlamentet.\n")


#: A short press item whose only jag are a minister's, in speech opened by a dash (review 28, item 2).
DASH_QUOTE_ITEM = (
    "Mer pengar till skolan i Sudan\n\nSverige ger 100 miljoner kronor till skolor i Sudan. Pengarna går till nya "
    "klassrum och böcker. Under våren gjordes ett besök i ett av lägren.\n\n– Jag har sett hur barnen har det. Jag "
    "vet att varje krona hjälper, säger biståndsminister Anna Andersson.\n\nStödet betalas ut i juni, bl.a. via FN.")
KITCHEN_ITEM = (
    "Nytt kök på Solgårdens förskola\n\nFörra veckan blev det nya köket klart. Nu lagar vi maten på plats igen.\n\n"
    "– Jag är så glad. Jag har väntat länge på det här, säger kocken Lisa.\n\nBarnen får bl.a. soppa och bröd varje "
    "dag.")


def rules(report: klarsprak.Report) -> list[str]:
    return [f.rule for f in report.findings]


@pytest.mark.parametrize(("text", "expected"), [
    (GREETING_POST, "personal"),  # a salutation to its readers made it a letter before
    (DEADLINE_POST, "personal"),
    (JUDO_POST, "personal"),
    (READERS_GREETED, "personal"),  # jag only once, but it greets its many readers
    (SHORT_POST, "personal"),
    (LETTER, "letter"),
    ("Hej alla vårdnadshavare!\n\nVi har haft en fin vecka på förskolan. Jag vill påminna om att hämta kläderna.",
     "letter"),  # a greeting to many, but in a public body's words
    (SPEECH, "text"),  # a speaker's jag in a parliament's long words: no private person's register
    ("Herr talman! Jag vill tacka föredraganden. Jag anser att jag och mina kolleger har rätt.", "debate"),
])
def test_the_genre_of_real_texts(text: str, expected: str) -> None:
    assert genre(text, Lines(text), None) == expected


@pytest.mark.parametrize("text", [DASH_QUOTE_ITEM, KITCHEN_ITEM])
def test_a_quoted_speakers_jag_after_a_dash_makes_no_personal_text(analyzer: klarsprak.Analyzer, text: str) -> None:
    assert genre(text, Lines(text), None) != "personal"
    report = analyzer.analyze(text)
    assert report.sender.genre != "personal"
    assert "bl.a." in [f.text for f in report.findings if f.rule == "abbreviation"]


def test_a_dash_list_item_is_no_speech_and_a_blogger_stays_personal() -> None:
    post = ("Hej!\n\nJag har packat inför resan. Jag tar med mig det här:\n\n– Jag tar tandborsten\n– Boken jag läser"
            "\n\nJag längtar!")
    assert genre(post, Lines(post), None) == "personal"


def test_a_blog_post_gets_no_sender_finding_while_a_letter_still_does(analyzer: klarsprak.Analyzer) -> None:
    post, letter = analyzer.analyze(GREETING_POST), analyzer.analyze(LETTER)
    assert post.sender.genre == "personal" and not {"missing_sender", "incomplete_sender"} & set(rules(post))
    assert letter.sender.genre == "letter" and "incomplete_sender" in rules(letter)
    greeting = "Hej!\nVi har tagit emot ditt ärende.\n\nMed vänlig hälsning\nAnna"
    assert "missing_sender" in rules(analyzer.analyze(greeting))


def test_a_blogger_is_not_asked_to_write_du_or_name_herself_as_doer(analyzer: klarsprak.Analyzer) -> None:
    report = analyzer.analyze(DEADLINE_POST)
    assert report.sender.genre == "personal" and not report.sender.addresses_reader
    assert "passive_voice" not in rules(report)


def test_a_bloggers_own_doing_is_not_a_senders(analyzer: klarsprak.Analyzer) -> None:
    post = analyzer.analyze(READERS_GREETED + "Tårtan bakades av oss.\n")
    found = [f for f in post.findings if f.rule == "passive_voice"]
    assert post.sender.genre == "personal" and len(found) == 1
    assert "avsändare" not in found[0].message and "av ”oss”): det är ni själva som handlar" in found[0].message
    letter = analyzer.analyze("Hej!\n\nAnsökan har inte beviljats av oss.\n\nMed vänlig hälsning\nÅnge kommun")
    assert "det är ni som avsändare som handlar" in [f for f in letter.findings if f.rule == "passive_voice"][0].message


def test_agency_advice_skips_a_blog_but_not_a_letter(analyzer: klarsprak.Analyzer) -> None:
    assert "skall" not in [f.text for f in analyzer.analyze(JUDO_POST).findings]
    letter = "Hej!\n\nDin ansökan skall vara inlämnad senast den 1 maj.\n\nMed vänlig hälsning\nÅnge kommun"
    assert "skall" in [f.text for f in analyzer.analyze(letter).findings if f.rule == "complex_word"]


def test_advice_for_an_organisations_case_handling_skips_a_blog(analyzer: klarsprak.Analyzer) -> None:
    post = analyzer.analyze(READERS_GREETED + "Jag blev delgiven stämningen i morse. Hyresvärden ska lämna besked "
                                              "om lägenheten i morgon, så jag håller tummarna.\n")
    assert post.sender.genre == "personal" and "complex_word" not in rules(post)
    letter = "Hej!\n\nDu blir delgiven beslutet i morgon. Vi lämnar besked om avgiften senare.\n\nMed vänlig " \
             "hälsning\nÅnge kommun"
    assert {"delgiven", "lämnar besked"} <= {f.text for f in analyzer.analyze(letter).findings}


def test_a_blog_still_gets_long_sentences_and_inclusive_language(analyzer: klarsprak.Analyzer) -> None:
    text = JUDO_POST + ("Idag träffade jag en gammal vän och vi pratade om allt från jobbet och barnen till "
                        "semestern som vi hade planerat i flera månader men som till slut blev inställd eftersom "
                        "hennes man blev sjuk och hon inte ville åka ensam med barnen till Grekland.\n"
                        "På tåget satt två gubbar och bråkade om fotboll hela vägen hem.\n")
    found = rules(analyzer.analyze(text))
    assert "long_sentence" in found and "bias_term" in found


def test_a_genre_condition_names_known_genres_only() -> None:
    assert not OFFICIAL.applies("personal") and OFFICIAL.applies("letter")
    assert not TO_READER.applies("debate") and TO_READER.applies("web_page")
    with pytest.raises(ValueError, match="blog"):
        skipping(["blog"])
    entry = {"id": "x", "forms": ["skall"], "alternatives": ["ska"], "note": "n", "source": "s",
             "skip_genres": ["blog"]}
    with pytest.raises(LexiconError, match="skip_genres"):
        CATALOGUE["complex_words"].check(entry, "test.yaml: x")
