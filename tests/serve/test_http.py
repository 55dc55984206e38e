"""Every endpoint and every error of ``klarsprak serve``, over HTTP against a real server on loopback."""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
import zipfile
from concurrent.futures import ThreadPoolExecutor

import jsonschema
import pytest

from benchmarks.inputs.files import docx_bytes, page, pdf
from klarsprak.rules import REGISTRY

from .conftest import CMS, MAX_BYTES, REPO, Server

SCHEMA = json.loads((REPO / "docs" / "report.schema.json").read_text(encoding="utf-8"))
#: A letter (the sender rules ask letters for a sender) with a complex word and a passive.
TEXT = "Hej! Ansökan ska inkomma senast den 1 mars. Beslutet skickas till dig. Med vänliga hälsningar"
#: A text no log line and no file may ever contain.
SECRET = "Personnummer 19121212-1212 tillhör Tolvan Tolvansson"


@pytest.fixture(scope="module")
def http(server: Server):
    with server.client() as client:
        yield client


def rules_of(report: dict) -> set[str]:
    return {f["rule"] for f in report["findings"]}


def test_healthz_names_version_and_model(http):
    answer = http.get("/healthz")
    assert answer.status_code == 200
    assert answer.json()["status"] == "ok" and answer.json()["model"].startswith("sv_klarsprak")
    assert isinstance(answer.json()["worker"], int)


@pytest.mark.parametrize("path", ["/", "/api/docs", "/healthz", "/api/v1/rules", "/static/app.js", "/static/render.js",
                                  "/static/app.css"])
def test_security_headers_on_every_response(http, path):
    answer = http.get(path)
    assert answer.status_code == 200
    csp = answer.headers["content-security-policy"]
    assert "script-src 'self'" in csp and "unsafe-inline" not in csp and "default-src 'none'" in csp
    assert answer.headers["x-content-type-options"] == "nosniff"
    assert answer.headers["x-frame-options"] == "DENY"
    assert "server" not in answer.headers
    assert (answer.headers.get("cache-control") == "no-store") == path.startswith("/api/")


def test_analyze_returns_the_schema_report(http):
    answer = http.post("/api/v1/analyze", json={"text": TEXT})
    assert answer.status_code == 200 and answer.headers["cache-control"] == "no-store"
    report = answer.json()
    jsonschema.validate(report, SCHEMA)
    assert report["text"] == TEXT
    inkomma = next(f for f in report["findings"] if f["rule"] == "complex_word")
    assert TEXT[inkomma["start"]:inkomma["end"]] == "inkomma" and "komma in" in inkomma["suggestions"]
    assert {"passive_voice", "missing_sender"} <= rules_of(report)


def test_findings_say_whether_their_suggestions_replace_the_words(http):
    text = "Hej! Ansökan ska inkomma senast den 1 mars enl. beslutet. Beslutet skickas till dig. Med vänliga hälsningar"
    findings = http.post("/api/v1/analyze", json={"text": text}).json()["findings"]
    replaces = {f["rule"]: f["replaces"] for f in findings}
    assert replaces["complex_word"] is True and replaces["abbreviation"] is True
    assert replaces["passive_voice"] is False and replaces["missing_sender"] is False


def test_request_config_applies_to_that_request_only(http):
    config = {"disable": ["passive_voice"], "lix_target": 10, "sender": "Lerums kommun"}
    report = http.post("/api/v1/analyze", json={"text": TEXT, "config": config}).json()
    assert "passive_voice" not in rules_of(report) and "readability" in rules_of(report)
    assert report["sender"]["expected"] == "Lerums kommun"
    again = http.post("/api/v1/analyze", json={"text": TEXT}).json()
    assert "passive_voice" in rules_of(again) and "readability" not in rules_of(again)


