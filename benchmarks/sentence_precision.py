"""Precision of ``long_sentence`` on real public-sector text, judged by the rule's builder.

BUILDER-JUDGED: the verdicts in ``benchmarks/data/sentence_judgements.yaml`` were written by the developer
who built the rule, so they measure the builder as much as the rule (the last blind evaluation found the
builders' own figures 0.15 above the blind ones). They are judged as a strict klarspråk consultant would:
a finding is correct only if the consultant would ask the writer to rewrite that sentence; "long, but easy
to follow" (a plain list of names, one main clause with an enumeration, a quotation) is wrong, whatever
the severity.

The findings come from the development documents only: ``blind_split.dev_set()`` (realtext) and
``blind_talbanken.dev_set()`` (1970s public information brochures); neither blind set is analysed here.
``SAMPLE`` findings are drawn by a fixed hash of each finding (salt ``SEED``, chosen before any finding was
seen), so the sample of one version of the rule overlaps the other's wherever the findings agree. Each
judgement records the document, the offsets, the first words of the sentence, ``rewrite`` (the verdict),
why, and its round: ``before`` (the old rule's sample, judged first and then used to tune the new rule, so
its figure flatters the new rule), ``validation`` (sentences judged before their parse was looked at) and
``after`` (the new rule's findings, judged after it was built). The figures are precision over all sampled
findings, over the warnings, over the notes (``info``) and per round, and the findings per 1,000 words.

    python benchmarks/sentence_precision.py            # measure, write benchmarks/results/sentence_precision.json
    python benchmarks/sentence_precision.py --pending  # print sampled findings not yet judged (JSON lines)
    python benchmarks/sentence_precision.py --label before   # store the figures under another name
"""

from __future__ import annotations

import argparse
import hashlib
import json
import subprocess
import sys
from pathlib import Path
from typing import Any, Iterator


import blind_split
import blind_talbanken
import klarsprak
from docblocks import print_pending, read_judgements, write_json
from klarsprak import Document
from klarsprak.archive import read_document

REPO = Path(__file__).resolve().parents[1]
RULE = "long_sentence"
JUDGEMENTS = REPO / "benchmarks" / "data" / "sentence_judgements.yaml"
RESULTS = REPO / "benchmarks" / "results" / "sentence_precision.json"
SAMPLE = 100
SEED = "long-sentence-consultant-2026-11-30"
HEAD_WORDS = 8
#: When a judgement was made (see the judgement file's header): "before" verdicts were used to tune the rule.
ROUNDS = ("before", "validation", "after")


def documents() -> Iterator[tuple[str, Document]]:
    """The development documents with their names: realtext paths, then ``talbanken/<id>``."""
    for path in blind_split.dev_set():
        yield path.relative_to(blind_split.REALTEXT).as_posix(), read_document(path)
    for doc in blind_talbanken.dev_set():
        yield f"talbanken/{doc}", Document(text=blind_talbanken.text(doc))


def collect() -> tuple[list[dict[str, Any]], int, int]:
    """Every long_sentence finding on the development documents, the number of documents and their words."""
    names, docs = zip(*documents())
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


def rank(row: dict[str, Any]) -> str:
    """A fixed pseudo-random rank per finding, so the sample stays put when other findings change."""
    return hashlib.sha256(f"{SEED}|{row['doc']}|{row['start']}|{row['end']}".encode()).hexdigest()


def key(row: dict[str, Any]) -> tuple[str, int, int]:
    return (row["doc"], row["start"], row["end"])



def precision(verdicts: list[bool]) -> dict[str, Any]:
    correct = sum(verdicts)
    return {"precision": round(correct / len(verdicts), 3) if verdicts else None, "correct": correct,
            "judged": len(verdicts)}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--pending", action="store_true", help="print sampled findings not yet judged")
    ap.add_argument("--label", default="current", help="name of this run in the results file")
    args = ap.parse_args(argv)
    rows, n_docs, words = collect()
    picked = sorted(rows, key=rank)[:SAMPLE]
    judged = read_judgements(JUDGEMENTS, key)
    if args.pending:
        print_pending(picked, judged, key)
        return 0
    verdicts = [(r, judged[key(r)]) for r in picked if key(r) in judged]
    commit = subprocess.run(["git", "-C", str(REPO), "rev-parse", "--short", "HEAD"], capture_output=True,
                            text=True).stdout.strip()
    result = {
        "builder_judged": True, "commit": commit, "seed": SEED, "sample_size": len(picked),
        "all": precision([j["rewrite"] for _, j in verdicts]),
        "warning": precision([j["rewrite"] for r, j in verdicts if r["severity"] == "warning"]),
        "info": precision([j["rewrite"] for r, j in verdicts if r["severity"] == "info"]),
        "by_round": {name: precision([j["rewrite"] for _, j in verdicts if j.get("round") == name])
                     for name in ROUNDS},
        "findings": len(rows), "warnings": sum(r["severity"] == "warning" for r in rows),
        "words": words, "findings_per_1000_words": round(1000 * len(rows) / words, 2),
        "warnings_per_1000_words": round(1000 * sum(r["severity"] == "warning" for r in rows) / words, 2),
        "documents": n_docs,
    }
    stored = json.loads(RESULTS.read_text(encoding="utf-8")) if RESULTS.is_file() else {}
    stored[args.label] = result
    write_json(RESULTS, stored)
    print(json.dumps(result, indent=2, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main())
