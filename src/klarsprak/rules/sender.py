"""Sender rules: can the reader see who is speaking, and how to reach them?

Both rules share one :class:`~klarsprak.sender.SenderResult`, computed once per
document by the analysis (the analyzer puts it in ``Report.sender``). Findings are
document-level and span the first unit.
"""

from __future__ import annotations

from typing import Iterator

from ..doc import Analysis
from ..findings import Finding
from ..sender import SenderResult, detect_sender
from .base import REGISTRY, Context, Examples

SOURCE = ("Lerums kommuns kommunikationspolicy: ”Det ska alltid framgå vem som är avsändare”; "
          "Flens kommuns kommunikationspolicy: information ”med en tydlig avsändare”; "
          "Isof, Klarspråkstestet")


def sender_result(ctx: Context) -> SenderResult:
    """The document's sender verdict, computed once per document."""
    return ctx.analysis.derived(_verdict, ctx.config.sender)


def _verdict(analysis: Analysis, expected: str | None) -> SenderResult:
    return detect_sender(analysis.text, analysis.document, expected, analysis.lines)


def _span(ctx: Context) -> tuple[int, int]:
    return (ctx.units[0].start, ctx.units[0].end) if ctx.units else (0, 0)


@REGISTRY.rule(
    "missing_sender",
    category="sender",
    severity="warning",
    description="Ingen organisation går att identifiera som avsändare (eller den väntade avsändaren syns inte).",
    source=SOURCE,
    examples=Examples(
        flag=(
            "Vi har fått din ansökan. Kontakta oss om du har frågor.",
            "Enligt Skatteverket ska du betala skatten senast i maj. Ring oss på 08-123 45 67.",
            "Hej!\nVi har tagit emot ditt ärende.\n\nMed vänlig hälsning\nAnna",
        ),
        ok=(
            "Vi på Lerums kommun har fått din ansökan. Kontakta oss på 0302-52 10 00.",
            "Regeringen har i dag beslutat att ge Boverket i uppdrag att se över reglerna.",
            "Hej!\nDu har fått ett beslut från Ånge kommun.\n\nMed vänlig hälsning\nÅnge kommun",
        ),
    ),
)
def missing_sender(ctx: Context) -> Iterator[Finding]:
    """One finding when no organisation reaches the confidence threshold, or the expected one is not visible."""
    result = sender_result(ctx)
    start, end = _span(ctx)
    if not result.found:
        yield ctx.finding(
            start, end, result.reason + " Skriv ut vem som skriver, så att läsaren vet vem ”vi” är.",
            ["Skriv organisationens namn i texten, t.ex. ”Vi på Lerums kommun …”.",
             "Avsluta med en kontaktruta: organisation, enhet, telefon och e-post."],
        )
    elif result.expected and not result.expected_visible:
        other = f" Texten ser i stället ut att komma från {result.other_sender}." if result.other_sender else ""
        yield ctx.finding(
            start, end,
            f"Den väntade avsändaren {result.expected} syns inte i texten.{other}",
            [f"Skriv ut att texten kommer från {result.expected}."],
        )


@REGISTRY.rule(
    "incomplete_sender",
    category="sender",
    severity="info",
    description="Ett brev, beslut eller en platsannons har en avsändare men inget sätt att nå någon "
                "(telefon, e-post, adress).",
    source=SOURCE + "; Förvaltningslagen (2017:900) 9 § om tillgänglighet",
    examples=Examples(
        flag=("Hej\n\nDu har fått ett beslut från Ånge kommun.\n\nMed vänlig hälsning\nÅnge kommun",
              "Vi på Ånge kommun söker en lärare i matematik. Tjänstgöringsgrad 100 %. "
              "Sista ansökningsdag är den 1 maj."),
        ok=(
            "Hej\n\nDu har fått ett beslut från Ånge kommun.\n\nMed vänlig hälsning\nÅnge kommun\n"
            "Telefon 0690-25 01 00, ange@ange.se",
            "Lerums kommun bygger en ny skola i centrum.",
        ),
    ),
)
def incomplete_sender(ctx: Context) -> Iterator[Finding]:
    """One finding for a letter, decision or job ad whose sender is known but cannot be reached."""
    result = sender_result(ctx)
    if not (result.found and result.genre in UNREACHABLE and not result.contact):
        return
    start, end = _span(ctx)
    what, reader, why = UNREACHABLE[result.genre]
    yield ctx.finding(
        start, end,
        f"{what} kommer från {result.organisation}, men det står inte hur {reader} når er: "
        f"det saknas telefonnummer, e-postadress och postadress. {why}",
        ["Lägg till en kontaktruta: enhet, telefonnummer och e-postadress."
         if result.genre == "letter" else "Lägg till en kontaktperson med telefonnummer och e-postadress."],
    )


#: Genres whose reader must be able to reach the sender: (the text, its reader, why), in the message's words.
UNREACHABLE = {
    "letter": ("Brevet", "mottagaren",
               "Den som fått ett beslut behöver kunna ställa frågor och överklaga."),
    "job_ad": ("Annonsen", "den som vill söka",
               "Den som funderar på att söka behöver kunna fråga om tjänsten."),
}
