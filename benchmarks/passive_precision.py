"""Precision of ``passive_voice`` on real public-sector text, judged by hand.

The rule is measured against UD gold in ``benchmarks/passive_voice.py``; this asks what a
writer sees: of the passive findings on the development documents of ``../shared/realtext``
(``blind_split.dev_set()``; the blind set is never analysed here), how many a strict klarspråk
consultant would sign, i.e. ask the writer to change at that place ("a passive, but fine here" is
wrong). 100 findings (all, when there are fewer) are sampled by a fixed hash of each finding (salt
``SEED``, chosen before the findings were seen) and scored against the judgements in
``benchmarks/data/passive_judgements.yaml`` (doc path, offsets into the read document's text,
matched text, verdict and reason). It also reports the findings per 1,000 words (LIX words), the
figure to compare between versions of the rule.

    python benchmarks/passive_precision.py            # measure, write results and docs block
    python benchmarks/passive_precision.py --pending  # print sampled findings not yet judged
"""

from __future__ import annotations

import hashlib
import json
import sys
from pathlib import Path
from typing import Any


import klarsprak
from blind_split import REALTEXT, dev_set
from docblocks import judged_sample, judging_parser, replace_block, write_json
from klarsprak.archive import read_document

REPO = Path(__file__).resolve().parents[1]
RULE = "passive_voice"
JUDGEMENTS = REPO / "benchmarks" / "data" / "passive_judgements.yaml"
RESULTS = REPO / "benchmarks" / "results" / "passive_precision.json"
DOC = REPO / "docs" / "plain-language-rules.md"
TOTAL = 100
SEED = "passive-consultant-2026-11-30"


def collect() -> tuple[list[dict[str, Any]], int, int, int]:
    """Every passive finding on the development documents, the documents with one, the documents and
    their words."""
    paths = dev_set()
    docs = [read_document(p) for p in paths]
    rows: list[dict[str, Any]] = []
    with_rule = words = 0
    for path, report in zip(paths, klarsprak.Analyzer().pipe(docs, batch_size=8)):
        words += report.metrics["words"]
        found = [f for f in report.findings if f.rule == RULE]
        with_rule += bool(found)
        for f in found:
            rows.append({"doc": path.relative_to(REALTEXT).as_posix(), "start": f.start, "end": f.end, "text": f.text,
                         "message": f.message, "suggestion": f.suggestions[0] if f.suggestions else "",
                         "context": report.text[max(0, f.start - 100):f.end + 100]})
    return rows, with_rule, len(paths), words


def rank(row: dict[str, Any]) -> str:
    """A fixed pseudo-random rank per finding, so the sample stays put when other findings change."""
    return hashlib.sha256(f"{SEED}|{row['doc']}|{row['start']}|{row['text']}".encode()).hexdigest()


def key(row: dict[str, Any]) -> tuple[str, int, str]:
    return (row["doc"], row["start"], row["text"])



def main(argv: list[str] | None = None) -> int:
    args = judging_parser(__doc__).parse_args(argv)
    rows, with_rule, n_docs, words = collect()
    picked = sorted(rows, key=rank)[:TOTAL]
    judged = judged_sample(picked, JUDGEMENTS, key, args.pending)
    if judged is None:
        return 0
    verdicts = [judged[key(r)] for r in picked if key(r) in judged]
    correct = sum(j["correct"] for j in verdicts)
    model = json.loads((klarsprak.resources.model_path() / "meta.json").read_text(encoding="utf-8"))
    result = {"precision": round(correct / len(verdicts), 3) if verdicts else None, "correct": correct,
              "judged": len(verdicts), "sample_size": len(picked), "findings": len(rows), "words": words,
              "findings_per_1000_words": round(1000 * len(rows) / words, 2), "documents": n_docs,
              "documents_with_finding": with_rule, "seed": SEED,
              "model": f"{model.get('name')} {model.get('version')}"}
    write_json(RESULTS, result)
    wrong = [f"”{j['text']}”: {j['why']}" for j in verdicts if not j["correct"]]
    lines = [f"{correct} of {len(verdicts)} judged findings correct: precision **{result['precision']}** "
             f"({len(rows)} findings, {result['findings_per_1000_words']} per 1,000 words, in {with_rule} of {n_docs} "
             "development documents, never the blind set; "
             f"{len(picked)} sampled by a fixed hash; model `{result['model']}`; `benchmarks/passive_precision.py`)."]
    if wrong:
        lines += ["", "The wrong ones:", ""] + [f"- {why}" for why in wrong]
    replace_block(DOC, "<!-- passive:begin -->", "<!-- passive:end -->", "\n".join(lines))
    print(json.dumps(result, indent=2, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main())
