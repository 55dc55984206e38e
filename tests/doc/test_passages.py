"""Passages the writer cannot reword: long quotations, block quotes, paragraphs in English."""

from __future__ import annotations

import pytest

from klarsprak.doc.passages import Passages, attribution, block_quote, english, paragraphs
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
    ("– Vi vidtar nu flera insatser för att förbättra ordningen, säger ministern.", True),
    ("— Vi vidtar nu flera insatser för att förbättra ordningen, säger ministern.", True),
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
    ("I syfte att sänka kostnaderna för alla lån, höjs intervallet med ett halvt år.", False),
    ("Om du flyttar till en annan kommun, är det viktigt att du anmäler det.", False),
])
def test_attribution_is_a_finite_verb_and_its_speaker_after_a_statement(analyzer, text, expected):
    """The one test of "…, säger X" (quoted speech here, a long sentence's speech tail in long_sentence)."""
    doc = analyzer.nlp(text)
    comma = next(t.i for t in doc if t.text == ",")
    assert attribution(TokenTable(doc), comma) is expected
