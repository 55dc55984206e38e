"""Passages the writer cannot reword: long quotations, block quotes, paragraphs in English."""

from __future__ import annotations

import time

import pytest

from klarsprak.doc.passages import Passages, attribution, block_quote, english, paragraphs
from klarsprak.sender.voices import speech_lines
from klarsprak.doc.quotes import Quotes
from klarsprak.doc.tokens import TokenTable

ENGLISH = ("The report gives a clear picture of the situation and states that the measures taken so far have "
           "been effective, but that more work is needed before the end of the year.")
SWEDISH = ("Rapporten ger en tydlig bild av läget och konstaterar att de åtgärder som har vidtagits hittills har "
           "varit effektiva, men att mer arbete behövs före årets slut.")


def test_paragraphs_are_runs_of_lines_between_blank_lines():
    text = "Rubrik\n\n  Två\nrader.\n \n\nSlut"
    assert [text[s:e] for s, e in paragraphs(text)] == ["Rubrik", "Två\nrader.", "Slut"]


@pytest.mark.parametrize("text,expected", [
    (ENGLISH, True),
    (SWEDISH, False),
    ("Prime Minister Ulf Kristersson said that Sweden will keep its support for Ukraine.", True),
    ("Regeringen har i dag beslutat om en ny strategi för Sverige och EU.", False),
    ("Kontakta Contact Center på telefon 042-10 50 00 eller via e-post.", False),  # an English name in Swedish
    ("The end.", False),  # too few words to tell
    ("Läs rapporten ”The State of the World” innan mötet om klimatet och miljön.", False),
])
def test_english(text, expected):
    assert english(text) is expected


@pytest.mark.parametrize("text,expected", [
    # speech opened by a dash is a span of speech_spans, not the whole paragraph (see the test below)
    ("– Vi vidtar nu flera insatser för att förbättra ordningen, säger ministern.", False),
    ("— Vi vidtar nu flera insatser för att förbättra ordningen, säger ministern.", False),
    ("”Den som erhåller bidrag ska anmäla ändrade förhållanden.”", True),
    ("> ”Den som erhåller bidrag ska anmäla ändrade förhållanden till myndigheten", True),
    ("”Attefallshus” är ett samlingsnamn för flera åtgärder som inte kräver bygglov.", False),
    ("> Det börjar med en tanke. Ett samtal över en kaffekopp.", False),
    ("– kopia av beslutet och ritningar över huset", False),  # a list item
    ("– Kopia", False),
    ("- Vi vidtar nu flera insatser för att förbättra ordningen.", False),  # a hyphen opens a list item
    ("", False),
])
def test_block_quote(text, expected):
    assert block_quote(text) is expected


def test_borrowed_names_why():
    quoted = "Domstolen skrev: ”Den som erhåller bidrag ska anmäla ändrade förhållanden.” Du också."
    text = f"{SWEDISH}\n\n{ENGLISH}\n\n{quoted}\n\nDet står ”erhålla” i beslutet.\n"
    passages = Passages(text, Quotes(text))
    where = {word: text.index(word) for word in ("bild", "states", "erhåller", "erhålla", "också")}
    why = {word: passages.borrowed(at, at + len(word)) for word, at in where.items()}
    assert why == {"bild": None, "states": "engelska", "erhåller": "citat", "erhålla": None, "också": None}
    assert passages.borrowed(0, len(text)) is None  # a span over several paragraphs is nobody's quotation


@pytest.mark.parametrize("text, expected", [
    ("Vi vill träffa fler arbetsgivare ute i landet, säger socialförsäkringsminister Anna Berg.", True),
    ("Det blir bättre nu, sa hon.", True),
    ("Vi börjar i dag, säger ministern.", True),
    ("Vi börjar i dag, säger infrastruktur- och bostadsminister Anna Berg.", True),
    ("Vi börjar i dag, säger gymnasie-, högskole-, och forskningsminister Anna Berg.", True),
    ("I syfte att sänka kostnaderna för alla lån, höjs intervallet med ett halvt år.", False),
    ("Om du flyttar till en annan kommun, är det viktigt att du anmäler det.", False),
])
def test_attribution_is_a_finite_verb_and_its_speaker_after_a_statement(analyzer, text, expected):
    """The one test of "…, säger X" (quoted speech here, a long sentence's speech tail in long_sentence)."""
    doc = analyzer.nlp(text)
    comma = next(t.i for t in doc if t.text == ",")
    assert attribution(TokenTable(doc), comma) is expected


def test_speech_opening_a_paragraph_is_the_speakers_and_what_follows_the_writers(analyzer):
    """A paragraph that opens with a speech dash: the speech up to its attribution is someone's words, the
    writer's sentences after it are not (a news article written as one paragraph was skipped whole)."""
    text = ("– Vi vidtar nu flera insatser för att förbättra ordningen i hela landet, säger ministern. "
            "Beslutet gäller från i dag och omfattar alla kommuner.\n"
            "– Det är bra att regeringen äntligen gör något åt saken, sa hon.")
    passages = Passages(text, Quotes(text), TokenTable(analyzer.nlp(text)))
    for word, why in (("insatser", "citat"), ("omfattar", None), ("äntligen", "citat")):
        at = text.index(word)
        assert passages.borrowed(at, at + len(word)) == why


