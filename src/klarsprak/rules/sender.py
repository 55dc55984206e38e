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
from ..sender import SenderResult, detect_sender, missing_because
from ..sender.genre import OFFICIAL, from_web, reader_voices, shown_genre
from ..sender.voices import Voices
from .base import REGISTRY, Context, Examples

SOURCE = ("Lerums kommuns kommunikationspolicy: ”Det ska alltid framgå vem som är avsändare”; "
          "Flens kommuns kommunikationspolicy: information ”med en tydlig avsändare”; "
          "Isof, Klarspråkstestet")


def sender_result(ctx: Context) -> SenderResult:
    """The document's sender verdict, computed once per document."""
    return ctx.analysis.derived(sender_verdict, ctx.config.sender)


def sender_verdict(analysis: Analysis, expected: str | None) -> SenderResult:
    """The sender verdict of one analysed text, computed once per text (long texts provide it from all parts)."""
    return whole_verdict(analysis.text, analysis.document, expected, [(0, sender_names(analysis))], analysis.lines,
                         analysis.derived(shown_genre), analysis.derived(reader_voices))


@dataclass(frozen=True)
class Audience:
    """Whom a text is written to, decided once per text (:func:`audience`) for every rule that asks."""

    #: every mild formal word counts (``complex_word``): a text to citizens (a letter, a web page, a job ad, a
    #: newsletter or a press release: a public body's own text to the public), one that speaks to its reader
    #: as *du* or *ni* outside quotation marks (``SenderResult.addresses_reader``: not a debate, whose *ni* is
    #: the chamber), or one that shows no genre but in which an organisation speaks (the sender verdict finds
    #: one, or takes it for a press release): a public body's own text that lost its header. A text that shows
    #: no genre and in which nobody speaks for an organisation is a report on others, as news is: on the dev sets
    #: (stop 25) counting every mild word in such texts added 3 clear bureaucratic labels found against 1
    #: correct, 6 wrong and 4 debatable findings in news articles, and 5 clear labels in headless press releases.
    citizens: bool
    #: a sender addresses the public (the passive advice): a letter, a press release, a newsletter or a job ad, a
    #: page from the web, or a text that speaks to its reader. Not a text laid out with headings that comes from
    #: no site (a textbook, a report), whose authorial *vi* is no sender: blind labelers marked none of the
    #: duties in the Talbanken textbooks.
    public: bool
    #: the sender speaks as *vi* throughout a text to the public (*vi*, *oss*, *vår* at least one word in a
    #: hundred: a speech, a statement, a letter in the first person). There a passive hides the *vi* of the
    #: other sentences; a text written impersonally throughout (a law summary, most press releases, whose
    #: passives blind labelers left unmarked) keeps its register.
    we: bool
    #: the writer may be an organisation acting towards its reader, whom the passive advice asks to show itself
    #: as the doer (*Skriv ”vi”*): every genre but a private person's text (:data:`~klarsprak.sender.genre.OFFICIAL`)
    official: bool = True


#: Genres whose reader is a citizen the text is written to (:attr:`Audience.citizens`).
TO_CITIZENS = frozenset({"letter", "web_page", "job_ad", "newsletter", "press_release"})
#: Genres a sender writes to the public in (:func:`~klarsprak.sender.genre.genre`); a web page only from the web.
SPEAKING = frozenset({"letter", "press_release", "newsletter", "job_ad"})


def audience(analysis: Analysis, expected: str | None) -> Audience:
    """:func:`audience_from` of an analysed text, for ``analysis.derived`` (the parts of a long text are given
    the whole text's)."""
    return audience_from(analysis.document, analysis.derived(shown_genre), analysis.derived(reader_voices),
                         analysis.derived(sender_verdict, expected))


def audience_from(document: Document | None, shown: str, voice: Voices, verdict: SenderResult) -> Audience:
    """The :class:`Audience` of a text from the genre it shows (``shown``), its voices outside quotations and
    its sender verdict (computed with that genre and those voices)."""
    public = (shown in SPEAKING or (shown == "web_page" and from_web(document))
              or verdict.addresses_reader)
    return Audience(
        citizens=(shown in TO_CITIZENS or verdict.addresses_reader
                  or (shown == "text" and (verdict.found or verdict.genre == "press_release"))),
        public=public,
        we=public and voice.we_often,
        official=OFFICIAL.applies(shown))


