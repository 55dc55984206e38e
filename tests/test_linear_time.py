"""Pathological inputs take time linear in their size (issue 18: quadratic cases).

Complexity is checked by ratio, never by absolute time: the best of up to five runs on
an input of size 4n, divided by the best of as many on size n. Linear work gives
about 4, quadratic work about 16; the bound leaves room for a busy machine. Time is the
process's CPU time, not the wall clock: on a shared machine the wall clock also counts the
time other processes held the CPU, which made the ratio exceed the bound under load.
"""

from __future__ import annotations

import gc
import math
import time
from typing import Callable

import pytest
from spacy.tokens import Doc

from klarsprak.doc import Analysis, Lines, Quotes
from klarsprak.rules import REGISTRY, Context
from klarsprak.sender import detect_sender
from klarsprak.suppression import regions

MAX_RATIO = 8.0
#: A ratio this far below the bound after the first rounds ends the measurement early: linear work gives
#: about 4, so it passes in two rounds; anything near or above the bound gets all five.
SURE_RATIO = 6.0
ROUNDS = 5
MIN_SECONDS = 0.05
GROWTH = 4


def _cpu(run: Callable[[], object], repeat: int) -> float:
    """CPU seconds of ``repeat`` calls of ``run``."""
    start = time.process_time()
    for _ in range(repeat):
        run()
    return time.process_time() - start


def growth(make: Callable[[int], Callable[[], object]], n: int) -> float:
    """time(GROWTH * n) / time(n) for the work ``make(size)`` returns (built before the clock starts): the
    best of up to ``ROUNDS`` runs of each size, the two sizes alternating so that both see the same load.

    Both sizes are repeated enough times that the small one takes at least ``MIN_SECONDS``, so one
    scheduling pause on a shared machine cannot double a few-millisecond measurement. The garbage collector
    is off while timing (its pauses grow with the heap, not the work). Only a ratio well under the bound
    stops early: a quadratic case (about 16) always gets all the rounds."""
    small, large = make(n), make(GROWTH * n)
    gc.collect()
    gc.disable()
    try:
        warm = min(_cpu(small, 1) for _ in range(2))  # the first call may pay one-off costs (caches, imports)
        repeat = max(1, math.ceil(MIN_SECONDS / max(warm, 1e-6)))
        best_small = best_large = math.inf
        for rounds in range(1, ROUNDS + 1):
            best_small = min(best_small, _cpu(small, repeat))
            best_large = min(best_large, _cpu(large, repeat))
            if rounds >= 2 and best_large / best_small < SURE_RATIO:
                break
    finally:
        gc.enable()
    return best_large / best_small


TEXTS: dict[str, Callable[[int], str]] = {
    "blank_lines": lambda n: "Hej\n" + "\n" * n + "Med vänlig hälsning\nLerums kommun\n" + " \n" * n,
    "greetings": lambda n: "Med vänlig hälsning\n" * n,
    "one_long_line": lambda n: "Vi på Lerums kommun ringer 0302-52 10 00 a.b.c.d " * (n // 10),
    "dotted_run": lambda n: "a." * n + "@",
    "capitalised_run": lambda n: "Anna Berg " * n,
    "deep_list": lambda n: "".join("  " * (i % 12) + "• Ring Lerums kommun\n" for i in range(n // 4)),
}


@pytest.mark.parametrize("shape", sorted(TEXTS))
def test_sender_detection_is_linear(shape: str) -> None:
    make = TEXTS[shape]
    assert growth(lambda n: (lambda text=make(n): detect_sender(text)), 5_000) < MAX_RATIO


def test_suppression_directives_and_lines_are_linear() -> None:
    def make(n: int) -> Callable[[], object]:
        text = "klarsprak-disable-next-line bias_term\n\n\n\nText.\n" * (n // 50)
        return lambda: regions(text)

    assert growth(make, 50_000) < MAX_RATIO


def test_line_and_column_of_every_offset_is_linear() -> None:
    def make(n: int) -> Callable[[], object]:
        text = "rad\n" * n

        def run() -> object:
            lines = Lines(text)
            return [lines.line_col(o) for o in range(0, len(text), 4)]
        return run

    assert growth(make, 20_000) < MAX_RATIO


def test_quote_lookup_is_linear() -> None:
    def make(n: int) -> Callable[[], object]:
        text = "Ordet ”hen” och han. " * n

        def run() -> object:
            quotes = Quotes(text)
            return [quotes.contains(i, i + 3) for i in range(0, len(text), 21)]
        return run

    assert growth(make, 10_000) < MAX_RATIO


def _checking(analyzer, rule_id: str, doc: Doc) -> Callable[[], object]:
    """One rule's check over an already parsed ``doc``, as the analyzer runs it (parsing is not timed)."""
    rule = REGISTRY.rules[rule_id]

    def run() -> object:
        ctx = Context(Analysis(doc), analyzer.config)
        ctx.rule = rule
        return list(rule.check(ctx))
    return run


@pytest.mark.parametrize("rule_id", ["generic_pronoun", "missing_sender"])
def test_rules_on_thousands_of_pronouns_are_linear(analyzer, rule_id: str) -> None:
    block = analyzer.nlp("Om en elev är sjuk ska han stanna hemma. Hon säger ”han” och går.\n\n" * 5)
    assert growth(lambda n: _checking(analyzer, rule_id, Doc.from_docs([block] * (n // 10))), 500) < MAX_RATIO


def test_cutting_a_long_run_of_letters_into_compound_parts_is_linear() -> None:
    """A 'word' of thousands of letters (extraction debris, hostile input) is not searched for cuts."""
    from klarsprak.rules.compound_split import segments

    assert growth(lambda n: lambda: segments("bostad" * n), 1_000) < MAX_RATIO


def test_long_sentence_on_one_sentence_without_punctuation_is_linear(analyzer) -> None:
    """A flattened table or list of thousands of words is one 'sentence': finding a split point must not
    compare every word with every other (it took 4 minutes for 200,000 characters)."""
    words = "ansökan handläggs av nämnden som beslutar om bygglov "
    assert growth(lambda n: _checking(analyzer, "long_sentence", analyzer.nlp(words * (n // 8))), 400) < MAX_RATIO
