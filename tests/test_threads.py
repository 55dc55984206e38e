"""BLAS threads per call: one thread for small batches, the user's limit kept, the setting restored after a call;
parsing ahead in a background thread: same order, same errors, same reports, no thread left behind."""

from __future__ import annotations

import os
import subprocess
import sys
import threading
import time

import pytest
from threadpoolctl import threadpool_info

import klarsprak
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
    for others, chosen in ((0.0, 4), (0.2, 4), (0.3, 3), (1.0, 3), (1.3, 2), (9.0, 1)):
        monkeypatch.setattr(threads, "others_busy", lambda: others)
        assert threads.for_batch(100_000) == chosen, others


def test_a_limit_the_user_set_is_kept(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("OPENBLAS_NUM_THREADS", "2")
    assert threads.for_batch(40) is None and threads.for_batch(100_000) is None


def system_busy(seconds: float, load: threads.OthersLoad) -> tuple[float, float, float]:
    """Cores busy over ``seconds``: on the whole machine (counted here from /proc/stat), in this process (its CPU
    clock), and by others as ``load`` reads it."""
    def busy() -> int:
        with open("/proc/stat", encoding="ascii") as f:
            user, nice, system, _idle, _iowait, irq, softirq, steal = map(int, f.readline().split()[1:9])
        return user + nice + system + irq + softirq + steal

    load()
    before, cpu, start = busy(), time.process_time(), time.monotonic()
    time.sleep(seconds)
    others = load()
    elapsed = time.monotonic() - start
    return (busy() - before) / os.sysconf("SC_CLK_TCK") / elapsed, (time.process_time() - cpu) / elapsed, others


needs_proc = pytest.mark.skipif(not os.path.exists("/proc/self/stat"), reason="reads Linux's /proc")


@needs_proc
def test_a_busy_process_counts_as_a_taken_core() -> None:
    spinner = subprocess.Popen([sys.executable, "-c", "while True: pass"])
    try:
        time.sleep(0.5)
        load = threads.OthersLoad(window=0.05)
        assert load() >= 0.5  # the first reading: threads running now
        assert system_busy(1.0, load)[2] >= 0.5  # then: CPU time over the window
    finally:
        spinner.kill()
        spinner.wait()


@needs_proc
def test_our_own_busy_threads_do_not_count_as_others() -> None:
    stop = threading.Event()

    def spin() -> None:
        while not stop.is_set():
            pass

    spinner = threading.Thread(target=spin)
    spinner.start()
    try:
        whole, ours, others = system_busy(1.0, threads.OthersLoad(window=0.05))
    finally:
        stop.set()
        spinner.join()
    if ours < 0.3:
        pytest.skip(f"the machine is too busy: our spinning thread got {ours:.2f} of a core")
    assert others == pytest.approx(whole - ours, abs=0.2)  # our spinning thread is not counted as others'


def test_the_reading_is_kept_for_a_window() -> None:
    load = threads.OthersLoad(window=60.0)
    first = load()
    assert first >= 0 and all(load() == first for _ in range(100))


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


def test_overlapped_keeps_order_and_works_in_one_other_thread() -> None:
    workers: set[int] = set()

    def work(n: int) -> int:
        workers.add(threading.get_ident())
        return n * n

    assert list(threads.overlapped(range(50), work, lambda n: 1, limit=3)) == [n * n for n in range(50)]
    assert len(workers) == 1 and threading.get_ident() not in workers


def test_overlapped_holds_at_most_the_limit_waiting() -> None:
    made, done = [], []

    def items():
        for n in range(20):
            made.append(n)
            assert len(made) - len(done) <= 4  # 3 waiting by weight, and the one just made
            yield n

    def work(n: int) -> int:
        time.sleep(0.002)
        done.append(n)
        return n

    assert list(threads.overlapped(items(), work, lambda n: 1, limit=3)) == list(range(20))


def test_overlapped_raises_the_error_of_an_item_where_it_stands() -> None:
    def work(n: int) -> int:
        if n == 2:
            raise ValueError("broken item")
        return n

    got = []
    with pytest.raises(ValueError, match="broken item"):
        for n in threads.overlapped(range(5), work, lambda n: 1, limit=10):
            got.append(n)
    assert got == [0, 1]


def test_overlapped_does_not_wait_for_the_work_in_hand_when_the_consumer_stops() -> None:
    release = threading.Event()
    started = []

    def work(n: int) -> int:
        started.append(n)
        release.wait(5)
        return n

    def items():
        yield 0
        yield 1
        raise TimeoutError("the request's deadline")  # as the alarm interrupts parsing

    began = time.monotonic()
    with pytest.raises(TimeoutError):
        list(threads.overlapped(items(), work, lambda n: 1, limit=10))
    assert time.monotonic() - began < 1 and started == [0]
    release.set()


def test_pipe_over_several_batches_equals_one_text_at_a_time(analyzer) -> None:
    texts = [f"Ansökan nr {n} ska skickas in senast den 1 maj. Beslutet fattades av nämnden.\n\n" * 30
             for n in range(6)]
    small = klarsprak.Analyzer(chunk_chars=1_000, batch_chars=3_000)
    together = [r.to_json() for r in small.pipe(texts)]
    assert together == [small.analyze(t).to_json() for t in texts]
    assert together == [r.to_json() for r in analyzer.pipe(texts)]
