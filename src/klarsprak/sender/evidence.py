"""Evidence of who is speaking: names with their role, units, persons, contact details, signatures.

:func:`scan` reads one string (the text, or a metadata block) and says for every
organisation name whether it is the speaker, a mention ("enligt Skatteverket") or part
of a signature or contact block, from the cues in ``lexicons/sender/cues.yaml``.
"""

from __future__ import annotations

import bisect
import re
from typing import Iterable, Sequence
from urllib.parse import urlparse

from ..doc import Document, Lines
from ..findings import Evidence
from .knowledge import ContactPattern, Organisation, SenderKnowledge, fold, knowledge, normalise

# How much one piece of evidence says about who the sender is (0 = nothing).
WEIGHTS = {
    "metadata": 0.9, "signature": 0.95, "letterhead": 0.85, "speaker": 0.9, "contact_block": 0.9, "unit": 0.85,
    "person": 0.8, "person.quoted": 0.5, "voice": 0.8, "email": 0.75, "url": 0.7, "link": 0.3,
    "mention.municipality": 0.45, "mention.region": 0.45, "mention.third_person": 0.5, "mention.agency": 0.4,
    "mention.other": 0.45, "proper_name": 0.65,
}
#: Voice cues that make any organisation the speaker, not only one that writes of itself in the third person.
ANY_VOICE = frozenset({"voice.i_dag", "voice.supervision", "voice.employer"})
#: Cues that make a proper name speak: an employer's ("hos oss på X", "arbeta hos X", "X söker"), not a
#: place's ("välkommen till Umeå", "vi i Umeå") nor a reported body's ("OSSE har kritiserat").
EMPLOYER_CUES = frozenset({"speaker.hos_oss", "speaker.employer", "speaker.recruiter", "voice.employer"})
WINDOW = 60  # characters looked at on each side of a name
CONTACT_LINE = 80  # longest line that can belong to a contact block
LETTERHEAD_LINES = 6  # the first lines, where a name standing alone heads a document as its letterhead
SIGNATURE_LINES = 4  # non-empty lines after a closing greeting that belong to the signature


def _signature_lines(lines: Lines, k: SenderKnowledge) -> dict[int, int]:
    """Lines that belong to a signature block, each mapped to the line of its closing greeting."""
    inside: dict[int, int] = {}
    for i, line in enumerate(lines):
        if k.cue("signature", "line", line.text):
            taken, j = 0, i + 1
            while j < len(lines) and taken < SIGNATURE_LINES:
                if not lines[j].blank:
                    inside[j] = i
                    taken += 1
                elif taken:
                    break
                j += 1
            inside[i] = i
    return inside


