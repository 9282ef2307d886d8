"""The chain-dynamics kernels (seed 001 eqs 4.9-4.12): emitted, verified, guarded, and driving the solver."""
import json
import shutil

import numpy as np
import pytest
import sympy as sp

import symms
from symms.errors import InputError
from symms.models.chain_dynamics import KERNELS, chain_model, fibre_bundle_solve, pulse_run
from symms.locations import committed_root
from symms.pipeline import derive, verify_folder

GENERATED = committed_root()

FOLDER = GENERATED / "chain-dynamics" / "lj-rc1.5-mB3"
PARAMS = dict(potential="lj", cutoff=1.5, m_A=1.0, m_B=3.0)


@pytest.fixture(scope="module")
def model():
    return chain_model(**PARAMS)


@pytest.fixture(scope="module")
def pulse(model):
    """A Gaussian pulse of width 12 cells on 128 cells, shift at rest, and a Verlet step resolving ω."""
    n, L = 128, 12
    cells = np.arange(n)
    U = 0.01 * L * model.cell * np.exp(-((cells - n / 2) ** 2) / (2 * L ** 2))
    A = (np.roll(U, -1) - U) / model.cell
    p = (1 + A) * model.cell / 2 + 1e-3 * np.sin(2 * np.pi * cells / n)  # off the slaved shift: the micro mode moves
    dt = 0.1 * np.sqrt(model.reduced_mass / float(model.shift_stiffness(0.0, model.p0)))
    return U, p, 600 * dt, dt


def test_committed_model_lists_the_four_kernels_with_guards_and_samples():
    entries = {e["name"]: e for e in json.loads((FOLDER / "model.json").read_text())["kernels"]}
    assert list(entries) == list(KERNELS)
    for e in entries.values():
        assert [(a["name"], a["shape"]) for a in e["inputs"]] == [("A", []), ("p", [])]
        assert len(e["outputs"]) == 1 and e["outputs"][0]["shape"] == []
        assert len(e["guards"]) == 5 and set(e["sample"]) == {"A", "p"}
    assert (FOLDER / "kernels.c").exists() and (FOLDER / "kernels.py").exists()


def test_committed_kernels_verify_against_mpmath_in_both_backends():
    results = verify_folder(FOLDER)
    assert len(results) == 3 * len(KERNELS)  # numpy vs mpmath, C vs mpmath, numpy vs C per kernel
    assert all(r.passed for r in results), [r.detail for r in results if not r.passed]


def test_kernels_are_derivatives_of_the_same_W(model):
    """Exact: the bond-by-bond kernels equal SymPy's own derivatives of CauchyBorn's W(A, p)."""
    ex = model.expressions
    a = ex.cell
    direct = {"energy": ex.W, "stress": sp.diff(ex.W, ex.A), "shift_force": -a * sp.diff(ex.W, ex.p),
              "shift_stiffness": a * sp.diff(ex.W, ex.p, 2)}
    for name in KERNELS:
        assert sp.simplify(ex[name] - direct[name]) == 0, name


@pytest.mark.parametrize("backend", ["numpy", "c"])
def test_generated_kernels_match_the_lambdified_functions(model, backend):
    rng = np.random.default_rng(5)
    A = rng.uniform(-0.05, 0.05, 200)
    p = model.p0 + rng.uniform(-0.05, 0.05, 200)
    for name in KERNELS:
        kernel = symms.load_kernel("chain-dynamics", backend=backend, kernel=name, **PARAMS)
        out = kernel(A, p)
        assert out.shape == (200,)
        np.testing.assert_allclose(out, getattr(model, name)(A, p), rtol=1e-13, atol=1e-13 * 50)


def test_kernels_agree_with_finite_differences(model):
    """Independent of SymPy: central differences of the C energy give the C stress, force and stiffness."""
    k = model.with_kernels(symms.load_kernels("chain-dynamics", backend="c", **PARAMS))
    A, p, h = np.array([0.012, -0.02]), np.array([1.13, 1.10]), 1e-5
    a = model.cell
    np.testing.assert_allclose((k.energy(A + h, p) - k.energy(A - h, p)) / (2 * h), k.stress(A, p), rtol=1e-6)
    np.testing.assert_allclose(-a * (k.energy(A, p + h) - k.energy(A, p - h)) / (2 * h), k.shift_force(A, p),
                               rtol=1e-6, atol=1e-6)
    np.testing.assert_allclose(-(k.shift_force(A, p + h) - k.shift_force(A, p - h)) / (2 * h),
                               k.shift_stiffness(A, p), rtol=1e-6)


