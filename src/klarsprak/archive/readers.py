"""One entry point for every input: ``read_document`` and the streaming ``iter_sources``.

A :class:`Source` is one input not yet read (a file path, or a WARC record's
payload); reading it yields a :class:`~klarsprak.Document` or raises
:class:`~klarsprak.InputError` with a message fit for an error row.
"""

from __future__ import annotations

import hashlib
import os
import re
from dataclasses import dataclass, replace
from functools import lru_cache
from pathlib import Path
from typing import Iterable, Iterator

from ..doc import Document
from ..errors import InputError
from .extract import READERS
from .limits import Limits, deadline

HTML = "text/html"
PDF = "application/pdf"
DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
SUFFIXES = {
    ".html": HTML, ".htm": HTML, ".xhtml": HTML, ".pdf": PDF, ".docx": DOCX,
    ".md": "text/markdown", ".markdown": "text/markdown", ".txt": "text/plain",
}
WARC_SUFFIXES = (".warc", ".warc.gz")
#: Languages py3langid confuses with Swedish on short or formal text.
NEIGHBOURS = frozenset({"no", "nb", "nn", "da"})
MIN_WORDS_FOR_LANGUAGE = 5
WHITESPACE = re.compile(r"\s+")


@dataclass(frozen=True)
class Source:
    """One input to read: a file on disk, or bytes (a WARC record's payload).

    ``id`` is stable across runs (a hash of ``key``), so a resumed batch knows
    what it has done; ``error`` is set when the input was broken before reading.
    """

    id: str
    key: str
    path: str | None = None
    data: bytes | None = None
    url: str | None = None
    content_type: str | None = None
    charset: str | None = None
    date: str | None = None
    error: str | None = None

    def read(self, limits: Limits = Limits()) -> Document:
        """The document, or :class:`InputError` when it cannot be read within ``limits``."""
        if self.error:
            raise InputError(self.error)
        source = self.data if self.data is not None else Path(self.path or "")
        document = read_document(source, content_type=self.content_type, url=self.url, limits=limits,
                                 charset=self.charset)
        extra = {**document.extra, "id": self.id, "source": self.key}
        return replace(document, path=self.path, date=document.date or self.date, extra=extra)


@dataclass(frozen=True)
class ErrorRecord:
    """An input that could not be read, with the reason in words."""

    id: str
    key: str
    error: str


def source_id(key: str) -> str:
    """A stable 16-hex-digit id for an input key (a path, or ``warc#record-id``)."""
    return hashlib.sha1(key.encode("utf-8", "surrogatepass")).hexdigest()[:16]


def content_hash(text: str) -> str:
    """Hash of the text with case and whitespace normalised, to find duplicates."""
    return hashlib.sha1(WHITESPACE.sub(" ", text).strip().casefold().encode("utf-8", "surrogatepass")).hexdigest()


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
        try:
            limits.check_size(path.stat().st_size, "the file")
            data = path.read_bytes()
        except OSError as exc:
            raise InputError(f"cannot read {path}: {exc.strerror or exc}") from None
    kind = _content_type(content_type, path, data)
    reader = READERS.get(kind)
    if reader is None:
        raise InputError(f"unsupported content type {kind!r}")
    with deadline(limits.seconds):
        if kind == HTML:
            document = reader(data, url=url, limits=limits, charset=charset)
        else:
            document = reader(data, limits=limits)
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


def iter_sources(sources: Iterable[str | os.PathLike[str]], *, limits: Limits = Limits(),
                 payloads: bool = True) -> Iterator[Source]:
    """Every input under ``sources`` (files, directory trees, WARC files, ``@list`` files), in a stable order.

    A path starting with ``@`` names a text file listing one input per line.
    Files of unknown type are ignored; WARC files yield one source per
    response or resource record with an HTML, PDF or DOCX payload.
    """
    from .warc import iter_warc

    for item in sources:
        item = str(item)
        if item.startswith("@"):
            listed = [line.strip() for line in Path(item[1:]).read_text(encoding="utf-8").splitlines()]
            yield from iter_sources([line for line in listed if line and not line.startswith("#")],
                                    limits=limits, payloads=payloads)
            continue
        path = Path(item)
        files = sorted(p for p in path.rglob("*") if p.is_file()) if path.is_dir() else [path]
        for file in files:
            name = file.name.lower()
            if name.endswith(WARC_SUFFIXES):
                yield from iter_warc(file, limits=limits, payloads=payloads)
            elif file.suffix.lower() in SUFFIXES or file == path:
                key = str(file)
                yield Source(id=source_id(key), key=key, path=key)


def iter_documents(sources: Iterable[str | os.PathLike[str]], *,
                   limits: Limits = Limits()) -> Iterator[Document | ErrorRecord]:
    """Read every input under ``sources``: a Document each, or an ErrorRecord saying why not."""
    for source in iter_sources(sources, limits=limits):
        try:
            yield source.read(limits)
        except InputError as exc:
            yield ErrorRecord(source.id, source.key, str(exc))
