"""The Cauchy–Born derived model: kernels, results and parameters (seed 001 §3–4)."""
import json

import numpy as np
import pytest
import sympy as sp

import symms
from symms.errors import InputError
from symms.models.cauchy_born import CauchyBorn, build
from symms.models.lattices import get_lattice
from symms.numerics import atomistic as at
from symms.models.potentials import make_potential
from symms.model import Guard
from symms.model_file import kernel_entries
from symms.pipeline import load_backend


def expanded(kernel, expr):
    """``expr`` with the kernel's named intermediates put back (latest first), in the inputs alone."""
    for sym, value in reversed(kernel.all_intermediates):
        expr = expr.xreplace({sym: value})
    return expr


def evaluate(kernel, output, *values):
    """The kernel's SymPy source at numeric inputs: the intermediates in order, then the outputs."""
    env = {s: float(x) for arr, v in zip(kernel.inputs, values) for s, x in zip(arr.entries, np.ravel(v))}
    for sym, expr in kernel.all_intermediates:
        env[sym] = float(sp.lambdify(list(env), expr, "math")(*env.values()))
    f = sp.lambdify(list(env), list(kernel.outputs[output].entries), "numpy", cse=True)
    return np.array(f(*env.values()), dtype=float)


@pytest.fixture(scope="module")
def diamond():
    return build("diamond", "lj", 2.5, relaxed=True)


def test_results_keys_and_shapes():
    chain = build("chain", "lj", 1.5, relaxed=True)
    hcp = build("hcp", "lj", 1.5)
    tri = build("triangular", "morse", 2.0)
    for model, n in ((chain, 1), (hcp, 6), (tri, 3)):
        for key in ("C_voigt_unrelaxed", "C_voigt_relaxed"):
            assert np.shape(model.results[key]) == (n, n)
    assert set(hcp.results["lattice_constant"]) == {"a", "c"}
    assert chain.results["lattice_constant"] == pytest.approx(2 * 2 ** (1 / 6), rel=1e-14)
    assert chain.results["energy_per_atom"] == pytest.approx(-1.0, rel=1e-14)  # one LJ bond per atom at its minimum
    # p(A) = (1 + A) a / 2 exactly: kernels in A alone, no shift or fractional-coordinate kernels
    assert [k.name for k in chain.kernels] == ["energy", "stress", "moduli", "energy_per_atom"]


def test_kernels_match_direct_summation(diamond):
    names = [k.name for k in diamond.kernels]
    assert names == ["energy", "stress", "moduli", "energy_per_atom", "shift_force", "shift_hessian",
                     "stress_fractional", "moduli_fractional"]
    stress = diamond.kernel("stress")
    assert [(a.name, a.shape) for a in stress.inputs] == [("A", (3, 3)), ("p", (1, 3))]
    assert diamond.kernel("moduli").outputs[0].shape == (3, 3, 3, 3)
    lattice = get_lattice("diamond")
    values = {sp.Symbol("a", positive=True): sp.Rational(str(diamond.results["lattice_constant"]))}
    A = np.diag([0.002, -0.001, 0.0015])
    p = values[sp.Symbol("a", positive=True)] / 4 * np.ones((1, 3), dtype=float) @ (np.eye(3) + A).T
    p = np.asarray(p, dtype=float) + 1e-3
    pot = make_potential("lj", 2.5)
    assert np.allclose(evaluate(stress, 0, A, p).reshape(3, 3), at.direct_stress(lattice, values, pot, A, p), atol=1e-9, rtol=0)
    W = at.direct_energy(lattice, values, pot, A, p)
    assert evaluate(diamond.kernel("energy"), 0, A, p)[0] == pytest.approx(W, rel=1e-9)
    volume = float(lattice.volume(values))  # |Γ| = a^3 / 4, two atoms per cell
    assert evaluate(diamond.kernel("energy_per_atom"), 0, A, p)[0] == pytest.approx(W * volume / 2, rel=1e-9)


