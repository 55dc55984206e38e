"""Precision and recall of ``long_word`` and ``abbreviation`` on the development set, judged as a strict consultant would.

Runs klarsprak over ``blind_split.dev_set()`` (read with :func:`klarsprak.archive.read_document`)
and the Talbanken development documents (``blind_talbanken.dev_set()``, named ``talbanken/P101``), draws up to ``PER_RULE`` findings of each rule by a fixed hash of (rule, document, text) — both
rules report a word once per document, so that key is stable when offsets move — and scores
them against ``benchmarks/data/words_judgements.yaml``; every finding on the news and Wikipedia development
documents (UD Swedish-PUD dev, ``blind_pud.dev_set()`` named ``pud/ID``, and ``eukalyptus_other/ID``), the
genres of the stop-24 blind set, is judged and scored apart (``news_wikipedia``). A finding is ``correct`` only if a
klarspråk consultant would ask the writer to change that place; ``debatable`` (true but not
worth changing) counts as wrong in the precision. These are NOT blind figures: the judge built
the rules on the same documents.

Recall is measured on ``benchmarks/data/words_recall_dev.yaml`` (stop 21: 23 realtext and Talbanken
development documents), ``benchmarks/data/words_recall_s22.yaml`` (stop 22: 32 Eukalyptus development
documents, ``blind_eukalyptus.dev_set()`` named ``eukalyptus/ID``, and 14 more Talbanken ones) and
``benchmarks/data/words_recall_s23.yaml`` (stop 23: 17 news and Wikipedia development documents,
``blind_eukalyptus_other.dev_set()`` named ``eukalyptus_other/ID``) and ``benchmarks/data/words_recall_s25.yaml``
(stop 25: 14 realtext development documents in no earlier set): what the builder marked before running
the tool on them. An item is found when a finding of its rule
in its document reports the item's text (case aside; an acronym also inside a compound, ATP-poäng).

    python benchmarks/words_precision.py            # measure and write the results
    python benchmarks/words_precision.py --pending  # print sampled findings not yet judged

Writes ``benchmarks/results/words_precision.json``.
"""

from __future__ import annotations

import argparse
import hashlib
import sys
from collections import Counter
from pathlib import Path
from typing import Any

import yaml

import klarsprak
from klarsprak.archive import read_document
from docblocks import write_json

REPO = Path(__file__).resolve().parents[1]
REALTEXT = REPO.parent / "shared" / "realtext"
JUDGEMENTS = REPO / "benchmarks" / "data" / "words_judgements.yaml"
RECALL = {"stop21": REPO / "benchmarks" / "data" / "words_recall_dev.yaml",
          "stop22": REPO / "benchmarks" / "data" / "words_recall_s22.yaml",
          "stop23": REPO / "benchmarks" / "data" / "words_recall_s23.yaml",
          "stop25": REPO / "benchmarks" / "data" / "words_recall_s25.yaml"}
RESULTS = REPO / "benchmarks" / "results" / "words_precision.json"
RULES = ("long_word", "abbreviation")
#: The news and Wikipedia development documents, scored in full (not sampled).
NEWS_WIKIPEDIA = ("pud/", "eukalyptus_other/")
PER_RULE = 40
SALT = "klarsprak-words-2026-11-30:"
VERDICTS = ("correct", "wrong", "debatable")


def dev_documents() -> dict[str, Any]:
    """Every development document by name: realtext paths relative to realtext, Talbanken as talbanken/ID,
    Eukalyptus as eukalyptus/ID or eukalyptus_other/ID, UD Swedish-PUD as pud/ID."""
    import blind_eukalyptus
    import blind_eukalyptus_other
    import blind_pud
    import blind_split
    import blind_talbanken

    docs: dict[str, Any] = {p.relative_to(REALTEXT).as_posix(): read_document(p) for p in blind_split.dev_set()}
    docs.update({f"talbanken/{d}": blind_talbanken.text(d) for d in blind_talbanken.dev_set()})
    docs.update({f"eukalyptus/{d}": blind_eukalyptus.text(d) for d in blind_eukalyptus.dev_set()})
    docs.update({f"eukalyptus_other/{d}": blind_eukalyptus_other.text(d) for d in blind_eukalyptus_other.dev_set()})
    docs.update({f"pud/{d}": blind_pud.text(d) for d in blind_pud.dev_set()})
    return docs


def collect() -> list[dict[str, Any]]:
    """Every finding of :data:`RULES` on the development set, with its context."""
    docs = dev_documents()
    rows = []
    for name, report in zip(docs, klarsprak.Analyzer().pipe(list(docs.values()), batch_size=8)):
        for f in report.findings:
            if f.rule in RULES:
                rows.append({"rule": f.rule, "doc": name, "text": f.text,
                             "count": f.count, "message": f.message, "suggestions": list(f.suggestions),
                             "context": report.text[max(0, f.start - 100):f.end + 60]})
    return rows


