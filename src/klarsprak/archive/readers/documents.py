"""``read_document``: one file or byte string into a :class:`~klarsprak.Document`, within limits.

The format comes from the declared content type, else the file suffix, else
the bytes themselves; the language is identified from the extracted text.
"""

from __future__ import annotations

import hashlib
import os
import re
from dataclasses import replace
from functools import lru_cache
from pathlib import Path

from ...doc import Document
from ...errors import InputError
from ..limits import Limits, deadline
from .formats import READERS

HTML = "text/html"
PDF = "application/pdf"
DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
SUFFIXES = {
    ".html": HTML, ".htm": HTML, ".xhtml": HTML, ".pdf": PDF, ".docx": DOCX,
    ".md": "text/markdown", ".markdown": "text/markdown", ".txt": "text/plain",
}
#: Languages py3langid confuses with Swedish on short or formal text.
NEIGHBOURS = frozenset({"no", "nb", "nn", "da"})
MIN_WORDS_FOR_LANGUAGE = 5
WHITESPACE = re.compile(r"\s+")
READ_BLOCK = 1 << 20


def content_hash(text: str) -> str:
    """Hash of the text with case and whitespace normalised, to find duplicates."""
    return hashlib.sha1(WHITESPACE.sub(" ", text).strip().casefold().encode("utf-8", "surrogatepass")).hexdigest()


def shown(path: str | os.PathLike[str]) -> str:
    """A path as text fit for a table or a message: undecodable bytes of its name as ``\\xNN``."""
    return os.fsencode(path).decode("utf-8", "backslashreplace")


def read_file(path: str | os.PathLike[str], limits: Limits) -> bytes:
    """A file's bytes, refusing it as soon as more than ``limits.max_bytes`` have actually been read.

    The size on disk is only a first check: devices and pipes (``/dev/zero``)
    report size 0 and never end, so the limit is applied to what the read returns.
    """
    try:
        limits.check_size(os.stat(path).st_size, "the file")
        chunks, total = [], 0
        with open(path, "rb") as f:
            while block := f.read(min(READ_BLOCK, limits.max_bytes + 1 - total)):
                chunks.append(block)
                total += len(block)
                if total > limits.max_bytes:
                    raise InputError(f"the file is over the limit of {limits.max_bytes:,} bytes")
    except OSError as exc:
        raise InputError(f"cannot read {shown(path)}: {exc.strerror or exc}") from None
    return b"".join(chunks)


def read_document(source: str | os.PathLike[str] | bytes, *, content_type: str | None = None,
                  url: str | None = None, limits: Limits = Limits(), charset: str | None = None) -> Document:
    """Read a file path or raw bytes into a :class:`~klarsprak.Document`.

    The format comes from ``content_type``, else the file suffix, else the
    bytes themselves. The language is identified from the extracted text
    (``Document.language``, an ISO 639-1 code or None when too short to tell).

    >>> read_document(b"<html><body><p>Vi svarar inom en vecka.</p></body></html>").text
    'Vi svarar inom en vecka.'
    """
    path = None
    if isinstance(source, (bytes, bytearray, memoryview)):
        data = bytes(source)
        limits.check_size(len(data))
    else:
        path = Path(source)
        data = read_file(path, limits)
    kind = _content_type(content_type, path, data)
    reader = READERS.get(kind)
    if reader is None:
        raise InputError(f"unsupported content type {kind!r}")
    try:
        with deadline(limits.seconds_for(len(data))):
            if kind == HTML:
                document = reader(data, url=url, limits=limits, charset=charset)
            else:
                document = reader(data, limits=limits)
    except InputError:
        raise
    except Exception as exc:  # a library's failure on a hostile file is this file's error, whatever its type
        raise InputError(f"unreadable {kind} file: {type(exc).__name__}: {exc}") from None
    return replace(document, url=url or document.url, path=str(path) if path else None,
                   language=detect_language(document.text))


def _content_type(declared: str | None, path: Path | None, data: bytes) -> str:
    if declared:
        kind = declared.split(";")[0].strip().lower()
        if kind in ("application/xhtml+xml", "text/xhtml"):
            return HTML
        return kind
    if path is not None:
        suffix = path.suffix.lower()
        if suffix in SUFFIXES:
            return SUFFIXES[suffix]
    head = data[:1024].lstrip().lower()
    if head.startswith(b"%pdf"):
        return PDF
    if head.startswith(b"pk\x03\x04"):
        return DOCX
    if head.startswith((b"<!doctype html", b"<html")) or b"<body" in head:
        return HTML
    return "text/plain"


@lru_cache(maxsize=1)
def _identifier():  # type: ignore[no-untyped-def]
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


def detect_language(text: str) -> str | None:
    """The text's language (py3langid, model shipped with the package), or None if too short.

    Norwegian and Danish guesses count as Swedish when Swedish is the runner-up,
    since formal Swedish is often mistaken for them.
    """
    sample = text[:20_000]
    if len(sample.split()) < MIN_WORDS_FOR_LANGUAGE:
        return None
    ranked = _identifier().rank(sample)[:2]
    best = ranked[0][0]
    if best in NEIGHBOURS and len(ranked) > 1 and ranked[1][0] == "sv":
        return "sv"
    return best
