"""The Thomas–Fermi–von Weizsäcker fibre of a deformed cell and its constrained stress (seed 001 eqs 3.11–3.16, 4.1–4.8).

Conventions (stated once, used everywhere):

- Reference cell Γ = [0, a)³ of a simple cubic lattice with one ion of n valence electrons at
  the origin (the seed's "simple lattice").  A is the displacement gradient, F = I + A the
  deformation gradient, J = det F; the deformed cell is F Γ.
- The fibre is ρ(z) on the reference cell, the physical density pulled back: ρ(z) = ρ_phys(F z).
  Hence ∫_Γ ρ dz = n/J (eq 3.15's constraint), gradients pull back as ∇_y = F^{-T} ∇_z, and every
  cell integral carries J: W(A, ρ) of eq 3.11 is the energy per *reference* volume.
- The ion charge m(z; A) = Σ_i m^a(F(z - z_i)) (eq 3.12) with a normalised Gaussian
  m^a(y) = n (2πσ²)^{-3/2} exp(-|y|²/2σ²) of fixed physical width σ, or a uniform background
  (``ion_width=None``, jellium).  Fourier coefficients (f̂_k = |Γ|^{-1} ∫_Γ f e^{-ik·z} dz, k in the
  reciprocal lattice 2π/a ℤ³): m̂_k = n exp(-σ²|F^{-T}k|²/2) / (|Γ| J).
- The periodic Coulomb kernel of eq 3.13 is the Fourier series
  G(z; A) = (4π/|Γ|) Σ_{k≠0} e^{ik·z} / |F^{-T}k|², which solves the PDE (3.13); it equals
  J G_phys(F z) with G_phys the zero-mean periodic Coulomb kernel of the deformed lattice, so
  G(z) - J/|F z| (not G - 1/|F z| as the seed writes) tends to a constant at z → 0.  With it,
  W_H = (J/|Γ|) ½ ∬ (ρ - m) G (ρ - m) = 2π J Σ_{k≠0} |ρ̂_k - m̂_k|² / |F^{-T}k|².
- Units: ``seed`` (unit coefficients, W = ∫ρ^{5/3} + ∫|∇√ρ|² + Hartree, as eq 3.8) or
  ``hartree`` (atomic units: C_TF = (3/10)(3π²)^{2/3}, ½|∇√ρ|²).
- Stress: the first Piola–Kirchhoff stress P = dW_CB/dA per reference volume, P_ij = ∂W/∂A_ij,
  positive in tension; the Cauchy stress is σ = P Fᵀ / J.  At the constrained minimiser
  P = ∂_A W - λ ∂_A g (eq 4.6) with g = ∫_Γ ρ - n/J (eq 4.3) and ∂_A g = n F^{-T}/J: the seed's
  eq 4.7 prints F^{-1}, a transpose slip that matters for non-symmetric A.

The pointwise densities are SymPy expressions and become the derivation's expression kernels
(real-space densities of ρ and ∇_z√ρ; k-space mode energies of ρ̂_k); the FFTs around them, the
cell sums and the constrained minimisation are in :mod:`symms.numerics.tfw`.
"""
from __future__ import annotations

import json
from dataclasses import dataclass

import numpy as np
import sympy as sp

from ..errors import InputError
from ..numbers import power_latex, rounding_bound, scientific_latex, significant
from ..model import (Array, DerivedModel, DisplayEquation, Equation, ExpressionKernel, Figure, Guard, Panel, Section,
                     Series, Symbol, Table)
from ..numerics import tfw as numerics

KERNELS = ("tf_density", "vw_density", "hartree_mode", "ion_charge", "tf_stress", "vw_stress", "hartree_stress",
           "constraint_stress")
DEFAULT_A = "[[0.02, 0.03, -0.01], [-0.01, -0.015, 0.02], [0.005, -0.02, 0.01]]"
FD_STEP = 2e-3                 # step of the fourth-order central differences of W_CB
CONVERGENCE_GRIDS = (6, 8, 10, 12, 14, 16, 20)
DYNAMICS = dict(ramp=40.0, hold=20.0, dt=0.05, mass=1.0, damping=1.0, samples=30)   # the stretch run of eq 4.8


def coefficients(units: str) -> tuple[sp.Expr, sp.Expr]:
    """(c_TF, c_vW): the seed's unit coefficients (eq 3.8) or Hartree atomic units."""
    if units == "seed":
        return sp.Integer(1), sp.Integer(1)
    if units == "hartree":
        return sp.Rational(3, 10) * (3 * sp.pi ** 2) ** sp.Rational(2, 3), sp.Rational(1, 2)
    raise InputError(f"unknown units {units!r}; choose seed (unit coefficients, eq 3.8) or hartree (atomic units)")


def exact(x) -> sp.Rational:
    """A float parameter as the exact rational of its shortest decimal form."""
    return sp.Rational(repr(float(x)))


# --------------------------------------------------------------------------- the pointwise expressions

