"""The Spark engine in local mode gives the same rows as the local engine."""

from __future__ import annotations

import math
import os
import sys

import pytest

from klarsprak import Config
from klarsprak.archive.parts import DOCUMENTS, FINDINGS, read_table
from klarsprak.archive.run import run_batch

from benchmarks.inputs.files import archive

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def spark():
    pyspark = pytest.importorskip("pyspark.sql", reason="pyspark (extra klarsprak[spark]) is not installed")
    os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
    session = (pyspark.SparkSession.builder.master("local[2]").appName("klarsprak-test")
               .config("spark.ui.enabled", "false").config("spark.driver.host", "127.0.0.1")
               .config("spark.driver.bindAddress", "127.0.0.1").config("spark.sql.shuffle.partitions", "4")
               .getOrCreate())
    yield session
    session.stop()


def _same(a: object, b: object) -> bool:
    if isinstance(a, float) and isinstance(b, float):
        return math.isclose(a, b, rel_tol=1e-12) or (math.isnan(a) and math.isnan(b))
    return a == b


def test_spark_batch_gives_the_local_engines_rows(tmp_path, spark, model):
    from klarsprak.spark import run_spark_batch

    site = archive(tmp_path, pages=6)
    config = Config(model=model)
    run_batch([site], tmp_path / "local", jobs=0, config=config, progress=False)
    summary = run_spark_batch([site], tmp_path / "spark", config=config, spark=spark)
    for table, key in ((DOCUMENTS, ["id"]), (FINDINGS, ["doc_id", "start", "end", "rule"])):
        local = read_table(tmp_path / "local", table).to_pandas().sort_values(key).reset_index(drop=True)
        remote = read_table(tmp_path / "spark", table).to_pandas().sort_values(key).reset_index(drop=True)
        assert list(remote.columns) == list(local.columns) and len(remote) == len(local) > 0
        for column in local.columns:
            for a, b in zip(local[column].tolist(), remote[column].tolist()):
                a, b = (list(a), list(b)) if hasattr(a, "tolist") else (a, b)
                assert _same(a, b) or (a is None and b is None) or (a != a and b != b), (table, column, a, b)
    assert summary.skipped >= 2 and summary.error >= 1


def test_score_dataframe_text_column(spark, model):
    from klarsprak.spark import score_dataframe

    df = spark.createDataFrame(
        [("a", "Ansökan skickas till nämnden och beslutet fattas av handläggaren."),
         ("b", "This text is written in English and must not be scored as Swedish."),
         ("c", "ansökan skickas till nämnden  och beslutet fattas av handläggaren.")],
        ["doc", "text"])
    docs, findings = score_dataframe(df, "text", id_col="doc", config=Config(model=model))
    rows = {r["id"]: r for r in docs.collect()}
    assert rows["a"]["status"] == "ok" and rows["a"]["words"] == 9
    assert rows["b"]["status"] == "skipped" and "'en'" in rows["b"]["error"]
    assert rows["c"]["status"] == "skipped" and rows["c"]["error"] == "duplicate of a"
    assert {r["doc_id"] for r in findings.collect()} <= {"a"}


def test_hostile_files_are_error_rows_on_spark_too(tmp_path, spark, model):
    from klarsprak.spark import run_spark_batch

    from benchmarks.inputs.hostile import hostile_set

    site = tmp_path / "site"
    paths = hostile_set(site)
    keep = {"non_utf8_name.html", "deep_tree.pdf", "lying_bomb.docx", "cut_first_header.warc.gz", "cut_later.warc",
            "odd_urls.warc.gz", "binary.html"}
    for name, path in paths.items():
        if name not in keep:
            path.unlink()
    config = Config(model=model)
    run_batch([site], tmp_path / "local", jobs=0, config=config, progress=False)
    run_spark_batch([site], tmp_path / "spark", config=config, spark=spark)
    columns = ["id", "source", "status", "error"]
    local = read_table(tmp_path / "local", DOCUMENTS, columns).to_pandas().sort_values("id").reset_index(drop=True)
    remote = read_table(tmp_path / "spark", DOCUMENTS, columns).to_pandas().sort_values("id").reset_index(drop=True)
    assert local.equals(remote) and len(local) >= len(keep)
    assert (local.status == "ok").sum() == 4  # the Latin-1 name, two odd-URL records, the cut WARC's first record
