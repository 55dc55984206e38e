"""Chunks of a long text are joined into the Doc ``Doc.from_docs`` would give, without its per-token cost."""

import numpy
import pytest
from spacy.attrs import IDX
from spacy.tokens import Doc, Token

from klarsprak.doc import chunking

TEXT = ("Ansökan om bygglov ska skickas in till nämnden.\n\nHandläggningen tar ungefär fyra veckor, "
        "och beslutet skickas till dig  med post. Avgiften betalas i förskott enligt taxan\n"
        "och kan inte återbetalas. ") * 6 + "Beslutet gäller i fem år och kan överklagas. " * 20


def _chunk_docs(analyzer, text, size):
    spans = chunking.split(text, size)
    docs = list(analyzer.nlp.pipe([text[s:e] for s, e, _ in spans]))
    return spans, docs


@pytest.mark.filterwarnings("ignore:.W101")
def test_join_equals_from_docs(analyzer):
    spans, docs = _chunk_docs(analyzer, TEXT, 400)
    assert len(docs) > 3 and any(soft for _, _, soft in spans)
    joined = chunking.join(docs, TEXT)
    expected = Doc.from_docs(docs, ensure_whitespace=False)
    assert joined.text == TEXT == expected.text
    attrs = [*Doc._get_array_attrs(), IDX]
    assert numpy.array_equal(joined.to_array(attrs), expected.to_array(attrs))
    assert [t.is_sent_start for t in joined] == [t.is_sent_start for t in expected]
    assert [(t.head.i, t.dep_, t.lemma_, str(t.morph)) for t in joined] == \
           [(t.head.i, t.dep_, t.lemma_, str(t.morph)) for t in expected]


def test_join_keeps_token_level_data_through_from_docs(analyzer):
    _, docs = _chunk_docs(analyzer, TEXT, 400)
    if not Token.has_extension("test_mark"):
        Token.set_extension("test_mark", default=None)
    docs[1][0]._.test_mark = "x"
    joined = chunking.join(docs, TEXT)
    assert joined[len(docs[0])]._.test_mark == "x"
