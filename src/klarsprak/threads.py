"""Threads: BLAS threads chosen per call, and the rules run while the next batch is parsed.

Matrix products (the tok2vec encoder, the parser's input layer) can use every
core through BLAS threads. That pays only for large batches on an idle
machine: for a sentence or a short notice the threads' start-up costs more than
they save, and when another process holds a core (a web server's other worker,
a Spark executor, CI) the threads wait for each other and a call gets several
times slower. ``benchmarks/blas_threads.py`` measures both side by side: on our
shared two-core machine every core was 1.4–13× slower than one thread for single
texts, and this module's choice was within noise of one thread. So each batch
gets one thread unless it is large and the other cores are free. Worker processes
get a fixed share of the cores instead (:mod:`klarsprak.workers`), and a limit
the user set (``OPENBLAS_NUM_THREADS``, ``OMP_NUM_THREADS``, ``MKL_NUM_THREADS``)
is always kept.

:func:`overlapped` runs the rules of the documents parsed so far in a background thread while the
caller's thread parses the next batch. The parser's C loops and the matrix products release the GIL,
so where a core is free the rules can run while the parser waits on neither. Parsing stays in the caller's
thread, where a deadline signal (serve, batch) can interrupt it.
"""

from __future__ import annotations

import os
from collections import deque
from concurrent.futures import Future, ThreadPoolExecutor
from contextlib import contextmanager
from functools import cache
from typing import Any, Callable, Iterable, Iterator, TypeVar

T = TypeVar("T")
R = TypeVar("R")

#: Batches with fewer characters than this always run on one thread (about 500 words; where more threads
#: might start to pay on an idle machine, which we could not measure on a shared one).
SMALL_BATCH_CHARS = 4_000
_USER_LIMITS = ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS")
_fixed = False


def for_batch(chars: int) -> int | None:
    """The BLAS threads for a batch of ``chars`` characters (None: leave the setting alone)."""
    if any(os.environ.get(name) for name in _USER_LIMITS):
        return None
    if chars < SMALL_BATCH_CHARS:
        return 1
    cores = os.cpu_count() or 1
    return max(1, cores - others_running())


def others_running() -> int:
    """How many other threads are running right now (Linux: /proc/loadavg; else the 1-minute load)."""
    try:
        with open("/proc/loadavg", encoding="ascii") as f:
            running = int(f.read().split()[3].split("/")[0])
    except (OSError, ValueError, IndexError):
        running = round(os.getloadavg()[0]) if hasattr(os, "getloadavg") else 1
    return max(0, running - 1)  # this thread is one of them


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
