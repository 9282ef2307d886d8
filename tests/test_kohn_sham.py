"""The Kohn-Sham fibre on PySCF (seed 001 eqs 3.17-3.22): the Piola conversion, its sign and units against finite
differences of W_CB, frame indifference, and the bad-input errors.  The SCF tests need pyscf (``symms[dft]``)."""
import json
import sys

import numpy as np
import pytest

from symms.errors import DerivationError, InputError
from symms.model import DerivedModel
from symms.models import kohn_sham as ks
from symms.models.tfw import rotation
from symms.numerics import kohn_sham as nks
from symms.pipeline import emit, folder_kernels

# non-symmetric: shear plus rotation plus stretch
A0 = np.array([[0.02, 0.03, -0.01], [-0.01, -0.015, 0.02], [0.005, -0.02, 0.01]])
SMALL = nks.Settings(mesh=11)          # gth-szv, gth-pade, Teter LDA, Gamma on the k-point path


@pytest.fixture(scope="module")
def generated_piola(tmp_path_factory):
    """The ``piola_stress`` kernel emitted by the pipeline (numpy and C) and loaded back from the files."""
    folder = tmp_path_factory.mktemp("kohn_sham_kernels")
    model = DerivedModel(derivation="kohn-sham", variant="kernels", parameters={}, title="piola kernel",
                         source="test", kernels=(ks.piola_kernel(),))
    for name, text in emit(model, "symms derive kohn-sham").items():
        mode = "wb" if isinstance(text, bytes) else "w"
        with open(folder / name, mode) as handle:
            handle.write(text)
    return folder_kernels(folder)["piola_stress"]


def test_piola_kernel_is_det_F_sigma_F_inverse_transpose(generated_piola):
    """Hand formula P = J sigma F^-T with numpy's inverse and determinant (the kernel uses the adjugate), on the
    generated kernel and the lambdified one; a symmetric sigma gives a non-symmetric P for non-symmetric F."""
    rng = np.random.default_rng(7)
    lambdified = ks.lambdified_piola()
    for _ in range(5):
        A = rng.uniform(-0.2, 0.2, (3, 3))
        S = rng.uniform(-1e-3, 1e-3, (3, 3))
        sigma = S + S.T
        F = np.eye(3) + A
        expected = np.linalg.det(F) * sigma @ np.linalg.inv(F).T
        for piola in (generated_piola, lambdified):
            np.testing.assert_allclose(np.asarray(piola(A, sigma)).reshape(3, 3), expected, rtol=1e-12, atol=1e-18)
        assert np.abs(expected - expected.T).max() > 1e-6
    with pytest.raises(InputError, match=r"det\(I \+ A\)"):
        lambdified(np.diag([-2.0, 0.0, 0.0]), np.zeros((3, 3)))


@pytest.fixture(scope="module")
def fibre_at_A0(generated_piola):
    pytest.importorskip("pyscf")
    return nks.fibre(A0, SMALL, generated_piola)


def test_analytic_stress_matches_a_central_difference_of_W_CB(fibre_at_A0):
    """Sign and units: P_21 from the engine's stress equals (W(A + h E21) - W(A - h E21))/2h of W = E_total/|Gamma|
    (independent SCFs, Hartree/Bohr^3).  P_21 != P_12 by far more than the tolerance, so the transpose matters."""
    h = 1e-3
    E = np.zeros((3, 3))
    E[1, 0] = h
    plus = nks.fibre(A0 + E, SMALL, None, with_stress=False).W
    minus = nks.fibre(A0 - E, SMALL, None, with_stress=False).W
    P = fibre_at_A0.stress
    fd = (plus - minus) / (2 * h)
    np.testing.assert_allclose(P[1, 0], fd, rtol=0, atol=1e-6 * np.abs(P).max())
    assert abs(P[1, 0] - P[0, 1]) > 1e-2 * np.abs(P).max()


def test_W_CB_is_frame_indifferent(fibre_at_A0):
    """W_CB(R(I + A) - I) = W_CB(A) for a rotation R about a generic axis (the mesh and basis rotate with the cell)."""
    R = rotation((1.0, 2.0, 2.0), 0.7)
    rotated = nks.fibre(R @ (np.eye(3) + A0) - np.eye(3), SMALL, None, with_stress=False)
    np.testing.assert_allclose(rotated.W, fibre_at_A0.W, rtol=1e-9, atol=0)
    stretched = nks.fibre(A0 + 0.01 * np.eye(3), SMALL, None, with_stress=False)
    assert abs(stretched.W - fibre_at_A0.W) > 1e-6 * abs(fibre_at_A0.W)


def test_unconverged_scf_is_a_derivation_error():
    pytest.importorskip("pyscf")
    with pytest.raises(DerivationError, match="did not converge in 2 cycles"):
        nks.fibre(A0, nks.Settings(mesh=9, max_cycle=2), ks.lambdified_piola())


def test_missing_pyscf_is_a_one_line_install_hint(monkeypatch):
    for name in ("pyscf", "pyscf.pbc"):
        monkeypatch.setitem(sys.modules, name, None)
    with pytest.raises(InputError, match=r"pip install 'symms\[dft\]'") as info:
        ks.build()
    assert "\n" not in str(info.value)


def test_bad_deformations_and_settings_are_refused():
    from symms.derivations.kohn_sham import DERIVATION

    with pytest.raises(InputError, match=r"det\(I \+ A\)"):
        nks.check_deformation(np.diag([-1.5, 0.0, 0.0]))
    with pytest.raises(InputError, match=r"det\(I \+ A\)"):
        nks.fibre(np.diag([-1.5, 0.0, 0.0]), SMALL, None)
    with pytest.raises(InputError, match="--A"):
        DERIVATION.resolve(A="[[-1, 0, 0], [0, 0, 0], [0, 0, 0]]")
    with pytest.raises(InputError, match="--mesh"):
        DERIVATION.resolve(mesh=3)
    with pytest.raises(InputError, match="--basis"):
        DERIVATION.resolve(basis="sto-3g")
    with pytest.raises(InputError, match="--basis"):
        ks.build(basis="sto-3g")
    with pytest.raises(InputError, match="--kmesh"):
        nks.Settings(kmesh=0)


def test_derivation_entry_matches_the_builder_defaults():
    import inspect

    from symms.derivations.kohn_sham import DERIVATION

    defaults = {p.key: p.default for p in DERIVATION.params}
    signature = inspect.signature(ks.build).parameters
    assert defaults == {k: signature[k].default for k in defaults}
    assert json.loads(defaults["A"]) == A0.tolist()


def test_typeset_equations_carry_the_corrections_and_the_multiplier_term():
    """Eq 3.19 summed to n/2 (the seed prints n), the stress with the orthonormality multipliers' -tr(lambda) F^-T/J
    term, and the Cauchy-to-Piola map, in the LaTeX the model emits."""
    eqs = {e.label: e.latex for e in ks.display_equations()}
    assert r"\sum_{\alpha=1}^{n/2}|\psi_\alpha(z-z_i;A)|^2" in eqs["rho_KS"]
    assert r"\Big(\sum_{\alpha}\lambda_{\alpha\alpha,0}\Big)\frac{F^{-T}}{\det F}" in eqs["P_KS"]
    assert r"P = \det F\;\sigma F^{-T}" in eqs["P_sigma"]
