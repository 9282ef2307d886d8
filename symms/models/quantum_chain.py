"""The 1D quantum chain of seed 001 §4 (eqs 4.13-4.20): symbolic side and the pure builder.

A chain of cells of deformed length L = 1 + A, each holding one electron ψ on the periodic
fibre [0, L] (eqs 4.13-4.14):

    W(A, ψ) = ∫_0^L (ψ_z² + V(ψ²)) dz,   ∫_0^L ψ² dz = 1,   -ψ_zz + V'(ψ²) ψ = λ ψ  (eq 4.17).

Derived here (and checked numerically by :mod:`symms.numerics.quantum_chain` and the tests):

- the first integral of eq 4.17 is e(z) = -ψ_z² + V(ψ²) - λψ² (Noether's theorem for the
  z-translation invariance of f = ψ_z² + V(ψ²) - λψ²: e = f - ψ_z ∂f/∂ψ_z, the Eshelby stress);
  the seed's S(z) of eq 4.18 has +ψ_z² and is not constant at a non-uniform ground state;
- dW_CB/dA = e(z) for every z (corrected eq 4.16; the seed's +ψ_z²(0) is right only where ψ_z = 0)
  = (1/L)[∫_0^L (V(ψ²) - ψ_z²) dz - λ] (corrected eq 4.19: -ψ_z², and ∫ the mean over the cell,
  as the seed's λ/(1 + A) presumes; read over [0, 1 + A] the seed's first two terms are L times too big);
- in the reference coordinate s = z/L with φ(s) = sqrt(L) ψ(L s) the constraint is ∫_0^1 φ² ds = 1
  and W = ∫_0^1 w ds, w = φ_s²/L² + L V(φ²/L); the flux of eq 4.20 is ∂W/∂A at fixed φ, the
  average of ∂w/∂L, which equals the corrected eq 4.19 at a solution of eq 4.17;
- W is bounded below under eq 4.14 iff V(u) does not fall faster than -(π²/4) u³ as u → ∞
  (:func:`growth_rule`; Gagliardo–Nirenberg in 1D, with Weinstein's sharp constant at q = 3).

:func:`build` returns the ``quantum-chain`` :class:`~symms.model.DerivedModel`: LaTeX, four pointwise
kernels (energy density, fibre force, stress density, first integral), W, λ, F and its finite
difference check, grid convergence, the relaxation dynamics of eq 4.15 and a macroscopic pulse of
eq 4.20 against the quasi-static Cauchy–Born closure.
"""
from __future__ import annotations

import hashlib
from dataclasses import dataclass

import numpy as np
import sympy as sp

from ..errors import InputError
from ..model import Series
from ..numbers import scientific_latex, significant
from ..numerics import quantum_chain as qc

KERNELS = ("energy_density", "fibre_force", "stress_density", "first_integral")
CRITICAL_CUBIC = sp.pi ** 2 / 4  # sup c with ∫ψ_z² - c∫ψ⁶ bounded below at ∫ψ² = 1 (Weinstein 1983)

u = sp.Symbol("u", positive=True)
phi, dphi, d2phi, lam = sp.symbols("phi dphi d2phi lam", real=True)
L = sp.Symbol("L", positive=True)


# --------------------------------------------------------------------------- the potential

def parse_potential(text) -> sp.Expr:
    """V(u) from user text through the safe parser (never ``sympify``), checked by :func:`growth_rule`.

    A SymPy expression in :data:`u` is accepted as is (for callers that build V themselves).
    """
    if isinstance(text, sp.Expr):
        V = text
    else:
        from ..expr import parse_expression

        V = parse_expression(str(text), {"u": u})
    extra = sorted(str(s) for s in V.free_symbols - {u})
    if extra:
        raise InputError(f"the potential V(u) may depend on u only; it also uses {', '.join(extra)}")
    growth_rule(V)
    return V


def _finite(value) -> bool:
    return bool(value.is_real and value.is_finite)


def growth_rule(V: sp.Expr, latex: bool = False) -> str:
    """Decide whether W of eq 4.13 is bounded below under eq 4.14; return the reason (plain text or
    LaTeX prose), or raise InputError.

    The rule (1D Gagliardo–Nirenberg, ||ψ||_∞² <= ||ψ||_2 ||ψ_z||_2 + ||ψ||_2²/L): on the
    constraint ∫ψ^{2q} <= ||ψ||_∞^{2q-2} <= C (1 + ||ψ_z||_2^{q-1}), so a V(u) >= -C (1 + u^q)
    with q < 3 is dominated by the kinetic term ||ψ_z||_2²; a concentrating profile
    ψ_ε = ε^{-1/2} Q(z/ε) makes ∫ψ_z² ~ ε^{-2} and ∫ψ^{2q} ~ ε^{1-q}, so V ~ -c u^q with q > 3
    sends W to -∞; at q = 3 both scale as ε^{-2} and W is bounded iff c <= π²/4 (Weinstein's
    sharp constant: ∫ψ⁶ <= (4/π²) ∫ψ_z² (∫ψ²)² on the line, equality for Q ∝ sech^{1/2}).
    Also: V must be finite at u = 0 (ψ may vanish on a whole interval), V' finite there (the
    fibre force V'(ψ²)ψ), and V real and continuous for every u >= 0.
    """
    from sympy.calculus.util import continuous_domain

    half_line = sp.Interval.open(0, sp.oo)
    try:
        domain = continuous_domain(V, u, sp.Interval(0, sp.oo))
    except (NotImplementedError, ValueError, TypeError):
        raise InputError(f"cannot decide where V(u) = {V} is continuous; use elementary functions of u") from None
    if not half_line.is_subset(domain):
        raise InputError(f"V(u) = {V} must be real and continuous for every u = psi^2 >= 0; it is not on "
                         f"{sp.Complement(half_line, domain)}")
    at_zero, slope_at_zero = sp.limit(V, u, 0, "+"), sp.limit(sp.diff(V, u), u, 0, "+")
    if not _finite(at_zero):
        raise InputError(f"V(u) = {V} must be finite at u = 0 (psi may vanish on a whole interval), got V(0+) = {at_zero}")
    if not _finite(slope_at_zero):
        raise InputError(f"V'(u) must be finite at u = 0 (the fibre force V'(psi^2) psi), got V'(0+) = {slope_at_zero}")
    q, c = _growth_at_infinity(V)
    if q is None:
        return r"V is bounded below as $u \to \infty$" if latex else "V is bounded below as u -> oo"
    if q < 3:
        return rf"V falls like $-u^{{{sp.latex(q)}}}$ with ${sp.latex(q)} < 3$" if latex else f"V falls like -u^({q}), {q} < 3"
    if c == 0:
        return r"V falls more slowly than any multiple of $u^3$" if latex else "V falls more slowly than any multiple of u^3"
    return (rf"V falls like $-{sp.latex(c)}\,u^3$ with ${sp.latex(c)} < \pi^2/4$" if latex
            else f"V falls like -({c}) u^3 with {c} < pi^2/4")


