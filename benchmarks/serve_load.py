"""Load on ``klarsprak serve`` from loopback clients, against ``Analyzer.pipe`` on the same texts in the same run.

Texts: 500-word pieces of the development-set documents in ../shared/realtext (never the blind
set), else the examples in docs/examples repeated. For each ``--workers`` value a real server is
started on 127.0.0.1 with a free port, then 1, 4 and 16 concurrent clients (threads with
keep-alive connections) POST the texts to /api/v1/analyze. Every level sends a fixed number of
requests and stops early at a time limit; the script stops the server itself. Reported:
requests/s, p50/p95 latency, errors, and requests/s as a share of ``Analyzer.pipe``'s texts/s
(one process, measured in this run between the server runs, best of two).

``--baseline CHECKOUT`` also runs the server from another checkout (its ``src``; e.g. an earlier
commit exported with ``git archive``, with ``models`` and ``lexicons`` linked), alternating with
this one at each ``--workers`` value, so the two are measured side by side under the same load.

Writes benchmarks/results/serve_load.json and the figures block in docs/api.md.

Run: python benchmarks/serve_load.py [--workers 1 2] [--requests 64] [--seconds 90] [--baseline DIR]
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import socket
import statistics
import subprocess
import sys
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import httpx

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "benchmarks"))
from blind_split import REALTEXT, dev_set  # noqa: E402
from docblocks import replace_block  # noqa: E402

WORDS = 500
CLIENTS = (1, 4, 16)
START, END = "<!-- serve-load:start -->", "<!-- serve-load:end -->"


def texts(count: int) -> list[str]:
    """``count`` texts of 500 words: whole paragraphs, the last one cut at the 500th word."""
    files = dev_set() if REALTEXT.is_dir() else []
    if not files:
        files = sorted((REPO / "docs" / "examples").glob("*.txt"))
    paragraphs = [p.strip() for f in files for p in f.read_text(encoding="utf-8").split("\n\n") if p.strip()]
    out: list[str] = []
    current: list[str] = []
    words = 0
    for paragraph in paragraphs * (1 + 2 * count * WORDS // max(1, sum(len(p.split()) for p in paragraphs))):
        n = len(paragraph.split())
        if words + n >= WORDS:
            current.append(" ".join(paragraph.split()[:WORDS - words]))
            out.append("\n\n".join(current))
            current, words = [], 0
            if len(out) == count:
                break
        else:
            current.append(paragraph)
            words += n
    return out


def pipe_rate(batch: list[str]) -> float:
    """Texts per second of ``Analyzer.pipe`` in one process (best of two), in a fresh interpreter."""
    code = ("import json, sys, time, klarsprak\n"
            "texts = json.load(sys.stdin)\n"
            "a = klarsprak.Analyzer()\n"
            "list(a.pipe(texts[:4]))\n"
            "best = min((lambda t: (list(a.pipe(texts)), time.perf_counter() - t)[1])(time.perf_counter())"
            " for _ in range(2))\n"
            "print(len(texts) / best)\n")
    done = subprocess.run([sys.executable, "-c", code], input=json.dumps(batch), capture_output=True, text=True,
                          env=_env(), timeout=900, check=True)
    return float(done.stdout.split()[-1])


def _env(checkout: Path = REPO) -> dict[str, str]:
    return {**os.environ, "PYTHONPATH": os.pathsep.join([str(checkout / "src"), os.environ.get("PYTHONPATH", "")])}


class Server:
    """``klarsprak serve`` from ``checkout`` on a free loopback port, ready once every worker process
    has loaded the model; stopped on exit."""

    def __init__(self, workers: int, checkout: Path = REPO, start_seconds: float = 300) -> None:
        with socket.socket() as probe:
            probe.bind(("127.0.0.1", 0))
            port = probe.getsockname()[1]
        self.url = f"http://127.0.0.1:{port}"
        self.process = subprocess.Popen(
            [sys.executable, "-m", "klarsprak", "serve", "--port", str(port), "--workers", str(workers)],
            env=_env(checkout), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        deadline = time.monotonic() + start_seconds
        seen: set[int] = set()
        while len(seen) < workers:  # every worker has loaded its model and answered
            if time.monotonic() > deadline or self.process.poll() is not None:
                self.process.kill()
                raise RuntimeError("the server did not start")
            try:
                health = httpx.get(self.url + "/healthz", timeout=10).json()
                # one web process answers for all its analysis processes; a server of web workers (an older
                # checkout) is ready when each has answered
                seen.update(range(health["analysis_processes"]) if "analysis_processes" in health
                            else [health["worker"]])
            except httpx.HTTPError:
                pass
            time.sleep(0.2)

    def __enter__(self) -> Server:
        return self

    def __exit__(self, *exc: object) -> None:
        self.process.terminate()
        self.process.wait(30)


def load(url: str, batch: list[str], clients: int, requests: int, seconds: float) -> dict[str, float]:
    """``requests`` POSTs from ``clients`` threads (stopping early after ``seconds``); rate and latencies."""
    latencies: list[float] = []
    errors = 0
    lock = threading.Lock()
    deadline = time.perf_counter() + seconds
    counter = iter(range(requests))

    def client() -> None:
        nonlocal errors
        with httpx.Client(base_url=url, timeout=120) as http:
            for i in counter:
                if time.perf_counter() > deadline:
                    return
                start = time.perf_counter()
                try:
                    ok = http.post("/api/v1/analyze", json={"text": batch[i % len(batch)]}).status_code == 200
                except httpx.HTTPError:
                    ok = False
                with lock:
                    latencies.append(time.perf_counter() - start)
                    errors += not ok

    began = time.perf_counter()
    with ThreadPoolExecutor(clients) as pool:
        for future in [pool.submit(client) for _ in range(clients)]:
            future.result()
    elapsed = time.perf_counter() - began
    cuts = statistics.quantiles(latencies, n=20)
    return {"clients": clients, "requests": len(latencies), "errors": errors,
            "requests_per_s": round(len(latencies) / elapsed, 2),
            "p50_ms": round(1000 * statistics.median(latencies), 1), "p95_ms": round(1000 * cuts[18], 1)}


def connection_splits(url: str, workers: int, clients: int = 4, rounds: int = 40) -> dict[str, int]:
    """How a server of web workers (the baseline) shares ``clients`` new keep-alive connections out: per round,
    each client asks /healthz which worker process answered; the count of each split ("3-1") over the rounds."""
    splits: dict[str, int] = {}
    for _ in range(rounds):
        http = [httpx.Client(base_url=url, timeout=30) for _ in range(clients)]
        with ThreadPoolExecutor(clients) as pool:
            pids = list(pool.map(lambda c: c.get("/healthz").json()["worker"], http))
        for c in http:
            c.close()
        counts = [pids.count(p) for p in set(pids)] + [0] * (workers - len(set(pids)))
        split = "-".join(str(n) for n in sorted(counts, reverse=True))
        splits[split] = splits.get(split, 0) + 1
    return dict(sorted(splits.items()))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--workers", type=int, nargs="+", default=[1, 2])
    parser.add_argument("--requests", type=int, default=64, help="requests per level (at most)")
    parser.add_argument("--seconds", type=float, default=90, help="time limit per level")
    parser.add_argument("--baseline", type=Path, default=None,
                        help="another checkout whose server to measure alternately with this one")
    args = parser.parse_args()
    batch = texts(32)
    runs = []
    baseline = []
    splits: dict[int, dict[str, int]] = {}
    pipe = []
    servers = [("baseline", args.baseline), ("this", REPO)] if args.baseline else [("this", REPO)]
    for workers in args.workers:
        pipe.append(pipe_rate(batch))
        for name, checkout in servers:
            with Server(workers, checkout) as server:
                with httpx.Client(base_url=server.url, timeout=120) as http:  # every worker warm
                    for text in batch[:2 * workers]:
                        http.post("/api/v1/analyze", json={"text": text}).raise_for_status()
                for clients in CLIENTS:
                    run = {"workers": workers, **load(server.url, batch, clients, args.requests, args.seconds),
                           "load_average": round(os.getloadavg()[0], 2)}
                    (runs if name == "this" else baseline).append(run)
                if name == "baseline" and workers > 1:
                    splits[workers] = connection_splits(server.url, workers)
    pipe.append(pipe_rate(batch))
    pipe_texts_per_s = statistics.median(pipe)
    for run in runs + baseline:
        run["share_of_pipe"] = round(run["requests_per_s"] / pipe_texts_per_s, 3)
    result = {
        "texts": len(batch), "words_per_text": WORDS, "pipe_texts_per_s": round(pipe_texts_per_s, 2),
        "pipe_runs_texts_per_s": [round(p, 2) for p in pipe], "runs": runs,
        **({"baseline": str(args.baseline), "baseline_runs": baseline,
            "baseline_connection_splits_of_4_clients": splits} if args.baseline else {}),
        "machine": f"{platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}",
        "load_average": round(os.getloadavg()[0], 2),
    }
    print(json.dumps(result, indent=2))
    (REPO / "benchmarks" / "results" / "serve_load.json").write_text(json.dumps(result, indent=2) + "\n",
                                                                      encoding="utf-8")
    labelled = [("baseline", r) for r in baseline] + [("this", r) for r in runs] if baseline else [("", r) for r in runs]
    rows = "\n".join(f"| {f'{name} | ' if name else ''}{r['workers']} | {r['clients']} | {r['requests']} | "
                     f"{r['errors']} | {r['requests_per_s']} | {r['p50_ms']:.0f} | {r['p95_ms']:.0f} | "
                     f"{100 * r['share_of_pipe']:.0f} % | {r['load_average']} |" for name, r in labelled)
    shown = " | ".join(["server"] * bool(baseline) + ["workers", "clients", "requests", "errors", "requests/s",
                                                       "p50 ms", "p95 ms", "share of `Analyzer.pipe`", "load"])
    shares = "; ".join(f"with {w} workers " + ", ".join(f"{split} in {n}" for split, n in counts.items())
                       + f" of {sum(counts.values())} rounds" for w, counts in splits.items())
    compared = (f" Baseline: the server from `{args.baseline.name}`, measured alternately with this one; how it "
                f"shared 4 new connections out among its workers: {shares}." if baseline else "")
    block = (f"`python benchmarks/serve_load.py {' '.join(sys.argv[1:])}` ({len(batch)} texts of {WORDS} words, "
             f"{result['machine']}, load average {result['load_average']} at the end; `Analyzer.pipe` in one "
             f"process: {result['pipe_texts_per_s']} texts/s, median of {len(pipe)} runs: "
             f"{', '.join(str(p) for p in result['pipe_runs_texts_per_s'])}).{compared}\n\n"
             f"| {shown} |\n|{'---|' * (shown.count('|') + 1)}\n" + rows)
    replace_block(REPO / "docs" / "api.md", START, END, block)
    return 0


if __name__ == "__main__":
    sys.exit(main())
