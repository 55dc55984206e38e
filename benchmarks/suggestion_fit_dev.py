"""Do ``complex_word``'s suggested replacements fit their sentence? 100 judged by hand on dev documents.

Two samples, each on development documents only (never a blind set): ``realtext`` (the realtext
``blind_split.dev_set()``, seed 21) and ``genre`` (the Eukalyptus press releases of
``blind_eukalyptus.dev_set()`` and the Talbanken ``blind_talbanken.dev_set()`` documents, seed 22, the
kinds of text the third blind set holds). Each run takes every ``complex_word`` finding that offers a
replacement and samples 100 of them by a fixed hash of the finding. For each, the first suggestion is put in place of the flagged words; a judgement in
``benchmarks/data/suggestion_judgements_dev.yaml`` says whether the sentence that results is grammatical
Swedish with the same meaning (form, agreement, object and subject kept). Findings given as advice
(no replacement) are counted apart: they are what the rule says when no replacement fits. The genre
sample was judged before the fit fixes of 2026-11-30 evening, and is the before/after measure of those.

These are development documents, judged by the person who built the rule: not a blind figure.

    python benchmarks/suggestion_fit_dev.py [--corpus genre]            # measure, write results JSON and docs table
    python benchmarks/suggestion_fit_dev.py [--corpus genre] --pending  # print sampled findings not yet judged
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from pathlib import Path
from typing import Any, Iterator, NamedTuple

import yaml

import klarsprak
from klarsprak.archive import read_document

sys.path.insert(0, str(Path(__file__).resolve().parent))
from docblocks import print_pending, replace_block, write_json  # noqa: E402
from plain_precision import REALTEXT, documents  # noqa: E402

REPO = Path(__file__).resolve().parents[1]
DATA, RESULTS = REPO / "benchmarks" / "data", REPO / "benchmarks" / "results"
DOC = REPO / "docs" / "plain-language-rules.md"
TOTAL = 100


class Corpus(NamedTuple):
    """One sample: where its documents come from, its seed, and where its judgements and figures live."""

    seed: int
    judgements: Path
    results: Path
    marker: str
    described: str


CORPORA = {
    "realtext": Corpus(21, DATA / "suggestion_judgements_dev.yaml", RESULTS / "suggestion_fit_dev.json",
                       "suggestion-fit", "Realtext development documents"),
    "genre": Corpus(22, DATA / "suggestion_judgements_genre.yaml", RESULTS / "suggestion_fit_genre.json",
                    "suggestion-fit-genre", "Eukalyptus development press releases and Talbanken development documents"),
    "other": Corpus(23, DATA / "suggestion_judgements_other.yaml", RESULTS / "suggestion_fit_other.json",
                    "suggestion-fit-other", "Development documents of all four kinds outside the blind editor's sample"),
    "pud": Corpus(24, DATA / "suggestion_judgements_pud.yaml", RESULTS / "suggestion_fit_pud.json",
                  "suggestion-fit-pud", "Translated news and Wikipedia (PUD development documents) and development "
                  "news and Wikipedia articles, outside the stop-24 blind editor's sample"),
    "s25": Corpus(25, DATA / "suggestion_judgements_s25.yaml", RESULTS / "suggestion_fit_s25.json",
                  "suggestion-fit-s25", "Development documents of all five kinds (realtext, Talbanken, Eukalyptus, "
                  "PUD) in which no blind editor judged a replacement (benchmarks/data/suggestion_fit.yaml)"),
    "s26": Corpus(26, DATA / "suggestion_judgements_s26.yaml", RESULTS / "suggestion_fit_s26.json",
                  "suggestion-fit-s26", "Development documents of all five kinds (realtext, Talbanken, Eukalyptus, "
                  "PUD) in which neither a blind editor nor an earlier builder sample judged a replacement"),
    "s27": Corpus(27, DATA / "suggestion_judgements_s27.yaml", RESULTS / "suggestion_fit_s27.json",
                  "suggestion-fit-s27", "Development documents of all six kinds (realtext, Talbanken, Eukalyptus, "
                  "PUD, and the blog posts builders may read: the seventh blind set and blind_blogs.dev_set, never "
                  "the eighth set), replacements judged before left out,"),
    "s28": Corpus(28, DATA / "suggestion_judgements_s28.yaml", RESULTS / "suggestion_fit_s28.json",
                  "suggestion-fit-s28", "Development documents of all six kinds (as s27: never the eighth set, "
                  "blind_blogs2), replacements judged before (blind editors, s21-s27) left out,"),
}
#: The samples drawn from every development document that leave out the replacements judged before.
FRESH = ("s27", "s28")
#: The documents whose replacements a blind editor judged in stop 23; the "other" sample leaves them out.
BLIND_JUDGED = DATA / "suggestion_fit_blind_judged_docs.txt"
#: The documents whose replacements a blind editor judged in stop 24 (/work/team/r9/devfit.jsonl); the "pud"
#: sample leaves them out.
BLIND_JUDGED_24 = DATA / "suggestion_fit_blind_judged_docs_24.txt"


def texts(corpus: str) -> Iterator[tuple[str, Any]]:
    """(document name, document: a read file or a text) of ``corpus``'s development documents."""
    if corpus == "other":
        yield from _other()
        return
    if corpus == "pud":
        yield from _pud()
        return
    if corpus == "s25":
        yield from _unjudged()
        return
    if corpus == "s26":
        yield from _unjudged(_builder_judged(CORPORA["s26"].seed))
        return
    if corpus in FRESH:
        yield from _unjudged(blogs=True)
        return
    if corpus == "realtext":
        for path in documents():
            yield str(path.relative_to(REALTEXT)), read_document(path)
        return
    import blind_eukalyptus
    import blind_talbanken

    for doc in blind_eukalyptus.dev_set():
        if doc.startswith("Regr_"):
            yield doc, blind_eukalyptus.text(doc)
    for doc in blind_talbanken.dev_set():
        yield doc, blind_talbanken.text(doc)


