"""Tests for sender detection (klarsprak.sender) on real strings and the shipped lexicons."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

from klarsprak.doc import Document
from klarsprak.sender import FOUND_AT, detect_sender, iter_organisations, knowledge

SHARED = Path(__file__).resolve().parents[1].parent / "shared"


def test_lexicon_has_exactly_290_municipalities_and_21_regions() -> None:
    kinds = Counter(o.kind for o in iter_organisations())
    assert kinds["municipality"] == 290
    assert kinds["region"] == 21


@pytest.mark.parametrize(
    ("written", "official"),
    [
        ("Lerums kommun", "Lerums kommun"),
        ("Göteborgs Stad", "Göteborgs Stad"),
        ("Göteborgs stad", "Göteborgs Stad"),
        ("Region Stockholm", "Region Stockholm"),
        ("Ale kommun", "Ale kommun"),
        ("Falu kommun", "Falu kommun"),
        ("Lerums kommuns", "Lerums kommun"),
        ("Västra Götalandsregionen", "Västra Götalandsregionen"),
        ("Skatteverket", "Skatteverket"),
    ],
)
def test_official_name_forms_and_genitives_are_known(written: str, official: str) -> None:
    org = knowledge().lookup(written)
    assert org is not None and org.name == official


@pytest.mark.parametrize(
    ("text", "organisation", "kind"),
    [
        ("Hej\n\nDu har fått ett beslut från Ånge kommun.\n\nMed vänlig hälsning\nÅnge kommun",
         "Ånge kommun", "signature"),
        ("Du kan höra av dig till Helsingborg kontaktcenter om du vill.", "Helsingborgs stad", "unit"),
        ("Regeringen har i dag beslutat att ge Boverket i uppdrag.", "Regeringen", "organisation"),
        ("– Vi tar nästa steg, säger socialminister Jakob Forssmed.", "Regeringen", "person"),
        ("Skicka underlaget till bygglov@goteborg.se så återkommer vi.", "Göteborgs Stad", "email"),
        ("Vi på Region Skåne vill att du får vård i tid.", "Region Skåne", "organisation"),
        ("Kontakt\nUmeå kommun\nSkolgatan 31A, 901 84 Umeå\n090-16 10 00", "Umeå kommun", "organisation"),
    ],
)
def test_sender_is_found_with_the_strongest_evidence(text: str, organisation: str, kind: str) -> None:
    result = detect_sender(text)
    assert result.found and result.organisation == organisation
    assert result.confidence >= FOUND_AT
    best = max((e for e in result.evidence if e.organisation == organisation), key=lambda e: e.weight)
    assert best.kind == kind
    assert text[best.start:best.end] == best.text


@pytest.mark.parametrize(
    "text",
    [
        "Har du frågor? Kontakta oss på telefon 0302-52 10 00.",
        "Enligt Skatteverket måste du betala fastighetsavgift. Ring oss om du vill veta mer.",
        "Du kan söka bostadsbidrag hos Försäkringskassan. Vi hjälper dig med blanketten.",
        "Försäkringskassan beslutar om assistansersättning. Vi hjälper dig med ansökan.",
        "Hej!\n\nVi har registrerat ditt ärende.\n\nMed vänlig hälsning\nAnna",
        "Kommunen har beslutat att höja taxan för vatten och avlopp.",
        "I Lerum finns många fina promenadstråk.",
    ],
)
def test_no_sender_when_nobody_speaks_by_name(text: str) -> None:
    result = detect_sender(text)
    assert not result.found and result.organisation is None
    assert result.reason.startswith("Det går inte att se vem som är avsändare")


def test_another_agency_as_source_is_reported_as_mentioned() -> None:
    result = detect_sender("Enligt Skatteverket ska du betala. Vi på Lunds kommun hjälper dig.")
    assert result.organisation == "Lunds kommun"
    assert "Skatteverket" in result.mentioned


def test_metadata_evidence_spans_refer_to_the_field() -> None:
    doc = Document(text="Vi hjälper dig med skolskjuts.", publisher="Växjö kommun",
                   url="https://www.vaxjo.se/skolskjuts", blocks={"footer": "Växjö kommun, 351 12 Växjö"})
    result = detect_sender(doc.text, doc)
    assert result.found and result.organisation == "Växjö kommun"
    fields = {e.field for e in result.evidence}
    assert {"publisher", "url", "blocks.footer"} <= fields
    for e in result.evidence:
        source = doc.text if e.field == "text" else (
            doc.blocks[e.field.split(".", 1)[1]] if e.field.startswith("blocks.") else getattr(doc, e.field))
        assert source[e.start:e.end] == e.text
    assert result.contact  # the postal address in the footer counts


def test_expected_sender_visible_or_another_speaks() -> None:
    seen = detect_sender("Vi på Lerums kommun svarar på frågor.", expected="Lerums kommun")
    assert seen.expected_visible is True and seen.other_sender is None
    other = detect_sender("Vi på Skatteverket svarar på frågor.", expected="Lerums kommun")
    assert other.expected_visible is False and other.other_sender == "Skatteverket"


def test_to_dict_is_json_ready() -> None:
    import json

    result = detect_sender("Läs mer på www.lerum.se/avgifter.")
    data = json.loads(json.dumps(result.to_dict()))
    assert data["found"] is True and data["organisation"] == "Lerums kommun"
    assert data["evidence"][0]["span"] == {"field": "text", "start": 11, "end": 32}


@pytest.mark.parametrize("name", ["lerum-kommunikationspolicy.txt", "flen-kommunikationspolicy.txt"])
def test_policies_name_their_sender(name: str) -> None:
    path = SHARED / "seeds" / name
    if not path.is_file():
        pytest.skip("../shared/seeds is absent")
    result = detect_sender(path.read_text(encoding="utf-8"))
    assert result.found and result.organisation in {"Lerums kommun", "Flens kommun"}


@pytest.mark.parametrize(
    ("text", "organisation"),
    [
        ("Hos oss på Nordbygg AB får du utvecklas. Vi söker en projektledare.", "Nordbygg AB"),
        ("Vi på Svea Vatten har öppet i helgen.", "Svea Vatten"),
        ("IVO konstaterar att verksamheten har brister i sin dokumentation.", "Inspektionen för vård och omsorg"),
        ("Vi på Lerums kommun har fått din ansökan.", "Lerums kommun"),
    ],
)
def test_an_organisation_that_speaks_is_the_sender(text: str, organisation: str) -> None:
    result = detect_sender(text)
    assert result.found and result.organisation == organisation


def test_a_site_name_is_mapped_to_its_organisation() -> None:
    result = detect_sender("Bygglov krävs för altaner.", Document(text="", site_name="helsingborg.se"))
    assert result.organisation == "Helsingborgs stad"


@pytest.mark.parametrize(
    ("text", "genre"),
    [
        ("Vi på Ånge kommun söker en lärare. Sista ansökningsdag är den 1 maj. Välkommen med din ansökan!", "job_ad"),
        ("Pressmeddelande\n\nRegeringen har i dag beslutat om nya regler.", "press_release"),
        ("Hej!\n\nDu har fått ett beslut från Ånge kommun.", "letter"),
        ("Lerums kommun bygger en ny skola.", "text"),
    ],
)
def test_the_genre_decides_how_messages_speak(text: str, genre: str) -> None:
    assert detect_sender(text).genre == genre
