"""The versioned JSON API (``/api/v1``) and the page's own endpoints (``/ui``), over one :class:`Engine`.

Analyses run in the engine's analysis thread and file reading in worker
threads, so the event loop keeps answering (``/healthz``, static files) while
the model works.
"""

from __future__ import annotations

import asyncio
import json
import logging
import os
import re
from typing import Any, Awaitable, TypeVar

import anyio
from fastapi import APIRouter, HTTPException, Request
from fastapi.responses import Response
from pydantic import BaseModel, Field

from .. import __version__
from ..analyzer import TextLike
from ..markup import STYLES, highlight
from ..errors import KlarsprakError
from ..findings import Report
from ..rules import REGISTRY
from .batcher import Then
from .engine import Engine, UnsupportedType
from .export import html_page
from .multipart import FormError, parse_form

api = APIRouter(prefix="/api/v1", tags=["API v1"])
ui = APIRouter(prefix="/ui", include_in_schema=False)
health = APIRouter(tags=["drift"])
log = logging.getLogger("klarsprak.serve")
T = TypeVar("T")
INLINE_STYLE = re.compile(r' style="[^"]*"')

CONFIG_DOC = ("Settings for this request, with the keys of klarsprak.toml: lix_target, disable, severity, "
              "rules, sender, allow, fail_on. They replace the server's own settings for this request. "
              "model and lexicons can only be set in the server's configuration.")
REPORT_DOC = "The report: text, metrics, notes, sentences, findings, sender and meta (docs/report.schema.json)."
FILE_FORM = {
    "requestBody": {
        "required": True,
        "content": {"multipart/form-data": {"schema": {
            "type": "object",
            "required": ["file"],
            "properties": {
                "file": {"type": "string", "format": "binary",
                         "description": "A .txt, .md, .html, .pdf or .docx file."},
                "config": {"type": "string", "description": "JSON object: " + CONFIG_DOC},
            },
        }}},
    },
}
ERRORS: dict[int | str, dict[str, Any]] = {
    413: {"description": "The request is over the server's size limit (serve.max_bytes, --max-bytes)."},
    422: {"description": "Bad input: an unknown config key or value, missing text, or a file that cannot be read."},
    503: {"description": "Reading and analysing the request took longer than the server's limit (serve.seconds)."},
}


class AnalyzeRequest(BaseModel):
    """A text to analyze and optional settings."""

    text: str = Field(description="The text, as plain text (paragraphs separated by blank lines).")
    config: dict[str, Any] = Field(default_factory=dict, description=CONFIG_DOC)

    model_config = {"json_schema_extra": {"examples": [
        {"text": "Ansökan ska inkomma senast den 1 mars.", "config": {"lix_target": 40, "sender": "Lerums kommun"}},
    ]}}


class ExportRequest(AnalyzeRequest):
    """What the page sends to get the report as a self-contained HTML file."""

    filename: str | None = None


def engine_of(request: Request) -> Engine:
    return request.app.state.engine


async def _guarded(request: Request, work: Awaitable[T]) -> T:
    """Await ``work``; an unexpected failure is logged by its type only (its message may quote the text)."""
    try:
        return await work
    except (KlarsprakError, UnsupportedType, FormError, HTTPException):
        raise
    except Exception as exc:
        log.error("%s %s failed: %s", request.method, request.url.path, type(exc).__name__)
        raise HTTPException(500, "internal error") from None


async def _analyze(engine: Engine, text: TextLike, overrides: dict[str, Any], then: Then) -> Any:
    analyzer = await anyio.to_thread.run_sync(engine.prepare, overrides)
    seconds = engine.config.serve["seconds"]
    try:
        return await asyncio.wait_for(asyncio.wrap_future(engine.submit(analyzer, text, then)), seconds)
    except asyncio.TimeoutError:
        raise HTTPException(503, f"the analysis took longer than the limit of {seconds:g} seconds") from None


async def _analyze_text(request: Request, body: AnalyzeRequest, then: Then) -> Any:
    """``then(report)`` for the request's text, made in the analysis thread."""
    return await _guarded(request, _analyze(engine_of(request), body.text, body.config, then))


