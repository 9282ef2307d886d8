"""The γ = 1 Galerkin form as a time-steppable model (README's recommendation for random media).

``galerkin_matrices`` assembles M = V_dᵀV_d and K = −V_dᵀAV_d sparse in O(m); ``GalerkinModel`` steps
M dU/dt = −K U.  Expected values: the dense products written out here, the structure facts (M, K
symmetric, K·1 = 0, K positive semidefinite: −A is), the fine lattice's own eigenvalues, and an
independent simulation of the fine lattice (1) by contour integration (``fine_lattice.evolve``).
"""
import numpy as np
import pytest
import scipy.sparse as sps
from scipy.integrate import solve_ivp

from symms.errors import InputError
from symms.manifold import derive_slow_manifold
from symms.manifold.mass_matrix import mass_matrix_form
from symms.models.diffusion import diffusion_spec
from symms.numerics.fine_lattice import evolve, fine_eigenvalues, fine_operator
from symms.numerics.mass_matrix_solve import GalerkinModel, periodic_bands
from symms.numerics.slow_forms import BandEvaluator, galerkin_matrices


@pytest.fixture(scope="module", params=[2, 3])
def form(request):
    return mass_matrix_form(derive_slow_manifold(diffusion_spec(), request.param))


def test_sparse_assembly_equals_the_dense_products(form):
    kappa = np.random.default_rng(11).uniform(0.4, 2.5, 2 * 12)
    M, K, Vd = galerkin_matrices(form, kappa)
    V = BandEvaluator(form.ring, kappa).fine_field(form.fine_field, 1.0)  # all 8 components per element
    dense = np.empty((24, 12))
    dense[0::2], dense[1::2] = V[2::8], V[5::8]  # u_2j = v_j2, u_2j+1 = v_j5
    A = fine_operator(kappa).toarray()
    np.testing.assert_allclose(Vd.toarray(), dense, rtol=0, atol=1e-15)
    np.testing.assert_allclose(M.toarray(), dense.T @ dense, rtol=0, atol=1e-13)
    np.testing.assert_allclose(K.toarray(), -dense.T @ A @ dense, rtol=0, atol=1e-13)
    Kd, Md = K.toarray(), M.toarray()
    assert np.abs(Kd - Kd.T).max() < 1e-13 and np.abs(Md - Md.T).max() < 1e-13
    assert np.abs(Kd @ np.ones(12)).max() < 1e-13  # conservative
    assert np.linalg.eigvalsh(Kd).min() > -1e-12 and np.linalg.eigvalsh(Md).min() > 0


def test_periodic_bands_round_trip():
    rng = np.random.default_rng(3)
    m, shifts = 9, [-2, 0, 1, 3]
    band = rng.standard_normal((m, len(shifts)))
    dense = np.zeros((m, m))
    for s, k in enumerate(shifts):
        dense[np.arange(m), (np.arange(m) + k) % m] = band[:, s]
    got, got_shifts = periodic_bands(sps.csr_matrix(dense), m)
    assert got_shifts == shifts
    np.testing.assert_array_equal(got, band)


@pytest.mark.parametrize("m", [16, 32])
def test_slow_rates_are_the_fine_lattices_within_a_few_percent(m):
    """The order-2 manifold (eq 6's fine structure) at γ = 1: the four slowest decay rates within 5 %
    of the fine lattice's (the README's table reports 3–3.5 % mean error over seeds)."""
    form = mass_matrix_form(derive_slow_manifold(diffusion_spec(), 2))
    kappa = np.random.default_rng(5).uniform(0.5, 2.0, 2 * m)
    model = GalerkinModel(form, kappa)
    G = np.column_stack([model.rhs(e) for e in np.eye(m)])
    rates = np.sort(np.linalg.eigvals(G).real)[::-1]
    fine = fine_eigenvalues(kappa)
    assert abs(rates[0]) < 1e-12  # the constant is an exact null mode
    assert np.all(np.abs(rates[1:5] - fine[1:5]) < 0.05 * np.abs(fine[1:5]))


def test_a_bump_in_a_random_medium_follows_the_fine_lattice():
    """256 elements, a Gaussian bump (variance 200) whose variance grows by about 420 by t = 200,
    against the exact fine solution exp(tA) u0: the coarse model's fine field within 3 % (L2), its variance growth within
    5 %, and the total amount conserved."""
    form = mass_matrix_form(derive_slow_manifold(diffusion_spec(), 2))
    m = 256
    kappa = np.random.default_rng(6).uniform(0.5, 2.0, 2 * m)
    x = np.arange(2 * m)
    u0 = np.exp(-((x - m) / 20.0) ** 2)
    T = 200.0
    exact = evolve(fine_operator(kappa), u0, T).u
    model = GalerkinModel(form, kappa, backend="c")
    U0 = model.consistent_initial_condition(u0)
    sol = solve_ivp(lambda t, U: model.rhs(U), (0, T), U0, method="LSODA", rtol=1e-10, atol=1e-12)
    u = model.fine_field(sol.y[:, -1])
    assert np.linalg.norm(u - exact) < 0.03 * np.linalg.norm(exact)

    def variance(v):
        return np.sum(v * (x - m) ** 2) / np.sum(v)
    grown, expected = variance(u) - variance(model.fine_field(U0)), variance(exact) - variance(u0)
    assert expected > 300 and abs(grown - expected) < 0.05 * expected
    assert u.sum() == pytest.approx(u0.sum(), rel=1e-10)


def test_bad_input_is_refused(form):
    with pytest.raises(InputError, match="positive"):
        GalerkinModel(form, -np.ones(32))
    with pytest.raises(InputError, match="even length"):
        GalerkinModel(form, np.ones(33))
    model = GalerkinModel(form, np.ones(32))
    with pytest.raises(InputError, match=r"shape \(16,\)"):
        model.rhs(np.ones(15))
    with pytest.raises(InputError, match=r"shape \(32,\)"):
        model.consistent_initial_condition(np.ones(16))
