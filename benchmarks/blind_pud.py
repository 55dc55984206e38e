"""A fifth blind set: news and encyclopedia text translated into Swedish (UD Swedish-PUD) that nobody here has read.

By stop 24 the lead had read the judges' reasons on all four earlier blind sets, so none of them is blind any
more. PUD's documents are the last treebank prose no builder has read: a few sentences each from news articles
and Wikipedia articles, translated from English (and via English from German, French, Italian and Spanish). They
are not public-sector text; they measure what the rules say on prose of other genres, which is what the project
is also judged on ("other treebank text"). The model was trained on four of every five PUD documents (tags and
trees), so tagging here is better than on unseen text. PUD keeps no paragraphs and picks its sentences from each
source document at random, so a document is a short run of sentences that need not follow each other.

The draw orders every PUD document by ``sha256(SALT + id)``, skips any document with an 8-word run that stands
in a repository file or in the team's scratch folders (``blind_eukalyptus_other.scratch_runs``), and keeps
documents until the set holds ``WORDS`` words. The ids go to ``benchmarks/data/blind9_set.txt``; the other PUD
documents are development material.

    python benchmarks/blind_pud.py      # draw the set (once) and write the ids
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
from training.conllu import group_documents, read_conllu, sentence_text  # noqa: E402

PUD = REPO.parent / "shared" / "ud" / "PUD" / "sv_pud-ud-test.conllu"
OUT = REPO / "benchmarks" / "data" / "blind9_set.txt"
SALT = "klarsprak-blind9-2026-12-01:"
WORDS = 5500


@cache
def sentences() -> dict[str, tuple[str, ...]]:
    """Every PUD document id (``n01001``, ``w01001`` …) with its sentences' text, in order."""
    return {doc[0].meta["newdoc id"]: tuple(sentence_text(s) for s in doc)
            for doc in group_documents(list(read_conllu(PUD)))}


def draw() -> list[str]:
    """Unread documents in hash order until the set holds ``WORDS`` words."""
    return draw_words(sentences(), SALT, text, WORDS)


SET = DrawnSet(sentences, OUT)
text, blind_set, dev_set = SET.text, SET.blind_set, SET.dev_set


if __name__ == "__main__":
    SET.main(draw)
