"""ASE's LennardJones calculator as a permanent, independent peer of the Cauchy–Born kernels (issue 10).

ASE sums explicit atoms of a periodic supercell with its own neighbour list; its stress is the
Cauchy stress σ of a homogeneous deformation that moves every atom with the cell (fixed
fractional coordinates), Voigt order xx, yy, zz, yz, xz, xy, positive in tension.  With W per
reference volume, E = N_cells |Γ| W and σ = (1/V) ∂E/∂ε give P = ∂W/∂A = J σ F⁻ᵀ (F = I + A,
J = det F).  ASE's default energy is shifted, V - V(rc) for r <= rc: symms' ``--cutoff-mode
shifted``; the shift is a constant per pair, so stresses and moduli are the same in every mode.

matscipy (optional, skipped when absent) is a second peer for the moduli: its Born constants and
its Born + non-affine (relaxed-ion) constants at the zero-stress state.

Tolerances: stresses and energies agree to round-off of a few hundred pair terms (1e-11
relative); moduli are compared with central differences of ASE's stress, step h = 1e-5, whose
truncation error h²/6 |∂³P| is about 1e-8 of the moduli here (tolerance 1e-6 of max |C|).
"""
import json

import numpy as np
import pytest

ase = pytest.importorskip("ase")
from ase import Atoms  # noqa: E402
from ase.calculators.lj import LennardJones  # noqa: E402
from ase.stress import voigt_6_to_full_3x3_stress  # noqa: E402

import symms  # noqa: E402
import symms.pipeline  # noqa: E402
from symms.model_file import kernel_entries  # noqa: E402
from symms.models.cauchy_born import CauchyBorn, NeighbourSet, voigt_pairs, zero_stress_reference  # noqa: E402
from symms.models.lattices import get_lattice  # noqa: E402
from symms.models.potentials import make_potential  # noqa: E402
from symms.pipeline import load_backend  # noqa: E402

RC = 2.5


def _derived(folder):
    model = json.loads((folder / "model.json").read_text())
    kernels = {e["name"]: load_backend(folder, e, "numpy") for e in kernel_entries(model)}
    return kernels, model["data"]["reference_lattice"], json.loads((folder / "results.json").read_text())


@pytest.fixture(scope="module")
def fcc():
    """The committed fcc-lj-rc2.5 kernels (in A alone: p = (I + A) p0, fixed fractional coordinates)."""
    return _derived(symms.pipeline.variant_folder("cauchy-born", lattice="fcc", potential="lj", cutoff=RC))


def _derive_hcp(out, cutoff, mode):
    report = symms.derive("cauchy-born", out=out, backends="numpy", check=False, lattice="hcp", potential="lj",
                          cutoff=cutoff, cutoff_mode=mode)
    return _derived(report.folder)


@pytest.fixture(scope="module")
def hcp(tmp_path_factory):
    """hcp, rc 1.5, shifted (ASE's energy; stresses and moduli are the same in every mode): kernels in
    (A, p) at fixed p and in (A, q) at fixed fractional coordinates."""
    return _derive_hcp(tmp_path_factory.mktemp("ase"), 1.5, "shifted")


def crystal(lattice: str, constants: dict, repeat) -> Atoms:
    """The symms lattice (Bravais vectors B as columns, shifts B f_k) as a periodic ASE supercell."""
    lat = get_lattice(lattice)
    values = {x: float(constants[str(x)]) for x in lat.parameters}
    B = np.array(lat.basis_at(values).evalf(30), dtype=float)
    positions = [B @ np.array(f, dtype=float) for f in lat.fractional]
    return Atoms(f"Ar{len(positions)}", positions=positions, cell=B.T, pbc=True).repeat(repeat)


def ase_piola(atoms: Atoms, A, rc: float) -> np.ndarray:
    """P = J σ F⁻ᵀ from ASE's LennardJones stress of ``atoms`` deformed by F = I + A (atoms move with the cell)."""
    F = np.eye(3) + A
    deformed = atoms.copy()
    deformed.set_cell(atoms.cell[:] @ F.T, scale_atoms=True)
    deformed.calc = LennardJones(sigma=1.0, epsilon=1.0, rc=rc)
    sigma = voigt_6_to_full_3x3_stress(deformed.get_stress())
    return np.linalg.det(F) * sigma @ np.linalg.inv(F).T


def ase_energy_per_atom(atoms: Atoms, A, rc: float) -> float:
    """ASE's (shifted) LJ energy per atom of ``atoms`` deformed by F = I + A (atoms move with the cell)."""
    deformed = atoms.copy()
    deformed.set_cell(atoms.cell[:] @ (np.eye(3) + A).T, scale_atoms=True)
    deformed.calc = LennardJones(sigma=1.0, epsilon=1.0, rc=rc)
    return deformed.get_potential_energy() / len(deformed)


