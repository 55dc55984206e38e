"""Every colour of the highlights and the page meets WCAG AA: 4.5:1 for text, 3:1 for lines and shapes.

The ratios are computed from the colours as shipped (markup.STYLES and the page's stylesheet), with
WCAG 2.1's relative luminance; a translucent highlight is composited over the white page first.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from klarsprak.markup import STYLES

CSS = Path(__file__).resolve().parents[2] / "src" / "klarsprak" / "serve" / "static" / "app.css"
WHITE = (255, 255, 255)
RGB = tuple[float, float, float]


def rgb(colour: str, below: RGB = WHITE) -> RGB:
    """``#rrggbb``, ``#rgb`` or ``rgba(r, g, b, a)`` as opaque RGB over ``below``."""
    if colour.startswith("#"):
        digits = colour[1:] if len(colour) == 7 else "".join(c * 2 for c in colour[1:])
        return tuple(int(digits[i:i + 2], 16) for i in (0, 2, 4))  # type: ignore[return-value]
    *channels, alpha = (float(x) for x in re.findall(r"[\d.]+", colour))
    return tuple(alpha * c + (1 - alpha) * b for c, b in zip(channels, below))  # type: ignore[return-value]


def luminance(colour: RGB) -> float:
    def linear(channel: float) -> float:
        c = channel / 255
        return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4

    r, g, b = (linear(c) for c in colour)
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast(a: RGB, b: RGB) -> float:
    light, dark = sorted((luminance(a), luminance(b)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def test_the_contrast_formula_on_known_pairs():
    assert contrast(rgb("#000"), WHITE) == pytest.approx(21)
    assert contrast(rgb("#D55E00"), WHITE) == pytest.approx(3.9, abs=0.05)  # the orange that failed
    assert contrast(rgb("#767676"), WHITE) == pytest.approx(4.54, abs=0.01)


@pytest.mark.parametrize("category", sorted(STYLES))
def test_category_colours(category):
    style = STYLES[category]
    colour, highlight = rgb(style.colour), rgb(style.background)
    assert contrast(colour, WHITE) >= 4.5  # markers and symbols are text in this colour on the page
    assert contrast(colour, rgb(variables()["--surface"])) >= 4.5  # ... and on the figures' grey
    assert contrast(colour, highlight) >= 3  # the underline, on its own highlight
    assert contrast(rgb(variables()["--text"]), highlight) >= 4.5  # the marked words themselves


def variables() -> dict[str, str]:
    return dict(re.findall(r"(--[\w-]+):\s*(#[0-9a-fA-F]{3,6})", CSS.read_text(encoding="utf-8")))


def declared(selector: str, prop: str) -> str:
    """The value of ``prop`` in the stylesheet's rule for ``selector``, CSS variables resolved."""
    rule = re.search(re.escape(selector) + r"\s*\{([^}]*)\}", CSS.read_text(encoding="utf-8"))
    assert rule, selector
    value = re.search(rf"(?:^|;|\s){prop}:\s*([^;]+)", rule.group(1))
    assert value, (selector, prop)
    found = re.search(r"var\((--[\w-]+)\)|#[0-9a-fA-F]{3,6}", value.group(1))
    assert found, (selector, prop)
    return variables()[found.group(1)] if found.group(1) else found.group(0)


@pytest.mark.parametrize(("fore", "back"), [
    ("--text", "#fff"), ("--muted", "#fff"), ("--accent", "#fff"),
    ("--text", "--surface"), ("--muted", "--surface"), ("--accent", "--surface"),
])
def test_page_text_colours(fore, back):
    names = variables()
    colour = lambda name: rgb(names.get(name, name))  # noqa: E731
    assert contrast(colour(fore), colour(back)) >= 4.5


@pytest.mark.parametrize(("selector", "prop", "minimum"), [
    (".error", "color", 4.5),
    (".chart .bar", "fill", 3),
    (".chart .bar.long", "fill", 3),
    (".chart .limit", "stroke", 3),
    ("fieldset", "border", 3),
])
def test_page_rules_against_white(selector, prop, minimum):
    assert contrast(rgb(declared(selector, prop)), WHITE) >= minimum


def test_long_bars_stand_out_from_the_others():
    assert contrast(rgb(declared(".chart .bar.long", "fill")), rgb(declared(".chart .bar", "fill"))) >= 3


def test_every_text_colour_of_the_exported_page():
    """The downloaded HTML page (the Jupyter view) colours text only with colours that have 4.5:1 on white."""
    from klarsprak import analyze
    from klarsprak.serve.export import html_page

    page = html_page(analyze("Hej! Ansökan ska inkomma senast den 1 mars. Beslutet skickas till dig. "
                             "Med vänliga hälsningar"))
    colours = set(re.findall(r"(?<![\w-])color:\s*(#[0-9a-fA-F]{3,6})", page))
    assert colours
    assert {c: round(contrast(rgb(c), WHITE), 2) for c in colours if contrast(rgb(c), WHITE) < 4.5} == {}
