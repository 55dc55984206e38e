"""The inclusive-language lexicon: one YAML file per ground, validated at load time.

Each entry names the words (``lemmas``) or multi-word ``phrases`` it flags, its
``ground`` and ``kind``, a ``severity``, ``why`` (in Swedish, shown to the
writer), ``suggestions`` and ``source``, and optional ``conditions`` that the
matcher checks (part of speech, where inside a compound the word may stand,
words it must never match, context words, quotes and proper names). Unknown
keys, missing keys and duplicate ids across files are :class:`LexiconError`\\ s
that name the file and the entry.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any, Iterable

from ..errors import LexiconError
from ..findings import GROUNDS, Severity
from ..resources import lexicon_path
from .catalogue import CATALOGUE
from .loader import load_entries

ENTRY_SCHEMA = CATALOGUE["inclusive"]
CONDITION_SCHEMA = CATALOGUE["conditions"]


@dataclass(frozen=True)
class Conditions:
    """When an entry's word counts as a hit.

    ``compound``: where inside a compound the word may stand (``none``: only as a
    whole word, ``modifier``: also as first part, ``head``: also as last part,
    ``any``: both, ``stem``: every written word that begins with it, as job-ad word stems). ``exclude``: lower-case words (or word beginnings ending in
    ``*``) never matched, and phrases (with a space) inside which a hit does not
    count ("hot mot tjänsteman"). ``context``: lemmas of which one must occur in the same
    sentence; ``unless``: lemmas that cancel the hit when they occur in the
    sentence (golf for handikapp). ``in_quotes``/``in_names``: whether hits inside quotation marks or
    proper names count.
    """

    pos: frozenset[str] = frozenset()
    compound: str = "none"
    exclude: tuple[str, ...] = ()
    context: frozenset[str] = frozenset()
    unless: frozenset[str] = frozenset()
    in_quotes: bool = False
    in_names: bool = False


@dataclass(frozen=True)
class Entry:
    """One curated term (or phrase) with why it hurts and what to write instead."""

    id: str
    ground: str
    kind: str
    severity: Severity
    why: str
    suggestions: tuple[str, ...]
    source: str
    lemmas: tuple[str, ...] = ()
    phrases: tuple[tuple[str, ...], ...] = ()
    conditions: Conditions = Conditions()
    note: str = ""
    rule: str = "bias_term"
    origin: str = ""

    @property
    def terms(self) -> tuple[str, ...]:
        """Every flagged word and phrase, as written in the lexicon."""
        return self.lemmas + tuple(" ".join(p) for p in self.phrases)


@dataclass(frozen=True)
class Lexicon:
    """All entries of the loaded files, by id."""

    entries: tuple[Entry, ...]

    def __len__(self) -> int:
        return len(self.entries)

    def __iter__(self):  # type: ignore[no-untyped-def]
        return iter(self.entries)

    def by_ground(self, ground: str) -> list[Entry]:
        """The entries of one discrimination ground."""
        return [e for e in self.entries if e.ground == ground]

    def get(self, entry_id: str) -> Entry | None:
        """The entry with this id, or None."""
        return next((e for e in self.entries if e.id == entry_id), None)


def shipped_paths() -> list[Path]:
    """The shipped lexicon files, one per ground, in ground order."""
    return [lexicon_path("inclusive", f"{ground}.yaml") for ground in GROUNDS]


def _lower_words(values: Iterable[Any], where: str, key: str) -> list[str]:
    words = []
    for value in values:
        if not isinstance(value, str) or not value.strip():
            raise LexiconError(f"{where}: {key!r} must hold non-empty strings, not {value!r}")
        words.append(value.strip().lower())
    return words


def _entry(raw: dict[str, Any], path: Path) -> Entry:
    where = f"{path}: entry {raw['id']}"
    if not raw.get("lemmas") and not raw.get("phrases"):
        raise LexiconError(f"{where}: needs 'lemmas' or 'phrases'")
    if path.stem in GROUNDS and raw["ground"] != path.stem:
        raise LexiconError(f"{where}: ground {raw['ground']!r} in the file for {path.stem!r}")
    cond = CONDITION_SCHEMA.check(dict(raw.get("conditions") or {}), f"{where}: conditions")
    _lower_words(raw["suggestions"], where, "suggestions")
    return Entry(
        id=raw["id"],
        ground=raw["ground"],
        kind=raw["kind"],
        severity=Severity(raw["severity"]),
        why=raw["why"].strip(),
        suggestions=tuple(s.strip() for s in raw["suggestions"]),
        source=raw["source"].strip(),
        lemmas=tuple(_lower_words(raw.get("lemmas") or (), where, "lemmas")),
        phrases=tuple(tuple(p.split()) for p in _lower_words(raw.get("phrases") or (), where, "phrases")),
        conditions=Conditions(
            pos=frozenset(cond.get("pos") or ()),
            compound=cond.get("compound") or "none",
            exclude=tuple(_lower_words(cond.get("exclude") or (), where, "exclude")),
            context=frozenset(_lower_words(cond.get("context") or (), where, "context")),
            unless=frozenset(_lower_words(cond.get("unless") or (), where, "unless")),
            in_quotes=bool(cond.get("in_quotes", False)),
            in_names=bool(cond.get("in_names", False)),
        ),
        note=(raw.get("note") or "").strip(),
        rule=raw.get("rule") or "bias_term",
        origin=str(path),
    )


def load_lexicon(paths: Iterable[str | Path] | None = None, *, extra: Iterable[str | Path] = ()) -> Lexicon:
    """Load and validate ``paths`` (default: the shipped files) plus ``extra`` user files.

    Ids must be unique across all files, so a user file cannot silently shadow
    a shipped entry.
    """
    files = [Path(p) for p in (shipped_paths() if paths is None else paths)] + [Path(p) for p in extra]
    entries: list[Entry] = []
    for path in files:
        for raw in load_entries([path], ENTRY_SCHEMA):
            entries.append(_entry(raw, path))
    seen: dict[str, str] = {}
    for entry in entries:
        if entry.id in seen:
            raise LexiconError(
                f"{entry.origin}: entry {entry.id}: duplicate id {entry.id!r} (also in {seen[entry.id]})"
            )
        seen[entry.id] = entry.origin
    return Lexicon(tuple(entries))


@lru_cache(maxsize=8)
def cached_lexicon(extra: tuple[str, ...] = ()) -> Lexicon:
    """The shipped lexicon plus ``extra`` files, loaded once per process."""
    return load_lexicon(extra=extra)
