"""What the commands share: the configuration options of ``check``, ``batch`` and ``report``, the one way
they become a :class:`~klarsprak.config.Config`, exit code 2 for user errors, and terminal-safe text."""

from __future__ import annotations

import re
from typing import Any, Callable

import click

from .config import BY_KEY, Config, discover, load_file
from .errors import KlarsprakError


class UsageFailure(click.ClickException):
    """A user error (bad config, input or output): exit code 2 and a one-line message."""

    exit_code = 2

    def show(self, file: Any = None) -> None:
        click.echo(f"klarsprak: error: {printable(self.format_message())}", err=True)


_OPTIONS: dict[str, Callable[[Any], Any]] = {
    "config": click.option("--config", "config_path", type=click.Path(dir_okay=False), default=None,
                           help="klarsprak.toml or pyproject.toml to read instead of the nearest one."),
    "model": click.option("--model", default=None, help=BY_KEY["model"].description),
    "lix_target": click.option("--lix-target", type=float, default=None, help=BY_KEY["lix_target"].description),
    "sender": click.option("--sender", default=None, help=BY_KEY["sender"].description),
    "disable": click.option("--disable", multiple=True,
                            help="Rule id, rule prefix or ground to switch off (repeatable)."),
}


def config_options(*names: str) -> Callable[[Any], Any]:
    """Add the named shared options (default: all) to a command; :func:`load_config` reads them."""
    chosen = names or tuple(_OPTIONS)

    def decorate(command: Any) -> Any:
        for name in reversed(chosen):
            command = _OPTIONS[name](command)
        return command

    return decorate


def load_config(config_path: str | None = None, *, disable: tuple[str, ...] = (), **overrides: Any) -> Config:
    """The file's configuration (``--config`` or the nearest one) with the command line's settings on top;
    a bad file, key or value exits 2 naming it."""
    try:
        base = load_file(config_path) if config_path else discover()
        if disable:
            overrides["disable"] = (*base.disable, *disable)
        return base.merged(**overrides)
    except KlarsprakError as exc:
        raise UsageFailure(str(exc)) from None


_UNPRINTABLE = re.compile("[\x00-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069]")
_NAMED = {"\n": "\\n", "\r": "\\r", "\t": "\\t"}


def printable(text: str) -> str:
    """``text`` safe for one terminal line: control, line-separator and bidi-override characters escaped."""
    return _UNPRINTABLE.sub(lambda m: _NAMED.get(m.group(), f"\\u{ord(m.group()):04x}"), text)

