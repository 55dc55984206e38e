"""Speed of the whole analyzer against the spaCy pipeline alone and a blank tokenizer.

Texts: the Markdown pages and documents of the realtext development set (``blind_split.dev_set()``;
the blind set is never run), else the examples in docs/examples, repeated. Each variant runs in
this one process over the same texts, best of three runs. Writes benchmarks/results/analyzer_speed.json.

Run: python benchmarks/analyzer_speed.py        (another model: KLARSPRAK_MODEL=path/to/model)
"""

from __future__ import annotations

import json
import os
import platform
import sys
import time
from pathlib import Path

import spacy

import klarsprak
from klarsprak.doc import chunking

REPO = Path(__file__).resolve().parents[1]
REALTEXT = REPO.parent / "shared" / "realtext"


def corpus() -> list[str]:
    from blind_split import dev_set

    files = [p for p in dev_set() if p.suffix == ".md"] if REALTEXT.is_dir() else []
    if not files:
        files = sorted((REPO / "docs" / "examples").glob("*.txt")) * 20
    return [f.read_text(encoding="utf-8") for f in files]


def best_of(n: int, fn) -> float:
    times = []
    for _ in range(n):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return min(times)


def main() -> int:
    texts = corpus()
    analyzer = klarsprak.Analyzer()
    words = sum(r.metrics["words"] for r in analyzer.pipe(texts))
    blank = spacy.blank("sv")
    t_blank = best_of(3, lambda: list(blank.pipe(texts)))
    # the pipeline alone, on the same chunks batched exactly as the analyzer batches them (by characters)
    chunks = [(t[start:end], None) for t in texts for start, end, _ in chunking.split(t, analyzer.chunk_chars)]
    t_nlp = best_of(3, lambda: [pair for batch in chunking.batches(iter(chunks), analyzer.batch_chars, 64)
                                for pair in analyzer.nlp.pipe(batch, as_tuples=True, batch_size=len(batch))])
    t_all = best_of(3, lambda: list(analyzer.pipe(texts)))
    result = {
        "texts": len(texts),
        "words": words,
        "blank_tokenizer_words_per_s": round(words / t_blank),
        "spacy_pipeline_words_per_s": round(words / t_nlp),
        "analyzer_words_per_s": round(words / t_all),
        "rules_and_metrics_overhead": round((t_all - t_nlp) / t_nlp, 4),
        "pipeline": analyzer.nlp.pipe_names,
        "rules": [r.id for r in analyzer.rules],
        "machine": f"{platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}",
        "load_average": os.getloadavg()[0],
    }
    print(json.dumps(result, indent=2, ensure_ascii=False))
    (REPO / "benchmarks" / "results" / "analyzer_speed.json").write_text(
        json.dumps(result, indent=2, ensure_ascii=False), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
