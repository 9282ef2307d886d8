"""Does the γ-series of seed 000's coarse model converge at full coupling γ = 1?  (seed 000 §2)

Two independent routes.

1. **Exact dispersion relation (constant κ).**  For κ_i ≡ κ the embedded DAE (3)–(4) is
   translation invariant; for coarse wavenumber θ (U_j ∝ e^{ijθ}) its Fourier block has the
   characteristic polynomial (κ = 1, λ the eigenvalue in units of κ)

       F(λ, γ) = A(λ) + γ B(λ) + γ² C(λ),
       A = −λ(3λ³ + 20λ² + 36λ + 16),
       B = s λ(4λ³ + 24λ² + 42λ + 20),
       C = −s λ(4λ³ + 24λ² + 44λ + 24) − t,      s = 4 sin²(θ/2),  t = s(4 − s) = 4 sin²θ,

   (det(λD − L(θ, γ)) of eqs 3–4 up to a factor; tests check it against the numerical
   embedded DAE and against the fine lattice (1) at γ = 1).  The slow branch λ(θ, γ) with
   λ(θ, 0) = 0 *is* the coarse model's symbol, so its Taylor coefficients are the
   constant-κ coefficients of eq (8) and its higher orders, computed here exactly to any
   order, and its singularities (the zeros of the discriminant that are branch points of the slow
   branch, by monodromy; crossings and the poles where a fast root diverges are not) give the
   radius of convergence R(θ) of each Fourier mode exactly.
2. **Ratio and root tests** on the coefficients ``G_p`` (p ≤ P) of the derived operator itself,
   evaluated for constant and random κ — the only route for random κ, and short (P ≤ 6).
"""
from __future__ import annotations

from fractions import Fraction
from functools import lru_cache

import flint
import numpy as np

from ..errors import InputError
from ..numbers import significant

# F = Σ_e (A_e + γ s B_e + γ² (s C_e)) λ^e − γ² t   (coefficients ascending in λ)
_A = (0, -16, -36, -20, -3)
_B = (0, 20, 42, 24, 4)
_C = (0, -24, -44, -24, -4)


def s_of_theta(theta: float) -> float:
    """s = 4 sin²(θ/2) (the constant-κ O(γ²) operator's symbol is −s(4−s)/16)."""
    return 4.0 * np.sin(theta / 2.0) ** 2


def dispersion_coefficients(s, gamma) -> np.ndarray:
    """Coefficients of F(λ, γ) in λ (ascending, along the last axis) for s = 4 sin²(θ/2); complex γ
    allowed, and an array of γ gives one row per γ."""
    g = np.asarray(gamma, dtype=complex)[..., None]
    out = np.array(_A) + g * s * np.array(_B) + g**2 * s * np.array(_C)
    out[..., 0] -= g[..., 0] ** 2 * (s * (4 - s))
    return out


def dispersion_roots(s, gamma) -> np.ndarray:
    """The four roots λ of F(λ, γ) (eigenvalues of the embedded Fourier block, κ = 1)."""
    return np.polynomial.polynomial.polyroots(dispersion_coefficients(s, gamma))


@lru_cache(maxsize=256)
def _series(s: Fraction, order: int) -> tuple[Fraction, ...]:
    sq = flint.fmpq(s.numerator, s.denominator)
    t = sq * (4 - sq)
    lam = [flint.fmpq(0)] * (order + 1)

    def power_coefficients(p):
        """[λ^e]_γ^q for e = 0..4, q ≤ p, from the current (truncated) λ."""
        pw = [[flint.fmpq(1)] + [flint.fmpq(0)] * p]
        for _ in range(4):
            prev, nxt = pw[-1], [flint.fmpq(0)] * (p + 1)
            for i, x in enumerate(prev):
                if x != 0:
                    for j in range(1, p + 1 - i):
                        if lam[j] != 0:
                            nxt[i + j] += x * lam[j]
            pw.append(nxt)
        return pw

    for p in range(1, order + 1):
        pw = power_coefficients(p)
        f = sum((pw[e][p] * _A[e] for e in range(5)), flint.fmpq(0))
        f += sum((pw[e][p - 1] * _B[e] for e in range(5)), flint.fmpq(0)) * sq
        if p >= 2:
            f += sum((pw[e][p - 2] * _C[e] for e in range(5)), flint.fmpq(0)) * sq - (t if p == 2 else 0)
        lam[p] = f / 16  # A'(0) = −16, and λ_p enters [F]_p only through −16 λ_p
    return tuple(Fraction(int(c.p), int(c.q)) for c in lam)


