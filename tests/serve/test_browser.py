"""The page in Chromium (Playwright) against a real server: paste, highlights, findings, suggestions, uploads,
settings, downloads, hostile input, keyboard use and axe-core. Skips when Chromium or Playwright is absent."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from benchmarks.inputs.files import docx_bytes, pdf

from .conftest import Server

CHROMIUM = Path("/usr/bin/chromium")
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run"]
AXE = Path(__file__).parent / "vendor" / "axe.min.js"
TEXT = ("Ansökan ska inkomma senast den 1 mars.\n\n"
        "Beslutet skickas till dig. Vi på Lerums kommun svarar på frågor.")
HOSTILE = ('<img src=x onerror="window.pwned=1"><script>window.pwned=1</script> '
           "Ansökan ska inkomma. javascript:window.pwned=1")
#: Chromium logs every 4xx answer as a console error; these are the ones the tests provoke on purpose.
EXPECTED = re.compile(r"Failed to load resource: the server responded with a status of 415")
HOSTILE_NAME = '"><img src=x onerror="window.pwned=1">.txt'

if not CHROMIUM.exists():
    pytest.skip("Chromium is not installed (apt-get install chromium)", allow_module_level=True)
sync_api = pytest.importorskip("playwright.sync_api")


@pytest.fixture(scope="module")
def browser():
    with sync_api.sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        yield launched
        launched.close()


@pytest.fixture
def page(browser, server: Server):
    """A fresh page on the server; fails the test if any script error or CSP violation happened."""
    context = browser.new_context(accept_downloads=True)
    page = context.new_page()
    problems: list[str] = []
    page.on("pageerror", lambda error: problems.append(f"page error: {error}"))
    page.on("console", lambda m: problems.append(m.text) if m.type == "error" and not EXPECTED.search(m.text) else None)
    page.on("dialog", lambda dialog: problems.append(f"dialog: {dialog.message}"))
    page.goto(server.url + "/")
    page.wait_for_selector("#rule-switches input", state="attached")
    yield page
    context.close()
    assert problems == []


def done(page) -> None:
    """Wait until the page says the analysis is done."""
    sync_api.expect(page.locator("#status")).to_have_text(re.compile("^Klart"), timeout=30_000)  # a busy machine


def analyze(page, text: str = TEXT) -> None:
    page.fill("#text", text)
    page.click("#analyze-text")
    done(page)


def finding_rules(page) -> list[str]:
    return page.eval_on_selector_all(".finding .finding-head .hint", "nodes => nodes.map(n => n.textContent)")


def test_paste_shows_highlights_findings_and_figures(page):
    analyze(page)
    mark = page.locator("mark[data-category='plain_language']", has_text="inkomma")
    assert mark.count() == 1
    style = mark.evaluate("m => getComputedStyle(m).textDecorationStyle")
    assert style == "solid"
    assert page.locator("a.marker").count() == page.locator(".finding").count() > 0
    groups = page.locator("#findings h4").all_text_contents()
    assert any("Klarspråk" in g for g in groups)
    assert "komma in" in page.locator(".finding", has_text="inkomma").inner_text()
    assert "Källa:" in page.locator(".finding", has_text="inkomma").inner_text()
    figures = page.locator("#figures").inner_text()
    assert "LIX" in figures and "Meningslängd" in figures and "Passiv form" in figures
    assert "Lerums kommun" in page.locator(".figure.sender").inner_text()
    assert page.locator(".figure.sender .clear").inner_text() in ("✓ Tydlig för läsaren",
                                                                  "✗ Inte tydlig för läsaren av texten")
    assert page.locator(".chart rect").count() == 3
    assert page.locator(".bands [aria-current='true']").count() == 1


def test_finding_and_text_lead_to_each_other(page):
    analyze(page)
    item = page.locator(".finding", has_text="inkomma")
    item.get_by_role("button", name="Visa i texten").click()
    focused = page.evaluate("document.activeElement.outerHTML")
    assert focused.startswith("<mark") and "inkomma" in focused and "current" in focused
    page.locator("mark", has_text="skickas").first.click()
    assert "skickas" in page.evaluate("document.activeElement.closest('li.finding').textContent")


def test_apply_a_suggestion_reruns_the_analysis(page):
    analyze(page)
    advice = page.locator(".finding", has_text="passive_voice").first  # the report says: advice, not a word
    assert advice.locator("button.replace").count() == 0 and advice.locator("ul.advice li").count() == 1
    page.locator(".finding", has_text="inkomma").get_by_role("button", name="komma in").click()
    done(page)
    assert page.input_value("#text").startswith("Ansökan ska komma in senast den 1 mars.")
    assert page.locator("mark", has_text="inkomma").count() == 0
    assert not any("complex_word" in r for r in finding_rules(page))


@pytest.mark.parametrize(("name", "data", "expected"), ids=["docx", "pdf"], argvalues=[
    ("beslut.docx", docx_bytes([("Beslut om bygglov", "Heading 1"), ("Ansökan ska inkomma i tid.", None)]),
     "Ansökan ska inkomma i tid."),
    ("beslut.pdf", pdf(["Beslut om bygglov\nAnsökan ska inkomma i tid."]), "Ansökan ska inkomma i tid."),
])
def test_upload_docx_and_pdf(page, name, data, expected):
    page.set_input_files("#file", {"name": name, "mimeType": "application/octet-stream", "buffer": data})
    page.click("#analyze-file")
    done(page)
    assert expected in page.input_value("#text")
    assert page.locator("mark", has_text="inkomma").count() == 1
    assert name in page.locator("#source-name").inner_text()


def test_unknown_file_type_says_so(page):
    page.set_input_files("#file", {"name": "bild.png", "mimeType": "image/png", "buffer": b"\x89PNG\r\n"})
    page.click("#analyze-file")
    page.wait_for_selector("#error:not([hidden])")
    assert "Filtypen stöds inte" in page.locator("#error").inner_text()


def test_hostile_text_and_file_name_run_no_script(page):
    analyze(page, HOSTILE)
    assert page.evaluate("window.pwned") is None
    assert page.locator("#marked").inner_text().startswith("<img src=x")
    assert page.locator("#marked img, #marked script, #findings img, #findings script").count() == 0
    page.set_input_files("#file", {"name": HOSTILE_NAME, "mimeType": "text/plain", "buffer": HOSTILE.encode()})
    page.click("#analyze-file")
    done(page)
    assert HOSTILE_NAME in page.locator("#source-name").inner_text()
    assert page.evaluate("window.pwned") is None
    assert page.locator("img").count() == 0


def test_settings_switch_rules_sender_and_lix_target(page):
    analyze(page, TEXT + "\n\n" + " ".join(["Beslutet skickas till dig med post."] * 15))  # 100+ words for LIX
    assert any("passive_voice" in r for r in finding_rules(page))
    page.click("#settings summary")
    page.uncheck("#regel-passive_voice")
    sync_api.expect(page.locator("#findings")).not_to_contain_text("passive_voice")
    page.fill("#lix-target", "10")
    page.dispatch_event("#lix-target", "change")
    sync_api.expect(page.locator("#findings")).to_contain_text("readability")
    page.fill("#sender", "Flens kommun")
    page.dispatch_event("#sender", "change")
    sync_api.expect(page.locator(".figure.sender")).to_contain_text("Flens kommun")


def test_downloads_json_and_html(page):
    analyze(page)
    with page.expect_download() as download:
        page.click("#download-json")
    report = json.loads(Path(download.value.path()).read_text(encoding="utf-8"))
    assert report["text"] == TEXT and any(f["text"] == "inkomma" for f in report["findings"])
    with page.expect_download() as download:
        page.click("#download-html")
    html = Path(download.value.path()).read_text(encoding="utf-8")
    assert html.startswith("<!DOCTYPE html>") and "inkomma" in html and "<script" not in html


def test_keyboard_only(page):
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.textContent") == "Hoppa till resultatet"
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.id") == "text"
    page.keyboard.insert_text(TEXT)
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.id") == "analyze-text"
    page.keyboard.press("Enter")
    done(page)
    assert page.evaluate("document.activeElement.id") == "resultat"
    for _ in range(60):
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement.textContent") == "komma in":
            break
    else:
        pytest.fail("the replacement button cannot be reached with Tab")
    page.keyboard.press("Enter")
    sync_api.expect(page.locator("#text")).to_have_value(re.compile("ska komma in"))


def axe_violations(browser, url: str, ready: str, text: str | None = None) -> list[dict]:
    context = browser.new_context(bypass_csp=True)  # lets the test inject axe; the page itself never needs it
    page = context.new_page()
    page.goto(url)
    page.wait_for_selector(ready, state="attached")
    if text:
        analyze(page, text)
        page.click("#settings summary")  # the settings' fields and switches are checked too
        page.locator(".finding", has_text="inkomma").get_by_role("button", name="Visa i texten").click()
    page.add_script_tag(path=str(AXE))
    result = page.evaluate("axe.run(document, {resultTypes: ['violations']})")
    context.close()
    return [{"id": v["id"], "nodes": [n["html"][:120] for n in v["nodes"][:3]]} for v in result["violations"]]


def test_axe_finds_no_violations(browser, server):
    assert axe_violations(browser, server.url + "/", "#rule-switches input", TEXT) == []
    assert axe_violations(browser, server.url + "/api/docs", "#endpoints h2") == []
