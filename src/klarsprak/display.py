"""HTML for a report in Jupyter: the text with findings highlighted, a legend, the findings list and the metrics.

The pieces shared with the other HTML outputs (escaping, safe links, category
styles, the highlighted text) come from :mod:`klarsprak.markup`. The output is
self-contained: inline styles, no script, no network.
"""

from __future__ import annotations

import hashlib
from typing import Any, Sequence

from .findings import PRESENTERS, Finding, Report
from .markup import (GROUND_LABELS, MAX_CHARS, SEVERITY_LABELS, STYLES, Style, escape, highlight, legend,
                     safe_link)
from .metrics import LIX_BANDS

__all__ = ["GROUND_LABELS", "MAX_CHARS", "STYLES", "Style", "report_html"]

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
        legend(),
        highlight(report.text, report.findings, prefix=prefix, max_chars=max_chars),
        _findings_list(numbered, prefix),
        _metrics_table(report),
        "</div>",
    ]
    return "\n".join(p for p in parts if p)


PRESENTERS["html"] = report_html


def _header(meta: dict[str, Any]) -> str:
    title = meta.get("title")
    rows = []
    if title:
        rows.append(f'<div style="font-weight: bold; font-size: 1.1em">{escape(str(title))}</div>')
    details = []
    url = meta.get("url")
    if url:
        details.append(safe_link(str(url)))
    for key, label in (("publisher", "Utgivare"), ("date", "Datum"), ("path", "Fil")):
        if meta.get(key):
            details.append(f"{label}: {escape(str(meta[key]))}")
    if details:
        rows.append(f'<div style="color: #555; font-size: 0.9em">{" · ".join(details)}</div>')
    return "\n".join(rows)


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
        value = escape(sender.organisation or "hittad") if sender.found else "saknas"
        rows.append(f'<tr><th style="text-align: left; padding-right: 1em">Avsändare</th><td>{value}</td></tr>')
        rows.append(f'<tr><th style="text-align: left; padding-right: 1em">Tydlig för läsaren</th>'
                    f'<td>{"ja" if sender.clear else "nej"}<div style="color: #555">{escape(sender.reason)}</div></td></tr>')
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
        cells.append(f"<strong>{text}</strong>" if here else f'<span style="color: #555">{text}</span>')
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
