"""The ``nominal_ratio`` metric (Sparv): (NN + PP + PC) / (PN + AB + VB), tags mapped by :mod:`klarsprak.suc`."""

from __future__ import annotations

from ..suc import nominal_ratio_of
from .base import REGISTRY, Context


@REGISTRY.metric("nominal_ratio", needs=("pos", "morph"),
                 description="Nominalkvot (Sparv): (NN + PP + PC) / (PN + AB + VB).")
def nominal_ratio(ctx: Context) -> float | None:
    """``metrics.nominal_ratio`` over the document's SUC classes."""
    return nominal_ratio_of(ctx.doc, ctx.tokens)
