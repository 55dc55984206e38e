"""The findings model: what every rule produces and what every output format consumes."""

from __future__ import annotations

import enum
import json
from dataclasses import asdict, dataclass, field
from typing import Any, Callable

CATEGORIES = ("plain_language", "inclusive_language", "sender")
GROUNDS = (
    "sex",
    "transgender_identity",
    "ethnicity",
    "religion",
    "disability",
    "sexual_orientation",
    "age",
)


@enum.unique
class Severity(str, enum.Enum):
    """Ordered severities: ``info`` < ``warning`` < ``error``."""

    INFO = "info"
    WARNING = "warning"
    ERROR = "error"

    @property
    def rank(self) -> int:
        return _RANK[self]

    def __lt__(self, other: object) -> bool:
        if not isinstance(other, Severity):
            return NotImplemented
        return self.rank < other.rank

    def __le__(self, other: object) -> bool:
        if not isinstance(other, Severity):
            return NotImplemented
        return self.rank <= other.rank

    def __gt__(self, other: object) -> bool:
        if not isinstance(other, Severity):
            return NotImplemented
        return self.rank > other.rank

    def __ge__(self, other: object) -> bool:
        if not isinstance(other, Severity):
            return NotImplemented
        return self.rank >= other.rank

    def __str__(self) -> str:
        return self.value


_RANK = {Severity.INFO: 0, Severity.WARNING: 1, Severity.ERROR: 2}


