"""Speed of the whole analyzer against the spaCy pipeline alone and a blank tokenizer, and against older code.

Texts: the Markdown pages and documents of the realtext development set (``blind_split.dev_set()``;
the blind set is never run), else the examples in docs/examples, repeated. Each variant runs in
this one process over the same texts, best of ``--passes`` runs; words per second of CPU time are given
too, as they say more than the clock on a shared machine. With ``--baseline REF`` the same
measurement runs for this checkout and for git revision REF (its src/, lexicons/ and models/,
exported to a temporary folder) in fresh processes, alternating ``--rounds`` times; medians and
their ratio are written. Writes benchmarks/results/analyzer_speed.json.

``--reports FILE`` instead writes every report (metrics, sentences, findings) of the whole development set as
JSON lines, so that a change meant only for speed can be shown to change nothing: write them before and after,
then ``cmp`` the two files.

Run: python benchmarks/analyzer_speed.py [--passes 3] [--baseline REF --rounds 3]   (another model: KLARSPRAK_MODEL=path)
     python benchmarks/analyzer_speed.py --reports /tmp/before.jsonl
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import statistics
import subprocess
import sys
import tarfile
import tempfile
import time
from io import BytesIO
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
REALTEXT = REPO.parent / "shared" / "realtext"
OUT = REPO / "benchmarks" / "results" / "analyzer_speed.json"


def corpus() -> list[str]:
    from blind_split import dev_set

    files = [p for p in dev_set() if p.suffix == ".md"] if REALTEXT.is_dir() else []
    if not files:
        files = sorted((REPO / "docs" / "examples").glob("*.txt")) * 20
    return [f.read_text(encoding="utf-8") for f in files]


def best_of(n: int, fn) -> tuple[float, float]:
    """The shortest wall-clock and CPU time of ``n`` runs of ``fn``."""
    wall, cpu = [], []
    for _ in range(n):
        start, start_cpu = time.perf_counter(), time.process_time()
        fn()
        wall.append(time.perf_counter() - start)
        cpu.append(time.process_time() - start_cpu)
    return min(wall), min(cpu)


def measure(passes: int = 3) -> dict:
    """This process's figures for the klarsprak it imports."""
    import spacy

    import klarsprak
    from klarsprak.doc import chunking

    texts = corpus()
    analyzer = klarsprak.Analyzer()
    words = sum(r.metrics["words"] for r in analyzer.pipe(texts))
    blank = spacy.blank("sv")
    t_blank, _ = best_of(passes, lambda: list(blank.pipe(texts)))
    # the pipeline alone, on the same chunks batched exactly as the analyzer batches them (by characters)
    chunks = [(t[start:end], None) for t in texts for start, end, _ in chunking.split(t, analyzer.chunk_chars)]
    t_nlp, c_nlp = best_of(passes, lambda: [pair for batch in chunking.batches(iter(chunks), analyzer.batch_chars, 64)
                                       for pair in analyzer.nlp.pipe(batch, as_tuples=True, batch_size=len(batch))])
    t_all, c_all = best_of(passes, lambda: list(analyzer.pipe(texts)))
    return {
        "texts": len(texts),
        "words": words,
        "blank_tokenizer_words_per_s": round(words / t_blank),
        "spacy_pipeline_words_per_s": round(words / t_nlp),
        "analyzer_words_per_s": round(words / t_all),
        "spacy_pipeline_words_per_cpu_s": round(words / c_nlp),
        "analyzer_words_per_cpu_s": round(words / c_all),
        "rules_and_metrics_overhead": round((t_all - t_nlp) / t_nlp, 4),
        "pipeline": analyzer.nlp.pipe_names,
        "rules": [r.id for r in analyzer.rules],
    }


