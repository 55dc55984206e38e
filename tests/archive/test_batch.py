"""The local batch engine: tables, statuses, deduplication, hostile files, and resume after kill -9."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pyarrow.parquet as pq
import pytest

from klarsprak import Config
from klarsprak.archive import Limits
from klarsprak.archive.parts import DOCUMENTS, FINDINGS, read_table
from klarsprak.archive.run import run_batch
from klarsprak.archive.readers import iter_sources

from benchmarks.inputs.files import archive, zip_bomb


def _docs(out: Path):
    return read_table(out, DOCUMENTS).to_pandas()


def test_batch_writes_both_tables_with_statuses(tmp_path, model):
    site = archive(tmp_path)
    out = tmp_path / "out"
    summary = run_batch([site], out, jobs=0, config=Config(model=model), part_size=5, progress=False)
    docs = _docs(out)
    expected = [s.id for s in iter_sources([site])]
    assert sorted(docs["id"]) == sorted(expected) and docs["id"].is_unique
    by_name = {Path(row["source"]).name: row for row in docs.to_dict("records")}
    warc_rows = [row for row in by_name.values() if "#" in row["source"]]
    assert len(warc_rows) == 4 and all(row["status"] == "ok" and row["date"] for row in warc_rows)
    assert by_name["trasig.html"]["status"] == "error" and "binary" in by_name["trasig.html"]["error"]
    assert by_name["english.html"]["status"] == "skipped" and "'en'" in by_name["english.html"]["error"]
    assert by_name["kopia.html"]["status"] == "skipped" and by_name["kopia.html"]["error"].startswith("duplicate of ")
    assert by_name["beslut.pdf"]["status"] == "ok" and by_name["riktlinjer.docx"]["status"] == "ok"
    ok = docs[docs.status == "ok"]
    assert (ok.words > 0).all() and ok.lix.notna().all() and ok.sentences.notna().all()
    assert {"ovix", "passive_share", "sender_found", "sender_clear", "ground_age", "rule_long_sentence"} <= set(docs.columns)
    assert summary.documents == len(docs) and summary.parts == len(list((out / DOCUMENTS).iterdir()))
    findings = read_table(out, FINDINGS).to_pandas()
    assert set(findings.doc_id) <= set(ok.id)
    assert list(findings.columns)[:9] == ["doc_id", "rule", "category", "severity", "ground", "start", "end", "text",
                                          "message"]
    assert summary.findings == len(findings)


def test_rerun_is_a_no_op(tmp_path, model):
    site = archive(tmp_path, pages=4)
    out = tmp_path / "out"
    run_batch([site], out, jobs=0, config=Config(model=model), progress=False)
    again = run_batch([site], out, jobs=0, config=Config(model=model), progress=False)
    assert again.documents == 0 and again.resumed == len(_docs(out))


def test_hostile_files_become_error_rows_and_the_batch_goes_on(tmp_path, model):
    site = tmp_path / "hostile"
    site.mkdir()
    zip_bomb(site / "bomb.docx", 30_000_000)
    (site / "nested.html").write_bytes(b"<html><body>" + b"<div>" * 50_000 + b"x" + b"</div>" * 50_000 + b"</body></html>")
    (site / "latin.html").write_bytes(b'<html><head><meta charset="utf-8"></head><body><p>Ogiltig \xff\xfe text '
                                      b"som inte kan l\xe4sas alls i dag.</p></body></html>")
    (site / "ok.txt").write_text("Vi svarar inom en vecka. Du kan ringa oss på måndagar.", encoding="utf-8")
    out = tmp_path / "out"
    run_batch([site], out, jobs=0, config=Config(model=model), progress=False,
              limits=Limits(max_expanded_bytes=10_000_000))
    docs = _docs(out).set_index(_docs(out).path.map(lambda p: Path(p).name))
    assert docs.loc["ok.txt", "status"] == "ok"
    assert "zip bomb" in docs.loc["bomb.docx", "error"]
    assert "tags deep" in docs.loc["nested.html", "error"]
    assert "declared as utf-8" in docs.loc["latin.html", "error"]
    assert set(docs.status) == {"ok", "error"}


def _batch_cmd(site: Path, out: Path, model: str | None, jobs: int) -> list[str]:
    cmd = [sys.executable, "-c", "from klarsprak.cli import main; main()", "batch", str(site), "--out", str(out), "--jobs", str(jobs),
           "--part-size", "3", "--no-progress"]
    return cmd + (["--model", model] if model else [])


@pytest.mark.slow
@pytest.mark.parametrize("jobs", [1, 0])
def test_kill_9_then_resume_loses_and_repeats_nothing(tmp_path, model, jobs):
    site = archive(tmp_path, pages=40)
    expected = sorted(s.id for s in iter_sources([site]))
    out = tmp_path / "out"
    proc = subprocess.Popen(_batch_cmd(site, out, model, jobs), start_new_session=True,
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    deadline = time.monotonic() + 300
    while time.monotonic() < deadline and len(list((out / DOCUMENTS).glob("part-*.parquet"))) < 2:
        assert proc.poll() is None, proc.stderr.read().decode()
        time.sleep(0.05)
    os.killpg(proc.pid, signal.SIGKILL)  # the whole process group: the batch and its workers
    proc.wait()
    partial = _docs(out)
    assert 0 < len(partial) < len(expected), "the kill should land mid-run"
    done = subprocess.run(_batch_cmd(site, out, model, jobs), capture_output=True, timeout=600)
    assert done.returncode == 0, done.stderr.decode()
    docs = _docs(out)
    assert sorted(docs["id"]) == expected  # nothing lost, nothing twice
    findings = read_table(out, FINDINGS).to_pandas()
    assert not findings.duplicated(["doc_id", "rule", "start", "end"]).any()
    parts = sorted(p.name for p in (out / FINDINGS).glob("part-*.parquet"))
    assert parts == sorted(p.name for p in (out / DOCUMENTS).glob("part-*.parquet"))
    assert sum(pq.ParquetFile(out / FINDINGS / p).metadata.num_rows for p in parts) == len(findings)
    lines = (out / "manifest.jsonl").read_text().splitlines()
    assert sum(len(json.loads(line)["ids"]) for line in lines) == len(expected)


def test_the_time_limit_grows_with_the_document(tmp_path, model):
    """A long text that needs more than the base limit is scored when its size earns it the time."""
    assert Limits().seconds_for(20_000_000) == 120 + 20 * 150
    assert Limits(seconds=0).seconds_for(20_000_000) == 0  # no limit
    site = tmp_path / "in"
    site.mkdir()
    (site / "lang.txt").write_text("Ansökan ska skickas in senast den 1 maj. Beslutet fattades av nämnden.\n\n"
                                   * 1_000, encoding="utf-8")  # 72 kB, over a second to score
    rows = {}
    for name, per_mb in (("fixed", 0.0), ("scaled", 3_000.0)):
        run_batch([site], tmp_path / name, jobs=0, config=Config(model=model), progress=False,
                  limits=Limits(seconds=0.3, seconds_per_mb=per_mb))
        rows[name] = _docs(tmp_path / name).iloc[0]
    assert rows["fixed"].status == "error" and "longer than the limit of 0.3 seconds" in rows["fixed"].error
    assert "batch.seconds_per_mb" in rows["fixed"].error
    assert rows["scaled"].status == "ok" and rows["scaled"].words > 10_000