def _growth_at_infinity(V: sp.Expr):
    """(q, c): V ~ -c u^q as u -> oo (c only for q = 3), (None, None) if V is bounded below there;
    InputError if W is unbounded below or the behaviour cannot be decided."""
    top = sp.limit(V, u, sp.oo)
    if isinstance(top, sp.AccumBounds):
        top = top.min
    if top == sp.oo or _finite(top):
        return None, None
    if top != -sp.oo:
        raise InputError(f"cannot decide how V(u) = {V} behaves as u -> oo (limit {top}); "
                         "use a potential with a limit or a power-law fall-off")
    q = sp.limit(sp.log(-V) / sp.log(u), u, sp.oo)
    if not (q.is_real or q == sp.oo):
        raise InputError(f"cannot find the growth exponent of -V(u) = {-V} as u -> oo")
    if q > 3:
        fall = "faster than any power of u" if q == sp.oo else f"like -u^({q})"
        raise InputError(f"V(u) = {V} falls {fall} as u -> oo: the energy (4.13) is unbounded below under "
                         "(4.14) (a concentrating psi sends it to -oo); -u^q needs q < 3, or q = 3 with a "
                         "coefficient below pi^2/4")
    if q < 3:
        return q, None
    c = sp.limit(-V / u ** 3, u, sp.oo)
    if c == sp.oo or (c.is_real and c > CRITICAL_CUBIC):
        fall = "faster than u^3" if c == sp.oo else f"like -({c}) u^3 with {c} > pi^2/4 = {float(CRITICAL_CUBIC):.6g}"
        raise InputError(f"V(u) = {V} falls {fall}: the "
                         "energy (4.13) is unbounded below under (4.14) (Weinstein's sharp constant); "
                         "reduce the u^3 coefficient")
    if c == CRITICAL_CUBIC:
        raise InputError(f"V(u) = {V} falls like -(pi^2/4) u^3, the critical coefficient: whether (4.13) is "
                         "bounded below then depends on lower-order terms; use a u^3 coefficient below pi^2/4")
    return q, c


def uniform_instability(V: sp.Expr, A: float) -> float:
    """-V''(1/L) L - 2π²: positive iff the uniform state ψ = L^{-1/2} is unstable at strain A.

    The second variation of W - λ(∫ψ² - 1) at ψ = L^{-1/2} along cos(2πkz/L) is
    (2πk/L)² + 2 V''(1/L)/L per unit amplitude² (λ = V'(1/L)), negative for k = 1 iff
    -V''(1/L) > 2π²/L (for V = -g u²: g L > π², the threshold of the dn-wave ground states).
    """
    Lv = 1 + A
    return float(-sp.diff(V, u, 2).subs(u, sp.Rational(1) / sp.nsimplify(Lv)) * sp.nsimplify(Lv) - 2 * sp.pi ** 2)


# --------------------------------------------------------------------------- symbolic side

@dataclass(frozen=True)
class Expressions:
    """The kernels' SymPy source for one V, in the reference coordinate s (see the module doc)."""

    V: sp.Expr
    outputs: dict

    def __getitem__(self, name):
        return self.outputs[name]


def first_integral_of(f: sp.Expr, psi: sp.Symbol, psi_z: sp.Symbol) -> sp.Expr:
    """Noether's first integral of an autonomous Lagrangian density f(ψ, ψ_z): f - ψ_z ∂f/∂ψ_z
    (constant along solutions of its Euler–Lagrange equation; the Eshelby stress)."""
    return sp.expand(f - psi_z * sp.diff(f, psi_z))


