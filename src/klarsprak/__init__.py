"""klarsprak: plain-language, inclusive-language and sender checks for Swedish public-sector text.

>>> import klarsprak
>>> report = klarsprak.analyze("Beslutet skickas till dig.")
>>> report.metrics["words"], [f.rule for f in report.findings]
(4, ['missing_sender', 'readability', 'passive_voice'])
"""

from .analyzer import Analyzer, analyze
from .archive.readers import read_document
from .config import Config
from .document import Document
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
