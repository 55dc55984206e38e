"""The batch output folder: ``documents`` and ``findings`` Parquet part files and their manifest.

Layout of ``DIR``::

    documents/part-00001.parquet   one row per input (status ok | error | skipped)
    findings/part-00001.parquet    one row per finding of the documents in the same part
    manifest.jsonl                 one line per committed part: its name, row counts and ids

A part is written under a temporary name and renamed, findings first, then
documents; a documents part is the commit. On start, leftovers of an
interrupted run (temporary files, a findings part without its documents part)
are removed and every id in a documents part counts as done, so running the
same command again after Ctrl-C or ``kill -9`` neither loses nor repeats a row.
A part that is not ours or not readable, and an output folder that cannot be
written, are an :class:`OutputError` naming the file, never a traceback.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq

from ..errors import KlarsprakError
from .tables import FINDINGS_SCHEMA, documents_schema, to_table

DOCUMENTS = "documents"
FINDINGS = "findings"
MANIFEST = "manifest.jsonl"
PART = "part-{:05d}.parquet"
TMP = ".tmp"
RESUME = "the parts committed so far are kept; run the same command again to resume"


class OutputError(KlarsprakError, OSError):
    """The batch output folder cannot be written, or holds a part that cannot be read."""


def _reason(exc: BaseException) -> str:
    return exc.strerror if isinstance(exc, OSError) and exc.strerror else f"{type(exc).__name__}: {exc}"


def read_part(path: Path, columns: list[str] | None = None) -> pa.Table:
    """One Parquet part (``columns`` of it), or :class:`OutputError` for a corrupt or foreign file."""
    try:
        return pq.read_table(path, columns=columns)
    except Exception as exc:  # pyarrow raises ArrowInvalid, OSError, KeyError… for a bad or foreign file
        raise OutputError(f"{path}: not a readable klarsprak part ({_reason(exc)}); "
                          f"move it out of the folder and run again") from None


class PartWriter:
    """Commits rows to ``DIR`` in numbered parts and knows what earlier runs committed."""

    def __init__(self, out: str | Path) -> None:
        self.out = Path(out)
        self.docs_dir = self.out / DOCUMENTS
        self.findings_dir = self.out / FINDINGS
        try:
            for folder in (self.docs_dir, self.findings_dir):
                folder.mkdir(parents=True, exist_ok=True)
                probe = folder / f".probe{TMP}"
                probe.write_bytes(b"")
                probe.unlink()
        except OSError as exc:
            raise OutputError(f"cannot write the output folder {self.out}: {_reason(exc)}") from None
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
            table = read_part(part, ["id", "content_hash", "status"])
            ids = table.column("id").to_pylist()
            self.done.update(ids)
            for doc_id, digest, status in zip(ids, table.column("content_hash").to_pylist(),
                                              table.column("status").to_pylist()):
                if status == "ok" and digest:
                    self.hashes.setdefault(digest, doc_id)
            if part.name not in logged:
                self._log(part.name, ids, read_part(self.findings_dir / part.name, ["doc_id"]).num_rows)
            try:
                self.next_part = max(self.next_part, int(part.stem.split("-")[1]) + 1)
            except (IndexError, ValueError):
                raise OutputError(f"{part}: not a klarsprak part name (part-NNNNN.parquet)") from None

    def _logged_parts(self) -> set[str]:
        path = self.out / MANIFEST
        if not path.exists():
            return set()
        parts, good = set(), []
        for line in path.read_text(encoding="utf-8", errors="replace").splitlines():
            try:
                part = json.loads(line)["part"]
            except (json.JSONDecodeError, KeyError, TypeError):
                continue  # a line torn by a kill, or not ours; rewritten below
            if isinstance(part, str) and (self.docs_dir / part).exists():
                parts.add(part)
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

    def commit(self, documents: list[dict[str, Any]], findings: list[dict[str, Any]]) -> None:
        """Write one part (findings, then documents: the commit), then log it in the manifest."""
        if not documents:
            return
        name = PART.format(self.next_part)
        try:
            for folder, table in ((self.findings_dir, to_table(findings, FINDINGS_SCHEMA)),
                                  (self.docs_dir, to_table(documents, self.schema))):
                tmp = folder / (name + TMP)
                try:
                    pq.write_table(table, tmp, compression="zstd")
                    with open(tmp, "rb") as f:
                        os.fsync(f.fileno())
                    os.replace(tmp, folder / name)
                finally:
                    tmp.unlink(missing_ok=True)
            self._log(name, [d["id"] for d in documents], len(findings))
        except OSError as exc:
            raise OutputError(f"cannot write {self.out / DOCUMENTS / name}: {_reason(exc)}; {RESUME}") from None
        self.done.update(d["id"] for d in documents)
        self.next_part += 1


def read_table(out: str | Path, name: str, columns: list[str] | None = None) -> pa.Table:
    """All committed parts of table ``name`` (``documents`` or ``findings``) of a batch output."""
    folder = Path(out) / name
    committed = {p.name for p in (Path(out) / DOCUMENTS).glob("part-*.parquet")}
    parts = sorted(p for p in folder.glob("part-*.parquet")
                   if p.name in committed or (folder / "_SUCCESS").exists())  # _SUCCESS: written by Spark
    schema = documents_schema() if name == DOCUMENTS else FINDINGS_SCHEMA
    if not parts:
        return schema.empty_table().select(columns) if columns else schema.empty_table()
    tables = [read_part(p, columns) for p in parts]
    try:
        return pa.concat_tables(tables, promote_options="default")
    except (pa.ArrowInvalid, pa.ArrowTypeError) as exc:
        raise OutputError(f"{folder}: parts with clashing columns, not one klarsprak table ({exc})") from None
