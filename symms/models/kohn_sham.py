"""The Kohn–Sham fibre of a deformed cell on PySCF, its Piola stress and the constrained-stress formula (seed 001 eqs 3.17–3.22).

Conventions (the same as :mod:`symms.models.tfw`):

- F = I + A, J = det F; the orbitals live on the reference cell, ψ(z; A) = ψ_phys(F z), so the
  orthonormality of eq 3.21 reads ∫ψ*_α ψ_α' = δ_αα'/J and ∫_Γ ρ = n/J; W is per reference volume.
- Stress: P_ij = ∂W_CB/∂A_ij per reference volume, positive in tension; Cauchy σ = P Fᵀ/J.
  At the constrained minimiser P = ∂_A W|_ψ - Σ_α λ_αα F^{-T}/J (the orthonormality multipliers
  play the part of eq 4.6's λ; only the diagonal, on-site ones survive since ∂_A of δ_αα'δ_ij/J
  vanishes off the diagonal).
- Silicon: the primitive diamond cell, two atoms held at fixed fractional coordinates (no internal
  relaxation), GTH pseudopotential (which replaces the ion charge m of eq 3.18), LDA.  Units:
  Hartree and Bohr.

The one closed-form piece is the map from the engine's Cauchy stress to P, P = σ cof(F) with
cof F = J F^{-T} = adj(F)ᵀ: the ``piola_stress`` expression kernel.  The SCF is PySCF's
(:mod:`symms.numerics.kohn_sham`).
"""
from __future__ import annotations

import numpy as np
import sympy as sp

from ..errors import InputError
from ..model import Array, DerivedModel, DisplayEquation, ExpressionKernel, Guard, Section, Symbol, Table
from ..numbers import power_latex, rounding_bound, significant
from ..numerics import kohn_sham as numerics
from .tfw import DEFAULT_A, _latex_matrix, _sci, deformation_symbols, parse_deformation, rotation

FD_STEP = 1e-3                      # step of the central differences of W_CB
ENERGY_DIGITS = 8                   # significant digits of stored energies (SCF noise ~1e-14 relative)
STRESS_DIGITS = 6                   # significant digits of stored stresses (difference noise ~1e-9 relative)
ROTATION = ((1.0, 2.0, 2.0), 0.7)   # axis, angle of the frame-indifference check


def piola_kernel() -> ExpressionKernel:
    """P = J σ F^{-T} = σ adj(F)ᵀ of the engine's Cauchy stress σ (a polynomial in A and σ)."""
    A = deformation_symbols()
    sigma = sp.Matrix(3, 3, lambda i, j: sp.Symbol(f"s{i + 1}{j + 1}", real=True))
    F = sp.eye(3) + A
    P = sigma * F.adjugate().T
    flat = lambda M: tuple(M.reshape(1, 9).tolist()[0])
    return ExpressionKernel(
        "piola_stress", "first Piola-Kirchhoff stress P = det(F) sigma F^-T = sigma adj(F)^T, F = I + A, of the "
        "Cauchy stress sigma (seed 001 eq 3.22, F(A) = grad_A W_CB)",
        (Array("A", (3, 3), flat(A)), Array("sigma", (3, 3), flat(sigma))), (Array("P", (3, 3), flat(P)),),
        (Guard(F.det(), "det(I + A) must be positive (an orientation-preserving deformation)"),),
        (("A", -0.1, 0.1), ("sigma", -0.01, 0.01)))


def lambdified_piola():
    """The ``piola_stress`` kernel lambdified from its SymPy source: (A, sigma) -> P for one 3 × 3 pair."""
    kernel = piola_kernel()
    symbols = [s for a in kernel.inputs for s in a.entries]
    function = sp.lambdify(symbols, list(kernel.outputs[0].entries), modules="numpy")

    def piola(A, sigma):
        A = numerics.check_deformation(A)
        return np.array(function(*np.ravel(A), *np.ravel(sigma)), dtype=float).reshape(3, 3)

    return piola


