"""Precision of ``passive_voice`` on real public-sector text, judged by hand.

The rule is measured against UD gold in ``benchmarks/passive_voice.py``; this asks what a
writer sees: of the passive findings on ``../shared/realtext``, how many name a real passive
that a writer could turn active. Same documents, fixed-hash sampling and judgement format as
``benchmarks/plain_precision.py`` (judgements in ``benchmarks/data/passive_judgements.yaml``).

    python benchmarks/passive_precision.py            # measure, write results and docs table
    python benchmarks/passive_precision.py --pending  # print sampled findings not yet judged


companion ``docs/plain-language-rules.md`` (section "passive_voice on real text").
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import klarsprak
from docblocks import replace_block
from plain_precision import arguments, collect, key, load_judgements, print_pending, rank, score

REPO = Path(__file__).resolve().parents[1]
RULE = "passive_voice"
JUDGEMENTS = REPO / "benchmarks" / "data" / "passive_judgements.yaml"
RESULTS = REPO / "benchmarks" / "results" / "passive_precision.json"
DOC = REPO / "docs" / "plain-language-rules.md"
TOTAL = 60


def main() -> int:
    args = arguments(__doc__)
    if args is None:
        return 0
    rows, with_rule, n_docs, _ = collect((RULE,))
    picked = sorted(rows, key=rank)[:TOTAL]
    judged = load_judgements(JUDGEMENTS)
    if args.pending:
        print_pending(picked, judged)
        return 0
    precision = score(picked, judged, (RULE,))[RULE]
    model = json.loads((klarsprak.resources.model_path() / "meta.json").read_text(encoding="utf-8"))
    result = {"precision": precision, "findings": len(rows), "documents": n_docs,
              "documents_with_finding": with_rule[RULE], "sample_size": TOTAL,
              "model": f"{model.get('name')} {model.get('version')}"}
    RESULTS.write_text(json.dumps(result, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    wrong = [judged[key(r)]["why"] for r in picked if key(r) in judged and not judged[key(r)]["correct"]]
    lines = [f"{precision['correct']} of {precision['judged']} judged findings correct: precision "
             f"**{precision['precision']}** ({len(rows)} findings in {with_rule[RULE]} of {n_docs} documents; "
             f"{TOTAL} sampled by a fixed hash; model `{result['model']}`; `benchmarks/passive_precision.py`)."]
    if wrong:
        lines += ["", "The wrong ones:", ""] + [f"- {why}" for why in wrong]
    replace_block(DOC, "<!-- passive:begin -->", "<!-- passive:end -->", "\n".join(lines))
    print(json.dumps(result, indent=2, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main())
