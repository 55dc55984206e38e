"""Token-level passive-voice F1 of the ``passive_voice`` rule, computed from raw text.

Gold (from the UD annotation): a verb with ``Voice=Pass`` that is not a deponent
(``lexicons/passive/deponents.yaml``, or a lemma ending in -s) nor a middle verb without an
agent (*behövs*, *saknas*, *förbättras*), plus a participle with an ``aux:pass`` dependent. Predicted: the main verb of every
passive verb group that :func:`klarsprak.rules.passive.verb_groups` finds when
the shipped pipeline analyses the raw text. Tokens are matched by character
offsets.

Splits: ``tb-dev-heldout`` (Talbanken v2 dev documents P409, P411, P414, P418,
never trained on), ``pud-select`` (every fifth PUD document: never trained on, but
used to pick the best training checkpoint), ``lines`` (LinES dev+test, out-of-domain, never trained on)
and ``euk-<genre>`` (every tenth 20-sentence block of each Eukalyptus genre, never trained on; s-passives
only, since its converted gold has no trees). LinES marks every past
participle ``Voice=Pass``; a second LinES line scores without that convention. LinES (UD Swedish-LinES,
CC BY-NC-SA) is evaluation material only: this script reads it to score, never to train or tune on, and none
of its sentences goes into a test, a lexicon or a document of the repository.

``reported`` says what the rule shows a writer on the same text: all passives per 1,000 words (what
the rule reported before it chose, one finding per passive group) against the findings
:func:`klarsprak.rules.passive_advice.advise` keeps, and how many of those are gold passives.

    python benchmarks/passive_voice.py [--model models/sv_klarsprak] [--json out.json]
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "src"))
sys.path.insert(0, str(REPO))  # the top-level training/ package

from spacy.tokens import Doc  # noqa: E402


def gold_passive_offsets(doc: Doc, participles: bool = True) -> set[int]:
    """Character offsets of gold passive tokens in a gold Doc.

    A middle verb the rule flags only with an agent (*behövs*, *förbättras*: a homograph without
    listed subjects) is gold passive only with a gold agent. ``participles=False`` keeps only
    s-forms from ``Voice=Pass``: LinES puts ``Voice=Pass`` on past participles (*installerad*,
    *baserat*) as well, Talbanken on almost none (participles with ``aux:pass`` still count).
    """
    from klarsprak.rules.passive import deponents

    dep = deponents()
    out: set[int] = set()
    for tok in doc:
        middle = dep.homographs.get(tok.lower_)
        if not participles and not tok.lower_.endswith("s"):
            pass
        elif middle is not None and not middle.subjects:
            if "Pass" in tok.morph.get("Voice") and middle.passive_use(tok):
                out.add(tok.idx)
        elif "Pass" in tok.morph.get("Voice") and not dep.is_gold_deponent(tok):
            out.add(tok.idx)
        if any(c.dep_ == "aux:pass" for c in tok.children):
            out.add(tok.idx)
    return out


def predicted_offsets(doc: Doc, s_only: bool = False) -> set[int]:
    """Character offsets of the main verbs of predicted passive groups (only s-passives if ``s_only``)."""
    from klarsprak.rules.passive import passive_groups

    return {g.main.idx for g in passive_groups(doc) if not s_only or g.kind == "s"}


def score(nlp, gold_docs: list[Doc], participles: bool = True,  # type: ignore[no-untyped-def]
          s_only: bool = False) -> dict[str, float]:
    """Precision, recall and F1 over all gold documents."""
    tp = fp = fn = 0
    for gold, pred in zip(gold_docs, nlp.pipe(g.text for g in gold_docs)):
        g, p = gold_passive_offsets(gold, participles), predicted_offsets(pred, s_only)
        tp += len(g & p)
        fp += len(p - g)
        fn += len(g - p)
    prec = tp / (tp + fp) if tp + fp else 0.0
    rec = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * prec * rec / (prec + rec) if prec + rec else 0.0
    return {"gold": tp + fn, "predicted": tp + fp, "precision": round(prec, 4), "recall": round(rec, 4),
            "f1": round(f1, 4)}


def reported(nlp, gold_docs: list[Doc]) -> dict[str, float]:  # type: ignore[no-untyped-def]
    """Passive groups and reported findings per 1,000 words, and the reported ones that are gold passives."""
    from klarsprak.doc import Analysis
    from klarsprak.rules.passive import verb_groups
    from klarsprak.rules.passive_advice import advise
    from klarsprak.rules.sender import sender_verdict

    words = passives = found = gold_hits = 0
    for gold, pred in zip(gold_docs, nlp.pipe(g.text for g in gold_docs)):
        analysis = Analysis(pred)
        groups = verb_groups(pred)
        advice = advise(analysis, groups, sender_verdict(analysis, None))
        words += len(analysis.words)
        passives += sum(1 for g in groups if g.kind is not None)
        found += len(advice)
        gold_hits += len({a.group.main.idx for a in advice} & gold_passive_offsets(gold))
    per = 1000 / words if words else 0.0
    return {"words": words, "passives_per_1000_words": round(passives * per, 2), "reported": found,
            "reported_per_1000_words": round(found * per, 2), "reported_gold_passive": gold_hits}


def scores(nlp, splits: dict[str, list[Doc]]) -> dict[str, dict[str, float]]:  # type: ignore[no-untyped-def]
    """Scores per split; LinES also without its participle convention (see :func:`gold_passive_offsets`).
    Eukalyptus has no trees, so its gold has no bli-passives: its splits score s-passives only."""
    out = {name: score(nlp, docs, s_only=name.startswith("euk-")) for name, docs in splits.items()}
    if "lines" in splits:
        out["lines (s-forms + aux:pass only)"] = score(nlp, splits["lines"], participles=False)
    for name, docs in splits.items():
        if not name.startswith("euk-"):
            out[name]["reported"] = reported(nlp, docs)  # type: ignore[assignment]
    return out


def load_model_and_splits(model: str):  # type: ignore[no-untyped-def]
    """The spaCy pipeline at ``model`` and the evaluation splits in its vocab, or None without UD data."""
    from training.conllu import ud_dir

    if not ud_dir().is_dir():
        print(f"no UD data at {ud_dir()}; set KLARSPRAK_UD_DIR", file=sys.stderr)
        return None
    import spacy

    nlp = spacy.load(model)
    with tempfile.TemporaryDirectory() as tmp:
        return nlp, load_splits(Path(tmp), nlp.vocab)


def load_splits(work: Path, vocab=None) -> dict[str, list[Doc]]:  # type: ignore[no-untyped-def]
    """Build the evaluation DocBins from ``../shared/ud`` and load them (into ``vocab``, e.g. the model's)."""
    import spacy
    from spacy.tokens import DocBin

    from training.corpus import build

    stats = build(work)
    vocab = vocab if vocab is not None else spacy.blank("sv").vocab
    files = {"tb-dev-heldout": "heldout", "pud-select": "select", "lines": "lines",
             **{name: name for name in stats if name.startswith("euk-")}}
    return {name: list(DocBin().from_disk(work / f"{file}.spacy").get_docs(vocab)) for name, file in files.items()}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--model", default=str(REPO / "models" / "sv_klarsprak"))
    ap.add_argument("--json", type=Path, default=None)
    args = ap.parse_args(argv)
    loaded = load_model_and_splits(args.model)
    if loaded is None:
        return 2
    nlp, splits = loaded
    results = scores(nlp, splits)
    print(json.dumps(results, indent=2))
    if args.json:
        args.json.write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
