"""Seed 000 §3: the harmonic-mean hierarchy, its weights, and the 2^16-style simulation (small)."""
from fractions import Fraction

import numpy as np
import pytest

import symms
from symms.errors import InputError
from symms.models.hierarchy import (composed_diffusivity, hierarchy, kernel_operator, level_weights, renormalise,
                                    restrict, simulate, smooth_field, span_harmonic_mean, weight_comparison)
from symms.numerics.fine_lattice import fine_operator


def test_one_step_by_hand():
    k = np.array([1, 2, 4, 8, 1, 2, 4, 8], dtype=float)
    r = 1 / k
    # eq (7) on the even sublattice: r'_J = 4 (r_{4J} + r_{4J+1} + r_{4J+3} + r_{4J+4}), periodic
    hand = [1 / (4 * (r[0] + r[1] + r[3] + r[4])), 1 / (4 * (r[4] + r[5] + r[7] + r[0]))]
    assert np.allclose(renormalise(k), hand, rtol=1e-12, atol=1e-15)
    # constant κ: K = κ and κ' = K/16 (eq 8 at γ = 1, spacing 4)
    assert np.allclose(hierarchy(np.full(256, 3.0), 3)[3], 3.0 / 16**3, rtol=1e-12, atol=1e-15)


def test_generated_kernel_is_one_renormalisation_step():
    """The order-2 kernel at γ = 1 on its even sublattice is the lattice (1) with renormalise(κ)."""
    kernel = symms.load_kernel("diffusion", order=2, backend="numpy")
    k = np.random.default_rng(0).uniform(0.5, 2, 64)
    G = kernel_operator(kernel, k, 1.0, sublattice=0).toarray()
    assert np.allclose(G, fine_operator(renormalise(k)).toarray(), rtol=1e-13, atol=1e-15)
    G1 = kernel_operator(kernel, k, 1.0, sublattice=1).toarray()
    assert np.allclose(G1, fine_operator(renormalise(k, sublattice=1)).toarray(), rtol=1e-13, atol=1e-15)


def test_level_two_weights_by_hand():
    # i = a + 4b with digits a, b in {0, 1, 3, 4}: count the representations of each i
    hand = np.zeros(21, dtype=int)
    for a in (0, 1, 3, 4):
        for b in (0, 1, 3, 4):
            hand[a + 4 * b] += 1
    first, W = level_weights(2)
    assert first == 0 and np.array_equal(W, hand) and W.sum() == 16


def test_weights_against_true_harmonic_mean():
    c = weight_comparison(1)
    # composed (1, 1, 0, 1, 1) vs true (1/2, 1, 1, 1, 1/2): |Δ| = 1/2 + 0 + 1 + 0 + 1/2 = 2, over span 4
    assert c["l1"] == Fraction(1, 2)
    assert c["centre_composed"] == c["centre_true"] == 2
    assert c["zero_weights_inside_span"] == 1
    for L in (2, 3):  # the composition never becomes the span harmonic mean
        assert weight_comparison(L)["l1"] > Fraction(1, 2)


def test_two_routes_to_the_level_diffusivity_agree():
    k = np.random.default_rng(1).uniform(0.5, 2, 4**5)
    ks = hierarchy(k, 3)
    for L in (1, 2, 3):
        assert np.allclose(16.0**L * ks[L], composed_diffusivity(k, L), rtol=1e-13)
        assert np.allclose(span_harmonic_mean(np.full(4**5, 2.0), L), 2.0, rtol=1e-12, atol=1e-15)


def test_omitted_link_is_a_real_defect():
    """A barrier on every fine link 4J+2 is invisible to eq (7) but dominates the true harmonic mean."""
    eps = 0.01
    k = np.ones(4**3)
    k[2::4] = eps
    assert np.allclose(composed_diffusivity(k, 1), 1.0, rtol=1e-12, atol=1e-15)                         # 4/(1+1+1+1)
    assert np.allclose(span_harmonic_mean(k, 1), 4 / (0.5 + 1 + 1 / eps + 1 + 0.5), rtol=1e-12, atol=1e-15)  # hand


def test_small_hierarchy_simulation():
    n = 4**6
    k = np.random.default_rng(2).uniform(0.5, 2, n)
    u0 = smooth_field(n, ((1, 1.0, 0.0), (3, 0.3, 1.0)))
    kernel = symms.load_kernel("diffusion", order=2, backend="c")
    out = simulate(k, u0, (2.0e4,), levels=2, kernel=kernel)
    assert max(out["fine_error"].values()) < 1e-9
    for row in out["rows"]:
        assert row["integrator_error"] < 1e-9
        assert row["error"] < 0.05
    assert np.allclose(restrict(np.arange(16.0), 1), [0.5, 4.5, 8.5, 12.5], rtol=1e-12, atol=1e-15)


def test_bad_length():
    with pytest.raises(InputError):
        renormalise(np.ones(10))
