"""Recall of ``passive_voice`` on passives marked by hand before the rule was run (development documents only).

Reads ``benchmarks/data/passive_recall_dev.yaml`` (Eukalyptus development press releases, a few realtext pages and
letters; never a blind document), runs the rule on every listed document and counts a marked passive as found when a
finding overlaps its verb in its context. Prints every finding on these documents too, so that the precision on them
can be judged by hand (``benchmarks/passive_precision.py`` keeps the judged sample of the realtext development set).
Writes ``benchmarks/results/passive_recall_dev.json``.

    python benchmarks/passive_recall_dev.py
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

import yaml

import klarsprak
from blind_split import REALTEXT
from docblocks import write_json
from klarsprak.archive import read_document

REPO = Path(__file__).resolve().parents[1]
LABELS = REPO / "benchmarks" / "data" / "passive_recall_dev.yaml"
RESULTS = REPO / "benchmarks" / "results" / "passive_recall_dev.json"
RULE = "passive_voice"


def document(ref: str) -> klarsprak.Document | str:
    """A labelled document: ``eukalyptus:<id>`` (its text) or ``realtext:<path>`` (read as the blind evaluation reads it)."""
    kind, _, name = ref.partition(":")
    if kind == "eukalyptus":
        import blind_eukalyptus

        return blind_eukalyptus.text(name)
    return read_document(REALTEXT / name)


def span(text: str, item: dict[str, Any]) -> tuple[int, int]:
    """Where the marked verb stands: its first occurrence inside the item's (unique) context."""
    at = text.find(item["context"])
    if at < 0 or text.find(item["context"], at + 1) >= 0:
        raise ValueError(f"context not found once in {item['doc']}: {item['context']!r}")
    inner = item["context"].find(item["text"].split()[0])
    return at + inner, at + inner + len(item["text"].split()[0])


def main() -> int:
    labels = yaml.safe_load(LABELS.read_text(encoding="utf-8"))
    analyzer = klarsprak.Analyzer()
    found: dict[str, list[dict[str, Any]]] = {}
    texts: dict[str, str] = {}
    for ref in labels["documents"]:
        report = analyzer.analyze(document(ref))
        texts[ref] = report.text
        found[ref] = [{"start": f.start, "end": f.end, "text": f.text, "message": f.message,
                       "suggestion": f.suggestions[0] if f.suggestions else ""}
                      for f in report.findings if f.rule == RULE]
    hits = []
    for item in labels["items"]:
        start, end = span(texts[item["doc"]], item)
        hit = any(f["start"] < end and start < f["end"] for f in found[item["doc"]])
        hits.append({**item, "found": hit})

    def recall(items: list[dict[str, Any]]) -> float | None:
        return round(sum(i["found"] for i in items) / len(items), 3) if items else None

    clear = [h for h in hits if h["certainty"] == "clear"]
    result = {"labels": str(LABELS.relative_to(REPO)), "documents": len(labels["documents"]),
              "marked": len(hits), "marked_clear": len(clear), "recall_clear": recall(clear), "recall_all": recall(hits),
              "findings": sum(len(v) for v in found.values()),
              "found": [f"{h['doc']}: {h['text']}" for h in hits if h["found"]],
              "findings_by_document": {ref: v for ref, v in found.items() if v}}
    write_json(RESULTS, result)
    print(json.dumps({k: v for k, v in result.items() if k != "findings_by_document"}, indent=1, ensure_ascii=False))
    for ref, rows in found.items():
        for f in rows:
            context = texts[ref][max(0, f["start"] - 80):f["end"] + 60].replace("\n", " ")
            print(f"- {ref} {f['start']} ”{f['text']}”: …{context}…\n    {f['message']}\n    → {f['suggestion']}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
