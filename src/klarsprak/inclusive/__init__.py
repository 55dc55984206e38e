"""Inclusive language: curated lexicons per discrimination ground and the matcher that finds them.

The word lists are data in ``lexicons/inclusive/<ground>.yaml``; :mod:`.lexicon`
loads and validates them, :mod:`.matcher` finds their entries in an analysed
spaCy ``Doc`` (on lemmas, inside compounds, outside quotes and proper names).
The rules that report the matches live in ``klarsprak.rules.inclusive`` and
``klarsprak.rules.inclusive_patterns``.
"""

from .lexicon import ENTRY_SCHEMA, Entry, Lexicon, load_lexicon, shipped_paths
from .matcher import Match, Matcher, matcher_for

__all__ = [
    "ENTRY_SCHEMA",
    "Entry",
    "Lexicon",
    "Match",
    "Matcher",
    "load_lexicon",
    "matcher_for",
    "shipped_paths",
]
