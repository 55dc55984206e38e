"""Plots render with the Agg backend to real PNG files that contain what they should."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

matplotlib = pytest.importorskip("matplotlib")
matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402
from matplotlib.image import imread  # noqa: E402

from klarsprak import plots  # noqa: E402
from klarsprak.frames import FINDING_COLUMNS  # noqa: E402
from klarsprak.metrics import LIX_BANDS  # noqa: E402

METRICS = pd.DataFrame({
    "lix": [22.0, 35.5, 41.0, 47.2, 52.0, 63.8, None],
    "date": ["2022-02-01", "2022-06-10", "2023-01-05", "2023-03-30", "2024-05-01", "2024-11-11", "2024-12-01"],
})
FINDINGS = pd.DataFrame(
    [{"doc_id": i, "rule": rule, "category": "inclusive_language" if ground else "plain_language",
      "severity": "warning", "ground": ground, "start": 0, "end": 1, "text": "x", "message": "m",
      "suggestions": [], "sentence": 0, "source": None}
     for i, (rule, ground) in enumerate([("long_sentence", None)] * 5 + [("passive", None)] * 2
                                        + [("inclusive.sex", "sex")] * 3 + [("inclusive.age", "age")])],
    columns=list(FINDING_COLUMNS),
)


def _save(ax, path: Path) -> None:
    ax.figure.savefig(path, dpi=80)
    plt.close(ax.figure)
    image = imread(path)
    assert image.shape[0] > 100 and image.shape[1] > 100
    assert image[..., :3].std() > 0.05, "the image should not be blank"


def test_lix_distribution(tmp_path: Path) -> None:
    ax = plots.lix_distribution(METRICS, target=45)
    texts = {t.get_text() for t in ax.texts}
    assert {"normal", "medelsvår", "svår"} <= texts
    assert any("mål: LIX 45" in t.get_text() for t in ax.get_legend().get_texts())
    assert sum(bar.get_height() for bar in ax.containers[0]) == 6
    _save(ax, tmp_path / "lix.png")


def test_findings_by_rule_and_ground(tmp_path: Path) -> None:
    ax = plots.findings_by_rule(FINDINGS)
    assert [t.get_text() for t in ax.get_yticklabels()][-1] == "long_sentence"
    _save(ax, tmp_path / "rules.png")
    ax = plots.findings_by_ground(FINDINGS)
    labels = [t.get_text() for t in ax.get_yticklabels()]
    assert len(labels) == 7 and "kön" in labels and "ålder" in labels
    widths = dict(zip(labels, (p.get_width() for p in ax.patches)))
    assert widths["kön"] == 3 and widths["religion eller annan trosuppfattning"] == 0
    _save(ax, tmp_path / "grounds.png")


def test_lix_over_time(tmp_path: Path) -> None:
    ax = plots.lix_over_time(METRICS, freq="YS", target=50)
    median = ax.get_lines()[0]
    assert len(median.get_xdata()) == 3
    assert {name for _, name in LIX_BANDS} & {t.get_text() for t in ax.texts}
    _save(ax, tmp_path / "time.png")


def test_empty_inputs_still_draw(tmp_path: Path) -> None:
    _save(plots.lix_distribution([], target=50), tmp_path / "empty.png")
    _save(plots.findings_by_ground(FINDINGS.iloc[:0]), tmp_path / "empty_grounds.png")
