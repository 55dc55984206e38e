"""Lexicon rules are TermRule values over a closed set of finders; the data chooses the reporting rule."""

import pytest

import klarsprak
from klarsprak.rules import REGISTRY, TermRule
from klarsprak.rules.base import FINDERS, Examples, Registry


def test_lexicon_rules_are_term_rules():
    for rule_id in ("complex_word", "abbreviation", "bias_term", "gendered_title", "age_stereotype"):
        owner = getattr(REGISTRY.rules[rule_id].check, "__self__", None)
        assert isinstance(owner, TermRule), rule_id
    assert {"inclusive", "complex_words", "abbreviations"} <= set(FINDERS)


def test_unknown_finder_is_refused():
    with pytest.raises(ValueError, match="unknown finder 'nope'"):
        Registry().terms(TermRule("x", category="plain_language", severity="info", description="x", finds="nope",
                                  examples=Examples()))


def test_entry_rule_key_chooses_the_reporting_rule():
    report = klarsprak.analyze("Kontakta din förman. Föreningen för handikappade träffas.")
    rules = {f.text: f.rule for f in report.findings}
    assert rules.get("förman") == "gendered_title"
    assert rules.get("handikappade") == "bias_term"


def test_one_finding_per_problem_keeps_the_specific_rule():
    report = klarsprak.analyze("Om en elev är sjuk ska han/hon stanna hemma.")
    rules = sorted(f.rule for f in report.findings if f.category == "inclusive_language")
    assert rules == ["generic_pronoun"]


def test_job_ad_gender_coding_reports_the_ad_once_with_its_words():
    ad = ("Vi söker en självständig och analytisk ledare med stort självförtroende. Du är modig, logisk och "
          "ambitiös. Sista ansökningsdag är 1 maj. Anställningsform: tillsvidare.")
    found = [f for f in klarsprak.analyze(ad).findings if f.rule == "job_ad_gender_coding"]
    assert len(found) == 1 and found[0].text == "självständig"
    assert "maskulint" in found[0].message and "modig" in found[0].message
    not_an_ad = ad.replace("Sista ansökningsdag är 1 maj. Anställningsform: tillsvidare.", "")
    assert not [f for f in klarsprak.analyze(not_an_ad).findings if f.rule == "job_ad_gender_coding"]
