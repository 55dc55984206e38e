"""Minimal CoNLL-U / CoNLL-X reader for the UD treebanks in ``../shared/ud``.

Only what training and evaluation need: comment lines (``# key = value``),
the ten token columns, multi-word token ranges skipped, empty nodes skipped.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterator

UD_DIR_ENV = "KLARSPRAK_UD_DIR"


def ud_dir() -> Path:
    """Directory holding the UD treebanks (``$KLARSPRAK_UD_DIR`` or ``<repo>/../shared/ud``)."""
    env = os.environ.get(UD_DIR_ENV)
    if env:
        return Path(env)
    repo = Path(__file__).resolve().parents[1]
    return repo.parent / "shared" / "ud"


@dataclass
class Token:
    """One syntactic word of a CoNLL-U sentence (columns as strings, ``_`` kept)."""

    id: int
    form: str
    lemma: str
    upos: str
    xpos: str
    feats: dict[str, str]
    head: int
    deprel: str
    deps: str = "_"
    misc: dict[str, str] = field(default_factory=dict)

    @property
    def space_after(self) -> bool:
        return self.misc.get("SpaceAfter") != "No"

    def feats_str(self) -> str:
        if not self.feats:
            return "_"
        return "|".join(f"{k}={v}" for k, v in sorted(self.feats.items(), key=lambda kv: kv[0].lower()))


@dataclass
class Sentence:
    """A sentence: its comment metadata and tokens."""

    tokens: list[Token]
    meta: dict[str, str] = field(default_factory=dict)

    @property
    def text(self) -> str | None:
        return self.meta.get("text")

    @property
    def sent_id(self) -> str | None:
        return self.meta.get("sent_id")

    def words(self) -> list[str]:
        return [t.form for t in self.tokens]


def parse_feats(value: str) -> dict[str, str]:
    """``Case=Nom|Number=Sing`` → dict; ``_`` → {}."""
    if value in ("_", ""):
        return {}
    out: dict[str, str] = {}
    for part in value.split("|"):
        if "=" in part:
            k, v = part.split("=", 1)
            out[k] = v
    return out


def _parse_misc(value: str) -> dict[str, str]:
    if value in ("_", ""):
        return {}
    out: dict[str, str] = {}
    for part in value.split("|"):
        k, _, v = part.partition("=")
        out[k] = v
    return out


def read_conllu(path: str | Path) -> Iterator[Sentence]:
    """Yield sentences from a CoNLL-U (or 10-column CoNLL-X) file."""
    meta: dict[str, str] = {}
    tokens: list[Token] = []
    with open(path, encoding="utf-8") as fh:
        for raw in fh:
            line = raw.rstrip("\n")
            if not line.strip():
                if tokens:
                    yield Sentence(tokens, meta)
                meta, tokens = {}, []
                continue
            if line.startswith("#"):
                key, sep, value = line[1:].partition("=")
                if sep:
                    meta[key.strip()] = value.strip()
                continue
            cols = line.split("\t")
            if len(cols) < 10 or "-" in cols[0] or "." in cols[0]:
                continue
            tokens.append(
                Token(
                    id=int(cols[0]),
                    form=cols[1],
                    lemma=cols[2],
                    upos=cols[3],
                    xpos=cols[4],
                    feats=parse_feats(cols[5]),
                    head=int(cols[6]) if cols[6] != "_" else 0,
                    deprel=cols[7],
                    deps=cols[8],
                    misc=_parse_misc(cols[9]),
                )
            )
    if tokens:
        yield Sentence(tokens, meta)


def group_documents(sentences: list[Sentence], doc_key: str = "newdoc id") -> list[list[Sentence]]:
    """Group sentences into documents at each ``# newdoc id`` comment."""
    docs: list[list[Sentence]] = []
    for sent in sentences:
        if doc_key in sent.meta or not docs:
            docs.append([])
        docs[-1].append(sent)
    return docs


def sentence_text(sent: Sentence) -> str:
    """Raw text of a sentence from its forms and SpaceAfter (no trailing space)."""
    parts: list[str] = []
    for tok in sent.tokens:
        parts.append(tok.form)
        if tok.space_after:
            parts.append(" ")
    return "".join(parts).rstrip(" ")
