"""Matrix products through numpy's BLAS instead of thinc's bundled BLIS.

thinc's CPU backend multiplies matrices with the ``blis`` package. On the
machines we measured (AMD EPYC, AVX2/AVX-512) numpy's OpenBLAS is about 3x
faster for the shapes our pipeline uses (28 ms vs 9.6 ms for a
4,000 x 384 by 384 x 384 product, one thread), and it can use more than one
core. The tok2vec encoder and the parser's input layer are nearly all matrix
products, so swapping the one method roughly doubles the whole pipeline's speed
(``benchmarks/analyzer_speed.py``). Results are the same up to float rounding.
"""

from __future__ import annotations

import os
from typing import Any

import numpy
from spacy.language import Language
from thinc.api import NumpyOps


class NumpyBlasOps(NumpyOps):
    """thinc's ``NumpyOps`` with ``gemm`` done by ``numpy.matmul``."""

    name = "klarsprak_numpy_blas"

    def gemm(self, x, y, out=None, trans1=False, trans2=False):  # noqa: D102 (thinc's signature)
        a = x.T if trans1 else x
        b = y.T if trans2 else y
        if out is None:
            return numpy.matmul(a, b)
        numpy.matmul(a, b, out=out)
        return out


def use_numpy_blas(nlp: Language) -> Language:
    """Give every thinc model of ``nlp`` that runs on plain ``NumpyOps`` the faster ops (in place)."""
    ops = NumpyBlasOps()
    for _, component in nlp.pipeline:
        model = getattr(component, "model", None)
        if model is None or not hasattr(model, "walk"):
            continue
        for node in model.walk():
            if type(node.ops) is NumpyOps:
                node.ops = ops
    return nlp


def limit_threads(n: int = 1) -> Any:
    """Limit BLAS to ``n`` threads in this process; worker processes call it so that
    processes x threads do not exceed the cores. Usable as a context manager, which
    restores the previous limit on exit."""
    from threadpoolctl import threadpool_limits

    return threadpool_limits(n, user_api="blas")


def threads_per_process(processes: int) -> int:
    """Each process's share of the cores when ``processes`` work at once (at least one)."""
    return max(1, (os.cpu_count() or 1) // max(1, processes))
