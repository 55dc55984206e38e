"""The worker pool: results in input order, and a worker killed with SIGKILL costs a retry, never a hang."""

from __future__ import annotations

import copy
import os
import signal
from pathlib import Path

import pytest

import klarsprak
from klarsprak.analyzer import Analyzer
from klarsprak.errors import WorkerLostWarning
from klarsprak.workers import Pool

TEXTS = [f"Beslutet nummer {i} skickas till dig av handläggaren." for i in range(12)]


def _square_or_die(items: list[int]) -> list[int]:
    """A task: squares; the item -1 kills its worker, as a segfault or the OOM killer would."""
    if -1 in items:
        os.kill(os.getpid(), signal.SIGKILL)
    return [i * i for i in items]


def test_pool_keeps_order_and_reports_an_item_that_kills_its_worker_twice() -> None:
    chunks = [[1, 2], [3, -1], [4], [5, 6]]
    with Pool(2) as pool:
        out = list(pool.map(_square_or_die, chunks, lambda item, reason: f"lost {item}: {reason}"))
    assert out[:2] == [1, 4] and out[2] == 9 and out[4:] == [16, 25, 36]
    assert out[3].startswith("lost -1: the worker process died")


def _dying(analyzer: Analyzer, marker: str, once: Path | None = None) -> Analyzer:
    """A copy of ``analyzer`` whose worker is killed (SIGKILL) on a text containing ``marker``;
    with ``once``, only on the first attempt."""
    dying = copy.copy(analyzer)
    report = analyzer._report

    def _report(doc, document, sender):  # type: ignore[no-untyped-def]
        if marker in document.text and (once is None or not once.exists()):
            if once is not None:
                once.touch()
            os.kill(os.getpid(), signal.SIGKILL)
        return report(doc, document, sender)

    dying._report = _report  # type: ignore[method-assign]
    return dying


def test_analyze_many_reports_a_text_whose_worker_dies_twice(analyzer: Analyzer) -> None:
    texts = [*TEXTS[:5], "Den här texten DÖDAR sin arbetsprocess.", *TEXTS[5:]]
    with pytest.warns(WorkerLostWarning, match="died"):
        frame = klarsprak.analyze_many(texts, analyzer=_dying(analyzer, "DÖDAR"), n_process=2, batch_size=2)
    alone = klarsprak.analyze_many(TEXTS, analyzer=analyzer)
    assert len(frame) == len(texts)
    assert frame["words"].isna().tolist() == [i == 5 for i in range(len(texts))]
    kept = frame.drop(index=5).reset_index(drop=True)
    assert kept["words"].tolist() == alone["words"].tolist()
    assert kept["findings"].tolist() == alone["findings"].tolist()


def test_a_text_whose_worker_dies_once_is_retried(analyzer: Analyzer, tmp_path: Path) -> None:
    texts = [*TEXTS[:3], "Den här texten DÖDAR sin arbetsprocess en gång."]
    dying = _dying(analyzer, "DÖDAR", once=tmp_path / "died")
    reports = list(dying.pipe(texts, n_process=2, batch_size=1))
    assert (tmp_path / "died").exists()
    assert [r.to_dict() for r in reports] == [r.to_dict() for r in analyzer.pipe(texts)]
