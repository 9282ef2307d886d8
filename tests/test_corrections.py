"""Issue 12: statements about seed 000 that symms had wrong, each reproduced and corrected.

Every test fails on the old statement: footnote 3's reading (no self-adjoint structure beyond γ²),
"conservative" (Σ U_j conserved), the uncounted checkerboard null mode, the per-mode radius of
convergence (collisions counted as singularities), the silent eigenvalue selection at γ = 1, and
the sublattice-blind hierarchy barrier.
"""
from fractions import Fraction

import numpy as np
import pytest

from symms.manifold import derive_slow_manifold
from symms.manifold.mass_matrix import band_is_symmetric, compose, mass_matrix_form
from symms.models.diffusion import diffusion_spec
from symms.models.hierarchy import renormalise
from symms.numerics import convergence as cv
from symms.numerics.embedded_dae import embedded_matrices
from symms.numerics.fine_lattice import fine_eigenvalues
from symms.numerics.slow_forms import BandEvaluator, RingOperatorKernel, embed_fine


@pytest.fixture(scope="module")
def order5():
    return derive_slow_manifold(diffusion_spec(), 5)


def _antisymmetric_fraction(A):
    return np.linalg.norm(A - A.T) / np.linalg.norm(A + A.T)


# --- footnote 3 -----------------------------------------------------------------------------------

def test_G_is_not_symmetric_but_self_adjoint_in_the_embedding_inner_product(order5):
    """G_p is not symmetric from γ³ on (its antisymmetric fraction is about 1e-2), but W G_P with
    W = M = VᵀDV (the inner product the embedding induces) is symmetric order by order through
    γ^P, exactly in the ring; the first non-symmetric order is γ^{P+1} (truncation)."""
    f = mass_matrix_form(order5)
    ring = f.ring
    ev = BandEvaluator(ring, np.random.default_rng(1).uniform(0.5, 2.0, 16))
    fractions = [_antisymmetric_fraction(ev.matrix([{}] * p + [f.evolution[p]], 1.0)) for p in range(2, 6)]
    assert fractions[0] < 1e-14 and min(fractions[1:]) > 1e-3
    MG = compose(ring, f.mass, f.evolution, f.order + 1)
    assert all(band_is_symmetric(ring, MG[p]) for p in range(f.order + 1))
    assert not band_is_symmetric(ring, MG[f.order + 1])


def test_no_diagonal_weight_symmetrises_G():
    """A diagonal weight w = w_0 + γ w_1 + … with W G symmetric to O(γ³): γ² forces w_0 constant on
    each sublattice (α on even j, β on odd j, G_2 being eq 8), and γ³ needs α G_3 (even rows) +
    β G_3 (odd rows) + w_1 G_2 symmetric.  Least squares over (β, w_1) at α = 1, and over w_1 at
    (α, β) = (0, 1), leave a residual of the size of G_3's own antisymmetric part (99.6 % of it at
    α = 1): no such weight exists."""
    m = 8
    mf = derive_slow_manifold(diffusion_spec(), 3)
    ev = BandEvaluator(mf.ring, np.random.default_rng(2).uniform(0.5, 2.0, 2 * m))
    G2, G3 = (ev.matrix([{}] * p + [mf.evolution[p]], 1.0) for p in (2, 3))
    even = (np.arange(m) % 2 == 0).astype(float)

    def antisym(w, A):
        WA = w[:, None] * A
        return (WA - WA.T)[np.triu_indices(m, 1)]

    for alpha, beta_free in ((1.0, True), (0.0, False)):
        base = antisym(alpha * even + (0.0 if beta_free else 1.0) * (1 - even), G3)
        columns = [antisym(np.eye(m)[i], G2) for i in range(m)] + ([antisym(1 - even, G3)] if beta_free else [])
        A = np.column_stack(columns)
        x = np.linalg.lstsq(A, -base, rcond=None)[0]
        assert np.linalg.norm(A @ x + base) > 0.9 * np.linalg.norm(antisym(np.ones(m), G3))  # measured: 0.996


# --- "conservative" -----------------------------------------------------------------------------

