"""The Eukalyptus → UD converter, on real lines of each genre (copied from ../shared/ud/Eukalyptus);
the whole-corpus checks skip when ../shared/ud is absent."""

from __future__ import annotations

from pathlib import Path

import pytest

from training.conllu import Sentence, Token, read_conllu, ud_dir
from training.eukalyptus import (
    GENRES,
    ClosedClassReference,
    Converter,
    blocks,
    clean_lemma,
    is_heldout,
    participle_tense,
    read_eukalyptus,
    verb_lemmas,
)
from training.harmonise import MISSING

NEWS = """\
# corpus = eukalyptus_nyhetstext
# subcorpus = Arbt_Fackfientlig
# sent_id = Arbt_Fackfientlig.2
1001	Den	den	PO	-.-.-	PO.DEF.SIN.UTR.SUB/OBJ.-	1003	DT		
1002	danska	dansk	AJ	-.-.-	AJ.POS.SIN.DEF.UTR/NEU.-	1003	MD		
1003	stödsidan	stöd|sida	NN	-.-.-	NN.UTR.SIN.DEF	1007	SB	1007:SB|1011:|1008:	
1004	för	för	PE	-.-.-	PE.-	1003	MD		
1005	Sveriges	Sverige	EN	-.GEN.-	EN.-	1006	DT		
1006	chaufförer	chaufför	NN	-.-.-	NN.UTR.PLU.IND	1004	OO		
1007	har	ha	VB	-.-.-	VB.IND.AKT.PRS	0	--		
1008	stängts	stänga	VB	-.-.-	VB.SPM.SFO.-	1010	KL		
1009	ned	ned	AB	-.-.-	AB.-.-	1008	PL	1008:PL|1008:ME	
1010	och	och	KO	-.-.-	KO.-	1007	IV		
1011	ersatts	ersätta	VB	-.-.-	VB.SPM.SFO.-	1010	KL		
1012	av	av	PE	-.-.-	PE.-	1011	AG		
1013	en	en	PO	-.-.-	PO.IND.SIN.UTR.-.-	1012	OO		
1014	ny	ny	AJ	-.-.-	AJ.POS.SIN.IND.UTR.-	1013	MD		
1015	med	med	PE	-.-.-	PE.-	1013	MD		
1016	annan	annan	AJ	-.-.-	AJ.POS.SIN.IND.UTR.-	1017	MD		
1017	upphovsman	upphovsman	NN	-.-.-	NN.UTR.SIN.IND	1015	OO		
1018	.	_	SY	-.-.-	SY.DEL	1007	--		
"""

BLOG = """\
# corpus = eukalyptus_blogg
# subcorpus = Blog_160886-12591771
# sent_id = Blog_160886-12591771.10
1001	Ja	ja	IJ	-.-.-	IJ.-	1004	DF		
1002	,	_	SY	-.-.-	SY.DEL	1004	--		
1003	det	den	PO	-.-.-	PO.DEF.SIN.NEU.SUB/OBJ.-	1004	SB		
1004	finns	finnas	VB	-.-.-	VB.IND.SFO.PRS	0	--		
1005	väl	väl	AB	-.-.-	AB.-.-	1004	MD		
1006	en	en	PO	-.-.-	PO.IND.SIN.UTR.-.-	1007	DT		
1007	anledning	anledning	NN	-.-.-	NN.UTR.SIN.IND	1004	ES		
1008	till	till	PE	-.-.-	PE.-	1007	MD		
1009	att	att	SU	-.-.-	SU.-	1008	OO		
1010	man	man	PO	-.-.-	PO.DEF.SIN.UTR.SUB.-	1012	SB		
1011	inte	inte	AB	-.-.-	AB.-.-	1012	MD		
1012	lägger	lägga	VB	-.-.-	VB.IND.AKT.PRS	1009	OO		
1013	upp	upp	AB	-.-.-	AB.-.-	1012	PL	1012:PL|1012:ME	
1014	vissa	en viss	PO	-.-.-	PO.IND.PLU.UTR/NEU.-.-	1015	DT		
1015	bilder	bild	NN	-.-.-	NN.UTR.PLU.IND	1012	OO		
1016	.	_	SY	-.-.-	SY.DEL	1004	--		
"""

