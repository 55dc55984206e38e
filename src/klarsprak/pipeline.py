"""Loading the NLP pipeline: the shipped Swedish model, another spaCy pipeline, or stanza.

Nothing here downloads anything. Matrix products go through numpy's BLAS
(``klarsprak.blas``), about twice as fast as thinc's default. Components that no enabled rule needs are
excluded, and our structure component is inserted so that headings, list items
and hard-wrapped lines get sentence boundaries before the parser runs.

Named entities: the shipped model has an ``ner`` component (trained on UNER-Talbanken, see
``models/README.md``) and ``doc.ents`` carries ``ORG``, ``PER`` and ``LOC`` spans when ``"ner"`` is
among ``needs`` (a rule asks for it with ``needs={"ner", ...}``); otherwise the component is
not loaded and costs nothing.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Iterable

import spacy
from spacy.language import Language

from . import lemmatizer  # noqa: F401
from .doc import layout  # noqa: F401  (register the klarsprak_* factories)
from .blas import use_numpy_blas
from .errors import ModelNotFoundError
from .lexicon import abbreviations
from .resources import model_path

#: What a rule may declare it needs, and the components that provide it.
PROVIDERS: dict[str, tuple[str, ...]] = {
    "pos": ("tagger", "morphologizer"),
    "morph": ("morphologizer",),
    "lemma": ("lemmatizer", "trainable_lemmatizer", "klarsprak_lemmatizer"),
    "dep": ("parser",),
    "ner": ("ner",),
}
STANZA_NAMES = ("stanza", "spacy-stanza", "spacy_stanza")


def load(model: str | Path | Language | None = None, needs: Iterable[str] = ("pos", "morph", "lemma", "dep")) -> Language:
    """Load ``model`` (default: the shipped ``sv_klarsprak``) ready for analysis.

    ``model`` may be a loaded ``Language``, an installed pipeline's name
    (``sv_core_news_sm``), a folder, or ``"stanza"`` for spacy-stanza; when it is
    None, the environment variable ``KLARSPRAK_MODEL`` may name one. A loaded
    ``Language`` is changed in place: our structure component is added and its CPU
    models multiply matrices through numpy's BLAS (same results, faster).
    """
    model = model if model is not None else os.environ.get("KLARSPRAK_MODEL") or None
    if isinstance(model, Language):
        nlp = model
    elif model is None:
        path = model_path()
        if not (path / "meta.json").is_file():
            raise ModelNotFoundError(
                f"the shipped Swedish model is missing at {path}; reinstall klarsprak "
                "(pip install --force-reinstall klarsprak) or train it with "
                "'python -m training' in a source checkout"
            )
        nlp = spacy.load(path, exclude=_unneeded(path, needs))
    elif str(model).lower() in STANZA_NAMES:
        nlp = _load_stanza()
    else:
        try:
            nlp = spacy.load(model)
        except OSError as exc:
            raise ModelNotFoundError(
                f"cannot load the spaCy pipeline {str(model)!r}: install it as a package "
                "(pip install <wheel of the pipeline>) or pass the path of its folder; "
                "klarsprak never downloads models"
            ) from exc
    return _add_structure(use_numpy_blas(nlp))


def provided(nlp: Language) -> set[str]:
    """The annotations (``pos``, ``lemma``, ``dep`` …) that ``nlp`` sets, by its components' factories."""
    if type(nlp.tokenizer).__name__ == "StanzaTokenizer":  # stanza annotates everything in its tokenizer
        return set(PROVIDERS) - {"ner"}
    factories = {nlp.get_pipe_meta(name).factory for name in nlp.pipe_names}
    return {need for need, comps in PROVIDERS.items() if factories & set(comps)}


def _unneeded(path: Path, needs: Iterable[str]) -> list[str]:
    """Components of the saved pipeline that none of ``needs`` requires."""
    import json

    meta = json.loads((path / "meta.json").read_text(encoding="utf-8"))
    wanted = {c for need in needs for c in PROVIDERS.get(need, ())}
    optional = {c for comps in PROVIDERS.values() for c in comps}
    # the parser also gives sentence boundaries, and tok2vec feeds the others
    wanted.add("parser")
    return [c for c in meta.get("pipeline", []) if c in optional and c not in wanted]


def _load_stanza() -> Language:
    try:
        import spacy_stanza
    except ImportError as exc:
        raise ModelNotFoundError(
            "the stanza backend needs the optional extra: pip install 'klarsprak[stanza]', "
            "then copy stanza's Swedish models into stanza's resources folder (no download at run time)"
        ) from exc
    try:
        return spacy_stanza.load_pipeline("sv", download_method=None)
    except Exception as exc:  # stanza raises several unrelated types for missing models
        raise ModelNotFoundError(
            f"stanza is installed but its Swedish models are not: {exc}. Place them in "
            "stanza's resources folder (STANZA_RESOURCES_DIR); klarsprak never downloads models"
        ) from exc


def _add_structure(nlp: Language) -> Language:
    if "klarsprak_structure" in nlp.pipe_names:
        return nlp
    config = {"abbreviations": sorted(abbreviations().forms)}
    parser = next((n for n in ("parser", "senter") if n in nlp.pipe_names), None)
    if parser is not None:
        nlp.add_pipe("klarsprak_structure", before=parser, config=config)
    else:
        if "sentencizer" not in nlp.pipe_names:
            nlp.add_pipe("sentencizer")
        nlp.add_pipe("klarsprak_structure", after="sentencizer", config=config)
    return nlp
