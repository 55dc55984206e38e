"""The rule model: a rule is an immutable value registered in one :class:`Registry`.

A rule declares its id, category, default severity, what it needs from the NLP
pipeline, its options with defaults, and should-flag / should-not-flag examples
(checked by a meta-test for every rule). Its ``check`` function gets a
:class:`Context` and yields findings made with :meth:`Context.finding`, which
fills in the matched text, the sentence index and the configured severity.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Callable, Iterable, Iterator, Mapping

from spacy.tokens import Doc

from ..config import Config
from ..doc import Analysis, Document, TokenTable, Unit
from ..findings import CATEGORIES, Finding, Severity

Check = Callable[["Context"], Iterable[Finding]]
MetricFn = Callable[["Context"], Any]
NEEDS = frozenset({"pos", "morph", "lemma", "dep", "ner"})


@dataclass(frozen=True)
class Examples:
    """Texts a rule must flag and texts it must leave alone (used by the meta-test)."""

    flag: tuple[str, ...] = ()
    ok: tuple[str, ...] = ()


@dataclass(frozen=True)
class Rule:
    """One check: an id, what it is about, and the function that finds problems."""

    id: str
    category: str
    severity: Severity
    description: str
    check: Check
    needs: frozenset[str] = frozenset()
    options: Mapping[str, Any] = field(default_factory=dict)
    examples: Examples = Examples()
    source: str | None = None

    def __post_init__(self) -> None:
        if self.category not in CATEGORIES:
            raise ValueError(f"rule {self.id}: unknown category {self.category!r}")
        if not set(self.needs) <= NEEDS:
            raise ValueError(f"rule {self.id}: unknown needs {set(self.needs) - NEEDS}")
        object.__setattr__(self, "severity", Severity(self.severity))
        object.__setattr__(self, "needs", frozenset(self.needs))


@dataclass(frozen=True)
class Metric:
    """A document metric computed from the analysed ``Doc`` (e.g. ``passive_share``)."""

    name: str
    compute: MetricFn
    needs: frozenset[str] = frozenset()
    description: str = ""


class Registry:
    """Rules and metrics by id; one instance, :data:`klarsprak.rules.REGISTRY`, holds the built-ins."""

    def __init__(self) -> None:
        self.rules: dict[str, Rule] = {}
        self.metrics: dict[str, Metric] = {}

    def add(self, rule: Rule) -> Rule:
        if rule.id in self.rules:
            raise ValueError(f"rule {rule.id!r} is registered twice")
        self.rules[rule.id] = rule
        return rule

    def add_metric(self, metric: Metric) -> Metric:
        if metric.name in self.metrics:
            raise ValueError(f"metric {metric.name!r} is registered twice")
        self.metrics[metric.name] = metric
        return metric

    def rule(self, id: str, *, category: str, severity: str, description: str,
             needs: Iterable[str] = (), options: Mapping[str, Any] | None = None,
             examples: Examples = Examples(), source: str | None = None) -> Callable[[Check], Check]:
        """Decorator form of :meth:`add` for a check function."""

        def register(check: Check) -> Check:
            self.add(Rule(id, category, Severity(severity), description, check, frozenset(needs),
                          dict(options or {}), examples, source))
            return check

        return register

    def metric(self, name: str, *, needs: Iterable[str] = (), description: str = "") -> Callable[[MetricFn], MetricFn]:
        """Decorator form of :meth:`add_metric`."""

        def register(fn: MetricFn) -> MetricFn:
            self.add_metric(Metric(name, fn, frozenset(needs), description))
            return fn

        return register

    def enabled(self, config: Config) -> list[Rule]:
        """The rules the configuration leaves switched on."""
        return [r for r in self.rules.values() if not config.is_disabled(r.id)]

    def __iter__(self) -> Iterator[Rule]:
        return iter(self.rules.values())


@dataclass
class Context:
    """What a rule sees: the :class:`~klarsprak.doc.Analysis` of the text, config, metrics and the rule.

    ``doc``, ``tokens``, ``units``, ``text`` and ``document`` are the analysis's; what a rule
    computes once per text and shares goes through ``ctx.analysis.derived(build, *args)``.
    """

    analysis: Analysis
    config: Config
    metrics: dict[str, Any] = field(default_factory=dict)
    rule: Rule | None = None

    @property
    def doc(self) -> Doc:
        return self.analysis.doc

    @property
    def tokens(self) -> TokenTable:
        return self.analysis.tokens

    @property
    def units(self) -> list[Unit]:
        return self.analysis.units

    @property
    def text(self) -> str:
        """The analysed text (never ``doc.text``, which rebuilds every token)."""
        return self.analysis.text

    @property
    def document(self) -> Document | None:
        return self.analysis.document

    def option(self, name: str) -> Any:
        """The current rule's option, from config or the rule's default."""
        assert self.rule is not None
        return self.config.option(self.rule.id, name, self.rule.options[name])

    def sentence_index(self, offset: int) -> int | None:
        """The index of the unit containing ``offset``."""
        return self.analysis.unit_index(offset)

    def finding(self, start: int, end: int, message: str, suggestions: Iterable[str] = (), *,
                ground: str | None = None, severity: Severity | str | None = None,
                source: str | None = None, rule: str | None = None) -> Finding:
        """A finding for the current rule over ``text[start:end]``, with config overrides applied."""
        assert self.rule is not None
        rule_id = rule or self.rule.id
        configured = self.config.severity.get(rule_id)
        return Finding(
            rule=rule_id,
            category=self.rule.category,
            severity=configured or Severity(severity or self.rule.severity),
            start=start,
            end=end,
            text=self.text[start:end],
            message=message,
            suggestions=tuple(suggestions),
            ground=ground,
            sentence=self.sentence_index(start),
            source=source or self.rule.source,
        )