def test_fractional_kernels_differentiate_at_fixed_fractional_coordinates(diamond):
    """stress_fractional(A, q) = d/dA W(A, (I + A) q) and moduli_fractional its A-Hessian, by central
    differences of the direct sum; at a relaxed state it equals the fixed-p stress (grad_p W = 0)."""
    lattice = get_lattice("diamond")
    values = {sp.Symbol("a", positive=True): sp.Rational(str(diamond.results["lattice_constant"]))}
    pot = make_potential("lj", 2.5)
    q = float(diamond.results["lattice_constant"]) / 4 * np.ones((1, 3)) + np.array([[2e-3, -1e-3, 5e-4]])
    A0 = np.array([[0.002, -0.001, 0.0], [0.0015, 0.001, -0.002], [0.0, 0.001, -0.001]])

    def W(A):
        A = np.reshape(A, (3, 3))
        return at.direct_energy(lattice, values, pot, A, q @ (np.eye(3) + A).T)

    P = evaluate(diamond.kernel("stress_fractional"), 0, A0, q).reshape(3, 3)
    assert np.allclose(P, at.central_gradient(W, A0, h=1e-5).reshape(3, 3), rtol=0, atol=1e-7 * np.abs(P).max())
    C = evaluate(diamond.kernel("moduli_fractional"), 0, A0, q).reshape(3, 3, 3, 3)
    for k, l in ((0, 0), (0, 1), (2, 1)):  # columns dP/dA_kl by central differences of the direct stress
        dA = np.zeros((3, 3))
        dA[k, l] = 1e-5
        fd = (at.central_gradient(W, A0 + dA, h=1e-5) - at.central_gradient(W, A0 - dA, h=1e-5)) / 2e-5
        assert np.allclose(C[:, :, k, l], fd.reshape(3, 3), rtol=0, atol=1e-4 * np.abs(C).max())
    fixed_p = evaluate(diamond.kernel("stress"), 0, A0, q @ (np.eye(3) + A0).T).reshape(3, 3)
    assert np.abs(fixed_p - P).max() > 1e-3 * np.abs(P).max()  # away from relaxation the conventions differ


def test_guards(diamond):
    """det F, the shift drift bound, the stretch bound (Sylvester minors), then one guard per pair."""
    kernel = diamond.kernel("energy")
    guards = [Guard(expanded(kernel, g.expr), g.message) for g in kernel.all_guards]
    assert "det(I + A)" in guards[0].message
    A_syms = diamond.kernel("energy").inputs[0].entries
    assert guards[0].expr.subs({s: 0 for s in A_syms}) == 1
    assert "shift p1 moved" in guards[1].message
    assert all("smallest stretch" in g.message for g in guards[2:5])
    pair_guards = [g for g in guards if "the cutoff:" in g.message]
    assert len(pair_guards) == diamond.results["pairs_inside_cutoff"] + diamond.results["pairs_watched"]
    zero = {**{s: 0 for s in A_syms}}
    p_syms = diamond.kernel("energy").inputs[1].entries
    a0 = diamond.results["lattice_constant"]
    at_reference = {**zero, **{s: a0 / 4 for s in p_syms}}
    assert all(float(g.expr.subs(at_reference)) > 0 for g in guards)
    stretched = {**at_reference, A_syms[0]: -0.3}  # 30 % compression: far pairs could come inside
    assert any(float(g.expr.subs(stretched)) <= 0 for g in guards[2:5])


# ------------------------------------------- the one validity criterion: numeric check = compiled guards
#
# The criterion (symms/models/cauchy_born/neighbours.py), with rc = 1.5 and margin 1/4, by hand:
# free shifts may drift delta = margin rc / 4 = 0.09375 from (I + A) p0, and then the smallest
# stretch of I + A must exceed (1 + 2 delta / rc) / (1 + margin) = 0.9; affine shifts (kernels in A
# alone) allow stretches down to 1 / (1 + margin) = 0.8.  With rc = 1.5 only nearest neighbours are
# inside, so the zero-stress reference puts them at the LJ minimum 2^(1/6); the second HCP shell
# (watched) is at sqrt(2) 2^(1/6) = 2^(2/3).  Each case sits a relative 1e-6 inside and outside one
# bound (no other bound is near); the numeric check and the numpy and C kernels must all accept the
# first and all refuse the second with the same condition's message.

RC = 1.5
DRIFT = 0.25 * RC / 4
STRETCH_FREE = (1 + 2 * DRIFT / RC) / 1.25
STRETCH_AFFINE = 1 / 1.25
NEAREST, SECOND_HCP = 2 ** (1 / 6), 2 ** (2 / 3)
EPS = 1e-6


@pytest.fixture(scope="module")
def compiled(tmp_path_factory):
    """Per lattice: the symbolic model (numeric check) and its derived energy kernel, numpy and C."""
    out = tmp_path_factory.mktemp("validity")
    found = {}
    for lattice in ("diamond", "hcp", "chain"):
        report = symms.derive("cauchy-born", out=out, check=False, lattice=lattice, potential="lj", cutoff=RC)
        model = json.loads((report.folder / "model.json").read_text())
        entry = next(k for k in kernel_entries(model) if k["name"] == "energy")
        kernels = {backend: load_backend(report.folder, entry, backend) for backend in ("numpy", "c")}
        found[lattice] = CauchyBorn(lattice, make_potential("lj", RC)), kernels
    return found


