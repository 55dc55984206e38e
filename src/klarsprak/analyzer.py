"""The analyzer: one NLP pipeline, every enabled rule, one :class:`Report` per text."""

from __future__ import annotations

import itertools
import os
import warnings
from functools import lru_cache, partial
from pathlib import Path
from typing import Any, Iterable, Iterator

import numpy
from spacy.language import Language
from spacy.tokens import Doc

from . import long_documents, pipeline, suppression, threads
from .config import Config
from .doc import Analysis, Document, chunking, sanitize
from .errors import RuleFailureWarning, WorkerLostWarning
from .findings import Finding, Report, SentenceSpan
from .lexicon.check import preload as preload_lexicons
from .metrics import unit_metrics
from .rules import REGISTRY, Context
from .rules.long_sentence import LONG_SENTENCE_WORDS
from .rules.sender import sender_result
from .workers import Pool, current

TextLike = str | Document
_NO_TENSOR = numpy.zeros((0, 0), dtype="float32")
NO_WORDS = "Texten innehåller inga ord, så mått som LIX saknas."


class Analyzer:
    """Analyzes Swedish text; the NLP pipeline is loaded once per analyzer.

    >>> Analyzer().analyze("Ansökan ska skickas in senast i dag.").metrics["words"]
    7
    """

    def __init__(self, config: Config | None = None, model: str | Path | Language | None = None,
                 *, chunk_chars: int = chunking.DEFAULT_CHUNK_CHARS,
                 batch_chars: int = chunking.DEFAULT_BATCH_CHARS) -> None:
        self.config = (config or Config()).check_names()
        preload_lexicons(self.config.lexicons)  # a broken lexicon is an error here, not in every report
        self.chunk_chars = chunk_chars
        self.batch_chars = batch_chars
        self.rules = REGISTRY.enabled(self.config)
        self.metrics = list(REGISTRY.metrics.values())
        needs = {n for r in self.rules for n in r.needs} | {n for m in self.metrics for n in m.needs}
        self.nlp = pipeline.load(model if model is not None else self.config.model, needs=needs)
        available = pipeline.provided(self.nlp)
        self.skipped = sorted(r.id for r in self.rules if not r.needs <= available)
        self.rules = [r for r in self.rules if r.needs <= available]
        self.skipped += sorted(m.name for m in self.metrics if not m.needs <= available)
        self.metrics = [m for m in self.metrics if m.needs <= available]
        #: Reports carry the sender verdict when a sender rule runs (they compute it anyway).
        self.reports_sender = any(r.category == "sender" for r in self.rules)

    def analyze(self, text: TextLike, *, sender: str | None = None) -> Report:
        """Analyze one text (a string or a :class:`Document`)."""
        return next(self.pipe([text], sender=sender))

    def pipe(self, texts: Iterable[TextLike], *, n_process: int = 1, batch_size: int = 64,
             sender: str | None = None) -> Iterator[Report]:
        """Analyze many texts lazily, in order; ``n_process`` > 1 (-1: one per core) uses worker processes.

        Texts longer than ``chunk_chars`` are parsed in chunks and joined again,
        so any length works with unchanged offsets; texts longer than ``long_documents.PART_CHARS``
        are analysed in parts (memory grows with the part). In one process, batches hold at
        most ``batch_chars`` characters, which bounds the model's working memory;
        worker processes take ``batch_size`` texts at a time. A text whose worker
        dies twice gives a report with no findings and a ``failed`` note.
        """
        if n_process != 1:
            yield from self._in_workers(texts, n_process, batch_size, sender)
            return
        for long, documents in itertools.groupby(map(_as_document, texts), key=long_documents.is_long):
            if long:  # analysed in parts, so that memory does not grow with the text
                yield from (long_documents.analyse_in_parts(self, d, sender) for d in documents)
            else:
                yield from self._reports(documents, batch_size, sender)

    def _reports(self, documents: Iterable[Document], batch_size: int, sender: str | None) -> Iterator[Report]:
        """The reports of ``documents``; beyond one batch, the rules run in a second thread while the next
        batch is parsed (they hold at most one batch of parsed Docs more)."""
        documents = iter(documents)
        head: list[Document] = []
        size = 0
        for document in documents:
            head.append(document)
            size += len(document.text)
            if size > self.batch_chars or len(head) > batch_size:
                break
        else:  # one batch: nothing to overlap, no thread
            yield from (self._report(doc, d, sender) for doc, d in self._parsed(head, batch_size))
            return
        yield from threads.overlapped(self._parsed(itertools.chain(head, documents), batch_size),
                                      lambda pair: self._report(*pair, sender),
                                      lambda pair: len(pair[1].text), self.batch_chars)

    def _parsed(self, documents: Iterable[Document], batch_size: int = 64) -> Iterator[tuple[Doc, Document]]:
        """Each document's text parsed in chunks, batched by characters, and joined into one ``Doc``."""
        def chunks() -> Iterator[tuple[str, tuple[Document, str, list] | None]]:
            for document in documents:
                text = sanitize(document.text)
                spans = chunking.split(text, self.chunk_chars)
                for i, (start, end, _) in enumerate(spans):
                    yield text[start:end], (document, text, spans) if i == len(spans) - 1 else None

        parsed = (pair for batch in chunking.batches(chunks(), self.batch_chars, batch_size)
                  for pair in self._parse(batch))
        parts: list[Doc] = []
        for doc, last in parsed:
            parts.append(doc)
            if last is None:
                continue
            document, text, spans = last
            if len(parts) > 1:
                doc = chunking.join(parts, text)
                self.nlp.get_pipe("klarsprak_structure").annotate(doc, text, chunking.soft_cuts(spans))
            parts = []
            yield doc, document

    def _parse(self, batch: list[tuple[str, Any]]) -> list[tuple[Doc, Any]]:
        """One batch through the pipeline, on as many BLAS threads as its size and the machine warrant."""
        with threads.limited(threads.for_batch(sum(len(text) for text, _ in batch))):
            parsed = list(self.nlp.pipe(batch, as_tuples=True, batch_size=len(batch)))
        for doc, _ in parsed:
            doc.tensor = _NO_TENSOR  # rules never read the tok2vec output: free it now
        return parsed

    def _in_workers(self, texts: Iterable[TextLike], n_process: int, batch_size: int,
                    sender: str | None) -> Iterator[Report]:
        """Whole analyses in a :class:`~klarsprak.workers.Pool` (a lost text gives a report with a note)."""
        processes = (os.cpu_count() or 1) if n_process == -1 else n_process
        documents = (_as_document(t) for t in texts)
        chunks = iter(lambda: list(itertools.islice(documents, batch_size)), [])
        with Pool(processes, partial(_itself, self)) as pool:
            yield from pool.map(partial(analyse_chunk, sender=sender), chunks, lost_report)

    def _report(self, doc: Doc, document: Document, sender: str | None,
                whole: long_documents.Whole | None = None) -> Report:
        config = self.config.merged(sender=sender)
        analysis = Analysis(doc, document)
        limit = config.option("long_sentence", "max_words", LONG_SENTENCE_WORDS)
        metrics: dict[str, Any] = unit_metrics(analysis.units, limit)
        ctx = Context(analysis, config, metrics)
        notes = {"lix": NO_WORDS} if metrics["lix"] is None else {}
        failed: list[str] = []
        for metric in self.metrics:
            try:
                metrics[metric.name] = metric.compute(ctx)
            except Exception as exc:  # one broken metric must not crash the host program
                metrics[metric.name] = None
                failed.append(_failure(metric.name, exc))
        if whole is not None:  # a part of a long text: counted, and the rules see the whole's verdicts
            whole.prepare(analysis, metrics, limit)
        findings: list[Finding] = []
        for rule in filter(lambda rule: ctx.applies(rule.genres), self.rules):
            ctx.rule = rule
            try:
                findings.extend(f for f in rule.check(ctx) if not config.is_disabled(f.rule, f.ground))
            except Exception as exc:  # likewise for a rule: report it, keep the other findings
                failed.append(_failure(rule.id, exc))
        findings = REGISTRY.one_per_problem(findings, ctx.about, analysis)
        findings = suppression.filter_findings(findings, analysis, config)
        if failed:
            notes["failed"] = "; ".join(failed)
        if self.skipped:
            notes["skipped"] = (f"Modellen saknar det som behövs för: {', '.join(self.skipped)}; "
                                "de reglerna och måtten kördes inte.")
        return Report(
            text=ctx.text,
            metrics=metrics,
            findings=findings,
            sentences=[SentenceSpan(u.start, u.end, u.kind) for u in analysis.units],
            notes=notes,
            sender=sender_result(ctx) if self.reports_sender else None,
            meta=document.metadata(),
        )