def display_equations():
    """Eqs 3.17–3.22 as the seed means them, and the constrained stress (the analogue of eq 4.6)."""
    D = DisplayEquation
    return (
        D("E_KS", r"E(y_1,\dots,y_N) = \inf_{\{\psi_\alpha\}}\Big(\sum_\alpha\int|\nabla\psi_\alpha|^2dy + "
          r"\int\epsilon_{xc}(\rho)\,dy + \frac12\iint\frac{(\rho-m)(y)(\rho-m)(y')}{|y-y'|}dy\,dy'\Big)"
          r"\quad\text{(eq 3.17)}"),
        D("W_KS", r"W(A,\{\psi\}) &= \frac{\det F}{|\Gamma|}\Big(\sum_{\alpha=1}^{n/2}\int_{\mathbb{R}^3}"
          r"|F^{-T}\nabla_z\psi_\alpha|^2dz + \int_\Gamma\epsilon_{xc}(\rho)\,dz \\ &\qquad + \frac12\iint_{\Gamma\times\Gamma}"
          r"(\rho-m)(z)\,G(z-z';A)\,(\rho-m)(z')\,dz\,dz'\Big)\quad\text{(eq 3.18)}"),
        D("rho_KS", r"\rho(z;A) = 2\sum_{z_i\in L}\sum_{\alpha=1}^{n/2}|\psi_\alpha(z-z_i;A)|^2\quad"
          r"\text{(eq 3.19; the seed prints }\textstyle\sum_{\alpha=1}^{n}\text{)}"),
        D("W_CB", r"W_{\mathrm{CB}}(A) = \min_{\{\psi\}} W(A,\{\psi\}) = W(A,\{\psi(\cdot;A)\})\quad\text{(eq 3.20)}"),
        D("EL_KS", r"\frac{\delta W}{\delta\psi_\alpha^*} = \sum_{\alpha',z_j\in L}\lambda_{\alpha\alpha',z_j}"
          r"\psi_{\alpha'}(z-z_j;A),\qquad \int\psi^*_\alpha(z-z_i;A)\,\psi_{\alpha'}(z-z_j;A)\,dz = "
          r"\frac{\delta_{\alpha\alpha'}\delta_{ij}}{\det F}\quad\text{(eq 3.21)}"),
        D("dyn_KS", r"\partial_t^2 A = \nabla\cdot\big(\nabla_A W_{\mathrm{CB}}(A)\big)\ \text{with the fibre of eq "
          r"3.21 at each point}\quad\text{(eq 3.22)}"),
        D("P_KS", r"P = \nabla_A W_{\mathrm{CB}} = \partial_A W(A,\{\psi\})\big|_{\psi=\psi(\cdot;A)} - "
          r"\sum_{\alpha,\alpha',j}\lambda_{\alpha\alpha',z_j}\,\partial_A\Big(-\frac{\delta_{\alpha\alpha'}\delta_{0j}}"
          r"{\det F}\Big) = \partial_A W\big|_\psi - \Big(\sum_{\alpha}\lambda_{\alpha\alpha,0}\Big)"
          r"\frac{F^{-T}}{\det F}"),
        D("P_basis", r"P = \frac{1}{|\Gamma|}\Big(\partial_A E\big|_{D} - \operatorname{Tr}\big(Q\,\partial_A S\big)"
          r"\Big),\qquad D = 2\sum_{\alpha\,\mathrm{occ}} c_\alpha c_\alpha^\dagger,\quad "
          r"Q = 2\sum_{\alpha,\alpha'\,\mathrm{occ}} c_\alpha\lambda_{\alpha\alpha'}c_{\alpha'}^\dagger"),
        D("P_sigma", r"\sigma_{ij} = \frac{1}{\det F\,|\Gamma|}\frac{\partial E}{\partial e_{ij}}\Big|_{e=0},\ "
          r"F\mapsto(I+e)F \quad\Longrightarrow\quad \sigma = \frac{P F^T}{\det F},\qquad P = \det F\;\sigma F^{-T}"),
    )


def _settings(mesh, basis, kmesh, max_cycle) -> numerics.Settings:
    if not isinstance(basis, str) or not basis.lower().startswith("gth-"):
        raise InputError(f"--basis must be a GTH basis matching the gth-pade pseudopotential (e.g. gth-szv, "
                         f"gth-dzvp), got {basis!r}")
    return numerics.Settings(basis=basis, mesh=int(mesh), kmesh=int(kmesh), max_cycle=int(max_cycle))


