"""The HTML report: built from a real batch output, rendered in headless Chromium, hostile text escaped."""

from __future__ import annotations

import html
from pathlib import Path

import pytest

from klarsprak import Config
from klarsprak.archive.parts import PartWriter
from klarsprak.archive.run import run_batch
from klarsprak.archive.tables import document_row
from klarsprak.archive.report import build_report, safe_link, section_of, write_report

from benchmarks.inputs.files import page, warc

CHROMIUM = Path("/usr/bin/chromium")
INJECTED = [
    '<script>window.__pwned = "title"</script>',
    '<img src=x onerror="window.__pwned = \'img\'">',
]


@pytest.fixture(scope="module")
def batch_out(tmp_path_factory, model) -> Path:
    root = tmp_path_factory.mktemp("report")
    site = root / "site"
    (site / "bo").mkdir(parents=True)
    (site / "skola").mkdir()
    long_words = "Kommunfullmäktigesammanträdets beslutsunderlag avseende verksamhetsplaneringen behandlades. "
    for i in range(6):
        (site / ("bo" if i % 2 else "skola") / f"sida{i}.html").write_bytes(
            page(f"Sida {i}", body=long_words * i + "Vi svarar snabbt.", date=f"{2018 + i}-01-01"))
    for i, title in enumerate(INJECTED):
        (site / f"elak{i}.html").write_bytes(page(html.escape(title), body=f"Farlig titel nummer {i} finns här."))
    warc(site / "arkiv.warc", [("https://www.lerum.se/bo/arkiv/", "text/html",
                                page("Arkiv", body="En arkiverad sida om sophämtning.", date="2017-05-01"))])
    out = root / "out"
    run_batch([site], out, jobs=0, config=Config(model=model), progress=False)
    # a row whose URL is a javascript: link, as a hostile canonical URL could give
    writer = PartWriter(out)
    row = document_row(writer.schema, id="hostile-url", source="x", status="ok", content_hash="x")
    row.update(url="javascript:window.__pwned='url'", title="Länk", lix=45.0, words=100, findings=0)
    writer.commit([row], [])
    return out


def test_report_is_self_contained_and_escapes_everything(batch_out):
    text = build_report(batch_out, lix_target=40)
    assert "<script" not in text.lower() and "<img" not in text.lower()
    assert "&lt;script&gt;window.__pwned" in text and "&lt;img src=x onerror=" in text
    assert 'href="javascript' not in text and "javascript:window.__pwned=&#x27;url&#x27;" in text
    assert "<svg" in text and "Content-Security-Policy" in text and " src=\"" not in text and "<link" not in text
    assert '<a href="https://www.lerum.se/bo/arkiv/"' in text
    for heading in ("LIX-fördelning", "Sämsta sidorna", "Fynd per regel", "Per avdelning", "Över tid"):
        assert heading in text


def test_report_shows_how_many_documents_have_a_clear_sender(batch_out):
    """The built pages name their municipality in the footer, so a reader sees who speaks; the row written
    without a verdict shows none."""
    text = build_report(batch_out, lix_target=40)
    assert "<b>100%</b>med tydlig avsändare" in text and "<th>Tydlig avsändare</th>" in text
    assert "<td>ja</td>" in text and "<td>–</td></tr>" in text


def test_helpers():
    assert safe_link("javascript:alert(1)", "x") == "x"
    assert safe_link("https://a.se/?q=<b>", "<b>") == '<a href="https://a.se/?q=&lt;b&gt;" rel="noopener noreferrer">&lt;b&gt;</a>'
    assert section_of("https://www.lerum.se/bo/bygglov/", None, None) == "/bo/"
    assert section_of(None, "/x/site/skola/a.html", "/x/site") == "/skola/"


def test_report_renders_in_headless_chromium(batch_out, tmp_path):
    if not CHROMIUM.exists():
        pytest.skip("headless Chromium (/usr/bin/chromium, Debian package chromium) is not installed")
    sync_api = pytest.importorskip("playwright.sync_api", reason="playwright (python) is not installed")
    output = write_report(batch_out, tmp_path / "report.html", lix_target=40)
    messages: list[str] = []
    with sync_api.sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), args=[
            "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
            "--disable-sync", "--no-first-run"])
        try:
            tab = browser.new_page()
            tab.on("console", lambda m: messages.append(f"{m.type}: {m.text}"))
            tab.on("pageerror", lambda exc: messages.append(f"pageerror: {exc}"))
            tab.on("request", lambda r: messages.append(f"request: {r.url}") if not r.url.startswith("file:") else None)
            tab.goto(output.as_uri())
            assert tab.title() == "Klarspråksrapport"
            assert tab.evaluate("window.__pwned") is None
            assert tab.locator("script").count() == 0 and tab.locator("a[href^='javascript']").count() == 0
            assert tab.locator("svg").count() >= 3 and tab.locator("svg rect").count() >= 10
            box = tab.locator("svg").first.bounding_box()
            assert box and box["width"] > 300 and box["height"] > 100
            text = tab.inner_text("body")
            assert INJECTED[0] in text and INJECTED[1] in text
            assert "/skola/" in text and "/bo/" in text
        finally:
            browser.close()
    assert messages == []