EUROPARL = """\
# corpus = eukalyptus_europarl
# subcorpus = Eupa_00-01-17
# sent_id = Eupa_00-01-17.48
1001	Jag	jag	PO	-.-.-	PO.DEF.SIN.UTR.SUB.-	1002	SB		
1002	hoppas	hoppas	VB	-.-.-	VB.IND.SFO.PRS	0	--		
1003	att	att	SU	-.-.-	SU.-	1002	OO		
1004	den	den	PO	-.-.-	PO.DEF.SIN.UTR.SUB/OBJ.-	1005	SB	1005:SB|1007:SB	
1005	kommer	komma	VB	-.-.-	VB.IND.AKT.PRS	1003	OO		
1006	att	att	SU	-.-.-	SU.-	1005	IV		
1007	granskas	granska	VB	-.-.-	VB.INF.SFO.-	1006	OO		
1008	i	i	PE	-.-.-	PE.-	1007	MD		
1009	en	en	PO	-.-.-	PO.IND.SIN.UTR.-.-	1011	DT		
1010	positiv	positiv	AJ	-.-.-	AJ.POS.SIN.IND.UTR.-	1011	MD		
1011	anda	anda	NN	-.-.-	NN.UTR.SIN.IND	1008	OO		
1012	.	_	SY	-.-.-	SY.DEL	1002	--		
"""

NOVEL = """\
# corpus = eukalyptus_romaner
# subcorpus = Romn_Lundqvist-Ingentobak
# sent_id = Romn_Lundqvist-Ingentobak.21
1001	Redan	redan	AB	-.-.-	AB.-.-	1002	MD		
1002	tidigare	tidig	AJ	-.-.-	AJ.KOM.SIN/PLU.IND/DEF.UTR/NEU.-	1003	MD		
1003	hade	ha	VB	-.-.-	VB.IND.AKT.PRT	0	--		
1004	han	han	PO	-.-.-	PO.DEF.SIN.UTR.SUB.-	1003	SB	1003:SB|1005:SB	
1005	odlat	odla	VB	-.-.-	VB.SPM.AKT.-	1003	IV		
1006	konsten	konst	NN	-.-.-	NN.UTR.SIN.DEF	1005	OO		
1007	att	att	SU	-.-.-	SU.-	1006	MD		
1008	umgås	umgås	VB	-.-.-	VB.INF.SFO.-	1007	OO		
1009	med	med	PE	-.-.-	PE.-	1008	MD		
1010	sig	sig	PO	-.-.-	PO.DEF.SIN/PLU.UTR/NEU.OBJ.-	1009	OO		
1011	själv	själv	AJ	-.-.-	AJ.POS.SIN.IND.UTR.-	1010	MD		
1012	.	_	SY	-.-.-	SY.DEL	1003	--		
"""

WIKI = """\
# corpus = eukalyptus_wikipedia
# subcorpus = Wiki_Asterix
# sent_id = Wiki_Asterix.66
1001	De	den	PO	-.-.-	PO.DEF.PLU.UTR/NEU.SUB/OBJ.-	1003	DT		
1002	utgivna	ut|given	AJ	-.-.-	AJ.POS.PLU.IND/DEF.UTR/NEU.-	1003	MD		
1003	albumen	album	NN	-.-.-	NN.NEU.PLU.DEF	1004	SB		
1004	listas	lista	VB	-.-.-	VB.IND.SFO.PRS	0	--		
1005	nedan	nedan	AB	-.-.-	AB.-.-	1004	RA		
1006	i	i	PE	-.-.-	PE.-	1004	MD		
1007	kronologisk	kronologisk	AJ	-.-.-	AJ.POS.SIN.IND.UTR.-	1008	MD		
1008	ordning	ordning	NN	-.-.-	NN.UTR.SIN.IND	1006	OO		
1009	efter	efter	PE	-.-.-	PE.-	1008	MD		
1010	ursprungspublicering	ursprungs|publicering	NN	-.-.-	NN.UTR.SIN.IND	1009	OO		
1011	.	_	SY	-.-.-	SY.DEL	1004	--		

# corpus = eukalyptus_wikipedia
# subcorpus = Wiki_Asterix
# sent_id = Wiki_Asterix.68
1001	Tabellen	tabell	NN	-.-.-	NN.UTR.SIN.DEF	1002	SB	1002:SB|1004:SB	
1002	kan	kunna	VB	-.-.-	VB.IND.AKT.PRS	1009	--		
1003	också	också	AB	-.-.-	AB.-.-	1002	MD		
1004	sorteras	sortera	VB	-.-.-	VB.IND.SFO.PRS	1002	IV		
1005	efter	efter	PE	-.-.-	PE.-	1004	MD		
1006	svensk	svensk	AJ	-.-.-	AJ.POS.SIN.IND.UTR.-	1007	MD		
1007	utgivning	utgivning	NN	-.-.-	NN.UTR.SIN.IND	1005	OO		
1008	.	_	SY	-.-.-	SY.DEL	1002	--		
"""

