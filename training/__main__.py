"""``python -m training``: build corpora, train, and install the model into ``models/``.

Steps: (1) write DocBins from ``$KLARSPRAK_UD_DIR`` to ``--work`` (default
``build/training``); (2) ``spacy train configs/sv_klarsprak.cfg`` with the
``select`` split as spaCy's dev set; (3) copy ``model-best`` to
``models/sv_klarsprak`` with name, version, licence and sources in its meta.
Runs by hand, never in CI (about 15–40 minutes on 2 CPU cores).
"""

from __future__ import annotations

import argparse
import json
import shutil
import sys
import time
from pathlib import Path

from .corpus import build
from .docblocks import replace_block

REPO = Path(__file__).resolve().parents[1]
CONFIG = REPO / "configs" / "sv_klarsprak.cfg"
MODEL_DIR = REPO / "models" / "sv_klarsprak"

META = {
    "name": "klarsprak",
    "version": "0.3.0",
    "description": "Swedish pipeline for klarsprak (tok2vec, morphologizer, parser, trainable lemmatizer), "
                   "trained on UD Swedish-Talbanken (v1.0 train split harmonised to v2, v2 dev minus held-out "
                   "documents), UD Swedish-PUD and Eukalyptus (converted to UD POS, features and lemmas, "
                   "minus held-out blocks); see models/README.md",
    "license": "CC BY-SA 4.0",
    "author": "klarsprak contributors",
    "sources": [
        {"name": "UD Swedish-Talbanken", "url": "https://github.com/UniversalDependencies/UD_Swedish-Talbanken",
         "license": "CC BY-SA 4.0"},
        {"name": "UD Swedish-PUD", "url": "https://github.com/UniversalDependencies/UD_Swedish-PUD",
         "license": "CC BY-SA 4.0"},
        {"name": "Eukalyptus 1.0.0 (Språkbanken Text, University of Gothenburg)",
         "url": "https://spraakbanken.gu.se/en/resources/eukalyptus", "license": "CC BY-SA 4.0"},
        {"name": "Universal NER Swedish-Talbanken (raw text, document ids, ORG/PER/LOC labels)",
         "url": "https://github.com/UniversalNER", "license": "CC BY-SA 4.0"},
    ],
}


def install(best: Path, corpus: Path, target: Path = MODEL_DIR) -> None:
    """Copy a trained pipeline to ``target``: its meta (name, licence, sources) and the tokenizer's
    abbreviations from the lexicon, minus the ordinary words of the ``corpus``'s training text."""
    import spacy
    from spacy.tokens import DocBin

    from . import abbreviations  # also registers the callback named in the config

    nlp = spacy.load(best)
    train = DocBin().from_disk(corpus / "train.spacy").get_docs(nlp.vocab)
    words = abbreviations.ordinary_words(t.text for doc in train for t in doc if "Yes" not in t.morph.get("Abbr"))
    as_words = abbreviations.apply(nlp, words)
    nlp.meta.update(META)
    nlp.meta["klarsprak"] = {"abbreviations_as_words": as_words}
    if target.exists():
        shutil.rmtree(target)
    nlp.to_disk(target)
    # the init-only callback lives in the training code, which loading must not need: drop it
    cfg = (target / "config.cfg").read_text(encoding="utf-8")
    cfg = cfg.replace('[initialize.before_init]\n@callbacks = "klarsprak.add_abbreviations.v1"\n',
                      "[initialize.before_init]\n")
    if "[initialize.before_init]\n" in cfg and "before_init = null" not in cfg:
        cfg = cfg.replace("[initialize.before_init]\n", "")
        cfg = cfg.replace("[initialize]\n", "[initialize]\nbefore_init = null\n", 1)
    (target / "config.cfg").write_text(cfg, encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m training", description=__doc__)
    ap.add_argument("--work", type=Path, default=REPO / "build" / "training")
    ap.add_argument("--config", type=Path, default=CONFIG)
    ap.add_argument("--no-install", action="store_true", help="train only, leave models/ alone")
    ap.add_argument("--tb-v2-copies", type=int, default=2, help="repeat Talbanken v2 training documents")
    ap.add_argument("overrides", nargs="*", help="spaCy config overrides, e.g. --training.max_epochs=20")
    args, extra = ap.parse_known_args(argv)
    from spacy.cli.train import train
    from spacy.cli._util import parse_config_overrides
    from thinc.api import set_current_ops

    from klarsprak.blas import NumpyBlasOps
    from . import abbreviations  # noqa: F401  (registers the callback named in the config)

    corpus = args.work / "corpus"
    stats = build(corpus, tb_v2_copies=args.tb_v2_copies)
    print("corpus words:", json.dumps(stats), flush=True)
    overrides = parse_config_overrides(extra + list(args.overrides))
    overrides.update({"paths.train": str(corpus / "train.spacy"), "paths.dev": str(corpus / "select.spacy")})
    out = args.work / "output"
    t0 = time.time()
    set_current_ops(NumpyBlasOps())  # 3,500 steps in 11–18 min instead of 51 with thinc's BLIS (klarsprak.blas)
    train(args.config, out, overrides=overrides)
    minutes = (time.time() - t0) / 60
    (args.work / "training_time.json").write_text(json.dumps({"minutes": round(minutes, 1), "corpus": stats}))
    print(f"training took {minutes:.1f} min", flush=True)
    if not args.no_install:
        install(out / "model-best", corpus)
        write_training_notes(minutes, stats, overrides)
        print(f"installed into {MODEL_DIR}")
    return 0


def write_training_notes(minutes: float, stats: dict[str, int], overrides: dict[str, object]) -> None:
    """Record training time and corpus sizes in ``models/README.md`` (between ``<!-- training -->`` markers)."""
    import spacy

    shown = {k: v for k, v in overrides.items() if not k.startswith("paths.")}
    note = (f"Last training: {minutes:.1f} min wall-clock on a shared 2-core CPU, spaCy {spacy.__version__}, "
            f"corpus words {json.dumps(stats)}, overrides {json.dumps(shown)}; best checkpoint by the `select` split.")
    replace_block(REPO / "models" / "README.md", "<!-- training -->", "<!-- /training -->", note)


if __name__ == "__main__":
    sys.exit(main())
