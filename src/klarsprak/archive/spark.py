"""Score archives on Apache Spark: a DataFrame text column, or WARC files and folders.

Work runs in ``mapPartitions``; each Python worker loads the model once and
keeps it (:func:`klarsprak.analyzer.executor_analyzer`; Spark reuses Python workers), and every row is built by the same
:func:`~klarsprak.archive.scoring.score_source` as the local engine, so both
engines give the same ``documents`` and ``findings`` rows. Needs the optional
extra ``klarsprak[spark]``.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any, Iterable, Iterator

import pyarrow as pa

from ..config import Config
from .limits import Limits
from .readers import Source, canonical, file_source, input_files, iter_sources, source_id
from .tables import FINDINGS_SCHEMA, documents_schema

if TYPE_CHECKING:
    from pyspark.sql import DataFrame, SparkSession

ORDER = "_order"


def spark_schema(schema: pa.Schema) -> Any:
    """An Arrow schema as a Spark ``StructType`` (the types our tables use)."""
    from pyspark.sql import types as T

    def convert(kind: pa.DataType) -> Any:
        if pa.types.is_list(kind):
            return T.ArrayType(convert(kind.value_type))
        return {pa.string(): T.StringType(), pa.int64(): T.LongType(), pa.int32(): T.IntegerType(),
                pa.float64(): T.DoubleType(), pa.bool_(): T.BooleanType()}[kind]

    return T.StructType([T.StructField(f.name, convert(f.type), True) for f in schema])


def _score_all(sources: Iterable[tuple[tuple[int, int], Source]], config: Config | None, model: str | None,
               limits: Limits) -> Iterator[tuple[tuple[int, int], dict[str, Any], list[dict[str, Any]]]]:
    from ..analyzer import executor_analyzer
    from .scoring import score_source

    analyzer = executor_analyzer(config, model)
    schema = documents_schema()
    for order, source in sources:
        scored = score_source(source, analyzer, limits, schema)
        yield order, scored.document, scored.findings


def _frames(spark: SparkSession, scored: Any) -> tuple[DataFrame, DataFrame]:
    """Documents and findings DataFrames, duplicates (same text, later in input order) marked skipped."""
    from pyspark.sql import Window
    from pyspark.sql import functions as F
    from pyspark.sql import types as T

    scored = scored.persist()
    doc_schema = documents_schema()
    docs_type = spark_schema(doc_schema).add(ORDER, T.ArrayType(T.LongType()))
    docs = spark.createDataFrame(
        scored.map(lambda s: (*(s[1][f.name] for f in doc_schema), list(s[0]))), docs_type)
    findings = spark.createDataFrame(
        scored.flatMap(lambda s: [tuple(r[f.name] for f in FINDINGS_SCHEMA) for r in s[2]]),
        spark_schema(FINDINGS_SCHEMA))
    first = Window.partitionBy("content_hash").orderBy(ORDER)
    ok = (F.col("status") == "ok") & F.col("content_hash").isNotNull()
    docs = docs.withColumn("_original", F.when(ok, F.first("id").over(first)))
    duplicate = F.col("_original").isNotNull() & (F.col("_original") != F.col("id"))
    blank = [c for c in docs.columns if c not in {"id", "source", "url", "path", "title", "date", "language",
                                                  "publisher", "site_name", "content_type", "content_hash",
                                                  "status", "error", ORDER, "_original"}]
    docs = docs.select(
        *[F.when(duplicate, F.lit(None)).otherwise(F.col(c)).alias(c) if c in blank else F.col(c)
          for c in docs.columns if c not in ("status", "error")],
        F.when(duplicate, F.lit("skipped")).otherwise(F.col("status")).alias("status"),
        F.when(duplicate, F.concat(F.lit("duplicate of "), F.col("_original"))).otherwise(F.col("error")).alias("error"),
    )
    dropped = docs.filter(F.col("status") == "skipped").select(F.col("id").alias("doc_id"))
    findings = findings.join(dropped, "doc_id", "left_anti")
    columns = [f.name for f in doc_schema]
    return docs.orderBy(ORDER).select(*columns), findings.select(*[f.name for f in FINDINGS_SCHEMA])


def score_dataframe(df: DataFrame, text_col: str = "text", *, id_col: str | None = None, url_col: str | None = None,
                    config: Config | None = None, model: str | None = None,
                    limits: Limits = Limits()) -> tuple[DataFrame, DataFrame]:
    """Score the texts in ``df[text_col]``: the ``documents`` and ``findings`` DataFrames.

    ``id_col`` gives each document's id (default: a hash of the text's row
    position and content); ``url_col`` its URL, used for site sections.
    """
    spark = df.sparkSession
    columns = [text_col, *(c for c in (id_col, url_col) if c)]

    def partition(index: int, rows: Iterator[Any]) -> Iterator[Any]:
        def sources() -> Iterator[tuple[tuple[int, int], Source]]:
            for n, row in enumerate(rows):
                text = row[text_col] or ""
                key = str(row[id_col]) if id_col else f"row:{index}:{n}:{source_id(text)}"
                yield (index, n), Source(id=str(row[id_col]) if id_col else source_id(key), key=key,
                                         data=text.encode("utf-8", "surrogatepass"), content_type="text/plain",
                                         url=row[url_col] if url_col else None)
        return _score_all(sources(), config, model, limits)

    return _frames(spark, df.select(*columns).rdd.mapPartitionsWithIndex(partition))


def score_files(spark: SparkSession, sources: Iterable[str | os.PathLike[str]], *, config: Config | None = None,
                model: str | None = None, limits: Limits = Limits()) -> tuple[DataFrame, DataFrame]:
    """Score files, folders and WARC files: one Spark task per file, records read on the executor.

    A file that cannot be listed or read, and any failure while reading a
    file's records, is an error row, as in the local engine.
    """
    unique: dict[str, tuple[Path, str | None]] = {}
    for path, error in input_files(sources):
        unique.setdefault(canonical(path), (path, error))  # one row per file, however it was named
    files = list(enumerate(unique.values()))
    rdd = spark.sparkContext.parallelize(files, max(1, min(len(files), 1000)))

    def partition(items: Iterator[tuple[int, tuple[Path, str | None]]]) -> Iterator[Any]:
        def sources_of() -> Iterator[tuple[tuple[int, int], Source]]:
            for index, (path, error) in items:
                n = -1
                try:
                    if error is None:
                        for n, source in enumerate(iter_sources([path], limits=limits)):
                            yield (index, n), source
                        continue
                except Exception as exc:  # a reader's failure is this file's row, never the job's
                    error = f"cannot read {path}: {type(exc).__name__}: {exc}"
                yield (index, n + 1), file_source(path, error)
        return _score_all(sources_of(), config, model, limits)

    return _frames(spark, rdd.mapPartitions(partition))


def run_spark_batch(sources: Iterable[str | os.PathLike[str]], out: str | Path, *, config: Config | None = None,
                    model: str | None = None, limits: Limits = Limits(), spark: SparkSession | None = None) -> Any:
    """``klarsprak batch --engine spark``: write ``documents/`` and ``findings/`` Parquet with Spark.

    Spark's output committer makes each table appear whole or not at all; a
    rerun rewrites both. Uses the active session, or a local one whose workers
    run this Python (unless ``PYSPARK_PYTHON`` says otherwise). A missing input,
    a bad configuration or model, and a local output folder that cannot be
    written are raised here, before the job starts.
    """
    from pyspark.sql import SparkSession

    from ..analyzer import cached_analyzer
    from .parts import OutputError
    from .run import Summary, check_inputs

    sources = list(sources)
    check_inputs(sources)
    cached_analyzer(config, model)  # a bad configuration fails here, not in every task
    if "://" not in str(out):
        try:
            Path(out).mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise OutputError(f"cannot write the output folder {out}: {exc.strerror or exc}") from None
    if spark is None:
        os.environ.setdefault("PYSPARK_PYTHON", sys.executable)  # workers run the driver's Python (an unactivated venv)
        spark = SparkSession.builder.appName("klarsprak-batch").getOrCreate()
    docs, findings = score_files(spark, sources, config=config, model=model or (config.model if config else None),
                                 limits=limits)
    docs = docs.persist()
    docs.write.mode("overwrite").parquet(str(Path(out) / "documents"))
    findings.write.mode("overwrite").parquet(str(Path(out) / "findings"))
    counts = {r["status"]: r["count"] for r in docs.groupBy("status").count().collect()}
    return Summary(ok=counts.get("ok", 0), error=counts.get("error", 0), skipped=counts.get("skipped", 0),
                   findings=spark.read.parquet(str(Path(out) / "findings")).count(), parts=1)
