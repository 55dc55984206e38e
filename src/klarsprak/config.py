"""Configuration: one table of typed options, ``klarsprak.toml`` / ``[tool.klarsprak]`` files, and validation.

Every setting is declared once in :data:`OPTIONS` with its type, default,
bounds and description (``docs/rules.md`` is generated from it). A
:class:`Config` checks every value when it is built, so a bad value is a
:class:`~klarsprak.errors.ConfigError` naming the key and the value (and the
file, when read from one) before any text is analysed. Every rule reads its
thresholds from here, so the CLI, the Python API, batch jobs and the server
behave the same. A :class:`Config` is frozen and hashable: analyzers and
worker pools are keyed by it.
"""

from __future__ import annotations

import math
import sys
from dataclasses import dataclass, field, fields, replace
from pathlib import Path
from typing import Any, Callable, Iterable, Mapping

from .errors import ConfigError
from .findings import GROUNDS, Severity
from .rules import REGISTRY

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib

CONFIG_FILE = "klarsprak.toml"


@dataclass(frozen=True)
class Option:
    """One setting: its key (``lix_target`` or ``<rule>.<option>``), kind, default, bounds and meaning."""

    key: str
    kind: str  # number | int | bool | str? (a string or none) | severity | strings | table
    default: Any
    description: str
    min: float | None = None
    max: float | None = None

    def check(self, value: Any) -> Any:
        """``value`` in its normal form; ConfigError naming key and value if it is not one."""
        problem = _KINDS[self.kind][1](value)
        if problem is None and self.kind in ("number", "int"):
            if self.min is not None and value < self.min or self.max is not None and value > self.max:
                problem = f"must be {_bounds(self)}"
        if problem:
            raise ConfigError(f"{self.key} = {value!r}: {problem}")
        return tuple(value) if self.kind == "strings" else value

    @property
    def type_name(self) -> str:
        """The kind and bounds in words (for the docs)."""
        bounds = f", {_bounds(self)}" if self.min is not None or self.max is not None else ""
        return _KINDS[self.kind][0] + bounds


def _bounds(option: Option) -> str:
    if option.max is None:
        return f"≥ {option.min:g}"
    if option.min is None:
        return f"≤ {option.max:g}"
    return f"between {option.min:g} and {option.max:g}"


def _number(value: Any) -> str | None:
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return "must be a number"
    return None if math.isfinite(value) else "must be a finite number"


def _strings(value: Any) -> str | None:
    if isinstance(value, str) or not isinstance(value, (list, tuple)):
        return "must be a list of strings"
    return None if all(isinstance(v, str) for v in value) else "must be a list of strings (every entry quoted)"


_KINDS: dict[str, tuple[str, Callable[[Any], str | None]]] = {
    "number": ("number", _number),
    "int": ("whole number", lambda v: None if isinstance(v, int) and not isinstance(v, bool)
            else "must be a whole number"),
    "bool": ("true or false", lambda v: None if isinstance(v, bool) else "must be true or false"),
    "str?": ("string", lambda v: None if v is None or isinstance(v, str) else "must be a string"),
    "severity": ("info, warning or error", lambda v: None if isinstance(v, str) and v in {s.value for s in Severity}
                 else "must be a severity: info, warning or error"),
    "strings": ("list of strings", _strings),
    "table": ("table", lambda v: None if isinstance(v, Mapping) else "must be a table"),
}

