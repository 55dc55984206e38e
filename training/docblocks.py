"""Generated blocks inside hand-written Markdown: training and the benchmarks write their figures into
``models/README.md`` and ``docs/`` between two markers, so the prose around the figures stays hand-written."""

from __future__ import annotations

from pathlib import Path


def replace_block(path: Path, start: str, end: str, body: str) -> bool:
    """Put ``body`` between the ``start`` and ``end`` markers of ``path``; False if a marker is missing."""
    text = path.read_text(encoding="utf-8") if path.exists() else ""
    if start not in text or end not in text:
        return False
    head, rest = text.split(start, 1)
    path.write_text(f"{head}{start}\n{body}\n{end}{rest.split(end, 1)[1]}", encoding="utf-8")
    return True