def scan(text: str, field: str = "text", lines: Lines | None = None,
         entities: Sequence[tuple[int, int]] = (), proper_names: Sequence[tuple[int, int]] = ()) -> list[Evidence]:
    """All evidence in one string (``lines``: its lines, if the caller has them).

    ``entities`` are the character spans of organisation names an entity recogniser found
    (``ORG``), ``proper_names`` those of runs of proper nouns. Both may be persons, places or
    bodies reported on as well (the recogniser reads a first name in a signature as ORG): one
    counts only when an employer's cue makes it speak (:data:`EMPLOYER_CUES`).
    """
    k = knowledge()
    lines = lines if lines is not None else Lines(text)
    signature = _signature_lines(lines, k)
    found: list[Evidence] = []

    contact_lines: set[int] = set()
    for pattern in k.patterns:
        if pattern.kind in ("url", "organisation"):
            continue
        for m in pattern.regex.finditer(text):
            ev = _contact_evidence(pattern, m, field, k)
            if ev is not None:
                found.append(ev)
                contact_lines.add(lines.index(m.start()))

    def own_line(offset: int) -> bool:
        line = lines.index(offset)
        return line in signature or _in_contact_block(lines, line, contact_lines)

    candidates: list[tuple[int, int]] = []
    for pattern in k.patterns:
        if pattern.kind not in ("url", "organisation"):
            continue  # contact details, read above
        for m in pattern.regex.finditer(text):
            if pattern.kind == "url":
                org = k.domain_org(m.group(1))
                if org is not None:  # a link to a site is not its owner speaking, unless in a contact block
                    weight = WEIGHTS["url"] if own_line(m.start()) else WEIGHTS["link"]
                    found.append(Evidence("url", m.group(), m.start(), m.end(), field, org.name, weight))
            elif pattern.kind == "organisation" and not k.names.match(text, m.start("name")):
                if pattern.speaker:  # an office holder by title and name is a person, not a name of the body
                    kind = "person" if k.roles.match(text, m.start("name")) else "organisation"
                    found.append(Evidence(kind, m.group("name"), m.start("name"), m.end("name"), field,
                                          _speaker_name(m, k), WEIGHTS["speaker"]))
                else:
                    candidates.append((m.start("name"), m.end("name")))

    name_starts: list[int] = []
    name_ends: list[int] = []
    for m in k.names.finditer(text):
        org = k.lookup(m.group())
        if org is None or not _capitalised(m.group(), org):
            continue
        found.append(_named(text, m.start(), m.end(), org, k, lines, signature, contact_lines, field))
        name_starts.append(m.start())
        name_ends.append(m.end())

    taken = _Spans((ev.start, ev.end) for ev in found if ev.organisation and ev.kind in ("organisation", "unit"))
    for start, end in sorted(candidates, key=lambda c: (c[0], -c[1])):
        if not taken.add(start, end):
            continue  # a listed name, a speaker pattern or a longer candidate already covers it
        name = " ".join(text[start:end].split())
        org = Organisation(f"other:{normalise(name)}", name, "other", (name,))
        found.append(_named(text, start, end, org, k, lines, signature, contact_lines, field))

    first_lines = sorted({_first_line(text, s, e) for s, e in (*entities, *proper_names)})
    for start, end in first_lines:
        before, after = text[max(0, start - WINDOW):start].rstrip(), text[end:end + WINDOW]
        if ((k.cue("speaker", "before", before) in EMPLOYER_CUES or k.cue("voice", "after", after) in EMPLOYER_CUES)
                and taken.add(start, end)):
            name = " ".join(text[start:end].split())
            found.append(Evidence("organisation", text[start:end], start, end, field, name, WEIGHTS["proper_name"]))

    for m in k.places.finditer(text):
        n = bisect.bisect_right(name_starts, m.start()) - 1  # names do not overlap: the last one before
        if n >= 0 and m.start() < name_ends[n]:
            continue
        unit = k.units.match(text, m.end())
        org_id = k.by_place.get(normalise(m.group())) or k.by_place.get(normalise(m.group()[:-1]))
        if unit is None or org_id is None:
            continue
        found.append(Evidence("unit", text[m.start():unit.end()], m.start(), unit.end(), field,
                              k.organisations[org_id].name, WEIGHTS["unit"]))

    for m in (*k.roles.finditer(text), *k.named_roles.finditer(text)):
        org_id = _role_org(m.group("role"), k)
        if org_id is None or k.cue("former", "before", text[max(0, m.start("role") - WINDOW):m.start("role")].rstrip()):
            continue  # "tidigare statssekreterare": the person no longer speaks for the organisation
        org = k.organisations[org_id]
        before = text[max(0, m.start() - WINDOW):m.start()].rstrip()
        source = k.cue("source", "before", before)
        if source and source != "source.kontakta":  # "överlämnat sin promemoria till inrikesminister X": a recipient
            found.append(Evidence("person", m.group(), m.start(), m.end(), field, org.name, 0.0, "mentioned"))
        else:  # a byline, a title, a signature or "Kontakta pressekreterare Y" speaks for the organisation;
            # "säger kulturminister X" in running text is quoted, as a news report quotes her too: weak alone
            line = lines[lines.index(m.start())].text.strip()
            own = (own_line(m.start()) or len(line) <= CONTACT_LINE or line.startswith("#")
                   or k.cue("speaker", "before", before))
            found.append(Evidence("person", m.group(), m.start(), m.end(), field, org.name,
                                  WEIGHTS["person" if own or source else "person.quoted"]))

    signers = _domain_signers(text, field, lines, signature, contact_lines, found, [*candidates, *first_lines])
    resolved = {ev.start for ev in signers}  # an address whose organisation is now known is listed once
    found = [ev for ev in found if not (ev.kind == "email" and ev.organisation is None and ev.start in resolved)]
    found.extend(signers)
    found.extend(_signatures(text, field, lines, signature, found))
    return found


