"""``klarsprak batch`` and ``klarsprak report``: the archive commands (registered by :mod:`klarsprak.cli`)."""

from __future__ import annotations

import sys
from typing import NoReturn, Sequence

import click

from ..config import Config, discover, load_file
from ..errors import KlarsprakError
from .limits import Limits

DEFAULT = Limits()


def _config(config_path: str | None, model: str | None) -> Config:
    config = load_file(config_path) if config_path else discover()
    return config.merged(model=model)


def _fail(exc: KlarsprakError) -> NoReturn:
    """Exit 2 with the error's one-line message (a user error: bad config, input or output folder)."""
    from ..cli import UsageFailure

    raise UsageFailure(str(exc)) from None


@click.command()
@click.argument("sources", nargs=-1, required=True)
@click.option("-o", "--out", required=True, type=click.Path(file_okay=False),
              help="Output folder for documents/ and findings/ Parquet parts.")
@click.option("-j", "--jobs", type=click.IntRange(0), default=1, show_default=True,
              help="Worker processes (0: score in this process).")
@click.option("--engine", type=click.Choice(["local", "spark"]), default="local", show_default=True)
@click.option("--config", "config_path", type=click.Path(dir_okay=False), default=None,
              help="klarsprak.toml or pyproject.toml (default: discovered from the current folder).")
@click.option("--model", default=None, help="spaCy pipeline name or folder instead of the shipped model.")
@click.option("--part-size", type=click.IntRange(1), default=500, show_default=True,
              help="Documents per committed Parquet part.")
@click.option("--part-seconds", type=click.FloatRange(0), default=60.0, show_default=True,
              help="Commit a part at least this often.")
@click.option("--max-bytes", type=click.IntRange(1), default=DEFAULT.max_bytes, show_default=True,
              help="Largest input file or WARC payload.")
@click.option("--max-pages", type=click.IntRange(1), default=DEFAULT.max_pages, show_default=True,
              help="Most pages of a PDF.")
@click.option("--timeout", type=click.FloatRange(0), default=DEFAULT.seconds, show_default=True,
              help="Seconds to read and score one document (0: no limit).")
@click.option("--progress/--no-progress", default=True, show_default=True, help="Show a progress bar.")
def batch(sources: Sequence[str], out: str, jobs: int, engine: str, config_path: str | None, model: str | None,
          part_size: int, part_seconds: float, max_bytes: int, max_pages: int, timeout: float,
          progress: bool) -> None:
    """Score every document under SOURCES (folders, files, WARCs, @lists) into Parquet tables in --out.

    Running the same command again after an interruption resumes where it stopped.
    """
    limits = Limits(max_bytes=max_bytes, max_pages=max_pages, seconds=timeout)
    try:
        config = _config(config_path, model)
        if engine == "spark":
            from .spark import run_spark_batch

            summary = run_spark_batch(list(sources), out, config=config, limits=limits)
        else:
            from .run import run_batch

            summary = run_batch(sources, out, jobs=jobs, config=config, limits=limits, part_size=part_size,
                                part_seconds=part_seconds, progress=progress)
    except KlarsprakError as exc:
        _fail(exc)
    except KeyboardInterrupt:
        click.echo("klarsprak: interrupted; committed parts are kept, run the same command to resume", err=True)
        sys.exit(130)
    click.echo(f"{summary.documents} documents ({summary.ok} ok, {summary.error} error, {summary.skipped} skipped), "
               f"{summary.findings} findings, {summary.resumed} done before; written to {out}", err=True)


@click.command()
@click.argument("directory", type=click.Path(exists=True, file_okay=False))
@click.option("-o", "--output", default="report.html", show_default=True, type=click.Path(dir_okay=False),
              help="The HTML file to write.")
@click.option("--lix-target", type=float, default=None, help="LIX target line (default: from the configuration).")
@click.option("--worst", type=click.IntRange(1), default=25, show_default=True, help="How many worst pages to list.")
@click.option("--config", "config_path", type=click.Path(dir_okay=False), default=None)
def report(directory: str, output: str, lix_target: float | None, worst: int, config_path: str | None) -> None:
    """Write one self-contained HTML report of a batch output DIRECTORY."""
    from .report import write_report

    try:
        target = lix_target if lix_target is not None else _config(config_path, None).lix_target
        write_report(directory, output, lix_target=target, worst=worst)
    except KlarsprakError as exc:
        _fail(exc)
    click.echo(f"wrote {output}", err=True)
