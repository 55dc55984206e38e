"""The ``klarsprak serve`` command: settings checked here, then uvicorn (one web process) with its analysis
processes, one model each."""

from __future__ import annotations

from typing import Any, Sequence

import click

from ..cli_options import config_options, load_config


@click.command()
@click.option("--host", default="127.0.0.1", show_default=True,
              help="Address to listen on; the default answers this machine only.")
@click.option("--port", type=click.IntRange(0, 65535), default=8000, show_default=True)
@click.option("--workers", type=click.IntRange(1, 64), default=1, show_default=True,
              help="Analysis processes, each with its own model; requests go to whichever is free.")
@config_options()
@click.option("--max-bytes", type=click.IntRange(1), default=None,
              help="Largest request body (text or file) in bytes  [default: serve.max_bytes of the config, 5000000].")
@click.option("--allow-origin", "allow_origins", multiple=True,
              help="A web origin (https://cms.example.se) whose pages may call the API (CORS; repeatable).")
def serve(host: str, port: int, workers: int, config_path: str | None, max_bytes: int | None,
          allow_origins: Sequence[str], **overrides: Any) -> None:
    """Serve the web page and the JSON API (/api/v1, documented at /api/docs)."""
    import uvicorn

    from .app import Settings, create_app

    overrides["disable"] = tuple(overrides.get("disable") or ())
    settings = Settings(config_path, overrides, max_bytes, tuple(allow_origins), workers)
    load_config(config_path, **overrides)  # a bad file, key, value or rule name exits 2 here, before any model loads
    uvicorn.run(create_app(settings), host=host, port=port, server_header=False, log_level="info")
