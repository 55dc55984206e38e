"""Model loading: the shipped model, other pipelines, and clear errors for what is missing."""

import importlib.util

import pytest
import spacy

import klarsprak
from klarsprak import ModelNotFoundError, pipeline


def test_unknown_model_name_says_how_to_get_it():
    with pytest.raises(ModelNotFoundError, match="never downloads"):
        klarsprak.Analyzer(model="sv_core_news_sm_does_not_exist")


@pytest.mark.skipif(importlib.util.find_spec("spacy_stanza") is not None, reason="spacy-stanza is installed")
def test_missing_stanza_backend_is_a_clear_error():
    with pytest.raises(ModelNotFoundError, match=r"klarsprak\[stanza\]"):
        klarsprak.Analyzer(model="stanza")


def test_pipeline_without_parser_skips_rules_that_need_it(tmp_path):
    blank = spacy.blank("sv")
    blank.to_disk(tmp_path / "blank")
    a = klarsprak.Analyzer(model=tmp_path / "blank")
    assert "sentencizer" in a.nlp.pipe_names and "klarsprak_structure" in a.nlp.pipe_names
    report = a.analyze("Ansökan skickas in. Den behandlas snabbt.")
    assert report.metrics["sentences"] == 2
    assert all("dep" not in klarsprak.rules.REGISTRY.rules[r.id].needs for r in a.rules)
    if a.skipped:
        assert "skipped" in report.notes


def test_structure_component_runs_before_the_parser(analyzer):
    names = analyzer.nlp.pipe_names
    if "parser" in names:
        assert names.index("klarsprak_structure") < names.index("parser")


def test_provided_annotations():
    assert pipeline.provided(spacy.blank("sv")) == set()


def test_components_no_rule_needs_are_excluded():
    from klarsprak.resources import model_path

    unneeded = pipeline._unneeded(model_path(), needs={"pos"})
    assert any("lemmatizer" in c for c in unneeded)
    assert "parser" not in unneeded and "tok2vec" not in unneeded
    nlp = pipeline.load(needs={"pos"})
    assert not any("lemmatizer" in c for c in nlp.pipe_names)
    assert {"parser", "klarsprak_structure"} <= set(nlp.pipe_names)


def test_entities_when_a_rule_needs_them():
    """``doc.ents`` carries ORG/PER/LOC from the shipped ``ner``; it is loaded only when asked for."""
    assert "ner" not in pipeline.load().pipe_names
    nlp = pipeline.load(needs={"pos", "ner"})
    assert "ner" in nlp.pipe_names and "ner" in pipeline.provided(nlp)
    doc = nlp("Kommunen skickar brevet till Anna Berg i Malmö. Vi på Volvo söker en ingenjör.")
    assert set(nlp.get_pipe("ner").labels) == {"ORG", "PER", "LOC"}
    assert {(e.text, e.label_) for e in doc.ents} >= {("Anna Berg", "PER"), ("Malmö", "LOC")}
