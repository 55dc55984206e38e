"""The blind evaluation set: real documents drawn by a fixed hash, never opened while building rules.

The realtext documents (see ``benchmarks/plain_precision.py``'s ``documents``) are ordered by
``sha256(SALT + relative path)`` within each folder; the first few of each folder form the blind
set, the rest the development set that rules may be tuned on. The split depends only on file names,
so it is the same on every machine and does not move when a document's text changes.

    python benchmarks/blind_split.py          # writes benchmarks/data/blind_set.txt (paths only)
"""

from __future__ import annotations

import hashlib
import re
from functools import cache
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
REALTEXT = REPO.parent / "shared" / "realtext"
OUT = REPO / "benchmarks" / "data" / "blind_set.txt"
SALT = "klarsprak-blind-2026-11-30:"
SHINGLE = 8
# A blind document with more of its 8-word runs than this anywhere else in realtext (the FAQ page that
# copies every Helsingborg page, the HTML twin of a plain-text letter) was seen by the builders.
SEEN_SHARE = 0.2
PER_FOLDER = {"helsingborg_bygglov_pages": 5, "regeringen_g0vse": 9, "sundsvall_message_templates": 2}


def documents() -> list[Path]:
    """Every realtext document in Swedish prose (Markdown pages, press texts, plain-text letters)."""
    found = sorted((REALTEXT / "helsingborg_bygglov_pages" / "pages").glob("*.md"))
    found += [REALTEXT / "helsingborg_bygglov_pages" / "hbg_planning_permission_faq.md"]
    found += sorted((REALTEXT / "regeringen_g0vse" / "docs").glob("*.md"))
    found += sorted((REALTEXT / "sundsvall_message_templates").glob("*plainBody.txt"))
    found += [REALTEXT / "sundsvall_tillvaxtstrategi" / "tillvaxtstrategi_sundsvall_full.md"]
    return [p for p in found if p.is_file()]


def key(path: Path) -> str:
    """The document's place in the fixed hash order."""
    return hashlib.sha256((SALT + path.relative_to(REALTEXT).as_posix()).encode()).hexdigest()


def blind_set() -> list[Path]:
    """The held-out documents: the first ``PER_FOLDER[folder]`` of each folder in hash order."""
    chosen: list[Path] = []
    for folder, count in PER_FOLDER.items():
        members = [p for p in documents() if p.relative_to(REALTEXT).parts[0] == folder]
        chosen += sorted(members, key=key)[:count]
    return chosen


def dev_set() -> list[Path]:
    """Every document not in the blind set: the one to look at and tune on."""
    blind = set(blind_set())
    return [p for p in documents() if p not in blind]


def _shingles(path: Path) -> set[tuple[str, ...]]:
    words = re.sub(r"<[^>]+>", " ", path.read_text(encoding="utf-8", errors="replace")).lower().split()
    words = [w.strip(".,;:!?()\"”'*#") for w in words]
    return {tuple(words[i:i + SHINGLE]) for i in range(len(words) - SHINGLE + 1)}


@cache
def seen_share() -> dict[Path, float]:
    """For each blind document, the share of its 8-word runs found in realtext files outside the blind set.

    The builders read every file outside the blind set (Markdown, text, HTML), so a blind document whose
    text also stands in one of them was not unseen."""
    blind = set(blind_set())
    others: set[tuple[str, ...]] = set()
    for path in sorted(REALTEXT.rglob("*")):
        if path.is_file() and path not in blind and path.suffix in {".md", ".txt", ".html"}:
            others |= _shingles(path)
    return {p: len((mine := _shingles(p)) & others) / max(1, len(mine)) for p in sorted(blind)}


def unseen_set() -> list[Path]:
    """The blind documents whose text stands nowhere else in realtext: the truly unseen part."""
    return [p for p, share in seen_share().items() if share <= SEEN_SHARE]


if __name__ == "__main__":
    paths = [p.relative_to(REALTEXT).as_posix() for p in blind_set()]
    OUT.write_text("\n".join(paths) + "\n", encoding="utf-8")
    print(f"{len(paths)} blind documents written to {OUT.relative_to(REPO)}; {len(dev_set())} in the dev set")
