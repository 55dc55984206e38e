"""``python -m training.ner``: train the ORG/PER/LOC entity recogniser on UNER-Talbanken and add it to the model.

The recogniser is a spaCy ``ner`` component that listens to the shipped model's ``tok2vec``,
which stays frozen: only the entity layer is trained, so the tagger, parser and lemmatizer are
untouched and the extra cost at run time is the entity layer alone.

Splits (by document): ``ner-train`` = UNER-Talbanken train minus every tenth document;
``ner-heldout`` = those documents (never trained on, never used for selection); ``ner-dev`` =
UNER-Talbanken dev. No checkpoint is selected by score: the last one is installed, so both
evaluation splits are unseen. Runs by hand (about 10–20 minutes on 2 shared cores).
"""

from __future__ import annotations

import argparse
import json
import shutil
import sys
import time
from dataclasses import dataclass
from pathlib import Path

from .conllu import ud_dir
from .uner import read_uner

REPO = Path(__file__).resolve().parents[1]
CONFIG = REPO / "configs" / "ner.cfg"
MODEL_DIR = REPO / "models" / "sv_klarsprak"
HELDOUT_EVERY = 10
CHUNK_SENTENCES = 10


@dataclass
class NerSentence:
    """One UNER sentence: document id, words, spacing after each word, IOB2 tags."""

    doc_id: str
    words: list[str]
    spaces: list[bool]
    tags: list[str]


def _spacing(words: list[str], text: str) -> list[bool]:
    """Whether each word is followed by a space in ``text`` (a space when the words do not fit it)."""
    pos, spaces = 0, []
    for w in words:
        idx = text.find(w, pos)
        if idx < 0 or text[pos:idx].strip():
            return [True] * len(words)
        if spaces:
            spaces[-1] = idx > pos
        spaces.append(True)
        pos = idx + len(w)
    return spaces


def read_iob2(path: str | Path) -> list[NerSentence]:
    """UNER ``.iob2`` sentences; words written with a space (*t ex*) are split, the tag carried on as ``I-``."""
    out: list[NerSentence] = []
    for sentence in read_uner(path):
        words, tags = [], []
        for form, tag in zip(sentence.tokens, sentence.tags):
            for k, part in enumerate(form.split(" ")):
                words.append(part)
                tags.append(tag if k == 0 or tag == "O" else "I-" + tag[2:])
        out.append(NerSentence(sentence.doc_id, words, _spacing(words, sentence.text), tags))
    return out


def to_docs(vocab, sentences: list[NerSentence], size: int = CHUNK_SENTENCES) -> list:  # type: ignore[no-untyped-def]
    """spaCy Docs of ``size`` consecutive sentences of one document, with gold entities and sentence starts."""
    from spacy.tokens import Doc

    groups: list[list[NerSentence]] = []
    for s in sentences:
        if not groups or groups[-1][0].doc_id != s.doc_id or len(groups[-1]) == size:
            groups.append([])
        groups[-1].append(s)
    docs = []
    for group in groups:
        words = [w for s in group for w in s.words]
        spaces = [sp for s in group for sp in s.spaces]
        spaces[-1] = False
        starts = [i == 0 for s in group for i in range(len(s.words))]
        ents = [t for s in group for t in s.tags]
        docs.append(Doc(vocab, words=words, spaces=spaces, sent_starts=starts, ents=ents))
    return docs


def split_train(sentences: list[NerSentence]) -> tuple[list[NerSentence], list[NerSentence]]:
    """(training sentences, held-out sentences): every :data:`HELDOUT_EVERY`-th document is held out."""
    order = list(dict.fromkeys(s.doc_id for s in sentences))
    held = {d for i, d in enumerate(order) if i % HELDOUT_EVERY == HELDOUT_EVERY - 1}
    return [s for s in sentences if s.doc_id not in held], [s for s in sentences if s.doc_id in held]


def build(out_dir: Path, ud: Path | None = None) -> dict[str, dict[str, int]]:
    """Write ``ner-train.spacy``, ``ner-heldout.spacy`` and ``ner-dev.spacy``; return entity counts per split."""
    import spacy
    from spacy.tokens import DocBin

    ud = ud or ud_dir()
    train, held = split_train(read_iob2(ud / "UNER-Talbanken" / "sv_talbanken-ud-train.iob2"))
    dev = read_iob2(ud / "UNER-Talbanken" / "sv_talbanken-ud-dev.iob2")
    vocab = spacy.blank("sv").vocab
    out_dir.mkdir(parents=True, exist_ok=True)
    stats: dict[str, dict[str, int]] = {}
    for name, sents in (("ner-train", train), ("ner-heldout", held), ("ner-dev", dev)):
        docs = to_docs(vocab, sents)
        DocBin(docs=docs, store_user_data=False).to_disk(out_dir / f"{name}.spacy")
        labels = [e.label_ for d in docs for e in d.ents]
        stats[name] = {"words": sum(len(d) for d in docs), **{lab: labels.count(lab) for lab in ("ORG", "PER", "LOC")}}
    return stats


def add_to_model(trained: Path, target: Path = MODEL_DIR) -> None:
    """Add the trained ``ner`` to the shipped pipeline in ``target`` (its ``tok2vec`` is the one it listens to)."""
    import spacy

    from klarsprak import lemmatizer  # noqa: F401  (the lemmatizer factory)

    nlp = spacy.load(target)
    if "ner" in nlp.pipe_names:
        nlp.remove_pipe("ner")
    nlp.add_pipe("ner", source=spacy.load(trained))
    nlp.meta["description"] = nlp.meta["description"].replace("trainable lemmatizer)", "trainable lemmatizer, ner)")
    nlp.meta.setdefault("klarsprak", {})["ner"] = "ORG/PER/LOC, UNER-Talbanken train (see models/README.md)"
    tmp = target.with_name(target.name + ".tmp")
    nlp.to_disk(tmp)
    shutil.rmtree(target)
    tmp.rename(target)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m training.ner", description=__doc__)
    ap.add_argument("--work", type=Path, default=REPO / "build" / "ner")
    ap.add_argument("--model", type=Path, default=MODEL_DIR, help="the pipeline whose tok2vec the recogniser uses")
    ap.add_argument("--no-install", action="store_true")
    args, extra = ap.parse_known_args(argv)
    from spacy.cli._util import parse_config_overrides
    from spacy.cli.train import train
    from thinc.api import set_current_ops

    from klarsprak import lemmatizer  # noqa: F401
    from klarsprak.blas import NumpyBlasOps

    corpus = args.work / "corpus"
    stats = build(corpus)
    print("corpus:", json.dumps(stats), flush=True)
    overrides = parse_config_overrides(extra)
    overrides.update({"paths.train": str(corpus / "ner-train.spacy"), "paths.dev": str(corpus / "ner-dev.spacy"),
                      "paths.source": str(args.model)})
    out = args.work / "output"
    t0 = time.time()
    set_current_ops(NumpyBlasOps())
    train(CONFIG, out, overrides=overrides)
    minutes = (time.time() - t0) / 60
    (args.work / "training_time.json").write_text(json.dumps({"minutes": round(minutes, 1), "corpus": stats}))
    print(f"training took {minutes:.1f} min", flush=True)
    if not args.no_install:
        add_to_model(out / "model-last", args.model)
        print(f"added ner to {args.model}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
