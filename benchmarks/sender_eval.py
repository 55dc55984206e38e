"""Sender evaluation: accuracy, missed and false senders on labelled real documents and hard cases.

Reads the labels in ``benchmarks/data/sender_labels.yaml``, the texts from ``../shared``
(relative to the repository root) except the held-out blind set (``blind_split.py``), runs
the ``missing_sender`` check and compares with a one-line regular-expression baseline. Writes ``benchmarks/results/sender_eval.json`` and
the tables in ``docs/sender-evaluation.md``.

    python benchmarks/sender_eval.py [--model PATH]
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
from pathlib import Path
from typing import Any

import yaml

import klarsprak
from blind_split import REALTEXT, blind_set
from klarsprak.resources import model_path
from docblocks import write_json  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
LABELS = ROOT / "benchmarks" / "data" / "sender_labels.yaml"
RESULTS = ROOT / "benchmarks" / "results" / "sender_eval.json"
DOC = ROOT / "docs" / "sender-evaluation.md"
BASELINE = re.compile(r"kommun|Regeringen|kontaktcenter", re.IGNORECASE)


def html_text(raw: str) -> str:
    """Visible text of an HTML e-mail body, one line per block element."""
    import lxml.html

    tree = lxml.html.fromstring(raw)
    for bad in tree.xpath("//head|//script|//style"):
        bad.drop_tree()
    for br in tree.xpath("//br"):
        br.tail = "\n" + (br.tail or "")
    blocks = [" ".join(el.text_content().split("\n")).strip() if el.tag != "p" else el.text_content().strip()
              for el in tree.xpath("//p|//h1|//h2|//h3|//li")]
    return "\n\n".join(b for b in blocks if b)


def load_cases() -> list[dict[str, Any]]:
    """Labelled cases with their text (and metadata) filled in."""
    labels = yaml.safe_load(LABELS.read_text(encoding="utf-8"))
    blind = {"realtext/" + p.relative_to(REALTEXT).as_posix() for p in blind_set()}
    cases = []
    for d in labels["documents"]:
        if d["path"] in blind:
            continue  # held out: never run the tool on it
        raw = (SHARED / d["path"]).read_text(encoding="utf-8")
        text = html_text(raw) if d["path"].endswith(".html") else raw
        cases.append({**d, "id": d["path"], "group": d["path"].split("/")[1] if d["path"].startswith("realtext")
                      else "seeds", "document": klarsprak.Document(text=text, path=d["path"])})
    for t in labels["texts"]:
        meta = {k: t[k] for k in ("url", "publisher", "site_name", "blocks") if k in t}
        cases.append({**t, "group": "own_hard_cases", "document": klarsprak.Document(text=t["text"], **meta)})
    return cases


def score(cases: list[dict[str, Any]], predictions: list[tuple[bool, str | None]]) -> dict[str, Any]:
    """Accuracy and both error kinds; a found sender must also be one of the accepted names."""
    n = len(cases)
    correct = missed = false = found_only = 0
    errors = []
    for case, (found, org) in zip(cases, predictions):
        gold = case["found"]
        ok_found = found == gold
        found_only += ok_found
        right = ok_found and (not found or org is None or org in case.get("accept", [org]))
        correct += right
        if gold and not found:
            missed += 1
        elif found and not right:
            false += 1
        if not right:
            errors.append({"id": case["id"], "gold": gold, "predicted": found, "organisation": org})
    return {"n": n, "accuracy": round(correct / n, 4), "found_accuracy": round(found_only / n, 4),
            "missed_sender": missed, "false_sender": false, "errors": errors}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--model", help="spaCy pipeline (default: the shipped model, else a blank Swedish tokenizer)")
    args = parser.parse_args()
    if not SHARED.is_dir():
        print(f"{SHARED} is missing; nothing to evaluate", file=sys.stderr)
        return 1
    import spacy

    model = args.model or (str(model_path()) if (model_path() / "meta.json").is_file() else spacy.blank("sv"))
    from klarsprak.rules import REGISTRY

    others = tuple(r for r in REGISTRY.rules if r not in ("missing_sender", "incomplete_sender"))
    analyzer = klarsprak.Analyzer(klarsprak.Config(disable=others), model=model)
    cases = load_cases()
    t0 = time.perf_counter()
    ours, policies = [], {}
    for case in cases:
        report = analyzer.analyze(case["document"])
        s = report.sender
        ours.append((s.found, s.organisation))
        if case.get("policy"):
            policies[case["id"]] = [f.rule for f in report.findings if f.rule == "missing_sender"]
    seconds = time.perf_counter() - t0
    base = [(bool(BASELINE.search(c["document"].text)), None) for c in cases]
    groups = sorted({c["group"] for c in cases})
    result = {
        "labels": str(LABELS.relative_to(ROOT)),
        "model": (str(Path(model).resolve().relative_to(ROOT)) if isinstance(model, str) and Path(model).resolve().is_relative_to(ROOT)
                  else model if isinstance(model, str) else "blank sv tokenizer"),
        "documents": len(cases),
        "real_documents": sum(c["group"] != "own_hard_cases" for c in cases),
        "klarsprak": score(cases, ours),
        "baseline_regex": {"pattern": BASELINE.pattern, "flags": "IGNORECASE", **score(cases, base)},
        "by_group": {g: {"n": sum(c["group"] == g for c in cases),
                         "klarsprak": score([c for c in cases if c["group"] == g],
                                            [p for c, p in zip(cases, ours) if c["group"] == g])["accuracy"],
                         "baseline": score([c for c in cases if c["group"] == g],
                                           [p for c, p in zip(cases, base) if c["group"] == g])["found_accuracy"]}
                     for g in groups},
        "missing_sender_on_policies": policies,
        "seconds": round(seconds, 2),
    }
    write_json(RESULTS, result)
    write_doc(result)
    print(json.dumps({k: v for k, v in result.items() if k not in ("klarsprak", "baseline_regex")}, ensure_ascii=False))
    print("klarsprak", {k: v for k, v in result["klarsprak"].items() if k != "errors"})
    print("baseline ", {k: v for k, v in result["baseline_regex"].items() if k != "errors"})
    for e in result["klarsprak"]["errors"]:
        print("  error", e)
    return 0


def write_doc(r: dict[str, Any]) -> None:
    """Replace the generated tables in docs/sender-evaluation.md (between the markers)."""
    k, b = r["klarsprak"], r["baseline_regex"]
    rows = [
        "| | klarsprak | baseline regex |",
        "|---|---|---|",
        f"| accuracy (found/not found and right organisation) | {k['accuracy']:.3f} | – |",
        f"| accuracy (found/not found only) | {k['found_accuracy']:.3f} | {b['found_accuracy']:.3f} |",
        f"| missed sender | {k['missed_sender']} | {b['missed_sender']} |",
        f"| false sender | {k['false_sender']} | {b['false_sender']} |",
        "",
        "| group | documents | klarsprak accuracy | baseline (found only) |",
        "|---|---|---|---|",
        *[f"| {g} | {v['n']} | {v['klarsprak']:.3f} | {v['baseline']:.3f} |" for g, v in r["by_group"].items()],
        "",
        f"{r['documents']} labelled cases ({r['real_documents']} real documents), model: {r['model']}, "
        f"{r['seconds']} s for all. `missing_sender` on the policies: "
        + ", ".join(f"{Path(p).name}: {len(v)}" for p, v in r["missing_sender_on_policies"].items()) + ".",
        "",
        "Remaining errors: " + ("; ".join(f"`{e['id']}` (gold {e['gold']}, predicted {e['predicted']} "
                                          f"{e['organisation'] or ''})" for e in k["errors"]) or "none") + ".",
    ]
    start, end = "<!-- results:start -->", "<!-- results:end -->"
    text = DOC.read_text(encoding="utf-8") if DOC.is_file() else f"# Sender evaluation\n\n{start}\n{end}\n"
    head, _, rest = text.partition(start)
    _, _, tail = rest.partition(end)
    DOC.write_text(f"{head}{start}\n" + "\n".join(rows) + f"\n{end}{tail}", encoding="utf-8")


if __name__ == "__main__":
    sys.exit(main())
