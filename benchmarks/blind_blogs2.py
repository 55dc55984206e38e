"""An eighth blind set: blog posts of the 2010s (Eukalyptus) that the seventh set did not draw.

By stop 27 the seventh set (``benchmarks/blind_blogs.py``) had been read: its judges' reasons showed rules that assume
an official writer (sender, "du"-advice, officialese advice) firing on personal text. This set measures, blind, whether
klarsprak learned to hold back on such text: posts of at most ``MAX_WORDS`` words from the same blog file, none of the
seventh set's, drawn by ``sha256(SALT + id)``, skipping any with an 8-word run in a repository file, until the set holds
``WORDS`` words; the ids go to ``benchmarks/data/blind12_set.txt``. Before the seventh set was drawn in stop 26 the
lead printed the first 100 characters of 60 candidate posts (not further); some of them may be in this set.

    python benchmarks/blind_blogs2.py     # draw the set (once) and write the ids
"""

from __future__ import annotations

import sys
from functools import cache
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "benchmarks"))
import blind_blogs  # noqa: E402
from blind_eukalyptus_other import draw_words  # noqa: E402
from blind_talbanken import DrawnSet  # noqa: E402

OUT = REPO / "benchmarks" / "data" / "blind12_set.txt"
SALT = "klarsprak-blind12-2026-12-01:"
WORDS, MAX_WORDS = blind_blogs.WORDS, blind_blogs.MAX_WORDS


@cache
def sentences() -> dict[str, tuple[str, ...]]:
    """The blog posts the seventh set did not draw."""
    seventh = set(blind_blogs.blind_set())
    return {doc: sents for doc, sents in blind_blogs.sentences().items() if doc not in seventh}


def draw() -> list[str]:
    """Posts of at most ``MAX_WORDS`` words in hash order until the set holds ``WORDS`` words."""
    short = [d for d in sentences() if len(text(d).split()) <= MAX_WORDS]
    return draw_words(short, SALT, text, WORDS)


SET = DrawnSet(sentences, OUT)
text, blind_set, dev_set = SET.text, SET.blind_set, SET.dev_set


if __name__ == "__main__":
    SET.main(draw)
