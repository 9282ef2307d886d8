"""The fine lattice itself (seed 000 eq 1) as numbers: operator, spectrum, exact-in-time solver.

    du_i/dt = κ_{i-1}(u_{i-1} − u_i) + κ_i(u_{i+1} − u_i),   i = 0 … n−1, periodic,

with ``kappa[i]`` the diffusivity between ``u_i`` and ``u_{i+1}`` (the convention of the
coarse kernels).  Everything here is independent of the coarse models: the eigenvalues come
from numpy/scipy on the fine operator, and :func:`evolve` applies ``exp(tA)`` by a contour
integral of the resolvent (a rational approximation of ``exp`` that is uniformly accurate on
the whole negative real axis), so its cost does not grow with ``t·‖A‖`` as
``scipy.sparse.linalg.expm_multiply``'s does.
"""
from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import scipy.sparse as sps
import scipy.sparse.linalg as spla

from ..errors import InputError


def _kappa(kappa) -> np.ndarray:
    kappa = np.asarray(kappa, dtype=float)
    if kappa.ndim != 1 or kappa.size < 3:
        raise InputError(f"kappa must be a 1-d array of at least 3 diffusivities, got shape {kappa.shape}")
    if not np.all(np.isfinite(kappa)) or np.any(kappa <= 0):
        raise InputError("kappa must be finite and positive everywhere")
    return kappa


def fine_operator(kappa) -> sps.csr_matrix:
    """The periodic fine operator ``A`` of seed 000 eq (1): ``du/dt = A u`` (sparse, symmetric)."""
    kappa = _kappa(kappa)
    n = kappa.size
    i = np.arange(n)
    left = np.roll(kappa, 1)  # κ_{i-1}
    rows = np.concatenate([i, i, i])
    cols = np.concatenate([i, (i + 1) % n, (i - 1) % n])
    vals = np.concatenate([-(kappa + left), kappa, left])
    return sps.csr_matrix((vals, (rows, cols)), shape=(n, n))


def fine_eigenvalues(kappa, count: int | None = None) -> np.ndarray:
    """Eigenvalues of eq (1), slowest first (0 first): all of them, or the ``count`` slowest.

    Dense ``eigvalsh`` up to 4096 points, shift-invert Lanczos (``eigsh``) above.
    """
    A = fine_operator(kappa)
    n = A.shape[0]
    if n <= 4096 or count is None:
        lam = np.linalg.eigvalsh(A.toarray())
    else:
        lam = spla.eigsh(A, k=count, sigma=1e-3 * abs(A.diagonal()).min(), which="LM", return_eigenvectors=False)
    lam = np.sort(lam)[::-1]
    return lam if count is None else lam[:count]


def constant_kappa_eigenvalues(n: int, kappa: float = 1.0) -> np.ndarray:
    """Eq (1) with κ_i ≡ κ on ``n`` periodic points: ``−4κ sin²(πq/n)``, q = 0 … n−1, slowest first."""
    q = np.arange(n)
    return np.sort(-4.0 * kappa * np.sin(np.pi * q / n) ** 2)[::-1]


# --- exp(tA) by a contour integral of the resolvent ----------------------------------------
# Parabolic contour of Trefethen, Weideman & Schmelzer (BIT 46, 2006): z(θ) = N(a + b θ² + i c θ),
# midpoint rule with N nodes; the error for a real symmetric negative semi-definite A decays like
# 2.85^{-N} uniformly in t‖A‖ (1e-14 at N = 32, measured in tests/test_fine_lattice.py).
_A, _B, _C = 0.1309, -0.1194, 0.2500


@dataclass(frozen=True)
class Evolution:
    """``u = exp(tA) u0`` and its error estimate (difference from the solve with fewer nodes)."""

    u: np.ndarray
    error_estimate: float  # max-norm, scaled by max|u0|
    nodes: int
    reference_nodes: int


def _contour_apply(A: sps.spmatrix, u0: np.ndarray, t: float, nodes: int) -> np.ndarray:
    if nodes % 2:
        raise InputError("the number of contour nodes must be even")
    h = 2 * np.pi / nodes
    theta = -np.pi + (np.arange(nodes // 2, nodes) + 0.5) * h  # upper half; conjugates give the rest
    z = nodes * (_A + _B * theta**2 + 1j * _C * theta)
    dz = nodes * (2 * _B * theta + 1j * _C)
    n = A.shape[0]
    identity = sps.identity(n, format="csc", dtype=complex)
    tA = (t * A).tocsc().astype(complex)
    out = np.zeros(u0.shape, dtype=complex)
    for zk, dzk in zip(z, dz):
        solve = spla.splu((zk * identity - tA).tocsc()).solve
        out += np.exp(zk) * dzk * (solve(u0.astype(complex)) if u0.ndim == 1
                                   else np.column_stack([solve(c.astype(complex)) for c in u0.T]))
    return np.real(out * h / (2j * np.pi)) * 2


def evolve(A, u0, t: float, nodes: int = 32, reference_nodes: int = 24) -> Evolution:
    """``exp(tA) u0`` for a sparse symmetric negative semi-definite ``A`` (e.g. :func:`fine_operator`).

    The error is estimated by repeating with ``reference_nodes`` nodes: that solve's error is
    ~2.85^{nodes − reference_nodes} ≈ 4000 times larger than this one's, so the difference is
    a bound on the returned solution's truncation error; rounding in the shifted solves (about
    ε·t‖A‖ relative, 1e-11 at t‖A‖ ~ 1e6) is partly common to both and is seen within a small
    factor (tests/test_fine_lattice.py).
    """
    u0 = np.asarray(u0, dtype=float)
    if t < 0:
        raise InputError("t must be ≥ 0 (diffusion is not well posed backwards)")
    if t == 0:
        return Evolution(u0.copy(), 0.0, nodes, reference_nodes)
    A = sps.csr_matrix(A)
    u = _contour_apply(A, u0, t, nodes)
    ref = _contour_apply(A, u0, t, reference_nodes)
    scale = max(float(np.max(np.abs(u0))), 1e-300)
    return Evolution(u, float(np.max(np.abs(u - ref)) / scale), nodes, reference_nodes)
