"""Cauchy–Born W(A, p), stress and moduli (seed 001 §3, eqs 3.3–3.6) against independent computations.

References: direct summation over a finite block of atoms (symms.numerics.atomistic, numpy),
central finite differences of that energy, known symmetry structure, and literature lattice sums.
"""
import numpy as np
import pytest
import sympy as sp

from symms.errors import DerivationError, InputError
from symms.models.cauchy_born import CauchyBorn, cauchy_stress, voigt_pairs, zero_stress_reference
from symms.models.lattices import Lattice, a, get_lattice
from symms.models.potentials import make_potential, r
from symms.numerics import atomistic as at

LJ = make_potential("lj", 2.5)


@pytest.fixture(scope="module")
def models():
    cases = {"fcc": LJ, "fcc-primitive": LJ, "diamond": LJ, "hcp": LJ, "triangular": make_potential("morse", 2.5),
             "chain": make_potential("lj", 1.5)}
    return {name: CauchyBorn(name, pot) for name, pot in cases.items()}


def numeric(cb, expr, A, p=None):
    """Evaluate a symbolic expression (or matrix) of cb at numeric A, p."""
    args = [list(cb.A), list(cb.p)]
    f = sp.lambdify(args, expr, "numpy", cse=True)
    p = np.zeros(cb.p.shape) if p is None else p
    return np.array(f(np.ravel(A), np.ravel(p)), dtype=float)


def small_deformation(cb, seed, size=0.004):
    A = size * np.random.default_rng(seed).standard_normal((cb.d, cb.d))
    cb.check_deformation(A)
    return A


def affine_shifts(cb, A):
    return np.array(cb.p0.evalf(30), dtype=float).reshape(cb.n_shifts, cb.d) @ (np.eye(cb.d) + A).T


@pytest.mark.parametrize("name", ["fcc", "fcc-primitive", "diamond", "hcp", "triangular", "chain"])
def test_energy_and_stress_match_direct_summation(models, name):
    cb = models[name]
    A = small_deformation(cb, 1)
    W = numeric(cb, cb.energy(affine=True), A)
    P = numeric(cb, cb.stress(affine=True), A)
    assert W == pytest.approx(at.direct_energy(cb.lattice, cb.values, cb.potential, A), rel=1e-12)
    assert np.allclose(P, at.direct_stress(cb.lattice, cb.values, cb.potential, A), atol=1e-11, rtol=0)
    if cb.n_shifts:  # free shifts, moved off the affine positions
        p = affine_shifts(cb, A) + 0.002 * np.random.default_rng(2).standard_normal((cb.n_shifts, cb.d))
        cb.check_deformation(A, p)
        assert numeric(cb, cb.energy(), A, p) == pytest.approx(
            at.direct_energy(cb.lattice, cb.values, cb.potential, A, p), rel=1e-12)
        assert np.allclose(numeric(cb, cb.stress(), A, p),
                           at.direct_stress(cb.lattice, cb.values, cb.potential, A, p), atol=1e-11, rtol=0)


@pytest.mark.parametrize("name", ["fcc-primitive", "diamond", "triangular"])
def test_stress_and_moduli_match_finite_differences_of_direct_energy(models, name):
    cb = models[name]
    A = small_deformation(cb, 3)
    p = affine_shifts(cb, A) if cb.n_shifts else None
    energy = lambda X: at.direct_energy(cb.lattice, cb.values, cb.potential, X, p)
    P_fd = at.central_gradient(energy, A, h=1e-5)
    assert np.allclose(numeric(cb, cb.stress(), A, p), P_fd, atol=1e-7, rtol=0)
    stress = lambda X: at.direct_stress(cb.lattice, cb.values, cb.potential, X, p)
    d = cb.d
    C_fd = np.stack([at.central_gradient(lambda X: stress(X)[i, j], A, h=1e-5) for i in range(d) for j in range(d)])
    C = numeric(cb, cb.hessian(), A, p)
    assert np.allclose(C, C_fd.reshape(d * d, d * d), atol=1e-5 * np.abs(C).max(), rtol=0)


