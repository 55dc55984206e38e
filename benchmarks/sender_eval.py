"""Sender evaluation: the verdict (who speaks), the genre, and the findings a consultant would sign.

Reads the labels in ``benchmarks/data/sender_labels.yaml``, the texts from ``../shared``
(relative to the repository root) except the held-out blind set (``blind_split.py``) and the
HTML twins of held-out plain-text messages, runs both sender rules and compares with a one-line
regular-expression baseline. Besides the verdict, every case has a gold genre and the sender
findings a klarspråk consultant would ask the writer to act on (``flags``, default none), so the
findings' precision and recall are measured, not only the verdict. Writes
``benchmarks/results/sender_eval.json`` and the tables in ``docs/sender-evaluation.md``.

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
EUKALYPTUS_LABELS = ROOT / "benchmarks" / "data" / "sender_eukalyptus_dev.yaml"
OTHER_LABELS = ROOT / "benchmarks" / "data" / "sender_eukalyptus_other_dev.yaml"
JOB_ADS = ROOT / "benchmarks" / "data" / "sender_job_ads.yaml"
#: Six more, written after the sender changes were fitted on JOB_ADS, to check them on ads they were not fitted to.
LATER_JOB_ADS = ROOT / "benchmarks" / "data" / "sender_job_ads_later.yaml"
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


SENDER_RULES = ("missing_sender", "incomplete_sender")


def held_out(path: str, blind: set[str]) -> bool:
    """A blind document, or the HTML twin of a blind plain-text message (the same message)."""
    return path in blind or path.replace("__htmlBody.html", "__plainBody.txt") in blind


def gold_genre(path: str, labels: dict[str, Any]) -> str:
    """The genre a document's path prefix gives it in ``genres`` (the longest prefix that matches)."""
    prefixes = [p for p in labels["genres"] if path.startswith(p)]
    return labels["genres"][max(prefixes, key=len)] if prefixes else "text"


def load_cases() -> list[dict[str, Any]]:
    """Labelled cases with their text (and metadata) filled in."""
    labels = yaml.safe_load(LABELS.read_text(encoding="utf-8"))
    blind = {"realtext/" + p.relative_to(REALTEXT).as_posix() for p in blind_set()}
    cases = []
    for d in labels["documents"]:
        if held_out(d["path"], blind):
            continue  # held out: never run the tool on it
        raw = (SHARED / d["path"]).read_text(encoding="utf-8")
        text = html_text(raw) if d["path"].endswith(".html") else raw
        kind = {".html": "text/html", ".md": "text/markdown"}.get(Path(d["path"]).suffix, "text/plain")
        cases.append({"genre": gold_genre(d["path"], labels), **d, "id": d["path"],
                      "group": d["path"].split("/")[1] if d["path"].startswith("realtext") else "seeds",
                      "document": klarsprak.Document(text=text, path=d["path"], content_type=kind)})
    for t in labels["texts"]:
        meta = {k: t[k] for k in ("url", "publisher", "site_name", "blocks", "content_type", "path") if k in t}
        cases.append({"genre": "text", **t, "group": "own_hard_cases", "document": klarsprak.Document(text=t["text"], **meta)})
    return cases


def score_findings(cases: list[dict[str, Any]], flagged: list[list[str]]) -> dict[str, Any]:
    """Per sender rule: findings made, how many a consultant would sign (precision), and recall."""
    out: dict[str, Any] = {}
    for rule in SENDER_RULES:
        made = [c["id"] for c, f in zip(cases, flagged) if rule in f]
        wanted = [c["id"] for c in cases if rule in c.get("flags", [])]
        right = [i for i in made if i in wanted]
        real = {c["id"] for c in cases if c["group"] != "own_hard_cases"}
        out[rule] = {"findings": len(made), "correct": len(right), "expected": len(wanted),
                     "real_findings": len(real.intersection(made)), "real_correct": len(real.intersection(right)),
                     "precision": round(len(right) / len(made), 4) if made else None,
                     "recall": round(len(right) / len(wanted), 4) if wanted else None,
                     "wrong": sorted(set(made) - set(wanted)), "missed": sorted(set(wanted) - set(made))}
    return out


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