#: Every setting: the top-level keys, then each rule's options (``[rules.<rule>]``).
OPTIONS: tuple[Option, ...] = (
    Option("lix_target", "number", 50.0, "LIX more than two points above this (rounded) gives a `readability` finding.", 0),
    Option("fail_on", "severity", Severity.WARNING, "Lowest severity that makes `klarsprak check` exit 1."),
    Option("disable", "strings", (), "Rule ids or grounds (`age`) to switch off."),
    Option("severity", "table", {}, "A rule's severity instead of its own: `[severity]` `long_word = \"warning\"`."),
    Option("rules", "table", {}, "Per-rule options, `[rules.<rule>]`: the rows below."),
    Option("sender", "str?", None, "The expected sender, e.g. \"Lerums kommun\"."),
    Option("lexicons", "strings", (), "Extra inclusive-language lexicon files (YAML), relative to the config file."),
    Option("allow", "strings", (), "Words and phrases never to flag (case-insensitive)."),
    Option("model", "str?", None, "spaCy pipeline name or folder instead of the shipped model."),
    Option("serve", "table", {}, "Settings of `klarsprak serve`, `[serve]`: the `serve.` rows below."),
    Option("serve.max_bytes", "int", 5_000_000, "Largest request body (text or file) the server takes, in bytes; "
           "larger ones get 413.", 1, 1_000_000_000),
    Option("serve.seconds", "number", 60.0, "Most seconds the server spends reading and analysing one "
           "request; a slower one gets 503.", 0.1, 3600),
    Option("batch", "table", {}, "Settings of `klarsprak batch`, `[batch]`: the `batch.` rows below."),
    Option("batch.seconds", "number", 120.0, "Most seconds to read one input, and again to score its text, "
           "before it becomes an error row (0: no limit); `--timeout`.", 0, 86_400),
    Option("batch.seconds_per_mb", "number", 150.0, "Seconds added to `batch.seconds` per MB of the input "
           "(for reading) and of its text (for scoring), about 8× what scoring takes on an idle core: a 20 MB "
           "text gets 120 + 20 × 150 s; `--timeout-per-mb`.", 0, 3_600),
    Option("long_sentence.max_words", "int", 25, "Sentences with more words than this are long.", 1, 1000),
    Option("long_word.max_letters", "int", 20, "Compounds with more letters than this are long (if of three or more parts).", 1, 1000),
    Option("nominal_style.min_count", "int", 2, "Verb-based nouns in one sentence before it is flagged.", 1, 100),
    Option("abbreviation.acronyms", "bool", True, "Also flag acronyms not explained at first use."),
    Option("complex_word.strict", "bool", False, "Flag formal but common words (`grade: mild`) at every occurrence "
           "in every text, not only in texts to citizens (letters, web pages, job ads, newsletters, du/ni)."),
)
BY_KEY = {o.key: o for o in OPTIONS}
#: Tables of their own (``[serve]``, ``[batch]``); every other dotted key is a rule option (``[rules.<rule>]``).
SECTIONS = ("serve", "batch")


class Frozen(dict):  # type: ignore[type-arg]
    """A read-only, hashable dict (a config's ``severity`` and ``rules`` tables)."""

    def _refuse(self, *args: Any, **kwargs: Any) -> None:
        raise TypeError("a Config is read-only; use Config.merged() for a changed copy")

    __setitem__ = __delitem__ = clear = pop = popitem = setdefault = update = _refuse  # type: ignore[assignment]

    def __hash__(self) -> int:  # type: ignore[override]
        return hash(tuple(sorted(self.items())))

    def __reduce__(self) -> tuple[Any, ...]:
        return (Frozen, (dict(self),))


@dataclass(frozen=True)
class Config:
    """All settings of an analysis, checked against :data:`OPTIONS` when built (names: :meth:`check_names`).

    ``disable`` holds rule ids, dotted rule-id prefixes or ground ids
    (``age``); ``severity`` overrides a rule's severity; ``rules`` holds per-rule
    options (``{"long_sentence": {"max_words": 25}}``).
    """

    lix_target: float = 50.0
    fail_on: Severity = Severity.WARNING
    disable: tuple[str, ...] = ()
    severity: Mapping[str, Severity] = field(default_factory=Frozen)
    rules: Mapping[str, Mapping[str, Any]] = field(default_factory=Frozen)
    sender: str | None = None
    lexicons: tuple[str, ...] = ()
    allow: tuple[str, ...] = ()
    model: str | None = None
    serve: Mapping[str, Any] = field(default_factory=Frozen)
    batch: Mapping[str, Any] = field(default_factory=Frozen)

    def __post_init__(self) -> None:
        for f in fields(self):
            value = getattr(self, f.name)
            if f.name in ("disable", "lexicons", "allow") and isinstance(value, str):
                value = (value,)
            object.__setattr__(self, f.name, BY_KEY[f.name].check(value))
        object.__setattr__(self, "fail_on", Severity(self.fail_on))
        object.__setattr__(self, "severity", Frozen({
            rule: Severity(Option(f"severity.{rule}", "severity", None, "").check(value))
            for rule, value in self.severity.items()}))
        object.__setattr__(self, "rules", Frozen({
            rule: Frozen({name: _typed(f"{rule}.{name}", value)
                          for name, value in Option(f"rules.{rule}", "table", None, "").check(given).items()})
            for rule, given in self.rules.items()}))
        for section in SECTIONS:
            object.__setattr__(self, section, _section(section, getattr(self, section)))

    def check_names(self) -> Config:
        """Itself, if every rule, ground and rule option it names exists (the registry knows them)."""
        rules = REGISTRY.rules
        for item in self.disable:
            if item not in rules and item not in GROUNDS and not any(r.startswith(item + ".") for r in rules):
                raise ConfigError(f"disable = {list(self.disable)!r}: unknown rule or ground {item!r}")
        for rule_id in self.severity:
            if rule_id not in rules:
                raise ConfigError(f"severity.{rule_id}: unknown rule {rule_id!r}")
        for rule_id, given in self.rules.items():
            rule = rules.get(rule_id)
            if rule is None:
                raise ConfigError(f"rules.{rule_id}: unknown rule {rule_id!r}")
            for name, value in given.items():
                if name not in rule.options:
                    raise ConfigError(f"rules.{rule_id}: unknown option {name!r} "
                                      f"(options: {', '.join(rule.options) or 'none'})")
                if f"{rule_id}.{name}" not in BY_KEY:  # an option missing from the table: its default's type
                    kind = {bool: "bool", int: "int", float: "number"}.get(type(rule.options[name]), "str?")
                    Option(f"rules.{rule_id}.{name}", kind, None, "").check(value)
        return self

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


