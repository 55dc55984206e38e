import pytest

from klarsprak.config import Config, discover, from_mapping, load_file
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
