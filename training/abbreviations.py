"""Swedish abbreviations added to the tokenizer as special cases (saved with the model)."""

from __future__ import annotations

from typing import Callable

import spacy
from spacy.language import Language
from spacy.symbols import ORTH

# Written forms with a final period that spaCy's Swedish defaults split, or that
# are frequent in public-sector text. Abbreviations written with a space
# ("t ex", "bl a") cannot be tokenizer special cases (spaCy splits on spaces
# first); the training data teaches the parser to join them with ``fixed``.
ABBREVIATIONS: tuple[str, ...] = (
    "t.ex.", "T.ex.", "bl.a.", "Bl.a.", "m.m.", "s.k.", "ca.", "kl.", "nr.", "Nr.", "fr.o.m.", "Fr.o.m.",
    "t.o.m.", "T.o.m.", "dvs.", "d.v.s.", "osv.", "o.s.v.", "enl.", "resp.", "dnr.", "Dnr.", "p.g.a.",
    "P.g.a.", "m.fl.", "f.d.", "jfr.", "Jfr.", "kap.", "sid.", "St.", "tel.", "Tel.",
    "ang.", "prop.", "Prop.", "f.n.", "fig.", "inkl.", "exkl.", "o.d.",
    "o.dyl.", "e.d.", "e.Kr.", "f.Kr.", "ev.", "mfl.", "pga.", "tf.", "t.f.", "adr.", "avd.",
    "forts.", "förf.", "förk.", "gm.", "hr.", "ibid.", "jan.", "feb.", "apr.", "jun.", "aug.", "sep.", "sept.", "okt.", "nov.", "dec.", "tis.", "ons.", "tors.", "fre.", "lör.",
    "sön.", "obs.", "Obs.", "OBS.", "p.s.", "uppl.", "vol.", "äv.", "övers.", "u.p.",
)


def add_abbreviations(nlp: Language) -> Language:
    """Add :data:`ABBREVIATIONS` as single-token special cases."""
    for abbr in ABBREVIATIONS:
        nlp.tokenizer.add_special_case(abbr, [{ORTH: abbr}])
    return nlp


@spacy.registry.callbacks("klarsprak.add_abbreviations.v1")
def make_add_abbreviations() -> Callable[[Language], Language]:
    """``[initialize.before_init]`` callback used by ``configs/sv_klarsprak.cfg``."""
    return add_abbreviations
