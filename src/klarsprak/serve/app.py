"""The ASGI application: the page, the API, error answers and security headers.

:func:`create_app` builds it from :class:`Settings`; when it starts (the
lifespan) it starts the analysis processes (:mod:`.pool`), each loading the
model once, and it answers ``/healthz`` only after that.
"""

from __future__ import annotations

from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, AsyncIterator

import anyio
from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.middleware.cors import CORSMiddleware
from fastapi.responses import FileResponse, JSONResponse
from fastapi.staticfiles import StaticFiles

from .. import __version__
from ..cli_options import load_config
from ..config import Config
from ..errors import ConfigError
from .api import api, health, ui
from .engine import UnsupportedType
from .multipart import FormError
from .pool import Pool
from .security import BodyLimit, SecurityHeaders

STATIC = Path(__file__).parent / "static"


@dataclass(frozen=True)
class Settings:
    """How one server runs: its config file (else the nearest one) and command-line settings on top of it,
    the body size limit (None: the config's ``serve.max_bytes``), CORS origins and the number of analysis
    processes."""

    config_path: str | None = None
    overrides: dict[str, Any] = field(default_factory=dict)
    max_bytes: int | None = None
    allow_origins: tuple[str, ...] = ()
    workers: int = 1

    def config(self) -> Config:
        return load_config(self.config_path, **{**self.overrides, "disable": tuple(self.overrides.get("disable", ()))})

    def limit(self, config: Config) -> int:
        """The body size limit: ``--max-bytes``, else ``serve.max_bytes`` of the config."""
        return self.max_bytes or int(config.serve["max_bytes"])


def create_app(settings: Settings = Settings()) -> FastAPI:
    """The application; it starts its analysis processes when it starts, and stops them when it stops."""
    config = settings.config()
    max_bytes = settings.limit(config)

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        app.state.config = config
        app.state.pool = await anyio.to_thread.run_sync(lambda: Pool(config, max_bytes, settings.workers))
        try:
            yield
        finally:
            app.state.pool.close()

    app = FastAPI(
        title="klarsprak", version=__version__, lifespan=lifespan, docs_url=None, redoc_url=None,
        description="Klarspråk, inkluderande språk och avsändare i svensk text. "
                    "Report format: docs/report.schema.json. Examples: docs/api.md.",
    )
    app.include_router(api)
    app.include_router(ui)
    app.include_router(health)
    app.mount("/static", StaticFiles(directory=STATIC), name="static")

    @app.get("/", include_in_schema=False)
    async def page() -> FileResponse:
        return FileResponse(STATIC / "index.html")

    @app.get("/api/docs", include_in_schema=False)
    async def api_docs() -> FileResponse:
        return FileResponse(STATIC / "apidocs.html")

    _error_answers(app)
    app.add_middleware(BodyLimit, max_bytes=max_bytes)
    if settings.allow_origins:
        app.add_middleware(CORSMiddleware, allow_origins=list(settings.allow_origins),
                           allow_methods=["GET", "POST"], allow_headers=["Content-Type"])
    app.add_middleware(SecurityHeaders)
    return app


def _error_answers(app: FastAPI) -> None:
    """Every error as ``{"detail": message}``; a message never repeats the text that was sent."""

    def answer(status: int, message: str) -> JSONResponse:
        return JSONResponse({"detail": message}, status_code=status)

    @app.exception_handler(ConfigError)
    async def bad_config(request: Request, exc: ConfigError) -> JSONResponse:
        return answer(422, str(exc))

    @app.exception_handler(UnsupportedType)
    async def bad_type(request: Request, exc: UnsupportedType) -> JSONResponse:
        return answer(415, str(exc))

    @app.exception_handler(FormError)
    async def bad_form(request: Request, exc: FormError) -> JSONResponse:
        return answer(422, str(exc))

    @app.exception_handler(RequestValidationError)
    async def invalid(request: Request, exc: RequestValidationError) -> JSONResponse:
        problems = "; ".join(f"{'.'.join(str(p) for p in e.get('loc', ()))}: {e.get('msg', '')}"
                             for e in exc.errors())
        return answer(422, problems or "invalid request")