def expressions(V: sp.Expr) -> Expressions:
    """The pointwise kernels of eqs 4.13-4.20 for V(u), derived from the density w in s-coordinates.

    w = φ_s²/L² + L V(φ²/L) (eq 4.13 with z = L s, ψ = φ/sqrt(L)); the fibre force is -½ the
    variational derivative of W = ∫w ds (the right side of eq 4.15 without λφ); the stress density
    is ∂w/∂L; the first integral is Noether's for f = ψ_z² + V(ψ²) - λψ², written in φ.
    """
    x = phi ** 2 / L
    w = dphi ** 2 / L ** 2 + L * V.subs(u, x)
    # -1/2 δW/δφ = -1/2 [∂w/∂φ - d/ds ∂w/∂φ_s], d/ds g(φ, φ_s) = g_φ φ_s + g_{φ_s} φ_ss
    momentum = sp.diff(w, dphi)
    fibre_force = sp.expand(-(sp.diff(w, phi) - sp.diff(momentum, phi) * dphi - sp.diff(momentum, dphi) * d2phi) / 2)
    psi, psi_z = sp.symbols("psi psi_z", real=True)
    e = first_integral_of(psi_z ** 2 + V.subs(u, psi ** 2) - lam * psi ** 2, psi, psi_z)
    e = e.xreplace({psi: phi / sp.sqrt(L), psi_z: dphi / L ** sp.Rational(3, 2)})
    outputs = {
        "energy_density": sp.expand(w),
        "fibre_force": fibre_force,
        "stress_density": sp.expand(sp.diff(w, L)),
        "first_integral": sp.expand(e),
    }
    return Expressions(V, outputs)

_PLAIN = {x: sp.Symbol(x.name) for x in (phi, dphi, d2phi, lam, L)}  # the LaTeX emitter names plain symbols
_INPUTS = {
    "energy_density": (phi, dphi, L),
    "fibre_force": (phi, d2phi, L),
    "stress_density": (phi, dphi, L),
    "first_integral": (phi, dphi, L, lam),
}
_SAMPLE = {"phi": (0.05, 2.0), "dphi": (-4.0, 4.0), "d2phi": (-40.0, 40.0), "L": (0.5, 4.0), "lam": (-20.0, 20.0)}
_DOCS = {
    "energy_density": ("w", "w = dphi^2/L^2 + L V(phi^2/L): the energy density in s = z/L, W = int_0^1 w ds (seed 001 eq 4.13)."),
    "fibre_force": ("r", "r = d2phi/L^2 - V'(phi^2/L) phi: the right side of eq 4.15 without lambda phi, in s = z/L "
                         "(times L^{-1/2} in z)."),
    "stress_density": ("sigma", "sigma = dw/dL at fixed phi: its cell average is dW/dA at fixed phi, the flux of eq 4.20 "
                                "(= dW_CB/dA at a ground state)."),
    "first_integral": ("e", "e = -psi_z^2 + V(psi^2) - lam psi^2 with psi = phi/sqrt(L), psi_z = dphi/L^(3/2): constant "
                            "along solutions of eq 4.17 and equal to dW_CB/dA (corrected eqs 4.16, 4.18)."),
}


def fibre_functions(ex: Expressions) -> qc.FibreFunctions:
    """The kernels' SymPy source lambdified for numpy (the reference the generated kernels must match)."""
    return qc.FibreFunctions(**{name: sp.lambdify(_INPUTS[name], ex[name], "numpy") for name in KERNELS})


def kernels(ex: Expressions) -> tuple:
    """The ``quantum-chain`` expression kernels: pointwise functions of (phi, dphi | d2phi, L[, lam]), shape () each."""
    from ..model import Array, ExpressionKernel, Guard

    guard = (Guard(L, "the cell length L = 1 + A must be positive (choose A > -1)"),)
    out = []
    for name in KERNELS:
        args = _INPUTS[name]
        label, doc = _DOCS[name]
        out.append(ExpressionKernel(
            name, doc + " Inputs broadcast over leading axes.", tuple(Array(str(a), (), (a,)) for a in args),
            (Array(label, (), (ex[name],)),), guards=guard, sample=tuple((str(a), *_SAMPLE[str(a)]) for a in args)))
    return tuple(out)


# --------------------------------------------------------------------------- numerical studies

STATIC_POINTS = 129               # Fourier points of the fibre for W, λ, F
CONVERGENCE_POINTS = (9, 17, 33, 65)
DYNAMIC_POINTS = 33               # fibre points in the relaxation and pulse runs
FD_STEP = 1e-3                    # Richardson-extrapolated central difference of W_CB (steps h, h/2)
RELAX_MASS, RELAX_ETA, RELAX_TIME = 0.2, 1.0, 12.0
PULSE_WIDTH, PULSE_CELLS, PULSE_AMPLITUDE, PULSE_TRAVEL = 4.0, 64, 0.01, 0.25
PULSE_MASSES = (0.08, 0.02, 0.005)
UNIFORM_TOL = 1e-6                # max φ - min φ below this: a uniform ground state
NOISE_DIGITS = 2                  # rounding-level diagnostics (spreads, drifts) keep 2 significant digits


def _noise(x: float) -> float:
    """A rounding-level diagnostic to NOISE_DIGITS significant digits (reproducible on regeneration)."""
    return significant(x, NOISE_DIGITS)


def _kind(gs: qc.GroundState) -> str:
    return "non-uniform" if np.ptp(gs.phi) > UNIFORM_TOL else "uniform"


