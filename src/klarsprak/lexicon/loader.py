"""The one lexicon loader: reads a file, checks it against the schema its header names, keeps sources.

``lexicon_file("plain", "complex_words.yaml")`` gives a :class:`LexiconFile`, loaded once
per process: its entries (checked, ids unique), its ``sources`` map (key → full
reference) and the file it came from, so every finding can name the source of the
entry behind it. :func:`load_entries` reads files that are not shipped (user lexicons).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any, Iterable, Mapping

from ..errors import LexiconError
from ..resources import lexicon_path
from .catalogue import CATALOGUE
from .schema import Schema, read_yaml

TOP_KEYS = frozenset({"schema", "description", "sources", "entries"})


@dataclass(frozen=True)
class LexiconFile:
    """One checked lexicon file."""

    path: Path
    schema: Schema
    entries: tuple[dict[str, Any], ...]
    sources: Mapping[str, str] = field(default_factory=dict)
    description: str = ""

    def source_text(self, entry: Mapping[str, Any]) -> str:
        """The entry's ``source``, with each ``;``-separated key of ``sources`` written out."""
        keys = [k.strip() for k in str(entry.get("source", "")).split(";") if k.strip()]
        return "; ".join(self.sources.get(k, k) for k in keys)


def load_file(path: str | Path, schema: Schema | str | None = None) -> LexiconFile:
    """Read and check ``path``; ``schema`` (default: the one its header names) must match the header."""
    path = Path(path)
    data = read_yaml(path)
    if not isinstance(data, dict) or not isinstance(data.get("entries"), list):
        raise LexiconError(f"{path}: a lexicon file needs a top-level 'entries' list")
    unknown = sorted(set(data) - TOP_KEYS, key=str)
    if unknown:
        raise LexiconError(f"{path}: unknown top-level key {unknown[0]!r} (allowed: {', '.join(sorted(TOP_KEYS))})")
    named = data.get("schema")
    if isinstance(schema, str):
        schema = _schema(path, schema)
    if schema is None:
        if named is None:
            raise LexiconError(f"{path}: the file needs a 'schema:' header (one of: {', '.join(sorted(CATALOGUE))})")
        schema = _schema(path, named)
    elif named not in (None, schema.name):
        raise LexiconError(f"{path}: schema {named!r} is not {schema.name!r}")
    sources = data.get("sources") or {}
    if not isinstance(sources, dict) or not all(isinstance(v, str) for v in sources.values()):
        raise LexiconError(f"{path}: 'sources' must map keys to references (text)")
    seen: set[str] = set()
    entries = []
    for n, raw in enumerate(data["entries"], 1):
        entry_id = raw.get(schema.id_key) if isinstance(raw, dict) else None
        where = f"{path}: entry {n}" + (f" ({entry_id})" if entry_id else "")
        entry = schema.check(raw, where)
        key = str(entry[schema.id_key]).lower()
        if key in seen:
            raise LexiconError(f"{where}: duplicate id {entry_id!r}")
        seen.add(key)
        entries.append(entry)
    return LexiconFile(path, schema, tuple(entries), dict(sources), str(data.get("description") or "").strip())


def _schema(path: Path, name: Any) -> Schema:
    try:
        return CATALOGUE[name]
    except (KeyError, TypeError):
        raise LexiconError(f"{path}: unknown schema {name!r} (one of: {', '.join(sorted(CATALOGUE))})") from None


def load_entries(paths: Iterable[str | Path], schema: Schema | str) -> list[dict[str, Any]]:
    """All entries of ``paths`` checked against ``schema``; ids must be unique across files."""
    seen: dict[str, Path] = {}
    entries: list[dict[str, Any]] = []
    for path in paths:
        loaded = load_file(path, schema)
        for n, entry in enumerate(loaded.entries, 1):
            key = str(entry[loaded.schema.id_key]).lower()
            if key in seen:
                raise LexiconError(f"{loaded.path}: entry {n} ({entry[loaded.schema.id_key]}): "
                                   f"duplicate id {entry[loaded.schema.id_key]!r} (also in {seen[key]})")
            seen[key] = loaded.path
            entries.append(entry)
    return entries


@cache
def lexicon_file(*parts: str) -> LexiconFile:
    """A shipped lexicon file below ``lexicons/`` (loaded once per process)."""
    return load_file(lexicon_path(*parts))


def shipped_files() -> list[Path]:
    """Every shipped lexicon file."""
    return sorted(lexicon_path().rglob("*.yaml"))
