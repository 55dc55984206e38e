"""Recall and precision of the lexicon rules on development documents marked by hand.

``benchmarks/data/lexicon_recall_dev.yaml`` holds bureaucratic words and bias terms marked by
reading dev-set documents (``benchmarks/blind_split.py``'s ``dev_set()``) before klarsprak ran on
them. This script runs klarsprak on those documents and reports

- recall: the share of marked instances that a finding of the category's rules overlaps,
  per category (bureaucratic, bias) and per kind (verb, phrase, ground ...);
- precision: of the lexicon rules' findings inside the marked scope of each document, the share
  judged correct. A finding on a marked instance is correct by the marking; every other finding
  needs a verdict with a reason in ``benchmarks/data/lexicon_recall_judgements.yaml``.

    python benchmarks/lexicon_recall.py            # measure, write the results JSON and the docs table
    python benchmarks/lexicon_recall.py --pending  # print findings that still need a verdict
    python benchmarks/lexicon_recall.py --misses   # print marked instances no finding covers
    python benchmarks/lexicon_recall.py --set s22 [--split held]
    python benchmarks/lexicon_recall.py --set s23
    python benchmarks/lexicon_recall.py --set s24

``--set s22`` measures the same on ``benchmarks/data/lexicon_recall_s22.yaml``: government press releases
and European Parliament debate chunks of the Eukalyptus development set (``blind_eukalyptus.dev_set()``)
and 1970s public brochures of the Talbanken development set (``blind_talbanken.dev_set()``), marked
before klarsprak ran on them; each document is in split ``tune`` (read to choose lexicon entries) or
``held`` (only measured), and ``--split`` keeps one of them. Instances of kind ``nominal`` are also
covered by a ``nominal_style`` finding on their sentence. ``--set s24`` adds translated news and Wikipedia
excerpts of the UD Swedish-PUD development set (``blind_pud.dev_set()``, ids ``n…``/``w…``) to 1970s brochures.
``--set s25`` reads realtext development documents (Helsingborg permit pages, Government Offices press releases)
that no other recall set had marked; ``--set s26`` reads 13 more realtext development documents no recall set had marked
(Government press releases, articles, a leaflet, two debate articles, a Helsingborg permit page).
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import defaultdict
from pathlib import Path
from typing import Any

import yaml

import klarsprak
from klarsprak.archive import read_document

sys.path.insert(0, str(Path(__file__).resolve().parent))
from blind_split import blind_set  # noqa: E402
import blind_eukalyptus  # noqa: E402
import blind_eukalyptus_other  # noqa: E402
import blind_pud  # noqa: E402
import blind_talbanken  # noqa: E402
from docblocks import read_judgements, replace_block, write_json  # noqa: E402
from plain_precision import key  # noqa: E402

REPO = Path(__file__).resolve().parents[1]
REALTEXT = REPO.parent / "shared" / "realtext"
MARKED = REPO / "benchmarks" / "data" / "lexicon_recall_dev.yaml"
JUDGEMENTS = REPO / "benchmarks" / "data" / "lexicon_recall_judgements.yaml"
RESULTS = REPO / "benchmarks" / "results" / "lexicon_recall.json"
DOC = REPO / "docs" / "plain-language-rules.md"
BEGIN, END = "<!-- lexicon-recall:begin -->", "<!-- lexicon-recall:end -->"


def treebank_set(name: str) -> dict[str, Any]:
    """A recall set on treebank development documents: its marks, its judgements of unmarked findings,
    its results and doc block (s22: press releases, debate, 1970s brochures; s23: brochures, news and
    Wikipedia articles nobody had tuned on)."""
    return {"marked": REPO / "benchmarks" / "data" / f"lexicon_recall_{name}.yaml",
            "judgements": REPO / "benchmarks" / "data" / f"lexicon_recall_{name}_judgements.yaml",
            "results": REPO / "benchmarks" / "results" / f"lexicon_recall_{name}.json",
            "markers": (f"<!-- lexicon-recall-{name}:begin -->", f"<!-- lexicon-recall-{name}:end -->")}


#: the rules whose findings come from the plain and inclusive lexicons, by category of the marking
LEXICON_RULES = {"bureaucratic": ("complex_word",), "bias": ("bias_term", "gendered_title", "age_stereotype")}
SOFT = "\u00ad"


def locate(text: str, context: str, words: str, nth: int = 1) -> tuple[int, int]:
    """Offsets of ``words`` inside the ``nth`` occurrence of ``context`` in ``text``.

    Whitespace runs match any whitespace, and soft hyphens in the document are skipped.
    """
    def pattern(s: str) -> str:
        return r"\s+".join(f"{SOFT}?".join(re.escape(c) for c in w) for w in s.replace(SOFT, "").split())
    found = list(re.finditer(pattern(context), text))
    if len(found) < nth:
        raise ValueError(f"context {context!r} not found {nth} time(s)")
    span = found[nth - 1]
    inner = re.search(pattern(words), text[span.start():span.end()])
    if inner is None:
        raise ValueError(f"{words!r} is not inside context {context!r}")
    return span.start() + inner.start(), span.start() + inner.end()


def lexicon_rule(rule: str, category: str) -> bool:
    """True for the rules whose findings this benchmark judges for ``category``."""
    return rule in LEXICON_RULES[category] or (category == "bias" and rule.startswith("job_ad"))


def covers(finding: Any, category: str, kind: str = "") -> bool:
    """True if ``finding`` counts for recall in ``category``: a lexicon rule's finding for bureaucratic
    words (not nominal_style or long_word, except on a ``nominal`` mark), any inclusive-language finding
    for bias terms."""
    return (lexicon_rule(finding.rule, category) or (category == "bias" and finding.category == "inclusive_language")
            or (kind == "nominal" and finding.rule == "nominal_style"))


def realtext_reports(documents: list[str]) -> list[Any]:
    """Reports of the realtext development documents (never a blind one)."""
    blind = {p.relative_to(REALTEXT).as_posix() for p in blind_set()}
    if blind & set(documents):
        raise SystemExit(f"blind documents in the recall set: {sorted(blind & set(documents))}")
    return list(klarsprak.Analyzer().pipe([read_document(REALTEXT / path) for path in documents], batch_size=4))


def treebank_reports(documents: list[str]) -> list[Any]:
    """Reports of Eukalyptus, Talbanken and PUD development documents (never a blind one)."""
    sets = {"P": blind_talbanken, "R": blind_eukalyptus, "E": blind_eukalyptus,
            "A": blind_eukalyptus_other, "W": blind_eukalyptus_other, "n": blind_pud, "w": blind_pud}
    dev = (set(blind_eukalyptus.dev_set()) | set(blind_talbanken.dev_set()) | set(blind_eukalyptus_other.dev_set())
           | set(blind_pud.dev_set()))
    if set(documents) - dev:
        raise SystemExit(f"not development documents: {sorted(set(documents) - dev)}")
    return list(klarsprak.Analyzer().pipe([sets[d[0]].text(d) for d in documents], batch_size=4))


def places(finding: Any) -> list[tuple[int, int]]:
    """Where a finding points: its own span and the other places it lists (a word reported once per text)."""
    return [(finding.start, finding.end), *finding.occurrences]


def run(marked: dict[str, Any], reader: Any = realtext_reports) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """The marked instances with their offsets and whether a finding covers them, and the findings
    of the lexicon rules inside the marked scope of each document (read by ``reader``)."""
    documents = {d["doc"]: d for d in marked["documents"]}
    reports = dict(zip(documents, reader(list(documents))))
    instances = []
    for item in marked["instances"]:
        if item["doc"] not in documents:
            continue
        item.setdefault("category", "bureaucratic")
        report = reports[item["doc"]]
        start, end = locate(report.text, item["context"], item["text"], item.get("nth", 1))
        covering = [f for f in report.findings if covers(f, item["category"], item["kind"])
                    and any(a < end and start < b for a, b in places(f))]
        instances.append({**item, "start": start, "end": end, "found_by": sorted({f.rule for f in covering}),
                          "suggestions": [s for f in covering for s in f.suggestions][:3]})
    findings = []
    for path, report in reports.items():
        scope = documents[path]
        limit = report.text.find(scope["until"]) if scope.get("until") else len(report.text)
        categories = ("bias",) if scope["scope"] == "bias" else ("bureaucratic", "bias")
        marks = [i for i in instances if i["doc"] == path]
        for f in report.findings:
            category = next((c for c in categories if lexicon_rule(f.rule, c)), None)
            if category is None or f.start >= limit:
                continue
            on_mark = any(m["start"] < b and a < m["end"] for m in marks for a, b in places(f))
            findings.append({"rule": f.rule, "category": category, "doc": path, "start": f.start,
                             "text": report.text[f.start:f.end], "suggestions": list(f.suggestions),
                             "marked": on_mark,
                             "_context": report.text[max(0, f.start - 80):f.end + 80]})
    return instances, findings


def recall(instances: list[dict[str, Any]]) -> dict[str, Any]:
    """Found / marked per category and per category:kind."""
    groups: dict[str, list[bool]] = defaultdict(list)
    for i in instances:
        hit = bool(i["found_by"])
        groups[i["category"]].append(hit)
        groups[f"{i['category']}:{i['kind']}"].append(hit)
    return {g: {"marked": len(v), "found": sum(v), "recall": round(sum(v) / len(v), 3)}
            for g, v in sorted(groups.items())}


def precision(findings: list[dict[str, Any]], judged: dict[tuple, dict[str, Any]]) -> dict[str, Any]:
    """Correct / (correct + wrong) per category; marked findings are correct, debatable ones are counted apart."""
    out = {}
    for category in LEXICON_RULES:
        rows = [f for f in findings if f["category"] == category]
        verdicts = [("correct" if f["marked"] else judged[key(f)]["verdict"]) for f in rows
                    if f["marked"] or key(f) in judged]
        correct, wrong = verdicts.count("correct"), verdicts.count("wrong")
        out[category] = {"findings": len(rows), "judged": len(verdicts), "correct": correct, "wrong": wrong,
                         "debatable": verdicts.count("debatable"),
                         "precision": round(correct / (correct + wrong), 3) if correct + wrong else None}
    return out


def write_doc(result: dict[str, Any], markers: tuple[str, str] = (BEGIN, END)) -> None:
    """A figures block of docs/plain-language-rules.md."""
    lines = ["", "| group | marked | found | recall |", "|---|---:|---:|---:|"]
    lines += [f"| {g} | {r['marked']} | {r['found']} | {r['recall']} |" for g, r in result["recall"].items()]
    lines += ["", "| category | findings | correct | wrong | debatable | precision |", "|---|---:|---:|---:|---:|---:|"]
    lines += [f"| {c} | {p['findings']} | {p['correct']} | {p['wrong']} | {p['debatable']} | {p['precision']} |"
              for c, p in result["precision"].items()]
    groups = [("Split", k, v) for k, v in result.get("splits", {}).items()]
    for label, split, figures in groups + [("Genre", k, v) for k, v in result.get("genres", {}).items()]:
        r, p = figures["recall"]["bureaucratic"], figures["precision"]["bureaucratic"]
        lines.append(f"\n{label} {split}: bureaucratic recall {r['recall']} ({r['found']} of {r['marked']}), precision "
                     f"{p['precision']} ({p['correct']} correct, {p['wrong']} wrong, {p['debatable']} debatable).")
    lines += ["", f"{result['instances']} marked instances in {result['documents']} development documents; "
              "measured by `benchmarks/lexicon_recall.py`.", ""]
    replace_block(DOC, *markers, "\n".join(lines))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--pending", action="store_true", help="print findings that still need a verdict")
    parser.add_argument("--misses", action="store_true", help="print marked instances no finding covers")
    parser.add_argument("--set", choices=("realtext", "s22", "s23", "s24", "s24b", "s25", "s26"), default="realtext", help="which recall set")
    parser.add_argument("--split", choices=("tune", "held"), help="s22: only the documents of one split")
    args = parser.parse_args()
    on_realtext = args.set in ("realtext", "s25", "s26")
    shared = REALTEXT if on_realtext else blind_eukalyptus.EUKALYPTUS
    if args.set.startswith("s24"):
        shared = blind_pud.PUD
    if not shared.exists():
        print(f"skipped: {shared} is absent", file=sys.stderr)
        return 0
    paths = treebank_set(args.set) if args.set != "realtext" else {"marked": MARKED, "judgements": JUDGEMENTS,
                                                                   "results": RESULTS, "markers": (BEGIN, END)}
    marked = yaml.safe_load(paths["marked"].read_text(encoding="utf-8"))
    if args.split:
        marked["documents"] = [d for d in marked["documents"] if d.get("split") == args.split]
    reader = realtext_reports if on_realtext else treebank_reports
    instances, findings = run(marked, reader)
    judged = read_judgements(paths["judgements"], key)
    if args.pending:
        for f in findings:
            if not f["marked"] and key(f) not in judged:
                print(json.dumps(f, ensure_ascii=False))
        return 0
    if args.misses:
        for i in instances:
            if not i["found_by"]:
                print(json.dumps({k: i[k] for k in ("category", "kind", "text", "suggestion", "context")},
                                 ensure_ascii=False))
        return 0
    result = {"recall": recall(instances), "precision": precision(findings, judged),
              "documents": len(marked["documents"]), "instances": len(instances)}
    for field, name in (("split", "splits"), ("genre", "genres")):  # figures per split (s22) or genre (s24)
        values = {d.get(field) for d in marked["documents"]} - {None}
        if len(values) > 1:
            of = {d["doc"]: d[field] for d in marked["documents"]}
            result[name] = {v: {"recall": recall([i for i in instances if of[i["doc"]] == v]),
                                "precision": precision([f for f in findings if of[f["doc"]] == v], judged)}
                            for v in sorted(values)}
    if not args.split:  # one split alone is a look while tuning, not the figures
        write_json(paths["results"], result)
        write_doc(result, paths["markers"])
    print(json.dumps(result, indent=2, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
