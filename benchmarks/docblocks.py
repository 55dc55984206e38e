"""What the benchmarks share: generated blocks inside hand-written Markdown, JSON figures, judgement files.

Benchmarks and the training command write their figures into ``docs/`` and
``models/README.md`` between two markers, so the prose around the figures stays hand-written.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Hashable
from pathlib import Path
from typing import Any

import yaml


def replace_block(path: Path, start: str, end: str, body: str) -> bool:
    """Put ``body`` between the ``start`` and ``end`` markers of ``path``; False if a marker is missing."""
    text = path.read_text(encoding="utf-8") if path.exists() else ""
    if start not in text or end not in text:
        return False
    head, rest = text.split(start, 1)
    path.write_text(f"{head}{start}\n{body}\n{end}{rest.split(end, 1)[1]}", encoding="utf-8")
    return True


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
