"""Closure of spatially averaged particle-chain dynamics (seed 002): the symbolic side.

Window functions (seed 002 §2.3): ψ ≥ 0 with ∫ψ = 1 and ψ_η(x) = ψ(x/η)/η in 1D.  Two windows:

- ``quartic``: ψ(x) = (15/16)(1 - x²)² on [-1, 1], zero outside (C¹, compact support);
- ``gauss``: ψ(x) = exp(-x²/2)/√(2π) (unit variance; the numerics truncate it at |x| ≤ 8,
  where the dropped tail mass erfc(8/√2) < 1.3·10⁻¹⁵).

The bond integral of eq 5.2 in closed form through an antiderivative Ψ of ψ (Ψ' = ψ, Ψ(-∞) = 0):
with y = x - (1 - s) a - s b,

    ∫_0^1 ψ_η(x - s b - (1 - s) a) ds = [Ψ((x - a)/η) - Ψ((x - b)/η)] / (b - a),

and its limit ψ_η(x - a) as b → a.

Landweber (eq 3.7): the iteration g_{k+1} = g_k + (ḡ - R_η g_k), g_0 = ḡ, sums to
g_n = Σ_{k=0}^n (I - R_η)^k ḡ (the seed prints the exponent n instead of k).  In Fourier space on
a period, R_η multiplies mode ω by ψ̂(ηω), so the unrelaxed sum converges on a mode iff
|1 - ψ̂(ηω)| < 1, i.e. 0 < ψ̂(ηω) < 2: true for every mode of the Gaussian, false for the
quartic, whose transform has negative lobes (:func:`fourier_transform`).

The repulsive power potential of eq 7.1 (cut off in our copy) is reconstructed in
:func:`seed_potential`.
"""
from __future__ import annotations

from dataclasses import dataclass

import sympy as sp

from ..errors import InputError

x, s = sp.symbols("x s", real=True)
omega = sp.Symbol("omega", real=True)
eta = sp.Symbol("eta", positive=True)
qa, qb = sp.symbols("q_a q_b", real=True)
xi = sp.Symbol("xi", positive=True)
p, C_r = sp.symbols("p C_r", positive=True)
x_star = sp.Symbol("x_star", positive=True)

GAUSS_TRUNCATION = 8.0


@dataclass(frozen=True)
class Window:
    """A window ψ(x) with its antiderivative Ψ(x) = ∫_{-∞}^x ψ and the half-width ``radius`` of
    the support used by the numerics (exact for compact windows, a truncation for the Gaussian)."""

    name: str
    psi: sp.Expr
    antiderivative: sp.Expr
    radius: float


def _compact_polynomial_window(name: str, core: sp.Expr) -> Window:
    """ψ = core on [-1, 1], 0 outside; Ψ integrated exactly from -1."""
    t = sp.Dummy("t")
    inside = sp.integrate(core.subs(x, t), (t, -1, x))
    total = sp.integrate(core, (x, -1, 1))
    psi = sp.Piecewise((core, sp.Abs(x) <= 1), (0, True))
    Psi = sp.Piecewise((0, x < -1), (sp.expand(inside), x <= 1), (total, True))
    return Window(name, psi, Psi, 1.0)


def window(name: str) -> Window:
    """The named window of seed 002: ``quartic`` or ``gauss`` (module docstring), normalisation checked."""
    if name == "quartic":
        w = _compact_polynomial_window("quartic", sp.Rational(15, 16) * (1 - x ** 2) ** 2)
    elif name == "gauss":
        w = Window("gauss", sp.exp(-x ** 2 / 2) / sp.sqrt(2 * sp.pi), (1 + sp.erf(x / sp.sqrt(2))) / 2,
                   GAUSS_TRUNCATION)
    else:
        raise InputError(f"unknown window {name!r}: use 'quartic' or 'gauss'")
    check_normalised(w)
    return w


def check_normalised(w: Window) -> None:
    """Raise InputError unless ∫ψ = 1 exactly (seed 002 §2.3: the window has unit mass)."""
    total = sp.simplify(sp.integrate(w.psi, (x, -sp.oo, sp.oo)))
    if total != 1:
        raise InputError(f"window {w.name!r} has integral {total}, not 1: divide it by its integral")


def scaled(expr: sp.Expr, width=eta) -> sp.Expr:
    """ψ_η(x) = ψ(x/η)/η (seed 002 §2.3, d = 1)."""
    return expr.subs(x, x / width) / width


def bond_integral(w: Window, width=eta) -> sp.Expr:
    """∫_0^1 ψ_η(x - s q_b - (1 - s) q_a) ds = [Ψ((x - q_a)/η) - Ψ((x - q_b)/η)]/(q_b - q_a) (eq 5.2)."""
    Psi = w.antiderivative
    return (Psi.subs(x, (x - qa) / width) - Psi.subs(x, (x - qb) / width)) / (qb - qa)


