"""Where shipped data lives: inside the wheel, or at the top of a source checkout."""

from __future__ import annotations

from functools import cache
from importlib import resources
from pathlib import Path

_REPO_ROOT = Path(__file__).resolve().parents[2]


@cache
def data_dir(name: str) -> Path:
    """The folder ``name`` (``lexicons`` or ``models``) shipped with the package.

    A wheel carries it as package data (``klarsprak/<name>``); an editable
    install or a source checkout has it at the repository's top level.
    """
    packaged = Path(str(resources.files("klarsprak"))) / name
    if packaged.is_dir():
        return packaged
    return _REPO_ROOT / name


def lexicon_path(*parts: str) -> Path:
    """A file or folder below ``lexicons/``."""
    return data_dir("lexicons").joinpath(*parts)


def model_path(name: str = "sv_klarsprak") -> Path:
    """The shipped spaCy pipeline's folder."""
    return data_dir("models") / name
