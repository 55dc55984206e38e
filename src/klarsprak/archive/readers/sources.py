"""What a batch reads: every input under files, folders, WARCs and ``@list`` files, as :class:`Source` values.

A :class:`~.source.Source` is one input not yet read (a file, or a WARC record's
payload); reading it yields a :class:`~klarsprak.Document` or raises
:class:`~klarsprak.InputError` with a message fit for an error row. Inputs that
cannot even be listed (an unreadable folder or list) are sources carrying their
error, so nothing under ``sources`` is lost without a row.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path
from typing import Iterable, Iterator

from ...doc import Document
from ...errors import InputError
from ..limits import Limits
from .documents import SUFFIXES, shown
from .source import ErrorRecord, Source, file_source
from .warc import iter_warc

WARC_SUFFIXES = (".warc", ".warc.gz")


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