def bond_integral_limit(w: Window, width=eta) -> sp.Expr:
    """The bond integral at q_b = q_a: ψ_η(x - q_a)."""
    return scaled(w.psi, width).subs(x, x - qa)


def fourier_transform(w: Window) -> sp.Expr:
    """ψ̂(ω) = ∫ψ(x) e^{-iωx} dx (real: ψ is even); R_η multiplies the mode e^{iωx} by ψ̂(ηω)."""
    if w.name == "gauss":
        return sp.exp(-omega ** 2 / 2)
    core = w.psi.args[0][0]
    return sp.simplify(sp.integrate(core * sp.cos(omega * x), (x, -1, 1)))


def landweber_multiplier(w: Window, n: int) -> sp.Expr:
    """The Fourier multiplier of R⁻¹_{η,n} = Σ_{k=0}^n (I - R_η)^k (seed 002 §5), at ηω → ω."""
    if n < 0:
        raise InputError(f"Landweber order must be >= 0, got {n}")
    one_minus = 1 - fourier_transform(w)
    return sp.Add(*[one_minus ** k for k in range(n + 1)])


R_eta = sp.Symbol("R_eta")
identity = sp.Symbol("I")


def landweber_polynomial(n: int) -> sp.Expr:
    """R⁻¹_{η,n} = Σ_{k=0}^n (I - R_η)^k expanded in powers of R_η (:data:`R_eta`; one operator, so the
    powers commute): Σ_{m=0}^n (-1)^m C(n+1, m+1) R_η^m, e.g. 2 - R_η (n = 1), 3 - 3R_η + R_η² (n = 2)."""
    if not (isinstance(n, int) and n >= 0):
        raise InputError(f"Landweber order must be an integer >= 0, got {n!r}")
    return sp.expand(sp.Add(*[(1 - R_eta) ** k for k in range(n + 1)]))


def landweber_terms(n: int) -> tuple:
    """The terms (coefficient, I or R_η^m) of :func:`landweber_polynomial` for an :class:`Equation`."""
    poly = sp.Poly(landweber_polynomial(n), R_eta)
    return tuple((poly.coeff_monomial(R_eta ** m), identity if m == 0 else R_eta ** m) for m in range(n + 1))


# --------------------------------------------------------------------------- the potential of eq 7.1

def seed_potential(power=p, reach=x_star, strength=C_r) -> sp.Expr:
    """U(ξ) of eq 7.1 as reconstructed from its printed terms (our copy is cut off):

        U(ξ) = C_r ( x⋆ ξ^{1-p}/(1 - p) - x⋆^{1-p} ξ + p/(p - 1) x⋆^{2-p} )   for 0 < ξ < x⋆,   0 for ξ ≥ x⋆.

    Then U(x⋆) = U'(x⋆) = 0 and U'(ξ) = C_r x⋆ (ξ^{-p} - x⋆^{-p}) > 0 on (0, x⋆): with the seed's
    force f_jk = sign(q_j - q_k) U'(|q_j - q_k|/ε) (eq 4.2) this is the repulsive force, whose
    size decreases as the power ξ^{-p}.  So the seed's U is minus the pair energy; see
    :func:`pair_energy`.  Requires p > 1 (p = 1 is the logarithmic limit, not treated).
    """
    inside = strength * (reach * xi ** (1 - power) / (1 - power) - reach ** (1 - power) * xi
                         + power / (power - 1) * reach ** (2 - power))
    return sp.Piecewise((inside, xi < reach), (0, True))


def pair_energy(power=p, reach=x_star, strength=C_r) -> sp.Expr:
    """Φ(ξ) = -U(ξ): the pair energy of the chain, positive, decreasing and convex on (0, x⋆),
    Φ = Φ' = 0 at x⋆; the energy of the chain is Σ (M/2N) v_j² + ε Σ_bonds Φ((q_{j+1} - q_j)/ε)."""
    if isinstance(power, (int, float)) and power <= 1:
        raise InputError(f"the power p of eq 7.1 must be > 1, got {power}")
    return -seed_potential(power, reach, strength)


# --------------------------------------------------------------------------- numpy callables

@dataclass(frozen=True)
class NumpyWindow:
    """ψ and Ψ of a :class:`Window` as numpy functions of the unscaled variable, and its radius."""

    name: str
    psi: object
    antiderivative: object
    radius: float


@dataclass(frozen=True)
class NumpyPair:
    """The pair energy Φ(ξ), its derivative Φ'(ξ) and second derivative as numpy functions; Φ = 0 for ξ ≥ reach.
    ``expression``: Φ as a SymPy expression in :data:`xi` (the generated C integrator prints Φ' from it)."""

    energy: object
    force: object
    stiffness: object
    reach: float
    expression: object = None


