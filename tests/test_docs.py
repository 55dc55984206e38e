"""Generated documentation is up to date with the code and data."""

import importlib.util
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]


def load_script(name):
    spec = importlib.util.spec_from_file_location(name, REPO / "scripts" / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_rules_table_is_current():
    script = load_script("generate_rules_table")
    assert script.OUT.read_text(encoding="utf-8") == script.render(), \
        "docs/rules.md is stale: run python scripts/generate_rules_table.py"


def test_every_rule_is_in_the_table():
    from klarsprak.rules import REGISTRY

    table = (REPO / "docs" / "rules.md").read_text(encoding="utf-8")
    for rule_id in REGISTRY.rules:
        assert f"`{rule_id}`" in table
