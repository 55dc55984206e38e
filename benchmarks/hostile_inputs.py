"""Hostile inputs and user errors (issue 18): what a demanding user can feed ``batch``, ``report`` and ``check``.

Part 1, hostile files: every file of the hostile set (benchmarks/inputs/hostile.py, which the tests use too: PDFs that hit
pypdf's limits or flood warnings, zip bombs with honest and lying headers, a non-UTF-8 file name,
binary and deeply nested HTML, cut and garbage WARCs, javascript:/file: records, an unreadable
folder) is scored alone by the local batch engine, and a WARC (gzipped and plain) is cut at every
``--step`` bytes and read. Counted: files tried, clean error rows (an error row whose reason is not an
internal error), batch aborts (an exception out of the batch), silent losses (a file, or a WARC record
the cut removed, with no row naming it).

Part 2, configuration and command-line cases: each runs the CLI in this process (click's runner);
counted: cases tried, exit 2 with a one-line ``klarsprak: error:`` message naming the problem (no
traceback).

Writes benchmarks/results/hostile_inputs.json. Run: python benchmarks/hostile_inputs.py [--step 7]
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
import time
from pathlib import Path

from inputs.files import page
from inputs.hostile import SWEDISH, batch_on_full_disk, hostile_set, warc_bytes
from klarsprak.archive.parts import DOCUMENTS, PartWriter, read_table
from klarsprak.archive.readers import iter_sources
from klarsprak.archive.run import run_batch

REPO = Path(__file__).resolve().parents[1]

UNCLEAN = ("internal error", "worker process")


def hostile_files(root: Path) -> dict:
    """Each hostile file scored alone: rows, clean error rows, aborts, files without a row."""
    paths = hostile_set(root / "files")
    unreadable = root / "folder"
    (unreadable / "locked").mkdir(parents=True)
    (unreadable / "locked" / "sida.html").write_bytes(page())
    paths["unreadable_folder"] = unreadable
    results = {}
    for name, path in sorted(paths.items()):
        out = root / "out" / name
        locked = name == "unreadable_folder"
        if locked:
            (unreadable / "locked").chmod(0)
        try:
            run_batch([path], out, jobs=0, progress=False)
            rows = read_table(out, DOCUMENTS, ["status", "error"]).to_pylist()
            outcome = {"rows": len(rows), "statuses": sorted({r["status"] for r in rows}),
                       "errors": [r["error"] for r in rows if r["status"] == "error"]}
        except Exception as exc:  # an abort: what this benchmark counts
            outcome = {"abort": f"{type(exc).__name__}: {exc}"}
        finally:
            if locked:
                (unreadable / "locked").chmod(0o755)
        if locked and os.geteuid() == 0:
            outcome["note"] = "run as root, which reads any folder: the folder case is covered by the tests"
        results[name] = outcome
    return results


def warc_cuts(root: Path, step: int) -> dict:
    """A 3-record WARC cut at every ``step`` bytes (record boundaries excepted: a valid shorter WARC)."""
    counts = {"tried": 0, "clean": 0, "silent": 0, "aborts": 0}
    for gz in (True, False):
        data, ends, urls = warc_bytes(3, gz=gz)
        path = root / ("cut.warc.gz" if gz else "cut.warc")
        for cut in range(1, len(data), step):
            if cut in ends:
                continue
            counts["tried"] += 1
            path.write_bytes(data[:cut])
            try:
                sources = list(iter_sources([path]))
            except Exception:
                counts["aborts"] += 1
                continue
            whole = [s for s in sources if s.error is None]
            intact = all(s.data == page(f"Sida {urls.index(s.url)}", body=SWEDISH) for s in whole)
            if intact and (len(whole) == len(urls) or any(s.error for s in sources)):
                counts["clean"] += 1
            else:
                counts["silent"] += 1
    return counts


def cli_cases(root: Path) -> list[tuple[str, list[str]]]:
    """(name, argv) of every configuration and command-line case, with the files they need."""
    site = root / "site"
    site.mkdir()
    (site / "a.txt").write_text(SWEDISH, encoding="utf-8")
    (root / "file").write_text("x")
    corrupt, foreign, empty = root / "corrupt", root / "foreign", root / "empty"
    for folder in (corrupt, foreign, empty):
        PartWriter(folder)
    (corrupt / DOCUMENTS / "part-00001.parquet").write_bytes(b"PAR1 garbage")
    import pyarrow as pa
    import pyarrow.parquet as pq

    pq.write_table(pa.table({"x": [1]}), foreign / DOCUMENTS / "part-00001.parquet")
    (root / "latin1.txt").write_bytes(b"sida-\xe5.html\n")
    configs = {
        "not_utf8": b"lix_target = 40 # \xe5\n", "syntax": b"lix_target = \n", "unknown_key": b"nope = 1\n",
        "disable_unknown": b"disable = ['nope']\n", "max_words_text": b"[rules.long_sentence]\nmax_words = 'many'\n",
        "max_words_zero": b"[rules.long_sentence]\nmax_words = 0\n",
        "max_words_float": b"[rules.long_sentence]\nmax_words = 2.5\n", "allow_ints": b"allow = [1, 2]\n",
        "severity_unknown_rule": b"[severity]\nnope = 'error'\n", "lix_nan": b"lix_target = nan\n",
        "lix_inf": b"lix_target = inf\n", "lix_negative": b"lix_target = -5\n", "sender_int": b"sender = 42\n",
        "lexicons_missing": b"lexicons = ['saknas.yaml']\n",
    }
    cases = []
    for name, body in configs.items():
        path = root / f"{name}.toml"
        path.write_bytes(body)
        cases.append((f"check --config {name}", ["check", str(site / "a.txt"), "--config", str(path)]))
        cases.append((f"batch --config {name}", ["batch", str(site), "-o", str(root / f"out-{name}"), "--jobs", "0",
                                                 "--no-progress", "--config", str(path)]))
    batch = ["--jobs", "0", "--no-progress"]
    cases += [
        ("batch --out under a file", ["batch", str(site), "-o", str(root / "file" / "out"), *batch]),
        ("batch --out with a corrupt part", ["batch", str(site), "-o", str(corrupt), *batch]),
        ("batch --out with a foreign part", ["batch", str(site), "-o", str(foreign), *batch]),
        ("batch missing source", ["batch", str(root / "missing"), "-o", str(root / "o1"), *batch]),
        ("batch missing @list", ["batch", f"@{root / 'missing.txt'}", "-o", str(root / "o2"), *batch]),
        ("batch non-UTF-8 @list", ["batch", f"@{root / 'latin1.txt'}", "-o", str(root / "o3"), *batch]),
        ("report of a corrupt part", ["report", str(corrupt), "-o", str(root / "r1.html")]),
        ("report of a foreign part", ["report", str(foreign), "-o", str(root / "r2.html")]),
        ("report -o into a missing folder", ["report", str(empty), "-o", str(root / "missing" / "r.html")]),
        ("check /dev/zero", ["check", "/dev/zero"]),
        ("check a missing file", ["check", str(root / "missing.txt")]),
    ]
    return cases


def run_cli(args: list[str]) -> dict:
    from click.testing import CliRunner

    from klarsprak.cli import main

    result = CliRunner().invoke(main, args)
    text = result.output.strip()
    lines = text.splitlines()
    clean = (result.exit_code == 2 and bool(lines) and lines[-1].startswith(("klarsprak: error:", "Error:"))
             and "Traceback" not in text and not isinstance(result.exception, (AssertionError, TypeError)))
    return {"exit": result.exit_code, "clean": clean, "message": lines[-1][:300] if lines else "",
            "exception": type(result.exception).__name__ if result.exception and result.exit_code != 2 else None}


def disk_full(root: Path) -> dict:
    """``batch`` on a disk that fills (a file-size limit, so writes fail as on a full disk)."""
    done = batch_on_full_disk(root / "full-site", root / "full-out")
    lines = done.stderr.strip().splitlines()
    return {"exit": done.returncode, "clean": done.returncode == 2 and "Traceback" not in done.stderr,
            "message": lines[-1][:300] if lines else ""}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--step", type=int, default=7, help="bytes between WARC cut points")
    args = parser.parse_args()
    started = time.time()
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        files = hostile_files(root / "hostile")
        cuts = warc_cuts(root, args.step)
        (root / "cli").mkdir()
        cases = {name: run_cli(argv) for name, argv in cli_cases(root / "cli")}
        cases["batch on a full disk"] = disk_full(root / "cli")
    aborts = sum("abort" in r for r in files.values())
    clean_rows = sum(len(r["errors"]) - sum(any(u in e for u in UNCLEAN) for e in r["errors"])
                     for r in files.values() if "abort" not in r)
    silent = sum(r.get("rows", 1) == 0 for r in files.values())
    summary = {
        "hostile_files": {"tried": len(files), "clean_error_rows": clean_rows, "batch_aborts": aborts,
                          "silent_losses": silent, "files_with_an_error_row": sum(bool(r.get("errors"))
                                                                                  for r in files.values())},
        "warc_cut_points": cuts,
        "config_and_cli_cases": {"tried": len(cases), "exit_2_clear": sum(c["clean"] for c in cases.values())},
        "seconds": round(time.time() - started, 1),
    }
    results = {"summary": summary, "files": files, "cases": cases}
    print(json.dumps(summary, indent=2))
    for name, case in cases.items():
        if not case["clean"]:
            print(f"  not clean: {name}: exit {case['exit']} {case.get('exception') or ''} {case['message'][:120]}")
    (REPO / "benchmarks" / "results" / "hostile_inputs.json").write_text(
        json.dumps(results, indent=2, ensure_ascii=False), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