def test_concurrent_requests_each_get_their_own_report(server):
    """Requests sent at once, with two configurations, each get the report of their own text and config."""
    def ask(i: int) -> tuple[int, dict]:
        config = {"disable": ["passive_voice"]} if i % 2 else {}
        with server.client() as client:
            return i, client.post("/api/v1/analyze", json={"text": f"{TEXT} Ärende {i}.", "config": config}).json()

    with ThreadPoolExecutor(8) as pool:
        answers = list(pool.map(ask, range(12)))
    for i, report in answers:
        assert report["text"].endswith(f"Ärende {i}.")
        assert ("passive_voice" in rules_of(report)) == (i % 2 == 0)


@pytest.mark.parametrize(("config", "named"), [
    ({"nope": 1}, "'nope'"),
    ({"disable": ["no_such_rule"]}, "'no_such_rule'"),
    ({"rules": {"long_sentence": {"max_wordz": 3}}}, "'max_wordz'"),
    ({"rules": {"long_sentence": {"max_words": [25]}}}, "rules"),
    ({"fail_on": "fatal"}, "severity"),
    ({"lix_target": "hög"}, "lix_target"),
    ({"model": "/etc"}, "'model'"),
    ({"lexicons": ["/etc/passwd"]}, "'lexicons'"),
    ({"serve": {"max_bytes": 10**9}}, "'serve'"),
])
def test_bad_config_is_422_naming_the_key(http, config, named):
    answer = http.post("/api/v1/analyze", json={"text": TEXT, "config": config})
    assert answer.status_code == 422
    assert named in answer.json()["detail"]


@pytest.mark.parametrize(("body", "named"), [
    ({"config": {}}, "text"),
    ({"text": 42}, "text"),
    ({"text": "Hej.", "config": [1, 2]}, "config"),
])
def test_bad_request_body_is_422(http, body, named):
    answer = http.post("/api/v1/analyze", json=body)
    assert answer.status_code == 422 and named in answer.json()["detail"]


def test_body_that_is_not_json_is_422_without_echoing_it(http):
    answer = http.post("/api/v1/analyze", content=b"{" + SECRET.encode(), headers={"content-type": "application/json"})
    assert answer.status_code == 422 and SECRET not in answer.text


def test_over_the_limit_is_413_with_or_without_a_length(http):
    big = json.dumps({"text": "a " * MAX_BYTES}).encode()
    assert http.post("/api/v1/analyze", content=big, headers={"content-type": "application/json"}).status_code == 413

    def chunks():
        for start in range(0, len(big), 65536):
            yield big[start:start + 65536]

    answer = http.post("/api/v1/analyze", content=chunks(), headers={"content-type": "application/json"})
    assert answer.status_code == 413 and "limit" in answer.json()["detail"]
    assert http.post("/api/v1/analyze/file", files={"file": ("stor.txt", b"a " * MAX_BYTES)}).status_code == 413


@pytest.mark.parametrize(("name", "data", "expected"), ids=["txt", "md", "html", "pdf", "docx"], argvalues=[
    ("brev.txt", "Hej!\n\nVi har fått din ansökan om bygglov.".encode(), "Vi har fått din ansökan"),
    ("sida.md", b"# Bygglov\n\nVi har f\xc3\xa5tt din **ans\xc3\xb6kan**.\n", "Vi har fått din ansökan."),
    ("sida.html", page(), "Du behöver bygglov"),
    ("beslut.pdf", pdf(["Beslut om bygglov\nDu får bygga ett garage."]), "Du får bygga ett garage"),
    ("riktlinjer.docx", docx_bytes([("Riktlinjer", "Heading 1"), ("Du ska skicka in ritningar.", None)]),
     "Du ska skicka in ritningar."),
])
def test_file_of_every_type_is_read_like_batch(http, name, data, expected):
    answer = http.post("/api/v1/analyze/file", files={"file": (name, data)})
    assert answer.status_code == 200, answer.text
    report = answer.json()
    jsonschema.validate(report, SCHEMA)
    assert expected in report["text"] and report["meta"]["path"] == name


