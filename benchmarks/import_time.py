"""How long ``import klarsprak`` takes in a fresh interpreter, and proof that it does not import pandas.

Median of 5 fresh processes. Writes benchmarks/results/import_time.json and the
figure line of docs/jupyter.md.

    python benchmarks/import_time.py
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
RESULT = REPO / "benchmarks" / "results" / "import_time.json"
DOC = REPO / "docs" / "jupyter.md"
PROBE = ("import sys, time; t = time.perf_counter(); import {module}; "
         "print(time.perf_counter() - t, 'pandas' in sys.modules)")


def fresh(module: str) -> tuple[float, bool]:
    out = subprocess.run([sys.executable, "-c", PROBE.format(module=module)], capture_output=True, text=True,
                         check=True).stdout.split()
    return float(out[0]), out[1] == "True"


def main() -> None:
    runs = [fresh("klarsprak") for _ in range(5)]
    pandas_runs = [fresh("pandas")[0] for _ in range(5)]
    result = {
        "import_klarsprak_seconds_median": round(statistics.median(s for s, _ in runs), 3),
        "import_pandas_seconds_median": round(statistics.median(pandas_runs), 3),
        "klarsprak_imports_pandas": any(p for _, p in runs),
        "runs": 5,
        "load_average_1min": round(os.getloadavg()[0], 2),
        "python": sys.version.split()[0],
    }
    RESULT.parent.mkdir(parents=True, exist_ok=True)
    RESULT.write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
    start, end = "<!-- import_time -->", "<!-- /import_time -->"
    line = (f"{start}\nMeasured: `import klarsprak` takes {result['import_klarsprak_seconds_median']} s "
            f"(median of 5 fresh processes, load average {result['load_average_1min']}); it does "
            f"{'' if result['klarsprak_imports_pandas'] else 'not '}import pandas, which would add "
            f"{result['import_pandas_seconds_median']} s on its own.\n{end}")
    text = DOC.read_text(encoding="utf-8") if DOC.is_file() else ""
    if start in text and end in text:
        DOC.write_text(text[:text.index(start)] + line + text[text.index(end) + len(end):], encoding="utf-8")
    print(json.dumps(result, indent=2))


if __name__ == "__main__":
    main()