#: Times an organisation's name must recur before a text is taken to say whom it is from or about.
NAMED_OFTEN = 3


def recurring_name(text: str, entities: Sequence[tuple[int, int]]) -> tuple[int, int] | None:
    """The first span of the name that recurs most often among ``entities`` (spans of organisation names or
    proper-name runs), if it recurs :data:`NAMED_OFTEN` times or more (as written, spaces normalised)."""
    seen: dict[str, list[tuple[int, int]]] = {}
    for start, end in entities:
        seen.setdefault(" ".join(text[start:end].split()), []).append((start, end))
    spans = max(seen.values(), key=len, default=[])
    return spans[0] if len(spans) >= NAMED_OFTEN else None


def _first_line(text: str, start: int, end: int) -> tuple[int, int]:
    """A name's span cut at its first line break ("Norrbygg\nanna@norrbygg.se" is "Norrbygg")."""
    cut = text.find("\n", start, end)
    return (start, end if cut < 0 else cut)


class _Spans:
    """Spans of the text already read as names: a new one is taken only if it overlaps none of them."""

    def __init__(self, spans: Iterable[tuple[int, int]]) -> None:
        self.spans = sorted(spans)

    def add(self, start: int, end: int) -> bool:
        """Take ``start:end`` if it overlaps no span taken so far; True if it was taken."""
        i = bisect.bisect_left(self.spans, (start, end))
        if any(s < end and start < e for s, e in self.spans[max(0, i - 2):i + 2]):
            return False
        self.spans.insert(i, (start, end))
        return True


def _speaker_name(m: re.Match[str], k: SenderKnowledge) -> str:
    """The organisation a speaker names: "vi på Sundsvall" and "vi på Sundsvall.se" are Sundsvalls kommun, and
    an office holder by title and name (*Uttalande av utrikesminister X*) speaks for the title's organisation."""
    name = m.group("name")
    domain = re.match(r"\.se\b", m.string[m.end("name"):])
    role = k.roles.match(m.string, m.start("name"))
    org_id = _role_org(role.group("role"), k) if role else None
    org = (k.domain_org(name + ".se") if domain else None) or k.organisations.get(
        org_id or k.by_place.get(normalise(name), ""))
    return org.name if org else name


def _named(text: str, start: int, end: int, org: Organisation, k: SenderKnowledge, lines: Lines,
           signature: dict[int, int], contact_lines: set[int], field: str) -> Evidence:
    """The evidence one written name gives, with its role from the words around it."""
    role, kind, weight = _name_role(text, start, end, org, k, lines, lines.index(start), signature, contact_lines)
    return Evidence(kind, text[start:end], start, end, field, org.name, weight, role)


