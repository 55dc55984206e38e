"""The report as a self-contained HTML file to download: the Jupyter display in a whole page."""

from __future__ import annotations

from html import escape

from ..display import report_html
from ..findings import Report


def html_page(report: Report, filename: str | None = None) -> str:
    """A complete HTML document (no script, no external resource) showing ``report``."""
    title = "Klarspråksrapport" + (f" – {filename}" if filename else "")
    return (
        '<!DOCTYPE html>\n<html lang="sv">\n<head>\n<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f"<title>{escape(title)}</title>\n</head>\n<body>\n<main>\n<h1>{escape(title)}</h1>\n"
        f"{report_html(report)}\n</main>\n</body>\n</html>\n"
    )
