"""A sixth blind set: a database manual and European Parliament debate translated into Swedish (UD Swedish-LinES).

By stop 25 the lead had read the judges' reasons on all five earlier blind sets, so they are development material
now. LinES (``../shared/ud/LinES``, CC BY-NC-SA: evaluation only, never trained on) holds two kinds of prose close to
what public bodies write, translated from English: a database manual (instructions to a user, dev-doc1 and
test-doc1) and European Parliament debate (speeches by politicians, dev-doc5 and test-doc5). No builder has read
them: the stop-23 inclusive developer only searched all of LinES for likely bias words (none in these four
documents), and the model was never trained on LinES, so tagging here is as on unseen text.

A document is a run of ``CHUNK`` consecutive sentences of one source, laid out like the other treebank sets. The
draw orders the chunks by ``sha256(SALT + id)``, skips any with an 8-word run that stands in a repository file or
in the team's scratch folders, and keeps chunks until the set holds ``WORDS`` words; the ids go to
``benchmarks/data/blind10_set.txt``. The other chunks are development material.

    python benchmarks/blind_lines.py      # draw the set (once) and write the ids
"""

from __future__ import annotations

import sys
from functools import cache
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "benchmarks"))
from blind_eukalyptus_other import draw_words  # noqa: E402
from blind_talbanken import DrawnSet  # noqa: E402
from training.conllu import read_conllu, sentence_text  # noqa: E402

LINES = REPO.parent / "shared" / "ud" / "LinES"
OUT = REPO / "benchmarks" / "data" / "blind10_set.txt"
SALT = "klarsprak-blind10-2026-12-01:"
SOURCES = {"manual": "doc1", "europarl": "doc5"}
CHUNK = 20
WORDS = 6000


@cache
def sentences() -> dict[str, tuple[str, ...]]:
    """Every chunk (``manual-dev#0``, ``europarl-test#3`` …) with its sentences' text, in order."""
    docs: dict[str, tuple[str, ...]] = {}
    for part in ("dev", "test"):
        by_doc: dict[str, list[str]] = {}
        for sentence in read_conllu(LINES / f"sv_lines-ud-{part}.conllu"):
            doc = sentence.meta.get("sent_id", "").rsplit("-", 1)[0].rsplit("-", 1)[-1]
            by_doc.setdefault(doc, []).append(sentence_text(sentence))
        for source, doc in SOURCES.items():
            sents = by_doc.get(doc, [])
            for k in range(0, len(sents), CHUNK):
                docs[f"{source}-{part}#{k // CHUNK}"] = tuple(sents[k:k + CHUNK])
    return docs


def draw() -> list[str]:
    """Unread chunks in hash order until the set holds ``WORDS`` words."""
    return draw_words(sentences(), SALT, text, WORDS)


SET = DrawnSet(sentences, OUT)
text, blind_set, dev_set = SET.text, SET.blind_set, SET.dev_set


if __name__ == "__main__":
    SET.main(draw)
