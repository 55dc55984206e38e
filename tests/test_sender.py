"""Tests for sender detection (klarsprak.sender) on real strings and the shipped lexicons."""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

import pytest

from klarsprak.doc import Document
from klarsprak.doc.quotes import quoted_spans
from klarsprak.sender import FOUND_AT, detect_sender, iter_organisations, knowledge
from klarsprak.sender.genre import is_job_ad
from klarsprak.sender.voices import Voices, voices

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


def test_who_speaks_not_whom_the_text_names() -> None:
    """A quoted office holder alone, a recipient or a municipality merely named is no sender; the organisation's
    name together with one of its people quoted is, and a ministry's evidence counts for the Government."""
    quoted = "Skolorna får mer tid. – Lärarna behöver tid, säger utbildningsminister Anna Berg, i en kommentar i dag."
    assert not detect_sender(quoted).found
    assert not detect_sender("Utredaren har i dag lämnat sin promemoria till inrikesminister Anders Ygeman.").found
    assert not detect_sender("I Sundsvalls kommun finns många företag. Sundsvalls kommun växer.").found
    family = ("Arbetsgruppen träffades i Uppsala. Justitiedepartementet ordnade mötet. – Det var ett viktigt möte, "
              "säger statssekreterare Anna Berg efteråt till alla som var där.")
    result = detect_sender(family)
    assert result.found and result.organisation in ("Justitiedepartementet", "Regeringskansliet")
    assert detect_sender("**Sundsvalls kommun**\n\nTillväxtstrategin gäller 2025–2030.").found


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

    result = detect_sender("Läs mer på www.lerum.se/avgifter.\n\nLerums kommun\n0302-52 10 00")
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


# --- issue 14: who speaks, in which kind of text ----------------------------------------------


@pytest.mark.parametrize("text, organisation", [
    ("Hos oss på Byggbolaget Norr AB arbetar 40 personer. Vi söker en snickare.", "Byggbolaget Norr AB"),
    ("Byggbolaget Norr AB söker en snickare till vårt kontor i Umeå.", "Byggbolaget Norr AB"),
    ("Lunds universitet söker en doktorand i statistik.", "Lunds universitet"),
    ("Vill du arbeta hos Hyresgästföreningen? Vi söker en ombudsman.", "Hyresgästföreningen"),
    ("IVO konstaterar att vårdgivaren brustit i sitt ansvar.", "Inspektionen för vård och omsorg"),
    ("TLV konstaterar att priset är för högt.", "Tandvårds- och läkemedelsförmånsverket"),
    ("NMFS konstaterar att kontrollen behöver skärpas.", "NMFS"),
    ("Kammarrätten i Göteborg avslår överklagandet. Du överklagade Försäkringskassans beslut om sjukpenning.",
     "Kammarrätten i Göteborg"),
    ("Har du frågor kan du kontakta Helsingborgs stads kontaktcenter.", "Helsingborgs stad"),
    ("Hej!\n\nTack för din ansökan.\n\nMed vänliga hälsningar\nAnna Berg\nNorrbygg\nanna@norrbygg.se", "Norrbygg"),
])
def test_organisations_that_speak(text: str, organisation: str) -> None:
    result = detect_sender(text)
    assert result.found and result.organisation == organisation, result.reason


@pytest.mark.parametrize("text", [
    "Läs mer om körkort på www.transportstyrelsen.se.",  # a link is not its owner speaking
    "Anna Svensson är tidigare statssekreterare och skriver om skolan.",  # a title she no longer holds
    "Du kan överklaga Skatteverket inom tre veckor.",  # the party whose decision is appealed
    "Internationella organisationer som UNHCR och OSSE har kritiserat bruket av push-backs.",
])
def test_mentioned_organisations_do_not_speak(text: str) -> None:
    assert not detect_sender(text).found


def test_the_appealed_party_is_not_the_sender() -> None:
    result = detect_sender("Kammarrätten i Göteborg avslår överklagandet av Försäkringskassans beslut.")
    assert result.organisation == "Kammarrätten i Göteborg" and "Försäkringskassan" in result.mentioned


def test_site_names_map_to_the_organisation() -> None:
    for site in ("ange.se", "invanare.ange.se", "www.lerum.se"):
        result = detect_sender("Här hittar du information om parkering.", Document(text="", site_name=site))
        assert result.found and result.organisation.endswith("kommun"), site


