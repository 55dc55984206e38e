"""HTML for a report in Jupyter: the text with findings highlighted, a legend, the findings list and the metrics.

Everything that comes from the document or from a rule (text, metadata,
messages, suggestions) goes through :func:`html.escape`; links are only made
for ``http``/``https`` URLs. The output is self-contained: inline styles, no
script, no network. Colour is never the only cue: each category also has its
own underline style and symbol, so the highlights work in greyscale and for
colour-blind readers (colours from the Okabe–Ito palette).
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from html import escape
from typing import Any, Sequence
from urllib.parse import urlsplit

from .findings import Finding, Report
from .metrics import LIX_BANDS

#: Longest text shown highlighted; the findings list and metrics always cover everything.
MAX_CHARS = 100_000


@dataclass(frozen=True)
class Style:
    """How one category looks: a label, a colour, an underline style and a symbol."""

    label: str
    colour: str
    background: str
    underline: str
    symbol: str


STYLES: dict[str, Style] = {
    "plain_language": Style("Klarspråk", "#D55E00", "rgba(230, 159, 0, 0.22)", "solid", "▲"),
    "inclusive_language": Style("Inkluderande språk", "#0072B2", "rgba(86, 180, 233, 0.25)", "wavy", "●"),
    "sender": Style("Avsändare", "#7A3E99", "rgba(204, 121, 167, 0.25)", "double", "■"),
}
#: The grounds of the Discrimination Act (2008:567) as the writer knows them.
GROUND_LABELS = {
    "sex": "kön",
    "transgender_identity": "könsöverskridande identitet eller uttryck",
    "ethnicity": "etnisk tillhörighet",
    "religion": "religion eller annan trosuppfattning",
    "disability": "funktionsnedsättning",
    "sexual_orientation": "sexuell läggning",
    "age": "ålder",
}
SEVERITY_LABELS = {"info": "info", "warning": "varning", "error": "fel"}
METRIC_LABELS = (
    ("words", "Ord"),
    ("sentences", "Meningar"),
    ("lix", "LIX"),
    ("ovix", "OVIX"),
    ("mean_sentence_length", "Ord per mening (medel)"),
    ("max_sentence_length", "Längsta mening (ord)"),
    ("long_sentence_share", "Andel långa meningar"),
    ("passive_share", "Andel passiv form"),
    ("nominal_ratio", "Nominalkvot"),
)
SHARES = {"long_sentence_share", "passive_share"}


def report_html(report: Report, *, max_chars: int = MAX_CHARS) -> str:
    """The report as one self-contained HTML fragment (what ``Report._repr_html_`` shows)."""
    prefix = "ks-" + hashlib.sha1(report.to_json(sort_keys=True, default=str).encode()).hexdigest()[:8]
    numbered = list(enumerate(report.findings, start=1))
    parts = [
        f'<div class="klarsprak-report" id="{prefix}" style="font-family: sans-serif; line-height: 1.5; max-width: 60em">',
        _header(report.meta),
        _legend(),
        _highlighted(report.text, numbered, prefix, max_chars),
        _findings_list(numbered, prefix),
        _metrics_table(report),
        "</div>",
    ]
    return "\n".join(p for p in parts if p)


def _header(meta: dict[str, Any]) -> str:
    title = meta.get("title")
    rows = []
    if title:
        rows.append(f'<div style="font-weight: bold; font-size: 1.1em">{escape(str(title))}</div>')
    details = []
    url = meta.get("url")
    if url:
        details.append(_link(str(url)))
    for key, label in (("publisher", "Utgivare"), ("date", "Datum"), ("path", "Fil")):
        if meta.get(key):
            details.append(f"{label}: {escape(str(meta[key]))}")
    if details:
        rows.append(f'<div style="color: #555; font-size: 0.9em">{" · ".join(details)}</div>')
    return "\n".join(rows)


def _link(url: str) -> str:
    """A link for http(s) URLs; any other scheme (``javascript:``, ``data:``) is shown as plain text."""
    scheme = urlsplit(url.strip()).scheme.lower()
    if scheme in ("http", "https"):
        return f'<a href="{escape(url.strip())}" rel="noopener noreferrer">{escape(url)}</a>'
    return f"<span>{escape(url)}</span>"


def _legend() -> str:
    items = " ".join(
        f'<span style="margin-right: 1.2em"><span style="{_mark_style(style, 1)}">'
        f"{style.symbol} exempel</span> {escape(style.label)}</span>"
        for style in STYLES.values()
    )
    return (
        f'<div class="klarsprak-legend" style="font-size: 0.85em; margin: 0.4em 0">'
        f"<strong>Förklaring:</strong> {items}"
        '<span style="color: #555"> Håll muspekaren över en markering för att se kommentaren.</span></div>'
    )


def _mark_style(style: Style, depth: int) -> str:
    thickness = 2 if depth == 1 else 3
    return (
        f"background: {style.background}; text-decoration: underline {style.underline} {style.colour}; "
        f"text-decoration-thickness: {thickness}px; text-underline-offset: 3px; "
        f"text-decoration-skip-ink: none; color: inherit; padding: 0"
    )


def _highlighted(text: str, numbered: Sequence[tuple[int, Finding]], prefix: str, max_chars: int) -> str:
    """The text cut at every finding boundary; each piece is marked by the findings covering it.

    Overlapping findings therefore give flat, never crossing, elements. The
    innermost (shortest) finding decides the style; the hover text lists all.
    """
    shown = text[:max_chars]
    limit = len(shown)
    cuts = {0, limit}
    for _, f in numbered:
        cuts.update(min(p, limit) for p in (f.start, f.end))
    ends: dict[int, list[tuple[int, Finding]]] = {}
    for n, f in numbered:
        if f.end <= limit:
            ends.setdefault(f.end, []).append((n, f))
    spans = sorted(((n, f) for n, f in numbered if f.start < f.end), key=lambda item: item[1].start)
    active: dict[int, Finding] = {}
    waiting = 0
    points = sorted(cuts)
    out = [_marker(n, f, prefix) for n, f in ends.get(0, ()) if f.start == f.end]
    for a, b in zip(points, points[1:]):
        while waiting < len(spans) and spans[waiting][1].start <= a:
            active[spans[waiting][0]] = spans[waiting][1]
            waiting += 1
        for n in [n for n, f in active.items() if f.end <= a]:
            del active[n]
        out.append(_piece(shown[a:b], sorted(active.items())))
        out.extend(_marker(n, f, prefix) for n, f in ends.get(b, ()) if f.start < f.end)
        out.extend(_marker(n, f, prefix) for n, f in ends.get(b, ()) if f.start == f.end)
    if limit < len(text):
        shown_n, total = (f"{x:,}".replace(",", "\u00a0") for x in (limit, len(text)))
        out.append(f'\n<em style="color: #555">[… visar de första {shown_n} av {total} tecknen]</em>')
    return (f'<div class="klarsprak-text" style="white-space: pre-wrap; border: 1px solid #ddd; '
            f'padding: 0.6em; margin: 0.4em 0">{"".join(out)}</div>')


def _piece(text: str, active: Sequence[tuple[int, Finding]]) -> str:
    """One piece of text, marked if findings cover it; the innermost finding decides the style."""
    if not active:
        return escape(text)
    inner = min(active, key=lambda item: (item[1].end - item[1].start, item[0]))[1]
    numbers = " ".join(str(n) for n, _ in active)
    title = escape("\n\n".join(_hover(n, f) for n, f in active))
    style = _mark_style(STYLES[inner.category], len(active))
    return (f'<mark data-findings="{numbers}" data-category="{inner.category}" '
            f'title="{title}" style="{style}">{escape(text)}</mark>')


def _marker(n: int, f: Finding, prefix: str) -> str:
    style = STYLES[f.category]
    return (f'<sup><a href="#{prefix}-f{n}" title="{escape(_hover(n, f))}" '
            f'style="color: {style.colour}; text-decoration: none">{style.symbol}{n}</a></sup>')


def _hover(n: int, f: Finding) -> str:
    lines = [f"{n}. {STYLES[f.category].label} ({SEVERITY_LABELS.get(f.severity.value, f.severity.value)}, {f.rule})",
             f.message]
    lines.extend(f"→ {s}" for s in f.suggestions)
    return "\n".join(lines)


def _findings_list(numbered: Sequence[tuple[int, Finding]], prefix: str) -> str:
    if not numbered:
        return '<p class="klarsprak-findings">Inga anmärkningar.</p>'
    items = []
    for n, f in numbered:
        style = STYLES[f.category]
        quoted = f.text if len(f.text) <= 80 else f.text[:77] + "…"
        suggestions = "".join(f"<li>{escape(s)}</li>" for s in f.suggestions)
        ground = f" · diskrimineringsgrund: {escape(GROUND_LABELS.get(f.ground, f.ground))}" if f.ground else ""
        items.append(
            f'<li id="{prefix}-f{n}" value="{n}" style="margin-bottom: 0.3em">'
            f'<span style="color: {style.colour}">{style.symbol}</span> '
            f"<strong>{escape(style.label)}</strong> "
            f'<span style="color: #555">({escape(SEVERITY_LABELS.get(f.severity.value, f.severity.value))}, '
            f"<code>{escape(f.rule)}</code>{ground})</span>"
            + (f" «{escape(quoted)}»" if quoted else "")
            + f"<br>{escape(f.message)}"
            + (f'<ul style="margin: 0">{suggestions}</ul>' if suggestions else "")
            + "</li>"
        )
    return f'<ol class="klarsprak-findings" style="padding-left: 2em">{"".join(items)}</ol>'


def _metrics_table(report: Report) -> str:
    metrics = report.metrics
    rows = []
    for key, label in METRIC_LABELS:
        if key not in metrics:
            continue
        value = _format(metrics[key], share=key in SHARES)
        if key == "lix" and metrics.get("lix_band"):
            value += f" ({escape(str(metrics['lix_band']))})"
        rows.append(f'<tr><th style="text-align: left; padding-right: 1em">{escape(label)}</th>'
                    f'<td style="text-align: right">{value}</td></tr>')
    sender = report.sender
    if sender is not None:
        found = getattr(sender, "found", None)
        name = getattr(sender, "name", None)
        value = escape(str(name)) if name else ("hittad" if found else "saknas" if found is False else escape(str(sender)))
        rows.append(f'<tr><th style="text-align: left; padding-right: 1em">Avsändare</th><td>{value}</td></tr>')
    notes = "".join(f'<p style="color: #555; font-size: 0.9em">{escape(str(v))}</p>' for v in report.notes.values())
    return (f'<table class="klarsprak-metrics" style="border-collapse: collapse; font-size: 0.9em">'
            f'{"".join(rows)}</table>{_band_scale(metrics.get("lix"))}{notes}')


def _band_scale(value: Any) -> str:
    """The lix.se bands in a row, the report's band in bold and marked with an arrow."""
    if not isinstance(value, (int, float)):
        return ""
    cells, lower = [], 0.0
    for upper, name in LIX_BANDS:
        here = lower <= value < upper
        span = f"{lower:g}–{upper:g}" if upper != float("inf") else f"{lower:g}–"
        text = f"{'▶ ' if here else ''}{escape(name)} ({span})"
        cells.append(f"<strong>{text}</strong>" if here else f'<span style="color: #777">{text}</span>')
        lower = upper
    return f'<div class="klarsprak-bands" style="font-size: 0.8em; margin-top: 0.3em">LIX-skala: {" | ".join(cells)}</div>'


def _format(value: Any, *, share: bool = False) -> str:
    if value is None or (isinstance(value, float) and value != value):
        return "–"
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return escape(str(value))
    if share:
        return f"{100 * value:.0f} %"
    return f"{value:.1f}".replace(".", ",") if isinstance(value, float) else str(value)