@dataclass(frozen=True)
class TFWExpressions:
    """Exact SymPy source of every pointwise density of the TFW fibre (seed 001 eqs 3.11–3.13, 4.3–4.7).

    Real-space densities (cell average = the term of W):
      ``w_tf`` = c_TF J ρ^{5/3};  ``w_vw`` = c_vW J |F^{-T} g|² with g = ∇_z√ρ;
    k-space mode energies (sum over k ≠ 0 = the term of W):
      ``e_h`` = 2π J |f - m̂_k|² / |F^{-T}k|² with f = ρ̂_k (two real inputs), ``m_hat`` = m̂_k;
    their derivatives (``v_tf`` = ∂w_tf/∂ρ, ``q_vw`` = ∂w_vw/∂g, ``de_h`` = ∂e_h/∂(Re f, Im f)),
    the stress densities ∂/∂A at fixed ρ (``P_tf``, ``P_vw``, ``P_h``), and ``P_g`` = λ ∂_A g.
    """

    units: str
    side: sp.Rational
    valence: sp.Rational
    ion_width: sp.Rational | None
    A: sp.Matrix
    rho: sp.Symbol
    g: sp.Matrix
    k: sp.Matrix
    f: sp.Matrix
    lam: sp.Symbol
    c_tf: sp.Expr
    c_vw: sp.Expr
    J: sp.Expr
    w_tf: sp.Expr
    v_tf: sp.Expr
    w_vw: sp.Expr
    q_vw: sp.Matrix
    m_hat: sp.Expr
    e_h: sp.Expr
    de_h: sp.Matrix
    P_tf: sp.Matrix
    P_vw: sp.Matrix
    P_h: sp.Matrix
    dA_g: sp.Matrix
    P_g: sp.Matrix


def deformation_symbols() -> sp.Matrix:
    """The displacement gradient A as symbols ``A11``…``A33`` (row i, column j)."""
    return sp.Matrix(3, 3, lambda i, j: sp.Symbol(f"A{i + 1}{j + 1}", real=True))


def _gradient(expr, A: sp.Matrix) -> sp.Matrix:
    """∂expr/∂A_ij as a 3 × 3 matrix."""
    return A.applyfunc(lambda a: sp.diff(expr, a))


def tfw_expressions(units: str = "hartree", side=4, valence=1, ion_width=sp.Rational(1, 2)) -> TFWExpressions:
    """The TFW pointwise densities and their derivatives for a general (non-symmetric) A.

    Written with the adjugate, F^{-T} = adj(F)ᵀ/J, so that every density is a polynomial in A
    over a power of J.  The A-derivatives are SymPy's own (``sp.diff``) of these densities; the
    closed forms they equal (W F^{-T} and its companions) are proved in the tests.
    """
    c_tf, c_vw = coefficients(units)
    side, valence = exact(side), exact(valence)
    sigma = None if ion_width is None else exact(ion_width)
    if side <= 0 or valence <= 0 or (sigma is not None and sigma <= 0):
        raise InputError(f"cell side, valence and ion width must be positive; got {side}, {valence}, {sigma}")
    A = deformation_symbols()
    F = sp.eye(3) + A
    J = F.det()
    adj = F.adjugate()                              # F^{-1} = adj / J
    rho = sp.Symbol("rho", positive=True)
    lam = sp.Symbol("lam", real=True)
    g = sp.Matrix(sp.symbols("g1:4", real=True))    # ∇_z √ρ
    k = sp.Matrix(sp.symbols("k1:4", real=True))    # reference wavevector
    f = sp.Matrix(sp.symbols("f_re f_im", real=True))  # ρ̂_k
    volume = side ** 3

    w_tf = c_tf * J * rho ** sp.Rational(5, 3)                                   # eq 3.11, TF term
    u = adj.T * g                                                                  # J F^{-T} ∇_z √ρ
    w_vw = c_vw * (u.T * u)[0] / J                                                 # eq 3.11, vW term
    K = adj.T * k                                                                  # J F^{-T} k
    Q = (K.T * K)[0]                                                               # J² |F^{-T} k|²
    m_hat = sp.Integer(0) if sigma is None else valence * sp.exp(-sigma ** 2 * Q / (2 * J ** 2)) / (volume * J)
    e_h = 2 * sp.pi * J ** 3 * ((f[0] - m_hat) ** 2 + f[1] ** 2) / Q              # eqs 3.11, 3.13 in Fourier
    dA_g = _gradient(-valence / J, A)                                              # eq 4.7 (corrected)
    return TFWExpressions(
        units=units, side=side, valence=valence, ion_width=sigma, A=A, rho=rho, g=g, k=k, f=f, lam=lam,
        c_tf=c_tf, c_vw=c_vw, J=J,
        w_tf=w_tf, v_tf=sp.diff(w_tf, rho),
        w_vw=w_vw, q_vw=sp.Matrix([sp.diff(w_vw, x) for x in g]),
        m_hat=m_hat, e_h=e_h, de_h=sp.Matrix([sp.diff(e_h, x) for x in f]),
        P_tf=_gradient(w_tf, A), P_vw=_gradient(w_vw, A), P_h=_gradient(e_h, A),
        dA_g=dA_g, P_g=lam * dA_g,
    )


def _flat(matrix: sp.Matrix) -> tuple:
    return tuple(matrix.reshape(1, len(matrix)).tolist()[0])