def _horner_pieces(expr: sp.Expr) -> sp.Expr:
    """A piecewise polynomial with each piece in Horner form (3-10 times faster in numpy than x**5 terms)."""
    if not isinstance(expr, sp.Piecewise):
        return expr
    return sp.Piecewise(*[(sp.horner(sp.expand(e), x) if e.is_polynomial(x) and e.has(x) else e, c) for e, c in expr.args])


def numpy_window(w: Window) -> NumpyWindow:
    """Lambdified ψ and Ψ (the numerics of :mod:`symms.numerics.particle_chain` use these)."""
    modules = ["numpy", "scipy"]  # scipy.special.erf for the Gaussian's Ψ
    return NumpyWindow(w.name, sp.lambdify(x, _horner_pieces(w.psi), modules),
                       sp.lambdify(x, _horner_pieces(w.antiderivative), modules), w.radius)


def numpy_pair(power: float, reach: float, strength: float) -> NumpyPair:
    """Φ, Φ', Φ'' of :func:`pair_energy` for numbers p > 1, x⋆ > 0, C_r > 0, as numpy functions of ξ."""
    if not (power > 1 and reach > 0 and strength > 0):
        raise InputError(f"potential of eq 7.1 needs p > 1, x_star > 0, C_r > 0; got p={power}, "
                         f"x_star={reach}, C_r={strength}")
    return pair_numpy(pair_energy(sp.nsimplify(power), sp.nsimplify(reach), sp.nsimplify(strength)), reach)


def pair_numpy(energy: sp.Expr, reach: float = 0.0) -> NumpyPair:
    """Φ, Φ', Φ'' of a pair energy Φ(ξ) (a SymPy expression in :data:`xi`) as numpy functions.
    ``reach`` > 0 is the interaction range checked every step (0: nearest neighbours by definition)."""
    extra = energy.free_symbols - {xi}
    if extra:
        raise InputError(f"pair energy may depend on xi only, found {sorted(map(str, extra))}: substitute numbers")
    funcs = [sp.lambdify(xi, sp.piecewise_fold(sp.diff(energy, xi, k)), "numpy") for k in range(3)]
    return NumpyPair(*funcs, float(reach), energy)


def parse_pair_energy(text: str) -> sp.Expr:
    """Φ(ξ) from user text through the safe parser (never ``sympify``)."""
    from ..expr import parse_expression

    return parse_expression(text, {"xi": xi})


def fpu_pair(alpha: float = 0.0, beta: float = 0.0) -> NumpyPair:
    """FPU-α/β: Φ(ξ) = (ξ - 1)²/2 + α(ξ - 1)³/3 + β(ξ - 1)⁴/4 (rest gap ξ = N·gap = 1 on the unit ring)."""
    e = xi - 1
    return pair_numpy(e ** 2 / 2 + sp.nsimplify(alpha) * e ** 3 / 3 + sp.nsimplify(beta) * e ** 4 / 4)


def lennard_jones_pair(cutoff: float = 2.5, sigma: float = 1.0, depth: float = 1.0) -> NumpyPair:
    """Lennard-Jones 4ε((σ/ξ)¹² - (σ/ξ)⁶), shifted to 0 at the cutoff and 0 beyond (nearest neighbours only:
    the cutoff is the range checked every step)."""
    lj = 4 * sp.nsimplify(depth) * ((sp.nsimplify(sigma) / xi) ** 12 - (sp.nsimplify(sigma) / xi) ** 6)
    rc = sp.nsimplify(cutoff)
    return pair_numpy(sp.Piecewise((lj - lj.subs(xi, rc), xi < rc), (0, True)), float(cutoff))


# --------------------------------------------------------------------------- kernels and the builder

u, d, gap = sp.symbols("u d gap", real=True)
def branch_free(w: Window):
    """ψ(u), Ψ(u) without Piecewise (kernels are straight-line code): the quartic through the clamp
    c = (|u + 1| - |u - 1|)/2 = min(1, max(-1, u)), ψ = (15/16)(1 - c²)², Ψ = 1/2 + (15/16)(c - 2c³/3 + c⁵/5);
    the Gaussian's ψ and Ψ = (1 + erf(u/√2))/2 as they are (erf prints as scipy.special.erf and C99 erf)."""
    if w.name == "quartic":
        c = (sp.Abs(u + 1) - sp.Abs(u - 1)) / 2
        return sp.Rational(15, 16) * (1 - c ** 2) ** 2, _clamped_antiderivative(c)
    return w.psi.subs(x, u), w.antiderivative.subs(x, u)


def _clamped_antiderivative(c):
    """Ψ of the quartic as a polynomial of the clamped argument c ∈ [-1, 1]."""
    return sp.Rational(1, 2) + sp.Rational(15, 16) * (c - 2 * c ** 3 / 3 + c ** 5 / 5)


