"""Limits that keep one hostile or huge input from stalling or exhausting a batch."""

from __future__ import annotations

import signal
import threading
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Iterator

from ..config import BY_KEY
from ..errors import InputError


@dataclass(frozen=True)
class Limits:
    """Per-document limits; an input outside them becomes an error record.

    ``max_bytes`` caps the input's size, ``max_expanded_bytes`` what a zip
    container (DOCX) may unpack to, ``max_pages`` a PDF's pages, ``max_depth``
    HTML tag nesting. Reading an input and scoring its text may each take ``seconds`` plus
    ``seconds_per_mb`` per MB of what they work on (:meth:`seconds_for`; ``seconds`` = 0: no limit),
    since a large document legitimately takes longer than a page.
    """

    max_bytes: int = 50_000_000
    max_expanded_bytes: int = 200_000_000
    max_pages: int = 1000
    max_depth: int = 500
    seconds: float = BY_KEY["batch.seconds"].default
    seconds_per_mb: float = BY_KEY["batch.seconds_per_mb"].default

    def seconds_for(self, size: int) -> float:
        """The wall-time limit for working on ``size`` bytes or characters (0: no limit)."""
        return self.seconds + self.seconds_per_mb * size / 1_000_000 if self.seconds else 0.0

    def check_size(self, size: int, what: str = "input") -> None:
        """Raise :class:`InputError` when ``size`` bytes exceed ``max_bytes``."""
        if size > self.max_bytes:
            raise InputError(f"{what} is {size:,} bytes, over the limit of {self.max_bytes:,} bytes")


class _Timeout(BaseException):
    """Raised by the alarm; a BaseException so library code cannot swallow it."""


@contextmanager
def deadline(seconds: float | None, hint: str = "") -> Iterator[None]:
    """Raise :class:`InputError` if the block runs longer than ``seconds`` (``hint`` ends its message).

    Uses ``SIGALRM``, so it only works in a process's main thread (batch
    workers and Spark Python workers are); elsewhere it does nothing.
    """
    usable = (seconds and seconds > 0 and hasattr(signal, "setitimer")
              and threading.current_thread() is threading.main_thread())
    if not usable:
        yield
        return

    def _raise(signum: int, frame: object) -> None:
        raise _Timeout()

    previous = signal.signal(signal.SIGALRM, _raise)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    except _Timeout:
        raise InputError(f"took longer than the limit of {round(seconds, 1):g} seconds for this document"
                         f"{hint}") from None
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)
