"""``python -m training.lemma_table``: the lemmatizer's form table, learned from the training split only.

For every form (as the edit trees see it: :func:`klarsprak.lemmatizer.lemma_form`) and UPOS in the
training documents that carry lemmas (Talbanken v2 train documents, PUD train documents,
Eukalyptus train blocks; each document once), the lemma it has there. A key enters the table
when it occurs at least :data:`MIN_COUNT` times and one lemma has at least :data:`MIN_SHARE` of
them. The table is saved in the shipped model's lemmatizer folder (``forms.json``); the
lemmatizer uses it instead of the edit tree for those forms. Held-out and selection splits are
never read. The table is derived from CC BY-SA 4.0 data and ships under the same licence.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter, defaultdict
from pathlib import Path
from typing import Iterable

REPO = Path(__file__).resolve().parents[1]
MODEL_DIR = REPO / "models" / "sv_klarsprak"
MIN_COUNT = 2
MIN_SHARE = 0.9


def form_table(docs: Iterable, min_count: int = MIN_COUNT, min_share: float = MIN_SHARE) -> dict[str, str]:  # type: ignore[type-arg]
    """``form_key(form, UPOS)`` → lemma, for keys whose lemma is (nearly) unambiguous in ``docs``."""
    from klarsprak.lemmatizer import form_key, lemma_form

    counts: dict[str, Counter[str]] = defaultdict(Counter)
    for doc in docs:
        for t in doc:
            if t.lemma_ and t.pos_:
                counts[form_key(lemma_form(t), t.pos_)][t.lemma_] += 1
    table = {}
    for key, lemmas in sorted(counts.items()):
        lemma, n = lemmas.most_common(1)[0]
        total = sum(lemmas.values())
        if total >= min_count and n / total >= min_share:
            table[key] = lemma
    return table


def install(table: dict[str, str], model: Path = MODEL_DIR) -> None:
    """Save ``table`` as the form table of the lemmatizer in ``model``."""
    import spacy

    nlp = spacy.load(model)
    lemmatizer = nlp.get_pipe("trainable_lemmatizer")
    lemmatizer.forms = table
    lemmatizer.to_disk(model / "trainable_lemmatizer", exclude=["vocab"])  # the vocab is the pipeline's


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m training.lemma_table", description=__doc__)
    ap.add_argument("--work", type=Path, default=REPO / "build" / "lemma_table")
    ap.add_argument("--model", type=Path, default=MODEL_DIR)
    args = ap.parse_args(argv)
    import spacy
    from spacy.tokens import DocBin

    from klarsprak import lemmatizer  # noqa: F401  (the lemmatizer factory)
    from .corpus import build

    build(args.work, tb_v2_copies=1)
    vocab = spacy.blank("sv").vocab
    table = form_table(DocBin().from_disk(args.work / "train.spacy").get_docs(vocab))
    install(table, args.model)
    print(f"{len(table)} forms written to {args.model / 'trainable_lemmatizer'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
