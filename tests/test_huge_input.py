"""Texts beyond spaCy's max_length and enormous sentences are analysed in chunks, invisibly."""

import pytest
import spacy

import klarsprak

PARAGRAPH = ("Ansökan om bygglov ska skickas in till nämnden. Handläggningen tar ungefär fyra veckor "
             "och beslutet skickas till dig.\n\n")


def test_text_longer_than_max_length(tmp_path):
    """spaCy refuses a text over its ``max_length`` (1,000,000 characters by default); a tenth of that proves the
    same in a tenth of the time."""
    blank = spacy.blank("sv")
    blank.to_disk(tmp_path / "blank")
    analyzer = klarsprak.Analyzer(model=tmp_path / "blank")
    analyzer.nlp.max_length = 100_000
    text = PARAGRAPH * (110_000 // len(PARAGRAPH) + 1)
    assert len(text) > analyzer.nlp.max_length
    report = analyzer.analyze(text)
    n = text.count(PARAGRAPH)
    assert report.metrics["sentences"] == 2 * n
    assert report.metrics["words"] == 18 * n
    assert report.sentences[-1].end == len(text) - len(" dig.\n\n") + len(" dig")


@pytest.mark.slow  # a large input (a quarter of a minute under load): CI runs it once with the slow set
def test_sentence_of_200000_characters_without_punctuation(analyzer):
    words = "ansökan handläggs av nämnden som beslutar om bygglov "
    text = words * (200_000 // len(words))
    report = analyzer.analyze(text)
    assert report.metrics["sentences"] == 1
    assert report.metrics["words"] == len(text.split())
    long = [f for f in report.findings if f.rule == "long_sentence"]
    assert len(long) == 1 and long[0].start == 0 and long[0].end == len(text.rstrip())
