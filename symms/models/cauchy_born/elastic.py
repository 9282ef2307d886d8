"""Stress and elastic constants: Voigt order, Cauchy stress, and the relaxed moduli by the one Schur complement.

Conventions: P = ∂W/∂A is the first Piola–Kirchhoff stress (tension positive), σ = P Fᵀ / det F
the Cauchy stress.  Voigt C = ∂²W/∂E∂E with E = (FᵀF - I)/2, order 11, 22, 33, 23, 13, 12 (2D:
11, 22, 12), per reference volume, engineering shears (C_44 = C_2323).  Relaxed moduli hold
∇_p W = 0 (eq 3.6): C = W_AA - W_Ap W_pp^{-1} W_pA (eqs 3.5-3.6, implicit-function theorem).
"""
from __future__ import annotations

import numpy as np
import sympy as sp

from ...errors import DerivationError

_VOIGT = {1: ((0, 0),), 2: ((0, 0), (1, 1), (0, 1)), 3: ((0, 0), (1, 1), (2, 2), (1, 2), (0, 2), (0, 1))}


def voigt_pairs(d: int):
    """Tensor index pairs in Voigt order: 11, 22, 33, 23, 13, 12 (3D); 11, 22, 12 (2D); 11 (1D)."""
    return _VOIGT[d]


def cauchy_stress(P, A):
    """σ = P Fᵀ / det F with F = I + A (SymPy matrices or numpy arrays)."""
    if isinstance(P, sp.MatrixBase):
        F = sp.eye(A.rows) + A
        return P * F.T / F.det()
    F = np.eye(np.shape(A)[-1]) + np.asarray(A)
    return np.asarray(P) @ np.swapaxes(F, -1, -2) / np.linalg.det(F)[..., None, None]


def _same(label, expr):
    return expr


def schur_complement(W_AA, W_Ap, adjugate, det, name=_same) -> sp.Matrix:
    """Relaxed moduli C = W_AA - W_Ap W_pp^{-1} W_pA with W_pp^{-1} = adjugate / det (seed 001 eqs 3.5-3.6).

    Z = W_Ap adjugate is passed through ``name(label, expr)`` (the kernels make its entries named
    intermediates ``Z_a_u``); C is symmetric, so each entry is built once.
    """
    n, m = W_Ap.shape
    Z = sp.Matrix(n, m, lambda a, u: name(f"Z_{a}_{u}", sp.Add(*[W_Ap[a, w] * adjugate[w, u] for w in range(m)])))
    C = sp.zeros(n, n)
    for a in range(n):
        for b in range(a, n):
            C[a, b] = C[b, a] = W_AA[a, b] - sp.Add(*[Z[a, u] * W_Ap[b, u] for u in range(m)]) / det
    return C


def reference_stress(cb) -> np.ndarray:
    """P at A = 0 with affine shifts (zero at a zero-stress reference), as floats."""
    P = cb.sums(cb.reference_bonds(), False).gradient()
    return np.array(sp.Matrix(cb.d, cb.d, P).evalf(30), dtype=float)


def reference_voigt(cb, relaxed: bool) -> np.ndarray:
    """Voigt C = ∂²W/∂E∂E at the reference state (A = 0), unrelaxed (clamped shifts) or relaxed.

    From the gradient g and Hessian H of W at the reference in A and the shifts' departures from
    their affine positions, by the change of variables E = (FᵀF - I)/2 and p = F q (q the shifts
    in the reference frame): W_EE[ij, kl] = H[A_ij, A_kl] - δ_ik P_jl,
    W_Eq[ij, mk] = H[A_ij, p_mk] + δ_jk ∂W/∂p_mi, W_qq = W_pp.  Relaxed:
    C = W_EE - W_Eq W_qq^{-1} W_qE (the Tadmor et al. 1999 form, eq 27), in 40-digit floats.
    """
    d, n_s = cb.d, cb.n_shifts
    sums = cb.sums(cb.reference_bonds(), True)
    H, g = sums.hessian(), sums.gradient()
    a_ = lambda i, j: i * d + j            # the position of A_ij among the variables
    p_ = lambda m, k: d * d + m * d + k    # the position of p_mk
    pairs = voigt_pairs(d)
    W_EE = sp.Matrix([[H[a_(i, j), a_(k, l)] - int(i == k) * g[a_(j, l)] for k, l in pairs] for i, j in pairs])
    if not (relaxed and n_s):
        return np.array(W_EE.evalf(30), dtype=float)
    W_Eq = sp.Matrix([[H[a_(i, j), p_(m, k)] + int(j == k) * g[p_(m, i)] for m in range(n_s) for k in range(d)]
                      for i, j in pairs])
    W_qq = H[d * d:, d * d:].evalf(40)
    if abs(W_qq.det()) < sp.Float("1e-25"):
        raise DerivationError(
            "W_pp is singular at the reference state: the relaxed moduli (C = W_AA - W_Ap W_pp^-1 W_pA) "
            "do not exist; the shifts are not determined by A (eq 3.6 has no unique solution)"
        )
    C = schur_complement(W_EE.evalf(40), W_Eq.evalf(40), W_qq.inv(), sp.Integer(1))
    return np.array(C.evalf(30), dtype=float)
