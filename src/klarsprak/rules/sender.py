"""Sender rules: can the reader see who is speaking, and how to reach them?

Both rules share one :class:`~klarsprak.sender.SenderResult`, computed once per
document by the analysis (the analyzer puts it in ``Report.sender``). Findings are
document-level and span the first unit.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Iterable, Iterator

from ..frequency import zipf
from ..doc import Analysis, Document, Lines
from ..findings import Finding
from ..sender import SenderResult, detect_sender, knowledge, missing_because
from ..sender.genre import PAGE_TYPES
from .base import REGISTRY, Context, Examples

SOURCE = ("Lerums kommuns kommunikationspolicy: ”Det ska alltid framgå vem som är avsändare”; "
          "Flens kommuns kommunikationspolicy: information ”med en tydlig avsändare”; "
          "Isof, Klarspråkstestet")


def sender_result(ctx: Context) -> SenderResult:
    """The document's sender verdict, computed once per document."""
    return ctx.analysis.derived(sender_verdict, ctx.config.sender)


def sender_verdict(analysis: Analysis, expected: str | None) -> SenderResult:
    """The sender verdict of one analysed text, computed once per text (long texts provide it from all parts)."""
    return whole_verdict(analysis.text, analysis.document, expected, [(0, sender_names(analysis))], analysis.lines)


@dataclass(frozen=True)
class SenderNames:
    """What the parsed text tells the sender check: spans of ORG entities and of proper-name runs."""

    entities: tuple[tuple[int, int], ...]
    proper_names: tuple[tuple[int, int], ...]


def sender_names(analysis: Analysis) -> SenderNames:
    """The names in one parsed text, for :func:`whole_verdict` (a long text gives one per part)."""
    entities = tuple((e.start_char, e.end_char) for e in analysis.doc.ents if e.label_ in ORG_LABELS)
    return SenderNames(entities, tuple(_proper_name_runs(analysis)))


def whole_verdict(text: str, document: Document | None, expected: str | None,
                  parts: list[tuple[int, SenderNames]], lines: Lines | None = None) -> SenderResult:
    """The sender verdict of ``text`` from the names of its parts, each with the offset where it starts
    (``lines``: the text's lines, if the caller has them)."""
    def shifted(spans: Iterable[tuple[int, int]], offset: int) -> list[tuple[int, int]]:
        return [(offset + start, offset + end) for start, end in spans]

    entities = [span for offset, names in parts for span in shifted(names.entities, offset)]
    proper_names = [span for offset, names in parts for span in shifted(names.proper_names, offset)]
    return detect_sender(text, document, expected, lines, entities=sorted(entities),
                         proper_names=sorted(proper_names))


def _proper_name_runs(analysis: Analysis) -> list[tuple[int, int]]:
    """Character spans of runs of names separated by single spaces ("Byggbolaget Norr").

    A name is a capitalised proper noun, a capitalised word the text also writes with a
    capital inside a sentence, or a noun that starts a sentence and is no common Swedish word
    (:func:`_brand_like`): the tagger reads "Norrmejerier söker …" as a common noun at the
    start of a sentence, and the brand shows itself in "hos Norrmejerier" or by being rare. A
    run is only a candidate: it speaks only with an employer's cue (:func:`klarsprak.sender.scan`)."""
    t, text = analysis.tokens, analysis.text
    inside = {word for i, word in enumerate(t.text)
              if i and word[:1].isupper() and not t.sent_start[i] and t.has_word_char[i - 1]}
    runs: list[tuple[int, int]] = []
    for pos, word, start, end, first in zip(t.pos, t.text, t.idx, t.end, t.sent_start):
        if not word[:1].isupper() or (pos != "PROPN" and word not in inside
                                      and not (first and pos == "NOUN" and _brand_like(word))):
            continue
        if runs and text[runs[-1][1]:start] == " ":
            runs[-1] = (runs[-1][0], end)
        else:
            runs.append((start, end))
    return runs


def _brand_like(word: str) -> bool:
    """A word rare in Swedish text (wordfreq's Swedish list) and not in a definite form (*-en*, *-et*,
    *-na*): *Norrmejerier*, not *Bolaget* or *Kvalifikationerna*."""
    lower = word.lower()
    return not lower.endswith(DEFINITE_ENDINGS) and zipf(lower) < BRAND_ZIPF