def ase_moduli(atoms: Atoms, A, rc: float, h: float = 1e-5) -> np.ndarray:
    """∂P_ij/∂A_kl by central differences of ASE's stress at fixed fractional coordinates."""
    C = np.zeros((3, 3, 3, 3))
    for k in range(3):
        for l in range(3):
            dA = np.zeros((3, 3))
            dA[k, l] = h
            C[:, :, k, l] = (ase_piola(atoms, A + dA, rc) - ase_piola(atoms, A - dA, rc)) / (2 * h)
    return C


def _voigt(C) -> np.ndarray:
    return np.array([[C[i, j, k, l] for (k, l) in voigt_pairs(3)] for (i, j) in voigt_pairs(3)])


A_RANDOM = np.array([[0.004, -0.003, 0.002], [0.001, -0.002, 0.003], [-0.002, 0.0015, 0.001]])  # not symmetric


def test_ase_builds_the_lattices_symms_sums():
    """The peer sees the same crystal: nearest-neighbour distance 2^(1/6)-ish, one atom per site."""
    fcc = crystal("fcc", {"a": 1.5}, (1, 1, 1))
    assert len(fcc) == 4 and fcc.get_distance(0, 1, mic=True) == pytest.approx(1.5 / np.sqrt(2), rel=1e-14)


def test_fcc_stress_at_a_non_symmetric_deformation(fcc):
    kernels, constants, _ = fcc
    atoms = crystal("fcc", constants, (4, 4, 4))
    P = ase_piola(atoms, A_RANDOM, RC)
    assert np.abs(P).max() > 0.1  # a real stress, not the zero of the reference
    np.testing.assert_allclose(kernels["stress"](A_RANDOM), P, rtol=0, atol=1e-11 * np.abs(P).max())
    assert np.abs(ase_piola(atoms, np.zeros((3, 3)), RC)).max() < 1e-11  # the zero-stress reference is ASE's too


def test_fcc_moduli_against_finite_differences_of_ase_stress(fcc):
    kernels, constants, results = fcc
    atoms = crystal("fcc", constants, (4, 4, 4))
    C = kernels["moduli"](A_RANDOM)
    fd = ase_moduli(atoms, A_RANDOM, RC)
    np.testing.assert_allclose(C, fd, rtol=0, atol=1e-6 * np.abs(C).max())
    C0 = _voigt(ase_moduli(atoms, np.zeros((3, 3)), RC))  # at zero stress the A-Hessian's Voigt entries are C
    np.testing.assert_allclose(np.array(results["C_voigt_relaxed"]), C0, rtol=0, atol=1e-6 * np.abs(C0).max())


def test_fcc_shifted_energy_is_ases_default():
    """--cutoff-mode shifted at the zero-stress state: ASE's (shifted) LJ energy per atom, exactly;
    truncated differs by the pairs per atom times V(rc), and both have the same a0."""
    lattice = get_lattice("fcc")
    shifted = zero_stress_reference(lattice, make_potential("lj", RC, "shifted"))
    truncated = zero_stress_reference(lattice, make_potential("lj", RC))
    assert shifted.values == truncated.values  # a constant shift per pair moves no minimum
    atoms = crystal("fcc", {str(k): repr(float(v)) for k, v in shifted.values.items()}, (4, 4, 4))
    E = ase_energy_per_atom(atoms, np.zeros((3, 3)), RC)
    assert float(shifted.energy_per_atom) == pytest.approx(E, rel=1e-12)
    pairs_per_atom = len(NeighbourSet.build(lattice, truncated.values, RC).inside) / lattice.atoms_per_cell
    V_rc = 4 * (RC ** -12 - RC ** -6)
    assert float(truncated.energy_per_atom) == pytest.approx(E + pairs_per_atom * V_rc, rel=1e-12)


def _p0(constants):
    lat = get_lattice("hcp")
    values = {x: float(constants[str(x)]) for x in lat.parameters}
    return np.array([[float(x) for x in lat.shift_vectors(values)[1]]])


def _hcp_atoms(constants, q, repeat):
    atoms = crystal("hcp", constants, (1, 1, 1))
    atoms.positions[1] = q[0]
    return atoms.repeat(repeat)


Q_OFFSET = np.array([[0.01, -0.02, 0.005]])  # atom 1 off its symmetric site, held at fixed fractional coordinates


def check_hcp_stress(kernels, constants, rc, repeat):
    """stress_fractional(A, q) is ASE's stress; stress(A, p = F q) (fixed p) is not, away from relaxation."""
    q = _p0(constants) + Q_OFFSET
    P = ase_piola(_hcp_atoms(constants, q, repeat), A_RANDOM, rc)
    np.testing.assert_allclose(kernels["stress_fractional"](A_RANDOM, q), P, rtol=0, atol=1e-11 * np.abs(P).max())
    fixed_p = kernels["stress"](A_RANDOM, q @ (np.eye(3) + A_RANDOM).T)
    assert np.abs(fixed_p - P).max() > 1e-3 * np.abs(P).max()  # the other convention, as documented