def kernels(ex: TFWExpressions) -> tuple[ExpressionKernel, ...]:
    """The eight expression kernels of the TFW fibre (all broadcast over leading axes).

    Real space, one value per grid point: ``tf_density`` (A, rho) → (w, dw/drho); ``vw_density``
    (A, g) → (w, dw/dg); ``tf_stress`` (A, rho) → dw/dA; ``vw_stress`` (A, g) → dw/dA.
    k space, one value per mode k ≠ 0: ``hartree_mode`` (A, k, f) → (e, de/df); ``hartree_stress``
    (A, k, f) → de/dA; ``ion_charge`` (A, k) → m̂_k.  ``constraint_stress`` (A, lam) → lam dg/dA.
    """
    A = Array("A", (3, 3), _flat(ex.A))
    rho = Array("rho", (), (ex.rho,))
    g = Array("g", (3,), _flat(ex.g))
    k = Array("k", (3,), _flat(ex.k))
    f = Array("f", (2,), _flat(ex.f))
    lam = Array("lam", (), (ex.lam,))
    det = Guard(ex.J, "det(I + A) must be positive (an orientation-preserving deformation)")
    positive = Guard(ex.rho, "the density must be positive")
    mode = Guard((ex.k.T * ex.k)[0], "k = 0 is not a Hartree mode: leave out the cell mean (the cell is neutral)")
    k_max = float(2 * sp.pi / ex.side) * 3
    samples = {"rho": (1e-3, 0.1), "g": (-0.1, 0.1), "k": (-k_max, k_max), "f": (-0.03, 0.03), "lam": (-1.0, 1.0)}

    def sample(*names):
        return tuple((n, *samples[n]) for n in names if n in samples)

    units = f" ({ex.units} units; cell side {ex.side}, valence {ex.valence}, " + (
        "jellium)" if ex.ion_width is None else f"Gaussian ions of width {ex.ion_width})")
    return (
        ExpressionKernel("tf_density", "TF density w = c_TF det(I+A) rho^(5/3) per reference volume and dw/drho "
                         "(seed 001 eq 3.11)" + units, (A, rho),
                         (Array("w", (), (ex.w_tf,)), Array("dw_drho", (), (ex.v_tf,))), (det, positive),
                         sample("rho")),
        ExpressionKernel("vw_density", "vW density w = c_vW det(I+A) |(I+A)^-T g|^2, g = grad_z sqrt(rho), and "
                         "dw/dg (seed 001 eq 3.11)" + units, (A, g),
                         (Array("w", (), (ex.w_vw,)), Array("dw_dg", (3,), _flat(ex.q_vw))), (det,), sample("g")),
        ExpressionKernel("hartree_mode", "Hartree energy of one mode k != 0, e = 2 pi det(I+A) |f - m_k|^2 / "
                         "|(I+A)^-T k|^2 with f = rho_k (Re, Im), and de/df (seed 001 eqs 3.11, 3.13)" + units,
                         (A, k, f), (Array("e", (), (ex.e_h,)), Array("de_df", (2,), _flat(ex.de_h))), (det, mode),
                         sample("k", "f")),
        ExpressionKernel("ion_charge", "Fourier coefficient m_k of the ion charge m(z; A) of seed 001 eq 3.12" + units,
                         (A, k), (Array("m", (), (ex.m_hat,)),), (det,), sample("k")),
        ExpressionKernel("tf_stress", "dw/dA of the TF density at fixed rho (seed 001 eq 4.6, first term)" + units,
                         (A, rho), (Array("P", (3, 3), _flat(ex.P_tf)),), (det, positive), sample("rho")),
        ExpressionKernel("vw_stress", "dw/dA of the vW density at fixed grad_z sqrt(rho) (seed 001 eq 4.6)" + units,
                         (A, g), (Array("P", (3, 3), _flat(ex.P_vw)),), (det,), sample("g")),
        ExpressionKernel("hartree_stress", "de/dA of one Hartree mode at fixed rho_k, ions of fixed physical shape "
                         "(seed 001 eqs 3.12, 4.6)" + units, (A, k, f), (Array("P", (3, 3), _flat(ex.P_h)),),
                         (det, mode), sample("k", "f")),
        ExpressionKernel("constraint_stress", "lam dg/dA = lam n (I+A)^-T / det(I+A), the constraint term of "
                         "seed 001 eq 4.6 (eq 4.7 with its transpose corrected)" + units, (A, lam),
                         (Array("P", (3, 3), _flat(ex.P_g)),), (det,), sample("lam")),
    )


# --------------------------------------------------------------------------- kernels as callables

class _Lambdified:
    """A kernel's outputs lambdified from its SymPy source, with the generated kernels' calling
    convention (inputs with trailing shapes, broadcast over leading axes; a tuple if several outputs)."""

    def __init__(self, kernel: ExpressionKernel):
        self.name = kernel.name
        self.inputs = [(a.name, a.shape) for a in kernel.inputs]
        self.outputs = [a.shape for a in kernel.outputs]
        symbols = [s for a in kernel.inputs for s in a.entries]
        entries = [e for a in kernel.outputs for e in a.entries]
        self.function = sp.lambdify(symbols, entries, modules="numpy", cse=True)
        self.guards = [(sp.lambdify(symbols, g.expr, modules="numpy"), g.message) for g in kernel.guards]

    def __call__(self, *args):
        arrays = [np.asarray(x, dtype=float) for x in args]
        batch = np.broadcast_shapes(*[x.shape[: x.ndim - len(shape)] for x, (_, shape) in zip(arrays, self.inputs)])
        flat = [c for x, (_, shape) in zip(arrays, self.inputs)
                for c in np.moveaxis(x.reshape(x.shape[: x.ndim - len(shape)] + (-1,)), -1, 0)]
        for guard, message in self.guards:
            if not np.all(np.asarray(guard(*flat)) > 0):
                raise InputError(f"{self.name}: {message}")
        values = [np.broadcast_to(np.asarray(v, dtype=float), batch) for v in self.function(*flat)]
        results, start = [], 0
        for shape in self.outputs:
            size = int(np.prod(shape, dtype=int))
            results.append(np.stack(values[start:start + size], axis=-1).reshape(batch + tuple(shape)))
            start += size
        return results[0] if len(results) == 1 else tuple(results)


def lambdified(ex: TFWExpressions) -> dict:
    """Every kernel of :func:`kernels` as a numpy callable lambdified from the SymPy source."""
    return {k.name: _Lambdified(k) for k in kernels(ex)}


# --------------------------------------------------------------------------- parameters

def parse_deformation(text: str) -> np.ndarray:
    """A 3 × 3 displacement gradient from JSON text ``[[a, b, c], [d, e, f], [g, h, i]]`` (never eval'd)."""
    try:
        value = json.loads(text)
    except (TypeError, ValueError):
        raise InputError(f"A must be a JSON 3x3 matrix such as {DEFAULT_A!r}, got {text!r}") from None
    if not (isinstance(value, list) and len(value) == 3 and all(isinstance(r, list) and len(r) == 3 for r in value)
            and all(isinstance(x, (int, float)) and not isinstance(x, bool) for r in value for x in r)):
        raise InputError(f"A must be a JSON 3x3 matrix of numbers such as {DEFAULT_A!r}, got {text!r}")
    return numerics.check_deformation(np.array(value, dtype=float))


