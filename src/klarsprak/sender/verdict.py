"""The sender verdict: weigh the evidence, decide who speaks, and say why in Swedish."""

from __future__ import annotations

from dataclasses import replace
from typing import Sequence

from ..doc import Document, Lines
from ..doc.quotes import quoted_spans
from ..findings import Evidence, SenderResult
from .evidence import WEIGHTS, metadata_evidence, recurring_name, scan
from .genre import TO_READER, UNDECLARED, from_web, genre as text_genre, spoken_genre
from .knowledge import SenderKnowledge, knowledge, normalise
from .voices import Voices, voices

#: Confidence at which an organisation counts as the identified sender.
FOUND_AT = 0.6
REPEAT_BONUS, REPEAT_CAP = 0.05, 0.15
CORROBORATION = 0.1


def detect_sender(text: str, document: Document | None = None, expected: str | None = None,
                  lines: Lines | None = None, *, entities: Sequence[tuple[int, int]] = (),
                  proper_names: Sequence[tuple[int, int]] = (), shown: str | None = None,
                  voice: Voices | None = None) -> SenderResult:
    """Weigh all evidence in ``text`` and ``document`` and decide who the sender is.

    ``lines`` are the text's lines, if the caller has them; ``entities`` the spans of
    organisation names an entity recogniser found, ``proper_names`` those of proper nouns
    (see :func:`.evidence.scan`). The genre the text shows (``shown``, :func:`.genre.genre`) and who speaks
    to whom outside quotations (``voice``, :func:`.voices.voices`) are decided where every other check
    reads them too, and given here if the caller has them.
    """
    k = knowledge()
    lines = lines if lines is not None else Lines(text)
    evidence = scan(text, lines=lines, entities=entities, proper_names=proper_names) + metadata_evidence(document)
    voice = voices(text, quoted_spans(text)) if voice is None else voice
    shown = text_genre(text, lines, document, k, voice) if shown is None else shown
    declared = "" if shown in UNDECLARED else shown  # the genre's first, strongest signs
    if declared == "press_release":
        evidence = [_own_quote(ev) for ev in evidence]
    elif declared == "newsletter":
        evidence += _publisher(text, [*entities, *proper_names])
    elif declared == "encyclopedia":
        evidence = [_about(ev) for ev in evidence]
    weights: dict[str, list[float]] = {}
    kinds: dict[str, set[str]] = {}
    strongest: dict[str, tuple[float, str]] = {}  # per sender, its member named by the strongest evidence
    for ev in evidence:
        if ev.organisation and ev.weight > 0:
            whole = k.speaks_for(ev.organisation)  # a ministry's evidence counts for the Government
            weights.setdefault(whole, []).append(ev.weight)
            kinds.setdefault(whole, set()).add(ev.kind)
            strongest[whole] = max(strongest.get(whole, (0.0, whole)), (ev.weight, ev.organisation))
    scores = {name: _combine(w, len(kinds[name]), kinds[name] == {"organisation"}
                             and bool((org := k.lookup(name)) and org.third_person))
              for name, w in weights.items()}
    ranked = sorted(((score, name) for name, score in scores.items()), reverse=True)
    confidence, organisation = (ranked[0][0], strongest[ranked[0][1]][1]) if ranked else (0.0, None)
    found = confidence >= FOUND_AT
    speaks = any(ev.field == "text" and ev.weight > 0 and (ev.kind == "person" or ev.weight >= WEIGHTS["voice"])
                 for ev in evidence)
    genre = spoken_genre(shown, text, speaks, k)
    letter = genre == "letter"
    contact = any(ev.kind in ("phone", "email", "address") for ev in evidence)
    invites = bool(k.cue("contact_invite", "anywhere", text))
    mentioned = tuple(dict.fromkeys(ev.organisation for ev in evidence
                                    if ev.role == "mentioned" and ev.organisation and ev.organisation != organisation))
    result = SenderResult(
        found=found,
        organisation=organisation if found else None,
        confidence=confidence,
        evidence=tuple(sorted(evidence, key=lambda e: (e.field != "text", e.field, e.start))),
        contact=contact,
        letter=letter,
        genre=genre,
        invites_contact=invites,
        addresses_reader=voice.addressed and TO_READER.applies(genre),  # not a chamber's "ni", nor a blogger's
        speaks_as_we=voice.we,
        about_readers_case=voice.own_case,
        named_often=recurring_name(text, entities) is not None,
        mentioned=mentioned,
        clear=_clear(found, genre, contact, lines, k, text, document),
    )
    if expected:
        result = _with_expected(result, expected, scores, k)
    return replace(result, reason=explain(result))