def test_rows_sum_to_zero_but_columns_do_not(order5):
    """Rows of every G_p sum to zero (constants are equilibria) but the columns of G_3 and G_5 do not,
    by a few per cent of the largest entry, so Σ_j U_j is not conserved from γ³ on; Σ_j (M U)_j with
    M to γ^{P−2} is, through γ^P: its rate 1ᵀ M G_P has no terms up to γ^P (exact)."""
    f = mass_matrix_form(order5)
    ring = f.ring
    worst = {3: 0.0, 5: 0.0}
    for seed in range(4):
        ev = BandEvaluator(ring, np.random.default_rng(seed).uniform(0.5, 2.0, 32))
        for p in (3, 5):
            A = ev.matrix([{}] * p + [f.evolution[p]], 1.0)
            assert np.abs(A.sum(axis=1)).max() < 1e-13 * np.abs(A).max()
            worst[p] = max(worst[p], np.abs(A.sum(axis=0)).max() / np.abs(A).max())
    assert 0.01 < worst[3] < 0.2 and 0.01 < worst[5] < 0.3
    MG = compose(ring, f.mass, f.evolution, f.order + 1)

    def column_sum(band):
        return ring.nf(sum((ring.shift(x, -k) for k, x in band.items()), ring.zero()))

    assert all(column_sum(MG[p]).is_zero() for p in range(f.order + 1))
    assert not column_sum(f.evolution[3]).is_zero()


# --- the checkerboard null mode ---------------------------------------------------------------------

def test_checkerboard_is_an_exact_null_mode_of_the_embedding_not_of_the_fine_lattice(order5):
    m = 6
    kappa = np.random.default_rng(4).uniform(0.5, 2.0, 2 * m)
    board = np.repeat((-1.0) ** np.arange(m), 8)
    for g in (0.0, 0.3, 0.77, 1.0):
        D, L = embedded_matrices(diffusion_spec(), kappa, g)
        assert np.abs(L @ board).max() < 1e-13
    ring = order5.ring
    for p, band in enumerate(order5.evolution):  # Σ_k (−1)^k g_k(j) = 0, exactly, at every order
        assert ring.nf(sum(((-1) ** (k % 2) * x for k, x in band.items()), ring.zero())).is_zero()
    lam = fine_eigenvalues(kappa)
    assert np.sum(np.abs(lam) < 1e-10) == 1  # the fine lattice (1) has only the constant


def test_consistent_initial_condition_gives_the_checkerboard_no_amplitude(order5):
    """(−1)^j is conserved by M U' = −K U, but its M-weighted amplitude (−1)ᵀ M U(0) = (V(−1)^j)ᵀ D E u(0)
    vanishes for U(0) = M⁻¹ VᵀD E u(0): each fine point's two dynamic copies carry opposite signs."""
    f = mass_matrix_form(order5)
    m = 8
    kappa = np.random.default_rng(6).uniform(0.5, 2.0, 2 * m)
    ev = BandEvaluator(f.ring, kappa)
    V = ev.fine_field(f.fine_field, 1.0)
    D, _ = embedded_matrices(diffusion_spec(), kappa, 1.0)
    u0 = np.random.default_rng(7).normal(size=2 * m)
    b = V.T @ D @ embed_fine(u0)
    assert abs((-1.0) ** np.arange(m) @ b) < 1e-12 * np.abs(b).max()
    assert abs(np.ones(m) @ b - 2 * u0.sum()) < 1e-12 * np.abs(b).max()


# --- the per-mode radius of convergence ---------------------------------------------------------------

def test_mode_radius_keeps_only_branch_points():
    """R(2π/3) = 0.4823 and R(3π/4) = 0.4237 (issue 12), not the crossings 0.4607 and 0.4048."""
    assert abs(cv.mode_radius(2 * np.pi / 3) - 0.4823) < 1e-4
    assert abs(cv.mode_radius(3 * np.pi / 4) - 0.4237) < 1e-4
    old = [c for c in cv._singularity_candidates(3.0) if abs(c.imag) < 1e-9 and abs(c.real - 0.4607) < 1e-3]
    crossing = cv.branch_test(3.0, old[0])
    assert not crossing["singular"] and crossing["gap"] < 1e-2  # two roots meet there, without monodromy
    assert abs(cv.critical_theta(1e-8) - 0.9226) < 1e-4
    near_pi = cv.s_of_theta(np.pi - 1e-3)  # the eliminated operator's pole near γ = 1/4 is regular for the slow branch
    pole = min(cv._singularity_candidates(near_pi), key=lambda c: abs(c - 0.25))
    assert abs(pole - 0.25) < 1e-3 and not cv.branch_test(near_pi, pole)["singular"]


