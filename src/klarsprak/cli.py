"""The ``klarsprak`` command line: ``check`` (a linter), ``batch`` and ``report`` for archives, ``serve``,
and ``lexicon check`` (word lists against their schema, with the shipped model to tell noun genders).

For HTML, PDF and DOCX input, line and column refer to the extracted text
(what was scored), which ``--format json`` includes.

Exit codes of ``check``: 0 nothing at or above ``--fail-on``, 1 findings at or above
it, 2 a usage, configuration or input error (with a one-line message).
"""

from __future__ import annotations

import json
import sys
from typing import TYPE_CHECKING, Any, Sequence

import click

from . import __version__
from .archive.cli import batch, report
from .cli_options import UsageFailure, config_options, load_config, printable
from .doc import Lines
from .errors import KlarsprakError
from .findings import Report, Severity
from .serve.cli import serve

if TYPE_CHECKING:
    from spacy.language import Language

SEVERITIES = [s.value for s in Severity]


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="klarsprak")
def main() -> None:
    """Plain-language, inclusive-language and sender checks for Swedish public-sector text."""


def _read(path: str) -> Any:
    """Standard input as text, or a file through the document readers (HTML, PDF, DOCX, …)."""
    if path == "-":
        return sys.stdin.read()
    from .archive.readers import read_document

    return read_document(path)


def _emit(fmt: str, name: str, report: Report) -> None:
    if fmt == "json":
        return
    if fmt == "jsonl":
        for f in report.findings:
            click.echo(json.dumps({"path": name, **f.to_dict()}, ensure_ascii=False))
        return
    lines = Lines(report.text)
    for f in report.findings:
        line, col = lines.line_col(f.start)
        click.echo(printable(f"{name}:{line}:{col}: {f.severity.value} {f.rule} {f.message}"))


@main.command()
@click.argument("paths", nargs=-1, required=True)
@click.option("--format", "fmt", type=click.Choice(["text", "json", "jsonl"]), default="text", show_default=True,
              help="text: path:line:col: severity rule message; json: one report per path; jsonl: one finding per line.")
@click.option("--fail-on", type=click.Choice(SEVERITIES), default=None,
              help="Lowest severity that makes the exit code 1 [default: warning, or the config's fail_on].")
@config_options()
def check(paths: Sequence[str], fmt: str, fail_on: str | None, config_path: str | None,
          lix_target: float | None, sender: str | None, disable: Sequence[str], model: str | None) -> None:
    """Check files (or - for standard input) and print findings like a linter."""
    from .analyzer import cached_analyzer

    config = load_config(config_path, lix_target=lix_target, sender=sender, disable=tuple(disable),
                         fail_on=fail_on, model=model)
    try:
        analyzer = cached_analyzer(config)
    except KlarsprakError as exc:
        raise UsageFailure(str(exc)) from None
    worst: Severity | None = None
    reports = []
    for path in paths:
        try:
            report = analyzer.analyze(_read(path))
        except (OSError, UnicodeDecodeError, KlarsprakError) as exc:
            raise UsageFailure(f"{path}: {exc}") from None
        _emit(fmt, "<stdin>" if path == "-" else path, report)
        reports.append({"path": path, **report.to_dict()})
        for f in report.findings:
            worst = f.severity if worst is None or f.severity > worst else worst
    if fmt == "json":
        click.echo(json.dumps(reports, ensure_ascii=False, indent=2))
    if worst is not None and worst >= config.fail_on:
        sys.exit(1)


@main.group()
def lexicon() -> None:
    """Work with the lexicons (word lists with a schema and a source per entry)."""


@lexicon.command("check")
@click.argument("paths", nargs=-1, type=click.Path(dir_okay=False))
def lexicon_check(paths: Sequence[str]) -> None:
    """Check PATHS (default: every shipped lexicon file): schema, duplicates, replacements that are flagged,
    drop-in nouns of another gender.

    Exit code 0: no problems; 1: problems (one line each); 2: a file that cannot be read or breaks its schema.
    """
    from .lexicon.check import check
    from .lexicon.loader import shipped_files

    try:
        problems = check(list(paths) if paths else None, tagger=_tagger)
    except (KlarsprakError, OSError) as exc:
        click.echo(f"klarsprak: error: {exc}", err=True)
        sys.exit(2)
    for problem in problems:
        click.echo(str(problem))
    count = len(paths) if paths else len(shipped_files())
    click.echo(f"{count} files checked, {len(problems)} problems", err=True)
    sys.exit(1 if problems else 0)


def _tagger() -> Language:
    """The shipped model with what ``lexicon check`` needs to tell a noun's gender."""
    from .pipeline import load

    return load(needs=("pos", "morph"))


main.add_command(batch)
main.add_command(report)
main.add_command(serve)
