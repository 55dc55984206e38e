"""Build spaCy DocBins for training and evaluation from ``../shared/ud``.

Splits (fixed, by document; see ``models/README.md``):

* ``train``: Talbanken UD v1.0 train (harmonised, aligned to UNER documents),
  Talbanken v2 dev documents not in :data:`HELDOUT_TB_DOCS`, PUD documents not in
  the selection slice.
* ``select``: every fifth PUD document (index % 5 == 4): used by spaCy to pick the
  best checkpoint; not trained on.
* ``heldout`` (**tb-dev-heldout**): Talbanken v2 dev documents
  P409, P411, P414, P418 — never trained on, never used for selection.
* ``lines``: LinES dev+test (CC BY-NC-SA): out-of-domain evaluation only.
* Eukalyptus (:mod:`.eukalyptus`), per genre: every tenth block of 20 sentences is held out
  (``euk-<genre>``: never trained on, never used for selection); the rest is in ``train``
  with POS, morphology and lemmas but no trees.
"""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Iterable

from . import eukalyptus
from .conllu import Sentence, Token, group_documents, read_conllu, ud_dir
from .harmonise import MISSING, LayeredReference, V2Reference, fix_deponent_voice, harmonise, to_reference
from .uner import align_to_uner, read_uner

HELDOUT_TB_DOCS = frozenset({"P409", "P411", "P414", "P418"})
CHUNK_SENTENCES = 10


def load_tb_dev(ud: Path | None = None) -> tuple[list[list[Sentence]], list[list[Sentence]]]:
    """(train documents, held-out documents) of Talbanken v2 dev."""
    ud = ud or ud_dir()
    docs = group_documents(list(read_conllu(ud / "Talbanken" / "sv_talbanken-ud-dev.conllu")))
    train = [d for d in docs if d[0].meta["newdoc id"] not in HELDOUT_TB_DOCS]
    held = [d for d in docs if d[0].meta["newdoc id"] in HELDOUT_TB_DOCS]
    return train, held


def load_pud(ud: Path | None = None) -> tuple[list[list[Sentence]], list[list[Sentence]]]:
    """(train documents, selection documents) of PUD, deponent Voice removed."""
    ud = ud or ud_dir()
    sents = list(read_conllu(ud / "PUD" / "sv_pud-ud-test.conllu"))
    for s in sents:
        fix_deponent_voice(s)
    docs = group_documents(sents)
    return [d for i, d in enumerate(docs) if i % 5 != 4], [d for i, d in enumerate(docs) if i % 5 == 4]


def load_lines(ud: Path | None = None) -> list[list[Sentence]]:
    ud = ud or ud_dir()
    out: list[list[Sentence]] = []
    for name in ("sv_lines-ud-dev.conllu", "sv_lines-ud-test.conllu"):
        out.extend(group_documents(list(read_conllu(ud / "LinES" / name))))
    return out


def load_v1(ref: V2Reference | LayeredReference, ud: Path | None = None) -> list[list[Sentence]]:
    """Talbanken v1 train, harmonised and grouped into UNER documents."""
    ud = ud or ud_dir()
    sents = list(read_conllu(ud / "Talbanken-v1" / "sv-ud-train.conll"))
    align_to_uner(sents, read_uner(ud / "UNER-Talbanken" / "sv_talbanken-ud-train.iob2"))
    sents = harmonise(sents, ref)
    docs: list[list[Sentence]] = []
    for s in sents:
        if "newdoc id" in s.meta or not docs:
            docs.append([])
        docs[-1].append(s)
    return docs


def chunk(docs: Iterable[list[Sentence]], size: int = CHUNK_SENTENCES) -> list[list[Sentence]]:
    """Split long documents into consecutive chunks of ``size`` sentences."""
    out: list[list[Sentence]] = []
    for d in docs:
        for i in range(0, len(d), size):
            out.append(d[i : i + size])
    return out


