"""Convert Eukalyptus (Språkbanken Text, CC BY-SA 4.0) to the UD annotation our pipeline learns.

Eukalyptus's tags are SUC-derived but coarser than SUC (read ``../shared/ud/Eukalyptus/README.md``):
pronouns and determiners share ``PO``, participles are adjectives (``AJ``), the infinitive
marker and *som* are ``SU``, and the s-form ``SFO`` covers passives and deponents alike.
So the conversion is:

* open classes by rule from the full tag: ``NN``/``EN``/``VB``/``AJ``/``NU``/``SY``/``IJ``
  (genitive and abbreviation from column 5); ``VB.*.SFO`` is ``Voice=Pass`` unless the
  lemma is a deponent by the same lexicon the ``passive_voice`` rule uses
  (:func:`klarsprak.rules.passive.deponents`); *vara, kunna, skola …* are AUX, and *ha, få,
  vilja, komma, bli* are AUX when they head a verb chain (``IV``; *bli* + a past participle);
  an adjective whose lemma is a verb's participle (*stängd* ← *stänga*, *ökande* ← *öka*)
  gets ``VerbForm=Part`` and ``Tense`` as Talbanken gives participles;
* closed classes (``PO``, ``AB``, ``SU``, ``KO``, ``PE``, …) by form, from the UD v2 gold of
  the training split (:class:`ClosedClassReference`: Talbanken first), narrowed by the Eukalyptus
  relation (a ``PO`` that is ``DT`` is a determiner or possessive); a pronoun with no clear
  answer gets POS and morphology *missing*;
* lemmas: compound segmentation removed (``stöd|sida`` → ``stödsida``; a hyphen the form has
  is kept), punctuation and digits lemmatized to themselves, closed-class lemmas from the reference;
* heads and labels are left missing (the trees are not UD); sentences keep their order and
  each ``# subcorpus`` is one document.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable

from klarsprak.rules.passive import deponents

from .conllu import Sentence, Token, parse_feats, ud_dir
from .harmonise import MISSING
from .uner import NO_SPACE_AFTER, NO_SPACE_BEFORE

GENRES = ("blogg", "europarl", "nyhetstext", "romaner", "wikipedia")
HELDOUT_EVERY = 10  # every tenth block of BLOCK_SENTENCES sentences of each genre is held out
BLOCK_SENTENCES = 20

# SUC base tag (UD XPOS) -> the Eukalyptus coarse tag it falls under
SUC_TO_EUK = {"NN": "NN", "PM": "EN", "VB": "VB", "JJ": "AJ", "PC": "AJ", "RO": "AJ", "RG": "NU", "AB": "AB",
              "HA": "AB", "PL": "AB", "PP": "PE", "KN": "KO", "SN": "SU", "IE": "SU", "HP": "SU", "PN": "PO",
              "DT": "PO", "HD": "PO", "HS": "PO", "PS": "PO", "MAD": "SY", "MID": "SY", "PAD": "SY", "IN": "IJ",
              "UO": "UO"}
CLOSED = frozenset({"PO", "AB", "SU", "KO", "PE", "NU", "IJ"})
ALLOWED_UPOS = {"PO": {"PRON", "DET"}, "AB": {"ADV", "PART", "SCONJ", "ADP"}, "SU": {"SCONJ", "PART", "PRON"},
                "KO": {"CCONJ", "SCONJ"}, "PE": {"ADP"}, "NU": {"NUM"}, "IJ": {"INTJ"}, "AJ": {"ADJ"}}
AUX_ALWAYS = frozenset({"vara", "kunna", "skola", "måste", "böra", "må", "torde", "lär"})
AUX_IN_CHAIN = frozenset({"ha", "få", "vilja", "komma"})
GENDER = {"UTR": "Com", "NEU": "Neut"}
NUMBER = {"SIN": "Sing", "PLU": "Plur"}
DEFINITE = {"IND": "Ind", "DEF": "Def"}
DEGREE = {"POS": "Pos", "KOM": "Cmp", "SUV": "Sup"}
MOOD_FORM = {"IND": {"Mood": "Ind", "VerbForm": "Fin"}, "IMP": {"Mood": "Imp", "VerbForm": "Fin"},
             "KON": {"Mood": "Sub", "VerbForm": "Fin"}, "INF": {"VerbForm": "Inf"}, "SPM": {"VerbForm": "Sup"}}
TENSE = {"PRS": "Pres", "PRT": "Past"}
# Eukalyptus lemmas that Talbanken writes differently (*mer* → *mycket*, *fler* → *många*)
LEMMA_CONVENTIONS = {"mycken": "mycket", "mången": "många"}


def _key(feats: dict[str, str]) -> str:
    return "|".join(f"{k}={v}" for k, v in sorted(feats.items(), key=lambda kv: kv[0].lower())) or "_"


@dataclass
class ClosedClassReference:
    """(lower form, Eukalyptus coarse tag) → counts of (UPOS, FEATS, lemma) in UD v2 gold sentences.

    Built from Talbanken first and PUD second (:meth:`add` with ``primary=False`` only fills forms
    Talbanken does not have), so Talbanken's conventions win.
    """

    counts: dict[tuple[str, str], Counter] = field(default_factory=lambda: defaultdict(Counter))

    def add(self, sentences: Iterable[Sentence], primary: bool = True) -> None:
        seen = set(self.counts)
        for sent in sentences:
            for tok in sent.tokens:
                coarse = SUC_TO_EUK.get(tok.xpos.split("|")[0])
                key = (tok.form.lower(), coarse or "")
                if coarse is None or (not primary and key in seen):
                    continue
                feats = {k: v for k, v in tok.feats.items() if k not in ("Foreign", "ExtPos")}
                self.counts[key][(tok.upos, _key(feats), tok.lemma)] += 1

    def pick(self, form: str, coarse: str, allowed: set[str], min_count: int = 2, min_share: float = 0.75,
             determiner: bool | None = None) -> tuple[str, str, str] | None:
        """The clear majority analysis among ``allowed`` UPOS, or None. ``determiner`` narrows a
        pronoun/determiner: True keeps DET and possessives, False keeps the other pronouns."""
        counter = Counter({k: n for k, n in self.counts.get((form.lower(), coarse), Counter()).items()
                           if k[0] in allowed and (determiner is None
                                                   or determiner == (k[0] == "DET" or "Poss=Yes" in k[1]))})
        if not counter:
            return None
        value, n = counter.most_common(1)[0]
        return value if n >= min_count and n / sum(counter.values()) >= min_share else None


def read_eukalyptus(path: str | Path) -> list[Sentence]:
    """Sentences of one genre file as read: coarse tag in ``upos``, full tag (column 6) in ``xpos``,
    column 5 (``GEN``, ``FKN`` …) in ``misc["extra"]``; ids renumbered from 1; ``# newdoc id`` at
    each subcorpus (document)."""
    out: list[Sentence] = []
    meta: dict[str, str] = {}
    rows: list[list[str]] = []
    last_doc = None

    def flush() -> None:
        nonlocal last_doc
        if not rows:
            return
        # ids are 1001, 1002 … with inserted tokens (1008a) and sometimes a sentence prefix
        position = {r[0].rsplit(".", 1)[-1]: n + 1 for n, r in enumerate(rows)}
        tokens = [Token(id=n + 1, form=r[1], lemma=r[2], upos=r[3], xpos=r[5], feats={},
                        head=position.get(r[6].rsplit(".", 1)[-1], 0), deprel=r[7], misc={"extra": r[4]})
                  for n, r in enumerate(rows)]
        if meta.get("subcorpus") != last_doc:
            meta["newdoc id"] = last_doc = meta.get("subcorpus", "")
        out.append(Sentence(tokens, dict(meta)))

    with open(path, encoding="utf-8") as fh:
        for raw in fh:
            line = raw.rstrip("\n")
            if not line.strip():
                flush()
                meta, rows = {}, []
            elif line.startswith("#"):
                key, sep, value = line[1:].partition("=")
                if sep:
                    meta[key.strip()] = value.strip()
            else:
                rows.append((line.split("\t") + [""] * 10)[:10])
    flush()
    return out


def clean_lemma(lemma: str, form: str) -> str:
    """Remove compound segmentation (``nät|aktivist``, ``choklad<kalender`` → ``nätaktivist``,
    ``chokladkalender``), keeping a hyphen the form has (``trots|period``, *trots-perioden* → ``trots-period``)."""
    lemma = lemma.replace("<", "|")
    if "|" not in lemma:
        return lemma
    parts = lemma.split("|")
    out = parts[0]
    for part in parts[1:]:
        out += "-" + part if form.lower().startswith(out.lower() + "-") else part
    return out


def verb_lemmas(sentences: Iterable[Sentence]) -> frozenset[str]:
    """Lemmas (last compound part) of every verb in ``sentences``: to recognise participles."""
    return frozenset(t.lemma.split("|")[-1].lower() for s in sentences for t in s.tokens if t.upos == "VB")


def participle_tense(lemma: str, verbs: frozenset[str]) -> str | None:
    """``Past``/``Pres`` when an adjective lemma is a verb's participle (*stängd*, *godkänd*, *placerad*,
    *skriven*, *ökande*)."""
    last = lemma.split("|")[-1].lower()
    if len(last) < 5:
        return None
    if last.endswith(("ande", "ende")) and (last[:-4] + "a" in verbs or last[:-3] in verbs):
        return "Pres"
    stems = []
    if last.endswith("ad"):
        stems.append(last[:-1])
    if last.endswith(("d", "t")):
        stems += [last[:-1] + "a", last[:-1] + last[-2] + "a"]  # stängd ← stänga, godkänd ← godkänna
    if last.endswith("en"):
        stems.append(last[:-2] + "a")
    return "Past" if any(s in verbs for s in stems) else None


class Converter:
    """Converts Eukalyptus sentences to UD UPOS, features and lemmas (heads left missing)."""

    def __init__(self, ref: ClosedClassReference, verbs: frozenset[str]) -> None:
        self.ref, self.verbs = ref, verbs

    def sentence(self, sent: Sentence) -> Sentence:
        raw = [(t.upos, t.xpos, t.misc.get("extra", "")) for t in sent.tokens]
        children: dict[int, list[int]] = defaultdict(list)
        for i, t in enumerate(sent.tokens):
            if t.head > 0:
                children[t.head - 1].append(i)
        analyses = [self.token(sent, i, raw, children) for i in range(len(sent.tokens))]
        self._plural_definiteness(sent, raw, analyses)
        tokens: list[Token] = []
        for tok, (upos, feats, lemma) in zip(sent.tokens, analyses):
            whole = " " not in tok.form  # *i går*: parts without annotation
            for part in tok.form.split(" "):
                tokens.append(Token(id=len(tokens) + 1, form=part, lemma=lemma if whole else "_",
                                    upos=upos if whole else "", xpos=tok.xpos,
                                    feats=dict(feats) if whole else {}, head=1, deprel=MISSING))
        _spacing(tokens)
        return Sentence(tokens, dict(sent.meta))

    def token(self, sent: Sentence, i: int, raw, children) -> tuple[str, dict[str, str], str]:  # type: ignore[no-untyped-def]
        """(UPOS, features, lemma) of token ``i``; UPOS ``""`` means missing."""
        tok = sent.tokens[i]
        coarse, tag, extra = raw[i]
        parts = tag.split(".")
        lemma = clean_lemma(tok.lemma, tok.form) if tok.lemma not in ("_", "") else "_"
        lemma = LEMMA_CONVENTIONS.get(lemma, lemma)
        gen = "GEN" in extra.split(".")
        if "FKN" in extra.split("."):
            upos = {"NN": "NOUN", "AB": "ADV", "EN": "PROPN", "AJ": "ADJ", "PE": "ADP", "KO": "CCONJ"}.get(coarse, "")
            return upos, {"Abbr": "Yes"} if upos else {}, lemma
        if "ESM" in extra.split("."):
            return "", {}, lemma  # first part of a split compound (*förskole- och skolbarn*)
        if coarse == "SY":
            return ("SYM" if parts[-1] == "SYM" else "PUNCT"), {}, tok.form
        if coarse == "NU" and any(c.isdigit() for c in tok.form):
            return "NUM", {"Case": "Nom", "NumType": "Card"}, tok.form
        if coarse == "NN":
            return (*self._noun(parts, gen), lemma)
        if coarse == "EN":
            return "PROPN", {"Case": "Gen" if gen else "Nom"}, lemma
        if coarse == "VB":
            return self._verb(sent, i, raw, children, parts, lemma)
        if coarse in ("AJ", "PO") and self._adverbial(sent, i, raw, parts):
            hit = self.ref.pick(tok.form, "AB", {"ADV"}, min_count=1)
            if hit:
                return hit[0], parse_feats(hit[1]), hit[2]
            if coarse == "AJ":  # *helt*, *särskilt*: Talbanken's adverb, lemma = form
                return "ADV", {"Degree": DEGREE[parts[1]]}, tok.form.lower()
        if coarse == "AJ":
            hit = self.ref.pick(tok.form, "AJ", ALLOWED_UPOS["AJ"], min_count=3, min_share=0.9)
            if hit:
                return hit[0], parse_feats(hit[1]), hit[2]
            return self._adjective(parts, gen, lemma)
        if coarse in CLOSED:
            return self._closed(sent, i, raw, coarse, parts, lemma)
        return "", {}, lemma  # UO (foreign words: UD tags them by function), unknown tags

    @staticmethod
    def _adverbial(sent: Sentence, i: int, raw, parts: list[str]) -> bool:  # type: ignore[no-untyped-def]
        """An adjective (neuter, comparative or superlative) or pronoun used as an adverb: a modifier
        (``MD``) of a verb, adjective or adverb (*helt otroligt*, *arbetar snabbt*, *allt mer*)."""
        tok = sent.tokens[i]
        if tok.deprel != "MD" or tok.head == 0 or raw[tok.head - 1][0] not in ("VB", "AJ", "AB"):
            return False
        if raw[i][0] == "PO":
            return True
        return len(parts) > 4 and parts[1] in DEGREE and (parts[1] != "POS" or parts[4] == "NEU")

    @staticmethod
    def _noun(parts: list[str], gen: bool) -> tuple[str, dict[str, str]]:
        if len(parts) != 4 or parts[1] not in GENDER or parts[2] not in NUMBER or parts[3] not in DEFINITE:
            return "", {}
        return "NOUN", {"Case": "Gen" if gen else "Nom", "Gender": GENDER[parts[1]], "Number": NUMBER[parts[2]],
                        "Definite": DEFINITE[parts[3]]}

    def _adjective(self, parts: list[str], gen: bool, lemma: str) -> tuple[str, dict[str, str], str]:
        # AJ.<degree>.<number>.<definiteness>.<gender>.-
        if len(parts) < 5 or parts[1] not in DEGREE:
            return "", {}, lemma
        degree, number, definite, gender = parts[1], parts[2], parts[3], parts[4]
        feats = {"Case": "Gen" if gen else "Nom", "Degree": DEGREE[degree]}
        tense = participle_tense(lemma, self.verbs) if degree == "POS" else None
        if tense == "Pres":
            return "ADJ", {**feats, "Tense": "Pres", "VerbForm": "Part"}, lemma
        if degree == "KOM":
            pass
        elif degree == "SUV":
            if definite not in DEFINITE:
                return "", {}, lemma
            feats["Definite"] = DEFINITE[definite]
        elif gender == "MAS":
            return "", {}, lemma
        elif definite == "DEF":
            feats["Definite"] = "Def"
        elif definite == "IND" and number == "SIN" and gender in GENDER:
            feats.update(Definite="Ind", Gender=GENDER[gender], Number="Sing")
        elif definite == "IND/DEF" and number == "PLU":
            feats["Definite"] = "IND/DEF"  # decided from the noun (_plural_definiteness)
        else:
            return "", {}, lemma
        if tense == "Past":
            feats.update(Tense="Past", VerbForm="Part")
        return "ADJ", feats, lemma

    def _verb(self, sent: Sentence, i: int, raw, children, parts: list[str], lemma: str):  # type: ignore[no-untyped-def]
        tok = sent.tokens[i]
        if len(parts) < 3 or parts[1] not in MOOD_FORM:
            return "", {}, lemma
        feats = dict(MOOD_FORM[parts[1]])
        if len(parts) > 3 and parts[3] in TENSE:
            feats["Tense"] = TENSE[parts[3]]
        feats["Voice"] = "Pass" if parts[2] == "SFO" else "Act"
        if parts[2] == "SFO":
            if lemma.endswith("s") and lemma not in deponents().lemmas and lemma[:-1] in self.verbs:
                lemma = lemma[:-1]  # *krävs* → *krävas*: Talbanken's passive of *kräva*
            if deponents().by_lemma(lemma, tok.form.lower()):
                del feats["Voice"]
                lemma = lemma if lemma.endswith("s") else lemma + "s"  # *tycks* → *tyckas*, as Talbanken
        upos = "AUX" if self._is_aux(sent, i, raw, children, lemma) else "VERB"
        return upos, feats, lemma

    def _is_aux(self, sent: Sentence, i: int, raw, children, lemma: str) -> bool:  # type: ignore[no-untyped-def]
        base = lemma.lower()
        if base in AUX_ALWAYS:
            return True
        if base not in AUX_IN_CHAIN and base != "bli":
            return False

        def verbal(j: int) -> bool:
            if raw[j][0] == "KO":
                return any(verbal(k) for k in children.get(j, []) if sent.tokens[k].deprel == "KL")
            if base == "bli":
                return raw[j][0] == "AJ" and participle_tense(sent.tokens[j].lemma, self.verbs) == "Past"
            if raw[j][0] == "SU" and sent.tokens[j].form.lower() == "att":
                return base == "komma"
            return raw[j][0] == "VB"

        rels = ("SP", "IV") if base == "bli" else ("IV",)
        return any(sent.tokens[j].deprel in rels and verbal(j) for j in children.get(i, []))

    def _closed(self, sent: Sentence, i: int, raw, coarse: str, parts: list[str], lemma: str):  # type: ignore[no-untyped-def]
        tok = sent.tokens[i]
        form = tok.form.lower()
        allowed = ALLOWED_UPOS[coarse]
        if coarse == "SU" and form == "att":
            nxt = next((j for j in range(i + 1, min(i + 4, len(raw))) if raw[j][0] != "AB"), None)
            infinitive = nxt is not None and raw[nxt][1].startswith("VB.INF")
            return ("PART", {}, "att") if infinitive else ("SCONJ", {}, "att")
        if coarse == "SU" and form == "som":
            return "", {}, "som"  # relative pronoun, subordinator or preposition: Talbanken decides
        po = coarse == "PO"  # a pronoun that is DT is a determiner or a possessive
        hit = self.ref.pick(tok.form, coarse, allowed, min_count=1 if po else 2,
                            determiner=tok.deprel == "DT" if po else None)
        if hit is None and coarse == "SU":  # *där*, *då* …: adverbs in Talbanken
            hit = self.ref.pick(tok.form, "AB", {"ADV"})
        if hit:
            return hit[0], parse_feats(hit[1]), hit[2]
        if coarse == "AB":
            feats = {"Degree": DEGREE[parts[1]]} if len(parts) > 1 and parts[1] in DEGREE else {}
            return ("ADV", feats, lemma) if parts[-1] != "FRL" else ("", {}, lemma)
        upos, feats = {"PE": ("ADP", {}), "KO": ("CCONJ", {}), "IJ": ("INTJ", {}), "SU": ("SCONJ", {}),
                       "NU": ("NUM", {"Case": "Nom", "NumType": "Card"})}.get(coarse, ("", {}))
        return upos, feats, lemma

    @staticmethod
    def _plural_definiteness(sent: Sentence, raw, analyses) -> None:  # type: ignore[no-untyped-def]
        """Plural ``IND/DEF`` adjectives: weak (``Definite=Def``) when their noun is definite or has a
        definite or possessive determiner (*de stora husen*, *mina gamla böcker*), else ``Ind|Plur``."""
        for i, (upos, feats, lemma) in enumerate(analyses):
            if feats.get("Definite") != "IND/DEF":
                continue
            head = sent.tokens[i].head - 1
            definite = False
            if head >= 0 and raw[head][0] == "NN":
                definite = raw[head][1].endswith(".DEF") or any(
                    sent.tokens[j].head - 1 == head and raw[j][0] == "PO" and ".DEF." in raw[j][1]
                    for j in range(len(raw)))
            if definite:
                feats["Definite"] = "Def"
            else:
                feats.update(Definite="Ind", Number="Plur")


def _spacing(tokens: list[Token]) -> None:
    """``SpaceAfter=No`` before closing punctuation and after opening brackets (Eukalyptus has no raw text)."""
    for tok, nxt in zip(tokens, tokens[1:]):
        if (len(nxt.form) == 1 and nxt.form in NO_SPACE_BEFORE) or tok.form in NO_SPACE_AFTER:
            tok.misc["SpaceAfter"] = "No"


def blocks(sentences: list[Sentence], size: int = BLOCK_SENTENCES) -> list[list[Sentence]]:
    """Consecutive blocks of ``size`` sentences that never cross a document (subcorpus) boundary."""
    out: list[list[Sentence]] = []
    for sent in sentences:
        if "newdoc id" in sent.meta or not out or len(out[-1]) >= size:
            out.append([])
        out[-1].append(sent)
    return out


def is_heldout(block_index: int) -> bool:
    """The fixed held-out rule: every tenth block of each genre (index 9, 19, …)."""
    return block_index % HELDOUT_EVERY == HELDOUT_EVERY - 1


def load(ref: ClosedClassReference, ud: Path | None = None) -> dict[str, tuple[list[list[Sentence]], list[list[Sentence]]]]:
    """Genre → (training blocks, held-out blocks), converted to UD; empty when Eukalyptus is absent."""
    folder = (ud or ud_dir()) / "Eukalyptus"
    files = {g: folder / f"eukalyptus_{g}.conllu" for g in GENRES}
    if not all(f.is_file() for f in files.values()):
        return {}
    raw = {g: read_eukalyptus(f) for g, f in files.items()}
    conv = Converter(ref, verb_lemmas(s for sents in raw.values() for s in sents))
    out: dict[str, tuple[list[list[Sentence]], list[list[Sentence]]]] = {}
    for genre, sents in raw.items():
        train: list[list[Sentence]] = []
        held: list[list[Sentence]] = []
        for k, block in enumerate(blocks(sents)):
            (held if is_heldout(k) else train).append([conv.sentence(s) for s in block])
        out[genre] = (train, held)
    return out
