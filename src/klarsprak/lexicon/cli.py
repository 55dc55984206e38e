"""``klarsprak lexicon check``: validate lexicon files before they are used (in CI, or a user's own)."""

from __future__ import annotations

import sys
from typing import Sequence

import click

from ..errors import KlarsprakError
from .check import check
from .loader import shipped_files


@click.group()
def lexicon() -> None:
    """Work with the lexicons (word lists with a schema and a source per entry)."""


@lexicon.command("check")
@click.argument("paths", nargs=-1, type=click.Path(dir_okay=False))
def check_command(paths: Sequence[str]) -> None:
    """Check PATHS (default: every shipped lexicon file): schema, duplicates, replacements that are flagged.

    Exit code 0: no problems; 1: problems (one line each); 2: a file that cannot be read or breaks its schema.
    """
    try:
        problems = check(list(paths) if paths else None)
    except (KlarsprakError, OSError) as exc:
        click.echo(f"klarsprak: error: {exc}", err=True)
        sys.exit(2)
    for problem in problems:
        click.echo(str(problem))
    count = len(paths) if paths else len(shipped_files())
    click.echo(f"{count} files checked, {len(problems)} problems", err=True)
    sys.exit(1 if problems else 0)
