"""The local batch engine: score an archive into resumable Parquet parts.

Output layout (``DIR``)::

    documents/part-00001.parquet   one row per input (status ok | error | skipped)
    findings/part-00001.parquet    one row per finding of the documents in the same part
    manifest.jsonl                 one line per committed part: its name, row counts and ids

A part is written under a temporary name and renamed, findings first, then
documents; a documents part is the commit. On start, leftovers of an
interrupted run (temporary files, a findings part without its documents part)
are removed and every id in a documents part counts as done, so running the
same command again after Ctrl-C or ``kill -9`` neither loses nor repeats a row.
"""

from __future__ import annotations

import json
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

import pyarrow as pa
import pyarrow.parquet as pq

from ..analyzer import Analyzer
from ..blas import limit_threads, threads_per_process
from ..config import Config
from .limits import Limits
from .readers import Source, iter_sources
from .scoring import Scored, mark_duplicate, score_source
from .tables import FINDINGS_SCHEMA, document_row, documents_schema, to_table

DOCUMENTS = "documents"
FINDINGS = "findings"
MANIFEST = "manifest.jsonl"
PART = "part-{:05d}.parquet"
TMP = ".tmp"


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


class PartWriter:
    """Commits rows to ``DIR`` in numbered parts and knows what earlier runs committed."""

    def __init__(self, out: str | Path) -> None:
        self.out = Path(out)
        self.docs_dir = self.out / DOCUMENTS
        self.findings_dir = self.out / FINDINGS
        self.docs_dir.mkdir(parents=True, exist_ok=True)
        self.findings_dir.mkdir(parents=True, exist_ok=True)
        self.schema = documents_schema()
        self.done: set[str] = set()
        self.hashes: dict[str, str] = {}
        self.next_part = 1
        self._recover()

    def _recover(self) -> None:
        for folder in (self.docs_dir, self.findings_dir):
            for tmp in folder.glob(f"*{TMP}"):
                tmp.unlink()
        committed = sorted(self.docs_dir.glob("part-*.parquet"))
        names = {p.name for p in committed}
        for orphan in self.findings_dir.glob("part-*.parquet"):
            if orphan.name not in names:
                orphan.unlink()
        logged = self._logged_parts()
        for part in committed:
            table = pq.read_table(part, columns=["id", "content_hash", "status"])
            ids = table.column("id").to_pylist()
            self.done.update(ids)
            for doc_id, digest, status in zip(ids, table.column("content_hash").to_pylist(),
                                              table.column("status").to_pylist()):
                if status == "ok" and digest:
                    self.hashes.setdefault(digest, doc_id)
            if part.name not in logged:
                findings = pq.ParquetFile(self.findings_dir / part.name).metadata.num_rows
                self._log(part.name, ids, findings)
            self.next_part = max(self.next_part, int(part.stem.split("-")[1]) + 1)

    def _logged_parts(self) -> set[str]:
        path = self.out / MANIFEST
        if not path.exists():
            return set()
        parts, good = set(), []
        for line in path.read_text(encoding="utf-8").splitlines():
            try:
                entry = json.loads(line)
            except json.JSONDecodeError:
                continue  # a line torn by a kill; rewritten below
            if (self.docs_dir / entry["part"]).exists():
                parts.add(entry["part"])
                good.append(line)
        tmp = path.with_name(path.name + TMP)
        tmp.write_text("".join(f"{line}\n" for line in good), encoding="utf-8")
        os.replace(tmp, path)
        return parts

    def _log(self, part: str, ids: list[str], findings: int) -> None:
        entry = {"part": part, "documents": len(ids), "findings": findings, "ids": ids}
        with open(self.out / MANIFEST, "a", encoding="utf-8") as f:
            f.write(json.dumps(entry) + "\n")
            f.flush()
            os.fsync(f.fileno())

    def commit(self, batch: list[Scored]) -> None:
        """Write one part (findings, then documents: the commit), then log it in the manifest."""
        if not batch:
            return
        name = PART.format(self.next_part)
        findings = [row for s in batch for row in s.findings]
        docs = [s.document for s in batch]
        for folder, table in ((self.findings_dir, to_table(findings, FINDINGS_SCHEMA)),
                              (self.docs_dir, to_table(docs, self.schema))):
            tmp = folder / (name + TMP)
            pq.write_table(table, tmp, compression="zstd")
            with open(tmp, "rb") as f:
                os.fsync(f.fileno())
            os.replace(tmp, folder / name)
        self._log(name, [d["id"] for d in docs], len(findings))
        self.done.update(d["id"] for d in docs)
        self.next_part += 1


# -- worker side -------------------------------------------------------------------------------

_WORKER: dict[str, Any] = {}


def _init_worker(config: Config | None, model: str | None, limits: Limits, jobs: int) -> None:
    """Load the model once per worker process and exit if the parent dies (kill -9)."""
    limit_threads(threads_per_process(jobs))  # the worker processes share out the cores
    _WORKER.update(analyzer=Analyzer(config, model), limits=limits, schema=documents_schema())
    parent = os.getppid()

    def watch() -> None:
        while True:
            time.sleep(1.0)
            if os.getppid() != parent:
                os._exit(1)

    threading.Thread(target=watch, daemon=True).start()


def _score_chunk(sources: list[Source]) -> list[Scored]:
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
        _init_analyzer_here(config, model, limits)
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
        except (BrokenProcessPool, FutureTimeout):
            pass
        suspects = chunk + [s for c, _ in pending for s in c]
        pending.clear()
        self._kill()
        self.pool = self._new_pool()
        return [self._isolated(source) for source in suspects]

    def _isolated(self, source: Source) -> Scored:
        try:
            return self.pool.submit(_score_chunk, [source]).result(timeout=self._timeout(1))[0]
        except (BrokenProcessPool, FutureTimeout) as exc:
            self._kill()
            self.pool = self._new_pool()
            what = "hung" if isinstance(exc, FutureTimeout) else "crashed (segfault or out of memory)"
            return Scored(document_row(documents_schema(), id=source.id, source=source.key, status="error",
                                       error=f"the worker process {what} on this document"))


def _init_analyzer_here(config: Config | None, model: str | None, limits: Limits) -> None:
    if _WORKER.get("key") != (config, model):
        _WORKER.update(analyzer=Analyzer(config, model), key=(config, model))
    _WORKER.update(limits=limits, schema=documents_schema())


# -- the job ------------------------------------------------------------------------------------

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
        writer.commit(batch)
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


def read_table(out: str | Path, name: str, columns: list[str] | None = None) -> pa.Table:
    """All committed parts of table ``name`` (``documents`` or ``findings``) of a batch output."""
    folder = Path(out) / name
    committed = {p.name for p in (Path(out) / DOCUMENTS).glob("part-*.parquet")}
    parts = sorted(p for p in folder.glob("part-*.parquet")
                   if p.name in committed or (folder / "_SUCCESS").exists())  # _SUCCESS: written by Spark
    schema = documents_schema() if name == DOCUMENTS else FINDINGS_SCHEMA
    if not parts:
        return schema.empty_table().select(columns) if columns else schema.empty_table()
    tables = [pq.read_table(p, columns=columns) for p in parts]
    return pa.concat_tables(tables, promote_options="default")
