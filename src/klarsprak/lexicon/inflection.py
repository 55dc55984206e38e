"""Inflecting a suggested replacement like the word it replaces ("erhöll" → "fick", "åtgärder").

Irregular verbs come from ``lexicons/plain/paradigms.yaml``; regular forms are generated and kept
only when Swedish text attests them (wordfreq's Swedish list, :data:`MIN_ZIPF`), so a made-up form
("samarbeter", "bestämms") is never offered: :func:`inflected` says None, and the rule offers the
base form as advice instead.
"""

from __future__ import annotations

from functools import cache, lru_cache
from typing import Iterable

from ..frequency import zipf
from .loader import lexicon_file
from .morphology import MIN_PREFIX, VOWELS

#: Verb slots, by the model's morphology (see :func:`verb_slot`).
VERB_SLOTS = ("inf", "pres", "past", "supine", "imp", "pres_s", "past_s", "supine_s")
#: A generated form is used only when Swedish text has it at least this often (Zipf scale).
MIN_ZIPF = 2.0
#: The floor for a compound of a listed irregular verb (tydliggjorde): its form is certain once the
#: compound is, so it needs only to occur at all.
MIN_ZIPF_COMPOUND = 1.0
#: The morphology of an adjective's neuter singular, which is also its adverb ("tydligt").
NEUTER = "Case=Nom|Definite=Ind|Degree=Pos|Gender=Neut|Number=Sing"
#: How much more often (in Zipf units) Swedish text may use a verb's active form than its passive in the same
#: slot for the passive still to be offered ("började" 2.9 above "börjades", "får" 3.0 above "fås": seldom
#: passive; "ökade" 2.2 above "ökades", "gjorde" 1.3 above "gjordes": in use).
PASSIVE_GAP = 2.3


def cased(suggestion: str, written: str) -> str:
    """``suggestion`` capitalised as ``written``, the words it replaces, is (T.ex. → Till exempel)."""
    return suggestion[:1].upper() + suggestion[1:] if written[:1].isupper() else suggestion


@cache
def paradigms() -> dict[str, dict[str, tuple[str, ...]]]:
    """Irregular verbs by lemma: slot → forms, from ``lexicons/plain/paradigms.yaml``."""
    return {e["id"]: {slot: tuple(e[slot]) for slot in VERB_SLOTS if e.get(slot)}
            for e in lexicon_file("plain", "paradigms.yaml").entries}


@cache
def finite_forms() -> frozenset[str]:
    """The listed present and past forms that are not also an infinitive (ska, bör, fick)."""
    table = paradigms()
    infinitives = {f for p in table.values() for f in p.get("inf", ())}
    return frozenset(f for p in table.values() for slot in ("pres", "past") for f in p.get(slot, ())
                     if f not in infinitives)


def forms_of(lemma: str) -> frozenset[str]:
    """Every listed form of an irregular verb (bli → bli, bliva, blir, blev, blivit, blitt)."""
    return frozenset(f for forms in paradigms().get(lemma, {}).values() for f in forms)


def _features(morph: str) -> dict[str, str]:
    return dict(f.split("=", 1) for f in morph.split("|") if "=" in f)


def verb_slot(morph: str) -> str | None:
    """The verb slot of a token with morphology ``morph`` (``Tense=Past|VerbForm=Fin|Voice=Pass`` → past_s)."""
    feats = _features(morph)
    form, tense = feats.get("VerbForm"), feats.get("Tense")
    if feats.get("Mood") == "Imp":
        return "imp"
    slot = {"Inf": "inf", "Sup": "supine"}.get(form or "") or (
        {"Pres": "pres", "Past": "past"}.get(tense or "") if form == "Fin" else None)
    if slot is None:
        return None
    return slot + "_s" if feats.get("Voice") == "Pass" and slot != "imp" else slot


def _commonest(candidates: Iterable[str], floor: float = MIN_ZIPF) -> str | None:
    """The candidate Swedish text has most often, if it has it at least ``floor`` often."""
    scored = [(zipf(c), c) for c in dict.fromkeys(c for c in candidates if c)]
    best = max(scored, default=(0.0, ""))
    return best[1] if best[0] >= floor else None


def attested(form: str) -> bool:
    """True if Swedish text has ``form`` at least :data:`MIN_ZIPF` often."""
    return _commonest([form]) is not None


