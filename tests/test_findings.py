import json

import pytest

from klarsprak import Finding, Report, Severity


def make(start=0, end=3, **kw):
    base = dict(rule="x", category="plain_language", severity="info", start=start, end=end,
                text="abc"[start:end], message="m")
    base.update(kw)
    return Finding(**base)


def test_severity_is_ordered():
    assert Severity.INFO < Severity.WARNING < Severity.ERROR
    assert max([Severity.WARNING, Severity.ERROR, Severity.INFO]) is Severity.ERROR
    assert Severity("warning") >= Severity.WARNING


def test_finding_is_frozen_and_validates():
    f = make(suggestions=["a", "b"])
    assert f.suggestions == ("a", "b") and f.severity is Severity.INFO
    with pytest.raises(AttributeError):
        f.rule = "y"  # type: ignore[misc]
    with pytest.raises(ValueError):
        make(category="style")
    with pytest.raises(ValueError):
        make(ground="height")
    with pytest.raises(ValueError):
        make(start=3, end=1)


def test_report_sorts_findings_and_serializes():
    r = Report(text="abc", metrics={"lix": None}, findings=[make(2, 3), make(0, 1)], sentences=[])
    assert [f.start for f in r.findings] == [0, 2]
    d = json.loads(r.to_json())
    assert d["findings"][0]["severity"] == "info"
    assert d["findings"][0]["suggestions"] == []
    assert d["metrics"]["lix"] is None


def test_occurrences_count_and_serialize():
    f = Finding("long_word", "plain_language", "info", 0, 1, "a", "m", occurrences=[(4, 5), (8, 9)])
    assert f.count == 3 and f.occurrences == ((4, 5), (8, 9))
    assert make(0, 1).count == 1
    d = json.loads(Report(text="a b a b a", metrics={}, findings=[f], sentences=[]).to_json())
    assert d["findings"][0]["occurrences"] == [[4, 5], [8, 9]]
