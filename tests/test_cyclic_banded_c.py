"""The C backend of CyclicBandedSolver (issue 12) against dense numpy.linalg.solve and the numpy backend."""
import numpy as np
import pytest

from symms.errors import InputError, KernelError
from symms.numerics.cyclic_banded import CyclicBandedSolver, apply_band, band_to_dense


def _need_cc():
    from symms.codegen.compile import compiler
    try:
        compiler()
    except KernelError as exc:
        pytest.skip(f"no C compiler: C cyclic banded solver not tested ({exc})")


def _band(m, w, spd, rng):
    shifts = list(range(-w, w + 1))
    band = rng.uniform(-1, 1, (m, 2 * w + 1))
    if spd:  # symmetric: band[j, k] = band[j + k, -k]; diagonally dominant
        for s, k in enumerate(shifts):
            if k > 0:
                band[:, shifts.index(-k)] = np.roll(band[:, s], k)
        band[:, w] = 2 * w + 1 + rng.uniform(0, 1, m)
    return band, shifts


@pytest.mark.parametrize("spd", [True, False])
@pytest.mark.parametrize("w", [1, 2, 3, 4, 5, 6])
def test_c_matches_dense_and_numpy(w, spd):
    _need_cc()
    rng = np.random.default_rng(10 * w + spd)
    for m in (2 * w + 1, 2 * w + 2, 4096 if w in (1, 6) else 97):
        band, shifts = _band(m, w, spd, rng)
        c = CyclicBandedSolver(band, shifts, backend="c")
        assert c.method == "c-lu"
        b = rng.standard_normal((m, 3))
        if m <= 200:
            dense = np.linalg.solve(band_to_dense(band, shifts), b)
            np.testing.assert_allclose(c.solve(b), dense, rtol=1e-9, atol=1e-9)
        np.testing.assert_allclose(apply_band(band, shifts, c.solve(b).T).T, b, atol=1e-8)  # residual, any m
        ref = CyclicBandedSolver(band, shifts, backend="numpy")
        np.testing.assert_allclose(c.solve(b), ref.solve(b), rtol=1e-8, atol=1e-10)
        np.testing.assert_allclose(c.solve(b[:, 0]), ref.solve(b[:, 0]), rtol=1e-8, atol=1e-10)


def test_pivoting_needed():
    """Zero diagonal: B is not SPD and LU without pivoting would divide by zero."""
    _need_cc()
    m, shifts = 8, [-1, 0, 1]
    band = np.tile([1.0, 0.0, 2.0], (m, 1))
    band[:, 1] = [0, 3, 0, 5, 0, 7, 0, 2]
    b = np.arange(1.0, m + 1)
    np.testing.assert_allclose(CyclicBandedSolver(band, shifts, backend="c").solve(b),
                               np.linalg.solve(band_to_dense(band, shifts), b), rtol=1e-10)


@pytest.mark.parametrize("backend", ["numpy", "c"])
def test_errors_identical(backend):
    if backend == "c":
        _need_cc()
    with pytest.raises(InputError, match="needs m > 4"):
        CyclicBandedSolver(np.ones((4, 3)), [-2, 0, 2], backend=backend)
    with pytest.raises(InputError, match="shape"):
        CyclicBandedSolver(np.ones((5, 2)), [-1, 0, 1], backend=backend)
    bad = np.ones((6, 3))
    bad[2, 1] = np.nan
    with pytest.raises(InputError, match="NaN or inf"):
        CyclicBandedSolver(bad, [-1, 0, 1], backend=backend)
    S = CyclicBandedSolver(np.tile([1.0, 4.0, 1.0], (6, 1)), [-1, 0, 1], backend=backend)
    with pytest.raises(InputError, match="6 rows"):
        S.solve(np.ones(5))
    with pytest.raises(InputError, match="NaN or inf"):
        S.solve(np.array([1, 2, np.inf, 0, 0, 0.0]))
    with pytest.raises(InputError, match="singular"):  # rows sum to zero: constants in the null space
        CyclicBandedSolver(np.tile([-1.0, 2.0, -1.0], (6, 1)), [-1, 0, 1], symmetric=False, backend=backend)
    with pytest.raises(InputError, match="backend"):
        CyclicBandedSolver(np.ones((6, 3)), [-1, 0, 1], backend="fortran")


def test_mass_matrix_model_backend():
    """MassMatrixModel(backend="c") gives the same dU/dt as the numpy backend (band kernels stubbed)."""
    _need_cc()
    from types import SimpleNamespace
    from symms.numerics.mass_matrix_solve import MassMatrixModel
    rng = np.random.default_rng(3)
    m = 16
    mass_band, shifts = _band(m, 2, True, rng)
    stiff_band = rng.uniform(-1, 1, (m, 5))
    kernels = {"mass": SimpleNamespace(shifts=shifts, coarse_operator=lambda k, g: mass_band),
               "stiffness": SimpleNamespace(shifts=shifts, coarse_operator=lambda k, g: stiff_band)}
    U = rng.standard_normal(m)
    expected = -np.linalg.solve(band_to_dense(mass_band, shifts), band_to_dense(stiff_band, shifts) @ U)
    model = MassMatrixModel(kernels, np.ones(m), backend="c")
    assert model.solver.method == "c-lu"
    np.testing.assert_allclose(model.rhs(U), expected, rtol=1e-10, atol=1e-12)