def voigt_by_finite_differences(energy, d, h=2e-4):
    """Voigt C = d²W/de de with e the engineering strain (E_ij = e/2 for shears), via F = sqrt(I + 2E)."""
    pairs = voigt_pairs(d)

    def W_of(e):
        E = np.zeros((d, d))
        for value, (i, j) in zip(e, pairs):
            E[i, j] = E[j, i] = value if i == j else value / 2
        return energy(at.green_lagrange_to_stretch(E))

    return at.central_hessian(W_of, np.zeros(len(pairs)), h=h)


@pytest.mark.parametrize("name", ["fcc-primitive", "triangular", "hcp"])
def test_unrelaxed_voigt_matches_finite_differences(models, name):
    cb = models[name]
    C_fd = voigt_by_finite_differences(lambda A: at.direct_energy(cb.lattice, cb.values, cb.potential, A), cb.d)
    C = cb.reference_voigt(relaxed=False)
    assert np.allclose(C, C_fd, atol=2e-5 * np.abs(C).max(), rtol=0)


def test_voigt_equals_symmetrised_A_hessian_at_zero_stress(models):
    cb = models["hcp"]
    H = numeric(cb, cb.hessian(affine=True), np.zeros((3, 3))).reshape(3, 3, 3, 3)
    pairs = voigt_pairs(3)
    sym = np.array([[(H[i, j, k, l] + H[j, i, k, l] + H[i, j, l, k] + H[j, i, l, k]) / 4 for k, l in pairs]
                    for i, j in pairs])
    assert np.allclose(sym, cb.reference_voigt(relaxed=False), atol=1e-10, rtol=0)


def test_fcc_cauchy_relation_and_cubic_symmetry_from_direct_sum(models):
    """C12 = C44 (Cauchy relation: pair potential, every atom an inversion centre), from finite differences."""
    cb = models["fcc-primitive"]
    C = voigt_by_finite_differences(lambda A: at.direct_energy(cb.lattice, cb.values, cb.potential, A), 3)
    assert C[0, 1] == pytest.approx(C[3, 3], rel=1e-5)
    assert C[0, 0] == pytest.approx(C[2, 2], rel=1e-5)
    assert abs(C[0, 3]) < 1e-6 * C[0, 0]


def test_fcc_as_simple_cubic_with_shifts_equals_primitive(models):
    sc, prim = models["fcc"], models["fcc-primitive"]
    assert float(sc.reference.energy_per_atom) == pytest.approx(float(prim.reference.energy_per_atom), rel=1e-14)
    assert float(sc.values[a]) == pytest.approx(float(prim.values[a]), rel=1e-14)
    A = small_deformation(prim, 4)
    per_atom = lambda cb: numeric(cb, cb.energy(affine=True), A) * float(cb.volume) / cb.lattice.atoms_per_cell
    assert per_atom(sc) == pytest.approx(per_atom(prim), rel=1e-13)
    assert np.allclose(sc.reference_voigt(True), prim.reference_voigt(False), atol=1e-9, rtol=0)


def test_relaxation_changes_nothing_in_fcc(models):
    cb = models["fcc"]
    assert cb.is_centrosymmetric()
    assert np.allclose(cb.reference_voigt(False), cb.reference_voigt(True), atol=1e-9, rtol=0)


def test_relaxation_changes_only_C44_in_diamond(models):
    cb = models["diamond"]
    Cu, Cr = cb.reference_voigt(False), cb.reference_voigt(True)
    changed = ~np.isclose(Cu, Cr, atol=1e-9, rtol=0)
    assert changed[3, 3] and changed[4, 4] and changed[5, 5]
    assert changed.sum() == 3


def test_relaxation_changes_only_C11_C12_C66_in_hcp(models):
    cb = models["hcp"]
    Cu, Cr = cb.reference_voigt(False), cb.reference_voigt(True)
    changed = {(i, j) for i, j in zip(*np.nonzero(~np.isclose(Cu, Cr, atol=1e-9, rtol=0)))}
    assert changed == {(0, 0), (1, 1), (0, 1), (1, 0), (5, 5)}
    for C in (Cu, Cr):  # hexagonal: C66 = (C11 - C12)/2
        assert C[5, 5] == pytest.approx((C[0, 0] - C[0, 1]) / 2, rel=1e-10)


