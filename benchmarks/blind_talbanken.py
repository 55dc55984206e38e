"""A second blind set: 1970s Swedish non-fiction from Talbanken that nobody building the rules has read.

By stop 21 every realtext document had been read by a builder or judged already (see
``blind_split.seen_share``), so a fresh blind set could not come from ``../shared/realtext``. Talbanken's
documents are Swedish professional prose of the 1970s (information brochures from authorities, but also
textbook chapters and news articles, as the labeler found); their raw text and document boundaries
are in ``../shared/ud/UNER-Talbanken`` (``# newdoc id`` and ``# text`` lines). The model was trained on most of them (gold tags), which
helps the tagging-dependent rules; no rule was tuned on them as documents.

The draw orders every document by ``sha256(SALT + id)``, skips the documents the model's evaluation
holds out (builders read their tagging errors) and any document with an 8-word run that stands in a
repository file, and keeps the first ``COUNT``. The ids are written to ``benchmarks/data/blind6_set.txt``;
the other Talbanken documents are the development material for this kind of text.

    python benchmarks/blind_talbanken.py      # draw the set (once) and write the ids
"""

from __future__ import annotations

import hashlib
import re
import sys
from functools import cache
from typing import Callable, Iterable
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
from training.uner import read_uner  # noqa: E402

UNER = REPO.parent / "shared" / "ud" / "UNER-Talbanken"
FILES = ("sv_talbanken-ud-train.iob2", "sv_talbanken-ud-dev.iob2")
OUT = REPO / "benchmarks" / "data" / "blind6_set.txt"
SALT = "klarsprak-blind6-2026-11-30:"
COUNT = 10
MODEL_HELD_OUT = {"P409", "P411", "P414", "P418"}
TERMINAL = (".", "!", "?", ":", "…", '"', "”", ")")


@cache
def sentences() -> dict[str, tuple[str, ...]]:
    """Every Talbanken document id with its sentences' raw text, in order."""
    docs: dict[str, list[str]] = {}
    for name in FILES:
        for sentence in read_uner(UNER / name):
            docs.setdefault(sentence.doc_id, []).append(sentence.text)
    return {doc: tuple(sents) for doc, sents in docs.items()}


def layout(sentences: Iterable[str]) -> str:
    """Sentences laid out as a reader would see them: a sentence without final punctuation is a heading on a
    line of its own, the sentences between headings form one paragraph (treebanks keep no paragraphs)."""
    blocks: list[str] = []
    paragraph: list[str] = []
    for sentence in sentences:
        if sentence.endswith(TERMINAL):
            paragraph.append(sentence)
            continue
        if paragraph:
            blocks.append(" ".join(paragraph))
            paragraph = []
        blocks.append(sentence)
    if paragraph:
        blocks.append(" ".join(paragraph))
    return "\n\n".join(blocks) + "\n"


def runs(words: str, n: int = 8) -> set[str]:
    """The lower-cased n-word runs of a text (to find text that stands elsewhere)."""
    found = re.findall(r"\w+", words.lower())
    return {" ".join(found[i:i + n]) for i in range(len(found) - n + 1)}


def repository_runs() -> set[str]:
    """The 8-word runs of every text file in the repository (tests, data, docs, lexicons)."""
    found: set[str] = set()
    for path in REPO.rglob("*"):
        if ".git" not in path.parts and path.is_file() and path.suffix in {
                ".py", ".yaml", ".md", ".txt", ".json", ".jsonl", ".tsv", ".csv", ".toml", ".html"}:
            found |= runs(path.read_text(encoding="utf-8", errors="replace"))
    return found


def draw() -> list[str]:
    """The first ``COUNT`` documents in hash order that no builder has read."""
    return [d for d in unread(sentences(), SALT, text) if d not in MODEL_HELD_OUT][:COUNT]


def unread(ids: Iterable[str], salt: str, text_of: Callable[[str], str]) -> list[str]:
    """``ids`` in the order of ``sha256(salt + id)``, without those with an 8-word run in the repository."""
    seen = repository_runs()
    order = sorted(ids, key=lambda d: hashlib.sha256((salt + d).encode()).hexdigest())
    return [d for d in order if not runs(text_of(d)) & seen]


def drawn(path: Path) -> list[str]:
    """The ids of a drawn set, as written when it was drawn."""
    return path.read_text(encoding="utf-8").split()


def undrawn(ids: Iterable[str], path: Path) -> list[str]:
    """``ids`` without those of the set drawn into ``path``: the development material builders may read."""
    blind = set(drawn(path))
    return [d for d in ids if d not in blind]


def write_once(path: Path, draw_ids: Callable[[], list[str]], text_of: Callable[[str], str]) -> None:
    """Draw a set and write its ids, refusing to draw it again."""
    if path.is_file():
        raise SystemExit(f"{path.relative_to(REPO)} exists: the set is drawn once")
    ids = draw_ids()
    path.write_text("\n".join(ids) + "\n", encoding="utf-8")
    print(f"{len(ids)} documents, {sum(len(text_of(d).split()) for d in ids)} words, written to {path.relative_to(REPO)}")


class DrawnSet:
    """One treebank blind set: its documents' sentences and the file its drawn ids were written to. Every set
    module exposes ``text``, ``blind_set`` and ``dev_set`` from one of these (what blind_eval and
    suggestion_fit call)."""

    def __init__(self, sentences: Callable[[], dict[str, tuple[str, ...]]], out: Path) -> None:
        self.sentences, self.out = sentences, out

    def text(self, doc: str) -> str:
        """A document as a reader would see it (see :func:`layout`)."""
        return layout(self.sentences()[doc])

    def blind_set(self) -> list[str]:
        """The drawn ids, as written when the set was drawn."""
        return drawn(self.out)

    def dev_set(self) -> list[str]:
        """The documents builders may read and tune on."""
        return undrawn(self.sentences(), self.out)

    def main(self, draw_ids: Callable[[], list[str]]) -> None:
        """Draw the set once and write its ids."""
        write_once(self.out, draw_ids, self.text)


SET = DrawnSet(sentences, OUT)
text, blind_set, dev_set = SET.text, SET.blind_set, SET.dev_set


if __name__ == "__main__":
    SET.main(draw)