def kernels(w: Window) -> tuple:
    """Pointwise kernels of window ``w``: ψ(u), Ψ(u) and the bond integral of eq 5.2 at
    (d = x - q_a, gap = q_b - q_a > 0, η > 0), expanded in the clamped arguments c_a, c_b so that the
    checker's condition number Σ|terms| sees the cancellation of Ψ_a - Ψ_b."""
    from ..model import Array, ExpressionKernel, Guard

    psi, Psi = branch_free(w)
    scalar = lambda name, e: (Array(name, (), (e,)),)
    out = [ExpressionKernel("window", f"psi(u), the {w.name} window of seed 002 (unscaled; psi_eta(x) = psi(x/eta)/eta). "
                            "u: shape (...).", scalar("u", u), scalar("psi", psi), sample=(("u", -1.5, 1.5),))]
    out.append(ExpressionKernel("window_antiderivative", f"Psi(u) = int_-inf^u psi, the {w.name} window. u: shape (...).",
                                scalar("u", u), scalar("Psi", Psi), sample=(("u", -1.5, 1.5),)))
    doc = ("int_0^1 psi_eta(x - s q_b - (1 - s) q_a) ds (seed 002 eq 5.2) = [Psi((x - q_a)/eta) - Psi((x - q_b)/eta)]/(q_b - q_a). "
           "d = x - q_a, gap = q_b - q_a > 0, eta > 0: shape (...) each.")
    guards = (Guard(gap, "gap = q_b - q_a must be > 0 (particles crossed or coincide)"), Guard(eta, "eta must be > 0"))
    sample = (("d", -0.6, 0.8), ("gap", 0.05, 0.5), ("eta", 0.1, 0.5))
    inputs = scalar("d", d) + scalar("gap", gap) + scalar("eta", eta)
    if w.name == "quartic":
        ca, cb = sp.symbols("c_a c_b", real=True)
        clamp = lambda arg: (sp.Abs(arg + 1) - sp.Abs(arg - 1)) / 2
        # Ψ(u) is a polynomial in c = clamp(u): the 1/2 cancels and the output is six terms in c_a, c_b
        quotient = sp.expand((_clamped_antiderivative(ca) - _clamped_antiderivative(cb)) / gap)
        out.append(ExpressionKernel("bond_integral", doc, inputs, scalar("bond", quotient), guards=guards, sample=sample,
                                    intermediates=((ca, clamp(d / eta)), (cb, clamp((d - gap) / eta)))))
    else:  # the 1/2 of Ψ cancels: (erf(d/(√2 η)) - erf((d - gap)/(√2 η)))/(2 gap)
        bond = sp.expand(Psi.subs(u, d / eta) - Psi.subs(u, (d - gap) / eta)) / gap
        out.append(ExpressionKernel("bond_integral", doc, inputs, scalar("bond", bond), guards=guards, sample=sample))
    return tuple(out)


def spectrum_summary(w: Window) -> dict:
    """Where R_η fails to be a contraction-compatible operator for unrelaxed Landweber: min ψ̂ and
    the first zero ω₀ of ψ̂ (the sum diverges on modes with ηω > ω₀ where ψ̂ < 0; on a mesh of spacing
    Δx the highest mode is ω = π/Δx, so divergence needs η/Δx > ω₀/π)."""
    import numpy as np
    from scipy.optimize import brentq

    if w.name == "gauss":
        return {"min_psi_hat": 0.0, "first_zero": None, "max_abs_one_minus_psi_hat": 1.0, "converges": True}
    f = sp.lambdify(omega, fourier_transform(w).args[0][0], "numpy")
    grid = np.linspace(0.01, 40.0, 40001)
    values = f(grid)
    first = grid[np.argmax(values < 0)]
    zero = brentq(f, first - 0.01, first)
    return {"min_psi_hat": float(values.min()), "argmin": float(grid[values.argmin()]), "first_zero": float(zero),
            "max_abs_one_minus_psi_hat": float(1 - values.min()), "converges": False,
            "diverges_if_eta_over_dx_above": float(zero / np.pi)}


