"""Precision of ``complex_word`` and ``nominal_style`` on real public-sector text, judged by hand.

Runs klarsprak over ``../shared/realtext`` (Markdown pages, press releases, a strategy,
plain-text decision letters; read with :func:`klarsprak.archive.read_document`), samples
100 findings by a fixed hash of each finding (up to 50 of the rarer rule, the rest of
the other, so one finding more or less does not reshuffle the sample), and scores them against the judgements in
``benchmarks/data/plain_judgements.yaml`` (doc path, offsets into the read document's text,
matched text, verdict and reason; no whole texts). It also counts the share of documents
with at least one finding of each plain-language rule.

    python benchmarks/plain_precision.py            # measure, write results and docs table
    python benchmarks/plain_precision.py --pending  # print sampled findings not yet judged

Writes ``benchmarks/results/plain_precision.json`` and the figures block of
``docs/plain-language-rules.md``.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
import time
from pathlib import Path
from typing import Any


import klarsprak
from klarsprak.archive import read_document
from docblocks import judged_sample, judging_parser, replace_block, write_json

REPO = Path(__file__).resolve().parents[1]
REALTEXT = REPO.parent / "shared" / "realtext"
JUDGEMENTS = REPO / "benchmarks" / "data" / "plain_judgements.yaml"
RESULTS = REPO / "benchmarks" / "results" / "plain_precision.json"
DOC = REPO / "docs" / "plain-language-rules.md"
JUDGED_RULES = ("complex_word", "nominal_style")
ALL_RULES = ("complex_word", "nominal_style", "long_word", "abbreviation")
TOTAL = 100
SEED = 8
BEGIN, END = "<!-- figures:begin -->", "<!-- figures:end -->"


def documents() -> list[Path]:
    """The realtext development-set documents (``blind_split.dev_set()``): the blind set is never analysed here."""
    from blind_split import dev_set

    return dev_set()


def shown(finding: Any, text: str) -> str:
    """What a judgement records as the matched text: the phrase, or a sentence's nouns."""
    if finding.rule == "nominal_style":
        return finding.message.split("(", 1)[1].split(")", 1)[0]
    return text[finding.start:finding.end]


def collect(rules: tuple[str, ...] = ALL_RULES) -> tuple[list[dict[str, Any]], dict[str, int], int, float]:
    """All findings of ``rules``, per-rule document counts, docs, seconds."""
    paths = documents()
    docs = [read_document(p) for p in paths]
    analyzer = klarsprak.Analyzer()
    started = time.perf_counter()
    rows: list[dict[str, Any]] = []
    with_rule = {rule: 0 for rule in rules}
    for path, doc, report in zip(paths, docs, analyzer.pipe(docs, batch_size=8)):
        rel = str(path.relative_to(REALTEXT))
        seen = set()
        for f in report.findings:
            if f.rule not in rules:
                continue
            seen.add(f.rule)
            rows.append({"rule": f.rule, "doc": rel, "start": f.start, "end": f.end,
                         "text": shown(f, report.text), "suggestions": list(f.suggestions),
                         "_context": report.text[max(0, f.start - 80):f.end + 80]})
        for rule in seen:
            with_rule[rule] += 1
    return rows, with_rule, len(paths), time.perf_counter() - started


def rank(row: dict[str, Any]) -> str:
    """A fixed pseudo-random rank per finding, so the sample stays put when other findings change."""
    return hashlib.sha256(f"{SEED}|{row['rule']}|{row['doc']}|{row['start']}|{row['text']}".encode()).hexdigest()


def sample(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """``TOTAL`` findings by rank: up to half from the rarer rule, the rest from the other."""
    pools = {rule: sorted((r for r in rows if r["rule"] == rule), key=rank) for rule in JUDGED_RULES}
    rare, common = sorted(JUDGED_RULES, key=lambda rule: len(pools[rule]))
    picked = pools[rare][: TOTAL // 2]
    return picked + pools[common][: TOTAL - len(picked)]


def key(row: dict[str, Any]) -> tuple[str, str, int, str]:
    """A finding's identity for judgements: where it starts and what it names (a sentence's end may
    move when the model's sentence boundaries change; the judged words do not)."""
    return (row["rule"], row["doc"], row["start"], row["text"])



def score(picked: list[dict[str, Any]], judged: dict[tuple, dict[str, Any]],
          rules: tuple[str, ...] = JUDGED_RULES) -> dict[str, Any]:
    per_rule: dict[str, Any] = {}
    for rule in (*rules, "all"):
        rows = [r for r in picked if rule == "all" or r["rule"] == rule]
        verdicts = [judged[key(r)]["correct"] for r in rows if key(r) in judged]
        per_rule[rule] = {
            "sampled": len(rows),
            "judged": len(verdicts),
            "correct": sum(verdicts),
            "precision": round(sum(verdicts) / len(verdicts), 3) if verdicts else None,
        }
    return per_rule


def write_doc(result: dict[str, Any]) -> None:
    lines = ["", "| rule | sampled | judged | correct | precision |", "|---|---|---|---|---|"]
    for rule, s in result["precision"].items():
        lines.append(f"| `{rule}` | {s['sampled']} | {s['judged']} | {s['correct']} | {s['precision']} |")
    lines += ["", f"Documents: {result['documents']} from `../shared/realtext`. "
              "Share of documents with at least one finding:", "",
              "| rule | documents with a finding | share | findings |", "|---|---|---|---|"]
    for rule in ALL_RULES:
        lines.append(f"| `{rule}` | {result['documents_with_finding'][rule]} | "
                     f"{result['share_with_finding'][rule]} | {result['findings'][rule]} |")
    lines += ["", f"Measured by `benchmarks/plain_precision.py` (seed {SEED}, model "
              f"`{result['model']}`).", ""]
    replace_block(DOC, BEGIN, END, "\n".join(lines))


def arguments(description: str) -> argparse.Namespace | None:
    """The command line (``--pending``), or None, said on stderr, when ../shared/realtext is absent."""
    args = judging_parser(description.split("\n\n")[0]).parse_args()
    if not REALTEXT.is_dir():
        print(f"skipped: {REALTEXT} is absent", file=sys.stderr)
        return None
    return args


def main() -> int:
    args = arguments(__doc__)
    if args is None:
        return 0
    rows, with_rule, n_docs, seconds = collect()
    picked = sample(rows)
    judged = judged_sample(picked, JUDGEMENTS, key, args.pending)
    if judged is None:
        return 0
    model = json.loads((klarsprak.resources.model_path() / "meta.json").read_text(encoding="utf-8"))
    result = {
        "precision": score(picked, judged),
        "documents": n_docs,
        "documents_with_finding": with_rule,
        "share_with_finding": {r: round(with_rule[r] / n_docs, 3) for r in ALL_RULES},
        "findings": {r: sum(1 for x in rows if x["rule"] == r) for r in ALL_RULES},
        "seed": SEED,
        "sample_size": TOTAL,
        "model": f"{model.get('name')} {model.get('version')}",
        "analysis_seconds": round(seconds, 1),
    }
    write_json(RESULTS, result)
    write_doc(result)
    print(json.dumps(result, indent=2, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