def _publisher(text: str, entities: Sequence[tuple[int, int]]) -> list[Evidence]:
    """In a newsletter, the name it keeps repeating (an organisation the recogniser found, or a run of proper
    names) is its publisher, as a brand that speaks in an ad is the employer: one that the sender lexicons
    need not know (a secretariat, a project)."""
    span = recurring_name(text, entities)
    if span is None:
        return []
    name = " ".join(text[span[0]:span[1]].split())
    return [Evidence("organisation", text[span[0]:span[1]], span[0], span[1], "text", name, WEIGHTS["proper_name"])]


def _about(ev: Evidence) -> Evidence:
    """In an encyclopedia article the organisations and office holders in the running text are what it is about
    (*Sveriges riksdag … är Sveriges lagstiftande församling*), never who writes it: only metadata, a signature
    or contact details can name a sender."""
    return replace(ev, weight=0.0, role="mentioned") if ev.field == "text" and ev.kind in ABOUT_KINDS else ev


#: Evidence kinds that in an encyclopedia article name a subject, not the writer.
ABOUT_KINDS = frozenset({"organisation", "unit", "person", "letterhead", "url"})


def _own_quote(ev: Evidence) -> Evidence:
    """In a text that says it is a press release, an office holder quoted in running text (*… säger
    utrikesminister X*) speaks for the organisation that sends it, as a byline would: a news report quotes
    her too, but no news report calls itself a press release."""
    quoted = ev.kind == "person" and ev.field == "text" and ev.weight == WEIGHTS["person.quoted"]
    return replace(ev, weight=WEIGHTS["person"]) if quoted else ev


#: Genres whose reader must be able to reach the sender, not only see it: a letter's or a decision's reader must
#: ask or answer and a job ad's must ask about the post (the findings of ``incomplete_sender``; a blind labeler:
#: *Kommunen nämns, men inte ... hur man kontaktar någon*), a press release's journalists need a press contact.
TO_REACH = frozenset({"letter", "job_ad", "press_release"})


def _clear(found: bool, genre: str, contact: bool, lines: Lines, k: SenderKnowledge, text: str = "",
           document: Document | None = None) -> bool:
    """Whether a reader of the text alone sees who speaks (the labelers' standard): the sender, and a way to
    reach it where the reader must (:data:`TO_REACH`); a newsletter's reader is helped on by its web address
    too; in a debate transcript the speakers' names before their turns. A press release on a web page is not
    asked for its press contact: the page lists it beside the release (regeringen.se under every one), where
    a text read from the page does not hold it; one that stands alone must name it, or the office its readers
    send their views to (a ``route`` cue: *inkomma med synpunkter till Utbildningsdepartementet*)."""
    if genre == "debate":
        return found or bool(k.cue_in_lines("speaker", lines))
    if not found:
        return False
    if genre == "newsletter":
        return contact or any(p.regex.search(text) for p in k.patterns if p.kind == "url")
    if genre == "press_release" and (from_web(document) or k.cue("route", "anywhere", text)):
        return True  # on a page beside its press contact, or it names the office that takes the readers' views
    return contact or genre not in TO_REACH


def _combine(weights: list[float], kinds: int = 1, common: bool = False) -> float:
    """The strongest piece of evidence, plus a little for each repetition, and more when evidence of different
    kinds agrees (the organisation's name and one of its people quoted: "Regeringens beslut … säger
    civilministern"; either alone may be a news report about it). A proper name the text repeats is its own
    (*Lerums kommun* all through its policy; six named ministers on the Government's page), but a body named
    only by a ``common`` noun (the lexicons' ``third_person`` bodies: *regeringen* is any country's government)
    and only mentioned is no speaker however often: a news report on a strike abroad names *regeringen*, that
    country's, five times."""
    strongest = max(weights)
    repeated = not common or kinds > 1 or strongest >= FOUND_AT
    return min(1.0, strongest + (min(REPEAT_CAP, REPEAT_BONUS * (len(weights) - 1)) if repeated else 0.0)
               + (CORROBORATION if kinds > 1 else 0.0))


