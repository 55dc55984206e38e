"""The versioned JSON API (``/api/v1``) and the page's own endpoints (``/ui``), over the analysis :class:`Pool`.

This process checks each request (config keys, file type, size) and passes it
on; reading, analysis and the answer's bytes are made in an analysis process,
so the event loop keeps answering (``/healthz``, static files) while the model
works.
"""

from __future__ import annotations

import asyncio
import json
import os
import time
from typing import Any

from fastapi import APIRouter, HTTPException, Request
from fastapi.responses import Response
from pydantic import BaseModel, Field

from .. import __version__
from ..config import Config
from ..markup import STYLES
from ..rules import REGISTRY
from .engine import Answer, Job, Upload, request_config, upload_kind
from .multipart import Form, FormError, Part
from .pool import GRACE, Pool

api = APIRouter(prefix="/api/v1", tags=["API v1"])
ui = APIRouter(prefix="/ui", include_in_schema=False)
health = APIRouter(tags=["drift"])

CONFIG_DOC = ("Settings for this request, with the keys of klarsprak.toml: lix_target, disable, severity, "
              "rules, sender, allow, fail_on. They replace the server's own settings for this request. "
              "model and lexicons can only be set in the server's configuration.")
REPORT_DOC = "The report: text, metrics, notes, sentences, findings, sender and meta (docs/report.schema.json)."
REPORT: dict[str, Any] = {"content": {"application/json": {"schema": {"type": "object"}}}}
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


def pool_of(request: Request) -> Pool:
    return request.app.state.pool


def config_of(request: Request) -> Config:
    return request.app.state.config


async def _answer(request: Request, source: str | Upload, overrides: Any, answer: str,
                  filename: str | None = None) -> Response:
    """The answer an analysis process makes for ``source`` (ConfigError for bad overrides: 422)."""
    config = request_config(config_of(request), overrides)
    seconds = config.serve["seconds"]
    job = Job(source, config, answer, time.time() + seconds, filename)
    try:  # the pool answers by the deadline; this only guards against a lost answer
        made = await asyncio.wait_for(asyncio.wrap_future(pool_of(request).submit(job)), seconds + 2 * GRACE)
    except asyncio.TimeoutError:
        made = Answer.late(config)
    return Response(made.body, status_code=made.status, media_type=made.media_type)


async def _read_form(request: Request) -> dict[str, Part]:
    """The multipart form, parsed as it arrives (the BodyLimit middleware answers 413 at the first byte over)."""
    form = Form(request.headers.get("content-type", ""))
    async for chunk in request.stream():
        form.write(chunk)
    return form.finish()


async def _answer_upload(request: Request, answer: str) -> Response:
    """The answer for the uploaded file (read and analysed in an analysis process)."""
    form = await _read_form(request)
    upload = form.get("file")
    if upload is None or upload.filename is None:
        raise FormError("the form has no file in the field 'file'")
    config_part = form.get("config")
    try:
        overrides = json.loads(config_part.data.decode("utf-8")) if config_part and config_part.data else {}
    except (UnicodeDecodeError, json.JSONDecodeError):
        raise HTTPException(422, "config must be a JSON object") from None
    kind = upload_kind(upload.filename, upload.content_type)
    return await _answer(request, Upload(upload.filename, kind, bytes(upload.data)), overrides, answer)


@api.post("/analyze", summary="Analyze a text", response_description=REPORT_DOC,
          responses={200: REPORT, **ERRORS})
async def analyze(request: Request, body: AnalyzeRequest) -> Response:
    """Analyze one text and return the report: every finding with its offsets, message, suggestions and source."""
    return await _answer(request, body.text, body.config, "report")


@api.post("/analyze/file", summary="Analyze a file", response_description=REPORT_DOC, openapi_extra=FILE_FORM,
          responses={200: REPORT, **ERRORS,
                     415: {"description": "The file type is not one of .txt .md .html .pdf .docx."}})
async def analyze_file(request: Request) -> Response:
    """Read an uploaded file with the same readers as klarsprak batch and analyze its text."""
    return await _answer_upload(request, "report")


@api.get("/rules", summary="Rules and categories")
async def rules(request: Request) -> dict[str, Any]:
    """Every rule with its category, severity, options (as the server's config sets them) and whether it is on;
    and every category with the label, colour, underline style and symbol the page uses."""
    config = config_of(request)
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
    """Status ok once every analysis process has loaded the model, with the package version, the model, the
    web process that answered and the number of analysis processes."""
    pool = pool_of(request)
    return {"status": "ok", "version": __version__, "model": pool.model, "worker": os.getpid(),
            "analysis_processes": pool.size}


@ui.post("/analyze")
async def ui_analyze(request: Request, body: AnalyzeRequest) -> Response:
    return await _answer(request, body.text, body.config, "page")


@ui.post("/analyze/file")
async def ui_analyze_file(request: Request) -> Response:
    return await _answer_upload(request, "page")


@ui.post("/export.html")
async def ui_export(request: Request, body: ExportRequest) -> Response:
    made = await _answer(request, body.text, body.config, "export", body.filename)
    if made.status_code == 200:
        made.headers["content-disposition"] = 'attachment; filename="klarsprak-rapport.html"'
    return made