def solver(units: str = "hartree", grid: int = 16, side: float = 4.0, valence: float = 1.0, ion_width=0.5,
           functions: dict | None = None) -> numerics.TFWSolver:
    """The periodic TFW solver on the lambdified kernels, or on ``functions`` (e.g. the generated kernels that
    ``symms.pipeline.folder_kernels`` loads from a derived folder)."""
    cell = numerics.Cell(side=float(side), valence=float(valence),
                         ion_width=None if ion_width is None else float(ion_width), grid=int(grid))
    if functions is None:
        functions = lambdified(tfw_expressions(units, side, valence, ion_width))
    return numerics.TFWSolver(cell, functions)


# --------------------------------------------------------------------------- the derived model

def rotation(axis, angle: float) -> np.ndarray:
    """The rotation by ``angle`` about ``axis`` (Rodrigues)."""
    n = np.asarray(axis, dtype=float)
    n = n / np.linalg.norm(n)
    K = np.array([[0, -n[2], n[1]], [n[2], 0, -n[0]], [-n[1], n[0], 0]])
    return np.eye(3) + np.sin(angle) * K + (1 - np.cos(angle)) * K @ K


def convergence_table(units, side, valence, ion_width, A, grids=CONVERGENCE_GRIDS, reference_grid: int = 24):
    """W_CB, λ and P on coarser grids against a finer one (the resolution check lifted for the coarse ones)."""
    functions = lambdified(tfw_expressions(units, side, valence, ion_width))
    states, s_cells = {}, {}
    for n in tuple(grids) + (reference_grid,):
        s_cells[n] = numerics.Cell(float(side), float(valence), None if ion_width is None else float(ion_width), n,
                                   resolution=1.0)
        states[n] = numerics.TFWSolver(s_cells[n], functions).ground_state(A)
    ref = states[reference_grid]
    rows = []
    for n in grids:
        s = states[n]
        rows.append((n, s_cells[n].ion_weight(A), abs(s.W - ref.W) / abs(ref.W), abs(s.lam - ref.lam) / abs(ref.lam),
                     float(np.abs(s.stress - ref.stress).max() / np.abs(ref.stress).max())))
    return rows, reference_grid


def smooth_ramp(A_target, ramp: float):
    """A(t) = A_target s(t/ramp), s(u) = u²(3 - 2u) on [0, 1] and 1 after: from the reference cell to A_target."""
    A_target = np.asarray(A_target, dtype=float)

    def path(t):
        u = min(max(t / ramp, 0.0), 1.0)
        return A_target * (u * u * (3 - 2 * u))

    return path


def dynamics_run(tfw_solver, A_target, ramp=DYNAMICS["ramp"], hold=DYNAMICS["hold"]):
    """Eq 4.8 (the relaxational fibre dynamics of eq 4.1) along :func:`smooth_ramp` to ``A_target``, then held."""
    d = DYNAMICS
    return numerics.fibre_dynamics(tfw_solver, smooth_ramp(A_target, ramp), ramp + hold, d["dt"], d["mass"],
                                   d["damping"], d["samples"])


def _dynamics_section(run, ramp):
    t = tuple(float(x) for x in run.times)
    panels = tuple(Panel("t", rf"$P_{{{i + 1}{j + 1}}}$",
                         (Series("eq 4.8 (dynamic fibre)", t, tuple(float(x) for x in run.F[:, i, j]), "line"),
                          Series("quasi-static (ground state)", t, tuple(float(x) for x in run.P[:, i, j]), "dashed")))
                   for i, j in ((0, 0), (0, 1)))
    figures = (Figure("tfw_dynamics", rf"Eq 4.8 along the ramp $A(t) = A\,s(t/{ramp:g})$, $s(u) = u^2(3 - 2u)$, then "
                      r"held: the flux $F_{11}$, $F_{12}$ of the relaxational fibre dynamics against the quasi-static "
                      r"stress $\partial W_{\mathrm{CB}}/\partial A$ of the ground state at $A(t)$.", panels=panels),)
    rows = tuple((float(a), float(b), float(np.abs(f - p).max() / np.abs(p).max()))
                 for a, b, f, p in zip(run.times, run.distance, run.F, run.P))
    d = DYNAMICS
    return Section(
        "Fibre dynamics under a homogeneous deformation history (eqs 4.1, 4.8)",
        rf"For a homogeneous $A(t)$ the macro equation $\partial_t^2 A = \nabla(\nabla\cdot F)$ holds identically, so "
        rf"$A(t)$ is the loading. The fibre follows eq 4.1 with $m = {d['mass']:g}$, $\eta = {d['damping']:g}$, time "
        rf"step {d['dt']:g} (damped velocity Verlet; the uniform constraint gradient makes the mean "
        r"$n/(\det F\,|\Gamma|)$ exact). Averaging eq 4.1 gives $\lambda = \overline{\delta W/\delta\rho} + "
        r"m\ddot{\bar\rho} + \eta\dot{\bar\rho}$: the dynamic multiplier carries the inertia and friction of the "
        r"imposed mean density, so $F$ differs from the quasi-static stress by $O(m/T^2, \eta/T)$ on a ramp of "
        r"duration $T$ besides the lag of $\rho$, and both vanish once the deformation is held.",
        tables=(Table("tfw_dynamics", r"Lag of the fibre, $\|\rho(t) - \rho(\cdot;A(t))\|/\|\rho(\cdot;A(t))\|$, and "
                      r"$\max|F - P|/\max|P|$ along the run.", ("$t$", r"lag of $\rho$", "$F$ vs $P$"), rows, 3),),
        figures=figures)


