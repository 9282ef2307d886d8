"""Cauchy–Born through the pipeline (seed 001 §3–4, issue 5): derive → files → verified kernels.

The kernels are compared with their SymPy source (pipeline.verify_folder) and, here, with an
independent direct summation over explicit atoms (symms.numerics.atomistic).
"""
import json

import numpy as np
import pytest
import sympy as sp

import symms
from symms.errors import InputError
from symms.models.lattices import get_lattice
from symms.models.potentials import make_potential
from symms.numerics import atomistic as at
from symms.locations import committed_root

GENERATED = committed_root()

RESULT_KEYS = {"lattice_constant", "energy_per_atom", "C_voigt_unrelaxed", "C_voigt_relaxed"}


def reference_values(folder, lattice):
    """Lattice-parameter values of the zero-stress reference, to 17 digits, from model.json
    (results.json keeps 10 significant digits)."""
    constants = json.loads((folder / "model.json").read_text())["data"]["reference_lattice"]
    symbols = {str(x): x for x in get_lattice(lattice).parameters}
    return {symbols[k]: sp.Float(v, 17) for k, v in constants.items()}


@pytest.mark.parametrize("lattice,cutoff,n_voigt", [("chain", 1.5, 1), ("triangular", 2.0, 3)])
def test_derive_writes_verified_deterministic_files(tmp_path, lattice, cutoff, n_voigt):
    report = symms.derive("cauchy-born", out=tmp_path / "a", lattice=lattice, potential="lj", cutoff=cutoff)
    assert report.passed, [c.line() for c in report.checks if not c.passed]
    assert sorted(report.files) == ["kernels.c", "kernels.py", "model.json", "model.tex", "results.json"]
    names = {c.name for c in report.checks}
    assert {"stress [c] vs 50-digit mpmath", "moduli numpy vs C"} <= names
    results = json.loads((report.folder / "results.json").read_text())
    assert RESULT_KEYS <= set(results)
    assert np.shape(results["C_voigt_unrelaxed"]) == np.shape(results["C_voigt_relaxed"]) == (n_voigt, n_voigt)
    again = symms.derive("cauchy-born", out=tmp_path / "b", lattice=lattice, potential="lj", cutoff=cutoff, check=False)
    for name in report.files:
        assert (again.folder / name).read_bytes() == (report.folder / name).read_bytes(), name


def test_committed_variants_have_the_issue_5_results():
    for variant in ("fcc-lj-rc2.5", "chain-lj-rc1.5", "triangular-lj-rc2.5", "diamond-lj-rc1.5", "hcp-lj-rc1.5"):
        folder = GENERATED / "cauchy-born" / variant
        results = json.loads((folder / "results.json").read_text())
        assert RESULT_KEYS <= set(results), variant
        model = json.loads((folder / "model.json").read_text())
        assert [k["name"] for k in model["kernels"]][:3] == ["energy", "stress", "moduli"]
    fcc = json.loads((GENERATED / "cauchy-born" / "fcc-lj-rc2.5" / "results.json").read_text())
    C = np.array(fcc["C_voigt_relaxed"])
    assert C[0, 1] == pytest.approx(C[3, 3], rel=1e-12)  # Cauchy relation of a pair potential, cubic
    assert fcc["lattice_constant"] == pytest.approx(1.5496034240894723, rel=1e-10)  # results.json keeps 10 digits


def test_fcc_kernel_matches_direct_summation():
    """The committed fcc-lj-rc2.5 kernels (A only: p = (I + A) p0 exactly) against explicit atoms."""
    folder = GENERATED / "cauchy-born" / "fcc-lj-rc2.5"
    stress = symms.load_kernel("cauchy-born", backend="numpy", kernel="stress", lattice="fcc", potential="lj", cutoff=2.5)
    energy = symms.load_kernel("cauchy-born", backend="numpy", kernel="energy", lattice="fcc", potential="lj", cutoff=2.5)
    lattice, pot = get_lattice("fcc"), make_potential("lj", 2.5)
    values = reference_values(folder, "fcc")
    A = 0.004 * np.random.default_rng(5).standard_normal((3, 3))
    assert np.allclose(stress(A), at.direct_stress(lattice, values, pot, A), rtol=1e-11, atol=1e-11)
    assert energy(A) == pytest.approx(at.direct_energy(lattice, values, pot, A), rel=1e-12)
    assert np.abs(stress(np.zeros((3, 3)))).max() < 1e-12  # zero-stress reference
    batch = np.stack([A, -A, 0.5 * A])
    assert stress(batch).shape == (3, 3, 3)


