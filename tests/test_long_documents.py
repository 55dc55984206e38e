"""A long text analysed in parts gives the report of the text analysed in one piece (issue 18: memory)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from klarsprak import long_documents
from klarsprak.doc import Document
from klarsprak.findings import Report
from klarsprak.long_documents import ONCE_PER_WORD, analyse_in_parts

REPO = Path(__file__).resolve().parents[1]


def dev_texts(count: int) -> list[str]:
    """The ``count`` shortest development-set documents that are still several chunks long."""
    sys.path.insert(0, str(REPO / "benchmarks"))
    from blind_split import dev_set

    texts = [p.read_text(encoding="utf-8") for p in dev_set()]
    return sorted((t for t in texts if len(t) > 15_000), key=len)[:count]


def assert_same(one: Report, parts: Report) -> None:
    """Same sentences, metrics (to rounding), sender verdict and findings (rule, start, end, message).

    A word reported once per text (long_word, abbreviation, complex_word) may be counted per part in its message,
    and an abbreviation explained in one part is still reported in the others: for those two rules,
    every finding of the one piece must be there, at the same place."""
    assert parts.text == one.text
    assert parts.sentences == one.sentences
    assert parts.metrics.keys() == one.metrics.keys()
    for name, value in one.metrics.items():
        assert parts.metrics[name] == (pytest.approx(value) if isinstance(value, float) else value), name
    assert parts.sender == one.sender
    assert parts.notes == one.notes

    def exact(report: Report) -> list[tuple]:
        return [(f.rule, f.start, f.end, f.message, f.sentence) for f in report.findings if f.rule not in ONCE_PER_WORD]

    def placed(report: Report) -> set[tuple]:
        return {(f.rule, f.start, f.end, f.sentence) for f in report.findings if f.rule in ONCE_PER_WORD}

    assert exact(parts) == exact(one)
    assert placed(one) <= placed(parts)


def test_dev_texts_in_parts_give_the_one_piece_report(analyzer, shared) -> None:
    """Parts as long as the analyzer's chunks parse exactly as the one piece does, so only the merge can differ."""
    texts = dev_texts(3)
    assert texts, "no development-set text longer than 15,000 characters"
    for text in texts:
        report = analyse_in_parts(analyzer, Document(text=text), part_chars=analyzer.chunk_chars)
        assert_same(analyzer.analyze(text), report)


def test_a_long_made_up_text_in_parts(analyzer) -> None:
    """A letter with a sender, a LIX above target, long sentences, passives and repeated long words,
    cut into about ten parts: the document-level findings appear once, at the first sentence."""
    letter = ("Beslut om bygglov\n\nHej!\n\nDu har fått ett beslut från Ånge kommun. Ansökan har prövats av "
              "nämnden och beviljades den 3 mars. Handlingarna skickas till dig med post. "
              "Byggnadsnämndens arbetsmarknadsutbildningsinsatser diskuterades.\n\n")
    body = "".join(f"Avsnitt {i}\n\nDen som vill ansöka om bygglov för en tillbyggnad av sitt bostadshus ska "
                   f"skicka in ritningar, situationsplan och en beskrivning av åtgärden till nämnden innan "
                   f"arbetet påbörjas eftersom handläggningen annars kan försenas avsevärt i ärende {i}.\n\n"
                   for i in range(200))
    text = letter + body + "Med vänlig hälsning\nÅnge kommun\n"
    one = analyzer.analyze(text)
    parts = analyse_in_parts(analyzer, Document(text=text), part_chars=analyzer.chunk_chars)
    assert len(text) > 8 * analyzer.chunk_chars
    assert_same(one, parts)
    rules = [f.rule for f in parts.findings]
    assert rules.count("readability") == 1 and rules.count("incomplete_sender") == 1
    assert rules.count("long_sentence") == 200


def test_analyzer_routes_long_texts_to_parts(analyzer, monkeypatch) -> None:
    """``Analyzer.pipe`` analyses a text longer than PART_CHARS in parts, and short texts around it as before."""
    text = "Ansökan skickas till nämnden. Vi svarar inom fyra veckor.\n\n" * 200
    monkeypatch.setattr(long_documents, "PART_CHARS", 3_000)
    short, long, after = analyzer.pipe(["Beslutet skickas till dig.", text, "Vi har öppet i dag."])
    assert long == analyse_in_parts(analyzer, Document(text=text), part_chars=3_000)
    assert short == analyzer.analyze("Beslutet skickas till dig.") and short.findings
    assert after.metrics["words"] == 5 and long.metrics["sentences"] == 400


def test_formal_words_that_pile_up_give_one_finding_for_the_whole_text(analyzer) -> None:
    """complex_word's one finding of formal words that pile up is made once per text, not once per part."""
    body = "".join(f"Bron utgör en länk i stor utsträckning. Olyckor förekommer i samband med arbetet {i}, "
                   f"som utgjorde en del av planen och förekom ofta.\n\n" for i in range(150))
    parts = analyse_in_parts(analyzer, Document(text=body), part_chars=analyzer.chunk_chars)
    assert len(body) > 4 * analyzer.chunk_chars
    piles = [f for f in parts.findings if f.rule == "complex_word" and f.occurrences]
    assert len(piles) == 1 and piles[0].start == 5
    assert f"{1 + len(piles[0].occurrences)} gånger i texten" in piles[0].message


@pytest.mark.parametrize("first", ["erhöll", "erhåller"])
def test_a_lexicon_entry_in_several_parts_is_one_finding_with_its_count(analyzer, first) -> None:
    """Review 28, item 9: complex_word's places in different parts, in different forms or the same, make one finding
    keyed by the entry, with the count sentence of the text in one piece (also when the first part had one place)."""
    text = (f"Du {first} ett brev från oss i mars om din ansökan. "
            + "Vi har gått igenom ansökan och alla papper som du skickade till oss.\n\n" * 5
            + "Om du erhåller ett avslag kan du överklaga beslutet.")
    one = [f for f in analyzer.analyze(text).findings if f.rule == "complex_word"]
    parts = [f for f in analyse_in_parts(analyzer, Document(text=text), part_chars=300).findings
             if f.rule == "complex_word"]
    assert len(one) == 1 and len(one[0].occurrences) == 1
    assert [(f.start, f.occurrences, f.message) for f in parts] == [(f.start, f.occurrences, f.message) for f in one]
    assert "Ordet står 2 gånger i texten" in parts[0].message


def test_a_masculine_form_in_several_parts_is_one_finding_with_its_count(analyzer) -> None:
    """Review 28 B, item 5: masculine_form's places of one word in different parts make one finding, with the count
    of the text in one piece (it had no key, so each part kept its own finding, without a count)."""
    text = ("Den enskilde medarbetaren ska erhålla information om arbetet. Vi skriver till er om arbetet i kommunen i "
            "vår.\n\nVi har mycket att göra i kommunen i vår och i sommar.\n\nDen enskilde medarbetaren ska erhålla "
            "ett brev om arbetet. Vi skriver till er igen om arbetet i kommunen.\n\n")
    one = [f for f in analyzer.analyze(text).findings if f.rule == "masculine_form"]
    parts = [f for f in analyse_in_parts(analyzer, Document(text=text), part_chars=120).findings
             if f.rule == "masculine_form"]
    assert len(one) == 1 and len(one[0].occurrences) == 1
    assert [(f.start, f.occurrences, f.message) for f in parts] == [(f.start, f.occurrences, f.message) for f in one]
    assert "Ordet står 2 gånger i texten" in parts[0].message
