"""The command line: exit codes, formats, config. One test runs a real subprocess (the entry point and the
process's exit code); the others run in this process through click's runner, which gives the same exit code,
stdout and stderr without starting an interpreter and loading the model again."""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

EXAMPLES = Path(__file__).resolve().parents[1] / "docs" / "examples"
CLEAN = "Vi har öppet i dag.\n"
LONG = ("Den som vill ansöka om bygglov för en tillbyggnad av sitt bostadshus ska skicka in ritningar, "
        "situationsplan och en beskrivning av åtgärden till nämnden innan arbetet påbörjas eftersom "
        "handläggningen annars kan försenas avsevärt.\n")


def run(*args, stdin=None, cwd=None):
    return subprocess.run([sys.executable, "-m", "klarsprak", *args], input=stdin, capture_output=True,
                          text=True, cwd=cwd, env={**os.environ, "PYTHONIOENCODING": "utf-8"}, timeout=300)


def invoke(*args, stdin=None, cwd=None):
    """The command in this process (click's runner), answered like :func:`run`."""
    from click.testing import CliRunner

    from klarsprak.cli import main

    previous = os.getcwd()
    os.chdir(cwd or previous)
    try:
        result = CliRunner().invoke(main, list(args), input=stdin)
    finally:
        os.chdir(previous)
    return subprocess.CompletedProcess(args, result.exit_code, result.stdout, result.stderr)


def test_linter_format_and_exit_1(tmp_path):
    f = tmp_path / "a.txt"
    f.write_text("Rubrik\n\n" + LONG, encoding="utf-8")
    p = run("check", str(f), "--fail-on", "info", cwd=tmp_path)
    assert p.returncode == 1, p.stderr
    line = next(l for l in p.stdout.splitlines() if " long_sentence " in l)
    assert line.startswith(f"{f}:3:1: warning long_sentence ")


def test_exit_0_below_threshold(tmp_path):
    p = invoke("check", "-", "--fail-on", "error", stdin=LONG, cwd=tmp_path)
    assert p.returncode == 0, p.stderr
    assert "<stdin>:1:1:" in p.stdout


def test_json_and_jsonl(tmp_path):
    p = invoke("check", "-", "--format", "json", "--fail-on", "error", stdin=LONG, cwd=tmp_path)
    data = json.loads(p.stdout)
    assert data[0]["path"] == "-" and data[0]["metrics"]["sentences"] == 1
    p = invoke("check", "-", "--format", "jsonl", "--fail-on", "error", stdin=LONG, cwd=tmp_path)
    rows = [json.loads(l) for l in p.stdout.splitlines()]
    assert rows and all(r["path"] == "<stdin>" and "rule" in r for r in rows)


def test_exit_2_on_missing_file_and_bad_config(tmp_path):
    p = invoke("check", str(tmp_path / "nope.txt"), cwd=tmp_path)
    assert p.returncode == 2 and "nope.txt" in p.stderr and len(p.stderr.strip().splitlines()) == 1
    (tmp_path / "klarsprak.toml").write_text("lix_taget = 40\n", encoding="utf-8")
    p = invoke("check", "-", stdin=CLEAN, cwd=tmp_path)
    assert p.returncode == 2 and "lix_taget" in p.stderr


def test_usage_error_exit_2(tmp_path):
    p = invoke("check", "-", "--format", "xml", stdin=CLEAN, cwd=tmp_path)
    assert p.returncode == 2


def test_config_file_thresholds(tmp_path):
    (tmp_path / "klarsprak.toml").write_text('fail_on = "info"\n[rules.long_sentence]\nmax_words = 3\n',
                                             encoding="utf-8")
    p = invoke("check", "-", stdin="Vi ses i morgon bitti på kontoret.\n", cwd=tmp_path)
    assert p.returncode == 1 and "long_sentence" in p.stdout


@pytest.mark.parametrize("name", ["kungorelse.txt", "brev.txt", "webbsida.html"])
def test_examples_run(name, tmp_path):
    p = invoke("check", str(EXAMPLES / name), "--format", "json", cwd=tmp_path)
    assert p.returncode in (0, 1), p.stderr
    assert json.loads(p.stdout)[0]["metrics"]["words"] > 50


