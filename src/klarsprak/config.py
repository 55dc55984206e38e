"""Configuration: defaults, ``klarsprak.toml`` / ``[tool.klarsprak]`` files, and validation.

Every rule reads its thresholds from here, so the CLI, the Python API and batch
jobs behave the same. Unknown keys are errors that name the key.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass, field, fields, replace
from pathlib import Path
from typing import Any, Mapping

from .errors import ConfigError
from .findings import Severity

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib

CONFIG_FILE = "klarsprak.toml"


@dataclass(frozen=True)
class Config:
    """All settings of an analysis.

    ``disable`` holds rule ids, rule-id prefixes (``inclusive``) or ground ids
    (``age``); ``severity`` overrides a rule's severity; ``rules`` holds per-rule
    options (``{"long_sentence": {"max_words": 25}}``) validated against the
    options each rule declares.
    """

    lix_target: float = 50.0
    fail_on: Severity = Severity.WARNING
    disable: tuple[str, ...] = ()
    severity: Mapping[str, Severity] = field(default_factory=dict)
    rules: Mapping[str, Mapping[str, Any]] = field(default_factory=dict)
    sender: str | None = None
    lexicons: tuple[str, ...] = ()
    allow: tuple[str, ...] = ()
    model: str | None = None

    def __post_init__(self) -> None:
        try:
            object.__setattr__(self, "fail_on", Severity(self.fail_on))
            object.__setattr__(
                self, "severity", {k: Severity(v) for k, v in dict(self.severity).items()}
            )
        except ValueError as exc:
            raise ConfigError(f"invalid severity: {exc}") from None
        if not isinstance(self.lix_target, (int, float)) or isinstance(self.lix_target, bool):
            raise ConfigError(f"lix_target must be a number, not {self.lix_target!r}")
        for name in ("disable", "lexicons", "allow"):
            value = getattr(self, name)
            if isinstance(value, str):
                value = (value,)
            object.__setattr__(self, name, tuple(value))
        object.__setattr__(self, "rules", {k: dict(v) for k, v in dict(self.rules).items()})

    def __hash__(self) -> int:
        return hash(self._key())

    def _key(self) -> tuple[Any, ...]:
        """Every setting as a hashable tuple (mappings as sorted item tuples)."""
        return (self.lix_target, self.fail_on, self.disable, tuple(sorted(self.severity.items())),
                tuple(sorted((rule, tuple(sorted(options.items()))) for rule, options in self.rules.items())),
                self.sender, self.lexicons, self.allow, self.model)

    def is_disabled(self, rule_id: str, ground: str | None = None) -> bool:
        """True if the rule (by id or dotted prefix) or the ground is switched off."""
        for item in self.disable:
            if rule_id == item or rule_id.startswith(item + ".") or (ground and ground == item):
                return True
        return False

    def option(self, rule_id: str, name: str, default: Any) -> Any:
        """A rule's option from ``[rules.<rule_id>]``, or the rule's default."""
        return self.rules.get(rule_id, {}).get(name, default)

    def merged(self, **overrides: Any) -> Config:
        """A copy with the given non-None settings replaced."""
        return replace(self, **{k: v for k, v in overrides.items() if v is not None})


KNOWN_KEYS = frozenset(f.name for f in fields(Config))


def from_mapping(data: Mapping[str, Any], *, origin: str = "config") -> Config:
    """Build a :class:`Config` from a mapping, rejecting unknown keys by name."""
    unknown = sorted(set(data) - KNOWN_KEYS)
    if unknown:
        raise ConfigError(
            f"{origin}: unknown key {unknown[0]!r} (known keys: {', '.join(sorted(KNOWN_KEYS))})"
        )
    for item in data.get("disable", ()):
        if not isinstance(item, str):
            raise ConfigError(f"{origin}: disable entries must be strings, not {item!r}")
    try:
        return Config(**dict(data))
    except TypeError as exc:
        raise ConfigError(f"{origin}: {exc}") from None


def load_file(path: str | Path) -> Config:
    """Read ``klarsprak.toml`` (top-level keys) or ``pyproject.toml`` (``[tool.klarsprak]``)."""
    path = Path(path)
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError) as exc:
        raise ConfigError(f"{path}: {exc}") from None
    if path.name == "pyproject.toml":
        data = data.get("tool", {}).get("klarsprak", {})
    return from_mapping(data, origin=str(path))


def discover(start: str | Path | None = None) -> Config:
    """Find the nearest ``klarsprak.toml`` or ``pyproject.toml`` with ``[tool.klarsprak]``."""
    here = Path(start or Path.cwd()).resolve()
    for folder in (here, *here.parents):
        candidate = folder / CONFIG_FILE
        if candidate.is_file():
            return load_file(candidate)
        pyproject = folder / "pyproject.toml"
        if pyproject.is_file():
            try:
                data = tomllib.loads(pyproject.read_text(encoding="utf-8"))
            except (OSError, tomllib.TOMLDecodeError):
                continue
            if "klarsprak" in data.get("tool", {}):
                return load_file(pyproject)
    return Config()

