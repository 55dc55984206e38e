"""Huge input: time per MB and peak memory for a large text and a 200,000-character sentence.

Each case runs in a fresh subprocess so its peak RSS is its own. The large text is
built from the development-set documents of ../shared/realtext (``blind_split.dev_set()``:
the held-out blind set is never read; else docs/examples), repeated to the requested size. Writes benchmarks/results/huge_input.json.

Run: python benchmarks/huge_input.py [--mb 20]
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
REALTEXT = REPO.parent / "shared" / "realtext"

CASE = r"""
import json, resource, sys, time
from pathlib import Path
import klarsprak
kind, size = sys.argv[1], int(sys.argv[2])
if kind == "text":
    files = [Path(p) for p in json.loads(sys.argv[3])] or sorted(Path(sys.argv[4]).glob("*.txt"))
    seed = "\n\n".join(f.read_text(encoding="utf-8") for f in files)
    text = (seed * (size // len(seed) + 1))[:size]
else:
    words = "ansökan handläggs av nämnden som beslutar om bygglov "
    text = (words * (size // len(words) + 1))[:size]
analyzer = klarsprak.Analyzer()
analyzer.analyze("Uppvärmning.")
start = time.perf_counter()
report = analyzer.analyze(text)
seconds = time.perf_counter() - start
print(json.dumps({"chars": len(text), "mb": len(text.encode()) / 2**20, "seconds": seconds,
                  "words": report.metrics["words"], "sentences": report.metrics["sentences"],
                  "findings": len(report.findings),
                  "peak_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}))
"""


def run(kind: str, size: int) -> dict:
    from blind_split import dev_set

    seeds = json.dumps([str(p) for p in dev_set()]) if REALTEXT.is_dir() else "[]"
    out = subprocess.run([sys.executable, "-c", CASE, kind, str(size), seeds, str(REPO / "docs" / "examples")],
                         capture_output=True, text=True, check=True)
    result = json.loads(out.stdout.strip().splitlines()[-1])
    result["seconds_per_mb"] = result["seconds"] / result["mb"]
    return result


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--mb", type=float, default=20.0, help="size of the large text in MB")
    args = parser.parse_args()
    results = {
        "baseline_1mb": run("text", 1_000_000),
        f"text_{args.mb:g}mb": run("text", int(args.mb * 1_000_000)),
        "sentence_200k_chars": run("sentence", 200_000),
    }
    print(json.dumps(results, indent=2))
    (REPO / "benchmarks" / "results" / "huge_input.json").write_text(json.dumps(results, indent=2), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
