"""``klarsprak report``: one self-contained HTML page about a batch output.

No network, no scripts: charts are inline SVG drawn here, and a Content
Security Policy forbids scripts and remote resources, so a page title with
``<script>`` in it can only ever be shown as text. Every piece of document
text and metadata goes through the shared HTML helper's :func:`~klarsprak.markup.escape`;
links are kept only for ``http``/``https`` URLs (:func:`~klarsprak.markup.safe_link`).
"""

from __future__ import annotations

import math
from pathlib import Path
from statistics import median
from typing import Any, Iterable, Sequence
from urllib.parse import urlsplit

import pyarrow.compute as pc

from ..errors import KlarsprakError
from ..markup import GROUND_LABELS, escape, safe_link
from .parts import DOCUMENTS, FINDINGS, read_table

DOC_COLUMNS = ["id", "source", "url", "path", "title", "date", "status", "error", "words", "lix", "findings",
               "sender_found", "sender_clear"]
CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'"
STYLE = """
body{font-family:system-ui,sans-serif;margin:2rem auto;max-width:62rem;padding:0 1rem;color:#1b1b1b}
h1{font-size:1.6rem}h2{font-size:1.25rem;margin-top:2.2rem;border-bottom:1px solid #ccc}
table{border-collapse:collapse;width:100%;font-size:.9rem}th,td{text-align:left;padding:.25rem .5rem;
border-bottom:1px solid #eee;vertical-align:top}td.n,th.n{text-align:right}.muted{color:#666}
svg{max-width:100%;height:auto}.bar{fill:#2b6cb0}.over{fill:#c53030}.target{stroke:#c53030;stroke-width:2}
.axis{stroke:#767676}.lbl{font-size:11px;fill:#333}.line{fill:none;stroke:#2b6cb0;stroke-width:2}
.kpi{display:inline-block;margin-right:2rem}.kpi b{display:block;font-size:1.4rem}
"""


def section_of(url: str | None, path: str | None, root: str | None) -> str:
    """The site section of a page: the first URL path segment (or folder below the common root)."""
    if url:
        parts = [p for p in urlsplit(url).path.split("/") if p]
        return "/" + parts[0] + "/" if len(parts) > 1 else "/"
    if path:
        rel = Path(path).relative_to(root) if root and path.startswith(root) else Path(path)
        return "/" + rel.parts[0] + "/" if len(rel.parts) > 1 else "/"
    return "/"


def build_report(directory: str | Path, *, lix_target: float = 50.0, worst: int = 25) -> str:
    """The report's HTML for the batch output in ``directory``."""
    docs = read_table(directory, DOCUMENTS, DOC_COLUMNS).to_pylist()
    findings = read_table(directory, FINDINGS, ["rule", "ground"])
    by_rule = _counts(findings, "rule")
    by_ground = _counts(findings.filter(pc.is_valid(findings.column("ground"))), "ground")
    ok = [d for d in docs if d["status"] == "ok"]
    scored = [d for d in ok if d["lix"] is not None]
    paths = [d["path"] for d in docs if d["path"]]
    root = _common_root(paths)
    for d in docs:
        d["section"] = section_of(d["url"], d["path"], root)
    status = {s: sum(d["status"] == s for d in docs) for s in ("ok", "error", "skipped")}
    lix_values = [d["lix"] for d in scored]
    over = sum(v > lix_target for v in lix_values)
    body = [
        f"<h1>Klarspråksrapport</h1><p class=muted>{escape(Path(directory).resolve().name)}: "
        f"{len(docs):,} dokument, mål för LIX {lix_target:g}</p>",
        '<div>' + "".join(f'<span class=kpi><b>{v}</b>{escape(k)}</span>' for k, v in (
            ("bedömda", f"{status['ok']:,}"), ("fel", f"{status['error']:,}"), ("överhoppade", f"{status['skipped']:,}"),
            ("median-LIX", f"{median(lix_values):.0f}" if lix_values else "–"),
            ("över målet", f"{over / len(lix_values):.0%}" if lix_values else "–"),
            ("fynd", f"{findings.num_rows:,}"),
            ("med tydlig avsändare", _share([d["sender_clear"] for d in ok])))) + "</div>",
        "<h2>LIX-fördelning</h2>",
        _histogram(lix_values, lix_target) if lix_values else "<p>Inga bedömda dokument.</p>",
        f"<h2>Sämsta sidorna</h2><p class=muted>De {worst} dokument som har högst LIX.</p>",
        _worst_table(sorted(scored, key=lambda d: -d["lix"])[:worst]),
        "<h2>Fynd per regel</h2>", _bars(by_rule) if by_rule else "<p>Inga fynd.</p>",
        "<h2>Fynd per diskrimineringsgrund</h2>",
        _bars([(GROUND_LABELS.get(g, g), n) for g, n in by_ground]) if by_ground
        else "<p>Inga fynd som gäller diskrimineringsgrunderna.</p>",
        "<h2>Per avdelning av webbplatsen</h2>", _section_table(ok, lix_target),
        "<h2>Över tid</h2>", _timeline(scored),
        "<h2>Fel och överhoppade dokument</h2>", _problem_table([d for d in docs if d["status"] != "ok"]),
    ]
    return (
        "<!DOCTYPE html><html lang=sv><head><meta charset=utf-8>"
        f'<meta http-equiv="Content-Security-Policy" content="{CSP}">'
        '<meta name=viewport content="width=device-width,initial-scale=1">'
        f"<title>Klarspråksrapport</title><style>{STYLE}</style></head><body>"
        + "\n".join(body) + "</body></html>"
    )