@pytest.mark.parametrize("text", ["Vi på Sundsvall.se hjälper dig.", "Vi på Sundsvall hjälper dig.",
                                  "Kontakt: Sundsvall.se, 060-19 10 00"])
def test_a_site_or_place_name_is_reported_as_the_organisation(text: str) -> None:
    assert detect_sender(text).organisation == "Sundsvalls kommun"


def test_entities_are_candidates() -> None:
    text = "Välkommen till Acme Nordic! Acme Nordic söker fler kollegor."
    assert not detect_sender(text).found
    spans = [(m.start(), m.end()) for m in re.finditer("Acme Nordic", text)]
    result = detect_sender(text, entities=spans)
    assert result.found and result.organisation == "Acme Nordic"


@pytest.mark.parametrize("text, document, genre", [
    ("Hej!\n\nVi har tagit emot din ansökan.\n\nMed vänlig hälsning\nAnna", None, "letter"),
    ("## Bygglov\n\nNär ditt ärende är klart får du ett beslut. Kontakta oss.", None, "web_page"),
    ("När ditt ärende är klart får du ett beslut.", Document(text="", content_type="text/markdown"), "web_page"),
    ("Pressmeddelande\n12 maj 2025\n\nNy skola i centrum.", None, "press_release"),
    ("Ny skola i centrum.", Document(text="", path="docs/pressmeddelanden__2025__ny-skola.md"), "press_release"),
    ("Vi söker en lärare. Sista ansökningsdag 1 maj.", None, "job_ad"),
    ("Bygglov\n\nDu behöver bygglov för att bygga. Kontakta oss.\n\nAvgifter\n\nAvgiften beror på ärendet.", None,
     "web_page"),  # a plain text structured by headings, as a saved page is
    ("Beslut\n\nNämnden har beslutat att bevilja din ansökan om hemtjänst.",
     Document(text="", content_type="application/pdf"), "letter"),  # a decision, even as a PDF
    ("Din ansökan om bygglov för ett garage avslås.", None, "letter"),
    ("Har du frågor om din ansökan? Ring oss.", None, "text"),
])
def test_genre(text: str, document: Document | None, genre: str) -> None:
    assert detect_sender(text, document).genre == genre


def test_a_web_page_without_a_name_is_explained_not_blamed() -> None:
    result = detect_sender("Vi hjälper dig med bygglov.", Document(text="", content_type="text/html"))
    assert not result.found and "webbplatsen" in result.reason and "går inte" not in result.reason


# --- the genre decided once: only job ads are job ads -------------------------------------------

LAW_SUMMARY = (  # the kind of text regeringen.se publishes before a new year: laws that take effect
    "Stödet till enskilda näringsidkare vars omsättning har minskat i större omfattning förlängs. "
    "Garantipensionen höjs så att den motsvarar inkomsten hos de lägsta heltidslönerna. "
    "Totalförsvarets rekryteringsmyndighet byter namn. Tillträdesförbud till butik införs, och "
    "erkännande av yrkeskvalifikationer kan prövas i domstol.")
PRESS_TEXT = ("Regeringen har i dag beslutat om en satsning på rekrytering av lärare. Omfattning: "
              "200 nya tjänster på heltid. Vi erbjuder kommunerna stöd under tre år, säger skolministern.")
FOSTER_HOMES = "Kommunen söker fler familjehem. Vi erbjuder utbildning och handledning, på deltid eller heltid."
MUNICIPAL_AD = ("Vi söker en undersköterska till hemtjänsten. Anställningsform: tillsvidareanställning. "
                "Omfattning: heltid. Sista ansökningsdag: 15 maj.")
PRIVATE_AD = ("Hos oss på Norrbygg AB bygger vi hus i hela Västerbotten. Låter det intressant? Skicka din "
              "ansökan senast den 30 april. Vi tillämpar provanställning.")


@pytest.mark.parametrize("text", [LAW_SUMMARY, PRESS_TEXT, FOSTER_HOMES])
def test_phrases_of_employment_without_a_call_to_apply_are_no_job_ad(text: str) -> None:
    assert not is_job_ad(text)
    assert detect_sender(text).genre != "job_ad"