def slow_branch_series(s, order: int) -> tuple[Fraction, ...]:
    """Exact Taylor coefficients λ_0 … λ_order of the slow branch λ(γ) at rational s = 4 sin²(θ/2).

    These are the constant-κ (κ = 1) symbol of the coarse model order by order: the seed's
    eq (8) gives λ_2 = −s(4 − s)/16 = −sin²θ/4.
    """
    s = Fraction(s)
    if not 0 <= s <= 4:
        raise InputError(f"s = 4 sin^2(theta/2) lies in [0, 4], got {s}")
    return _series(s, int(order))


def rational_s(theta: float, denominator: int = 10**9) -> Fraction:
    """A rational approximation of s(θ), for exact series at a numerical wavenumber."""
    return Fraction(s_of_theta(theta)).limit_denominator(denominator)


def _roots_along(s: float, gammas: np.ndarray) -> np.ndarray:
    """Roots of F(·, γ) for many γ at once (eigenvalues of stacked companion matrices)."""
    c = dispersion_coefficients(s, np.atleast_1d(gammas))
    comp = np.zeros((c.shape[0], 4, 4), dtype=complex)
    comp[:, 1:, :3] = np.eye(3)
    comp[:, :, 3] = -c[:, :4] / c[:, 4:5]
    return np.linalg.eigvals(comp)


def slow_branch(s: float, gamma: complex, steps: int = 400) -> complex:
    """λ on the slow branch at ``gamma``, continued from λ = 0 along the segment [0, γ]."""
    return _continue(s, np.linspace(0.0, 1.0, steps + 1)[1:] * gamma, 0j)


def _singularity_candidates(s: float) -> np.ndarray:
    """Zeros (in γ) of the discriminant of F in λ and of its leading coefficient.

    disc_λ F ∝ (sγ² − sγ + 1)² (s²γ² − 5sγ + 5)² Q(γ) with
    Q = (4s³ − 25s²)γ⁴ + (40s² − 4s³)γ³ − (12s² + 40s)γ² + 32sγ − 16 (sympy, by hand in the tests),
    and the λ⁴ coefficient −3 + 4sγ − 4sγ² vanishes where a root runs to infinity.
    """
    P = np.polynomial.polynomial
    out = [P.polyroots([-16, 32 * s, -12 * s**2 - 40 * s, 40 * s**2 - 4 * s**3, 4 * s**3 - 25 * s**2]),
           P.polyroots([1, -s, s]), P.polyroots([5, -5 * s, s**2]), P.polyroots([-3, 4 * s, -4 * s])]
    c = np.concatenate(out)
    return c[np.abs(c) > 1e-12]


def _continue(s: float, path: np.ndarray, lam: complex) -> complex:
    """Follow one root of F(·, γ) along the points ``path`` from the value ``lam``."""
    for r in _roots_along(s, path).tolist():  # Python complexes: four candidates per step
        lam = min(r, key=lambda x: abs(x - lam))
    return lam