def _two_digits(x) -> float:
    """A diagnostic (residual, gap, round-off-level difference) to 2 significant digits."""
    return significant(x, 2)


def _sci(x: float, digits: int = 2) -> str:
    """A number as inline LaTeX, ``$1.2 \\times 10^{-9}$`` style."""
    return f"${scientific_latex(x, digits)}$"


def _latex_matrix(M, digits: int = 10) -> str:
    rows = [" & ".join(f"{x:.{digits}g}" for x in row) for row in np.asarray(M)]
    return r"\begin{pmatrix}" + r" \\ ".join(rows) + r"\end{pmatrix}"


def _display_equations(ex: TFWExpressions):
    """The functional-level equations (integrals, functional derivatives, matrix forms) as LaTeX."""
    c = r"c_{\mathrm{TF}}"
    v = r"c_{\mathrm{vW}}"
    D = DisplayEquation
    return {
        "W": D("W", r"W(A,\rho) = W_{\mathrm{TF}} + W_{\mathrm{vW}} + W_H \quad\text{(eq 3.11)}, \qquad F = I + A"),
        "W_terms": D("W_terms", r"W_{\mathrm{TF}} = \frac{\det F}{|\Gamma|}" + c + r"\int_\Gamma \rho^{5/3}\,dz, \qquad "
                     r"W_{\mathrm{vW}} = \frac{\det F}{|\Gamma|}" + v + r"\int_\Gamma |F^{-T}\nabla_z\sqrt{\rho}|^2\,dz"),
        "m": D("m", r"m(z;A) = \sum_{z_i\in L} m^a\big(F(z-z_i)\big), \quad \hat m_k = \frac{n}{|\Gamma|\det F}"
               r"\, e^{-\sigma^2 |F^{-T}k|^2/2}" if ex.ion_width is not None else
               r"m(z;A) = \frac{n}{|\Gamma|\det F} \quad\text{(jellium: } \hat m_k = 0,\ k\neq 0)"),
        "G": D("G", r"G(z;A) = \frac{4\pi}{|\Gamma|}\sum_{k\neq 0}\frac{e^{ik\cdot z}}{|F^{-T}k|^2}, \qquad "
               r"-(F^{-T}\nabla_z)^2 G = 4\pi\big(\delta(z)-|\Gamma|^{-1}\big)"),
        "G_phys": D("G_phys", r"G(z;A) = \det F\; G_{\mathrm{phys}}(Fz), \qquad G(z;A) - \frac{\det F}{|Fz|} \to "
                    r"\mathrm{const}\quad (z\to 0)"),
        "WH": D("W_H", r"W_H = \frac{\det F}{2|\Gamma|}\iint (\rho-m)\,G\,(\rho-m) = \sum_{k\neq 0} e_H(k),\qquad "
                r"e_H(k) = \frac{2\pi\det F\,|\hat\rho_k-\hat m_k|^2}{|F^{-T}k|^2}"),
        "g": D("g", r"g(A,\rho) = \int_\Gamma \rho\,dz - \frac{n}{\det F}, \qquad \partial_A g = "
               r"\frac{n\,F^{-T}}{\det F}\quad\text{(eq 4.7 prints } F^{-1}\text{)}"),
        "EL": D("dW", r"\frac{\delta W}{\delta\rho} = \frac{\det F}{|\Gamma|}\Big(\tfrac53 " + c + r"\rho^{2/3} - "
                + v + r"\frac{\nabla_z\cdot(C^{-1}\nabla_z\sqrt\rho)}{\sqrt\rho} + \phi_H\Big) = \lambda, \quad "
                r"C = F^TF,\ \ \phi_H = \sum_{k\neq0}\frac{4\pi(\hat\rho_k-\hat m_k)}{|F^{-T}k|^2}e^{ik\cdot z}"),
        "lam": D("lambda", r"\lambda = \frac{\det F}{|\Gamma|}\,\mu, \qquad \mu \text{ the chemical potential of the "
                 r"deformed cell}"),
        "P_tf": D("P_TF", r"\partial_A W_{\mathrm{TF}} = W_{\mathrm{TF}}\,F^{-T}"),
        "P_vw": D("P_vW", r"\partial_A W_{\mathrm{vW}} = W_{\mathrm{vW}}\,F^{-T} - 2" + v +
                  r"\frac{\det F}{|\Gamma|}\int_\Gamma u\otimes F^{-1}u\,dz, \qquad u = F^{-T}\nabla_z\sqrt\rho"),
        "P_h": D("P_H", r"\partial_A e_H(k) = e_H F^{-T} + 2 e_H \frac{K\otimes F^{-1}K}{|K|^2} - "
                 r"\frac{4\pi\det F\,\mathrm{Re}(\hat\rho_k-\hat m_k)}{|K|^2}\,\partial_A\hat m_k, \qquad K = F^{-T}k"),
        "P_m": D("P_m", r"\partial_A \hat m_k = \hat m_k\big(\sigma^2 K\otimes F^{-1}K - F^{-T}\big)\quad"
                 r"\text{(ions of fixed physical shape; 0 for jellium)}"),
        "P": D("P", r"P = \nabla_A W_{\mathrm{CB}} = \partial_A W - \lambda\,\partial_A g = \partial_A W_{\mathrm{TF}} + "
               r"\partial_A W_{\mathrm{vW}} + \partial_A W_H - \frac{\lambda\, n\, F^{-T}}{\det F}, \qquad "
               r"\sigma_{\mathrm{Cauchy}} = \frac{P F^T}{\det F}"),
    }


