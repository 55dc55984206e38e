"""Accuracy, speed, size and load time of the shipped Swedish pipeline.

Accuracy is measured from raw text (the pipeline tokenizes, splits sentences,
tags, parses, lemmatizes) on splits that the model never trains on:

* ``tb-dev-heldout``: UD Swedish-Talbanken v2 dev documents P409, P411, P414, P418
  (233 sentences, 4,555 words); in-domain, the figures the issue's targets refer to;
* ``pud-select``: every fifth UD Swedish-PUD document (never trained on, but used by
  spaCy to pick the best checkpoint, so slightly optimistic);
* ``lines``: UD Swedish-LinES dev+test (2,239 sentences, 40,027 words); out-of-domain
  (translated fiction and manuals; different participle and XPOS conventions);
* ``euk-<genre>``: every tenth block of 20 sentences of each Eukalyptus genre (blogs, Europarl,
  news, novels, Wikipedia), converted by ``training/eukalyptus.py``; POS, features, lemmas and
  sentences only (its trees are not UD).

Entities (when the model has ``ner``): precision, recall and F1 per label on UNER-Talbanken dev
(``ner-dev``) and on every tenth UNER-Talbanken train document (``ner-heldout``), both never
trained on (``training/ner.py``), from raw text, scored by spaCy's ``Scorer``.

Speed: words/s of the bare pipeline (``nlp.pipe``, one process) and of a blank
``spacy.blank("sv")`` tokenizer (the ceiling), and of the whole klarsprak
``Analyzer`` when it can be imported. Load time: ``spacy.load`` in a fresh
process (best of three). Writes ``benchmarks/results/model_accuracy.json`` and the
scores table in ``models/README.md`` (between the ``<!-- scores -->`` markers).

    python benchmarks/model_accuracy.py [--model models/sv_klarsprak]
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import subprocess
import sys
import time
from pathlib import Path

from docblocks import replace_block, write_json

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "src"))
sys.path.insert(0, str(REPO))  # the top-level training/ package
sys.path.insert(0, str(REPO / "benchmarks"))

RESULTS = REPO / "benchmarks" / "results" / "model_accuracy.json"
README = REPO / "models" / "README.md"
TARGETS = {"upos": 0.965, "lemma": 0.96, "ufeats": 0.95, "las": 0.746, "passive_f1": 0.97}  # issue 13, tb-dev-heldout


def dir_size_mb(path: Path) -> float:
    return round(sum(f.stat().st_size for f in path.rglob("*") if f.is_file()) / 1e6, 2)


def load_seconds(model: str, runs: int = 3) -> float:
    """Best-of-``runs`` time of ``spacy.load(model)`` in a fresh interpreter."""
    code = ("import time, spacy; t=time.perf_counter(); spacy.load(%r); print(time.perf_counter()-t)" % model)
    times = []
    for _ in range(runs):
        out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
        times.append(float(out.stdout.strip().splitlines()[-1]))
    return round(min(times), 3)


def words_per_second(fn, texts: list[str], words: int, repeat: int = 2) -> int:  # type: ignore[no-untyped-def]
    best = float("inf")
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn(texts)
        best = min(best, time.perf_counter() - t0)
    return round(words / best)


def speed(nlp, texts: list[str], words: int) -> dict[str, int]:  # type: ignore[no-untyped-def]
    """Words/s of the bare pipeline and of a blank tokenizer; the whole analyzer's speed is
    measured by ``benchmarks/analyzer_speed.py`` on real public-sector text."""
    import spacy

    blank = spacy.blank("sv")
    return {
        "pipeline_words_per_second": words_per_second(lambda ts: list(nlp.pipe(ts, batch_size=64)), texts, words),
        "blank_tokenizer_words_per_second": words_per_second(lambda ts: list(blank.pipe(ts)), texts, words),
    }


def passive(nlp, splits) -> dict[str, dict[str, float]]:  # type: ignore[no-untyped-def]
    from passive_voice import scores

    return scores(nlp, splits)


def entities(nlp) -> dict[str, dict[str, object]]:  # type: ignore[no-untyped-def]
    """Entity precision/recall/F1 (overall and per label) on the UNER splits the recogniser never saw."""
    import tempfile

    from spacy.scorer import Scorer
    from spacy.tokens import DocBin
    from spacy.training import Example

    from training.ner import build

    if "ner" not in nlp.pipe_names:
        return {}
    out: dict[str, dict[str, object]] = {}
    with tempfile.TemporaryDirectory() as tmp:
        stats = build(Path(tmp))
        for name in ("ner-dev", "ner-heldout"):
            gold = list(DocBin().from_disk(Path(tmp) / f"{name}.spacy").get_docs(nlp.vocab))
            preds = nlp.pipe(g.text for g in gold)
            raw = Scorer(nlp).score_spans([Example(p, g) for p, g in zip(preds, gold)], "ents")
            out[name] = {"gold": stats[name], "p": round(raw["ents_p"], 4), "r": round(raw["ents_r"], 4),
                         "f": round(raw["ents_f"], 4),
                         "per_type": {k: {m: round(v, 4) for m, v in d.items()} for k, d in raw["ents_per_type"].items()}}
    return out


def write_readme(results: dict) -> None:  # type: ignore[type-arg]
    """Replace the scores table in ``models/README.md``."""
    if not README.exists():
        return
    acc = {name: s for name, s in results["accuracy"].items() if not name.startswith("euk-")}
    euk = {name: s for name, s in results["accuracy"].items() if name.startswith("euk-")}
    rows = ["| split | words | UPOS | UFeats | UPOS+UFeats | lemma | UAS | LAS | sentence F1 | tokens |",
            "|---|---|---|---|---|---|---|---|---|---|"]
    for name, s in acc.items():
        rows.append(f"| {name} | {s['words']:,} | {s['upos']:.4f} | {s['ufeats']:.4f} | {s['alltags_upos_ufeats']:.4f} "
                    f"| {s['lemma']:.4f} | {s['uas']:.4f} | {s['las']:.4f} | {s['sent_f1']:.4f} | {s['tokens']:.4f} |")
    if euk:
        rows += ["", "Eukalyptus held-out blocks per genre (converted gold: POS, features, lemmas and sentences; "
                 "no trees, so no UAS/LAS):", "",
                 "| split | words | UPOS | UFeats | UPOS+UFeats | lemma | sentence F1 | tokens |",
                 "|---|---|---|---|---|---|---|---|"]
        for name, s in euk.items():
            rows.append(f"| {name} | {s['words']:,} | {s['upos']:.4f} | {s['ufeats']:.4f} "
                        f"| {s['alltags_upos_ufeats']:.4f} | {s['lemma']:.4f} | {s['sent_f1']:.4f} | {s['tokens']:.4f} |")
    rows.append("")
    rows.append("Same predictions scored by spaCy's `Scorer` (LAS/UAS without punctuation, as spaCy reports for "
                "`sv_core_news_sm`: POS 0.951, MORPH 0.941, LAS 0.767, sentence F 0.937):")
    rows.append("")
    rows.append("| split | POS | MORPH | lemma | UAS | LAS | sentence F |")
    rows.append("|---|---|---|---|---|---|---|")
    for name, s in acc.items():
        sp = s["spacy_scorer"]
        rows.append(f"| {name} | {sp['pos_acc']:.4f} | {sp['morph_acc']:.4f} | {sp['lemma_acc']:.4f} "
                    f"| {sp['dep_uas']:.4f} | {sp['dep_las']:.4f} | {sp['sents_f']:.4f} |")
    rows.append("")
    rows.append("Sentence F1 of klarsprak's sentence units (what LIX and the sentence rules count: the parser's "
                "boundaries plus the layout rules of `klarsprak.doc.units.units`, e.g. a boundary after `.`/`!`/`?` "
                "before a capital, none before a lower-case word or after an abbreviation):")
    rows.append("")
    rows.append("| split | sentence F1, parser alone | sentence F1, klarsprak units |")
    rows.append("|---|---|---|")
    for name, f1 in results["sent_f1_klarsprak_units"].items():
        rows.append(f"| {name} | {acc[name]['sent_f1']:.4f} | {f1:.4f} |")
    rows.append("")
    rows.append("| passive voice (token level; Eukalyptus: s-passives only) | gold | predicted | precision | recall | F1 |")
    rows.append("|---|---|---|---|---|---|")
    for name, s in results["passive"].items():
        rows.append(f"| {name} | {s['gold']} | {s['predicted']} | {s['precision']:.4f} | {s['recall']:.4f} | {s['f1']:.4f} |")
    if results.get("entities"):
        rows += ["", "| entities (UNER-Talbanken, never trained on) | gold ORG / PER / LOC | all P / R / F1 "
                 "| ORG P / R / F1 | PER F1 | LOC F1 |", "|---|---|---|---|---|---|"]
        for name, e in results["entities"].items():
            g, t = e["gold"], e["per_type"]
            org = t.get("ORG", {"p": 0.0, "r": 0.0, "f": 0.0})
            rows.append(f"| {name} | {g['ORG']} / {g['PER']} / {g['LOC']} | {e['p']:.3f} / {e['r']:.3f} / {e['f']:.3f} "
                        f"| {org['p']:.3f} / {org['r']:.3f} / {org['f']:.3f} | {t.get('PER', {}).get('f', 0.0):.3f} "
                        f"| {t.get('LOC', {}).get('f', 0.0):.3f} |")
    sp = results["speed"]
    rows.append("")
    rows.append("| speed / size | value |")
    rows.append("|---|---|")
    rows.append(f"| bare pipeline, words/s (one process, as klarsprak loads it: numpy BLAS, layout rules) | {sp['pipeline_words_per_second']:,} |")
    rows.append(f"| bare pipeline, words/s (one process, thinc's default BLIS ops) | {sp['pipeline_words_per_second_thinc_ops']:,} |")
    analyzer = REPO / "benchmarks" / "results" / "analyzer_speed.json"
    if analyzer.exists():
        an = json.loads(analyzer.read_text(encoding="utf-8"))["analyzer_words_per_s"]
        rows.append(f"| whole klarsprak Analyzer, words/s (`benchmarks/analyzer_speed.py`, realtext) | {an:,} |")
    rows.append(f"| blank `spacy.blank(\"sv\")` tokenizer, words/s (ceiling) | {sp['blank_tokenizer_words_per_second']:,} |")
    rows.append(f"| model size on disk | {results['model_size_mb']} MB |")
    rows.append(f"| load time (`spacy.load`, fresh process, best of 3) | {results['load_seconds']} s |")
    rows.append(f"\nSpeed: one process, best of two passes over the evaluation texts (short documents, which the "
                f"parser batches well; the Analyzer figure is on longer real pages); load average "
                f"{results['load_average']:.1f} at the end (this benchmark's own threads included). The blank tokenizer's figure benefits from spaCy's "
                "tokenizer cache.")
    rows.append(f"\nMeasured {results['date']} on {results['machine']} with spaCy {results['spacy']}, by "
                "`python benchmarks/model_accuracy.py`.")
    replace_block(README, "<!-- scores -->", "<!-- /scores -->", "\n".join(rows))


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--model", default=str(REPO / "models" / "sv_klarsprak"))
    ap.add_argument("--no-write", action="store_true", help="print only")
    ap.add_argument("--accuracy-only", type=Path, default=None, metavar="JSON",
                    help="write accuracy and passive scores to JSON (no speed, no README): to compare models")
    args = ap.parse_args(argv)

    import spacy

    from klarsprak import pipeline as klarsprak_pipeline
    from training.evaluate import evaluate
    from passive_voice import load_model_and_splits

    loaded = load_model_and_splits(args.model)
    if loaded is None:
        return 2
    nlp, splits = loaded
    accuracy = {name: evaluate(nlp, docs) for name, docs in splits.items()}
    if args.accuracy_only:
        out = {"model": args.model, "accuracy": accuracy, "passive": passive(nlp, splits), "entities": entities(nlp)}
        write_json(args.accuracy_only, out)
        return 0
    texts = [d.text for docs in splits.values() for d in docs]
    words = sum(len([t for t in d if not t.is_space]) for docs in splits.values() for d in docs)
    passive_scores = passive(nlp, splits)
    thinc_speed = speed(nlp, texts, words)
    # as the Analyzer runs it: numpy's BLAS, and the layout rules before the parser
    klarsprak_pipeline.load(nlp)
    units = {name: evaluate(nlp, splits[name])["sent_f1_units"] for name in ("tb-dev-heldout", "pud-select")}
    results = {
        "model": str(Path(args.model).resolve().relative_to(REPO)) if str(Path(args.model).resolve()).startswith(str(REPO)) else args.model,
        "splits": {"tb-dev-heldout": "UD Swedish-Talbanken v2 dev, documents P409 P411 P414 P418 (never trained on)",
                   "pud-select": "UD Swedish-PUD, every fifth document (never trained on; picks the checkpoint)",
                   "lines": "UD Swedish-LinES dev+test (out-of-domain, never trained on)",
                   "euk-<genre>": "Eukalyptus, every tenth block of 20 sentences of each genre (never trained on)"},
        "accuracy": accuracy,
        "sent_f1_klarsprak_units": units,
        "targets": TARGETS,
        "passive": passive_scores,
        "entities": entities(nlp),
        "speed": {**speed(nlp, texts, words),
                  "pipeline_words_per_second_thinc_ops": thinc_speed["pipeline_words_per_second"]},
        "model_size_mb": dir_size_mb(Path(args.model)),
        "load_average": os.getloadavg()[0],
        "load_seconds": load_seconds(args.model),
        "spacy": spacy.__version__,
        "machine": f"{platform.machine()}, {os.cpu_count()} CPUs (shared)",
        "date": time.strftime("%Y-%m-%d"),
    }
    print(json.dumps(results, indent=2, ensure_ascii=False))
    if not args.no_write:
        write_json(RESULTS, results)
        write_readme(results)
    return 0


if __name__ == "__main__":
    sys.exit(main())
