"""Recall and precision of the inclusive-language rules on hand-marked treebank development documents.

Usage: python benchmarks/inclusive_talbanken.py [--model PATH] [--no-write]

Six sets: Talbanken (1970s brochures, ``benchmarks/data/inclusive_talbanken_dev.yaml``), Eukalyptus (2010s
press releases and debate, ``inclusive_eukalyptus_dev.yaml``), Eukalyptus news and Wikipedia
(``inclusive_news_dev.yaml``), realtext (``inclusive_realtext_dev.yaml``, searched: recall, and every finding
off the labels listed as ``unlabelled`` for the reader to judge), LinES (``inclusive_lines_dev.yaml``,
translated novels, a manual and Europarl; evaluation only, searched) and PUD (``inclusive_pud_dev.yaml``, short
translated news and Wikipedia excerpts, ``blind_pud.dev_set()``, read whole). The labels were written by the
inclusive developer before the tool ran on these documents; they are builder-judged DEV figures, never the
blind sets. A labelled place is
found when an ``inclusive_language`` finding overlaps it. In the documents read whole (scope ``all``) every
finding is judged by the labels: on a ``flag`` place it is correct, on a ``soft`` place debatable, anywhere else
wrong; precision is correct / findings. Two findings on one place are reported as duplicates; a finding covers its ``occurrences`` too (a term is
reported once per text). Writes ``benchmarks/results/inclusive_talbanken.json`` and
``docs/inclusive-talbanken.md``.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from functools import cache
from pathlib import Path
from typing import Any

import yaml

from klarsprak import Analyzer
from klarsprak.config import Config
from klarsprak.rules import REGISTRY

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))
import blind_eukalyptus  # noqa: E402
import blind_eukalyptus_other  # noqa: E402
import blind_pud  # noqa: E402
import blind_split  # noqa: E402
import blind_talbanken  # noqa: E402
from docblocks import write_json  # noqa: E402

class Realtext:
    """The realtext documents as a set source: ids are paths under ../shared/realtext."""

    @staticmethod
    def text(doc: str) -> str:
        return (blind_split.REALTEXT / doc).read_text(encoding="utf-8")

    @staticmethod
    def blind_set() -> list[str]:
        return [str(p.relative_to(blind_split.REALTEXT)) for p in blind_split.blind_set()]


class Lines:
    """UD Swedish-LinES (evaluation only) as a set source: a document is the sentences of one sent_id doc number
    ("dev-doc2"), joined as running text."""

    @staticmethod
    @cache
    def documents() -> dict[str, str]:
        docs: dict[str, list[str]] = {}
        for path in sorted((ROOT.parent / "shared" / "ud" / "LinES").glob("sv_lines-ud-*.conllu")):
            doc = ""
            for line in path.read_text(encoding="utf-8").splitlines():
                if line.startswith("# sent_id = "):
                    doc = "-".join(line.split("-")[-3:-1])  # sv_lines-ud-dev-doc1-3177 → dev-doc1
                elif line.startswith("# text = "):
                    docs.setdefault(doc, []).append(line[len("# text = "):])
        return {doc: " ".join(sentences) for doc, sentences in docs.items()}

    @staticmethod
    def text(doc: str) -> str:
        return Lines.documents()[doc]

    @staticmethod
    def blind_set() -> list[str]:
        return []


#: Each set: its labels and the source that gives its documents' texts and its blind set.
DATA = ROOT / "benchmarks" / "data"
SETS = {"talbanken": (DATA / "inclusive_talbanken_dev.yaml", blind_talbanken),
        "eukalyptus": (DATA / "inclusive_eukalyptus_dev.yaml", blind_eukalyptus),
        "news": (DATA / "inclusive_news_dev.yaml", blind_eukalyptus_other),
        "realtext": (DATA / "inclusive_realtext_dev.yaml", Realtext),
        "lines": (DATA / "inclusive_lines_dev.yaml", Lines),
        "pud": (DATA / "inclusive_pud_dev.yaml", blind_pud)}
RESULT = ROOT / "benchmarks" / "results" / "inclusive_talbanken.json"
DOC = ROOT / "docs" / "inclusive-talbanken.md"


def load(path: Path, source: Any) -> tuple[dict[str, str], list[dict[str, Any]]]:
    """The documents' scopes and the labels, each resolved to character offsets in its document
    (``source``: the module with ``text(id)`` and ``blind_set()``)."""
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    blind = set(source.blind_set())
    scopes = {d["doc"]: d["scope"] for d in data["documents"]}
    if blind & set(scopes):
        raise SystemExit(f"blind documents in {path}: {sorted(blind & set(scopes))}")
    items = data["items"]
    for item in items:
        text = source.text(item["doc"])
        at = text.index(item["context"]) + item["context"].index(item["text"])
        item["start"], item["end"] = at, at + len(item["text"])
    return scopes, items


def _ratio(a: int, b: int) -> float | None:
    return round(a / b, 3) if b else None


def evaluate(scopes: dict[str, str], items: list[dict[str, Any]], analyzer: Analyzer, source: Any) -> dict[str, Any]:
    """Recall on the flag labels, precision on the documents read whole, and every error."""
    docs = list(scopes)
    reports = analyzer.pipe(source.text(d) for d in docs)
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
            places = ((f.start, f.end), *f.occurrences)  # a term is reported once, with its other places
            on = [(n, i) for n, i in labels if any(s < i["end"] and i["start"] < e for s, e in places)]
            for n, _ in on:
                hits[n] += 1
            found_labels.update(n for n, i in on if i["label"] == "flag")
            if scopes[doc] != "all":
                if not on:  # not judged by the labels: listed for the reader to judge
                    errors.append({"type": "unlabelled", "doc": doc, "rule": f.rule, "span": f.text,
                                   "severity": str(f.severity), "message": f.message})
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
                      # as the blind evaluation and issue 14 count it: correct / (correct + wrong)
                      "precision_decided": _ratio(verdicts["correct"], verdicts["correct"] + verdicts["wrong"]),
                      "debatable_share": _ratio(verdicts["debatable"], total),
                      "per_rule": {r: dict(c) for r, c in sorted(per_rule.items())}},
        "errors": errors,
    }


#: How each set is named on the page.
HEADINGS = {"talbanken": "Talbanken (1970s public information, textbooks, news)",
            "eukalyptus": "Eukalyptus (2010s government press releases, European Parliament debate)",
            "news": "Eukalyptus news and Wikipedia (2010s Arbetaren articles, encyclopedia articles)",
            "realtext": "Realtext (municipal web pages, Government Offices texts; searched, recall only)",
            "lines": "LinES (translated novels, a manual, Europarl; evaluation only, searched)",
            "pud": "PUD (translated news and Wikipedia excerpts, UD Swedish-PUD dev documents)"}


def markdown(results: dict[str, dict[str, Any]]) -> str:
    """The figures and every error of each set as a Markdown page."""
    lines = [
        "# Inclusive language on treebank development documents (builder-judged)",
        "",
        "Generated by `python benchmarks/inclusive_talbanken.py`; numbers also in "
        "`benchmarks/results/inclusive_talbanken.json`.",
        "",
        "**Builder-judged dev figures, not blind.** The labels (`benchmarks/data/inclusive_talbanken_dev.yaml`, "
        "`benchmarks/data/inclusive_eukalyptus_dev.yaml`, `inclusive_news_dev.yaml`, `inclusive_realtext_dev.yaml`, `inclusive_lines_dev.yaml`, `inclusive_pud_dev.yaml`) were written by the developer who builds the rules, "
        "before the tool ran on these documents, and the rules were then tuned on them. Blind figures come "
        "from `benchmarks/blind_eval.py` only.",
    ]
    for name, result in results.items():
        r, p, m = result["recall"], result["precision"], result["meta"]
        lines += [
            "", f"## {HEADINGS[name]}", "",
            f"Documents: {m['documents_read_whole']} read whole, {m['documents_skimmed']} skimmed (recall only).",
            "",
            f"- Recall: {r['found']} of {r['labelled']} places to flag = **{r['recall']}** "
            + ", ".join(f"{g} {v['found']}/{v['labelled']}" for g, v in r["per_ground"].items()) + ".",
            f"- Precision (documents read whole): {p.get('correct', 0)} correct, {p.get('debatable', 0)} debatable, "
            f"{p.get('wrong', 0)} wrong of {p['findings']} findings = **{p['precision']}**; correct / (correct + "
            f"wrong), as the blind evaluation counts, = {p['precision_decided']}, debatable {p['debatable_share']}.",
            "",
            "| rule | correct | debatable | wrong |",
            "|---|---:|---:|---:|",
        ]
        for rule, c in p["per_rule"].items():
            lines.append(f"| {rule} | {c.get('correct', 0)} | {c.get('debatable', 0)} | {c.get('wrong', 0)} |")
        lines += ["", "### Errors", ""]
        lines += [f"- **{e['type']}** {e['doc']} `{e['span']}`" + (f" ({e['rule']}): {e['message']}" if "rule" in e
                                                                  else f": {e.get('context', '')}")
                  for e in result["errors"]] or ["None."]
    return "\n".join(lines) + "\n"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--model", default=None, help="spaCy pipeline (default: the shipped model)")
    parser.add_argument("--no-write", action="store_true", help="print only")
    args = parser.parse_args()
    others = tuple(r.id for r in REGISTRY if r.category != "inclusive_language")
    analyzer = Analyzer(Config(disable=others), model=args.model)
    results = {}
    for name, (path, source) in SETS.items():
        scopes, items = load(path, source)
        result = evaluate(scopes, items, analyzer, source)
        result["meta"] = {"documents_read_whole": sum(s == "all" for s in scopes.values()),
                          "documents_skimmed": sum(s != "all" for s in scopes.values()),
                          "judged_by": "the inclusive developer (builder-labelled dev data, not blind)"}
        print(name, json.dumps({k: result[k] for k in ("recall", "precision", "meta")}, ensure_ascii=False, indent=1))
        for e in result["errors"]:
            print(" | ".join(str(v) for v in e.values()))
        results[name] = result
    if not args.no_write:
        write_json(RESULT, results)
        DOC.write_text(markdown(results), encoding="utf-8")


if __name__ == "__main__":
    main()