def _other() -> Iterator[tuple[str, Any]]:
    """Every development document (realtext, Eukalyptus press releases, debate, news and Wikipedia,
    Talbanken) except those of :data:`BLIND_JUDGED`, named as the blind editor's sample names them."""
    import blind_eukalyptus
    import blind_eukalyptus_other
    import blind_talbanken

    judged = _judged(BLIND_JUDGED)
    docs = [("realtext__" + p.relative_to(REALTEXT).as_posix().replace("/", "__"), p) for p in documents()]
    docs += [(d, blind_eukalyptus.text) for d in blind_eukalyptus.dev_set()]
    docs += [(d, blind_eukalyptus_other.text) for d in blind_eukalyptus_other.dev_set()]
    docs += [(d, blind_talbanken.text) for d in blind_talbanken.dev_set()]
    for name, source in docs:
        if name not in judged:
            yield name, read_document(source) if isinstance(source, Path) else source(name)


def _unjudged(also: frozenset[str] = frozenset(), blogs: bool = False) -> Iterator[tuple[str, Any]]:
    """Every development document of the five kinds (as :func:`_other` and :func:`_pud` name them) in which no
    blind editor judged a replacement (``benchmarks/data/suggestion_fit.yaml``, stops 20-24), whatever its sample,
    and that is not named in ``also``; with ``blogs``, every one of them and the blog posts builders may read
    (:func:`collect` then leaves out the replacements judged before instead)."""
    import blind_blogs
    import blind_pud

    blind = yaml.safe_load((DATA / "suggestion_fit.yaml").read_text(encoding="utf-8"))["judgements"]
    judged = set() if blogs else _variants({j["doc"] for j in blind} | also)
    docs = [("realtext__" + p.relative_to(REALTEXT).as_posix().replace("/", "__"), p) for p in documents()]
    for name, doc in docs:
        if name not in judged:
            yield name, read_document(doc)
    for module, prefix in _treebanks() + [(blind_pud, "pud_")]:
        for doc in module.dev_set():
            if prefix + doc not in judged:
                yield prefix + doc, module.text(doc)
    if blogs:
        eighth = _eighth_set()
        for doc in blind_blogs.blind_set() + blind_blogs.dev_set():
            if doc not in eighth:
                yield doc, blind_blogs.text(doc)