def _domain_signers(text: str, field: str, lines: Lines, signature: dict[int, int], contact_lines: set[int],
                    found: list[Evidence], names: Sequence[tuple[int, int]] = ()) -> list[Evidence]:
    """An e-mail address at a domain the lexicons do not know whose name the text spells: a signature or
    contact line next to it (``info@norrbygg.se`` and the line ``Norrbygg AB``), or a name written anywhere
    in the text (``names``: candidates, proper-name runs, entities) that is not a source or another party
    (*Solbackens Bageri* and ``linnea@solbackensbageri.se``; *Nordic Talent Partners AB* and
    ``sara@nordictalent.se``: the domain is the name, or its first words, run together). The organisation
    whose own address the text gives to reach it is the one that writes."""
    k = knowledge()
    out = []
    spelt: dict[str, list[tuple[int, int, str]]] | None = None
    for ev in found:
        if ev.kind != "email" or ev.organisation or ev.field != field:
            continue
        label = fold(ev.text.rsplit("@", 1)[1].split(".")[-2])
        here = lines.index(ev.start)
        near = [lines[j] for j in range(here - SIGNATURE_LINES, here + SIGNATURE_LINES + 1)
                if 0 <= j < len(lines) and (j in signature or j in contact_lines or j == here)]
        if spelt is None:
            spelt = _spellings(text, names)
        written = [(line.start, line.end, name) for line in near
                   if (name := _name_line(text[line.start:line.end])) and label in _spelled(name)]
        for start, end, name in (*written, *spelt.get(label, ())):
            if k.cue("source", "before", text[max(0, start - WINDOW):start]):
                continue
            out.append(Evidence("email", ev.text, ev.start, ev.end, field, _without_title(name),
                                WEIGHTS["signature"] if lines.index(start) in signature else WEIGHTS["email"]))
            break
    return out


def _spellings(text: str, names: Iterable[tuple[int, int]]) -> dict[str, list[tuple[int, int, str]]]:
    """Every domain label a name in ``names`` spells (:func:`_spelled`), mapped to those names in text order."""
    spelt: dict[str, list[tuple[int, int, str]]] = {}
    for start, end in sorted(set(names)):
        name = _name_line(text[start:end])
        for label in _spelled(name) if name else ():
            spelt.setdefault(label, []).append((start, end, name))
    return spelt


def _spelled(name: str) -> set[str]:
    """The domain labels a name spells: the name run together (*norrbygg* – *Norrbygg AB*), or its first two
    words or more (*nordictalent* – *Nordic Talent Partners AB*); a title before a comma is no part of the name
    (*Ägare, Solbackens Bageri*)."""
    words = [fold(w) for w in LEGAL_FORM.sub("", _without_title(name)).split()]
    return {"".join(words[:n]) for n in range(2, len(words))} | {"".join(words)} if words else set()


def _without_title(name: str) -> str:
    """A signature line's name without the title before its comma (*Ägare, Solbackens Bageri*)."""
    return name.rsplit(",", 1)[-1].strip()


LEGAL_FORM = re.compile(r"\s+(?:AB|Aktiebolag|HB|KB)(?:\s+\(publ\))?$")


def _name_line(line: str) -> str | None:
    """A short line that can be an organisation's name: one to five words, the first capitalised."""
    words = line.strip().rstrip(".,").split()
    return " ".join(words) if 0 < len(words) <= 5 and words[0][:1].isupper() and "@" not in line else None


def _signatures(text: str, field: str, lines: Lines, signature: dict[int, int],
                found: list[Evidence]) -> list[Evidence]:
    """One piece of evidence per signature block, signed by the first organisation named in it."""
    blocks: dict[int, list[int]] = {}
    for j, opener in signature.items():
        blocks.setdefault(opener, []).append(j)
    named = sorted((ev.start, n, ev.organisation) for n, ev in enumerate(found)
                   if ev.field == field and ev.organisation and ev.role == "sender")
    starts = [start for start, _, _ in named]
    out = []
    for opener in sorted(blocks):
        s = lines[opener].start
        end = lines[max(blocks[opener])].end
        inside = named[bisect.bisect_left(starts, s):bisect.bisect_right(starts, end)]
        org = min(inside, key=lambda x: x[1])[2] if inside else None
        out.append(Evidence("signature", text[s:end], s, end, field, org,
                            WEIGHTS["signature"] if org else 0.0, "sender" if org else "unsigned"))
    return out


def _capitalised(matched: str, org: Organisation) -> bool:
    """Proper names must be written with a capital; ``regeringen`` may be written in lower case."""
    return matched[0].isupper() or org.third_person