def analyse_chunk(documents: list[Document], sender: str | None = None) -> list[Report]:
    """A pool task: the reports of ``documents`` from the worker's analyzer."""
    return list(current().pipe(documents, batch_size=len(documents), sender=sender))


def lost_report(document: Document, reason: str) -> Report:
    """The report of a text that could not be analysed: no metrics, no findings, the reason as a note."""
    warnings.warn(reason, WorkerLostWarning, stacklevel=2)
    return Report(text=document.text, metrics={}, findings=[], sentences=[], notes={"failed": reason},
                  meta=document.metadata())


def _failure(name: str, exc: Exception) -> str:
    message = f"{name}: {type(exc).__name__}: {exc}"
    warnings.warn(message, RuleFailureWarning, stacklevel=3)
    return message


def _as_document(text: TextLike) -> Document:
    if isinstance(text, Document):
        return text
    if not isinstance(text, str):
        raise TypeError(f"analyze() takes str or Document, not {type(text).__name__}")
    return Document(text=text)


@lru_cache(maxsize=8)
def _cached(config: Config) -> Analyzer:
    return Analyzer(config)


def cached_analyzer(config: Config | None = None, model: str | Path | None = None) -> Analyzer:
    """The analyzer for ``config`` with ``model`` (default: the config's, else the shipped one), built once
    per process and kept: ``analyze``, the worker pool and Spark executors share it."""
    config = config or Config()
    if model is not None:
        config = config.merged(model=str(model))
    return _cached(config)


def executor_analyzer(config: Config | None = None, model: str | Path | None = None) -> Analyzer:
    """The analyzer of a process someone else started (a Spark executor): BLAS on one thread, loaded once."""
    threads.fix(1)
    return cached_analyzer(config, model)


def _itself(analyzer: Analyzer) -> Analyzer:
    """A pool's ``load`` for a ready analyzer: inherited when the workers fork, pickled otherwise."""
    return analyzer


def default_analyzer() -> Analyzer:
    """The shared analyzer with the default configuration and the shipped model."""
    return cached_analyzer()


def analyze(text: TextLike, *, sender: str | None = None, config: Config | None = None) -> Report:
    """Analyze one text with the shipped model (or the config's); analyzers are cached per configuration."""
    return cached_analyzer(config).analyze(text, sender=sender)
