import math
import pickle

import pytest

from klarsprak.metrics import Counts, Ratio, document_metrics, lix, lix_band, ovix


def test_lix_formula():
    # 20 words, 2 sentences, 5 long words: 20/2 + 100*5/20 = 35
    assert lix(20, 2, 5) == pytest.approx(35.0)


@pytest.mark.parametrize("args", [(0, 0, 0), (0, 1, 0), (5, 0, 1)])
def test_lix_undefined_is_none_not_zero(args):
    assert lix(*args) is None


@pytest.mark.parametrize("value,band", [(20, "mycket lättläst"), (25, "lättläst"), (35, "normal"),
                                        (45, "medelsvår"), (55, "svår"), (70, "mycket svår")])
def test_bands(value, band):
    assert lix_band(value) == band


def test_ovix():
    assert ovix(1, 1) is None
    assert ovix(10, 10) is None  # all words unique: undefined
    expected = math.log(10) / math.log(2 - math.log(5) / math.log(10))
    assert ovix(10, 5) == pytest.approx(expected)


def test_document_metrics_hand_counted():
    sents = [["Ansökan", "ska", "skickas", "in"], ["Vi", "beslutar", "snabbt"]]
    m = document_metrics(sents, long_sentence_words=3)
    assert m["words"] == 7 and m["sentences"] == 2
    assert m["long_words"] == 3  # Ansökan, skickas, beslutar
    assert m["lix"] == pytest.approx(7 / 2 + 100 * 3 / 7)
    assert m["max_sentence_length"] == 4 and m["long_sentence_share"] == 0.5


def test_ratios_and_counts_of_parts_add_up_to_the_whole():
    """A long text's parts are merged from counts: the parts' ratios and counts give the whole's metrics."""
    halves = [Ratio(1, 4), None, Ratio(2, 2)]
    whole = Ratio.of(halves)
    assert whole == 0.5 and (whole.part, whole.whole) == (3, 6)
    assert Ratio.of([None]) is None and isinstance(Ratio(1, 3), float)
    assert pickle.loads(pickle.dumps(whole)).whole == 6
    first, second = [["Ansökan", "skickas"], ["Du", "får", "svar"]], [["Nämnden", "beslutar", "snart", "om", "du"]]
    counts = Counts.of(first)
    counts.add(Counts.of(second))
    assert counts.metrics(3) == document_metrics(first + second, 3)
