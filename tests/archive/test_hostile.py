"""Hostile inputs and broken outputs, made by the tests: every one is a clean error row or exit 2, never a
traceback, an aborted batch or a silent loss."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
import tracemalloc
from pathlib import Path

import pytest

from klarsprak import Config, InputError, KlarsprakError, read_document
from klarsprak.archive import Limits
from klarsprak.archive.parts import DOCUMENTS, OutputError, PartWriter, read_table
from klarsprak.archive.readers import iter_sources
from klarsprak.archive.run import run_batch
from klarsprak.cli import main

from benchmarks.inputs.files import page
from benchmarks.inputs.hostile import SWEDISH, batch_on_full_disk, hostile_set, lying_docx, warc_bytes

REPO = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def hostile(tmp_path_factory) -> Path:
    root = tmp_path_factory.mktemp("hostile") / "site"
    hostile_set(root)
    return root


def test_hostile_files_are_clean_error_rows_and_nothing_is_lost(hostile, tmp_path, model, capfd):
    out = tmp_path / "out"
    summary = run_batch([hostile], out, jobs=0, config=Config(model=model), progress=False)
    docs = read_table(out, DOCUMENTS).to_pandas()
    named = {Path(s.split("#")[0]).name for s in docs["source"]}
    assert {p.name.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")
            for p in hostile.iterdir()} <= named  # every file has at least one row
    assert summary.documents == len(docs) and docs["id"].is_unique
    errors = docs[docs.status == "error"]
    assert errors["error"].str.len().gt(10).all()
    assert not errors["error"].str.contains("internal error|worker process").any()
    by_name = {Path(s.split("#")[0]).name: row for s, row in zip(docs["source"], docs.to_dict("records"))}
    assert by_name["sida-\\xe5\\xe4\\xf6.html"]["status"] == "ok"
    assert "LimitReachedError" in by_name["deep_tree.pdf"]["error"]
    assert "claims 5,000 bytes" in by_name["lying_bomb.docx"]["error"]
    assert "first record" in by_name["cut_first_header.warc.gz"]["error"]
    odd = docs[docs.url.fillna("").str.match("javascript:|file:")]
    assert sorted(odd.status) == ["ok", "ok"]
    cut = docs[docs.source.str.contains("cut_later.warc#")].sort_values("source")
    assert sorted(cut.status) == ["error", "ok"] and "sida-1" in cut[cut.status == "error"]["error"].iloc[0]
    assert len(capfd.readouterr().err.splitlines()) < 20  # pypdf's warnings do not flood stderr


@pytest.mark.parametrize("gz", [True, False])
def test_a_warc_cut_anywhere_names_every_record_it_loses(tmp_path, gz):
    data, ends, urls = warc_bytes(3, gz=gz)
    path = tmp_path / ("cut.warc.gz" if gz else "cut.warc")
    step = max(1, len(data) // 150)
    for cut in [c for c in range(0, len(data), step) if c not in ends and c > 0]:
        path.write_bytes(data[:cut])
        sources = list(iter_sources([path]))
        read = {s.url for s in sources if s.error is None}
        errors = [s.error for s in sources if s.error]
        assert len(read) + bool(errors) >= 1 and (len(read) == 3 or errors), cut
        assert all(s.data == page(f"Sida {urls.index(s.url)}", body=SWEDISH) for s in sources if s.error is None)


def test_a_zip_bomb_that_lies_about_its_size_stops_at_the_limit():
    bomb = lying_docx(expanded=60_000_000, claimed=5_000)
    assert len(bomb) < 200_000
    tracemalloc.start()
    with pytest.raises(InputError, match="over 10,000,000 bytes, the limit"):
        read_document(bomb, limits=Limits(max_expanded_bytes=10_000_000))
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    assert peak < 5_000_000 + len(bomb)
    with pytest.raises(InputError, match="claims 5,000 bytes"):
        read_document(bomb)


def test_a_device_that_never_ends_is_read_up_to_the_limit():
    with pytest.raises(InputError, match="over the limit of 1,000,000 bytes"):
        read_document("/dev/zero", limits=Limits(max_bytes=1_000_000))


LIST_SOURCES = ("import json, os, sys; from klarsprak.archive.readers import iter_sources, warc\n"
                "if os.geteuid() == 0: os.setuid(65534)  # root reads any folder: list as nobody\n"
                "print(json.dumps([[s.key, s.error] for s in iter_sources([sys.argv[1]])]))")


def test_an_unreadable_folder_is_a_row():
    with tempfile.TemporaryDirectory() as tmp:  # under /tmp, so an unprivileged user can reach it
        root = Path(tmp) / "site"
        (root / "hemlig").mkdir(parents=True)
        (root / "hemlig" / "sida.html").write_bytes(page())
        (root / "sida.html").write_bytes(page())
        for folder in (Path(tmp), root):
            folder.chmod(0o755)
        (root / "hemlig").chmod(0)
        done = subprocess.run([sys.executable, "-c", LIST_SOURCES, str(root)], capture_output=True, text=True,
                              env={**os.environ, "PYTHONPATH": str(REPO / "src")}, check=True)
        (root / "hemlig").chmod(0o755)
    listed = dict(json.loads(done.stdout))
    assert listed[str(root / "sida.html")] is None
    assert "cannot read the folder" in listed[str(root / "hemlig")] and "ermission denied" in listed[str(root / "hemlig")]


def test_pipes_and_devices_in_a_folder_are_rows_not_hangs(tmp_path):
    os.mkfifo(tmp_path / "ror.txt")
    (tmp_path / "noll.html").symlink_to("/dev/zero")
    (tmp_path / "borta.txt").symlink_to(tmp_path / "saknas.txt")
    errors = {s.key: s.error for s in iter_sources([tmp_path])}  # keyed by canonical path: links resolved
    assert "not a regular file" in errors[str(tmp_path / "ror.txt")] and "not a regular file" in errors["/dev/zero"]
    assert "No such file" in errors[str(tmp_path / "saknas.txt")]


def test_any_spelling_of_the_archive_resumes(tmp_path, model, monkeypatch):
    site = tmp_path / "site"
    site.mkdir()
    (site / "a.html").write_bytes(page())
    (site / "b.txt").write_text(SWEDISH, encoding="utf-8")
    (site / "genväg.txt").symlink_to(site / "b.txt")
    out = tmp_path / "out"
    first = run_batch([site], out, jobs=0, config=Config(model=model), progress=False)
    assert first.documents == 2
    monkeypatch.chdir(tmp_path)
    again = run_batch(["./site/../site", str(site / "a.html"), site], out, jobs=0, config=Config(model=model),
                      progress=False)
    assert again.documents == 0 and again.resumed == 2


def test_a_bad_configuration_stops_the_batch_before_any_row(tmp_path, model):
    site = tmp_path / "site"
    site.mkdir()
    (site / "a.txt").write_text(SWEDISH, encoding="utf-8")
    out = tmp_path / "out"
    with pytest.raises(KlarsprakError, match="nope"):
        run_batch([site], out, jobs=1, config=Config(model=model, disable=("nope",)), progress=False)
    assert not list((out / DOCUMENTS).glob("part-*"))
    assert run_batch([site], out, jobs=0, config=Config(model=model), progress=False).ok == 1


def test_missing_inputs_and_lists_stop_the_batch(tmp_path):
    listing = tmp_path / "lista.txt"
    listing.write_bytes(b"sida-\xe5.html\n")
    for sources, message in (([tmp_path / "saknas"], "no such file"), ([f"@{tmp_path / 'saknas.txt'}"], "no such"),
                             ([f"@{listing}"], "not UTF-8")):
        with pytest.raises(InputError, match=message):
            run_batch(sources, tmp_path / "out", progress=False)


def test_a_corrupt_or_foreign_part_is_an_output_error(tmp_path):
    import pyarrow as pa
    import pyarrow.parquet as pq

    out = tmp_path / "out"
    PartWriter(out)
    (out / DOCUMENTS / "part-00001.parquet").write_bytes(b"PAR1 not really")
    with pytest.raises(OutputError, match="part-00001.parquet: not a readable klarsprak part"):
        PartWriter(out)
    with pytest.raises(OutputError, match="part-00001.parquet"):
        read_table(out, DOCUMENTS)
    pq.write_table(pa.table({"x": [1]}), out / DOCUMENTS / "part-00001.parquet")
    with pytest.raises(OutputError, match="part-00001.parquet"):
        PartWriter(out)


def test_an_unwritable_output_folder_is_an_output_error(tmp_path):
    (tmp_path / "fil").write_text("x")
    with pytest.raises(OutputError, match="cannot write the output folder"):
        PartWriter(tmp_path / "fil" / "out")


def _cli(args: list[str]):
    from click.testing import CliRunner

    return CliRunner().invoke(main, args)


def test_cli_user_errors_exit_2_with_one_line(tmp_path):
    (tmp_path / "fil").write_text("x")
    out = tmp_path / "out"
    PartWriter(out)
    (out / DOCUMENTS / "part-00001.parquet").write_bytes(b"garbage")
    for args, message in ((["batch", str(tmp_path / "fil"), "-o", str(tmp_path / "fil" / "out")], "cannot write"),
                          (["batch", str(tmp_path / "fil"), "-o", str(out)], "not a readable klarsprak part"),
                          (["batch", str(tmp_path / "saknas"), "-o", str(tmp_path / "o2")], "no such file"),
                          (["report", str(out), "-o", str(tmp_path / "r.html")], "not a readable klarsprak part"),
                          (["check", "/dev/zero"], "over the limit")):
        result = _cli(args)
        assert result.exit_code == 2, (args, result.output)
        assert message in result.output and "Traceback" not in result.output


def test_report_into_a_missing_folder_exits_2(tmp_path, model):
    out = tmp_path / "out"
    PartWriter(out)
    result = _cli(["report", str(out), "-o", str(tmp_path / "saknas" / "r.html")])
    assert result.exit_code == 2 and "cannot write the report" in result.output


@pytest.mark.slow
def test_a_full_disk_stops_the_batch_with_exit_2_and_keeps_what_was_committed(tmp_path, model):
    done = batch_on_full_disk(tmp_path / "site", tmp_path / "out", *(["--model", model] if model else []))
    assert done.returncode == 2, done.stderr
    assert "cannot write" in done.stderr and "File too large" in done.stderr and "Traceback" not in done.stderr
    assert "run the same command again to resume" in done.stderr
