"""Loading lexicon files (YAML) with a schema enforced at load time.

A lexicon file is a mapping with ``schema`` (its kind), ``source`` notes and a list
of ``entries``. Every entry is checked against the schema of its kind: unknown
keys, missing required keys, wrong types and duplicate ids are errors that name
the file and the entry. Rules never hold word lists as literals; they load them here.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any, Iterable, Mapping

import yaml

from .errors import LexiconError
from .resources import lexicon_path


@dataclass(frozen=True)
class Schema:
    """Keys an entry must have and may have, each with its accepted type(s)."""

    name: str
    required: Mapping[str, type | tuple[type, ...]]
    optional: Mapping[str, type | tuple[type, ...]] = field(default_factory=dict)
    id_key: str = "id"
    choices: Mapping[str, frozenset[str]] = field(default_factory=dict)

    def check(self, entry: Any, where: str) -> dict[str, Any]:
        if not isinstance(entry, dict):
            raise LexiconError(f"{where}: an entry must be a mapping, not {type(entry).__name__}")
        unknown = sorted(set(entry) - set(self.required) - set(self.optional))
        if unknown:
            raise LexiconError(f"{where}: unknown key {unknown[0]!r}")
        missing = [k for k in self.required if entry.get(k) in (None, "", [])]
        if missing:
            raise LexiconError(f"{where}: missing {missing[0]!r}")
        for key, value in entry.items():
            kinds = {**self.required, **self.optional}[key]
            if value is not None and not isinstance(value, kinds):
                raise LexiconError(f"{where}: {key!r} has the wrong type ({type(value).__name__})")
            allowed = self.choices.get(key)
            if allowed is not None:
                values = value if isinstance(value, list) else [value]
                bad = [v for v in values if v not in allowed]
                if bad:
                    raise LexiconError(f"{where}: {key!r} has unknown value {bad[0]!r}")
        return entry


def load_entries(paths: Iterable[Path], schema: Schema) -> list[dict[str, Any]]:
    """All entries of ``paths`` validated against ``schema``; ids must be unique across files."""
    seen: dict[str, Path] = {}
    entries: list[dict[str, Any]] = []
    for path in paths:
        try:
            data = yaml.safe_load(Path(path).read_text(encoding="utf-8"))
        except (OSError, yaml.YAMLError) as exc:
            raise LexiconError(f"{path}: cannot read lexicon: {exc}") from None
        if not isinstance(data, dict) or not isinstance(data.get("entries"), list):
            raise LexiconError(f"{path}: a lexicon file needs a top-level 'entries' list")
        if data.get("schema") not in (None, schema.name):
            raise LexiconError(f"{path}: schema {data.get('schema')!r} is not {schema.name!r}")
        for n, raw in enumerate(data["entries"], 1):
            entry_id = raw.get(schema.id_key) if isinstance(raw, dict) else None
            where = f"{path}: entry {n}" + (f" ({entry_id})" if entry_id else "")
            entry = schema.check(raw, where)
            key = str(entry[schema.id_key]).lower()
            if key in seen:
                raise LexiconError(f"{where}: duplicate id {entry_id!r} (also in {seen[key]})")
            seen[key] = Path(path)
            entries.append(entry)
    return entries


ABBREVIATION_SCHEMA = Schema(
    name="abbreviations",
    required={"id": str, "expansion": str, "source": str},
    optional={"variants": list, "common": bool, "may_end_sentence": bool, "note": str},
    id_key="id",
)


@dataclass(frozen=True)
class Abbreviations:
    """Swedish abbreviations: written forms, expansions and how well readers know them."""

    entries: tuple[dict[str, Any], ...]

    @property
    def forms(self) -> frozenset[str]:
        """Every written form (lower case), including variants."""
        return frozenset(
            form.lower() for e in self.entries for form in [e["id"], *e.get("variants", [])]
        )

    def lookup(self, form: str) -> dict[str, Any] | None:
        """The entry for a written form, whatever its case."""
        form = form.lower()
        for e in self.entries:
            if form == e["id"].lower() or form in (v.lower() for v in e.get("variants", [])):
                return e
        return None


@cache
def abbreviations() -> Abbreviations:
    """The shipped abbreviation lexicon (``lexicons/abbreviations.yaml``)."""
    return Abbreviations(tuple(load_entries([lexicon_path("abbreviations.yaml")], ABBREVIATION_SCHEMA)))