def branch_test(s: float, c: complex, steps: int = 1500, loop_steps: int = 400) -> dict:
    """Is the discriminant zero ``c`` a singularity of the slow branch?  (monodromy test)

    The slow branch is continued radially from λ(0) = 0 to ``c(1 − ρ/|c|)`` in ``steps`` equal
    steps (fine enough for the collisions it passes on the way), and then in ``loop_steps`` steps
    once around the circle of radius ρ about ``c`` (ρ a thousandth of the distance to the nearest
    other candidate, at most 1e-3|c|, so the loop sees only the roots meeting at ``c``).  A branch point sends it to another root (``jump`` comparable
    to the distance ``gap`` to the nearest other root); a mere crossing of two roots (an
    even-multiplicity factor of the discriminant, here (s²γ² − 5sγ + 5)²) brings it back.  A
    pole (a zero of the λ⁴ coefficient, where L's algebraic block is singular) is a singularity
    only if the slow root itself diverges there; it never does for this F.
    """
    others = [abs(x - c) for x in _singularity_candidates(s) if abs(x - c) > 1e-12]
    rho = min(1e-3 * abs(c), 1e-3 * min(others, default=1.0))
    start = c * (1 - rho / abs(c))
    lam0 = _continue(s, np.linspace(0.0, 1.0, steps + 1)[1:] * start, 0j)
    angle = np.angle(start - c)
    loop = c + rho * np.exp(1j * (angle + np.linspace(0.0, 2 * np.pi, loop_steps + 1)[1:]))
    lam1 = _continue(s, loop, lam0)
    roots = _roots_along(s, start)[0]
    gap = float(np.sort(np.abs(roots - lam0))[1])
    further = _continue(s, np.array([c * (1 - 2 * rho / abs(c))]), lam0)
    diverges = abs(lam0) > 1.5 * abs(further) and abs(lam0) > 1e3
    jump = float(abs(lam1 - lam0))
    return {"candidate": complex(c), "jump": jump, "gap": gap, "branch_point": jump > 0.5 * gap, "pole": bool(diverges),
            "singular": jump > 0.5 * gap or bool(diverges)}


def mode_radius(theta: float) -> float:
    """Radius of convergence R(θ) of the γ-series of the constant-κ symbol at wavenumber θ.

    The nearest discriminant zero (or zero of F's λ⁴ coefficient) that is a genuine singularity
    of the slow branch (:func:`branch_test`: monodromy, or the slow root diverging).  Collisions
    that are crossings are not (at θ = 2π/3 the crossing at γ = 0.4607 is regular and R =
    0.4823; at 3π/4, 0.4048 is a crossing and R = 0.4237), nor are the poles of the eliminated
    operator, e.g. γ = 1/4 and 3/4 at θ = π where the algebraic block is singular.  R = ∞ at
    θ = 0 and θ = π, where the branch is identically zero (conservation; the checkerboard null
    mode).
    """
    s = s_of_theta(theta)
    if s < 1e-12 or abs(4 - s) < 1e-12:
        return float("inf")
    for c in sorted(_singularity_candidates(s), key=abs):
        if branch_test(s, c)["singular"]:
            return float(abs(c))
    return float("inf")


def critical_theta(tol: float = 1e-9, bracket: tuple[float, float] = (0.1, 2.5)) -> float:
    """θ_c with R(θ_c) = 1: modes with coarse wavenumber θ < θ_c have γ = 1 inside their radius.

    R(θ) is continuous and decreasing, so Brent's method finds it in ``bracket`` (R > 1 at its
    left end, < 1 at its right; brentq refuses a bracket that does not straddle it).
    """
    from scipy.optimize import brentq

    return float(brentq(lambda theta: mode_radius(theta) - 1.0, *bracket, xtol=tol))


def operator_radius_constant() -> dict:
    """Radius of the γ-series of the coarse *operator* for constant κ: inf_θ R(θ).

    As θ → π (s → 4) Q(γ) → −16(3γ² − 4γ + 1)², so branch points approach γ = 1/3 (and 1);
    R(θ) decreases monotonically towards that limit (sampled here).
    """
    thetas = np.linspace(0.05, np.pi - 1e-3, 60)
    radii = np.array([mode_radius(t) for t in thetas])
    return {"limit": "1/3", "value": 1 / 3, "sampled_min": float(radii.min()),
            "sampled_at_theta": float(thetas[np.argmin(radii)]), "monotone": bool(np.all(np.diff(radii) <= 1e-9))}


# --- ratio and root tests ------------------------------------------------------------------

