"""``klarsprak lexicon check``: every lexicon file against its schema, plus what a schema cannot see.

Beyond the schema (checked by loading), a lexicon is wrong when two entries flag the same
word (the second one never wins), when a suggested replacement is itself flagged by the
same lexicon (the writer is sent in a circle), or when a drop-in replacement for a noun has
another gender (the article, adjective or pronoun around it would no longer agree: "en
skrivelse" → "en brev"; such an entry is marked ``advice``). Each problem names the file and
the entry. Telling a noun's gender takes a tagging pipeline, which sits above the lexicons: the
command line hands one in (``tagger``), so this module never loads the model itself.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable, Iterable, Iterator

from spacy.language import Language

from ..errors import LexiconError
from .inclusive import load_lexicon
from ..resources import lexicon_path
from .loader import LexiconFile, lexicon_file, load_file, shipped_files


@dataclass(frozen=True)
class Problem:
    """One thing wrong with a lexicon entry."""

    path: Path
    entry: str
    message: str

    def __str__(self) -> str:
        return f"{self.path}: {self.entry}: {self.message}"


def check(paths: Iterable[str | Path] | None = None, *, tagger: Callable[[], Language] | None = None) -> list[Problem]:
    """The problems in ``paths`` (default: every shipped lexicon file).

    ``tagger`` gives a pipeline that tags POS and morphology (called once, only when there are drop-in
    nouns to check); without one the genders of drop-in replacements are not checked.
    A file that breaks its schema raises :class:`LexiconError` (a user error, not a finding).
    """
    files = [load_file(p) for p in (shipped_files() if paths is None else paths)]
    problems: list[Problem] = []
    by_schema: dict[str, list[LexiconFile]] = {}
    for loaded in files:
        by_schema.setdefault(loaded.schema.name, []).append(loaded)
    problems += _complex_words(by_schema.get("complex_words", []), tagger)
    inclusive = by_schema.get("inclusive", [])
    if inclusive:
        problems += _inclusive([f.path for f in inclusive])
    return problems


def preload(extra: Iterable[str | Path] = ()) -> None:
    """Load every shipped lexicon file and the user's ``extra`` inclusive files now, so that a broken
    file is a :class:`LexiconError` before any text is analysed (not a rule failure in every report)."""
    from .matcher import matcher_for

    for path in shipped_files():
        lexicon_file(*path.relative_to(lexicon_path()).parts)
    matcher_for(tuple(str(p) for p in extra))


def _complex_words(files: list[LexiconFile], tagger: Callable[[], Language] | None) -> Iterator[Problem]:
    flagged: dict[str, tuple[Path, str]] = {}
    entries = [(f.path, e) for f in files for e in f.entries]
    for path, entry in entries:
        for word in _flagged_words(entry):
            if word in flagged and flagged[word][1] != entry["id"]:
                yield Problem(path, entry["id"], f"flags {word!r}, as entry {flagged[word][1]} already does")
            flagged.setdefault(word, (path, entry["id"]))
    for path, entry in entries:
        for alternative in entry["alternatives"]:
            hit = flagged.get(alternative.lower())
            if hit is not None and hit[1] != entry["id"]:
                yield Problem(path, entry["id"], f"suggests {alternative!r}, which entry {hit[1]} flags")
    drop_in = [(path, e) for path, e in entries if e.get("lemma") and " " not in e["lemma"] and not e.get("advice")]
    if tagger is None or not drop_in:
        return
    genders = noun_genders({w for _, e in drop_in for w in (e["lemma"], *e["alternatives"]) if " " not in w}, tagger())
    for path, entry in drop_in:
        gender = genders.get(entry["lemma"])
        for alternative in entry["alternatives"]:
            other = genders.get(alternative)
            if gender and other and other != gender:
                yield Problem(path, entry["id"], f"offers {alternative!r} ({GENDER[other]}) as a drop-in for a "
                              f"{GENDER[gender]} noun: what agrees with it would break; mark the entry advice")


#: Sentences that show the model a lone word, so that it tags it as it would in text.
CARRIERS = ("Det gäller {}.", "Vi talade om {} i går.")
GENDER = {"Com": "common-gender", "Neut": "neuter"}


def noun_genders(words: Iterable[str], nlp: Language) -> dict[str, str]:
    """The gender (``Com``, ``Neut``) of each of ``words`` that ``nlp`` reads as a noun of one
    gender in every carrier sentence; a word it reads otherwise (a verb, two genders) is left out."""
    words = sorted(words)
    genders: dict[str, set[str | None]] = {w: set() for w in words}
    for carrier in CARRIERS:
        for word, doc in zip(words, nlp.pipe(carrier.format(w) for w in words)):
            token = next((t for t in doc if t.lower_ == word.lower()), None)
            is_noun = token is not None and token.pos_ == "NOUN"
            genders[word].add(next(iter(token.morph.get("Gender")), None) if is_noun else None)
    return {w: next(iter(g)) for w, g in genders.items() if len(g) == 1 and None not in g}


def _flagged_words(entry: dict) -> list[str]:
    text = entry.get("lemma") or entry.get("phrase")
    return [text.lower()] if text else [f.lower() for f in entry.get("forms", ())]


def _inclusive(paths: list[Path]) -> Iterator[Problem]:
    lexicon = load_lexicon(paths)
    flagged: dict[str, str] = {}
    under: dict[tuple[str, Any], str] = {}
    for entry in lexicon:
        for term in entry.terms:
            key = (term, entry.conditions)  # the same word under other conditions is another entry
            if key in under and under[key] != entry.id:
                yield Problem(Path(entry.origin), entry.id, f"flags {term!r}, as entry {under[key]} already does")
            under.setdefault(key, entry.id)
            flagged.setdefault(term, entry.id)
    for entry in lexicon:
        for suggestion in entry.suggestions:
            hit = flagged.get(suggestion.lower())
            if hit is not None and hit != entry.id:
                yield Problem(Path(entry.origin), entry.id, f"suggests {suggestion!r}, which entry {hit} flags")


__all__ = ["LexiconError", "Problem", "check", "preload"]
