"""The full embedded lattice DAE (seed 000 eq 3) as numbers: an independent reference.

For periodic parameters on ``m`` elements the rows of a :class:`LatticeDAE` give matrices
``D`` and ``L(γ)`` of size ``n·m``; eliminating the algebraic rows (Schur complement) leaves the
dynamic operator, whose ``m`` eigenvalues nearest zero are the slow ones.  A coarse model of
order ``P`` must match their symmetric functions (traces of powers) with error O(γ^{P+1}).
"""
from __future__ import annotations

from functools import lru_cache

import numpy as np
import sympy as sp

from ..checks import CheckResult
from ..manifold.spec import LatticeDAE, parse_v
from ..naming import parse_offset_name


@lru_cache(maxsize=8)
def _row_functions(spec: LatticeDAE):
    """Per row: ``[(e, i, f)]`` with ``f(gamma, params...)`` the coefficient of ``v_{j+e,i}``."""
    out = []
    for row in spec.rows:
        expr = sp.expand(sp.sympify(row, strict=True))
        terms = []
        for sym in sorted((s for s in expr.free_symbols if parse_v(s)), key=lambda s: parse_v(s)):
            coef = expr.coeff(sym)
            params = sorted((s for s in coef.free_symbols if s != spec.gamma), key=lambda s: s.name)
            offsets = [parse_offset_name(s.name)[1] for s in params]
            terms.append((*parse_v(sym), offsets, sp.lambdify([spec.gamma, *params], coef, "numpy")))
        out.append(terms)
    return out


def embedded_matrices(spec: LatticeDAE, kappa: np.ndarray, gamma: float):
    """``(D, L)`` of the embedded DAE (3) for periodic ``kappa`` of length ``stride·m``."""
    n = spec.n
    m = kappa.size // spec.stride
    L = np.zeros((n * m, n * m))
    for j in range(m):
        for r, terms in enumerate(_row_functions(spec)):
            for e, i, offsets, f in terms:
                values = [kappa[(spec.stride * j + o) % kappa.size] for o in offsets]
                L[n * j + r, n * ((j + e) % m) + i] += f(gamma, *values)
    D = np.diag(np.tile(np.array(spec.dynamic, dtype=float), m))
    return D, L


def slow_eigenvalues(spec: LatticeDAE, kappa: np.ndarray, gamma: float) -> np.ndarray:
    """The ``m`` eigenvalues of the reduced dynamics nearest zero (algebraic rows eliminated)."""
    D, L = embedded_matrices(spec, kappa, gamma)
    dyn = np.flatnonzero(np.diag(D) > 0)
    alg = np.flatnonzero(np.diag(D) == 0)
    A = L[np.ix_(dyn, dyn)] - L[np.ix_(dyn, alg)] @ np.linalg.solve(L[np.ix_(alg, alg)], L[np.ix_(alg, dyn)])
    eig = np.linalg.eigvals(A)
    m = kappa.size // spec.stride
    return eig[np.argsort(np.abs(eig))[:m]]


def coarse_matrix(coarse_operator, kappa: np.ndarray, gamma: float, shifts) -> np.ndarray:
    """The dense ``m×m`` coarse operator from a kernel's band ``G[j, s]``."""
    G = coarse_operator(kappa, gamma)
    m = G.shape[0]
    M = np.zeros((m, m))
    for s, k in enumerate(shifts):
        for j in range(m):
            M[j, (j + k) % m] += G[j, s]
    return M


def trace_errors(spec, coarse_operator, shifts, kappa, gammas, powers=(1, 2)) -> np.ndarray:
    """``|tr(G^q) − Σ λ_slow^q|`` for each γ (rows) and power q (columns)."""
    out = []
    for g in gammas:
        lam = slow_eigenvalues(spec, kappa, g)
        M = coarse_matrix(coarse_operator, kappa, g, shifts)
        out.append([abs(np.trace(np.linalg.matrix_power(M, q)) - np.sum(lam**q).real) for q in powers])
    return np.array(out)


def fitted_order(gammas, errors) -> float:
    """Least-squares slope of log(error) against log(γ)."""
    return float(np.polyfit(np.log(gammas), np.log(errors), 1)[0])


def pencil_trace_errors(spec, mass, stiffness, kappa, gammas, powers=(1, 2)) -> np.ndarray:
    """``|tr(A^q) − Σ λ_slow^q|`` with ``A = −M⁻¹K`` from the ``mass``/``stiffness`` kernels (M dU/dt = −K U)."""
    out = []
    for g in gammas:
        lam = slow_eigenvalues(spec, kappa, g)
        M = coarse_matrix(mass.coarse_operator, kappa, g, mass.shifts)
        K = coarse_matrix(stiffness.coarse_operator, kappa, g, stiffness.shifts)
        A = -np.linalg.solve(M, K)
        out.append([abs(np.trace(np.linalg.matrix_power(A, q)) - np.sum(lam**q).real) for q in powers])
    return np.array(out)


def eigenvalue_check(parameters: dict, kernels: dict) -> list[CheckResult]:
    """Seed 000: the coarse kernels (``rhs``, or ``mass`` and ``stiffness``) vs the slow eigenvalues
    of the full DAE (3)."""
    from ..models.diffusion import diffusion_spec

    order = parameters["order"]
    rng = np.random.default_rng(7)
    kappa = rng.uniform(0.6, 1.8, 2 * 5)
    gammas = np.array([0.05, 0.1, 0.2]) if order <= 4 else np.array([0.1, 0.2, 0.3])
    if parameters.get("form", "operator") == "mass-matrix":
        errors = pencil_trace_errors(diffusion_spec(), kernels["mass"], kernels["stiffness"], kappa, gammas)
        M = coarse_matrix(kernels["mass"].coarse_operator, kappa, 1.0, kernels["mass"].shifts)
        K = coarse_matrix(kernels["stiffness"].coarse_operator, kappa, 1.0, kernels["stiffness"].shifts)
        scale = np.abs(K).max()
        structure = [CheckResult("mass and stiffness kernels are symmetric, K annihilates constants (gamma = 1)",
                                 bool(np.abs(M - M.T).max() <= 1e-12 * np.abs(M).max() and np.abs(K - K.T).max() <= 1e-12 * scale
                                      and np.abs(K.sum(axis=1)).max() <= 1e-12 * scale),
                                 f"max asymmetry {np.abs(K - K.T).max() / scale:.1e}, max row sum {np.abs(K.sum(axis=1)).max() / scale:.1e}")]
        what = "M dU/dt = -K U"
    else:
        errors = trace_errors(diffusion_spec(), kernels["rhs"].coarse_operator, kernels["rhs"].shifts, kappa, gammas)
        structure, what = [], "the coarse kernel"
    slope = fitted_order(gammas, errors[:, 0])
    passed = slope >= order + 1 - 0.35
    return structure + [CheckResult(f"eigenvalues of {what} vs full embedded DAE (3)", passed,
                                    f"trace error {errors[0, 0]:.2e} at gamma={gammas[0]}, fitted order {slope:.2f} "
                                    f"(expected >= {order + 1}) on m=5 random periodic kappa")]
