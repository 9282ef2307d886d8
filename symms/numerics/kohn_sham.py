"""The Kohn–Sham fibre of a deformed silicon cell on PySCF's periodic DFT (seed 001 eqs 3.18–3.22).

PySCF is the fibre solver (the minimisation of eq 3.20 over orthonormal orbitals, eq 3.21); this
module supplies the Cauchy–Born map around it:

- Reference cell: the primitive diamond cell of silicon, lattice vectors a_i (rows of ``L``),
  two atoms at fractional coordinates (0, 0, 0) and (1/4, 1/4, 1/4).  The deformed cell has
  lattice vectors F a_i (rows ``L Fᵀ``), F = I + A, and the atoms at the *same fractional
  coordinates* (the internal coordinate is not relaxed; this is what PySCF's stress differentiates).
- The FFT mesh is held fixed (in fractional coordinates) for every deformation, so W_CB(A) is a
  smooth function of A and its derivative is what the analytic stress computes.
- W_CB(A) = E_total(F) / |Γ|, Hartree per Bohr³ of the reference cell.
- PySCF's ``get_stress`` returns σ_ij = (1/V) dE/de_ij for the deformation r → (I + e) r of the
  current cell (rks_stress._finite_diff_cells), V = J |Γ|: with F' = (I + e) F that is
  σ = (∂E/∂F) Fᵀ / V = P Fᵀ / J, the Cauchy stress.  Hence P = J σ F^{-T}, positive in tension.
"""
from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from ..errors import DerivationError, InputError
from .deformation import check_deformation

BOHR_PER_ANGSTROM = 1 / 0.52917721092
FRACTIONAL = np.array([[0.0, 0.0, 0.0], [0.25, 0.25, 0.25]])      # diamond basis, fixed under the deformation
INSTALL = "Kohn-Sham derivations need PySCF: pip install 'symms[dft]'"


def require_pyscf():
    """PySCF's periodic ``gto`` and ``dft`` modules, or a one-line InputError saying how to install them."""
    try:
        from pyscf.pbc import dft, gto
    except ImportError:
        raise InputError(INSTALL) from None
    return gto, dft


def engine_version() -> str:
    """The installed PySCF version (recorded with the results)."""
    import pyscf

    return pyscf.__version__


@dataclass(frozen=True)
class Settings:
    """Engine settings of the silicon cell (Hartree atomic units, lengths in Bohr).

    ``mesh``: FFT points per lattice direction (fixed under deformation); ``kmesh``: k-points per
    reciprocal direction (k-point code path even for 1, Γ); ``xc``: the Padé LDA (Goedecker–Teter–Hutter)
    that the ``gth-pade`` pseudopotential was fitted with.
    """

    lattice_constant: float = 5.431 * BOHR_PER_ANGSTROM
    basis: str = "gth-szv"
    pseudo: str = "gth-pade"
    xc: str = "LDA_XC_TETER93"
    mesh: int = 15
    kmesh: int = 1
    conv_tol: float = 1e-11
    max_cycle: int = 60

    def __post_init__(self):
        if self.lattice_constant <= 0:
            raise InputError(f"the lattice constant must be positive, got {self.lattice_constant}")
        if self.mesh < 5:
            raise InputError(f"--mesh must be at least 5 FFT points per direction, got {self.mesh}")
        if self.kmesh < 1:
            raise InputError(f"--kmesh must be at least 1, got {self.kmesh}")

    def reference_lattice(self) -> np.ndarray:
        """Rows: the primitive fcc vectors (a/2)(0,1,1), (a/2)(1,0,1), (a/2)(1,1,0)."""
        return self.lattice_constant / 2 * np.array([[0.0, 1.0, 1.0], [1.0, 0.0, 1.0], [1.0, 1.0, 0.0]])

    def reference_volume(self) -> float:
        return abs(float(np.linalg.det(self.reference_lattice())))


@dataclass(frozen=True)
class KSPoint:
    """The fibre at one deformation: W_CB (Hartree/Bohr³ of the reference cell), E_total (Hartree per
    cell), the engine's Cauchy stress σ and P = J σ F^{-T} (``None`` unless asked for), SCF cycles."""

    A: np.ndarray
    W: float
    energy: float
    cauchy: np.ndarray | None
    stress: np.ndarray | None
    cycles: int


def deformed_cell(A, settings: Settings):
    """The PySCF cell of F = I + A: lattice rows L Fᵀ, atoms at FRACTIONAL, the fixed mesh."""
    A = check_deformation(A)
    gto, _ = require_pyscf()
    lattice = settings.reference_lattice() @ (np.eye(3) + A).T
    cell = gto.Cell()
    cell.unit = "Bohr"
    cell.a = lattice
    cell.atom = [("Si", tuple(float(x) for x in r)) for r in FRACTIONAL @ lattice]
    cell.basis = settings.basis
    cell.pseudo = settings.pseudo
    cell.mesh = [settings.mesh] * 3
    cell.verbose = 0
    try:
        cell.build()
    except (KeyError, RuntimeError, ValueError) as exc:
        raise InputError(f"PySCF could not build the cell with basis {settings.basis!r} and pseudopotential "
                         f"{settings.pseudo!r} ({exc}); use a GTH basis such as gth-szv") from None
    return cell


def fibre(A, settings: Settings, piola, with_stress: bool = True) -> KSPoint:
    """Solve the Kohn–Sham fibre at A (eq 3.20) and, if asked, convert the engine's stress with
    ``piola(A, sigma) -> P`` (the ``piola_stress`` kernel).  A non-converged SCF is a DerivationError."""
    A = check_deformation(A)
    _, dft = require_pyscf()
    cell = deformed_cell(A, settings)
    mf = dft.KRKS(cell, cell.make_kpts([settings.kmesh] * 3))
    mf.xc = settings.xc
    mf.conv_tol = settings.conv_tol
    mf.max_cycle = settings.max_cycle
    mf.verbose = 0
    energy = float(mf.kernel())
    if not mf.converged:
        raise DerivationError(f"the Kohn-Sham SCF did not converge in {settings.max_cycle} cycles at A = "
                              f"{A.tolist()} (conv_tol {settings.conv_tol:g}); raise --max-cycle or use a smaller A")
    sigma = np.asarray(mf.Gradients().get_stress(), dtype=float) if with_stress else None
    return KSPoint(A=A, W=energy / settings.reference_volume(), energy=energy, cauchy=sigma,
                   stress=None if sigma is None else np.asarray(piola(A, sigma), dtype=float),
                   cycles=int(getattr(mf, "cycles", -1)))


def finite_difference_stress(A, settings: Settings, h: float = 1e-3, components=None, progress=None) -> np.ndarray:
    """Central differences (W_CB(A + h E_ij) - W_CB(A - h E_ij)) / 2h, two SCFs per component
    (all nine unless ``components`` lists (i, j) pairs; the others are NaN)."""
    say = progress if callable(progress) else (lambda message: None)
    A = check_deformation(A)
    P = np.full((3, 3), np.nan)
    for i, j in components if components is not None else [(i, j) for i in range(3) for j in range(3)]:
        say(f"finite difference of W_CB along A_{i + 1}{j + 1}")
        E = np.zeros((3, 3))
        E[i, j] = h
        plus = fibre(A + E, settings, None, with_stress=False).W
        minus = fibre(A - E, settings, None, with_stress=False).W
        P[i, j] = (plus - minus) / (2 * h)
    return P
