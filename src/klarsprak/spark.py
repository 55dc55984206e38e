"""``klarsprak.spark``: score Spark DataFrames and web archives (see :mod:`klarsprak.archive.spark`)."""

from .archive.spark import run_spark_batch, score_dataframe, score_files, spark_schema

__all__ = ["run_spark_batch", "score_dataframe", "score_files", "spark_schema"]