# UD v2 gold in Talbanken's conventions (hand-written lines) for the closed-class reference
UD_GOLD = """\
1	Den	den	DET	DT|UTR|SIN|DEF	Definite=Def|Gender=Com|Number=Sing|PronType=Art	2	det	_	_
2	dagen	dag	NOUN	NN|UTR|SIN|DEF|NOM	Case=Nom|Definite=Def|Gender=Com|Number=Sing	0	root	_	_
3	den	den	PRON	PN|UTR|SIN|DEF|SUB/OBJ	Definite=Def|Gender=Com|Number=Sing|PronType=Prs	2	nsubj	_	_
4	den	den	PRON	PN|UTR|SIN|DEF|SUB/OBJ	Definite=Def|Gender=Com|Number=Sing|PronType=Prs	2	obj	_	_
5	De	den	DET	DT|UTR/NEU|PLU|DEF	Definite=Def|Number=Plur|PronType=Art	2	det	_	_
6	de	den	DET	DT|UTR/NEU|PLU|DEF	Definite=Def|Number=Plur|PronType=Art	2	det	_	_
7	det	den	PRON	PN|NEU|SIN|DEF|SUB/OBJ	Definite=Def|Gender=Neut|Number=Sing|PronType=Prs	2	nsubj	_	_
8	en	en	DET	DT|UTR|SIN|IND	Definite=Ind|Gender=Com|Number=Sing|PronType=Art	2	det	_	_
9	en	en	DET	DT|UTR|SIN|IND	Definite=Ind|Gender=Com|Number=Sing|PronType=Art	2	det	_	_
10	i	i	ADP	PP	_	2	case	_	_
11	i	i	ADP	PP	_	2	case	_	_
"""


def sentences(text: str, tmp_path: Path) -> list[Sentence]:
    path = tmp_path / "euk.conllu"
    path.write_text(text, encoding="utf-8")
    return read_eukalyptus(path)


@pytest.fixture()
def converter(tmp_path: Path) -> Converter:
    gold = tmp_path / "gold.conllu"
    gold.write_text(UD_GOLD, encoding="utf-8")
    ref = ClosedClassReference()
    ref.add(read_conllu(gold))
    return Converter(ref, frozenset({"stänga", "ge", "öka", "lista", "granska", "kräva", "tycka"}))


def analysed(converter: Converter, text: str, tmp_path: Path) -> list[list[Token]]:
    return [converter.sentence(s).tokens for s in sentences(text, tmp_path)]


def by_form(tokens: list[Token]) -> dict[str, Token]:
    return {t.form: t for t in tokens}


def test_news_passive_supine_noun_genitive_and_missing_trees(converter: Converter, tmp_path: Path) -> None:
    (toks,) = analysed(converter, NEWS, tmp_path)
    t = by_form(toks)
    assert (t["stängts"].upos, t["stängts"].feats_str(), t["stängts"].lemma) == (
        "VERB", "VerbForm=Sup|Voice=Pass", "stänga")
    assert t["har"].upos == "AUX"  # heads a verb chain through the coordination
    assert t["stödsidan"].lemma == "stödsida"
    assert t["stödsidan"].feats_str() == "Case=Nom|Definite=Def|Gender=Com|Number=Sing"
    assert (t["Sveriges"].upos, t["Sveriges"].feats_str()) == ("PROPN", "Case=Gen")
    assert t["danska"].feats_str() == "Case=Nom|Definite=Def|Degree=Pos"
    assert t["Den"].upos == "DET"
    assert (t["."].upos, t["."].lemma) == ("PUNCT", ".")
    assert all(tok.deprel == MISSING for tok in toks)
    assert not toks[-2].space_after and toks[-1].form == "."


