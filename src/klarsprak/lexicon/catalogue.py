"""Every lexicon schema, keyed by the ``schema:`` header of the files that use it.

A lexicon file names its schema in its first lines (``schema: complex_words``); the
loader looks the name up here, so a file can never be read with the wrong schema and
a new kind of lexicon is one entry in :data:`CATALOGUE`.
"""

from __future__ import annotations

from ..findings import GROUNDS, Severity
from .schema import Schema

#: Universal part-of-speech tags an entry may restrict itself to.
UPOS = frozenset({"ADJ", "ADP", "ADV", "AUX", "CCONJ", "DET", "INTJ", "NOUN", "NUM", "PART", "PRON", "PROPN",
                  "SCONJ", "VERB", "X"})
SEVERITIES = frozenset(s.value for s in Severity)

#: Kinds of inclusive-language entries (``kind:``).
INCLUSIVE_KINDS = frozenset({
    "slur",                 # skällsord
    "outdated",             # föråldrat ord med etablerat alternativ
    "stereotyping",         # befäster en stereotyp
    "unnecessary_marking",  # pekar ut kön, ursprung eller religion utan skäl
    "misleading",           # missvisande term (t.ex. byta kön)
    "code_word",            # kodord i konspirationsretorik
    "norm",                 # gör en grupp till norm (hudfärgad, mamma och pappa)
    "gendered_title",       # könsbunden yrkes- eller funktionsbeteckning
})
#: The rules that report inclusive entries (``rule:``; default ``bias_term``).
INCLUSIVE_RULES = frozenset({"bias_term", "gendered_title", "age_stereotype", "job_ad_age_coding"})
#: Where inside a compound an inclusive word may stand (``stem``: every word that begins with it).
COMPOUND = frozenset({"none", "modifier", "head", "any", "stem"})
#: Every kind of text :func:`klarsprak.sender.genre.genre` tells apart, for genre conditions stated as data
#: (``skip_genres`` of a complex-word entry, :class:`klarsprak.sender.genre.GenreCondition`).
GENRES = frozenset({"job_ad", "debate", "newsletter", "press_release", "news", "encyclopedia", "personal", "letter",
                    "web_page", "text"})
#: What a piece of sender evidence is (the sender ``patterns`` lexicon's ``kind``).
EVIDENCE_KINDS = (
    "organisation", "unit", "person", "email", "phone", "address", "org_number",
    "signature", "metadata", "url",
)

CATALOGUE: dict[str, Schema] = {s.name: s for s in (
    Schema(
        name="abbreviations",
        required={"id": str, "expansion": str, "source": str},
        optional={"variants": list, "common": bool, "may_end_sentence": bool, "reference": bool, "note": str,
                  "other_expansions": list, "ambiguous": bool, "write_out": bool, "forms": list,
                  "explain": bool, "citation": bool},
    ),
    Schema(name="inflections", required={"id": str, "forms": list, "source": str}),
    Schema(
        name="paradigms",
        required={"id": str, "inf": list, "pres": list, "past": list, "supine": list, "source": str},
        optional={"imp": list, "pres_s": list, "past_s": list, "supine_s": list, "note": str},
    ),
    Schema(
        name="complex_words",
        required={"id": str, "alternatives": list, "note": str, "source": str},
        optional={"lemma": str, "phrase": str, "forms": list, "pos": list, "advice": bool, "not_before": list,
                  "at_start": bool, "verb_in_noun": bool, "grade": str, "pronoun": bool, "skip_genres": list,
                  "bare": bool, "term": bool, "verb_after": bool},
        choices={"pos": UPOS, "grade": frozenset({"strong", "mild", "pile"}), "skip_genres": GENRES},
    ),
    Schema(
        name="nominalisations",
        required={"id": str, "verb": str, "source": str},
        optional={"light": bool},
    ),
    Schema(
        name="word_lists",
        required={"id": str, "words": list, "source": str},
        optional={"ground": str, "note": str},
        choices={"ground": frozenset(GROUNDS)},
    ),
    Schema(
        name="job_ad_words",
        required={"id": str, "coding": str, "source": str},
        optional={"stem": str, "phrase": str, "risk": str, "exclude": list, "note": str},
        choices={"coding": frozenset({"feminine", "masculine", "young", "old"}),
                 "risk": frozenset({"low", "medium", "high"})},
    ),
    Schema(
        name="inclusive",
        required={"id": str, "ground": str, "kind": str, "severity": str, "why": str, "suggestions": list,
                  "source": str},
        optional={"lemmas": list, "phrases": list, "conditions": dict, "note": str, "rule": str},
        choices={"ground": frozenset(GROUNDS), "kind": INCLUSIVE_KINDS, "severity": SEVERITIES,
                 "rule": INCLUSIVE_RULES},
    ),
    Schema(
        name="conditions",
        required={},
        optional={"pos": list, "compound": str, "exclude": list, "context": list, "unless": list,
                  "in_quotes": bool, "in_names": bool},
        choices={"compound": COMPOUND, "pos": UPOS},
    ),
    Schema(
        name="deponents",
        required={"lemma": str, "kind": str, "source": str},
        optional={"forms": list, "note": str, "passive_of": str, "passive_subjects": list},
        id_key="lemma",
        choices={"kind": frozenset({"deponent", "reciprocal", "middle"})},
    ),
    Schema(
        name="organisations",
        required={"id": str, "name": str, "source": str},
        optional={"variants": list, "place": str, "county": str, "domains": list, "third_person": bool,
                  "part_of": str},
    ),
    Schema(name="units", required={"id": str, "forms": list, "source": str}, optional={"suffix": bool}),
    Schema(name="roles", required={"id": str, "forms": list, "organisation": str, "source": str},
           optional={"suffix": bool}),
    Schema(
        name="patterns",
        required={"id": str, "kind": str, "regex": str, "source": str},
        optional={"contact": bool, "speaker": bool, "note": str},
        choices={"kind": frozenset(EVIDENCE_KINDS)},
    ),
    Schema(
        name="cues",
        required={"id": str, "kind": str, "where": str, "regex": str, "source": str},
        choices={"kind": frozenset({"source", "speaker", "voice", "former", "signature", "letter", "addressed",
                                    "contact_invite", "job_ad", "press_release", "web_page", "debate",
                                    "newsletter", "news", "greeting", "route"}),
                 "where": frozenset({"before", "after", "line", "head", "anywhere", "location"})},
    ),
)}
