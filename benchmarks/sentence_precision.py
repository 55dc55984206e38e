"""Precision and recall of ``long_sentence`` on real text, judged by the rule's builder.

BUILDER-JUDGED: the labels and verdicts were written by the developer who built the rule, so they measure
the builder as much as the rule (blind judges have found the builders' own figures 0.15-0.25 above theirs).

Since stop 23 the measure is a set of sentences labelled BEFORE the stop's changes
(``benchmarks/data/sentence_labels.yaml``): 45 sentences of more than 25 words drawn by a fixed hash from
development documents that no blind dev verdict and no earlier rework read (15 Talbanken, 15 Eukalyptus
press releases and debate, 15 news and Wikipedia articles), each labelled from its text alone: would a strict
klarspråk consultant ask the writer to rewrite it (``true``), is it fine for its genre (``false``), or could
it go either way (``borderline``, not counted). From the labels: how many rewrite-worthy sentences the rule
warns about (recall) and how many of its warnings are on rewrite-worthy ones (flag precision). The findings on
the labelled sentences are also judged as the writer meets them, message and suggestion together, the way the
blind judges judge (``benchmarks/data/sentence_judgements.yaml``, keyed by the exact suggestion: a new
suggestion is judged again): ``correct`` only if the consultant would ask for that change and the advice is
usable, ``debatable`` when the problem is real but the advice is poor, ``wrong`` when the sentence is fine
for its genre. Precision is correct / (correct + wrong), as in the blind evaluation. No blind set is
analysed here.

Since stop 24 a second label set (``set: s24-pud``) holds 55 sentences of translated news and Wikipedia
excerpts from the PUD development documents (``blind_pud.dev_set()``) that the r9 blind dev verdicts did not
read, labelled before any stop-24 change; the figures are given per set (``labels_by_set``, ``by_set``), since
the stop-23 set was read while the rule was tuned and the PUD set was not. Since stop 25 a third set (``set: s25``,
36 sentences of Talbanken, Eukalyptus, news/Wikipedia and realtext development documents) was labelled after the
stop's changes but before any finding on it was seen; rounds ``s25-before``/``s25-after`` judge the start and end
code's findings on it (run the start code with ``PYTHONPATH`` pointing at its checkout: ``commit`` in the results
names this checkout, not the code run). The figures of earlier stops (a hash sample of findings, rounds ``before``, ``after``, ``s22``)
stay in the results and judgement files as history.

    python benchmarks/sentence_precision.py            # measure, write benchmarks/results/sentence_precision.json
    python benchmarks/sentence_precision.py --pending  # print findings on labelled sentences not yet judged
    python benchmarks/sentence_precision.py --label before   # store the figures under another name
    python benchmarks/sentence_precision.py --labelled-only  # only the documents with labels (fast, no totals)
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any, Iterator

import yaml

import blind_eukalyptus
import blind_eukalyptus_other
import blind_pud
import blind_split
import blind_talbanken
import klarsprak
from docblocks import judged_sample, judging_parser, read_judgements, write_json
from klarsprak import Document
from klarsprak.archive import read_document

REPO = Path(__file__).resolve().parents[1]
RULE = "long_sentence"
JUDGEMENTS = REPO / "benchmarks" / "data" / "sentence_judgements.yaml"
RESULTS = REPO / "benchmarks" / "results" / "sentence_precision.json"
LABELS = REPO / "benchmarks" / "data" / "sentence_labels.yaml"
HEAD_WORDS = 8
VERDICTS = ("correct", "wrong", "debatable")
CLASSES = {True: "rewrite", False: "fine", "borderline": "borderline"}


def documents() -> Iterator[tuple[str, Document]]:
    """The development documents with their names: realtext paths, ``talbanken/<id>``, ``eukalyptus/<id>``,
    ``eukother/<id>`` (news and Wikipedia), ``pud/<id>`` (translated news and Wikipedia excerpts)."""
    for path in blind_split.dev_set():
        yield path.relative_to(blind_split.REALTEXT).as_posix(), read_document(path)
    for doc in blind_talbanken.dev_set():
        yield f"talbanken/{doc}", Document(text=blind_talbanken.text(doc))
    for doc in blind_eukalyptus.dev_set():
        yield f"eukalyptus/{doc}", Document(text=blind_eukalyptus.text(doc))
    for doc in blind_eukalyptus_other.dev_set():
        yield f"eukother/{doc}", Document(text=blind_eukalyptus_other.text(doc))
    for doc in blind_pud.dev_set():
        yield f"pud/{doc}", Document(text=blind_pud.text(doc))


def collect(only: set[str] | None = None) -> tuple[list[dict[str, Any]], int, int]:
    """Every long_sentence finding on the development documents (or on those named in ``only``), the number
    of documents and their words."""
    names, docs = zip(*((name, doc) for name, doc in documents() if only is None or name in only))
    rows: list[dict[str, Any]] = []
    words = 0
    for name, report in zip(names, klarsprak.Analyzer().pipe(list(docs), batch_size=8)):
        words += report.metrics["words"]
        for f in report.findings:
            if f.rule == RULE:
                rows.append({"doc": name, "start": f.start, "end": f.end, "head": head(f.text),
                             "severity": str(f.severity.value if hasattr(f.severity, "value") else f.severity),
                             "message": f.message, "suggestion": f.suggestions[0] if f.suggestions else "",
                             "text": f.text})
    return rows, len(names), words


def head(text: str) -> str:
    """The first words of a sentence: enough to find it again, short enough for the judgement file."""
    return " ".join(text.split()[:HEAD_WORDS])


def key(row: dict[str, Any]) -> tuple[str, int, int, str]:
    """A finding with its advice: a verdict counts only for the suggestion it was given with."""
    return (row["doc"], row["start"], row["end"], row.get("suggestion"))


def exact_key(row: dict[str, Any]) -> tuple[Any, ...]:
    """A finding with its advice and message, for a verdict that names the message it was given with (the same
    split with a corrected message is judged again)."""
    return (*key(row), row.get("message"))


def precision(verdicts: list[str]) -> dict[str, Any]:
    """Counts per verdict, precision (correct / (correct + wrong)) and the debatable share."""
    counts = {v: verdicts.count(v) for v in VERDICTS}
    decided = counts["correct"] + counts["wrong"]
    return {"precision": round(counts["correct"] / decided, 3) if decided else None, **counts,
            "debatable_share": round(counts["debatable"] / len(verdicts), 3) if verdicts else None,
            "judged": len(verdicts)}


def on_labels(rows: list[dict[str, Any]]) -> list[tuple[dict[str, Any], dict[str, Any] | None]]:
    """Each labelled sentence with the finding on it, or None."""
    by_doc: dict[str, list[dict[str, Any]]] = {}
    for r in rows:
        by_doc.setdefault(r["doc"], []).append(r)
    return [(lab, next((r for r in by_doc.get(lab["doc"], []) if r["start"] < lab["end"] and lab["start"] < r["end"]),
                       None)) for lab in labels()]


def labels() -> list[dict[str, Any]]:
    """The labelled sentences; each names its ``set`` (the stop-23 labels have none: ``s23``)."""
    return [{"set": "s23", **lab} for lab in yaml.safe_load(LABELS.read_text(encoding="utf-8"))["labels"]]


def label_scores(pairs: list[tuple[dict[str, Any], dict[str, Any] | None]]) -> dict[str, Any]:
    """What the rule does with each class of labelled sentence, its recall of rewrite-worthy ones (warnings)
    and the share of its warnings on labelled sentences that are on rewrite-worthy ones."""
    table = {name: {"warning": 0, "info": 0, "none": 0} for name in CLASSES.values()}
    for lab, row in pairs:
        table[CLASSES[lab["rewrite"]]][row["severity"] if row else "none"] += 1
    rewrite, fine = table["rewrite"], table["fine"]
    warned = rewrite["warning"] + fine["warning"]
    return {**table, "recall": round(rewrite["warning"] / sum(rewrite.values()), 3),
            "flag_precision": round(rewrite["warning"] / warned, 3) if warned else None}


def main(argv: list[str] | None = None) -> int:
    ap = judging_parser(__doc__)
    ap.add_argument("--label", default="current", help="name of this run in the results file")
    ap.add_argument("--labelled-only", action="store_true",
                    help="analyse only the documents with labelled sentences (no totals over all dev documents)")
    args = ap.parse_args(argv)
    rows, n_docs, words = collect({lab["doc"] for lab in labels()} if args.labelled_only else None)
    pairs = on_labels(rows)
    picked = [row for _, row in pairs if row is not None]
    judged = judged_sample(picked, JUDGEMENTS, key, args.pending)
    if judged is None:
        return 0
    exact = read_judgements(JUDGEMENTS, exact_key)
    verdicts = [(r, exact.get(exact_key(r)) or judged[key(r)]) for r in picked if key(r) in judged]
    sets = {key(row): lab["set"] for lab, row in pairs if row is not None}
    if len(verdicts) < len(picked):
        print(f"{len(picked) - len(verdicts)} findings on labelled sentences not judged yet (--pending)",
              file=sys.stderr)
    commit = subprocess.run(["git", "-C", str(REPO), "rev-parse", "--short", "HEAD"], capture_output=True,
                            text=True).stdout.strip()
    result = {
        "builder_judged": True, "commit": commit, "labelled_sentences": len(pairs),
        "labels": label_scores(pairs),
        "labels_by_set": {name: label_scores([p for p in pairs if p[0]["set"] == name])
                          for name in sorted({lab["set"] for lab, _ in pairs})},
        "all": precision([j["verdict"] for _, j in verdicts]),
        "by_set": {name: precision([j["verdict"] for r, j in verdicts if sets[key(r)] == name])
                   for name in sorted(set(sets.values()))},
        "warning": precision([j["verdict"] for r, j in verdicts if r["severity"] == "warning"]),
        "findings": len(rows), "warnings": sum(r["severity"] == "warning" for r in rows),
        "words": words, "findings_per_1000_words": round(1000 * len(rows) / words, 2),
        "warnings_per_1000_words": round(1000 * sum(r["severity"] == "warning" for r in rows) / words, 2),
        "documents": n_docs, "all_dev_documents": not args.labelled_only,
    }
    stored = json.loads(RESULTS.read_text(encoding="utf-8")) if RESULTS.is_file() else {}
    stored[args.label] = result
    write_json(RESULTS, stored)
    print(json.dumps(result, indent=2, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main())