def ratio_root(coefficients, start: int = 2) -> dict:
    """Ratio (|a_{p-1}/a_p|, and |a_{p-2}/a_p|^{1/2}) and root (|a_p|^{-1/p}) radius estimates.

    ``coefficients[p]`` for p ≥ ``start`` (magnitudes; zeros skipped).  Returns the estimates
    at each order and the top-order summary: estimate = mean of the two top-order ratios,
    uncertainty = half the spread of the ratios at the top two orders.  The root test is
    reported but not averaged in: with a prefactor it converges like C^{1/p}, far slower.
    """
    a = np.abs(np.asarray(coefficients, dtype=float))
    orders = [p for p in range(start, a.size) if a[p] > 0]
    ratio = {p: float(a[p - 1] / a[p]) for p in orders if p - 1 in orders}
    ratio2 = {p: float(np.sqrt(a[p - 2] / a[p])) for p in orders if p - 2 in orders}
    root = {p: float(a[p] ** (-1.0 / p)) for p in orders}
    top = orders[-1]
    values = [v for v in (ratio.get(top), ratio2.get(top)) if v is not None]
    prev = [v for v in (ratio.get(top - 1), ratio2.get(top - 1)) if v is not None]
    estimate = float(np.mean(values))
    pool = values + prev
    return {"ratio": ratio, "ratio2": ratio2, "root": root, "top_order": top,
            "estimate": estimate, "uncertainty": float(0.5 * (max(pool) - min(pool)))}


def coefficient_bands(kernel, kappa, order: int) -> np.ndarray:
    """``B[p, j, s]``: the coefficient of γ^p in the kernel's band ``G[j, s]`` (p = 0 … order).

    Recovered from ``kernel.coarse_operator`` at ``order + 1`` Chebyshev values of γ in
    [−1, 1] (the band is a polynomial of degree ``order`` in γ; condition number < 10³).
    """
    nodes = np.cos(np.pi * (np.arange(order + 1) + 0.5) / (order + 1))
    samples = np.stack([np.asarray(kernel.coarse_operator(kappa, g)) for g in nodes])
    V = np.vander(nodes, order + 1, increasing=True)
    return np.einsum("pq,q...->p...", np.linalg.inv(V), samples)


def band_matrix(band: np.ndarray, shifts) -> np.ndarray:
    """Dense m×m matrix from a band ``G[j, s]`` multiplying ``U[(j + shifts[s]) % m]``."""
    m = band.shape[0]
    M = np.zeros((m, m))
    j = np.arange(m)
    for s, k in enumerate(shifts):
        np.add.at(M, (j, (j + k) % m), band[:, s])
    return M


def coefficient_norms(kernel, kappa, order: int, smooth_theta: float | None = None) -> np.ndarray:
    """‖G_p‖₂ for p = 0 … order (or ‖Π G_p Π‖₂ with Π the Fourier modes |θ| ≤ ``smooth_theta``)."""
    bands = coefficient_bands(kernel, kappa, order)
    m = bands.shape[1]
    out = np.zeros(order + 1)
    Pi = None
    if smooth_theta is not None:
        q = np.fft.fftfreq(m, 1.0 / m)
        keep = np.abs(2 * np.pi * q / m) <= smooth_theta + 1e-12
        F = np.exp(2j * np.pi * np.outer(np.arange(m), q[keep]) / m) / np.sqrt(m)
        Pi = F
    for p in range(order + 1):
        M = band_matrix(bands[p], kernel.shifts)
        if Pi is not None:
            M = Pi.conj().T @ M @ Pi
        out[p] = np.linalg.norm(M, 2)
    return out


def constant_symbol_sup(order: int, thetas=None) -> np.ndarray:
    """max_θ |λ_p(θ)| for p = 0 … order from the exact series (the operator norm of G_p at κ ≡ 1)."""
    thetas = np.linspace(0, np.pi, 181) if thetas is None else thetas
    out = np.zeros(order + 1)
    for th in thetas:
        c = slow_branch_series(rational_s(th), order)
        out = np.maximum(out, np.abs(np.array([float(x) for x in c])))
    return out


# --- resummation -----------------------------------------------------------------------------

def pade_at(coefficients, L: int, M: int, gamma: float = 1.0, start: int = 2) -> float:
    """[L/M] Padé in γ of Σ_p c_p γ^p = γ^start Σ_q c_{start+q} γ^q, evaluated at ``gamma``.

    Uses the coefficients c_start … c_{start+L+M}; the exact solve of the Padé linear system.
    """
    from scipy.interpolate import pade

    h = np.array([float(c) for c in coefficients[start:start + L + M + 1]])
    if h.size < L + M + 1:
        raise InputError(f"[{L}/{M}] Padé needs {L + M + 1} coefficients from gamma^{start}, got {h.size}")
    num, den = pade(h, M, L)
    return float(gamma**start * num(gamma) / den(gamma))


