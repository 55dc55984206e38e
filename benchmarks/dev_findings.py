"""Development view of the evaluation sets the builders may read, and a dump to compare two commits.

    python benchmarks/dev_findings.py dump OUT.jsonl            # every finding and sender verdict on all dev documents
    python benchmarks/dev_findings.py view SET [--rule R] [--missed [CATEGORY]] [--score]

``dump`` writes one JSON line per finding (and one per document with its sender verdict) for the realtext
development documents, the older blind sets and the blog posts no set drew, in a fixed order: run it on two
checkouts (``PYTHONPATH=<checkout>/src``) and ``cmp`` or ``diff`` the files to see what a change moves.
``view`` prints each finding of a set with its judge's verdict and reason, or the labels nothing found.
The set named in ``BLIND`` is the current blind set: this script refuses it, so that nobody tunes on it; of the
sets in ``HELD_OUT`` it shows the figures only.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
import blind_blogs  # noqa: E402
import blind_eval  # noqa: E402
from blind_split import dev_set  # noqa: E402

BLIND = {"blogs2"}
HELD_OUT = {"pud"}  # a check of what carries over: its totals only


def _sets() -> list[str]:
    return ["realtext"] + [s for s in blind_eval.TREEBANK_SETS if s not in BLIND] + ["realtext_dev", "blogs_dev"]


def _documents(which: str) -> dict[str, Any]:
    """A set's documents by id; the two development sets are not blind sets of blind_eval."""
    if which == "realtext_dev":
        from klarsprak.archive import read_document
        return {blind_eval.relative(p): read_document(p) for p in dev_set()}
    if which == "blogs_dev":
        return {d: blind_blogs.text(d) for d in blind_blogs.dev_set()}
    return blind_eval.documents(which)


def _findings(which: str) -> tuple[dict[str, str], list[dict[str, Any]], dict[str, bool | None]]:
    return blind_eval.findings(which, _documents(which))


def dump(target: Path) -> int:
    """Every finding and sender verdict on every development document, one JSON line each."""
    with target.open("w", encoding="utf-8") as out:
        for which in _sets():
            _, rows, clear = _findings(which)
            for doc, verdict in sorted(clear.items()):
                out.write(json.dumps({"set": which, "doc": doc, "sender_clear": verdict}, ensure_ascii=False) + "\n")
            for row in rows:
                out.write(json.dumps({"set": which, **row}, ensure_ascii=False, sort_keys=True) + "\n")
    print(f"written {target}")
    return 0


def _labels(which: str) -> list[dict[str, Any]]:
    path = blind_eval.LABELS if which == "realtext" else blind_eval.TREEBANK_SETS[which][1]
    return blind_eval.documents_of(blind_eval.load(path))


def view(which: str, rule: str | None, missed: str | None, score: bool) -> int:
    """Findings of one labelled set with their verdicts, or the labels no finding found, or its figures."""
    if which in BLIND:
        print(f"{which} is the current blind set: not shown", file=sys.stderr)
        return 2
    if which not in ["realtext", *blind_eval.TREEBANK_SETS]:
        print(f"unknown set {which!r}; choose one of {', '.join(_sets()[:-2])}", file=sys.stderr)
        return 2
    if which in HELD_OUT and not score:
        print(f"{which} is held out: only its figures are shown (--score)", file=sys.stderr)
        return 2
    texts, rows, clear = _findings(which)
    judged = {blind_eval.key(j): j for j in (blind_eval.load(blind_eval.JUDGEMENTS) or {}).get("judgements", [])}
    labels = _labels(which)
    if score:
        figures = {"precision": blind_eval.precision(rows, judged), "recall": blind_eval.recall(labels, texts, rows)}
        if any("sender_clear" in d for d in labels):
            figures["sender"] = blind_eval.sender(labels, rows, clear)
        print(json.dumps(figures, indent=1, ensure_ascii=False))
        return 0
    if missed is not None:
        for doc in labels:
            mine = [r for r in rows if r["doc"] == doc["doc"]]
            for item in doc.get("items") or []:
                if missed and item["category"] != missed:
                    continue
                found = blind_eval.recall([{"doc": doc["doc"], "items": [item]}], texts, mine)
                tally = found.get(item["category"], {})
                if not (tally.get("clear_found") or tally.get("soft_found")):
                    print(f"{doc['doc']}\t{item['category']}\t{item.get('certainty', 'clear')}\t{item['text']!r}"
                          f"\t{item.get('reason', '')}")
        return 0
    for r in blind_eval.sample(rows):
        if rule and r["rule"] != rule:
            continue
        verdict = judged.get(blind_eval.key(r), {})
        print(f"{r['doc']}\t{r['rule']}\t{r['text']!r}\t{verdict.get('verdict', 'unjudged')}\t"
              f"{verdict.get('reason', '')}\t{blind_eval.said(r)}")
    return 0


def main(argv: list[str]) -> int:
    if argv[:1] == ["dump"] and len(argv) == 2:
        return dump(Path(argv[1]))
    if argv[:1] == ["view"] and len(argv) >= 2:
        rest = argv[2:]
        rule = rest[rest.index("--rule") + 1] if "--rule" in rest else None
        missed = None
        if "--missed" in rest:
            after = rest[rest.index("--missed") + 1:]
            missed = after[0] if after and not after[0].startswith("--") else ""
        return view(argv[1], rule, missed, "--score" in rest)
    print(__doc__, file=sys.stderr)
    return 2


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
