"""What the server does with a request, free of HTTP: config overrides, uploads, analysis, the answer's bytes.

The web process checks a request (:func:`request_config`, :func:`upload_kind`)
and hands it on as a :class:`Job`; an analysis process answers it with its
:class:`Engine`, which holds the analyzer built at start-up (the model is
loaded once per process) and a few analyzers for the configurations that
requests ask for; those share the loaded pipeline, so a request config costs
no model load. The answer is made in the analysis process down to its JSON or
HTML bytes, so the web process only passes them on. Texts only ever live in
memory.
"""

from __future__ import annotations

import bisect
import json
import logging
import re
import time
from collections import OrderedDict
from dataclasses import dataclass, replace
from pathlib import PurePath
from typing import Any, Mapping

from ..analyzer import Analyzer, TextLike
from ..archive.limits import Limits, deadline
from ..archive.readers import SUFFIXES, read_document
from ..config import Config, from_mapping
from ..doc import TokenTable
from ..doc.words import iter_words
from ..errors import ConfigError, InputError
from ..findings import Report
from ..markup import highlight
from .export import html_page

#: Config keys a request may not set: they name files or models on the server, or set its limits.
SERVER_ONLY = frozenset({"model", "lexicons", "serve"})
#: Analyzers kept for request configurations (each shares the loaded model).
CACHED_CONFIGS = 16
#: Content types accepted for an upload whose name has no known suffix.
KNOWN_TYPES = frozenset(SUFFIXES.values())
#: Analysed once at start-up, so that the first request does not pay for loading lexicons.
WARM_UP = "Vi på Lerums kommun har fått din ansökan. Den skickas vidare till nämnden, som beslutar inom en vecka."
INLINE_STYLE = re.compile(r' style="[^"]*"')
JSON = "application/json"
HTML = "text/html; charset=utf-8"
log = logging.getLogger("klarsprak.serve")


class UnsupportedType(ValueError):
    """An upload whose type the readers do not know (HTTP 415)."""


@dataclass(frozen=True)
class Upload:
    """An uploaded file: its name, its kind (a readers' content type) and its bytes."""

    filename: str
    kind: str
    data: bytes


@dataclass(frozen=True)
class Job:
    """One request for an analysis process: the text or file, its config, what to answer and by when.

    ``answer`` is ``report`` (the report JSON), ``page`` (the page's JSON: the
    report, the marked text and sentence lengths) or ``export`` (the HTML page,
    titled ``filename``); ``deadline`` is a ``time.time()`` value; ``retried`` is set when a process died
    while it had the job.
    """

    source: str | Upload
    config: Config
    answer: str
    deadline: float
    filename: str | None = None
    retried: bool = False


@dataclass(frozen=True)
class Answer:
    """What goes back to the client: an HTTP status, a media type and the body's bytes."""

    status: int
    media_type: str
    body: bytes

    @classmethod
    def error(cls, status: int, message: str) -> Answer:
        return cls(status, JSON, json.dumps({"detail": message}).encode())

    @classmethod
    def late(cls, config: Config) -> Answer:
        """503: the request was not answered within ``serve.seconds``."""
        return cls.error(503, f"the analysis took longer than the limit of {config.serve['seconds']:g} seconds")


def request_config(base: Config, overrides: Mapping[str, Any] | None) -> Config:
    """The server's config with a request's keys replaced; a bad key or value raises ConfigError."""
    if not overrides:
        return base
    if not isinstance(overrides, Mapping):
        raise ConfigError("config must be an object")
    refused = sorted(SERVER_ONLY & set(overrides))
    if refused:
        raise ConfigError(f"config: {refused[0]!r} can only be set in the server's own configuration")
    given = from_mapping(overrides, origin="config")
    return replace(base, **{key: getattr(given, key) for key in overrides})


def upload_kind(filename: str, content_type: str | None) -> str:
    """The readers' content type for an upload: from the name's suffix, else from a declared known type;
    anything else is :class:`UnsupportedType`."""
    suffix = PurePath(filename).suffix.lower()
    declared = (content_type or "").split(";")[0].strip().lower()
    if suffix in SUFFIXES:
        return SUFFIXES[suffix]
    if not suffix and declared in KNOWN_TYPES:
        return declared
    shown = suffix or declared or "unknown"
    raise UnsupportedType(f"file type {shown!r} is not supported; use one of {', '.join(sorted(SUFFIXES))}")


class Engine:
    """The analyzer of one analysis process, and the per-request configurations built on it."""

    def __init__(self, config: Config, max_bytes: int) -> None:
        self.config = config
        self.limits = Limits(max_bytes=max_bytes)
        self.analyzer = Analyzer(config)
        self._analyzers: OrderedDict[Config, Analyzer] = OrderedDict()
        self.analyzer.analyze(WARM_UP)  # lexicons, language model

    def analyzer_for(self, config: Config) -> Analyzer:
        """An analyzer for ``config`` sharing the loaded model (cached)."""
        if config == self.config:
            return self.analyzer
        found = self._analyzers.get(config)
        if found is None:
            found = self._analyzers[config] = Analyzer(config, model=self.analyzer.nlp)
            while len(self._analyzers) > CACHED_CONFIGS:
                self._analyzers.popitem(last=False)
        self._analyzers.move_to_end(config)
        return found

    def answer(self, job: Job) -> Answer:
        """The job's answer; a job past its deadline, or one that reaches it here, is a 503."""
        left = job.deadline - time.time()
        if left <= 0:
            return Answer.late(job.config)
        try:
            with deadline(left):
                text: TextLike = (job.source if isinstance(job.source, str)
                                  else replace(read_document(job.source.data, content_type=job.source.kind,
                                                             limits=self.limits), path=job.source.filename or None))
                return self._made(job, self.analyzer_for(job.config).analyze(text))
        except InputError as exc:
            if time.time() >= job.deadline:
                return Answer.late(job.config)
            return Answer.error(422, f"the file cannot be read: {exc}")
        except Exception as exc:  # logged by its type only: its message may quote the text
            log.error("analysis failed: %s", type(exc).__name__)
            return Answer.error(500, "internal error")

    def _made(self, job: Job, report: Report) -> Answer:
        if job.answer == "export":
            return Answer(200, HTML, html_page(report, job.filename).encode())
        made = report.to_dict() if job.answer == "report" else {
            "report": report.to_dict(), "marked": marked(report), "sentence_lengths": self.sentence_lengths(report)}
        return Answer(200, JSON, json.dumps(made, ensure_ascii=False).encode())

    def sentence_lengths(self, report: Report) -> list[int]:
        """Words per sentence of ``report``, counted as LIX counts them (the pipeline's tokenizer only)."""
        starts = [s.start for s in report.sentences]
        counts = [0] * len(starts)
        for word in iter_words(TokenTable(self.analyzer.nlp.make_doc(report.text))):
            i = bisect.bisect_right(starts, word.start) - 1
            if i >= 0 and word.start < report.sentences[i].end:
                counts[i] += 1
        return counts

    def model_name(self) -> str:
        meta = self.analyzer.nlp.meta
        return f"{meta.get('lang', '')}_{meta.get('name', '')}-{meta.get('version', '')}"


def marked(report: Report) -> str:
    """The text with its findings marked by the shared HTML helper (markers link to ``#anm-f<n>``), without its
    inline styles: the page's CSP allows none, and its stylesheet gives the same look. The helper escapes every
    attribute value (``"`` as ``&quot;``), so ``style="…"`` can only match its own attributes."""
    return INLINE_STYLE.sub("", highlight(report.text, report.findings, prefix="anm"))
