"""Who is speaking? Finding the sender of a text and the evidence for it.

A reader must be able to see which organisation a text comes from (Lerum: "Det ska
alltid framgå vem som är avsändare"). :func:`detect_sender` collects evidence —
organisation names, units, titled persons, contact details, signatures and
document metadata — and weighs it: a name counts as the sender only when nothing
around it marks it as a source or another party ("enligt Skatteverket"). The
knowledge (290 municipalities, 21 regions, agencies, unit words, titles, contact
patterns, context cues) is data in ``lexicons/sender/``.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from functools import cache
from typing import Any, Iterable, Iterator, Sequence
from urllib.parse import urlparse

from .doc import Document
from .lexicon.catalogue import CATALOGUE, EVIDENCE_KINDS
from .lexicon.loader import load_entries
from .resources import lexicon_path

#: Confidence at which an organisation counts as the identified sender.
FOUND_AT = 0.6

ORG_FILES = {"municipalities.yaml": "municipality", "regions.yaml": "region", "agencies.yaml": "agency"}
ORG_SCHEMA, UNIT_SCHEMA, ROLE_SCHEMA = CATALOGUE["organisations"], CATALOGUE["units"], CATALOGUE["roles"]
PATTERN_SCHEMA, CUE_SCHEMA = CATALOGUE["patterns"], CATALOGUE["cues"]

# How much one piece of evidence says about who the sender is (0 = nothing).
WEIGHTS = {
    "metadata": 0.9, "signature": 0.95, "speaker": 0.9, "contact_block": 0.9, "unit": 0.85,
    "person": 0.8, "voice": 0.8, "email": 0.75, "url": 0.7,
    "mention.municipality": 0.7, "mention.region": 0.7, "mention.third_person": 0.5, "mention.agency": 0.4,
}
REPEAT_BONUS, REPEAT_CAP = 0.05, 0.15
WINDOW = 60  # characters looked at on each side of a name
CONTACT_LINE = 80  # longest line that can belong to a contact block


@dataclass(frozen=True)
class Organisation:
    """A known organisation: its id, the name it signs with, and how else it is written."""

    id: str
    name: str
    kind: str
    forms: tuple[str, ...]
    domains: tuple[str, ...] = ()
    place: str | None = None
    third_person: bool = False


@dataclass(frozen=True)
class Evidence:
    """One sign of who is speaking, with its span in the text or in a metadata field."""

    kind: str
    text: str
    start: int
    end: int
    field: str = "text"
    organisation: str | None = None
    weight: float = 0.0
    role: str = "sender"

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready dict; ``span.field`` is ``text`` or the metadata field it refers to."""
        return {
            "kind": self.kind,
            "text": self.text,
            "organisation": self.organisation,
            "role": self.role,
            "weight": round(self.weight, 3),
            "span": {"field": self.field, "start": self.start, "end": self.end},
        }


