"""The inclusive lexicons: shipped data loads, and schema errors name the file and the entry."""

from pathlib import Path

import pytest

from klarsprak.errors import LexiconError
from klarsprak.findings import GROUNDS
from klarsprak.lexicon.inclusive import load_lexicon, shipped_paths
from klarsprak.lexicon.wordlists import word_lists

ENTRY = """
  - id: {id}
    lemmas: [{word}]
    ground: {ground}
    kind: outdated
    severity: warning
    why: Ett testord.
    suggestions: [annat ord]
    source: test
"""


def write(path: Path, *entries: str, head: str = "schema: inclusive\nentries:") -> Path:
    path.write_text(head + "".join(entries), encoding="utf-8")
    return path


def test_shipped_lexicon_covers_every_ground():
    lexicon = load_lexicon()
    assert [p.stem for p in shipped_paths()] == list(GROUNDS)
    counts = {g: len(lexicon.by_ground(g)) for g in GROUNDS}
    assert all(n >= 10 for n in counts.values()), counts
    for ground in ("sex", "ethnicity", "disability"):
        assert counts[ground] >= 20
    for entry in lexicon:
        assert entry.source and entry.suggestions and entry.why
        assert entry.id.split(".")[0] in {"sex", "trans", "ethnicity", "religion", "disability", "orientation", "age"}


def test_pattern_word_lists_load():
    lists = word_lists()
    assert "generic_antecedents" in lists and "diagnoses_disability" in lists
    assert all(wl.source for wl in lists.values())


def test_unknown_key_names_file_and_entry(tmp_path):
    path = write(tmp_path / "extra.yaml", ENTRY.format(id="x.one", word="ettord", ground="age") + "    colour: red\n")
    with pytest.raises(LexiconError, match=r"extra\.yaml: entry 1 \(x\.one\): unknown key 'colour'"):
        load_lexicon([path])


def test_missing_source_and_suggestions_are_errors(tmp_path):
    no_source = ENTRY.format(id="x.two", word="tvåord", ground="age").replace("    source: test\n", "")
    with pytest.raises(LexiconError, match=r"x\.two.*missing 'source'"):
        load_lexicon([write(tmp_path / "a.yaml", no_source)])
    no_suggestion = ENTRY.format(id="x.three", word="treord", ground="age").replace(
        "    suggestions: [annat ord]\n", "    suggestions: []\n")
    with pytest.raises(LexiconError, match=r"x\.three.*missing 'suggestions'"):
        load_lexicon([write(tmp_path / "b.yaml", no_suggestion)])


def test_duplicate_ids_across_files_are_errors(tmp_path):
    a = write(tmp_path / "a.yaml", ENTRY.format(id="x.same", word="ettord", ground="age"))
    b = write(tmp_path / "b.yaml", ENTRY.format(id="x.same", word="tvåord", ground="age"))
    with pytest.raises(LexiconError, match=r"b\.yaml: entry x\.same: duplicate id 'x\.same' \(also in .*a\.yaml\)"):
        load_lexicon([a, b])


def test_user_file_cannot_reuse_a_shipped_id(tmp_path):
    extra = write(tmp_path / "extra.yaml", ENTRY.format(id="ethnicity.neger", word="ettord", ground="ethnicity"))
    with pytest.raises(LexiconError, match="duplicate id"):
        load_lexicon(extra=[extra])


def test_unknown_ground_kind_and_condition_are_errors(tmp_path):
    with pytest.raises(LexiconError, match="'ground' has unknown value 'gender'"):
        load_lexicon([write(tmp_path / "a.yaml", ENTRY.format(id="x.g", word="ord", ground="gender"))])
    bad_cond = ENTRY.format(id="x.c", word="ord", ground="age") + "    conditions: {compound: middle}\n"
    with pytest.raises(LexiconError, match=r"x\.c: conditions: 'compound' has unknown value 'middle'"):
        load_lexicon([write(tmp_path / "b.yaml", bad_cond)])


def test_entry_in_the_wrong_ground_file(tmp_path):
    path = write(tmp_path / "age.yaml", ENTRY.format(id="x.w", word="ord", ground="sex"))
    with pytest.raises(LexiconError, match="ground 'sex' in the file for 'age'"):
        load_lexicon([path])


def test_entry_needs_words(tmp_path):
    entry = ENTRY.format(id="x.n", word="ord", ground="age").replace("    lemmas: [ord]\n", "")
    with pytest.raises(LexiconError, match="needs 'lemmas' or 'phrases'"):
        load_lexicon([write(tmp_path / "a.yaml", entry)])
