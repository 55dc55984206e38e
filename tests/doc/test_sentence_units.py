"""Sentence units from layout: lists flattened into a line, lists without markers, and abbreviations
that close an enumeration (issue 14: such units are never merged into one long sentence)."""

import pytest


def units(analyzer, text):
    r = analyzer.analyze(text)
    return [(s.kind, text[s.start:s.end]) for s in r.sentences], r.metrics


@pytest.mark.parametrize("abbr", ["osv.", "etc.", "o.s.v."])
def test_an_enumeration_closing_abbreviation_before_a_capital_ends_the_sentence(analyzer, abbr):
    found, _ = units(analyzer, f"Vi betalar för mat, hyra, kläder {abbr} Med industrin kom nya behov.")
    assert [t for _, t in found] == [f"Vi betalar för mat, hyra, kläder {abbr}", "Med industrin kom nya behov"]


def test_an_enumeration_closing_abbreviation_inside_a_sentence_does_not_end_it(analyzer):
    found, _ = units(analyzer, "Vi betalar för mat, hyra osv. varje månad.")
    assert len(found) == 1


def test_bullets_flattened_into_one_line_are_list_items(analyzer):
    text = ("Nämnden ska bl.a. * ordna daghem för barn, * lämna råd till föräldrar * betala ut barnbidrag. "
            "Sedan mer.")
    found, m = units(analyzer, text)
    assert found == [("sentence", "Nämnden ska bl.a."), ("list_item", "ordna daghem för barn"),
                     ("list_item", "lämna råd till föräldrar"), ("list_item", "betala ut barnbidrag"),
                     ("sentence", "Sedan mer")]
    assert m["words"] == 3 + 4 + 4 + 3 + 2  # the bullets are not words


def test_a_star_between_numbers_is_no_bullet(analyzer):
    found, _ = units(analyzer, "Räkna 3 * 4 * 5 i huvudet.")
    assert len(found) == 1


def test_a_run_of_capitalised_lines_without_punctuation_is_a_list(analyzer):
    text = ("Innehåll\n\nFörändringar i lagarna\nArbetsförmedlingen får behandla fler personuppgifter\n"
            "Utökade möjligheter att studera\n"
            "De tillfälliga lättnaderna permanentas\n\nVi börjar med arbetsmarknaden.")
    found, _ = units(analyzer, text)
    assert found == [("heading", "Innehåll"), ("heading", "Förändringar i lagarna"),
                     ("list_item", "Arbetsförmedlingen får behandla fler personuppgifter"),
                     ("list_item", "Utökade möjligheter att studera"),
                     ("list_item", "De tillfälliga lättnaderna permanentas"),
                     ("sentence", "Vi börjar med arbetsmarknaden")]


def test_a_chunk_cut_at_a_sentence_end_inside_a_paragraph_keeps_the_boundary():
    """Long paragraphs without line breaks (Talbanken, pasted text) are cut at a sentence end; the next
    sentence still starts there, so chunking never merges two sentences into one long one."""
    import klarsprak

    text = " ".join(f"Mening nummer {i} handlar om ansökan och slutar här." for i in range(120))
    whole = klarsprak.Analyzer().analyze(text)
    chunked = klarsprak.Analyzer(chunk_chars=300).analyze(text)
    assert len(whole.sentences) == 120
    assert chunked.sentences == whole.sentences


def test_a_markdown_heading_is_a_heading_however_many_hash_marks(analyzer):
    """The parser cuts after a single "#": the unit with the words takes its kind from its line's layout start."""
    found, _ = units(analyzer, "# Ansökan om LSS\n\nDu kan söka stöd.\n\n## Vem kan söka\n\nAlla kan söka.\n")
    assert found == [("heading", "Ansökan om LSS"), ("sentence", "Du kan söka stöd"),
                     ("heading", "Vem kan söka"), ("sentence", "Alla kan söka")]
