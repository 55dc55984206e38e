import json
from pathlib import Path

import jsonschema
import pandas as pd
import pytest

import klarsprak
from klarsprak import Config, ConfigError, Finding, Report

DOCS = Path(__file__).resolve().parents[1] / "docs"
LONG = ("Den som vill ansöka om bygglov för en tillbyggnad av sitt bostadshus ska skicka in "
        "ritningar, situationsplan och en beskrivning av åtgärden till nämnden innan arbetet "
        "påbörjas eftersom handläggningen annars kan försenas avsevärt för alla inblandade parter.")


def test_analyze_returns_report_with_metrics(analyzer):
    r = klarsprak.analyze(LONG)
    assert isinstance(r, Report) and r.text == LONG
    for key in ("words", "sentences", "long_words", "lix", "ovix", "mean_sentence_length",
                "max_sentence_length", "long_sentence_share"):
        assert key in r.metrics
    assert r.metrics["sentences"] == 1
    rules = {f.rule for f in r.findings}
    assert {"long_sentence", "readability"} <= rules
    assert all(isinstance(f, Finding) for f in r.findings)
    assert r.findings == sorted(r.findings, key=lambda f: (f.start, f.end, f.rule))


def test_default_analyzer_is_cached():
    assert klarsprak.analyzer.default_analyzer() is klarsprak.analyzer.default_analyzer()


def test_pipe_keeps_order(analyzer):
    texts = ["Hej.", LONG, "Vi ses i morgon."]
    reports = list(analyzer.pipe(texts, batch_size=2))
    assert [r.text for r in reports] == texts


def test_to_frame_one_row_per_finding(analyzer):
    r = analyzer.analyze(LONG)
    frame = r.to_frame()
    assert isinstance(frame, pd.DataFrame) and len(frame) == len(r.findings)
    assert {"rule", "severity", "start", "end", "text"} <= set(frame.columns)


def test_report_json_validates_against_schema(analyzer):
    schema = json.loads((DOCS / "report.schema.json").read_text(encoding="utf-8"))
    texts = [LONG, "", (DOCS / "examples" / "kungorelse.txt").read_text(encoding="utf-8")]
    for text in texts:
        data = json.loads(analyzer.analyze(text).to_json())
        jsonschema.validate(data, schema)


def test_schema_rejects_broken_report(analyzer):
    schema = json.loads((DOCS / "report.schema.json").read_text(encoding="utf-8"))
    data = json.loads(analyzer.analyze(LONG).to_json())
    data["findings"][0]["severity"] = "fatal"
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(data, schema)


def test_lix_target_and_disable_from_config():
    strict = klarsprak.Analyzer(Config(lix_target=200, disable=("long_sentence",)))
    rules = {f.rule for f in strict.analyze(LONG).findings}
    assert "readability" not in rules and "long_sentence" not in rules


def test_rule_option_from_config():
    a = klarsprak.Analyzer(Config(rules={"long_sentence": {"max_words": 3}}))
    assert any(f.rule == "long_sentence" for f in a.analyze("Vi ses i morgon bitti klockan nio på torget.").findings)


@pytest.mark.parametrize("settings", [
    {"disable": ("no_such_rule",)},
    {"rules": {"long_sentence": {"max_wordz": 3}}},
    {"rules": {"nope": {}}},
])
def test_bad_config_names_the_key(settings):
    with pytest.raises(ConfigError):
        klarsprak.Analyzer(Config(**settings))


def test_severity_override():
    a = klarsprak.Analyzer(Config(severity={"long_sentence": "error"}))
    f = next(f for f in a.analyze(LONG).findings if f.rule == "long_sentence")
    assert f.severity is klarsprak.Severity.ERROR
