"""The lexicon loader: every shipped file loads under the schema its header names; broken files fail fast
with a message that names the file, the entry, the key and the value."""

import time
from pathlib import Path

import pytest
import yaml

from klarsprak.errors import LexiconError
from klarsprak.lexicon import CATALOGUE, lexicon_file, load_file, shipped_files
from klarsprak.lexicon.schema import MAX_BYTES, read_yaml

BILLION_LAUGHS = """schema: word_lists
entries:
  - &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]
  - &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]
  - &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]
  - &d [*c, *c, *c, *c, *c, *c, *c, *c, *c]
  - &e [*d, *d, *d, *d, *d, *d, *d, *d, *d]
  - &f [*e, *e, *e, *e, *e, *e, *e, *e, *e]
  - &g [*f, *f, *f, *f, *f, *f, *f, *f, *f]
  - &h [*g, *g, *g, *g, *g, *g, *g, *g, *g]
  - &i [*h, *h, *h, *h, *h, *h, *h, *h, *h]
"""


def write(tmp_path: Path, text: str, name: str = "lex.yaml") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_every_shipped_file_names_a_known_schema_and_loads():
    files = shipped_files()
    assert len(files) >= 15
    for path in files:
        loaded = load_file(path)
        assert loaded.schema is CATALOGUE[loaded.schema.name]
        assert loaded.entries, path


def test_sources_are_kept_and_written_out():
    loaded = lexicon_file("plain", "complex_words.yaml")
    entry = next(e for e in loaded.entries if e.get("lemma") == "erhålla")
    assert "Svarta listan" in loaded.source_text(entry) or "Språkrådet" in loaded.source_text(entry)
    assert lexicon_file("plain", "complex_words.yaml") is loaded  # loaded once


def test_billion_laughs_fails_fast(tmp_path):
    path = write(tmp_path, BILLION_LAUGHS)
    began = time.perf_counter()
    with pytest.raises(LexiconError, match=r"lex\.yaml: .*line 3: YAML anchors and aliases"):
        load_file(path)
    assert time.perf_counter() - began < 1.0


def test_alias_alone_is_refused(tmp_path):
    text = "schema: word_lists\nentries:\n  - {id: a, words: &w [x], source: s}\n  - {id: b, words: *w, source: s}\n"
    with pytest.raises(LexiconError, match="anchors and aliases"):
        load_file(write(tmp_path, text))


@pytest.fixture
def without_libyaml(monkeypatch):
    """PyYAML as it is built without libyaml: no C loader, ``__with_libyaml__`` false."""
    monkeypatch.setattr(yaml, "__with_libyaml__", False)
    monkeypatch.delattr(yaml, "CSafeLoader", raising=False)


def test_pure_python_reader_loads_and_refuses_aliases(tmp_path, without_libyaml):
    loaded = read_yaml(write(tmp_path, "schema: word_lists\nentries:\n  - {id: a, words: [x], source: s}\n"))
    assert loaded == {"schema": "word_lists", "entries": [{"id": "a", "words": ["x"], "source": "s"}]}
    text = "schema: word_lists\nentries:\n  - {id: a, words: &w [x], source: s}\n  - {id: b, words: *w, source: s}\n"
    with pytest.raises(LexiconError, match="line 3: YAML anchors and aliases"):
        read_yaml(write(tmp_path, text))
    began = time.perf_counter()
    with pytest.raises(LexiconError, match="line 3: YAML anchors and aliases"):
        read_yaml(write(tmp_path, BILLION_LAUGHS))
    assert time.perf_counter() - began < 1.0


def test_oversized_file_is_refused_before_reading(tmp_path):
    path = tmp_path / "big.yaml"
    with path.open("wb") as fh:
        fh.truncate(MAX_BYTES + 1)
    with pytest.raises(LexiconError, match=r"big\.yaml: a lexicon file may be at most"):
        load_file(path)


@pytest.mark.parametrize(("text", "message"), [
    ("entries: []\n", r"needs a 'schema:' header"),
    ("schema: nonsense\nentries: []\n", r"unknown schema 'nonsense' \(one of: .*word_lists"),
    ("schema: word_lists\nwords: []\n", r"top-level 'entries' list"),
    ("schema: word_lists\ncolour: red\nentries: []\n", r"unknown top-level key 'colour'"),
    ("schema: word_lists\nentries:\n  - {id: a, words: x, source: s}\n",
     r"lex\.yaml: entry 1 \(a\): 'words' has the wrong type \(str\): 'x'"),
    ("schema: word_lists\nentries:\n  - {id: a, words: [x], source: s, ground: gender}\n",
     r"entry 1 \(a\): 'ground' has unknown value 'gender' \(one of: age, "),
    ("schema: word_lists\nentries:\n  - {id: a, words: [x], source: s}\n  - {id: A, words: [y], source: s}\n",
     r"entry 2 \(A\): duplicate id 'A'"),
    ("schema: word_lists\nentries: [\n", r"cannot read lexicon"),
])
def test_broken_files_name_file_key_and_value(tmp_path, text, message):
    with pytest.raises(LexiconError, match=message):
        load_file(write(tmp_path, text))


def test_not_utf8_is_a_lexicon_error(tmp_path):
    path = tmp_path / "latin1.yaml"
    path.write_bytes("schema: word_lists\nentries: [{id: å, words: [ö], source: s}]\n".encode("latin-1"))
    with pytest.raises(LexiconError, match=r"latin1\.yaml: cannot read lexicon: not UTF-8"):
        load_file(path)
