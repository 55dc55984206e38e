"""Matrix products through numpy's BLAS: same numbers as thinc's, used by the loaded pipeline."""

from __future__ import annotations

import numpy
import pytest
import spacy
from thinc.api import NumpyOps
from threadpoolctl import threadpool_info

from klarsprak import pipeline
from klarsprak.blas import NumpyBlasOps, limit_threads, threads_per_process, use_numpy_blas
from klarsprak.resources import model_path


@pytest.mark.parametrize("trans1", [False, True])
@pytest.mark.parametrize("trans2", [False, True])
def test_gemm_matches_thinc(trans1: bool, trans2: bool) -> None:
    rng = numpy.random.default_rng(0)
    x = rng.standard_normal((7, 5) if not trans1 else (5, 7)).astype("f")
    y = rng.standard_normal((5, 3) if not trans2 else (3, 5)).astype("f")
    expected = NumpyOps().gemm(x, y, trans1=trans1, trans2=trans2)
    got = NumpyBlasOps().gemm(x, y, trans1=trans1, trans2=trans2)
    assert got.shape == (7, 3) and got.dtype == numpy.float32
    numpy.testing.assert_allclose(got, expected, rtol=1e-5, atol=1e-5)
    out = numpy.zeros((7, 3), dtype="f")
    assert NumpyBlasOps().gemm(x, y, out=out, trans1=trans1, trans2=trans2) is out
    numpy.testing.assert_allclose(out, expected, rtol=1e-5, atol=1e-5)


def test_loaded_pipeline_uses_numpy_blas() -> None:
    nlp = pipeline.load()
    ops = {type(node.ops) for _, proc in nlp.pipeline if hasattr(proc, "model") for node in proc.model.walk()}
    assert ops == {NumpyBlasOps}


def test_same_analysis_as_thinc_ops() -> None:
    text = ("Kommunstyrelsen beslutade i går att ansökan ska ha lämnats in senast den 1 mars. "
            "Beslutet kan överklagas. Vi hoppas att det finns plats för alla som har sökt.")
    plain = spacy.load(model_path())
    fast = use_numpy_blas(spacy.load(model_path()))

    def annotations(nlp: spacy.Language) -> list[tuple[str, str, str, str, int, bool]]:
        return [(t.text, t.pos_, str(t.morph), t.dep_, t.head.i, t.is_sent_start or False) for t in nlp(text)]

    assert annotations(fast) == annotations(plain)


def _blas_threads() -> list[int]:
    return [info["num_threads"] for info in threadpool_info() if info["user_api"] == "blas"]


def test_limit_threads_restores() -> None:
    before = _blas_threads()
    with limit_threads(1):
        assert set(_blas_threads()) == {1}
    assert _blas_threads() == before


def test_threads_per_process_shares_the_cores() -> None:
    import os

    cores = os.cpu_count() or 1
    assert threads_per_process(1) == cores
    assert threads_per_process(cores) == 1
    assert threads_per_process(cores * 4) == 1