def _pointwise_equations(ex: TFWExpressions):
    """The kernels' densities in compact symbols (J = det F, u = J F^{-T} g, K = J F^{-T} k)."""
    J, rho, u2, K2, f2, lam, n, cof = sp.symbols("J rho u2 K2 f2 lam n cofF")
    c_tf, c_vw = ex.c_tf, ex.c_vw
    return (Equation("w_tf", sp.Symbol("w_TF"), ((c_tf, J * rho ** sp.Rational(5, 3)),)),
            Equation("v_tf", sp.Symbol("v_TF"), ((sp.Rational(5, 3) * c_tf, J * rho ** sp.Rational(2, 3)),)),
            Equation("w_vw", sp.Symbol("w_vW"), ((c_vw, u2 / J),)),
            Equation("e_h", sp.Symbol("e_H"), ((2 * sp.pi, J ** 3 * f2 / K2),)),
            Equation("P_g", sp.Symbol("P_g"), ((1, n * lam * cof / J ** 2),)))


def build(units: str = "hartree", grid: int = 16, A: str = DEFAULT_A, side: float = 4.0, valence: float = 1.0,
          ion_width: float = 0.5, ions: str = "gaussian", dynamics: bool = False, progress=None) -> DerivedModel:
    """The ``tfw`` derived model: seed 001 eqs 3.11–3.16, 4.3–4.8 for a simple cubic cell, one ion.

    Derives the pointwise densities and stresses (8 kernels), solves the constrained ground state
    at the deformation ``A`` (JSON 3x3) on a ``grid``³ mesh, and records W_CB, λ, the stress of eq
    4.6 and its check by fourth-order central differences of W_CB (36 further minimisations), a
    frame-indifference check and a grid-convergence table.  ``dynamics`` adds the relaxational
    fibre dynamics of eq 4.8 along a ramp from the reference cell to ``A`` (:func:`dynamics_run`).
    """
    say = progress if callable(progress) else (lambda message: None)   # symms.progress.Progress or None
    if ions not in ("gaussian", "jellium"):
        raise InputError(f"--ions must be gaussian or jellium, got {ions!r}")
    width = None if ions == "jellium" else ion_width
    A_value = parse_deformation(A)
    say("deriving the TFW densities and stresses")
    ex = tfw_expressions(units, side, valence, width)
    the_kernels = kernels(ex)
    functions = lambdified(ex)
    tfw_solver = solver(units, grid, side, valence, width, functions)
    say(f"ground state on {grid}^3")
    state = tfw_solver.ground_state(A_value)
    say("finite differences of W_CB (36 minimisations)")
    P_fd = numerics.finite_difference_stress(tfw_solver, state, h=FD_STEP)
    gap = float(np.abs(P_fd - state.stress).max() / np.abs(P_fd).max())
    R = rotation((1.0, 2.0, 2.0), 0.7)
    A_rotated = R @ (np.eye(3) + A_value) - np.eye(3)
    rotated = tfw_solver.ground_state(A_rotated, initial=numerics.warm_start(state, A_rotated))
    say("grid convergence")
    rows, reference_grid = convergence_table(units, side, valence, width, A_value)
    J = float(np.linalg.det(np.eye(3) + A_value))
    cauchy = state.stress @ (np.eye(3) + A_value).T / J
    results = {
        "A": A_value.tolist(),
        "W": state.W,
        "lambda": state.lam,
        "stress_formula": state.stress.tolist(),
        "stress_fd": P_fd.tolist(),
        "stress_fd_relative_gap": _two_digits(gap),
        "fd_scheme": f"fourth-order central differences of W_CB, step {FD_STEP:g}, each a converged minimisation",
        "W_terms": dict(state.terms),
        "stress_terms": {k: v.tolist() for k, v in state.stress_terms.items()},
        "cauchy_stress": cauchy.tolist(),
        "residual": _two_digits(state.residual),
        "iterations": state.iterations,
        "frame_indifference": {"R_axis_angle": [[1, 2, 2], 0.7], "W_rotated": rotated.W,
                               "relative_difference_below": rounding_bound((rotated.W - state.W) / state.W),
                               "stress_rotated_minus_R_stress_below": rounding_bound(np.abs(rotated.stress - R @ state.stress).max())},
        "convergence": [{"grid": n, "ion_weight_at_cutoff": _two_digits(w), "W_rel_error": _two_digits(e),
                         "lambda_rel_error": _two_digits(l), "stress_rel_error": _two_digits(p)} for n, w, e, l, p in rows],
        "convergence_reference_grid": reference_grid,
        "units": units,
        "coefficients": {"c_TF": float(ex.c_tf), "c_vW": float(ex.c_vw)},
        "cell": {"lattice": "simple cubic, one ion at the origin", "side": float(side), "valence": float(valence),
                 "ions": ions, "ion_width": None if width is None else float(width), "grid": grid},
        "stress_convention": "first Piola-Kirchhoff P_ij = dW_CB/dA_ij per reference volume, positive in tension; "
                             "Cauchy sigma = P F^T / det F",
    }
    sections = _sections(ex, state, P_fd, gap, rows, reference_grid, rotated, units, grid)
    if dynamics:
        say("fibre dynamics of eq 4.8")
        run = dynamics_run(tfw_solver, A_value)
        sections += (_dynamics_section(run, DYNAMICS["ramp"]),)
        results["dynamics"] = {"settings": dict(DYNAMICS), "times": run.times.tolist(), "F": run.F.tolist(),
                               "P_quasistatic": run.P.tolist(), "lambda": run.lam.tolist(),
                               "lag": run.distance.tolist()}
    params = {"units": units, "grid": grid, "A": A, "side": side, "valence": valence, "ion_width": ion_width,
              "ions": ions, "dynamics": dynamics}
    return DerivedModel(
        derivation="tfw", variant="", parameters=params,
        title=f"Thomas-Fermi-von Weizsaecker fibre of a deformed cell and its constrained stress ({units} units)",
        source="W. E and J. Lu, seed 001 (eqs 3.8-3.16, 4.1-4.8)",
        symbols=(Symbol("A", "A", r"displacement gradient, $F = I + A$, $J = \det F$"),
                 Symbol("rho", r"\rho", r"electron density on the reference cell, $\rho(z) = \rho_{\mathrm{phys}}(Fz)$"),
                 Symbol("g", "g", r"$\nabla_z\sqrt\rho$ (vW kernel input)"),
                 Symbol("k", "k", r"reference wavevector $2\pi m/a$, $m\in\mathbb{Z}^3$"),
                 Symbol("u2", "|u|^2", r"$|\operatorname{adj}(F)^T g|^2 = J^2|F^{-T}g|^2$"),
                 Symbol("K2", "|K|^2", r"$|\operatorname{adj}(F)^T k|^2 = J^2|F^{-T}k|^2$"),
                 Symbol("f2", r"|\hat f|^2", r"$|\hat\rho_k - \hat m_k|^2$"),
                 Symbol("n", "n", rf"valence electrons per ion (here {sp.latex(ex.valence)})"),
                 Symbol("cofF", r"\operatorname{cof}F", r"cofactor matrix $J F^{-T}$"),
                 Symbol("lam", r"\lambda", r"Lagrange multiplier of $\int_\Gamma\rho = n/J$"),
                 Symbol("w_TF", r"w_{\mathrm{TF}}", "TF density per reference volume"),
                 Symbol("v_TF", r"\partial_\rho w_{\mathrm{TF}}", r"TF potential $\partial w_{\mathrm{TF}}/\partial\rho$"),
                 Symbol("w_vW", r"w_{\mathrm{vW}}", "vW density per reference volume"),
                 Symbol("e_H", r"e_H", "Hartree energy of one mode"),
                 Symbol("P_g", r"\lambda\partial_A g", "constraint stress"),
                 Symbol("J", "J", r"$\det(I + A)$")),
        sections=sections, kernels=the_kernels,
        data={"summary": [f"W_CB = {state.W:.10g}, lambda = {state.lam:.10g} ({units} units, grid {grid}^3, "
                          f"{state.iterations} iterations, residual {state.residual:.1e})",
                          f"stress formula (eq 4.6) vs central differences of W_CB: max relative gap {gap:.1e}"]},
        results=results)


