"""One pool of worker processes for every parallel job: ``analyze_many``, ``Analyzer.pipe``, batch and Spark.

Each worker process holds one analyzer, which it gets once from the pool's ``load``
(a picklable callable: the analyzer module passes ``cached_analyzer`` bound to a
hashable ``(config, model)``, or a ready analyzer): inherited from the parent when
forked, loaded in the worker otherwise. The pool knows nothing of analyzers, so the
analyzer depends on it and never the reverse. A task is a plain module-level function
that takes a chunk of items and returns one result per item; inside it,
:func:`current` is the worker's analyzer. Results come back in input order.

A worker that dies (segfault, the OOM killer, ``kill -9``) or a chunk that
overruns its time never hangs the caller: the pool is replaced and every item
of the chunks that were in flight and unfinished is retried once, alone; an item that fails
again becomes ``lost(item, reason)``, so the caller reports it (an error row,
a report with a note). Workers exit when their parent dies.

How the engines use it:

- ``Analyzer.pipe(n_process=N)`` and ``analyze_many``: ``Pool(N, <the ready analyzer>)``
  mapping :func:`klarsprak.analyzer.analyse_chunk` over chunks of documents.
- The local batch engine: ``Pool(jobs, partial(cached_analyzer, config, model), timeout=…)`` mapping its
  own chunk scorer (which calls :func:`current` for the analyzer), with ``lost``
  giving the error row of a source.
- Spark: executors are Spark's own processes, so no pool is started; each task
  calls :func:`klarsprak.analyzer.executor_analyzer`, which limits BLAS to one thread (Spark runs
  one task per core) and keeps one analyzer per ``(config, model)`` for the
  Python worker's life.
"""

from __future__ import annotations

import multiprocessing
import os
import threading
import time
from collections import deque
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures import TimeoutError as FutureTimeout
from concurrent.futures.process import BrokenProcessPool
from typing import Any, Callable, Generic, Iterable, Iterator, TypeVar

from . import threads
from .blas import threads_per_process

T = TypeVar("T")
R = TypeVar("R")
Task = Callable[[list[T]], list[R]]
Lost = Callable[[T, str], R]

#: The analyzer of this worker process: what the pool's ``load`` returned (set by the pool's initializer).
_CURRENT: Any = None


def current() -> Any:
    """The analyzer of this worker process; use it inside a task."""
    if _CURRENT is None:
        raise RuntimeError("klarsprak.workers.current() called outside a worker process")
    return _CURRENT


def _init(load: Callable[[], Any] | None, blas: int, parent: int) -> None:
    global _CURRENT
    threads.fix(blas)  # the workers share out the cores
    _CURRENT = load() if load is not None else None

    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(1.0)
        os._exit(1)

    threading.Thread(target=watch, daemon=True).start()


class Pool(Generic[T, R]):
    """``processes`` workers, each holding what ``load`` returns; a dead or hung worker costs a retry, never a hang.

    ``load`` (picklable; None: the workers hold nothing) is called once in this process when the
    workers are forked, so they inherit what it loaded, and once in each worker otherwise.
    ``timeout(chunk)`` is the most seconds ``chunk`` may take (None: no limit).
    """

    def __init__(self, processes: int, load: Callable[[], Any] | None = None, *,
                 timeout: Callable[[list[T]], float | None] | None = None, start_method: str | None = None) -> None:
        self.processes = max(1, processes)
        self.load = load
        if load is not None and _forks(start_method):
            load()  # load once here; forked workers inherit it
        self.timeout = timeout or (lambda chunk: None)
        self.method = start_method or ("fork" if _forks(None) else "spawn")
        self._pool = self._start()

    def _start(self) -> ProcessPoolExecutor:
        context = multiprocessing.get_context(self.method)
        return ProcessPoolExecutor(self.processes, mp_context=context, initializer=_init,
                                   initargs=(self.load, threads_per_process(self.processes), os.getpid()))

    def __enter__(self) -> Pool[T, R]:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        """Stop the workers now (killing any that still run)."""
        processes = list((getattr(self._pool, "_processes", None) or {}).values())
        self._pool.shutdown(wait=False, cancel_futures=True)
        for process in processes:
            if process.is_alive():
                process.kill()
        for process in processes:
            process.join(5)

    def _restart(self) -> None:
        self.close()
        self._pool = self._start()

    def map(self, task: Task[T, R], chunks: Iterable[list[T]], lost: Lost[T, R]) -> Iterator[R]:
        """``task`` over ``chunks`` in the workers: one result per item, in input order.

        At most ``4 × processes`` chunks are in flight, so memory stays flat
        however long ``chunks`` is.
        """
        pending: deque[tuple[list[T], Future[list[R]]]] = deque()
        for chunk in chunks:
            pending.append((chunk, self._pool.submit(task, chunk)))
            while len(pending) >= 4 * self.processes:
                yield from self._resolve(task, pending, lost)
        while pending:
            yield from self._resolve(task, pending, lost)

    def _resolve(self, task: Task[T, R], pending: deque[tuple[list[T], Future[list[R]]]],
                 lost: Lost[T, R]) -> list[R]:
        chunk, future = pending.popleft()
        try:
            return future.result(timeout=self.timeout(chunk))
        except (BrokenProcessPool, FutureTimeout):
            pass
        in_flight = [(chunk, future), *pending]
        pending.clear()
        self._restart()
        results: list[R] = []
        for items, done in in_flight:  # chunks that finished before the death keep their results
            finished = done.done() and not done.cancelled() and done.exception() is None
            results.extend(done.result() if finished else (self._alone(task, item, lost) for item in items))
        return results

    def _alone(self, task: Task[T, R], item: T, lost: Lost[T, R]) -> R:
        """One item in a fresh worker: its result, or ``lost`` if the worker dies or hangs again."""
        try:
            return self._pool.submit(task, [item]).result(timeout=self.timeout([item]))[0]
        except (BrokenProcessPool, FutureTimeout) as exc:
            self._restart()
            what = "hung" if isinstance(exc, FutureTimeout) else "died (segfault, out of memory or killed)"
            return lost(item, f"the worker process {what} on this input, twice")


def _forks(start_method: str | None) -> bool:
    if start_method is not None:
        return start_method == "fork"
    return "fork" in multiprocessing.get_all_start_methods()


