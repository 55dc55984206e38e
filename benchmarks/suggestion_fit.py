"""Do replacement suggestions fit the sentence they land in? (issue 15: ≥ 0.95 of 100 judged)

A finding with ``replaces`` set says each of its suggestions can take the place of ``Finding.text``
as it stands (the web page offers a one-click replace only then). This benchmark takes the first
suggestion of such findings, drawn by a fixed hash — from the newest blind set first (stop 27: the blog posts of ``benchmarks/blind_blogs2.py``,
origin ``fresh``), then the older blind sets (``blind``: the translated database manual and European Parliament
debate of ``benchmarks/blind_lines.py``, the first blog posts of ``benchmarks/blind_blogs.py``, the PUD excerpts of ``benchmarks/blind_pud.py``, ``benchmarks/blind_split.py``, the Talbanken set of ``benchmarks/blind_talbanken.py``, the press releases and debate
of ``benchmarks/blind_eukalyptus.py``, the newsletters, news and Wikipedia articles of
``benchmarks/blind_eukalyptus_other.py``), then the dev set to reach
``SAMPLE`` — writes the sentence before and after the replacement, and scores
the verdicts of a judge who has not seen the rules (``benchmarks/data/suggestion_fit.yaml``):

* ``fits``: the sentence after the replacement is grammatical Swedish and says the same thing;
* ``ungrammatical``: wrong inflection, agreement, word order or a misspelled form;
* ``changes_meaning``: grammatical, but the meaning changed (or an object, negation or modal got lost).

    python benchmarks/suggestion_fit.py dump FILE   # the sample not yet judged (JSON lines)
    python benchmarks/suggestion_fit.py             # score → benchmarks/results/suggestion_fit.json
"""

from __future__ import annotations

import hashlib
import json
import sys
from collections import Counter
from pathlib import Path
from typing import Any

import yaml

import klarsprak
from klarsprak.archive import read_document

sys.path.insert(0, str(Path(__file__).resolve().parent))
from blind_eval import documents  # noqa: E402
from blind_split import REALTEXT, dev_set  # noqa: E402
from docblocks import write_json  # noqa: E402

REPO = Path(__file__).resolve().parents[1]
JUDGEMENTS = REPO / "benchmarks" / "data" / "suggestion_fit.yaml"
RESULTS = REPO / "benchmarks" / "results" / "suggestion_fit.json"
SAMPLE = 100
SEED = "fit-1"


def rows_of(docs: dict[str, Any], origin: str) -> list[dict[str, Any]]:
    """Every finding whose suggestions replace its words, with the sentence before and after the first."""
    rows = []
    for name, report in zip(docs, klarsprak.Analyzer().pipe(docs.values(), batch_size=4)):
        text = report.text
        for f in report.findings:
            if not (f.replaces and f.suggestions):
                continue
            unit = next((s for s in report.sentences if s.start <= f.start and f.end <= s.end), None)
            start, end = (unit.start, unit.end) if unit else (max(0, f.start - 150), f.end + 150)
            before = text[start:end]
            after = text[start:f.start] + f.suggestions[0] + text[f.end:end]
            rows.append({"origin": origin, "doc": name, "rule": f.rule,
                         "start": f.start, "text": f.text, "suggestion": f.suggestions[0],
                         "before": before, "after": after})
    return rows


def rank(row: dict[str, Any]) -> str:
    return hashlib.sha256(f"{SEED}|{row['doc']}|{row['start']}|{row['text']}".encode()).hexdigest()


def sample() -> list[dict[str, Any]]:
    """``SAMPLE`` findings by a fixed hash: the newest blind set's first, then older blind ones, then dev ones."""
    fresh = sorted(rows_of(documents("blogs2"), "fresh"), key=rank)
    older = ("realtext", "talbanken", "eukalyptus", "eukalyptus_other", "pud", "lines", "blogs")
    blind = sorted([row for which in older for row in rows_of(documents(which), "blind")], key=rank)
    blind = (fresh + blind)[:SAMPLE]
    rest = SAMPLE - len(blind)
    dev_docs = {p.relative_to(REALTEXT).as_posix(): read_document(p) for p in dev_set()}
    dev = sorted(rows_of(dev_docs, "dev"), key=rank)[:rest] if rest > 0 else []
    return blind + dev


def key(row: dict[str, Any]) -> tuple[str, int, str, str]:
    return (row["doc"], int(row["start"]), row["text"], row["suggestion"])


def main(argv: list[str]) -> int:
    if not REALTEXT.is_dir():
        print(f"skipped: {REALTEXT} is absent", file=sys.stderr)
        return 0
    judged_rows = (yaml.safe_load(JUDGEMENTS.read_text(encoding="utf-8")) or {}).get("judgements", []) \
        if JUDGEMENTS.is_file() else []
    judged = {key(j): j for j in judged_rows}
    rows = sample()
    if argv[:1] == ["dump"]:
        pending = [r for r in rows if key(r) not in judged]
        with Path(argv[1]).open("w", encoding="utf-8") as out:
            out.writelines(json.dumps(r, ensure_ascii=False) + "\n" for r in pending)
        print(f"{len(pending)} of {len(rows)} suggestions to judge written to {argv[1]}")
        return 0
    result: dict[str, Any] = {}
    for origin in ("fresh", "blind", "dev", "all"):
        mine = [r for r in rows if origin == "all" or r["origin"] == origin]
        verdicts = Counter(judged[key(r)]["verdict"] if key(r) in judged else "unjudged" for r in mine)
        decided = len(mine) - verdicts["unjudged"]
        result[origin] = {"sampled": len(mine), **verdicts,
                          "fit_share": round(verdicts["fits"] / decided, 3) if decided else None}
    result["by_rule"] = {rule: dict(Counter(judged[key(r)]["verdict"] for r in rows
                                            if r["rule"] == rule and key(r) in judged))
                         for rule in sorted({r["rule"] for r in rows})}
    write_json(RESULTS, result)
    print(json.dumps(result, indent=1, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