@pytest.mark.parametrize("text", [MUNICIPAL_AD, PRIVATE_AD])
def test_a_job_ad_asks_for_applications(text: str) -> None:
    assert is_job_ad(text) and detect_sender(text).genre == "job_ad"


def test_a_call_to_apply_alone_is_no_job_ad() -> None:
    assert not is_job_ad("Sista ansökningsdag för bidraget är den 1 mars.")


@pytest.mark.parametrize("text", [
    "I USA söker man få ner fraktkostnaderna genom att transportera kolet i rör.",
    "AMS söker behandla manliga och kvinnliga arbetssökande lika.",
])
def test_söker_as_tries_is_no_employer(text: str) -> None:
    assert detect_sender(text).organisation is None


def test_an_employer_looking_for_staff_speaks() -> None:
    result = detect_sender("Lunds universitet söker lärare i matematik till hösten.")
    assert result.found and result.organisation == "Lunds universitet", result.reason


@pytest.mark.parametrize("text, addressed, we, often", [
    ("Blanketten ska skickas in senast den 1 maj. Du kan ringa oss.", True, True, True),
    ("Regeringen har i dag beslutat att höja bidraget. Ändringen gäller från den 1 juli.", False, False, False),
    # one du-word in some 200 is no address to the reader, one vi-word no sender speaking as vi throughout
    ("Vi har öppet i sommar. " + "Biblioteket lånar ut böcker och tidningar till alla som bor här. " * 20
     + "Välkommen med dina frågor.", False, True, False),
])
def test_who_the_text_speaks_to_and_as(text: str, addressed: bool, we: bool, often: bool) -> None:
    result = detect_sender(text)
    assert (result.addresses_reader, result.speaks_as_we) == (addressed, we)
    assert voices(text) == Voices(addressed, we, result.about_readers_case, often)


@pytest.mark.parametrize("text", [
    "Uppgifterna om adressorter som ligger inom Göteborgs stad resp Stockholms stad står i två avsnitt.",
    "Adressaterna står i en för hela Göteborgs stad gemensam bokstavsordning.",
    "Inom Lerums kommun finns tre bibliotek.",
])
def test_a_municipality_named_as_a_place_is_no_sender(text: str) -> None:
    assert detect_sender(text).organisation is None


def test_who_works_inside_the_municipality_still_speaks() -> None:
    assert detect_sender("Vi som arbetar inom Lerums kommun hjälper dig.").organisation == "Lerums kommun"


@pytest.mark.parametrize("text, publication", [
    ("Företaget berättade för BBC att varje flygning skulle kontrolleras.", "BBC"),
    ("– Det finns knappast någon pressfrihet, säger Karen Brouneus, som är doktor i freds- och konfliktforskning "
     "vid Uppsala universitet och som skrivit en avhandling om försoningsprocessen, till Arbetaren.", "Arbetaren"),
])
def test_news_names_the_publication_it_was_told(text: str, publication: str) -> None:
    """A news report that names the publication a source told (however long the source's title) is that
    publication's, and so clear to its reader; a title with *för* (*chef för FN*) is no publication."""
    result = detect_sender(text)
    assert (result.genre, result.organisation, result.clear) == ("news", publication, True)


def test_a_title_with_för_names_no_publication() -> None:
    result = detect_sender("– Vi måste agera nu, sade Erik Solheim, chef för FN.")
    assert result.genre != "news" and not result.clear


def test_an_email_whose_organisation_is_found_is_listed_once() -> None:
    """The address at an unlisted domain that a signature line spells is evidence for that organisation, and
    the evidence (shown on the web page) lists it once, not also as an address of nobody."""
    result = detect_sender("Hej Karin!\n\nTack för ditt mejl.\n\nMed vänliga hälsningar\nAnna Berg\nNorrbygg\n"
                           "anna@norrbygg.se")
    emails = [ev for ev in result.evidence if ev.kind == "email"]
    assert [(ev.text, ev.organisation) for ev in emails] == [("anna@norrbygg.se", "Norrbygg")]


