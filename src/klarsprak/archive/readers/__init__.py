"""Readers: every input (files, folders, WARCs, ``@list`` files) into :class:`~klarsprak.Document` values.

``documents`` reads one file or byte string within limits, ``formats`` holds the
per-format extractors, ``sources`` lists the inputs of a batch and ``warc`` the
records of a web archive.
"""

from .documents import DOCX, HTML, PDF, SUFFIXES, content_hash, detect_language, read_document, shown
from .source import ErrorRecord, Source, canonical, file_source, source_id
from .sources import WARC_SUFFIXES, input_files, iter_documents, iter_sources

__all__ = ["DOCX", "HTML", "PDF", "SUFFIXES", "WARC_SUFFIXES", "ErrorRecord", "Source", "canonical", "content_hash",
           "detect_language", "file_source", "input_files", "iter_documents", "iter_sources", "read_document", "shown",
           "source_id"]
