"""One finding per problem: where two rules report the same words, the writer sees the one the registry
keeps (``Rule.overrides``); a sentence-wide finding counts only at the words it is about."""

import klarsprak
from klarsprak.config import Config
from klarsprak.doc import Analysis
from klarsprak.metrics import unit_metrics
from klarsprak.rules import REGISTRY, Context

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
