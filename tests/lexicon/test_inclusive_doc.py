"""docs/inclusive-lexicon.md is generated from the lexicon data and must be up to date."""

import importlib.util
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]


def test_lexicon_table_is_up_to_date():
    spec = importlib.util.spec_from_file_location("gen", REPO / "scripts" / "generate_inclusive_table.py")
    gen = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(gen)
    current = (REPO / "docs" / "inclusive-lexicon.md").read_text(encoding="utf-8")
    assert current == gen.render(), "run: python scripts/generate_inclusive_table.py"
