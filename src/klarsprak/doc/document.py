"""A document: the text to score plus what we know about where it came from."""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass, field
from typing import Any

_SURROGATE = re.compile("[\ud800-\udfff]")


def sanitize(text: str) -> str:
    """Replace lone surrogates (not encodable as UTF-8) with U+FFFD, one for one, so offsets hold."""
    return _SURROGATE.sub("\ufffd", text)


@dataclass
class Document:
    """Text and metadata of one input (a file, a WARC record, a string).

    ``blocks`` keeps text that main-content extraction dropped but that still
    tells the reader something, such as a page footer or contact block
    (``{"footer": "Lerums kommun, 443 80 Lerum"}``); the sender check reads it.
    """

    text: str
    url: str | None = None
    path: str | None = None
    title: str | None = None
    date: str | None = None
    language: str | None = None
    publisher: str | None = None
    site_name: str | None = None
    content_type: str | None = None
    blocks: dict[str, str] = field(default_factory=dict)
    extra: dict[str, Any] = field(default_factory=dict)

    def metadata(self) -> dict[str, Any]:
        """Everything but the text, as a plain dict."""
        d = asdict(self)
        d.pop("text")
        return d
