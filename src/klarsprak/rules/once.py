"""A problem reported once per text: one place shown, the others in ``occurrences``, and one sentence that counts them.

A consultant marks a word once and asks for the change throughout ("sjömän" three times in one text is one remark,
not three: blind dev verdicts, stop 22). complex_word and the inclusive lexicons group their places by lexicon entry
and call :func:`once_per_entry`; the merge of overlapping findings (:meth:`.base.Registry.one_per_problem`) and the
parts of a long text (:mod:`klarsprak.long_documents`) call :func:`recounted` when the places change, so every
such finding says its count in the same words.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Iterable, Iterator, Sequence

from ..findings import Severity
from .term import Term

#: Severities from the one a writer must act on first.
RANK = {Severity.ERROR: 0, Severity.WARNING: 1, Severity.INFO: 2}
#: The sentence :func:`count_sentence` writes, as it stands in a message.
COUNT_SENTENCE = re.compile(r" ?(?:Ordet|Uttrycket) står \d+ gånger i texten[^.]*\.")


def count_sentence(count: int, phrase: bool, forms_differ: bool, replaces: bool, explain: bool = False) -> str:
    """How often the word or phrase stands in the text and what to do there: "byt på alla ställen" for a
    suggestion that replaces it, "i den form som passar" when the places are written in different forms (the
    suggestion fits the place shown: "erhöll" → "fick", not "erhåller"), no "byt" for advice, and only the count
    for a term to ``explain`` where it first stands, which its message says (review 28 B, item 6: not everywhere)."""
    what = "Uttrycket" if phrase else "Ordet"
    forms = ", i olika former" if forms_differ else ""
    if explain:
        return f"{what} står {count} gånger i texten{forms}."
    act = "byt på alla ställen" if replaces else "samma sak gäller alla ställen"
    fit = ", i den form som passar" if forms_differ and replaces else ""
    return f"{what} står {count} gånger i texten{forms}: {act}{fit}."


def recounted(message: str, places: Sequence[tuple[int, int]], text: str, replaces: bool,
              explain: bool = False) -> str:
    """``message`` with the count sentence for ``places`` (every place, the one shown first) of ``text``
    instead of any count sentence it had (``replaces``, ``explain``: as :func:`count_sentence`'s); none for a
    single place."""
    message = COUNT_SENTENCE.sub("", message)
    if len(places) < 2:
        return message
    forms = {" ".join(text[start:end].lower().split()) for start, end in places}
    start, end = places[0]
    return f"{message} {count_sentence(len(places), ' ' in text[start:end].strip(), len(forms) > 1, replaces, explain)}"


def once_per_entry(groups: Iterable[list[Term]], text: str) -> Iterator[Term]:
    """One term per group (the places of one lexicon entry): the place a writer must act on first (the highest
    severity; of those, the first whose suggestion replaces the words as they stand) with the others as its
    ``occurrences`` and the count sentence (:func:`count_sentence`) at the end of its message."""
    for terms in groups:
        main = min(terms, key=lambda t: (RANK.get(t.severity, 1), not t.replaces, t.start))
        others = tuple(sorted((t.start, t.end) for t in terms if t is not main))
        if others:
            message = recounted(main.message, ((main.start, main.end), *others), text, main.replaces, main.explain)
            main = replace(main, occurrences=others, message=message)
        yield main