def test_diamond_relaxed_C44_matches_minimised_direct_sum(models):
    cb = models["diamond"]
    h = 2e-3
    W = [at.relaxed_direct_energy(cb.lattice, cb.values, cb.potential,
                                  at.green_lagrange_to_stretch(np.array([[0, 0, 0], [0, 0, e / 2], [0, e / 2, 0]])))[0]
         for e in (-h, 0.0, h)]
    C44_fd = (W[0] - 2 * W[1] + W[2]) / h ** 2
    assert cb.reference_voigt(True)[3, 3] == pytest.approx(C44_fd, abs=2e-3 * abs(cb.reference_voigt(False)[3, 3]))


def test_newton_relaxation_and_shift_series_for_diamond(models):
    cb = models["diamond"]
    A = small_deformation(cb, 5, size=0.003)
    p, _ = cb.relax_shifts(A)
    _, p_direct = at.relaxed_direct_energy(cb.lattice, cb.values, cb.potential, A)
    assert np.allclose(p, p_direct, atol=1e-6, rtol=0)
    series = cb.shift_series(2)
    subs = {cb.A[i, j]: A[i, j] for i in range(3) for j in range(3)}
    p_series = [np.array(sum(series[: k + 1], sp.zeros(1, 3)).xreplace(subs), dtype=float) for k in (1, 2)]
    err1, err2 = (np.abs(q - p).max() for q in p_series)
    assert err2 < err1 / 5 and err2 < 1e-6
    assert not cb.is_centrosymmetric()


def test_relaxed_stress_is_symmetric_cauchy_stress(models):
    """Frame invariance of W_CB: the Cauchy stress of the relaxed state is symmetric."""
    cb = models["diamond"]
    A = small_deformation(cb, 6, size=0.003)
    p, _ = cb.relax_shifts(A)
    sigma = cauchy_stress(numeric(cb, cb.stress(), A, p), A)
    assert np.allclose(sigma, sigma.T, atol=1e-10, rtol=0)
    assert np.abs(sigma - sigma.T).max() < 1e-8 * np.abs(sigma).max()


def test_diatomic_chain_shift_is_half_the_cell_and_stability(models):
    """Eq 3.6 for eq 4.9: p = (1 + A) a / 2, a minimum while V''((1+A)a/2) > 0, unstable past the inflection."""
    cb = models["chain"]
    relaxed = cb.relaxed_shift()
    a0 = cb.values[a]
    assert sp.simplify(relaxed.p[0, 0] - (1 + cb.A[0, 0]) * a0 / 2) == 0
    assert a0 == 2 * 2 ** sp.Rational(1, 6)  # LJ minimum 2^(1/6) sigma, nearest neighbours only
    assert [sp.expand(c[0, 0]) for c in cb.shift_series(2)] == [a0 / 2, cb.A[0, 0] * a0 / 2, 0]
    critical = float((sp.Rational(13, 7)) ** sp.Rational(1, 6) - 1)  # V''(r) = 0 at r = (26/7)^(1/6) sigma
    assert relaxed.status(critical - 0.01) == "minimum"
    assert relaxed.status(critical + 0.01).startswith("unstable critical point (maximum along p")


def test_lj_fcc_lattice_sum_matches_literature():
    """Full-lattice-sum LJ FCC: nearest-neighbour distance 1.09017 sigma, cohesive energy -8.6102 eps per atom.

    Source: the FCC lattice sums A12 = 12.13188, A6 = 14.45392 (Jones & Ingham, Proc. R. Soc. A 107, 636 (1925);
    tabulated in Kittel, Introduction to Solid State Physics, ch. 3), r0 = (2 A12/A6)^(1/6), E = -A6^2/(2 A12).
    With cutoff 8 sigma we add the continuum tail -(8 pi/3) rho / rc^3 (+ (8 pi/9) rho / rc^9) to the energy;
    tolerance 1e-3 on the energy, 5e-4 sigma on the distance (the truncated sum is slightly expanded).
    """
    A12, A6 = 12.13188, 14.45392
    pot = make_potential("lj", 8)
    ref = zero_stress_reference("fcc-primitive", pot)
    lattice = get_lattice("fcc-primitive")
    r_nn = lattice.nearest_neighbour_distance(ref.values)
    rho = 4 / float(ref.values[a]) ** 3
    tail = -(8 * np.pi / 3) * rho / 8 ** 3 + (8 * np.pi / 9) * rho / 8 ** 9
    assert r_nn == pytest.approx((2 * A12 / A6) ** (1 / 6), abs=5e-4)
    assert float(ref.energy_per_atom) + tail == pytest.approx(-A6 ** 2 / (2 * A12), abs=1e-3)


