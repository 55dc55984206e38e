"""The entity recogniser's corpus from UNER-Talbanken and the lemmatizer's form table (data tests skip without ../shared/ud)."""

from __future__ import annotations

from pathlib import Path

import pytest
import spacy

from training.conllu import ud_dir
from training.lemma_table import form_table
from training.ner import HELDOUT_EVERY, build, read_iob2, split_train, to_docs

IOB2 = """# newdoc id = P101
# sent_id = P101-0001
# text = Enligt SJ i Malmö, t ex Anna Berg.
1\tEnligt\tO\t-\t-
2\tSJ\tB-ORG\t-\t-
3\ti\tO\t-\t-
4\tMalmö\tB-LOC\t-\t-
5\t,\tO\t-\t-
6\tt ex\tO\t-\t-
7\tAnna\tB-PER\t-\t-
8\tBerg\tI-PER\t-\t-
9\t.\tO\t-\t-

# newdoc id = P102
# sent_id = P102-0001
# text = Statens vägverk (SV)
1\tStatens vägverk\tB-ORG\t-\t-
2\t(\tO\t-\t-
3\tSV\tB-ORG\t-\t-
4\t)\tO\t-\t-
"""


def test_read_iob2_splits_spaced_words_and_keeps_spacing(tmp_path: Path) -> None:
    path = tmp_path / "x.iob2"
    path.write_text(IOB2, encoding="utf-8")
    first, second = read_iob2(path)
    assert first.doc_id == "P101" and second.doc_id == "P102"
    assert first.words[5:7] == ["t", "ex"] and first.tags[5:7] == ["O", "O"]
    assert second.words[:2] == ["Statens", "vägverk"] and second.tags[:2] == ["B-ORG", "I-ORG"]
    docs = to_docs(spacy.blank("sv").vocab, [first, second])
    assert [d.text for d in docs] == ["Enligt SJ i Malmö, t ex Anna Berg.", "Statens vägverk (SV)"]
    assert [(e.text, e.label_) for e in docs[0].ents] == [("SJ", "ORG"), ("Malmö", "LOC"), ("Anna Berg", "PER")]
    assert [(e.text, e.label_) for e in docs[1].ents] == [("Statens vägverk", "ORG"), ("SV", "ORG")]


def test_every_tenth_document_is_held_out(tmp_path: Path) -> None:
    path = tmp_path / "x.iob2"
    path.write_text(IOB2, encoding="utf-8")
    one = read_iob2(path)[0]
    sents = [type(one)(f"D{i}", one.words, one.spaces, one.tags) for i in range(25)]
    train, held = split_train(sents)
    assert [s.doc_id for s in held] == ["D9", "D19"] and len(train) == 23 and HELDOUT_EVERY == 10


def test_form_table_keeps_only_unambiguous_forms() -> None:
    vocab = spacy.blank("sv").vocab
    doc = spacy.tokens.Doc(vocab, words=["Lägre", "lägre", "lägre", "var", "var", "var", "ensam"])
    for t, pos, lemma in zip(doc, ["ADJ", "ADJ", "ADJ", "AUX", "AUX", "ADV"] + ["ADJ"],
                             ["låg", "låg", "låg", "vara", "vara", "var", "ensam"]):
        t.pos_, t.lemma_ = pos, lemma
    doc[5].pos_ = "AUX"  # "var" as AUX: 2 × vara, 1 × var: below the share
    assert form_table([doc]) == {"lägre\tADJ": "låg"}


@pytest.mark.skipif(not ud_dir().is_dir(), reason="../shared/ud is absent")
def test_ner_splits_from_uner(tmp_path: Path) -> None:
    stats = build(tmp_path)
    assert stats["ner-train"]["ORG"] > 150 and stats["ner-heldout"]["ORG"] > 10 and stats["ner-dev"]["ORG"] == 5
    vocab = spacy.blank("sv").vocab
    train = {d.text for d in spacy.tokens.DocBin().from_disk(tmp_path / "ner-train.spacy").get_docs(vocab)}
    held = [d.text for d in spacy.tokens.DocBin().from_disk(tmp_path / "ner-heldout.spacy").get_docs(vocab)]
    assert held and not [t for t in held if t in train]
