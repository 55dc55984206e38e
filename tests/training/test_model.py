"""The shipped model: loads with plain spaCy and no network, is small, and tokenizes Swedish abbreviations."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
import spacy

MODEL = Path(__file__).resolve().parents[2] / "models" / "sv_klarsprak"


@pytest.fixture(scope="module")
def nlp():  # type: ignore[no-untyped-def]
    return spacy.load(MODEL)


def test_plain_spacy_load_in_a_fresh_process() -> None:
    """Only our lemmatizer's factory is needed from klarsprak, found through its spacy_factories entry point."""
    code = ("import sys, spacy; nlp = spacy.load(sys.argv[1]); "
            "print(','.join(nlp.pipe_names), type(nlp.get_pipe('trainable_lemmatizer')).__name__)")
    out = subprocess.run([sys.executable, "-c", code, str(MODEL)], capture_output=True, text=True, check=True)
    assert out.stdout.split() == ["tok2vec,morphologizer,parser,trainable_lemmatizer,ner", "CaseAwareLemmatizer"]


def test_size_and_licence() -> None:
    size = sum(f.stat().st_size for f in MODEL.rglob("*") if f.is_file())
    assert size <= 25_000_000
    meta = json.loads((MODEL / "meta.json").read_text(encoding="utf-8"))
    assert meta["license"] == "CC BY-SA 4.0"
    assert any("Talbanken" in s["name"] for s in meta["sources"])
    assert not any("LinES" in s["name"] for s in meta["sources"])


@pytest.mark.parametrize("abbr", ["t.ex.", "bl.a.", "m.m.", "s.k.", "fr.o.m.", "t.o.m.", "dvs.", "o.s.v.",
                                  "p.g.a.", "enl.", "resp.", "jfr.", "kap."])
def test_abbreviations_are_one_token(nlp, abbr: str) -> None:  # type: ignore[no-untyped-def]
    doc = nlp.make_doc(f"Se {abbr} sidan fyra.")
    assert abbr in [t.text for t in doc]


def test_sentences_split_but_not_after_abbreviations(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp("Du kan t.ex. ringa oss. Vi svarar inom en vecka. Skicka sedan in blanketten.")
    assert [s.text for s in doc.sents] == ["Du kan t.ex. ringa oss.", "Vi svarar inom en vecka.",
                                          "Skicka sedan in blanketten."]


def test_pos_morph_lemma(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp("Ansökan skickades till kommunen.")
    assert [t.pos_ for t in doc] == ["NOUN", "VERB", "ADP", "NOUN", "PUNCT"]
    assert doc[1].morph.get("Voice") == ["Pass"] and doc[1].lemma_ == "skicka"
    assert doc[3].lemma_ == "kommun"


def test_deponent_has_no_passive_voice(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp("Det finns flera sätt att ansöka.")
    assert doc[1].morph.get("Voice") != ["Pass"]
