"""The two batch tables, ``documents`` and ``findings``: Arrow schemas and rows.

The local engine and the Spark engine both build their rows here, from the
row helpers in :mod:`klarsprak.rows`, so their outputs are identical.
"""

from __future__ import annotations

from typing import Any

import pyarrow as pa

from ..doc import Document
from ..findings import GROUNDS, Report
from ..rows import FINDING_COLUMNS, METRIC_COLUMNS, SENDER_COLUMNS, finding_rows, metrics_row
from ..rules import REGISTRY

STATUSES = ("ok", "error", "skipped")
IDENTITY = (
    ("id", pa.string()), ("source", pa.string()), ("url", pa.string()), ("path", pa.string()),
    ("title", pa.string()), ("date", pa.string()), ("language", pa.string()), ("publisher", pa.string()),
    ("site_name", pa.string()), ("content_type", pa.string()), ("content_hash", pa.string()),
    ("status", pa.string()), ("error", pa.string()),
)
INT_METRICS = frozenset({"words", "sentences", "long_words", "max_sentence_length"})
STRING_METRICS = frozenset({"lix_band"})
FINDING_TYPES = {
    "doc_id": pa.string(), "rule": pa.string(), "category": pa.string(), "severity": pa.string(),
    "ground": pa.string(), "start": pa.int64(), "end": pa.int64(), "text": pa.string(),
    "message": pa.string(), "suggestions": pa.list_(pa.string()), "sentence": pa.int64(),
    "source": pa.string(), "occurrences": pa.list_(pa.list_(pa.int64())),
}
FINDINGS_SCHEMA = pa.schema([(name, FINDING_TYPES[name]) for name in FINDING_COLUMNS])


def _metric_type(name: str) -> pa.DataType:
    if name in INT_METRICS:
        return pa.int64()
    if name in STRING_METRICS:
        return pa.string()
    return pa.float64()


def documents_schema() -> pa.Schema:
    """Identity, metrics, and finding counts per severity, rule and ground (every registered rule)."""
    metrics = list(dict.fromkeys([*METRIC_COLUMNS, *REGISTRY.metrics]))
    counts = ["findings", "severity_info", "severity_warning", "severity_error",
              *(f"rule_{r}" for r in sorted(REGISTRY.rules)), *(f"ground_{g}" for g in GROUNDS)]
    return pa.schema(
        [*IDENTITY, *((m, _metric_type(m)) for m in metrics), *((c, pa.int32()) for c in counts),
         *((c, pa.bool_()) for c in SENDER_COLUMNS)]
    )


def document_row(schema: pa.Schema, *, id: str, source: str, status: str, document: Document | None = None,
                 report: Report | None = None, error: str | None = None,
                 content_hash: str | None = None) -> dict[str, Any]:
    """One ``documents`` row; counts are 0 for a scored document and null for one that was not."""
    if status not in STATUSES:
        raise ValueError(f"unknown status {status!r}")
    row: dict[str, Any] = {"id": id, "source": source, "status": status, "error": error,
                           "content_hash": content_hash}
    if document is not None:
        row.update({k: getattr(document, k) for k in
                    ("url", "path", "title", "date", "language", "publisher", "site_name", "content_type")})
    if report is not None:
        row.update(metrics_row(report))
        for field in schema:
            if pa.types.is_integer(field.type) and field.name not in INT_METRICS:
                row[field.name] = row.get(field.name) or 0
    return {field.name: _coerce(row.get(field.name), field.type) for field in schema}


def _coerce(value: Any, kind: pa.DataType) -> Any:
    if value is None:
        return None
    try:
        if pa.types.is_floating(kind):
            return float(value)
        if pa.types.is_integer(kind):
            return int(value)
        if pa.types.is_boolean(kind):
            return bool(value)
        if pa.types.is_string(kind):
            return utf8(str(value))
    except (TypeError, ValueError):
        return None
    return value


def utf8(text: str) -> str:
    """``text`` as Parquet and Spark accept it: a lone surrogate (from a file name or a
    Python string that is not valid Unicode) becomes its ``\\udcxx`` escape."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return text.encode("utf-8", "backslashreplace").decode("utf-8")
    return text


def report_finding_rows(report: Report, doc_id: str) -> list[dict[str, Any]]:
    """The ``findings`` rows of one report (severity as its string, suggestions as a list)."""
    rows = finding_rows(report, doc_id)
    return [{name: _clean(row.get(name)) for name in FINDING_COLUMNS} for row in rows]


def _clean(value: Any) -> Any:
    if isinstance(value, str):
        return utf8(value)
    if isinstance(value, list):
        return [_clean(v) for v in value]
    return value


def to_table(rows: list[dict[str, Any]], schema: pa.Schema) -> pa.Table:
    """Rows as an Arrow table with exactly ``schema`` (missing values null)."""
    return pa.Table.from_pylist(rows, schema=schema)