def _typed(key: str, value: Any) -> Any:
    """A rule option's value, checked against the table when the table declares it."""
    option = BY_KEY.get(key)
    return value if option is None else replace(option, key=f"rules.{key}").check(value)


def _section(name: str, given: Mapping[str, Any]) -> Frozen:
    """A section's table (``[serve]``) with every key checked against the table and defaults filled in."""
    declared = {o.key.split(".", 1)[1]: o for o in OPTIONS if o.key.startswith(name + ".")}
    unknown = sorted(set(given) - set(declared))
    if unknown:
        raise ConfigError(f"{name}: unknown key {unknown[0]!r} (known keys: {', '.join(sorted(declared))})")
    return Frozen({key: option.check(given[key]) if key in given else option.default
                   for key, option in declared.items()})


KNOWN_KEYS = frozenset(f.name for f in fields(Config))


def from_mapping(data: Mapping[str, Any], *, origin: str = "config") -> Config:
    """Build a :class:`Config` from a mapping; any bad key or value is a ConfigError naming ``origin``."""
    unknown = sorted(set(data) - KNOWN_KEYS)
    if unknown:
        raise ConfigError(
            f"{origin}: unknown key {unknown[0]!r} (known keys: {', '.join(sorted(KNOWN_KEYS))})"
        )
    try:
        return Config(**dict(data)).check_names()
    except ConfigError as exc:
        raise ConfigError(f"{origin}: {exc}") from None


def load_file(path: str | Path) -> Config:
    """Read ``klarsprak.toml`` (top-level keys) or ``pyproject.toml`` (``[tool.klarsprak]``)."""
    path = Path(path)
    data = _read_toml(path)
    if path.name == "pyproject.toml":
        data = data.get("tool", {}).get("klarsprak", {})
    lexicons = data.get("lexicons")
    if isinstance(lexicons, list):  # relative to the file that names them, wherever the command runs
        data = {**data, "lexicons": [str(path.parent / p) if isinstance(p, str) else p for p in lexicons]}
    return from_mapping(data, origin=str(path))


def _read_toml(path: Path) -> dict[str, Any]:
    try:
        return tomllib.loads(path.read_bytes().decode("utf-8"))
    except UnicodeDecodeError as exc:
        raise ConfigError(f"{path}: not UTF-8 text (byte {exc.start})") from None
    except (OSError, tomllib.TOMLDecodeError) as exc:
        raise ConfigError(f"{path}: {exc}") from None


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
                data = _read_toml(pyproject)
            except ConfigError:
                continue
            if "klarsprak" in data.get("tool", {}):
                return load_file(pyproject)
    return Config()


def options_table(options: Iterable[Option] = OPTIONS) -> list[str]:
    """The options as Markdown table rows (key, type, default, meaning) for ``docs/rules.md``."""
    lines = ["| key | type | default | meaning |", "|---|---|---|---|"]
    for o in options:
        key = f"`rules.{o.key}`" if "." in o.key and o.key.split(".")[0] not in SECTIONS else f"`{o.key}`"
        lines.append(f"| {key} | {o.type_name} | {_toml(o.default)} | {o.description} |")
    return lines


def _toml(value: Any) -> str:
    """A default as it would be written in TOML (– for none)."""
    if value is None:
        return "–"
    if isinstance(value, bool):
        return f"`{str(value).lower()}`"
    if isinstance(value, str):
        return f'`"{value}"`'
    if isinstance(value, (tuple, Mapping)):
        return "`[]`" if isinstance(value, tuple) else "–"
    return f"`{value}`"