def stress_formulas(fn: qc.FibreFunctions, gs: qc.GroundState, fd: float) -> dict:
    """The seed's and the corrected stress formulas at a ground state (eqs 4.16, 4.18, 4.19), by name.

    Pointwise ones at z = 0 (the peak, ψ_z = 0, where all agree) and at the z of largest |ψ_z|.
    """
    grid, Lv = gs.grid, gs.L
    psi2 = gs.phi ** 2 / Lv
    psi_z2 = grid.d1(gs.phi) ** 2 / Lv ** 3
    e = qc.first_integral(fn, grid, gs.phi, Lv, gs.lam)
    S = e + 2 * psi_z2                                   # the seed's S(z) of eq 4.18
    V_int = Lv * qc.Grid.mean(e + psi_z2 + gs.lam * psi2)  # ∫_0^L V(ψ²) dz
    K_int = Lv * qc.Grid.mean(psi_z2)                    # ∫_0^L ψ_z² dz
    j = int(np.argmax(psi_z2))
    return {
        "seed_S_at_peak": float(S[0]), "seed_S_at_max_slope": float(S[j]),
        "e_at_peak": float(e[0]), "e_at_max_slope": float(e[j]),
        "seed_4_19_deformed_cell": float(K_int + V_int - gs.lam / Lv),
        "seed_4_19_cell_mean": float((K_int + V_int) / Lv - gs.lam / Lv),
        "corrected_4_19": float((V_int - K_int - gs.lam) / Lv),
        "partial_dW_dA": gs.F_partial,
        "dWdA_fd": fd, "z_max_slope": float(gs.z[j]),
    }


_FORMULA_ROWS = (
    ("seed_S_at_peak", r"seed (4.16), (4.18): $S(0) = \psi_z^2 + V - \lambda\psi^2$ at the peak"),
    ("seed_S_at_max_slope", r"seed $S(z)$ where $|\psi_z|$ is largest"),
    ("e_at_peak", r"corrected: $e(0) = -\psi_z^2 + V - \lambda\psi^2$ at the peak"),
    ("e_at_max_slope", r"corrected $e(z)$ where $|\psi_z|$ is largest"),
    ("seed_4_19_deformed_cell", r"seed (4.19), $\int$ over $[0, 1 + A]$"),
    ("seed_4_19_cell_mean", r"seed (4.19), $\int$ read as the cell mean"),
    ("corrected_4_19", r"corrected (4.19): $\frac{1}{1 + A}\left[\int (V - \psi_z^2)\,dz - \lambda\right]$"),
    ("partial_dW_dA", r"$\partial W/\partial A$ at fixed $\varphi$ (flux of (4.20))"),
)


def grid_convergence(fn: qc.FibreFunctions, A: float, reference: qc.GroundState) -> list[dict]:
    """F, W and the spread of the first integral on coarser grids, against the ``reference`` grid."""
    rows = []
    for gs in [qc.ground_state(fn, 1 + A, qc.Grid(n)) for n in CONVERGENCE_POINTS] + [reference]:
        rows.append({"points": gs.grid.n, "F": gs.F, "F_error": _noise(abs(gs.F - reference.F)),
                     "W_error": _noise(abs(gs.W - reference.W)), "first_integral_spread": _noise(gs.spread),
                     "iterations": gs.iterations})
    return rows


def _fast_step(grid: qc.Grid, Lv, m: float) -> float:
    """Half the Verlet stability limit of the fibre's fastest mode, ω = k_max/(L sqrt(m))."""
    return float(np.min(Lv)) * np.sqrt(m) / grid.wavenumbers[-1]


def relaxation_study(fn: qc.FibreFunctions, A: float):
    """Eq 4.15 at fixed A from the fixed guess, at rest: samples and the quasi-static ground state."""
    grid = qc.Grid(DYNAMIC_POINTS)
    gs = qc.ground_state(fn, 1 + A, grid)
    dt = _fast_step(grid, 1 + A, RELAX_MASS)
    run = qc.relax(fn, grid, 1 + A, RELAX_MASS, RELAX_ETA, dt, RELAX_TIME)
    return run, gs, dt


@dataclass(frozen=True)
class PulseStudy:
    """Eq 4.20 against the Cauchy–Born closure: one row of errors per fibre mass, the closure, the
    macro grid, the initial displacement, the final strain of the closure and, per mass, the final
    strain difference eq 4.20 - closure; ``runs[0]`` is the first mass's final state."""

    rows: list
    closure: qc.Closure
    macro: qc.MacroGrid
    u0: np.ndarray
    A_closure: np.ndarray
    differences: tuple
    runs: tuple
    stiffness: float
    T: float


