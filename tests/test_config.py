import pickle

import pytest

from klarsprak.config import OPTIONS, SECTIONS, Config, discover, from_mapping, load_file
from klarsprak.errors import ConfigError


def test_unknown_key_is_named(tmp_path):
    p = tmp_path / "klarsprak.toml"
    p.write_text("lix_target = 40\nlix_taget = 3\n", encoding="utf-8")
    with pytest.raises(ConfigError, match="lix_taget"):
        load_file(p)


def test_pyproject_tool_table(tmp_path):
    (tmp_path / "pyproject.toml").write_text(
        '[project]\nname = "x"\n[tool.klarsprak]\nlix_target = 45\nfail_on = "error"\n'
        'disable = ["age"]\n[tool.klarsprak.rules.long_sentence]\nmax_words = 30\n', encoding="utf-8")
    sub = tmp_path / "a" / "b"
    sub.mkdir(parents=True)
    c = discover(sub)
    assert c.lix_target == 45 and c.fail_on.value == "error"
    assert c.is_disabled("bias_term", ground="age") and not c.is_disabled("bias_term", ground="sex")
    assert c.option("long_sentence", "max_words", 25) == 30


def test_bad_values():
    with pytest.raises(ConfigError):
        from_mapping({"fail_on": "fatal"})
    with pytest.raises(ConfigError):
        from_mapping({"lix_target": "high"})


def test_prefix_disable():
    c = Config(disable=("inclusive",))
    assert c.is_disabled("inclusive.generic_pronoun") and not c.is_disabled("inclusive_x")


BAD_VALUES = [
    ('[rules.long_sentence]\nmax_words = "tjugo"\n', "rules.long_sentence.max_words", "'tjugo'"),
    ("[rules.long_sentence]\nmax_words = 0\n", "rules.long_sentence.max_words", "0"),
    ("[rules.long_sentence]\nmax_words = -3\n", "rules.long_sentence.max_words", "-3"),
    ("[rules.long_sentence]\nmax_words = 20.5\n", "rules.long_sentence.max_words", "20.5"),
    ("lix_target = nan\n", "lix_target", "nan"),
    ("lix_target = inf\n", "lix_target", "inf"),
    ("lix_target = -1\n", "lix_target", "-1"),
    ('lix_target = "high"\n', "lix_target", "'high'"),
    ("allow = [1, 2]\n", "allow", "[1, 2]"),
    ("sender = 42\n", "sender", "42"),
    ('[severity]\nno_such_rule = "error"\n', "severity.no_such_rule", "'no_such_rule'"),
    ('[severity]\nlong_word = "fatal"\n', "severity.long_word", "'fatal'"),
    ('disable = ["nope"]\n', "disable", "'nope'"),
    ('fail_on = "fatal"\n', "fail_on", "'fatal'"),
    ("[rules.abbreviation]\nacronyms = 1\n", "rules.abbreviation.acronyms", "1"),
    ("[rules.long_word]\nmax_letter = 12\n", "rules.long_word", "'max_letter'"),
]


@pytest.mark.parametrize(("toml", "key", "value"), BAD_VALUES)
def test_bad_value_names_file_key_and_value(tmp_path, toml, key, value):
    p = tmp_path / "klarsprak.toml"
    p.write_text(toml, encoding="utf-8")
    with pytest.raises(ConfigError) as caught:
        load_file(p)
    message = str(caught.value)
    assert message.startswith(f"{p}: ") and key in message and value in message


def test_config_not_utf8_is_a_config_error(tmp_path):
    p = tmp_path / "klarsprak.toml"
    p.write_bytes('sender = "Malmö stad"\n'.encode("latin-1"))
    with pytest.raises(ConfigError, match="not UTF-8"):
        load_file(p)


def test_config_is_frozen_hashable_and_validated_on_change():
    a = Config(rules={"long_sentence": {"max_words": 30}}, severity={"long_word": "error"}, disable=["age"])
    b = Config(rules={"long_sentence": {"max_words": 30}}, severity={"long_word": "error"}, disable=("age",))
    assert a == b and hash(a) == hash(b) and len({a, b, Config()}) == 2
    assert pickle.loads(pickle.dumps(a)) == a
    with pytest.raises(TypeError):
        a.rules["long_sentence"]["max_words"] = 3  # type: ignore[index]
    with pytest.raises(ConfigError, match="lix_target"):
        a.merged(lix_target=float("nan"))


def test_the_options_table_declares_every_rule_option():
    from klarsprak.rules import REGISTRY

    declared = {f"{r.id}.{name}": default for r in REGISTRY.rules.values() for name, default in r.options.items()}
    tabled = {o.key: o.default for o in OPTIONS if "." in o.key and o.key.split(".")[0] not in SECTIONS}
    assert tabled == declared
    for option in OPTIONS:
        assert option.check(option.default) == option.default and option.description


def test_analyzers_are_cached_per_configuration():
    from klarsprak.analyzer import cached_analyzer, default_analyzer

    assert cached_analyzer(Config()) is default_analyzer() is cached_analyzer(None, None)
    assert cached_analyzer(Config(lix_target=40)) is cached_analyzer(Config(lix_target=40.0))
    assert cached_analyzer(Config(lix_target=40)) is not default_analyzer()


def test_a_broken_user_lexicon_stops_the_analyzer_before_any_text(tmp_path):
    from klarsprak.analyzer import Analyzer
    from klarsprak.errors import LexiconError

    bad = tmp_path / "egen.yaml"
    bad.write_text("schema: nope\n", encoding="utf-8")
    for path in (tmp_path / "saknas.yaml", bad):
        with pytest.raises(LexiconError, match=path.name):
            Analyzer(Config(lexicons=(str(path),)))


def test_lexicon_paths_are_relative_to_the_config_file(tmp_path):
    (tmp_path / "klarsprak.toml").write_text('lexicons = ["ord/egna.yaml", "/abs/andra.yaml"]\n', encoding="utf-8")
    sub = tmp_path / "texter"
    sub.mkdir()
    assert discover(sub).lexicons == (str(tmp_path / "ord" / "egna.yaml"), "/abs/andra.yaml")