#: How common (Zipf scale) a sentence-initial noun may be and still be read as a name.
BRAND_ZIPF = 3.0
DEFINITE_ENDINGS = ("en", "et", "na")

#: Entity labels of organisations (UNER-Talbanken's ``ORG``).
ORG_LABELS = frozenset({"ORG"})


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
            "Herr talman! Jag vill tacka föredraganden för ett utmärkt betänkande.",
        ),
        ok=(
            "Vi på Lerums kommun har fått din ansökan. Kontakta oss på 0302-52 10 00.",
            "Regeringen har i dag beslutat att ge Boverket i uppdrag att se över reglerna.",
            "Hej!\nDu har fått ett beslut från Ånge kommun.\n\nMed vänlig hälsning\nÅnge kommun",
        ),
    ),
)
def missing_sender(ctx: Context) -> Iterator[Finding]:
    """One finding when a letter, press release or job ad names no sender (or the expected one is not visible),
    when a debate transcript names no speaker, and (``info``) when a page file names nobody.

    A page (HTML, Markdown, PDF, Office) is flagged softly: its site or cover may say who publishes it,
    but a reader of the text alone cannot tell. A plain text of unknown kind (a chapter, an excerpt) is
    flagged only when it invites contact or writes to the reader about the reader's case without saying
    who writes.
    """
    result = sender_result(ctx)
    start, end = _span(ctx)
    unnamed_we = result.invites_contact or result.about_readers_case
    if result.genre == "debate":
        if not result.found and not knowledge().cue_in_lines("speaker", ctx.analysis.lines):
            yield ctx.finding(start, end, DEBATE_MESSAGE, [DEBATE_SUGGESTION], severity="info")
    elif not result.found and (result.genre in ("letter", "press_release", "job_ad") or result.expected
                               or (result.genre == "text" and unnamed_we)):
        lead, why, suggestion = NAMED_IN_TEXT.get(result.genre, NAMED_IN_TEXT["text"])
        release = result.genre == "press_release"
        page = release and _page_file(ctx.analysis.document)  # the site may name it
        closing = (PRESS_CONTACT if release else "Avsluta med en kontaktruta: organisation, enhet, telefon och e-post.")
        why += " Det saknas också en presskontakt." if release and not result.contact and not page else ""
        yield ctx.finding(start, end, f"{lead}: {missing_because(result)}. {why}", [suggestion, closing],
                          severity="info" if page else None)
    elif not result.found and result.genre == "web_page" and _page_file(ctx.analysis.document):
        lead, why, suggestion = NAMED_IN_TEXT["web_page"]
        yield ctx.finding(start, end, f"{lead}: {missing_because(result)}. {why}", [suggestion], severity="info")
    elif result.expected and not result.expected_visible:
        other = f" Texten ser i stället ut att komma från {result.other_sender}." if result.other_sender else ""
        yield ctx.finding(
            start, end,
            f"Den väntade avsändaren {result.expected} syns inte i texten.{other}",
            [f"Skriv ut att texten kommer från {result.expected}."],
        )


def _page_file(document: Document | None) -> bool:
    """A page or published document read from a file or the web (not a string handed to the analyzer)."""
    return document is not None and bool(document.url or document.site_name or any(
        t in (document.content_type or "") for t in PAGE_TYPES))


DEBATE_MESSAGE = ("Det går inte att se vem som talar: utskriften anger ingen talare före inläggen, bara tilltal som "
                  "”Herr talman!” eller ”kära kolleger”. Den som läser en debatt måste kunna se vem som säger vad.")
DEBATE_SUGGESTION = "Skriv talarens namn och parti eller grupp före varje inlägg, t.ex. ”Anna Andersson (S):”."
PRESS_CONTACT = ("Avsluta med en presskontakt: namn, titel, telefonnummer och e-post, t.ex. ”Kontakt: Anna "
                 "Andersson, pressekreterare, 08-123 45 67”.")