def write_reports(path: Path) -> int:
    """Every report of the development set (``blind_split.dev_set()``), one JSON line per document, in path order."""
    import klarsprak
    from blind_split import REALTEXT as ROOT, dev_set
    from klarsprak import threads

    threads.fix(1)  # the same BLAS thread count in every run, so float sums cannot differ
    files = sorted(dev_set())
    texts = [f.read_text(encoding="utf-8") for f in files]
    with path.open("w", encoding="utf-8") as out:
        for f, report in zip(files, klarsprak.Analyzer().pipe(texts)):
            shown = {k: v for k, v in report.to_dict().items() if k != "text"}
            out.write(json.dumps({"path": f.relative_to(ROOT).as_posix(), "report": shown},
                                 ensure_ascii=False, sort_keys=True) + "\n")
    return len(files)


def export(ref: str, into: Path) -> Path:
    """src/, lexicons/ and models/ of git revision ``ref`` under ``into``."""
    archive = subprocess.run(["git", "-C", str(REPO), "archive", "--format=tar", ref, "src", "lexicons", "models"],
                             check=True, capture_output=True).stdout
    with tarfile.open(fileobj=BytesIO(archive)) as tar:
        tar.extractall(into, filter="data")
    return into / "src"


def measured_in(src: Path, passes: int) -> dict:
    """:func:`measure` in a fresh process that imports klarsprak from ``src``."""
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(src), str(REPO / "benchmarks")])}
    done = subprocess.run([sys.executable, __file__, "--measure", "--passes", str(passes)], env=env, check=True,
                          capture_output=True, text=True)
    return json.loads(done.stdout)


def side_by_side(ref: str, rounds: int, passes: int) -> dict:
    """This checkout and ``ref`` measured alternately in fresh processes; medians per figure."""
    keys = ("analyzer_words_per_s", "spacy_pipeline_words_per_s", "analyzer_words_per_cpu_s",
            "spacy_pipeline_words_per_cpu_s")
    runs: dict[str, list[dict]] = {"this": [], "baseline": []}
    with tempfile.TemporaryDirectory() as tmp:
        variants = {"this": REPO / "src", "baseline": export(ref, Path(tmp))}
        for n in range(rounds):
            for name in (("this", "baseline") if n % 2 else ("baseline", "this")):
                runs[name].append(measured_in(variants[name], passes))
    medians = {name: {k: round(statistics.median(r[k] for r in found)) for k in keys} for name, found in runs.items()}
    head = subprocess.run(["git", "-C", str(REPO), "rev-parse", "--short", "HEAD"], capture_output=True,
                          text=True).stdout.strip()
    return {"baseline": ref, "this": head, "rounds": rounds, "passes": passes, "medians": medians,
            "ratio": {k: round(medians["this"][k] / medians["baseline"][k], 3) for k in keys},
            "runs": {name: [{k: r[k] for k in keys} for r in found] for name, found in runs.items()},
            "last_run": runs["this"][-1]}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--baseline", help="git revision to measure side by side with this checkout")
    parser.add_argument("--rounds", type=int, default=3, help="alternations with --baseline (default 3)")
    parser.add_argument("--passes", type=int, default=3, help="runs per figure, the best kept (default 3)")
    parser.add_argument("--reports", type=Path, help="write every dev-set report to this JSON-lines file, no timing")
    parser.add_argument("--measure", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.reports:
        print(f"{write_reports(args.reports)} reports written to {args.reports}")
        return 0
    if args.measure:
        print(json.dumps(measure(args.passes)))
        return 0
    load = os.getloadavg()[0]
    if args.baseline:
        compared = side_by_side(args.baseline, args.rounds, args.passes)
        result = {**compared.pop("last_run"), **compared["medians"]["this"], "side_by_side": compared}
    else:
        result = measure(args.passes)
    result.update(machine=f"{platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}",
                  load_average_before_after=[round(load, 2), round(os.getloadavg()[0], 2)])
    from docblocks import write_json

    write_json(OUT, result)
    print(json.dumps({k: v for k, v in result.items() if k not in ("runs", "rules", "pipeline")}, indent=2,
                     ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main())
