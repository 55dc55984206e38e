"""Inline suppression and the allowlist: findings the writer has chosen to keep quiet.

Directives work in HTML, Markdown and plain text alike, because they are found
anywhere in the text (an HTML comment is the natural carrier in HTML and
Markdown; in plain text write the directive on a line of its own)::

    <!-- klarsprak-disable bias_term -->  ...  <!-- klarsprak-enable -->
    <!-- klarsprak-disable-next-line age -->
    Texten ... <!-- klarsprak-disable-line -->
    klarsprak-disable-next-line generic_pronoun

A directive may name rule ids, rule-id prefixes or grounds (separated by spaces
or commas); without names it applies to every rule. ``klarsprak-enable`` without
names ends every open ``klarsprak-disable``; with names, only those.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from typing import Iterable

from .config import Config
from .doc import Analysis, Lines
from .findings import Finding
from .lexicon.morphology import is_form

DIRECTIVE = re.compile(
    r"klarsprak-(disable-next-line|disable-line|disable|enable)\b"
    r"((?:[ \t]*,?[ \t]*(?!klarsprak-)[A-Za-z_][\w.]*)*)"
)


@dataclass(frozen=True)
class Region:
    """Characters ``start``..``end`` where the rules or grounds in ``ids`` (all if empty) are off."""

    start: int
    end: int
    ids: frozenset[str] = frozenset()

    def covers(self, finding: Finding, place: tuple[int, int] | None = None) -> bool:
        """True if ``finding`` (at ``place``, one of its places, if given) lies in the region and its rule
        or ground is named (or none are)."""
        start, end = place or (finding.start, finding.end)
        if not (self.start <= start and end <= self.end):
            return False
        if not self.ids:
            return True
        return any(
            finding.rule == i or finding.rule.startswith(i + ".") or finding.ground == i for i in self.ids
        )


def _ids(raw: str) -> frozenset[str]:
    return frozenset(x for x in re.split(r"[\s,]+", raw.strip()) if x)


def regions(text: str, lines: Lines | None = None) -> list[Region]:
    """The suppressed regions that the directives in ``text`` define (``lines``: its lines, if known)."""
    lines = lines if lines is not None else Lines(text)
    found: list[Region] = []
    open_: dict[frozenset[str], int] = {}
    for m in DIRECTIVE.finditer(text):
        kind, ids = m.group(1), _ids(m.group(2))
        if kind == "disable":
            open_.setdefault(ids, m.end())
        elif kind == "enable":
            for key in [k for k in open_ if not ids or k == ids or (k and k <= ids)]:
                found.append(Region(open_.pop(key), m.start(), key))
        elif kind == "disable-line":
            line = lines.at(m.start())
            found.append(Region(line.start, line.end, ids))
        else:
            j = lines.index(m.start()) + 1
            while j < len(lines) and lines[j].blank:
                j += 1
            if j < len(lines):
                found.append(Region(lines[j].start, lines[j].end, ids))
    found.extend(Region(start, len(text), ids) for ids, start in open_.items())
    return found


def suppress(findings: Iterable[Finding], analysis: Analysis) -> list[Finding]:
    """``findings`` without those inside a region switched off by a directive in the text."""
    findings = list(findings)
    if "klarsprak-" not in analysis.text:
        return findings
    found = regions(analysis.text, analysis.lines)
    kept = []
    for f in findings:
        places = [p for p in ((f.start, f.end), *f.occurrences) if not any(r.covers(f, p) for r in found)]
        if len(places) == f.count:
            kept.append(f)
        elif places:  # reported once per text: it stays where the writer has not switched it off
            (start, end), *others = places
            kept.append(replace(f, start=start, end=end, text=analysis.text[start:end], occurrences=tuple(others),
                                sentence=analysis.unit_index(start)))
    return kept


def allowed(finding: Finding, analysis: Analysis, allow: frozenset[str]) -> bool:
    """True if the finding's text, its lemmas, or (for one word) an inflected form is allowlisted."""
    text = finding.text.strip().lower()
    if text in allow or (" " not in text and any(is_form(text, a) for a in allow)):
        return True
    span = analysis.token_range(finding.start, finding.end)
    if not span:
        return False
    tokens = analysis.tokens
    lemmas = " ".join((tokens.lemma[i] or tokens.lower[i]).lower() for i in span if not tokens.is_space[i])
    return lemmas in allow or (len(span) == 1 and tokens.lemma[span[0]].lower() in allow)


def filter_findings(findings: Iterable[Finding], analysis: Analysis, config: Config) -> list[Finding]:
    """Apply inline suppression (directives in the analysed text) and ``config.allow``."""
    kept = suppress(findings, analysis)
    allow = frozenset(a.strip().lower() for a in config.allow if a.strip())
    if allow:
        kept = [f for f in kept if not allowed(f, analysis, allow)]
    return kept