def _eighth_set() -> frozenset[str]:
    """The posts of the eighth blind set (``blind_blogs2``), which no sample may draw; :mod:`blind_blogs` leaves
    them out of its development posts already, and this checks it again. Refuses to run without the set's ids."""
    from blind_blogs import EIGHTH
    from blind_talbanken import drawn

    if not EIGHTH.is_file():
        raise SystemExit(f"{EIGHTH} is absent: cannot leave the eighth blind set out")
    return frozenset(drawn(EIGHTH))


def _variants(docs: set[str]) -> set[str]:
    """``docs`` under every name the samples give a document (a realtext path, ``realtext__`` + path with "__"
    for "/", ``pud_`` + id, a treebank id)."""
    return docs | {"realtext__" + d.replace("/", "__") for d in docs} | {"pud_" + d for d in docs}


def judged_before(seed: int) -> frozenset[tuple[str, int, str]]:
    """(document under each of its names, start, flagged text) of every replacement a blind editor or a builder
    sample drawn before ``seed`` judged."""
    rows = yaml.safe_load((DATA / "suggestion_fit.yaml").read_text(encoding="utf-8"))["judgements"]
    for corpus in CORPORA.values():
        if corpus.judgements.is_file() and corpus.seed < seed:
            rows += yaml.safe_load(corpus.judgements.read_text(encoding="utf-8"))["judgements"]
    return frozenset((name, int(j["start"]), j["text"]) for j in rows for name in _variants({j["doc"]}))


def _builder_judged(seed: int) -> frozenset[str]:
    """The documents in which a builder sample drawn before ``seed`` judged a replacement, under every name the
    samples give them."""
    docs = set()
    for corpus in CORPORA.values():
        if corpus.judgements.is_file() and corpus.seed < seed:
            docs |= {j["doc"] for j in yaml.safe_load(corpus.judgements.read_text(encoding="utf-8"))["judgements"]}
    return frozenset(_variants(docs))


def _treebanks() -> list[tuple[Any, str]]:
    """The Eukalyptus and Talbanken set modules, whose development documents keep their own names."""
    import blind_eukalyptus
    import blind_eukalyptus_other
    import blind_talbanken

    return [(blind_eukalyptus, ""), (blind_eukalyptus_other, ""), (blind_talbanken, "")]


def _judged(path: Path) -> set[str]:
    """The document names listed in ``path`` (one a line, # for comments)."""
    return {line for line in path.read_text(encoding="utf-8").splitlines() if line and not line.startswith("#")}


def _pud() -> Iterator[tuple[str, str]]:
    """The PUD development documents (``pud_`` + id) and the development news and Wikipedia articles, the
    genres of the fifth blind set, except those of :data:`BLIND_JUDGED_24`."""
    import blind_eukalyptus_other
    import blind_pud

    judged = _judged(BLIND_JUDGED_24)
    for doc in blind_pud.dev_set():
        if "pud_" + doc not in judged:
            yield "pud_" + doc, blind_pud.text(doc)
    for doc in blind_eukalyptus_other.dev_set():
        if doc not in judged:
            yield doc, blind_eukalyptus_other.text(doc)


def rank(row: dict[str, Any], seed: int) -> str:
    """A fixed pseudo-random rank per finding, so the sample stays put when other findings change."""
    return hashlib.sha256(f"{seed}|{row['doc']}|{row['start']}|{row['text']}".encode()).hexdigest()


