"""Lexicons as a data layer: schemas, one loader, one morphology, and the inclusive matcher.

* :mod:`.schema` — the bounded YAML reader and :class:`Schema`;
* :mod:`.catalogue` — every schema, keyed by the ``schema:`` header of a lexicon file;
* :mod:`.loader` — :func:`lexicon_file` (shipped, cached, with sources) and :func:`load_entries`;
* :mod:`.morphology` — Swedish word forms and compounds, shared by every rule;
* :mod:`.abbreviations`, :mod:`.wordlists`, :mod:`.inclusive` — the typed lexicons;
* :mod:`.matcher` — finds inclusive entries in an analysed ``Doc``.

Rules that report lexicon entries are :class:`klarsprak.rules.base.TermRule` values.
"""

from .abbreviations import Abbreviations, abbreviations
from .catalogue import CATALOGUE
from .loader import LexiconFile, lexicon_file, load_entries, load_file, shipped_files
from .schema import Schema

__all__ = [
    "CATALOGUE",
    "Abbreviations",
    "LexiconFile",
    "Schema",
    "abbreviations",
    "lexicon_file",
    "load_entries",
    "load_file",
    "shipped_files",
]
