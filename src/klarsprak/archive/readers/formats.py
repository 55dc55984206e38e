"""Text and metadata from HTML, PDF, DOCX, Markdown and plain-text bytes.

Each extractor returns a :class:`~klarsprak.Document` whose text marks
structure with lines, as :mod:`klarsprak.doc.layout` expects: one heading, list
item ("• …") or paragraph per line, blank lines between blocks.
"""

from __future__ import annotations

import codecs
import io
import logging
import re
import struct
import warnings
import zipfile
import zlib
from contextlib import contextmanager
from datetime import datetime
from typing import Any, Callable, Iterator

from ...doc import Document
from ...errors import InputError
from ..limits import Limits

BOMS = ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"))
META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)""", re.IGNORECASE)
CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f]")
TAG = re.compile(rb"<(/?)([a-zA-Z][\w:-]*)[^>]*?(/?)>")
#: Elements that never (or only optionally) close, so they do not nest.
NON_NESTING = frozenset(
    b"area base br col embed hr img input link meta param source track wbr p li dt dd tr td th "
    b"option optgroup thead tbody tfoot colgroup rp rt".split()
)
BLOCK_SEP = "\n\n"
UNZIP_BLOCK = 1 << 16


def decode(data: bytes, declared: str | None = None) -> str:
    """Bytes to text: a BOM, else the declared charset, else UTF-8, else charset detection.

    A declared charset that the bytes break is an error (the page lies about
    itself); so is binary content, recognised by control characters.
    """
    text = None
    for bom, codec in BOMS:
        if data.startswith(bom):
            text = data.decode(codec, errors="strict")
            break
    if text is None:
        _reject_binary(data)
    if text is None and declared:
        try:
            text = data.decode(declared)
        except LookupError:
            text = None
        except UnicodeDecodeError as exc:
            raise InputError(
                f"the text is declared as {declared} but byte {exc.start:,} "
                f"({data[exc.start:exc.start + 1]!r}) is not valid {declared}"
            ) from None
    if text is None:
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError:
            from charset_normalizer import from_bytes

            best = from_bytes(data[:1_000_000]).best()
            if best is None or best.encoding is None:
                raise InputError("the text is neither UTF-8 nor any encoding that can be detected") from None
            text = data.decode(best.encoding, errors="replace")
    controls = len(CONTROL.findall(text[:100_000]))
    if controls > max(8, len(text[:100_000]) // 100):
        raise InputError(f"binary content, not text ({controls} control characters)")
    return text.replace("\x00", "")


CONTROL_BYTES = bytes([*range(0, 9), *range(14, 27), *range(28, 32), 127])


def _reject_binary(data: bytes) -> None:
    head = data[:65536]
    controls = len(head) - len(head.translate(None, CONTROL_BYTES))
    if controls > max(8, len(head) // 50):
        raise InputError(f"binary content, not text ({controls:,} control bytes in the first {len(head):,})")


def html_charset(data: bytes) -> str | None:
    """The charset a page declares in a ``<meta>`` element near its top."""
    match = META_CHARSET.search(data[:4096])
    return match.group(1).decode("ascii", "replace") if match else None


def nesting_depth(data: bytes) -> int:
    """The deepest tag nesting in an HTML page (void and optional-end elements ignored)."""
    depth = deepest = 0
    for closing, name, self_closing in TAG.findall(data):
        name = name.lower()
        if name in NON_NESTING or self_closing:
            continue
        depth = max(depth - 1, 0) if closing else depth + 1
        deepest = max(deepest, depth)
    return deepest


def read_html(data: bytes, *, url: str | None, limits: Limits, charset: str | None = None) -> Document:
    """Main content of a web page (trafilatura), with its metadata and footer block."""
    import trafilatura
    from trafilatura.settings import use_config

    depth = nesting_depth(data)
    if depth > limits.max_depth:
        raise InputError(f"HTML nested {depth:,} tags deep, over the limit of {limits.max_depth:,}")
    html = decode(data, charset or html_charset(data))
    tree = trafilatura.load_html(html)
    if tree is None:
        raise InputError("not a readable HTML page")
    blocks = _footer_blocks(tree)
    meta = _html_meta(tree)
    config = use_config()
    config.set("DEFAULT", "EXTRACTION_TIMEOUT", "0")
    result = trafilatura.bare_extraction(
        tree, url=url, with_metadata=True, include_tables=True, include_comments=False,
        output_format="python", config=config,
    )
    text = render_body(result.body) if result is not None and result.body is not None else ""
    if not text.strip():
        text = trafilatura.html2txt(html) or ""
    if not text.strip():
        raise InputError("the HTML page has no readable text")
    get = (lambda name: getattr(result, name, None)) if result is not None else (lambda name: None)
    return Document(
        text=text,
        url=url or get("url"),
        title=get("title") or meta.get("title"),
        date=get("date"),
        publisher=meta.get("publisher"),
        site_name=get("sitename"),
        content_type="text/html",
        blocks=blocks,
        extra={k: v for k, v in {"html_lang": meta.get("lang"), "author": get("author")}.items() if v},
    )


def render_body(body: Any) -> str:
    """Trafilatura's XML body as lines: headings, paragraphs, "• " list items, table rows."""
    out: list[str] = []
    for element in body:
        tag = element.tag
        if tag == "list":
            items = [_flat(item) for item in element.iter("item")]
            out.append("\n".join(f"• {t}" for t in items if t))
        elif tag == "table":
            rows = [" | ".join(filter(None, (_flat(c) for c in row.iter("cell")))) for row in element.iter("row")]
            out.append("\n".join(r for r in rows if r))
        else:
            out.append(_flat(element))
    return BLOCK_SEP.join(b for b in out if b)


