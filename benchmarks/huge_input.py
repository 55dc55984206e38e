"""Huge input: time per MB and peak memory for one large document, and for a 200,000-character sentence.

The large text is built from the development-set documents of ../shared/realtext (``blind_split.dev_set()``:
the held-out blind set is never read; else docs/examples), repeated to the requested size and written to a
file. Each case runs in fresh processes, so its peak RSS is its own:

- ``analyze``: ``Analyzer().analyze(text)`` in one process (peak RSS of that process);
- ``check``: ``klarsprak check FILE``;
- ``batch``: ``klarsprak batch DIR --out OUT --timeout 7200`` (the default 120 s per document would end a
  20 MB run) with its default single worker process (peak RSS of the largest process: the worker).

Texts over ``long_documents.PART_CHARS`` are analysed in parts (issue 18), which bounds memory.
Writes benchmarks/results/huge_input.json with the median of ``--runs`` runs and the load average.

Run: python benchmarks/huge_input.py [--mb 1 5 20] [--modes check batch] [--runs 1] [--out FILE]
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

from blind_split import dev_set
from docblocks import write_json

from klarsprak.archive.parts import read_table

REPO = Path(__file__).resolve().parents[1]
REALTEXT = REPO.parent / "shared" / "realtext"
RESULT = REPO / "benchmarks" / "results" / "huge_input.json"

ANALYZE = r"""
import json, resource, sys, time
from pathlib import Path
import klarsprak
text = Path(sys.argv[1]).read_text(encoding="utf-8")
analyzer = klarsprak.Analyzer()
analyzer.analyze("Uppvärmning.")
start = time.perf_counter()
report = analyzer.analyze(text)
print(json.dumps({"seconds": time.perf_counter() - start, "words": report.metrics["words"],
                  "sentences": report.metrics["sentences"], "findings": len(report.findings),
                  "peak_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}))
"""
#: Runs a command and prints its wall time and the peak RSS of its largest process.
MEASURED = ("import json, resource, subprocess, sys, time; t = time.perf_counter(); "
            "done = subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True); "
            "print(json.dumps({'seconds': time.perf_counter() - t, 'exit': done.returncode, "
            "'stderr': done.stderr[-500:], "
            "'peak_rss_mb': resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024}))")


def seed_text() -> str:
    files = dev_set() if REALTEXT.is_dir() else sorted((REPO / "docs" / "examples").glob("*.txt"))
    return "\n\n".join(f.read_text(encoding="utf-8") for f in files)


def build(kind: str, size: int, folder: Path) -> Path:
    """A file of ``size`` characters: real text (``text``) or one sentence without punctuation."""
    seed = seed_text() if kind == "text" else "ansökan handläggs av nämnden som beslutar om bygglov "
    path = folder / "in" / f"{kind}-{size}.txt"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text((seed * (size // len(seed) + 1))[:size], encoding="utf-8")
    return path


def once(mode: str, path: Path, folder: Path) -> dict:
    cli = [sys.executable, "-m", "klarsprak"]
    if mode == "analyze":
        out = subprocess.run([sys.executable, "-c", ANALYZE, str(path)], capture_output=True, text=True, check=True)
    else:
        command = [*cli, "check", str(path)] if mode == "check" else \
            [*cli, "batch", str(path.parent), "--out", str(folder / "out"), "--timeout", "7200"]
        out = subprocess.run([sys.executable, "-c", MEASURED, *command], capture_output=True, text=True, check=True)
    result = json.loads(out.stdout.strip().splitlines()[-1])
    if result.get("exit", 0) not in (0, 1):
        raise RuntimeError(f"{mode} failed: {result['stderr']}")
    result.pop("stderr", None)
    if mode == "batch":  # the document must have been scored, not stopped by a limit
        rows = read_table(folder / "out", "documents", ["status", "error", "words"]).to_pylist()
        if [r["status"] for r in rows] != ["ok"]:
            raise RuntimeError(f"batch did not score the document: {rows}")
        result["words"] = rows[0]["words"]
    return result


def case(mode: str, kind: str, size: int, runs: int) -> dict:
    with tempfile.TemporaryDirectory() as tmp:
        path = build(kind, size, Path(tmp))
        results = []
        for n in range(runs):
            results.append(once(mode, path, Path(tmp) / str(n)))
            print(mode, kind, size, results[-1], file=sys.stderr, flush=True)
    mb = size / 1_000_000
    seconds = statistics.median(r["seconds"] for r in results)
    return {"mode": mode, "chars": size, "mb": mb, "runs": len(results),
            "median_seconds": round(seconds, 1), "seconds_per_mb": round(seconds / mb, 1),
            "median_peak_rss_mb": round(statistics.median(r["peak_rss_mb"] for r in results)),
            "peak_rss_mb_each": [round(r["peak_rss_mb"]) for r in results],
            **{k: v for k, v in results[-1].items() if k in ("words", "sentences", "findings")}}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--mb", type=float, nargs="+", default=[1, 5, 20], help="sizes of the large text in MB")
    parser.add_argument("--modes", nargs="+", default=["check", "batch"], choices=["analyze", "check", "batch"])
    parser.add_argument("--runs", type=int, default=1, help="runs per case (the median is reported)")
    parser.add_argument("--out", type=Path, default=RESULT, help="where the figures go")
    args = parser.parse_args()
    results = {"load_average_before": os.getloadavg()[0], "cases": {}}
    for mode in args.modes:
        for mb in args.mb:
            results["cases"][f"{mode}_text_{mb:g}mb"] = case(mode, "text", int(mb * 1_000_000), args.runs)
    results["cases"]["analyze_sentence_200k_chars"] = case("analyze", "sentence", 200_000, args.runs)
    results["load_average_after"] = os.getloadavg()[0]
    print(json.dumps(results, indent=2))
    write_json(args.out, results)
    return 0


if __name__ == "__main__":
    sys.exit(main())
