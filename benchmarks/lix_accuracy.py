"""LIX from raw text against LIX from gold tokens and gold sentences, per UD document.

For every document of the Swedish UD treebanks in ../shared/ud, the raw text is
rebuilt from the ``# text`` lines (sentences joined by a space, paragraphs at
``# newpar`` by a blank line). Gold LIX counts gold tokens with a letter or digit
as words and gold sentences with at least one word as sentences. We compare
klarsprak's LIX (our tokenizer and sentence splitter on the raw text) and
textstat's (``textstat.lix`` with language ``sv``) with it.

Run: python benchmarks/lix_accuracy.py  (writes benchmarks/results/lix_accuracy.json)
"""

from __future__ import annotations

import importlib.metadata
import json
import statistics
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

import textstat

import klarsprak
from klarsprak.metrics import lix
from klarsprak.doc.words import has_word_char, is_long

REPO = Path(__file__).resolve().parents[1]
UD = REPO.parent / "shared" / "ud"
TREEBANKS = {
    "Talbanken dev": "Talbanken/sv_talbanken-ud-dev.conllu",
    "PUD": "PUD/sv_pud-ud-test.conllu",
    "LinES dev": "LinES/sv_lines-ud-dev.conllu",
    "LinES test": "LinES/sv_lines-ud-test.conllu",
}


@dataclass
class GoldDoc:
    id: str
    paragraphs: list[list[str]] = field(default_factory=list)
    sentences: list[list[str]] = field(default_factory=list)  # gold token forms

    @property
    def text(self) -> str:
        return "\n\n".join(" ".join(p) for p in self.paragraphs if p)

    def gold_lix(self) -> float | None:
        sents = [[t for t in s if has_word_char(t)] for s in self.sentences]
        sents = [s for s in sents if s]
        words = sum(len(s) for s in sents)
        return lix(words, len(sents), sum(is_long(t) for s in sents for t in s))


def read_docs(path: Path) -> list[GoldDoc]:
    """Documents of a CoNLL-U file with their raw sentences, paragraphs and gold tokens."""
    docs: list[GoldDoc] = []
    tokens: list[str] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("# newdoc"):
            docs.append(GoldDoc(line.partition("=")[2].strip() or str(len(docs))))
            docs[-1].paragraphs.append([])
        elif line.startswith("# newpar"):
            if not docs:
                docs.append(GoldDoc("0"))
            docs[-1].paragraphs.append([])
        elif line.startswith("# text ="):
            if not docs:
                docs.append(GoldDoc("0", [[]]))
            docs[-1].paragraphs[-1].append(line.partition("=")[2].strip())
        elif line and not line.startswith("#"):
            cols = line.split("\t")
            if cols[0].isdigit():
                tokens.append(cols[1])
        elif not line and tokens:
            docs[-1].sentences.append(tokens)
            tokens = []
    if tokens:
        docs[-1].sentences.append(tokens)
    return docs


def main() -> int:
    if not UD.is_dir():
        print("../shared/ud is absent; nothing to measure")
        return 0
    textstat.set_lang("sv")
    analyzer = klarsprak.Analyzer()
    results: dict[str, dict] = {}
    all_ours: list[float] = []
    all_ts: list[float] = []
    for name, rel in TREEBANKS.items():
        docs = read_docs(UD / rel)
        ours, theirs, sent_err = [], [], []
        start = time.perf_counter()
        for doc, report in zip(docs, analyzer.pipe(d.text for d in docs)):
            gold = doc.gold_lix()
            if gold is None or report.metrics["lix"] is None:
                continue
            ours.append(abs(report.metrics["lix"] - gold))
            theirs.append(abs(textstat.lix(doc.text) - gold))
            gold_sents = sum(1 for s in doc.sentences if any(has_word_char(t) for t in s))
            sent_err.append(report.metrics["sentences"] - gold_sents)
        results[name] = {
            "documents": len(ours),
            "klarsprak_lix_mae": round(statistics.mean(ours), 3),
            "klarsprak_lix_max_error": round(max(ours), 3),
            "textstat_lix_mae": round(statistics.mean(theirs), 3),
            "sentence_count_error_mean": round(statistics.mean(sent_err), 3),
            "seconds": round(time.perf_counter() - start, 1),
        }
        all_ours += ours
        all_ts += theirs
        print(f"{name:14} docs={len(ours):4}  klarsprak MAE {results[name]['klarsprak_lix_mae']:.3f}  "
              f"textstat MAE {results[name]['textstat_lix_mae']:.3f}")
    results["all"] = {"documents": len(all_ours), "klarsprak_lix_mae": round(statistics.mean(all_ours), 3),
                      "textstat_lix_mae": round(statistics.mean(all_ts), 3)}
    print(f"{'all':14} docs={len(all_ours):4}  klarsprak MAE {results['all']['klarsprak_lix_mae']:.3f}  "
          f"textstat MAE {results['all']['textstat_lix_mae']:.3f}")
    out = REPO / "benchmarks" / "results" / "lix_accuracy.json"
    out.write_text(json.dumps({"textstat": importlib.metadata.version("textstat"),
                               "model": analyzer.nlp.meta.get("name"), "results": results},
                              ensure_ascii=False, indent=2), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