def build(A: str = DEFAULT_A, mesh: int = 15, basis: str = "gth-szv", kmesh: int = 1, max_cycle: int = 60,
          progress=None) -> DerivedModel:
    """The ``kohn-sham`` derived model: seed 001 eqs 3.17–3.22 for silicon on PySCF.

    One SCF with the engine's analytic stress at ``A`` (JSON 3x3), converted to P = J σ F^{-T};
    its check by central differences of W_CB (18 further SCFs); frame indifference at one rotation.
    """
    say = progress if callable(progress) else (lambda message: None)
    A_value = parse_deformation(A)
    settings = _settings(mesh, basis, kmesh, max_cycle)
    numerics.require_pyscf()
    piola = lambdified_piola()
    say("Kohn-Sham SCF and analytic stress at A")
    point = numerics.fibre(A_value, settings, piola)
    P_fd = numerics.finite_difference_stress(A_value, settings, FD_STEP, progress=say)
    gap = float(np.abs(P_fd - point.stress).max() / np.abs(P_fd).max())
    say("frame indifference")
    R = rotation(*ROTATION)
    rotated = numerics.fibre(R @ (np.eye(3) + A_value) - np.eye(3), settings, piola)
    W_gap = abs(rotated.W - point.W) / abs(point.W)
    P_gap = float(np.abs(rotated.stress - R @ point.stress).max() / np.abs(point.stress).max())
    W, P, P_fd = significant(point.W, ENERGY_DIGITS), significant(point.stress, STRESS_DIGITS), significant(
        P_fd, STRESS_DIGITS)
    bounds = {"gap": rounding_bound(gap), "W": rounding_bound(W_gap), "P": rounding_bound(P_gap)}
    results = {
        "A": A_value.tolist(),
        "W": W,
        "stress_formula": P,
        "stress_fd": P_fd,
        "stress_fd_relative_gap_below": bounds["gap"],
        "fd_scheme": f"second-order central differences of W_CB, step {FD_STEP:g}, each a converged SCF",
        "energy_per_cell": significant(point.energy, ENERGY_DIGITS),
        "cauchy_stress": significant(point.cauchy, STRESS_DIGITS),
        "frame_indifference": {"R_axis_angle": [list(ROTATION[0]), ROTATION[1]],
                               "W_rotated": significant(rotated.W, ENERGY_DIGITS),
                               "relative_difference_below": bounds["W"],
                               "stress_rotated_minus_R_stress_relative_below": bounds["P"]},
        "units": "hartree",
        "significant_digits": {"energies": ENERGY_DIGITS, "stresses": STRESS_DIGITS,
                               "diagnostics": "upper bounds, powers of ten"},
        "settings": {"lattice_constant_bohr": significant(settings.lattice_constant, ENERGY_DIGITS),
                     "basis": settings.basis,
                     "pseudo": settings.pseudo, "xc": settings.xc, "mesh": settings.mesh, "kmesh": settings.kmesh,
                     "conv_tol": settings.conv_tol, "engine": "PySCF KRKS (k-point code path), FFTDF",
                     "engine_version": numerics.engine_version()},
        "cell": {"lattice": "primitive diamond cell of silicon", "atoms_fractional": numerics.FRACTIONAL.tolist(),
                 "internal_coordinate": "atoms held at fixed fractional coordinates (not relaxed)"},
        "stress_convention": "first Piola-Kirchhoff P_ij = dW_CB/dA_ij per reference volume (Hartree/Bohr^3), "
                             "positive in tension; P = det F sigma F^-T of the engine's Cauchy stress sigma",
    }
    return DerivedModel(
        derivation="kohn-sham", variant="", parameters={"A": A, "mesh": mesh, "basis": basis, "kmesh": kmesh,
                                                        "max_cycle": max_cycle},
        title="Kohn-Sham fibre of a deformed silicon cell and its Piola stress (PySCF)",
        source="W. E and J. Lu, seed 001 (eqs 3.17-3.22)",
        symbols=(Symbol("A", "A", r"displacement gradient, $F = I + A$"),
                 Symbol("sigma", r"\sigma", "Cauchy stress of the deformed cell (the engine's)"),
                 Symbol("P", "P", r"first Piola--Kirchhoff stress $\partial W_{\mathrm{CB}}/\partial A$")),
        sections=_sections(settings, A_value, W, np.array(P), np.array(P_fd), bounds),
        kernels=(piola_kernel(),),
        data={"summary": [f"W_CB = {W:.8g} Hartree/Bohr^3 ({settings.basis}, mesh {settings.mesh}^3, "
                          f"{settings.kmesh}^3 k-points)",
                          f"analytic stress vs central differences of W_CB: max relative gap below {bounds['gap']:.0e}"]},
        results=results)


