"""Kinetic models of dilute polymers and the Kramers stress (seed 001 §6, eqs 6.1-6.4): symbolic side
and the pure builder.

Conventions.  κ = ∇ₓᵀU with κ_ij = ∂U_i/∂x_j, so that "∇ₓᵀU · z" of eqs 6.1/6.3 is κz, the affine
(upper-convected) stretching of a connector z (with (∇U)_ij = ∂_i U_j, (∇ᵀU · z)_i = z_j ∂_j U_i =
((z·∇)U)_i).  Simple shear U = (γ̇y, 0, 0) is κ = γ̇ e_x e_yᵀ; Wi = γ̇ De.  The connector force
f(z) = h(|z|²) z is the gradient of the spring potential (h = 1 Hookean, h = 1/(1 − |z|²/b) FENE).

Derived here, in code, from the operators (never typed in):

- the SDE eq 6.3, dz = (κz − f/(2De)) dt + √(1/De) dW, has the backward generator
  L = (κz − f/(2De))·∇ + (1/(2De)) Δ, whose adjoint is the Fokker–Planck operator of eq 6.1: the two
  agree (:func:`adjoint_remainder` is zero: φ FP[ψ] − ψ L[φ] is an exact divergence ∇·J);
- integrating by parts, d⟨φ⟩/dt = ⟨Lφ⟩; for φ = z_i z_j this is
  dA/dt = κA + Aκᵀ − (⟨f z⟩ + ⟨z f⟩)/(2De) + I/De  (:func:`moment_equation`): closed for Hookean
  springs (the upper-convected Maxwell / Oldroyd-B model, A relaxing at rate 1/De), not closed for
  FENE (⟨z z/(1 − |z|²/b)⟩ is not a function of A), closed by Peterlin's h(tr A) (FENE-P);
- the Kramers stress τ_p = ⟨f ⊗ z⟩ is I at rest for every spring (ψ_eq ∝ e^{−Φ}); the seed's τ_p has
  no −I.  ∇ₓ·I = 0, so the momentum equation is unchanged; the polymer extra stress is τ_p − I;
- closed forms: Oldroyd-B start-up of shear and its steady state (η_p = De, Ψ₁ = 2De²), uniaxial
  (planar in 2D) extension and its blow-up at Wi = ε̇De = 1/2; the FENE-P steady shear state
  through the cubic 2Wi²x³ + (b + d)x − b = 0 (x = 1 − tr A/b), η_p = De x, Ψ₁ = 2De²x²,
  η_p ~ De (b/2)^{1/3} Wi^{-2/3};
- rods (eqs 6.2, 6.4, f = 0, no flow): 𝓡·𝓡(m m − I/3) = −6(m m − I/3) on the sphere, so ⟨m m⟩ − I/3
  relaxes at 6/De; the Stratonovich SDE with √(2/De) has generator (1/De)𝓡·𝓡 (the seed's FP and
  SDE agree on diffusion); its drift, however, is written as an angular velocity: (I − m m)(m × κm)
  = m × κm is perpendicular to the Jeffery velocity (I − m m)κm that eq 6.2 implies (likewise for
  the force term) — :func:`rod_drifts`; in start-up of shear from isotropy eq 6.2 gives
  ⟨m_x m_y⟩ = (Wi/30)(1 − e^{−6t/De}) + O(Wi³), the printed drift 0 (:func:`rod_shear_linear_response`).

:func:`build` returns the ``polymers`` :class:`~symms.model.DerivedModel`; :func:`check_kernels`
integrates the generated kernels' ODEs.  Brownian dynamics (the independent check) is
:mod:`symms.numerics.polymers`.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

import numpy as np
import sympy as sp

from ..errors import DerivationError, InputError
from ..model import Series
from ..naming import slug_value
from ..numbers import significant
from ..numerics import polymers as bd

AXES = "xyz"
De = sp.Symbol("De", positive=True)
b = sp.Symbol("b", positive=True)
t = sp.Symbol("t", nonnegative=True)
Wi = sp.Symbol("Wi", positive=True)
x = sp.Symbol("x", positive=True)          # 1 - tr A / b = 1/h(tr A) for FENE-P
s = sp.Symbol("s", nonnegative=True)       # |z|², the spring law's argument
h = sp.Symbol("h", positive=True)          # the spring factor of a closed model, f = h z

KERNELS = ("oldroyd_b_rhs", "fene_p_rhs", "oldroyd_b_stress", "fene_p_stress")
SPRINGS = {"hookean": sp.Integer(1), "fene": 1 / (1 - s / b)}   # h(s), f(z) = h(|z|²) z

SEED = 20261203
STARTUP_TIMES = (0.25, 0.5, 1.0, 2.0, 3.0)   # in units of De
STARTUP_DUMBBELLS, STARTUP_DT = 20000, 0.01  # Heun step in units of De
FENE_WI = (1.0, 3.0, 10.0)
FENE_DUMBBELLS, FENE_DT, FENE_T, FENE_AVERAGE_FROM, FENE_SAMPLE = 10000, 0.01, 10.0, 4.0, 0.5  # units of De
ROD_COUNT, ROD_DT, ROD_T, ROD_SAMPLE, ROD_RATE_TIME = 20000, 0.001, 0.5, 1 / 12, 1 / 6  # units of De
ROD_SHEAR_WI, ROD_SHEAR_COUNT, ROD_SHEAR_TIMES = 0.5, 10000, (0.25, 0.5, 0.75)          # linear response, units of De
GROUPS = 20                                   # independent sub-ensembles for standard errors
# tolerance of the BD checks in standard errors: the s.e. comes from GROUPS batch means, so |z| follows
# Student's t with GROUPS - 1 = 19 degrees of freedom; 5.3 is its two-sided 1e-3 quantile divided over
# the ~25 comparisons of one run (Bonferroni), so a correct model fails a run with probability ≤ 1e-3
SIGMAS = 5.3
STAT_DIGITS = 6                               # BD numbers stored to 6 significant digits


# --------------------------------------------------------------------------- symbols

def pairs(d: int) -> tuple:
    """The packed (upper-triangle, row-major) index pairs of a symmetric d×d tensor: xx, xy, (xz,) yy, ..."""
    return tuple((i, j) for i in range(d) for j in range(i, d))


def _name(i, j) -> str:
    return AXES[i] + AXES[j]


def connector(d: int) -> sp.Matrix:
    """The dumbbell connector z = (z_x, z_y[, z_z]) of eqs 6.1, 6.3."""
    return sp.Matrix(sp.symbols(" ".join(f"z_{AXES[i]}" for i in range(d)), real=True))


def conformation(d: int) -> tuple:
    """(packed symbols A_xx, A_xy, ..., the symmetric matrix A) of the second moment A = ⟨z z⟩."""
    packed = tuple(sp.Symbol(f"A_{_name(i, j)}", real=True) for i, j in pairs(d))
    where = {p: a for p, a in zip(pairs(d), packed)}
    return packed, sp.Matrix(d, d, lambda i, j: where[(min(i, j), max(i, j))])


def velocity_gradient(d: int) -> sp.Matrix:
    """κ with κ_ij = ∂U_i/∂x_j (kernel input ``kappa``, row-major)."""
    return sp.Matrix(d, d, lambda i, j: sp.Symbol(f"kappa_{_name(i, j)}", real=True))


def pack(M: sp.Matrix, d: int) -> tuple:
    """The packed components of a symmetric d×d matrix, in the order of :func:`pairs`."""
    return tuple(M[i, j] for i, j in pairs(d))


# --------------------------------------------------------------------------- operators of eqs 6.1, 6.3

def dumbbell_drift(kappa: sp.Matrix, z: sp.Matrix, h: sp.Expr) -> sp.Matrix:
    """The drift of eq 6.3, κz − f(z)/(2De) with f = h z."""
    return kappa * z - h * z / (2 * De)


def generator(drift: sp.Matrix, z: sp.Matrix, phi: sp.Expr) -> sp.Expr:
    """L φ = drift·∇φ + (1/(2De)) Δφ: the backward operator of eq 6.3 (noise √(1/De) dW, Itô's formula)."""
    return sum(drift[k] * sp.diff(phi, z[k]) + sp.diff(phi, z[k], 2) / (2 * De) for k in range(len(z)))


def fokker_planck(drift: sp.Matrix, z: sp.Matrix, psi: sp.Expr) -> sp.Expr:
    """The right side of eq 6.1 (U = 0): −∇_z·(drift ψ) + (1/(2De)) Δ_z ψ."""
    return sum(-sp.diff(drift[k] * psi, z[k]) + sp.diff(psi, z[k], 2) / (2 * De) for k in range(len(z)))


def adjoint_remainder(drift: sp.Matrix, z: sp.Matrix) -> sp.Expr:
    """φ FP[ψ] − ψ Lφ − ∇·J for undefined φ, ψ and J_k = −φ drift_k ψ + (φ ∂_kψ − ψ ∂_kφ)/(2De):
    zero iff eq 6.1 is the adjoint of the generator of eq 6.3 (integration by parts, no boundary terms)."""
    phi, psi = sp.Function("phi")(*z), sp.Function("psi")(*z)
    J = [-phi * drift[k] * psi + (phi * sp.diff(psi, z[k]) - psi * sp.diff(phi, z[k])) / (2 * De) for k in range(len(z))]
    divergence = sum(sp.diff(J[k], z[k]) for k in range(len(z)))
    return sp.expand(phi * fokker_planck(drift, z, psi) - psi * generator(drift, z, phi) - divergence)


class NotClosed(Exception):
    """An average that is not a function of the second moment A (carries the offending terms)."""


def expectation(expr: sp.Expr, z: sp.Matrix, A: sp.Matrix) -> sp.Expr:
    """⟨expr⟩ for expr a polynomial of degree 0 or 2 in z: z_k z_l → A_kl, 1 → 1 (odd moments are
    absent from the even equations); NotClosed with the non-polynomial terms otherwise."""
    expr = sp.expand(expr)
    bad = [term for term in sp.Add.make_args(expr) if not term.is_polynomial(*z)]
    if bad:
        raise NotClosed(sp.Add(*bad))
    out = sp.Integer(0)
    for monomial, coefficient in sp.Poly(expr, *z).terms():
        powers = [k for k, n in enumerate(monomial) for _ in range(n)]
        if len(powers) == 0:
            out += coefficient
        elif len(powers) == 2:
            out += coefficient * A[powers[0], powers[1]]
        else:
            raise NotClosed(coefficient * sp.Mul(*[z[k] for k in powers]))
    return out


@dataclass(frozen=True)
class MomentEquation:
    """dA/dt for one spring and closure, or the unclosed term (``rhs`` None).

    ``rhs_h`` and ``stress_h`` (τ_p = ⟨h z z⟩) are written with the spring factor as the symbol
    :data:`h` where the closure makes it a number (Peterlin), ``factor`` is h as a function of A;
    ``rhs`` and ``stress`` have it substituted (d×d, symmetric).
    """

    spring: str
    closure: str
    d: int
    rhs_h: sp.Matrix | None
    stress_h: sp.Matrix | None
    factor: sp.Expr
    unclosed: sp.Expr | None = None

    @property
    def rhs(self) -> sp.Matrix | None:
        return None if self.rhs_h is None else self.rhs_h.xreplace({h: self.factor})

    @property
    def stress(self) -> sp.Matrix | None:
        return None if self.stress_h is None else self.stress_h.xreplace({h: self.factor})


@lru_cache(maxsize=None)
def moment_equation(spring: str, closure: str, d: int) -> MomentEquation:
    """The second-moment equation from the generator of eq 6.3: dA_ij/dt = ⟨L(z_i z_j)⟩.

    ``closure`` ``exact`` keeps h(|z|²) inside the average (closed for Hookean springs only);
    ``peterlin`` replaces |z|² by ⟨|z|²⟩ = tr A in the spring law (FENE-P), so the spring factor is
    the number h = h(tr A), a symbol while the average is taken.
    """
    z = connector(d)
    _, A = conformation(d)
    kappa = velocity_gradient(d)
    law = SPRINGS[spring]
    if closure == "exact":
        factor = law.subs(s, (z.T * z)[0])
        value = factor
    else:
        factor = law.subs(s, A.trace())
        value = h if law.has(s) else law
    drift = dumbbell_drift(kappa, z, value)
    try:
        rhs = sp.Matrix(d, d, lambda i, j: expectation(generator(drift, z, z[i] * z[j]), z, A))
        stress = sp.Matrix(d, d, lambda i, j: expectation(value * z[i] * z[j], z, A))
    except NotClosed as exc:
        return MomentEquation(spring, closure, d, None, None, factor, sp.factor(exc.args[0]))
    return MomentEquation(spring, closure, d, sp.ImmutableMatrix(rhs.applyfunc(sp.expand)), sp.ImmutableMatrix(stress),
                          factor)


def hookean_equilibrium_density(d: int) -> sp.Expr:
    """ψ_eq ∝ exp(−|z|²/2): the zero-flux solution of eq 6.1 at κ = 0 for f = z (checked, not assumed)."""
    z = connector(d)
    psi = sp.exp(-(z.T * z)[0] / 2)
    drift = dumbbell_drift(sp.zeros(d, d), z, sp.Integer(1))
    flux = [drift[k] * psi - sp.diff(psi, z[k]) / (2 * De) for k in range(d)]
    if any(sp.simplify(f) != 0 for f in flux):
        raise DerivationError("exp(-|z|^2/2) is not the zero-flux state of eq 6.1")
    return psi


# --------------------------------------------------------------------------- closed forms

def shear(d: int, rate: sp.Expr) -> sp.Matrix:
    """κ = γ̇ e_x e_yᵀ (U = (γ̇ y, 0, 0))."""
    K = sp.zeros(d, d)
    K[0, 1] = rate
    return K


def extension(d: int, rate: sp.Expr) -> sp.Matrix:
    """Uniaxial extension diag(1, −1/2, −1/2) ε̇ in 3D, planar diag(1, −1) ε̇ in 2D (trace free)."""
    return sp.diag(rate, -rate) if d == 2 else sp.diag(rate, -rate / 2, -rate / 2)


def _flow(eq: MomentEquation, K: sp.Matrix) -> sp.Matrix:
    return eq.rhs.xreplace(dict(zip(velocity_gradient(eq.d), K)))


def linear_solution(d: int, K: sp.Matrix) -> sp.Matrix:
    """Oldroyd-B A(t) from A(0) = I under the constant flow K: a' = M a + c on the packed components,
    a(t) = a_∞ + exp(Mt)(a(0) − a_∞), a_∞ = −M⁻¹c (exp(Mt) = e^{−t/De} exp((M + I/De)t))."""
    eq = moment_equation("hookean", "exact", d)
    packed, _ = conformation(d)
    f = sp.Matrix(pack(_flow(eq, K), d))
    M = f.jacobian(packed)
    c = f.xreplace({a: 0 for a in packed})
    steady = -M.solve(c)
    N = M + sp.eye(len(packed)) / De
    exp_Nt = (N * t).exp()
    a0 = sp.Matrix(pack(sp.eye(d), d))
    a = (steady + sp.exp(-t / De) * exp_Nt * (a0 - steady)).applyfunc(lambda e: sp.simplify(sp.expand(e)))
    where = dict(zip(pairs(d), a))
    return sp.ImmutableMatrix(d, d, lambda i, j: where[(min(i, j), max(i, j))])


@dataclass(frozen=True)
class ShearStartup:
    """Oldroyd-B start-up of shear at Wi = γ̇De from rest (A(0) = I), closed form."""

    A: sp.Matrix
    A_xy: sp.Expr
    N1: sp.Expr
    viscosity: sp.Expr          # η_p⁺(t) = τ_xy/γ̇
    psi1: sp.Expr               # Ψ₁⁺(t) = N₁/γ̇²
    steady_viscosity: sp.Expr
    steady_psi1: sp.Expr


@lru_cache(maxsize=None)
def shear_startup(d: int) -> ShearStartup:
    """Start-up of simple shear for Oldroyd-B (eq 6.1 with f = z, closed by its moment equation)."""
    rate = Wi / De
    A = linear_solution(d, shear(d, rate))
    tau = A - sp.eye(d)
    N1 = sp.simplify(tau[0, 0] - tau[1, 1])
    eta, psi1 = sp.simplify(tau[0, 1] / rate), sp.simplify(N1 / rate ** 2)
    return ShearStartup(A, sp.simplify(A[0, 1]), N1, eta, psi1, sp.limit(eta, t, sp.oo), sp.limit(psi1, t, sp.oo))


@dataclass(frozen=True)
class Extension:
    """Oldroyd-B in uniaxial (3D) or planar (2D) extension at Wi = ε̇De: the growth rates of A,
    the critical Wi and the steady extensional viscosity below it."""

    rates: tuple
    critical: sp.Expr
    steady_A: sp.Matrix
    viscosity: sp.Expr         # η_E = (τ_xx − τ_yy)/ε̇
    A: sp.Matrix               # A(t) from A(0) = I (Wi ≠ 1/2)


@lru_cache(maxsize=None)
def oldroyd_b_extension(d: int) -> Extension:
    """Oldroyd-B (the closed moment equation of eqs 6.1/6.3 for f = z) in uniaxial or planar extension:
    the eigenvalues of the linear system, the Wi at which the largest one crosses 0, the steady state."""
    eq = moment_equation("hookean", "exact", d)
    packed, _ = conformation(d)
    rate = Wi / De
    f = sp.Matrix(pack(_flow(eq, extension(d, rate)), d))
    M = f.jacobian(packed)
    rates = tuple(sorted({sp.simplify(r) for r in M.eigenvals()}, key=sp.default_sort_key))
    fastest = sp.Max(*rates)                       # 2ε̇ − 1/De: the growth rate of A_xx
    if isinstance(fastest, sp.Max):
        raise DerivationError(f"cannot order the extensional growth rates {rates}")
    critical = sp.solve(sp.Eq(fastest, 0), Wi)[0]
    steady = -M.solve(f.xreplace({a: 0 for a in packed}))
    where = dict(zip(pairs(d), steady))
    A = sp.ImmutableMatrix(d, d, lambda i, j: sp.factor(where[(min(i, j), max(i, j))]))
    return Extension(rates, critical, A, sp.factor((A[0, 0] - A[1, 1]) / rate), linear_solution(d, extension(d, rate)))


@dataclass(frozen=True)
class FenePSteadyShear:
    """FENE-P in steady shear: the cubic for x = 1 − tr A/b, A(x), η_p = De x, Ψ₁ = 2De²x² and the
    large-Wi power law."""

    cubic: sp.Expr
    A: sp.Matrix
    viscosity: sp.Expr
    psi1: sp.Expr
    zero_shear: tuple
    asymptote: sp.Expr          # lim Wi^{2/3} x


@lru_cache(maxsize=None)
def fene_p_steady_shear(d: int) -> FenePSteadyShear:
    """Solve the FENE-P moment equation at steady shear: with the spring factor h = 1/x held as an
    unknown the equations are linear in A; tr A = b(1 − x) then gives the cubic in x."""
    eq = moment_equation("fene", "peterlin", d)
    packed, Am = conformation(d)
    rate = Wi / De
    f = eq.rhs_h.xreplace(dict(zip(velocity_gradient(d), shear(d, rate))))
    solution = sp.solve(list(pack(f, d)), packed, dict=True)[0]
    A = sp.ImmutableMatrix(Am.xreplace(solution).xreplace({h: 1 / x}).applyfunc(sp.factor))
    cubic = sp.factor(sp.numer(sp.together(A.trace() - b * (1 - x))))
    cubic = sp.expand(cubic / sp.LC(sp.Poly(cubic, x)) * 2 * Wi ** 2)
    tau = A / x - sp.eye(d)
    eta = sp.factor(tau[0, 1] / rate)
    psi1 = sp.factor((tau[0, 0] - tau[1, 1]) / rate ** 2)
    x0 = sp.solve(cubic.subs(Wi, 0), x)[0]
    y = sp.Symbol("y", positive=True)
    leading = sp.limit(cubic.subs(x, y * Wi ** sp.Rational(-2, 3)), Wi, sp.oo)
    asymptote = sp.solve(leading, y)[0]
    return FenePSteadyShear(cubic, A, eta, psi1, (eta.subs(x, x0), psi1.subs(x, x0)), asymptote)


def fene_p_equilibrium(d: int) -> sp.Expr:
    """The FENE-P rest state A = a I: a = b/(b + d) (so tr A < b, and τ_p = A/(1 − tr A/b) = I)."""
    eq = moment_equation("fene", "peterlin", d)
    _, Am = conformation(d)
    a = sp.Symbol("a", positive=True)
    isotropic = {Am[i, j]: (a if i == j else 0) for i in range(d) for j in range(d)}
    at_rest = eq.rhs.xreplace(dict(zip(velocity_gradient(d), sp.zeros(d, d)))).xreplace(isotropic)
    return sp.solve(at_rest[0, 0], a)[0]


def fene_boundary_dimension() -> sp.Expr:
    """The dimension δ of the Bessel process that ε = √b − |z| follows near the FENE wall (eq 6.3 at
    κ = 0, time in units of De): dε ≈ ((δ − 1)/(2ε)) ds + dW with δ = 1 + b/2, so the wall is never
    reached iff δ >= 2, i.e. b >= 2 (Jourdain & Lelièvre).  The curvature term (d − 1)/(2|z|) is
    bounded there and does not change δ."""
    eps, r = sp.symbols("epsilon r", positive=True)
    radial = -r / (2 * (1 - r ** 2 / b))                  # −|f|/2 along z, time in units of De
    leading = sp.limit(-radial.subs(r, sp.sqrt(b) - eps) * eps, eps, 0)   # dε ≈ (leading/ε) ds − dW
    return 1 + 2 * leading                                # Bessel: dε = ((δ − 1)/(2ε)) ds + dW


# --------------------------------------------------------------------------- rods (eqs 6.2, 6.4)

_m = sp.Matrix(sp.symbols("m_x m_y m_z", real=True))


def _R(phi):
    """𝓡φ = m × ∇_m φ."""
    return _m.cross(sp.Matrix([sp.diff(phi, v) for v in _m]))


def rotational_laplacian(phi: sp.Expr) -> sp.Expr:
    """𝓡·𝓡φ = Σ_k R_k R_k φ with R_k = (m × ∇)_k (eq 6.2)."""
    inner = _R(phi)
    return sp.expand(sum(_R(inner[k])[k] for k in range(3)))


def on_sphere(expr: sp.Expr) -> sp.Expr:
    """The remainder of a polynomial in m modulo |m|² − 1 (its values on the unit sphere)."""
    return sp.reduced(sp.expand(expr), [_m.dot(_m) - 1], *_m)[1]


def rod_relaxation_rate() -> sp.Expr:
    """λ with 𝓡·𝓡(m_i m_j − δ_ij/3) = −λ (m_i m_j − δ_ij/3) on the sphere for every i, j (= ℓ(ℓ+1) = 6)."""
    rates = set()
    for i in range(3):
        for j in range(i, 3):
            Q = _m[i] * _m[j] - sp.Rational(int(i == j), 3)
            ratio = sp.cancel(on_sphere(rotational_laplacian(Q)) / on_sphere(Q))
            rates.add(-ratio)
    if len(rates) != 1:
        raise DerivationError(f"m m - I/3 is not an eigenfunction of the rotational Laplacian: {rates}")
    return rates.pop()


def stratonovich_generator(columns, sigma) -> callable:
    """The generator of dm = Σ_k a_k(m) ∘ σ dW_k: (σ²/2) Σ_k (a_k·∇)(a_k·∇)φ (Stratonovich: the
    square of each vector field, no separate Itô correction)."""
    def L(phi):
        total = sp.Integer(0)
        for a in columns:
            first = sum(a[l] * sp.diff(phi, _m[l]) for l in range(3))
            total += sum(a[l] * sp.diff(first, _m[l]) for l in range(3))
        return sigma ** 2 / 2 * total
    return L


def rod_noise_generators() -> dict:
    """{noise: max over φ ∈ {m_i, m_i m_j} of |L_SDE φ − (1/De)𝓡·𝓡φ| on the sphere} for the noise of
    eq 6.4, P(m) ∘ √(2/De) dW (and m × ∘dW, the same law): both zero, so eq 6.4's diffusion matches
    eq 6.2's (a second-order operator is fixed by its action on degree ≤ 2 polynomials)."""
    P = sp.eye(3) - _m * _m.T
    noises = {"(I - m m) o sqrt(2/De) dW": [P[:, k] for k in range(3)],
              "m x o sqrt(2/De) dW": [_m.cross(sp.eye(3)[:, k]) for k in range(3)]}
    tests = list(_m) + [_m[i] * _m[j] for i in range(3) for j in range(i, 3)]
    out = {}
    for name, columns in noises.items():
        L = stratonovich_generator(columns, sp.sqrt(2 / De))
        out[name] = [on_sphere(sp.expand(L(phi) - rotational_laplacian(phi) / De)) for phi in tests]
    return out


def rod_drifts() -> dict:
    """The drift of eq 6.4 against the one eq 6.2 implies, for a general κ and f (f = ∇V).

    Eq 6.2's transport −𝓡·(m × κm ψ) + (1/De)𝓡·(ψ m × f) has the adjoint
    φ ↦ (m × κm − (m × f)/De)·𝓡φ = (P(κm − f/De))·∇φ on the sphere, so the velocity is P(κm − f/De).
    Returns the differences (on the sphere) of the seed's velocity P(m × κm − m × f/De) and of the
    corrected P(κm − f/De) from it, for φ = m_x, m_y, m_z."""
    kappa = sp.Matrix(3, 3, lambda i, j: sp.Symbol(f"kappa_{_name(i, j)}", real=True))
    f = sp.Matrix(sp.symbols("f_x f_y f_z", real=True))
    P = sp.eye(3) - _m * _m.T
    omega = _m.cross(kappa * _m) - _m.cross(f) / De
    fp = [omega.dot(_R(v)) for v in _m]
    seed = P * (_m.cross(kappa * _m) - _m.cross(f) / De)
    corrected = P * (kappa * _m - f / De)
    return {"seed": [on_sphere(seed[k] - fp[k]) for k in range(3)],
            "corrected": [on_sphere(corrected[k] - fp[k]) for k in range(3)]}


def sphere_average(expr: sp.Expr) -> sp.Expr:
    """⟨expr⟩ over the isotropic distribution on S² (a polynomial in m), by quadrature in spherical angles."""
    th, ph = sp.symbols("theta phi", real=True)
    on = {_m[0]: sp.sin(th) * sp.cos(ph), _m[1]: sp.sin(th) * sp.sin(ph), _m[2]: sp.cos(th)}
    integrand = sp.expand(expr.xreplace(on) * sp.sin(th))
    return sp.simplify(sp.integrate(integrand, (ph, 0, 2 * sp.pi), (th, 0, sp.pi)) / (4 * sp.pi))


@lru_cache(maxsize=None)
def rod_shear_linear_response() -> dict:
    """⟨m_x m_y⟩(t) for rods (eq 6.2, f = 0) started isotropic in shear κ = γ̇ e_x e_yᵀ, to first order in Wi.

    At O(γ̇) the distribution is isotropic plus O(γ̇), so the flow term contributes its isotropic average
    r = ⟨v·∇(m_x m_y)⟩ and the diffusion acts on the ℓ = 2 harmonic m_x m_y at rate 6/De:
    Q(t) = r (De/6)(1 − e^{−6t/De}) + O(Wi³) (Q is odd in γ̇).  Returned for Jeffery's v = (I − m m)κm
    and for the seed's v = m × κm (whose r is 0: no flow alignment at all)."""
    rate = Wi / De
    kappa = shear(3, rate)
    P = sp.eye(3) - _m * _m.T
    phi = _m[0] * _m[1]
    grad = sp.Matrix([sp.diff(phi, v) for v in _m])
    relax = rod_relaxation_rate() / De
    out = {}
    for name, v in (("jeffery", P * kappa * _m), ("seed", P * _m.cross(kappa * _m))):
        r = sphere_average(v.dot(grad))
        out[name] = sp.simplify(r / relax * (1 - sp.exp(-relax * t)))
    return out


def tensor_form_residual(eq: MomentEquation) -> sp.Matrix:
    """The derived rhs minus κA + Aκᵀ − (h/De) A + I/De (zero for Oldroyd-B, h = 1, and FENE-P)."""
    _, A = conformation(eq.d)
    kappa = velocity_gradient(eq.d)
    factor = sp.Integer(1) if eq.spring == "hookean" else h
    return (eq.rhs_h - (kappa * A + A * kappa.T - factor * A / De + sp.eye(eq.d) / De)).applyfunc(sp.expand)


# --------------------------------------------------------------------------- kernels

def kernels(d: int) -> tuple:
    """The ``polymers`` expression kernels in dimension d: the conformation ODEs dA/dt (Oldroyd-B,
    FENE-P) and the polymer extra stresses τ_p − I, on the packed components of A."""
    from ..model import Array, ExpressionKernel, Guard

    packed, Am = conformation(d)
    kappa = velocity_gradient(d)
    n = len(packed)
    A_in = Array("A", (n,), packed)
    kappa_in = Array("kappa", (d, d), tuple(kappa))
    De_in, b_in = Array("De", (), (De,)), Array("b", (), (b,))
    names = ", ".join(f"A_{_name(i, j)}" for i, j in pairs(d))
    diagonal = [i == j for i, j in pairs(d)]
    sample = (("A", [0.6 if q else -0.5 for q in diagonal], [3.0 if q else 0.5 for q in diagonal]),
              ("kappa", -2.0, 2.0), ("De", 0.2, 5.0), ("b", 3.0 * d + 1.0, 100.0))   # tr A <= 3d < b
    positive_De = Guard(De, "the Deborah number De must be positive")
    extensible = Guard(b - Am.trace(), "tr A must stay below b (the FENE-P spring factor 1/(1 - tr A/b) diverges there)")
    hook, fene = moment_equation("hookean", "exact", d), moment_equation("fene", "peterlin", d)
    identity = pack(sp.eye(d), d)
    packing = f" A is packed as ({names}) (upper triangle, row-major), kappa_ij = dU_i/dx_j."

    def pick(*keys):
        return tuple(item for item in sample if item[0] in keys)

    return (
        ExpressionKernel("oldroyd_b_rhs", "dA/dt = kappa A + A kappa^T - (A - I)/De: Oldroyd-B / upper-convected Maxwell, the "
                         "second moment of Hookean dumbbells (seed 001 eqs 6.1, 6.3)." + packing,
                         (A_in, kappa_in, De_in), (Array("dA", (n,), pack(hook.rhs, d)),), guards=(positive_De,),
                         sample=pick("A", "kappa", "De")),
        ExpressionKernel("fene_p_rhs", "dA/dt = kappa A + A kappa^T - A/(De (1 - tr A/b)) + I/De: FENE-P, Peterlin's closure of "
                         "FENE dumbbells (seed 001 eqs 6.1, 6.3)." + packing,
                         (A_in, kappa_in, De_in, b_in), (Array("dA", (n,), pack(fene.rhs, d)),),
                         guards=(positive_De, extensible), sample=pick("A", "kappa", "De", "b")),
        ExpressionKernel("oldroyd_b_stress", "tau = <f z> - I = A - I: the Kramers polymer extra stress of Hookean dumbbells "
                         "(seed 001 eq 6.1, its isotropic part I removed)." + packing,
                         (A_in,), (Array("tau", (n,), tuple(e - i for e, i in zip(pack(hook.stress, d), identity))),),
                         sample=pick("A")),
        ExpressionKernel("fene_p_stress", "tau = A/(1 - tr A/b) - I: the Kramers polymer extra stress of FENE-P dumbbells "
                         "(seed 001 eq 6.1, its isotropic part I removed)." + packing,
                         (A_in, b_in), (Array("tau", (n,), tuple(e - i for e, i in zip(pack(fene.stress, d), identity))),),
                         guards=(extensible,), sample=pick("A", "b")),
    )


# --------------------------------------------------------------------------- Brownian dynamics studies

def _stat(x) -> float:
    return significant(float(x), STAT_DIGITS)


def _numeric(expr, *args):
    return sp.lambdify(args, expr, "numpy")


def startup_study(d: int, De_: float, Wi_: float, count: int = STARTUP_DUMBBELLS, seed: int = SEED,
                  noise: float | None = None) -> dict:
    """Hookean dumbbells by BD (eq 6.3, Heun) in start-up of shear from the exact equilibrium
    N(0, I), against the closed-form Oldroyd-B A(t): rows (t/De, quantity, BD, SE, exact, sigmas)."""
    rng = np.random.default_rng(seed)
    closed = shear_startup(d)
    steps_per = int(round(1 / STARTUP_DT))
    record = int(round(STARTUP_TIMES[0] * steps_per))
    steps = int(round(STARTUP_TIMES[-1] * steps_per))
    kappa = np.zeros((d, d))
    kappa[0, 1] = Wi_ / De_
    z = bd.hookean_heun(rng.standard_normal((count, d)), kappa, De_, STARTUP_DT * De_, steps, rng,
                        noise=noise, record_every=record)
    exact = {"A_xy": closed.A_xy, "N_1": closed.N1, "A_yy - 1": closed.A[1, 1] - 1}
    rows = []
    for tau in STARTUP_TIMES:
        zt = z[int(round(tau * steps_per)) // record]
        samples = {"A_xy": zt[:, 0] * zt[:, 1], "N_1": zt[:, 0] ** 2 - zt[:, 1] ** 2, "A_yy - 1": zt[:, 1] ** 2 - 1}
        for key, values in samples.items():
            est = bd.grouped(values, GROUPS)
            ref = float(exact[key].subs({t: tau * De_, De: De_, Wi: Wi_}))
            rows.append({"t": tau, "quantity": key, "bd": _stat(est.mean), "se": _stat(est.error), "exact": ref,
                         "sigmas": _stat((est.mean - ref) / est.error)})
    return {"rows": rows, "max_sigmas": max(abs(r["sigmas"]) for r in rows), "dumbbells": count, "dt": STARTUP_DT}


def fene_p_root(d: int, b_: float, Wi_: float) -> float:
    """The root x in (0, 1) of the FENE-P steady-shear cubic (unique: the cubic increases in x)."""
    from scipy.optimize import brentq

    cubic = _numeric(fene_p_steady_shear(d).cubic, x, Wi, b)
    return brentq(lambda v: cubic(v, Wi_, b_), 0.0, 1.0, xtol=1e-15, rtol=1e-15)


def fene_study(d: int, De_: float, b_: float, wis=FENE_WI, count: int = FENE_DUMBBELLS, seed: int = SEED + 1) -> list:
    """FENE dumbbells by BD (Öttinger's semi-implicit scheme) in steady shear against the FENE-P closure:
    η_p and Ψ₁ time-averaged over [4, 10] De from the exact equilibrium, with batch-means errors."""
    rng = np.random.default_rng(seed)
    steady = fene_p_steady_shear(d)
    eta_p, psi_p = _numeric(steady.viscosity, x, De), _numeric(steady.psi1, x, De)
    record = int(round(FENE_SAMPLE / FENE_DT))
    first = int(round(FENE_AVERAGE_FROM / FENE_SAMPLE))
    rows = []
    for w in wis:
        rate = w / De_
        kappa = np.zeros((d, d))
        kappa[0, 1] = rate
        z0 = bd.fene_equilibrium(count, d, b_, rng)
        z = bd.fene_semi_implicit(z0, kappa, De_, b_, FENE_DT * De_, int(round(FENE_T / FENE_DT)), rng, record_every=record)
        tau = bd.kramers_stress(z[first:], lambda q: bd.fene_spring(q, b_)).mean(axis=0)   # time average per dumbbell
        eta = bd.grouped(tau[:, 0, 1] / rate, GROUPS)
        psi = bd.grouped((tau[:, 0, 0] - tau[:, 1, 1]) / rate ** 2, GROUPS)
        xr = fene_p_root(d, b_, w)
        closure = {"eta": float(eta_p(xr, De_)), "psi1": float(psi_p(xr, De_))}
        row = {"Wi": w}
        for key, est in (("eta", eta), ("psi1", psi)):
            row.update({f"{key}_fene": _stat(est.mean), f"{key}_se": _stat(est.error), f"{key}_fene_p": closure[key],
                        f"{key}_closure_error": _stat(closure[key] / est.mean - 1),
                        f"{key}_closure_error_se": _stat(closure[key] * est.error / est.mean ** 2)})
        rows.append(row)
    return rows


def rod_study(De_: float, count: int = ROD_COUNT, seed: int = SEED + 2, noise: float | None = None) -> dict:
    """Rods by BD on the sphere (eq 6.4, f = 0, no flow) from perfect alignment along z: ⟨m_z²⟩ − 1/3
    against (2/3) exp(−λt/De) with λ = 6 derived, and the rate from each sub-ensemble at t = De/6."""
    rng = np.random.default_rng(seed)
    rate = float(rod_relaxation_rate())
    record = int(round(ROD_SAMPLE / ROD_DT))
    m = bd.rod_bd(np.tile([0.0, 0.0, 1.0], (count, 1)), np.zeros((3, 3)), De_, ROD_DT * De_, int(round(ROD_T / ROD_DT)),
                  rng, noise=noise, record_every=record)
    order = m[..., 2] ** 2 - 1 / 3                     # (records, N)
    rows = []
    for k in range(1, m.shape[0]):
        est = bd.grouped(order[k], GROUPS)
        tau = k * ROD_SAMPLE
        ref = 2 / 3 * np.exp(-rate * tau)
        rows.append({"t": _stat(tau), "bd": _stat(est.mean), "se": _stat(est.error), "exact": float(ref),
                     "sigmas": _stat((est.mean - ref) / est.error)})
    k_star = int(round(ROD_RATE_TIME / ROD_SAMPLE))
    n = count - count % GROUPS
    group_means = order[k_star, :n].reshape(GROUPS, -1).mean(axis=1)
    rates = -np.log(group_means / (2 / 3)) / (k_star * ROD_SAMPLE)
    return {"rows": rows, "max_sigmas": max(abs(r["sigmas"]) for r in rows), "rate": _stat(rates.mean()),
            "rate_se": _stat(rates.std(ddof=1) / np.sqrt(GROUPS)), "rate_exact": rate, "rods": count, "dt": ROD_DT}


def rod_shear_study(De_: float, count: int = ROD_SHEAR_COUNT, seed: int = SEED + 3) -> dict:
    """Rods by BD in start-up of shear at Wi = 0.5 from isotropy, with Jeffery's drift and with the seed's
    m × κm, against the linear response of eq 6.2.  Variance reduction by common random numbers: the same
    initial rods and noise without flow, whose ⟨m_x m_y⟩ is exactly 0 in expectation, are subtracted."""
    kappa = np.array(shear(3, ROD_SHEAR_WI / De_), dtype=float)
    record = int(round(ROD_SHEAR_TIMES[0] / ROD_DT))
    steps = int(round(ROD_SHEAR_TIMES[-1] / ROD_DT))

    def run(K, drift):
        rng = np.random.default_rng(seed)
        m = bd.rod_bd(bd.uniform_on_sphere(count, rng), K, De_, ROD_DT * De_, steps, rng, drift=drift, record_every=record)
        return m[1:, :, 0] * m[1:, :, 1]

    reference = run(np.zeros((3, 3)), "jeffery")
    response = rod_shear_linear_response()
    rows, worst = [], 0.0
    for drift in ("jeffery", "seed"):
        q = run(kappa, drift) - reference
        exact = _numeric(response[drift].subs({Wi: ROD_SHEAR_WI, De: De_}), t)
        for k, tau in enumerate(ROD_SHEAR_TIMES):
            est = bd.grouped(q[k], GROUPS)
            ref = float(exact(tau * De_))
            sig = _stat((est.mean - ref) / est.error)
            rows.append({"drift": drift, "t": tau, "bd": _stat(est.mean), "se": _stat(est.error), "linear_response": ref,
                         "jeffery_linear_response": float(_numeric(response["jeffery"].subs({Wi: ROD_SHEAR_WI, De: De_}),
                                                                   t)(tau * De_)),
                         "sigmas": sig})
            if drift == "jeffery":
                worst = max(worst, abs(sig))
    seed_sigmas = min(abs(r["bd"] - r["jeffery_linear_response"]) / r["se"] for r in rows if r["drift"] == "seed")
    return {"rows": rows, "max_sigmas": worst, "seed_drift_min_sigmas": _stat(seed_sigmas), "Wi": ROD_SHEAR_WI,
            "rods": count}


# --------------------------------------------------------------------------- the derived model

_TEX = {De: sp.Symbol(r"\mathrm{De}"), Wi: sp.Symbol(r"\mathrm{Wi}")}


def _tex(expr) -> str:
    return sp.latex(sp.sympify(expr, strict=True).xreplace(_TEX))


def check_parameters(dimension: int, De_: float, b_: float, Wi_: float) -> None:
    """InputError naming the fix unless d ∈ {2, 3}, De > 0, b >= 2 and Wi > 0."""
    if dimension not in (2, 3):
        raise InputError(f"the dimension must be 2 or 3, got {dimension}")
    if not np.isfinite(De_) or De_ <= 0:
        raise InputError(f"the Deborah number De must be positive (it is the dumbbell relaxation time), got {De_}")
    if not np.isfinite(b_) or b_ < 2:
        raise InputError(f"the FENE extensibility b must be >= 2, got {b_}: for b < 2 the FENE dumbbell of eq 6.3 "
                         "reaches |z|^2 = b in finite time (its length near the wall is a Bessel process of "
                         "dimension 1 + b/2); typical values are 10-100")
    if not np.isfinite(Wi_) or Wi_ <= 0:
        raise InputError(f"the Weissenberg number Wi = shear rate x De must be positive, got {Wi_} (reverse the flow by "
                         "reflecting x instead)")


def variant_name(dimension: int, De_: float, b_: float, Wi_: float) -> str:
    """``d<dimension>-De<De>-b<b>-Wi<Wi>``, e.g. ``d3-De1-b50-Wi1`` (the derivation's slug rule)."""
    return f"d{dimension}-De{slug_value(De_)}-b{slug_value(b_)}-Wi{slug_value(Wi_)}"


def _model_section(d: int):
    from ..model import DisplayEquation, Section

    z = connector(d)
    kappa = velocity_gradient(d)
    remainders = [adjoint_remainder(dumbbell_drift(kappa, z, SPRINGS[k].subs(s, (z.T * z)[0])), z) for k in SPRINGS]
    psi = hookean_equilibrium_density(d)
    text = (
        r"Dumbbells with connector $z \in \mathbb{R}^" + str(d) + r"$ (eqs 6.1, 6.3), at one point of the flow. "
        r"We read $\nabla_x^T U\cdot z$ as $\kappa z$ with $\kappa_{ij} = \partial U_i/\partial x_j$ (with $(\nabla U)_{ij} "
        r"= \partial_i U_j$, $(\nabla^T U\cdot z)_i = z_j\partial_j U_i$): the affine stretching of a material line; simple shear "
        r"$U = (\dot\gamma y, 0, 0)$ is $\kappa = \dot\gamma\, e_x e_y^T$ and $\mathrm{Wi} = \dot\gamma\,\mathrm{De}$. The spring force "
        r"is $f = h(|z|^2)\,z$, the gradient of the spring potential: $h = 1$ (Hookean), $h = 1/(1 - |z|^2/b)$ (FENE). "
        r"By It\^o's formula the SDE (6.3) has generator $L$ below; SymPy verifies, for both springs and undefined $\varphi$, "
        r"$\psi$, that $\varphi\,\mathrm{FP}[\psi] - \psi\,L\varphi = \nabla_z\cdot J$ with $J$ the integration-by-parts flux "
        r"(remainder " + ", ".join(_tex(r) for r in remainders) + r"): the Fokker--Planck equation of (6.1) and the SDE (6.3) agree, "
        r"noise $\sqrt{1/\mathrm{De}}$ and diffusion $1/(2\mathrm{De})$. At rest with $f = z$ the zero-flux state is "
        r"$\psi \propto " + _tex(psi) + r"$ (verified), so $A = \langle zz\rangle = I$ and the Kramers stress "
        r"$\tau_p = \langle f\otimes z\rangle = I$; for any spring $f = \nabla\Phi$, $\psi_{eq}\propto e^{-\Phi}$ and "
        r"integration by parts gives $\langle f\otimes z\rangle = I$ again. The seed's $\tau_p$ has no $-I$: since "
        r"$\nabla_x\cdot I = 0$, the momentum equations of (6.1)-(6.4) are unchanged (an isotropic part is absorbed in $P$), "
        r"but the polymer extra stress a rheometer sees is $\tau_p - I$, used below. With $\eta_p = \mathrm{De}$ (Oldroyd-B, "
        r"below), the factor $(1-\nu)/(\mathrm{Re\,De})$ in front of $\nabla_x\cdot\tau_p$ makes the polymer viscosity "
        r"$(1-\nu)/\mathrm{Re}$ and the total $1/\mathrm{Re}$, as $\nu$ the viscosity ratio requires."
    )
    return Section("Dumbbells: the kinetic model (eqs 6.1, 6.3) and the Kramers stress", text, (
        DisplayEquation("6.3", r"dz = \Big(\kappa z - \frac{1}{2\mathrm{De}} f(z)\Big)dt + \sqrt{\frac{1}{\mathrm{De}}}\,dW, "
                               r"\qquad L\varphi = \Big(\kappa z - \frac{f}{2\mathrm{De}}\Big)\cdot\nabla_z\varphi + "
                               r"\frac{1}{2\mathrm{De}}\Delta_z\varphi"),
        DisplayEquation("6.1", r"\partial_t\psi = -\nabla_z\cdot\Big(\Big(\kappa z - \frac{f}{2\mathrm{De}}\Big)\psi\Big) "
                               r"+ \frac{1}{2\mathrm{De}}\Delta_z\psi = L^*\psi, \qquad J = -\varphi\Big(\kappa z - "
                               r"\frac{f}{2\mathrm{De}}\Big)\psi + \frac{1}{2\mathrm{De}}(\varphi\nabla\psi - \psi\nabla\varphi)"),
        DisplayEquation("kramers", r"\tau_p = \langle f(z)\otimes z\rangle \;(= I \text{ at rest}), \qquad "
                                   r"\text{polymer extra stress } \tau_p - I")))


def _moments_section(d: int):
    from ..model import DisplayEquation, Section

    hook, fene, fene_p = (moment_equation(*key, d) for key in (("hookean", "exact"), ("fene", "exact"), ("fene", "peterlin")))
    for eq in (hook, fene_p):
        if any(e != 0 for e in tensor_form_residual(eq)):
            raise DerivationError(f"the {eq.spring} moment equation is not in the expected tensor form")
    a = fene_p_equilibrium(d)
    text = (
        r"Multiplying (6.1) by $z_iz_j$ and integrating by parts (the identity above with $\varphi = z_iz_j$) gives "
        r"$dA_{ij}/dt = \langle L(z_iz_j)\rangle$; SymPy computes $L(z_iz_j)$ and replaces $z_kz_l$ by $A_{kl}$. "
        r"Hookean springs: the result is a function of $A$ (exact closure), the upper-convected Maxwell (Oldroyd-B) model, "
        r"$A$ relaxing at rate $1/\mathrm{De}$; the derived components equal the tensor form below, e.g. "
        r"$\dot A_{xy} = " + _tex(hook.rhs[0, 1]) + r"$. Equivalently $\tau_p - I = -\mathrm{De}\,\overset{\nabla}{A}$ "
        r"(Giesekus' form, exact for every central spring $f = h(|z|^2)z$). FENE: the average of the term $" + _tex(fene.unclosed) + r"$ of "
        r"$L(z_x^2)$ is not a function of $A$, so the FENE second moment is not closed. Peterlin's closure (FENE-P) replaces "
        r"$|z|^2$ by $\langle|z|^2\rangle = \mathrm{tr}\,A$ in the spring law; then the average closes to the tensor form below "
        r"with $h = 1/(1 - \mathrm{tr}A/b)$, the rest state is $A = " + _tex(a) + r"\,I$ ($\mathrm{tr}A < b$) and again "
        r"$\tau_p = hA = I$ at rest."
    )
    return Section("Second-moment equations from the Fokker-Planck operator", text, (
        DisplayEquation("moments", r"\frac{dA}{dt} = \kappa A + A\kappa^T - \frac{1}{2\mathrm{De}}\left(\langle f z^T\rangle "
                                   r"+ \langle z f^T\rangle\right) + \frac{1}{\mathrm{De}} I"),
        DisplayEquation("oldroyd_b", r"\frac{dA}{dt} = \kappa A + A\kappa^T - \frac{1}{\mathrm{De}}(A - I), \qquad \tau_p - I = A - I"),
        DisplayEquation("fene_p", r"\frac{dA}{dt} = \kappa A + A\kappa^T - \frac{A}{\mathrm{De}\,(1 - \mathrm{tr}A/b)} + "
                                  r"\frac{1}{\mathrm{De}} I, \qquad \tau_p - I = \frac{A}{1 - \mathrm{tr}A/b} - I")))


_QUANTITY_TEX = {"A_xy": "$A_{xy}$", "N_1": "$N_1$", "A_yy - 1": "$A_{yy} - 1$"}


def _oldroyd_section(d: int, Wi_: float, De_: float, startup: dict):
    from ..model import DisplayEquation, Figure, Panel, Section, Table

    S, E = shear_startup(d), oldroyd_b_extension(d)
    flow = "uniaxial" if d == 3 else "planar"
    text = (
        r"Start-up of simple shear from rest, $A(0) = I$: the moment equation is linear, $a' = Ma + c$ on the packed "
        r"components, and SymPy solves it by $a(t) = a_\infty + e^{Mt}(a(0) - a_\infty)$. Here $A_{xy} = \mathrm{Wi}(1 - e^{-t/\mathrm{De}})$: "
        r"no factor $\tfrac12$, because in this scaling the relaxation rate of $A$ is $1/\mathrm{De}$. Steady: $\eta_p = "
        + _tex(S.steady_viscosity) + r"$, $\Psi_1 = " + _tex(S.steady_psi1) + r"$, $\Psi_2 = 0$, no shear thinning. "
        r"In " + flow + r" extension $\kappa = \dot\varepsilon\,\mathrm{diag}(" + ("1, -1" if d == 2 else r"1, -\tfrac12, -\tfrac12")
        + r")$, $\mathrm{Wi} = \dot\varepsilon\,\mathrm{De}$, the growth rates of the components of $A$ are $"
        + ", ".join(_tex(r) for r in E.rates) + r"$: $A_{xx}$ grows without bound once $\mathrm{Wi} \ge " + _tex(E.critical)
        + r"$ (the Oldroyd-B extensional catastrophe); below it the steady extensional viscosity is $\eta_E = "
        + _tex(E.viscosity) + r"$ (Trouton ratio " + _tex(sp.limit(E.viscosity / De, Wi, 0)) + r" as $\mathrm{Wi}\to 0$). "
        rf"Check: Brownian dynamics of (6.3) (stochastic Heun, {startup['dumbbells']} dumbbells from the exact equilibrium, "
        rf"$\Delta t = {startup['dt']:g}\,\mathrm{{De}}$, seeded) against the closed form at $\mathrm{{Wi}} = {Wi_:g}$; errors "
        rf"are standard errors from {GROUPS} independent sub-ensembles; the largest deviation is {startup['max_sigmas']:.2f} "
        r"standard errors."
    )
    ts = np.linspace(0, STARTUP_TIMES[-1], 61)
    values = {k: _numeric(e.subs({De: De_, Wi: Wi_}), t)(ts * De_) for k, e in (("A_xy", S.A_xy), ("N_1", S.N1))}
    rows = startup["rows"]
    bd_pts = {k: ([r["t"] for r in rows if r["quantity"] == k], [r["bd"] for r in rows if r["quantity"] == k])
              for k in ("A_xy", "N_1")}
    return Section("Oldroyd-B: start-up of shear and extension (closed forms)", text, (
        DisplayEquation("startup_xy", r"A_{xy}(t) = " + _tex(S.A_xy)),
        DisplayEquation("startup_n1", r"N_1(t) = A_{xx} - A_{yy} = " + _tex(sp.factor(S.N1))),
        DisplayEquation("extension", r"A_{xx}^{\infty} = " + _tex(E.steady_A[0, 0]) + r",\qquad \eta_E = " + _tex(E.viscosity))),
        tables=(Table("startup_bd", rf"Brownian dynamics of Hookean dumbbells against the closed-form Oldroyd-B start-up, "
                                    rf"$\mathrm{{Wi}} = {Wi_:g}$, $\mathrm{{De}} = {De_:g}$.",
                      (r"$t/\mathrm{De}$", "quantity", "BD", "s.e.", "closed form", r"(BD $-$ exact)/s.e."),
                      tuple((r["t"], _QUANTITY_TEX[r["quantity"]], r["bd"], r["se"], r["exact"], r["sigmas"]) for r in rows),
                      digits=4),),
        figures=(Figure("startup", rf"Oldroyd-B start-up of shear at $\mathrm{{Wi}} = {Wi_:g}$: closed form (lines) and "
                                   r"Brownian dynamics of eq (6.3) (markers).",
                        panels=(Panel(r"$t/\mathrm{De}$", r"$A_{xy}$", (Series("closed form", ts, values["A_xy"]),
                                                                         Series("BD", *bd_pts["A_xy"], "markers"))),
                                Panel(r"$t/\mathrm{De}$", r"$N_1$", (Series("closed form", ts, values["N_1"]),
                                                                      Series("BD", *bd_pts["N_1"], "markers"))))),))


def _closure_finding(fene: list) -> str:
    """The measured FENE-P closure errors as a sentence (range over the Wi of the table, in percent)."""
    parts = []
    for key, tex in (("eta", r"$\eta_p$"), ("psi1", r"$\Psi_1$")):
        errors = [100 * r[f"{key}_closure_error"] for r in fene]
        parts.append(rf"{min(errors):+.1f}\,\% to {max(errors):+.1f}\,\% for {tex}")
    wis = ", ".join(f"{r['Wi']:g}" for r in fene)
    return rf"the relative closure error FENE-P/FENE $- 1$ is {parts[0]} and {parts[1]} at $\mathrm{{Wi}} = {wis}$"


def _fene_section(d: int, De_: float, b_: float, fene: list):
    from ..model import DisplayEquation, Figure, Section, Table

    F = fene_p_steady_shear(d)
    eta0, psi0 = F.zero_shear
    text = (
        r"FENE-P in steady shear: holding $h$ as an unknown the steady moment equations are linear in $A$; with "
        r"$x = 1/h = 1 - \mathrm{tr}A/b$ their solution is $A = " + _tex(F.A) + r"$ and $\mathrm{tr}A = b(1 - x)$ "
        r"gives the cubic below, increasing in $x$, so it has one root in $(0, 1)$. Then $\eta_p = " + _tex(F.viscosity)
        + r"$ and $\Psi_1 = " + _tex(F.psi1) + r"$: at rest $\eta_{p,0} = " + _tex(eta0) + r"$, $\Psi_{1,0} = " + _tex(psi0)
        + r"$, and for $\mathrm{Wi}\to\infty$, $\mathrm{Wi}^{2/3} x \to " + _tex(F.asymptote) + r"$, so "
        r"$\eta_p \sim " + _tex(De * F.asymptote) + r"\,\mathrm{Wi}^{-2/3}$ (shear thinning, power-law index $1/3$) and "
        r"$\Psi_1 \sim \mathrm{Wi}^{-4/3}$. FENE itself is not closed: Brownian dynamics of (6.3) with the FENE spring "
        rf"(\"Ottinger's semi-implicit predictor-corrector, which keeps $|z|^2 < b$; {FENE_DUMBBELLS} dumbbells from the exact "
        rf"equilibrium $\psi \propto (1 - |z|^2/b)^{{b/2}}$, $\Delta t = {FENE_DT:g}\,\mathrm{{De}}$, time averages over "
        rf"$[{FENE_AVERAGE_FROM:g}, {FENE_T:g}]\,\mathrm{{De}}$) measures the closure error of FENE-P at $b = {b_:g}$. "
        r"This is a finding, not a pass/fail check: " + _closure_finding(fene) + r" (the Peterlin average replaces the "
        r"spring factor of each dumbbell by that of the mean $|z|^2$, ignoring the spread of $|z|^2$)."
    )
    rows = tuple((r["Wi"], r["eta_fene"], r["eta_se"], r["eta_fene_p"], r["eta_closure_error"], r["eta_closure_error_se"],
                  r["psi1_fene"], r["psi1_se"], r["psi1_fene_p"], r["psi1_closure_error"], r["psi1_closure_error_se"])
                 for r in fene)
    wis = np.logspace(-1, 2, 61)
    eta_p = [float(F.viscosity.subs({x: fene_p_root(d, b_, w), De: De_})) / De_ for w in wis]
    return Section("FENE-P steady shear and the closure error of FENE", text, (
        DisplayEquation("cubic", _tex(F.cubic) + r" = 0, \qquad x = 1 - \mathrm{tr}A/b"),),
        tables=(Table("fene_closure", rf"Steady shear of FENE dumbbells (Brownian dynamics, s.e. from {GROUPS} sub-ensembles) "
                                      rf"against the FENE-P closure, $b = {b_:g}$, $\mathrm{{De}} = {De_:g}$; closure error = "
                                      r"FENE-P/FENE $- 1$.",
                      (r"Wi", r"$\eta_p$ FENE", "s.e.", r"$\eta_p$ FENE-P", "error", "s.e.",
                       r"$\Psi_1$ FENE", "s.e.", r"$\Psi_1$ FENE-P", "error", "s.e."), rows, digits=3),),
        figures=(Figure("fene_p_shear_thinning", rf"Steady shear viscosity $\eta_p/\mathrm{{De}}$ at $b = {b_:g}$: FENE-P "
                                                 r"(the cubic's root), its $\mathrm{Wi}^{-2/3}$ asymptote, Oldroyd-B, and FENE by "
                                                 r"Brownian dynamics (markers); $x$ axis $\log_{10}\mathrm{Wi}$.",
                        xlabel=r"$\log_{10}\mathrm{Wi}$", ylabel=r"$\eta_p/\mathrm{De}$", logy=True,
                        series=(Series("FENE-P", np.log10(wis), eta_p),
                                Series(r"FENE-P, $\mathrm{Wi}^{-2/3}$ asymptote", np.log10(wis[30:]),
                                        [float(F.asymptote.subs(b, b_)) * w ** (-2 / 3) for w in wis[30:]], "dotted"),
                                Series("Oldroyd-B", np.log10(wis[[0, -1]]), [1.0, 1.0], "dashed"),
                                Series("FENE (BD)", np.log10([r["Wi"] for r in fene]), [r["eta_fene"] / De_ for r in fene],
                                        "markers"))),))


def _rod_section(De_: float, rods: dict, shear_rods: dict):
    from ..model import DisplayEquation, Section, Table

    rate = rod_relaxation_rate()
    noise = rod_noise_generators()
    drifts = rod_drifts()
    agree = all(e == 0 for v in noise.values() for e in v)
    seed_off = any(e != 0 for e in drifts["seed"]) and all(e == 0 for e in drifts["corrected"])
    text = (
        r"Rods (eqs 6.2, 6.4) with orientation $m \in S^2$ ($m$ is a unit vector, not a ``rotation angle''), "
        r"$\mathcal{R} = m\times\nabla_m$. SymPy applies $\mathcal{R}\cdot\mathcal{R}$ to $m_im_j - \delta_{ij}/3$ and reduces "
        r"modulo $|m|^2 = 1$: $\mathcal{R}\cdot\mathcal{R}(mm - I/3) = -" + _tex(rate) + r"\,(mm - I/3)$ ($\ell = 2$, "
        r"$\ell(\ell+1) = 6$), so with $f = 0$ and no flow $\langle mm\rangle - I/3$ relaxes at rate $" + _tex(rate)
        + r"/\mathrm{De}$. The generator of the Stratonovich SDE $dm = (I - mm)\circ\sqrt{2/\mathrm{De}}\,dW$ (the squares of its "
        r"vector fields) equals $\frac{1}{\mathrm{De}}\mathcal{R}\cdot\mathcal{R}$ on the sphere "
        + ("(checked on every polynomial of degree $\\le 2$, which fixes a second-order operator; the same for "
           "$m\\times\\circ dW$)" if agree else "(NOT equal)")
        + r": the seed's SDE and Fokker--Planck equation agree on the diffusion constant. Its drift does not: the adjoint of "
        r"the transport terms of (6.2) is $\varphi \mapsto (m\times\kappa m - \tfrac{1}{\mathrm{De}}m\times f)\cdot\mathcal{R}\varphi"
        r" = (I - mm)(\kappa m - f/\mathrm{De})\cdot\nabla\varphi$, so the rods move with $(I - mm)(\kappa m - f/\mathrm{De})$ "
        r"(Jeffery's velocity for $f = 0$), while (6.4) writes $(I - mm)(m\times\kappa m - \tfrac1{\mathrm{De}} m\times f) = "
        r"m\times\kappa m - \tfrac1{\mathrm{De}}m\times f$, the angular velocity $\omega$ (with $\dot m = \omega\times m$), "
        r"perpendicular to the true velocity" + (" (SymPy: nonzero difference for general $\\kappa$, $f$; zero for the corrected form)"
                                                 if seed_off else "")
        + r". In a rigid rotation a rod in the plane of rotation would leave it. In the stress of (6.2)/(6.4) "
        r"$m\times m\times f$ must be read $m\times(m\times f) = -(I - mm)f$ (left to right it is zero). "
        rf"Check: Brownian dynamics on the sphere (projected step, then normalised: a Stratonovich scheme), {rods['rods']} "
        rf"rods aligned along $z$ at $t = 0$, $\Delta t = {rods['dt']:g}\,\mathrm{{De}}$: the largest deviation of "
        rf"$\langle m_z^2\rangle - 1/3$ from $\tfrac23 e^{{-6t/\mathrm{{De}}}}$ is {rods['max_sigmas']:.2f} standard errors, "
        rf"and the rate measured at $t = \mathrm{{De}}/6$ is ${rods['rate']:.4g} \pm {rods['rate_se']:.2g}$ (times $1/\mathrm{{De}}$). "
        r"The drift typo is visible in Brownian dynamics: in start-up of shear from isotropy, eq (6.2) gives to first order "
        r"in Wi $\langle m_xm_y\rangle = " + _tex(rod_shear_linear_response()["jeffery"]) + r"$ (the isotropic average of "
        r"Jeffery's drift, SymPy quadrature on the sphere, relaxed at $6/\mathrm{De}$), while the printed drift $m\times\kappa m$ "
        r"gives $" + _tex(rod_shear_linear_response()["seed"]) + r"$ (it is symmetric under $m_x\to -m_x$: no flow alignment). "
        rf"BD at $\mathrm{{Wi}} = {shear_rods['Wi']:g}$ ({shear_rods['rods']} rods, the no-flow run with the same noise "
        rf"subtracted as a control variate): Jeffery's drift is within {shear_rods['max_sigmas']:.2f} s.e. of the linear "
        rf"response; the seed's drift is at least {shear_rods['seed_drift_min_sigmas']:.1f} s.e. away from it."
    )
    return Section("Rods: rotational diffusion (eqs 6.2, 6.4)", text, (
        DisplayEquation("6.4c", r"dm = (I - mm)\circ\Big(\big(\kappa m - \tfrac{1}{\mathrm{De}} f(m)\big)dt + "
                                r"\sqrt{2/\mathrm{De}}\,dW\Big)\quad\text{(corrected drift)}"),
        DisplayEquation("rod_moment", r"\frac{d}{dt}\Big(\langle mm\rangle - \frac{I}{3}\Big) = -\frac{" + _tex(rate)
                                      + r"}{\mathrm{De}}\Big(\langle mm\rangle - \frac{I}{3}\Big)\quad(f = 0,\ \kappa = 0)")),
        tables=(Table("rod_relaxation", rf"Rods by Brownian dynamics against $\tfrac23 e^{{-6t/\mathrm{{De}}}}$, "
                                        rf"$\mathrm{{De}} = {De_:g}$.",
                      (r"$t/\mathrm{De}$", r"$\langle m_z^2\rangle - 1/3$ BD", "s.e.", "exact", r"(BD $-$ exact)/s.e."),
                      tuple((r["t"], r["bd"], r["se"], r["exact"], r["sigmas"]) for r in rods["rows"]), digits=4),
                Table("rod_shear", rf"Rods in start-up of shear at $\mathrm{{Wi}} = {shear_rods['Wi']:g}$ by Brownian dynamics "
                                   r"with Jeffery's drift (implied by eq 6.2) and with the drift printed in eq (6.4), against "
                                   r"the linear response of eq (6.2) for each.",
                      ("drift", r"$t/\mathrm{De}$", r"$\langle m_xm_y\rangle$ BD", "s.e.", "linear response",
                       r"(BD $-$ l.r.)/s.e."),
                      tuple((r["drift"], r["t"], r["bd"], r["se"], r["linear_response"], r["sigmas"])
                            for r in shear_rods["rows"]), digits=4)))


def _kernel_section(d: int):
    from ..model import Section

    names = ", ".join(f"A_{{{_name(i, j)}}}" for i, j in pairs(d))
    return Section("Kernels", r"Generated numpy and C kernels (inputs broadcast over leading axes): "
                   r"\texttt{oldroyd\_b\_rhs} of $A$, $\kappa$, $\mathrm{De}$ and \texttt{fene\_p\_rhs} of $A$, $\kappa$, $\mathrm{De}$, $b$ "
                   r"give $dA/dt$; \texttt{oldroyd\_b\_stress} of $A$ and \texttt{fene\_p\_stress} of $A$, $b$ the extra stress "
                   rf"$\tau_p - I$. $A$ is packed as $({names})$, $\kappa$ is the ${d}\times{d}$ matrix $\partial U_i/\partial x_j$ "
                   r"row-major. "
                   r"Their source is the moment equation derived above; each is checked against 50-digit evaluation, and "
                   r"the derivation's check integrates them (start-up of shear against the closed form, FENE-P to its steady "
                   r"state against the cubic's root, extension below and above $\mathrm{Wi} = 1/2$).")


def build(dimension: int, De: float, b: float, Wi: float, progress=None):  # noqa: N803 (the physics' names)
    """The ``polymers`` derived model (seed 001 §6, eqs 6.1-6.4) in ``dimension`` 2 or 3 at Deborah number
    ``De``, FENE extensibility ``b`` and start-up Weissenberg number ``Wi`` = γ̇De.

    ``results``: the closed forms' material functions, the BD start-up check, the FENE closure
    errors and the rod relaxation.  The defaults a user gets are the derivation's
    (``derivations/polymers.py``).
    """
    return _build(dimension, De, b, Wi, progress)


def _build(dimension, De_, b_, Wi_, progress):
    from ..model import DerivedModel, Symbol

    say = progress if callable(progress) else (lambda message: None)
    try:
        d, De_, b_, Wi_ = int(dimension), float(De_), float(b_), float(Wi_)
    except (TypeError, ValueError):
        raise InputError(f"polymers takes an integer dimension and numbers De, b, Wi; got {dimension!r}, {De_!r}, "
                         f"{b_!r}, {Wi_!r}") from None
    check_parameters(d, De_, b_, Wi_)
    say("moment equations and closed forms")
    S, F, E = shear_startup(d), fene_p_steady_shear(d), oldroyd_b_extension(d)
    say("Brownian dynamics: Hookean start-up")
    startup = startup_study(d, De_, Wi_)
    say("Brownian dynamics: FENE steady shear")
    fene = fene_study(d, De_, b_)
    say("Brownian dynamics: rods")
    rods, shear_rods = rod_study(De_), rod_shear_study(De_)
    x_root = fene_p_root(d, b_, Wi_)
    results = {
        "dimension": d, "De": De_, "b": b_, "Wi": Wi_,
        "oldroyd_b": {"steady_viscosity": float(S.steady_viscosity.subs(De, De_)),
                      "steady_psi1": float(S.steady_psi1.subs(De, De_)),
                      "A_xy_startup": sp.sstr(S.A_xy), "N1_startup": sp.sstr(S.N1),
                      "extension_critical_Wi": float(E.critical), "extension_viscosity": sp.sstr(E.viscosity)},
        "fene_p": {"cubic": sp.sstr(F.cubic), "x": x_root, "viscosity": float(F.viscosity.subs({x: x_root, De: De_})),
                   "psi1": float(F.psi1.subs({x: x_root, De: De_})), "equilibrium_A": sp.sstr(fene_p_equilibrium(d)),
                   "zero_shear_viscosity": float(F.zero_shear[0].subs({De: De_, b: b_}))},
        "startup_bd": startup, "fene_closure": fene, "rods": rods, "rod_shear": shear_rods,
    }
    sections = (_model_section(d), _moments_section(d), _oldroyd_section(d, Wi_, De_, startup),
                _fene_section(d, De_, b_, fene), _rod_section(De_, rods, shear_rods), _kernel_section(d))
    return DerivedModel(
        derivation="polymers", variant=variant_name(d, De_, b_, Wi_),
        parameters={"dimension": d, "De": De_, "b": b_, "Wi": Wi_},
        title="Dumbbell and rod kinetic models: moment closures, the Kramers stress and Brownian dynamics",
        source="W. E and J. Lu, seed 001 §6 (eqs 6.1-6.4)",
        symbols=(Symbol("z", "z", "dumbbell connector vector"),
                 Symbol("A", "A", r"second moment $\langle z z\rangle$ (conformation tensor)"),
                 Symbol("kappa", r"\kappa", r"velocity gradient $\kappa_{ij} = \partial U_i/\partial x_j$"),
                 Symbol("De", r"\mathrm{De}", "Deborah number: the relaxation time of $A$"),
                 Symbol("Wi", r"\mathrm{Wi}", r"Weissenberg number $\dot\gamma\,\mathrm{De}$ (or $\dot\varepsilon\,\mathrm{De}$)"),
                 Symbol("b", "b", "FENE extensibility: $|z|^2 < b$"),
                 Symbol("tau", r"\tau_p", r"Kramers stress $\langle f\otimes z\rangle$"),
                 Symbol("m", "m", "rod orientation, a unit vector")),
        sections=sections,
        kernels=kernels(d),
        results=results,
    )


# --------------------------------------------------------------------------- the derivation's check

def _integrate(rhs, a0, T, times):
    from scipy.integrate import solve_ivp

    sol = solve_ivp(lambda _, y: rhs(y), (0.0, T), a0, method="LSODA", t_eval=times, rtol=1e-11, atol=1e-13)
    if not sol.success:
        raise DerivationError(f"solve_ivp failed: {sol.message}")
    return sol.y.T


def check_kernels(parameters: dict, kernels: dict) -> list:
    """The derivation's checks: :func:`kernel_checks` on the generated ``kernels`` and :func:`bd_checks`."""
    return kernel_checks(parameters, kernels) + bd_checks(parameters)


def _unpack(parameters: dict) -> tuple:
    return (int(parameters["dimension"]), float(parameters["De"]), float(parameters["b"]), float(parameters["Wi"]))


def kernel_checks(parameters: dict, kernels: dict) -> list:
    """The generated ``kernels``' ODEs integrated by solve_ivp against the closed forms: Oldroyd-B start-up
    of shear (A and the stress kernel's η_p⁺, N₁), extension below and above Wi = 1/2, and FENE-P to the
    steady state of the cubic's root (seed 001 eqs 6.1, 6.3)."""
    from ..checks import CheckResult

    d, De_, b_, Wi_ = _unpack(parameters)
    out = []
    a0 = np.array(pack(sp.eye(d), d), dtype=float)
    S = shear_startup(d)
    times = np.linspace(0, 5 * De_, 26)
    K = np.array(shear(d, Wi_ / De_), dtype=float)
    traj = _integrate(lambda y: kernels["oldroyd_b_rhs"](y, K, De_), a0, times[-1], times)
    exact = np.array([[float(e) for e in pack(S.A.subs({De: De_, Wi: Wi_, t: tt}), d)] for tt in times])
    gap = np.abs(traj - exact).max() / np.abs(exact).max()
    tau = kernels["oldroyd_b_stress"](traj)
    xy, xx, yy = pairs(d).index((0, 1)), pairs(d).index((0, 0)), pairs(d).index((1, 1))
    n1 = _numeric(S.N1.subs({De: De_, Wi: Wi_}), t)(times)
    stress_gap = max(np.abs(tau[:, xy] - exact[:, xy]).max(), np.abs(tau[:, xx] - tau[:, yy] - n1).max()) / np.abs(n1).max()
    out.append(CheckResult("Oldroyd-B kernel ODE (solve_ivp) in start-up of shear equals the closed form A(t)",
                           max(gap, stress_gap) < 1e-8,
                           f"Wi = {Wi_:g}, t in [0, 5 De]: A gap {gap:.1e}, stress (tau_xy, N1) gap {stress_gap:.1e} (relative, tol 1e-8)"))
    E = oldroyd_b_extension(d)
    ext_gap = 0.0
    for w in (0.4, 0.6):                      # below and above the blow-up at Wi = 1/2
        Kw = np.array(extension(d, w / De_), dtype=float)
        traj = _integrate(lambda y: kernels["oldroyd_b_rhs"](y, Kw, De_), a0, times[-1], times)
        exact = np.array([[float(e) for e in pack(E.A.subs({De: De_, Wi: w, t: tt}), d)] for tt in times])
        ext_gap = max(ext_gap, np.abs(traj - exact).max() / np.abs(exact).max())
    steady = np.array([float(e) for e in pack(E.steady_A.subs({Wi: 0.4}), d)])
    late = np.array([float(e) for e in pack(E.A.subs({De: De_, Wi: 0.4, t: 200 * De_}), d)])   # e^{-40}: at rest
    ext_gap = max(ext_gap, np.abs(late - steady).max())
    out.append(CheckResult("Oldroyd-B kernel ODE in extension equals the closed form A(t) below and above Wi = 1/2",
                           ext_gap < 1e-8, f"Wi = 0.4 (tends to the steady state) and 0.6 (A_xx grows like "
                                           f"exp((2 Wi - 1) t/De)), t in [0, 5 De]: relative gap {ext_gap:.1e} (tol 1e-8)"))
    xr = fene_p_root(d, b_, Wi_)
    F = fene_p_steady_shear(d)
    ref = np.array([float(e) for e in pack(F.A.subs({x: xr, Wi: Wi_}), d)])
    end = _integrate(lambda y: kernels["fene_p_rhs"](y, K, De_, b_), np.array(pack(sp.eye(d), d), dtype=float)
                     * float(fene_p_equilibrium(d).subs(b, b_)), 80 * De_, [80 * De_])[0]
    tau = kernels["fene_p_stress"](end, b_)
    eta, psi1 = tau[xy] / (Wi_ / De_), (tau[xx] - tau[yy]) / (Wi_ / De_) ** 2
    fp_gap = max(np.abs(end - ref).max() / np.abs(ref).max(), abs(eta / (De_ * xr) - 1), abs(psi1 / (2 * De_ ** 2 * xr ** 2) - 1))
    out.append(CheckResult("FENE-P kernel ODE in shear reaches the steady state of the cubic's root; its stress gives "
                           "eta_p = De x, Psi_1 = 2 De^2 x^2", fp_gap < 1e-7,
                           f"Wi = {Wi_:g}, b = {b_:g}: x = {xr:.12g}, eta_p = {eta:.10g}, Psi_1 = {psi1:.10g}; "
                           f"worst relative gap {fp_gap:.1e} (tol 1e-7)"))
    return out


def bd_checks(parameters: dict) -> list:
    """Brownian dynamics of eqs 6.3-6.4 against the closed forms, with tolerance SIGMAS standard errors:
    Hookean start-up of shear, rod relaxation at 6/De, rods in shear against the linear response."""
    from ..checks import CheckResult

    d, De_, _, Wi_ = _unpack(parameters)
    out = []
    startup = startup_study(d, De_, Wi_)
    out.append(CheckResult("Brownian dynamics of Hookean dumbbells (eq 6.3) in start-up of shear matches the closed form",
                           startup["max_sigmas"] < SIGMAS,
                           f"{startup['dumbbells']} dumbbells, {len(startup['rows'])} comparisons: largest deviation "
                           f"{startup['max_sigmas']:.2f} standard errors (tol {SIGMAS:g})"))
    rods = rod_study(De_)
    rate_sigmas = abs(rods["rate"] - rods["rate_exact"]) / rods["rate_se"]
    out.append(CheckResult("Brownian dynamics of rods on the sphere (eq 6.4) relaxes <m m> - I/3 at 6/De",
                           max(rods["max_sigmas"], rate_sigmas) < SIGMAS,
                           f"largest deviation {rods['max_sigmas']:.2f} s.e.; rate {rods['rate']:.4g} +- {rods['rate_se']:.2g} "
                           f"vs {rods['rate_exact']:g} (tol {SIGMAS:g} s.e.)"))
    shear_rods = rod_shear_study(De_)
    out.append(CheckResult("Brownian dynamics of rods with Jeffery's drift in shear matches the linear response of eq 6.2",
                           shear_rods["max_sigmas"] < SIGMAS,
                           f"Wi = {shear_rods['Wi']:g}: largest deviation {shear_rods['max_sigmas']:.2f} s.e. (tol {SIGMAS:g}); "
                           f"the drift printed in eq 6.4 is {shear_rods['seed_drift_min_sigmas']:.1f} s.e. or more away"))
    return out
