"""The analysis object's views: lines, quotes, units, token ranges and derived values."""

from __future__ import annotations

import pytest

from klarsprak.doc import Analysis, Lines, Quotes


@pytest.fixture()
def analysis(analyzer):
    text = "Rubrik\n\nHan sa: ”Vi kommer i morgon.” Sedan gick han.\r\n• Punkt ett\n• Punkt två\n"
    return Analysis(analyzer.nlp(text))


def test_lines_split_every_break_once():
    lines = Lines("a\r\nb\rc\nd\u2028e")
    assert [line.text for line in lines] == ["a", "b", "c", "d", "e"]
    assert [line.text for line in Lines("x\n")] == ["x", ""]


@pytest.mark.parametrize("offset,expected", [(0, (1, 1)), (2, (1, 3)), (3, (2, 1)), (8, (3, 2)), (10, (3, 4))])
def test_line_col_is_one_based(offset, expected):
    assert Lines("ab\ncd\r\nefgh").line_col(offset) == expected


def test_quotes_contain_only_what_is_inside_one_span():
    text = "Ordet ”hen” och ordet ”hon” används."
    quotes = Quotes(text)
    hen, och = text.index("hen"), text.index("och")
    assert quotes.contains(hen, hen + 3)
    assert not quotes.contains(och, och + 3)
    assert not quotes.contains(hen, text.index("hon") + 3)  # across two spans


def test_units_are_the_sentences_and_unit_of_finds_them(analysis):
    assert [u.kind for u in analysis.units] == ["heading", "sentence", "sentence", "list_item", "list_item"]
    assert [w.text for w in analysis.words][:3] == ["Rubrik", "Han", "sa"]
    tokens = analysis.tokens
    sedan = tokens.text.index("Sedan")
    assert analysis.unit_of(sedan) is analysis.units[2]
    newline = next(i for i, t in enumerate(tokens.text) if t == "\n\n")
    assert analysis.unit_of(newline) is None or newline < analysis.unit_of(newline).span.end


def test_token_range_covers_overlapping_tokens(analysis):
    text = analysis.text
    start = text.index("morgon")
    span = analysis.token_range(start + 2, start + 4)
    assert [analysis.tokens.text[i] for i in span] == ["morgon"]
    span = analysis.token_range(text.index("Han"), text.index("sa:") + 3)
    assert [analysis.tokens.text[i] for i in span] == ["Han", "sa", ":"]
    assert not analysis.token_range(0, 0)


def test_derived_is_built_once_per_function_and_arguments(analysis):
    calls = []

    def build(a: Analysis, n: int) -> int:
        calls.append(n)
        return len(a.units) * n

    assert analysis.derived(build, 2) == analysis.derived(build, 2) == 10
    assert analysis.derived(build, 3) == 15
    assert calls == [2, 3]
