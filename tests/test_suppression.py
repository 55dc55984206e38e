"""Inline suppression directives (HTML, Markdown, plain text) and the allowlist."""

import pytest

import klarsprak
from klarsprak.config import Config
from klarsprak.suppression import regions

TEXT_HTML = (
    "<p>Zigenarens häst.</p>\n"
    "<!-- klarsprak-disable bias_term -->\n<p>Handikappade bor här.</p>\n<!-- klarsprak-enable -->\n"
    "<p>Handikappade bor där.</p>\n"
)
SUPPRESSED = [
    # (text, the words left flagged)
    (TEXT_HTML, ["Zigenarens", "Handikappade"]),
    ("Zigenarens häst.\n<!-- klarsprak-disable-next-line -->\nHandikappade bor här.\nDövstumma bor där.\n",
     ["Zigenarens", "Dövstumma"]),
    ("Handikappade bor här. <!-- klarsprak-disable-line disability -->\nZigenarens häst.\n", ["Zigenarens"]),
    ("klarsprak-disable-next-line ethnicity\nZigenarens häst.\nHandikappade bor här.\n", ["Handikappade"]),
    ("klarsprak-disable-next-line age\nZigenarens häst.\n", ["Zigenarens"]),  # another ground: kept
    ("# Rubrik\n\n<!-- klarsprak-disable -->\nZigenarens häst. Handikappade bor här.\n", []),
]


@pytest.mark.parametrize("text,left", SUPPRESSED)
def test_directives(analyzer, text, left):
    found = [f.text for f in analyzer.analyze(text).findings if f.category == "inclusive_language"]
    assert found == left


def test_regions_name_rules_and_grounds():
    text = "a <!-- klarsprak-disable bias_term, age --> b <!-- klarsprak-enable --> c"
    (region,) = regions(text)
    assert region.ids == {"bias_term", "age"}
    assert text[region.start:region.end].strip().startswith("-->")
    assert "c" not in text[region.start:region.end]


def test_unclosed_disable_runs_to_the_end():
    text = "start <!-- klarsprak-disable --> rest"
    (region,) = regions(text)
    assert region.end == len(text) and not region.ids


def test_text_without_directives_has_no_regions():
    assert regions("Zigenarens häst.") == []


def test_allowlist_drops_findings_by_text_and_lemma():
    analyzer = klarsprak.Analyzer(Config(allow=("Handikappad", "mamma och pappa")))
    report = analyzer.analyze("De handikappade och zigenarna. Fyll i mamma och pappa.")
    assert [f.text for f in report.findings if f.category == "inclusive_language"] == ["zigenarna"]
