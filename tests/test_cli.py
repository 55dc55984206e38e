"""The command line, run as a real subprocess (exit codes, formats, config)."""

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


def test_linter_format_and_exit_1(tmp_path):
    f = tmp_path / "a.txt"
    f.write_text("Rubrik\n\n" + LONG, encoding="utf-8")
    p = run("check", str(f), "--fail-on", "info", cwd=tmp_path)
    assert p.returncode == 1, p.stderr
    line = next(l for l in p.stdout.splitlines() if " long_sentence " in l)
    assert line.startswith(f"{f}:3:1: info long_sentence ")


def test_exit_0_below_threshold(tmp_path):
    p = run("check", "-", "--fail-on", "error", stdin=LONG, cwd=tmp_path)
    assert p.returncode == 0, p.stderr
    assert "<stdin>:1:1:" in p.stdout


def test_json_and_jsonl(tmp_path):
    p = run("check", "-", "--format", "json", "--fail-on", "error", stdin=LONG, cwd=tmp_path)
    data = json.loads(p.stdout)
    assert data[0]["path"] == "-" and data[0]["metrics"]["sentences"] == 1
    p = run("check", "-", "--format", "jsonl", "--fail-on", "error", stdin=LONG, cwd=tmp_path)
    rows = [json.loads(l) for l in p.stdout.splitlines()]
    assert rows and all(r["path"] == "<stdin>" and "rule" in r for r in rows)


def test_exit_2_on_missing_file_and_bad_config(tmp_path):
    p = run("check", str(tmp_path / "nope.txt"), cwd=tmp_path)
    assert p.returncode == 2 and "nope.txt" in p.stderr and len(p.stderr.strip().splitlines()) == 1
    (tmp_path / "klarsprak.toml").write_text("lix_taget = 40\n", encoding="utf-8")
    p = run("check", "-", stdin=CLEAN, cwd=tmp_path)
    assert p.returncode == 2 and "lix_taget" in p.stderr


def test_usage_error_exit_2(tmp_path):
    p = run("check", "-", "--format", "xml", stdin=CLEAN, cwd=tmp_path)
    assert p.returncode == 2


def test_config_file_thresholds(tmp_path):
    (tmp_path / "klarsprak.toml").write_text('fail_on = "info"\n[rules.long_sentence]\nmax_words = 3\n',
                                             encoding="utf-8")
    p = run("check", "-", stdin="Vi ses i morgon bitti på kontoret.\n", cwd=tmp_path)
    assert p.returncode == 1 and "long_sentence" in p.stdout


@pytest.mark.parametrize("name", ["kungorelse.txt", "brev.txt", "webbsida.html"])
def test_examples_run(name, tmp_path):
    p = run("check", str(EXAMPLES / name), "--format", "json", cwd=tmp_path)
    assert p.returncode in (0, 1), p.stderr
    assert json.loads(p.stdout)[0]["metrics"]["words"] > 50


def test_every_command_has_help():
    for cmd in ([], ["check"], ["batch"], ["report"]):
        p = run(*cmd, "--help")
        assert p.returncode == 0 and "Usage" in p.stdout
