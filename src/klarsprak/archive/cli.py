"""``klarsprak batch`` and ``klarsprak report``: the archive commands (registered by :mod:`klarsprak.cli`).

A thin layer: options become a :class:`~klarsprak.Config` (the shared options of
:mod:`klarsprak.cli_options`) and :class:`~klarsprak.archive.Limits`; every user
error raised by the engines (a :class:`~klarsprak.KlarsprakError`) exits 2 with one line.
"""

from __future__ import annotations

import sys
from typing import Sequence

import click

from ..cli_options import UsageFailure, config_options, load_config
from ..errors import KlarsprakError
from .limits import Limits

DEFAULT = Limits()


@click.command()
@click.argument("sources", nargs=-1, required=True)
@click.option("-o", "--out", required=True, type=click.Path(file_okay=False),
              help="Output folder for documents/ and findings/ Parquet parts.")
@click.option("-j", "--jobs", type=click.IntRange(0), default=1, show_default=True,
              help="Worker processes (0: score in this process).")
@click.option("--engine", type=click.Choice(["local", "spark"]), default="local", show_default=True)
@config_options()
@click.option("--part-size", type=click.IntRange(1), default=500, show_default=True,
              help="Documents per committed Parquet part.")
@click.option("--part-seconds", type=click.FloatRange(0), default=60.0, show_default=True,
              help="Commit a part at least this often.")
@click.option("--max-bytes", type=click.IntRange(1), default=DEFAULT.max_bytes, show_default=True,
              help="Largest input file or WARC payload.")
@click.option("--max-pages", type=click.IntRange(1), default=DEFAULT.max_pages, show_default=True,
              help="Most pages of a PDF.")
@click.option("--timeout", type=click.FloatRange(0), default=None,
              help=f"Seconds to read one input, and again to score it (0: no limit) [default: batch.seconds, "
                   f"{DEFAULT.seconds:g}].")
@click.option("--timeout-per-mb", type=click.FloatRange(0), default=None,
              help=f"Seconds added to --timeout per MB of the input and of its text [default: "
                   f"batch.seconds_per_mb, {DEFAULT.seconds_per_mb:g}].")
@click.option("--progress/--no-progress", default=True, show_default=True, help="Show a progress bar.")
def batch(sources: Sequence[str], out: str, jobs: int, engine: str, config_path: str | None, model: str | None,
          lix_target: float | None, sender: str | None, disable: tuple[str, ...], part_size: int,
          part_seconds: float, max_bytes: int, max_pages: int, timeout: float | None,
          timeout_per_mb: float | None, progress: bool) -> None:
    """Score every document under SOURCES (folders, files, WARCs, @lists) into Parquet tables in --out.

    Running the same command again after an interruption resumes where it stopped.
    """
    config = load_config(config_path, disable=disable, model=model, lix_target=lix_target, sender=sender)
    limits = Limits(max_bytes=max_bytes, max_pages=max_pages,
                    seconds=config.batch["seconds"] if timeout is None else timeout,
                    seconds_per_mb=config.batch["seconds_per_mb"] if timeout_per_mb is None else timeout_per_mb)
    try:
        if engine == "spark":
            from .spark import run_spark_batch

            summary = run_spark_batch(list(sources), out, config=config, limits=limits)
        else:
            from .run import run_batch

            summary = run_batch(sources, out, jobs=jobs, config=config, limits=limits, part_size=part_size,
                                part_seconds=part_seconds, progress=progress)
    except KlarsprakError as exc:
        raise UsageFailure(str(exc)) from None
    except KeyboardInterrupt:
        click.echo("klarsprak: interrupted; committed parts are kept, run the same command to resume", err=True)
        sys.exit(130)
    click.echo(f"{summary.documents} documents ({summary.ok} ok, {summary.error} error, {summary.skipped} skipped), "
               f"{summary.findings} findings, {summary.resumed} done before; written to {out}", err=True)


@click.command()
@click.argument("directory", type=click.Path(exists=True, file_okay=False))
@click.option("-o", "--output", default="report.html", show_default=True, type=click.Path(dir_okay=False),
              help="The HTML file to write.")
@click.option("--worst", type=click.IntRange(1), default=25, show_default=True, help="How many worst pages to list.")
@config_options("config", "lix_target")
def report(directory: str, output: str, worst: int, config_path: str | None, lix_target: float | None) -> None:
    """Write one self-contained HTML report of a batch output DIRECTORY."""
    from .report import write_report

    target = load_config(config_path, lix_target=lix_target).lix_target
    try:
        write_report(directory, output, lix_target=target, worst=worst)
    except KlarsprakError as exc:
        raise UsageFailure(str(exc)) from None
    click.echo(f"wrote {output}", err=True)