def test_a_quoted_speakers_ni_is_no_address_to_the_reader() -> None:
    # the verdict and complex_word's "written to citizens" read the same voices: outside quotations
    text = "Regeringen har i dag beslutat om nya regler för bidraget. ”Ni ska få det bättre”, sa ministern."
    assert voices(text).addressed and not detect_sender(text).addresses_reader
    assert not voices(text, quoted_spans(text)).addressed


def test_a_letter_without_a_way_to_reach_its_sender_is_not_clear(analyzer) -> None:
    """A decision letter signed by the municipality, with no phone, e-mail or address: the reader sees who
    writes but not how to ask or appeal (the finding says so, and so does the verdict)."""
    text = ("Hej\n\nDin ansökan om bostadsanpassning har behandlats och du har fått ett beslut från Kiruna kommun. "
            "Beslutet skickas till dig med post.\n\nMed vänlig hälsning\nKiruna kommun")
    report = analyzer.analyze(text)
    assert report.sender.found and report.sender.organisation == "Kiruna kommun"
    assert not report.sender.clear
    assert "incomplete_sender" in {f.rule for f in report.findings}
    reachable = analyzer.analyze(text + "\nTelefon 0980-700 00")
    assert reachable.sender.clear


PRESS_RELEASE = ("Pressmeddelande\n\nRegeringen har i dag beslutat att ge Trafikverket i uppdrag att se över "
                 "reglerna för enskilda vägar.\n\n– Det ska vara enkelt att bo på landet, säger "
                 "infrastrukturminister Anna Berglund.")


def test_a_press_release_on_a_web_page_does_not_need_its_press_contact_in_the_text(analyzer) -> None:
    """Standing alone, a press release must name its press contact; on a web page the page lists it beside the
    release, where the text read from the page does not hold it."""
    alone = analyzer.analyze(PRESS_RELEASE).sender
    page = analyzer.analyze(Document(text=PRESS_RELEASE, url="https://www.regeringen.se/pressmeddelanden/x/",
                                     content_type="text/html")).sender
    assert (alone.genre, alone.organisation, alone.clear) == ("press_release", "Regeringen", False)
    assert (page.genre, page.organisation, page.clear) == ("press_release", "Regeringen", True)


NEWSLETTER = ("Nyhetsbrev mars\n\nVälkommen till vårens första nyhetsbrev från Kulturnätet! Kulturnätet har under "
              "vintern samlat museer och arkiv kring frågan om digitala bilder. Kulturnätet bjuder nu in till en "
              "träff i april. Under våren tar Kulturnätet också fram en vägledning om upphovsrätt.\n\n"
              "Följ oss på Facebook för fler nyheter.")


def test_a_newsletter_is_clear_with_a_way_on_and_not_with_a_social_site(analyzer) -> None:
    """A newsletter's reader wants to know who "we" are and where to turn: its publisher's name and a web
    address or contact details. The site it is followed on (*Följ oss på Facebook*) is not who speaks."""
    bare = analyzer.analyze(NEWSLETTER).sender
    assert (bare.genre, bare.organisation, bare.clear) == ("newsletter", "Kulturnätet", False)
    linked = analyzer.analyze(NEWSLETTER + " Mer finns på kulturnatet.se.").sender
    assert (linked.organisation, linked.clear) == ("Kulturnätet", True)


def test_a_government_only_mentioned_however_often_is_no_sender(analyzer) -> None:
    """A news report on a strike abroad names *regeringen*, that country's, again and again: repetition
    strengthens a speaker but makes none of a name that is only mentioned."""
    text = ("Strejken vid järnvägen i Chile är över, men regeringen har förklarat den olaglig. Facket kräver att "
            "regeringen drar tillbaka beslutet. – Vi ger oss inte, säger Ana Soto, ordförande i facket. Nu väntar "
            "regeringen på domstolens besked, och regeringen har kallat till presskonferens i morgon.")
    result = analyzer.analyze(text).sender
    assert not result.found and not result.clear