def test_diamond_c_kernels_match_direct_summation_at_free_shifts():
    """Diamond takes p: compiled C stress and shift force against explicit atoms, and Newton relaxation."""
    kw = dict(lattice="diamond", potential="lj", cutoff=1.5)
    stress = symms.load_kernel("cauchy-born", backend="c", kernel="stress", **kw)
    force = symms.load_kernel("cauchy-born", backend="c", kernel="shift_force", **kw)
    hessian = symms.load_kernel("cauchy-born", backend="c", kernel="shift_hessian", **kw)
    folder = GENERATED / "cauchy-born" / "diamond-lj-rc1.5"
    lattice, pot = get_lattice("diamond"), make_potential("lj", 1.5)
    values = reference_values(folder, "diamond")
    a0 = float(values[lattice.parameters[0]])
    A = np.array([[0.004, 0.003, 0.0], [0.003, -0.002, 0.001], [0.0, 0.001, 0.001]])
    p = (a0 / 4) * np.ones((1, 3)) @ (np.eye(3) + A).T + 1e-3
    assert np.allclose(stress(A, p), at.direct_stress(lattice, values, pot, A, p), rtol=1e-10, atol=1e-11)
    for _ in range(20):  # Newton on eq 3.6 with the compiled kernels
        step = np.linalg.solve(hessian(A, p).reshape(3, 3), force(A, p).ravel())
        p = p - step.reshape(1, 3)
    assert np.abs(force(A, p)).max() < 1e-12
    relaxed_energy, _ = at.relaxed_direct_energy(lattice, values, pot, A)
    energy = symms.load_kernel("cauchy-born", backend="c", kernel="energy", **kw)
    assert energy(A, p) == pytest.approx(relaxed_energy, rel=1e-10)


@pytest.mark.parametrize("backend", ["numpy", "c"])
def test_hcp_kernels_match_direct_summation(backend):
    """hcp takes p (two atoms, not inversion centres): committed kernels against explicit atoms."""
    kw = dict(lattice="hcp", potential="lj", cutoff=1.5)
    folder = GENERATED / "cauchy-born" / "hcp-lj-rc1.5"
    energy = symms.load_kernel("cauchy-born", backend=backend, kernel="energy", **kw)
    stress = symms.load_kernel("cauchy-born", backend=backend, kernel="stress", **kw)
    lattice, pot = get_lattice("hcp"), make_potential("lj", 1.5)
    values = reference_values(folder, "hcp")
    A = np.array([[0.003, -0.002, 0.001], [0.001, 0.002, -0.001], [0.0, 0.002, -0.003]])
    p0 = np.array([[float(x) for x in v] for v in lattice.shift_vectors(values)[1:]])  # reference shift p_1, 1 x 3
    p = p0 @ (np.eye(3) + A).T + np.array([[1e-3, -2e-3, 5e-4]])
    assert energy(A, p) == pytest.approx(at.direct_energy(lattice, values, pot, A, p), rel=1e-12)
    np.testing.assert_allclose(stress(A, p), at.direct_stress(lattice, values, pot, A, p), rtol=1e-10, atol=1e-11)


def test_kernel_guards_refuse_deformations_outside_the_neighbour_set():
    kw = dict(lattice="chain", potential="lj", cutoff=1.5)
    for backend in ("numpy", "c"):
        energy = symms.load_kernel("cauchy-born", backend=backend, kernel="energy", **kw)
        assert np.isfinite(energy(np.array([[0.01]])))
        with pytest.raises(InputError, match="cutoff|stretch"):
            energy(np.array([[0.4]]))  # the bond stretches past rc = 1.5
        with pytest.raises(InputError, match="det"):
            energy(np.array([[-1.5]]))


def test_chain_dynamics_results_and_plot():
    folder = GENERATED / "chain-dynamics" / "lj-rc1.5-mB3"
    results = json.loads((folder / "results.json").read_text())
    errors = results["errors"]
    assert [row["width_cells"] for row in errors] == results["widths_cells"]
    assert errors[-1]["U_rel_error"] < 5e-3 < errors[0]["U_rel_error"]
    assert all(b["U_rel_error"] < a["U_rel_error"] / 2 for a, b in zip(errors, errors[1:]))  # eq 4.12 converges to MD
    plot = results["figures"]["chain_pulse_L16"]["file"]
    assert (folder / plot).read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert "chain_pulse_L16.png" in (folder / "model.tex").read_text()  # the document includes it
    assert results["tables"]["errors"]["rows"][0][0] == errors[0]["width_cells"]