async def _analyze_upload(request: Request, then: Then) -> Any:
    """``then(report)`` for the uploaded file, read in a worker thread and analysed in the analysis thread."""
    engine = engine_of(request)
    form = parse_form(request.headers.get("content-type", ""), await request.body())
    upload = form.get("file")
    if upload is None or upload.filename is None:
        raise FormError("the form has no file in the field 'file'")
    config_part = form.get("config")
    try:
        overrides = json.loads(config_part.data.decode("utf-8")) if config_part and config_part.data else {}
    except (UnicodeDecodeError, json.JSONDecodeError):
        raise HTTPException(422, "config must be a JSON object") from None

    async def read_and_analyze() -> Any:
        document = await anyio.to_thread.run_sync(
            engine.read_upload, upload.filename or "", bytes(upload.data), upload.content_type)
        return await _analyze(engine, document, overrides, then)

    return await _guarded(request, read_and_analyze())


@api.post("/analyze", summary="Analyze a text", response_description=REPORT_DOC, responses=ERRORS)
async def analyze(request: Request, body: AnalyzeRequest) -> dict[str, Any]:
    """Analyze one text and return the report: every finding with its offsets, message, suggestions and source."""
    return await _analyze_text(request, body, Report.to_dict)


@api.post("/analyze/file", summary="Analyze a file", response_description=REPORT_DOC, openapi_extra=FILE_FORM,
          responses={**ERRORS, 415: {"description": "The file type is not one of .txt .md .html .pdf .docx."}})
async def analyze_file(request: Request) -> dict[str, Any]:
    """Read an uploaded file with the same readers as klarsprak batch and analyze its text."""
    return await _analyze_upload(request, Report.to_dict)


@api.get("/rules", summary="Rules and categories")
async def rules(request: Request) -> dict[str, Any]:
    """Every rule with its category, severity, options (as the server's config sets them) and whether it is on;
    and every category with the label, colour, underline style and symbol the page uses."""
    config = engine_of(request).config
    return {
        "rules": [{
            "id": r.id, "category": r.category, "severity": config.severity.get(r.id, r.severity).value,
            "description": r.description, "source": r.source,
            "options": {name: config.option(r.id, name, default) for name, default in r.options.items()},
            "enabled": not config.is_disabled(r.id),
        } for r in REGISTRY],
        "categories": {key: {"label": s.label, "colour": s.colour, "background": s.background,
                             "underline": s.underline, "symbol": s.symbol} for key, s in STYLES.items()},
        "config": {"lix_target": config.lix_target, "sender": config.sender},
    }


@health.get("/healthz", summary="Health check")
async def healthz(request: Request) -> dict[str, Any]:
    """Status ok once the model is loaded, with the package version, the model and the worker process that answered."""
    return {"status": "ok", "version": __version__, "model": engine_of(request).model_name(), "worker": os.getpid()}


def _page_answer(engine: Engine) -> Then:
    """The page's answer: the report, the text with its findings marked, and the words of each sentence."""
    return lambda report: {"report": report.to_dict(), "marked": marked(report),
                           "sentence_lengths": engine.sentence_lengths(report)}


def marked(report: Report) -> str:
    """The text with its findings marked by the shared HTML helper (markers link to ``#anm-f<n>``), without its
    inline styles: the page's CSP allows none, and its stylesheet gives the same look. The helper escapes every
    attribute value (``"`` as ``&quot;``), so ``style="…"`` can only match its own attributes."""
    return INLINE_STYLE.sub("", highlight(report.text, report.findings, prefix="anm"))


@ui.post("/analyze")
async def ui_analyze(request: Request, body: AnalyzeRequest) -> dict[str, Any]:
    return await _analyze_text(request, body, _page_answer(engine_of(request)))


@ui.post("/analyze/file")
async def ui_analyze_file(request: Request) -> dict[str, Any]:
    return await _analyze_upload(request, _page_answer(engine_of(request)))


@ui.post("/export.html")
async def ui_export(request: Request, body: ExportRequest) -> Response:
    page = await _analyze_text(request, body, lambda report: html_page(report, body.filename))
    return Response(page, media_type="text/html; charset=utf-8",
                    headers={"content-disposition": 'attachment; filename="klarsprak-rapport.html"'})
