"""The core (analysis and findings) runs without pandas, Arrow or the archive package: presentation and I/O depend
on the core, never the reverse."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import klarsprak

BLOCKED_RUN = '''
import sys

class Blocker:
    """Refuses every import of pandas, pyarrow and klarsprak.archive."""

    def find_spec(self, name, path=None, target=None):
        if name.split(".")[0] in ("pandas", "pyarrow") or name.startswith("klarsprak.archive"):
            raise ImportError(f"blocked: {name}")
        return None

sys.meta_path.insert(0, Blocker())
import klarsprak
from klarsprak import Analyzer, Finding, Report

report = klarsprak.analyze("Beslutet skickas till dig.")
assert isinstance(report, Report) and all(isinstance(f, Finding) for f in report.findings)
assert isinstance(Analyzer().analyze("Ansökan ska skickas in senast i dag."), Report)
print(report.metrics["words"], " ".join(f.rule for f in report.findings))
'''


def test_core_analyses_with_pandas_and_archive_blocked() -> None:
    src = str(Path(klarsprak.__file__).resolve().parents[1])
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([src, os.environ.get("PYTHONPATH", "")])}
    done = subprocess.run([sys.executable, "-c", BLOCKED_RUN], capture_output=True, text=True, env=env, timeout=300)
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.split()[0] == "4"
    assert "passive_voice" in done.stdout


def test_outside_names_still_reachable_from_the_package() -> None:
    from klarsprak.archive.readers import read_document
    from klarsprak.frames import analyze_many

    assert klarsprak.analyze_many is analyze_many
    assert klarsprak.read_document is read_document


def test_star_import_stays_light() -> None:
    """``from klarsprak import *`` reaches every public name, but pandas and pyarrow only load when a frame is made."""
    src = str(Path(klarsprak.__file__).resolve().parents[1])
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([src, os.environ.get("PYTHONPATH", "")])}
    probe = ("import sys; from klarsprak import *; assert callable(analyze_many) and callable(findings_frame); "
             "print(sorted(m for m in ('pandas', 'pyarrow') if m in sys.modules))")
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, env=env, timeout=300)
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.strip() == "[]"
