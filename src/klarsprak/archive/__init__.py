"""Archive scoring: read web pages, PDFs, Word files and WARCs; score them in batch; report.

``readers`` turn any input into a :class:`klarsprak.Document`; ``scoring`` turns one
input into table rows (``tables``); the batch engines, ``run`` (local processes)
and ``spark``, write them as ``documents`` and ``findings`` Parquet ``parts``;
``report`` turns those tables into one self-contained HTML page.
"""

from .limits import Limits
from .readers import ErrorRecord, Source, iter_documents, iter_sources, read_document

__all__ = ["ErrorRecord", "Limits", "Source", "iter_documents", "iter_sources", "read_document"]