def verb_form(lemma: str, slot: str) -> str | None:
    """``lemma`` in ``slot``, or None when no attested form fits, so that no made-up form
    ("samarbeter", "bestämms") is ever offered: the passive infinitive (``inf_s``) from the
    infinitive; an s-verb given in -s that is no listed deponent (förvärras, trappas upp) in the s-form of
    the slot (förvärrades for an active past); listed for an irregular verb (a passive only if it ends in
    -s and Swedish text has it); for a compound of a listed verb (ange: an+ge, anta: an+ta) its form when
    Swedish text has that past tense more often than the regular one (angav, antog; but bevarade, not
    "bevar"); else the regular form (:func:`_regular`)."""
    if slot == "inf":  # a compound of a listed verb keeps its modern infinitive (anta, not "antaga")
        return lemma
    table = paradigms()
    if lemma.endswith("as") and lemma not in table and slot != "imp":
        return verb_form(lemma[:-1], slot.removesuffix("_s") + "_s")  # förvärras: förvärrades, förvärrats
    if slot == "inf_s":  # the passive infinitive is the infinitive plus -s (visas, tas), if attested
        infinitive = verb_form(lemma, "inf")
        return _commonest([infinitive + "s"]) if infinitive else None
    if lemma in table:
        listed = table[lemma].get(slot, (None,))
        if slot.endswith("_s"):  # a passive ends in -s and must be in use: not "fick", not "fåtts" for få
            return _commonest(f for f in listed if f and f.endswith("s"))
        return listed[0]
    regular = _regular(lemma)
    base = next((b for b in sorted(table, key=len, reverse=True)  # ersätta is er+sätta, not ersät+ta
                 if lemma.endswith(b) and len(lemma) - len(b) >= MIN_PREFIX), None)
    if base is not None:
        prefix = lemma[: len(lemma) - len(base)]

        def full(forms: tuple[str, ...]) -> str:  # a compound takes the full form: ålade, not åla
            return prefix + next((f for f in forms if len(f) > 2), forms[0])

        past = full(table[base].get("past", ("",)))
        if zipf(past) > max(MIN_ZIPF_COMPOUND, zipf(regular.get("past", ""))):
            return _commonest([full(table[base][slot])], MIN_ZIPF_COMPOUND) if slot in table[base] else None
    return regular.get(slot)


def _attested(candidates: dict[str, list[str]]) -> dict[str, str]:
    """Each slot's commonest attested candidate; a slot with none is left out."""
    chosen = {slot: _commonest(forms) for slot, forms in candidates.items()}
    return {slot: form for slot, form in chosen.items() if form}


@lru_cache(maxsize=4096)
def _regular(lemma: str) -> dict[str, str]:
    """The attested forms of a regular verb, slot → form (the infinitive always).

    The conjugation is read from the past tense and the supine together, the better attested pair
    of "-ade"/"-at" (samarbetade, samarbetat: 1st) and "-de"/"-te" with "-t" after the stem
    (bestämde, bestämt: 2nd), so a noun that looks like one form ("samarbete", "kontakter") cannot
    decide it; a lemma without a final -a is short (bo, tro: 3rd). A double consonant may be
    simplified (bestämma: bestämde, bestäms; känna: kände, känns), and a form is used only when
    Swedish text has it (wordfreq, :data:`MIN_ZIPF`). A verb with no attested past is left alone."""
    def best(forms: list[str]) -> float:
        return max((zipf(f) for f in forms if f), default=0.0)

    if not lemma.endswith("a"):
        if zipf(lemma + "dde") < MIN_ZIPF:
            return {"inf": lemma}
        return {"inf": lemma, **_attested({
            "pres": [lemma + "r"], "past": [lemma + "dde"], "supine": [lemma + "tt"], "imp": [lemma],
            "pres_s": [lemma + "s"], "past_s": [lemma + "ddes"], "supine_s": [lemma + "tts"]})}
    stem = lemma[:-1]
    short = stem[:-1] if len(stem) > 2 and stem[-1] == stem[-2] and stem[-1] not in VOWELS else stem
    past2 = [s + e for s in dict.fromkeys((stem, short)) for e in ("de", "te")]
    supine2 = [short + "t", stem + "t"]
    if stem[-1:] == "d":
        past2.append(stem + "e")  # använde
        supine2 += [stem[:-1] + "t", stem[:-1] + "tt"]  # använt, utrett
    if stem[-1:] == "t":
        past2.append(stem + "e")  # mötte
        supine2.append(stem)  # mött
    first = min(best([lemma + "de"]), best([lemma + "t"]))
    second = min(best(past2), best(supine2))
    if max(first, second) < MIN_ZIPF:
        return {"inf": lemma}
    if first >= second:
        candidates = {"pres": [lemma + "r"], "past": [lemma + "de"], "supine": [lemma + "t"], "imp": [lemma],
                      "pres_s": [lemma + "s"], "past_s": [lemma + "des"], "supine_s": [lemma + "ts"]}
    else:
        candidates = {
            "pres": [stem] if stem.endswith("r") else [stem + "er"],
            "past": past2, "supine": supine2, "imp": [stem, short],
            "pres_s": [stem + "es"] if stem.endswith("s") else [stem + "s", short + "s"],
            "past_s": [f + "s" for f in past2], "supine_s": [f + "s" for f in supine2]}
    return {"inf": lemma, **_attested(candidates)}


