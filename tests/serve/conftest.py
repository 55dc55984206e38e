"""A real ``klarsprak serve`` on loopback, shared by the serve tests."""

from __future__ import annotations

import os
import re
import subprocess
import sys
import threading
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterator

import httpx
import pytest

REPO = Path(__file__).resolve().parents[2]
MAX_BYTES = 1_300_000
CMS = "https://cms.example.se"
RUNNING = re.compile(r"Uvicorn running on (http://127\.0\.0\.1:\d+)")


@dataclass
class Server:
    """A running server: its base URL, its temporary folder, everything it has logged so far, its process id."""

    url: str
    tmp: Path
    log: list[str] = field(default_factory=list)
    pid: int = 0

    def analysis_processes(self) -> list[int]:
        """The ids of its analysis processes (its children, from any of its threads, started by spawn)."""
        children = [c for task in Path(f"/proc/{self.pid}/task").iterdir()
                    for c in (task / "children").read_text().split()]
        return sorted(int(c) for c in children if b"spawn_main" in Path(f"/proc/{c}/cmdline").read_bytes())

    def client(self) -> httpx.Client:
        return httpx.Client(base_url=self.url, timeout=30)


@contextmanager
def running(tmp: Path, *args: str) -> Iterator[Server]:
    """``python -m klarsprak serve --port 0 *args`` in ``tmp`` (its cwd and TMPDIR), stopped on exit."""
    env = {**os.environ, "PYTHONPATH": str(REPO / "src"), "TMPDIR": str(tmp), "OPENBLAS_NUM_THREADS": "1"}
    process = subprocess.Popen([sys.executable, "-m", "klarsprak", "serve", "--port", "0", *args],
                               cwd=tmp, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    assert process.stdout is not None
    log: list[str] = []
    url = None
    for line in process.stdout:
        log.append(line)
        found = RUNNING.search(line)
        if found:
            url = found.group(1)
            break
    if url is None:
        process.wait(5)
        pytest.fail("the server did not start:\n" + "".join(log))
    reader = threading.Thread(target=lambda: log.extend(process.stdout), daemon=True)  # type: ignore[arg-type]
    reader.start()
    try:
        yield Server(url, tmp, log, process.pid)
    finally:
        process.terminate()
        process.wait(10)
        reader.join(5)


@pytest.fixture(scope="package")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    """A server with a small body limit, one CMS origin and its own empty TMPDIR."""
    with running(tmp_path_factory.mktemp("serve-tmp"), "--max-bytes", str(MAX_BYTES), "--allow-origin", CMS) as s:
        yield s
