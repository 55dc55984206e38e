"""Batch figures (issue 6): documents per minute with --jobs 1 and 2, peak memory at two archive
sizes, and kill -9 + resume. Builds a synthetic municipal archive (HTML pages, PDFs, DOCX, a WARC).

    python benchmarks/batch_throughput.py [--throughput-docs 240] [--small 2000] [--large 20000]

Writes benchmarks/results/batch_throughput.json and docs/batch.md.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pyarrow.parquet as pq

from docblocks import replace_block
from inputs.files import docx_bytes, page, pdf, warc

REPO = Path(__file__).resolve().parents[1]

SECTIONS = ["bo-och-bygga", "skola", "omsorg", "trafik", "kultur", "kommun-och-politik"]
SENTENCES = [
    "Du behöver bygglov om du vill bygga ett nytt hus.",
    "Ansökan ska skickas in till byggnadsnämnden innan arbetet påbörjas.",
    "Handläggningen av ärendet beräknas ta ungefär fyra veckor från det att ansökan är komplett.",
    "Vi svarar på dina frågor vardagar mellan klockan åtta och sexton.",
    "Avgiften beräknas enligt den taxa som kommunfullmäktige har beslutat om.",
    "Beslutet kan överklagas till länsstyrelsen inom tre veckor från den dag du fick del av det.",
    "Förskolan har öppet från halv sju på morgonen till halv sex på kvällen.",
    "Om du har frågor om sophämtning kan du kontakta kundtjänst.",
    "Kommunens verksamhetsplanering genomförs i enlighet med de av fullmäktige fastställda riktlinjerna.",
]


def build(root: Path, pages: int, seed: int = 1) -> Path:
    """An archive: ``pages`` HTML pages in sections, plus PDFs, DOCX files and a WARC (1 % each)."""
    rng = random.Random(seed)
    site = root / "site"
    for i in range(pages):
        section = site / SECTIONS[i % len(SECTIONS)]
        section.mkdir(parents=True, exist_ok=True)
        body = " ".join(rng.choice(SENTENCES) for _ in range(rng.randint(4, 14))) + f" Sidan har nummer {i}."
        (section / f"sida-{i:06d}.html").write_bytes(page(f"Sida {i}", body=body, date=f"{2015 + i % 10}-06-01"))
    extra = max(1, pages // 100)
    docs = site / "publikationer"
    docs.mkdir(parents=True, exist_ok=True)
    for i in range(extra):
        text = [" ".join(rng.choice(SENTENCES) for _ in range(6)) + f" Dokument {i}." for _ in range(3)]
        (docs / f"rapport-{i:05d}.pdf").write_bytes(pdf(text))
        (docs / f"riktlinje-{i:05d}.docx").write_bytes(
            docx_bytes([("Riktlinje", "Heading 1"), (" ".join(text) + f" Riktlinje {i}.", None)]))
    warc(site / "arkiv.warc.gz", [(f"https://www.kommun.se/arkiv/{i}/", "text/html; charset=utf-8",
                                   page(f"Arkiv {i}", body=" ".join(rng.choice(SENTENCES) for _ in range(6))
                                        + f" Arkivsida {i}.")) for i in range(extra)])
    return site


def batch_cmd(site: Path, out: Path, jobs: int, part_size: int = 200) -> list[str]:
    return [sys.executable, "-c", "from klarsprak.cli import main; main()", "batch", str(site), "--out", str(out),
            "--jobs", str(jobs), "--part-size", str(part_size), "--no-progress"]


def run_measured(cmd: list[str]) -> tuple[float, int]:
    """Wall seconds and peak RSS (MB) of the largest process of ``cmd`` and its children."""
    script = ("import resource,subprocess,sys,time;t=time.perf_counter();"
              "r=subprocess.run(sys.argv[1:]);w=time.perf_counter()-t;"
              "print(w, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss);sys.exit(r.returncode)")
    done = subprocess.run([sys.executable, "-c", script, *cmd], capture_output=True, text=True, check=True)
    wall, rss_kb = done.stdout.split()
    return float(wall), int(rss_kb) // 1024


def count_rows(out: Path) -> tuple[int, int]:
    ids = [i for p in sorted((out / "documents").glob("part-*.parquet"))
           for i in pq.read_table(p, columns=["id"]).column("id").to_pylist()]
    return len(ids), len(ids) - len(set(ids))


START, END = "<!-- figures:start -->", "<!-- figures:end -->"


def write_doc(results: dict) -> None:
    """Replace the figures block of docs/batch.md with ``results``."""
    t, m, k = results["throughput"], results["memory"], results["kill_resume"]
    block = "\n".join([
        f"Measured by `benchmarks/batch_throughput.py` on {results['machine']}"
        " (raw numbers: `benchmarks/results/batch_throughput.json`).",
        "",
        "| figure | measured | target |",
        "|---|---|---|",
        f"| documents/min, `--jobs 1` ({t['documents']} documents) | {t['docs_per_min_jobs1']} | |",
        f"| documents/min, `--jobs 2` | {t['docs_per_min_jobs2']} | |",
        f"| ratio jobs 2 / jobs 1 | {t['ratio']} | ≥ 1.6 |",
        f"| peak RSS, {m['small']['pages']:,} pages ({m['small']['documents']:,} documents) | "
        f"{m['small']['peak_rss_mb']} MB | |",
        f"| peak RSS, {m['large']['pages']:,} pages ({m['large']['documents']:,} documents) | "
        f"{m['large']['peak_rss_mb']} MB | |",
        f"| peak RSS ratio large / small | {m['ratio_large_to_small']} | ≤ 1.10 |",
        f"| kill -9 after {k['rows_before_resume']} of {k['documents']} rows, then resume: lost | {k['lost']} | 0 |",
        f"| … duplicated | {k['duplicated']} | 0 |",
    ])
    replace_block(REPO / "docs" / "batch.md", START, END, block)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--doc-only", action="store_true", help="only rewrite docs/batch.md from the JSON")
    parser.add_argument("--throughput-docs", type=int, default=240)
    parser.add_argument("--small", type=int, default=2000)
    parser.add_argument("--large", type=int, default=20000)
    parser.add_argument("--work", default="/tmp/klarsprak-batch-bench")
    parser.add_argument("--throughput-only", action="store_true",
                        help="measure only --jobs 1 vs 2 and update that part of the JSON")
    args = parser.parse_args()
    if args.doc_only:
        write_doc(json.loads((REPO / "benchmarks" / "results" / "batch_throughput.json").read_text()))
        return
    work = Path(args.work)
    subprocess.run(["rm", "-rf", str(work)], check=True)
    results: dict[str, object] = {"machine": f"{os.cpu_count()} cores, shared with other jobs"}

    site = build(work / "tp", args.throughput_docs)
    from klarsprak.archive.run import count_sources

    n = count_sources([site])
    speed = {}
    for jobs in (1, 2):
        wall, _ = run_measured(batch_cmd(site, work / f"tp-out-{jobs}", jobs))
        speed[jobs] = 60 * n / wall
    results["throughput"] = {"documents": n, "docs_per_min_jobs1": round(speed[1], 1),
                             "docs_per_min_jobs2": round(speed[2], 1), "ratio": round(speed[2] / speed[1], 2),
                             "note": "wall time of the whole command, model loading included"}
    print(results["throughput"], flush=True)
    if args.throughput_only:
        path = REPO / "benchmarks" / "results" / "batch_throughput.json"
        previous = json.loads(path.read_text())
        previous["throughput"] = results["throughput"]
        path.write_text(json.dumps(previous, indent=2) + "\n")
        write_doc(previous)
        return

    memory = {}
    for label, pages in (("small", args.small), ("large", args.large)):
        site = build(work / label, pages)
        wall, rss = run_measured(batch_cmd(site, work / f"{label}-out", 0, part_size=500))
        memory[label] = {"pages": pages, "documents": count_sources([site]), "peak_rss_mb": rss,
                         "seconds": round(wall, 1)}
        print(label, memory[label], flush=True)
    memory["ratio_large_to_small"] = round(memory["large"]["peak_rss_mb"] / memory["small"]["peak_rss_mb"], 3)
    results["memory"] = memory

    site = build(work / "kill", max(120, args.throughput_docs // 2), seed=7)
    expected = count_sources([site])
    out = work / "kill-out"
    proc = subprocess.Popen(batch_cmd(site, out, 1, part_size=10), start_new_session=True)
    rng = random.Random()
    target = rng.randint(1, max(1, expected // 10 - 2))  # parts of 10 committed before the kill
    while len(list((out / "documents").glob("part-*.parquet"))) < target and proc.poll() is None:
        time.sleep(0.02)
    time.sleep(rng.random())
    os.killpg(proc.pid, signal.SIGKILL)
    proc.wait()
    before, _ = count_rows(out)
    subprocess.run(batch_cmd(site, out, 1, part_size=10), check=True)
    rows, duplicated = count_rows(out)
    results["kill_resume"] = {"documents": expected, "rows_before_resume": before, "rows_after": rows,
                              "lost": expected - (rows - duplicated), "duplicated": duplicated}
    print(results["kill_resume"], flush=True)

    (REPO / "benchmarks" / "results").mkdir(parents=True, exist_ok=True)
    (REPO / "benchmarks" / "results" / "batch_throughput.json").write_text(json.dumps(results, indent=2) + "\n")
    write_doc(results)
    print(json.dumps(results, indent=2))


if __name__ == "__main__":
    main()