def test_blog_deponent_has_no_voice_and_particle_is_adverb(converter: Converter, tmp_path: Path) -> None:
    (toks,) = analysed(converter, BLOG, tmp_path)
    t = by_form(toks)
    assert (t["finns"].upos, t["finns"].feats_str()) == ("VERB", "Mood=Ind|Tense=Pres|VerbForm=Fin")
    assert (t["upp"].upos, t["upp"].feats_str()) == ("ADV", "_")
    assert t["det"].upos == "PRON"
    assert t["att"].upos == "SCONJ"  # *till att man …*: a clause, no infinitive
    assert t["Ja"].upos == "INTJ" and not t["Ja"].space_after


def test_europarl_infinitive_marker_aux_komma_and_passive_infinitive(converter: Converter, tmp_path: Path) -> None:
    (toks,) = analysed(converter, EUROPARL, tmp_path)
    assert toks[1].form == "hoppas" and "Voice" not in toks[1].feats
    assert (toks[2].upos, toks[5].upos) == ("SCONJ", "PART")
    assert toks[4].form == "kommer" and toks[4].upos == "AUX"
    assert toks[6].feats_str() == "VerbForm=Inf|Voice=Pass"
    assert toks[3].upos == "PRON"  # *den* as subject


def test_novel_deponent_by_lemma_and_adverbial_comparative(converter: Converter, tmp_path: Path) -> None:
    (toks,) = analysed(converter, NOVEL, tmp_path)
    t = by_form(toks)
    assert t["umgås"].feats_str() == "VerbForm=Inf"
    assert t["hade"].upos == "AUX" and t["odlat"].upos == "VERB"
    assert (t["tidigare"].upos, t["tidigare"].feats_str()) == ("ADV", "Degree=Cmp")  # modifies the verb


def test_wikipedia_plural_definiteness_passive_modal_and_document(converter: Converter, tmp_path: Path) -> None:
    first, second = analysed(converter, WIKI, tmp_path)
    t = by_form(first)
    assert t["utgivna"].feats_str() == "Case=Nom|Definite=Def|Degree=Pos"  # *de utgivna albumen*
    assert t["listas"].feats_str() == "Mood=Ind|Tense=Pres|VerbForm=Fin|Voice=Pass"
    assert t["ursprungspublicering"].lemma == "ursprungspublicering"
    assert t["De"].upos == "DET"
    t2 = by_form(second)
    assert t2["kan"].upos == "AUX" and t2["sorteras"].feats.get("Voice") == "Pass"
    sents = sentences(WIKI, tmp_path)
    assert sents[0].meta["newdoc id"] == "Wiki_Asterix" and "newdoc id" not in sents[1].meta


def test_adverbial_adjective_som_and_s_lemmas_follow_talbanken(converter: Converter, tmp_path: Path) -> None:
    text = NOVEL.replace("1002\ttidigare\ttidig\tAJ\t-.-.-\tAJ.KOM.SIN/PLU.IND/DEF.UTR/NEU.-\t1003",
                         "1002\thelt\thel\tAJ\t-.-.-\tAJ.POS.SIN.IND.NEU.-\t1003")
    text = text.replace("umgås\tumgås\tVB", "krävs\tkrävas\tVB").replace("odlat\todla", "tyckts\ttycka")
    text = text.replace("VB.SPM.AKT.-\t1003\tIV", "VB.SPM.SFO.-\t1003\tIV")
    (toks,) = analysed(converter, text.replace("\than\t", "\tsom\t"), tmp_path)
    t = by_form(toks)
    assert (t["helt"].upos, t["helt"].feats_str(), t["helt"].lemma) == ("ADV", "Degree=Pos", "helt")
    assert (t["krävs"].lemma, t["krävs"].feats.get("Voice")) == ("kräva", "Pass")  # Eukalyptus: *krävas*
    assert t["tyckts"].lemma == "tyckas" and "Voice" not in t["tyckts"].feats
    assert t["som"].upos == ""  # relative pronoun or subordinator: left to Talbanken