def _role_org(role: str, k: SenderKnowledge) -> str | None:
    role = role.lower()
    if role in k.role_org:
        return k.role_org[role]
    for form, org_id in k.role_org.items():
        if role.endswith(form) and form == "minister":
            return org_id
    return None


def _name_role(text: str, start: int, end: int, org: Organisation, k: SenderKnowledge, lines: Lines, line: int,
               signature: dict[int, int], contact_lines: set[int]) -> tuple[str, str, float]:
    """Is this name the speaker, a mention, or part of a signature or contact block?"""
    before = text[max(0, start - WINDOW):start].rstrip()
    after = text[end:end + WINDOW]
    if line in signature:
        return "sender", "organisation", WEIGHTS["signature"]
    if k.cue("speaker", "before", before):
        return "sender", "organisation", WEIGHTS["speaker"]
    source = k.cue("source", "before", before)
    if source == "source.kontakta" and org.kind in ("municipality", "region") and k.units.match(text, end):
        return "sender", "unit", WEIGHTS["unit"]  # "kontakta Helsingborgs stads kontaktcenter": its own way in
    if source or (k.cue("source", "after", after) and not org.third_person):
        return "mentioned", "unit" if k.units.match(text, end) else "organisation", 0.0
    if k.units.match(text, end):
        return "sender", "unit", WEIGHTS["unit"]
    if _in_contact_block(lines, line, contact_lines):
        return "sender", "organisation", WEIGHTS["contact_block"]
    if line < LETTERHEAD_LINES and lines[line].text.strip(" \t*#_") == text[start:end]:
        return "sender", "organisation", WEIGHTS["letterhead"]  # "**Sundsvalls kommun**" under the title
    voice = k.cue("voice", "after", after)
    if ((voice and org.third_person) or voice in ANY_VOICE
            or (org.third_person and k.cue("voice", "before", before))):
        return "sender", "organisation", WEIGHTS["voice"]
    if org.third_person:
        return "sender", "organisation", WEIGHTS["mention.third_person"]
    return "sender", "organisation", WEIGHTS[f"mention.{org.kind}"]


def _in_contact_block(lines: Lines, line: int, contact_lines: set[int]) -> bool:
    """A short line next to (or holding) a phone number, e-mail or address, as in a footer."""
    return lines[line].end - lines[line].start <= CONTACT_LINE and bool({line - 1, line, line + 1} & contact_lines)


def _contact_evidence(pattern: ContactPattern, m: re.Match[str], field: str, k: SenderKnowledge) -> Evidence | None:
    text = m.group()
    if pattern.kind == "email":
        org = k.domain_org(text.rsplit("@", 1)[1])
        return Evidence("email", text, m.start(), m.end(), field, org.name if org else None,
                        WEIGHTS["email"] if org else 0.0)
    if pattern.kind == "phone" and sum(c.isdigit() for c in text) < 7:
        return None
    return Evidence(pattern.kind, text, m.start(), m.end(), field)


def metadata_evidence(document: Document | None) -> list[Evidence]:
    """Evidence from a document's metadata and dropped blocks; spans refer to the field."""
    if document is None:
        return []
    k = knowledge()
    found: list[Evidence] = []
    for name in ("publisher", "site_name"):
        value = getattr(document, name)
        if not value:
            continue
        org = k.lookup(value) or k.find(value) or k.domain_org(value.strip())  # a site name: lerum.se
        found.append(Evidence("metadata", value, 0, len(value), name, org.name if org else value.strip(),
                              WEIGHTS["metadata"]))
    if document.url:
        host = urlparse(document.url if "//" in document.url else "//" + document.url).hostname or ""
        org = k.domain_org(host)
        if org is not None:
            found.append(Evidence("url", document.url, 0, len(document.url), "url", org.name, WEIGHTS["url"]))
    for name, block in document.blocks.items():
        found.extend(scan(block, f"blocks.{name}"))
    return found