def write_report(directory: str | Path, output: str | Path, *, lix_target: float = 50.0, worst: int = 25) -> Path:
    """Write :func:`build_report` to ``output`` (UTF-8) and return its path."""
    output = Path(output)
    page = build_report(directory, lix_target=lix_target, worst=worst)
    try:
        output.write_text(page, encoding="utf-8")
    except OSError as exc:
        raise KlarsprakError(f"cannot write the report {output}: {exc.strerror or exc}") from None
    return output


def _counts(table: Any, column: str) -> list[tuple[str, int]]:
    if table.num_rows == 0:
        return []
    grouped = table.group_by(column).aggregate([([], "count_all")]).to_pylist()
    return sorted(((r[column], r["count_all"]) for r in grouped), key=lambda kv: (-kv[1], kv[0]))


def _common_root(paths: Sequence[str]) -> str | None:
    import os

    if not paths:
        return None
    try:
        return os.path.commonpath([str(Path(p).parent) for p in paths])
    except ValueError:
        return None


def _histogram(values: Sequence[float], target: float, width: int = 640, height: int = 220) -> str:
    step = 5
    top = max(80, int(math.ceil(max(values) / step) * step))
    bins = [0] * (top // step)
    for v in values:
        bins[min(int(max(v, 0) // step), len(bins) - 1)] += 1
    peak = max(bins) or 1
    left, bottom, plot_h = 40, height - 30, height - 50
    bar_w = (width - left - 10) / len(bins)
    out = [f'<svg role=img aria-label="LIX-fördelning" viewBox="0 0 {width} {height}" class=chart>',
           f'<line class=axis x1={left} y1={bottom} x2={width - 10} y2={bottom} />']
    for i, n in enumerate(bins):
        h = plot_h * n / peak
        cls = "over" if i * step >= target else "bar"
        x = left + i * bar_w
        out.append(f'<rect class={cls} x="{x:.1f}" y="{bottom - h:.1f}" width="{bar_w - 1:.1f}" height="{h:.1f}">'
                   f"<title>LIX {i * step}–{i * step + step}: {n}</title></rect>")
        if i % 2 == 0:
            out.append(f'<text class=lbl x="{x:.1f}" y="{bottom + 14}">{i * step}</text>')
    tx = left + (width - left - 10) * min(target, top) / top
    out.append(f'<line class=target x1="{tx:.1f}" y1="10" x2="{tx:.1f}" y2="{bottom}" />'
               f'<text class=lbl x="{tx + 4:.1f}" y="20">mål {target:g}</text>')
    out.append(f'<text class=lbl x="2" y="20">{peak}</text></svg>')
    return "".join(out)


def _bars(items: Iterable[tuple[str, int]], width: int = 640) -> str:
    items = list(items)
    peak = max(n for _, n in items) or 1
    row, label_w = 22, 230
    out = [f'<svg role=img viewBox="0 0 {width} {row * len(items) + 6}" class=chart>']
    for i, (name, n) in enumerate(items):
        w = (width - label_w - 60) * n / peak
        y = i * row + 4
        out.append(f'<text class=lbl x="0" y="{y + 14}">{escape(name)}</text>'
                   f'<rect class=bar x="{label_w}" y="{y}" width="{w:.1f}" height="{row - 6}"><title>{escape(name)}: {n}</title></rect>'
                   f'<text class=lbl x="{label_w + w + 4:.1f}" y="{y + 14}">{n:,}</text>')
    out.append("</svg>")
    return "".join(out)


def _worst_table(docs: Sequence[dict[str, Any]]) -> str:
    rows = "".join(
        f"<tr><td>{safe_link(d['url'], d['title'] or d['url'] or d['source'])}"
        f"<div class=muted>{escape(d['url'] or d['source'])}</div></td><td class=n>{d['lix']:.0f}</td>"
        f"<td class=n>{d['words'] or 0:,}</td><td class=n>{d['findings'] or 0:,}</td>"
        f"<td>{SENDER_CLEAR.get(d['sender_clear'], '–')}</td></tr>"
        for d in docs
    )
    return (f"<table><tr><th>Dokument</th><th class=n>LIX</th><th class=n>Ord</th><th class=n>Fynd</th>"
            f"<th>Tydlig avsändare</th></tr>{rows}</table>")


#: How the sender verdict (``sender_clear``: a reader of the text alone sees who speaks) reads in a table.
SENDER_CLEAR = {True: "ja", False: "nej"}


def _share(flags: Sequence[bool | None]) -> str:
    """The share of true values among the known ones, or "–" when none is known."""
    known = [f for f in flags if f is not None]
    return f"{sum(known) / len(known):.0%}" if known else "–"


def _section_table(docs: Sequence[dict[str, Any]], target: float) -> str:
    sections: dict[str, list[dict[str, Any]]] = {}
    for d in docs:
        sections.setdefault(d["section"], []).append(d)
    rows = []
    for name, items in sorted(sections.items(), key=lambda kv: -len(kv[1])):
        lix = [d["lix"] for d in items if d["lix"] is not None]
        words = sum(d["words"] or 0 for d in items)
        found = sum(d["findings"] or 0 for d in items)
        rows.append(
            f"<tr><td>{escape(name)}</td><td class=n>{len(items):,}</td>"
            f"<td class=n>{median(lix):.0f}</td><td class=n>{sum(v > target for v in lix) / len(lix):.0%}</td>"
            f"<td class=n>{1000 * found / words:.1f}</td></tr>" if lix and words else
            f"<tr><td>{escape(name)}</td><td class=n>{len(items):,}</td><td class=n>–</td><td class=n>–</td><td class=n>–</td></tr>"
        )
    return ("<table><tr><th>Avdelning</th><th class=n>Dokument</th><th class=n>Median-LIX</th>"
            "<th class=n>Över målet</th><th class=n>Fynd per 1000 ord</th></tr>" + "".join(rows) + "</table>")


def _timeline(docs: Sequence[dict[str, Any]], width: int = 640, height: int = 200) -> str:
    years: dict[str, list[float]] = {}
    for d in docs:
        date = d["date"] or ""
        if len(date) >= 4 and date[:4].isdigit():
            years.setdefault(date[:4], []).append(d["lix"])
    if not years:
        return "<p>Dokumenten saknar datum.</p>"
    keys = sorted(years)
    medians = [median(years[k]) for k in keys]
    top = max(60.0, max(medians))
    left, bottom = 40, height - 30
    step = (width - left - 20) / max(len(keys) - 1, 1)
    points = [(left + i * step, bottom - (height - 50) * m / top) for i, m in enumerate(medians)]
    out = [f'<svg role=img aria-label="Median-LIX per år" viewBox="0 0 {width} {height}" class=chart>',
           f'<line class=axis x1={left} y1={bottom} x2={width - 10} y2={bottom} />',
           '<polyline class=line points="' + " ".join(f"{x:.1f},{y:.1f}" for x, y in points) + '" />']
    for (x, y), k, m in zip(points, keys, medians):
        out.append(f'<circle cx="{x:.1f}" cy="{y:.1f}" r="3" class=bar><title>{escape(k)}: median-LIX {m:.0f}, '
                   f'{len(years[k])} dokument</title></circle><text class=lbl x="{x - 12:.1f}" y="{bottom + 14}">{escape(k)}</text>')
    out.append("</svg>")
    return "".join(out)


def _problem_table(docs: Sequence[dict[str, Any]], limit: int = 200) -> str:
    if not docs:
        return "<p>Inga.</p>"
    rows = "".join(f"<tr><td>{escape(d['status'])}</td><td>{escape(d['url'] or d['source'])}</td><td>{escape(d['error'])}</td></tr>"
                   for d in docs[:limit])
    more = f"<p class=muted>… och {len(docs) - limit:,} till.</p>" if len(docs) > limit else ""
    return f"<table><tr><th>Status</th><th>Dokument</th><th>Orsak</th></tr>{rows}</table>{more}"
