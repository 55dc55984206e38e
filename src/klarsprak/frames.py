"""pandas tables of reports: ``analyze_many``, ``findings_frame``, ``metrics_frame``, ``read_batch``.

The rows come from :mod:`klarsprak.rows`, shared with the batch and Spark
tables. pandas is imported inside the functions so that ``import klarsprak``
stays fast and the core never needs it.
"""

from __future__ import annotations

import math
import os
from pathlib import Path
from typing import TYPE_CHECKING, Any, Iterable, Iterator, Sequence

from .doc import Document
from .findings import GROUNDS, PRESENTERS, Report, Severity
from .rows import FINDING_COLUMNS, METRIC_COLUMNS, SENDER_COLUMNS, finding_rows, metrics_row

if TYPE_CHECKING:
    import pandas as pd

    from .analyzer import Analyzer
    from .config import Config

#: Columns of a DataFrame that become :class:`Document` metadata in ``analyze_many``.
DOCUMENT_FIELDS = ("url", "path", "title", "date", "language", "publisher", "site_name", "content_type")


def findings_frame(reports: Any, index: Iterable[Any] | None = None, *, text_column: str = "text",
                   n_process: int = 1, batch_size: int = 32, analyzer: Analyzer | None = None,
                   config: Config | None = None) -> pd.DataFrame:
    """All findings as a DataFrame, one row per finding; ``doc_id`` is the input's index label.

    ``reports`` is a :class:`Report`, reports (a list, or a Series of them), or
    texts in any form :func:`analyze_many` takes, which are analysed first.
    """
    import pandas as pd

    if isinstance(reports, Report):
        rows = finding_rows(reports, 0)
    else:
        series = _as_reports(reports, index, text_column, n_process, batch_size, analyzer, config)
        rows = [row for doc_id, r in series.items() for row in finding_rows(r, doc_id)]
    return pd.DataFrame(rows, columns=list(FINDING_COLUMNS))


PRESENTERS["frame"] = findings_frame


def metrics_frame(reports: Iterable[Report], index: Iterable[Any] | None = None) -> pd.DataFrame:
    """One row of metrics per report; rule and ground counts missing from a report are 0.

    A Series of reports keeps its index; otherwise ``index`` (or 0..n-1) labels the rows.
    """
    import pandas as pd

    if isinstance(reports, pd.Series) and index is None:
        index = reports.index
    reports = list(reports)
    labels = pd.Index(list(index)) if index is not None else pd.RangeIndex(len(reports))
    frame = pd.DataFrame([metrics_row(r) for r in reports], index=labels)
    base = [*METRIC_COLUMNS, "findings", *(f"ground_{g}" for g in GROUNDS), *SENDER_COLUMNS]
    frame = frame.reindex(columns=[*base, *(c for c in frame.columns if c not in base)])
    counts = [c for c in frame.columns if c.startswith(("rule_", "severity_", "ground_")) or c == "findings"]
    frame[counts] = frame[counts].fillna(0).astype(int)
    return frame


def analyze_many(texts: Any, text_column: str = "text", *, n_process: int = 1, batch_size: int = 32,
                 analyzer: Analyzer | None = None, config: Config | None = None) -> pd.DataFrame:
    """Analyse many texts and return one row of metrics per text, indexed like the input.

    ``texts`` is a string, a list of strings or :class:`Document` s, a dict
    (keys become the index), a ``Series`` of texts, or a ``DataFrame`` whose
    ``text_column`` holds the texts (its ``url``, ``title``, ``date`` … columns
    become document metadata). Missing texts (None/NaN) count as empty. Every
    enabled rule and every severity get a count column, so the columns do not
    depend on which rules fired. ``n_process`` > 1 analyses in worker processes; a
    text whose worker dies twice (segfault, out of memory, killed) gets missing
    metrics and a :class:`~klarsprak.errors.WorkerLostWarning`, never a hang.
    Join the result back with ``df.join(analyze_many(df))``.
    """
    analyzer = analyzer or _analyzer(config)
    reports = analyze_reports(texts, text_column, n_process=n_process, batch_size=batch_size,
                              analyzer=analyzer)
    frame = metrics_frame(reports)
    for name in [*(f"severity_{s.value}" for s in Severity), *(f"rule_{r.id}" for r in analyzer.rules)]:
        if name not in frame.columns:
            frame[name] = 0
    return frame


def analyze_reports(texts: Any, text_column: str = "text", *, n_process: int = 1, batch_size: int = 32,
                    analyzer: Analyzer | None = None, config: Config | None = None) -> pd.Series:
    """Like :func:`analyze_many` but returns the :class:`Report` objects as a Series indexed like the input.

    Feed the result to :func:`metrics_frame` and :func:`findings_frame` to get
    both tables from one analysis.
    """
    import pandas as pd

    labels, documents = _as_documents(texts, text_column)
    analyzer = analyzer or _analyzer(config)
    reports = list(_run(analyzer, documents, n_process, batch_size))
    return pd.Series(reports, index=labels, dtype=object, name="report")


