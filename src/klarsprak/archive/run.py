"""The local batch run: score an archive into resumable Parquet parts (see :mod:`.parts`).

Worker processes score chunks of sources; a worker that crashes or hangs
costs one error row, not the batch. What would fail for every document — a
bad configuration, a missing model, an unwritable output folder, a missing
input — is found before any row is written and raised as a
:class:`~klarsprak.KlarsprakError`, so the CLI exits 2 and nothing counts as done.
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
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Iterable, Iterator

from ..analyzer import Analyzer
from ..blas import limit_threads, threads_per_process
from ..config import Config
from ..errors import InputError, KlarsprakError
from .limits import Limits
from .parts import PartWriter
from .readers import Source, iter_sources, shown
from .scoring import Scored, mark_duplicate, score_source
from .tables import document_row, documents_schema


@dataclass
class Summary:
    """What a run did: documents written per status, findings written, parts committed."""

    ok: int = 0
    error: int = 0
    skipped: int = 0
    findings: int = 0
    parts: int = 0
    resumed: int = 0

    @property
    def documents(self) -> int:
        return self.ok + self.error + self.skipped


class SetupFailed(Exception):
    """A worker could not set up (bad configuration or model): the message, carried to the parent."""


# -- worker side -------------------------------------------------------------------------------

_WORKER: dict[str, Any] = {}


def _init_worker(config: Config | None, model: str | None, limits: Limits, jobs: int) -> None:
    """Load the model once per worker process and exit if the parent dies (kill -9)."""
    limit_threads(threads_per_process(jobs))  # the worker processes share out the cores
    try:
        _WORKER.update(analyzer=Analyzer(config, model), limits=limits, schema=documents_schema())
    except KlarsprakError as exc:  # found here, reported by the first chunk: see _score_chunk
        _WORKER["setup_error"] = str(exc)
    parent = os.getppid()

    def watch() -> None:
        while True:
            time.sleep(1.0)
            if os.getppid() != parent:
                os._exit(1)

    threading.Thread(target=watch, daemon=True).start()


def _score_chunk(sources: list[Source]) -> list[Scored]:
    if "setup_error" in _WORKER:
        raise SetupFailed(_WORKER["setup_error"])
    return [score_source(s, _WORKER["analyzer"], _WORKER["limits"], _WORKER["schema"]) for s in sources]


def _chunks(items: Iterable[Source], size: int) -> Iterator[list[Source]]:
    chunk: list[Source] = []
    for item in items:
        chunk.append(item)
        if len(chunk) >= size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def _scored_in_order(chunks: Iterator[list[Source]], jobs: int, config: Config | None, model: str | None,
                     limits: Limits) -> Iterator[Scored]:
    """Scored sources in input order.

    ``jobs`` = 0 scores in this process; otherwise ``jobs`` worker processes
    score chunks, at most ``4 * jobs`` in flight, so memory stays flat.
    """
    if jobs <= 0:
        if _WORKER.get("key") != (config, model):
            _WORKER.update(analyzer=Analyzer(config, model), key=(config, model))
        _WORKER.update(limits=limits, schema=documents_schema())
        for chunk in chunks:
            yield from _score_chunk(chunk)
        return
    with _Workers(jobs, config, model, limits) as workers:
        yield from workers.run(chunks)


class _Workers:
    """A process pool that survives its workers: a crash or a hang costs one error row, not the batch.

    When a worker dies (a segfault in a C extension, the OOM killer) or a
    chunk overruns its time, the pool is replaced and the chunks in flight are
    scored again one source at a time, so the culprit is found and recorded.
    """

    def __init__(self, jobs: int, config: Config | None, model: str | None, limits: Limits) -> None:
        self.jobs, self.config, self.model, self.limits = jobs, config, model, limits
        self.pool = self._new_pool()

    def _new_pool(self) -> ProcessPoolExecutor:
        return ProcessPoolExecutor(self.jobs, mp_context=multiprocessing.get_context("spawn"),
                                   initializer=_init_worker, initargs=(self.config, self.model, self.limits, self.jobs))

    def __enter__(self) -> _Workers:
        return self

    def __exit__(self, *exc: object) -> None:
        self._kill()

    def _kill(self) -> None:
        processes = list((getattr(self.pool, "_processes", None) or {}).values())
        self.pool.shutdown(wait=False, cancel_futures=True)
        for process in processes:
            if process.is_alive():
                process.kill()
        for process in processes:
            process.join(5)

    def _timeout(self, n: int) -> float | None:
        # generous: the per-document alarm should fire first; this catches hangs inside C code
        return n * self.limits.seconds * 2 + 60 if self.limits.seconds else None

    def run(self, chunks: Iterator[list[Source]]) -> Iterator[Scored]:
        pending: deque[tuple[list[Source], Future[list[Scored]]]] = deque()
        for chunk in chunks:
            pending.append((chunk, self.pool.submit(_score_chunk, chunk)))
            while len(pending) >= 4 * self.jobs:
                yield from self._resolve(pending)
        while pending:
            yield from self._resolve(pending)

    def _resolve(self, pending: deque[tuple[list[Source], Future[list[Scored]]]]) -> list[Scored]:
        chunk, future = pending.popleft()
        try:
            return future.result(timeout=self._timeout(len(chunk)))
        except SetupFailed as exc:
            raise KlarsprakError(str(exc)) from None
        except (BrokenProcessPool, FutureTimeout, Exception):  # Exception: a result that failed to travel back
            pass
        suspects = chunk + [s for c, _ in pending for s in c]
        pending.clear()
        self._kill()
        self.pool = self._new_pool()
        return [self._isolated(source) for source in suspects]

    def _isolated(self, source: Source) -> Scored:
        try:
            return self.pool.submit(_score_chunk, [source]).result(timeout=self._timeout(1))[0]
        except SetupFailed as exc:
            raise KlarsprakError(str(exc)) from None
        except Exception as exc:  # BrokenProcessPool, a timeout, or a result that failed to travel back
            self._kill()
            self.pool = self._new_pool()
            what = ("hung" if isinstance(exc, FutureTimeout) else "crashed (segfault or out of memory)"
                    if isinstance(exc, BrokenProcessPool) else f"failed ({type(exc).__name__}: {exc})")
            return Scored(document_row(documents_schema(), id=source.id, source=source.key, status="error",
                                       error=f"the worker process {what} on this document"))


# -- the job ------------------------------------------------------------------------------------

def check_inputs(sources: Iterable[str | os.PathLike[str]]) -> None:
    """Raise :class:`InputError` for a named input that does not exist or an ``@list`` that cannot be read."""
    for item in map(os.fspath, sources):
        path = Path(item[1:] if item.startswith("@") else item)
        if not os.path.lexists(path):
            raise InputError(f"{shown(item)}: no such file or folder")
        if item.startswith("@"):
            try:
                path.read_text(encoding="utf-8")
            except (OSError, UnicodeDecodeError) as exc:
                reason = exc.strerror if isinstance(exc, OSError) else f"not UTF-8 text (byte {exc.start:,})"
                raise InputError(f"{shown(item)}: cannot read the list of inputs: {reason}") from None


def count_sources(sources: Iterable[str | os.PathLike[str]], limits: Limits = Limits()) -> int:
    """How many inputs ``sources`` hold (reads WARC headers, not payloads)."""
    return sum(1 for _ in iter_sources(sources, limits=limits, payloads=False))


def run_batch(sources: Iterable[str | os.PathLike[str]], out: str | Path, *, jobs: int = 1,
              config: Config | None = None, model: str | None = None, limits: Limits = Limits(),
              part_size: int = 500, part_seconds: float = 60.0, chunk_size: int = 4,
              progress: bool = True) -> Summary:
    """Score every input under ``sources`` into Parquet parts in ``out``, resuming earlier runs.

    A part is committed every ``part_size`` documents or ``part_seconds``
    seconds, whichever comes first; memory holds one part and the chunks in
    flight, however large the archive. Identical texts (after normalising case
    and whitespace) are scored once; repeats get status ``skipped``.
    """
    from tqdm.auto import tqdm

    sources = list(sources)
    check_inputs(sources)
    writer = PartWriter(out)
    summary = Summary(resumed=len(writer.done))
    total = count_sources(sources, limits) if progress else None
    todo = (s for s in iter_sources(sources, limits=limits) if s.id not in writer.done)
    bar = tqdm(total=total, initial=len(writer.done), unit="doc", disable=not progress, smoothing=0.1,
               dynamic_ncols=True)
    batch: list[Scored] = []
    last = time.monotonic()

    def flush() -> None:
        nonlocal batch, last
        writer.commit([s.document for s in batch], [row for s in batch for row in s.findings])
        summary.parts += bool(batch)
        batch, last = [], time.monotonic()

    try:
        for scored in _scored_in_order(_chunks(todo, chunk_size), jobs, config, model, limits):
            scored = _dedupe(scored, writer, batch)
            batch.append(scored)
            status = scored.document["status"]
            setattr(summary, status, getattr(summary, status) + 1)
            summary.findings += len(scored.findings)
            bar.update(1)
            if len(batch) >= part_size or time.monotonic() - last >= part_seconds:
                flush()
        flush()
    except KeyboardInterrupt:
        flush()
        raise
    finally:
        bar.close()
    return summary


def _dedupe(scored: Scored, writer: PartWriter, batch: list[Scored]) -> Scored:
    digest = scored.document.get("content_hash")
    if scored.document["status"] != "ok" or not digest:
        return scored
    original = writer.hashes.setdefault(digest, scored.id)
    if original == scored.id:
        return scored
    return mark_duplicate(scored, original, writer.schema)
