"""WARC and WARC.gz files (warcio): one :class:`Source` per HTML, PDF or DOCX record.

Nothing is lost without a row: a record cut off by the end of the file, and a
file that stops being readable part way (a cut inside a record's header, a
broken gzip member), each give an error source that names the record and what
was lost.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, Iterator

from ..limits import Limits
from .documents import DOCX, HTML, PDF, shown
from .sources import Source, canonical, source_id

WANTED = {HTML: HTML, "application/xhtml+xml": HTML, "text/xhtml": HTML, PDF: PDF, DOCX: DOCX}


def iter_warc(path: str | Path, *, limits: Limits = Limits(), payloads: bool = True) -> Iterator[Source]:
    """Sources for the response and resource records of a WARC with a payload we read.

    A payload over ``limits.max_bytes`` becomes a source carrying its error, as
    does a record the file ends inside; a file that cannot be read on ends in one
    error source naming the position. With ``payloads=False`` only the records'
    headers are read (for counting).
    """
    real = canonical(path)
    index, last = 0, "none"
    try:
        from warcio.archiveiterator import ArchiveIterator

        with open(real, "rb") as stream:
            for record in ArchiveIterator(stream, arc2warc=True):
                index += 1
                url = record.rec_headers.get_header("WARC-Target-URI")
                last = f"{index} ({url})" if url else str(index)
                if record.rec_type not in ("response", "resource"):
                    continue
                kind, charset = _content_type(record)
                if kind not in WANTED:
                    continue
                record_id = record.rec_headers.get_header("WARC-Record-ID") or f"record-{index}"
                key = f"{real}#{record_id}"
                source = Source(id=source_id(key), key=shown(key), url=url)
                if payloads:
                    date = (record.rec_headers.get_header("WARC-Date") or "")[:10] or None
                    payload, error = _payload(record, limits)
                    source = Source(id=source.id, key=source.key, url=url, data=payload, content_type=WANTED[kind],
                                    charset=charset, date=date, error=error)
                yield source
    except Exception as exc:  # warcio and zlib raise many types on a cut or corrupt file
        key = f"{real}#after-record-{index}"
        what = "the file ends or breaks inside its first record" if index == 0 else \
            f"the file ends or breaks after record {last}"
        yield Source(id=source_id(key), key=shown(key),
                     error=f"truncated or corrupt WARC: {what}; any records after it are lost "
                           f"({type(exc).__name__}: {exc})")


def _payload(record: Any, limits: Limits) -> tuple[bytes | None, str | None]:
    """A record's payload, or the error that replaces it (over the limit, or cut off by the file's end)."""
    payload = record.content_stream().read(limits.max_bytes + 1)
    if len(payload) > limits.max_bytes:
        return None, f"the WARC payload is over the limit of {limits.max_bytes:,} bytes"
    missing = getattr(record.raw_stream, "limit", 0) or 0
    if missing > 0:
        return None, f"truncated WARC record: the file ends {missing:,} bytes before the record does"
    return payload, None


def _content_type(record: Any) -> tuple[str, str | None]:
    headers = getattr(record, "http_headers", None)
    value = headers.get_header("Content-Type") if headers is not None else None
    if value is None:
        value = record.rec_headers.get_header("Content-Type") or ""
    parts = [p.strip() for p in value.split(";")]
    charset = next((p.split("=", 1)[1].strip("\"' ") for p in parts[1:] if p.lower().startswith("charset=")), None)
    return parts[0].lower(), charset