def sentence_around(text: str, start: int, end: int) -> tuple[int, int]:
    """The character span of the line-bounded sentence holding ``text[start:end]``."""
    left = max(text.rfind(c, 0, start) for c in ".!?\n") + 1
    ends = [i for i in (text.find(c, end) for c in ".!?\n") if i >= 0]
    return left, (min(ends) + 1 if ends else len(text))


def collect(corpus: str) -> tuple[list[dict[str, Any]], int]:
    """Every complex_word finding with a replacement, as a row with the sentence before and after; and
    the number of findings given as advice."""
    names, docs = zip(*texts(corpus))
    rows, advice = [], 0
    for name, report in zip(names, klarsprak.Analyzer().pipe(list(docs), batch_size=8)):
        text = report.text
        for f in report.findings:
            if f.rule != "complex_word":
                continue
            if not f.suggestions:
                advice += 1
                continue
            left, right = sentence_around(text, f.start, f.end)
            before = " ".join(text[left:right].split())
            after = " ".join((text[left:f.start] + f.suggestions[0] + text[f.end:right]).split())
            rows.append({"doc": name, "start": f.start, "text": text[f.start:f.end],
                         "suggestion": f.suggestions[0], "before": before, "after": after})
    return rows, advice


def key(row: dict[str, Any]) -> tuple[str, int, str, str]:
    """A judgement's identity: where, what was flagged and what was offered."""
    return (row["doc"], row["start"], row["text"], row["suggestion"])


def load(path: Path) -> dict[tuple[str, int, str, str], dict[str, Any]]:
    data = yaml.safe_load(path.read_text(encoding="utf-8")) if path.is_file() else None
    return {key(j): j for j in (data or {}).get("judgements", [])}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", choices=sorted(CORPORA), default="realtext", help="which development documents")
    parser.add_argument("--pending", action="store_true", help="print sampled findings not yet judged")
    args = parser.parse_args()
    if args.corpus in ("realtext", "other") and not REALTEXT.is_dir():
        print(f"skipped: {REALTEXT} is absent", file=sys.stderr)
        return 0
    if args.corpus == "pud" and not (REPO.parent / "shared" / "ud" / "PUD").is_dir():
        print("skipped: the PUD treebank is absent", file=sys.stderr)
        return 0
    corpus = CORPORA[args.corpus]
    rows, advice = collect(args.corpus)
    seen = judged_before(corpus.seed) if args.corpus in FRESH else frozenset()
    fresh = [r for r in rows if (r["doc"], r["start"], r["text"]) not in seen]
    picked = sorted(fresh, key=lambda r: rank(r, corpus.seed))[:TOTAL]
    judged = load(corpus.judgements)
    if args.pending:
        print_pending(picked, judged, key)
        return 0
    verdicts = [judged[key(r)]["fits"] for r in picked if key(r) in judged]
    result = {"corpus": args.corpus, "replacements": len(rows), "advice": advice, "not_judged_before": len(fresh),
              "sampled": len(picked),
              "judged": len(verdicts), "fit": sum(verdicts),
              "share_fit": round(sum(verdicts) / len(verdicts), 3) if verdicts else None,
              "seed": corpus.seed, "blind": False}
    write_json(corpus.results, result)
    replace_block(DOC, f"<!-- {corpus.marker}:begin -->", f"<!-- {corpus.marker}:end -->", "\n".join([
        "", "| replacements offered | given as advice | sampled | judged | fit | share |", "|---:|---:|---:|---:|---:|---:|",
        f"| {result['replacements']} | {advice} | {result['sampled']} | {result['judged']} | {result['fit']} | "
        f"{result['share_fit']} |", "",
        f"{corpus.described} judged by a builder (not blind); measured by "
        f"`benchmarks/suggestion_fit_dev.py --corpus {args.corpus}`.", ""]))
    print(json.dumps(result, indent=2, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