def test_middle_verb_keeps_voice_as_ud_does(converter: Converter, tmp_path: Path) -> None:
    line = NEWS.replace("stängts\tstänga", "behövts\tbehöva")
    (toks,) = analysed(converter, line, tmp_path)
    assert by_form(toks)["behövts"].feats.get("Voice") == "Pass"  # UD: Voice=Pass; the rule decides


def test_clean_lemma_and_participles() -> None:
    assert clean_lemma("nät|aktivist", "nätaktivist") == "nätaktivist"
    assert clean_lemma("choklad<kalender", "chokladkalender") == "chokladkalender"
    assert clean_lemma("trots|period", "trots-perioden") == "trots-period"
    verbs = frozenset({"stänga", "placera", "öka", "skriva", "godkänna"})
    assert participle_tense("stängd", verbs) == "Past"
    assert participle_tense("godkänd", verbs) == "Past"
    assert participle_tense("placerad", verbs) == "Past"
    assert participle_tense("skriven", verbs) == "Past"
    assert participle_tense("ökande", verbs) == "Pres"
    assert participle_tense("glad", verbs) is None


def test_blocks_stay_inside_documents_and_held_out_rule(tmp_path: Path) -> None:
    sents = sentences(WIKI + "\n" + NEWS, tmp_path)
    assert [len(b) for b in blocks(sents, size=1)] == [1, 1, 1]
    assert [len(b) for b in blocks(sents, size=20)] == [2, 1]
    assert [k for k in range(30) if is_heldout(k)] == [9, 19, 29]


# The tests of the whole corpus are slow (pytest -m slow, once in CI): a large input, all of Eukalyptus.
@pytest.fixture(scope="module")
def corpus():  # type: ignore[no-untyped-def]
    folder = ud_dir() / "Eukalyptus"
    if not folder.is_dir():
        pytest.skip("../shared/ud/Eukalyptus is absent")
    from training.corpus import load_pud, load_tb_dev
    from training.eukalyptus import load

    tb_train, _ = load_tb_dev()
    pud_train, _ = load_pud()
    ref = ClosedClassReference()
    ref.add(s for d in tb_train for s in d)
    ref.add((s for d in pud_train for s in d), primary=False)
    return load(ref)


@pytest.mark.slow
def test_every_genre_has_a_held_out_slice_of_about_a_tenth(corpus) -> None:  # type: ignore[no-untyped-def]
    assert set(corpus) == set(GENRES)
    for genre, (train, held) in corpus.items():
        n_train = sum(len(s.tokens) for b in train for s in b)
        n_held = sum(len(s.tokens) for b in held for s in b)
        assert 0.06 < n_held / (n_train + n_held) < 0.14, genre
        train_ids = {s.meta["sent_id"] for b in train for s in b}
        assert not train_ids & {s.meta["sent_id"] for b in held for s in b}


@pytest.mark.slow
def test_whole_corpus_converts_with_few_gaps(corpus) -> None:  # type: ignore[no-untyped-def]
    tokens = [t for train, held in corpus.values() for b in train + held for s in b for t in s.tokens]
    assert len(tokens) > 110_000
    assert sum(1 for t in tokens if not t.upos) / len(tokens) < 0.035  # mostly *som* (1.6 %)
    assert not any(("|" in t.lemma or "<" in t.lemma) and t.upos not in ("PUNCT", "SYM") for t in tokens)
    assert all(t.form for t in tokens)
    passives = [t for t in tokens if t.feats.get("Voice") == "Pass"]
    assert len(passives) > 800 and not any(t.lemma == "finnas" for t in passives)


def test_verb_lemmas_use_the_last_compound_part(tmp_path: Path) -> None:
    assert "stänga" in verb_lemmas(sentences(NEWS, tmp_path))
