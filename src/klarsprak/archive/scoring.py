"""Turn one :class:`Source` into table rows; the unit of work of every batch engine."""

from __future__ import annotations

import os
import traceback
from dataclasses import dataclass, field, replace
from typing import Any

import pyarrow as pa

from ..analyzer import Analyzer
from ..errors import InputError
from .limits import Limits, deadline
from .readers import Source, content_hash, shown
from .tables import document_row, documents_schema, report_finding_rows

SWEDISH = "sv"


@dataclass
class Scored:
    """The rows of one source: its ``documents`` row and its ``findings`` rows."""

    document: dict[str, Any]
    findings: list[dict[str, Any]] = field(default_factory=list)

    @property
    def id(self) -> str:
        return self.document["id"]


def score_source(source: Source, analyzer: Analyzer, limits: Limits, schema: pa.Schema | None = None) -> Scored:
    """Read and score one source within ``limits``; never raises for a bad input.

    Reading and scoring each have a time limit that grows with the size of what they work on
    (:meth:`Limits.seconds_for`). Unreadable input gives status ``error``, non-Swedish text status
    ``skipped``; an unexpected failure in our own code is an ``error`` too,
    with the exception named, so one document never stops a batch.
    """
    schema = schema or documents_schema()
    base = {"id": source.id, "source": source.key}
    document = None
    try:
        with deadline(limits.seconds_for(input_size(source)), " (to read it; see batch.seconds_per_mb)"):
            document = source.read(replace(limits, seconds=0))
        digest = content_hash(document.text)
        if document.language not in (None, SWEDISH):
            return Scored(document_row(schema, **base, status="skipped", document=document,
                                       content_hash=digest,
                                       error=f"the text is in language {document.language!r}, not Swedish"))
        with deadline(limits.seconds_for(len(document.text)), " (to score its text; see batch.seconds_per_mb)"):
            report = analyzer.analyze(document)
    except InputError as exc:
        return Scored(_located(document_row(schema, **base, status="error", document=document, error=str(exc)), source))
    except Exception as exc:  # whatever a library or our own code raises, one document never stops a batch
        frames = traceback.extract_tb(exc.__traceback__)
        where = f" (at {frames[-1].filename.rsplit('/', 1)[-1]}:{frames[-1].lineno})" if frames else ""
        message = f"internal error {type(exc).__name__}: {exc}{where}"
        return Scored(_located(document_row(schema, **base, status="error", document=document, error=message), source))
    return Scored(
        document_row(schema, **base, status="ok", document=document, report=report, content_hash=digest),
        report_finding_rows(report, source.id),
    )


def input_size(source: Source) -> int:
    """The bytes ``source`` holds before reading (0 when its file cannot be seen; reading then fails)."""
    if source.data is not None:
        return len(source.data)
    try:
        return os.stat(source.path or "").st_size
    except OSError:
        return 0


def _located(row: dict[str, Any], source: Source) -> dict[str, Any]:
    """Fill path, URL and date of an unread source's row from the source itself."""
    for name in ("path", "url", "date"):
        if row.get(name) is None:
            row[name] = getattr(source, name)
    if row["path"] is not None:
        row["path"] = shown(row["path"])
    return row


def mark_duplicate(scored: Scored, original_id: str, schema: pa.Schema) -> Scored:
    """The rows of a document whose text repeats an earlier one: skipped, no findings."""
    row = scored.document
    keep = {k: row.get(k) for k in ("url", "path", "title", "date", "language", "publisher", "site_name",
                                    "content_type", "content_hash")}
    skipped = document_row(schema, id=row["id"], source=row["source"], status="skipped",
                           error=f"duplicate of {original_id}")
    skipped.update(keep)
    return Scored(skipped)