def _with_expected(result: SenderResult, expected: str, scores: dict[str, float],
                   k: SenderKnowledge) -> SenderResult:
    org = k.lookup(expected) or k.find(expected)
    name = org.name if org else expected.strip()
    visible = scores.get(k.speaks_for(name), 0.0) >= FOUND_AT
    if not visible and org is None:
        visible = any(normalise(ev.organisation or "") == normalise(expected) and ev.weight > 0
                      for ev in result.evidence)
    other = result.organisation if result.found and result.organisation != name else None
    return replace(result, expected=name, expected_visible=visible, other_sender=other, clear=result.clear and visible)


def explain(result: SenderResult) -> str:
    """Why the verdict is what it is, in Swedish, for the writer."""
    if result.found:
        strongest = max((ev for ev in result.evidence if ev.organisation == result.organisation),
                        key=lambda e: e.weight)
        where = "i texten" if strongest.field == "text" else f"i metadata ({strongest.field})"
        shown = (f"Avsändaren {result.organisation} framgår {where}: "
                 f"{_KIND_WORDS.get(strongest.kind, strongest.kind)} ”{_short(strongest.text)}”")
        return f"{shown}{_unclear_because(result)}."
    if result.genre == "web_page":
        return ("Texten nämner ingen organisation som avsändare; på en webbsida eller i en publicerad handling kan "
                "webbplatsen eller omslaget visa det, men den som bara läser texten ser det inte.")
    return "Det går inte att se vem som är avsändare: " + missing_because(result) + "."


def _unclear_because(result: SenderResult) -> str:
    """Why a text whose sender is found is still not clear to its reader, as a clause that starts with a
    comma ("" when it is clear): the expected sender is not the one that shows, or the reader has no way to
    reach it where the genre needs one (a press contact, a letter's or an ad's contact details, a newsletter's
    web address)."""
    if result.expected and not result.expected_visible:
        return f", men den väntade avsändaren {result.expected} syns inte"
    return "" if result.clear else UNREACHED.get(result.genre, "")


#: Why a found sender is not clear, by genre (:func:`_clear`), as a clause that starts with a comma.
UNREACHED = {
    "press_release": ", men det står ingen presskontakt som journalister kan nå (namn, telefon eller e-post)",
    "letter": ", men det står inte hur mottagaren når er (telefon, e-post eller adress)",
    "job_ad": ", men det står inte hur den som vill söka når er (en kontaktperson med telefon eller e-post)",
    "newsletter": ", men det står inte var läsaren kan läsa mer eller höra av sig (webbadress, e-post eller telefon)",
}


def missing_because(result: SenderResult) -> str:
    """Why no sender was found, as a clause: who is only mentioned, an unsigned signature, "vi" unnamed."""
    parts = []
    quoted = [ev for ev in result.evidence if ev.kind == "person" and 0 < ev.weight < FOUND_AT]
    if quoted:
        parts.append(f"”{_short(quoted[0].text, 50)}” citeras, men texten säger inte att den kommer från "
                     f"{quoted[0].organisation}")
    if result.mentioned:
        parts.append(f"{', '.join(result.mentioned)} nämns bara som källa eller annan part, inte som avsändare")
    if any(ev.kind == "signature" and not ev.organisation for ev in result.evidence):
        parts.append("texten är undertecknad men utan organisationens namn")
    if any(ev.kind in ("phone", "email", "address") for ev in result.evidence):
        parts.append("det finns kontaktuppgifter men inget namn på organisationen")
    elif result.invites_contact:
        parts.append("texten säger ”kontakta oss” men inte vilka ”vi” är")
    elif result.about_readers_case:
        parts.append("texten skriver till läsaren om hens ärende men säger inte vem som skriver")
    return "; ".join(parts or ["ingen organisation nämns"])


_KIND_WORDS = {
    "organisation": "namnet", "unit": "enheten", "person": "personen", "email": "e-postadressen",
    "url": "webbadressen", "signature": "underskriften", "metadata": "utgivaren",
}


def _short(s: str, n: int = 60) -> str:
    s = " ".join(s.split())
    return s if len(s) <= n else s[: n - 1] + "…"

