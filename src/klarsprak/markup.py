"""HTML building blocks shared by every HTML output: the Jupyter display, the archive report and the web page.

Everything that comes from a document or a rule goes through :func:`escape`;
links are only made for ``http``/``https`` URLs (:func:`safe_link`).
:func:`highlight` renders a text with its findings marked. Colour is never the
only cue: each category also has its own underline style and symbol, so the
highlights work in greyscale and for colour-blind readers (Okabe–Ito hues, the orange darkened to
#A84300 so that every colour has 4.5:1 against white: WCAG AA for text).
Output uses inline styles only: no script, no network.
"""

from __future__ import annotations

import html
from dataclasses import dataclass
from typing import Any, Sequence
from urllib.parse import urlsplit

from .findings import Finding

#: Longest text shown highlighted; lists of findings cover the rest.
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
    "plain_language": Style("Klarspråk", "#A84300", "rgba(230, 159, 0, 0.22)", "solid", "▲"),
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


def escape(value: Any) -> str:
    """Escaped text for HTML content and quoted attributes (None as an empty string)."""
    return html.escape("" if value is None else str(value), quote=True)


def safe_link(url: Any, label: Any = None) -> str:
    """A link only for http(s) URLs; anything else (``javascript:``, ``data:``) is shown as text."""
    text = escape(label if label not in (None, "") else url)
    if isinstance(url, str) and urlsplit(url.strip()).scheme.lower() in ("http", "https"):
        return f'<a href="{escape(url.strip())}" rel="noopener noreferrer">{text}</a>'
    return text


def mark_style(style: Style, depth: int = 1) -> str:
    """The inline style of a highlight; nested highlights get a thicker underline."""
    thickness = 2 if depth == 1 else 3
    return (
        f"background: {style.background}; text-decoration: underline {style.underline} {style.colour}; "
        f"text-decoration-thickness: {thickness}px; text-underline-offset: 3px; "
        f"text-decoration-skip-ink: none; color: inherit; padding: 0"
    )


def legend() -> str:
    """What each category's highlight looks like."""
    items = " ".join(
        f'<span style="margin-right: 1.2em"><span style="{mark_style(style)}">'
        f"{style.symbol} exempel</span> {escape(style.label)}</span>"
        for style in STYLES.values()
    )
    return (
        f'<div class="klarsprak-legend" style="font-size: 0.85em; margin: 0.4em 0">'
        f"<strong>Förklaring:</strong> {items}"
        '<span style="color: #555"> Håll muspekaren över en markering för att se kommentaren.</span></div>'
    )


def highlight(text: str, findings: Sequence[Finding], *, prefix: str = "ks", max_chars: int = MAX_CHARS) -> str:
    """The text with its findings marked, numbered 1… in the given order.

    The text is cut at every boundary of a finding's places (its own and its ``occurrences``) and each piece
    is marked by the findings covering it, so overlapping findings give flat, never crossing,
    elements; the innermost (shortest) finding decides the style and the hover
    text lists all. A finding's marker links to ``#{prefix}-f{n}``. Only the
    first ``max_chars`` characters are shown.
    """
    numbered = list(enumerate(findings, start=1))
    shown = text[:max_chars]
    limit = len(shown)
    # every place of a finding: its own and its occurrences (a word reported once per text), with its number
    places = [(n, f, s, e) for n, f in numbered for s, e in ((f.start, f.end), *f.occurrences)]
    cuts = {0, limit}
    for _, _, s, e in places:
        cuts.update(min(p, limit) for p in (s, e))
    ends: dict[int, list[tuple[int, Finding, int]]] = {}
    for n, f, s, e in places:
        if e <= limit:
            ends.setdefault(e, []).append((n, f, s))
    spans = sorted((p for p in places if p[2] < p[3]), key=lambda p: p[2])
    active: dict[tuple[int, int], tuple[Finding, int]] = {}  # (number, start) of a place → finding, end
    waiting = 0
    points = sorted(cuts)
    out = [_marker(n, f, prefix) for n, f, s in ends.get(0, ()) if s == 0]
    for a, b in zip(points, points[1:]):
        while waiting < len(spans) and spans[waiting][2] <= a:
            n, f, s, e = spans[waiting]
            active[(n, s)] = (f, e)
            waiting += 1
        for key in [key for key, (_, e) in active.items() if e <= a]:
            del active[key]
        covering = sorted(((key[0], f, e - key[1]) for key, (f, e) in active.items()), key=lambda c: (c[0], c[2]))
        out.append(_piece(shown[a:b], covering))
        out.extend(_marker(n, f, prefix) for n, f, s in ends.get(b, ()) if s < b)
        out.extend(_marker(n, f, prefix) for n, f, s in ends.get(b, ()) if s == b)
    if limit < len(text):
        shown_n, total = (f"{x:,}".replace(",", "\u00a0") for x in (limit, len(text)))
        out.append(f'\n<em style="color: #555">[… visar de första {shown_n} av {total} tecknen]</em>')
    return (f'<div class="klarsprak-text" style="white-space: pre-wrap; border: 1px solid #ddd; '
            f'padding: 0.6em; margin: 0.4em 0">{"".join(out)}</div>')


def hover(n: int, f: Finding) -> str:
    """A finding as plain text: number, category, severity, rule, message and suggestions."""
    severity = SEVERITY_LABELS.get(f.severity.value, f.severity.value)
    lines = [f"{n}. {STYLES[f.category].label} ({severity}, {f.rule})", f.message]
    lines.extend(f"→ {s}" for s in f.suggestions)
    return "\n".join(lines)


def _piece(text: str, active: Sequence[tuple[int, Finding, int]]) -> str:
    """One piece of text, marked if findings cover it (number, finding, length of the place that covers it); the
    innermost place decides the style."""
    if not active:
        return escape(text)
    inner = min(active, key=lambda item: (item[2], item[0]))[1]
    numbers = " ".join(str(n) for n, _, _ in active)
    title = escape("\n\n".join(hover(n, f) for n, f, _ in active))
    style = mark_style(STYLES[inner.category], len(active))
    return (f'<mark data-findings="{numbers}" data-category="{inner.category}" '
            f'title="{title}" style="{style}">{escape(text)}</mark>')


def _marker(n: int, f: Finding, prefix: str) -> str:
    style = STYLES[f.category]
    return (f'<sup><a href="#{prefix}-f{n}" title="{escape(hover(n, f))}" '
            f'style="color: {style.colour}; text-decoration: none">{style.symbol}{n}</a></sup>')
