"""``klarsprak lexicon check``: duplicates and flagged replacements are problems (exit 1), a file that
breaks its schema is a user error (exit 2)."""

from click.testing import CliRunner

from klarsprak.cli import main
from klarsprak.lexicon.check import check
from klarsprak.pipeline import load

COMPLEX = """schema: complex_words
sources: {k: "Källa"}
entries:
  - {id: a, lemma: erhålla, alternatives: [få], note: n, source: k}
  - {id: b, lemma: erhålla, alternatives: [få], note: n, source: k}
  - {id: c, lemma: tillhandahålla, alternatives: [erhålla], note: n, source: k}
"""


def test_duplicates_and_flagged_replacements(tmp_path):
    path = tmp_path / "complex.yaml"
    path.write_text(COMPLEX, encoding="utf-8")
    problems = [str(p) for p in check([path])]
    assert any("b: flags 'erhålla', as entry a already does" in p for p in problems)
    assert any("c: suggests 'erhålla', which entry a flags" in p for p in problems)


def test_command_exit_codes(tmp_path):
    good = tmp_path / "good.yaml"
    good.write_text("schema: word_lists\nentries:\n  - {id: x, words: [a], source: s}\n", encoding="utf-8")
    bad = tmp_path / "bad.yaml"
    bad.write_text(COMPLEX, encoding="utf-8")
    broken = tmp_path / "broken.yaml"
    broken.write_text("schema: word_lists\nentries:\n  - {id: x, words: a, source: s}\n", encoding="utf-8")
    runner = CliRunner()
    assert runner.invoke(main, ["lexicon", "check", str(good)]).exit_code == 0
    result = runner.invoke(main, ["lexicon", "check", str(bad)])
    assert result.exit_code == 1 and "suggests 'erhålla'" in result.output
    result = runner.invoke(main, ["lexicon", "check", str(broken)])
    assert result.exit_code == 2 and "broken.yaml: entry 1 (x): 'words' has the wrong type" in result.output


def test_a_broken_user_lexicon_stops_check_before_any_text(tmp_path):
    lexicon = tmp_path / "ours.yaml"
    lexicon.write_text("schema: inclusive\nentries:\n  - &a {id: x.a, lemmas: [ettord], ground: age, kind: outdated,"
                       " severity: warning, why: w, suggestions: [s], source: s}\n", encoding="utf-8")
    config = tmp_path / "klarsprak.toml"
    config.write_text(f'lexicons = ["{lexicon}"]\n', encoding="utf-8")
    text = tmp_path / "brev.txt"
    text.write_text("Hej på dig.", encoding="utf-8")
    result = CliRunner().invoke(main, ["check", "--config", str(config), str(text)])
    assert result.exit_code == 2
    assert "ours.yaml: cannot read lexicon: line 3: YAML anchors and aliases" in result.output


def test_a_noun_of_another_gender_is_no_drop_in(tmp_path):
    path = tmp_path / "complex.yaml"
    path.write_text("""schema: complex_words
sources: {k: "Källa"}
entries:
  - {id: skrivelse, lemma: skrivelse, alternatives: [brev], note: n, source: k}
  - {id: kopia, lemma: avskrift, alternatives: [kopia], note: n, source: k}
  - {id: mal, lemma: målsättning, alternatives: [mål], note: n, source: k, advice: true}
  - {id: erhalla, lemma: erhålla, alternatives: [få], note: n, source: k}
""", encoding="utf-8")
    problems = [str(p) for p in check([path], tagger=lambda: load(needs=("pos", "morph")))]
    assert problems == [f"{path}: skrivelse: offers 'brev' (neuter) as a drop-in for a common-gender noun: "
                        "what agrees with it would break; mark the entry advice"]


def test_the_shipped_lexicons_have_no_problems():
    """Every shipped file passes the same check CI runs (a drop-in of the wrong gender landed unnoticed once)."""
    assert [str(p) for p in check(tagger=lambda: load(needs=("pos", "morph")))] == []