def test_a_quotation_in_single_quotes_is_borrowed():
    """A quoted line in single quotes is someone's words (a quoted poem's 'icke' is not the writer's to change);
    an apostrophe (Lars' bil) opens no quotation, and a quoted word or two is the writer's own term."""
    text = "Hon läste ’Jag vill icke gå dit där ingen bor’ högt. Lars' bil och Hans' hus står där. Ordet 'hen' är nytt."
    passages = Passages(text, Quotes(text))
    assert passages.borrowed(text.index("icke"), text.index("icke") + 4) == "citat"
    for word in ("bil", "hen", "står"):
        assert passages.borrowed(text.index(word), text.index(word) + len(word)) is None


def test_single_quotes_inside_a_quotation_leave_the_rest_of_it_quoted():
    """A quotation in single quotes inside a double-quoted one: the words after it are still the outer quotation's
    (the quote detector's spans never overlap, which the binary search of borrowed needs)."""
    text = 'Han sa "Det var ’en mycket lång dag i vårt land’ sa han till alla" och gick hem.'
    passages = Passages(text, Quotes(text))
    for word, why in (("lång", "citat"), ("sa han", "citat"), ("gick", None)):
        assert passages.borrowed(text.index(word, 3), text.index(word, 3) + len(word)) == why


def test_a_dash_opening_a_paragraph_without_an_attribution_opens_no_speech(analyzer):
    """A line-opening dash is speech only with an attribution ("…, säger X"): without one it marks a list item
    (layout.BULLET), the writer's own words."""
    text = "– Vi vidtar nu flera insatser för hela landet. Samtidigt ska organisationen ses över noga.\n\nSlut."
    passages = Passages(text, Quotes(text), TokenTable(analyzer.nlp(text)))
    assert passages.borrowed(text.index("ses"), text.index("ses") + 3) is None
    assert passages.borrowed(text.index("Slut"), text.index("Slut") + 4) is None


def test_a_dash_list_item_is_the_writers(analyzer):
    """Items of a dash list are the writer's words, however long, up to the next item and after it; speech
    opened by a dash with an attribution after the list is still someone's."""
    text = ("Du behöver skicka in följande handlingar:\n"
            "– Ett intyg från arbetsgivaren om din anställning och lön.\n"
            "– En kopia av ditt senaste beslut om bostadsbidrag från Försäkringskassan.\n\n"
            "– Vi handlägger alla ansökningar inom fyra veckor från i dag, säger handläggaren.")
    passages = Passages(text, Quotes(text), TokenTable(analyzer.nlp(text)))
    for word, why in (("intyg", None), ("anställning", None), ("kopia", None), ("bostadsbidrag", None),
                      ("handlägger", "citat")):
        at = text.index(word)
        assert passages.borrowed(at, at + len(word)) == why


#: A blog post's dash list (review 28 B, item 1): its commas are followed by *men det*, *och hon*, not a speech verb.
BLOG_LIST = """Sommarens planer

Här är listan för sommaren som kommer, med allt som ska hinnas med innan skolan börjar igen i augusti:
– Jag ska lära mig segla, men det blir nog svårt eftersom sjön ligger långt bort från stugan.
– Läsa fem böcker om resor, och det blir mest deckare från biblioteket i stan.
– Hälsa på mormor i Dalarna, och hon ska lära mig att baka bröd i den gamla vedugnen.
– Jag ska cykla runt sjön, men det är långt och backigt hela vägen runt."""


@pytest.mark.parametrize("text", [
    BLOG_LIST,
    "Så här går det till:\n– Vi granskar ansökan inom två veckor.\n– Vi kontaktar dig om något saknas.\n"
    "– Vi bokar ett möte med dig, och Lena från enheten hör av sig.",
    "Mina planer för hösten:\n– Jag ska köpa en ny cykel till jobbet, tror jag.\n– Jag ska börja springa igen.",
], ids=["blog", "letter", "own words"])
def test_a_dash_list_with_commas_is_no_speech(text):
    """A line-opening dash is speech only with a speech verb after a comma, and an item ends where the next one
    opens: *, men det* or *, och Lena* in a list is the writer's clause, not an attribution, and *…, tror jag* is
    the writer's own."""
    assert speech_lines(text) == []


def test_a_blog_posts_dash_list_keeps_it_personal(analyzer):
    """The writer's *jag* in her own dash list is hers: the post stays personal (it was read as quoted speech)."""
    assert analyzer.analyze(BLOG_LIST).sender.genre == "personal"


def test_attributed_dash_lines_are_each_their_own_speech():
    text = ("– Jag har sett hur barnen har det. Jag vet att varje krona hjälper, säger biståndsminister Anna "
            "Andersson.\n– Ja, sa hon.\n– Nej, sa de.")
    assert [text[s:e] for s, e in speech_lines(text)] == [
        "– Jag har sett hur barnen har det. Jag vet att varje krona hjälper, säger biståndsminister Anna",
        "– Ja, sa hon", "– Nej, sa de"]


def test_speech_lines_take_linear_time_on_dash_lines_without_blank_lines():
    """Each dash line is searched up to the next one, not to the paragraph's end (it took ~7 s here)."""
    text = "\n".join(f"– Rad {i} i en lång dialog utan blanka rader där ingen säger något" for i in range(4000))
    started = time.perf_counter()
    assert speech_lines(text) == []
    assert time.perf_counter() - started < 1.0