@pytest.mark.parametrize("text", [
    "Fler lärare i förskolan\n\nIdag lämnar regeringen propositionen Fler lärare i förskolan till riksdagen. "
    "I propositionen föreslår regeringen att kommunerna får ett nytt stöd.",
    "Ändrade regler för fiske\n\nRegeringen fattade i dag beslut om nya regler för fisket i Östersjön. Regeringen "
    "vill skydda torsken.\n\nBakgrund\n\nBeståndet har minskat under flera år.",
    "Regeringen föreslår ny insats\n\nRegeringen lämnar idag en proposition till riksdagen om en ny insats. – Det "
    "är ett viktigt bidrag till freden, kommenterar försvarsminister Erik Lind.",
])
def test_what_the_government_does_today_is_announced_in_a_press_release(analyzer, text: str) -> None:
    """A text that opens by announcing what its organisation decides or hands over today, in its own voice, is
    a press release even without the word or a *säger*: standing alone it must name a press contact."""
    result = analyzer.analyze(text).sender
    assert (result.genre, result.organisation, result.clear) == ("press_release", "Regeringen", False)


def test_a_press_release_that_names_where_views_go_shows_a_way_in(analyzer) -> None:
    """Standing alone, a press release without a press contact is not clear; one that tells its readers which
    office takes their views shows them the way in (a blind labeler: *läsaren får veta att synpunkter skickas
    till Utbildningsdepartementet*). Proposals the Government hands to parliament are no such way."""
    text = ("Regeringen har i dag beslutat om en ny strategi för biblioteken. – Biblioteken behöver stöd, säger "
            "kulturminister Eva Lund. Regeringen lämnar förslag till riksdagen i höst.")
    assert analyzer.analyze(text).sender.genre == "press_release" and not analyzer.analyze(text).sender.clear
    views = text + " Alla som vill är välkomna att inkomma med synpunkter till Kulturdepartementet senast den 1 mars."
    assert analyzer.analyze(views).sender.clear


@pytest.mark.parametrize("text, words", [
    ("Hej\n\nDu har fått ett beslut från Kiruna kommun.\n\nMed vänlig hälsning\nKiruna kommun", "mottagaren når"),
    ("Nyhetsbrev nr 4\n\nVi på Riksarkivet berättar om årets arbete med de digitala arkiven.", "webbadress"),
])
def test_the_reason_says_why_a_found_sender_is_not_clear(analyzer, text: str, words: str) -> None:
    """The reason shown with a verdict that is not clear names what the reader lacks, in the genre's words."""
    result = analyzer.analyze(text).sender
    assert result.found and not result.clear and words in result.reason


@pytest.mark.parametrize("text, organisation", [
    ("# Uttalande från utrikesministrarna i Norden den 3 maj 2024\n\nUttalandet på engelska i sin helhet nedan.\n\n"
     "The Nordic foreign ministers met in Reykjavik today.", "utrikesministrarna i Norden"),
    ("# Uttalande av utrikesminister Karin Ek med anledning av valet i Georgien\n\nSverige följer utvecklingen "
     "noga. Valet måste granskas av oberoende observatörer.", "Regeringen"),
])
def test_a_statement_names_who_issues_it_at_its_head(analyzer, text: str, organisation: str) -> None:
    """*Uttalande från/av X* at the head of a statement says who speaks (a blind labeler: *Ingressen anger att
    uttalandet kommer från försvarsministrarna i EI2*); an office holder by title and name speaks for the title's
    organisation."""
    result = analyzer.analyze(Document(text=text, url="https://www.regeringen.se/uttalanden/x/",
                                       content_type="text/html")).sender
    assert (result.found, result.organisation, result.clear) == (True, organisation, True)
    assert "namnet ”utrikesminister" not in result.reason  # a minister is a person, not the body's name


def test_a_minister_titled_by_area_speaks_for_the_government(analyzer) -> None:
    """A minister without a compound title is *minister för* an area (*minister för civilt försvar Carl-Oskar
    Bohlin*): a named office holder of the Government like *försvarsminister Pål Jonson*."""
    text = ("Den 4 november deltog minister för civilt försvar Anders Holm och försvarsminister Eva Berg i en "
            "konferens om civil planering. Konferensen leddes av Johan Ek, statssekreterare hos minister för "
            "civilt försvar Anders Holm.")
    people = [ev for ev in analyzer.analyze(text).sender.evidence if ev.kind == "person"]
    assert [ev.text for ev in people if ev.text.startswith("minister för")] == [
        "minister för civilt försvar Anders Holm", "minister för civilt försvar Anders Holm"]
    assert analyzer.analyze(text).sender.organisation in ("Regeringen", "Regeringskansliet")
