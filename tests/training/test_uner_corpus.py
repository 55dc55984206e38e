"""UNER alignment, space-token splitting, and the corpus splits (data tests skip without ../shared/ud)."""

from __future__ import annotations

import pytest

from training.conllu import Sentence, Token, sentence_text, ud_dir
from training.corpus import HELDOUT_TB_DOCS, split_space_tokens
from training.uner import UnerSentence, align_to_uner, space_after_from_text


def toks(*forms: str) -> list[Token]:
    return [Token(i, f, "_", "X", "_", {}, 0 if i == 1 else 1, "root" if i == 1 else "dep") for i, f in
            enumerate(forms, 1)]


def test_space_after_from_raw_text() -> None:
    t = toks("Idrottsmateriel", ",", "t_ex", "spikskor", ".")
    assert space_after_from_text(t, "Idrottsmateriel, t ex spikskor.")
    assert [x.space_after for x in t] == [False, True, True, False, True]
    assert t[2].form == "t ex"


def test_space_after_rejects_other_text() -> None:
    assert not space_after_from_text(toks("Hej", "då"), "Hej hopp")


def test_align_restores_documents_and_skips_mismatches() -> None:
    v1 = [Sentence(toks("A", "b", ".")), Sentence(toks("Odd", "one")), Sentence(toks("C", "d", "."))]
    uner = [UnerSentence("D1", "s1", "A b.", ["A", "b", "."]), UnerSentence("D2", "s2", "Other one", ["Other", "one"]),
            UnerSentence("D2", "s3", "C d.", ["C", "d", "."])]
    stats = align_to_uner(v1, uner)
    assert stats == {"sentences": 3, "matched": 2, "documents": 2}
    assert [s.meta.get("newdoc id") for s in v1] == ["D1", None, "D2"]
    assert sentence_text(v1[0]) == "A b."


def test_split_space_tokens_attaches_parts_with_fixed() -> None:
    s = Sentence([Token(1, "Se", "_", "VERB", "_", {}, 0, "root"), Token(2, "t ex", "_", "ADV", "AB|AN", {}, 1, "advmod"),
                  Token(3, "sid", "_", "NOUN", "_", {}, 1, "obj")])
    out = split_space_tokens(s)
    assert [(t.form, t.head, t.deprel) for t in out.tokens] == [
        ("Se", 0, "root"), ("t", 1, "advmod"), ("ex", 2, "fixed"), ("sid", 1, "obj")]


# The tests of the whole corpus are slow (pytest -m slow, once in CI): a large input, all of ../shared/ud.
@pytest.fixture(scope="module")
def corpus(tmp_path_factory):  # type: ignore[no-untyped-def]
    if not ud_dir().is_dir():
        pytest.skip("../shared/ud is absent")
    import spacy
    from spacy.tokens import DocBin

    from training.corpus import build

    out = tmp_path_factory.mktemp("corpus")
    stats = build(out)
    vocab = spacy.blank("sv").vocab
    docs = {n: list(DocBin().from_disk(out / f"{n}.spacy").get_docs(vocab)) for n in ("train", "select", "heldout")}
    return stats, docs


@pytest.mark.slow
def test_heldout_never_in_training(corpus) -> None:  # type: ignore[no-untyped-def]
    stats, docs = corpus
    train_sents = {s.text for d in docs["train"] + docs["select"] for s in d.sents}
    held_sents = [s.text for d in docs["heldout"] for s in d.sents if len(s) > 3]
    assert held_sents and not [s for s in held_sents if s in train_sents]
    assert stats["heldout"] == 4555 and len(HELDOUT_TB_DOCS) == 4


@pytest.mark.slow
def test_training_docs_have_several_sentences_and_lemmas(corpus) -> None:  # type: ignore[no-untyped-def]
    stats, docs = corpus
    assert stats["train"] > 80_000
    multi = sum(1 for d in docs["train"] if len(list(d.sents)) > 1)
    assert multi / len(docs["train"]) > 0.8
    deps = {t.dep_ for d in docs["train"] for t in d}
    assert not deps & {"nsubjpass", "dobj", "mwe", "neg", "name"}
    assert {"obl", "nsubj:pass", "aux:pass", "fixed", "flat:name"} <= deps


@pytest.mark.slow
def test_no_deponent_marked_passive_in_training(corpus) -> None:  # type: ignore[no-untyped-def]
    _, docs = corpus
    bad = [t.text for d in docs["train"] for t in d
           if "Pass" in t.morph.get("Voice") and t.lower_ in ("finns", "fanns", "hoppas", "lyckades", "lyckas")]
    assert bad == []
