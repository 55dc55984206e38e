"""The Jupyter display: escaping of hostile input, correct highlights on non-ASCII text, legend, and a real browser."""

from __future__ import annotations

import shutil
import subprocess
from html.parser import HTMLParser
from pathlib import Path

import pytest

from klarsprak.display import STYLES, report_html
from klarsprak.findings import Finding, Report

HOSTILE_TEXT = (
    "Åtgärden <script>document.body.appendChild(document.createElement('pwned-script'))</script> "
    "ska vidtas av handläggaren.\n"
    "Se <img src=x onerror=\"document.body.appendChild(document.createElement('pwned-img'))\"> "
    "och <a href=\"javascript:document.body.appendChild(document.createElement('pwned-link'))\">här</a>."
)
CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")


def _finding(text: str, phrase: str, rule: str, category: str, **kw: object) -> Finding:
    start = text.index(phrase)
    return Finding(rule, category, kw.pop("severity", "warning"), start, start + len(phrase), phrase,
                   kw.pop("message", f"Meddelande om {phrase}"), **kw)


def hostile_report() -> Report:
    text = HOSTILE_TEXT
    findings = [
        _finding(text, "Åtgärden", "nominal", "plain_language",
                 message="<img src=x onerror=alert(1)>", suggestions=("<script>alert(2)</script>",)),
        _finding(text, "ska vidtas av handläggaren", "passive", "plain_language"),
        _finding(text, "handläggaren", "gendered", "inclusive_language", ground="sex",
                 suggestions=('"><script>alert(3)</script>',)),
        Finding("sender.missing", "sender", "error", len(text), len(text), "", "Avsändare saknas."),
    ]
    meta = {"title": "<script>alert('title')</script>", "url": "javascript:alert(document.cookie)",
            "publisher": "<img src=x onerror=alert(4)>"}
    return Report(text=text, metrics={"words": 20, "sentences": 2, "lix": 31.0, "lix_band": "normal"},
                  findings=findings, sentences=[], meta=meta)


class Marks(HTMLParser):
    """Collects the text of every <mark> by finding number, the visible text, and tag names."""

    def __init__(self) -> None:
        super().__init__()
        self.by_finding: dict[int, str] = {}
        self.tags: list[str] = []
        self.attrs: list[tuple[str, str | None]] = []
        self._stack: list[list[int] | None] = []
        self._in_text = 0
        self.text = ""

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)
        self.attrs.extend(attrs)
        a = dict(attrs)
        if tag == "div" and a.get("class") == "klarsprak-text":
            self._in_text = 1
        elif self._in_text:
            self._in_text += tag not in ("br",)
        numbers = [int(n) for n in (a.get("data-findings") or "").split()] if tag == "mark" else None
        self._stack.append(numbers if tag == "mark" else ("sup" if tag == "sup" else None))

    def handle_endtag(self, tag: str) -> None:
        if self._in_text:
            self._in_text -= 1
        self._stack.pop()

    def handle_data(self, data: str) -> None:
        if not self._in_text or "sup" in self._stack:
            return
        self.text += data
        for numbers in self._stack:
            if isinstance(numbers, list):
                for n in numbers:
                    self.by_finding[n] = self.by_finding.get(n, "") + data


def parse(html: str) -> Marks:
    parser = Marks()
    parser.feed(html)
    return parser


def test_hostile_text_and_metadata_are_escaped() -> None:
    html = report_html(hostile_report())
    parsed = parse(html)
    assert "script" not in parsed.tags and "img" not in parsed.tags
    assert not any(name.startswith("on") for name, _ in parsed.attrs)
    assert not any(value and value.strip().lower().startswith("javascript:") for _, value in parsed.attrs)
    assert "&lt;script&gt;" in html and "<script" not in html and "<img" not in html


def test_text_round_trips_and_marks_cover_exact_spans() -> None:
    report = hostile_report()
    parsed = parse(report_html(report))
    assert parsed.text == report.text
    for n, finding in enumerate(report.findings, start=1):
        if finding.start < finding.end:
            assert parsed.by_finding[n] == finding.text == report.text[finding.start:finding.end]


