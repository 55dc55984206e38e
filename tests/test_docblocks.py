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
