"""A seventh blind set: personal blog posts of the 2010s (Eukalyptus), text no rule was written for.

By stop 26 the lead had read the judges' reasons on all six earlier blind sets, and every realtext, Talbanken,
PUD, press-release, news and Wikipedia document had passed through a builder's scratch files. Eukalyptus's blog
file is the largest body of Swedish prose nobody on the project has read. It is not public-sector text: the set
measures what a writer meets when klarsprak runs on everyday web writing it was not built for (false alarms on
names, informal style, long posts), not recall of officialese. The model was trained on 90 % of Eukalyptus.

A document is one blog post (``Blog_<blog>-<post>``) of at most ``MAX_WORDS`` words, rebuilt from its word forms
like the press releases of ``blind_eukalyptus``. The draw orders the posts by ``sha256(SALT + id)``, skips any with
an 8-word run that stands in a repository file or in the team's scratch folders, and keeps posts until the set
holds ``WORDS`` words; the ids go to ``benchmarks/data/blind11_set.txt``. The other posts are development material.

    python benchmarks/blind_blogs.py      # draw the set (once) and write the ids
"""

from __future__ import annotations

import sys
from functools import cache
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "benchmarks"))
from blind_eukalyptus import subcorpora  # noqa: E402
from blind_eukalyptus_other import draw_words  # noqa: E402
from blind_talbanken import DrawnSet, drawn  # noqa: E402

OUT = REPO / "benchmarks" / "data" / "blind11_set.txt"
EIGHTH = REPO / "benchmarks" / "data" / "blind12_set.txt"  # drawn by blind_blogs2 from the posts this set left
SALT = "klarsprak-blind11-2026-12-01:"
WORDS, MAX_WORDS = 6000, 900


@cache
def sentences() -> dict[str, tuple[str, ...]]:
    """Every blog post with its sentences' text, in order."""
    return {doc: tuple(sents) for doc, sents in subcorpora("eukalyptus_blogg.conllu", ("Blog_",)).items()}


def draw() -> list[str]:
    """Unread posts of at most ``MAX_WORDS`` words in hash order until the set holds ``WORDS`` words."""
    short = [d for d in sentences() if len(text(d).split()) <= MAX_WORDS]
    return draw_words(short, SALT, text, WORDS)


SET = DrawnSet(sentences, OUT)
text, blind_set = SET.text, SET.blind_set


def dev_set() -> list[str]:
    """The posts builders may read: in neither this set nor the eighth (``blind_blogs2``)."""
    eighth = set(drawn(EIGHTH)) if EIGHTH.is_file() else set()
    return [d for d in SET.dev_set() if d not in eighth]


if __name__ == "__main__":
    SET.main(draw)
