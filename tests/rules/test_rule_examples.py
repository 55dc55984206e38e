"""Meta-test: every registered rule carries should-flag / should-not-flag examples, and they hold."""

import pytest

from klarsprak.rules import REGISTRY

RULES = sorted(REGISTRY.rules.values(), key=lambda r: r.id)


@pytest.mark.parametrize("rule", RULES, ids=[r.id for r in RULES])
def test_rule_has_examples_and_source(rule):
    assert rule.examples.flag, f"{rule.id} has no should-flag examples"
    assert rule.examples.ok, f"{rule.id} has no should-not-flag examples"
    assert rule.description and rule.source


CASES = [(r.id, text, True) for r in RULES for text in r.examples.flag] + \
        [(r.id, text, False) for r in RULES for text in r.examples.ok]


@pytest.mark.parametrize("rule_id,text,flagged", CASES, ids=[f"{c[0]}-{'flag' if c[2] else 'ok'}-{i}"
                                                              for i, c in enumerate(CASES)])
def test_rule_examples(analyzer, rule_id, text, flagged):
    found = [f for f in analyzer.analyze(text).findings if f.rule == rule_id
             or f.rule.startswith(rule_id + ".")]
    assert bool(found) == flagged, (rule_id, text, found)
    for f in found:
        assert text[f.start:f.end] == f.text
