"""Property-based tests: any text is analysed without error, with valid offsets, deterministically.

The example budget comes from the Hypothesis profile (tests/conftest.py): 200 examples in the default run,
2,000 in the ``full`` profile that CI runs once.
"""

import socket

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from pytest_socket import SocketConnectBlockedError

import klarsprak

SWEDISH = st.sampled_from([
    "Ansökan ska skickas in senast den 1 maj.", "• ritningar\n", "1. Fyll i blanketten\n", "Rubrik\n\n",
    "t.ex. ", "fr.o.m. ", "handikappade ", "Lerums kommun ", "beslutas ", "blev godkänd ", "\r\n",
    "erhålla ", "kontakt@lerum.se ", "https://lerum.se/a?b=1 ", "EU-bidrag ", "hen ", "— ", "“citat” ",
])
ANY_TEXT = st.text(alphabet=st.characters(codec=None, exclude_categories=()), max_size=300)
MIXED = st.lists(st.one_of(SWEDISH, ANY_TEXT), max_size=12).map("".join)


def check_report(text, report):
    assert report.text == klarsprak.doc.sanitize(text)
    n = len(text)
    previous = (-1, -1, "")
    for f in report.findings:
        assert 0 <= f.start <= f.end <= n
        assert report.text[f.start:f.end] == f.text
        assert f.sort_key >= previous
        previous = f.sort_key
    for s in report.sentences:
        assert 0 <= s.start < s.end <= n


@given(MIXED)
def test_any_text_is_analysed_safely(analyzer, text):
    report = analyzer.analyze(text)
    check_report(text, report)


@settings(max_examples=settings.default.max_examples // 3)
@given(st.text(max_size=400))
def test_same_input_same_output(analyzer, text):
    assert analyzer.analyze(text).to_json() == analyzer.analyze(text).to_json()


@pytest.mark.parametrize("text", ["\x00" * 50, "\ud800\udfff" * 3 + " hej.", "a" * 5000, "\u202eabc. ", "\n" * 2000,
                                  "e\u0301" * 300, "😀" * 200, "." * 3000, "- " * 1000])
def test_hostile_strings(analyzer, text):
    check_report(text, analyzer.analyze(text))


def test_sockets_are_blocked():
    """The suite runs with network access disabled, so nothing here can call out unnoticed."""
    with pytest.raises(SocketConnectBlockedError):
        socket.create_connection(("192.0.2.1", 80), timeout=1)
