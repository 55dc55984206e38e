"""analyze_many over 1,000 texts with n_process=2 versus n_process=1 (issue 7: target ≥ 1.6× faster).

Texts are paragraphs of ../shared/realtext (regeringen.se pages) when present, else the
docs/examples texts, cut into pieces of about 1,000 characters. Writes
benchmarks/results/analyze_many_speed.json and the figure line of docs/jupyter.md; the machine
load and the cores the workers actually got are recorded with the figure.

    python benchmarks/analyze_many_speed.py [--texts 1000] [--chars 1000]
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import time
from pathlib import Path

import pandas as pd

import klarsprak
from klarsprak.analyzer import default_analyzer
from docblocks import write_json  # noqa: E402

REPO = Path(__file__).resolve().parents[1]
REALTEXT = REPO.parent / "shared" / "realtext" / "regeringen_g0vse" / "docs"
RESULT = REPO / "benchmarks" / "results" / "analyze_many_speed.json"
DOC = REPO / "docs" / "jupyter.md"


def corpus(n: int, chars: int) -> tuple[list[str], str]:
    """``n`` texts of about ``chars`` characters, made of whole paragraphs."""
    if REALTEXT.is_dir():
        files, origin = sorted(REALTEXT.glob("*.md")), "../shared/realtext/regeringen_g0vse"
    else:
        files, origin = sorted((REPO / "docs" / "examples").glob("*.txt")), "docs/examples"
    paragraphs = [p.strip() for f in files for p in f.read_text(encoding="utf-8").split("\n\n") if p.strip()]
    texts, current, i = [], "", 0
    while len(texts) < n:
        current = f"{current}\n\n{paragraphs[i % len(paragraphs)]}".strip()
        i += 1
        if len(current) >= chars:
            texts.append(current)
            current = ""
    return texts, origin


def timed(texts: list[str], n_process: int) -> tuple[float, float, pd.DataFrame]:
    """Wall seconds, CPU seconds (this process and its workers) and the metrics frame."""
    before, start = os.times(), time.perf_counter()
    frame = klarsprak.analyze_many(texts, n_process=n_process, analyzer=default_analyzer())
    wall, after = time.perf_counter() - start, os.times()
    cpu = sum(getattr(after, f) - getattr(before, f) for f in ("user", "system", "children_user", "children_system"))
    return wall, cpu, frame


def write_doc(result: dict) -> None:
    """Replace the marked figure line in docs/jupyter.md."""
    start, end = "<!-- analyze_many_speed -->", "<!-- /analyze_many_speed -->"
    line = (f"{start}\nMeasured: `analyze_many` over {result['texts']:,} texts ({result['characters']:,} characters) "
            f"took {result['seconds_n_process_1']} s with `n_process=1` and {result['seconds_n_process_2']} s with "
            f"`n_process=2`: **{result['speedup']}×** (target 1.6×), on {result['cpu_count']} cores with a 1-minute "
            f"load average of {result['load_average_1min_before']} before and {result['load_average_1min_after']} after "
            f"(the machine is shared); the two workers used {result['effective_cores_n_process_2']} cores on average.\n{end}")
    if DOC.is_file():
        text = DOC.read_text(encoding="utf-8")
        if start in text and end in text:
            DOC.write_text(text[:text.index(start)] + line + text[text.index(end) + len(end):], encoding="utf-8")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--texts", type=int, default=1000)
    parser.add_argument("--chars", type=int, default=1000)
    args = parser.parse_args()
    texts, origin = corpus(args.texts, args.chars)
    default_analyzer()
    klarsprak.analyze_many(texts[:20])  # warm-up: model loaded, lexicons cached
    load_before = os.getloadavg()
    one, cpu_one, frame_one = timed(texts, 1)
    two, cpu_two, frame_two = timed(texts, 2)
    load_after = os.getloadavg()
    pd.testing.assert_frame_equal(frame_one, frame_two)
    result = {
        "texts": len(texts),
        "characters": sum(map(len, texts)),
        "words": int(frame_one["words"].sum()),
        "corpus": origin,
        "seconds_n_process_1": round(one, 2),
        "seconds_n_process_2": round(two, 2),
        "speedup": round(one / two, 2),
        "target_speedup": 1.6,
        "texts_per_second_n_process_2": round(len(texts) / two, 1),
        "cpu_seconds_n_process_1": round(cpu_one, 2),
        "cpu_seconds_n_process_2": round(cpu_two, 2),
        "effective_cores_n_process_2": round(cpu_two / two, 2),
        "load_average_1min_before": round(load_before[0], 2),
        "load_average_1min_after": round(load_after[0], 2),
        "cpu_count": os.cpu_count(),
        "python": platform.python_version(),
        "klarsprak": klarsprak.__version__,
        "model": str(default_analyzer().nlp.meta.get("name")) + " " + str(default_analyzer().nlp.meta.get("version")),
    }
    write_json(RESULT, result)
    write_doc(result)
    print(json.dumps(result, indent=2, ensure_ascii=False))


if __name__ == "__main__":
    main()
