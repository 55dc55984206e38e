"""Built-in rules. Importing this package registers every rule module in :data:`REGISTRY`.

A rule family is a module in this package that registers its checks in
:data:`~klarsprak.rules.base.REGISTRY` (``@REGISTRY.rule(...)``, ``REGISTRY.terms(TermRule(...))``,
``@REGISTRY.metric(...)``); every module here except ``base`` and private ones is imported, in name order.
"""

from __future__ import annotations

import importlib
import pkgutil

from .base import REGISTRY, Context, Examples, Metric, Registry, Rule, TermRule

for _info in sorted(pkgutil.iter_modules(__path__), key=lambda m: m.name):
    if _info.name != "base" and not _info.name.startswith("_"):
        importlib.import_module(f"{__name__}.{_info.name}")

__all__ = ["REGISTRY", "Context", "Examples", "Metric", "Registry", "Rule", "TermRule"]