#: What a text without a sender lacks, by genre: (what is missing, why it matters, what to write).
NAMED_IN_TEXT = {
    "letter": ("Det går inte att se vem som skickar brevet",
               "Den som får ett brev eller beslut måste kunna se vilken organisation det kommer från.",
               "Skriv organisationens namn i brevet, t.ex. i underskriften: ”Med vänlig hälsning, "
               "Bygglovsenheten, Lerums kommun”."),
    "press_release": ("Det går inte att se vem som står bakom pressmeddelandet",
                      "En journalist måste kunna se vilken organisation som uttalar sig.",
                      "Skriv organisationens namn överst eller i presskontakten."),
    "job_ad": ("Det går inte att se vem arbetsgivaren är",
               "Den som funderar på att söka vill veta var hen ska arbeta.",
               "Skriv arbetsgivarens namn, t.ex. ”Hos oss på Lerums kommun …” eller ”Arbetsgivare: …”."),
    "web_page": ("Det går inte att se vem som står bakom sidan",
                 "Om inte sidhuvudet eller sidfoten visar det, vet läsaren inte vem som skriver eller vart hen "
                 "ska vända sig.",
                 "Skriv ut organisationens namn, t.ex. i en kontaktruta sist på sidan: enhet, organisation, "
                 "telefon och e-post."),
    "text": ("Det går inte att se vem som är avsändare",
             "Skriv ut vem som skriver, så att läsaren vet vem ”vi” är.",
             "Skriv organisationens namn i texten, t.ex. ”Vi på Lerums kommun …”."),
}


@REGISTRY.rule(
    "incomplete_sender",
    category="sender",
    severity="info",
    description="Ett brev, beslut, en platsannons eller ett pressmeddelande har en avsändare men inget sätt att "
                "nå någon (telefon, e-post, adress; för ett pressmeddelande en presskontakt).",
    source=SOURCE + "; Förvaltningslagen (2017:900) 9 § om tillgänglighet",
    examples=Examples(
        flag=("Hej\n\nDu har fått ett beslut från Ånge kommun.\n\nMed vänlig hälsning\nÅnge kommun",
              "Regeringen har i dag beslutat om en ny strategi. – Det är ett viktigt steg, säger "
              "biståndsminister Anna Andersson.",
              "Vi på Ånge kommun söker en lärare i matematik. Anställningsform: tillsvidareanställning. "
              "Sista ansökningsdag är den 1 maj."),
        ok=(
            "Hej\n\nDu har fått ett beslut från Ånge kommun.\n\nMed vänlig hälsning\nÅnge kommun\n"
            "Telefon 0690-25 01 00, ange@ange.se",
            "Lerums kommun bygger en ny skola i centrum.",
            "Regeringen har i dag beslutat om en ny strategi. – Det är ett viktigt steg, säger "
            "biståndsminister Anna Andersson.\n\nKontakt: Erik Berg, pressekreterare, 08-405 10 00",
        ),
    ),
)
def incomplete_sender(ctx: Context) -> Iterator[Finding]:
    """One finding for a letter, decision, job ad or press release whose sender is known but cannot be reached
    (a press release published as a page is not asked: its site lists the press contacts)."""
    result = sender_result(ctx)
    if not (result.found and result.genre in UNREACHABLE and not result.contact):
        return
    if result.genre == "press_release" and _page_file(ctx.analysis.document):
        return  # a press release on the organisation's site: the page's contact box names the press contact
    start, end = _span(ctx)
    message, suggestion = UNREACHABLE[result.genre]
    yield ctx.finding(start, end, message.format(organisation=result.organisation), [suggestion])


#: Genres whose reader must be able to reach the sender: (the message, what to add).
UNREACHABLE = {
    "letter": ("Brevet kommer från {organisation}, men det står inte hur mottagaren når er: det saknas "
               "telefonnummer, e-postadress och postadress. Den som fått ett beslut behöver kunna ställa frågor "
               "och överklaga.",
               "Lägg till en kontaktruta: enhet, telefonnummer och e-postadress."),
    "job_ad": ("Annonsen kommer från {organisation}, men det står inte hur den som vill söka når er: det saknas "
               "telefonnummer, e-postadress och postadress. Den som funderar på att söka behöver kunna fråga om "
               "tjänsten.",
               "Lägg till en kontaktperson med telefonnummer och e-postadress."),
    "press_release": ("Pressmeddelandet kommer från {organisation}, men det står inte vem journalister kan "
                      "kontakta: det saknas en presskontakt med namn, telefonnummer eller e-post.",
                      PRESS_CONTACT),
}
