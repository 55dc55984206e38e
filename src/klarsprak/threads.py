"""Threads: BLAS threads chosen per call, and the rules run while the next batch is parsed.

Matrix products (the tok2vec encoder, the parser's input layer) can use every
core through BLAS threads. On an idle machine that pays from a few hundred words
on; when another process holds a core (a web server's other worker, a Spark
executor, CI) the threads wait for each other and a call gets several times
slower (``benchmarks/blas_threads.py`` measures both side by side). So each batch
gets one thread unless it is large enough and cores are free of OTHER processes'
work (:class:`OthersLoad`: our own threads, spinning BLAS threads included, do not
count). Worker processes get a fixed share of the cores instead
(:mod:`klarsprak.workers`), and a limit the user set (``OPENBLAS_NUM_THREADS``,
``OMP_NUM_THREADS``, ``MKL_NUM_THREADS``) is always kept.

:func:`overlapped` runs the rules of the documents parsed so far in a background thread while the
caller's thread parses the next batch. The parser's C loops and the matrix products release the GIL,
so where a core is free the rules can run while the parser waits on neither. Parsing stays in the caller's
thread, where a deadline signal (serve, batch) can interrupt it.
"""

from __future__ import annotations

import math
import os
import threading
import time
from collections import deque
from concurrent.futures import Future, ThreadPoolExecutor
from contextlib import contextmanager
from functools import cache
from typing import Any, Callable, Iterable, Iterator, TypeVar

T = TypeVar("T")
R = TypeVar("R")

#: Batches with fewer characters than this always run on one thread (about 250 words): a second thread saves
#: them under a millisecond on an idle machine, and its spinning after the call would cost other processes more.
SMALL_BATCH_CHARS = 2_000
#: A core counts as taken when other processes keep it busy more than this share of the time.
TAKEN_SHARE = 0.25
_USER_LIMITS = ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS")
_fixed = False


def for_batch(chars: int) -> int | None:
    """The BLAS threads for a batch of ``chars`` characters (None: leave the setting alone)."""
    if any(os.environ.get(name) for name in _USER_LIMITS):
        return None
    if chars < SMALL_BATCH_CHARS:
        return 1
    taken = max(0, math.ceil(others_busy() - TAKEN_SHARE))
    return max(1, (os.cpu_count() or 1) - taken)


class OthersLoad:
    """How many cores OTHER processes keep busy: the machine's CPU time minus this process's.

    The load average and the run queue also count this process's own threads, among them the BLAS threads
    that keep spinning for a moment after a multi-threaded call, so on an idle machine they made us look
    busy and chose one thread. Linux: ``/proc/stat`` (all CPUs) minus ``/proc/self/stat`` (all our threads),
    over the time since the last reading, read again at most every ``window`` seconds. Without a recent
    reading (the first call, or none for ``stale`` seconds) it counts the threads running right now that are
    not ours. Elsewhere: the 1-minute load average less one (ours).
    """

    def __init__(self, window: float = 0.25, stale: float = 5.0) -> None:
        self.window, self.stale = window, stale
        self._lock = threading.Lock()
        self._last: tuple[float, int, int] | None = None
        self._estimate = 0.0

    def __call__(self) -> float:
        with self._lock:
            now = time.monotonic()
            if self._last is not None and now - self._last[0] < self.window:
                return self._estimate
            try:
                busy, own = _busy_ticks(), _own_ticks()
                if self._last is None or now - self._last[0] > self.stale:
                    self._estimate = float(_others_running_now())
                else:
                    elapsed = (now - self._last[0]) * _TICKS_PER_S
                    self._estimate = max(0.0, ((busy - self._last[1]) - (own - self._last[2])) / elapsed)
                self._last = (now, busy, own)
            except (OSError, ValueError, IndexError):
                self._estimate = max(0.0, os.getloadavg()[0] - 1) if hasattr(os, "getloadavg") else 0.0
            return self._estimate


def _busy_ticks() -> int:
    """Clock ticks all CPUs spent on anything but idle and I/O wait since boot (``/proc/stat``)."""
    with open("/proc/stat", encoding="ascii") as f:
        fields = [int(v) for v in f.readline().split()[1:9]]
    user, nice, system, _idle, _iowait, irq, softirq, steal = fields
    return user + nice + system + irq + softirq + steal


def _own_ticks() -> int:
    """Clock ticks this process (every thread, in user and kernel mode) has run (``/proc/self/stat``)."""
    with open("/proc/self/stat", encoding="ascii") as f:
        fields = f.read().rsplit(")", 1)[1].split()
    return int(fields[11]) + int(fields[12])  # utime, stime (fields 14 and 15 of proc(5))


def _others_running_now() -> int:
    """Threads running or runnable now that are not this process's (``procs_running`` less our own)."""
    with open("/proc/stat", encoding="ascii") as f:
        running = next(int(line.split()[1]) for line in f if line.startswith("procs_running"))
    ours = 0
    for task in os.scandir("/proc/self/task"):
        try:
            with open(os.path.join(task.path, "stat"), encoding="ascii") as f:
                ours += f.read().rsplit(")", 1)[1].split()[0] == "R"
        except OSError:  # the thread ended meanwhile
            continue
    return max(0, running - ours)


_TICKS_PER_S = os.sysconf("SC_CLK_TCK") if hasattr(os, "sysconf") else 100
#: Cores kept busy by other processes, for this process's choices (one reading per window).
others_busy = OthersLoad()


def fix(n: int) -> None:
    """Run BLAS on ``n`` threads in this process for good (a worker's share of the cores); no choice per call."""
    global _fixed
    for lib in _blas().lib_controllers:
        lib.set_num_threads(n)
    _fixed = True


@contextmanager
def limited(n: int | None) -> Iterator[None]:
    """BLAS on ``n`` threads inside the block, the previous setting after it (None, or a fixed share: no change)."""
    libs = [] if n is None or _fixed else _blas().lib_controllers
    before = [lib.num_threads for lib in libs]
    for lib in libs:
        lib.set_num_threads(n)
    try:
        yield
    finally:
        for lib, threads in zip(libs, before):
            lib.set_num_threads(threads)


@cache
def _blas() -> Any:
    from threadpoolctl import ThreadpoolController

    return ThreadpoolController().select(user_api="blas")



def overlapped(items: Iterable[T], work: Callable[[T], R], weight: Callable[[T], int], limit: int) -> Iterator[R]:
    """``work(item)`` for each item, in order, done in one background thread while ``items`` makes the next.

    Items wait for ``work`` up to a total ``weight`` of ``limit`` (at least one item), which bounds the memory
    they hold. An exception of ``work`` is raised where its item stands. When the consumer stops early (or a
    signal such as the request deadline interrupts it), queued items are dropped and the item in hand is
    finished in the background without waiting for it: ``work`` must not use what ``items`` uses (the
    pipeline), so the two never run the same code at once.
    """
    pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="klarsprak-rules")
    pending: deque[tuple[Future[R], int]] = deque()
    held = 0
    try:
        for item in items:
            pending.append((pool.submit(work, item), weight(item)))
            held += pending[-1][1]
            while pending and (pending[0][0].done() or held > limit and len(pending) > 1):
                future, size = pending.popleft()
                held -= size
                yield future.result()
        while pending:
            yield pending.popleft()[0].result()
    finally:
        pool.shutdown(wait=False, cancel_futures=True)
