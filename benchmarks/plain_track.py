"""Track record of every ``complex_word`` lexicon entry in the blind judgements of past stops.

Each blind verdict on a ``complex_word`` finding (``benchmarks/data/blind_judgements.yaml``, any code version,
plus any further verdict files given with ``--also``: the ``verdicts:`` lists of the team's dev judging rounds)
is traced back to the entry that matches its text today (the entry's lemmas through the lexicon's form index;
a generated light-verb phrase or "-ande av" noun counts as ``(nominal)``, a pile-up as ``(pile-up)``), and the
verdicts are summed per entry and per set, with the reasons of the verdicts that were not ``correct``, and the
dev labels (bureaucratic and nominal-style items consultants marked before any tool ran) are counted per entry
the same way. An entry judged fine (wrong or debatable) more often than correct and with no clear label is a
candidate for a lower grade, a sense or a context condition (the reasons say which); one that consultants
labelled clear keeps its grade (the judges objected to a suggestion, not to the word); an entry with a clean
record stays.

PUD documents (the held-out check) are never counted. ``--holdout SET`` leaves one more set out, so an entry's
fate can be decided without it and then measured on it.

    python benchmarks/plain_track.py                       # every entry with a verdict, worst first
    python benchmarks/plain_track.py --holdout lines --bad # entries judged fine more often than not
    python benchmarks/plain_track.py --also /work/team/r9/dev_verdicts.yaml --json out.json
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import defaultdict
from pathlib import Path
from typing import Any, Iterable

import yaml

from klarsprak.rules.complex_word import lexicon

REPO = Path(__file__).resolve().parents[1]
JUDGEMENTS = REPO / "benchmarks" / "data" / "blind_judgements.yaml"
#: The held-out PUD documents' ids (n01136, w01052): never counted here.
PUD = re.compile(r"^[nw]\d{5}$")
#: The dev sets' label files (PUD's, blind9, is never read).
LABELS = {name: REPO / "benchmarks" / "data" / f"{stem}_labels.yaml" for name, stem in (
    ("realtext", "blind"), ("talbanken", "blind6"), ("eukalyptus", "blind7"), ("eukalyptus_other", "blind8"),
    ("lines", "blind10"))}
#: A document id's set, by its shape (dev-round files name realtext documents ``realtext__…``).
SETS = (
    ("talbanken", re.compile(r"^P\d+$")),
    ("eukalyptus", re.compile(r"^(Regr|Eupa)_")),
    ("eukalyptus_other", re.compile(r"^(Digi|Arbt|Wiki)_")),
    ("lines", re.compile(r"^(europarl|manual)-")),
)
VERDICTS = ("correct", "wrong", "debatable")


def set_of(doc: str) -> str:
    """The development set a document id belongs to (realtext when no other shape fits)."""
    return next((name for name, shape in SETS if shape.search(doc)), "realtext")


def judgements(extra: Iterable[Path] = ()) -> list[dict[str, Any]]:
    """Every blind verdict on a ``complex_word`` finding outside PUD, one row per verdict."""
    rows = []
    for path in (JUDGEMENTS, *extra):
        data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
        for j in data.get("judgements") or data.get("verdicts") or []:
            if j.get("rule") == "complex_word" and j.get("verdict") in VERDICTS and not PUD.match(str(j["doc"])):
                rows.append({**j, "set": set_of(str(j["doc"])), "file": path.name})
    return rows


def entry_of(text: str) -> str:
    """The id of the lexicon entry whose words match ``text`` (the longest, words may lie between
    a phrase's words), ``(nominal)`` for a generated verb-in-noun entry, or ``(unknown)``."""
    words = re.findall(r"[\wåäöÅÄÖéÉ-]+", text.lower())
    found = listed_entry(words)
    if found is not None:
        return found
    return "(nominal)" if len(words) > 1 else "(unknown)"


def listed_entry(words: list[str]) -> str | None:
    """The id of the listed entry that ``words`` (lower case) begin with, ``(nominal)`` for a generated one,
    or None."""
    lex = lexicon()
    if not words:
        return None
    if len(words) == 1 and words[0] in lex.by_form:
        return lex.by_form[words[0]].id
    options = [lex.index.lemmas_for(w, "") or (w,) for w in words]
    best: tuple[int, bool, str] | None = None
    for lemma in options[0]:
        for entry in lex.by_first.get(lemma, ()):
            k = 1
            for want in entry.words[1:]:
                while k < len(options) and want not in options[k]:
                    k += 1
                if k == len(options):
                    break
                k += 1
            else:
                rank = (len(entry.words), not entry.nominal, entry.id)
                best = max(best, rank) if best else rank
    if best is None:
        return None
    return best[2] if best[1] else "(nominal)"


def labels(holdout: str | None = None) -> dict[str, dict[str, int]]:
    """Per entry: how many bureaucratic or nominal-style labels of the dev label files (marked by consultants
    before any tool ran; PUD's never read) begin with its words, by certainty (clear, soft)."""
    counts: dict[str, dict[str, int]] = defaultdict(lambda: {"clear": 0, "soft": 0})
    for name, path in LABELS.items():
        if name == holdout or not path.is_file():
            continue
        for doc in (yaml.safe_load(path.read_text(encoding="utf-8")) or {}).get("documents") or []:
            for item in doc.get("items") or []:
                if item.get("category") not in ("bureaucratic", "nominal_style"):
                    continue
                words = re.findall(r"[\wåäöÅÄÖéÉ-]+", str(item["text"]).lower())
                # a label may start with the word before the entry ("att genomföra", "som åligger")
                found = next((e for k in range(min(3, len(words))) if (e := listed_entry(words[k:]))), None)
                if found:
                    counts[found][item.get("certainty", "clear")] += 1
    return counts


def record(rows: list[dict[str, Any]], holdout: str | None = None) -> dict[str, dict[str, Any]]:
    """Per entry: verdict counts overall and per set, and the reasons of the verdicts that were not correct."""
    grades = {e.id: e.grade for entries in lexicon().by_first.values() for e in entries}
    grades.update({e.id: e.grade for e in lexicon().by_form.values()})
    table: dict[str, dict[str, Any]] = {}
    for row in rows:
        if row["set"] == holdout:
            continue
        message_pile = str(row.get("message", "")).startswith("Formella ord står")
        entry = "(pile-up)" if message_pile else entry_of(str(row["text"]))
        t = table.setdefault(entry, {"grade": grades.get(entry, ""), **{v: 0 for v in VERDICTS},
                                     "sets": defaultdict(lambda: {v: 0 for v in VERDICTS}), "not_correct": []})
        t[row["verdict"]] += 1
        t["sets"][row["set"]][row["verdict"]] += 1
        if row["verdict"] != "correct":
            t["not_correct"].append(f"{row['verdict']} {row['set']} «{row['text']}»: {row.get('reason', '')}")
    marked = labels(holdout)
    for entry, t in table.items():
        t["sets"] = dict(t["sets"])
        t["labels"] = dict(marked.get(entry, {"clear": 0, "soft": 0}))
    return table


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--holdout", help="a set to leave out of the record (realtext, talbanken, eukalyptus, "
                                          "eukalyptus_other, lines)")
    parser.add_argument("--also", type=Path, nargs="*", default=(), help="further verdict files (verdicts: list)")
    parser.add_argument("--bad", action="store_true", help="only entries judged fine more often than correct")
    parser.add_argument("--json", type=Path, help="write the table as JSON here")
    args = parser.parse_args()
    table = record(judgements(args.also), args.holdout)
    order = sorted(table.items(), key=lambda kv: (kv[1]["correct"] - kv[1]["wrong"] - kv[1]["debatable"], kv[0]))
    for entry, t in order:
        bad = t["wrong"] + t["debatable"]
        if args.bad and bad <= t["correct"]:
            continue
        sets = ", ".join(f"{s} {v['correct']}/{v['wrong']}/{v['debatable']}" for s, v in sorted(t["sets"].items()))
        down = "  <- candidate: judged fine more often, no clear label" if bad > t["correct"] and not t["labels"]["clear"] else ""
        print(f"{entry} [{t['grade'] or '-'}] {t['correct']}/{t['wrong']}/{t['debatable']}  ({sets})  labels "
              f"clear/soft {t['labels']['clear']}/{t['labels']['soft']}{down}")
        for reason in t["not_correct"] if bad else ():
            print(f"    {reason[:220]}")
    n = {v: sum(t[v] for t in table.values()) for v in VERDICTS}
    print(f"\n{len(table)} entries, verdicts correct/wrong/debatable {n['correct']}/{n['wrong']}/{n['debatable']}"
          + (f" (without {args.holdout})" if args.holdout else ""), file=sys.stderr)
    if args.json:
        args.json.write_text(json.dumps(table, ensure_ascii=False, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