def noun_form(lemma: str, morph: str) -> str | None:
    """``lemma`` with the number and definiteness of a noun with morphology ``morph`` (åtgärder,
    insatsen, barnet, programmet), or None when Swedish text attests no such form.

    The noun's gender (:func:`is_neuter`) decides the endings: a neuter takes -et/-t in the definite singular
    (barnet, not the plural "barnen") and an unchanged plural after a consonant (år, åren; not "åror", the
    plural of åra) or -n after a vowel (möten, not the verb "mötar"); a common noun takes -en/-n and a plural in
    -ar, -er, -or or -r, or none if it names an agent (lärare, politiker). A final m or n after a short vowel may
    double (programmet, mannen). A plural is a pair, indefinite and definite, both attested (möjligheter,
    möjligheterna; ledamöter, länder), so no verb form or singular that looks like one passes ("beslutar")."""
    feats = _features(morph)
    plural, definite = feats.get("Number") == "Plur", feats.get("Definite") == "Def"
    if not plural and not definite:
        return lemma
    neuter = is_neuter(lemma)
    if not plural:
        return _commonest(definite_singulars(lemma, neuter))
    pairs = _neuter_plurals(lemma) if neuter else _common_plurals(lemma)
    best = max(pairs, key=_pair_score, default=None)
    if best is None or _pair_score(best) < MIN_ZIPF:
        return None
    return best[1] if definite else best[0]


#: A noun is neuter when its neuter definite form is attested and at most this much rarer (Zipf) than
#: the common one, which for a neuter is its definite plural (barnet 4.8, barnen 5.1; Manet 3.0, mannen 5.0).
NEUTER_MARGIN = 1.0


@lru_cache(maxsize=4096)
def is_neuter(lemma: str) -> bool:
    """True if ``lemma`` is a neuter noun, read from its attested definite forms (see :data:`NEUTER_MARGIN`);
    a noun in -a never is (frågat is a verb), and a form in -et that is commoner as the definite of a
    noun in -e counts for nothing (värd: "värdet" is värde's)."""
    if lemma.endswith("a") or not lemma:
        return False
    def own(form: str) -> float:  # "värdet" is the definite of värde, not of värd
        other = form[:-1] if form.endswith("et") and lemma[-1:] not in VOWELS else ""
        score = zipf(form)
        return score if not other or zipf(other) < score else 0.0

    neuter = max((own(f) for f in definite_singulars(lemma, True)), default=0.0)
    common = max((zipf(f) for f in definite_singulars(lemma, False)), default=0.0)
    return neuter >= MIN_ZIPF and neuter >= common - NEUTER_MARGIN


def definite_singulars(lemma: str, neuter: bool) -> list[str]:
    """The candidate definite singulars: -t/-n after a vowel (partiet, idén), -et/-en after a consonant,
    with the final consonant doubled (programmet, mannen), for -el, -er, -en the e dropped (regeln,
    exemplet, numret) and for a neuter in -um its -um (museet)."""
    if lemma[-1:] in VOWELS or lemma.endswith("é"):
        return [lemma + "t", lemma + "et"] if neuter else [lemma + "n"]
    ending = "et" if neuter else "en"
    forms = [lemma + ending]
    if _doubles(lemma):
        forms.append(lemma + lemma[-1] + ending)
    if lemma[-2:] in ("el", "er", "en"):
        forms += [s + "et" for s in syncopated(lemma)] if neuter else [lemma + "n"]  # regeln: not "regelen"
    if neuter and lemma.endswith("um"):
        forms.append(lemma[:-2] + "et")
    return forms


def _doubles(lemma: str) -> bool:
    """True if ``lemma``'s final m or n after a vowel may double before an ending (program, man, medlem)."""
    return lemma[-1:] in ("m", "n") and lemma[-2:-1] in VOWELS


def syncopated(lemma: str) -> list[str]:
    """``lemma`` in -el, -er, -en without its e (exempel: exempl; nummer: nummr, numr); none for another lemma."""
    if lemma[-2:] not in ("el", "er", "en") or len(lemma) < 5:
        return []
    stem = lemma[:-2] + lemma[-1]
    return [stem] + ([stem[:-2] + stem[-1]] if stem[-2] == stem[-3] else [])