@pytest.mark.parametrize("backend", ["numpy", "c"])
def test_solver_on_generated_kernels_matches_the_sympy_solver_to_round_off(model, pulse, backend):
    U, p, T, dt = pulse
    for kw in (dict(), dict(m=0.3, eta=0.4)):
        U_s, p_s = fibre_bundle_solve(model, U, p, T, dt, model.cell, **kw)
        U_k, p_k = fibre_bundle_solve(model, U, p, T, dt, model.cell,
                                      kernels=symms.load_kernels("chain-dynamics", backend=backend, **PARAMS), **kw)
        assert np.abs(p_s - p).max() > 1e-4  # the shift really moved
        assert np.abs(U_k - U_s).max() <= 1e-12 * np.abs(U_s).max()
        assert np.abs(p_k - p_s).max() <= 1e-13 * model.p0


def test_solver_takes_a_mapping_of_loaded_kernels(model, pulse):
    U, p, T, dt = pulse
    kernels = {name: symms.load_kernel("chain-dynamics", backend="c", kernel=name, **PARAMS)
               for name in ("stress", "shift_force")}
    U_s, p_s = fibre_bundle_solve(model, U, p, T, dt, model.cell, eta=0.2)
    U_k, p_k = fibre_bundle_solve(model, U, p, T, dt, model.cell, eta=0.2, kernels=kernels)
    np.testing.assert_allclose(U_k, U_s, rtol=0, atol=1e-12 * np.abs(U_s).max())
    np.testing.assert_allclose(p_k, p_s, rtol=0, atol=1e-13)
    with pytest.raises(InputError, match="unknown chain kernels"):
        fibre_bundle_solve(model, U, p, T, dt, model.cell, kernels={"moduli": kernels["stress"]})


def test_kernel_driven_pulse_reproduces_the_md_table(model):
    """The width-16 row of results.json (eq 4.12 vs MD) with the fibre-bundle solve on the C kernels."""
    stored = next(r for r in json.loads((FOLDER / "results.json").read_text())["errors"] if r["width_cells"] == 16)
    again = pulse_run(model, 16, kernels=symms.load_kernels("chain-dynamics", backend="c", **PARAMS)).errors()
    for key, value in stored.items():
        assert again[key] == pytest.approx(value, rel=1e-9), key
    assert again["U_rel_error"] < 5e-3


@pytest.mark.parametrize("backend", ["numpy", "c"])
def test_kernel_guards_refuse_states_outside_the_nearest_neighbour_chain(model, backend):
    stress = symms.load_kernel("chain-dynamics", backend=backend, kernel="stress", **PARAMS)
    a, p0 = model.cell, model.p0
    error = InputError if backend == "c" else ValueError
    assert np.isfinite(stress(np.array([0.01, -0.01]), np.array([p0, p0]))).all()
    cases = {"A-B bond p must have positive": (0.0, -0.1),
             "A-B bond p leaves the cutoff": (0.0, 1.6),
             "B-A bond .* leaves the cutoff": (0.2, p0),          # (1 + A) a - p = 1.57 > 1.5
             "B-A bond .* positive": (0.0, a + 0.1),
             "second neighbours": (-0.34, (1 - 0.34) * a / 2)}    # (1 + A) a = 1.48 < 1.5, bonds fine
    for message, (A, p) in cases.items():
        with pytest.raises(error, match=message):
            stress(np.array([0.0, A]), np.array([p0, p]))


def test_verification_fails_for_a_tampered_kernel(tmp_path):
    """Negative control: one changed constant in the numpy kernels is caught by verify_folder."""
    folder = tmp_path / "v"
    shutil.copytree(FOLDER, folder)
    text = (folder / "kernels.py").read_text()
    assert text.count("48.0") >= 1
    (folder / "kernels.py").write_text(text.replace("48.0", "48.000001", 1))
    results = verify_folder(folder, backends=("numpy",))
    assert not all(r.passed for r in results)


def test_derive_writes_kernels_and_all_checks_pass(tmp_path):
    report = derive("chain-dynamics", out=tmp_path, **PARAMS)
    assert {"kernels.c", "kernels.py", "model.json", "model.tex", "results.json"} <= set(report.files)
    assert report.passed, [c.detail for c in report.checks if not c.passed]
    names = [c.name for c in report.checks]
    assert "solver on the generated kernels matches the SymPy-lambdified solver" in names
    assert (report.folder / "chain_pulse_L16.png").exists()