def _flat(element: Any) -> str:
    """An element's words on one line, keeping explicit line breaks (``<lb/>``) as lines."""
    for lb in element.iter("lb"):
        lb.text = "\n"
    lines = ("".join(element.itertext())).split("\n")
    return "\n".join(" ".join(line.split()) for line in lines if line.strip())


def _footer_blocks(tree: Any) -> dict[str, str]:
    """Text of the page footer and contact (``<address>``) blocks, which extraction drops."""
    blocks: dict[str, str] = {}
    footers = tree.xpath("//footer | //*[@role='contentinfo'] | //*[contains(@id,'footer') or contains(@class,'footer')]")
    outer = [f for f in footers if not any(a in footers for a in f.iterancestors())]
    footer = "\n".join(t for t in (_flat(f) for f in outer) if t)
    if footer:
        blocks["footer"] = footer
    contact = "\n".join(t for t in (_flat(a) for a in tree.xpath("//address")) if t)
    if contact:
        blocks["contact"] = contact
    return blocks


def _html_meta(tree: Any) -> dict[str, str]:
    def first(xpath: str) -> str | None:
        values = [v.strip() for v in tree.xpath(xpath) if str(v).strip()]
        return values[0] if values else None

    return {k: v for k, v in {
        "lang": first("/html/@lang"),
        "title": first("//title/text()"),
        "publisher": first("//meta[@name='publisher' or @name='DC.publisher' or @name='dcterms.publisher' "
                           "or @property='article:publisher']/@content"),
    }.items() if v}


def read_pdf(data: bytes, *, limits: Limits) -> Document:
    """Text of every page of a PDF (pypdf), refusing encrypted and over-long files.

    pypdf's own limits (``LimitReachedError``: page-tree depth, stream sizes)
    and every other failure become an :class:`InputError`; its warnings about
    malformed files are silenced, since one bad PDF can log thousands.
    """
    from pypdf import PdfReader

    try:
        with _quiet("pypdf"):
            reader = PdfReader(io.BytesIO(data))
            if reader.is_encrypted and not _decrypts(reader):
                raise InputError("the PDF is encrypted and needs a password")
            pages = len(reader.pages)
            if pages > limits.max_pages:
                raise InputError(f"the PDF has {pages:,} pages, over the limit of {limits.max_pages:,}")
            text = _pdf_text([page.extract_text() or "" for page in reader.pages])
            info = reader.metadata or {}
    except InputError:
        raise
    except Exception as exc:  # pypdf raises many types on a malformed file, LimitReachedError among them
        raise InputError(f"unreadable PDF: {type(exc).__name__}: {exc}") from None
    if not text.strip():
        raise InputError("the PDF has no text layer (scanned images need OCR first)")
    return Document(
        text=text,
        title=_clean(getattr(info, "title", None)),
        date=_iso(getattr(info, "creation_date", None) if info else None),
        content_type="application/pdf",
        extra={k: v for k, v in {"pages": pages, "author": _clean(getattr(info, "author", None))}.items() if v},
    )


@contextmanager
def _quiet(logger: str) -> Iterator[None]:
    """Silence a library's log records below ERROR and its Python warnings, for one read."""
    log = logging.getLogger(logger)
    level = log.level
    log.setLevel(logging.ERROR)
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            yield
    finally:
        log.setLevel(level)


TOC_LINE = re.compile(r"(\.\s?){5,}\s*\d+\s*$")
PAGE_LINE = re.compile(r"^\s*(sida\s+)?\d+(\s*(av|/)\s*\d+)?\s*$", re.IGNORECASE)


def _pdf_text(pages: list[str]) -> str:
    """Page texts joined, without page numbers, table-of-contents leaders and running headers.

    A line counts as a running header or footer when it recurs on at least
    half of the pages (documents of three pages or more).
    """
    from collections import Counter

    split = [[line.rstrip() for line in page.splitlines()] for page in pages]
    recurring: set[str] = set()
    if len(pages) >= 3:
        counts = Counter(line.strip() for lines in split for line in set(lines) if line.strip())
        recurring = {line for line, n in counts.items() if n >= len(pages) / 2}
    kept = ("\n".join(line for line in lines if line.strip() not in recurring
                      and not TOC_LINE.search(line) and not PAGE_LINE.match(line)).strip() for lines in split)
    return BLOCK_SEP.join(page for page in kept if page)