def test_real_analysis_highlights_non_ascii_text(analyzer) -> None:
    text = ("Ärendet ska handläggas skyndsamt av förvaltningen. Överklagandet måste ha inkommit "
            "till myndigheten senast tre veckor från den dag då klaganden fick del av beslutet, "
            "annars kommer överklagandet att avvisas utan att någon prövning görs i sak av nämnden.")
    report = analyzer.analyze(text)
    assert report.findings, "the example text should give findings with the shipped rules"
    parsed = parse(report_html(report))
    assert parsed.text == text
    for n, finding in enumerate(report.findings, start=1):
        if finding.start < finding.end:
            assert parsed.by_finding[n] == text[finding.start:finding.end]


def test_metrics_show_the_senders_name(analyzer) -> None:
    report = analyzer.analyze("Du kan ansöka om bygglov hos oss.\n\nMed vänliga hälsningar\n"
                              "Bygglovsenheten, Lerums kommun\nTelefon 0302-52 10 00")
    assert report.sender is not None and report.sender.organisation == "Lerums kommun"
    assert "Avsändare</th><td>Lerums kommun</td>" in report_html(report)
    missing = analyzer.analyze("Beslutet skickas till dig.")
    assert "Avsändare</th><td>saknas</td>" in report_html(missing)


def test_metrics_say_whether_the_sender_is_clear_and_why(analyzer) -> None:
    """The verdict a reader of the text alone gives (``sender.clear``) shows beside who speaks, with its reason:
    a press release that names its sender but no press contact is not clear."""
    letter = analyzer.analyze("Du kan ansöka om bygglov hos oss.\n\nMed vänliga hälsningar\n"
                              "Bygglovsenheten, Lerums kommun\nTelefon 0302-52 10 00")
    assert "Tydlig för läsaren</th><td>ja<div" in report_html(letter)
    release = analyzer.analyze("Pressmeddelande\n\nRegeringen har i dag beslutat att ge Boverket i uppdrag att se "
                               "över reglerna för bygglov.")
    assert release.sender is not None and release.sender.found and not release.sender.clear
    html = report_html(release)
    assert "Avsändare</th><td>Regeringen</td>" in html and "Tydlig för läsaren</th><td>nej<div" in html
    assert "ingen presskontakt" in release.sender.reason


def test_legend_does_not_rely_on_colour_alone() -> None:
    html = report_html(hostile_report())
    assert 'class="klarsprak-legend"' in html
    underlines = {s.underline for s in STYLES.values()}
    symbols = {s.symbol for s in STYLES.values()}
    assert len(underlines) == len(STYLES) == len(symbols)
    for style in STYLES.values():
        assert style.label in html and style.symbol in html and f"underline {style.underline}" in html


def test_findings_list_metrics_and_band() -> None:
    html = report_html(hostile_report())
    assert 'class="klarsprak-findings"' in html and html.count('<li id="ks-') == 4
    assert "31,0 (normal)" in html and "▶ normal" in html
    assert "diskrimineringsgrund: kön" in html


def test_empty_report_and_truncation() -> None:
    empty = Report(text="", metrics={"words": 0, "lix": None}, findings=[], sentences=[])
    assert "Inga anmärkningar" in report_html(empty)
    long = Report(text="Hej på dig. " * 100, metrics={}, findings=[], sentences=[])
    assert "visar de första 50" in report_html(long, max_chars=50)


def test_same_report_same_html() -> None:
    assert report_html(hostile_report()) == report_html(hostile_report())
    assert hostile_report()._repr_html_() == report_html(hostile_report())


@pytest.mark.skipif(CHROMIUM is None, reason="chromium is not installed (apt-get install chromium)")
def test_headless_chromium_runs_no_injected_code(tmp_path: Path) -> None:
    page = tmp_path / "report.html"
    page.write_text("<!doctype html><meta charset='utf-8'><body>" + report_html(hostile_report()) + "</body>",
                    encoding="utf-8")
    result = subprocess.run(
        [CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
         "--disable-component-update", "--disable-sync", "--no-first-run", "--virtual-time-budget=2000",
         f"--user-data-dir={tmp_path / 'profile'}", "--dump-dom", page.as_uri()],
        capture_output=True, text=True, timeout=120,
    )
    dom = result.stdout
    assert 'class="klarsprak-report"' in dom, result.stderr[-2000:]
    for element in ("<pwned-script", "<pwned-img", "<pwned-link"):
        assert element not in dom
    parsed = parse(dom)
    assert parsed.text == HOSTILE_TEXT
    assert "script" not in parsed.tags and "img" not in parsed.tags