@pytest.mark.slow
def test_long_exact_series_converge_beyond_the_old_radius():
    """Independent: the exact Taylor series of the slow branch (s = 3, θ = 2π/3; 140 terms) summed at
    γ = 0.47 — beyond the old R = 0.4607, inside 0.4823 — converges to the continued branch, and the
    terms' envelope decays like (0.47/0.4823)^p, not grows like (0.47/0.4607)^p."""
    c = cv.slow_branch_series(Fraction(3), 140)
    g = 0.47
    partial = np.cumsum([float(x) * g**p for p, x in enumerate(c)])
    path = np.concatenate([np.linspace(0, 1, 1001)[1:] * complex(0.45, 0.03),  # off the real axis: the slow
                           complex(0.45, 0.03) + np.linspace(0, 1, 1001)[1:] * complex(0.02, -0.03)])  # root crosses another at 0.4607
    exact = cv._continue(3.0, path, 0j)
    assert abs(partial[-1] - exact.real) < 1e-3 and abs(exact.imag) < 1e-12
    env_hi = max(abs(float(x)) * g**p for p, x in enumerate(c) if 120 <= p <= 140)
    env_lo = max(abs(float(x)) * g**p for p, x in enumerate(c) if 60 <= p <= 80)
    assert env_hi < env_lo  # decaying terms: γ = 0.47 lies inside the disc of convergence
    for theta, R in ((2 * np.pi / 3, 0.4823), (3 * np.pi / 4, 0.4237)):
        s = cv.rational_s(theta, 1000)
        terms = cv.slow_branch_series(s, 120)
        root = [abs(float(x)) ** (-1.0 / p) * p ** (-1.5 / p) for p, x in enumerate(terms) if p >= 90 and x != 0]
        assert abs(min(root) - R) / R < 0.03  # root test with the square-root prefactor p^{-3/2}


# --- eigenvalue selection at γ = 1 -----------------------------------------------------------------------

def test_selection_at_gamma1_is_counted():
    """m = 16, 8 samples: the README's P = 2 error 0.090 keeps only 2 smooth modes per sublattice (2 of
    the 4 slowest dropped in each); without the selection it is 0.23.  P = 3: 0.78 selected, 0.32 not."""
    out = {}
    for P in (2, 3):
        mf = derive_slow_manifold(diffusion_spec(), P)
        kernel = RingOperatorKernel(mf.ring, mf.evolution)
        rs = [cv.gamma1_errors(kernel, np.random.default_rng(seed).uniform(0.5, 2.0, 32), 4) for seed in range(8)]
        out[P] = (np.mean([r["max_error"] for r in rs]), np.mean([r["max_error_unselected"] for r in rs]), rs)
    assert abs(out[2][0] - 0.090) < 0.002 and abs(out[2][1] - 0.231) < 0.002
    assert all(r["dropped"] == [2, 2] and r["compared"] == [2, 2] for r in out[2][2])
    assert abs(out[3][0] - 0.775) < 0.005 and abs(out[3][1] - 0.321) < 0.005
    assert max(sum(r["dropped"]) for r in out[3][2]) == 2


# --- the hierarchy, per sublattice ------------------------------------------------------------------------

def test_barrier_on_links_4J_plus_2_per_sublattice():
    """Even sublattice: links 4J+{0,1,3,4}, so a barrier on every link 4J+2 is invisible.  Odd
    sublattice: links 4J+{2,3,5,6}, which counts link 4J+2 twice (as 4J+2 and 4(J−1)+6): the barrier
    dominates it."""
    n = 64
    kappa = np.random.default_rng(9).uniform(0.5, 2.0, n)
    barrier = kappa.copy()
    barrier[2::4] = 1e-6
    assert np.allclose(renormalise(barrier, 0), renormalise(kappa, 0), rtol=1e-14)
    odd = renormalise(barrier, 1)
    assert np.all(odd < 1e-6 / 4 / 2 * 1.001) and np.all(odd > 1e-6 / 4 / 2 * 0.99)
