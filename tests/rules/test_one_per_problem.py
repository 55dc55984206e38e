"""One finding per problem: where two rules report the same words, the writer sees the one the registry
keeps (``Rule.overrides``), with the other's advice where it ``folds`` it; a sentence-wide finding counts only at
the words it is about."""

import pytest

import klarsprak
from klarsprak.config import Config
from klarsprak.doc import Analysis
from klarsprak.metrics import unit_metrics
from klarsprak.rules import REGISTRY, Context
from klarsprak.rules.base import Rule

# complex_word flags "främjandet av", and nominal_style flags the sentence for "främjandet" and "förbättringen".
NOMINAL = "Pengarna ska användas till främjandet av hälsan och förbättringen av miljön."
# complex_word's "beaktas" and "befaras" lie in the nominal sentence but are no nouns it names: they stay.
OTHER_WORDS = ("Det ska också vid bedömningen av om ett brott är grovt särskilt beaktas om vapen innehafts i en "
               "sådan miljö att de kan befaras komma till brottslig användning.")


def checked(analyzer, text: str, *rules: str) -> tuple[list, list]:
    """The findings of ``rules`` on ``text`` before and after the registry's merge."""
    analysis = Analysis(analyzer.nlp(text))
    ctx = Context(analysis, Config(rules={"complex_word": {"strict": True}}), unit_metrics(analysis.units, 25))
    found = []
    for rule in rules:
        ctx.rule = REGISTRY.rules[rule]
        found += ctx.rule.check(ctx)
    return found, REGISTRY.one_per_problem(found, ctx.about, analysis)


def test_a_noun_the_nominal_sentence_names_gets_no_second_finding(analyzer):
    found, kept = checked(analyzer, NOMINAL, "complex_word", "nominal_style")
    assert {(f.rule, f.text) for f in found} >= {("complex_word", "främjandet av")}
    assert [f.rule for f in kept] == ["nominal_style"]
    assert "”främjandet” → ”främja”" in kept[0].suggestions


def test_other_words_of_a_nominal_sentence_keep_their_findings(analyzer):
    found, kept = checked(analyzer, OTHER_WORDS, "complex_word", "nominal_style")
    assert {f.text for f in kept if f.rule == "complex_word"} >= {"beaktas", "befaras"}
    assert "nominal_style" in {f.rule for f in kept}
    # the nouns nominal_style names ("bedömningen av") and the words of one of its phrases go
    assert len(found) - len(kept) == sum(f.text in ("komma till brottslig användning", "bedömningen av") for f in found)


def test_the_analyzer_reports_one_finding_per_problem(analyzer):
    rules = [f.rule for f in klarsprak.analyze(NOMINAL).findings if f.rule in ("complex_word", "nominal_style")]
    assert rules == ["nominal_style"]


# realtext dev regeringen_g0vse ...viktigare-lagar-och-forordningar-infor-halvarsskiftet-2021.md: a 55-word sentence
# that long_sentence and nominal_style (handläggningen, utfärdande, förklaring) both report.
LAW = ("En sökande som inte har fått något beslut inom de tidsgränser som gäller för handläggningen i ett ärende om "
       "erkännande av yrkeskvalifikationer, utfärdande av europeiskt yrkeskort för yrkesutövning i en annan stat "
       "eller överföring av ansökan om europeiskt yrkeskort till en annan stat, ges rätt att begära en förklaring "
       "av en domstol att ärendet uppehålls.")
# A simile on a slur: group_image and bias_term on "zigenare".
SIMILE = "Han ser ut som en zigenare på bilden, sa hon och skrattade."


def test_a_long_nominal_sentence_is_one_finding_with_both_advices(analyzer):
    found = [f for f in analyzer.analyze(LAW).findings if f.rule in ("long_sentence", "nominal_style")]
    assert [f.rule for f in found] == ["long_sentence"]
    assert "Meningen bygger på substantiv" in found[0].message
    assert "”utfärdande” → ”utfärda”" in found[0].suggestions and found[0].severity == "warning"


def test_a_simile_on_a_slur_is_one_finding_that_says_both(analyzer):
    found = [f for f in analyzer.analyze(SIMILE).findings if f.category == "inclusive_language"]
    assert [(f.rule, f.text) for f in found] == [("group_image", "som en zigenare")]
    assert "skällsord" in found[0].message and found[0].suggestions[-1] == "stryk liknelsen"


def test_a_simile_on_an_age_word_is_one_finding(analyzer):
    """group_image and age_stereotype on *tant* (review 28 B, item 9): one finding, the simile, with its ground;
    not age_stereotype's "äldre person", which would keep the simile."""
    found = [f for f in analyzer.analyze("Du pratar ju precis som en tant.").findings
             if f.category == "inclusive_language"]
    assert [(f.rule, f.text) for f in found] == [("group_image", "som en tant")]
    assert "(tant: ålder)" in found[0].message and "äldre person" not in found[0].suggestions


def test_a_rule_folds_only_what_it_overrides():
    with pytest.raises(ValueError, match="folds"):
        Rule("x", "plain_language", "info", "x", lambda ctx: (), folds=frozenset({"long_word"}))


# Talbanken P107: complex_word rewrites "beroende bl.a. på att" whole; abbreviation flags "bl.a." inside it.
PHRASE = ("Mindre än 1 % av svaren blir felaktiga, beroende bl.a. på att det vid enstaka graviditeter inte förekommer "
          "tillräcklig mängd av det ovan nämnda hormonet vid undersökningstillfället.")


def test_a_phrase_rewritten_whole_takes_the_abbreviation_in_it_along(analyzer):
    found = [f for f in analyzer.analyze(PHRASE).findings if "bl.a." in f.text]
    assert [(f.rule, f.text) for f in found] == [("complex_word", "beroende bl.a. på att")]
    assert "”bland annat”" in found[0].message