def eukalyptus_dev(analyzer: klarsprak.Analyzer, labels_path: Path = EUKALYPTUS_LABELS,
                   module: str = "blind_eukalyptus") -> dict[str, Any]:
    """Development documents of a Eukalyptus blind set (``module``: ``blind_eukalyptus``, the press releases and
    debate chunks; ``blind_eukalyptus_other``, the news and Wikipedia articles), labelled before the tool ran on
    them: the verdict (``Report.sender.clear``) against ``sender_clear``, and the sender findings against
    ``flags`` (the findings a consultant would sign)."""
    import importlib

    source = importlib.import_module(module)
    labels = yaml.safe_load(labels_path.read_text(encoding="utf-8"))["documents"]
    rows = []
    for label in labels:
        report = analyzer.analyze(source.text(label["doc"]))
        made = sorted({f.rule for f in report.findings if f.rule in SENDER_RULES})
        rows.append({"doc": label["doc"], "gold_genre": label["genre"], "genre": report.sender.genre,
                     "clear": label["sender_clear"], "verdict": report.sender.clear, "flagged": made,
                     "organisation": report.sender.organisation, "agree": report.sender.clear == label["sender_clear"],
                     "right_rule": made == sorted(label.get("flags", []))})
    n = len(rows)
    return {"labels": str(labels_path.relative_to(ROOT)), "documents": n,
            "agreement": round(sum(r["agree"] for r in rows) / n, 4),
            "right_findings": round(sum(r["right_rule"] for r in rows) / n, 4),
            "findings": sum(len(r["flagged"]) for r in rows),
            "genre_accuracy": round(sum(r["genre"] == r["gold_genre"] for r in rows) / n, 4),
            "disagreements": [r for r in rows if not (r["agree"] and r["right_rule"])]}


def job_ads(analyzer: klarsprak.Analyzer, path: Path = JOB_ADS) -> dict[str, Any]:
    """The private employers' job ads the sender developer wrote as test inputs (``sender_job_ads.yaml``, not
    real ads): is the ad read as a job ad, is the employer or recruitment firm found, and are the sender
    findings the labelled ones. A check of the builder's own cases, not an evaluation figure."""
    ads = yaml.safe_load(path.read_text(encoding="utf-8"))["ads"]
    rows = []
    for ad in ads:
        report = analyzer.analyze(ad["text"])
        s = report.sender
        made = sorted({f.rule for f in report.findings if f.rule in SENDER_RULES})
        right = s.found == ad["found"] and (not s.found or s.organisation in ad["accept"])
        rows.append({"id": ad["id"], "shape": ad["shape"], "genre": s.genre, "found": s.found,
                     "organisation": s.organisation, "right_sender": right,
                     "right_findings": made == sorted(ad["flags"]), "flagged": made})
    n = len(rows)
    return {"labels": str(path.relative_to(ROOT)), "ads": n,
            "sender_right": sum(r["right_sender"] for r in rows), "findings_right": sum(r["right_findings"] for r in rows),
            "read_as_job_ad": sum(r["genre"] == "job_ad" for r in rows),
            "errors": [r for r in rows if not (r["right_sender"] and r["right_findings"] and r["genre"] == "job_ad")]}


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
    ours, genres, flagged, policies = [], [], [], {}
    for case in cases:
        report = analyzer.analyze(case["document"])
        s = report.sender
        ours.append((s.found, s.organisation))
        genres.append(s.genre)
        flagged.append([f.rule for f in report.findings if f.rule in SENDER_RULES])
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
        "findings": score_findings(cases, flagged),
        "genre_accuracy": round(sum(c["genre"] == g for c, g in zip(cases, genres)) / len(cases), 4),
        "genre_errors": [{"id": c["id"], "gold": c["genre"], "predicted": g}
                         for c, g in zip(cases, genres) if c["genre"] != g],
        "by_genre": {g: {"n": sum(c["genre"] == g for c in cases),
                         "verdict_accuracy": score([c for c in cases if c["genre"] == g],
                                                   [p for c, p in zip(cases, ours) if c["genre"] == g])["accuracy"],
                         "findings": sum(len(f) for c, f in zip(cases, flagged) if c["genre"] == g),
                         "findings_correct": sum(len(set(f) & set(c.get("flags", [])))
                                                 for c, f in zip(cases, flagged) if c["genre"] == g),
                         "findings_expected": sum(len(c.get("flags", [])) for c in cases if c["genre"] == g)}
                     for g in sorted({c["genre"] for c in cases})},
        "baseline_regex": {"pattern": BASELINE.pattern, "flags": "IGNORECASE", **score(cases, base)},
        "by_group": {g: {"n": sum(c["group"] == g for c in cases),
                         "klarsprak": score([c for c in cases if c["group"] == g],
                                            [p for c, p in zip(cases, ours) if c["group"] == g])["accuracy"],
                         "baseline": score([c for c in cases if c["group"] == g],
                                           [p for c, p in zip(cases, base) if c["group"] == g])["found_accuracy"]}
                     for g in groups},
        "missing_sender_on_policies": policies,
        "seconds": round(seconds, 2),
        "eukalyptus_dev": eukalyptus_dev(analyzer),
        "eukalyptus_other_dev": eukalyptus_dev(analyzer, OTHER_LABELS, "blind_eukalyptus_other"),
        "job_ads": job_ads(analyzer),
        "job_ads_later": job_ads(analyzer, LATER_JOB_ADS),
    }
    write_json(RESULTS, result)
    write_doc(result)
    print(json.dumps({k: v for k, v in result.items() if k not in ("klarsprak", "baseline_regex", "findings")},
                     ensure_ascii=False))
    print("findings ", json.dumps(result["findings"], ensure_ascii=False))
    print("klarsprak", {k: v for k, v in result["klarsprak"].items() if k != "errors"})
    print("baseline ", {k: v for k, v in result["baseline_regex"].items() if k != "errors"})
    for e in result["klarsprak"]["errors"]:
        print("  error", e)
    print("eukalyptus dev", json.dumps(result["eukalyptus_dev"], ensure_ascii=False))
    print("eukalyptus other dev", json.dumps(result["eukalyptus_other_dev"], ensure_ascii=False))
    print("job ads", json.dumps(result["job_ads"], ensure_ascii=False))
    print("job ads written later", json.dumps(result["job_ads_later"], ensure_ascii=False))
    return 0