def _sections(settings, A, W, P, P_fd, bounds):
    """The prose, equations and table, from the stored (rounded) numbers only, so that regeneration is identical."""
    xc_tex = settings.xc.replace("_", r"\_")
    eqs = display_equations()
    setup = Section(
        "The Kohn-Sham fibre (eqs 3.17-3.22)",
        r"The orbitals are pulled back to the reference cell, $\psi(z;A) = \psi_{\mathrm{phys}}(Fz)$, so their "
        r"orthonormality carries $1/\det F$ (eq 3.21) and $W$ is an energy per reference volume. The stress is the "
        r"derivative of $W_{\mathrm{CB}}$: at the minimiser the $A$-dependence of the orthonormality constraint adds "
        r"the trace of the on-site multipliers times $-F^{-T}/\det F$, the analogue of eq 4.6. In a finite basis "
        r"$\{\chi_\mu\}$ that moves with the atoms the same term is the energy-weighted density matrix $Q$ against "
        r"the strain derivative of the overlap $S$ (the Pulay term of the engine's stress). Eq 3.22 prints "
        r"$F(A) = \nabla_A W(A,\{\psi\})$; it is the total derivative of $W_{\mathrm{CB}}$, the partial one at fixed "
        r"orbitals misses the multiplier term.",
        equations=eqs)
    rows = tuple((f"{i + 1}{j + 1}", float(P[i, j]), float(P_fd[i, j])) for i in range(3) for j in range(3))
    check = Section(
        "Silicon on PySCF: the stress against finite differences",
        rf"Primitive diamond cell, $a = {settings.lattice_constant:.6g}$ Bohr, two Si atoms at fixed fractional "
        rf"coordinates $(0,0,0)$, $(\tfrac14,\tfrac14,\tfrac14)$ (no internal relaxation), {settings.pseudo} "
        rf"pseudopotential, {settings.basis} basis, the Teter--Pad\'e LDA it was fitted with (libxc \texttt{{{xc_tex}}}), FFT mesh "
        rf"${settings.mesh}^3$ held fixed under the deformation, ${settings.kmesh}^3$ k-points (PySCF KRKS), "
        rf"SCF tolerance {_sci(settings.conv_tol, 1)} Hartree. At $A = {_latex_matrix(A, 4)}$, "
        rf"$W_{{\mathrm{{CB}}}} = {W:.8g}$ Hartree/Bohr$^3$. The stress from the engine's analytic Cauchy stress, $P = \det F\,\sigma F^{{-T}}$, against "
        rf"central differences of $W_{{\mathrm{{CB}}}}$ with step {FD_STEP:g}: largest gap below {power_latex(bounds['gap'])} of "
        rf"$\max|P|$ (the $O(h^2)$ error of the differences). Frame indifference at the rotation by "
        rf"{ROTATION[1]:g} about $(1,2,2)$: $W_{{\mathrm{{CB}}}}(R(I+A)-I)$ differs from $W_{{\mathrm{{CB}}}}(A)$ by "
        rf"less than {power_latex(bounds['W'])} relative, and $P$ turns into $RP$ to within {power_latex(bounds['P'])} of $\max|P|$. The checks hold for the "
        r"discrete model at any setting; the default (minimal basis, $\Gamma$ only) is a verification cell, not "
        r"converged silicon: a larger basis and k-mesh change $W_{\mathrm{CB}}$ by several per cent and $P$ "
        r"many-fold (convergence with the FFT mesh, basis and k-mesh: benchmarks/bench\_kohn\_sham.py).",
        tables=(Table("kohn_sham_stress", rf"$P_{{ij}}$ (Hartree/Bohr$^3$, {STRESS_DIGITS} significant digits): "
                      r"analytic (engine) and central differences.", ("$ij$", "analytic", "differences"), rows,
                      STRESS_DIGITS),))
    return setup, check
