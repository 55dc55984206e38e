"""Archive scoring: read web pages, PDFs, Word files and WARCs; score them in batch; report.

The readers turn any input into a :class:`klarsprak.Document`; the batch engines
(local processes or Spark) write ``documents`` and ``findings`` Parquet tables;
the report turns those tables into one self-contained HTML page.
"""

from .limits import Limits
from .readers import ErrorRecord, Source, iter_documents, iter_sources, read_document

__all__ = ["ErrorRecord", "Limits", "Source", "iter_documents", "iter_sources", "read_document"]