def _sections(ex, state, P_fd, gap, rows, reference_grid, rotated, units, grid):
    eqs = _display_equations(ex)
    c_tf, c_vw = ex.c_tf, ex.c_vw
    cell_text = (
        rf"Simple cubic reference cell $\Gamma = [0, a)^3$, $a = {sp.latex(ex.side)}$, one ion of $n = "
        rf"{sp.latex(ex.valence)}$ valence electrons at the origin, "
        + (rf"a normalised Gaussian charge of physical width $\sigma = {sp.latex(ex.ion_width)}$"
           if ex.ion_width is not None else "a uniform background (jellium)")
        + rf". Units: \texttt{{{units}}} ($c_{{\mathrm{{TF}}}} = {sp.latex(c_tf)}$, $c_{{\mathrm{{vW}}}} = "
          rf"{sp.latex(c_vw)}$; the seed's eq 3.8 has unit coefficients, Hartree atomic units $\tfrac{{3}}{{10}}"
          r"(3\pi^2)^{2/3}$ and $\tfrac12$). The fibre is the reference-cell density $\rho(z) = \rho_{\mathrm{phys}}(Fz)$: "
          r"then $\int_\Gamma\rho\,dz = n/\det F$ (eq 3.15), gradients pull back with $F^{-T}$, and every cell "
          r"integral carries $\det F$, so $W$ is the energy per reference volume (eq 3.11). The Coulomb kernel of "
          r"eq 3.13 is the Fourier series below: it solves the PDE (3.13), equals $\det F\,G_{\mathrm{phys}}(Fz)$ "
          r"and so behaves as $\det F/|Fz|$ at $z\to 0$, not as $1/|Fz|$ as the seed's side condition says; the "
          r"additive constant is irrelevant for the neutral cell.")
    corrections = (
        r"Found by derivation and checked numerically (finite differences of $W_{\mathrm{CB}}$ at non-symmetric $A$): "
        r"(i) eq 4.7: $\partial_A g = n(I+A)^{-T}/\det(I+A)$, not $(I+A)^{-1}$, because "
        r"$\partial\det F/\partial F = \det F\,F^{-T}$; the same transpose in the stress of eq 4.8. "
        r"(ii) eq 3.13: the side condition must read $G - \det(I+A)/|(I+A)z| \to 0$ (the PDE forces this "
        r"singularity); with $1/|(I+A)z|$ it contradicts the PDE unless $\det(I+A) = 1$. "
        r"(iii) eqs 4.2 and 4.5: the ``$0 =$'' belongs to eq 4.5 ($0 = \nabla_A g = \partial_A g + "
        r"\langle\delta g/\delta\rho, \partial_A\rho\rangle$, since $g \equiv 0$ along the minimiser), not to eq 4.2, "
        r"whose left side is the total derivative $\nabla_A W_{\mathrm{CB}}$. "
        r"(iv) eq 4.1 uses $m$ for the artificial electron mass, the same letter as the ion charge of eq 3.12.")
    fd_rows = tuple((f"{i + 1}{j + 1}", state.stress[i, j], P_fd[i, j],
                     _sci(abs(state.stress[i, j] - P_fd[i, j]) / np.abs(P_fd).max())) for i in range(3) for j in range(3))
    terms_rows = tuple((name, state.terms[key]) for key, name in (("tf", "TF"), ("vw", "vW"), ("hartree", "Hartree")))
    conv_rows = tuple(rows)
    figure = Figure("tfw_grid_convergence", rf"Relative error against the ${reference_grid}^3$ grid (grids below "
                    r"the resolution check included on purpose: the ion charge is cut off there).",
                    "grid points per side", "relative error",
                    (Series("W_CB", tuple(float(r[0]) for r in rows), tuple(max(r[2], 1e-17) for r in rows), "markers"),
                     Series("stress (max entry)", tuple(float(r[0]) for r in rows),
                            tuple(max(r[4], 1e-17) for r in rows), "line")), logy=True)
    return (
        Section("Cell, fibre and units (eqs 3.11-3.13)", cell_text, (eqs["W"], eqs["W_terms"], eqs["WH"], eqs["m"], eqs["G"], eqs["G_phys"])),
        Section("Pointwise densities: the kernels",
                r"Every term of $W$ is the cell average of a real-space density or a sum of $k$-space mode "
                r"energies; the generated kernels evaluate these (and their derivatives) pointwise, the solver adds "
                r"FFTs and sums. With $J = \det F$, $u = \operatorname{adj}(F)^T\nabla_z\sqrt\rho$ and "
                r"$K = \operatorname{adj}(F)^T k$ (so that the densities are polynomials in $A$ over powers of $J$):",
                _pointwise_equations(ex)),
        Section("Euler-Lagrange equation and constraint (eqs 3.15, 4.3-4.4, 4.7)",
                r"The minimiser satisfies $\delta W/\delta\rho = \lambda$ with the normalisation constraint $g = 0$.",
                (eqs["EL"], eqs["lam"], eqs["g"])),
        Section("Stress by the generalised Hellmann-Feynman theorem (eq 4.6)",
                r"Since $g \equiv 0$ along $\rho(\cdot;A)$, $\langle\delta g/\delta\rho, \partial_A\rho\rangle = "
                r"-\partial_A g$, and $\delta W/\delta\rho = \lambda$ turns the chain rule into eq 4.6. Term by term "
                r"(all at fixed $\rho$; the ions keep their physical shape):",
                (eqs["P_tf"], eqs["P_vw"], eqs["P_h"], eqs["P_m"], eqs["P"])),
        Section("Corrections to the seed", corrections),
        Section("Ground state and stress at the default deformation",
                rf"Ground state on ${grid}^3$ at $A = {_latex_matrix(state.A, 6)}$: $W_{{\mathrm{{CB}}}} = "
                rf"{state.W:.10g}$, $\lambda = {state.lam:.10g}$, Euler-Lagrange residual {_sci(state.residual)} after "
                rf"{state.iterations} iterations. The stress formula (eq 4.6) agrees with fourth-order central "
                rf"differences of $W_{{\mathrm{{CB}}}}$ (36 converged minimisations, step {FD_STEP:g}) to a relative "
                rf"{_sci(gap)}. Frame indifference: at $R(I+A) - I$ for a rotation $R$ ($0.7$ rad about $(1,2,2)$), "
                rf"$W_{{\mathrm{{CB}}}}$ differs by a relative less than {power_latex(rounding_bound((rotated.W - state.W) / state.W))}.",
                tables=(Table("tfw_terms", r"Terms of $W_{\mathrm{CB}}$ per reference volume.", ("term", "$W$"),
                              terms_rows, 10),
                        Table("tfw_stress", r"First Piola-Kirchhoff stress $P_{ij}$: eq 4.6 against central "
                              r"differences of $W_{\mathrm{CB}}$.", ("$ij$", "eq 4.6", "finite differences",
                                                                     "gap / max$|P|$"), fd_rows, 10),
                        Table("tfw_convergence", rf"Grid convergence against ${reference_grid}^3$; the ion's Fourier "
                              r"weight at the grid cutoff (below $10^{-6}$ the resolution check passes).",
                              ("$N$", "ion weight", "$W$", r"$\lambda$", "$P$"), conv_rows, 3)),
                figures=(figure,)),
    )


