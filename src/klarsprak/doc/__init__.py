"""The analysis object and its views: one parsed text that every rule reads the same way.

- :mod:`.analysis`: :class:`Analysis`, the ``Doc`` with lazily built, typed views
- :mod:`.tokens`: token attribute columns; :mod:`.words`, :mod:`.units`: words and sentence units
- :mod:`.layout`: headings, list items and hard wraps from the line structure (a pipeline component)
- :mod:`.lines`, :mod:`.quotes`: lines and quoted spans of the text, each found in one place
- :mod:`.passages`: what the writer cannot reword (long quotations, block quotes, English paragraphs)
- :mod:`.chunking`: long texts parsed in chunks with unchanged offsets
- :mod:`.document`: the input, a text and its metadata
"""

from .analysis import Analysis
from .document import Document, sanitize
from .lines import Line, Lines
from .quotes import Quotes
from .tokens import TokenTable
from .units import Unit
from .words import Word

__all__ = ["Analysis", "Document", "Line", "Lines", "Quotes", "TokenTable", "Unit", "Word", "sanitize"]
