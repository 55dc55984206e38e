"""The sender verdict: weigh the evidence, decide who speaks, and say why in Swedish."""

from __future__ import annotations

from dataclasses import replace
from typing import Sequence

from ..doc import Document, Lines
from ..doc.layout import unit_starts
from ..findings import SenderResult
from .evidence import metadata_evidence, scan
from .knowledge import SenderKnowledge, knowledge, normalise

#: Confidence at which an organisation counts as the identified sender.
FOUND_AT = 0.6
REPEAT_BONUS, REPEAT_CAP = 0.05, 0.15


def detect_sender(text: str, document: Document | None = None, expected: str | None = None,
                  lines: Lines | None = None, *, entities: Sequence[tuple[int, int]] = (),
                  proper_names: Sequence[tuple[int, int]] = (), job_ad: bool | None = None) -> SenderResult:
    """Weigh all evidence in ``text`` and ``document`` and decide who the sender is.

    ``lines`` are the text's lines, if the caller has them; ``entities`` the spans of
    organisation names an entity recogniser found, ``proper_names`` those of proper nouns
    (see :func:`.evidence.scan`); ``job_ad`` whether the job-ad rules
    take the text for a job ad, if the caller has decided it. A job ad must also ask for
    applications (the sender lexicon's job-ad cues).
    """
    k = knowledge()
    lines = lines if lines is not None else Lines(text)
    evidence = scan(text, lines=lines, entities=entities, proper_names=proper_names) + metadata_evidence(document)
    scores: dict[str, list[float]] = {}
    for ev in evidence:
        if ev.organisation and ev.weight > 0:
            scores.setdefault(ev.organisation, []).append(ev.weight)
    ranked = sorted(((_combine(w), name) for name, w in scores.items()), reverse=True)
    confidence, organisation = ranked[0] if ranked else (0.0, None)
    found = confidence >= FOUND_AT
    genre = _genre(text, lines, document, k, job_ad)
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
        addresses_reader=bool(k.cue("addressed", "anywhere", text)),
        mentioned=mentioned,
    )
    if expected:
        result = _with_expected(result, expected, scores, k)
    return replace(result, reason=explain(result))


def _genre(text: str, lines: Lines, document: Document | None, k: SenderKnowledge, job_ad: bool | None) -> str:
    """What kind of text this is: ``job_ad``, ``press_release``, ``letter`` (a letter, e-mail or decision
    to one reader), ``web_page`` (a page or a structured document: the site or the cover says who
    publishes it) or ``text`` (nothing says which); the messages speak of it in those words."""
    if job_ad is not False and k.cue("job_ad", "anywhere", text):
        return "job_ad"  # the job-ad rules' decision, and a call to apply (a law summary has "heltid" too)
    head = [line for line in lines[:HEAD_LINES * 4] if not line.blank][:HEAD_LINES]
    location = " ".join(filter(None, (document.url, document.path, document.title))) if document else ""
    if (k.cue_in_lines("press_release", head, "head") or k.cue_in_lines("press_release", lines)
            or (location and k.cue("press_release", "location", location))):
        return "press_release"
    if (k.cue_in_lines("letter", head, "head") or k.cue("letter", "anywhere", text)
            or k.cue_in_lines("signature", lines)):
        return "letter"
    if document is not None and (document.url or document.site_name or document.publisher
                                 or any(t in (document.content_type or "") for t in PAGE_TYPES)):
        return "web_page"
    if k.cue_in_lines("web_page", lines) or sum(kind == "heading" for kind in unit_starts(text).values()) >= 2:
        return "web_page"  # a page's chrome, or a text structured by headings as pages and reports are
    return "text"


#: Content types of pages and structured documents, whose site or cover names the publisher.
PAGE_TYPES = ("html", "markdown", "pdf", "officedocument", "opendocument", "msword")
HEAD_LINES = 3  # the first non-blank lines, where a salutation or "Pressmeddelande" stands


def _combine(weights: list[float]) -> float:
    """The strongest piece of evidence, plus a little for each repetition."""
    return min(1.0, max(weights) + min(REPEAT_CAP, REPEAT_BONUS * (len(weights) - 1)))


def _with_expected(result: SenderResult, expected: str, scores: dict[str, list[float]],
                   k: SenderKnowledge) -> SenderResult:
    org = k.lookup(expected) or k.find(expected)
    name = org.name if org else expected.strip()
    visible = _combine(scores[name]) >= FOUND_AT if name in scores else False
    if not visible and org is None:
        visible = any(normalise(ev.organisation or "") == normalise(expected) and ev.weight > 0
                      for ev in result.evidence)
    other = result.organisation if result.found and result.organisation != name else None
    return replace(result, expected=name, expected_visible=visible, other_sender=other)


def explain(result: SenderResult) -> str:
    """Why the verdict is what it is, in Swedish, for the writer."""
    if result.found:
        strongest = max((ev for ev in result.evidence if ev.organisation == result.organisation),
                        key=lambda e: e.weight)
        where = "i texten" if strongest.field == "text" else f"i metadata ({strongest.field})"
        return (f"Avsändaren {result.organisation} framgår {where}: "
                f"{_KIND_WORDS.get(strongest.kind, strongest.kind)} ”{_short(strongest.text)}”.")
    if result.genre == "web_page":
        return ("Texten nämner ingen organisation som avsändare, men på en webbsida eller i en publicerad "
                "handling visar webbplatsen eller omslaget vem som står bakom den.")
    return "Det går inte att se vem som är avsändare: " + missing_because(result) + "."


def missing_because(result: SenderResult) -> str:
    """Why no sender was found, as a clause: who is only mentioned, an unsigned signature, "vi" unnamed."""
    parts = []
    if result.mentioned:
        parts.append(f"{', '.join(result.mentioned)} nämns bara som källa eller annan part, inte som avsändare")
    if any(ev.kind == "signature" and not ev.organisation for ev in result.evidence):
        parts.append("texten är undertecknad men utan organisationens namn")
    if any(ev.kind in ("phone", "email", "address") for ev in result.evidence):
        parts.append("det finns kontaktuppgifter men inget namn på organisationen")
    elif result.invites_contact:
        parts.append("texten säger ”kontakta oss” men inte vilka ”vi” är")
    elif result.addresses_reader:
        parts.append("texten skriver till läsaren om hens ärende men säger inte vem som skriver")
    return "; ".join(parts or ["ingen organisation nämns"])


_KIND_WORDS = {
    "organisation": "namnet", "unit": "enheten", "person": "personen", "email": "e-postadressen",
    "url": "webbadressen", "signature": "underskriften", "metadata": "utgivaren",
}


def _short(s: str, n: int = 60) -> str:
    s = " ".join(s.split())
    return s if len(s) <= n else s[: n - 1] + "…"

