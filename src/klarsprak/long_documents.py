"""Long documents analysed in parts, so that memory grows with the part, not with the document.

A text longer than :data:`PART_CHARS` is cut at paragraph breaks (else line breaks: the cuts of
:func:`~klarsprak.doc.chunking.split`) into parts. Each part is parsed, its rules run and its ``Doc``
dropped before the next part is parsed; the part reports are merged into the report of the whole:

- each part laid out with the whole text's running headers and footers (:func:`~klarsprak.doc.layout.page_lines`);
- findings and sentences shifted to whole-text offsets and sentence numbers;
- base metrics from the parts' :class:`~klarsprak.metrics.Counts`, ratio metrics (``passive_share``,
  ``nominal_ratio``) from their :class:`~klarsprak.metrics.Ratio` counts (a metric that is no ``Ratio``
  keeps the first part's value);
- document-level findings decided once, at the first sentence as in one piece: the sender verdict is
  computed on the whole text (it needs no parse), LIX on the merged metrics and the readability profile
  (names, the longest sentence) from every part's (its genre is the sender verdict's, or without the
  sender rules the whole text's). The first part is analysed last, so that its rules see all three; the
  genre the whole text shows, its voices and whom it is written to (:func:`~klarsprak.rules.sender.audience`,
  from a sender verdict on the whole text without the names the parse finds) are decided once, before the
  parts, and given to each;
- a rule that reports a problem once per text keeps the first part's finding of it, with the places
  that later parts found added to its ``occurrences`` (and to the count its message gives, if it gives one);
  so do complex_word and the inclusive lexicons, per entry, and complex_word for its one finding of formal words
  that pile up.

What a part cannot see: an abbreviation explained only in another part is reported in this one, a
job-ad finding lists the words of its part, and a ``klarsprak-disable`` region ends with its part.
With parts of :data:`PART_CHARS` characters (some 70,000 words) this concerns only books.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Any, Iterable, Iterator, Protocol

from spacy.language import Language
from spacy.tokens import Doc

from .config import Config
from .doc import Analysis, Document, Lines, chunking, sanitize
from .doc.layout import page_lines
from .doc.lines import iter_lines
from .doc.quotes import quoted_spans
from .findings import Finding, Report, SentenceSpan
from .metrics import Counts, Ratio, unit_counts
from .rules.complex_word import SOURCE_PILE
from .rules.once import RANK, recounted
from .rules.readability import Profile, profile
from .rules.sender import (Audience, SenderNames, audience, sender_names, sender_verdict, audience_from,
                           whole_verdict)
from .sender import SenderResult
from .sender.genre import genre, reader_voices, shown_genre
from .sender.voices import Voices, voices

#: Part size in characters: with it, one 20 MB document peaked at 932 MB in ``check`` and 920 MB in the
#: batch worker, against 3.4 GB in one piece (benchmarks/results/huge_input.json).
PART_CHARS = 500_000
#: Rules whose one finding is about the whole text (LIX, sender): taken from the first part only.
DOCUMENT_RULES = frozenset({"readability", "missing_sender", "incomplete_sender"})
#: Rules that report one problem once per text: the first part's finding is kept (job-ad patterns per rule,
#: words per word, their later places added to its ``occurrences``).
ONCE_PER_TEXT = frozenset({"long_word", "abbreviation", "complex_word", "job_ad_gender_coding", "job_ad_age_coding"})
ONCE_PER_WORD = frozenset({"long_word", "abbreviation", "complex_word"})
_COUNT = re.compile(r"\d+ gånger i texten")


def is_long(document: Document) -> bool:
    """True if ``document`` is analysed in parts (it is longer than :data:`PART_CHARS`)."""
    return len(document.text) > PART_CHARS


class PartAnalyzer(Protocol):
    """What analysing in parts needs of the analyzer (:class:`klarsprak.analyzer.Analyzer` passes itself)."""

    config: Config
    nlp: Language
    chunk_chars: int
    reports_sender: bool

    def _parsed(self, documents: Iterable[Document]) -> Iterator[tuple[Doc, Document]]: ...

    def _report(self, doc: Doc, document: Document, sender: str | None, whole: Whole | None = None) -> Report: ...


def analyse_in_parts(analyzer: PartAnalyzer, document: Document, sender: str | None = None,
                     part_chars: int | None = None) -> Report:
    """The report of ``document`` analysed in parts of at most ``part_chars`` (default :data:`PART_CHARS`)
    characters with ``analyzer`` (see the module docstring)."""
    text = sanitize(document.text)
    spans = [(start, end) for start, end, _ in chunking.split(text, part_chars or PART_CHARS)]
    expected = analyzer.config.merged(sender=sender).sender
    order = [*range(1, len(spans)), 0]  # the first part last: its rules see the merged metrics
    lines = Lines(text)  # one for the whole text's genre and sender verdict
    voice = voices(text, quoted_spans(text))
    shown = genre(text, lines, document, voice=voice)
    reach = audience_from(document, shown, voice, whole_verdict(text, document, expected, [], lines, shown, voice))
    whole = Whole([spans[k][0] for k in order], (text, document, lines) if analyzer.reports_sender else None,
                  expected, shown, voice, reach)
    repeated = page_lines(iter_lines(text))
    structure = analyzer.nlp.get_pipe("klarsprak_structure")
    parts = (replace(document, text=text[spans[k][0]:spans[k][1]]) for k in order)
    merge, first = Merge(), None
    for k, (doc, part) in zip(order, analyzer._parsed(parts)):
        chunks = chunking.split(part.text, analyzer.chunk_chars)
        structure.annotate(doc, part.text, chunking.soft_cuts(chunks), repeated)  # laid out as a page of the whole
        report = analyzer._report(doc, part, sender, whole)
        del doc  # the part's Doc goes now, before the next part is parsed
        if k:
            merge.add(spans[k][0], report)
        else:
            first = report
    assert first is not None
    return merge.report(first, text, document, whole.sender)


class Whole:
    """What the parts of one text share while they are analysed: the counts so far and the sender verdict.

    :meth:`prepare` is called by the analyzer for each part once its metrics are computed and before its
    rules run; for the last part analysed (the text's first part) it puts the whole text's metrics in place.
    """

    def __init__(self, offsets: list[int], sender: tuple[str, Document, Lines] | None, expected: str | None,
                 shown: str, voice: Voices, reach: Audience) -> None:
        #: where the parts start, in the order they are analysed
        self.offsets = offsets
        self.remaining = len(offsets)
        #: the whole text, its document and its lines, when the sender verdict is wanted
        self.sender_of = sender
        self.sender: SenderResult | None = None
        self.names: list[tuple[int, SenderNames]] = []
        self.profiles: list[tuple[int, Profile]] = []
        self.expected = expected
        #: the whole text's genre and voices (:func:`~klarsprak.sender.genre.shown_genre`, ``reader_voices``)
        self.shown, self.voice = shown, voice
        #: whom the whole text is written to (:func:`~klarsprak.rules.sender.audience`)
        self.reach = reach
        self.counts = Counts()
        self.ratios: dict[str, list[Ratio | None]] = {}

    def prepare(self, analysis: Analysis, metrics: dict[str, Any], long_sentence_words: int) -> None:
        """Count this part; last, give its rules the whole text's sender verdict (from the names of all parts),
        readability profile and metrics."""
        offset = self.offsets[len(self.offsets) - self.remaining]
        analysis.provide(shown_genre, value=self.shown)
        analysis.provide(reader_voices, value=self.voice)
        analysis.provide(audience, self.expected, value=self.reach)
        if self.sender_of is not None:
            text, document, lines = self.sender_of
            self.names.append((offset, sender_names(analysis)))
            if self.remaining == 1:
                self.sender = whole_verdict(text, document, self.expected, self.names, lines, self.shown,
                                            self.voice)
                analysis.provide(sender_verdict, self.expected, value=self.sender)
        self.profiles.append((offset, profile(analysis)))
        if self.remaining == 1:
            analysis.provide(profile, value=Profile.of(self.profiles, self.sender.genre if self.sender else None))
        self.counts.add(unit_counts(analysis.units))
        for name, value in metrics.items():
            if isinstance(value, Ratio):
                self.ratios.setdefault(name, []).append(value)
        self.remaining -= 1
        if self.remaining == 0:
            metrics.update({name: Ratio.of(values) for name, values in self.ratios.items()})
            metrics.update(self.counts.metrics(long_sentence_words))


class Merge:
    """The whole text's report, built from the part reports as they come (the first part last), so that
    no part report is kept: offsets shifted to the whole text, once-per-text findings joined."""

    def __init__(self) -> None:
        self.findings: list[Finding | None] = []
        self.sentences: list[SentenceSpan] = []
        self.once: dict[tuple[str, str], int] = {}
        self.notes: dict[str, str] = {}

    def add(self, offset: int, report: Report) -> None:
        """Add the report of a part after the first (in text order); its document-level findings go."""
        before = len(self.sentences)
        self.sentences += [SentenceSpan(s.start + offset, s.end + offset, s.kind) for s in report.sentences]
        for f in report.findings:
            if f.rule in DOCUMENT_RULES:
                continue
            f = _shifted(f, offset, before)
            key = _once_key(f)
            if key in self.once:
                n = self.once[key]
                self.findings[n] = _with_places(self.findings[n], f)
                continue
            if key is not None:
                self.once[key] = len(self.findings)
            self.findings.append(f)
        self._note(report)

    def report(self, first: Report, text: str, document: Document, sender: SenderResult | None) -> Report:
        """The report of ``text``, given the report of its first part (analysed last, with the whole's metrics)."""
        shift = len(first.sentences)
        for n, f in enumerate(self.findings):  # in place: one finding is copied at a time
            if f is not None and f.sentence is not None:
                self.findings[n] = replace(f, sentence=f.sentence + shift)
        findings: list[Finding] = []
        for f in first.findings:
            key = _once_key(f)
            if key in self.once:  # the first part's finding stays, with the later places
                f = _with_places(f, self.findings[self.once[key]])
                self.findings[self.once.pop(key)] = None
            findings.append(f)
        findings += [f for f in self.findings if f is not None]
        findings = [_counted(f, text) if f.key is not None and f.occurrences else f for f in findings]
        self._note(first)
        if first.metrics.get("lix") is None and "lix" in first.notes:
            self.notes["lix"] = first.notes["lix"]
        return Report(text=text, metrics=first.metrics, findings=findings, sentences=first.sentences + self.sentences,
                      notes=self.notes, sender=sender, meta=document.metadata())

    def _note(self, report: Report) -> None:
        for name, note in report.notes.items():
            if name != "lix" and note not in self.notes.get(name, ""):
                self.notes[name] = f"{self.notes[name]}; {note}" if name in self.notes else note


def _once_key(finding: Finding) -> tuple[str, str] | None:
    """What makes two findings of a once-per-text rule the same problem (None for other rules): a lexicon rule's
    entry (complex_word's "erhöll" and "erhåller" are one, as in one piece: :mod:`.rules.once`), another rule's
    word, or the rule; complex_word's one finding of formal words that pile up."""
    if finding.rule == "complex_word" and finding.source == SOURCE_PILE:
        return (finding.rule, "")
    if finding.key is not None:
        return (finding.rule, finding.key)
    if finding.rule not in ONCE_PER_TEXT:
        return None
    return (finding.rule, finding.text.lower() if finding.rule in ONCE_PER_WORD else "")


def _shifted(finding: Finding, offset: int, sentences_before: int) -> Finding:
    sentence = None if finding.sentence is None else finding.sentence + sentences_before
    return replace(finding, start=finding.start + offset, end=finding.end + offset, sentence=sentence,
                   occurrences=tuple((s + offset, e + offset) for s, e in finding.occurrences))


def _with_places(kept: Finding, later: Finding) -> Finding:
    """``kept`` (a word's first finding) with the places of ``later`` (its finding in a later part) added,
    and the count its message gives ("… 3 gånger i texten") raised to match; of a lexicon entry's two findings the
    one :func:`.rules.once.once_per_entry` would show stays, with the other's places (its count: :func:`_counted`)."""
    places = (*kept.occurrences, (later.start, later.end), *later.occurrences)
    if kept.key is not None:
        main, other = sorted((kept, later), key=lambda f: (RANK.get(f.severity, 1), not f.replaces, f.start))
        return replace(main, occurrences=tuple(sorted(((other.start, other.end), *kept.occurrences,
                                                         *later.occurrences))))
    return replace(kept, occurrences=places, message=_COUNT.sub(f"{1 + len(places)} gånger i texten", kept.message))


def _counted(finding: Finding, text: str) -> Finding:
    """A lexicon entry's finding with the count sentence one piece would give it (:func:`.rules.once.recounted`),
    also where its first part had one place."""
    places = ((finding.start, finding.end), *finding.occurrences)
    return replace(finding, message=recounted(finding.message, places, text, finding.replaces, finding.explain))