def split_space_tokens(sent: Sentence) -> Sentence:
    """Split tokens containing spaces ("t ex", "5 000") into parts joined by ``fixed``.

    spaCy's tokenizer never yields a token with a space; the first part keeps the
    annotation, later parts attach to it as ``fixed`` with the same POS/morph.
    """
    if not any(" " in t.form for t in sent.tokens):
        return sent
    id_map: dict[int, int] = {}
    n = 0
    for tok in sent.tokens:
        id_map[tok.id] = n + 1
        n += len(tok.form.split(" "))
    new: list[Token] = []
    for tok in sent.tokens:
        parts = tok.form.split(" ")
        for k, part in enumerate(parts):
            t = copy.deepcopy(tok)
            t.form, t.id = part, len(new) + 1
            if k == 0:
                t.head = id_map[tok.head] if tok.head > 0 else 0
            else:
                t.head, t.deprel, t.lemma = id_map[tok.id], "fixed", "_"
            if k < len(parts) - 1:
                t.misc = {k2: v for k2, v in t.misc.items() if k2 != "SpaceAfter"}
            new.append(t)
    return Sentence(new, dict(sent.meta))


def to_doc(nlp_vocab, sentences: list[Sentence]):  # type: ignore[no-untyped-def]
    """One spaCy Doc from consecutive sentences (gold POS, morph, lemma, parse)."""
    from spacy.tokens import Doc

    words: list[str] = []
    spaces: list[bool] = []
    heads: list[int] = []
    deps: list[str] = []
    rows: list[Token] = []
    sent_starts: list[bool] = []
    for sent in sentences:
        sent = split_space_tokens(sent)
        offset = len(words)
        for i, tok in enumerate(sent.tokens):
            sent_starts.append(i == 0)
            words.append(tok.form)
            last = i == len(sent.tokens) - 1
            spaces.append(tok.space_after or last)
            heads.append(offset + tok.head - 1 if tok.head > 0 else offset + i)
            deps.append(tok.deprel if tok.head > 0 else "ROOT")
            rows.append(tok)
    if spaces:
        spaces[-1] = False
    missing = [i for i, d in enumerate(deps) if d == MISSING]
    heads_opt: list[int | None] = list(heads)
    deps_opt: list[str | None] = list(deps)
    for i in missing:
        heads_opt[i], deps_opt[i] = None, None
    if len(missing) == len(deps):  # no tree at all (Eukalyptus): keep the sentence boundaries
        doc = Doc(nlp_vocab, words=words, spaces=spaces, sent_starts=sent_starts)
    else:
        doc = Doc(nlp_vocab, words=words, spaces=spaces, heads=heads_opt, deps=deps_opt)
    for token, tok in zip(doc, rows):
        if tok.upos:
            token.pos_ = tok.upos
            token.set_morph(tok.feats_str())
        if tok.lemma not in ("_", ""):
            token.lemma_ = tok.lemma
    return doc


def build(out_dir: str | Path, ud: Path | None = None, tb_v2_copies: int = 1,
          with_eukalyptus: bool = True) -> dict[str, int]:
    """Write ``train.spacy``, ``select.spacy``, ``heldout.spacy``, ``lines.spacy`` and the
    Eukalyptus held-out ``euk-<genre>.spacy`` to ``out_dir``.

    ``tb_v2_copies`` repeats the Talbanken v2 training documents (the only in-domain
    data with v2 annotation and lemmas) that many times in ``train``.
    """
    import spacy
    from spacy.tokens import DocBin

    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    tb_train, tb_held = load_tb_dev(ud)
    pud_train, pud_select = load_pud(ud)
    tb_ref = V2Reference.from_sentences(s for d in tb_train for s in d)
    # PUD's closed-class features follow Talbanken's (never the held-out documents')
    for docs in (pud_train, pud_select):
        to_reference((s for d in docs for s in d), tb_ref)
    ref = LayeredReference(tb_ref, V2Reference.from_sentences(s for d in pud_train for s in d))
    v1 = load_v1(ref, ud)
    closed = eukalyptus.ClosedClassReference()
    closed.add(s for d in tb_train for s in d)
    closed.add((s for d in pud_train for s in d), primary=False)
    euk = eukalyptus.load(closed, ud) if with_eukalyptus else {}
    vocab = spacy.blank("sv").vocab
    splits = {
        "train": chunk(v1) + chunk(tb_train) * tb_v2_copies + pud_train
                 + chunk(block for train, _ in euk.values() for block in train),
        "select": pud_select,
        "heldout": tb_held,
        "lines": load_lines(ud),
        **{f"euk-{genre}": held for genre, (_, held) in euk.items()},
    }
    stats: dict[str, int] = {}
    for name, docs in splits.items():
        db = DocBin(store_user_data=False)
        n = 0
        for d in docs:
            doc = to_doc(vocab, d)
            n += len(doc)
            db.add(doc)
        db.to_disk(out / f"{name}.spacy")
        stats[name] = n
    return stats
