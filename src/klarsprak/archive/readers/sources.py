"""What a batch reads: every input under files, folders, WARCs and ``@list`` files, as :class:`Source` values.

A :class:`Source` is one input not yet read (a file, or a WARC record's
payload); reading it yields a :class:`~klarsprak.Document` or raises
:class:`~klarsprak.InputError` with a message fit for an error row. Inputs that
cannot even be listed (an unreadable folder or list) are sources carrying their
error, so nothing under ``sources`` is lost without a row.
"""

from __future__ import annotations

import hashlib
import os
import stat
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Iterable, Iterator

from ...doc import Document
from ...errors import InputError
from ..limits import Limits
from .documents import SUFFIXES, read_document, shown

WARC_SUFFIXES = (".warc", ".warc.gz")


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


def iter_sources(sources: Iterable[str | os.PathLike[str]], *, limits: Limits = Limits(),
                 payloads: bool = True) -> Iterator[Source]:
    """Every input under ``sources`` (files, directory trees, WARC files, ``@list`` files), in a stable order.

    A path starting with ``@`` names a text file listing one input per line.
    Files of unknown type are ignored; WARC files yield one source per
    response or resource record with an HTML, PDF or DOCX payload. An input
    reached twice (two spellings, a symbolic link) is yielded once.
    """
    seen: set[str] = set()
    for source in _all_sources(sources, limits, payloads):
        if source.id not in seen:
            seen.add(source.id)
            yield source


def _all_sources(sources: Iterable[str | os.PathLike[str]], limits: Limits, payloads: bool) -> Iterator[Source]:
    from .warc import iter_warc

    for file, error in input_files(sources):
        if error is None and file.name.lower().endswith(WARC_SUFFIXES):
            yield from iter_warc(file, limits=limits, payloads=payloads)
        else:
            yield file_source(file, error)


def input_files(sources: Iterable[str | os.PathLike[str]]) -> Iterator[tuple[Path, str | None]]:
    """The files to read under ``sources`` in a stable order, each with the error that stops it being listed."""
    for item in sources:
        item = os.fspath(item)
        if item.startswith("@"):
            yield from _listed(Path(item[1:]))
            continue
        path = Path(item)
        if not path.is_dir():
            yield path, None
            continue
        found: list[tuple[Path, str | None]] = []

        def unreadable(exc: OSError) -> None:
            where = exc.filename or path
            found.append((Path(where), f"cannot read the folder {shown(where)}: {exc.strerror or exc}"))

        for folder, _, names in os.walk(path, onerror=unreadable):
            found += [(Path(folder, n), _not_regular(Path(folder, n))) for n in names
                      if n.lower().endswith(WARC_SUFFIXES) or Path(n).suffix.lower() in SUFFIXES]
        yield from sorted(found, key=lambda item: item[0])


def _not_regular(path: Path) -> str | None:
    """Why a file found in a folder is not read: a pipe or device would block or never end."""
    try:
        if stat.S_ISREG(os.stat(path).st_mode):
            return None
    except OSError as exc:
        return f"cannot read {shown(path)}: {exc.strerror or exc}"
    return f"{shown(path)} is not a regular file (a pipe, device or socket)"


def _listed(listing: Path) -> Iterator[tuple[Path, str | None]]:
    try:
        lines = listing.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        reason = exc.strerror if isinstance(exc, OSError) else f"not UTF-8 text ({exc.reason} at byte {exc.start})"
        yield listing, f"cannot read the list of inputs {shown(listing)}: {reason or exc}"
        return
    yield from input_files(line.strip() for line in lines if line.strip() and not line.strip().startswith("#"))


def iter_documents(sources: Iterable[str | os.PathLike[str]], *,
                   limits: Limits = Limits()) -> Iterator[Document | ErrorRecord]:
    """Read every input under ``sources``: a Document each, or an ErrorRecord saying why not."""
    for source in iter_sources(sources, limits=limits):
        try:
            yield source.read(limits)
        except InputError as exc:
            yield ErrorRecord(source.id, source.key, str(exc))
