"""The job-ad word lists (lexicons/inclusive/job_ad_*.yaml) load under their schema and cover both codings."""

from collections import Counter

import pytest
import yaml

from klarsprak.lexicon import load_entries
from klarsprak.resources import lexicon_path

SCHEMA = "job_ad_words"


@pytest.mark.parametrize("name,codings,least", [
    ("job_ad_gender.yaml", {"feminine", "masculine"}, 40),
    ("job_ad_age.yaml", {"young", "old"}, 3),
])
def test_job_ad_lists_load_with_sources(name, codings, least):
    path = lexicon_path("inclusive", name)
    entries = load_entries([path], SCHEMA)
    sources = yaml.safe_load(path.read_text(encoding="utf-8"))["sources"]
    counts = Counter(e["coding"] for e in entries)
    assert set(counts) == codings and min(counts.values()) >= least, counts
    for e in entries:
        assert sum(bool(e.get(k)) for k in ("stem", "phrase")) == 1, e["id"]
        assert (e.get("stem") or e["phrase"]) == (e.get("stem") or e["phrase"]).lower(), e["id"]
        assert all(key.strip() in sources for key in e["source"].split(";")), e["id"]
        stem = e.get("stem")
        for word in e.get("exclude", ()):
            assert " " in word or stem is None or word.startswith(stem), (e["id"], word)
