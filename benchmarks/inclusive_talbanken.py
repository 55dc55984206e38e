"""Recall and precision of the inclusive-language rules on hand-marked Talbanken development documents.

Usage: python benchmarks/inclusive_talbanken.py [--model PATH] [--no-write]

The labels (``benchmarks/data/inclusive_talbanken_dev.yaml``) were written by the inclusive developer before
the tool ran on these documents; they are builder-judged DEV figures, never the blind set. A labelled place is
found when an ``inclusive_language`` finding overlaps it. In the documents read whole (scope ``all``) every
finding is judged by the labels: on a ``flag`` place it is correct, on a ``soft`` place debatable, anywhere else
wrong; precision is correct / findings. Two findings on one place are reported as duplicates. Writes
``benchmarks/results/inclusive_talbanken.json`` and ``docs/inclusive-talbanken.md``.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path
from typing import Any

import yaml

from klarsprak import Analyzer
from klarsprak.config import Config
from klarsprak.rules import REGISTRY

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))
import blind_talbanken  # noqa: E402
from docblocks import write_json  # noqa: E402

DATA = ROOT / "benchmarks" / "data" / "inclusive_talbanken_dev.yaml"
RESULT = ROOT / "benchmarks" / "results" / "inclusive_talbanken.json"
DOC = ROOT / "docs" / "inclusive-talbanken.md"


def load(path: Path) -> tuple[dict[str, str], list[dict[str, Any]]]:
    """The documents' scopes and the labels, each resolved to character offsets in its document."""
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    blind = set(blind_talbanken.blind_set())
    scopes = {d["doc"]: d["scope"] for d in data["documents"]}
    if blind & set(scopes):
        raise SystemExit(f"blind documents in {path}: {sorted(blind & set(scopes))}")
    items = data["items"]
    for item in items:
        text = blind_talbanken.text(item["doc"])
        at = text.index(item["context"]) + item["context"].index(item["text"])
        item["start"], item["end"] = at, at + len(item["text"])
    return scopes, items


def _ratio(a: int, b: int) -> float | None:
    return round(a / b, 3) if b else None


def evaluate(scopes: dict[str, str], items: list[dict[str, Any]], analyzer: Analyzer) -> dict[str, Any]:
    """Recall on the flag labels, precision on the documents read whole, and every error."""
    docs = list(scopes)
    reports = analyzer.pipe(blind_talbanken.text(d) for d in docs)
    verdicts: Counter[str] = Counter()
    per_rule: dict[str, Counter[str]] = {}
    found_labels: set[int] = set()
    errors: list[dict[str, Any]] = []
    for doc, report in zip(docs, reports):
        labels = [(n, i) for n, i in enumerate(items) if i["doc"] == doc]
        hits: Counter[int] = Counter()
        for f in report.findings:
            if f.category != "inclusive_language":
                continue
            on = [(n, i) for n, i in labels if f.start < i["end"] and i["start"] < f.end]
            for n, _ in on:
                hits[n] += 1
            found_labels.update(n for n, i in on if i["label"] == "flag")
            if scopes[doc] != "all":
                continue
            verdict = ("correct" if any(i["label"] == "flag" for _, i in on)
                       else "debatable" if on else "wrong")
            verdicts[verdict] += 1
            per_rule.setdefault(f.rule, Counter())[verdict] += 1
            if verdict != "correct":
                errors.append({"type": verdict, "doc": doc, "rule": f.rule, "span": f.text,
                               "severity": str(f.severity), "message": f.message})
        errors += [{"type": "duplicate", "doc": doc, "span": items[n]["text"], "count": c}
                   for n, c in hits.items() if c > 1]
    flags = [n for n, i in enumerate(items) if i["label"] == "flag"]
    errors += [{"type": "missed", "doc": items[n]["doc"], "ground": items[n]["ground"], "span": items[n]["text"],
                "context": items[n]["context"]} for n in flags if n not in found_labels]
    by_ground = {}
    for g in sorted({items[n]["ground"] for n in flags}):
        mine = [n for n in flags if items[n]["ground"] == g]
        by_ground[g] = {"labelled": len(mine), "found": sum(n in found_labels for n in mine),
                        "recall": _ratio(sum(n in found_labels for n in mine), len(mine))}
    total = sum(verdicts.values())
    return {
        "recall": {"labelled": len(flags), "found": len(found_labels & set(flags)),
                   "recall": _ratio(len(found_labels & set(flags)), len(flags)), "per_ground": by_ground},
        "precision": {"findings": total, **verdicts, "precision": _ratio(verdicts["correct"], total),
                      "per_rule": {r: dict(c) for r, c in sorted(per_rule.items())}},
        "errors": errors,
    }


def markdown(result: dict[str, Any]) -> str:
    """The figures and every error as a Markdown page."""
    r, p, m = result["recall"], result["precision"], result["meta"]
    lines = [
        "# Inclusive language on Talbanken development documents (builder-judged)",
        "",
        "Generated by `python benchmarks/inclusive_talbanken.py`; numbers also in "
        "`benchmarks/results/inclusive_talbanken.json`.",
        "",
        "**Builder-judged dev figures, not blind.** The labels (`benchmarks/data/inclusive_talbanken_dev.yaml`) "
        "were written by the developer who builds the rules, before the tool ran on these documents, and the "
        "rules were then tuned on them. Blind figures come from `benchmarks/blind_eval.py` only.",
        "",
        f"Documents: {m['documents_read_whole']} read whole, {m['documents_skimmed']} skimmed (recall only).",
        "",
        f"- Recall: {r['found']} of {r['labelled']} places to flag = **{r['recall']}** "
        + ", ".join(f"{g} {v['found']}/{v['labelled']}" for g, v in r["per_ground"].items()) + ".",
        f"- Precision (documents read whole): {p.get('correct', 0)} correct, {p.get('debatable', 0)} debatable, "
        f"{p.get('wrong', 0)} wrong of {p['findings']} findings = **{p['precision']}**.",
        "",
        "| rule | correct | debatable | wrong |",
        "|---|---:|---:|---:|",
    ]
    for rule, c in p["per_rule"].items():
        lines.append(f"| {rule} | {c.get('correct', 0)} | {c.get('debatable', 0)} | {c.get('wrong', 0)} |")
    lines += ["", "## Errors", ""]
    lines += [f"- **{e['type']}** {e['doc']} `{e['span']}`" + (f" ({e['rule']}): {e['message']}" if "rule" in e
                                                              else f": {e.get('context', '')}")
              for e in result["errors"]] or ["None."]
    return "\n".join(lines) + "\n"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--model", default=None, help="spaCy pipeline (default: the shipped model)")
    parser.add_argument("--no-write", action="store_true", help="print only")
    args = parser.parse_args()
    scopes, items = load(DATA)
    others = tuple(r.id for r in REGISTRY if r.category != "inclusive_language")
    result = evaluate(scopes, items, Analyzer(Config(disable=others), model=args.model))
    result["meta"] = {"documents_read_whole": sum(s == "all" for s in scopes.values()),
                      "documents_skimmed": sum(s != "all" for s in scopes.values()),
                      "judged_by": "the inclusive developer (builder-labelled dev data, not blind)"}
    print(json.dumps({k: result[k] for k in ("recall", "precision", "meta")}, ensure_ascii=False, indent=1))
    for e in result["errors"]:
        print(" | ".join(str(v) for v in e.values()))
    if not args.no_write:
        write_json(RESULT, result)
        DOC.write_text(markdown(result), encoding="utf-8")


if __name__ == "__main__":
    main()
