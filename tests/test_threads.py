"""BLAS threads per call: one thread for small batches, the user's limit kept, the setting restored after a call."""

from __future__ import annotations

import pytest
from threadpoolctl import threadpool_info

from klarsprak import threads


def blas_threads() -> list[int]:
    return [lib["num_threads"] for lib in threadpool_info() if lib["user_api"] == "blas"]


@pytest.fixture(autouse=True)
def no_user_limit(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS"):
        monkeypatch.delenv(name, raising=False)


def test_small_batches_get_one_thread_large_ones_the_free_cores(monkeypatch: pytest.MonkeyPatch) -> None:
    assert threads.for_batch(40) == 1 and threads.for_batch(threads.SMALL_BATCH_CHARS - 1) == 1
    monkeypatch.setattr(threads.os, "cpu_count", lambda: 4)
    monkeypatch.setattr(threads, "others_running", lambda: 0)
    assert threads.for_batch(100_000) == 4
    monkeypatch.setattr(threads, "others_running", lambda: 1)
    assert threads.for_batch(100_000) == 3
    monkeypatch.setattr(threads, "others_running", lambda: 9)
    assert threads.for_batch(100_000) == 1


def test_a_limit_the_user_set_is_kept(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("OPENBLAS_NUM_THREADS", "2")
    assert threads.for_batch(40) is None and threads.for_batch(100_000) is None


def test_others_running_reads_the_machine() -> None:
    assert threads.others_running() >= 0


def test_limited_restores_the_previous_setting() -> None:
    before = blas_threads()
    with threads.limited(1):
        assert set(blas_threads()) == {1}
    assert blas_threads() == before
    with threads.limited(None):
        assert blas_threads() == before


def test_analysis_is_the_same_on_one_thread_and_on_two(analyzer, monkeypatch: pytest.MonkeyPatch) -> None:
    text = "Ansökan ska skickas in senast den 1 maj. " * 200
    chosen = []
    monkeypatch.setattr(threads, "for_batch", lambda chars: chosen.append(1) or 1)
    one = analyzer.analyze(text).to_json()
    monkeypatch.setattr(threads, "for_batch", lambda chars: chosen.append(2) or 2)
    two = analyzer.analyze(text).to_json()
    assert one == two and chosen == [1, 2]
