"""How many ``complex_word`` findings the borrowed-passage condition removes on the development set.

``complex_word`` skips words the writer cannot reword (:mod:`klarsprak.doc.passages`: a quotation of
six words or more, a paragraph that is a quotation, a paragraph in English). This runs the rule over
``blind_split.dev_set()`` and the Talbanken development documents (never the blind sets) with
``Context.borrowed`` answering None, so every finding the condition would remove is reported, and
then asks :class:`~klarsprak.doc.passages.Passages` of the same text why each one is borrowed. The
rule's only use of ``borrowed`` is that filter, so "after" is "before" less the borrowed findings
(checked once by two runs at 5ef8903 and d94bc4f: 1,151 → 1,124 on realtext, none added).

    python benchmarks/borrowed_passages.py

Writes ``benchmarks/results/borrowed_passages.json`` (counts and every removed finding).
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import klarsprak
from klarsprak.archive import read_document
from klarsprak.doc.passages import Passages
from klarsprak.doc.quotes import Quotes
from klarsprak.rules.base import Context
from docblocks import write_json

REPO = Path(__file__).resolve().parents[1]
REALTEXT = REPO.parent / "shared" / "realtext"
RESULTS = REPO / "benchmarks" / "results" / "borrowed_passages.json"


def main() -> None:
    import blind_split
    import blind_talbanken

    docs = {p.relative_to(REALTEXT).as_posix(): read_document(p) for p in blind_split.dev_set()}
    docs.update({f"talbanken/{d}": blind_talbanken.text(d) for d in blind_talbanken.dev_set()})
    Context.borrowed = lambda self, start, end: None  # type: ignore[method-assign]  # the rule as before
    counts: dict[str, Counter[str]] = {"realtext": Counter(), "talbanken": Counter()}
    removed = []
    for name, report in zip(docs, klarsprak.Analyzer().pipe(list(docs.values()), batch_size=8)):
        passages = Passages(report.text, Quotes(report.text))
        corpus = "talbanken" if name.startswith("talbanken/") else "realtext"
        for f in report.findings:
            if f.rule != "complex_word":
                continue
            why = passages.borrowed(f.start, f.end)
            counts[corpus]["before"] += 1
            counts[corpus]["after"] += why is None
            if why:
                counts[corpus][why] += 1
                removed.append({"doc": name, "start": f.start, "text": f.text, "why": why,
                                "context": report.text[max(0, f.start - 60):f.end + 40]})
    write_json(RESULTS, {"counts": {k: dict(v) for k, v in counts.items()}, "removed": removed})
    for corpus, c in counts.items():
        print(f"{corpus}: complex_word {c['before']} -> {c['after']} (citat {c['citat']}, engelska {c['engelska']})")


if __name__ == "__main__":
    main()
