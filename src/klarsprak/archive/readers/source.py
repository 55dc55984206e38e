"""One input of a batch not yet read: a :class:`Source` (a file, or a WARC record's payload) and its stable id.

:mod:`.sources` lists the sources of a batch and :mod:`.warc` those of a web archive; both make them here.
"""

from __future__ import annotations

import hashlib
import os
from dataclasses import dataclass, replace
from pathlib import Path

from ...doc import Document
from ...errors import InputError
from ..limits import Limits
from .documents import read_document, shown


@dataclass(frozen=True)
class Source:
    """One input to read: a file on disk, or bytes (a WARC record's payload).

    ``id`` is stable across runs and spellings of a path (a hash of ``key``, the
    canonical path, with ``#record-id`` for a WARC record), so a resumed batch
    knows what it has done; ``error`` is set when the input was broken before reading.
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
        path = shown(self.path) if self.path else None
        return replace(document, path=path, date=document.date or self.date, extra=extra)


@dataclass(frozen=True)
class ErrorRecord:
    """An input that could not be read, with the reason in words."""

    id: str
    key: str
    error: str


def source_id(key: str | bytes) -> str:
    """A stable 16-hex-digit id for an input key (a canonical path, or ``path#record-id``)."""
    data = key if isinstance(key, bytes) else os.fsencode(key)
    return hashlib.sha1(data).hexdigest()[:16]


def canonical(path: str | os.PathLike[str]) -> str:
    """The absolute path with symbolic links and ``..`` resolved: one name per file, however it was typed."""
    return os.path.realpath(path)


def file_source(path: str | os.PathLike[str], error: str | None = None) -> Source:
    """The source of a file on disk, keyed by its canonical path."""
    real = canonical(path)
    return Source(id=source_id(real), key=shown(real), path=real, error=error)
