"""Relaxed Cauchy–Born moduli through intermediates (seed 001 eqs 3.5-3.6): diamond --relaxed.

The relaxed ``moduli`` kernel is C = W_AA - W_Ap adj(W_pp) W_pA / det(W_pp) with the blocks as
named intermediates.  It is checked against ``results.json`` (the Tadmor-form Schur complement
at the reference state) and against finite differences of the relaxed energy W(A, p(A)).
"""
import json

import numpy as np
import pytest

import symms
from symms.models.cauchy_born import CauchyBorn, voigt_pairs
from symms.model_file import kernel_entries
from symms.models.potentials import make_potential
from symms.numerics import atomistic as at
from symms.pipeline import load_backend


@pytest.fixture(scope="module")
def diamond(tmp_path_factory):
    report = symms.derive("cauchy-born", out=tmp_path_factory.mktemp("relaxed"), lattice="diamond", potential="lj",
                          cutoff=1.5, relaxed=True)
    return report


def _kernels(folder, backend):
    model = json.loads((folder / "model.json").read_text())
    return {e["name"]: load_backend(folder, e, backend) for e in kernel_entries(model)}, model


def test_relaxed_diamond_derives_small_and_verified(diamond):
    assert diamond.passed, [c.line() for c in diamond.checks if not c.passed]
    names = {c.name for c in diamond.checks}
    assert {"moduli [numpy] vs 50-digit mpmath", "moduli [c] vs 50-digit mpmath", "moduli numpy vs C"} <= names
    model = json.loads((diamond.folder / "model.json").read_text())
    moduli = next(k for k in model["kernels"] if k["name"] == "moduli")
    symbols = [i["symbol"] for i in moduli["intermediates"]]
    assert "det_Wpp" in symbols and "Wpp_0_0" in symbols
    assert any("det_Wpp" in g["expression"] for g in moduli["guards"])
    named = {k["name"]: [i["symbol"] for i in k.get("intermediates", ())] for k in model["kernels"]}
    assert all("det_Wpp" not in names for kernel, names in named.items() if kernel != "moduli")
    # each bond's separation and length are named once, in the preamble the p-kernels share
    preambles = {p["name"]: p for p in model["preambles"]}
    assert {"y_0_0", "r2_0"} <= {i["symbol"] for i in preambles["bonds"]["intermediates"]}
    assert all(k["preamble"] == ("fractional_bonds" if k["name"].endswith("_fractional") else "bonds") for k in model["kernels"])
    assert all(not {"y_0_0", "r2_0"} & set(names) for names in named.values())
    assert (diamond.folder / "model.json").stat().st_size < 2_000_000


@pytest.mark.parametrize("backend", ["numpy", "c"])
def test_relaxed_moduli_at_reference_equal_results_voigt(diamond, backend):
    kernels, _ = _kernels(diamond.folder, backend)
    results = json.loads((diamond.folder / "results.json").read_text())
    cb = CauchyBorn("diamond", make_potential("lj", 1.5))  # its own zero-stress reference (exact)
    A = np.zeros((3, 3))
    p, _ = cb.relax_shifts(A, force=kernels["shift_force"], hessian=kernels["shift_hessian"])
    C = kernels["moduli"](A, p)
    voigt = np.array([[C[i, j, k, l] for (k, l) in voigt_pairs(3)] for (i, j) in voigt_pairs(3)])
    expected = np.array(results["C_voigt_relaxed"])
    assert np.allclose(voigt, expected, rtol=1e-10, atol=1e-10 * np.abs(expected).max())
    unrelaxed = np.array(results["C_voigt_unrelaxed"])
    assert np.abs(unrelaxed - expected).max() > 1e-3 * np.abs(expected).max()  # relaxation matters for diamond


@pytest.mark.parametrize("backend", ["numpy", "c"])
def test_fractional_moduli_at_reference_equal_unrelaxed_voigt(diamond, backend):
    """moduli_fractional at (A = 0, q = p0): the clamped-ion C_voigt_unrelaxed of results.json (the
    Tadmor-form sum at the reference), while the fixed-p Hessian there is neither."""
    kernels, model = _kernels(diamond.folder, backend)
    results = json.loads((diamond.folder / "results.json").read_text())
    a0 = float(model["data"]["reference_lattice"]["a"])
    p0, A = a0 / 4 * np.ones((1, 3)), np.zeros((3, 3))
    voigt = lambda C: np.array([[C[i, j, k, l] for (k, l) in voigt_pairs(3)] for (i, j) in voigt_pairs(3)])
    unrelaxed = np.array(results["C_voigt_unrelaxed"])
    np.testing.assert_allclose(voigt(kernels["moduli_fractional"](A, p0)), unrelaxed, rtol=0,
                               atol=1e-10 * np.abs(unrelaxed).max())
    np.testing.assert_allclose(kernels["stress_fractional"](A, p0), kernels["stress"](A, p0), rtol=0, atol=1e-12)


def test_relaxed_moduli_match_finite_differences_of_relaxed_energy(diamond):
    kernels, _ = _kernels(diamond.folder, "numpy")
    cb = CauchyBorn("diamond", make_potential("lj", 1.5))  # its own zero-stress reference (exact)
    shift = dict(force=kernels["shift_force"], hessian=kernels["shift_hessian"])
    A0 = 0.003 * np.random.default_rng(7).standard_normal((3, 3))

    def relaxed_energy(A):
        p, _ = cb.relax_shifts(A, **shift, tol=1e-14)
        return float(kernels["energy"](A, p))

    p0, _ = cb.relax_shifts(A0, **shift)
    C = kernels["moduli"](A0, p0).reshape(9, 9)
    fd = at.central_hessian(relaxed_energy, A0, h=2e-4).reshape(9, 9)
    assert np.allclose(C, fd, rtol=0, atol=2e-5 * np.abs(C).max())
