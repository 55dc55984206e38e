"""Align Talbanken UD v1 sentences to UNER-Talbanken to restore raw text and documents.

UNER-Talbanken (``*.iob2``) carries ``# newdoc id``, ``# sent_id`` and ``# text``
for the same sentences in the same order. v1 writes multi-word tokens with ``_``
("t_ex"), UNER with a space ("t ex").
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable

from .conllu import Sentence, Token


@dataclass
class UnerSentence:
    doc_id: str
    sent_id: str
    text: str
    tokens: list[str]
    tags: list[str] = field(default_factory=list)  # the NER tag of each token


def read_uner(path: str | Path) -> list[UnerSentence]:
    """Read an UNER ``.iob2`` file (index, token, tag, -, -)."""
    out: list[UnerSentence] = []
    doc_id, sent_id, text, toks, tags = "", "", "", [], []
    with open(path, encoding="utf-8") as fh:
        for raw in fh:
            line = raw.rstrip("\n")
            if line.startswith("# newdoc id ="):
                doc_id = line.split("=", 1)[1].strip()
            elif line.startswith("# sent_id ="):
                sent_id = line.split("=", 1)[1].strip()
            elif line.startswith("# text ="):
                text = line.split("=", 1)[1].strip()
            elif not line.strip():
                if toks:
                    out.append(UnerSentence(doc_id, sent_id, text, toks, tags))
                toks, tags = [], []
            elif not line.startswith("#"):
                cols = line.split("\t")
                toks.append(cols[1])
                tags.append(cols[2])
    if toks:
        out.append(UnerSentence(doc_id, sent_id, text, toks, tags))
    return out


def _norm(form: str) -> str:
    return form.replace("_", " ")


NO_SPACE_BEFORE = frozenset(".,:;!?)]}%”’»")
NO_SPACE_AFTER = frozenset("([{“‘«")


def space_after_from_text(tokens: list[Token], text: str) -> bool:
    """Set ``SpaceAfter=No`` on tokens from raw text. False if the forms don't fit the text."""
    pos = 0
    flags: list[bool] = []
    for tok in tokens:
        form = _norm(tok.form)
        idx = text.find(form, pos)
        if idx < 0 or text[pos:idx].strip():
            return False
        if flags:
            flags[-1] = idx > pos
        pos = idx + len(form)
        flags.append(True)
    if text[pos:].strip():
        return False
    flags[-1] = True
    for tok, space in zip(tokens, flags):
        tok.form = _norm(tok.form)
        if space:
            tok.misc.pop("SpaceAfter", None)
        else:
            tok.misc["SpaceAfter"] = "No"
    return True


def heuristic_spacing(tokens: list[Token]) -> None:
    """Fallback spacing for sentences without a matching raw text."""
    for i, tok in enumerate(tokens):
        tok.form = _norm(tok.form)
        nxt = tokens[i + 1].form if i + 1 < len(tokens) else ""
        if (nxt and nxt[0] in NO_SPACE_BEFORE and len(nxt) == 1) or tok.form in NO_SPACE_AFTER:
            tok.misc["SpaceAfter"] = "No"


def align_to_uner(v1: list[Sentence], uner: list[UnerSentence], window: int = 8) -> dict[str, int]:
    """Give each v1 sentence ``# text``, spacing and a ``# newdoc id`` (in place).

    Sentences are matched in order by token sequence, looking ahead up to
    ``window`` UNER sentences. Unmatched sentences inherit the current
    document and get heuristic spacing. Returns counts.
    """
    j = 0
    matched = 0
    doc = uner[0].doc_id if uner else "doc"
    last_doc: str | None = None
    for sent in v1:
        words = [_norm(t.form) for t in sent.tokens]
        hit = None
        for k in range(j, min(j + window, len(uner))):
            if uner[k].tokens == words:
                hit = k
                break
        if hit is not None:
            doc = uner[hit].doc_id
            sent.meta["sent_id"] = uner[hit].sent_id
            if space_after_from_text(sent.tokens, uner[hit].text):
                sent.meta["text"] = uner[hit].text
                matched += 1
            else:
                heuristic_spacing(sent.tokens)
            j = hit + 1
        else:
            heuristic_spacing(sent.tokens)
        if doc != last_doc:
            sent.meta["newdoc id"] = doc
            last_doc = doc
        sent.meta["doc"] = doc
    return {"sentences": len(v1), "matched": matched, "documents": len({s.meta["doc"] for s in v1})}


def aligned(v1: Iterable[Sentence], uner_path: str | Path) -> list[Sentence]:
    """Convenience: align and return the list."""
    sents = list(v1)
    align_to_uner(sents, read_uner(uner_path))
    return sents