PADE_FOR_ORDER = {4: (1, 1), 5: (1, 2), 6: (2, 2), 7: (2, 3)}


# --- the summary stored with the model -----------------------------------------------------------

def radius_estimate(order: int = 6, kernel=None, seeds=(1, 2, 3), m: int = 32) -> dict:
    """The radius of convergence of the γ-series of the order-``order`` coarse model, as data.

    Exact constant-κ answers (operator radius 1/3, per-mode R(θ), θ_c where R = 1) and the
    ratio/root estimates from the model's own coefficients G_2 … G_order for κ ≡ 1 and random κ
    (uniform in [0.5, 2], ``m`` coarse points).  ``kernel`` is the order-``order`` kernel (numpy
    or C); without it only the constant-κ exact part and its coefficient test are returned.
    Deterministic: floats rounded to 6 significant digits.
    """
    def r6(x):
        return significant(x, 6)

    thetas = (np.pi / 16, np.pi / 8, np.pi / 4, np.pi / 3, np.pi / 2, 2 * np.pi / 3, 3 * np.pi / 4, 7 * np.pi / 8)
    radii = [mode_radius(t) for t in thetas]
    straddle = next(i for i in range(len(radii) - 1) if radii[i] > 1 > radii[i + 1])
    theta_c = critical_theta(1e-8, (thetas[straddle], thetas[straddle + 1]))
    exact_sup = constant_symbol_sup(order)
    const_test = ratio_root(exact_sup)
    out = {
        "order": order,
        "operator_radius": {
            "constant_kappa_exact": "1/3",
            "why": "branch points of the slow branch approach gamma = 1/3 as the coarse wavenumber theta -> pi",
            "constant_kappa_ratio_root": {"estimate": r6(const_test["estimate"]), "uncertainty": r6(const_test["uncertainty"]),
                                          "orders": f"2..{order}"},
        },
        "mode_radius": {
            "theta_c": r6(theta_c),
            "wavelength_c_coarse_cells": r6(2 * np.pi / theta_c),
            "wavelength_c_fine_cells": r6(4 * np.pi / theta_c),
            "table": {f"{t:.4f}": r6(R) for t, R in zip(thetas, radii)},
        },
        "gamma1_inside_operator_radius": False,
        "gamma1_inside_for_modes": f"theta < {theta_c:.4f} (wavelength > {2 * np.pi / theta_c:.2f} coarse cells)",
    }
    if kernel is not None:
        rand, smooth = [], []
        for seed in seeds:
            kappa = np.random.default_rng(seed).uniform(0.5, 2.0, 2 * m)
            rand.append(ratio_root(coefficient_norms(kernel, kappa, order)))
            smooth.append(ratio_root(coefficient_norms(kernel, kappa, order, smooth_theta=np.pi / 4)))
        const_norms = coefficient_norms(kernel, np.ones(2 * m), order)
        ests = [r["estimate"] for r in rand]
        unc = max(max(r["uncertainty"] for r in rand), 0.5 * (max(ests) - min(ests)))
        out["operator_radius"]["constant_kappa_from_model"] = r6(ratio_root(const_norms)["estimate"])
        raw = float(np.mean(ests))
        # the same tests on the exact constant-κ coefficients overestimate 1/3 at this order: calibrate, and count
        # the size of that correction in the uncertainty
        calibrated = raw * (1 / 3) / const_test["estimate"]
        out["operator_radius"]["random_kappa_ratio_root"] = {
            "raw": r6(raw), "estimate": r6(calibrated), "uncertainty": r6(unc + abs(raw - calibrated)),
            "calibration": "raw x (1/3) / (same test on the exact constant-kappa series at this order)",
            "samples": len(seeds), "m": m, "kappa": "uniform [0.5, 2]"}
        sm = [r["estimate"] for r in smooth]
        out["smooth_mode_radius_random_kappa"] = {
            "theta_max": "pi/4", "estimate": r6(float(np.mean(sm))),
            "uncertainty": r6(max(max(r["uncertainty"] for r in smooth), 0.5 * (max(sm) - min(sm)))),
            "constant_kappa_exact": r6(mode_radius(np.pi / 4))}
    lo = out["operator_radius"]
    out["statement"] = (
        f"Radius of convergence of the gamma-series of the coarse operator: 1/3 exactly for constant kappa "
        f"(ratio tests on orders 2..{order}: {lo['constant_kappa_ratio_root']['estimate']:.3g}, low orders overestimate)"
        + (f"; random kappa: {lo['random_kappa_ratio_root']['estimate']:.2g} +- {lo['random_kappa_ratio_root']['uncertainty']:.1g}"
           if "random_kappa_ratio_root" in lo else "")
        + f". gamma = 1 lies OUTSIDE it (the short waves near the checkerboard mode diverge). For constant kappa each Fourier "
        f"mode converges at gamma = 1 when its coarse wavenumber theta < {theta_c:.3f} (wavelength > {2 * np.pi / theta_c:.2f} "
        f"coarse = {4 * np.pi / theta_c:.1f} fine cells)"
        + ("; for random kappa the coefficients on those smooth modes grow as fast as the operator's "
           f"(radius {out['smooth_mode_radius_random_kappa']['estimate']:.2g}), so convergence at gamma = 1 is not supported"
           if "smooth_mode_radius_random_kappa" in out else "")
        + ".")
    return out