@dataclass(frozen=True)
class Finding:
    """One problem in one place of a text.

    ``start``/``end`` are character offsets into the analysed text, so that
    ``text[start:end] == finding.text`` always holds. Document-level findings
    (LIX, missing sender) span the first sentence or are empty (``start == end``).
    A problem reported once for the whole text (a long word, an unexplained
    abbreviation) lists its other places in ``occurrences``, as ``(start, end)``
    pairs after the first; :attr:`count` is how often it occurs.
    ``replaces`` says that each suggestion can take the place of ``text`` as it
    stands (a tool may apply it with one click); otherwise the suggestions are
    advice to the writer. ``key`` (the lexicon entry reported, or None) makes two
    findings of one rule one problem when a long text's parts are merged; ``explain``
    (a term to explain where it first stands) gives the count of places no advice
    for every place (:func:`.rules.once.count_sentence`). Neither is part of the
    report's JSON.
    """

    rule: str
    category: str
    severity: Severity
    start: int
    end: int
    text: str
    message: str
    suggestions: tuple[str, ...] = ()
    ground: str | None = None
    sentence: int | None = None
    source: str | None = None
    occurrences: tuple[tuple[int, int], ...] = ()
    replaces: bool = False
    key: str | None = field(default=None, compare=False, repr=False)
    explain: bool = field(default=False, compare=False, repr=False)

    def __post_init__(self) -> None:
        if self.category not in CATEGORIES:
            raise ValueError(f"unknown category {self.category!r}")
        if self.ground is not None and self.ground not in GROUNDS:
            raise ValueError(f"unknown ground {self.ground!r}")
        if not 0 <= self.start <= self.end:
            raise ValueError(f"bad span {self.start}..{self.end}")
        object.__setattr__(self, "severity", Severity(self.severity))
        object.__setattr__(self, "suggestions", tuple(self.suggestions))
        object.__setattr__(self, "occurrences", tuple((int(s), int(e)) for s, e in self.occurrences))

    @property
    def count(self) -> int:
        """How many places of the text have this problem: this one and its ``occurrences``."""
        return 1 + len(self.occurrences)

    @property
    def sort_key(self) -> tuple[int, int, str]:
        return (self.start, self.end, self.rule)

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready dict (severity as its string, suggestions and occurrences as lists)."""
        d = asdict(self)
        del d["key"], d["explain"]
        d["severity"] = self.severity.value
        d["suggestions"] = list(self.suggestions)
        d["occurrences"] = [list(o) for o in self.occurrences]
        return d


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
    """The sender verdict for one document, which :mod:`klarsprak.sender` decides.

    ``found`` is true when one organisation reaches the sender check's confidence; ``evidence``
    lists everything that was weighed, including names that were only mentioned
    (``role == "mentioned"``). ``expected_visible`` and ``other_sender`` answer the
    question "is the sender we expect visible, or does someone else speak?".
    ``addresses_reader`` (*du*, *ni*), ``speaks_as_we`` (*vi*) and ``about_readers_case`` (*ditt ärende*)
    say who the text speaks to and as, for every check that asks (:mod:`klarsprak.sender.voices`).
    ``clear`` is the verdict a reader of the text alone would give: who speaks is visible (for a press
    release also a press contact, for a debate the speakers' names); the sender rules report only where a
    consultant would ask for a change, which is not every text that is not clear.
    """

    found: bool
    organisation: str | None
    confidence: float
    evidence: tuple[Evidence, ...] = ()
    contact: bool = False
    letter: bool = False
    genre: str = "text"
    invites_contact: bool = False
    addresses_reader: bool = False
    speaks_as_we: bool = False
    about_readers_case: bool = False
    #: an organisation the entity recogniser finds named several times: the text says whom it is from or about
    named_often: bool = False
    mentioned: tuple[str, ...] = ()
    expected: str | None = None
    expected_visible: bool | None = None
    other_sender: str | None = None
    clear: bool = False
    reason: str = ""

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready dict of the verdict and its evidence."""
        return {
            "found": self.found,
            "organisation": self.organisation,
            "confidence": round(self.confidence, 3),
            "contact": self.contact,
            "letter": self.letter,
            "genre": self.genre,
            "invites_contact": self.invites_contact,
            "addresses_reader": self.addresses_reader,
            "speaks_as_we": self.speaks_as_we,
            "about_readers_case": self.about_readers_case,
            "mentioned": list(self.mentioned),
            "expected": self.expected,
            "expected_visible": self.expected_visible,
            "other_sender": self.other_sender,
            "clear": self.clear,
            "reason": self.reason,
            "evidence": [e.to_dict() for e in self.evidence],
        }


@dataclass(frozen=True)
class SentenceSpan:
    """A sentence (or heading, or list item) as a character span of the text."""

    start: int
    end: int
    kind: str = "sentence"


@dataclass
class Report:
    """The result of analysing one text: metrics, sentences, sorted findings and the sender verdict.

    ``sender`` is the verdict the sender rules reached (None when they are
    switched off); ``notes`` explain what could not be measured or checked.
    """

    text: str
    metrics: dict[str, Any]
    findings: list[Finding]
    sentences: list[SentenceSpan]
    notes: dict[str, str] = field(default_factory=dict)
    sender: SenderResult | None = None
    meta: dict[str, Any] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self.findings = sorted(self.findings, key=lambda f: f.sort_key)

    def to_dict(self) -> dict[str, Any]:
        """A JSON-serializable dict; the shape is described by ``docs/report.schema.json``."""
        return {
            "text": self.text,
            "metrics": dict(self.metrics),
            "notes": dict(self.notes),
            "sentences": [asdict(s) for s in self.sentences],
            "findings": [f.to_dict() for f in self.findings],
            "sender": self.sender.to_dict() if self.sender is not None else None,
            "meta": dict(self.meta),
        }

    def to_json(self, **kwargs: Any) -> str:
        """The report as JSON (UTF-8 text, non-ASCII kept)."""
        kwargs.setdefault("ensure_ascii", False)
        return json.dumps(self.to_dict(), **kwargs)

    def to_frame(self) -> Any:
        """The findings as a pandas DataFrame, one row per finding (``klarsprak.frames.findings_frame``)."""
        return PRESENTERS["frame"](self)

    def _repr_html_(self) -> str:
        return PRESENTERS["html"](self)


#: How a report is shown: as a table (``frame``) and as HTML in a notebook (``html``). The presentation
#: modules (``frames``, ``display``) register their function here and the package imports both, so the
#: core knows neither pandas nor HTML.
PRESENTERS: dict[str, Callable[[Report], Any]] = {}