def _pair_score(pair: tuple[str, str]) -> float:
    return min(zipf(pair[0]), zipf(pair[1]))


def _neuter_plurals(lemma: str) -> list[tuple[str, str]]:
    """A neuter's plural pairs: -n after a vowel (möten, mötena) or -er (partier); after a consonant
    unchanged (år, åren; programmen; exemplen) or -er with a changed vowel (länder) or for -um (museer)."""
    if lemma[-1] in VOWELS:
        return [(lemma + "n", lemma + "na"), (lemma + "er", lemma + "erna")]
    pairs = [(lemma, lemma + "en")] + [(lemma, s + "en") for s in syncopated(lemma)]
    if _doubles(lemma):
        pairs.append((lemma, lemma + lemma[-1] + "en"))
    if lemma.endswith("um"):
        pairs.append((lemma[:-2] + "er", lemma[:-2] + "erna"))
    return pairs + [(s + "er", s + "erna") for s in [_umlauted(lemma)] if s]


def _common_plurals(lemma: str) -> list[tuple[str, str]]:
    """A common noun's plural pairs: -ar, -er, -or, -r (with the e of -el, -er, -en dropped: regler; a
    changed vowel: ledamöter, händer), or unchanged for a noun of agent in -are, -er, -ande, -ende
    (lärare, lärarna; politiker, politikerna)."""
    stem = lemma[:-1] if lemma[-1:] in "ae" else lemma
    stems = [stem] + ([lemma[:-2] + lemma[-1]] if lemma[-2:] in ("el", "er", "en") else [])  # regel: regler
    stems += [lemma + lemma[-1]] if _doubles(lemma) else []  # medlemmar, vänner
    pairs = [(s + e, s + e + "na") for s in stems for e in ("ar", "er", "or")]
    pairs += [(s + "er", s + "erna") for s in map(_umlauted, stems) if s]
    pairs += [(lemma + "r", lemma + "rna")]
    if _pair_score(max(pairs, key=_pair_score)) >= MIN_ZIPF:
        return pairs
    if lemma.endswith("are"):
        return [(lemma, lemma[:-1] + "na")]
    return [(lemma, lemma + "na")] if lemma.endswith(("er", "ande", "ende")) else []


#: The vowel changes of plurals in -er (ledamot: ledamöter, hand: händer, land: länder).
UMLAUT = {"a": "ä", "o": "ö", "å": "ä"}


def _umlauted(stem: str) -> str | None:
    """``stem`` with its last vowel changed as in a plural (ledamot → ledamöt), or None when it has none to change."""
    i = max((stem.rfind(v) for v in VOWELS), default=-1)
    return stem[:i] + UMLAUT[stem[i]] + stem[i + 1:] if i >= 0 and stem[i] in UMLAUT else None


def adjective_form(lemma: str, morph: str) -> str | None:
    """``lemma`` as an adjective with morphology ``morph`` (nödvändigt; enklare, vanligaste, oftare: no -a of bra
    dropped), or None when Swedish text attests no such form. A word with no attested -a or -t form does not inflect
    (bra, alla, gratis) and stays as written; one in -t whose neuter adds no t keeps it (adekvat, vitt)."""
    feats = _features(morph)
    if feats.get("Degree") in ("Cmp", "Sup"):
        ending = "are" if feats["Degree"] == "Cmp" else "aste" if feats.get("Definite") == "Def" else "ast"
        stems = [lemma, *syncopated(lemma)] + ([lemma[:-1]] if lemma.endswith("a") and VOWELS & set(lemma[:-1]) else [])
        return _commonest(stem + ending for stem in stems)
    syncope = lemma[:-2] + lemma[-1] + "a" if lemma[-2:] in ("en", "el", "er") else ""
    weak = _commonest([lemma + "a", lemma + "e", syncope])
    neuter = _commonest([lemma + "t", lemma[:-1] + "t" if lemma.endswith("en") else ""])  # eget
    if weak is None and neuter is None:
        return lemma
    if neuter is None and lemma.endswith("t"):
        neuter = lemma  # "ett adekvat svar", "ett privat rum": a -t adjective without a doubled t keeps its form
    if feats.get("Number") == "Plur" or feats.get("Definite") == "Def":
        return weak
    return neuter if feats.get("Gender") == "Neut" else lemma


def present_participle(lemma: str) -> str | None:
    """The present participle of verb ``lemma`` (samarbeta: samarbetande; bo: boende), if attested."""
    return _commonest([lemma + "nde" if lemma.endswith("a") else lemma + "ende"])


