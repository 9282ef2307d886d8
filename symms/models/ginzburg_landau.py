"""Ginzburg–Landau interacting diffusion (seed 001 §5, eqs 5.1–5.7): symbolic side and the pure builder.

H = ½ Σ_{|i-j|=1} |φ_i - φ_j|² + Σ_i V(φ_i) on a periodic 1D lattice (eq 5.1): the sum over ordered
pairs counts each bond twice, so H = Σ_i [(φ_i - φ_{i+1})² + V(φ_i)], with V(φ) = αφ² + λφ⁴.

Derived here (and checked by :mod:`symms.numerics.ginzburg_landau` and the tests):

- eq 5.2 has drift -(N²/2) L ∇H and noise covariance (N²/β) L (L the graph Laplacian), so exp(-βH)
  is invariant and the hydrodynamic limit is ∂_t U = ½ Δ h(U), h(U) = ⟨∂H/∂φ_i⟩ in the equilibrium
  state of mean U; integration by parts in exp(-βH + βhΣφ) shows that h is the chemical potential;
- with F of eq 5.4 (as printed, F = lim (1/N) log ∫ e^{-βH} δ(φ̄ - U) dφ, a concave function)
  the Legendre transform gives F'(U) = -βh(U), hence D(U) = ½ h'(U) = -F''(U)/(2β): the seed's
  eq 5.5, D = ½F'', has the wrong sign and misses 1/β; eqs 5.6–5.7 (A = ½⟨-β∂H/∂φ⟩ = ½F') give
  ∂_t U = Δ A = -(β/2) Δ h: anti-diffusion (the correct A is ½⟨∂H/∂φ⟩ = -F'/(2β));
- λ = 0 is exact: D = α;
- the λ-expansion of the pressure p(h) = lim (1/N) log ∫ exp(-βH + βhΣφ) dφ about the Gaussian
  of covariance C(j) = ρ^{|j|}/(2β√(α² + 4α)) (cumulants; Mehler's formula for the second, the
  three-point Gaussian expansion for the third, lattice sums in closed form), reverted to h(U) and
  differentiated, to O(λ³) in closed form (:func:`series`; the seed stops at the definition).

:func:`build` returns the ``ginzburg-landau`` :class:`~symms.model.DerivedModel`: the series, two
kernels (D and h), the seed's formulas against the corrected ones, the transfer-integral map of D(U)
with a λ-scan and grid convergence, a Langevin run of eq 5.2 at λ = 0, and eq 5.3 stepped with D(U).
"""
from __future__ import annotations

import itertools
from dataclasses import dataclass

import numpy as np
import sympy as sp

from ..errors import InputError
from ..model import Series as Curve
from ..naming import slug_value
from ..numbers import ROUNDING_FLOOR, above_noise, power_latex, rounding_bound, scientific_latex, significant
from ..numerics import ginzburg_landau as gl

ORDER = 3                                   # the series is derived to O(λ^ORDER)
KERNELS = ("diffusivity", "chemical_potential")

U = sp.Symbol("U", real=True)
alpha, beta = sp.symbols("alpha beta", positive=True)
lam = sp.Symbol("lam", nonnegative=True)    # λ of V; "lambda" is a Python keyword (kernel input name)
m, psi = sp.symbols("m psi", real=True)     # Gaussian mean h/(2α) and the centred fluctuation
SIGMA2 = sp.Symbol("sigma2", positive=True)
RHO = sp.Symbol("rho", positive=True)       # ρ = (2 + α - √(α² + 4α))/2, C(j) ∝ ρ^{|j|}
SUMS = sp.symbols("S1:5", positive=True)    # S_n = Σ_j C(j)^n, kept symbolic until the end

MAP_POINTS = 21          # U values of the D(U) map on [0, U_max]
SCAN_HALVINGS = 3        # λ = ε, ε/2, ε/4 for the O(λ³) residual
SCAN_STRENGTH = 0.01     # ε: the first-order correction 6ε(U² + σ²) is 6% of α
CONVERGENCE = ((1.6, 10.0), (1.2, 10.0), (0.8, 10.0), (0.5, 10.0), (0.5, 4.0), (0.5, 6.0), (0.5, 8.0))
REFERENCE_GRID = (0.3, 14.0)                # (spacing factor, half-width in σ) of the reference
GOOD = (1e-2, 1e-3)      # relative errors for "where the series is good"
SCAN_DIGITS = 6          # residuals (≥ 1e-7) and slopes of the λ-scan: D's round-off is ~1e-15
DIFFERENCE_DIGITS = 8    # quantities by finite differences of transfer-integral values (round-off ~1e-10)
STAT_DIGITS = 4          # Monte Carlo estimates of the Langevin run
DIFFERENCE_NOISE = 1e-9  # their gaps from the correlation sum at or below this are round-off, shown as 0
LANGEVIN = dict(sites=16, steps=2500, replicas=2000, batches=20, seed=20261203)


# --------------------------------------------------------------------------- the Gaussian reference

def correlation_sum(n: int) -> sp.Expr:
    """S_n = Σ_{j∈ℤ} C(j)^n = (2βs)^{-n} (1 + ρ^n)/(1 - ρ^n) for C(j) = ρ^{|j|}/(2βs), written in ρ
    (α = (1 - ρ)²/ρ, s = √(α² + 4α) = (1 - ρ²)/ρ, 0 < ρ < 1)."""
    A = RHO / (2 * beta * (1 - RHO ** 2))
    return A ** n * (1 + RHO ** n) / (1 - RHO ** n)


def triangle_sum(x, y, z) -> sp.Expr:
    """G(x, y, z) = Σ_{j,k∈ℤ} x^{|j|} y^{|k|} z^{|j-k|} (|x|, |y|, |z| < 1), summed by hand: for j ≥ 1 the
    sum over k splits into k ≤ 0, 0 < k < j and k ≥ j, and j ↦ -j is a symmetry."""
    return ((1 + y * z) / (1 - y * z)
            + 2 * ((x * z / (1 - x * z) + x * y / (1 - x * y)) / (1 - y * z) + x ** 2 * y * z / ((1 - x * z) * (1 - x * y))))


