"""Hostile inputs, made here: tests/archive/test_hostile.py and benchmarks/hostile_inputs.py use them.

Each builder writes real files (PDF, DOCX, WARC, HTML, text) into a folder
and returns their paths; ``hostile_set`` writes them all.
"""

from __future__ import annotations

import io
import os
import struct
import subprocess
import sys
import zipfile
import zlib
from pathlib import Path

from .files import docx_bytes, page, pdf, raw_pdf, warc, zip_bomb

SWEDISH = "Du behöver bygglov om du vill bygga ett nytt hus. Vi svarar inom fyra veckor på din ansökan."


def _stream(data: bytes, flate: bool = False) -> bytes:
    if flate:
        data = zlib.compress(data, 9)
        return b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(data) + data + b"\nendstream"
    return b"<< /Length %d >>\nstream\n" % len(data) + data + b"\nendstream"


def pdf_flate_bomb(expanded: int = 80_000_000) -> bytes:
    """One page whose content stream inflates past pypdf's own output limit (LimitReachedError)."""
    return raw_pdf([b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
                    b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >>",
                    _stream(b" " * expanded, flate=True)])


def pdf_deep_page_tree(depth: int = 5000) -> bytes:
    """A page tree ``depth`` /Pages nodes deep with one page at the bottom."""
    objects = [b"<< /Type /Catalog /Pages 2 0 R >>"]
    for level in range(depth):
        number = level + 2
        parent = b" /Parent %d 0 R" % (number - 1) if level else b""
        objects.append(b"<< /Type /Pages /Kids [%d 0 R] /Count 1%s >>" % (number + 1, parent))
    objects.append(b"<< /Type /Page /Parent %d 0 R /MediaBox [0 0 595 842] >>" % (depth + 1))
    return raw_pdf(objects)