def read_batch(directory: str | Path) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Read a batch run's Parquet output (``documents/`` and ``findings/``) as two DataFrames.

    Only committed parts are read (as the batch job defines them). Documents
    are indexed by their ``id`` — the ``doc_id`` of their findings — and have
    the metric and count columns of :func:`metrics_frame` plus identity and
    ``status``/``error`` columns; findings have :data:`FINDING_COLUMNS`, with
    ``suggestions`` and ``occurrences`` as lists.
    """
    from .archive.parts import read_table

    directory = Path(directory)
    if not directory.is_dir():
        raise FileNotFoundError(f"{directory}: no such batch output folder")
    documents = read_table(directory, "documents").to_pandas()
    findings = read_table(directory, "findings").to_pandas()
    documents = documents.set_index("id")
    findings["suggestions"] = [[] if _missing(s) else list(s) for s in findings["suggestions"]]
    findings["occurrences"] = [[] if _missing(o) else [list(p) for p in o] for o in findings["occurrences"]]
    return documents, findings[list(FINDING_COLUMNS)].reset_index(drop=True)


def _analyzer(config: Config | None) -> Analyzer:
    from .analyzer import cached_analyzer

    return cached_analyzer(config)


def _as_reports(items: Any, index: Iterable[Any] | None, text_column: str, n_process: int, batch_size: int,
                analyzer: Analyzer | None, config: Config | None) -> pd.Series:
    """A Series of reports from reports or from texts (analysed here)."""
    import pandas as pd

    if isinstance(items, pd.Series) and all(isinstance(r, Report) for r in items):
        return items if index is None else pd.Series(list(items), index=list(index), dtype=object)
    if not isinstance(items, (pd.DataFrame, pd.Series, str, dict, Document)):
        items = list(items)
        if items and all(isinstance(r, Report) for r in items):
            labels = list(index) if index is not None else range(len(items))
            return pd.Series(items, index=labels, dtype=object)
    series = analyze_reports(items, text_column, n_process=n_process, batch_size=batch_size,
                             analyzer=analyzer, config=config)
    if index is not None:
        series.index = pd.Index(list(index))
    return series


def _as_documents(texts: Any, text_column: str) -> tuple[pd.Index, list[Document]]:
    """Index labels and documents from any accepted input shape."""
    import pandas as pd

    if isinstance(texts, (str, Document)):
        texts = [texts]
    if isinstance(texts, pd.DataFrame):
        if text_column not in texts.columns:
            raise KeyError(f"analyze_many: no column {text_column!r} (columns: {', '.join(map(str, texts.columns))})")
        meta = [c for c in DOCUMENT_FIELDS if c in texts.columns]
        documents = [
            Document(text=_text(row[text_column]), **{c: _meta(row[c]) for c in meta})
            for _, row in texts.iterrows()
        ]
        return texts.index, documents
    if isinstance(texts, pd.Series):
        return texts.index, [_document(t) for t in texts]
    if isinstance(texts, dict):
        return pd.Index(list(texts)), [_document(t) for t in texts.values()]
    items = [_document(t) for t in texts]
    return pd.RangeIndex(len(items)), items


def _document(value: Any) -> Document:
    return value if isinstance(value, Document) else Document(text=_text(value))


def _text(value: Any) -> str:
    if _missing(value):
        return ""
    if not isinstance(value, str):
        raise TypeError(f"analyze_many: texts must be str or Document, not {type(value).__name__}")
    return value


def _meta(value: Any) -> str | None:
    if _missing(value):
        return None
    return value.isoformat() if hasattr(value, "isoformat") else str(value)


def _missing(value: Any) -> bool:
    """None, NaN, NaT or pd.NA."""
    import pandas as pd

    return value is None or (pd.api.types.is_scalar(value) and bool(pd.isna(value)))


def _run(analyzer: Analyzer, documents: Sequence[Document], n_process: int, batch_size: int) -> Iterator[Report]:
    """Reports in input order; with ``n_process`` > 1 whole analyses run in the worker pool."""
    n_process = (os.cpu_count() or 1) if n_process == -1 else n_process
    if n_process <= 1 or len(documents) <= batch_size:
        yield from analyzer.pipe(documents, batch_size=batch_size)
        return
    size = max(1, min(batch_size, math.ceil(len(documents) / (n_process * 4))))
    yield from analyzer.pipe(documents, n_process=n_process, batch_size=size)