def test_file_with_config_field(http):
    files = {"file": ("brev.txt", TEXT.encode())}
    report = http.post("/api/v1/analyze/file", files=files, data={"config": '{"disable": ["complex_word"]}'}).json()
    assert "complex_word" not in rules_of(report) and "passive_voice" in rules_of(report)
    bad = http.post("/api/v1/analyze/file", files=files, data={"config": '{"nope": true}'})
    assert bad.status_code == 422 and "'nope'" in bad.json()["detail"]
    broken = http.post("/api/v1/analyze/file", files=files, data={"config": "{nope"})
    assert broken.status_code == 422 and "JSON" in broken.json()["detail"]


@pytest.mark.parametrize(("name", "content_type"), [("program.exe", "application/octet-stream"),
                                                     ("bild.png", "image/png"), ("utan-suffix", "image/png")])
def test_unknown_file_type_is_415(http, name, content_type):
    answer = http.post("/api/v1/analyze/file", files={"file": (name, b"\x89PNG\r\n", content_type)})
    assert answer.status_code == 415 and ".docx" in answer.json()["detail"]


def test_name_without_suffix_is_read_by_its_declared_type(http):
    upload = ("beslut", "Vi har fått din ansökan.".encode(), "text/plain")
    answer = http.post("/api/v1/analyze/file", files={"file": upload})
    assert answer.status_code == 200 and answer.json()["text"].startswith("Vi har fått")


def test_broken_forms_and_files_are_422(http):
    assert http.post("/api/v1/analyze/file", data={"config": "{}"}).status_code == 422
    no_file = http.post("/api/v1/analyze/file", files={"other": ("a.txt", b"Hej.")})
    assert no_file.status_code == 422 and "'file'" in no_file.json()["detail"]
    not_form = http.post("/api/v1/analyze/file", content=b"Hej.", headers={"content-type": "text/plain"})
    assert not_form.status_code == 422 and "multipart" in not_form.json()["detail"]
    corrupt = http.post("/api/v1/analyze/file", files={"file": ("trasig.pdf", b"%PDF-1.4\ntrasig")})
    assert corrupt.status_code == 422 and "cannot be read" in corrupt.json()["detail"]


def test_rules_lists_every_rule_and_category_style(http):
    answer = http.get("/api/v1/rules").json()
    assert {r["id"] for r in answer["rules"]} == set(REGISTRY.rules)
    assert all(r["enabled"] for r in answer["rules"])
    assert set(answer["categories"]) == {"plain_language", "inclusive_language", "sender"}
    assert {c["underline"] for c in answer["categories"].values()} == {"solid", "wavy", "double"}


def test_openapi_documents_the_versioned_api(http):
    spec = http.get("/openapi.json").json()
    assert {"/api/v1/analyze", "/api/v1/analyze/file", "/api/v1/rules", "/healthz"} <= set(spec["paths"])
    assert not any(p.startswith("/ui") for p in spec["paths"])
    assert "multipart/form-data" in spec["paths"]["/api/v1/analyze/file"]["post"]["requestBody"]["content"]
    assert http.get("/docs").status_code == 404  # the CDN-loading Swagger page is off; /api/docs is ours


def test_only_the_allowed_origin_may_call_from_a_browser(http):
    preflight = {"access-control-request-method": "POST", "access-control-request-headers": "content-type"}
    allowed = http.options("/api/v1/analyze", headers={"origin": CMS, **preflight})
    assert allowed.status_code == 200 and allowed.headers["access-control-allow-origin"] == CMS
    other = http.options("/api/v1/analyze", headers={"origin": "https://evil.example", **preflight})
    assert "access-control-allow-origin" not in other.headers
    answer = http.post("/api/v1/analyze", json={"text": TEXT}, headers={"origin": CMS})
    assert answer.status_code == 200 and answer.headers["access-control-allow-origin"] == CMS


