"""A fourth blind set: an agency's newsletters, news articles and encyclopedia articles of the 2010s.

By stop 23 the three earlier blind sets had been judged and their judges' reasons read by the lead, and every
Talbanken and realtext document had passed through a builder's scratch files. Eukalyptus still holds prose that
nobody on the project has read: the four newsletters of Digisam, a government secretariat for digitising
cultural heritage (``Digi_*``, public-sector text addressed to the public), news articles from the weekly
Arbetaren (``Arbt_*``) and Wikipedia articles (``Wiki_*``). Documents are rebuilt from their word forms like
the press releases of ``blind_eukalyptus``. The model was trained on 90 % of Eukalyptus (tags and lemmas).

The draw orders each kind by ``sha256(SALT + id)``, skips any document with an 8-word run that stands in a
repository file or in the team's scratch folders (dumps, verdicts and notes builders read: ``SCRATCH``), and
keeps every newsletter, the first ``NEWS`` news articles and the first ``WIKI`` Wikipedia articles of at most
``WIKI_WORDS`` words. The ids go to ``benchmarks/data/blind8_set.txt``; the other news and Wikipedia articles
are development material.

    python benchmarks/blind_eukalyptus_other.py      # draw the set (once) and write the ids
"""

from __future__ import annotations

import sys
from functools import cache
from pathlib import Path
from typing import Callable, Iterable

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "benchmarks"))
from blind_eukalyptus import subcorpora  # noqa: E402
from blind_talbanken import DrawnSet, runs, unread  # noqa: E402

OUT = REPO / "benchmarks" / "data" / "blind8_set.txt"
SALT = "klarsprak-blind8-2026-11-30:"
NEWS, WIKI, WIKI_WORDS = 6, 2, 1700
KINDS = {"eukalyptus_nyhetstext.conllu": ("Digi_", "Arbt_"), "eukalyptus_wikipedia.conllu": ("Wiki_",)}
SCRATCH = (REPO.parent / "team", Path("/tmp"))


@cache
def sentences() -> dict[str, tuple[str, ...]]:
    """Every newsletter, news article and Wikipedia article with its sentences' text."""
    return {doc: tuple(sents) for name, prefixes in KINDS.items() for doc, sents in subcorpora(name, prefixes).items()}


def scratch_runs() -> set[str]:
    """The 8-word runs of every text file in the team's scratch folders."""
    found: set[str] = set()
    for folder in SCRATCH:
        for path in folder.rglob("*") if folder.is_dir() else ():
            if path.is_file() and path.stat().st_size < 50_000_000:
                found |= runs(path.read_text(encoding="utf-8", errors="replace"))
    return found


def draw_words(ids: Iterable[str], salt: str, text_of: Callable[[str], str], words: int) -> list[str]:
    """Documents no builder has read (no 8-word run in the repository or the scratch folders), in the order of
    ``sha256(salt + id)``, until they hold ``words`` words (the draw of the PUD and LinES sets)."""
    seen = scratch_runs()
    chosen: list[str] = []
    total = 0
    for doc in unread(ids, salt, text_of):
        if total >= words:
            break
        if not runs(text_of(doc)) & seen:
            chosen.append(doc)
            total += len(text_of(doc).split())
    return chosen


def draw() -> list[str]:
    """Every unread newsletter, then the first unread news and (short) Wikipedia articles in hash order."""
    seen = scratch_runs()
    fresh = [d for d in unread(sentences(), SALT, text) if not runs(text(d)) & seen]
    wiki = [d for d in fresh if d.startswith("Wiki_") and len(text(d).split()) <= WIKI_WORDS]
    return ([d for d in fresh if d.startswith("Digi_")] + [d for d in fresh if d.startswith("Arbt_")][:NEWS]
            + wiki[:WIKI])


SET = DrawnSet(sentences, OUT)
text, blind_set, dev_set = SET.text, SET.blind_set, SET.dev_set


if __name__ == "__main__":
    SET.main(draw)