def key(row: dict[str, Any]) -> str:
    """A finding's place in the fixed hash order."""
    return hashlib.sha256(f"{SALT}{row['rule']}|{row['doc']}|{row['text']}".encode()).hexdigest()


def sample(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The first :data:`PER_RULE` findings of each rule in hash order."""
    return [r for rule in RULES for r in sorted((r for r in rows if r["rule"] == rule), key=key)[:PER_RULE]]


def judgements() -> dict[tuple[str, str, str], dict[str, Any]]:
    """The hand judgements by (rule, document, text)."""
    data = yaml.safe_load(JUDGEMENTS.read_text(encoding="utf-8")) if JUDGEMENTS.is_file() else {}
    return {(j["rule"], j["doc"], j["text"]): j for j in (data or {}).get("judgements", [])}


def score(drawn: list[dict[str, Any]], judged: dict[tuple[str, str, str], dict[str, Any]]) -> dict[str, Any]:
    """Precision (correct / all judged, debatable counting as wrong) and the debatable share, per rule and overall."""
    def figures(rows: list[dict[str, Any]]) -> dict[str, Any]:
        verdicts = Counter(judged[(r["rule"], r["doc"], r["text"])]["verdict"] for r in rows
                           if (r["rule"], r["doc"], r["text"]) in judged)
        n = sum(verdicts.values())
        return {"judged": n, **{v: verdicts[v] for v in VERDICTS},
                "precision": round(verdicts["correct"] / n, 3) if n else None,
                "precision_without_debatable": (round(verdicts["correct"] / (verdicts["correct"] + verdicts["wrong"]), 3)
                                                if verdicts["correct"] + verdicts["wrong"] else None),
                "debatable_share": round(verdicts["debatable"] / n, 3) if n else None}

    return {"overall": figures(drawn), **{rule: figures([r for r in drawn if r["rule"] == rule]) for rule in RULES}}


def recall(rows: list[dict[str, Any]], path: Path) -> dict[str, Any]:
    """Found / marked on the recall set at ``path``, per rule and tier (``clear`` and all), with the items missed."""
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    found = {(r["rule"], r["doc"]): [] for r in rows}
    for r in rows:
        found[(r["rule"], r["doc"])].append(r["text"].lower())

    def hit(item: dict[str, Any]) -> bool:
        doc = item["doc"] if "/" in item["doc"] else f"talbanken/{item['doc']}"
        want = item["text"].lower()
        return any(t == want or (item["rule"] == "abbreviation" and want in t.split("-"))
                   or (item["rule"] == "long_word" and want in t) for t in found.get((item["rule"], doc), []))

    figures: dict[str, Any] = {}
    for rule in RULES:
        items = [i for i in data["items"] if i["rule"] == rule]
        for tier, chosen in (("clear", [i for i in items if i["tier"] == "clear"]), ("all", items)):
            hits = [i for i in chosen if hit(i)]
            figures[f"{rule}/{tier}"] = {"marked": len(chosen), "found": len(hits),
                                         "recall": round(len(hits) / len(chosen), 3) if chosen else None}
        figures[f"{rule}/missed"] = [f"{i['doc'].split('/')[-1][:40]}: {i['text']} ({i['tier']})"
                                     for i in items if not hit(i)]
    return figures


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--pending", action="store_true", help="print sampled findings not yet judged")
    args = parser.parse_args(argv)
    rows = collect()
    drawn = sample(rows)
    news = [r for r in rows if r["doc"].startswith(NEWS_WIKIPEDIA)]
    judged = judgements()
    if args.pending:
        for r in [*drawn, *(r for r in news if r not in drawn)]:
            if (r["rule"], r["doc"], r["text"]) not in judged:
                print(yaml.safe_dump([{k: r[k] for k in ("rule", "doc", "text", "count", "context", "suggestions")}],
                                     allow_unicode=True, width=140, sort_keys=False))
        return 0
    result = {"blind": False, "note": "dev set, judged by the builder of the rules (not blind)",
              "findings": dict(Counter(r["rule"] for r in rows)), "sampled": dict(Counter(r["rule"] for r in drawn)),
              "figures": score(drawn, judged),
              "news_wikipedia": {"findings": dict(Counter(r["rule"] for r in news)), "figures": score(news, judged)},
              "recall": {name: recall(rows, path) for name, path in RECALL.items()}}
    write_json(RESULTS, result)
    print(yaml.safe_dump(result, allow_unicode=True, sort_keys=False))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
