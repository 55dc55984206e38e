"""One analysis thread per worker process, which runs the requests waiting together in one ``Analyzer.pipe`` call.

The model works faster on a batch of texts than on the same texts one by one,
so under load the server approaches ``Analyzer.pipe``'s throughput; with one
request at a time, a batch is that one request. Only this thread runs the model
and its tokenizer, so the loaded pipeline is never used by two threads at once;
each job's ``then`` (what the request makes of its report) runs here too.
"""

from __future__ import annotations

import queue
import threading
from concurrent.futures import Future
from typing import Any, Callable

from ..analyzer import Analyzer, TextLike
from ..findings import Report

Then = Callable[[Report], Any]
Job = tuple[Analyzer, TextLike, Then, "Future[Any]"]

#: Most texts analysed in one call; bounds the wait of the first request in a batch.
MAX_BATCH = 16


class Batcher:
    """Queues (analyzer, text, then) jobs and answers each with ``then(report)`` (or the exception) through a Future."""

    def __init__(self, max_batch: int = MAX_BATCH) -> None:
        self.max_batch = max_batch
        self._jobs: queue.SimpleQueue[Job] = queue.SimpleQueue()
        threading.Thread(target=self._run, name="klarsprak-analysis", daemon=True).start()

    def submit(self, analyzer: Analyzer, text: TextLike, then: Then) -> Future[Any]:
        future: Future[Any] = Future()
        self._jobs.put((analyzer, text, then, future))
        return future

    def _run(self) -> None:
        while True:
            batch = [self._jobs.get()]
            while len(batch) < self.max_batch:
                try:
                    batch.append(self._jobs.get_nowait())
                except queue.Empty:
                    break
            groups: dict[int, list[Job]] = {}
            for job in batch:
                groups.setdefault(id(job[0]), []).append(job)
            for jobs in groups.values():
                _answer(jobs)


def _answer(jobs: list[Job]) -> None:
    """Analyze a group sharing one analyzer in one call; if that fails, each alone, so an error stays with its text."""
    analyzer = jobs[0][0]
    try:
        reports: list[Any] = list(analyzer.pipe([text for _, text, _, _ in jobs]))
    except Exception:
        reports = []
        for _, text, _, _ in jobs:
            try:
                reports.append(analyzer.analyze(text))
            except Exception as exc:  # handed to the request that sent the text
                reports.append(exc)
    for (_, _, then, future), report in zip(jobs, reports):
        try:
            if isinstance(report, Exception):
                raise report
            future.set_result(then(report))
        except Exception as exc:
            future.set_exception(exc)
