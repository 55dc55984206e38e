"""Splitting very long texts into chunks below spaCy's ``max_length``, invisibly.

A chunk ends at the last paragraph break, else line break, else sentence end,
else space before the size limit (a hard cut only when there is none). Chunks
are parsed separately and joined into one ``Doc`` so that offsets are those
of the original text; a cut that was not at a paragraph or line break is
remembered as *soft*: the layout starts a unit there only after ``.``, ``!`` or ``?``
(a cut at a sentence end keeps its boundary, a cut mid-sentence joins), so chunking
changes neither offsets nor metrics.
"""

from __future__ import annotations

import re
import warnings
from typing import Iterable, Iterator, Sequence, TypeVar

import numpy
from spacy.attrs import IDX
from spacy.tokens import Doc

#: Chunk size: far below spaCy's ``max_length``; small enough that a batch holds several chunks of a
#: long text, which the parser advances together (7 % faster than 20,000 on real pages, same results).
DEFAULT_CHUNK_CHARS = 5_000
#: Characters parsed together in one batch: the model's working memory grows with it
#: (about 5 MB per 1,000 characters with the shipped model), not with the text's length.
DEFAULT_BATCH_CHARS = 60_000
T = TypeVar("T")
#: Every token attribute ``Doc.from_docs`` carries over (LENGTH and SPACY first).
_ATTRS = list(Doc._get_array_attrs())
_BREAKS = (re.compile(r"\n[ \t]*\n"), re.compile(r"\n"), re.compile(r"[.!?]\s"), re.compile(r"\s"))


def split(text: str, size: int = DEFAULT_CHUNK_CHARS) -> list[tuple[int, int, bool]]:
    """``(start, end, soft)`` spans covering ``text``; ``soft`` marks a cut inside a paragraph line."""
    spans: list[tuple[int, int, bool]] = []
    start = 0
    while len(text) - start > size:
        window = text[start + size // 2 : start + size]
        cut, soft = start + size, True
        for level, pattern in enumerate(_BREAKS):
            matches = list(pattern.finditer(window))
            if matches:
                cut, soft = start + size // 2 + matches[-1].end(), level >= 2
                break
        spans.append((start, cut, soft))
        start = cut
    spans.append((start, len(text), False))
    return spans


def join(docs: Sequence[Doc], text: str) -> Doc:
    """One ``Doc`` from chunk docs that cover ``text`` in order (the annotation of ``Doc.from_docs``).

    The words are cut from ``text`` by the tokens' offsets and the annotation is copied as arrays,
    so no spaCy ``Token`` object is made (``from_docs`` makes several per token). Docs carrying
    token- or span-level data (a user's pipeline may set some) are left to ``from_docs``.
    """
    if any(doc.spans or any(_below_doc(key) for key in doc.user_data) for doc in docs):
        with warnings.catch_warnings():
            # W101: doc-level extensions are not merged; the structure component recomputes ours
            warnings.filterwarnings("ignore", message=r"\[W101\]")
            return Doc.from_docs(list(docs), ensure_whitespace=False)
    words: list[str] = []
    arrays = []
    offset = 0
    for doc in docs:
        array = doc.to_array(_ATTRS)
        starts = (doc.to_array([IDX]) + offset).tolist()
        words += [text[i:i + n] for i, n in zip(starts, array[:, 0].tolist())]
        arrays.append(array)
        offset = starts[-1] + len(words[-1]) + int(array[-1, 1]) if len(doc) else offset
    array = numpy.concatenate(arrays)
    joined = Doc(docs[0].vocab, words=words, spaces=array[:, 1].astype(bool).tolist())
    return joined.from_array(_ATTRS, array)


def _below_doc(key: object) -> bool:
    """True for a ``user_data`` key that is not a doc-level extension (``("._.", name, None, None)``)."""
    return not (isinstance(key, tuple) and len(key) == 4 and key[0] == "._." and key[2] is None)


def batches(items: Iterable[tuple[str, T]], max_chars: int, max_items: int) -> Iterator[list[tuple[str, T]]]:
    """Consecutive groups of ``(text, context)`` pairs with at most ``max_chars`` characters
    (or one longer item) and at most ``max_items`` items."""
    batch: list[tuple[str, T]] = []
    size = 0
    for item in items:
        if batch and (size + len(item[0]) > max_chars or len(batch) >= max_items):
            yield batch
            batch, size = [], 0
        batch.append(item)
        size += len(item[0])
    if batch:
        yield batch


def soft_cuts(spans: Sequence[tuple[int, int, bool]]) -> set[int]:
    """Offsets of the cuts made inside a paragraph line (no sentence may start there)."""
    return {end for _, end, soft in spans if soft}
