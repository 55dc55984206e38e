"""What the genre changes in ``complex_word`` and ``nominal_style`` on news and encyclopedia text.

A mild entry of ``lexicons/plain/complex_words.yaml`` (``grade: mild``) counts only in a text written to
citizens (``Audience.citizens`` of :func:`klarsprak.rules.sender.audience`); elsewhere only a pile-up gives
one finding. This
script runs klarsprak twice over development text of the fifth blind set's genres, the default way and with
``complex_word.strict`` (every mild word at every place, as before the grades), and lists per genre how
many findings each run gives and which words the default run leaves alone: translated news and Wikipedia
excerpts (``blind_pud.dev_set()``) and dev news and Wikipedia articles (``blind_eukalyptus_other.dev_set()``),
without the documents of the stop-24 blind dev dump (its first 30 PUD and 10 news and Wikipedia documents in
``sha256("dev9" + id)`` order). No verdicts: the lists are for a reader to judge.

    python benchmarks/plain_genre.py        # writes benchmarks/results/plain_genre.json
"""

from __future__ import annotations

import hashlib
import sys
from collections import Counter
from pathlib import Path

import klarsprak

sys.path.insert(0, str(Path(__file__).resolve().parent))
import blind_eukalyptus_other  # noqa: E402
import blind_pud  # noqa: E402
from docblocks import write_json  # noqa: E402

REPO = Path(__file__).resolve().parents[1]
RESULTS = REPO / "benchmarks" / "results" / "plain_genre.json"
RULES = ("complex_word", "nominal_style")


def documents() -> dict[str, dict[str, str]]:
    """Development documents by genre, outside the stop-24 blind dev dump."""
    def unread(ids: list[str], dumped: int) -> list[str]:
        return sorted(ids, key=lambda d: hashlib.sha256(f"dev9{d}".encode()).hexdigest())[dumped:]

    return {"pud": {d: blind_pud.text(d) for d in unread(blind_pud.dev_set(), 30)},
            "news_wiki": {d: blind_eukalyptus_other.text(d) for d in unread(blind_eukalyptus_other.dev_set(), 10)}}


def findings(analyzer: klarsprak.Analyzer, texts: dict[str, str]) -> dict[tuple[str, int, str], str]:
    """(document, start, rule) → matched text, for the plain-language rules."""
    return {(doc, f.start, f.rule): f.text for doc, report in zip(texts, analyzer.pipe(texts.values()))
            for f in report.findings if f.rule in RULES}


def main() -> None:
    default = klarsprak.Analyzer()
    strict = klarsprak.Analyzer(klarsprak.Config(rules={"complex_word": {"strict": True}}), model=default.nlp)
    results = {}
    for genre, texts in documents().items():
        every, kept = findings(strict, texts), findings(default, texts)
        left = Counter(text.lower() for key, text in every.items() if key not in kept)
        results[genre] = {"documents": len(texts), "strict": len(every), "default": len(kept),
                          "left_alone": sum(left.values()), "words_left_alone": dict(left.most_common())}
        print(f"{genre}: {len(texts)} documents, {len(every)} findings strict, {len(kept)} by default")
    write_json(RESULTS, results)


if __name__ == "__main__":
    main()
