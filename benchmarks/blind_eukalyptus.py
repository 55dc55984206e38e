"""A third blind set: 2010s Swedish government press releases and a European Parliament debate.

By stop 22 both earlier blind sets had been judged and their judges' reasons read by the lead. Eukalyptus
(``../shared/ud/Eukalyptus``) holds 23 press releases from the Swedish Government Offices (subcorpora
``Regr_*`` in the news file) and one day of European Parliament debate in Swedish (``Eupa_00-01-17``):
real public-sector text of the 2010s that no rule was tuned on. Eukalyptus keeps no raw text, so a
document is rebuilt from its word forms (no space before closing punctuation) and laid out like the
Talbanken set (a sentence without final punctuation is a heading). The model was trained on 90 % of
Eukalyptus (tags and lemmas, no trees), which helps the tagging-dependent rules.

The draw orders press releases and debate chunks (``CHUNK`` consecutive sentences) by
``sha256(SALT + id)``, skips any with an 8-word run that stands in a repository file, and keeps the first
``PRESS`` press releases and ``DEBATE`` chunks; the ids go to ``benchmarks/data/blind7_set.txt``. The
other press releases and chunks are the development material for this kind of text.

    python benchmarks/blind_eukalyptus.py      # draw the set (once) and write the ids
"""

from __future__ import annotations

import sys
from functools import cache
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "benchmarks"))
from blind_talbanken import DrawnSet, unread  # noqa: E402
from training.conllu import sentence_text  # noqa: E402
from training.eukalyptus import _spacing, read_eukalyptus  # noqa: E402

EUKALYPTUS = REPO.parent / "shared" / "ud" / "Eukalyptus"
OUT = REPO / "benchmarks" / "data" / "blind7_set.txt"
SALT = "klarsprak-blind7-2026-11-30:"
PRESS, DEBATE, CHUNK = 14, 4, 30


def subcorpora(name: str, prefixes: tuple[str, ...]) -> dict[str, list[str]]:
    """The sentences' text of every subcorpus (document) of one Eukalyptus file whose id starts with a prefix."""
    docs: dict[str, list[str]] = {}
    for sentence in read_eukalyptus(EUKALYPTUS / name):
        _spacing(sentence.tokens)
        doc = sentence.meta.get("subcorpus", "")
        if doc.startswith(prefixes):
            docs.setdefault(doc, []).append(sentence_text(sentence))
    return docs


@cache
def sentences() -> dict[str, tuple[str, ...]]:
    """Every press release (``Regr_…``) and debate chunk (``Eupa_00-01-17#k``) with its sentences' text."""
    docs = subcorpora("eukalyptus_nyhetstext.conllu", ("Regr_",))
    debate = [s for sents in subcorpora("eukalyptus_europarl.conllu", ("Eupa_",)).values() for s in sents]
    for k in range(0, len(debate), CHUNK):
        docs[f"Eupa_00-01-17#{k // CHUNK}"] = debate[k:k + CHUNK]
    return {doc: tuple(sents) for doc, sents in docs.items()}


def draw() -> list[str]:
    """The first press releases and debate chunks in hash order that no builder has read."""
    fresh = unread(sentences(), SALT, text)
    return [d for d in fresh if d.startswith("Regr_")][:PRESS] + [d for d in fresh if d.startswith("Eupa_")][:DEBATE]


SET = DrawnSet(sentences, OUT)
text, blind_set, dev_set = SET.text, SET.blind_set, SET.dev_set


if __name__ == "__main__":
    SET.main(draw)
