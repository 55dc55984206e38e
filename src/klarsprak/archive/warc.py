"""WARC and WARC.gz files (warcio): one :class:`Source` per HTML, PDF or DOCX record."""

from __future__ import annotations

from pathlib import Path
from typing import Iterator

from .limits import Limits
from .readers import DOCX, HTML, PDF, Source, source_id

WANTED = {HTML: HTML, "application/xhtml+xml": HTML, PDF: PDF, DOCX: DOCX}


def iter_warc(path: str | Path, *, limits: Limits = Limits(), payloads: bool = True) -> Iterator[Source]:
    """Sources for the response and resource records of a WARC with a payload we read.

    A payload over ``limits.max_bytes`` becomes a source carrying its error;
    a truncated or corrupt file ends in one error source naming the position.
    With ``payloads=False`` only the records' headers are read (for counting).
    """
    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed

    path = str(path)
    index = 0
    try:
        with open(path, "rb") as stream:
            records = ArchiveIterator(stream, arc2warc=True)
            for record in records:
                index += 1
                if record.rec_type not in ("response", "resource"):
                    continue
                kind, charset = _content_type(record)
                if kind not in WANTED:
                    continue
                record_id = record.rec_headers.get_header("WARC-Record-ID") or f"record-{index}"
                key = f"{path}#{record_id}"
                url = record.rec_headers.get_header("WARC-Target-URI")
                date = (record.rec_headers.get_header("WARC-Date") or "")[:10] or None
                if not payloads:
                    yield Source(id=source_id(key), key=key, url=url)
                    continue
                payload = record.content_stream().read(limits.max_bytes + 1)
                error = None
                if len(payload) > limits.max_bytes:
                    error = f"the WARC payload is over the limit of {limits.max_bytes:,} bytes"
                    payload = b""
                missing = getattr(record.raw_stream, "limit", 0) or 0
                if error is None and missing > 0:
                    error = f"truncated WARC record: the file ends {missing:,} bytes before the record does"
                yield Source(id=source_id(key), key=key, data=None if error else payload, url=url,
                             content_type=WANTED[kind], charset=charset, date=None if error else date,
                             error=error)
    except (ArchiveLoadFailed, OSError, EOFError, ValueError) as exc:
        key = f"{path}#after-record-{index}"
        yield Source(id=source_id(key), key=key, error=f"truncated or corrupt WARC after record {index}: {exc}")


def _content_type(record: object) -> tuple[str, str | None]:
    headers = getattr(record, "http_headers", None)
    value = headers.get_header("Content-Type") if headers is not None else None
    if value is None:
        value = record.rec_headers.get_header("Content-Type") or ""  # type: ignore[attr-defined]
    parts = [p.strip() for p in value.split(";")]
    charset = next((p.split("=", 1)[1].strip("\"' ") for p in parts[1:] if p.lower().startswith("charset=")), None)
    return parts[0].lower(), charset
