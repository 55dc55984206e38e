"""Compare klarsprak's LIX, sentence and word counts with textstat's on the two policies.

Prints both tools' counts per policy and the structural causes of the
differences (headings and list items, abbreviations, short sentences that
textstat drops, tokens textstat counts differently), and writes
benchmarks/results/textstat_policies.json.

Run: python benchmarks/textstat_policies.py
"""

from __future__ import annotations

import json
import re
import sys
from collections import Counter
from pathlib import Path

import textstat

import klarsprak
import klarsprak.doc.units
from klarsprak.lexicon import abbreviations

REPO = Path(__file__).resolve().parents[1]
SEEDS = REPO.parent / "shared" / "seeds"


def textstat_counts(text: str) -> dict:
    fragments = re.findall(r"\b[^.!?]+[.!?]*", text, re.UNICODE)
    return {
        "words": textstat.lexicon_count(text),
        "sentences": textstat.sentence_count(text),
        "long_words": textstat.long_word_count(text) if hasattr(textstat, "long_word_count") else None,
        "lix": textstat.lix(text),
        "fragments": len(fragments),
        "fragments_of_two_words_or_less_dropped": sum(textstat.lexicon_count(f) <= 2 for f in fragments),
    }


def main() -> int:
    if not SEEDS.is_dir():
        print("../shared/seeds is absent; nothing to compare")
        return 0
    textstat.set_lang("sv")
    analyzer = klarsprak.Analyzer()
    forms = abbreviations().forms
    out = {}
    for path in sorted(SEEDS.glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        report = analyzer.analyze(text)
        ours = {k: report.metrics[k] for k in ("words", "sentences", "long_words", "lix")}
        kinds = Counter(s.kind for s in report.sentences)
        without_final_stop = sum(1 for s in report.sentences if not re.match(r"\s*[.!?]", text[s.end:s.end + 3]))
        abbrevs = [w.text for u in klarsprak.doc.units.units(analyzer.nlp(text)) for w in u.words
                   if w.text.lower() in forms and w.text.endswith(".")]
        theirs = textstat_counts(text)
        fragments = [(m.start(), m.end()) for m in re.finditer(r"\b[^.!?]+[.!?]*", text, re.UNICODE)]
        glued = Counter()  # our units that textstat merges into the fragment of an earlier unit
        for start, end in fragments:
            inside = [s for s in report.sentences if start <= s.start < end]
            glued.update(s.kind for s in inside[1:])
        out[path.name] = {
            "klarsprak": ours,
            "textstat": theirs,
            "klarsprak_units_by_kind": dict(kinds),
            "units_without_final_punctuation": without_final_stop,
            "abbreviations_with_dots": Counter(abbrevs).most_common(),
            "our_units_glued_into_a_textstat_fragment_by_kind": dict(glued),
        }
        print(f"{path.name}\n  klarsprak: {ours}\n  textstat:  {theirs}\n  units by kind: {dict(kinds)}; "
              f"units without final punctuation: {without_final_stop}; abbreviations: {Counter(abbrevs).most_common()}\n"
              f"  our units glued into a textstat fragment, by kind: {dict(glued)}")
    (REPO / "benchmarks" / "results" / "textstat_policies.json").write_text(
        json.dumps(out, ensure_ascii=False, indent=2), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
