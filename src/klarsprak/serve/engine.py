"""What the server does with a request, free of HTTP: config overrides, uploads, analysis, figures.

One :class:`Engine` per worker process holds the analyzer built at start-up
(the model is loaded once) and a few analyzers for the configurations that
requests ask for; those share the loaded pipeline, so a request config costs
no model load. Analyses run in the :class:`Batcher`'s one thread. Texts only
ever live in memory.
"""

from __future__ import annotations

import bisect
from collections import OrderedDict
from concurrent.futures import Future
from dataclasses import replace
from pathlib import PurePath
from threading import Lock
from typing import Any, Mapping

from ..analyzer import Analyzer, TextLike
from ..archive.limits import Limits
from ..archive.readers import SUFFIXES, read_document
from ..config import Config, from_mapping
from ..doc import Document, TokenTable
from ..doc.words import iter_words
from ..errors import ConfigError
from ..findings import Report
from .batcher import Batcher, Then

#: Config keys a request may not set: they name files or models on the server, or set its limits.
SERVER_ONLY = frozenset({"model", "lexicons", "serve"})
#: Analyzers kept for request configurations (each shares the loaded model).
CACHED_CONFIGS = 16
#: Content types accepted for an upload whose name has no known suffix.
KNOWN_TYPES = frozenset(SUFFIXES.values())
#: Analysed once at start-up, so that the first request does not pay for loading lexicons.
WARM_UP = "Vi på Lerums kommun har fått din ansökan. Den skickas vidare till nämnden, som beslutar inom en vecka."


class UnsupportedType(ValueError):
    """An upload whose type the readers do not know (HTTP 415)."""


class Engine:
    """The analyzer of one worker process, and the per-request configurations built on it."""

    def __init__(self, config: Config, max_bytes: int) -> None:
        self.config = config
        self.limits = Limits(max_bytes=max_bytes)
        self.analyzer = Analyzer(config)
        self._analyzers: OrderedDict[Config, Analyzer] = OrderedDict()
        self._lock = Lock()
        self.analyzer.analyze(self.read_upload("uppvärmning.txt", WARM_UP.encode()))  # lexicons, language model
        self.batcher = Batcher()

    def config_for(self, overrides: Mapping[str, Any] | None) -> Config:
        """The server's config with a request's keys replaced; a bad key or value raises ConfigError."""
        if not overrides:
            return self.config
        if not isinstance(overrides, Mapping):
            raise ConfigError("config must be an object")
        refused = sorted(SERVER_ONLY & set(overrides))
        if refused:
            raise ConfigError(f"config: {refused[0]!r} can only be set in the server's own configuration")
        given = from_mapping(overrides, origin="config")
        return replace(self.config, **{key: getattr(given, key) for key in overrides})

    def prepare(self, overrides: Mapping[str, Any] | None) -> Analyzer:
        """The analyzer for a request's config overrides (ConfigError for a bad key, value or rule)."""
        return self.analyzer_for(self.config_for(overrides))

    def analyzer_for(self, config: Config) -> Analyzer:
        """An analyzer for ``config`` sharing the loaded model (cached; ConfigError for unknown rules)."""
        if config == self.config:
            return self.analyzer
        with self._lock:
            found = self._analyzers.get(config)
            if found is not None:
                self._analyzers.move_to_end(config)
                return found
        analyzer = Analyzer(config, model=self.analyzer.nlp)
        with self._lock:
            self._analyzers[config] = analyzer
            while len(self._analyzers) > CACHED_CONFIGS:
                self._analyzers.popitem(last=False)
        return analyzer

    def submit(self, analyzer: Analyzer, text: TextLike, then: Then) -> Future[Any]:
        """Queue ``text`` for the analysis thread; the future holds ``then(report)``."""
        return self.batcher.submit(analyzer, text, then)

    def read_upload(self, filename: str, data: bytes, content_type: str | None = None) -> Document:
        """An uploaded file through the batch readers; its type comes from the name's suffix.

        A name without a known suffix may still be read when the part declares
        one of the readers' content types; anything else is :class:`UnsupportedType`.
        """
        suffix = PurePath(filename).suffix.lower()
        declared = (content_type or "").split(";")[0].strip().lower()
        if suffix in SUFFIXES:
            kind = SUFFIXES[suffix]
        elif not suffix and declared in KNOWN_TYPES:
            kind = declared
        else:
            shown = suffix or declared or "unknown"
            raise UnsupportedType(f"file type {shown!r} is not supported; use one of {', '.join(sorted(SUFFIXES))}")
        document = read_document(data, content_type=kind, limits=self.limits)
        return replace(document, path=filename or None)

    def sentence_lengths(self, report: Report) -> list[int]:
        """Words per sentence of ``report``, counted as LIX counts them (the pipeline's tokenizer only;
        call it in the analysis thread)."""
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