def pulse_study(fn: qc.FibreFunctions, A: float, ion_stiffness: float) -> PulseStudy:
    """A Gaussian strain pulse released at rest: eq 4.20 for each fibre mass vs the Cauchy–Born closure.

    Macro grid: 64 nodes, h = width/8 (the period is 8 widths); the pulse U = u0 exp(-(x - x_c)²/2w²)
    (strain amplitude 0.01) starts with every fibre in the ground state of its cell (interpolated in
    A) and at rest, and travels a quarter of the period at the closure's wave speed
    sqrt(k + W_CB''(A)); η = 0, the time step half the fibre's Verlet limit.
    """
    grid = qc.Grid(DYNAMIC_POINTS)
    cb = qc.closure(fn, grid, A - 3 * PULSE_AMPLITUDE, A + 3 * PULSE_AMPLITUDE)
    stiffness = ion_stiffness + cb.stiffness(A)
    if stiffness <= 0:
        raise InputError(f"the macroscopic stiffness k + W_CB''(A) = {ion_stiffness:g} + ({cb.stiffness(A):.4g}) <= 0 at "
                         f"A = {A:g}: the macro equation of (4.20) is ill-posed; raise --ion-stiffness above "
                         f"{-cb.stiffness(A):.4g}")
    h = PULSE_WIDTH / 8
    macro = qc.MacroGrid(PULSE_CELLS, h, A)
    x = macro.x
    u0 = PULSE_AMPLITUDE * PULSE_WIDTH * np.sqrt(np.e) * np.exp(-(x - x[PULSE_CELLS // 2]) ** 2 / (2 * PULSE_WIDTH ** 2))
    A_start = macro.strain(u0)
    phi0 = cb.phi(A_start)
    T = PULSE_TRAVEL * PULSE_CELLS * h / np.sqrt(stiffness)
    rows, differences, runs = [], [], []
    for m in PULSE_MASSES:
        steps = int(np.ceil(T / _fast_step(grid, 1 + A_start, m)))
        dt = T / steps
        run = qc.coupled_solve(fn, grid, macro, u0, phi0, m, 0.0, dt, steps, ion_stiffness=ion_stiffness)
        u_cb = qc.closure_solve(lambda a: ion_stiffness * a + cb.F(a), macro, u0, dt, steps)
        A_run, A_cb = macro.strain(run.u), macro.strain(u_cb)
        rows.append({"m": m, "steps": steps, "dt": float(dt),
                     "A_rel_error": float(np.abs(A_run - A_cb).max() / np.abs(A_cb - A).max()),
                     "u_rel_error": float(np.abs(run.u - u_cb).max() / np.abs(u_cb).max()),
                     "fibre_lag": float(np.abs(run.phi - cb.phi(A_run)).max()),
                     "energy_drift": _noise(float(np.ptp(run.H) / np.abs(run.H).max()))})
        differences.append(A_run - A_cb)
        runs.append(run)
    return PulseStudy(rows, cb, macro, u0, A_cb, tuple(differences), tuple(runs), stiffness, T)


# --------------------------------------------------------------------------- the derived model

def variant_name(V: sp.Expr, A: float, ion_stiffness: float) -> str:
    """``expr<12 hex digits of sha256(V)>-A<A>-k<k>`` (V canonicalised by SymPy's printer, m for minus)."""
    digest = hashlib.sha256(sp.sstr(V).encode()).hexdigest()[:12]
    return f"expr{digest}-A{A:g}-k{ion_stiffness:g}".replace("A-", "Am")


def _positive_part(t, y, floor=1e-14):
    """The samples (t, y) with y above ``floor`` (for a logarithmic axis)."""
    keep = np.asarray(y) > floor
    return np.asarray(t)[keep], np.asarray(y)[keep]


def _sections(ex, A, k, gs, formulas, convergence, relaxation, pulse, instability):
    from ..model import DisplayEquation, Equation, Figure, Panel, Section, Table

    run, gs_dyn, dt_relax = relaxation
    rows, cb, macro, stiffness, T = pulse.rows, pulse.closure, pulse.macro, pulse.stiffness, pulse.T
    Vtex = sp.latex(ex.V)
    kind = _kind(gs)
    model = Section(
        "The quantum chain (eqs 4.13-4.15) in the fibre's reference coordinate",
        rf"One electron per cell of deformed length $L = 1 + A$ on the periodic fibre $[0, L]$, with "
        rf"$V(u) = {Vtex}$, $u = \psi^2$, at $A = {A:g}$; $W$ is bounded below under (4.14) since {growth_rule(ex.V, latex=True)}. "
        r"In the fixed coordinate $s = z/L \in [0, 1)$ with $\varphi(s) = \sqrt{L}\,\psi(Ls)$ the constraint keeps "
        r"its form and the energy becomes $W = \int_0^1 w\,ds$; the relaxation dynamics (4.15) is multiplied by "
        r"$\sqrt{L}$. Everything below is computed in $s$ with Fourier derivatives on an odd grid.",
        (DisplayEquation("4.13", r"W(A, \psi) = \int_0^{1+A} \left(\psi_z^2 + V(\psi^2)\right) dz "
                                 r"= \int_0^1 \left(\frac{\varphi_s^2}{L^2} + L\,V\!\left(\frac{\varphi^2}{L}\right)\right) ds"),
         DisplayEquation("4.14", r"\int_0^{1+A} \psi^2\,dz = \int_0^1 \varphi^2\,ds = 1"),
         DisplayEquation("4.15", r"m\,\varphi_{tt} + \eta\,\varphi_t = \frac{\varphi_{ss}}{L^2} "
                                 r"- V'\!\left(\frac{\varphi^2}{L}\right)\varphi + \lambda\varphi"),
         DisplayEquation("4.17", r"-\psi_{zz} + V'(\psi^2)\,\psi = \lambda\,\psi")))
    first_integral = Section(
        "First integral of eq 4.17 and the stress (corrections to eqs 4.16, 4.18, 4.19)",
        r"Eq (4.17) is the Euler--Lagrange equation of $f = \psi_z^2 + V(\psi^2) - \lambda\psi^2$, which does not "
        r"depend on $z$; multiplying (4.17) by $2\psi_z$ gives $\frac{d}{dz}\left(-\psi_z^2 + V(\psi^2) - \lambda\psi^2\right) "
        r"= 2\psi_z\left(-\psi_{zz} + V'\psi - \lambda\psi\right) = 0$, so Noether's first integral $e = f - \psi_z\,\partial f/\partial\psi_z$ "
        r"is constant. The seed's $S(z)$ (4.18) has $+\psi_z^2$ and is not constant when $\psi$ is not uniform. "
        r"Differentiating $W$ at fixed $\varphi$ (Hellmann--Feynman in $s$, where the constraint does not depend on $A$) "
        r"and using $\int(\psi_z^2 + V'(\psi^2)\psi^2)\,dz = \lambda$ (eq 4.17 times $\psi$) gives "
        r"$dW_{CB}/dA = \frac{1}{L}\int_0^L e\,dz = e(z)$ for every $z$. The seed's (4.16) is $S(0)$: right only where "
        r"$\psi_z = 0$ (a uniform state, or $z = 0$ placed at an extremum of $\psi$; the model is translation invariant, "
        r"so $\psi(0; A)$ is not even defined for a non-uniform ground state). The seed's (4.19) needs $-\psi_z^2$ "
        r"too, and its $\int$ must be the mean over the cell, $\frac{1}{1+A}\int_0^{1+A}$, which its second line's "
        r"$\lambda/(1 + A)$ already assumes (read over $[0, 1 + A]$, as (4.13)-(4.14) are, it is off by a factor "
        r"$1 + A$ in all but the $\lambda$ term).",
        (DisplayEquation("first_integral", r"e = -\psi_z^2 + V(\psi^2) - \lambda\,\psi^2"),
         DisplayEquation("seed_4_18", r"S = \psi_z^2 + V(\psi^2) - \lambda\,\psi^2\quad\text{(seed, not constant)}"),
         DisplayEquation("4.16c", r"F(A) = \frac{dW_{CB}}{dA} = -\psi_z^2(z; A) + V(\psi^2(z; A)) - \lambda\,\psi^2(z; A)"
                                  r"\quad\text{for every } z"),
         DisplayEquation("4.19c", r"F(A) = \frac{1}{1+A}\left[\int_0^{1+A}\left(V(\psi^2) - \psi_z^2\right) dz - \lambda\right]"
                                  r" = \int_0^1 \frac{\partial w}{\partial L}\,ds\ \text{(at a solution of (4.17))}")),
        tables=(Table("stress_formulas",
                      rf"Stress formulas at the {kind} ground state ($A = {A:g}$, {gs.grid.n} points, peak at $z = 0$, "
                      rf"largest $|\psi_z|$ at $z = {formulas['z_max_slope']:.4g}$) against the Richardson-extrapolated "
                      rf"central difference $dW_{{CB}}/dA = {formulas['dWdA_fd']:.10g}$ (steps ${FD_STEP:g}$, ${FD_STEP / 2:g}$).",
                      ("formula", "value", r"value $- dW_{CB}/dA$"),
                      tuple((text, formulas[key], formulas[key] - formulas["dWdA_fd"]) for key, text in _FORMULA_ROWS),
                      digits=10),))
    conv = Section(
        "Ground state and grid convergence",
        rf"Ground state by a normalised, preconditioned gradient flow (eq 4.15 with $m = 0$; the energy decreases at every "
        rf"step until its changes reach rounding) from the fixed even guess $1 + \tfrac12\cos 2\pi s$: $W_{{CB}} = {gs.W:.10g}$, $\lambda = {gs.lam:.10g}$, "
        rf"$F = {gs.F:.10g}$, relative residual ${scientific_latex(gs.residual)}$ after {gs.iterations} steps. The uniform state "
        rf"$\psi = L^{{-1/2}}$ is {'unstable' if instability > 0 else 'stable'} here ($-V''(1/L)\,L - 2\pi^2 = {instability:.4g}$). "
        r"Errors against the finest grid: $F$ and $W$ converge spectrally, and the spread $\max_z e - \min_z e$ of the "
        r"first integral falls to the solver's tolerance.",
        tables=(Table("grid_convergence", "Fourier points of the fibre against the finest grid.",
                      ("points", "$F$", r"$|F - F_{\rm ref}|$", r"$|W - W_{\rm ref}|$", r"$\max e - \min e$"),
                      tuple((r["points"], r["F"], r["F_error"], r["W_error"], r["first_integral_spread"]) for r in convergence),
                      digits=3),))
    t_H, H_gap = _positive_part(run.t, run.H - gs_dyn.W)
    t_e, spread = _positive_part(run.t, run.spread)
    relax = Section(
        "Relaxation dynamics (eq 4.15)",
        rf"Eq (4.15) at fixed $A = {A:g}$ with $m = {RELAX_MASS:g}$, $\eta = {RELAX_ETA:g}$, from rest at the same guess, "
        rf"RATTLE time step ${dt_relax:.4g}$, {DYNAMIC_POINTS} points, on the generated kernels' SymPy source. "
        r"The energy $H = W + m\int\varphi_t^2\,ds$ decreases and $F(t)$ (the corrected (4.19) with the dynamic multiplier "
        r"$\lambda(t) = \int(\psi_z^2 + V'\psi^2)\,dz - m\int\varphi_t^2\,ds$) converges to the quasi-static "
        rf"$F = {gs_dyn.F:.10g}$; while the fibre moves, the first integral is not constant in $z$ (the seed's remark).",
        figures=(Figure("relaxation", r"Relaxation (4.15) at fixed $A$: the stress and its quasi-static value (top), "
                                      r"the energy above the ground state and the spread of the first integral (bottom).",
                        panels=(Panel("$t$", "$F$",
                                      (Series(r"corrected (4.19) with $\lambda(t)$", run.t, run.F),
                                       Series(r"$\partial W/\partial A$ at fixed $\varphi$", run.t[::4], run.F_partial[::4],
                                               "markers"),
                                       Series(r"quasi-static $dW_{CB}/dA$", run.t[[0, -1]], [gs_dyn.F, gs_dyn.F], "dashed"))),
                                Panel("$t$", "", (Series(r"$H(t) - W_{CB}$", t_H, H_gap),
                                                  Series(r"$\max_z e - \min_z e$", t_e, spread, "dashed")),
                                      logy=True))),))
    coupled = Section(
        "Coupled macro-micro system (eq 4.20) against the Cauchy-Born closure",
        r"Fibre interval $[0, 1 + A(x, t)]$ solved in $s$: $u_{tt} = \partial_x F$ with $F_j = kA_j + \partial W/\partial A(A_j, \varphi_j)$ "
        r"at fixed $\varphi_j$ (the flux the Lagrangian $\sum_j h\,[u_t^2/2 + m\int\varphi_t^2 - kA_j^2/2 - W(A_j, \varphi_j)]$ gives), "
        r"the fibres by (4.15) at fixed $s$, $\lambda(t)$ by RATTLE projection onto $\int\varphi^2 = 1$ and $\mu$ onto "
        r"$\int\varphi\varphi_t = 0$. The harmonic ion-ion bond $kA^2/2$ is not in the seed: without it $W_{CB}$ is concave "
        rf"here ($W_{{CB}}'' = {cb.stiffness(A):.4g}$; we found it concave at every non-uniform ground state), and the "
        rf"macroscopic equation is then ill-posed. With $k = {k:g}$ the wave speed is ${np.sqrt(stiffness):.4g}$. A Gaussian "
        rf"strain pulse of amplitude {PULSE_AMPLITUDE:g} and width {PULSE_WIDTH:g} ({PULSE_CELLS} cells, $h = {PULSE_WIDTH / 8:g}$) "
        rf"starts at rest with every fibre in its ground state and is compared after $t = {T:.4g}$ with the quasi-static closure "
        r"$u_{tt} = \partial_x(kA + dW_{CB}/dA)$ ($dW_{CB}/dA$ interpolated through ground states at 9 Chebyshev points) "
        r"on the same grid and time step, $\eta = 0$. The difference falls like $m$ (the adiabatic limit); "
        r"the energy is conserved to rounding.",
        tables=(Table("pulse_errors", r"Eq (4.20) against the Cauchy--Born closure: max-norm errors relative to the "
                                      r"closure's field, the fibres' distance from their ground states, and the relative "
                                      r"drift of the total energy.",
                      ("$m$", "steps", r"$A$ error", r"$u$ error", r"$\max|\varphi - \varphi_{CB}(A)|$", "energy drift"),
                      tuple((r["m"], r["steps"], r["A_rel_error"], r["u_rel_error"], r["fibre_lag"], r["energy_drift"])
                            for r in rows), digits=3),),
        figures=(Figure("pulse", rf"Strain pulse at $t = {T:.4g}$: the closure's field (top) and the difference of "
                                 r"eq (4.20) from it for each fibre mass (bottom, falling like $m$).",
                        panels=(Panel("$x$", r"$A - A_0$",
                                      (Series("Cauchy-Born closure", macro.x, pulse.A_closure - A),
                                       Series("initial", macro.x, macro.strain(pulse.u0) - A, "dotted"))),
                                Panel("$x$", r"$A_{(4.20)} - A_{CB}$",
                                      tuple(Series(rf"$m = {m:g}$", macro.x, d, style)
                                            for m, d, style in zip(PULSE_MASSES, pulse.differences,
                                                                   ("line", "dashed", "dotted")))))),))
    kern = Section(
        "Kernels",
        r"Generated numpy and C kernels, pointwise in $s$ (inputs broadcast): \texttt{energy\_density} $w$, "
        r"\texttt{fibre\_force} $r = -\tfrac12\,\delta W/\delta\varphi$, \texttt{stress\_density} $\partial w/\partial L$ and "
        r"\texttt{first\_integral} $e$, written with $\varphi$ = phi, $\varphi_s$ = dphi, $\varphi_{ss}$ = d2phi, $\lambda$ = lam; "
        r"each is derived from $w$ (or $f$) by SymPy, and checked against 50-digit evaluation of its source.",
        tuple(Equation(name, sp.Symbol(_DOCS[name][0]), tuple(sp.Add.make_args(ex[name].xreplace(_PLAIN))))
              for name in KERNELS))
    return model, first_integral, conv, relax, coupled, kern


def build(potential: str, A: float, ion_stiffness: float, progress=None):
    """The ``quantum-chain`` derived model for V(u) = ``potential`` at strain A (seed 001 eqs 4.13-4.20).

    ``results``: ``W`` = W_CB(A), ``lambda``, ``F`` (the corrected eq 4.19 at the ground state),
    ``dWdA_fd`` (Richardson-extrapolated central difference of W_CB), the stress formulas of the
    seed and their corrections, grid convergence, the relaxation of eq 4.15 and the pulse of eq 4.20.
    ``ion_stiffness`` k adds W_ion = k A²/2 to the macroscopic energy of the pulse only (not in the seed).
    The defaults a user gets are the derivation's (``derivations/quantum_chain.py``).
    """
    from ..model import DerivedModel, Symbol

    say = progress if callable(progress) else (lambda message: None)
    A = float(A)
    if not np.isfinite(A) or A <= -1:
        raise InputError(f"the strain A must be > -1 (the cell length L = 1 + A must be positive), got A = {A}")
    if not np.isfinite(ion_stiffness) or ion_stiffness < 0:
        raise InputError(f"the ion stiffness k must be >= 0, got {ion_stiffness}")
    V = parse_potential(potential)
    reason = growth_rule(V)
    ex = expressions(V)
    fn = fibre_functions(ex)
    say("ground state")
    grid = qc.Grid(STATIC_POINTS)
    gs = qc.ground_state(fn, 1 + A, grid)
    say("finite difference of W_CB")
    fd = qc.central_difference(lambda a: qc.ground_state(fn, 1 + a, grid, guess=gs.phi).W, A, FD_STEP)
    formulas = stress_formulas(fn, gs, fd)
    say("grid convergence")
    convergence = grid_convergence(fn, A, gs)
    say("relaxation dynamics (eq 4.15)")
    relaxation = relaxation_study(fn, A)
    say("coupled system (eq 4.20) against the Cauchy-Born closure")
    pulse = pulse_study(fn, A, ion_stiffness)
    instability = uniform_instability(V, A)
    run, gs_dyn, dt_relax = relaxation
    rows, cb = pulse.rows, pulse.closure
    results = {
        "A": A, "L": 1 + A, "potential": sp.sstr(V), "ion_stiffness": ion_stiffness,
        "W": gs.W, "lambda": gs.lam, "F": gs.F, "dWdA_fd": fd, "fd_steps": [FD_STEP, FD_STEP / 2],
        "grid_points": STATIC_POINTS, "ground_state": _kind(gs),
        "uniform_instability": instability, "growth_rule": reason,
        "residual": _noise(gs.residual), "first_integral_spread": _noise(gs.spread),
        "stress_formulas": formulas, "grid_convergence": convergence,
        "relaxation": {"m": RELAX_MASS, "eta": RELAX_ETA, "dt": float(dt_relax), "T": RELAX_TIME, "points": DYNAMIC_POINTS,
                       "F_final": float(run.F[-1]), "F_quasi_static": gs_dyn.F,
                       "energy_decrease": float(run.H[0] - run.H[-1]),
                       "max_energy_increase_per_sample": _noise(max(0.0, float(np.diff(run.H).max())))},
        "pulse": {"errors": rows, "closure_stiffness": cb.stiffness(A), "width": PULSE_WIDTH, "cells": PULSE_CELLS,
                  "amplitude": PULSE_AMPLITUDE},
        "significant_digits": 10,
    }
    sections = _sections(ex, A, ion_stiffness, gs, formulas, convergence, relaxation, pulse, instability)
    return DerivedModel(
        derivation="quantum-chain", variant=variant_name(V, A, ion_stiffness),
        parameters={"potential": str(potential), "A": A, "ion_stiffness": ion_stiffness},
        title="1D quantum chain: ground state, stress from the first integral, relaxation and the coupled system",
        source="W. E and J. Lu, seed 001 §4 (eqs 4.13-4.20)",
        symbols=(Symbol("psi", r"\psi", "electron wave function on the fibre $[0, 1 + A]$"),
                 Symbol("phi", r"\varphi", r"$\sqrt{L}\,\psi(Ls)$, the wave function in the reference coordinate $s = z/L$"),
                 Symbol("dphi", r"\varphi_s", r"$\partial_s\varphi$ (kernel input \texttt{dphi})"),
                 Symbol("d2phi", r"\varphi_{ss}", r"$\partial_s^2\varphi$ (kernel input \texttt{d2phi})"),
                 Symbol("A", "A", "macroscopic strain"),
                 Symbol("L", "L", "cell length $1 + A$"),
                 Symbol("lam", r"\lambda", "Lagrange multiplier of the normalisation (4.14) (kernel input \texttt{lam})"),
                 Symbol("e", "e", "first integral of (4.17), equal to $dW_{CB}/dA$"),
                 Symbol("w", "w", "energy density in $s$: $W = \\int_0^1 w\\,ds$"),
                 Symbol("r", "r", r"fibre force: the right side of (4.15) without $\lambda\varphi$"),
                 Symbol("sigma", r"\sigma", r"stress density $\partial w/\partial L$")),
        sections=sections,
        kernels=kernels(ex),
        results=results,
    )


def check_kernels(parameters: dict, kernels: dict) -> list:
    """The derivation's check: the ground state on the generated ``kernels`` (name → callable) against
    the same solver on the SymPy-lambdified source, and its F against a central difference of W_CB."""
    from ..checks import CheckResult

    A = float(parameters["A"])
    reference = fibre_functions(expressions(parse_potential(parameters["potential"])))
    generated = qc.FibreFunctions(**{name: kernels[name] for name in KERNELS})
    grid = qc.Grid(STATIC_POINTS)
    gs, ref = (qc.ground_state(fn, 1 + A, grid) for fn in (generated, reference))
    gaps = {key: abs(getattr(gs, key) - getattr(ref, key)) / max(1.0, abs(getattr(ref, key))) for key in ("W", "lam", "F")}
    fd = qc.central_difference(lambda a: qc.ground_state(generated, 1 + a, grid, guess=gs.phi).W, A, FD_STEP)
    fd_gap = abs(gs.F - fd) / max(1.0, abs(fd))
    return [
        CheckResult("ground state on the generated kernels matches the SymPy-lambdified solver", max(gaps.values()) < 1e-11,
                    ", ".join(f"{k} {v:.1e}" for k, v in gaps.items()) + f" (relative, {grid.n} points, tolerance 1e-11)"),
        CheckResult("F (corrected eq 4.19) on the generated kernels equals dW_CB/dA by central differences", fd_gap < 1e-8,
                    f"F = {gs.F:.10g}, finite difference {fd:.10g}: gap {fd_gap:.1e} (tolerance 1e-8)"),
    ]
