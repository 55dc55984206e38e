"""What the benchmarks share: generated blocks inside hand-written Markdown, JSON figures, judgement files.

Benchmarks write their figures into ``docs/`` between two markers (``replace_block``, which lives in
``training/docblocks.py`` because the training command writes ``models/README.md`` the same way and
must not import the benchmarks), so the prose around the figures stays hand-written.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable, Hashable
from pathlib import Path
from typing import Any

import yaml

REPO = Path(__file__).resolve().parents[1]
if str(REPO) not in sys.path:  # the top-level training/ package, when a benchmark runs as a script
    sys.path.insert(0, str(REPO))

from training.docblocks import replace_block  # noqa: E402

__all__ = ["judged_sample", "judging_parser", "print_pending", "read_judgements", "replace_block", "write_json"]


def write_json(path: Path, data: object) -> None:
    """A benchmark's figures as indented UTF-8 JSON (non-ASCII kept), creating the folder if needed."""
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(data, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")


def read_judgements(path: Path, key: Callable[[dict[str, Any]], Hashable]) -> dict[Hashable, dict[str, Any]]:
    """The hand judgements of a benchmark (a YAML file with a ``judgements:`` list) by ``key``; none if absent."""
    if not path.is_file():
        return {}
    data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    return {key(j): j for j in data.get("judgements", [])}


def print_pending(picked: list[dict[str, Any]], judged: dict[Hashable, dict[str, Any]],
                  key: Callable[[dict[str, Any]], Hashable]) -> None:
    """The sampled findings that have no judgement yet, one JSON object a line (for the judge)."""
    for row in picked:
        if key(row) not in judged:
            print(json.dumps(row, ensure_ascii=False))


def judging_parser(description: str) -> argparse.ArgumentParser:
    """The command line of a benchmark scored against hand judgements: ``--pending`` (see :func:`judged_sample`);
    a benchmark adds its own options to it."""
    parser = argparse.ArgumentParser(description=description, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--pending", action="store_true", help="print sampled findings not yet judged")
    return parser


def judged_sample(picked: list[dict[str, Any]], path: Path, key: Callable[[dict[str, Any]], Hashable],
                  pending: bool) -> dict[Hashable, dict[str, Any]] | None:
    """The judgements in ``path`` of the sampled findings by ``key``; with ``pending`` the sampled findings
    without one are printed for the judge instead (:func:`print_pending`) and None is returned."""
    judged = read_judgements(path, key)
    if pending:
        print_pending(picked, judged, key)
        return None
    return judged
