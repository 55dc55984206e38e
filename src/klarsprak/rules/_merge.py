"""One finding per problem: where two rules report the same words, the writer sees one finding
(:meth:`.base.Registry.one_per_problem` calls :func:`one_per_problem`; the rules say which: ``Rule.overrides``,
``Rule.folds``).

A finding is replaced where a finding of a rule that overrides its rule covers its place: its words overlap the
other's words (the span and its ``occurrences``, or, for a finding over a whole sentence, the words it is
``about``). A problem reported once per text (``occurrences``) whose shown place is covered but another is not moves
there (:func:`_moved`, review 28, item 3: *den särskilde utredaren* is masculine_form's, *särskilde hänsyn* later
in the text still complex_word's). A replaced finding whose rule the overriding rule ``folds`` gives it its
advice: its message is added to the kept finding's, its advice (suggestions that are no drop-in replacement of its
own words) to the kept finding's suggestions, and the kept finding takes the more severe of the two severities
(*som en zigenare*: the simile, and that the word is a slur, in one finding).
"""

from __future__ import annotations

import bisect
from dataclasses import replace
from typing import Mapping

from ..doc import Analysis
from ..findings import Finding
from .once import recounted

Places = Mapping[Finding, tuple[tuple[int, int], ...]]


def one_per_problem(findings: list[Finding], overrides: Mapping[str, frozenset[str]],
                    folds: Mapping[str, frozenset[str]], about: Places,
                    analysis: Analysis | None = None) -> list[Finding]:
    """``findings`` with each problem reported once (see the module); ``overrides`` and ``folds`` by rule id; the
    text of ``analysis`` lets a finding move to another of its places (without it, such a finding stays)."""
    specific = sorted((start, end, k) for k, f in enumerate(findings) if overrides.get(f.rule)
                      for start, end in about.get(f, ((f.start, f.end), *f.occurrences)))
    if not specific:
        return findings
    starts = [s for s, _, _ in specific]
    reach = max(e - s for s, e, _ in specific)

    def cover(f: Finding, start: int, end: int) -> int | None:
        """The index of a finding that overrides ``f`` at ``start``..``end``, or None."""
        k = bisect.bisect_left(starts, start - reach)
        while k < len(specific) and specific[k][0] < end:
            s, e, index = specific[k]
            if f.rule in overrides.get(findings[index].rule, ()) and s < end and start < e:
                return index
            k += 1
        return None

    kept: dict[int, Finding] = {}
    folded: dict[int, list[Finding]] = {}
    for n, f in enumerate(findings):
        by = cover(f, f.start, f.end)
        free = [(s, e) for s, e in f.occurrences if cover(f, s, e) is None] if by is not None else []
        if by is None or free and analysis is None:
            kept[n] = f
        elif free:
            kept[n] = _moved(f, free, analysis)
        elif f.rule in folds.get(findings[by].rule, ()):
            folded.setdefault(by, []).append(f)
    for by, others in folded.items():
        if by in kept:
            kept[by] = _fold(kept[by], others)
    return [kept[n] for n in sorted(kept)]


def _moved(finding: Finding, free: list[tuple[int, int]], analysis: Analysis) -> Finding:
    """``finding`` shown at a place of ``free`` (its occurrences no other finding reports) instead of its own: one
    written as it is if there is one (its message and suggestions fit it as they stand), else the first, where its
    suggestions are advice and its message names the word there; the count is of the places left."""
    text, written = analysis.text, finding.text
    start, end = next((p for p in free if text[p[0]:p[1]].lower() == written.lower()), free[0])
    same = text[start:end].lower() == written.lower()
    message = finding.message if same else finding.message.replace(f"”{written}”", f"”{text[start:end]}”", 1)
    places = [(start, end), *(p for p in free if p != (start, end))]
    return replace(finding, start=start, end=end, text=text[start:end], sentence=analysis.unit_index(start),
                   occurrences=tuple(places[1:]), replaces=finding.replaces and same,
                   message=recounted(message, places, text, finding.replaces and same, finding.explain))


def _fold(finding: Finding, others: list[Finding]) -> Finding:
    """``finding`` with the advice of the findings it replaced (once each; none from one whose words it already
    quotes as its problem)."""
    message, suggestions, severity = finding.message, list(finding.suggestions), finding.severity
    for other in others:
        severity = max(severity, other.severity)
        if f"”{other.text}”" in finding.message:
            continue
        if other.message not in message:
            message = f"{message} {other.message}"
        if not other.replaces:
            suggestions += [s for s in other.suggestions if s not in suggestions]
    return replace(finding, message=message, suggestions=tuple(suggestions), severity=severity)