def test_page_endpoints_add_sentence_lengths_and_export_escapes(http):
    answer = http.post("/ui/analyze", json={"text": TEXT}).json()
    assert sum(answer["sentence_lengths"]) == answer["report"]["metrics"]["words"]
    assert max(answer["sentence_lengths"]) == answer["report"]["metrics"]["max_sentence_length"]
    assert '<mark data-findings=' in answer["marked"] and 'href="#anm-f1"' in answer["marked"]
    assert "style=" not in answer["marked"]
    hostile = http.post("/ui/analyze", json={"text": 'Se style="x" <b onclick="y">här</b>.'}).json()["marked"]
    assert 'style=&quot;x&quot;' in hostile and "<b" not in hostile
    hostile = "<script>alert(1)</script> Ansökan ska inkomma."
    export = http.post("/ui/export.html", json={"text": hostile, "filename": "<img src=x onerror=alert(1)>.txt"})
    assert export.status_code == 200 and export.headers["content-disposition"].startswith("attachment")
    assert "<script>alert" not in export.text and "alert(1)&lt;/script&gt;" in export.text
    assert "<img src=x" not in export.text and "inkomma" in export.text


BAD_CONFIGS = [
    ('disable = ["nope"]\n', "'nope'"),
    ("[serve]\nmax_bytes = 0\n", "serve.max_bytes = 0: must be between 1 and"),
    ('[serve]\nseconds = "lång"\n', "serve.seconds = 'lång': must be a number"),
    ("[serve]\nport = 80\n", "serve: unknown key 'port' (known keys: max_bytes, seconds)"),
]


@pytest.fixture(scope="module")
def refused(tmp_path_factory: pytest.TempPathFactory) -> dict[str, tuple[int, str]]:
    """The exit code and standard error of ``klarsprak serve`` in a folder with each bad config: the processes
    run side by side (starting Python and importing klarsprak is nearly all their time)."""
    started = {}
    for toml, _ in BAD_CONFIGS:
        folder = tmp_path_factory.mktemp("bad-config")
        (folder / "klarsprak.toml").write_text(toml, encoding="utf-8")
        started[toml] = subprocess.Popen([sys.executable, "-m", "klarsprak", "serve", "--port", "0"], cwd=folder,
                                         stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                                         env={**os.environ, "PYTHONPATH": str(REPO / "src")})
    try:
        stderr = {toml: process.communicate(timeout=120)[1] for toml, process in started.items()}
    finally:
        for process in started.values():  # one that took the config and serves is stopped
            process.kill()
            process.wait()
    return {toml: (process.returncode, stderr[toml]) for toml, process in started.items()}


@pytest.mark.parametrize(("toml", "named"), BAD_CONFIGS)
def test_a_bad_server_config_exits_2_before_any_model_loads(refused, toml, named):
    returncode, stderr = refused[toml]
    assert returncode == 2 and stderr.startswith("klarsprak: error: ") and named in stderr
    assert "Traceback" not in stderr


def large_docx(text: str, size: int) -> bytes:
    """A DOCX holding ``text`` and ``size`` random bytes of media: big upload, quick to read."""
    out = io.BytesIO(docx_bytes([(text, None)]))
    with zipfile.ZipFile(out, "a") as zf:
        zf.writestr("word/media/bild.bin", os.urandom(size), compress_type=zipfile.ZIP_STORED)
    return out.getvalue()


def test_texts_never_reach_the_log_or_the_disk(http, server):
    """Runs last: everything the module sent, and an upload larger than Starlette's 1 MB spool, left no trace."""
    large = large_docx(SECRET, 1_100_000)
    assert 1_100_000 < len(large) < MAX_BYTES
    answer = http.post("/api/v1/analyze/file", files={"file": ("stor.docx", large)})
    assert answer.status_code == 200 and SECRET in answer.json()["text"]
    assert http.post("/api/v1/analyze", json={"text": SECRET}).status_code == 200
    logged = "".join(server.log)
    assert "POST /api/v1/analyze" in logged
    for secret in (SECRET, "inkomma", "Tolvan", "bygglov"):
        assert secret not in logged
    assert not any(server.tmp.rglob("*"))

