"""``multipart/form-data`` parsed in memory.

Starlette's form parser spools uploads over 1 MB to a temporary file; an
uploaded document may hold personal data and must never touch the disk, so the
file endpoint feeds the body, chunk by chunk as it arrives and counting its
bytes, to python-multipart's streaming parser here.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from python_multipart.multipart import MultipartParser, parse_options_header


class FormError(ValueError):
    """The body is not a well-formed multipart form."""


@dataclass
class Part:
    """One form field: its name, the file name if it is a file, its declared type and bytes."""

    name: str
    filename: str | None
    content_type: str | None
    data: bytearray = field(default_factory=bytearray)


class Form:
    """A multipart form parsed as its bytes arrive (:meth:`write`), its parts by field name at :meth:`finish`."""

    def __init__(self, content_type: str) -> None:
        kind, options = parse_options_header(content_type)
        boundary = options.get(b"boundary")
        if kind != b"multipart/form-data" or not boundary:
            raise FormError("send the file as multipart/form-data in the field 'file'")
        self.parts: list[Part] = []
        headers: dict[str, str] = {}
        header: list[bytes] = [b"", b""]

        def on_part_begin() -> None:
            headers.clear()

        def on_header_field(data: bytes, start: int, end: int) -> None:
            header[0] += data[start:end]

        def on_header_value(data: bytes, start: int, end: int) -> None:
            header[1] += data[start:end]

        def on_header_end() -> None:
            headers[header[0].decode("latin-1").lower()] = header[1].decode("utf-8", "replace")
            header[0], header[1] = b"", b""

        def on_headers_finished() -> None:
            _, disposition = parse_options_header(headers.get("content-disposition", ""))
            name = disposition.get(b"name", b"").decode("utf-8", "replace")
            filename = disposition.get(b"filename")
            self.parts.append(Part(name, filename.decode("utf-8", "replace") if filename is not None else None,
                                   headers.get("content-type")))

        def on_part_data(data: bytes, start: int, end: int) -> None:
            self.parts[-1].data += data[start:end]

        self._parser = MultipartParser(boundary, {
            "on_part_begin": on_part_begin, "on_header_field": on_header_field,
            "on_header_value": on_header_value, "on_header_end": on_header_end,
            "on_headers_finished": on_headers_finished, "on_part_data": on_part_data,
        })

    def write(self, chunk: bytes) -> None:
        """Parse the next bytes of the body."""
        try:
            self._parser.write(chunk)
        except Exception as exc:  # python-multipart raises several types for broken bodies
            raise FormError(f"malformed multipart body ({type(exc).__name__})") from None

    def finish(self) -> dict[str, Part]:
        """The parts by field name (the first part of each name wins)."""
        try:
            self._parser.finalize()
        except Exception as exc:
            raise FormError(f"malformed multipart body ({type(exc).__name__})") from None
        found: dict[str, Part] = {}
        for part in self.parts:
            found.setdefault(part.name, part)
        return found
