from training.docblocks import replace_block


def test_replaces_only_between_markers(tmp_path):
    doc = tmp_path / "a.md"
    doc.write_text("intro\n<!-- s -->\nold\n<!-- /s -->\noutro\n", encoding="utf-8")
    assert replace_block(doc, "<!-- s -->", "<!-- /s -->", "new | 1")
    assert doc.read_text(encoding="utf-8") == "intro\n<!-- s -->\nnew | 1\n<!-- /s -->\noutro\n"


def test_missing_marker_changes_nothing(tmp_path):
    doc = tmp_path / "a.md"
    doc.write_text("no markers\n", encoding="utf-8")
    assert not replace_block(doc, "<!-- s -->", "<!-- /s -->", "x")
    assert doc.read_text(encoding="utf-8") == "no markers\n"
    assert not replace_block(tmp_path / "missing.md", "<!-- s -->", "<!-- /s -->", "x")


def test_a_judged_sample_prints_what_is_pending_or_gives_the_judgements(tmp_path, capsys):
    from benchmarks.docblocks import judged_sample, judging_parser

    judgements = tmp_path / "judgements.yaml"
    judgements.write_text("judgements:\n  - {doc: a, start: 1, verdict: correct}\n", encoding="utf-8")
    picked = [{"doc": "a", "start": 1}, {"doc": "b", "start": 5}]
    key = lambda row: (row["doc"], row["start"])  # noqa: E731
    assert judging_parser("x").parse_args(["--pending"]).pending
    assert judged_sample(picked, judgements, key, pending=True) is None
    assert capsys.readouterr().out == '{"doc": "b", "start": 5}\n'
    assert judged_sample(picked, judgements, key, pending=False) == {("a", 1): {"doc": "a", "start": 1,
                                                                               "verdict": "correct"}}