# --- fidelity at γ = 1: coarse operator vs the fine lattice (1) --------------------------------

def _sublattice_blocks(M: np.ndarray, tol: float = 1e-13):
    """The even/odd kernel-grid blocks if ``M`` has no odd shifts (decoupled), else ``[M]``."""
    m = M.shape[0]
    even, odd = np.arange(0, m, 2), np.arange(1, m, 2)
    if m % 2 == 0 and np.abs(M[np.ix_(even, odd)]).max() <= tol * np.abs(M).max() \
            and np.abs(M[np.ix_(odd, even)]).max() <= tol * np.abs(M).max():
        return [M[np.ix_(even, even)], M[np.ix_(odd, odd)]], True
    return [M], False


def _smooth_fraction(vectors: np.ndarray) -> np.ndarray:
    """Fraction of each (complex) eigenvector's energy in Fourier modes |θ| < π/2 of its grid."""
    n = vectors.shape[0]
    F = np.abs(np.fft.fft(vectors, axis=0)) ** 2
    theta = np.abs(2 * np.pi * np.fft.fftfreq(n))
    return F[theta < np.pi / 2 - 1e-12].sum(axis=0) / F.sum(axis=0)


def exact_null_vectors(m: int) -> np.ndarray:
    """The coarse operator's exact null vectors on m points: the constant (conservation) and, for
    even m, the checkerboard (−1)^j, an exact null vector of the embedded L(γ) at every γ (rows 3
    and 4 couple elements only through γ(v_{j+1,0} − v_{j−1,7})) and hence of every G_p."""
    j = np.arange(m)
    return np.column_stack([np.ones(m), (-1.0) ** j]) if m % 2 == 0 else np.ones((m, 1))


def deflated_eigen(M: np.ndarray, null: np.ndarray):
    """Eigenvalues and eigenvectors of ``M`` with the exact null vectors ``null`` (M null = 0)
    removed: the quotient map on R^m/span(null), ``Z M Zᵀ`` with Z an orthonormal basis of the
    complement; an eigenvector y of it lifts to the eigenvector M Zᵀ y / μ of M."""
    k = null.shape[1]
    Z = np.linalg.qr(null, mode="complete")[0][:, k:].T
    lam, y = np.linalg.eig(Z @ M @ Z.T)
    vec = M @ Z.T @ y / lam
    return lam, vec / np.linalg.norm(vec, axis=0)