def _ratio(x: float | None) -> str:
    return "–" if x is None else f"{x:.3f}"


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
        "| sender finding | findings | a consultant would sign | precision | expected | recall | on real documents (signed) |",
        "|---|---|---|---|---|---|---|",
        *[f"| `{rule}` | {v['findings']} | {v['correct']} | {_ratio(v['precision'])} | {v['expected']} | "
          f"{_ratio(v['recall'])} | {v['real_findings']} ({v['real_correct']}) |" for rule, v in r["findings"].items()],
        "",
        "| gold genre | cases | verdict accuracy | sender findings | correct | expected |",
        "|---|---|---|---|---|---|",
        *[f"| {g} | {v['n']} | {v['verdict_accuracy']:.3f} | {v['findings']} | {v['findings_correct']} | "
          f"{v['findings_expected']} |" for g, v in r["by_genre"].items()],
        "",
        f"Genre accuracy {r['genre_accuracy']:.3f}"
        + ("; genre errors: " + "; ".join(f"`{e['id']}` ({e['gold']} read as {e['predicted']})"
                                          for e in r["genre_errors"]) if r["genre_errors"] else "") + ".",
        "",
        "| group | documents | klarsprak accuracy | baseline (found only) |",
        "|---|---|---|---|",
        *[f"| {g} | {v['n']} | {v['klarsprak']:.3f} | {v['baseline']:.3f} |" for g, v in r["by_group"].items()],
        "",
        f"{r['documents']} labelled cases ({r['real_documents']} real documents), model: {r['model']}, "
        f"{r['seconds']} s for all. `missing_sender` on the policies: "
        + ", ".join(f"{Path(p).name}: {len(v)}" for p, v in r["missing_sender_on_policies"].items()) + ".",
        "",
        *[f"Eukalyptus development {what} ({e['documents']}, labelled by the sender developer before the tool ran, "
          f"`{e['labels']}`): the verdict (`Report.sender.clear`) agrees with `sender_clear` on {e['agreement']:.3f}, "
          f"the sender findings ({e['findings']}) are the labelled ones on {e['right_findings']:.3f}, genre "
          f"{e['genre_accuracy']:.3f}; disagreements: "
          + (", ".join(f"`{d['doc']}`" for d in e["disagreements"]) or "none") + "."
          for what, e in (("press releases and debate chunks", r["eukalyptus_dev"]),
                          ("news and Wikipedia articles", r["eukalyptus_other_dev"]))],
        "",
        *(f"{what} ({j['ads']}, made up, labelled before the tool ran, `{j['labels']}`; not real ads and not an "
          f"evaluation figure): read as a job ad {j['read_as_job_ad']}, the right employer or recruitment firm "
          f"{j['sender_right']}, the labelled sender findings {j['findings_right']}; errors: "
          + (", ".join(f"`{e['id']}` ({e['genre']}, {e['organisation']}, {e['flagged']})" for e in j["errors"])
             or "none") + "."
          for what, j in (("Private employers' job ads written by the sender developer as test inputs", r["job_ads"]),
                          ("Six more written after the changes were fitted on those", r["job_ads_later"]))),
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
