"""The analysis processes of one server: each request goes to a process that is free, in arrival order.

``--workers N`` starts N processes, each loading the model once; the web
process keeps no model and hands each job to an idle process, or queues it
until one is free. So a request never waits behind another while a process
idles, as it did with N web processes, each stuck with the keep-alive
connections the kernel happened to give it (of four clients on two processes,
a 3–1 split is more likely than 2–2).

Each process answers one job at a time in its main thread, so the request
deadline (``serve.seconds``, a ``SIGALRM``) interrupts it there; a process that
overruns anyway (stuck in C code) or dies is killed and replaced by the
watchdog, and its request gets 503, or is tried once more in another process
(500 if that one dies too). Every process has its own pipe, so a killed one
cannot leave a shared queue locked.
"""

from __future__ import annotations

import logging
import multiprocessing
import os
import signal
import threading
import time
import warnings
from collections import deque
from concurrent.futures import Future, InvalidStateError
from dataclasses import dataclass, field, replace
from multiprocessing.connection import Connection, wait
from typing import Any

from .. import threads
from ..blas import threads_per_process
from ..config import Config
from ..errors import RuleFailureWarning
from .engine import Answer, Engine, Job

#: Seconds a process may run past a job's deadline before it is killed (the alarm gets the first chance).
GRACE = 2.0
#: Most seconds the processes may take to load the model at start.
START_SECONDS = 300.0
log = logging.getLogger("klarsprak.serve")


def _serve(conn: Connection, config: Config, max_bytes: int, blas: int | None, parent: int) -> None:
    """An analysis process: load the model, say ready, then answer jobs until told to stop (None)."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # the web process stops it
    warnings.simplefilter("ignore", RuleFailureWarning)  # failures are in the report's notes; warnings may quote
    if blas:
        threads.fix(blas)  # the processes share out the cores
    engine = Engine(config, max_bytes)

    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(1.0)
        os._exit(1)

    threading.Thread(target=watch, daemon=True).start()
    conn.send(engine.model_name())
    while (job := conn.recv()) is not None:
        conn.send(engine.answer(job))


def _settle(future: Future[Answer], answer: Answer) -> None:
    """Answer a request, unless it gave up waiting (its future is cancelled)."""
    try:
        future.set_result(answer)
    except InvalidStateError:
        pass


@dataclass
class _Slot:
    """One analysis process, its end of the pipe and the job it is working on."""

    process: Any
    conn: Connection
    ready: bool = False
    job: Job | None = None
    future: Future[Answer] | None = field(default=None, repr=False)


class Pool:
    """``processes`` analysis processes for ``config``; :meth:`submit` a :class:`Job`, get a Future of its Answer."""

    def __init__(self, config: Config, max_bytes: int, processes: int) -> None:
        self.config = config
        self.max_bytes = max_bytes
        self.blas = threads_per_process(processes) if processes > 1 else None
        self.model = ""
        self._context = multiprocessing.get_context("spawn")
        self._lock = threading.Lock()
        self._waiting: deque[tuple[Job, Future[Answer]]] = deque()
        self._closed = False
        self._slots = [self._start() for _ in range(processes)]
        deadline = time.monotonic() + START_SECONDS
        while not all(slot.ready for slot in self._slots):
            self._receive(timeout=0.2)
            if any(not s.process.is_alive() for s in self._slots) or time.monotonic() > deadline:
                self.close()
                raise RuntimeError("an analysis process did not start")
        self._thread = threading.Thread(target=self._loop, name="klarsprak-pool", daemon=True)
        self._thread.start()

    def _start(self) -> _Slot:
        mine, theirs = self._context.Pipe()
        process = self._context.Process(target=_serve, name="klarsprak-analysis", daemon=True,
                                        args=(theirs, self.config, self.max_bytes, self.blas, os.getpid()))
        process.start()
        theirs.close()
        return _Slot(process, mine)

    @property
    def size(self) -> int:
        return len(self._slots)

    def submit(self, job: Job) -> Future[Answer]:
        """Run ``job`` in a free process, or as soon as one is free."""
        future: Future[Answer] = Future()
        with self._lock:
            if self._closed:
                raise RuntimeError("the pool is closed")
            self._waiting.append((job, future))
            self._dispatch()
        return future

    def _dispatch(self) -> None:
        """Give waiting jobs to idle processes (call with the lock held); a job whose request gave up or whose
        deadline passed while it waited is answered here."""
        for slot in self._slots:
            while self._waiting and (self._waiting[0][1].cancelled() or time.time() >= self._waiting[0][0].deadline):
                job, future = self._waiting.popleft()
                _settle(future, Answer.late(job.config))
            if not self._waiting:
                return
            if slot.ready and slot.job is None:
                job, future = self._waiting[0]
                try:
                    slot.conn.send(job)
                except OSError:  # the process died: the watchdog replaces it, the job waits for another
                    slot.ready = False
                    continue
                self._waiting.popleft()
                slot.job, slot.future = job, future

    def _loop(self) -> None:
        while not self._closed:
            try:
                self._receive(timeout=0.25)
                self._watch()
            except Exception as exc:  # the loop must outlive any one failure; logged by type (no text)
                log.error("analysis pool: %s", type(exc).__name__)

    def _receive(self, timeout: float) -> None:
        """Take the processes' messages: a model name when one is ready, else a job's answer."""
        by_conn = {slot.conn: slot for slot in self._slots}
        for conn in wait(list(by_conn), timeout):
            slot = by_conn[conn]  # type: ignore[index]
            try:
                message = conn.recv()
            except (EOFError, OSError):
                continue  # the process died; the watchdog replaces it
            with self._lock:
                if not slot.ready:
                    slot.ready, self.model = True, message
                elif slot.future is not None:
                    _settle(slot.future, message)
                    slot.job = slot.future = None
                self._dispatch()

    def _watch(self) -> None:
        """Replace a process that died or overran its job's deadline; that job's request gets 503, or one more
        try after a death (500 after a second)."""
        now = time.time()
        with self._lock:
            if self._closed:
                return
            for i, slot in enumerate(self._slots):
                late = slot.job is not None and now > slot.job.deadline + GRACE
                if slot.process.is_alive() and not late:
                    continue
                slot.process.kill()
                slot.process.join(5)
                slot.conn.close()
                if slot.future is not None and slot.job is not None:
                    if late:
                        _settle(slot.future, Answer.late(slot.job.config))
                    elif not slot.job.retried:  # it may have died of something else: once more, first in line
                        self._waiting.appendleft((replace(slot.job, retried=True), slot.future))
                    else:
                        _settle(slot.future, Answer.error(500, "the analysis process died on this request twice"))
                self._slots[i] = self._start()
            self._dispatch()  # jobs that waited past their deadline for the new process

    def close(self) -> None:
        """Stop every process (a job still running gets no answer)."""
        with self._lock:
            self._closed = True
            for slot in self._slots:
                try:
                    slot.conn.send(None)
                except OSError:
                    pass
        for slot in self._slots:
            slot.process.join(5)
            if slot.process.is_alive():
                slot.process.kill()
                slot.process.join(5)
