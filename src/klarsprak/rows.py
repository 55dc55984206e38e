"""Flat rows of a report: one dict per finding and one row of metrics per document.

Every table (``analyze_many``'s DataFrames, the batch job's Parquet files, the
Spark job) builds its rows here, so every tool sees the same columns. Plain
dicts only: this module knows nothing of pandas or Arrow.
"""

from __future__ import annotations

from collections import Counter
from typing import Any

from .findings import GROUNDS, Report

FINDING_COLUMNS = (
    "doc_id", "rule", "category", "severity", "ground", "start", "end", "text",
    "message", "suggestions", "sentence", "source", "occurrences",
)
METRIC_COLUMNS = (
    "words", "sentences", "long_words", "lix", "lix_band", "ovix", "mean_sentence_length",
    "max_sentence_length", "long_sentence_share", "passive_share", "nominal_ratio",
)
#: The sender verdict's columns: an organisation found; who speaks clear to a reader.
SENDER_COLUMNS = ("sender_found", "sender_clear")


def finding_rows(report: Report, doc_id: Any = None) -> list[dict[str, Any]]:
    """One dict per finding, with ``doc_id`` first (suggestions and occurrences as lists)."""
    return [{"doc_id": doc_id, **f.to_dict()} for f in report.findings]


def metrics_row(report: Report) -> dict[str, Any]:
    """A flat row of a report's metrics, finding counts per severity, rule and ground, and sender status
    (found; clear to a reader)."""
    row: dict[str, Any] = {name: report.metrics.get(name) for name in METRIC_COLUMNS}
    row.update({k: v for k, v in report.metrics.items() if k not in row and _scalar(v)})
    row["findings"] = len(report.findings)
    for severity, n in Counter(f.severity.value for f in report.findings).items():
        row[f"severity_{severity}"] = n
    for rule, n in Counter(f.rule for f in report.findings).items():
        row[f"rule_{rule}"] = n
    grounds = Counter(f.ground for f in report.findings if f.ground)
    for ground in GROUNDS:
        row[f"ground_{ground}"] = grounds.get(ground, 0)
    found, clear = (report.sender.found, report.sender.clear) if report.sender is not None else (None, None)
    row.update(zip(SENDER_COLUMNS, (found, clear)))
    return row


def _scalar(value: Any) -> bool:
    return value is None or isinstance(value, (int, float, str, bool))
