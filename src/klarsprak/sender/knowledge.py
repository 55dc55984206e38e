"""What the sender check knows: organisations, units, roles, contact patterns and context cues.

The knowledge is data in ``lexicons/sender/`` (290 municipalities, 21 regions,
agencies, unit words, titles, contact patterns, cues), compiled once into regular
expressions by :func:`knowledge`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache
from typing import Iterable, Iterator

from ..doc import Line
from ..lexicon.catalogue import CATALOGUE
from ..lexicon.loader import load_entries
from ..resources import lexicon_path

ORG_FILES = {"municipalities.yaml": "municipality", "regions.yaml": "region", "agencies.yaml": "agency"}
ORG_SCHEMA, UNIT_SCHEMA, ROLE_SCHEMA = CATALOGUE["organisations"], CATALOGUE["units"], CATALOGUE["roles"]
PATTERN_SCHEMA, CUE_SCHEMA = CATALOGUE["patterns"], CATALOGUE["cues"]


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
    part_of: str | None = None




@dataclass(frozen=True)
class ContactPattern:
    """A pattern for contact details (phone, e-mail, address, web address) from ``patterns.yaml``."""

    kind: str
    regex: re.Pattern[str]
    contact: bool
    speaker: bool = False


@dataclass
class SenderKnowledge:
    """The sender lexicons compiled for matching."""

    organisations: dict[str, Organisation]
    names: re.Pattern[str]
    places: re.Pattern[str]
    units: re.Pattern[str]
    roles: re.Pattern[str]
    named_roles: re.Pattern[str]
    patterns: list[ContactPattern]
    cues: dict[str, list[tuple[str, re.Pattern[str]]]] = field(default_factory=dict)
    by_form: dict[str, str] = field(default_factory=dict)
    by_place: dict[str, str] = field(default_factory=dict)
    by_domain: dict[str, str] = field(default_factory=dict)
    by_folded_place: dict[str, str] = field(default_factory=dict)
    role_org: dict[str, str] = field(default_factory=dict)

    def lookup(self, name: str) -> Organisation | None:
        """The organisation a written name (any case, genitive allowed) refers to."""
        key = normalise(name)
        org_id = self.by_form.get(key) or self.by_form.get(key[:-1] if key.endswith("s") else key)
        return self.organisations.get(org_id) if org_id else None

    def speaks_for(self, name: str) -> str:
        """The sender a named organisation speaks for (a ministry: the Government); itself if no other."""
        org = self.lookup(name)
        whole = self.organisations.get(org.part_of) if org is not None and org.part_of else None
        return whole.name if whole is not None else name

    def domain_org(self, host: str) -> Organisation | None:
        """The organisation owning a web or e-mail domain (``lerum.se``, ``www.lerum.se``)."""
        parts = host.lower().strip(".").split(".")
        for i in range(len(parts) - 1):
            org_id = self.by_domain.get(".".join(parts[i:]))
            if org_id:
                return self.organisations[org_id]
        if len(parts) >= 2 and parts[-1] == "se":  # kommunnamn.se: the municipality of that name
            org_id = self.by_folded_place.get(fold(parts[-2]))
            return self.organisations[org_id] if org_id else None
        return None

    def cue(self, kind: str, where: str, text: str) -> str | None:
        """The id of the first cue of ``kind`` found in ``text`` (``where`` as in the lexicon)."""
        for cue_id, regex in self.cues.get(f"{kind}:{where}", []):
            if regex.search(text):
                return cue_id
        return None

    def cue_in_lines(self, kind: str, lines: Iterable[Line], where: str = "line") -> str | None:
        """The id of the first line cue of ``kind`` that any of ``lines`` holds (``where``: ``line`` or ``head``)."""
        regexes = self.cues.get(f"{kind}:{where}", [])
        for line in lines:
            for cue_id, regex in regexes:
                if regex.search(line.text):
                    return cue_id
        return None

    def find(self, text: str) -> Organisation | None:
        """The first known organisation named in ``text``."""
        m = self.names.search(text)
        return self.lookup(m.group()) if m else None


def normalise(s: str) -> str:
    """A name as looked up: spaces collapsed, lower case."""
    return re.sub(r"\s+", " ", s.strip()).lower()


def fold(s: str) -> str:
    """A name as written in a web or e-mail domain: letters and digits only, å ä ö é as a a o e
    (``Ängelholm`` → ``angelholm``, ``Norr-Bygg AB`` → ``norrbyggab``)."""
    return re.sub(r"[^a-z0-9]", "", s.lower().translate(str.maketrans("åäöéèüæø", "aaoeeuao")))


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
                                         e.get("place"), bool(e.get("third_person", False)), e.get("part_of"))
    by_form: dict[str, str] = {}
    for org in orgs.values():
        for form in org.forms:
            by_form.setdefault(normalise(form), org.id)
    by_place = {normalise(o.place): o.id for o in orgs.values() if o.place}
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

    patterns = [ContactPattern(p["kind"], re.compile(p["regex"]), bool(p.get("contact", False)),
                               bool(p.get("speaker", False)))
                for p in load_entries([folder / "patterns.yaml"], PATTERN_SCHEMA)]
    cues: dict[str, list[tuple[str, re.Pattern[str]]]] = {}
    for c in load_entries([folder / "cues.yaml"], CUE_SCHEMA):
        cues.setdefault(f"{c['kind']}:{c['where']}", []).append((c["id"], re.compile(c["regex"], re.IGNORECASE)))

    all_forms = [f for o in orgs.values() for f in o.forms]
    return SenderKnowledge(
        organisations=orgs,
        # a name, optionally in the genitive; case-insensitive, checked for capitals later
        names=re.compile(rf"(?<![\w-])(?:{_trie(all_forms, fold=True)})s?(?![\w-])", re.IGNORECASE),
        places=re.compile(rf"(?<![\w-])(?:{_trie(by_place_forms(orgs))})s?(?![\w-])"),
        units=re.compile(rf"\s+(?:{'|'.join(unit_alts)})\b", re.IGNORECASE),
        # a title, its area in lower case if it has one ("minister för civilt försvar"), and a name
        roles=re.compile(rf"(?<![\w-])(?P<role>{'|'.join(role_alts)})(?:\s+för(?:\s+[a-zåäö-]+){{1,6}}?)?"
                         rf"\s+(?P<name>[A-ZÅÄÖ][\wåäö]+(?:[ -][A-ZÅÄÖ][\wåäö]+)+)"),
        # a name of two to four words, starting at a word: bounded work at every start
        named_roles=re.compile(rf"(?<![\w-])(?P<name>[A-ZÅÄÖ][\wåäö]+(?:[ -][A-ZÅÄÖ][\wåäö]+){{1,3}}),\s+"
                               rf"(?P<role>{'|'.join(role_alts)})\b"),
        patterns=patterns,
        cues=cues,
        by_form=by_form,
        by_place=by_place,
        by_domain=by_domain,
        by_folded_place={fold(o.place): o.id for o in orgs.values() if o.place and o.kind == "municipality"},
        role_org=role_org,
    )


def by_place_forms(orgs: dict[str, Organisation]) -> list[str]:
    """Place names of municipalities (``Helsingborg``), used with a following unit word."""
    return [o.place for o in orgs.values() if o.place]


# --- scanning one string ---------------------------------------------------------------------


def iter_organisations() -> Iterator[Organisation]:
    """Every organisation the lexicons know."""
    return iter(knowledge().organisations.values())
