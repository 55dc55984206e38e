"""Reading one lexicon file safely and checking its entries against a :class:`Schema`.

Lexicons may come from users (``Config.lexicons``), so the YAML reader is bounded: a
file larger than :data:`MAX_BYTES` is refused, and so is any anchor or alias, which
closes the "billion laughs" expansion before a single node is built. Every error is a
:class:`LexiconError` naming the file, the entry, the key and the value.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Mapping

import yaml

from ..errors import LexiconError

#: The largest lexicon file read (bytes); the shipped ones are well under 200 kB.
MAX_BYTES = 5_000_000


def _refuse_alias(event: Any) -> None:
    """Raise if ``event`` is an alias or carries an anchor."""
    if isinstance(event, yaml.AliasEvent) or getattr(event, "anchor", None) is not None:
        mark = event.start_mark
        raise yaml.YAMLError(f"line {mark.line + 1}: YAML anchors and aliases (&, *) are not allowed in a lexicon")


class _NoAliasLoader(yaml.SafeLoader):
    """A safe YAML loader that refuses anchors and aliases (the pure-Python reader, where libyaml is missing)."""

    def compose_node(self, parent: Any, index: Any) -> Any:  # type: ignore[override]
        _refuse_alias(self.peek_event())
        return super().compose_node(parent, index)


def _load(text: str) -> Any:
    """The YAML document in ``text``, refusing anchors and aliases. Without libyaml the pure-Python
    :class:`_NoAliasLoader` refuses them as it composes; with libyaml the events are checked first (the C loader
    builds no node through :class:`_NoAliasLoader`), then the text is loaded by the C loader."""
    if not yaml.__with_libyaml__:
        return yaml.load(text, Loader=_NoAliasLoader)  # noqa: S506 - a SafeLoader
    for event in yaml.parse(text, Loader=yaml.CSafeLoader):
        _refuse_alias(event)
    return yaml.load(text, Loader=yaml.CSafeLoader)  # noqa: S506 - the C SafeLoader


def read_yaml(path: Path) -> Any:
    """The YAML document in ``path``, read with the bounds above."""
    try:
        size = path.stat().st_size
        if size > MAX_BYTES:
            raise LexiconError(f"{path}: a lexicon file may be at most {MAX_BYTES:,} bytes, this one has {size:,}")
        text = path.read_bytes().decode("utf-8")
        return _load(text)
    except LexiconError:
        raise
    except UnicodeDecodeError as exc:
        raise LexiconError(f"{path}: cannot read lexicon: not UTF-8 ({exc.reason} at byte {exc.start})") from None
    except (OSError, yaml.YAMLError) as exc:
        raise LexiconError(f"{path}: cannot read lexicon: {exc}") from None


Kinds = type | tuple[type, ...]


@dataclass(frozen=True)
class Schema:
    """Keys an entry must have and may have, each with its accepted type(s) and, optionally,
    its closed set of values."""

    name: str
    required: Mapping[str, Kinds]
    optional: Mapping[str, Kinds] = field(default_factory=dict)
    id_key: str = "id"
    choices: Mapping[str, frozenset[str]] = field(default_factory=dict)

    def check(self, entry: Any, where: str) -> dict[str, Any]:
        """``entry`` itself when it fits the schema; otherwise a :class:`LexiconError` at ``where``."""
        if not isinstance(entry, dict):
            raise LexiconError(f"{where}: an entry must be a mapping, not {type(entry).__name__} ({entry!r:.60})")
        unknown = sorted(set(entry) - set(self.required) - set(self.optional), key=str)
        if unknown:
            raise LexiconError(f"{where}: unknown key {unknown[0]!r}")
        missing = [k for k in self.required if entry.get(k) in (None, "", [])]
        if missing:
            raise LexiconError(f"{where}: missing {missing[0]!r}")
        for key, value in entry.items():
            kinds = {**self.required, **self.optional}[key]
            if value is not None and not isinstance(value, kinds):
                raise LexiconError(f"{where}: {key!r} has the wrong type ({type(value).__name__}): {value!r:.60}")
            allowed = self.choices.get(key)
            if allowed is not None:
                values = value if isinstance(value, list) else [value]
                bad = [v for v in values if v not in allowed]
                if bad:
                    raise LexiconError(f"{where}: {key!r} has unknown value {bad[0]!r} "
                                       f"(one of: {', '.join(sorted(allowed))})")
        return entry
