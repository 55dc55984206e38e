"""Tables of reports: the only module that imports pandas.

The row shapes here are shared by ``Report.to_frame()``, ``analyze_many``, the
batch job's Parquet files and the Spark job, so every tool sees the same columns.
"""

from __future__ import annotations

from collections import Counter
from typing import Any, Iterable

import pandas as pd

from .findings import GROUNDS, Report

FINDING_COLUMNS = (
    "doc_id", "rule", "category", "severity", "ground", "start", "end", "text",
    "message", "suggestions", "sentence", "source",
)
METRIC_COLUMNS = (
    "words", "sentences", "long_words", "lix", "lix_band", "ovix", "mean_sentence_length",
    "max_sentence_length", "long_sentence_share", "passive_share", "nominal_ratio",
)


def finding_rows(report: Report, doc_id: Any = None) -> list[dict[str, Any]]:
    """One dict per finding, with ``doc_id`` first (suggestions as a list)."""
    return [{"doc_id": doc_id, **f.to_dict()} for f in report.findings]


def metrics_row(report: Report) -> dict[str, Any]:
    """A flat row of a report's metrics, finding counts per severity, rule and ground, and sender status."""
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
    sender = report.sender
    row["sender_found"] = getattr(sender, "found", None) if sender is not None else None
    return row


def _scalar(value: Any) -> bool:
    return value is None or isinstance(value, (int, float, str, bool))


def findings_frame(reports: Report | Iterable[Report], index: Iterable[Any] | None = None) -> pd.DataFrame:
    """All findings as a DataFrame, one row per finding; ``doc_id`` is the report's index."""
    if isinstance(reports, Report):
        rows = finding_rows(reports, 0)
    else:
        reports = list(reports)
        ids = list(index) if index is not None else range(len(reports))
        rows = [row for doc_id, r in zip(ids, reports) for row in finding_rows(r, doc_id)]
    return pd.DataFrame(rows, columns=list(FINDING_COLUMNS))


def metrics_frame(reports: Iterable[Report], index: Iterable[Any] | None = None) -> pd.DataFrame:
    """One row of metrics per report; rule and ground counts missing from a report are 0."""
    reports = list(reports)
    frame = pd.DataFrame([metrics_row(r) for r in reports],
                         index=pd.Index(list(index)) if index is not None else None)
    counts = [c for c in frame.columns if c.startswith(("rule_", "severity_", "ground_"))]
    frame[counts] = frame[counts].fillna(0).astype(int)
    return frame