def test_every_command_has_help():
    for cmd in ([], ["check"], ["batch"], ["report"]):
        p = invoke(*cmd, "--help")
        assert p.returncode == 0 and "Usage" in p.stdout


BAD_CONFIGS = [
    ('[rules.long_sentence]\nmax_words = "tjugo"\n', "rules.long_sentence.max_words = 'tjugo'"),
    ("lix_target = nan\n", "lix_target = nan"),
    ("[rules.long_sentence]\nmax_words = 0\n", "rules.long_sentence.max_words = 0"),
    ("allow = [1, 2]\n", "allow = [1, 2]"),
    ("sender = 42\n", "sender = 42"),
    ('[severity]\nno_such_rule = "error"\n', "severity.no_such_rule"),
    ('disable = ["nope"]\n', "'nope'"),
    ("[batch]\nseconds_per_mb = -1\n", "batch.seconds_per_mb = -1"),
    ('[batch]\nseconds = "long"\n', "batch.seconds = 'long'"),
]


@pytest.mark.parametrize(("toml", "named"), BAD_CONFIGS)
def test_bad_config_exits_2_in_every_command(tmp_path, toml, named):
    config = tmp_path / "klarsprak.toml"
    config.write_text(toml, encoding="utf-8")
    (tmp_path / "in").mkdir()
    for command in (["check", "-"], ["batch", str(tmp_path / "in"), "-o", str(tmp_path / "out"), "--no-progress"],
                    ["report", str(tmp_path / "in"), "-o", str(tmp_path / "r.html")]):
        p = invoke(*command, "--config", str(config), stdin=CLEAN)
        assert p.returncode == 2, (command, p.stdout, p.stderr)
        assert str(config) in p.stderr and named in p.stderr, p.stderr
        assert "Traceback" not in p.stderr and len(p.stderr.strip().splitlines()) == 1


def test_missing_user_lexicon_exits_2(tmp_path):
    (tmp_path / "klarsprak.toml").write_text('lexicons = ["saknas.yaml"]\n', encoding="utf-8")
    p = invoke("check", "-", stdin=CLEAN, cwd=tmp_path)
    assert p.returncode == 2 and "saknas.yaml" in p.stderr and len(p.stderr.strip().splitlines()) == 1


def test_config_not_utf8_exits_2(tmp_path):
    config = tmp_path / "klarsprak.toml"
    config.write_bytes('sender = "Malmö stad"\n'.encode("latin-1"))
    p = invoke("check", "-", "--config", str(config), stdin=CLEAN)
    assert p.returncode == 2 and "not UTF-8" in p.stderr and str(config) in p.stderr


def test_bad_option_value_on_the_command_line_exits_2(tmp_path):
    p = invoke("check", "-", "--lix-target", "nan", "--config", str(tmp_path / "none.toml"), stdin=CLEAN)
    assert p.returncode == 2 and "none.toml" in p.stderr
    (tmp_path / "klarsprak.toml").write_text("", encoding="utf-8")
    p = invoke("check", "-", "--lix-target", "-5", stdin=CLEAN, cwd=tmp_path)
    assert p.returncode == 2 and "lix_target = -5" in p.stderr


def test_terminal_output_escapes_control_characters_one_line_per_finding(tmp_path):
    hostile = tmp_path / "a\x1b[31m\nb.txt"
    hostile.write_text("Rubrik\n\n" + LONG, encoding="utf-8")
    p = invoke("check", str(hostile), "--fail-on", "error")
    assert p.returncode == 0, p.stderr
    lines = p.stdout.splitlines()
    assert lines and all(line.startswith(f"{tmp_path}/a\\u001b[31m\\nb.txt:") for line in lines)
    assert "\x1b" not in p.stdout
    assert any(":3:1: warning long_sentence " in line for line in lines)


def test_line_and_column_from_the_line_index():
    from klarsprak.doc import Lines

    text = "ab\n\nåäö\r\nx\n"
    lines = Lines(text)
    for offset in range(len(text) + 1):
        line = text.count("\n", 0, offset) + 1
        col = offset - (text.rfind("\n", 0, offset) + 1) + 1
        assert lines.line_col(offset) == (line, col)
