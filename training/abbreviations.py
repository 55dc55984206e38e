"""The tokenizer's abbreviation special cases, generated from ``lexicons/abbreviations.yaml``.

Every written form in the lexicon that ends in a period and has no space (*t.ex.*, *fr.o.m.*,
*dnr.*; also with a capital first letter, as at a sentence start) becomes one token, unless its
stem is an ordinary word of the training text (*bil.* 'bilaga' is also *bil* 'car', which ends
sentences): those are left to the tokenizer's rules and the parser, and so are spaCy's own
Swedish special cases for such words (*ung.*). Abbreviations written with a space (*t ex*) cannot
be special cases (spaCy splits on spaces first); the training data teaches the parser ``fixed``.

Applied when a trained pipeline is installed (:func:`apply`); the forms left out are recorded in
the model's meta (``klarsprak.abbreviations_as_words``) so that a test can check the shipped
tokenizer against the lexicon.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path
from typing import Callable, Iterable

import spacy
import yaml
from spacy.language import Language
from spacy.symbols import ORTH

LEXICON = Path(__file__).resolve().parents[1] / "lexicons" / "abbreviations.yaml"
MIN_WORD_COUNT = 2  # a stem seen this often as a plain token of the training text is a word


def lexicon_forms(path: Path = LEXICON) -> list[str]:
    """The lexicon's written forms that can be special cases, with capitalised variants, in order."""
    entries = yaml.safe_load(path.read_text(encoding="utf-8"))["entries"]
    out: list[str] = []
    for entry in entries:
        for form in (entry["id"], *entry.get("variants", ())):
            if form.endswith(".") and " " not in form:
                for variant in (form, form[:1].upper() + form[1:]):
                    if variant not in out:
                        out.append(variant)
    return out


def ordinary_words(words: Iterable[str]) -> frozenset[str]:
    """Lower-case words (three letters or more) seen at least :data:`MIN_WORD_COUNT` times."""
    counts = Counter(w.lower() for w in words if len(w) >= 3 and w.isalpha())
    return frozenset(w for w, n in counts.items() if n >= MIN_WORD_COUNT)


def is_word(form: str, words: frozenset[str]) -> bool:
    """A one-period form whose stem is an ordinary word (*bil.*, *ung.*)."""
    return form.count(".") == 1 and form[:-1].lower() in words


def apply(nlp: Language, words: frozenset[str], path: Path = LEXICON) -> list[str]:
    """Set the tokenizer's special cases: spaCy's Swedish defaults and the lexicon's forms, without
    those whose stem is an ordinary word. Returns the lexicon forms left out as words."""
    defaults = spacy.blank(nlp.lang).tokenizer.rules
    rules = {k: v for k, v in defaults.items() if not (k.endswith(".") and is_word(k, words))}
    as_words = []
    for form in lexicon_forms(path):
        if is_word(form, words):
            as_words.append(form)
        elif form not in rules:
            rules[form] = [{ORTH: form}]
    nlp.tokenizer.rules = rules
    return as_words


@spacy.registry.callbacks("klarsprak.add_abbreviations.v1")
def make_add_abbreviations() -> Callable[[Language], Language]:
    """``[initialize.before_init]`` of ``configs/sv_klarsprak.cfg``: the lexicon's forms at training time
    (where they do not matter: training reads the treebanks' own tokens); :func:`apply` sets the
    shipped tokenizer's."""

    def add(nlp: Language) -> Language:
        apply(nlp, frozenset())
        return nlp

    return add
