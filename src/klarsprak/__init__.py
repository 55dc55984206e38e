"""klarsprak: plain-language, inclusive-language and sender checks for Swedish public-sector text.

>>> import klarsprak
>>> report = klarsprak.analyze("Beslutet skickas till dig.")
>>> report.metrics["words"], [f.rule for f in report.findings]
(4, ['missing_sender', 'readability', 'passive_voice'])
"""

from typing import Any

from . import display  # noqa: F401  (a report shows itself as HTML in a notebook)
from .analyzer import Analyzer, analyze
from .config import Config
from .doc import Document
from .errors import ConfigError, InputError, KlarsprakError, LexiconError, ModelNotFoundError
from .findings import CATEGORIES, GROUNDS, Finding, Report, SentenceSpan, Severity
from .frames import analyze_many, findings_frame

__version__ = "0.1.0"

__all__ = [
    "CATEGORIES",
    "GROUNDS",
    "Analyzer",
    "Config",
    "ConfigError",
    "Document",
    "Finding",
    "InputError",
    "KlarsprakError",
    "LexiconError",
    "ModelNotFoundError",
    "Report",
    "SentenceSpan",
    "Severity",
    "analyze",
    "read_document",
    "analyze_many",
    "findings_frame",
    "__version__",
]



def __getattr__(name: str) -> Any:
    """``read_document`` (the file readers) is imported on first use: the core runs without the archive."""
    if name == "read_document":
        from .archive.readers import read_document

        return read_document
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