def _decisions(cb, kernels, A, p=None):
    """None (accepted) or the InputError text, from the numeric check and from each compiled kernel."""
    out = {}
    for name, run in [("check", lambda: cb.check_deformation(A, p))] + [
            (backend, (lambda k=k: k(A) if p is None else k(A, p))) for backend, k in kernels.items()]:
        try:
            run()
            out[name] = None
        except InputError as exc:
            out[name] = str(exc)
    return out


def _assert_boundary(compiled, lattice, deformation, accepted, refused, message):
    cb, kernels = compiled[lattice]
    assert _decisions(cb, kernels, *deformation(cb, accepted)) == {"check": None, "numpy": None, "c": None}
    texts = _decisions(cb, kernels, *deformation(cb, refused))
    assert all(text is not None and message in text for text in texts.values()), texts


def _p0(cb):
    return np.array(cb.p0.evalf(30), dtype=float).reshape(cb.n_shifts, cb.d)


def _stretch_along(n, factor):
    n = np.asarray(n, dtype=float) / np.linalg.norm(n)
    return (factor - 1) * np.outer(n, n)


def test_shift_drift_budget_is_the_same_in_check_and_kernels(compiled):
    """Diamond, A = 0, the B atom moved along (1, 1, 1): the budget is the Euclidean length (the old
    numeric check compared the largest component, 1/sqrt(3) of it, with a different budget)."""
    def moved(cb, size):
        return np.zeros((3, 3)), _p0(cb) + size * np.ones(3) / np.sqrt(3)
    _assert_boundary(compiled, "diamond", moved, DRIFT * (1 - EPS), DRIFT * (1 + EPS),
                     "shift p1 moved more than 0.0938 from its affine position")


def test_stretch_bound_with_free_shifts_is_the_same_in_check_and_kernels(compiled):
    """Diamond compressed along x with affine shifts: refused below 0.9 by both (the old check allowed 0.8)."""
    def compressed(cb, factor):
        A = np.diag([factor - 1, 0.0, 0.0])
        return A, _p0(cb) @ (np.eye(3) + A).T
    _assert_boundary(compiled, "diamond", compressed, STRETCH_FREE * (1 + EPS), STRETCH_FREE * (1 - EPS),
                     "the smallest stretch of I + A is below 0.9")


def test_inside_pair_leaving_the_cutoff_is_the_same_in_check_and_kernels(compiled):
    """Diamond stretched along the bond a/4 (1, 1, 1): that bond reaches rc at the stretch rc / 2^(1/6)."""
    def stretched(cb, factor):
        A = _stretch_along((1, 1, 1), factor)
        return A, _p0(cb) @ (np.eye(3) + A).T
    _assert_boundary(compiled, "diamond", stretched, RC / NEAREST * (1 - EPS), RC / NEAREST * (1 + EPS),
                     "a pair leaves the cutoff")


def test_watched_pair_entering_the_cutoff_is_the_same_in_check_and_kernels(compiled):
    """HCP compressed uniformly: the watched second shell 2^(2/3) reaches rc at 1.5 / 2^(2/3) = 0.945 > 0.9."""
    def compressed(cb, factor):
        A = (factor - 1) * np.eye(3)
        return A, _p0(cb) @ (np.eye(3) + A).T
    _assert_boundary(compiled, "hcp", compressed, RC / SECOND_HCP * (1 + EPS), RC / SECOND_HCP * (1 - EPS),
                     "a pair enters the cutoff")


def test_affine_kernels_use_the_affine_stretch_bound_in_check_and_kernels(compiled):
    """The chain's kernels take A alone (p = (1 + A) a / 2 exactly): the bound is 0.8, the bonds leave at rc / 2^(1/6)."""
    def strained(cb, factor):
        return (np.array([[factor - 1]]),)
    _assert_boundary(compiled, "chain", strained, STRETCH_AFFINE * (1 + EPS), STRETCH_AFFINE * (1 - EPS),
                     "the smallest stretch of I + A is below 0.8")
    _assert_boundary(compiled, "chain", strained, RC / NEAREST * (1 - EPS), RC / NEAREST * (1 + EPS),
                     "a pair leaves the cutoff")
    cb, kernels = compiled["chain"]
    texts = _decisions(cb, kernels, np.array([[-1 - EPS]]))
    assert all("det(I + A) must be positive" in text for text in texts.values()), texts
