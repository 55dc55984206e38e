"""Real input files for the archive tests and benchmarks, made by code: pages, PDFs, DOCX, zip bombs, WARCs.

Plain functions (no pytest): the benchmarks and the tests build the same files.
"""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

PAGE = """<!DOCTYPE html><html lang="sv"><head><meta charset="utf-8"><title>{title}</title>
<meta property="og:site_name" content="Lerums kommun"><meta name="date" content="{date}"></head><body>
<nav><ul><li><a href="/">Start</a></li><li><a href="/bo">Bo och bygga</a></li><li><a href="/skola">Skola</a></li></ul></nav>
<div id="cookie-banner">Vi använder kakor för att webbplatsen ska fungera. Godkänn alla kakor.</div>
<main><article><h1>{title}</h1>
<p>{body} Du behöver bygglov om du vill bygga ett nytt hus. Ansökan skickas till byggnadsnämnden.</p>
<h2>Det här behöver du skicka in</h2>
<ul><li>Ritningar över huset</li><li>En situationsplan</li><li>En kontrollplan</li></ul>
<p>Handläggningen påbörjas när ansökan är komplett. Vi svarar inom fyra veckor.</p></article></main>
<footer><p>Lerums kommun, 443 80 Lerum. Telefon 0302-52 10 00.</p></footer></body></html>"""


def page(title: str = "Ansök om bygglov", body: str = "Här står det vad du ska göra.", date: str = "2023-04-05") -> bytes:
    """A municipal web page with navigation, a cookie banner, a heading, a list and a footer."""
    return PAGE.format(title=title, body=body, date=date).encode("utf-8")


def pdf(pages: list[str]) -> bytes:
    """A minimal PDF with one line of Helvetica text per page (WinAnsi, so å ä ö work)."""
    objects: list[bytes] = [b"", b""]  # 1: catalog, 2: pages (filled in below)
    font = len(objects) + 1
    objects.append(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>")
    kids = []
    for text in pages:
        lines = text.split("\n")
        ops = "BT /F1 11 Tf 50 780 Td 14 TL " + " ".join(
            "(" + line.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)") + ") '" for line in lines
        ) + " ET"
        stream = ops.encode("cp1252")
        objects.append(b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream")
        content = len(objects)
        objects.append(b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents %d 0 R "
                       b"/Resources << /Font << /F1 %d 0 R >> >> >>" % (content, font))
        kids.append(len(objects))
    objects[0] = b"<< /Type /Catalog /Pages 2 0 R >>"
    objects[1] = b"<< /Type /Pages /Kids [%s] /Count %d >>" % (b" ".join(b"%d 0 R" % k for k in kids), len(kids))
    return raw_pdf(objects)


def docx_bytes(paragraphs: list[tuple[str, str | None]]) -> bytes:
    """A Word file (python-docx) with (text, style) paragraphs."""
    import docx

    document = docx.Document()
    document.core_properties.title = "Riktlinjer för bygglov"
    for text, style in paragraphs:
        document.add_paragraph(text, style=style)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def zip_bomb(path: Path, expanded: int) -> Path:
    """A .docx that is really a zip whose one member unpacks to ``expanded`` zero bytes."""
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=9) as zf:
        with zf.open("word/document.xml", "w", force_zip64=True) as member:
            block = b"\0" * 1_000_000
            for _ in range(expanded // len(block)):
                member.write(block)
    return path


def warc(path: Path, records: list[tuple[str, str, bytes]]) -> Path:
    """A gzipped WARC (warcio) of HTTP responses: (url, content type, payload)."""
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    with open(path, "wb") as f:
        writer = WARCWriter(f, gzip=str(path).endswith(".gz"))
        for url, content_type, payload in records:
            headers = StatusAndHeaders("200 OK", [("Content-Type", content_type)], protocol="HTTP/1.1")
            record = writer.create_warc_record(url, "response", payload=io.BytesIO(payload), http_headers=headers)
            writer.write_record(record)
    return path


def archive(root: Path, pages: int = 12) -> Path:
    """A small municipal site: HTML pages in sections, a duplicate, an English page, a PDF, a DOCX, a WARC."""
    site = root / "site"
    for i in range(pages):
        section = site / ("bo" if i % 2 else "skola")
        section.mkdir(parents=True, exist_ok=True)
        (section / f"sida-{i:03d}.html").write_bytes(
            page(f"Sida {i}", body=f"Det här är sida nummer {i}. " + "Vi svarar på dina frågor. " * (i % 4),
                 date=f"{2019 + i % 5}-03-01"))
    (site / "skola" / "kopia.html").write_bytes(page("Sida 1", body="Det här är sida nummer 1. Vi svarar på dina frågor. "))
    (site / "english.html").write_bytes(
        b"<html><body><main><p>This page is in English. You need a building permit to build a new house "
        b"in the municipality.</p></main></body></html>")
    (site / "beslut.pdf").write_bytes(pdf(["Beslut om bygglov", "Du får bygga ett garage. Beslutet gäller i fem år."]))
    (site / "riktlinjer.docx").write_bytes(docx_bytes([("Riktlinjer", "Heading 1"),
                                                        ("Du ska skicka in ritningar till oss.", None)]))
    (site / "trasig.html").write_bytes(b"\x00\x01\x02\x03" * 5000)
    warc(site / "arkiv.warc.gz", [(f"https://www.lerum.se/bo/warc-{i}/", "text/html; charset=utf-8",
                                   page(f"Arkiv {i}", body=f"Arkiverad sida {i} om avfall och sophämtning."))
                                  for i in range(4)])
    return site


def raw_pdf(objects: list[bytes], root: int = 1) -> bytes:
    """A PDF of the given objects (numbered from 1) with a correct cross-reference table."""
    out = io.BytesIO()
    out.write(b"%PDF-1.5\n")
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(out.tell())
        out.write(b"%d 0 obj\n" % number + body + b"\nendobj\n")
    xref = out.tell()
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1))
    out.write(b"".join(b"%010d 00000 n \n" % o for o in offsets))
    out.write(b"trailer\n<< /Size %d /Root %d 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, root, xref))
    return out.getvalue()
