"""WARC and WARC.gz files (warcio): one :class:`Source` per HTML, PDF or DOCX record.

Nothing is lost without a row: a record cut off by the end of the file, and a
file that stops being readable part way (a cut inside a record's header, a
broken gzip member), each give an error source that names the record and what
was lost.
"""

from __future__ import annotations

import os
import zlib
from dataclasses import replace
from pathlib import Path
from typing import Any, BinaryIO, Iterator

from ..limits import Limits
from .documents import DOCX, HTML, PDF, shown
from .source import Source, canonical, source_id

GZIP = b"\x1f\x8b"
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
            records = ArchiveIterator(stream, arc2warc=True)
            for record in records:
                index += 1
                url = record.rec_headers.get_header("WARC-Target-URI")
                last = f"{index} ({record.rec_type}{', ' + url if url else ''})"
                kind, charset = _content_type(record)
                wanted = record.rec_type in ("response", "resource") and kind in WANTED
                key = f"{real}#{record.rec_headers.get_header('WARC-Record-ID') or f'record-{index}'}"
                source = Source(id=source_id(key), key=shown(key), url=url)
                if not payloads:
                    if wanted:
                        yield source
                    continue
                payload = record.content_stream().read(limits.max_bytes + 1) if wanted else b""
                missing = _missing(record)
                if missing:
                    yield replace(source, error=f"truncated WARC: the file ends inside record {last}{missing}; "
                                                f"the record is lost")
                    return
                if wanted:
                    date = (record.rec_headers.get_header("WARC-Date") or "")[:10] or None
                    over = len(payload) > limits.max_bytes
                    yield replace(source, data=None if over else payload, content_type=WANTED[kind],
                                  charset=charset, date=date,
                                  error=f"the WARC payload is over the limit of {limits.max_bytes:,} bytes"
                                  if over else None)
            size = os.fstat(stream.fileno()).st_size
            if index == 0:
                raise EOFError("no WARC record at all (an empty file, or not a WARC)")
            if size > records.offset:  # warcio ends quietly at a record cut inside its header
                raise EOFError(f"{size - records.offset:,} bytes at the end are not a whole record")
            if not _ends_whole(stream, records.get_record_offset(), size):
                raise EOFError("the file ends inside the end marker of its last record")
    except Exception as exc:  # warcio and zlib raise many types on a cut or corrupt file
        key = f"{real}#after-record-{index}"
        what = "the file ends or breaks inside its first record" if index == 0 else \
            f"the file ends or breaks after record {last}"
        yield Source(id=source_id(key), key=shown(key),
                     error=f"truncated or corrupt WARC: {what}; any records after it are lost "
                           f"({type(exc).__name__}: {exc})")


def _ends_whole(stream: BinaryIO, offset: int, size: int) -> bool:
    """Whether the last record (from ``offset``) ends whole: its gzip member's trailer, or its blank lines."""
    stream.seek(0)
    if stream.read(2) != GZIP:
        stream.seek(max(size - 4, offset))
        return stream.read() == b"\r\n\r\n"
    stream.seek(offset)
    if stream.read(2) != GZIP:
        return True  # one gzip stream for the whole file, not a member per record: not checked here
    stream.seek(offset)
    inflater = zlib.decompressobj(zlib.MAX_WBITS | 16)
    while not inflater.eof and (block := inflater.unconsumed_tail or stream.read(1 << 16)):
        inflater.decompress(block, 1 << 16)
    return inflater.eof


def _missing(record: Any) -> str:
    """Empty for a whole record; else how much of it the file's end cut off (read to its end first)."""
    while record.raw_stream.read(1 << 16):
        pass
    if record.rec_headers.get_header("Content-Length") is None:
        return ", inside its header"
    missing = getattr(record.raw_stream, "limit", 0) or 0
    return f", {missing:,} bytes before its end" if missing > 0 else ""


def _content_type(record: Any) -> tuple[str, str | None]:
    """The payload's content type and charset; HTTP headers are parsed here when warcio did not
    (it parses them only for http(s) URLs, so a ``javascript:`` or ``file:`` record would vanish)."""
    headers = record.http_headers
    if headers is None and record.rec_type == "response" and \
            (record.rec_headers.get_header("Content-Type") or "").startswith("application/http"):
        from warcio.statusandheaders import StatusAndHeadersParser

        headers = record.http_headers = StatusAndHeadersParser(["HTTP/1.0", "HTTP/1.1"], verify=False).parse(
            record.raw_stream)
    value = headers.get_header("Content-Type") if headers is not None else None
    if value is None:
        value = record.rec_headers.get_header("Content-Type") or ""
    parts = [p.strip() for p in value.split(";")]
    charset = next((p.split("=", 1)[1].strip("\"' ") for p in parts[1:] if p.lower().startswith("charset=")), None)
    return parts[0].lower(), charset
