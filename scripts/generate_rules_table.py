"""Write docs/rules.md, the table of every registered rule and every configuration option, from the code itself.

Run: python scripts/generate_rules_table.py   (tests/test_docs.py checks it is up to date)
"""

from __future__ import annotations

import sys
from pathlib import Path

from klarsprak.config import options_table
from klarsprak.rules import REGISTRY

OUT = Path(__file__).resolve().parents[1] / "docs" / "rules.md"


def render() -> str:
    """The Markdown table of rules and metrics."""
    lines = [
        "# Rules",
        "",
        "Generated from the rule registry by `scripts/generate_rules_table.py`; do not edit by hand.",
        "",
        "| id | category | severity | needs | options | description | source |",
        "|---|---|---|---|---|---|---|",
    ]
    for rule in sorted(REGISTRY.rules.values(), key=lambda r: (r.category, r.id)):
        options = ", ".join(f"`{k}={v}`" for k, v in rule.options.items()) or "–"
        needs = ", ".join(sorted(rule.needs)) or "–"
        lines.append(f"| `{rule.id}` | {rule.category} | {rule.severity.value} | {needs} | {options} | "
                     f"{rule.description} | {rule.source or '–'} |")
    lines += ["", "## Metrics added by rule modules", "", "| metric | needs | description |", "|---|---|---|"]
    for metric in sorted(REGISTRY.metrics.values(), key=lambda m: m.name):
        lines.append(f"| `{metric.name}` | {', '.join(sorted(metric.needs)) or '–'} | {metric.description} |")
    lines += ["", "## Configuration", "",
              "Keys of `klarsprak.toml` (or `[tool.klarsprak]` in `pyproject.toml`); rule options go under "
              "`[rules.<rule>]`. A value of the wrong type or out of bounds stops the run with exit code 2, "
              "naming the file, key and value.", "", *options_table()]
    return "\n".join(lines) + "\n"


def main() -> int:
    OUT.write_text(render(), encoding="utf-8")
    print(f"wrote {OUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