def _decrypts(reader: Any) -> bool:
    try:
        return bool(reader.decrypt(""))
    except Exception:  # pypdf raises several types (missing crypto backend, bad key)
        return False


def read_docx(data: bytes, *, limits: Limits) -> Document:
    """Paragraphs, headings, list items and tables of a Word file, in document order."""
    import docx
    from docx.table import Table

    try:
        with zipfile.ZipFile(io.BytesIO(data)) as zf:
            if "word/document.xml" not in zf.namelist():
                raise InputError("not a Word document: word/document.xml is missing")
            expanded = 0
            for info in zf.infolist():
                expanded += _unpacked_size(data, info, limits.max_expanded_bytes - expanded)
                if expanded > limits.max_expanded_bytes:
                    raise InputError(f"the DOCX unpacks to over {limits.max_expanded_bytes:,} bytes, the limit "
                                     f"(a zip bomb?)")
        document = docx.Document(io.BytesIO(data))
    except InputError:
        raise
    except Exception as exc:  # zipfile, python-docx and lxml raise many types on a broken file
        raise InputError(f"unreadable DOCX: {type(exc).__name__}: {exc}") from None
    out: list[str] = []
    for block in document.iter_inner_content():
        if isinstance(block, Table):
            rows = [" | ".join(dict.fromkeys(c.text.strip() for c in row.cells if c.text.strip())) for row in block.rows]
            out.append("\n".join(r for r in rows if r))
            continue
        text = " ".join(block.text.split())
        style = (block.style.name if block.style is not None else "") or ""
        if text and (style.startswith("List") or block._p.pPr is not None and block._p.pPr.numPr is not None):
            text = f"• {text}"
        out.append(text)
    props = document.core_properties
    return Document(
        text=BLOCK_SEP.join(b for b in out if b),
        title=_clean(props.title),
        date=_iso(props.created),
        content_type="application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        extra={k: v for k, v in {"author": _clean(props.author)}.items() if v},
    )


def _unpacked_size(data: bytes, info: zipfile.ZipInfo, budget: int) -> int:
    """What a zip member really unpacks to, counted as it streams and stopped once past ``budget``.

    The sizes in a zip's headers are not trusted: zipfile unpacks a member
    whole before it compares them, so a member that lies is a bomb; one whose
    real size differs from its header is refused.
    """
    if info.compress_type == zipfile.ZIP_STORED:
        size = info.compress_size
    elif info.compress_type == zipfile.ZIP_DEFLATED:
        names, extra = struct.unpack_from("<HH", data, info.header_offset + 26)
        position = info.header_offset + 30 + names + extra
        inflater = zlib.decompressobj(-zlib.MAX_WBITS)
        size, pending = 0, b""
        while not inflater.eof and size <= budget:
            if not pending:
                pending = data[position:position + UNZIP_BLOCK]
                position += len(pending)
            size += len(inflater.decompress(pending, UNZIP_BLOCK))
            if not pending and not inflater.unconsumed_tail:
                break  # the input ended inside the member
            pending = inflater.unconsumed_tail
    else:
        raise InputError(f"the DOCX member {info.filename!r} uses an unsupported compression ({info.compress_type})")
    if size <= budget and size != info.file_size:
        raise InputError(f"the DOCX member {info.filename!r} claims {info.file_size:,} bytes but unpacks to "
                         f"{size:,} (a zip bomb or a corrupt file)")
    return size


MD_IMAGE = re.compile(r"!\[[^\]]*\]\([^)]*\)")
MD_LINK = re.compile(r"\[([^\]]*)\]\([^)]*\)")
MD_EMPHASIS = re.compile(r"(\*\*|__|`)")
MD_BULLET = re.compile(r"^(\s*)[*+-]\s+", re.MULTILINE)


def read_markdown(data: bytes, *, limits: Limits) -> Document:
    """Markdown as text: links become their words, bullets become "• ", headings stay lines."""
    text = decode(data)
    text = MD_EMPHASIS.sub("", MD_LINK.sub(r"\1", MD_IMAGE.sub("", text)))
    text = MD_BULLET.sub(r"\1• ", text)
    title = next((line.lstrip("#").strip() for line in text.splitlines() if line.startswith("# ")), None)
    return Document(text=text, title=title, content_type="text/markdown")


def read_text(data: bytes, *, limits: Limits) -> Document:
    """Plain text in any detectable encoding."""
    return Document(text=decode(data), content_type="text/plain")


def _clean(value: Any) -> str | None:
    value = str(value).strip() if value is not None else ""
    return value or None


def _iso(value: Any) -> str | None:
    if isinstance(value, datetime):
        return value.date().isoformat()
    return None


#: Readers by content type; the HTML reader takes ``url`` and ``charset`` too.
READERS: dict[str, Callable[..., Document]] = {
    "text/html": read_html,
    "application/pdf": read_pdf,
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document": read_docx,
    "text/markdown": read_markdown,
    "text/plain": read_text,
}