def test_bulk_modulus_matches_energy_volume_curvature(models):
    """B = (C11 + 2 C12)/3 = V d2E/dV2 from the direct-sum energy under hydrostatic strain."""
    cb = models["fcc-primitive"]
    C = cb.reference_voigt(False)
    energy = lambda e: at.direct_energy(cb.lattice, cb.values, cb.potential, e * np.eye(3))
    h = 1e-4
    d2 = (energy(h) - 2 * energy(0.0) + energy(-h)) / h ** 2  # d2W/de2 = 9 B at zero pressure (V = V0 (1+e)^3)
    assert (C[0, 0] + 2 * C[0, 1]) / 3 == pytest.approx(d2 / 9, rel=1e-5)


# ---------------------------------------------------------------- bad input


def test_inverting_deformation_is_refused(models):
    with pytest.raises(InputError, match="det"):
        models["fcc-primitive"].check_deformation(np.diag([-2.0, 0, 0]))


def test_deformation_moving_a_pair_across_the_cutoff_is_refused(models):
    cb = models["diamond"]
    with pytest.raises(InputError, match="cutoff"):
        cb.check_deformation(0.01 * np.random.default_rng(0).standard_normal((3, 3)))


def test_cutoff_below_nearest_neighbour_distance():
    with pytest.raises(InputError, match="no minimum below the cutoff"):  # V repulsive everywhere inside rc
        zero_stress_reference("fcc", make_potential("lj", 0.9))
    with pytest.raises(InputError, match="nearest-neighbour"):
        CauchyBorn("fcc", make_potential("lj", 1.0), {a: 2})


def test_potential_must_depend_on_r():
    with pytest.raises(InputError, match="unknown name 'x'"):
        make_potential("3*x", cutoff=2)
    with pytest.raises(InputError, match="does not depend on r"):
        make_potential("7", cutoff=2)


def test_coincident_shifts_are_refused():
    with pytest.raises(InputError, match="same site"):
        Lattice("bad", a * sp.eye(2), shifts=((sp.Rational(1, 2), 0), (sp.Rational(3, 2), 1)))
    with pytest.raises(InputError, match="same site"):
        Lattice("bad", a * sp.eye(1), shifts=((1,),))


def test_singular_W_pp_is_a_derivation_error():
    """Chain whose bonds sit at the LJ inflection point: W_pp = 2 V''(a/2)/a = 0."""
    pot = make_potential("lj", 1.6)
    cb = CauchyBorn("chain", pot, {a: 2 * (sp.Rational(26, 7)) ** sp.Rational(1, 6)})
    with pytest.raises(DerivationError, match="singular"):
        cb.reference_voigt(relaxed=True)
    with pytest.raises(DerivationError, match="singular"):
        cb.shift_series(1)
    with pytest.raises(DerivationError, match="singular"):
        cb.relax_shifts([[0.0]])


def test_cutoff_modes():
    rc = sp.Rational(5, 2)
    shifted = make_potential("lj", rc, "shifted").inside
    smooth = make_potential("lj", rc, "smooth").inside
    assert shifted.subs(r, rc) == 0
    assert [sp.diff(smooth, r, k).subs(r, rc) for k in range(3)] == [0, 0, 0]
    assert make_potential("lj", rc).inside == make_potential("lj").expr
    user = make_potential("exp(-r)/r", 3)
    assert user.expr == sp.exp(-r) / r and user.cutoff == 3


def test_user_defined_lattice_square_2d():
    """A user lattice (square, one atom) with a user potential: energy against direct summation."""
    square = Lattice("square", a * sp.eye(2), description="square lattice")
    cb = CauchyBorn(square, make_potential("(1/r)**12 - 2*(1/r)**6", sp.Rational(3, 2)), {a: 1})
    A = np.array([[0.01, 0.002], [-0.003, 0.005]])
    assert numeric(cb, cb.energy(), A) == pytest.approx(at.direct_energy(square, {a: 1}, cb.potential, A), rel=1e-12)