def identity_runs(window_name: str, width: float, particles: int, mesh_points: int = 32) -> dict:
    """The closure-independent checks of the exact stresses along a short Verlet run of the ring
    (reference state: q = X + 0.02 sin(2πX)/(2π), v = 0.3 sin(2πX) + 0.2 ξ_j, ξ_j ~ N(0, 1) seeded,
    L = M = 1, p = 3, x⋆ = 1.5, C_r = 1): energy error at ω_max dt = 0.2 and 0.1, and the cell-integrated
    momentum balance (eq 2.9) residual at both steps; the integral of T_int over the ring against the virial."""
    import numpy as np

    from ..numerics import particle_chain as pc

    win = numpy_window(window(window_name))
    chain = pc.Chain(particles, 1.0, 1.0, numpy_pair(3.0, 1.5, 1.0))
    mesh = pc.Mesh(1.0, mesh_points)
    X = (np.arange(particles) + 0.5) / particles
    q0 = X + 0.02 / (2 * np.pi) * np.sin(2 * np.pi * X)
    v0 = 0.3 * np.sin(2 * np.pi * X) + 0.2 * np.random.default_rng(3).standard_normal(particles)
    edges = np.arange(mesh_points + 1) * mesh.spacing

    def cell_momentum(q, v):
        P = 0.0
        for k in (-1, 0, 1):
            Psi = win.antiderivative((edges[:, None] - q[None, :] + k) / width)
            P = P + (v[None, :] * (Psi[1:] - Psi[:-1])).sum(1) / particles
        return P

    out = {}
    for factor in (0.2, 0.1):
        dt = factor / chain.omega_max(q0)
        steps = int(round(0.02 / dt))
        _, Q, V = pc.verlet(chain, q0, v0, dt, steps)
        E = np.array([chain.energy(a, b) for a, b in zip(Q, V)])
        worst = scale = 0.0
        for n in range(1, steps, max(1, steps // 6)):
            dP = (cell_momentum(Q[n + 1], V[n + 1]) - cell_momentum(Q[n - 1], V[n - 1])) / (2 * dt)
            shifted = Q[n] - 0.5 * mesh.spacing
            av = pc.averages(shifted, V[n], 1.0, width, win, mesh)
            G = av["momentum"] * av["velocity"] - av["convective_stress"] - pc.interaction_stress(
                shifted, chain.bond_forces(Q[n]), width, win, mesh)
            worst = max(worst, np.max(np.abs(dP + G - np.roll(G, 1))))
            scale = max(scale, np.max(np.abs(dP)))
        out[factor] = {"energy_error": float(np.max(np.abs(E - E[0])) / E[0]), "balance_residual": float(worst / scale),
                       "steps": steps}
    fine = pc.Mesh(1.0, 2048)
    f = chain.bond_forces(q0)
    virial = float(np.sum(f * chain.gaps(q0)))
    integral = float(pc.interaction_stress(q0, f, width, win, fine).sum() * fine.spacing)
    return {"runs": out, "virial": virial, "stress_integral": integral}


SMOOTH_STATE = {"particles": 4096, "position_amplitude": 0.05, "velocity_amplitude": 0.3, "mesh_per_eta": 8,
                "p": 3, "x_star": 1.5, "C_r": 1}


def closure_orders(window_name: str, width: float, order: int) -> list[dict]:
    """Max relative errors of the closed stresses of orders 0..``order`` (eqs 5.7, 5.10, 5.11) against the
    exact averaged stresses (5.1, 5.2) for the smooth state of :data:`SMOOTH_STATE` on the unit ring:
    q = X + a sin(2πX)/(2π), v = b sin(2πX), X = (j - 1/2)/N, on a mesh of spacing η/8."""
    import numpy as np

    from ..numerics import particle_chain as pc

    st = SMOOTH_STATE
    N = st["particles"]
    win = numpy_window(window(window_name))
    chain = pc.Chain(N, 1.0, 1.0, numpy_pair(float(st["p"]), st["x_star"], float(st["C_r"])))
    X = (np.arange(N) + 0.5) / N
    q = X + st["position_amplitude"] / (2 * np.pi) * np.sin(2 * np.pi * X)
    v = st["velocity_amplitude"] * np.sin(2 * np.pi * X)
    mesh = pc.Mesh(1.0, st["mesh_per_eta"] * int(round(1 / width)))
    av = pc.averages(q, v, 1.0, width, win, mesh)
    exact = {"interaction_stress": pc.interaction_stress(q, chain.bond_forces(q), width, win, mesh),
             "convective_stress": av["convective_stress"]}
    rows = []
    for n in range(order + 1):
        closed = pc.closed_stresses(av["density"], av["momentum"], mesh, chain, width, win, n)
        rows.append({"order": n, **{key: float(np.max(np.abs(closed[key] - value)) / np.max(np.abs(value)))
                                    for key, value in exact.items()}})
    return rows


def build(window_name: str = "quartic", eta_value: float = 0.1, particles: int = 128, progress=None, order: int = 2):
    """The ``closure`` derived model: windows, bond integral, exact averages and stresses (eqs 2.6, 2.7,
    5.1, 5.2), the reconstructed potential (7.1), Landweber (3.7 corrected) and its spectrum, the closed
    stresses of orders 0..``order`` (5.7, 5.10, 5.11) against the exact ones, identity checks on a short
    run; pointwise kernels of the window (:func:`kernels`)."""
    import numpy as np

    from ..model import DerivedModel, DisplayEquation, Equation, Figure, Section, Series, Symbol, Table

    say = progress if callable(progress) else (lambda message: None)
    if not 0 < eta_value < 0.5:
        raise InputError(f"eta must be in (0, 1/2) on the unit ring, got {eta_value}")
    if not (isinstance(particles, int) and particles >= 16):
        raise InputError(f"particles must be an integer >= 16, got {particles}")
    if not (isinstance(order, int) and 0 <= order <= 6):
        raise InputError(f"closure order must be an integer in 0..6, got {order!r}")
    w = window(window_name)
    say("windows and the bond integral")
    psi_sym = sp.Symbol("psi")
    Psi_sym = sp.Symbol("Psi")
    windows = Section("Windows and the bond integral",
                      r"Window $\psi$ with $\int\psi = 1$ (checked exactly), $\psi_\eta(x) = \psi(x/\eta)/\eta$; the bond "
                      r"integral of eq 5.2 in closed form through $\Psi(u) = \int_{-\infty}^u \psi$.",
                      equations=(Equation("window", psi_sym, (w.psi,)),
                                 Equation("antiderivative", Psi_sym, (w.antiderivative,)),
                                 DisplayEquation("bond", r"\int_0^1 \psi_\eta(x - s q_b - (1-s) q_a)\,ds = "
                                                 r"\frac{\Psi((x - q_a)/\eta) - \Psi((x - q_b)/\eta)}{q_b - q_a}"
                                                 r"\;\xrightarrow{q_b \to q_a}\; \psi_\eta(x - q_a)")))
    averages = Section(
        "Exact averages on the ring",
        r"Ring of length $L$, $N$ particles of mass $M/N$, $N$ bonds ($q_{N+1} = q_1 + L$); $f_b$ is the force on "
        r"particle $b$ exerted by $b + 1$.  Each particle and bond touches only the mesh nodes in its window's support.",
        equations=(DisplayEquation("2.6-2.7", r"\bar\rho^\eta = \frac{M}{N}\sum_j \psi_\eta(x - q_j),\quad "
                                   r"\bar\rho^\eta\bar v^\eta = \frac{M}{N}\sum_j v_j \psi_\eta(x - q_j)"),
                   DisplayEquation("5.1", r"T^\eta_{(c)} = -\sum_j \frac{M}{N}(v_j - \bar v^\eta)^2\psi_\eta(x - q_j)"),
                   DisplayEquation("5.2", r"T^\eta_{(int)} = \sum_{b=1}^{N} f_b (q_{b+1} - q_b)\int_0^1 "
                                   r"\psi_\eta(x - s q_{b+1} - (1-s) q_b)\,ds"),
                   DisplayEquation("2.9", r"\partial_t(\bar\rho^\eta\bar v^\eta) + \partial_x(\bar\rho^\eta(\bar v^\eta)^2"
                                   r" - T^\eta_{(c)} - T^\eta_{(int)}) = 0")))
    Phi = -seed_potential().args[0][0]
    potential = Section(
        "The potential of eq 7.1 (reconstructed)",
        r"Our copy of eq 7.1 is cut off after its printed terms $C_r(\frac{1}{1-p}\xi^{1-p}x_\star - \xi x_\star^{1-p} + "
        r"\frac{p}{p-1}x_\star^{2-p}\dots$; completed as $U = C_r(\dots)$ for $\xi < x_\star$, $0$ beyond, it has "
        r"$U(x_\star) = U'(x_\star) = 0$ and $U' = C_r x_\star(\xi^{-p} - x_\star^{-p}) > 0$, which with the force "
        r"$f_{jk} = \mathrm{sign}(q_j - q_k)\,U'$ of eq 4.2 is repulsive and decays as $\xi^{-p}$. The pair energy "
        r"is therefore $\Phi = -U$, and the chain's energy is $\sum_j \frac{M}{2N}v_j^2 + \frac1N\sum_b \Phi(N(q_{b+1} - q_b))$.",
        equations=(Equation("pair-energy", sp.Symbol("Phi"), (Phi,)),))
    say("Landweber spectrum")
    spec = spectrum_summary(w)
    hat = sp.lambdify(omega, fourier_transform(w), "numpy")
    grid = np.linspace(0.0, 20.0, 801)
    with np.errstate(divide="ignore", invalid="ignore"):
        multiplier = 1 - np.where(grid == 0, 1.0, hat(np.where(grid == 0, 1.0, grid)))
    landweber = Section(
        "Landweber deconvolution",
        r"The iteration $g_{k+1} = g_k + (\bar g^\eta - R_\eta g_k)$, $g_0 = \bar g^\eta$, sums to "
        r"$g_n = \sum_{k=0}^n (I - R_\eta)^k \bar g^\eta$ (eq 3.7 prints the exponent $n$). $R_\eta$ multiplies "
        r"the mode $e^{i\omega x}$ by $\hat\psi(\eta\omega)$; the sum converges on a mode iff $|1 - \hat\psi| < 1$. "
        r"The Gaussian's $\hat\psi = e^{-\omega^2/2} \in (0, 1]$ converges everywhere (arbitrarily slowly at high "
        r"$\omega$); the quartic's $\hat\psi$ changes sign, so unrelaxed Landweber diverges on the modes where it is "
        r"negative whenever the mesh resolves them.  Stopping rule (discrepancy principle): stop at the first $n$ with "
        r"$\|R_\eta g_n - \bar g^\eta\| \le \tau\delta$, $\tau > 1$, $\delta$ the size of the error in $\bar g^\eta$.",
        equations=(DisplayEquation("3.7", r"R^{-1}_{\eta,n} = \sum_{k=0}^{n} (I - R_\eta)^k"),),
        tables=(Table("spectrum", r"Fourier multiplier of $I - R_\eta$ for the window.",
                      ("window", r"$\min\hat\psi$", r"$\max|1 - \hat\psi|$", r"first zero $\omega_0$",
                       r"diverges if $\eta/\Delta x >$"),
                      ((w.name, spec["min_psi_hat"], spec["max_abs_one_minus_psi_hat"],
                        "none" if spec["first_zero"] is None else spec["first_zero"],
                        "never" if spec["first_zero"] is None else spec["diverges_if_eta_over_dx_above"]),), digits=4),),
        figures=(Figure("spectrum", r"$1 - \hat\psi(\eta\omega)$: unrelaxed Landweber converges where it lies in $(-1, 1)$.",
                        r"$\eta\omega$", r"$1 - \hat\psi$", (Series(w.name, grid, multiplier, "thick"),
                                                              Series("1", (0.0, 20.0), (1.0, 1.0), "dashed"))),))
    say("closed stresses of order n")
    errors = closure_orders(w.name, eta_value, order)
    inverse = lambda n: sp.Symbol(f"Rinv_{n}")
    closures = Section(
        "Closed stresses of order n",
        r"The Landweber operators $R^{-1}_{\eta,n}$ of \S 5 applied to $\bar\rho^\eta$ and $\bar\rho^\eta\bar v^\eta$ give "
        r"$J_n$ and $\tilde v_n$ (eq 5.7) and the closed stresses (5.10, 5.11).  Our copy of 5.11 (like 5.5) lost its "
        r"fraction bars: the bond length is $h/J_n$ ($h = L/N$) and the force $\Phi'(L/J_n)$ ($\Phi = -U$; "
        r"$n = 0$ gives $\Phi'(M/\bar\rho^\eta)$, eq 6.4).  On the periodic meso-mesh $R_\eta$ is the circulant of "
        r"$\Delta x\,\psi_\eta(x_\alpha - x_\beta)$; $T^\eta_{(int),n}$ is evaluated as eq 5.2 on particle positions "
        r"prescribed by $\rho_n = (M/L)J_n$ (\S 6.1), $T^\eta_{(c),n}$ by the mesh quadrature of 5.10.  The table "
        r"compares them with the exact averaged stresses (5.1, 5.2) for a smooth state (no fluctuations; in the results).",
        equations=tuple(Equation(f"R-inverse-{n}", inverse(n), landweber_terms(n)) for n in range(1, order + 1)) + (
            DisplayEquation("3.7-closed", r"R^{-1}_{\eta,n} = \sum_{k=0}^{n}(I - R_\eta)^k = "
                            r"\sum_{m=0}^{n}(-1)^m\binom{n+1}{m+1}R_\eta^m"),
            DisplayEquation("5.7", r"J_n = \frac{L}{M}R^{-1}_{\eta,n}[\bar\rho^\eta],\quad "
                            r"\tilde v_n = \frac{R^{-1}_{\eta,n}[\bar\rho^\eta\bar v^\eta]}{R^{-1}_{\eta,n}[\bar\rho^\eta]}"),
            DisplayEquation("5.10", r"T^\eta_{(c),n}(x) = -\frac{M}{L}\int_0^L (\tilde v_n(y) - \bar v^\eta(x))^2"
                            r"\psi_\eta(x - y) J_n(y)\,dy"),
            DisplayEquation("5.11", r"T^\eta_{(int),n}(x) = \int_0^L \Phi'\!\left(\frac{L}{J_n(y)}\right)\int_0^1 "
                            r"\psi_\eta\!\left(x - y - s\frac{h}{J_n(y)}\right)ds\,dy")),
        tables=(Table("closure-orders", r"Max relative error of the order-$n$ closed stresses against the exact averaged "
                      r"stresses, smooth state, mesh spacing $\eta/8$.",
                      ("$n$", r"$T^\eta_{(int),n}$ error", r"$T^\eta_{(c),n}$ error"),
                      tuple((r["order"], r["interaction_stress"], r["convective_stress"]) for r in errors)),))
    say("identity checks on a short run")
    runs = identity_runs(w.name, eta_value, particles)
    r2, r1 = runs["runs"][0.2], runs["runs"][0.1]
    checks = Section(
        "Identity checks of the exact stresses",
        r"Along a velocity-Verlet run of the ring (state in the results), the cell-integrated eq 2.9 with the exact "
        r"stresses holds to $O(\Delta t^2)$ and $\int_0^L T^\eta_{(int)}\,dx = \sum_b f_b(q_{b+1} - q_b)$.",
        tables=(Table("identities", "Relative residuals at two time steps.",
                      (r"$\omega_{max}\Delta t$", "energy error", "eq 2.9 residual"),
                      ((0.2, r2["energy_error"], r2["balance_residual"]), (0.1, r1["energy_error"], r1["balance_residual"]))),))
    results = {"window": w.name, "eta": eta_value, "particles": particles, "landweber": spec,
               "virial": runs["virial"], "stress_integral": runs["stress_integral"],
               "energy_error_ratio": r2["energy_error"] / r1["energy_error"],
               "balance_residual_ratio": r2["balance_residual"] / r1["balance_residual"],
               "potential": {"p": 3, "x_star": 1.5, "C_r": 1},
               "closed_stresses": {"state": SMOOTH_STATE, "orders": errors}}
    return DerivedModel(
        "closure", f"{w.name}-eta{eta_value:g}", {"window": w.name, "eta": eta_value, "particles": particles, "order": order},
        "Exact averaged stresses of a particle chain and Landweber closure (seed 002)", "seed 002 (Panchenko, Barannyk, Gilbert)",
        symbols=(Symbol("eta", r"\eta", "window width"), Symbol("psi", r"\psi", "window"),
                 Symbol("Psi", r"\Psi", "antiderivative of the window"), Symbol("Phi", r"\Phi", "pair energy, -U of eq 7.1"),
                 Symbol("x_star", r"x_\star", "range of the repulsive potential (eq 7.1)"),
                 Symbol("C_r", "C_r", "strength of the repulsive potential"), Symbol("xi", r"\xi", "bond length"),
                 Symbol("p", "p", "power of the repulsive potential"), Symbol("x", "x", "position"),
                 Symbol("R_eta", r"R_\eta", "convolution with the window"), Symbol("I", "I", "identity operator")) + tuple(
            Symbol(f"Rinv_{n}", rf"R^{{-1}}_{{\eta,{n}}}", f"Landweber operator of order {n}") for n in range(1, order + 1)),
        sections=(windows, averages, potential, landweber, closures, checks), kernels=kernels(w), results=results)


def check_integrator():
    """The generated C velocity Verlet (eqs 4.1-4.3) against the numpy loop: 300 steps of the seed chain."""
    import numpy as np

    from ..checks import CheckResult
    from ..numerics import particle_chain as pc

    N = 64
    chain = pc.Chain(N, 1.0, 1.0, numpy_pair(3.0, 1.5, 1.0))
    X = (np.arange(N) + 0.5) / N
    q0 = X + 0.02 / (2 * np.pi) * np.sin(2 * np.pi * X)
    v0 = 0.3 * np.sin(2 * np.pi * X) + 0.05 * np.random.default_rng(3).standard_normal(N)
    dt = 0.2 / chain.omega_max(q0)
    (_, Qn, Vn), (_, Qc, Vc) = (pc.verlet(chain, q0, v0, dt, 300, 50, backend=b) for b in ("numpy", "c"))
    gap = max(np.max(np.abs(Qn - Qc)), np.max(np.abs(Vn - Vc)) / np.max(np.abs(v0)))
    return CheckResult("generated C Verlet integrator matches the numpy one", gap < 1e-11,
                       f"N = {N}, 300 steps at omega_max dt = 0.2: max difference {gap:.1e} (tolerance 1e-11)")


def check_kernels(parameters: dict, kernels: dict) -> list:
    """The derivation's checks: T_int and the averages computed with the generated window kernels equal
    the same numerics on the SymPy-lambdified window (two evaluation paths of eqs 2.6, 5.1, 5.2), and the
    generated C integrator equals the numpy one (:func:`check_integrator`)."""
    import numpy as np

    from ..checks import CheckResult
    from ..numerics import particle_chain as pc

    w = window(parameters["window"])
    reference = numpy_window(w)
    generated = NumpyWindow(w.name, kernels["window"], kernels["window_antiderivative"], w.radius)
    eta_value = float(parameters["eta"])
    N = 200
    rng = np.random.default_rng(11)
    q = (np.arange(N) + 0.5 + 0.3 * rng.uniform(-1, 1, N)) / N
    v = rng.standard_normal(N)
    f = -rng.uniform(0.5, 1.5, N)
    mesh = pc.Mesh(1.0, 64)
    a, b = (pc.averages(q, v, 1.0, eta_value, win, mesh) for win in (generated, reference))
    ta, tb = (pc.interaction_stress(q, f, eta_value, win, mesh) for win in (generated, reference))
    gap = max(max(np.max(np.abs(a[k] - b[k])) / np.max(np.abs(b[k])) for k in a if k != "velocity"),
              np.max(np.abs(ta - tb)) / np.max(np.abs(tb)))
    return [CheckResult("averages and stresses on the generated kernels match the SymPy-lambdified window", gap < 1e-12,
                        f"N = {N}, B = 64, eta = {eta_value}: max relative difference {gap:.1e} (tolerance 1e-12)"),
            check_integrator()]
