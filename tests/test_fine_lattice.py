"""The fine lattice (seed 000 eq 1): operator, spectrum and the contour-integral exp(tA)."""
import numpy as np
import pytest
import scipy.sparse.linalg as spla

from symms.errors import InputError
from symms.numerics.fine_lattice import constant_kappa_eigenvalues, evolve, fine_eigenvalues, fine_operator


def test_operator_by_hand():
    k = np.array([1.0, 2.0, 3.0, 4.0])
    # du_i/dt = k_{i-1}(u_{i-1}-u_i) + k_i(u_{i+1}-u_i), periodic, written out for n = 4
    expected = np.array([[-5, 1, 0, 4], [1, -3, 2, 0], [0, 2, -5, 3], [4, 0, 3, -7]], dtype=float)
    assert np.array_equal(fine_operator(k).toarray(), expected)


def test_constant_spectrum_by_hand():
    n, kappa = 24, 1.7
    q = np.arange(n)
    hand = np.sort(-4 * kappa * np.sin(np.pi * q / n) ** 2)[::-1]  # e^{2πiqi/n} is an eigenvector
    assert np.allclose(fine_eigenvalues(np.full(n, kappa)), hand, atol=1e-13, rtol=0)
    assert np.allclose(constant_kappa_eigenvalues(n, kappa), hand, atol=1e-13, rtol=0)


def test_sparse_eigenvalues_by_hand():
    n, kappa = 6000, 0.8  # above the dense limit: shift-invert Lanczos
    q = np.array([0, 1, 1, 2, 2])
    assert np.allclose(fine_eigenvalues(np.full(n, kappa), 5), -4 * kappa * np.sin(np.pi * q / n) ** 2, rtol=1e-8, atol=1e-13)


@pytest.mark.parametrize("t", [0.3, 30.0])
def test_evolve_matches_expm_multiply(t):
    rng = np.random.default_rng(4)
    k = rng.uniform(0.5, 2, 300)
    u0 = rng.standard_normal(300)
    A = fine_operator(k)
    ev = evolve(A, u0, t)
    ref = spla.expm_multiply(A * t, u0)
    err = np.max(np.abs(ev.u - ref)) / np.max(np.abs(u0))
    assert err < 1e-12
    assert ev.error_estimate < 1e-9


def test_evolve_exact_for_constant_kappa_at_large_t():
    n, t = 4096, 3.0e5  # t‖A‖ ~ 1e6: far beyond what expm_multiply would do cheaply
    x = np.arange(n)
    u0 = np.cos(2 * np.pi * 3 * x / n) + 0.2 * np.sin(2 * np.pi * 40 * x / n)
    exact = (np.exp(-4 * t * np.sin(np.pi * 3 / n) ** 2) * np.cos(2 * np.pi * 3 * x / n)
             + 0.2 * np.exp(-4 * t * np.sin(np.pi * 40 / n) ** 2) * np.sin(2 * np.pi * 40 * x / n))
    ev = evolve(fine_operator(np.ones(n)), u0, t)
    err = np.max(np.abs(ev.u - exact))
    assert err < 1e-10  # rounding in the shifted solves grows with t‖A‖ (~1e6 here)
    assert err < 5 * ev.error_estimate + 1e-14  # and the estimate sees it
    assert abs(ev.u.mean() - u0.mean()) < 1e-10  # mass conserved


def test_error_estimate_can_fail():
    """Negative control: too few nodes gives a large error, and the estimate says so."""
    rng = np.random.default_rng(5)
    k = rng.uniform(0.5, 2, 200)
    u0 = rng.standard_normal(200)
    A = fine_operator(k)
    ref = spla.expm_multiply(A * 5.0, u0)
    bad = evolve(A, u0, 5.0, nodes=8, reference_nodes=6)
    assert np.max(np.abs(bad.u - ref)) > 1e-5
    assert bad.error_estimate > 1e-5


def test_bad_input():
    with pytest.raises(InputError):
        fine_operator([1.0, -1.0, 1.0])
    with pytest.raises(InputError):
        evolve(fine_operator(np.ones(8)), np.ones(8), -1.0)