@dataclass(frozen=True)
class SenderResult:
    """The sender verdict for one document.

    ``found`` is true when one organisation reaches :data:`FOUND_AT`; ``evidence``
    lists everything that was weighed, including names that were only mentioned
    (``role == "mentioned"``). ``expected_visible`` and ``other_sender`` answer the
    question "is the sender we expect visible, or does someone else speak?".
    """

    found: bool
    organisation: str | None
    confidence: float
    evidence: tuple[Evidence, ...] = ()
    contact: bool = False
    letter: bool = False
    invites_contact: bool = False
    mentioned: tuple[str, ...] = ()
    expected: str | None = None
    expected_visible: bool | None = None
    other_sender: str | None = None
    reason: str = ""

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready dict of the verdict and its evidence."""
        return {
            "found": self.found,
            "organisation": self.organisation,
            "confidence": round(self.confidence, 3),
            "contact": self.contact,
            "letter": self.letter,
            "invites_contact": self.invites_contact,
            "mentioned": list(self.mentioned),
            "expected": self.expected,
            "expected_visible": self.expected_visible,
            "other_sender": self.other_sender,
            "reason": self.reason,
            "evidence": [e.to_dict() for e in self.evidence],
        }


@dataclass(frozen=True)
class _Pattern:
    kind: str
    regex: re.Pattern[str]
    contact: bool


@dataclass
class SenderKnowledge:
    """The sender lexicons compiled for matching."""

    organisations: dict[str, Organisation]
    names: re.Pattern[str]
    places: re.Pattern[str]
    units: re.Pattern[str]
    roles: re.Pattern[str]
    named_roles: re.Pattern[str]
    patterns: list[_Pattern]
    cues: dict[str, list[tuple[str, re.Pattern[str]]]] = field(default_factory=dict)
    by_form: dict[str, str] = field(default_factory=dict)
    by_place: dict[str, str] = field(default_factory=dict)
    by_domain: dict[str, str] = field(default_factory=dict)
    role_org: dict[str, str] = field(default_factory=dict)

    def lookup(self, name: str) -> Organisation | None:
        """The organisation a written name (any case, genitive allowed) refers to."""
        key = _norm(name)
        org_id = self.by_form.get(key) or self.by_form.get(key[:-1] if key.endswith("s") else key)
        return self.organisations.get(org_id) if org_id else None

    def domain_org(self, host: str) -> Organisation | None:
        """The organisation owning a web or e-mail domain (``lerum.se``, ``www.lerum.se``)."""
        parts = host.lower().strip(".").split(".")
        for i in range(len(parts) - 1):
            org_id = self.by_domain.get(".".join(parts[i:]))
            if org_id:
                return self.organisations[org_id]
        return None

    def cue(self, kind: str, where: str, text: str) -> str | None:
        """The id of the first cue of ``kind`` found in ``text`` (``where`` as in the lexicon)."""
        for cue_id, regex in self.cues.get(f"{kind}:{where}", []):
            if regex.search(text):
                return cue_id
        return None


def _norm(s: str) -> str:
    return re.sub(r"\s+", " ", s.strip()).lower()


def _alternation(forms: Iterable[str]) -> str:
    return "|".join(re.escape(f).replace(r"\ ", r"\s+") for f in sorted(set(forms), key=len, reverse=True))


def _trie(forms: Iterable[str], *, fold: bool = False) -> str:
    """A regex for ``forms`` as a trie: it matches what :func:`_alternation` matches (the longest
    form first), but much faster when there are hundreds of forms. ``fold`` merges upper and lower
    case, for a pattern compiled with ``re.IGNORECASE``."""
    root: dict[str, dict] = {}
    for form in forms:
        node = root
        for char in form.lower() if fold else form:
            node = node.setdefault(char, {})
        node[""] = {}
    return _trie_regex(root)


def _trie_regex(node: dict[str, dict]) -> str:
    branches = [(r"\s+" if char == " " else re.escape(char)) + _trie_regex(child)
                for char, child in sorted(node.items()) if char]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else f"(?:{'|'.join(branches)})"
    return f"(?:{body})?" if "" in node else body


@cache
def knowledge() -> SenderKnowledge:
    """Load and compile ``lexicons/sender/`` once."""
    folder = lexicon_path("sender")
    orgs: dict[str, Organisation] = {}
    for filename, kind in ORG_FILES.items():
        for e in load_entries([folder / filename], ORG_SCHEMA):
            forms = tuple(dict.fromkeys([e["name"], *e.get("variants", [])]))
            orgs[e["id"]] = Organisation(e["id"], e["name"], kind, forms, tuple(e.get("domains", [])),
                                         e.get("place"), bool(e.get("third_person", False)))
    by_form: dict[str, str] = {}
    for org in orgs.values():
        for form in org.forms:
            by_form.setdefault(_norm(form), org.id)
    by_place = {_norm(o.place): o.id for o in orgs.values() if o.place}
    by_domain: dict[str, str] = {}
    for org in orgs.values():
        for d in org.domains:
            by_domain.setdefault(d.lower(), org.id)

    units = load_entries([folder / "units.yaml"], UNIT_SCHEMA)
    unit_alts = [_alternation(u["forms"]) if not u.get("suffix") else rf"\w*(?:{_alternation(u['forms'])})"
                 for u in units]
    roles = load_entries([folder / "roles.yaml"], ROLE_SCHEMA)
    role_org: dict[str, str] = {}
    role_alts = []
    for r in roles:
        for form in r["forms"]:
            role_org[form.lower()] = r["organisation"]
        alt = _alternation(r["forms"])
        role_alts.append(rf"[\wåäö-]*(?:{alt})" if r.get("suffix") else rf"(?:{alt})")

    patterns = [_Pattern(p["kind"], re.compile(p["regex"]), bool(p.get("contact", False)))
                for p in load_entries([folder / "patterns.yaml"], PATTERN_SCHEMA)]
    cues: dict[str, list[tuple[str, re.Pattern[str]]]] = {}
    for c in load_entries([folder / "cues.yaml"], CUE_SCHEMA):
        flags = re.IGNORECASE | (re.MULTILINE if c["where"] == "anywhere" else 0)
        cues.setdefault(f"{c['kind']}:{c['where']}", []).append((c["id"], re.compile(c["regex"], flags)))

    all_forms = [f for o in orgs.values() for f in o.forms]
    return SenderKnowledge(
        organisations=orgs,
        # a name, optionally in the genitive; case-insensitive, checked for capitals later
        names=re.compile(rf"(?<![\w-])(?:{_trie(all_forms, fold=True)})s?(?![\w-])", re.IGNORECASE),
        places=re.compile(rf"(?<![\w-])(?:{_trie(by_place_forms(orgs))})s?(?![\w-])"),
        units=re.compile(rf"\s+(?:{'|'.join(unit_alts)})\b", re.IGNORECASE),
        roles=re.compile(rf"(?<![\w-])(?P<role>{'|'.join(role_alts)})\s+(?P<name>[A-ZÅÄÖ][\wåäö]+(?:[ -][A-ZÅÄÖ][\wåäö]+)+)"),
        named_roles=re.compile(rf"(?P<name>[A-ZÅÄÖ][\wåäö]+(?:[ -][A-ZÅÄÖ][\wåäö]+)+),\s+(?P<role>{'|'.join(role_alts)})\b"),
        patterns=patterns,
        cues=cues,
        by_form=by_form,
        by_place=by_place,
        by_domain=by_domain,
        role_org=role_org,
    )


def by_place_forms(orgs: dict[str, Organisation]) -> list[str]:
    """Place names of municipalities (``Helsingborg``), used with a following unit word."""
    return [o.place for o in orgs.values() if o.place]


# --- scanning one string ---------------------------------------------------------------------


def _lines(text: str) -> list[tuple[int, int]]:
    spans, pos = [], 0
    for line in text.splitlines(keepends=True):
        spans.append((pos, pos + len(line.rstrip("\r\n"))))
        pos += len(line)
    return spans


def _line_of(lines: Sequence[tuple[int, int]], offset: int) -> int:
    return max(0, bisect.bisect_right(lines, (offset, float("inf"))) - 1)


def _signature_lines(text: str, lines: Sequence[tuple[int, int]], k: SenderKnowledge) -> dict[int, int]:
    """Lines that belong to a signature block: up to four non-empty lines after a closing greeting."""
    inside: dict[int, int] = {}
    for i, (s, e) in enumerate(lines):
        if k.cue("signature", "anywhere", text[s:e]):
            taken, j = 0, i + 1
            while j < len(lines) and taken < 4:
                js, je = lines[j]
                if text[js:je].strip():
                    inside[j] = i
                    taken += 1
                elif taken:
                    break
                j += 1
            inside[i] = i
    return inside


def scan(text: str, field: str = "text") -> list[Evidence]:
    """All evidence in one string: names with their role, persons, contact details, signatures."""
    k = knowledge()
    lines = _lines(text)
    signature = _signature_lines(text, lines, k)
    found: list[Evidence] = []

    contact_lines: set[int] = set()
    for pattern in k.patterns:
        for m in pattern.regex.finditer(text):
            ev = _contact_evidence(pattern, m, field, k)
            if ev is None:
                continue
            found.append(ev)
            if pattern.kind != "url":
                contact_lines.add(_line_of(lines, m.start()))

    taken: list[tuple[int, int]] = []
    for m in k.names.finditer(text):
        org = k.lookup(m.group())
        if org is None or not _capitalised(m.group(), org):
            continue
        line = _line_of(lines, m.start())
        role, kind, weight = _name_role(text, m.start(), m.end(), org, k, lines, line, signature, contact_lines,
                                        )
        found.append(Evidence(kind, m.group(), m.start(), m.end(), field, org.name, weight, role))
        taken.append((m.start(), m.end()))

    for m in k.places.finditer(text):
        if any(s <= m.start() < e for s, e in taken):
            continue
        unit = k.units.match(text, m.end())
        org_id = k.by_place.get(_norm(m.group())) or k.by_place.get(_norm(m.group()[:-1]))
        if unit is None or org_id is None:
            continue
        found.append(Evidence("unit", text[m.start():unit.end()], m.start(), unit.end(), field,
                              k.organisations[org_id].name, WEIGHTS["unit"]))

    for m in (*k.roles.finditer(text), *k.named_roles.finditer(text)):
        org_id = _role_org(m.group("role"), k)
        if org_id is None:
            continue
        org = k.organisations[org_id]
        found.append(Evidence("person", m.group(), m.start(), m.end(), field, org.name, WEIGHTS["person"]))

    for opener in sorted(set(signature.values())):
        s, e = lines[opener]
        block = [j for j, o in signature.items() if o == opener and j != opener]
        end = lines[max(block)][1] if block else e
        orgs = [ev.organisation for ev in found if ev.field == field and s <= ev.start <= end and ev.organisation
                and ev.role == "sender"]
        found.append(Evidence("signature", text[s:end], s, end, field, orgs[0] if orgs else None,
                              WEIGHTS["signature"] if orgs else 0.0, "sender" if orgs else "unsigned"))
    return found


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


def _name_role(text: str, start: int, end: int, org: Organisation, k: SenderKnowledge,
               lines: Sequence[tuple[int, int]], line: int, signature: dict[int, int], contact_lines: set[int]) -> tuple[str, str, float]:
    """Is this name the speaker, a mention, or part of a signature or contact block?"""
    before = text[max(0, start - WINDOW):start].rstrip()
    after = text[end:end + WINDOW]
    if line in signature:
        return "sender", "organisation", WEIGHTS["signature"]
    if k.cue("speaker", "before", before):
        return "sender", "organisation", WEIGHTS["speaker"]
    if k.cue("source", "before", before) or (k.cue("source", "after", after) and not org.third_person):
        return "mentioned", "unit" if k.units.match(text, end) else "organisation", 0.0
    if k.units.match(text, end):
        return "sender", "unit", WEIGHTS["unit"]
    if _in_contact_block(lines, line, contact_lines):
        return "sender", "organisation", WEIGHTS["contact_block"]
    voice = k.cue("voice", "after", after)
    if (voice and org.third_person) or voice == "voice.i_dag" or (org.third_person and k.cue("voice", "before", before)):
        return "sender", "organisation", WEIGHTS["voice"]
    if org.third_person:
        return "sender", "organisation", WEIGHTS["mention.third_person"]
    return "sender", "organisation", WEIGHTS[f"mention.{org.kind}"]


def _in_contact_block(lines: Sequence[tuple[int, int]], line: int, contact_lines: set[int]) -> bool:
    """A short line next to (or holding) a phone number, e-mail or address, as in a footer."""
    s, e = lines[line]
    return e - s <= CONTACT_LINE and bool({line - 1, line, line + 1} & contact_lines)


def _contact_evidence(pattern: _Pattern, m: re.Match[str], field: str, k: SenderKnowledge) -> Evidence | None:
    text = m.group()
    if pattern.kind == "email":
        org = k.domain_org(text.rsplit("@", 1)[1])
        return Evidence("email", text, m.start(), m.end(), field, org.name if org else None,
                        WEIGHTS["email"] if org else 0.0)
    if pattern.kind == "url":
        org = k.domain_org(m.group(1))
        if org is None:
            return None
        return Evidence("url", text, m.start(), m.end(), field, org.name, WEIGHTS["url"])
    if pattern.kind == "phone" and sum(c.isdigit() for c in text) < 7:
        return None
    return Evidence(pattern.kind, text, m.start(), m.end(), field)


# --- the verdict ------------------------------------------------------------------------------


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
        org = k.lookup(value) or _first_org(value, k)
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


def _first_org(text: str, k: SenderKnowledge) -> Organisation | None:
    m = k.names.search(text)
    return k.lookup(m.group()) if m else None


def detect_sender(text: str, document: Document | None = None, expected: str | None = None) -> SenderResult:
    """Weigh all evidence in ``text`` and ``document`` and decide who the sender is."""
    k = knowledge()
    evidence = scan(text) + metadata_evidence(document)
    scores: dict[str, list[float]] = {}
    for ev in evidence:
        if ev.organisation and ev.weight > 0:
            scores.setdefault(ev.organisation, []).append(ev.weight)
    ranked = sorted(((_combine(w), name) for name, w in scores.items()), reverse=True)
    confidence, organisation = ranked[0] if ranked else (0.0, None)
    found = confidence >= FOUND_AT
    letter = bool(k.cue("letter", "anywhere", text) or k.cue("signature", "anywhere", text))
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
        invites_contact=invites,
        mentioned=mentioned,
    )
    if expected:
        result = _with_expected(result, expected, scores, k)
    return _explained(result)


def _combine(weights: list[float]) -> float:
    """The strongest piece of evidence, plus a little for each repetition."""
    return min(1.0, max(weights) + min(REPEAT_CAP, REPEAT_BONUS * (len(weights) - 1)))


def _with_expected(result: SenderResult, expected: str, scores: dict[str, list[float]],
                   k: SenderKnowledge) -> SenderResult:
    org = k.lookup(expected) or _first_org(expected, k)
    name = org.name if org else expected.strip()
    visible = _combine(scores[name]) >= FOUND_AT if name in scores else False
    if not visible and org is None:
        visible = any(_norm(ev.organisation or "") == _norm(expected) and ev.weight > 0 for ev in result.evidence)
    other = result.organisation if result.found and result.organisation != name else None
    return SenderResult(**{**result.__dict__, "expected": name, "expected_visible": visible, "other_sender": other})


def _explained(result: SenderResult) -> SenderResult:
    return SenderResult(**{**result.__dict__, "reason": explain(result)})


def explain(result: SenderResult) -> str:
    """Why the verdict is what it is, in Swedish, for the writer."""
    kinds = {ev.kind for ev in result.evidence}
    if result.found:
        strongest = max((ev for ev in result.evidence if ev.organisation == result.organisation),
                        key=lambda e: e.weight)
        where = "i texten" if strongest.field == "text" else f"i metadata ({strongest.field})"
        return (f"Avsändaren {result.organisation} framgår {where}: "
                f"{_KIND_WORDS.get(strongest.kind, strongest.kind)} ”{_short(strongest.text)}”.")
    parts = []
    if result.mentioned:
        parts.append(f"{', '.join(result.mentioned)} nämns bara som källa eller annan part, inte som avsändare")
    unsigned = [ev for ev in result.evidence if ev.kind == "signature" and not ev.organisation]
    if unsigned:
        parts.append("texten är undertecknad men utan organisationens namn")
    if kinds & {"phone", "email", "address"}:
        parts.append("det finns kontaktuppgifter men inget namn på organisationen")
    elif result.invites_contact:
        parts.append("texten säger ”kontakta oss” men inte vilka ”vi” är")
    if not parts:
        parts.append("ingen organisation nämns")
    return "Det går inte att se vem som är avsändare: " + "; ".join(parts) + "."


_KIND_WORDS = {
    "organisation": "namnet", "unit": "enheten", "person": "personen", "email": "e-postadressen",
    "url": "webbadressen", "signature": "underskriften", "metadata": "utgivaren",
}


def _short(s: str, n: int = 60) -> str:
    s = " ".join(s.split())
    return s if len(s) <= n else s[: n - 1] + "…"


def iter_organisations() -> Iterator[Organisation]:
    """Every organisation the lexicons know."""
    return iter(knowledge().organisations.values())
