"""klarsprak: plain-language, inclusive-language and sender checks for Swedish public-sector text.

>>> import klarsprak
>>> report = klarsprak.analyze("Beslutet skickas till dig.")
>>> report.metrics["words"], [f.rule for f in report.findings]
(4, ['missing_sender', 'readability', 'passive_voice'])
"""

from typing import Any

from .analyzer import Analyzer, analyze
from .config import Config
from .doc import Document
from .errors import ConfigError, InputError, KlarsprakError, LexiconError, ModelNotFoundError
from .findings import CATEGORIES, GROUNDS, Finding, Report, SentenceSpan, Severity

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

#: Public names that live outside the core (pandas tables, file readers), imported on first use.
_LAZY = {"analyze_many": "frames", "findings_frame": "frames", "read_document": "archive.readers"}


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        from importlib import import_module

        return getattr(import_module(f".{_LAZY[name]}", __name__), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
