"""Plots for managers and analysts (optional extra ``plot``: matplotlib).

Each function takes the DataFrames of :mod:`klarsprak.frames`, draws on the
given ``ax`` (or a new one) and returns the matplotlib ``Axes``.
"""

from __future__ import annotations

import math
from typing import TYPE_CHECKING, Any

from .markup import GROUND_LABELS
from .findings import GROUNDS
from .metrics import LIX_BANDS

if TYPE_CHECKING:
    import pandas as pd
    from matplotlib.axes import Axes

#: Light greys-to-warm shades for the lix.se bands, easiest first (readable in greyscale too).
BAND_COLOURS = ("#e8f4ea", "#d6ecd9", "#f2f2f2", "#fcebd3", "#f8d5bd", "#f2b8a0")
TARGET_COLOUR = "#B2182B"
BAR_COLOUR = "#0072B2"


def _integer_locator() -> Any:
    from matplotlib.ticker import MaxNLocator

    return MaxNLocator(integer=True)


def _axes(ax: Axes | None) -> Axes:
    if ax is not None:
        return ax
    try:
        import matplotlib.pyplot as plt
    except ImportError as exc:  # pragma: no cover - depends on the environment
        raise ImportError("plots need matplotlib: pip install 'klarsprak[plot]'") from exc
    return plt.subplots(figsize=(8, 4))[1]


def _bands(ax: Axes, low: float, high: float, *, vertical: bool) -> None:
    """Shade the lix.se bands between ``low`` and ``high`` and name them."""
    lower = 0.0
    for (upper, name), colour in zip(LIX_BANDS, BAND_COLOURS):
        top = min(upper, high)
        if top > low and lower < high:
            start = max(lower, low)
            span = ax.axvspan if vertical else ax.axhspan
            span(start, top, color=colour, zorder=0, lw=0)
            middle = (start + top) / 2
            if vertical:
                ax.text(middle, 0.98, name, transform=ax.get_xaxis_transform(), ha="center", va="top",
                        fontsize=8, rotation=90, color="#444")
            else:
                ax.text(0.995, middle, name, transform=ax.get_yaxis_transform(), ha="right", va="center",
                        fontsize=8, color="#444")
        lower = upper


def _lix_values(data: Any, column: str) -> pd.Series:
    import pandas as pd

    values = data[column] if isinstance(data, pd.DataFrame) else pd.Series(data)
    return pd.to_numeric(values, errors="coerce").dropna()


def _range(values: pd.Series, target: float | None) -> tuple[float, float]:
    points = [*values.tolist(), *([target] if target is not None else [])]
    if not points:
        return 0.0, 70.0
    low = max(0.0, 5 * math.floor(min(points) / 5) - 5)
    return low, 5 * math.ceil(max(points) / 5) + 5


def lix_distribution(data: Any, *, target: float | None = 50.0, column: str = "lix", bins: int | None = None,
                     ax: Axes | None = None) -> Axes:
    """A histogram of LIX over the lix.se bands, with the organisation's target as a dashed line.

    ``data`` is a metrics frame (uses ``column``) or a sequence of LIX values.
    """
    ax = _axes(ax)
    values = _lix_values(data, column)
    low, high = _range(values, target)
    _bands(ax, low, high, vertical=True)
    if len(values):
        ax.hist(values, bins=bins or max(5, min(30, len(values) // 2)), range=(low, high), color=BAR_COLOUR,
                edgecolor="white", zorder=2, label=f"dokument (n = {len(values)})")
    if target is not None:
        ax.axvline(target, color=TARGET_COLOUR, ls="--", lw=2, zorder=3, label=f"mål: LIX {target:g}")
    ax.set_xlim(low, high)
    ax.set_xlabel("LIX")
    ax.set_ylabel("antal dokument")
    ax.yaxis.set_major_locator(_integer_locator())
    ax.set_title("LIX per dokument")
    ax.legend(loc="upper left", fontsize=8)
    return ax


def findings_by_rule(findings: pd.DataFrame, *, top: int = 20, ax: Axes | None = None) -> Axes:
    """Horizontal bars: the ``top`` most frequent rules in a findings frame."""
    ax = _axes(ax)
    counts = findings["rule"].value_counts().head(top).sort_values() if len(findings) else findings["rule"]
    return _count_bars(ax, [str(r) for r in counts.index], list(counts.to_numpy()), "Anmärkningar per regel")


def findings_by_ground(findings: pd.DataFrame, *, ax: Axes | None = None) -> Axes:
    """Horizontal bars for every ground of the Discrimination Act, zeros included."""
    ax = _axes(ax)
    present = findings["ground"].value_counts() if len(findings) else {}
    counts = [int(present.get(g, 0)) for g in GROUNDS]
    labels = [GROUND_LABELS[g] for g in GROUNDS]
    return _count_bars(ax, labels[::-1], counts[::-1], "Anmärkningar per diskrimineringsgrund")


def _count_bars(ax: Axes, labels: list[str], counts: list[int], title: str) -> Axes:
    """Horizontal bars of finding counts, bottom to top, each with its number."""
    ax.barh(labels, counts, color=BAR_COLOUR)
    for y, n in enumerate(counts):
        ax.text(n, y, f" {n}", va="center", fontsize=8)
    ax.set_xlabel("antal anmärkningar")
    ax.xaxis.set_major_locator(_integer_locator())
    ax.set_title(title)
    return ax


def lix_over_time(frame: pd.DataFrame, *, date_column: str = "date", column: str = "lix", freq: str = "QS",
                  target: float | None = 50.0, ax: Axes | None = None) -> Axes:
    """LIX of each dated document as dots, the median per period (``freq``, default quarter) as a line."""
    import pandas as pd

    ax = _axes(ax)
    data = pd.DataFrame({"date": pd.to_datetime(frame[date_column], errors="coerce", utc=True).dt.tz_localize(None),
                         "lix": pd.to_numeric(frame[column], errors="coerce")}).dropna()
    low, high = _range(data["lix"], target)
    _bands(ax, low, high, vertical=False)
    if len(data):
        ax.scatter(data["date"], data["lix"], s=14, color="#555", alpha=0.6, zorder=2, label="dokument")
        median = data.set_index("date")["lix"].resample(freq).median().dropna()
        ax.plot(median.index, median.to_numpy(), marker="s", color=BAR_COLOUR, lw=2, zorder=3,
                label="median per period")
    if target is not None:
        ax.axhline(target, color=TARGET_COLOUR, ls="--", lw=2, zorder=3, label=f"mål: LIX {target:g}")
    ax.set_ylim(low, high)
    ax.set_ylabel("LIX")
    ax.set_title("LIX över tid")
    ax.legend(loc="upper left", fontsize=8)
    for label in ax.get_xticklabels():
        label.set_rotation(30)
        label.set_horizontalalignment("right")
    return ax