def audience_of(ctx: Context) -> Audience:
    """The text's :class:`Audience`, decided once per text."""
    return ctx.analysis.derived(audience, ctx.config.sender)


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
                  parts: list[tuple[int, SenderNames]], lines: Lines | None = None, shown: str | None = None,
                  voice: Voices | None = None) -> SenderResult:
    """The sender verdict of ``text`` from the names of its parts, each with the offset where it starts
    (``lines``, ``shown``, ``voice``: the text's lines, genre and voices, if the caller has them; see
    :func:`~klarsprak.sender.detect_sender`)."""
    def shifted(spans: Iterable[tuple[int, int]], offset: int) -> list[tuple[int, int]]:
        return [(offset + start, offset + end) for start, end in spans]

    entities = [span for offset, names in parts for span in shifted(names.entities, offset)]
    proper_names = [span for offset, names in parts for span in shifted(names.proper_names, offset)]
    return detect_sender(text, document, expected, lines, entities=sorted(entities),
                         proper_names=sorted(proper_names), shown=shown, voice=voice)


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
    description="Ett brev, beslut, meddelande eller en platsannons (en text till en läsare som ska handla eller "
                "svara) säger inte vem som skickar den, eller den väntade avsändaren syns inte.",
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
            "Herr talman! Jag vill tacka föredraganden för ett utmärkt betänkande.",
            "Pressmeddelande\n\nNu bygger vi en ny skola i centrum. Kontakta oss för mer information.",
            "Hej allihopa! Idag slutade jag tidigt. Jag tog med mig böckerna hem, men först ska jag vila. "
            "Hoppas ni har haft en fin dag!",
        ),
    ),
    genres=OFFICIAL,
)
def missing_sender(ctx: Context) -> Iterator[Finding]:
    """One finding when a letter, decision, notice or job ad names no sender, or the expected one is not visible;
    never in a private person's text (``genres``: a blog post that greets its readers is no letter).

    Only a text addressed to a reader who must act or answer is asked (:data:`ASKED`): a letter or a job ad,
    and a text of unknown kind or a newsletter whose unnamed "vi" invites contact or writes to the reader about
    the reader's case. A page, a press release, a news or an encyclopedia article shows its
    sender through its site or publication, and a debate excerpt has lost its speakers' lines: the verdict
    (``Report.sender.clear``) still says that the text alone does not show who speaks, but a consultant would
    not ask the writer to change it. A text of unknown kind or a newsletter that names an organisation several
    times (``SenderResult.named_often``) is not said to name nobody; a letter or job ad must name the one that writes.
    """
    result = sender_result(ctx)
    start, end = _span(ctx)
    if not result.found and _asked(result):
        lead, why, suggestion = NAMED_IN_TEXT[result.genre]
        closing = "Avsluta med en kontaktruta: organisation, enhet, telefon och e-post."
        yield ctx.finding(start, end, f"{lead}: {missing_because(result)}. {why}", [suggestion, closing])
    elif result.expected and not result.expected_visible:
        other = f" Texten ser i stället ut att komma från {result.other_sender}." if result.other_sender else ""
        yield ctx.finding(
            start, end,
            f"Den väntade avsändaren {result.expected} syns inte i texten.{other}",
            [f"Skriv ut att texten kommer från {result.expected}."],
        )


#: Genres whose reader must act or answer, and so must see who writes.
ASKED = ("letter", "job_ad")


def _asked(result: SenderResult) -> bool:
    """A letter or job ad, or a text of unknown kind (or a newsletter) that speaks to the reader as an unnamed
    "we": it invites contact or writes about the reader's own case, and names no organisation several times
    (even one the sender check does not know, a secretariat or a company, says whom it is from or about)."""
    return result.genre in ASKED or (result.genre in ("text", "newsletter") and not result.named_often
                                      and (result.invites_contact or result.about_readers_case))


#: What a text without a sender lacks, by genre: (what is missing, why it matters, what to write).
NAMED_IN_TEXT = {
    "letter": ("Det går inte att se vem som skickar brevet",
               "Den som får ett brev eller beslut måste kunna se vilken organisation det kommer från.",
               "Skriv organisationens namn i brevet, t.ex. i underskriften: ”Med vänlig hälsning, "
               "Bygglovsenheten, Lerums kommun”."),
    "job_ad": ("Det går inte att se vem arbetsgivaren är",
               "Den som funderar på att söka vill veta var hen ska arbeta.",
               "Skriv arbetsgivarens namn, t.ex. ”Hos oss på Lerums kommun …” eller ”Arbetsgivare: …”."),
    "newsletter": ("Det går inte att se vem som ger ut nyhetsbrevet",
                   "Den som läser ett nyhetsbrev vill veta vem ”vi” är och vart hen kan vända sig.",
                   "Skriv ut vem som ger ut nyhetsbrevet och vem läsaren kan kontakta, t.ex. sist: ”Nyhetsbrevet "
                   "ges ut av … Kontakt: namn, e-post”."),
    "text": ("Det går inte att se vem som är avsändare",
             "Skriv ut vem som skriver, så att läsaren vet vem ”vi” är.",
             "Skriv organisationens namn i texten, t.ex. ”Vi på Lerums kommun …”."),
}


@REGISTRY.rule(
    "incomplete_sender",
    category="sender",
    severity="info",
    description="Ett brev, beslut eller en platsannons har en avsändare men inget sätt att nå någon (telefon, "
                "e-post, adress).",
    source=SOURCE + "; Förvaltningslagen (2017:900) 9 § om tillgänglighet",
    examples=Examples(
        flag=("Hej\n\nDu har fått ett beslut från Ånge kommun.\n\nMed vänlig hälsning\nÅnge kommun",
              "Vi på Ånge kommun söker en lärare i matematik. Anställningsform: tillsvidareanställning. "
              "Sista ansökningsdag är den 1 maj."),
        ok=(
            "Hej\n\nDu har fått ett beslut från Ånge kommun.\n\nMed vänlig hälsning\nÅnge kommun\n"
            "Telefon 0690-25 01 00, ange@ange.se",
            "Lerums kommun bygger en ny skola i centrum.",
            "Regeringen har i dag beslutat om en ny strategi. – Det är ett viktigt steg, säger "
            "biståndsminister Anna Andersson.",
        ),
    ),
    genres=OFFICIAL,
)
def incomplete_sender(ctx: Context) -> Iterator[Finding]:
    """One finding for a letter, decision or job ad whose sender is known but cannot be reached. A press
    release without a press contact is not clear (``Report.sender.clear``) but gets no finding: its site or
    the full release lists the press contacts, which an excerpt has lost."""
    result = sender_result(ctx)
    if not (result.found and result.genre in UNREACHABLE and not result.contact):
        return
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
}
