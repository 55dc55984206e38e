"""The local batch run: score an archive into resumable Parquet parts (see :mod:`.parts`).

Worker processes (:class:`klarsprak.workers.Pool`) score chunks of sources; a
worker that crashes or hangs costs one error row, not the batch. What would fail for every document — a
bad configuration, a missing model, an unwritable output folder, a missing
input — is found before any row is written and raised as a
:class:`~klarsprak.KlarsprakError`, so the CLI exits 2 and nothing counts as done.
"""

from __future__ import annotations

import os
import time
from dataclasses import dataclass
from functools import partial
from pathlib import Path
from typing import Iterable, Iterator

from ..config import Config
from ..errors import InputError
from .limits import Limits
from .parts import PartWriter
from .readers import Source, iter_sources, shown
from .scoring import Scored, input_size, mark_duplicate, score_source
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


def _score_chunk(limits: Limits, sources: list[Source]) -> list[Scored]:
    """The pool's task: score sources with this worker's analyzer."""
    from ..workers import current

    analyzer, schema = current(), documents_schema()
    return [score_source(s, analyzer, limits, schema) for s in sources]


def _lost(source: Source, reason: str) -> Scored:
    return Scored(document_row(documents_schema(), id=source.id, source=source.key, status="error", error=reason))


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
    """Scored sources in input order: ``jobs`` = 0 scores in this process, otherwise a worker pool does.

    The analyzer is built before the first document either way, so a bad
    configuration or model raises here, before any row is written.
    """
    from ..analyzer import cached_analyzer
    from ..workers import Pool

    if jobs <= 0:
        analyzer, schema = cached_analyzer(config, model), documents_schema()
        for chunk in chunks:
            yield from (score_source(s, analyzer, limits, schema) for s in chunk)
        return

    def timeout(chunk: list[Source]) -> float | None:
        # generous: the per-document alarms (reading, then scoring) should fire first; this catches hangs in C code
        return sum(2 * limits.seconds_for(input_size(s)) for s in chunk) * 2 + 60 if limits.seconds else None

    with Pool(jobs, partial(cached_analyzer, config, model), timeout=timeout) as pool:
        yield from pool.map(partial(_score_chunk, limits), chunks, _lost)


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
