"""Convergence of the γ-series at full coupling: exact constant-κ dispersion relation, ratio tests, Padé."""
from fractions import Fraction

import numpy as np
import pytest

from symms.models.diffusion import diffusion_spec
from symms.numerics.convergence import (dispersion_roots, gamma1_errors, mode_radius, pade_constant_errors, ratio_root,
                                        slow_branch_series)
from symms.numerics.embedded_dae import slow_eigenvalues


def test_dispersion_polynomial_is_the_embedded_dae():
    """Roots of F at γ = 0.3 are eigenvalues of the numerical embedded DAE (3) with κ ≡ 1 (independent)."""
    m, gamma = 8, 0.3
    dae = slow_eigenvalues(diffusion_spec(), np.ones(2 * m), gamma)
    for q in range(m):
        theta = 2 * np.pi * q / m
        s = 4 * np.sin(theta / 2) ** 2
        slow = dispersion_roots(s, gamma)
        slow = slow[np.argmin(np.abs(slow))]
        assert np.min(np.abs(dae - slow)) < 1e-10


@pytest.mark.parametrize("theta", [0.2, 1.0, 2.5])
def test_fine_lattice_eigenvalue_is_a_root_at_full_coupling(theta):
    """At γ = 1 the embedded rows are eq (1): −4 sin²(θ/4) (fine wavenumber θ/2) must solve F."""
    roots = dispersion_roots(4 * np.sin(theta / 2) ** 2, 1.0)
    assert np.min(np.abs(roots + 4 * np.sin(theta / 4) ** 2)) < 1e-12


def test_series_leading_order_is_eq8():
    for s in (Fraction(1, 3), Fraction(2), Fraction(7, 2)):
        c = slow_branch_series(s, 3)
        assert c[0] == c[1] == 0
        assert c[2] == -s * (4 - s) / 16  # eq 8, κ ≡ 1: (2cos 2θ − 2)/16 = −sin²θ/4


def test_series_matches_the_engine_to_order_4():
    """Two independent routes: the centre-manifold engine at κ ≡ 1 and the exact dispersion series."""
    from symms.manifold import derive_slow_manifold

    m = derive_slow_manifold(diffusion_spec(), 4)
    ring = m.ring
    ones = {n: 1 for n in ring.names}
    theta = 2 * np.pi / 5
    s = Fraction(4 * np.sin(theta / 2) ** 2).limit_denominator(10**15)
    exact = slow_branch_series(s, 4)
    for p in (2, 3, 4):
        symbol = sum(float(ring.to_sympy(c).subs(ones)) * np.cos(k * theta) for k, c in m.evolution[p].items())
        assert abs(symbol - float(exact[p])) < 1e-12


def test_operator_radius_tends_to_one_third():
    # at s = 4 the quartic factor of the discriminant is −16(3γ² − 4γ + 1)²: roots 1/3 and 1 (by hand)
    assert abs(mode_radius(np.pi - 1e-3) - 1 / 3) < 2e-3
    assert mode_radius(0.3) > 2 > 1 > mode_radius(1.2)


def test_ratio_tests_agree_with_the_branch_point():
    theta = np.pi / 3
    c = slow_branch_series(Fraction(1), 80)  # s = 1 at θ = π/3
    est = ratio_root([float(x) for x in c])
    # complex-conjugate branch points make single ratios oscillate; the root test converges, slowly, from above
    R = mode_radius(theta)
    limsup = min(est["root"][p] for p in range(60, 81))  # 1/limsup|a_p|^{1/p}
    assert R < limsup < min(est["root"][p] for p in range(20, 41))
    assert (limsup - R) / R < 0.08


def test_ratio_root_on_a_known_series():
    a = [0, 0] + [3.0**p for p in range(2, 12)]
    r = ratio_root(a)
    assert abs(r["estimate"] - 1 / 3) < 1e-12 and r["uncertainty"] < 1e-12


def test_pade_helps_for_slow_modes():
    e = pade_constant_errors(1, 32)
    assert e[6]["pade"] < e[6]["truncated"] / 10
    assert e[6]["truncated"] < e[2]["truncated"]


def test_gamma1_pairing_on_constant_kappa_by_hand():
    """Order 2, κ ≡ 1: each sublattice has −sin²(2πq/m)/4; the fine lattice −4 sin²(πq/2m)."""
    from symms.manifold import derive_slow_manifold
    from symms.numerics.slow_forms import RingOperatorKernel

    m = 32
    mf = derive_slow_manifold(diffusion_spec(), 2)
    r = gamma1_errors(RingOperatorKernel(mf.ring, mf.evolution), np.ones(2 * m), count=4)
    assert r["decoupled"]
    q = np.array([1, 1, 2, 2])
    coarse = -np.sin(2 * np.pi * q / m) ** 2 / 4
    fine = -4 * np.sin(np.pi * q / (2 * m)) ** 2
    assert np.allclose(r["fine"], fine, rtol=1e-12)
    for block in r["coarse"]:
        assert np.allclose(np.sort(block.real)[::-1], coarse, rtol=1e-10)
    assert abs(r["max_error"] - np.max(np.abs(coarse - fine) / np.abs(fine))) < 1e-10
