"""The rule model: a rule is an immutable value registered in the one :data:`REGISTRY`.

A rule declares its id, category, default severity, what it needs from the NLP
pipeline, its options with defaults, and should-flag / should-not-flag examples
(checked by a meta-test for every rule). Its ``check`` function gets a
:class:`Context` and yields findings made with :meth:`Context.finding`, which
fills in the matched text, the sentence index and the configured severity.

Most rules that report words from a lexicon are :class:`TermRule` values: they
name one finder from the closed set :data:`FINDERS` (one per kind of lexicon), and
the data chooses which rule reports an entry (an inclusive entry's ``rule:``).
A plain ``check`` function stays the escape hatch for rules that are patterns.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Callable, Iterable, Iterator, Mapping, Protocol

from spacy.tokens import Doc, Span, Token

from ..doc import Analysis, Document, TokenTable, Unit
from ..doc.passages import passages
from ..findings import CATEGORIES, Finding, Severity
from ..sender.genre import EVERY, GenreCondition, shown_genre
from . import _merge
from .term import Term

Check = Callable[["Context"], Iterable[Finding]]
MetricFn = Callable[["Context"], Any]
NEEDS = frozenset({"pos", "morph", "lemma", "dep", "ner"})


class Settings(Protocol):
    """What the rules read of a configuration; :class:`klarsprak.config.Config` is one (the configuration
    sits above the rules: it checks the rule names it is given against :data:`REGISTRY`)."""

    lix_target: float
    severity: Mapping[str, Severity]
    sender: str | None
    lexicons: tuple[str, ...]
    allow: tuple[str, ...]

    def is_disabled(self, rule_id: str, ground: str | None = None) -> bool: ...

    def option(self, rule_id: str, name: str, default: Any) -> Any: ...


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
    overrides: frozenset[str] = frozenset()
    """Rules whose findings this rule's finding replaces where they overlap: the same problem, said
    more specifically (generic_pronoun over bias_term for han/hon). A finding that covers a whole sentence
    overlaps only where the words it is about lie (``Context.finding``'s ``about``)."""
    genres: GenreCondition = EVERY
    """The genres of text the rule runs on (:class:`~klarsprak.sender.genre.GenreCondition`): the sender rules
    skip a private person's text."""
    folds: frozenset[str] = frozenset()
    """Rules among :attr:`overrides` whose advice the kept finding takes over: the one finding says both (a simile and
    the slur in it, a long sentence and its nouns); see :mod:`._merge`."""

    def __post_init__(self) -> None:
        if self.category not in CATEGORIES:
            raise ValueError(f"rule {self.id}: unknown category {self.category!r}")
        if not set(self.needs) <= NEEDS:
            raise ValueError(f"rule {self.id}: unknown needs {set(self.needs) - NEEDS}")
        object.__setattr__(self, "severity", Severity(self.severity))
        object.__setattr__(self, "needs", frozenset(self.needs))
        object.__setattr__(self, "overrides", frozenset(self.overrides))
        object.__setattr__(self, "folds", frozenset(self.folds))
        if not self.folds <= self.overrides:
            raise ValueError(f"rule {self.id}: folds {sorted(self.folds - self.overrides)} it does not override")


@dataclass(frozen=True)
class Metric:
    """A document metric computed from the analysed ``Doc`` (e.g. ``passive_share``)."""

    name: str
    compute: MetricFn
    needs: frozenset[str] = frozenset()
    description: str = ""


Finder = Callable[["Context"], Iterable[Term]]
#: The closed set of term finders, one per kind of lexicon; filled by :func:`finder`.
FINDERS: dict[str, Finder] = {}


def finder(name: str) -> Callable[[Finder], Finder]:
    """Register a term finder under ``name``; its terms are found once per document and shared."""

    def register(fn: Finder) -> Finder:
        if name in FINDERS:
            raise ValueError(f"finder {name!r} is registered twice")

        def cached(ctx: Context) -> list[Term]:
            found = ctx.analysis.derived(_found_terms)
            if name not in found:
                found[name] = list(fn(ctx))
            return found[name]

        cached.__doc__ = fn.__doc__
        FINDERS[name] = cached
        return cached

    return register


def _found_terms(analysis: Analysis) -> dict[str, list[Term]]:
    """Each finder's terms for one text, filled as the finders run."""
    return {}


@dataclass(frozen=True)
class TermRule:
    """A rule that reports what one finder found for it: the words of a lexicon, with the
    entry's message, suggestions and source (proselint's check types, chosen by data)."""

    id: str
    category: str
    severity: str
    description: str
    finds: str
    needs: Iterable[str] = ()
    options: Mapping[str, Any] = field(default_factory=dict)
    examples: Examples = Examples()
    source: str | None = None
    overrides: Iterable[str] = ()
    """As :attr:`Rule.overrides`: rules whose overlapping findings this rule's findings replace."""
    folds: Iterable[str] = ()
    """As :attr:`Rule.folds`: of those rules, the ones whose advice this rule's finding takes over."""

    def check(self, ctx: Context) -> Iterator[Finding]:
        """A finding for each term the finder found for this rule."""
        for term in FINDERS[self.finds](ctx):
            if term.rule == self.id:
                yield ctx.finding(term.start, term.end, term.message, term.suggestions, ground=term.ground,
                                  severity=term.severity, source=term.source, occurrences=term.occurrences,
                                  replaces=term.replaces, key=term.key, explain=term.explain)


class Registry:
    """Rules and metrics by id; one instance, :data:`REGISTRY`, holds the built-ins."""

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
             examples: Examples = Examples(), source: str | None = None,
             overrides: Iterable[str] = (), genres: GenreCondition = EVERY,
             folds: Iterable[str] = ()) -> Callable[[Check], Check]:
        """Decorator form of :meth:`add` for a check function."""

        def register(check: Check) -> Check:
            self.add(Rule(id, category, Severity(severity), description, check, frozenset(needs),
                          dict(options or {}), examples, source, frozenset(overrides), genres, frozenset(folds)))
            return check

        return register

    def metric(self, name: str, *, needs: Iterable[str] = (), description: str = "") -> Callable[[MetricFn], MetricFn]:
        """Decorator form of :meth:`add_metric`."""

        def register(fn: MetricFn) -> MetricFn:
            self.add_metric(Metric(name, fn, frozenset(needs), description))
            return fn

        return register

    def terms(self, term_rule: TermRule) -> Rule:
        """Register a :class:`TermRule` (its finder must exist)."""
        if term_rule.finds not in FINDERS:
            raise ValueError(f"rule {term_rule.id}: unknown finder {term_rule.finds!r} (one of {sorted(FINDERS)})")
        return self.add(Rule(term_rule.id, term_rule.category, Severity(term_rule.severity), term_rule.description,
                             term_rule.check, frozenset(term_rule.needs), dict(term_rule.options),
                             term_rule.examples, term_rule.source, frozenset(term_rule.overrides),
                             folds=frozenset(term_rule.folds)))

    def enabled(self, config: Settings) -> list[Rule]:
        """The rules the configuration leaves switched on."""
        return [r for r in self.rules.values() if not config.is_disabled(r.id)]

    def __iter__(self) -> Iterator[Rule]:
        return iter(self.rules.values())

    def one_per_problem(self, findings: list[Finding],
                        about: Mapping[Finding, tuple[tuple[int, int], ...]] | None = None,
                        analysis: Analysis | None = None) -> list[Finding]:
        """``findings`` with each problem reported once: without those that a more specific rule's finding
        overlaps (``Rule.overrides``), whose advice it takes over where it ``folds`` their rule; ``about`` gives,
        for a finding that spans more than its problem (a sentence), the words it is about, and only those count
        as its place; a finding reported once per text with other places (``occurrences``) in the text of
        ``analysis`` moves to a place no such finding overlaps (:mod:`._merge`)."""
        rules = self.rules.values()
        return _merge.one_per_problem(findings, {r.id: r.overrides for r in rules if r.overrides},
                                      {r.id: r.folds for r in rules if r.folds}, about or {}, analysis)


