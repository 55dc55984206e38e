"""masculine_form on the shipped model: the e-form about anyone, once per word, and the a-form that replaces it."""

import klarsprak


def _found(text: str) -> list:
    return [f for f in klarsprak.analyze(text).findings if f.rule == "masculine_form"]


def test_one_finding_per_word_with_its_other_places() -> None:
    text = "Om den enskilde har andra behov ska den enskilde få hjälp. Den enskilde kan också överklaga."
    (finding,) = _found(text)
    assert finding.text == "enskilde" and finding.suggestions == ("enskilda",) and finding.replaces
    assert len(finding.occurrences) == 2
    assert [text[s:e] for s, e in finding.occurrences] == ["enskilde", "enskilde"]
    # the count sentence of every once-per-text lexicon finding (rules/once.py, review 28 item 15)
    assert finding.message.endswith("Ordet står 3 gånger i texten: byt på alla ställen.")


def test_every_adjective_of_the_phrase_takes_the_a_form() -> None:
    (finding,) = _found("Om den nye ansvarige handläggaren är sjuk ska någon annan svara.")
    assert finding.text == "nye ansvarige" and finding.suggestions == ("nya ansvariga",)


def test_a_man_a_story_and_forms_without_gender_are_left_alone() -> None:
    assert not _found("Den unge mannen ska flytta till Malmö.")  # a gendered noun: about a man
    assert not _found("Den anställde nekade till allt.")  # a story in the past
    assert not _found("Den studerande ska anmäla sig.")  # -ande is the same for everyone
    assert not _found("Den större delen ska betalas av kommunen.")  # a comparative, not a person
    assert not _found("Om den unge Werther ska läsas i skolan vet ingen.")  # a name follows
    assert not _found("Han är den bäste spelaren som kan finnas.")  # han before it: a known man
    assert not _found("Jag vill tacka den nye ordföranden för hans arbete.")  # his: a known man


def test_a_generic_han_after_a_condition_keeps_it_generic() -> None:
    (finding,) = _found("Om den anställde är sjuk ska han ringa chefen.")
    assert finding.suggestions == ("anställda",)


def test_a_place_or_an_agency_after_a_preposition_names_no_man() -> None:
    assert _found("I Sverige ska den enskilde själv betala avgiften.")  # a sentence opened by a preposition
    assert _found("Enligt Skatteverket ska den enskilde själv betala skatten.")
    assert _found("Den nye handläggaren i Göteborg ska svara på frågan.")  # a place, not the man's name
    assert not _found("Anna är den bäste spelaren som kan finnas.")  # a name before it: a known woman or man


def test_one_finding_where_complex_word_knows_the_archaic_form_too() -> None:
    findings = [f for f in klarsprak.analyze("Om den egentlige mottagaren är sjuk ska någon annan svara.").findings
                if f.text == "egentlige"]
    assert [f.rule for f in findings] == ["masculine_form"]  # not a second finding of complex_word
    story = klarsprak.analyze("Den särskilde utredaren Kalle Berg lämnade sitt förslag i fjol.").findings
    assert [f.rule for f in story if f.text == "särskilde"] == ["complex_word"]  # a known man: complex_word stays
