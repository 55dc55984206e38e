"""Tables: analyze_many and findings_frame keep the input index and stable columns; read_batch reads Parquet."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

import klarsprak
from klarsprak.frames import (
    FINDING_COLUMNS, METRIC_COLUMNS, analyze_reports, findings_frame, metrics_frame, read_batch,
)

HARD = ("Kommunfullmäktigesammanträdets beslutsunderlag avseende verksamhetsplaneringen behandlades "
        "utförligt genom omfattande konsekvensanalyser beträffande resursfördelningsprinciperna.")
EASY = "Vi har öppet i dag. Du är välkommen hit."


def test_series_index_is_kept(analyzer) -> None:
    texts = pd.Series([EASY, HARD, None], index=["b", "a", "z"])
    frame = klarsprak.analyze_many(texts, analyzer=analyzer)
    assert list(frame.index) == ["b", "a", "z"]
    assert set(METRIC_COLUMNS) <= set(frame.columns)
    assert frame.loc["a", "lix"] > frame.loc["b", "lix"]
    assert frame.loc["z", "words"] == 0 and pd.isna(frame.loc["z", "lix"])
    assert frame.loc["a", "rule_readability"] == 1 and frame.loc["b", "rule_readability"] == 0
    assert {f"rule_{r.id}" for r in analyzer.rules} <= set(frame.columns)


def test_dataframe_text_column_and_metadata(analyzer) -> None:
    df = pd.DataFrame({"body": [HARD, EASY], "title": ["Svår", "Lätt"],
                       "date": pd.to_datetime(["2024-03-01", "2023-01-15"])}, index=[101, 7])
    frame = klarsprak.analyze_many(df, text_column="body", analyzer=analyzer)
    assert list(frame.index) == [101, 7]
    joined = df.join(frame)
    assert joined.loc[101, "title"] == "Svår" and joined.loc[101, "lix"] == frame.loc[101, "lix"]
    reports = analyze_reports(df, "body", analyzer=analyzer)
    assert reports.loc[7].meta["title"] == "Lätt" and reports.loc[7].meta["date"].startswith("2023-01-15")
    with pytest.raises(KeyError, match="body"):
        klarsprak.analyze_many(df.drop(columns="body"), text_column="body", analyzer=analyzer)


def test_findings_frame_one_row_per_finding(analyzer) -> None:
    texts = pd.Series([HARD, EASY, HARD], index=pd.Index(["x", "y", "w"], name="doc"))
    reports = analyze_reports(texts, analyzer=analyzer)
    frame = klarsprak.findings_frame(texts, analyzer=analyzer)
    assert list(frame.columns) == list(FINDING_COLUMNS)
    assert len(frame) == sum(len(r.findings) for r in reports)
    assert set(frame["doc_id"]) <= {"x", "y", "w"} and {"x", "w"} <= set(frame["doc_id"])
    for _, row in frame.iterrows():
        text = texts[row["doc_id"]]
        assert text[row["start"]:row["end"]] == row["text"]
    assert findings_frame(reports).equals(frame)
    assert metrics_frame(reports).index.tolist() == ["x", "y", "w"]


def test_list_input_and_report_inputs(analyzer) -> None:
    frame = klarsprak.analyze_many([EASY, HARD], analyzer=analyzer)
    assert list(frame.index) == [0, 1]
    by_name = klarsprak.analyze_many({"brev": EASY}, analyzer=analyzer)
    assert list(by_name.index) == ["brev"]
    report = analyzer.analyze(HARD)
    assert list(findings_frame(report)["doc_id"].unique()) == [0]
    assert list(report.to_frame().columns) == list(FINDING_COLUMNS)
    empty = klarsprak.analyze_many([], analyzer=analyzer)
    assert len(empty) == 0 and set(METRIC_COLUMNS) <= set(empty.columns)
    assert list(findings_frame([], analyzer=analyzer).columns) == list(FINDING_COLUMNS)


def test_two_processes_give_the_same_rows(analyzer) -> None:
    texts = pd.Series([EASY, HARD] * 6, index=range(100, 112))
    one = klarsprak.analyze_many(texts, analyzer=analyzer, batch_size=2)
    two = klarsprak.analyze_many(texts, analyzer=analyzer, n_process=2, batch_size=2)
    pd.testing.assert_frame_equal(one, two)


def test_read_batch_gives_the_same_shapes(tmp_path: Path, analyzer) -> None:
    from klarsprak.archive.run import run_batch

    inputs = tmp_path / "in"
    inputs.mkdir()
    (inputs / "svar.txt").write_text(HARD, encoding="utf-8")
    (inputs / "latt.txt").write_text(EASY, encoding="utf-8")
    run_batch([inputs], tmp_path / "out", progress=False)
    documents, findings = read_batch(tmp_path / "out")
    assert len(documents) == 2 and set(METRIC_COLUMNS) <= set(documents.columns)
    assert list(findings.columns) == list(FINDING_COLUMNS)
    assert set(findings["doc_id"]) <= set(documents.index)
    expected = klarsprak.analyze_many(pd.Series([HARD, EASY]), analyzer=analyzer)
    assert sorted(documents["lix"]) == pytest.approx(sorted(expected["lix"]))
    assert len(findings) == int(expected["findings"].sum())
    assert all(isinstance(s, list) for s in findings["suggestions"])
    with pytest.raises(FileNotFoundError):
        read_batch(tmp_path / "missing")


def test_sender_columns_give_the_verdict(analyzer) -> None:
    """``sender_clear`` is the reader's verdict, which a page without a sender finding can still fail."""
    reports = [analyzer.analyze(klarsprak.Document(text=text, content_type="text/html")) for text in (
        "Vi hjälper dig med bygglov. Kontakta oss om ditt ärende.",
        "Helsingborg kontaktcenter hjälper dig med ditt ärende och din ansökan.")]
    frame = metrics_frame(reports)
    assert list(frame.columns[frame.columns.get_loc("sender_found"):][:2]) == ["sender_found", "sender_clear"]
    assert frame["sender_clear"].tolist() == [False, True]
