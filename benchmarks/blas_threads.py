"""BLAS threads per call: single-text latency and corpus throughput, idle and with one core busy, side by side.

Settings, all in this one process and interleaved round by round (every order in turn) so that they see the same
machine: ``1`` (one BLAS thread), ``all`` (every core) and ``auto`` (klarsprak.threads' choice per batch, the default;
how many threads it chose is recorded per case, with the cores other processes kept busy before and after).
Conditions: ``idle`` (nothing started by this script; the load average is recorded, the machine may be shared)
and ``one core busy`` (a busy-loop process started here, as a web server's other worker or CI would be).
Latency: median of ``--rounds`` calls of ``Analyzer.analyze`` on one sentence, a 120-word notice
(docs/examples/kungorelse.txt) and a ~500-word text (the first dev-set document that long, else the examples).
Throughput: words per second of ``Analyzer.pipe`` over dev-set documents (``blind_split.dev_set``; the blind set is
never read), up to ``--corpus-words`` words, best of six. Writes benchmarks/results/blas_threads.json.

Run: python benchmarks/blas_threads.py [--rounds 30] [--corpus-words 60000]
"""

from __future__ import annotations

import argparse
import itertools
import json
import os
import platform
import statistics
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path
from typing import Callable

import klarsprak
from klarsprak import threads
from docblocks import write_json  # noqa: E402

REPO = Path(__file__).resolve().parents[1]
OUT = REPO / "benchmarks" / "results" / "blas_threads.json"
SENTENCE = "Ansökan ska skickas in senast den 1 maj."
CORES = os.cpu_count() or 1
CHOSEN: list[int | None] = []  # what ``auto`` chose, batch by batch (reset per measurement)


def auto(chars: int) -> int | None:
    """klarsprak.threads' choice, recorded."""
    CHOSEN.append(CHOOSE(chars))
    return CHOSEN[-1]


CHOOSE = threads.for_batch
SETTINGS: dict[str, Callable[[int], int | None]] = {"1": lambda chars: 1, "all": lambda chars: CORES, "auto": auto}


def dev_texts() -> list[str]:
    """Dev-set documents (never the blind set); the examples when ../shared is absent."""
    try:
        from blind_split import dev_set

        paths = sorted(dev_set())
    except (ImportError, OSError):
        paths = []
    if not paths:
        paths = sorted((REPO / "docs" / "examples").glob("*.txt")) * 40
    return [p.read_text(encoding="utf-8", errors="replace") for p in paths]


def first_words(texts: list[str], n: int) -> str:
    """The first text with at least ``n`` words, cut after its ``n``-th word (else all texts joined)."""
    for text in texts:
        words = text.split()
        if len(words) >= n:
            return " ".join(words[:n])
    return " ".join(" ".join(texts).split()[:n])


def corpus(texts: list[str], words: int) -> list[str]:
    chosen, total = [], 0
    for text in texts:
        if total >= words:
            break
        chosen.append(text)
        total += len(text.split())
    return chosen


def rotated(n: int) -> tuple[tuple[str, Callable[[int], int | None]], ...]:
    """The settings in round ``n``'s order: every order in turn, so each setting follows each other one
    equally often (a multi-threaded call leaves BLAS threads spinning for a moment after it)."""
    orders = list(itertools.permutations(SETTINGS.items()))
    return orders[n % len(orders)]


def latency(analyzer: klarsprak.Analyzer, text: str, rounds: int) -> dict[str, float]:
    """Median milliseconds per setting, the settings interleaved round by round."""
    times: dict[str, list[float]] = {name: [] for name in SETTINGS}
    for name, choose in SETTINGS.items():  # warm-up
        threads.for_batch = choose
        analyzer.analyze(text)
    CHOSEN.clear()
    for n in range(rounds):
        for name, choose in rotated(n):
            threads.for_batch = choose
            start = time.perf_counter()
            analyzer.analyze(text)
            times[name].append(1000 * (time.perf_counter() - start))
    threads.for_batch = CHOOSE
    return {name: round(statistics.median(t), 1) for name, t in times.items()}


def throughput(analyzer: klarsprak.Analyzer, texts: list[str]) -> dict[str, int]:
    """Words per second per setting, best of six, interleaved."""
    words = sum(r.metrics["words"] or 0 for r in analyzer.pipe(texts))
    best: dict[str, float] = {name: float("inf") for name in SETTINGS}
    for n in range(6):
        for name, choose in rotated(n):
            threads.for_batch = choose
            start = time.perf_counter()
            for _report in analyzer.pipe(texts):
                pass
            best[name] = min(best[name], time.perf_counter() - start)
    threads.for_batch = CHOOSE
    return {name: round(words / seconds) for name, seconds in best.items()}


def measure(analyzer: klarsprak.Analyzer, cases: dict[str, str], texts: list[str], rounds: int) -> dict:
    load, others = os.getloadavg()[0], threads.others_busy()
    result: dict = {}
    for case, text in cases.items():
        CHOSEN.clear()
        result[f"latency_ms_{case}"] = latency(analyzer, text, rounds)
        result[f"auto_threads_{case}"] = dict(sorted(Counter(CHOSEN).items(), key=str))
    CHOSEN.clear()
    result["corpus_words_per_s"] = throughput(analyzer, texts)
    result["auto_threads_corpus_batches"] = dict(sorted(Counter(CHOSEN).items(), key=str))
    result["load_1min_before_after"] = [round(load, 2), round(os.getloadavg()[0], 2)]
    result["others_busy_cores_before_after"] = [round(others, 2), round(threads.others_busy(), 2)]
    return result


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--rounds", type=int, default=30)
    parser.add_argument("--corpus-words", type=int, default=60_000)
    args = parser.parse_args()
    texts = dev_texts()
    examples = REPO / "docs" / "examples"
    cases = {"one_sentence": SENTENCE,
             "120_words": (examples / "kungorelse.txt").read_text(encoding="utf-8"),
             "500_words": first_words(texts, 500)}
    chosen = corpus(texts, args.corpus_words)
    analyzer = klarsprak.Analyzer()
    result = {"idle": measure(analyzer, cases, chosen, args.rounds)}
    busy = subprocess.Popen([sys.executable, "-c", "while True: pass"])
    try:
        time.sleep(1.0)
        result["one_core_busy"] = measure(analyzer, cases, chosen, args.rounds)
    finally:
        busy.kill()
        busy.wait()
    result.update(cores=CORES, machine=platform.processor() or platform.machine(), rounds=args.rounds,
                  corpus_texts=len(chosen), small_batch_chars=threads.SMALL_BATCH_CHARS,
                  words={case: len(text.split()) for case, text in cases.items()})
    write_json(OUT, result)
    for condition in ("idle", "one_core_busy"):
        print(condition, json.dumps(result[condition], ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main())