def check_kernels(parameters: dict, kernels: dict) -> list:
    """The derivation's independent checks, on its generated kernels (``{name: callable}``):

    - the ground state and stress on the generated kernels against the same solver on the
      SymPy-lambdified densities (two evaluation paths of eqs 3.11 and 4.6);
    - the stress of eq 4.6 on the generated kernels against fourth-order central differences of
      W_CB (36 minimisations, also on the generated kernels).
    """
    from ..checks import CheckResult

    p = parameters
    width = None if p["ions"] == "jellium" else p["ion_width"]
    A = parse_deformation(p["A"])
    generated = solver(p["units"], p["grid"], p["side"], p["valence"], width, {k: kernels[k] for k in KERNELS})
    reference = solver(p["units"], p["grid"], p["side"], p["valence"], width)
    state, ref = generated.ground_state(A), reference.ground_state(A)
    W_gap = abs(state.W - ref.W) / abs(ref.W)
    P_gap = float(np.abs(state.stress - ref.stress).max() / np.abs(ref.stress).max())
    P_fd = numerics.finite_difference_stress(generated, state, h=FD_STEP)
    fd_gap = float(np.abs(state.stress - P_fd).max() / np.abs(P_fd).max())
    return [
        CheckResult("TFW ground state on the generated kernels matches the SymPy-lambdified solver",
                    W_gap < 1e-12 and P_gap < 1e-10,
                    f"W relative gap {W_gap:.1e} (tolerance 1e-12), stress {P_gap:.1e} (tolerance 1e-10)"),
        CheckResult("stress of eq 4.6 (generated kernels) matches central differences of W_CB", fd_gap < 1e-6,
                    f"max relative gap {fd_gap:.1e} over the 9 entries (tolerance 1e-6; 36 minimisations)"),
    ]