def gaussian_mean(expr: sp.Expr) -> sp.Expr:
    """⟨expr⟩ over ψ ~ N(0, σ²) for a polynomial in ψ (Wick: ⟨ψ^{2k}⟩ = (2k - 1)!! σ^{2k})."""
    poly = sp.Poly(sp.expand(expr), psi)
    return sp.expand(sum(c * sp.factorial2(k - 1) * SIGMA2 ** (k // 2) for (k,), c in poly.terms() if k % 2 == 0))


def _triangle(key) -> sp.Symbol:
    """The placeholder of T_abc = Σ_{j,k} C(j)^a C(k)^b C(j - k)^c (symmetric in a, b, c)."""
    return sp.Symbol("T_{}{}{}".format(*sorted(key)), positive=True)


def _third_cumulant(d) -> sp.Expr:
    """Σ_{j,k} κ(f(ψ_0), f(ψ_j), f(ψ_k)) from the Gaussian expansion
    E[f f f] = Σ_{a,b,c} c₁₂^a c₁₃^b c₂₃^c ⟨f^{(a+b)}⟩⟨f^{(a+c)}⟩⟨f^{(b+c)}⟩/(a! b! c!): the cumulant keeps
    the connected terms (two or three of a, b, c nonzero); d[n] = ⟨f^{(n)}⟩ (zero for n > 4)."""
    out = 0
    for key in itertools.product(range(5), repeat=3):
        a, b, c = key
        if sum(v > 0 for v in key) >= 2 and max(a + b, a + c, b + c) <= 4:
            out += _triangle(key) * d[a + b] * d[a + c] * d[b + c] / (sp.factorial(a) * sp.factorial(b) * sp.factorial(c))
    return out


def pressure() -> sp.Expr:
    """p(h) - p_0(α, β) to O(λ³) as a polynomial in m = h/(2α), σ², S_n and T_abc (eq 5.4's measure tilted by βhΣφ).

    φ = m + ψ turns -β[αφ² - hφ] into βαm² - βαψ², so p = p_0 + βαm² + (1/N) log⟨e^{-βλΣ(m+ψ_i)⁴}⟩;
    the cumulant expansion gives -βλ⟨f⟩ + (β²λ²/2) Σ_j Cov(f_0, f_j) - (β³λ³/6) Σ_{j,k} κ(f_0, f_j, f_k),
    f = (m + ψ)⁴; Mehler's formula Cov(f_0, f_j) = Σ_{n≥1} C(j)^n ⟨f^{(n)}⟩²/n! makes the second a sum over
    S_n, the three-point expansion of :func:`_third_cumulant` the third a sum over T_abc.
    """
    f = (m + psi) ** 4
    d = [gaussian_mean(sp.diff(f, psi, n)) for n in range(5)]
    second = sum(SUMS[n - 1] * d[n] ** 2 / sp.factorial(n) for n in range(1, 5))
    return sp.expand(beta * alpha * m ** 2 - beta * lam * d[0] + beta ** 2 * lam ** 2 * second / 2
                     - beta ** 3 * lam ** 3 * _third_cumulant(d) / 6)


def revert(mean_of_m: sp.Expr, order: int = ORDER) -> sp.Expr:
    """m(U) = U + Σ_k λ^k c_k(U) solving U = mean_of_m(m) order by order in λ (series reversion)."""
    c = sp.symbols(f"c1:{order + 1}")
    trial = U + sum(lam ** (k + 1) * c[k] for k in range(order))
    residual = sp.expand(mean_of_m.subs(m, trial) - U)
    solved = {}
    for k in range(order):
        solved[c[k]] = sp.expand(sp.solve(residual.coeff(lam, k + 1).subs(solved), c[k])[0])
    return sp.expand(trial.subs(solved))


def closed_forms(expr: sp.Expr) -> dict:
    """The placeholders ``expr`` uses, and α and β, as elements of the field ℚ(ρ, β) (exact, fast):
    α = (1 - ρ)²/ρ, σ² = C(0) = ρ/(2β(1 - ρ²)), S_n of :func:`correlation_sum`,
    T_abc = (σ²)^{a+b+c} G(ρ^a, ρ^b, ρ^c) with G of :func:`triangle_sum`."""
    from sympy.polys.fields import field

    K, r, b = field("rho, beta", sp.QQ)
    A = r / (2 * b * (1 - r ** 2))
    values = {alpha: (1 - r) ** 2 / r, beta: b, SIGMA2: A}
    values.update({S: A ** n * (1 + r ** n) / (1 - r ** n) for n, S in enumerate(SUMS, 1)})
    for sym in expr.free_symbols:
        if sym.name.startswith("T_"):
            key = [int(ch) for ch in sym.name[2:]]
            values[sym] = A ** sum(key) * triangle_sum(*(r ** e for e in key))
    return values


def in_closed_form(coefficient: sp.Expr, values: dict) -> sp.Expr:
    """A polynomial in the placeholders, α^{±1} and β evaluated in ℚ(ρ, β), returned in ρ and β."""
    if coefficient.is_Number:
        return coefficient
    poly = sp.Poly(coefficient)                  # generators: the placeholders, β, α or 1/α
    gens = [values[g] if g in values else values[g.base] ** int(g.exp) for g in poly.gens]
    total = 0
    for monomial, c in poly.terms():
        term = c
        for value, e in zip(gens, monomial):
            term = term * value ** e
        total = total + term
    return sp.factor(total.as_expr().xreplace({sp.Symbol("rho"): RHO, sp.Symbol("beta"): beta}))


def _symmetric_in_t(R: sp.Expr, t: sp.Symbol) -> sp.Expr:
    """A rational function of ρ invariant under ρ ↦ 1/ρ as a rational function of t = ρ + 1/ρ: reduce
    numerator and denominator modulo ρ² - tρ + 1 (linear in ρ) and take the ratio of the parts."""
    num, den = sp.fraction(sp.cancel(R))
    rel = sp.Poly(RHO ** 2 - t * RHO + 1, RHO)
    n = sp.Poly(num, RHO).rem(rel)
    q = sp.Poly(den, RHO).rem(rel)
    n0, n1 = n.coeff_monomial(1), n.coeff_monomial(RHO)
    q0, q1 = q.coeff_monomial(1), q.coeff_monomial(RHO)
    if sp.expand(n0 * q1 - n1 * q0) != 0:
        raise ValueError("not symmetric under rho -> 1/rho")
    return sp.cancel(n1 / q1) if q1 != 0 else sp.cancel(n0 / q0)


def to_alpha(R: sp.Expr) -> sp.Expr:
    """R(ρ) as E(α) + O(α)·s, s = √(α² + 4α): E, O from the parts of R even and odd under ρ ↦ 1/ρ
    (1/ρ is ρ's conjugate, s ↦ -s; ρ + 1/ρ = 2 + α, 1/ρ - ρ = s)."""
    t = sp.Symbol("t", positive=True)
    flipped = R.xreplace({RHO: 1 / RHO})
    even = _symmetric_in_t((R + flipped) / 2, t).subs(t, 2 + alpha)
    odd = _symmetric_in_t((R - flipped) / (2 * (1 / RHO - RHO)), t).subs(t, 2 + alpha)
    return sp.factor(even) + sp.factor(odd) * sp.sqrt(alpha ** 2 + 4 * alpha)


@dataclass(frozen=True)
class Series:
    """The exact O(λ³) results (eqs 5.3–5.5 corrected): h(U), D(U) = ½h'(U) and the free energy F(U) of
    eq 5.4 up to its U-independent part, polynomials in λ and U with coefficients in α, β."""

    h: sp.Expr
    D: sp.Expr
    F: sp.Expr

    def coefficient(self, expr: sp.Expr, k: int) -> sp.Expr:
        return sp.expand(expr).coeff(lam, k)

    def truncated(self, expr: sp.Expr, order: int) -> sp.Expr:
        return sum(self.coefficient(expr, k) * lam ** k for k in range(order + 1))


def _from_coefficients(coefficients: dict) -> sp.Expr:
    """Σ c_kj λ^k U^j from {(k, j): c_kj}."""
    return sum((c * lam ** k * U ** j for (k, j), c in sorted(coefficients.items())), sp.Integer(0))


def series() -> Series:
    """Derive h(U), D(U) and F(U) to O(λ³): U = p'(h)/β = p_m/(2αβ), reverted to m(U), h = 2αm; each
    coefficient c_kj of λ^k U^j in h is put in closed form in ρ, then in α; D = ½∂_U h, F = -β∫_0^U h."""
    p = pressure()
    h = sp.expand(2 * alpha * revert(sp.expand(sp.diff(p, m) / (2 * alpha * beta))))
    values = closed_forms(h)
    c = {}
    for (k, j), coefficient in sp.Poly(h, lam, U).terms():
        value = in_closed_form(coefficient, values)
        if value != 0:
            c[(k, j)] = to_alpha(value)
    D = _from_coefficients({(k, j - 1): v * j / 2 for (k, j), v in c.items()})
    F = _from_coefficients({(k, j + 1): -beta * v / (j + 1) for (k, j), v in c.items()})
    return Series(_from_coefficients(c), D, F)


# --------------------------------------------------------------------------- kernels

_PLAIN = {x: sp.Symbol(x.name) for x in (U, alpha, beta, lam)}
_SAMPLE = {"U": (-2.0, 2.0), "alpha": (0.1, 5.0), "lam": (0.0, 1.0), "beta": (0.2, 5.0)}
_DOCS = {
    "diffusivity": ("D", f"D(U) = (1/2) dh/dU = -F''(U)/(2 beta) to O(lam^{ORDER}): the diffusion coefficient of eq 5.3 "
                         "(corrected eq 5.5) for V = alpha phi^2 + lam phi^4."),
    "chemical_potential": ("h", f"h(U) = <dH/dphi_i> at mean U to O(lam^{ORDER}): the chemical potential, "
                                "d_t U = (1/2) Laplacian h(U) (the hydrodynamic limit of eq 5.2)."),
}


def kernels(ser: Series) -> tuple:
    """The ``ginzburg-landau`` expression kernels D(U, alpha, lam, beta) and h(U, alpha, lam, beta), shape () each."""
    from ..model import Array, ExpressionKernel, Guard

    guards = (Guard(alpha, "alpha must be > 0 (the Gaussian reference of the series)"),
              Guard(beta, "beta must be > 0 (the inverse temperature)"))
    args = (U, alpha, lam, beta)
    out = []
    for name, expr in (("diffusivity", ser.D), ("chemical_potential", ser.h)):
        label, doc = _DOCS[name]
        out.append(ExpressionKernel(
            name, doc + " Inputs broadcast over leading axes.", tuple(Array(str(a), (), (a,)) for a in args),
            (Array(label, (), (expr,)),), guards=guards, sample=tuple((str(a), *_SAMPLE[str(a)]) for a in args)))
    return tuple(out)


def series_functions(ser: Series, order: int = ORDER):
    """(D, h) of the series truncated at λ^order, lambdified for numpy, arguments (U, alpha, lam, beta)."""
    args = (U, alpha, lam, beta)
    return tuple(sp.lambdify(args, ser.truncated(e, order), "numpy") for e in (ser.D, ser.h))


# --------------------------------------------------------------------------- numerical studies

def check_parameters(alpha_value, lam_value, beta_value, U_max=1.0) -> None:
    """InputError naming the fix for alpha <= 0, lambda < 0, beta <= 0 or U_max <= 0."""
    gl.check_parameters(alpha_value, lam_value, beta_value)
    if not (np.isfinite(U_max) and U_max > 0):
        raise InputError(f"U-max must be > 0 (the map covers 0 <= U <= U_max; D is even in U), got {U_max!r}")


ORDERS = tuple(range(1, ORDER + 1))
STYLES = {1: "dotted", 2: "dashed", 3: "line"}


def diffusion_map(ser: Series, a, l, b, U_max) -> list[dict]:
    """D(U) on [0, U_max] by the transfer integral against the series truncated at each order
    (keys ``D_k``, relative errors ``error_k``)."""
    fns = {k: series_functions(ser, k)[0] for k in ORDERS}
    rows = []
    for Uv in np.round(np.linspace(0.0, U_max, MAP_POINTS), 12):
        state = gl.state_at_mean(Uv, a, l, b)
        row = {"U": float(Uv), "h": state.h, "D": state.D}
        for k, fn in fns.items():
            row[f"D_{k}"] = float(fn(Uv, a, l, b))
            row[f"error_{k}"] = abs(row[f"D_{k}"] - state.D) / state.D
        rows.append(row)
    return rows


def good_below(rows: list[dict], order: int, tol: float) -> float | None:
    """The largest map U below which the order-``order`` series' relative error stays under ``tol``
    (None: not even at U = 0)."""
    last = None
    for r in rows:
        if r[f"error_{order}"] >= tol:
            break
        last = r["U"]
    return last


def crossover(rows: list[dict]) -> float | None:
    """The first map U where the highest-order series is worse than the first order (None: nowhere)."""
    return next((r["U"] for r in rows if r[f"error_{ORDER}"] > r["error_1"]), None)


def scan_strength(a, b, Uv) -> float:
    """ε = SCAN_STRENGTH α/(U² + σ²): λ at which the first-order correction is 6% of α."""
    return SCAN_STRENGTH * a / (Uv * Uv + float(gl.gaussian_variance(a, b)))


def _slope(rows, key, index):
    prev, row = rows[index - 1], rows[index]
    return float(np.log(abs(prev[key] / row[key])) / np.log(prev["lambda"] / row["lambda"]))


def lambda_scan(ser: Series, a, b, Uv) -> list[dict]:
    """D by the transfer integral at λ = 0, ε, ε/2, ε/4 against the series truncated at λ^{ORDER-1} and
    λ^ORDER: residuals and their local log-log slopes (ORDER and ORDER + 1 if the series is right);
    λ = 0 is the exact D = α."""
    low, high = (series_functions(ser, k)[0] for k in (ORDER - 1, ORDER))
    eps = scan_strength(a, b, Uv)
    rows = []
    for l in [0.0] + [eps / 2 ** k for k in range(SCAN_HALVINGS)]:
        D = gl.state_at_mean(Uv, a, l, b).D
        rows.append({"lambda": l, "D": D, "residual_low": D - float(low(Uv, a, l, b)),
                     "residual_high": D - float(high(Uv, a, l, b))})
    for i in range(2, len(rows)):
        rows[i]["slope_low"], rows[i]["slope_high"] = (significant(_slope(rows, key, i), SCAN_DIGITS)
                                                       for key in ("residual_low", "residual_high"))
    for row in rows:  # D has round-off ~1e-15, so the residuals' digits beyond SCAN_DIGITS are the machine's
        for key in ("residual_low", "residual_high"):
            row[key] = above_noise(row[key], ROUNDING_FLOOR, SCAN_DIGITS)
    return rows


def coefficient_value(ser: Series, k: int, Uv, a, b) -> float:
    """The derived λ^k coefficient of D at (U, α, β)."""
    return float(ser.coefficient(ser.D, k).subs({U: Uv, alpha: a, beta: b}))


def next_order_estimate(rows: list[dict], key: str, power: int) -> float:
    """The λ^power coefficient of D from the scan: ``key`` residual / λ^power at ε/2 and ε/4,
    extrapolated linearly to λ = 0."""
    (l1, r1), (l2, r2) = ((r["lambda"], r[key]) for r in rows[-2:])
    q1, q2 = r1 / l1 ** power, r2 / l2 ** power
    return q2 + (q2 - q1) * l2 / (l1 - l2)


def grid_convergence(a, l, b, Uv) -> tuple[list[dict], gl.TransferState]:
    """D at mean U on coarser and narrower grids against REFERENCE_GRID (spectral in the spacing,
    Gaussian in the width)."""
    ref = gl.state_at_mean(Uv, a, l, b, gl.grid_for(Uv, a, l, b, *REFERENCE_GRID))
    rows = []
    for spacing, width in CONVERGENCE:
        grid = gl.grid_for(Uv, a, l, b, spacing, width)
        state = gl.state_at_mean(Uv, a, l, b, grid)
        rows.append({"spacing": spacing, "width": width, "points": grid.points, "D": state.D,
                     "error": above_noise(abs(state.D - ref.D)), "edge": above_noise(state.edge)})
    return rows, ref


def seed_formulas(a, l, b, Uv) -> dict:
    """D at mean U by the seed's eqs 5.5 and 5.6–5.7 and by the corrected ones, each from
    differences of transfer-integral quantities, against the correlation sum 1/(2βχ)."""
    Fpp = gl.free_energy_curvature(Uv, a, l, b)
    step = 1e-3
    h_up, h_down = (gl.state_at_mean(Uv + s, a, l, b).h for s in (step, -step))
    dh = (h_up - h_down) / (2 * step)
    by_differences = {"F_second_derivative": Fpp, "corrected_5_5": -Fpp / (2 * b), "seed_5_5": Fpp / 2,
                      "corrected_5_7": dh / 2, "seed_5_7": -b * dh / 2}
    reference = gl.state_at_mean(Uv, a, l, b).D
    gaps = {key: above_noise(by_differences[key] - reference, DIFFERENCE_NOISE) for key, _ in _SEED_ROWS[1:]}
    return {"U": Uv, "correlation_sum": reference, "gaps": {"correlation_sum": 0.0, **gaps},
            **{key: significant(v, DIFFERENCE_DIGITS) for key, v in by_differences.items()}}


_SEED_ROWS = (
    ("correlation_sum", r"reference: $1/(2\beta\chi)$, $\chi = \sum_j \mathrm{Cov}(\varphi_0, \varphi_j)$"),
    ("corrected_5_5", r"corrected (5.5): $-F''(U)/(2\beta)$"),
    ("seed_5_5", r"seed (5.5): $\tfrac12 F''(U)$"),
    ("corrected_5_7", r"corrected (5.6)--(5.7): $A = \tfrac12\langle\partial H/\partial\varphi_i\rangle = h/2$, $D = A'(U)$"),
    ("seed_5_7", r"seed (5.6)--(5.7): $A = \tfrac12\langle-\beta\,\partial H/\partial\varphi_i\rangle = \tfrac12 F'$, $D = A'(U)$"),
)


def langevin_study(a, b) -> dict:
    """Eq 5.2 at λ = 0 by Euler–Maruyama (LANGEVIN sizes): the lowest mode's rate against the exact
    lattice rate ω(ω + α), the diffusivity D = γ/ω - ω it implies, and the seed's prediction βα (|eq 5.5|)."""
    dt = min(0.07, 1.0 / (4 * (4 + a)))        # the fastest mode's rate is ω(ω + α) at ω = 4
    run = gl.mode_decay(a, 0.0, b, dt=dt, **LANGEVIN)
    exact = gl.lattice_rate(a, LANGEVIN["sites"])
    D_sim, D_error = run.rate / run.omega - run.omega, run.rate_error / run.omega
    out = {"dt": dt, "samples": run.samples, "rate": run.rate, "rate_error": run.rate_error, "exact_rate": exact,
           "rate_z": (run.rate - exact) / run.rate_error, "D": D_sim, "D_error": D_error, "D_model": a,
           "seed_D": b * a, "seed_z": (D_sim - b * a) / D_error}
    # Monte Carlo estimates: their last digits follow the BLAS's summation order, so keep STAT_DIGITS
    return {k: v if isinstance(v, int) or k in ("dt", "exact_rate", "D_model", "seed_D") else significant(v, STAT_DIGITS)
            for k, v in out.items()}


MACRO_CELLS = 64


def macroscale_study(ser: Series, a, l, b, U_max, rows: list[dict]) -> dict:
    """Eq 5.3 on the periodic unit interval from U0 = (U_max/2)(1 + cos 2πx) up to T = 1/(8π² D(U_max/2))
    (half the linear decay time) with: D = α (λ = 0), the derived D(U) at each order, and the
    transfer-integral D(U) of the map ``rows`` (linear interpolation in |U|, D even), the reference.
    A truncated series with D <= 0 somewhere on [0, U_max] is not run (``ill_posed_from``: the first such U)."""
    x = (np.arange(MACRO_CELLS) + 0.5) / MACRO_CELLS
    U0 = U_max / 2 * (1 + np.cos(2 * np.pi * x))
    fns = {k: series_functions(ser, k)[0] for k in ORDERS}
    T = 1.0 / (8 * np.pi ** 2 * float(fns[ORDER](U_max / 2, a, l, b)))
    Us, Ds = np.array([r["U"] for r in rows]), np.array([r["D"] for r in rows])
    laws = {"alpha": lambda u: np.full_like(u, a), "transfer": lambda u: np.interp(np.abs(u), Us, Ds)}
    laws.update({f"order_{k}": (lambda u, f=f: f(u, a, l, b) * np.ones_like(u)) for k, f in fns.items()})
    probe = np.linspace(0.0, U_max, 201)
    ill_posed = {name: float(probe[np.argmax(law(probe) <= 0)]) for name, law in laws.items() if np.any(law(probe) <= 0)}
    runs = {name: gl.macroscale_run(law, U0, T) for name, law in laws.items() if name not in ill_posed}
    ref = runs["transfer"][0]
    return {"x": x, "U0": U0, "T": T, "U": {k: r[0] for k, r in runs.items()},
            "steps": {k: r[1] for k, r in runs.items()}, "ill_posed_from": ill_posed,
            "difference": {k: float(np.abs(r[0] - ref).max()) for k, r in runs.items() if k != "transfer"},
            "mass_drift": max(abs(r[0].mean() - U0.mean()) for r in runs.values())}


def _macroscale_section(a, l, macro):
    from ..model import Figure, Section

    curves = [Curve("initial", macro["x"], macro["U0"], "dotted"),
              Curve(r"$D = \alpha$ ($\lambda = 0$)", macro["x"], macro["U"]["alpha"], "dashed"),
              Curve(r"transfer-integral $D(U)$", macro["x"], macro["U"]["transfer"], "thick")]
    run = [k for k in ORDERS if f"order_{k}" in macro["U"]]
    curves += [Curve(rf"$D$ to {_order_tex(k)}", macro["x"], macro["U"][f"order_{k}"], STYLES[k]) for k in run]
    gaps = ", ".join([f"{significant(macro['difference'][f'order_{k}'], 2):.1e} (order {k})" for k in run]
                     + [rf"not run for order {k} ($D \le 0$ from $U = {macro['ill_posed_from'][f'order_{k}']:g}$)"
                        for k in ORDERS if k not in run])
    return Section(
        "The macroscale equation (5.3) with the derived D(U)",
        rf"Eq (5.3) on the periodic unit interval, {MACRO_CELLS} finite volumes (face diffusivity the mean of its "
        r"neighbours', explicit Euler at $0.4\,h^2/\max D$), from $U_0 = \tfrac12 U_{\max}(1 + \cos 2\pi x)$ to "
        rf"$T = {macro['T']:.4g}$, with $D(U)$ truncated at each order, with $D = \alpha$, and with the transfer-integral "
        rf"$D(U)$ of the map (interpolated). Largest difference from the transfer-integral run: {gaps}, "
        rf"{significant(macro['difference']['alpha'], 2):.2g} ($D = \alpha$). The mass $\int U\,dx$ is conserved to rounding "
        rf"(the mean of $U$ drifts by less than {power_latex(rounding_bound(macro['mass_drift']))}). With the seed's sign of (5.5) the equation is "
        r"backward parabolic and the solver refuses it.",
        figures=(Figure("macroscale", rf"$U(x, T)$ of eq (5.3) at $\alpha = {a:g}$, $\lambda = {l:g}$: the density-"
                                      r"dependent $D(U)$ smooths the high-density region faster than $D = \alpha$.",
                        xlabel="$x$", ylabel="$U$", series=tuple(curves)),))


# --------------------------------------------------------------------------- the derived model

def _equation(label, lhs, expr):
    """lhs = Σ_{k,j} c_kj λ^k U^j, one factored coefficient per monomial, in increasing powers of λ."""
    from ..model import Equation

    poly = sp.Poly(expr, lam, U)
    terms = sorted(poly.terms(), key=lambda t: (t[0][0], -t[0][1]))
    return Equation(label, lhs, tuple((sp.factor(c).xreplace(_PLAIN), sp.Symbol("lam") ** k * sp.Symbol("U") ** j)
                                      for (k, j), c in terms))


def _model_section(a, l, b):
    from ..model import DisplayEquation, Section

    return Section(
        "The lattice model (eqs 5.1-5.2) and its hydrodynamic limit",
        rf"Periodic lattice of $N$ sites, $V(\varphi) = \alpha\varphi^2 + \lambda\varphi^4$ with $\alpha = {a:g}$, "
        rf"$\lambda = {l:g}$, $\beta = {b:g}$. The sum of (5.1) runs over ordered pairs $i, j$ with $|i - j| = 1$, so "
        r"it counts each bond twice and cancels the $\tfrac12$. In (5.2) the drift is $-\tfrac{N^2}{2} L\nabla H$ and "
        r"the bond noises $W(i, j) = -W(j, i)$ give the covariance $\tfrac{N^2}{\beta} L$, $L$ the graph Laplacian: the "
        r"fluctuation--dissipation relation holds, $\sum_i\varphi_i$ is conserved, and $e^{-\beta H}$ restricted to "
        r"$\bar\varphi = U$ is invariant. In $x = i/N$ the drift is $\tfrac12\Delta$ of $\partial H/\partial\varphi_i$; "
        r"local equilibrium replaces it by its mean $h(U)$ in the state of mean $U$, and integrating by parts in the "
        r"grand-canonical measure $e^{-\beta H + \beta h\sum\varphi}$ gives $\langle\partial H/\partial\varphi_i\rangle = h$: "
        r"the mean force is the chemical potential.",
        (DisplayEquation("5.1", r"H_N = \sum_{i} \left[(\varphi_i - \varphi_{i+1})^2 + \alpha\varphi_i^2 + \lambda\varphi_i^4\right]"),
         DisplayEquation("5.2", r"d\varphi_i = -\frac{N^2}{2}\left(L\,\nabla H_N\right)_i dt + \sqrt{\frac{N^2}{\beta}}"
                                r"\left(dW(i{-}1, i) - dW(i, i{+}1)\right)"),
         DisplayEquation("5.3c", r"\partial_t U = \tfrac12\,\Delta h(U) = \nabla\cdot\left(D(U)\nabla U\right),\quad "
                                 r"D(U) = \tfrac12\,h'(U) = \frac{1}{2\beta\chi(U)}")))


def _correction_section(formulas):
    from ..model import DisplayEquation, Section, Table

    return Section(
        "Free energy and the diffusion coefficient (corrections to eqs 5.5-5.7)",
        r"With $F$ as (5.4) defines it, $F(U) = \lim \frac1N\log\int e^{-\beta H}\delta(\bar\varphi - U)\,d\varphi$ (no minus "
        r"sign, so $F$ is concave), the grand-canonical pressure is its Legendre transform "
        r"$p(h) = \sup_U\,[F(U) + \beta h U]$, hence $F'(U) = -\beta h(U)$ and $D = \tfrac12 h' = -F''/(2\beta) > 0$. "
        r"The seed's (5.5), $D = \tfrac12 F''$, is negative (wrong sign) and misses $1/\beta$. In (5.6) the mean of "
        r"$-\beta\,\partial H/\partial\varphi_i$ is $-\beta h = F'$, so (5.6) and (5.7) agree with each other, "
        r"$A = \tfrac12 F'$, and $\partial_t U = \Delta A$ has $D = \tfrac12 F'' < 0$: anti-diffusion, ill-posed. The "
        r"correct flux potential is $A = \tfrac12\langle\partial H/\partial\varphi_i\rangle = -F'/(2\beta)$. Also in (5.7) "
        r"the integral is over $d\varphi$, not $dU$, and (5.6) uses $\lambda$ for a Lagrange multiplier, not the "
        r"$\lambda$ of $V$. The table evaluates each formula by differences of transfer-integral quantities "
        rf"($F''$: fourth-order difference of $F(U) = p(h) - \beta h U$, step $10^{{-2}}$; $h'$: central, step $10^{{-3}}$) "
        rf"at $U = {formulas['U']:g}$.",
        (DisplayEquation("5.5c", r"D(U) = -\frac{1}{2\beta}\,\partial_U^2 F(U)\quad\text{(seed: } \tfrac12\partial_U^2 F\text{)}"),
         DisplayEquation("5.7c", r"\partial_t U = \Delta A(U),\quad A(U) = \tfrac12\langle\partial H_N/\partial\varphi_i\rangle "
                                 r"= -\frac{1}{2\beta}\,\partial_U F(U)\quad\text{(seed: } \tfrac12\partial_U F\text{)}")),
        tables=(Table("seed_formulas", rf"$D(U)$ at $U = {formulas['U']:g}$ by the seed's and the corrected formulas "
                                       rf"($F'' = {formulas['F_second_derivative']:.8g}$); gaps at or below $10^{{-9}}$, the "
                                       r"differences' round-off, are shown as 0.",
                      ("formula", "$D$", r"$D - 1/(2\beta\chi)$"),
                      tuple((text, formulas[key], formulas["gaps"][key]) for key, text in _SEED_ROWS),
                      digits=8),))


def _series_section(ser):
    from ..model import DisplayEquation, Section

    return Section(
        "Perturbation series in lambda (beyond the seed)",
        r"About the Gaussian $\lambda = 0$ measure: $\varphi = m + \psi$, $m = h/(2\alpha)$, $\psi$ centred with "
        r"covariance $C(j) = \frac{1}{2\pi}\int \frac{e^{ikj}\,dk}{2\beta(2 - 2\cos k + \alpha)} = \frac{\rho^{|j|}}{2\beta s}$, "
        r"$s = \sqrt{\alpha^2 + 4\alpha}$, $\rho = \tfrac12(2 + \alpha - s)$, so $\sigma^2 = C(0)$ and the lattice sums "
        r"$S_n = \sum_j C(j)^n = (2\beta s)^{-n}\frac{1 + \rho^n}{1 - \rho^n}$ and the triangle sums "
        r"$T_{abc} = \sum_{j,k} C(j)^a C(k)^b C(j - k)^c = (2\beta s)^{-a-b-c} G(\rho^a, \rho^b, \rho^c)$ are closed "
        r"forms. The cumulant expansion of the pressure, with Mehler's formula for the covariance of "
        r"$f = (m + \psi)^4$ at two sites and the three-point Gaussian expansion "
        r"$E[f_1 f_2 f_3] = \sum_{a,b,c} \frac{C_{12}^a C_{13}^b C_{23}^c}{a!\,b!\,c!}\langle f^{(a+b)}\rangle"
        r"\langle f^{(a+c)}\rangle\langle f^{(b+c)}\rangle$ (connected terms for the cumulant), gives $p(h)$ to "
        rf"$O(\lambda^{ORDER})$; $U = p'(h)/\beta$ is reverted to $h(U)$ and $D = \tfrac12 h'$ (SymPy, exact, each "
        r"coefficient computed in $\mathbb{Q}(\rho, \beta)$ and written in $\alpha$ with $\rho + 1/\rho = 2 + \alpha$, "
        r"$1/\rho - \rho = s$). At $\lambda = 0$, $D = \alpha$ exactly ($\varphi = U + \psi$ decouples the mean). The "
        r"first order, $D = \alpha + 6\lambda(U^2 + \sigma^2)$, is the mean of $\tfrac12 V''$; the $S_1$ (tree) terms "
        r"cancel in $D$. The seed gives no formula for $D$ beyond its definition; the orders $\lambda^2$, $\lambda^3$ "
        r"are new here and checked against the transfer integral below.",
        (DisplayEquation("pressure", r"p(h) = p_0 + \beta\alpha m^2 - \beta\lambda\langle f\rangle "
                                     r"+ \frac{\beta^2\lambda^2}{2}\sum_{n=1}^{4}\frac{S_n}{n!}\langle f^{(n)}\rangle^2 "
                                     r"- \frac{\beta^3\lambda^3}{6}\sum_{j,k}\kappa(f_0, f_j, f_k) + O(\lambda^4)"),
         DisplayEquation("sums", r"\frac{1+\rho^2}{1-\rho^2} = \frac{2+\alpha}{s},\quad "
                                 r"\frac{1+\rho^3}{1-\rho^3} = \frac{(\alpha+1)\sqrt{\alpha+4}}{(\alpha+3)\sqrt{\alpha}}"),
         DisplayEquation("triangle", r"G(x, y, z) = \frac{1 + yz}{1 - yz} + 2\left[\frac{1}{1 - yz}\left(\frac{xz}{1 - xz} "
                                     r"+ \frac{xy}{1 - xy}\right) + \frac{x^2 yz}{(1 - xz)(1 - xy)}\right]"),
         _equation("h", sp.Symbol("h"), ser.h), _equation("D", sp.Symbol("D"), ser.D),
         _equation("F", sp.Symbol("F") - sp.Symbol("F_0"), ser.F)))


def _order_tex(k):
    return r"$O(\lambda)$" if k == 1 else rf"$O(\lambda^{k})$"


def _transfer_section(a, l, b, U_max, rows, scan, estimates, conv, ref, Uc, probe):
    from ..model import Figure, Panel, Section, Table

    def upto(value):
        return "-" if value is None else f"{value:g}"

    cross = crossover(rows)
    worse = (rf"; order {ORDER} is worse than order 1 from $U = {cross:g}$ on (the series in $\lambda$ is not uniform "
             r"in $U$: at large $U$ the quartic stiffens the fluctuations, which the $\lambda^k U^{2k-2}$ terms overshoot)"
             if cross is not None else "")
    where = "; ".join(rf"below ${scientific_latex(t, 1)}$ for $U \le$ " + ", ".join(
        f"{upto(good_below(rows, k, t))} (order {k})" for k in ORDERS) for t in GOOD)
    exact_next, from_low, from_high = estimates
    return Section(
        "Independent check: the transfer-integral method",
        r"The grand-canonical measure is a product of the symmetric kernel "
        r"$T(\varphi, \varphi') = \exp(-\beta[(\varphi - \varphi')^2 + \tfrac12(V(\varphi) + V(\varphi')) - \tfrac12 h(\varphi + \varphi')])$ "
        r"(Scalapino, Sears and Ferrell 1972), discretised by the trapezoidal rule on a uniform grid centred at $U$. "
        r"The top eigenvalue gives $p(h)$, its squared eigenvector the one-site marginal and $U(h)$, and the spectral "
        r"correlation sum $\chi = \sum_{n\ge1}(v_0^{\mathsf T}Xv_n)^2\frac{1+r_n}{1-r_n}$, $r_n = \mu_n/\mu_0$, the "
        r"susceptibility; Newton in $h$ fixes the mean $U$, and $D = 1/(2\beta\chi)$. "
        r"Grid: step a multiple of the conditional width $1/\sqrt{2\beta(2 + V''(U)/2)}$, half-width a multiple of $\sigma$. "
        rf"The map of $D(U)$ at $\lambda = {l:g}$: the series' relative error is {where} (map step "
        rf"${U_max / (MAP_POINTS - 1):g}$){worse}. The $\lambda$-scan at $U = {probe:g}$: the residual of the series "
        rf"truncated at $\lambda^{ORDER - 1}$ falls like $\lambda^{ORDER}$, extrapolating to the coefficient "
        rf"${from_low:.6g}$ (the derived $\lambda^{ORDER}$ coefficient is ${exact_next:.6g}$); that of the full series "
        rf"falls like $\lambda^{ORDER + 1}$ (coefficient about ${from_high:.4g}$); $D = \alpha$ at $\lambda = 0$.",
        tables=(Table("diffusion_map", rf"$D(U)$ at $\alpha = {a:g}$, $\lambda = {l:g}$, $\beta = {b:g}$: transfer integral "
                                       r"against the series truncated at each order in $\lambda$.",
                      ("$U$", "$h$", "$D$") + tuple(rf"$D_{{({k})}}$" for k in ORDERS)
                      + tuple(f"rel. err. ({k})" for k in ORDERS),
                      tuple((r["U"], r["h"], r["D"]) + tuple(r[f"D_{k}"] for k in ORDERS)
                            + tuple(r[f"error_{k}"] for k in ORDERS) for r in rows), digits=6),
                Table("lambda_scan", rf"Residuals of the series truncated at $\lambda^{ORDER - 1}$ and $\lambda^{ORDER}$ "
                                     rf"at $U = {probe:g}$ and small $\lambda$, with local slopes $d\log|{{\rm res}}|/d\log\lambda$ "
                                     r"(at $\lambda = 0$ the residuals are round-off, shown as 0).",
                      (r"$\lambda$", "$D$", rf"$D - D_{{({ORDER - 1})}}$", "slope", rf"$D - D_{{({ORDER})}}$", "slope"),
                      tuple((r["lambda"], r["D"], r["residual_low"], r.get("slope_low", ""), r["residual_high"],
                             r.get("slope_high", "")) for r in scan), digits=8),
                Table("grid_convergence", rf"$D$ at $U = {Uc:g}$, $\lambda = {l:g}$ against the reference grid "
                                          rf"(step factor {REFERENCE_GRID[0]:g}, half-width {REFERENCE_GRID[1]:g}$\sigma$, "
                                          rf"{ref_points(a, l, b, Uc)} points, $D = {ref.D:.12g}$); spectral in the step, "
                                          r"Gaussian in the width (edge: the marginal's mass at the two end nodes); "
                                          r"values at or below $10^{-13}$ are round-off and shown as 0.",
                      ("step factor", r"half-width / $\sigma$", "points", "$D$", r"$|D - D_{\rm ref}|$", "edge"),
                      tuple((r["spacing"], r["width"], r["points"], r["D"], r["error"], r["edge"]) for r in conv),
                      digits=12)),
        figures=(Figure("diffusion_map", rf"$D(U)$ at $\lambda = {l:g}$: transfer integral and the series (top); the "
                                         r"series' relative error (bottom).",
                        panels=(Panel("$U$", "$D(U)$",
                                      (Curve("transfer integral", [r["U"] for r in rows], [r["D"] for r in rows],
                                                    "markers"),)
                                      + tuple(Curve(_order_tex(k), [r["U"] for r in rows], [r[f"D_{k}"] for r in rows],
                                                           STYLES[k]) for k in ORDERS)),
                                Panel("$U$", "relative error",
                                      tuple(Curve(_order_tex(k), [r["U"] for r in rows],
                                                         [max(r[f"error_{k}"], 1e-16) for r in rows], STYLES[k])
                                            for k in ORDERS), logy=True))),))


def ref_points(a, l, b, Uc) -> int:
    return gl.grid_for(Uc, a, l, b, *REFERENCE_GRID).points


def _langevin_section(a, b, run):
    from ..model import Section, Table

    return Section(
        "Independent check: Langevin simulation of eq 5.2 at lambda = 0",
        r"Euler--Maruyama in the microscopic time $s = N^2 t$, one Wiener increment per bond (so $\sum_i\varphi_i$ is "
        rf"conserved to rounding), {LANGEVIN['replicas']} independent rings of {LANGEVIN['sites']} sites from the exact "
        rf"stationary Gaussian, step ${run['dt']:.4g}$, {LANGEVIN['steps']} steps, seed {LANGEVIN['seed']}. At $\lambda = 0$ "
        r"each Fourier mode is exactly an AR(1) process with coefficient $1 - \gamma\,ds$, $\gamma = \omega(\omega + \alpha)$, "
        r"$\omega = 4\sin^2(\pi/N)$ (so the lag-one regression has no time-step bias, and $N^2\gamma \to 4\pi^2\alpha$); the "
        r"standard error is the spread over 20 groups of rings. The implied $D = \gamma/\omega - \omega$ matches the "
        rf"model's $D = \alpha$; the magnitude of the seed's (5.5), $\beta\alpha$, is ${abs(run['seed_z']):.3g}$ standard "
        r"errors away (its sign would make the mode grow).",
        tables=(Table("langevin", "Lowest-mode decay of eq 5.2 against the exact lattice rate and the model.",
                      ("quantity", "simulation", "standard error", "exact / model", "$z$"),
                      (("rate $\\gamma$", run["rate"], run["rate_error"], run["exact_rate"], run["rate_z"]),
                       ("$D = \\gamma/\\omega - \\omega$", run["D"], run["D_error"], run["D_model"],
                        (run["D"] - run["D_model"]) / run["D_error"]),
                       ("seed (5.5): $\\beta\\alpha$", run["D"], run["D_error"], run["seed_D"], run["seed_z"])),
                      digits=5),))


def _kernel_section(ser):
    from ..model import Section

    return Section(
        "Kernels",
        rf"Generated numpy and C kernels of the $O(\lambda^{ORDER})$ series: " r"\texttt{diffusivity} $D(U)$ and "
        r"\texttt{chemical\_potential} $h(U)$, inputs $U$, $\alpha$ = alpha, $\lambda$ = lam, $\beta$ = beta "
        r"(broadcast), each checked against 50-digit evaluation of its SymPy source and, by the derivation's check, "
        r"against the transfer integral.")


def variant_name(a, l, b, U_max) -> str:
    """``a<alpha>-l<lambda>-b<beta>-U<U_max>``, the folder name the derivation's parameter slugs give."""
    return f"a{slug_value(a)}-l{slug_value(l)}-b{slug_value(b)}-U{slug_value(U_max)}"


def build(alpha: float = 1.0, lam: float = 0.05, beta: float = 2.0, U_max: float = 3.0, progress=None):
    """The ``ginzburg-landau`` derived model (seed 001 §5, eqs 5.1–5.7) for V = αφ² + λφ⁴ at inverse
    temperature β: the O(λ³) series for h(U), D(U), F(U); the transfer-integral map of D on
    [0, U_max], a λ-scan of the series' residual, grid convergence, the seed's formulas against
    the corrected ones, a Langevin run of eq 5.2 at λ = 0 and eq 5.3 stepped with each D(U).
    """
    from ..model import DerivedModel, Symbol

    say = progress if callable(progress) else (lambda message: None)
    a, l, b, U_max = float(alpha), float(lam), float(beta), float(U_max)
    check_parameters(a, l, b, U_max)
    say(f"series to O(lambda^{ORDER})")
    ser = series()
    say("transfer-integral map of D(U)")
    rows = diffusion_map(ser, a, l, b, U_max)
    probe = significant(np.sqrt(gl.gaussian_variance(a, b)), 3)
    scan = lambda_scan(ser, a, b, probe)
    estimates = (coefficient_value(ser, ORDER, probe, a, b),
                 next_order_estimate(scan, "residual_low", ORDER), next_order_estimate(scan, "residual_high", ORDER + 1))
    Uc = U_max / 2
    conv, ref = grid_convergence(a, l, b, Uc)
    chi_fd = gl.susceptibility_by_difference(gl.grid_for(Uc, a, l, b, *REFERENCE_GRID), ref.h, a, l, b)
    formulas = seed_formulas(a, l, b, probe)
    say("Langevin simulation of eq 5.2 at lambda = 0")
    run = langevin_study(a, b)
    macro = macroscale_study(ser, a, l, b, U_max, rows)
    results = {
        "alpha": a, "lambda": l, "beta": b, "U_max": U_max, "order": ORDER,
        "diffusivity": sp.sstr(ser.D), "chemical_potential": sp.sstr(ser.h), "free_energy": sp.sstr(ser.F),
        "series_good_below": {f"{tol:g}": {f"order_{k}": good_below(rows, k, tol) for k in ORDERS} for tol in GOOD},
        "highest_order_worse_than_first_from": crossover(rows),
        "lambda_scan": {"U": probe, "rows": scan, f"lambda{ORDER}_coefficient_derived": estimates[0],
                        f"lambda{ORDER}_coefficient_from_residual": significant(estimates[1], 6),
                        f"lambda{ORDER + 1}_coefficient_from_residual": significant(estimates[2], 4)},
        "susceptibility_check": {"U": Uc, "correlation_sum": ref.chi, "central_difference": significant(chi_fd, DIFFERENCE_DIGITS),
                                 "relative_gap": significant(abs(chi_fd - ref.chi) / ref.chi, 2)},
        "seed_formulas": formulas, "langevin": run,
        "macroscale": {"T": macro["T"], "cells": MACRO_CELLS, "mass_drift_below": rounding_bound(macro["mass_drift"]),
                       "steps": macro["steps"], "difference_from_transfer_integral": macro["difference"],
                       "ill_posed_from": macro["ill_posed_from"]},
        "seed_corrections": {
            "5.1": "ordered-pair sum counts each bond twice: H = sum_i (phi_i - phi_{i+1})^2 + V(phi_i)",
            "5.5": "D = -F''/(2 beta), not F''/2 (sign and 1/beta)",
            "5.6": "A = (1/2)<dH/dphi_i> = h/2, not (1/2)<-beta dH/dphi_i> (anti-diffusion); lambda there is a "
                   "Lagrange multiplier, not the lambda of V",
            "5.7": "A = -F'/(2 beta), not F'/2; the integral is over dphi, not dU"},
    }
    sections = (_model_section(a, l, b), _correction_section(formulas), _series_section(ser),
                _transfer_section(a, l, b, U_max, rows, scan, estimates, conv, ref, Uc, probe),
                _langevin_section(a, b, run), _macroscale_section(a, l, macro), _kernel_section(ser))
    return DerivedModel(
        derivation="ginzburg-landau", variant=variant_name(a, l, b, U_max),
        parameters={"alpha": a, "lam": l, "beta": b, "U_max": U_max},
        title="Ginzburg-Landau interacting diffusion: D(U) to third order in lambda against the transfer integral",
        source="W. E and J. Lu, seed 001 §5 (eqs 5.1-5.7)",
        symbols=(Symbol("phi", r"\varphi", "lattice field $\\varphi_i$"),
                 Symbol("U", "U", r"macroscopic density, the mean $\bar\varphi$"),
                 Symbol("alpha", r"\alpha", r"quadratic coefficient of $V$"),
                 Symbol("lam", r"\lambda", r"quartic coefficient of $V$ (kernel input \texttt{lam})"),
                 Symbol("beta", r"\beta", "inverse temperature"),
                 Symbol("h", "h", r"chemical potential $\langle\partial H/\partial\varphi_i\rangle$ at mean $U$"),
                 Symbol("D", "D", "diffusion coefficient of (5.3)"),
                 Symbol("F", "F", "free energy (5.4) per site"),
                 Symbol("F_0", "F_0", "$F$ at $U = 0$"),
                 Symbol("sigma2", r"\sigma^2", r"one-site variance $C(0)$ at $\lambda = 0$"),
                 Symbol("chi", r"\chi", r"susceptibility $\sum_j \mathrm{Cov}(\varphi_0, \varphi_j) = \beta^{-1} dU/dh$")),
        sections=sections,
        kernels=kernels(ser),
        results=results,
    )


def check_kernels(parameters: dict, kernels: dict) -> list:
    """The derivation's check: the generated D and h kernels against the transfer integral at the
    variant's α, β — exact at λ = 0, and a residual falling like λ^{ORDER+1} at small λ."""
    from ..checks import CheckResult

    a, b = float(parameters["alpha"]), float(parameters["beta"])
    D, h = kernels["diffusivity"], kernels["chemical_potential"]
    Us = np.linspace(-1.5, 1.5, 7) * np.sqrt(gl.gaussian_variance(a, b)) * 2
    states = [gl.state_at_mean(Uv, a, 0.0, b) for Uv in Us]
    gap0 = max(max(abs(float(D(Uv, a, 0.0, b)) - s.D), abs(float(h(Uv, a, 0.0, b)) - s.h)) for Uv, s in zip(Us, states))
    gap0 /= max(1.0, a)
    probe = float(np.sqrt(gl.gaussian_variance(a, b)))
    eps = scan_strength(a, b, probe)
    slopes = {}
    for name, fn, key in (("D", D, "D"), ("h", h, "h")):
        res = [getattr(gl.state_at_mean(probe, a, l, b), key) - float(fn(probe, a, l, b)) for l in (eps, eps / 2, eps / 4)]
        slopes[name] = [float(np.log2(abs(r0 / r1))) for r0, r1 in zip(res, res[1:])]
    expected = ORDER + 1
    ok = all(abs(s - expected) < 0.3 for v in slopes.values() for s in v)
    return [
        CheckResult("series kernels equal the transfer integral at lambda = 0 (D = alpha, h = 2 alpha U)", gap0 < 1e-9,
                    f"max gap {gap0:.1e} over {len(Us)} values of U (relative to max(1, alpha), tolerance 1e-9)"),
        CheckResult(f"series kernels' residual against the transfer integral falls like lambda^{expected}", ok,
                    f"log2 ratios at U = {probe:.4g}, lambda = {eps:.3g}, /2, /4: "
                    + "; ".join(f"{k} " + ", ".join(f"{s:.3f}" for s in v) for k, v in slopes.items())
                    + f" (expected {expected}, accepted {expected - 0.3:g}-{expected + 0.3:g})"),
    ]