REGISTRY = Registry()
"""The one registry that holds every built-in rule and metric."""


@dataclass
class Context:
    """What a rule sees: the :class:`~klarsprak.doc.Analysis` of the text, config, metrics and the rule.

    ``doc``, ``tokens``, ``units``, ``text`` and ``document`` are the analysis's; what a rule
    computes once per text and shares goes through ``ctx.analysis.derived(build, *args)``.
    """

    analysis: Analysis
    config: Settings
    metrics: dict[str, Any] = field(default_factory=dict)
    rule: Rule | None = None
    about: dict[Finding, tuple[tuple[int, int], ...]] = field(default_factory=dict)
    """The words a finding is about, for findings that span more (see :meth:`finding`)."""

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

    def word_indices(self, start: int, end: int) -> list[int]:
        """Indices of the tokens ``start``..``end`` that are neither space nor punctuation."""
        is_space, is_punct = self.tokens.is_space, self.tokens.is_punct
        return [i for i in range(start, end) if not is_space[i] and not is_punct[i]]

    def word_tokens(self, span: Span) -> list[Token]:
        """The tokens of ``span`` that are neither space nor punctuation."""
        return [self.doc[i] for i in self.word_indices(span.start, span.end)]

    def applies(self, condition: GenreCondition) -> bool:
        """True if ``condition`` lets a rule or a lexicon entry speak in this text's genre (decided once per text,
        :func:`~klarsprak.sender.genre.shown_genre`)."""
        return not condition.skip or condition.applies(self.analysis.derived(shown_genre))

    def in_quotes(self, start: int, end: int) -> bool:
        """True if ``text[start:end]`` lies inside quotation marks."""
        return self.analysis.quotes.contains(start, end)

    def borrowed(self, start: int, end: int) -> str | None:
        """Why ``text[start:end]`` is not the writer's own Swedish ("citat": a quotation of several words
        or a block quote; "engelska": a paragraph in English), or None: see :mod:`klarsprak.doc.passages`."""
        return self.analysis.derived(passages).borrowed(start, end)

    def sentence_index(self, offset: int) -> int | None:
        """The index of the unit containing ``offset``."""
        return self.analysis.unit_index(offset)

    def finding(self, start: int, end: int, message: str, suggestions: Iterable[str] = (), *,
                ground: str | None = None, severity: Severity | str | None = None,
                source: str | None = None, rule: str | None = None,
                occurrences: Iterable[tuple[int, int]] = (), replaces: bool = False,
                about: Iterable[tuple[int, int]] = (), key: str | None = None, explain: bool = False) -> Finding:
        """A finding for the current rule over ``text[start:end]``, with config overrides applied;
        ``occurrences`` are the problem's other places when it is reported once per text;
        ``replaces``: each suggestion can stand in for that text as it is; ``about``: the words inside
        the span that the finding is about (a sentence finding's nouns), which decide where another rule's
        finding says the same (:meth:`Registry.one_per_problem`)."""
        assert self.rule is not None
        rule_id = rule or self.rule.id
        configured = self.config.severity.get(rule_id)
        finding = Finding(
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
            occurrences=tuple(occurrences),
            replaces=replaces,
            key=key,
            explain=explain,
        )
        if about:
            self.about[finding] = tuple(about)
        return finding