def coarse_slow_eigenvalues(M: np.ndarray, count: int) -> dict:
    """The ``count`` slowest non-null eigenvalues of each decoupled block of ``M``, with and
    without the smoothness selection.

    Null modes are removed exactly, never by a threshold: the constant and, for even m, the
    checkerboard (−1)^j (:func:`exact_null_vectors`; on a decoupled block, which is one
    sublattice, both are its constant).  The *selected* modes then skip eigenvectors whose
    energy lies mostly at |θ| > π/2 of the block's grid (high wavenumber: the second,
    short-wave slow branch that eq (8) decouples and higher orders keep slow): per block,
    ``spurious_slower`` counts the skipped modes slower than the last one kept, ``dropped`` how
    many of the ``count`` slowest non-null modes were skipped, and ``compared`` how many selected
    modes there are (fewer than ``count`` when the block has too few smooth ones).
    ``unselected`` are the ``count`` slowest non-null modes with no selection.  Above O(γ²) the operator is not symmetric (the
    engine's structure facts), so eigenvalues may be complex.
    """
    blocks, decoupled = _sublattice_blocks(M)
    out, every, slower, dropped, null = [], [], [], [], []
    for B in blocks:
        ns = np.ones((B.shape[0], 1)) if decoupled else exact_null_vectors(B.shape[0])
        lam, vec = deflated_eigen(B, ns)
        order = np.argsort(np.abs(lam))
        lam, vec = lam[order], vec[:, order]
        null.append(ns.shape[1])
        smooth = _smooth_fraction(vec) > 0.5
        phys = lam[smooth][:count]
        out.append(phys)
        every.append(lam[:count])
        slower.append(int(np.sum(~smooth & (np.abs(lam) <= np.abs(phys[-1]) if phys.size else False))))
        dropped.append(int(np.sum(~smooth[:count])))
    return {"blocks": out, "unselected": every, "decoupled": decoupled, "spurious_slower": slower, "dropped": dropped,
            "compared": [int(b.size) for b in out], "null_modes": null,
            "max_real_part": float(np.max(np.linalg.eigvals(M).real))}


def gamma1_errors(kernel, kappa, count: int = 4, gamma: float = 1.0) -> dict:
    """Relative errors of the coarse model's slowest eigenvalues against the fine lattice (1).

    Fine: the ``count`` slowest non-zero eigenvalues of the 2m-point operator (numpy, directly).
    Coarse: per decoupled sublattice (or the whole m-point operator once odd shifts couple
    them), paired in order, the exact null modes removed (:func:`coarse_slow_eigenvalues`):
    ``errors``/``max_error`` with the smoothness selection, ``*_unselected`` without it.
    """
    from .fine_lattice import fine_eigenvalues

    kappa = np.asarray(kappa, dtype=float)
    fine = fine_eigenvalues(kappa)[1:count + 1]
    M = band_matrix(np.asarray(kernel.coarse_operator(kappa, gamma)), kernel.shifts)
    coarse = coarse_slow_eigenvalues(M, count)

    def rel(blocks):
        return [np.abs(b[:count] - fine[:b[:count].size]) / np.abs(fine[:b[:count].size]) for b in blocks]

    errs, plain = rel(coarse["blocks"]), rel(coarse["unselected"])
    return {"fine": fine, "coarse": coarse["blocks"], "errors": errs, "max_error": float(max(e.max() for e in errs)),
            "errors_unselected": plain, "max_error_unselected": float(max(e.max() for e in plain)),
            "decoupled": coarse["decoupled"], "spurious_slower": coarse["spurious_slower"], "dropped": coarse["dropped"],
            "compared": coarse["compared"], "null_modes": coarse["null_modes"], "max_real_part": coarse["max_real_part"]}


def pade_constant_errors(q: int, m: int, orders=(2, 3, 4, 5, 6)) -> dict:
    """Constant κ, mode q of m coarse points: relative error at γ = 1 of the truncated series and of
    its Padé ([1/1] from order 4, [1/2] from 5, [2/2] from 6) against the fine eigenvalue −4 sin²(πq/2m)."""
    theta = 2 * np.pi * q / m
    exact = -4 * np.sin(theta / 4) ** 2
    c = slow_branch_series(rational_s(theta, 10**15), max(orders))
    out = {}
    for P in orders:
        trunc = float(sum(c[:P + 1]))
        out[P] = {"truncated": abs(trunc - exact) / abs(exact)}
        if P in PADE_FOR_ORDER:
            L, M = PADE_FOR_ORDER[P]
            out[P]["pade"] = abs(pade_at(c, L, M) - exact) / abs(exact)
    return out