def check_hcp_moduli(kernels, constants, results, rc, repeat):
    """moduli_fractional is ∂P/∂A of ASE at fixed fractional coordinates; at (0, p0) it is C_voigt_unrelaxed,
    which the fixed-p moduli kernel is not (issue 10: hcp C33 = 192 at fixed p against 96)."""
    p0 = _p0(constants)
    C = kernels["moduli_fractional"](A_RANDOM, p0)
    fd = ase_moduli(_hcp_atoms(constants, p0, repeat), A_RANDOM, rc)
    np.testing.assert_allclose(C, fd, rtol=0, atol=1e-6 * np.abs(C).max())
    unrelaxed = np.array(results["C_voigt_unrelaxed"])
    np.testing.assert_allclose(_voigt(kernels["moduli_fractional"](np.zeros((3, 3)), p0)), unrelaxed,
                               rtol=0, atol=1e-9 * np.abs(unrelaxed).max())
    fixed_p = _voigt(kernels["moduli"](np.zeros((3, 3)), p0))
    assert abs(fixed_p[2, 2] - unrelaxed[2, 2]) > 0.1 * unrelaxed[2, 2]


def test_hcp_stress_at_fixed_fractional_coordinates(hcp):
    kernels, constants, _ = hcp
    check_hcp_stress(kernels, constants, 1.5, (3, 3, 2))


def test_hcp_moduli_at_fixed_fractional_coordinates(hcp):
    kernels, constants, results = hcp
    check_hcp_moduli(kernels, constants, results, 1.5, (3, 3, 2))
    C33_fixed_p = _voigt(kernels["moduli"](np.zeros((3, 3)), _p0(constants)))[2, 2]
    assert (C33_fixed_p, results["C_voigt_unrelaxed"][2][2]) == (pytest.approx(192, rel=1e-12), pytest.approx(96, rel=1e-12))


def test_hcp_shifted_energy_per_atom_is_ases_default(hcp):
    """The energy_per_atom kernel (--cutoff-mode shifted) at a deformation, shifts at fixed fractional
    coordinates: ASE's default LJ energy per atom, to round-off."""
    kernels, constants, _ = hcp
    q = _p0(constants) + Q_OFFSET
    E = ase_energy_per_atom(_hcp_atoms(constants, q, (3, 3, 2)), A_RANDOM, 1.5)
    assert float(kernels["energy_per_atom"](A_RANDOM, q @ (np.eye(3) + A_RANDOM).T)) == pytest.approx(E, rel=1e-12)
    assert E < -4  # six bonds per atom of about V(r0) - V(1.5) = -1 + 0.320: the comparison is not of zeros


@pytest.mark.slow
def test_hcp_rc_2_5_against_ase():
    """The committed hcp at rc 2.5 (68 pairs per cell, relaxation matters): both conventions against ASE."""
    kernels, constants, results = _derived(symms.pipeline.variant_folder("cauchy-born", lattice="hcp", potential="lj",
                                                                         cutoff=RC))
    check_hcp_stress(kernels, constants, RC, (6, 6, 4))
    check_hcp_moduli(kernels, constants, results, RC, (6, 6, 4))


@pytest.mark.parametrize("lattice,repeat", [("hcp", (6, 6, 4)), pytest.param("diamond", (4, 4, 4), marks=pytest.mark.slow)])
def test_moduli_against_matscipy_born_and_relaxed(lattice, repeat):
    """matscipy (optional peer): its Born (affine, clamped-ion) constants are C_voigt_unrelaxed and
    Born + non-affine (relaxed ions) are C_voigt_relaxed, at r_c = 2.5 where relaxation matters."""
    pytest.importorskip("matscipy")
    from matscipy.calculators.pair_potential import LennardJonesCut, PairPotential
    from matscipy.elasticity import full_3x3x3x3_to_Voigt_6x6

    cb = CauchyBorn(lattice, make_potential("lj", RC))
    unrelaxed, relaxed = cb.reference_voigt(relaxed=False), cb.reference_voigt(relaxed=True)
    atoms = crystal(lattice, {str(k): repr(float(v)) for k, v in cb.values.items()}, repeat)
    atoms.calc = PairPotential({(18, 18): LennardJonesCut(1.0, 1.0, RC)})  # Ar: atomic number 18
    scale = np.abs(relaxed).max()
    assert np.abs(unrelaxed - relaxed).max() > 1e-2 * scale  # relaxation matters here
    np.testing.assert_allclose(full_3x3x3x3_to_Voigt_6x6(atoms.calc.get_born_elastic_constants(atoms)), unrelaxed,
                               rtol=0, atol=1e-9 * scale)
    np.testing.assert_allclose(full_3x3x3x3_to_Voigt_6x6(atoms.calc.get_elastic_constants(atoms)), relaxed,
                               rtol=0, atol=1e-7 * scale)  # matscipy's CG for the non-affine part: rtol 1e-5
