"""Built-in rules. Importing this package registers every rule module in :data:`REGISTRY`.

A rule family is a module in this package that decorates its checks with
``@REGISTRY.rule(...)`` (and its metrics with ``@REGISTRY.metric(...)``); every
module here except the framework ones is imported, in name order.
"""

from __future__ import annotations

import importlib
import pkgutil

from .base import Context, Examples, Metric, Registry, Rule
from .registry import REGISTRY

_FRAMEWORK = {"base", "registry"}

for _info in sorted(pkgutil.iter_modules(__path__), key=lambda m: m.name):
    if _info.name not in _FRAMEWORK and not _info.name.startswith("_"):
        importlib.import_module(f"{__name__}.{_info.name}")

__all__ = ["REGISTRY", "Context", "Examples", "Metric", "Registry", "Rule"]
