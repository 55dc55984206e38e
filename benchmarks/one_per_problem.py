"""One finding per problem: how often two rules report the same words on the development documents.

Runs the analyzer on every development document (realtext ``blind_split.dev_set()``, Talbanken and
Eukalyptus ``dev_set()``) and counts, before and after the registry's merge (``Registry.one_per_problem``,
seen by wrapping it), pairs of findings of two rules on the same words:

- ``same_words``: two word-level findings whose spans overlap, or a word-level finding that contains a word
  a nominal_style sentence names in its message (”…”) as its problem (long_sentence quotes where to split,
  readability the longest sentence's opening: those are places, not problems);
- ``same_sentence``: a word-level finding elsewhere in a sentence-level finding's span (a different
  problem, listed for scale);
- ``repeated``: a rule's findings on the same word form again in one document (per occurrence, as the
  rules report them).

    python benchmarks/one_per_problem.py       # writes benchmarks/results/one_per_problem.json
"""

from __future__ import annotations

import re
import sys
from collections import Counter
from pathlib import Path
from typing import Any

import klarsprak
from klarsprak.archive import read_document
from klarsprak.findings import Finding
from klarsprak.rules import REGISTRY

sys.path.insert(0, str(Path(__file__).resolve().parent))
import blind_eukalyptus  # noqa: E402
import blind_split  # noqa: E402
import blind_talbanken  # noqa: E402
from docblocks import write_json  # noqa: E402

REPO = Path(__file__).resolve().parents[1]
RESULTS = REPO / "benchmarks" / "results" / "one_per_problem.json"
#: Findings about a whole sentence (or document): they overlap other findings by nature.
SENTENCE_RULES = frozenset({"long_sentence", "nominal_style", "readability", "missing_sender",
                            "incomplete_sender", "unreachable_sender"})
#: Sentence-level rules whose message quotes the words that are the problem.
NAMING_RULES = frozenset({"nominal_style"})
QUOTED = re.compile(r"”([^”]+)”")


def documents() -> list[tuple[str, Any]]:
    """Every development document: (name, text or Document)."""
    docs: list[tuple[str, Any]] = [(p.relative_to(blind_split.REALTEXT).as_posix(), read_document(str(p)))
                                   for p in blind_split.dev_set()]
    docs += [(d, blind_talbanken.text(d)) for d in blind_talbanken.dev_set()]
    docs += [(d, blind_eukalyptus.text(d)) for d in blind_eukalyptus.dev_set()]
    return docs


def pairs(findings: list[Finding]) -> Counter:
    """The pairs of findings of two rules on the same words or in one sentence, by kind and rule pair."""
    found: Counter = Counter()
    for i, a in enumerate(findings):
        for b in findings[i + 1:]:
            if a.rule == b.rule or not (a.start < b.end and b.start < a.end):
                continue
            wide, narrow = (a, b) if a.rule in SENTENCE_RULES else (b, a)
            if narrow.rule in SENTENCE_RULES:
                continue
            if wide.rule in SENTENCE_RULES:
                named = wide.rule in NAMING_RULES and any(w.lower() in narrow.text.lower()
                                                          for w in QUOTED.findall(wide.message))
                kind = "same_words" if named else "same_sentence"
            else:
                kind = "same_words"
            found[(kind, *sorted((a.rule, b.rule)))] += 1
    return found


def repeated(findings: list[Finding]) -> Counter:
    """Findings of a rule on a word form it already reported in the document, by rule."""
    extra: Counter = Counter()
    for (rule, _), n in Counter((f.rule, f.text.lower()) for f in findings if f.rule not in SENTENCE_RULES).items():
        extra[rule] += n - 1
    return +extra


def main() -> int:
    before: Counter = Counter()
    after: Counter = Counter()
    merge = REGISTRY.one_per_problem

    def counted(findings: list[Finding], about: Any = None, analysis: Any = None) -> list[Finding]:
        kept = merge(findings, about, analysis)
        before.update(pairs(sorted(findings, key=lambda f: f.sort_key)))
        after.update(pairs(sorted(kept, key=lambda f: f.sort_key)))
        return kept

    REGISTRY.one_per_problem = counted  # type: ignore[method-assign]
    docs = documents()
    analyzer = klarsprak.Analyzer()
    total: Counter = Counter()
    again: Counter = Counter()
    for _, doc in docs:
        report = analyzer.analyze(doc)
        total.update(f.rule for f in report.findings)
        again.update(repeated(report.findings))

    def table(c: Counter) -> dict[str, int]:
        return {" ".join(k): n for k, n in sorted(c.items())}

    result = {
        "documents": len(docs),
        "findings": dict(sorted(total.items())),
        "same_words_before_merge": sum(n for k, n in before.items() if k[0] == "same_words"),
        "same_words_after_merge": sum(n for k, n in after.items() if k[0] == "same_words"),
        "before_merge": table(before),
        "after_merge": table(after),
        "repeated_in_document": dict(sorted(again.items())),
    }
    write_json(RESULTS, result)
    for key in ("documents", "same_words_before_merge", "same_words_after_merge"):
        print(f"{key}: {result[key]}")
    print("after merge:", result["after_merge"])
    print("repeated in a document:", result["repeated_in_document"])
    return 0


if __name__ == "__main__":
    sys.exit(main())