def past_participles(lemma: str) -> tuple[str | None, str | None, str | None]:
    """The past participle of verb ``lemma`` as its common, neuter and weak forms (bestämd, bestämt,
    bestämda), each None when Swedish text does not attest it (få: fådd, fådda). The forms are read
    from the supine (each listed one: gett, givit → given, givet, givna) and the past tense, which
    must agree with it (bestämde, bestämt: second conjugation in -d; köpte, köpt: in -t; hade,
    haft: none), so no participle is made up for an irregular verb."""
    past = verb_form(lemma, "past") or ""
    supines = paradigms().get(lemma, {}).get("supine") or (verb_form(lemma, "supine"),)
    triples = [t for t in (_participle_forms(s, past) for s in supines if s) if t]
    return tuple(_commonest(t[slot] for t in triples) for slot in range(3))  # type: ignore[return-value]


def _participle_forms(supine: str, past: str) -> tuple[str, str, str] | None:
    """A past participle's common, neuter and weak forms from a supine and past tense that agree."""
    if supine.endswith("at"):  # samarbetat: samarbetad, samarbetat, samarbetade
        return supine[:-1] + "d", supine, supine[:-1] + "de"
    if supine.endswith("it"):  # skrivit: skriven, skrivet, skrivna
        return supine[:-2] + "en", supine[:-2] + "et", supine[:-2] + "na"
    if past.endswith("dde") and supine == past[:-3] + "tt":  # utredde, utrett: utredd, utrett, utredda
        return past[:-1], supine, past[:-1] + "a"
    if past.endswith("de") and supine == past[:-2] + "t":  # bestämde, bestämt: bestämd, bestämt, bestämda
        return past[:-1], supine, past[:-1] + "a"
    if past.endswith("te") and supine == past[:-1]:  # köpte, köpt: köpt, köpt, köpta
        return supine, supine, supine + "a"
    return None


def _in_passive_use(lemma: str, slot: str, form: str) -> bool:
    """True if Swedish text uses ``form``, the passive of ``lemma`` in ``slot``, within :data:`PASSIVE_GAP` of
    how often it uses the active form of the same slot: "startades", "gjordes", "ökades" are in use, but
    "börja", "få", "bli" and "ha" are seldom passive ("utbildningen börjades", "kan fås"), so "påbörjades"
    keeps another alternative ("startades") or becomes advice. A deponent in -as has no active to compare."""
    active = None if lemma.endswith("as") else verb_form(lemma, slot.removesuffix("_s"))
    return not active or zipf(active) - zipf(form) <= PASSIVE_GAP


def inflect(replacement: str, pos: str, morph: str) -> str:
    """``replacement`` in the form of the word it replaces, or as written when that cannot be done
    (see :func:`inflected`)."""
    return inflected(replacement, pos, morph) or replacement


def inflected(replacement: str, pos: str, morph: str) -> str | None:
    """``replacement`` (lemmas, first word the head) in the form of the word it replaces, or None
    when that form is needed but not attested.

    Only the first word is inflected ("ta emot" → "tog emot"): for a verb in a finite, infinitive,
    supine or imperative form, a noun or an adjective. A capitalised or finite head ("Ring oss",
    "ska") is returned as written; so is a head the model gives no form for.
    """
    head, _, rest = replacement.partition(" ")
    if not head.isalpha() or not head.islower() or head in finite_forms():
        return replacement
    feats = _features(morph)
    form: str | None
    if pos in ("VERB", "AUX"):
        slot = verb_slot(morph)
        if slot is None:
            return None if feats.get("VerbForm") == "Part" else replacement
        form = verb_form(head, slot)
        if form and slot.endswith("_s") and not _in_passive_use(head, slot, form):
            return None
    elif pos == "NOUN":
        form = noun_form(head, morph)
    elif pos == "ADJ" and not rest:
        form = adjective_form(head, morph)
    else:
        return replacement
    return f"{form} {rest}".strip() if form else None


def last_part(word: str, morph: str, cuts: Iterable[int], min_zipf: float = 0.0) -> tuple[str, str] | None:
    """The longest last part of ``word`` (starting at one of ``cuts``, in order; Zipf ``min_zipf`` or more) that
    the engine inflects as a noun to another form in ``morph``, and that form; None if none does. A compound
    inflects, and takes its gender, as its last part (talesperson: personen)."""
    for cut in cuts:
        part = word[cut:]
        if (not min_zipf or zipf(part) >= min_zipf) and (form := inflected(part, "NOUN", morph)) and form != part:
            return part, form
    return None
