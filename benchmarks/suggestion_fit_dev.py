"""Do ``complex_word``'s suggested replacements fit their sentence? 100 judged by hand on the dev set.

Runs klarsprak over the development documents (``blind_split.dev_set()``; never the blind set), takes
every ``complex_word`` finding that offers a replacement, and samples 100 of them by a fixed hash of
the finding. For each, the first suggestion is put in place of the flagged words; a judgement in
``benchmarks/data/suggestion_judgements_dev.yaml`` says whether the sentence that results is grammatical
Swedish with the same meaning (form, agreement, object and subject kept). Findings given as advice
(no replacement) are counted apart: they are what the rule says when no replacement fits.

These are development documents, judged by the person who built the rule: not a blind figure.

    python benchmarks/suggestion_fit_dev.py            # measure, write results JSON and the docs table
    python benchmarks/suggestion_fit_dev.py --pending  # print sampled findings not yet judged
"""

from __future__ import annotations

import hashlib
import json
import sys
from pathlib import Path
from typing import Any

import yaml

import klarsprak
from klarsprak.archive import read_document

sys.path.insert(0, str(Path(__file__).resolve().parent))
from docblocks import print_pending, replace_block, write_json  # noqa: E402
from plain_precision import REALTEXT, arguments, documents  # noqa: E402

REPO = Path(__file__).resolve().parents[1]
JUDGEMENTS = REPO / "benchmarks" / "data" / "suggestion_judgements_dev.yaml"
RESULTS = REPO / "benchmarks" / "results" / "suggestion_fit_dev.json"
DOC = REPO / "docs" / "plain-language-rules.md"
BEGIN, END = "<!-- suggestion-fit:begin -->", "<!-- suggestion-fit:end -->"
TOTAL = 100
SEED = 21


def rank(row: dict[str, Any]) -> str:
    """A fixed pseudo-random rank per finding, so the sample stays put when other findings change."""
    return hashlib.sha256(f"{SEED}|{row['doc']}|{row['start']}|{row['text']}".encode()).hexdigest()


def sentence_around(text: str, start: int, end: int) -> tuple[int, int]:
    """The character span of the line-bounded sentence holding ``text[start:end]``."""
    left = max(text.rfind(c, 0, start) for c in ".!?\n") + 1
    ends = [i for i in (text.find(c, end) for c in ".!?\n") if i >= 0]
    return left, (min(ends) + 1 if ends else len(text))


def collect() -> tuple[list[dict[str, Any]], int]:
    """Every complex_word finding with a replacement, as a row with the sentence before and after; and
    the number of findings given as advice."""
    paths = documents()
    docs = [read_document(p) for p in paths]
    rows, advice = [], 0
    for path, report in zip(paths, klarsprak.Analyzer().pipe(docs, batch_size=8)):
        text = report.text
        for f in report.findings:
            if f.rule != "complex_word":
                continue
            if not f.suggestions:
                advice += 1
                continue
            left, right = sentence_around(text, f.start, f.end)
            before = " ".join(text[left:right].split())
            after = " ".join((text[left:f.start] + f.suggestions[0] + text[f.end:right]).split())
            rows.append({"doc": str(path.relative_to(REALTEXT)), "start": f.start, "text": text[f.start:f.end],
                         "suggestion": f.suggestions[0], "before": before, "after": after})
    return rows, advice


def key(row: dict[str, Any]) -> tuple[str, int, str, str]:
    """A judgement's identity: where, what was flagged and what was offered."""
    return (row["doc"], row["start"], row["text"], row["suggestion"])


def load() -> dict[tuple[str, int, str, str], dict[str, Any]]:
    data = yaml.safe_load(JUDGEMENTS.read_text(encoding="utf-8")) if JUDGEMENTS.is_file() else None
    return {key(j): j for j in (data or {}).get("judgements", [])}


def main() -> int:
    args = arguments(__doc__)
    if args is None:
        return 0
    rows, advice = collect()
    picked = sorted(rows, key=rank)[:TOTAL]
    judged = load()
    if args.pending:
        print_pending(picked, judged, key)
        return 0
    verdicts = [judged[key(r)]["fits"] for r in picked if key(r) in judged]
    result = {"replacements": len(rows), "advice": advice, "sampled": len(picked), "judged": len(verdicts),
              "fit": sum(verdicts), "share_fit": round(sum(verdicts) / len(verdicts), 3) if verdicts else None,
              "seed": SEED, "blind": False}
    write_json(RESULTS, result)
    replace_block(DOC, BEGIN, END, "\n".join([
        "", "| replacements offered | given as advice | sampled | judged | fit | share |", "|---:|---:|---:|---:|---:|---:|",
        f"| {result['replacements']} | {advice} | {result['sampled']} | {result['judged']} | {result['fit']} | "
        f"{result['share_fit']} |", "",
        "Development documents judged by the rule's builder (not blind); measured by `benchmarks/suggestion_fit_dev.py`.", ""]))
    print(json.dumps(result, indent=2, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
