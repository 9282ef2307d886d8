"""The Cauchy–Born derived model: kernels, results and parameters (seed 001 §3–4)."""
import numpy as np
import pytest
import sympy as sp

from symms.models.cauchy_born import build
from symms.models.lattices import get_lattice
from symms.numerics import atomistic as at
from symms.models.potentials import make_potential


def evaluate(kernel, output, *values):
    symbols = [list(arr.entries) for arr in kernel.inputs]
    f = sp.lambdify(symbols, list(kernel.outputs[output].entries), "numpy", cse=True)
    return np.array(f(*[np.ravel(v) for v in values]), dtype=float)


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
    assert [k.name for k in chain.kernels] == ["energy", "stress", "moduli"]  # p(A) = (1 + A) a / 2 exactly


def test_kernels_match_direct_summation(diamond):
    names = [k.name for k in diamond.kernels]
    assert names == ["energy", "stress", "moduli", "shift_force", "shift_hessian"]
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
    assert evaluate(diamond.kernel("energy"), 0, A, p)[0] == pytest.approx(
        at.direct_energy(lattice, values, pot, A, p), rel=1e-9)


def test_guards(diamond):
    """det F, the shift drift bound, the stretch bound (Sylvester minors), then one guard per pair."""
    guards = diamond.kernel("energy").guards
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