def pdf_warning_flood(missing: int = 5000) -> bytes:
    """A text PDF whose page tree also names ``missing`` objects that do not exist (one warning each)."""
    text = b"BT /F1 11 Tf 50 780 Td (Beslut om bygglov. Du kan overklaga beslutet.) Tj ET"
    kids = b" ".join(b"%d 0 R" % n for n in range(6, 6 + missing))
    return raw_pdf([b"<< /Type /Catalog /Pages 2 0 R >>",
                    b"<< /Type /Pages /Kids [3 0 R %s] /Count %d >>" % (kids, missing + 1),
                    b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
                    b"/Resources << /Font << /F1 5 0 R >> >> >>",
                    _stream(text), b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"])


def lying_docx(expanded: int = 50_000_000, claimed: int = 5_000) -> bytes:
    """A real Word file whose document.xml unpacks to ``expanded`` bytes but whose headers claim ``claimed``."""
    base = zipfile.ZipFile(io.BytesIO(docx_bytes([(SWEDISH, None)])))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=9) as zf:
        for info in base.infolist():
            data = base.read(info)
            if info.filename == "word/document.xml":
                head, tail = data.split(b"<w:body>")
                data = head + b"<w:body>" + b"<w:p/>" * (expanded // 6) + tail
            zf.writestr(info.filename, data)
    data = bytearray(out.getvalue())
    name = b"word/document.xml"
    local = data.rfind(b"PK\x03\x04", 0, data.find(name))
    central = data.rfind(b"PK\x01\x02", 0, data.find(name, local + 31))
    struct.pack_into("<I", data, local + 22, claimed)
    struct.pack_into("<I", data, central + 24, claimed)
    return bytes(data)


def warc_bytes(records: int = 3, gz: bool = True) -> tuple[bytes, list[int], list[str]]:
    """A WARC of ``records`` HTML responses: its bytes, where each record ends, and the URLs."""
    import tempfile

    urls = [f"https://www.lerum.se/sida-{i}/" for i in range(records)]
    with tempfile.TemporaryDirectory() as tmp:
        path = warc(Path(tmp) / ("a.warc.gz" if gz else "a.warc"),
                    [(u, "text/html; charset=utf-8", page(f"Sida {i}", body=SWEDISH)) for i, u in enumerate(urls)])
        data = path.read_bytes()
    from warcio.archiveiterator import ArchiveIterator

    ends = []
    records_ = ArchiveIterator(io.BytesIO(data))
    for _ in records_:
        records_.read_to_end()
        ends.append(records_.get_record_offset() + records_.get_record_length())
    return data, ends, urls


def hostile_set(root: Path) -> dict[str, Path]:
    """Every hostile file, written under ``root``: name → path (folders for the folder cases)."""
    root.mkdir(parents=True, exist_ok=True)
    files: dict[str, bytes] = {
        "flate_bomb.pdf": pdf_flate_bomb(),
        "deep_tree.pdf": pdf_deep_page_tree(),
        "warning_flood.pdf": pdf_warning_flood(),
        "truncated.pdf": pdf(["Beslut om bygglov. Du får bygga ett garage."])[:300],
        "lying_bomb.docx": lying_docx(),
        "not_a_zip.docx": b"PK\x03\x04" + os.urandom(3000),
        "truncated.docx": docx_bytes([(SWEDISH, None)])[:2000],
        "binary.html": os.urandom(20_000),
        "nested.html": b"<html><body>" + b"<div>" * 50_000 + b"x" + b"</div>" * 50_000 + b"</body></html>",
        "empty.html": b"",
        "nul.txt": b"\0" * 10_000,
        "utf16_no_bom.txt": SWEDISH.encode("utf-16-le"),
        "empty.warc": b"",
        "garbage.warc.gz": os.urandom(5000),
    }
    paths = {}
    for name, data in files.items():
        (root / name).write_bytes(data)
        paths[name] = root / name
    paths["bomb.docx"] = zip_bomb(root / "bomb.docx", 300_000_000)
    bad_name = root / os.fsdecode(b"sida-\xe5\xe4\xf6.html")  # Latin-1 bytes: not valid UTF-8
    bad_name.write_bytes(page("Felkodat namn", body=SWEDISH))
    paths["non_utf8_name.html"] = bad_name
    data, ends, _ = warc_bytes(3)
    (root / "cut_first_header.warc.gz").write_bytes(data[:ends[0] // 3])
    paths["cut_first_header.warc.gz"] = root / "cut_first_header.warc.gz"
    plain, plain_ends, _ = warc_bytes(3, gz=False)
    (root / "cut_first_header.warc").write_bytes(plain[:60])
    paths["cut_first_header.warc"] = root / "cut_first_header.warc"
    (root / "cut_later.warc").write_bytes(plain[:(plain_ends[0] + plain_ends[1]) // 2])
    paths["cut_later.warc"] = root / "cut_later.warc"
    warc(root / "odd_urls.warc.gz", [("javascript:alert(1)", "text/html", page("Skript", body=SWEDISH)),
                                    ("file:///etc/passwd", "text/html", page("Fil", body=SWEDISH))])
    paths["odd_urls.warc.gz"] = root / "odd_urls.warc.gz"
    return paths


def batch_on_full_disk(site: Path, out: Path, *extra: str) -> subprocess.CompletedProcess:
    """``klarsprak batch`` on ``site`` with 6 pages, in a process whose files may not exceed 6,000 bytes, so
    that writing the output fails as on a full disk (SIGXFSZ ignored: the write raises instead)."""
    site.mkdir()
    for i in range(6):
        (site / f"{i}.txt").write_text(f"Sida {i}. {SWEDISH}", encoding="utf-8")
    script = ("import resource, signal; signal.signal(signal.SIGXFSZ, signal.SIG_IGN); "
              "resource.setrlimit(resource.RLIMIT_FSIZE, (6000, 6000)); from klarsprak.cli import main; main()")
    return subprocess.run([sys.executable, "-c", script, "batch", str(site), "-o", str(out), "--jobs", "0",
                           "--part-size", "1", "--no-progress", *extra], capture_output=True, text=True, timeout=600)
