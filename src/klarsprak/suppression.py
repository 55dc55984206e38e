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
from dataclasses import dataclass
from typing import Iterable

from spacy.tokens import Doc

from .config import Config
from .findings import Finding
from .inclusive.forms import is_form

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

    def covers(self, finding: Finding) -> bool:
        """True if ``finding`` lies in the region and its rule or ground is named (or none are)."""
        if not (self.start <= finding.start and finding.end <= self.end):
            return False
        if not self.ids:
            return True
        return any(
            finding.rule == i or finding.rule.startswith(i + ".") or finding.ground == i for i in self.ids
        )


def _ids(raw: str) -> frozenset[str]:
    return frozenset(x for x in re.split(r"[\s,]+", raw.strip()) if x)


def _line_bounds(text: str, pos: int) -> tuple[int, int]:
    start = text.rfind("\n", 0, pos) + 1
    end = text.find("\n", pos)
    return start, len(text) if end < 0 else end


def regions(text: str) -> list[Region]:
    """The suppressed regions that the directives in ``text`` define."""
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
            start, end = _line_bounds(text, m.start())
            found.append(Region(start, end, ids))
        else:
            _, end = _line_bounds(text, m.start())
            nxt = end + 1
            while nxt < len(text) and text[nxt] in "\r\n \t":
                nxt += 1
            if nxt < len(text):
                start, stop = _line_bounds(text, nxt)
                found.append(Region(start, stop, ids))
    found.extend(Region(start, len(text), ids) for ids, start in open_.items())
    return found


def suppress(findings: Iterable[Finding], text: str) -> list[Finding]:
    """``findings`` without those inside a region switched off by a directive in ``text``."""
    findings = list(findings)
    if "klarsprak-" not in text:
        return findings
    found = regions(text)
    return [f for f in findings if not any(r.covers(f) for r in found)]


def allowed(finding: Finding, doc: Doc, allow: frozenset[str]) -> bool:
    """True if the finding's text, its lemmas, or (for one word) an inflected form is allowlisted."""
    text = finding.text.strip().lower()
    if text in allow or (" " not in text and any(is_form(text, a) for a in allow)):
        return True
    span = doc.char_span(finding.start, finding.end, alignment_mode="expand")
    if span is None or not len(span):
        return False
    lemmas = " ".join((t.lemma_ or t.lower_).lower() for t in span if not t.is_space)
    return lemmas in allow or (len(span) == 1 and span[0].lemma_.lower() in allow)


def filter_findings(findings: Iterable[Finding], doc: Doc, text: str, config: Config) -> list[Finding]:
    """Apply inline suppression (directives in ``text``, the ``doc``'s text) and ``config.allow``."""
    kept = suppress(findings, text)
    allow = frozenset(a.strip().lower() for a in config.allow if a.strip())
    if allow:
        kept = [f for f in kept if not allowed(f, doc, allow)]
    return kept
